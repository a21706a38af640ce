"""Screenshot of the DevicesPanel with the camera fed from a video file (run under Xvfb).

DISPLAY=:44 .venv/bin/python tools/screenshot_devices.py docs/screenshots/devices.png [es]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/devices.png")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    tmp = Path(tempfile.mkdtemp(prefix="sr-shot-"))
    os.environ["SESSIONREADY_HOME"] = str(tmp / "home")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from app.paths import data_dir
    from app.ui.application import create_application
    from app.ui.context import AppContext
    from app.ui.devices import DevicesPanel
    from app.ui.widgets import heading
    from tests.harness import video

    app = create_application()
    if lang != "en":
        from app.qt_i18n import use_language_in_app

        use_language_in_app(lang)
    clip = video.write_video(tmp / "camera.avi", video.one_face, frames=30, fps=15)
    ctx = AppContext(data_dir())
    ctx.settings.set("camera", str(clip))
    win = QWidget()
    layout = QVBoxLayout(win)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.addWidget(heading(QApplication.translate("Pages", "Check my setup")))
    panel = DevicesPanel(ctx)
    layout.addWidget(panel)
    win.resize(1000, 560)
    win.show()
    panel.start()

    def shoot() -> None:
        win.grab().save(str(out))
        panel.stop()
        app.quit()

    QTimer.singleShot(2500, shoot)
    app.exec()
    print(out, out.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
