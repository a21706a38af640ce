"""Support details: versions, devices, interfaces, hosts, last-run metrics and a history chart,
plus "Save support report…" (preview first) and "Copy summary"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write_text
from app.devices.inventory import DeviceProvider
from app.monitor.store import MonitorStore
from app.report.collect import collect_report
from app.report.html_page import privacy_statement
from app.report.render import render_html, render_json, render_summary
from app.report.words import when_text
from app.ui.context import AppContext
from app.ui.monitor_timeline import SessionTimeline
from app.ui.support.chart import HistoryChart
from app.ui.support.report_view import ReportView
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets import ButtonRow, body, heading


def save_report_files(report: dict[str, Any], html_path: Path) -> tuple[Path, Path]:
    """Write the HTML report and its JSON twin (same name, .json). Returns both paths."""
    if html_path.suffix.lower() not in (".html", ".htm"):
        html_path = html_path.with_name(html_path.name + ".html")
    json_path = html_path.with_suffix(".json")
    atomic_write_text(html_path, render_html(report))
    atomic_write_text(json_path, render_json(report))
    return html_path, json_path


class ReportPreviewDialog(QDialog):
    """Shows the patient exactly what the report holds before anything is saved."""

    def __init__(self, report: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.report = report
        self.setWindowTitle(self.tr("What the support report contains"))
        self.resize(760, 620)
        self.intro = body(
            self.tr(
                "Please look through it. This is everything that will be saved. "
                "You decide whom to send it to."
            )
        )
        self.privacy = body(privacy_statement())
        self.privacy.setObjectName("reportPrivacy")
        self.view = ReportView()
        self.view.setObjectName("reportPreviewText")
        self.view.set_report(report)
        self.view.setAccessibleName(self.tr("Report contents"))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save report…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save report"))
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.privacy)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)


class SupportPanel(QWidget):
    """Shown on the Help page when "Support details" is switched on."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        device_provider: DeviceProvider | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportPanel")
        self.ctx = ctx
        self.device_provider = device_provider
        self.report: dict[str, Any] | None = None
        self._task: Task | None = None
        # Own runner: a busy pool (long checks, calendar refreshes) must not delay this.
        self._runner = TaskRunner(self, serial=True)
        self.last_saved: tuple[Path, Path] | None = None

        self.title = heading(level=2)
        self.status = QLabel()
        self.status.setObjectName("supportStatus")
        self.status.setWordWrap(True)
        self.chart_heading = heading(level=3)
        self.chart = HistoryChart()
        self.chart_text = body()
        self.chart_text.setObjectName("chartText")
        self.timeline = SessionTimeline()
        self.details = ReportView()
        self.details.setObjectName("supportDetails")
        self.details.setMinimumHeight(380)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveReport")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copySummary")
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshSupport")
        self.save_button.clicked.connect(self.save_report)
        self.copy_button.clicked.connect(self.copy_summary)
        self.refresh_button.clicked.connect(self.refresh)
        row = ButtonRow(self.save_button, self.copy_button, self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(row)
        layout.addWidget(self.status)
        layout.addWidget(self.chart_heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.chart_text)
        layout.addWidget(self.timeline)
        layout.addWidget(self.details)
        ctx.check_run_finished.connect(lambda _r: self.refresh() if self.isVisible() else None)
        self.retranslate()
        self._set_ready(False)

    # texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Support details"))
        self.chart_heading.setText(self.tr("Connection over recent checks"))
        self.save_button.setText(self.tr("Sa&ve support report…"))
        self.save_button.setToolTip(
            self.tr("See what the report holds, then save it as a web page and a data file (Alt+V)")
        )
        self.save_button.setAccessibleName(self.tr("Save support report"))
        self.copy_button.setText(self.tr("&Copy summary"))
        self.copy_button.setToolTip(
            self.tr("Copy a few lines for a chat or an email to tech help (Alt+C)")
        )
        self.copy_button.setAccessibleName(self.tr("Copy summary"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Look at devices and connections again (Alt+R)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh support details"))
        self.details.setAccessibleName(self.tr("Support details"))
        self.timeline.retranslate()
        if self.report is not None:
            self._show(self.report)
        elif self._task is not None:
            self.status.setText(self.tr("Looking at this computer…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Collect again in the thread pool; the UI stays responsive."""
        if self._task is not None:
            return
        self.status.setText(self.tr("Looking at this computer…"))
        self._set_ready(self.report is not None)
        self.refresh_button.setEnabled(False)
        profile, history, provider = self.ctx.profile, self.ctx.history, self.device_provider
        qt = qVersion()  # read here, on the UI thread
        folder = self.ctx.data_dir
        self._task = self._runner.submit(
            lambda _task: collect_report(
                profile, history, qt, provider, monitor=MonitorStore(folder)
            ),
            self._on_finished,
            self._on_failed,
        )

    def is_busy(self) -> bool:
        return self._task is not None

    def _on_finished(self, report: dict[str, Any]) -> None:
        self._task = None
        self.refresh_button.setEnabled(True)
        self.set_report(report)

    def _on_failed(self, error: Exception) -> None:  # a broken collector must not kill the app
        self._task = None
        self.refresh_button.setEnabled(True)
        self.status.setText(
            self.tr("Some details could not be read ({error}). Try Refresh.").format(
                error=type(error).__name__
            )
        )

    def set_report(self, report: dict[str, Any]) -> None:
        self.report = report
        self._show(report)
        self._set_ready(True)

    def _show(self, report: dict[str, Any]) -> None:
        self.status.setText(
            self.tr("Collected at {time}.").format(time=when_text(report["generated_at"]))
        )
        self.chart.set_history(report["history"])
        self.chart.setVisible(bool(report["history"]))  # no bare axes: the line below says why
        self.chart_text.setText(self.chart.text_alternative())
        self.timeline.set_timeline(report.get("session_timeline"))
        self.details.set_report(report)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.copy_button.setEnabled(ready)

    # actions ----------------------------------------------------------------------------
    def summary(self) -> str:
        return render_summary(self.report) if self.report else ""

    def copy_summary(self) -> None:
        if not self.report:
            return
        QGuiApplication.clipboard().setText(self.summary())
        self.status.setText(self.tr("Summary copied. Paste it into a chat or an email."))

    def preview_dialog(self) -> ReportPreviewDialog | None:
        return ReportPreviewDialog(self.report, self) if self.report else None

    def save_report(self) -> None:
        dialog = self.preview_dialog()
        if dialog is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save support report"),
            str(Path(folder) / "sessionready-support-report.html"),
            self.tr("Web page (*.html)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if not self.report:
            return False
        try:
            self.last_saved = save_report_files(self.report, path)
        except OSError as exc:
            self.status.setText(
                self.tr("The report was not saved: {error}").format(
                    error=exc.strerror or type(exc).__name__
                )
            )
            return False
        self.status.setText(
            self.tr("Saved {html} and {json}.").format(
                html=self.last_saved[0].resolve(), json=self.last_saved[1].resolve()
            )
        )
        return True
