"""Translation hook for the Qt-free core.

Domain code marks strings with ``translate("Context", "Text")`` (which `pyside6-lupdate` extracts
into resources/translations/*.ts) without importing Qt. Whoever owns the process installs the real
translator: the UI hooks in ``QCoreApplication.translate``; the CLI hooks in QTranslator objects
loaded from the compiled .qm files (see app/qt_i18n.py). Until then text passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = "en"
SUPPORTED_LANGUAGES = {"en": "English", "es": "Español"}


def translate(context: str, text: str) -> str:
    """Return *text* in the current language (the English source when no translation exists)."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for extraction without translating it now (translate it when shown)."""
    del context
    return text


def set_translator(fn: Translator | None, language: str = "en") -> None:
    global _translator, _language
    _translator = fn
    _language = language


def current_language() -> str:
    return _language
