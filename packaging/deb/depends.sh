#!/usr/bin/env bash
# Print the Depends: line of the .deb: every library an ELF file of the bundle needs that the
# bundle does not carry, mapped to the Debian package that ships it (dpkg -S), plus libc6 at
# the newest GLIBC_ symbol version any file asks for, and the libraries loaded with ctypes.
#   packaging/deb/depends.sh dist/SessionReady
set -euo pipefail
BUNDLE=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -N -0 | awk -F'\0' '$2 ~ /ELF/ {print $1}' > "$tmp/elf"
find "$BUNDLE" \( -type f -o -type l \) -name '*.so*' -printf '%f\n' | sort -u > "$tmp/carried"
xargs -a "$tmp/elf" -d '\n' readelf -d 2>/dev/null |
  sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u > "$tmp/needed"
# ... plus what Python loads with ctypes at run time (no NEEDED entry): sounddevice's PortAudio.
DLOPENED="libportaudio.so.2"
{ comm -23 "$tmp/needed" "$tmp/carried"; printf '%s\n' $DLOPENED; } | sort -u > "$tmp/system"
ldconfig -p > "$tmp/ldcache"
pkgs=()
while read -r lib; do
  case $lib in ld-linux*|libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|libutil.so.*) continue ;; esac
  path=$(awk -v l="$lib" '$1 == l {print $NF}' "$tmp/ldcache" | sed -n 1p)
  [ -n "$path" ] || { echo "depends.sh: $lib is needed but not installed here" >&2; exit 1; }
  # usrmerge: the package may own the /lib or the /usr/lib spelling of the path
  pkg=$(dpkg -S "$(readlink -f "$path")" "$path" 2>/dev/null | sed -n '1s/:.*//p') || true
  [ -n "$pkg" ] || { echo "depends.sh: no package owns $path ($lib)" >&2; exit 1; }
  [ "$pkg" = libc6 ] || pkgs+=("$pkg")
done < "$tmp/system"
glibc=$(xargs -a "$tmp/elf" -d '\n' objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' |
  sed 's/GLIBC_//' | sort -uV | tail -1)
{ echo "libc6 (>= $glibc)"; printf '%s\n' "${pkgs[@]}" | sort -u; } | paste -sd, | sed 's/,/, /g'
