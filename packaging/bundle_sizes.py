"""Size of the built bundle per component (packaging/README.md's table comes from here).

python packaging/bundle_sizes.py [dist/SessionReady]
"""

from __future__ import annotations

import sys
from pathlib import Path

# component -> path prefixes under _internal/ (first match wins; the rest is "other")
COMPONENTS: list[tuple[str, tuple[str, ...]]] = [
    ("Qt: ICU (libicu*)", ("PySide6/Qt/lib/libicu",)),
    ("Qt: libraries", ("PySide6/Qt/lib/",)),
    ("Qt: plugins", ("PySide6/Qt/plugins/",)),
    ("Qt: translations", ("PySide6/Qt/translations/",)),
    ("PySide6 bindings", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    ("OpenCV: cv2 module", ("cv2/",)),
    (
        "OpenCV: FFmpeg + codecs",
        tuple(
            f"opencv_python_headless.libs/lib{n}"
            for n in ("av", "sw", "aom", "vpx", "dav1d", "avif", "crypto", "ssl")
        ),
    ),
    ("OpenCV: OpenBLAS", ("opencv_python_headless.libs/libopenblas",)),
    ("OpenCV: other libs", ("opencv_python_headless.libs/",)),
    ("numpy", ("numpy/",)),
    ("numpy: OpenBLAS + gfortran", ("numpy.libs/",)),
    ("cryptography", ("cryptography/", "_cffi_backend")),
    ("Python: libpython", ("libpython",)),
    ("Python: lib-dynload + stdlib", ("python3", "base_library.zip")),
    ("tzdata", ("tzdata/",)),
    ("SessionReady resources", ("resources/",)),
]


def sizes(bundle: Path) -> dict[str, int]:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    out = {name: 0 for name, _ in COMPONENTS} | {"system libraries (lib*.so*)": 0, "other": 0}
    for path in internal.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        rel = path.relative_to(internal).as_posix()
        size = path.stat().st_size
        for name, prefixes in COMPONENTS:
            if rel.startswith(prefixes):
                out[name] += size
                break
        else:
            top_lib = "/" not in rel and rel.startswith("lib") and ".so" in rel
            out["system libraries (lib*.so*)" if top_lib else "other"] += size
    out["executable"] = sum(p.stat().st_size for p in bundle.iterdir() if p.is_file())
    return out


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("dist/SessionReady")
    table = sizes(bundle)
    for name, size in table.items():
        print(f"{size / 1e6:8.1f} MB  {name}")
    print(f"{sum(table.values()) / 1e6:8.1f} MB  total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
