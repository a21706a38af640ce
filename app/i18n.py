"""Translation hook for the Qt-free core.

Domain code marks strings with ``translate("Context", "Text")`` (which `pyside6-lupdate` extracts
into resources/translations/*.ts) without importing Qt. Whoever owns the process installs the real
translator: the UI hooks in ``QCoreApplication.translate``; the CLI hooks in QTranslator objects
loaded from the compiled .qm files (see app/qt_i18n.py). Until then text passes through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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


def pick_text(texts: Mapping[str, str], language: str) -> str:
    """One text of a ``{language: text}`` table from resources/ or a profile: *language*'s, else
    English, else any."""
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


def texts_of(value: Any) -> dict[str, str] | None:
    """Data text → ``{language: text}``: ``"text"`` → the same text in every language;
    ``{"en": …, "es": …}`` → itself (blank entries dropped); anything else → None."""
    if isinstance(value, str) and value.strip():
        return {lang: value.strip() for lang in SUPPORTED_LANGUAGES}
    if isinstance(value, Mapping) and value:
        out = {str(k): str(v).strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
        return out or None
    return None
