#!/usr/bin/env bash
# Build dist/session-ready_<version>_<arch>.deb from the PyInstaller bundle (dist/SessionReady/)
# with Debian's own dpkg-deb: `make deb`. See packaging/README.md ("Debian package").
#   packaging/deb/build_deb.sh [dist/SessionReady]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/packaging/deb"
BUNDLE=${1:-$ROOT/dist/SessionReady}
PKG=session-ready
APP_ID=org.sessionready.SessionReady
ICONS="$ROOT/build/icons/hicolor"   # PNGs rendered by tools/make_icons.py (make package)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
ARCH=$(dpkg --print-architecture)
OUT="$ROOT/dist/${PKG}_${VERSION}_${ARCH}.deb"
STAGE="$ROOT/build/deb/$PKG"

test -x "$BUNDLE/sessionready" || { echo "no bundle at $BUNDLE: run make package first" >&2; exit 1; }
test -d "$ICONS" || { echo "no icons in $ICONS: run make package first" >&2; exit 1; }
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/$PKG" "$STAGE/usr/share/man/man1" \
  "$STAGE/usr/share/lintian/overrides" "$STAGE/usr/share/icons/hicolor/scalable/apps"

# The app: the one-folder bundle, as built.
cp -a "$BUNDLE" "$STAGE/opt/$PKG"
chmod -R u=rwX,go=rX "$STAGE/opt/$PKG"
# Shared libraries need not be executable (the wheels ship some 0755).
find "$STAGE/opt/$PKG" -type f -name "*.so*" -exec chmod 644 {} +

# Launchers on PATH. The bundle's binary opens the window without arguments and runs the CLI with
# them, so the CLI launcher prints the help when called bare, and the GUI one passes nothing on.
cat > "$STAGE/usr/bin/session-ready" <<'SH'
#!/bin/sh
# SessionReady command line (session-ready --help); the window is session-ready-gui.
[ $# -eq 0 ] && set -- --help
exec /opt/session-ready/sessionready "$@"
SH
cat > "$STAGE/usr/bin/session-ready-gui" <<'SH'
#!/bin/sh
# SessionReady window.
exec /opt/session-ready/sessionready
SH
chmod 755 "$STAGE/usr/bin/session-ready" "$STAGE/usr/bin/session-ready-gui"

# Desktop entry and AppStream metadata: the same files as packaging/, pointed at the launchers.
sed -e 's/^Exec=sessionready$/Exec=session-ready-gui/' -e 's/^TryExec=sessionready$/TryExec=session-ready-gui/' \
  "$ROOT/packaging/$APP_ID.desktop" > "$STAGE/usr/share/applications/$APP_ID.desktop"
sed -e 's|<binary>sessionready</binary>|<binary>session-ready</binary>|' \
  "$ROOT/packaging/$APP_ID.metainfo.xml" > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
chmod 644 "$STAGE/usr/share/applications/$APP_ID.desktop" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

# Icons in the hicolor theme.
(cd "$ICONS" && find . -name "$APP_ID.png") | while read -r png; do
  install -D -m 644 "$ICONS/$png" "$STAGE/usr/share/icons/hicolor/$png"
done
install -m 644 "$ROOT/resources/icons/sessionready.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

# Documentation: copyright, changelog (native package), manual pages, lintian overrides.
install -m 644 "$HERE/copyright" "$STAGE/usr/share/doc/$PKG/copyright"
gzip -9n < "$HERE/changelog" > "$STAGE/usr/share/doc/$PKG/changelog.gz"
for page in session-ready session-ready-gui; do
  gzip -9n < "$HERE/$page.1" > "$STAGE/usr/share/man/man1/$page.1.gz"
done
install -m 644 "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/$PKG"
chmod 644 "$STAGE"/usr/share/doc/$PKG/* "$STAGE"/usr/share/man/man1/*

# Depends: the system libraries the bundle links to but does not carry.
DEPENDS=$("$HERE/depends.sh" "$STAGE/opt/$PKG")
SIZE=$(du -sk --apparent-size "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" -e "s/@SIZE@/$SIZE/" \
  "$HERE/control.in" > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  > "$STAGE/DEBIAN/md5sums"
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

mkdir -p "$(dirname "$OUT")"
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)} \
  dpkg-deb --root-owner-group -Zxz -z3 --build "$STAGE" "$OUT.part" >/dev/null
mv "$OUT.part" "$OUT"  # an interrupted build leaves no half-written .deb for make to trust
echo "Built ${OUT#"$ROOT"/} ($(du -h "$OUT" | cut -f1); installed $(( SIZE / 1024 )) MB)"
echo "Depends: $DEPENDS"
