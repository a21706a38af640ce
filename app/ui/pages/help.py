"""Help & support: who to call, what to do if video fails, keyboard shortcuts, about."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QPushButton, QWidget

from app import __version__
from app.ui.context import AppContext
from app.ui.pages.base import Page
from app.ui.support.panel import SupportPanel
from app.ui.widgets import ButtonRow, body, heading


class HelpPage(Page):
    page_id = "help"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = heading(level=1)
        self.contact_heading = heading(level=2)
        self.contact = body()
        self.contact.setObjectName("supportContact")
        self.video_heading = heading(level=2)
        self.video = body()
        self.keys_heading = heading(level=2)
        self.keys = body()
        self.about_heading = heading(level=2)
        self.about = body()
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("openSettings")
        self.tour_button = QPushButton()
        self.tour_button.setObjectName("openOrientation")
        self.tour_button.clicked.connect(self.open_orientation)
        self.support_toggle = QPushButton()
        self.support_toggle.setObjectName("supportToggle")
        self.support_toggle.setCheckable(True)
        self.support_toggle.toggled.connect(self.set_support_mode)
        row = ButtonRow(self.settings_button, self.tour_button, self.support_toggle)
        self.support = SupportPanel(ctx)
        self.support.hide()
        for w in (
            self.title,
            self.contact_heading,
            self.contact,
            self.video_heading,
            self.video,
            self.keys_heading,
            self.keys,
            self.about_heading,
            self.about,
        ):
            self.body.addWidget(w)
        self.body.addWidget(row)
        self.body.addWidget(self.support)
        self.body.addStretch()
        ctx.profile_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        p = self.ctx.profile
        self.title.setText(self.tr("Help & support"))
        self.contact_heading.setText(self.tr("Who to call"))
        lines = []
        if p.support_contact:
            lines.append(
                self.tr("Tech help from your program: {contact}").format(contact=p.support_contact)
            )
        else:
            lines.append(
                self.tr("Ask your program for their tech-help number, then add it in Settings.")
            )
        if p.phone_line:
            lines.append(
                self.tr("Join your session by phone: {number}").format(number=p.phone_line)
            )
        lines.append(
            self.tr(
                "In crisis or thinking about suicide: call or text {number}. In an emergency, call 911."
            ).format(number=p.crisis_line or "988")
        )
        self.contact.setText("\n".join(lines))
        self.video_heading.setText(self.tr("If video does not work"))
        self.video.setText(
            self.tr(
                "1. Join by phone so you do not miss your session.\n"
                "2. Restart your computer and your internet router.\n"
                "3. Close other apps that use the camera or the internet.\n"
                "4. Move closer to your router, or plug in a cable.\n"
                "5. Call tech help and tell them what you see on the screen."
            )
        )
        self.keys_heading.setText(self.tr("Keyboard shortcuts"))
        self.keys.setText(
            self.tr(
                "Ctrl+1 to Ctrl+7: go to a page (Home, Check my setup, Privacy checklist, Notes, "
                "Diary card, Schedule, Help)\nCtrl+D: today's diary card\nF1: this help page\n"
                "Ctrl+,: settings\nTab and Shift+Tab: move "
                "between buttons; Space or Enter: press a button\nCtrl+Q: quit\n"
                "Esc twice quickly, or Ctrl+Shift+H: hide SessionReady at once and lock your "
                "notes (it opens again on Home)"
            )
        )
        self.about_heading.setText(self.tr("About"))
        self.about.setText(
            self.tr("SessionReady {version} · Qt {qt} · PySide6 {pyside} · {os}").format(
                version=__version__,
                qt=qVersion(),
                pyside=pyside_version,
                os=platform.platform(terse=True).replace("-", "-\u200b"),  # may wrap
            )
        )
        self.settings_button.setText(self.tr("Open &settings…"))
        self.settings_button.setToolTip(
            self.tr("Change your program details, language and text size (Ctrl+,)")
        )
        self.settings_button.setAccessibleName(self.tr("Open settings"))
        self.tour_button.setText(self.tr("Show the &welcome tour"))
        self.tour_button.setToolTip(
            self.tr("A short guided tour of SessionReady and your program's setup (Alt+W)")
        )
        self.tour_button.setAccessibleName(self.tr("Show the welcome tour"))
        self.support_toggle.setText(
            self.tr("Hide support &details")
            if self.support_toggle.isChecked()
            else self.tr("Support &details")
        )
        self.support_toggle.setToolTip(
            self.tr(
                "Facts for tech-support staff: versions, devices, connection, last check (Alt+D)"
            )
        )
        self.support_toggle.setAccessibleName(self.tr("Support details"))

    def set_support_mode(self, on: bool) -> None:
        """Show or hide the support details; collecting runs in the background."""
        if self.support_toggle.isChecked() != on:
            self.support_toggle.setChecked(on)  # re-enters through toggled
            return
        self.support.setVisible(on)
        if on:
            self.support.refresh()
        self.retranslate()

    def open_orientation(self) -> None:
        from app.ui.orientation.dialog import OrientationDialog

        OrientationDialog(self.ctx, self.window()).exec()
