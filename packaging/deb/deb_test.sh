#!/usr/bin/env bash
# Install the .deb with apt, use it, remove it, and check nothing is left behind (`make deb-test`,
# run by .ci/run as root on a Debian machine). Every step has a time limit; prints
# 'deb: N passed, N failed'.
#   packaging/deb/deb_test.sh dist/session-ready_<version>_<arch>.deb
set -uo pipefail
DEB=$(readlink -f "$1")
PKG=session-ready
export DEBIAN_FRONTEND=noninteractive
WORK=$(mktemp -d /tmp/sr-deb-test.XXXXXX)
export WORK
export SESSIONREADY_HOME="$WORK/home"   # the user's data folder: removal must not touch it
passed=0 failed=0

step() {  # step NAME COMMAND... : run with its own time limit (TIMEOUT, default 120 s)
  local name=$1; shift
  local t0=$SECONDS
  declare -F "$1" >/dev/null && set -- bash -c "$*"  # a function of this script (exported below)
  if timeout -k 10 "${TIMEOUT:-120}" "$@" > "$WORK/out" 2>&1; then
    printf 'ok   %4d s  %s\n' $((SECONDS - t0)) "$name"; passed=$((passed + 1))
  else
    printf 'FAIL %4d s  %s (exit %s)\n' $((SECONDS - t0)) "$name" "$?"; failed=$((failed + 1))
    sed 's/^/     | /' "$WORK/out" | tail -25
  fi
}

snapshot() {  # every path under the system folders a package may write to
  find /opt /usr /etc -xdev 2>/dev/null | grep -v -e '^/etc/ld.so.cache$' -e '^/usr/share/mime' \
    -e '/__pycache__' -e '^/etc/apt/' -e '^/var/' | sort > "$1"
}

test -f "$DEB" || { echo "no package at $1: run make deb first" >&2; exit 2; }
timeout 120 apt-get remove --purge -y -qq "$PKG" >/dev/null 2>&1 || true
snapshot "$WORK/before"

TIMEOUT=900 step "apt-get install ./$(basename "$DEB")" apt-get install -y -qq --no-install-recommends "$DEB"
dpkg -L "$PKG" > "$WORK/owned" 2>/dev/null
step "files in /opt/session-ready and the launchers on PATH" sh -c \
  'test -x /opt/session-ready/sessionready && command -v session-ready && command -v session-ready-gui'
step "desktop entry, icons and metainfo installed" sh -c "
  test -f /usr/share/applications/org.sessionready.SessionReady.desktop &&
  test -f /usr/share/icons/hicolor/256x256/apps/org.sessionready.SessionReady.png &&
  test -f /usr/share/icons/hicolor/scalable/apps/org.sessionready.SessionReady.svg &&
  test -f /usr/share/metainfo/org.sessionready.SessionReady.metainfo.xml"
step "session-ready --version" sh -c 'session-ready --version | grep -Ex "SessionReady [0-9.]+"'
step "session-ready (no command) prints the help" sh -c 'session-ready | grep -q selftest'
step "session-ready selftest" session-ready selftest

window() {  # open the window on Xvfb (the real xcb platform plugin), wait for it, quit
  local log="$SESSIONREADY_HOME/logs/sessionready.log" xvfb app i display=""
  rm -f "$log"
  Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp 5> "$WORK/display" 2> "$WORK/xvfb.err" &
  xvfb=$!
  for i in $(seq 1 100); do display=$(cat "$WORK/display" 2>/dev/null); [ -n "$display" ] && break; sleep 0.1; done
  [ -n "$display" ] || { echo "Xvfb did not start"; cat "$WORK/xvfb.err"; kill $xvfb; return 1; }
  # session-ready-gui execs the app, so `timeout` (whose TERM reaches the app) is its parent
  DISPLAY=":$display" QT_QPA_PLATFORM=xcb timeout -k 5 90 session-ready-gui > "$WORK/gui.out" 2>&1 &
  app=$!
  local ok=1
  for i in $(seq 1 300); do
    grep -q "started SessionReady" "$log" 2>/dev/null && { ok=0; break; }
    kill -0 $app 2>/dev/null || break
    sleep 0.2
  done
  if [ $ok = 0 ]; then
    sleep 2  # a couple of seconds with the window open
    kill -0 $app 2>/dev/null || { echo "the app exited right after starting"; ok=1; }
  else
    echo "no 'started SessionReady' line in $log"
  fi
  kill -TERM $app 2>/dev/null; wait $app 2>/dev/null
  kill -TERM $xvfb 2>/dev/null; wait $xvfb 2>/dev/null
  [ $ok = 0 ] || cat "$WORK/gui.out"
  return $ok
}
export -f window
step "session-ready-gui opens the window under Xvfb (xcb)" window

TIMEOUT=300 step "apt-get remove --purge session-ready" apt-get remove --purge -y -qq "$PKG"
snapshot "$WORK/after"
left_by_package() {  # the package's own files (dpkg -L before removal) that still exist
  test ! -e /opt/session-ready || { echo "left: /opt/session-ready"; return 1; }
  while read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then echo "left: $path"; return 1; fi
  done < "$WORK/owned"
}
export -f left_by_package
step "nothing the package installed is left" left_by_package

new_unowned() {  # paths new since before the install that no installed package owns
  comm -13 "$WORK/before" "$WORK/after" | grep -v -e 'icon-theme.cache$' -e 'mimeinfo.cache$' \
    > "$WORK/new" || true
  [ -s "$WORK/new" ] || return 0
  # the dependencies apt pulled in stay installed (apt autoremove is the user's call): theirs is fine
  xargs -d '\n' -a "$WORK/new" dpkg -S 2>&1 >/dev/null | sed -n 's/^dpkg-query: no path found matching pattern //p' \
    > "$WORK/unowned"
  [ ! -s "$WORK/unowned" ] || { sed 's/^/left: /' "$WORK/unowned" | head -20; return 1; }
}
export -f new_unowned
step "no new file under /opt /usr /etc that no package owns (find before/after)" new_unowned
step "the user's data folder is kept" test -f "$SESSIONREADY_HOME/logs/sessionready.log"

rm -rf "$WORK"
echo "deb: $passed passed, $failed failed"
[ "$failed" = 0 ]
