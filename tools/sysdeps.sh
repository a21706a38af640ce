#!/bin/sh
# Make sure the Debian/Ubuntu system packages SessionReady needs are present.
# As root with apt-get: install whatever is missing. Otherwise: print the one apt-get line and stop.
# Usage: tools/sysdeps.sh [run|test|bench|deb]
set -u
PKGS="libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libportaudio2 pulseaudio pulseaudio-utils libasound2-plugins sox xvfb xauth gnome-keyring dbus"
case "${1:-run}" in
  # appstream, desktop-file-utils: validate packaging/ metadata files; coturn: the real STUN/TURN
  # server the media-path tests start (tests/harness/coturn.py), with iproute2 + nftables for
  # their network namespaces; poppler-utils: pdftotext reads back the PDF "Prepare for my
  # therapist" writes (tests/diary_view/test_share.py), pdftoppm for its screenshot
  test) PKGS="$PKGS appstream desktop-file-utils coturn iproute2 nftables poppler-utils" ;;
  bench) PKGS="$PKGS iproute2 nftables imagemagick coturn" ;;
  deb) PKGS="$PKGS binutils file lintian" ;;  # make deb: read the ELF files, check the package
esac
command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian/Ubuntu system; make sure Qt's xcb libraries, PortAudio, PulseAudio, gnome-keyring, D-Bus and Xvfb are installed." >&2; exit 0; }
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
    echo "sysdeps: apt-get install failed for:$missing" >&2; exit 1; }
  exit 0
fi
echo "SessionReady needs these system packages. Please run:" >&2
echo "  sudo apt-get install -y --no-install-recommends$missing" >&2
exit 1
