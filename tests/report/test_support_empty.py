"""The support chart with no history is one plain line, not bare axes from 0 to 1."""

from __future__ import annotations

from tests.report.conftest import make_run
from tests.report.test_support_ui import open_support


def test_no_history_hides_the_chart_and_says_so(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    page = open_support(qtbot, app_ctx)
    support = page.support
    assert not support.chart.isVisibleTo(page)
    assert "No checks yet" in support.chart_text.text()
    assert "T" not in support.status.text().split("at", 1)[1]  # local time, not raw ISO
    app_ctx.record_run(make_run(0))
    qtbot.waitUntil(
        lambda: support.report["last_run"] is not None and not support.is_busy(), timeout=15000
    )
    assert support.chart.isVisibleTo(page)
