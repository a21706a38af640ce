; Inno Setup script: a per-user installer for SessionReady (no administrator rights needed).
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\sessionready.iss   (the package workflow does it)
; Installs dist\SessionReady\ into %LOCALAPPDATA%\Programs\SessionReady, a Start-menu entry, and
; an uninstaller; the user's data folder (%LOCALAPPDATA%\SessionReady) is never touched.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1B7F2E-6A0D-4E57-9B7C-5E1D2B7A9C41}
AppName=SessionReady
AppVersion={#AppVersion}
AppPublisher=SessionReady
DefaultDirName={autopf}\SessionReady
DefaultGroupName=SessionReady
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\..\dist
OutputBaseFilename=SessionReady-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\sessionready.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\SessionReady\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\SessionReady"; Filename: "{app}\sessionready.exe"; AppUserModelID: "org.sessionready.SessionReady"
Name: "{autodesktop}\SessionReady"; Filename: "{app}\sessionready.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\sessionready.exe"; Description: "{cm:LaunchProgram,SessionReady}"; Flags: nowait postinstall skipifsilent
