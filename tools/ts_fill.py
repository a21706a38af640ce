"""Fill translations into a Qt .ts file from a JSON map {source text: translation}.

    python tools/ts_fill.py resources/translations/sessionready_shell_es.ts es.json
    python tools/ts_fill.py --missing resources/translations/*.ts   # list untranslated sources

Entries whose source is in the map get the translation (and lose type="unfinished").
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def missing(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished":
                out.append((name, msg.findtext("source") or ""))
    return out


def fill(ts: Path, mapping: dict[str, str]) -> int:
    tree = ET.parse(ts)
    n = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        if src in mapping:
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = mapping[src]
            tr.attrib.pop("type", None)
            n += 1
    ET.indent(tree, space="    ")
    ts.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return n


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--missing":
        total = 0
        for name in argv[1:]:
            for ctx, src in missing(Path(name)):
                print(f"{name}\t{ctx}\t{src!r}")
                total += 1
        return 1 if total else 0
    ts, mapping_file = Path(argv[0]), Path(argv[1])
    print(f"{fill(ts, json.loads(mapping_file.read_text('utf-8')))} entries filled in {ts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
