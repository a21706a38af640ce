"""The tour's words: each step's title and text, and the setup field labels.

Data, not code: the dialog shows them. They keep the translation context of the dialog
("OrientationDialog"), so the catalogue does not change when they move.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP
from app.profile import Profile

CONTEXT = "OrientationDialog"

TITLES = {
    "welcome": QT_TRANSLATE_NOOP("OrientationDialog", "Welcome"),
    "language": QT_TRANSLATE_NOOP("OrientationDialog", "Your language"),
    "program": QT_TRANSLATE_NOOP("OrientationDialog", "Your program"),
    "day": QT_TRANSLATE_NOOP("OrientationDialog", "A session day"),
    "video": QT_TRANSLATE_NOOP("OrientationDialog", "Using the video platform"),
    "privacy": QT_TRANSLATE_NOOP("OrientationDialog", "Privacy at home"),
    "fallback": QT_TRANSLATE_NOOP("OrientationDialog", "If video does not work"),
    "crisis": QT_TRANSLATE_NOOP("OrientationDialog", "The crisis line"),
    "techhelp": QT_TRANSLATE_NOOP("OrientationDialog", "Tech help"),
    "calendar": QT_TRANSLATE_NOOP("OrientationDialog", "Your schedule"),
    "notes": QT_TRANSLATE_NOOP("OrientationDialog", "Protect your notes"),
}
STEPS = list(TITLES)  # the tour's order

# Texts that do not depend on the profile being set up (the others: profile_texts()).
FIXED_TEXTS = {
    "welcome": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "SessionReady helps you get ready for your online treatment sessions.\n\n"
        "It checks your internet, camera, microphone, speakers and battery. It helps you "
        "make your space private. It keeps your notes locked on this computer. "
        "It shows when your next session is.\n\n"
        "This short tour takes about 3 minutes. You can skip it and open it again "
        "later from Help.",
    ),
    "language": QT_TRANSLATE_NOOP(
        "OrientationDialog", "Choose the language for SessionReady. It changes right away."
    ),
    "program": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "Your program may give you a file with its details. Choose “Import from file” "
        "to use it. Or type what you know. You can leave anything empty and add it later "
        "in Settings.",
    ),
    "day": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "On a session day, do three things, about 10 minutes before it starts:\n\n"
        "1. Check: press “Check my setup”. It takes about 20 seconds.\n"
        "2. Checklist: make your space private and quiet.\n"
        "3. Join: press “Join session”.\n\n"
        "If a check finds a problem, it tells you how to fix it. "
        "You can always join anyway.",
    ),
    "video": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "In the video session:\n\n"
        "• Join: open the link. Allow the camera and microphone if asked.\n"
        "• Mute: press the microphone button. Mute when you are not talking.\n"
        "• Camera: press the camera button to turn your video on or off.\n"
        "• Chat: press “Chat” to type a message to the group or the counselor.\n"
        "• Leave: press “Leave” or the red button when the session ends.",
    ),
    "privacy": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "• Find a room where others cannot hear you. Close the door.\n"
        "• Use headphones if you can.\n"
        "• Check what is behind you on camera.\n"
        "• Silence your phone and close other apps.\n"
        "• Do not share the session link or what others say in the group.",
    ),
    "calendar": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "If your program gave you a calendar link, paste it here. SessionReady will "
        "show your next session and remind you before it starts. You can skip this.",
    ),
    "notes": QT_TRANSLATE_NOOP(
        "OrientationDialog",
        "SessionReady can keep private notes about what you learn in group. They are "
        "locked on this computer. Open Notes to choose how to protect them: with this "
        "computer's password store, or with a passphrase only you know.",
    ),
}

PROGRAM_FIELDS = [
    "program_name",
    "video_host",
    "join_url",
    "phone_line",
    "support_contact",
    "crisis_line",
]
FIELD_LABELS = {  # with the mnemonic (&)
    "program_name": QT_TRANSLATE_NOOP("OrientationDialog", "Program na&me"),
    "video_host": QT_TRANSLATE_NOOP("OrientationDialog", "&Video platform (for example zoom.us)"),
    "join_url": QT_TRANSLATE_NOOP("OrientationDialog", "Session lin&k"),
    "phone_line": QT_TRANSLATE_NOOP("OrientationDialog", "Join by &phone number"),
    "support_contact": QT_TRANSLATE_NOOP("OrientationDialog", "&Tech-help contact"),
    "crisis_line": QT_TRANSLATE_NOOP("OrientationDialog", "C&risis line"),
    "calendar_url": QT_TRANSLATE_NOOP(
        "OrientationDialog", "&Calendar link (https:// or webcal://)"
    ),
}


def tr(text: str) -> str:
    """*text* (one of the marked strings above) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def profile_texts(p: Profile) -> dict[str, str]:
    """The steps that show the profile being set up: phone, crisis line, tech help."""
    phone = (
        QCoreApplication.translate(
            "OrientationDialog", "Your program's phone line: {number}"
        ).format(number=p.phone_line)
        if p.phone_line
        else QCoreApplication.translate(
            "OrientationDialog", "Ask your program for the phone number to join by phone."
        )
    )
    fallback = QCoreApplication.translate(
        "OrientationDialog",
        "Do not miss your session because of technology. Join by phone: you can hear "
        "and talk without video.\n\n{phone}\n\nThen restart your computer and router, "
        "and call tech help.",
    ).format(phone=phone)
    crisis = QCoreApplication.translate(
        "OrientationDialog",
        "If you are in crisis or thinking about suicide, call or text {number} at any "
        "time, day or night. In an emergency, call 911.\n\nThe crisis line is always at "
        "the bottom of every SessionReady screen.",
    ).format(number=p.crisis_line or "988")
    if p.support_contact:
        techhelp = (
            QCoreApplication.translate(
                "OrientationDialog",
                "For help with the computer, the camera or the session link: {contact}",
            ).format(contact=p.support_contact)
            + "\n\n"
            + QCoreApplication.translate(
                "OrientationDialog", "The Help page shows this at any time (F1)."
            )
        )
    else:
        techhelp = QCoreApplication.translate(
            "OrientationDialog",
            "Ask your program for their tech-help number, then add it in Settings. "
            "The Help page (F1) shows it at any time.",
        )
    return {"fallback": fallback, "crisis": crisis, "techhelp": techhelp}
