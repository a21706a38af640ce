"""Load the compiled translations (.qm) for a language and hook them into app.i18n.

Each feature area has its own catalogue (resources/translations/sessionready_<area>_<lang>.qm),
plus Qt's own qtbase catalogue for standard buttons. Used by the UI and by the CLI (which has no
QApplication: it asks the QTranslator objects directly).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.paths import resource

_installed: list[QTranslator] = []


def load_translators(language: str) -> list[QTranslator]:
    if language == "en":
        return []
    out: list[QTranslator] = []
    for qm in sorted(resource("translations").glob(f"sessionready_*_{language}.qm")):
        tr = QTranslator()
        if tr.load(str(qm)):
            out.append(tr)
    qt_tr = QTranslator()
    if qt_tr.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        out.append(qt_tr)
    return out


def use_language_headless(language: str) -> None:
    """For the CLI: translate through the catalogues without a Q(Core)Application."""
    translators = load_translators(language)

    def lookup(context: str, text: str) -> str:
        for tr in translators:
            found = tr.translate(context, text)
            if found:
                return found
        return text

    _installed[:] = translators  # keep them alive
    i18n.set_translator(lookup if translators else None, language)


def use_language_in_app(language: str) -> None:
    """For the UI: (re)install the catalogues; Qt then sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    assert app is not None
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed[:] = load_translators(language)
    for tr in _installed:
        QCoreApplication.installTranslator(tr)
    QLocale.setDefault(QLocale(language))
    i18n.set_translator(QCoreApplication.translate, language)
