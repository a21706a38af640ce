"""Render the app icon (resources/icons/sessionready.svg) to PNGs for desktops and installers.

    python tools/make_icons.py [OUT_DIR]     # default: build/icons

Writes OUT_DIR/hicolor/<n>x<n>/apps/org.sessionready.SessionReady.png for n in SIZES (the
freedesktop icon-theme layout) with QtSvg, so nothing but the SVG is kept in git.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "sessionready.svg"
APP_ID = "org.sessionready.SessionReady"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons(out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for n in sizes:
        image = QImage(n, n, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    for path in render_icons(out):
        print(path.relative_to(out) if path.is_relative_to(out) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
