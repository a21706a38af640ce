"""Screenshots of issue 19's seeing and sharing side: the week view, the chart, the PDF preview
(English and Spanish, and the week at 200 % text), and the first PDF page as an image.

    Xvfb :45 -screen 0 1280x900x24 &
    DISPLAY=:45 .venv/bin/python tools/screenshots_diary_views.py

Also called by tools/screenshots.py (make screenshots). Writes docs/screenshots/diary_*.png from
invented entries (tests/diary_view/data.py); no vault, nothing saved but the pictures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2025, 3, 14)


def shoot(out: Path = OUT) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from app.qt_i18n import use_language_in_app
    from app.ui.diary.chart import ChartView
    from app.ui.diary.share import ShareDialog
    from app.ui.diary.week_view import WeekView
    from app.ui.theme import apply_theme
    from tests.diary_view import data
    from tools.screenshots_pages import settle

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    definition = data.definition()
    entries = data.many_weeks(definition, TODAY)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        settle(0.8)
        path = out / name
        widget.grab().save(str(path))
        written.append(path)
        print(f"wrote {path}")

    for lang, scale, suffix in (("en", 100, ""), ("es", 100, "_es"), ("en", 200, "_200")):
        use_language_in_app(lang)
        apply_theme(app, False, scale)
        host = QWidget()
        host.setWindowTitle("SessionReady")
        layout = QVBoxLayout(host)
        week = WeekView(today=lambda: TODAY)
        week.set_data(definition, entries)
        week.show_week(TODAY - timedelta(weeks=1))
        layout.addWidget(week)
        host.resize(820, 640)
        host.show()
        grab(host, f"diary_week{suffix}.png")
        host.close()
        if scale != 100:
            continue
        host = QWidget()
        layout = QVBoxLayout(host)
        chart = ChartView(today=lambda: TODAY)
        chart.set_data(definition, entries)
        chart.show_row(definition.rows[-1].id)
        chart.set_weeks(26)
        chart.as_table.setChecked(True)
        layout.addWidget(chart)
        host.resize(820, 640)
        host.show()
        grab(host, f"diary_chart{suffix}.png")
        host.close()
        dialog = ShareDialog(definition, entries, today=lambda: TODAY)
        dialog.resize(820, 700)
        dialog.show()
        settle(2.5)  # the preview renders in the background
        grab(dialog, f"diary_share_preview{suffix}.png")
        if lang == "en" and shutil.which("pdftoppm"):
            written.append(_pdf_page(dialog, out))
        dialog.close()
    use_language_in_app("en")
    apply_theme(app, False, 100)
    return written


def _pdf_page(dialog: object, out: Path) -> Path:
    """The dialog's pages written as a PDF, and its first page as a PNG (pdftoppm)."""
    from app.ui.diary.share_pages import pdf_bytes

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "diary.pdf"
        pdf.write_bytes(pdf_bytes(dialog.pages))  # type: ignore[attr-defined]
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(out / "diary_pdf_page1")],
            check=True,
        )  # fmt: skip
    path = out / "diary_pdf_page1.png"
    print(f"wrote {path}")
    return path


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="sr-shots-"))
    os.environ["SESSIONREADY_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    try:
        from app.ui.application import create_application

        create_application(["SessionReady"])
        shoot()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
