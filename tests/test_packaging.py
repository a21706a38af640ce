"""The installable app's metadata: desktop entry, AppStream file, icons, and the self-test."""

from __future__ import annotations

import ast
import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main as cli_main
from app.selftest import run_selftest
from tests.harness import require_tool
from tools.make_icons import APP_ID, SIZES, render_icons

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


@pytest.mark.harness
def test_appstream_metainfo_is_valid() -> None:
    tool = require_tool("appstreamcli")
    out = subprocess.run(
        [tool, "validate", "--no-net", str(PACKAGING / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.harness
def test_desktop_entry_is_valid_and_launches_the_bundled_binary() -> None:
    tool = require_tool("desktop-file-validate")
    desktop = PACKAGING / f"{APP_ID}.desktop"
    out = subprocess.run([tool, str(desktop)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr
    entries = dict(
        line.split("=", 1) for line in desktop.read_text("utf-8").splitlines() if "=" in line
    )
    assert entries["Exec"] == "sessionready"  # the name the spec gives the executable
    assert entries["Icon"] == APP_ID
    assert "Comment[es]" in entries


def test_icons_render_at_every_size_with_transparent_corners(qapp, tmp_path: Path) -> None:
    paths = render_icons(tmp_path)
    assert len(paths) == len(SIZES)
    for size, path in zip(SIZES, paths, strict=True):
        assert path == tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner
        assert image.pixelColor(size // 2, size // 8).alpha() == 255  # the tile itself
    assert sum(p.stat().st_size for p in paths) < 200_000


def test_spec_asks_for_camera_and_microphone_on_macos_and_bundles_what_is_loaded_by_name() -> None:
    spec = (PACKAGING / "sessionready.spec").read_text("utf-8")
    ast.parse(spec)  # the spec is Python
    for needle in (
        "NSCameraUsageDescription",
        "NSMicrophoneUsageDescription",
        'collect_submodules("app")',  # modules imported lazily, inside functions
        'collect_submodules("keyring.backends")',
        "haarcascade_frontalface_",
        '"secretstorage"',
        '"jeepney"',
    ):
        assert needle in spec, needle


def test_selftest_finds_every_part_in_the_development_install() -> None:
    parts = {p.name: p for p in run_selftest()}
    assert set(parts) >= {"opencv", "portaudio", "keyring", "calendar", "crypto", "translations"}
    broken = {p.name: p.detail for p in parts.values() if not p.ok}
    assert not broken


def test_selftest_reports_a_missing_part_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SESSIONREADY_RESOURCES", str(tmp_path))  # no translations there
    assert cli_main(["selftest", "--json"]) == 1
    parts = json.loads(capsys.readouterr().out)
    assert parts["translations"]["ok"] is False
    assert "Spanish" in parts["translations"]["detail"]
    assert parts["opencv"]["ok"] is True


def test_every_lintian_override_is_explained_in_the_packaging_readme() -> None:
    overrides = (PACKAGING / "deb" / "lintian-overrides").read_text("utf-8")
    tags = [line.split()[1] for line in overrides.splitlines() if line.startswith("session-ready:")]
    assert tags
    readme = (PACKAGING / "README.md").read_text("utf-8")
    assert [t for t in tags if f"`{t}`" not in readme] == []


def test_deb_control_and_launchers() -> None:
    control = (PACKAGING / "deb" / "control.in").read_text("utf-8")
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line[:20])
    assert fields["Package"] == "session-ready"
    assert fields["Depends"] == "@DEPENDS@"  # filled by depends.sh from the bundle's ELF files
    build = (PACKAGING / "deb" / "build_deb.sh").read_text("utf-8")
    for path in ("/usr/bin/session-ready", "/usr/bin/session-ready-gui", "/opt/$PKG"):
        assert path.replace("/", "", 1) in build.replace("$STAGE/", "")
    assert "libportaudio.so.2" in (PACKAGING / "deb" / "depends.sh").read_text("utf-8")


def test_windows_installer_is_per_user_and_the_workflow_runs_the_same_smoke_test() -> None:
    iss = (PACKAGING / "windows" / "sessionready.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in iss
    workflow = (ROOT / ".github" / "workflows" / "package.yml").read_text("utf-8")
    assert workflow.count("packaging/smoke_test.py") >= 3  # bundle, installed exe, .app
    assert "NSCameraUsageDescription" in workflow and "NSMicrophoneUsageDescription" in workflow
