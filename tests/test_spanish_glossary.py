"""The Spanish catalogues keep to docs/GLOSSARY-es.md: one word for each key term."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A word the glossary replaced, and the one it chose.
AVOID = {
    r"\bparlantes?\b": "bocinas",
    r"\baltavoz|altavoces\b": "bocinas",
    r"\bauriculares\b": "audífonos",
    r"\bordenador": "computadora",
    r"\bun[ei]rse\b|\búnase\b": "entrar",
    r"\bcomprob|\bverific|\bchequ": "revisar",
    r"\boprima\b|\bpresione\b|\bhaga clic\b": "pulse",
    r"\bvínculo\b": "enlace",
    r"\b(tú|tu|tus|puedes|tienes|quieres)\b": "usted",
}


def translations() -> list[tuple[str, str]]:
    out = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*_es.ts")):
        for msg in ET.parse(ts).getroot().iter("message"):
            if msg.find("translation") is not None and msg.get("type") != "vanished":
                tr = msg.find("translation")
                assert tr is not None
                if tr.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((msg.findtext("source") or "", tr.text or ""))
    return out


def test_spanish_uses_the_glossary_terms() -> None:
    bad = [
        (src, es, prefer)
        for src, es in translations()
        for pattern, prefer in AVOID.items()
        if re.search(pattern, es, re.IGNORECASE)
    ]
    assert not bad, bad


def test_done_is_not_the_word_for_ready_and_skip_to_join_reads_naturally() -> None:
    es = dict(translations())
    assert es["Done."] not in ("Listo.", "Listo")
    assert es["Skip to Join"] == "Saltar la lista"
    assert es["Ready"] == "Listo" and es["Not ready"] == "No está listo"
    assert "GLOSSARY" not in es  # (the glossary lives in docs/, not in the catalogues)
    assert (ROOT / "docs" / "GLOSSARY-es.md").exists()
