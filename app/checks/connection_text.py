"""What the connection check tells the patient about each network problem: a headline and
advice (kind, concrete, no jargon). Marked for translation here, translated when shown."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.net.problems import NetProblem

CLOSER = QT_TRANSLATE_NOOP("Connection", "Move closer to your router, or use a network cable.")
RESTART_AND_RUN = QT_TRANSLATE_NOOP("Connection", "Restart your router, then check again.")

PROBLEM_TEXT: dict[NetProblem, tuple[str, tuple[str, ...]]] = {
    NetProblem.OFFLINE: (
        QT_TRANSLATE_NOOP("Connection", "You are not connected to the internet."),
        (
            QT_TRANSLATE_NOOP(
                "Connection", "Check that Wi-Fi is on, or plug in the network cable."
            ),
            QT_TRANSLATE_NOOP(
                "Connection", "Restart your router: unplug it, wait 30 seconds, plug it back in."
            ),
        ),
    ),
    NetProblem.DNS: (
        QT_TRANSLATE_NOOP("Connection", "Your internet cannot find the video service's address."),
        (
            RESTART_AND_RUN,
            QT_TRANSLATE_NOOP("Connection", "If you use a VPN or a work network, try without it."),
        ),
    ),
    NetProblem.REFUSED: (
        QT_TRANSLATE_NOOP(
            "Connection", "The video service refused the connection. It may be down right now."
        ),
        (
            RESTART_AND_RUN,
            QT_TRANSLATE_NOOP(
                "Connection", "Ask support whether the program's video service is working."
            ),
        ),
    ),
    NetProblem.TIMEOUT: (
        QT_TRANSLATE_NOOP("Connection", "The connection test got no answer in time."),
        (
            CLOSER,
            QT_TRANSLATE_NOOP(
                "Connection", "Pause downloads and streaming on other devices, then try again."
            ),
        ),
    ),
    NetProblem.TLS: (
        QT_TRANSLATE_NOOP("Connection", "A secure connection could not be made."),
        (
            QT_TRANSLATE_NOOP("Connection", "Check that your computer's date and time are right."),
            QT_TRANSLATE_NOOP(
                "Connection", "On a work, school or public network, try your home network."
            ),
        ),
    ),
    NetProblem.PROXY: (
        QT_TRANSLATE_NOOP("Connection", "A proxy on this computer is blocking the test."),
        (
            QT_TRANSLATE_NOOP(
                "Connection", "Turn off the proxy in your network settings, or ask support."
            ),
        ),
    ),
    NetProblem.CAPTIVE: (
        QT_TRANSLATE_NOOP("Connection", "This Wi-Fi wants you to sign in first."),
        (
            QT_TRANSLATE_NOOP(
                "Connection", "Open your web browser and accept the Wi-Fi sign-in page."
            ),
            QT_TRANSLATE_NOOP("Connection", "Then check again."),
        ),
    ),
    NetProblem.FORBIDDEN: (
        QT_TRANSLATE_NOOP("Connection", "The speed-test service refused to test right now."),
        (QT_TRANSLATE_NOOP("Connection", "Wait a minute, then check again."),),
    ),
    NetProblem.DROPPED: (
        QT_TRANSLATE_NOOP("Connection", "Your connection dropped during the test."),
        (
            CLOSER,
            QT_TRANSLATE_NOOP("Connection", "Restart your router if this keeps happening."),
        ),
    ),
    NetProblem.GARBAGE: (
        QT_TRANSLATE_NOOP("Connection", "The speed-test server gave an answer we could not read."),
        (QT_TRANSLATE_NOOP("Connection", "Check again. If it happens again, tell support."),),
    ),
    NetProblem.UNKNOWN: (
        QT_TRANSLATE_NOOP("Connection", "The connection test could not finish."),
        (QT_TRANSLATE_NOOP("Connection", "Check again."),),
    ),
}


def problem_text(problem: NetProblem) -> tuple[str, tuple[str, ...]]:
    """Headline and advice for *problem*, translated now."""
    headline, advice = PROBLEM_TEXT.get(problem, PROBLEM_TEXT[NetProblem.UNKNOWN])
    return translate("Connection", headline), tuple(translate("Connection", a) for a in advice)


# The speed test itself could not run (its server down, refused, answering nonsense, a 403 from
# the speed-test service): said as such, never blamed on the patient's internet.
NOT_YOUR_INTERNET = QT_TRANSLATE_NOOP("Connection", "This is not a problem with your internet.")
TEST_FAULT_TEXT: dict[NetProblem, str] = {
    NetProblem.REFUSED: QT_TRANSLATE_NOOP(
        "Connection", "The speed test could not run: its server refused the connection."
    ),
    NetProblem.FORBIDDEN: QT_TRANSLATE_NOOP(
        "Connection", "The speed test could not run: the speed-test service refused to test."
    ),
    NetProblem.GARBAGE: QT_TRANSLATE_NOOP(
        "Connection", "The speed test could not run: its server gave an answer we could not read."
    ),
    NetProblem.DNS: QT_TRANSLATE_NOOP(
        "Connection", "The speed test could not run: its server's address was not found."
    ),
}
TEST_FAULT_ADVICE = (
    QT_TRANSLATE_NOOP("Connection", "Press “Run again” in a few minutes."),
    QT_TRANSLATE_NOOP("Connection", "If it keeps happening, tell support."),
)


def test_fault_text(problem: NetProblem) -> tuple[str, tuple[str, ...]] | None:
    """Headline and advice when the speed test could not run because of its server (None when
    *problem* may be the patient's network), translated now."""
    headline = TEST_FAULT_TEXT.get(problem)
    if headline is None:
        return None
    return (
        f"{translate('Connection', headline)} {translate('Connection', NOT_YOUR_INTERNET)}",
        tuple(translate("Connection", a) for a in TEST_FAULT_ADVICE),
    )
