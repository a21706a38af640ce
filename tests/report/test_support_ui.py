"""Support details on the Help page, the report preview, saving and copying the summary."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.ui.pages.help import HelpPage
from app.ui.support.panel import ReportPreviewDialog
from tests.fakes.devices import FakeDevices
from tests.report.conftest import make_run


def open_support(qtbot, app_ctx) -> HelpPage:  # type: ignore[no-untyped-def]
    page = HelpPage(app_ctx)
    qtbot.addWidget(page)
    page.support.device_provider = FakeDevices()
    page.resize(1000, 1400)
    page.show()
    page.support_toggle.click()
    qtbot.waitUntil(
        lambda: page.support.report is not None and not page.support.is_busy(), timeout=15000
    )
    return page


def test_support_mode_shows_devices_and_every_metric_of_the_given_run(qtbot, app_ctx) -> None:
    app_ctx.record_run(make_run(120, download=20.0, rtt=80.0))
    app_ctx.record_run(make_run(0))
    page = open_support(qtbot, app_ctx)
    assert page.support.isVisible()
    text = page.support.details.toPlainText()
    for expected in (
        "Integrated Webcam HD",
        "Logitech C920 <USB>",
        "Built-in Microphone",
        "Headset Mic",
        "Built-in Speakers",
        "48 kHz",
        "Download: 42.5 Mbit/s",
        "Upload: 9.8 Mbit/s",
        "Round trip: 38.0 ms",
        "Jitter: 4.2 ms",
        "Packet loss: 0.5%",
        "Picture width: 1280 px",
        "Frame rate: 29.7 fps",
        "Battery charge: 87%",
        "Charger plugged in: yes",
        "Ready with warnings",
        "Qt version",
    ):
        assert expected in text, expected
    # the chart has a text alternative with the figures, oldest first
    alt = page.support.chart.text_alternative()
    assert "Download (Mbit/s): 20, 42.5." in alt and "Round trip (ms): 80, 38." in alt
    assert page.support.chart.accessibleDescription() == alt
    assert page.support.chart_text.text() == alt
    page.support_toggle.click()
    assert not page.support.isVisible()


def test_a_new_check_run_refreshes_the_open_support_view(qtbot, app_ctx) -> None:
    page = open_support(qtbot, app_ctx)
    assert page.support.report["last_run"] is None
    app_ctx.record_run(make_run(0, download=77.0))
    qtbot.waitUntil(
        lambda: page.support.report["last_run"] is not None and not page.support.is_busy(),
        timeout=15000,
    )
    assert "Download: 77.0 Mbit/s" in page.support.details.toPlainText()


def test_preview_shows_the_contents_then_saving_writes_html_and_json(
    qtbot, app_ctx, tmp_path: Path
) -> None:
    app_ctx.record_run(make_run(0))
    page = open_support(qtbot, app_ctx)
    dialog = page.support.preview_dialog()
    assert isinstance(dialog, ReportPreviewDialog)
    qtbot.addWidget(dialog)
    preview = dialog.view.toPlainText()
    assert "Built-in Microphone" in preview and "Round trip: 38.0 ms" in preview
    assert "never holds your notes" in dialog.privacy.text()
    assert page.support.save_to(tmp_path / "support")
    html_path, json_path = page.support.last_saved
    assert html_path.name == "support.html" and json_path.name == "support.json"
    assert "Integrated Webcam HD" in html_path.read_text("utf-8")
    assert json.loads(json_path.read_text("utf-8"))["last_run"]["verdict"] == "warnings"
    status = page.support.status.text()
    assert str(html_path.resolve()) in status and str(json_path.resolve()) in status


def test_copy_summary_puts_a_short_text_on_the_clipboard(qtbot, app_ctx) -> None:
    app_ctx.record_run(make_run(0))
    page = open_support(qtbot, app_ctx)
    page.support.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("SessionReady ") and "Connection: ✓ Pass" in copied
    assert "2 camera(s), 2 microphone(s), 1 speaker(s)" in copied


def test_support_buttons_are_named_and_disabled_until_data_arrives(qtbot, app_ctx) -> None:
    page = HelpPage(app_ctx)
    qtbot.addWidget(page)
    assert not page.support.save_button.isEnabled() and not page.support.copy_button.isEnabled()
    for b in (
        page.support.save_button,
        page.support.copy_button,
        page.support.refresh_button,
        page.support_toggle,
        page.tour_button,
    ):
        assert b.accessibleName() and "&" in b.text() and "Alt+" in b.toolTip()


def test_a_collector_that_fails_leaves_a_message_and_refresh_usable(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    class BrokenHistory:
        def recent(self, _n: int) -> list:  # type: ignore[type-arg]
            raise RuntimeError("disk gone")

    page = HelpPage(app_ctx)
    qtbot.addWidget(page)
    page.support.device_provider = FakeDevices()
    app_ctx.history = BrokenHistory()
    page.support.refresh()
    assert page.support.is_busy() and not page.support.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not page.support.is_busy(), timeout=15000)
    assert "could not be read (RuntimeError)" in page.support.status.text()
    assert page.support.refresh_button.isEnabled() and page.support.report is None
