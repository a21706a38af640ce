"""A rotating log file in the data directory. Never log note text, names or join links."""

from __future__ import annotations

import logging
import logging.handlers
import re

from app.paths import log_dir

_URL = re.compile(r"(?i)\b(?:https?|webcal)://[^\s\"'<>]+")


class RedactingFilter(logging.Filter):
    """Belt and braces: strip URLs (which may carry meeting tokens) from every log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if _URL.search(msg):
            record.msg = redact_links(msg)
            record.args = None
        return True


def redact_links(text: str) -> str:
    """Every link in *text* cut to its scheme and host (see redact_url)."""
    return _URL.sub(lambda m: redact_url(m.group(0)), text)


def redact_url(url: str) -> str:
    """Keep scheme and host only: ``https://zoom.us/j/123?pwd=x`` → ``https://zoom.us/…``."""
    m = re.match(r"(?i)^([a-z]+://[^/?#\s]+)", url)
    return (m.group(1) + "/…") if m else "…"


def setup_logging(level: int = logging.INFO) -> logging.Logger:
    root = logging.getLogger("app")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return root
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "sessionready.log", maxBytes=512 * 1024, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return root
