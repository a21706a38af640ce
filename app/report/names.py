"""Device names without their owners: "Maria's AirPods Pro" → "AirPods Pro".

Operating systems name Bluetooth and USB devices after their owner ("Maria's AirPods Pro",
"AirPods de María", "iPhone von Jonas") and put hardware addresses in others
("bluez_output.AA_BB_CC_DD_EE_FF.1"). The support report and the support view show devices by
kind and model only: owner phrases are cut, hardware addresses masked, and a name with nothing
left becomes a placeholder.
"""

from __future__ import annotations

import re

from app.i18n import translate

# "Maria's ", "Maria Lopez’s ", "MARIA'S " before the model.
_OWNER_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\"“]))[^\s'’()\[\]]+['’]s\s+", re.I)
# At the start of a device name the owner may have two names: "Maria Lopez's AirPods".
_OWNER_FIRST = re.compile(r"^\s*[^\s'’()\[\]]+\s+[^\s'’()\[\]]+['’]s\s+", re.I)
# " de María", " von Jonas", " di Gianni", " du Jean" after the model (a capitalised name).
_OWNER_AFTER = re.compile(
    r"\s+(?:de|del|von|di|du|van)\s+\w[\w.-]*(?:\s+\w[\w.-]*)?(?=$|\s*[)(\[\]])"
)
_OWNER_ALONE = re.compile(
    r"(?:^|\s|(?<=[(\[]))[^\s'’()\[\]]+['’]s(?=$|[\s)\]])", re.I
)  # "… Maria's"
_MAC = re.compile(r"(?i)\b[0-9a-f]{2}(?:[:_-][0-9a-f]{2}){5}\b")
_SPACES = re.compile(r"\s+")
_EMPTY = re.compile(r"\(\s*\)|\[\s*\]")


def _after_is_name(match: re.Match[str]) -> str:
    words = match.group(0).split()[1:]
    return "" if words and words[0][:1].isupper() else match.group(0)


def scrub_text(text: str) -> str:
    """Free text (a check's headline, a device note) with owners and addresses removed."""
    out = _MAC.sub("XX:XX:XX:XX:XX:XX", str(text))
    out = _OWNER_BEFORE.sub("", out)
    out = _OWNER_ALONE.sub("", out)
    out = _OWNER_AFTER.sub(_after_is_name, out)
    return _SPACES.sub(" ", _EMPTY.sub("", out)).strip()


def scrub_name(name: str) -> str:
    """A device name as kind and model, or a placeholder when nothing else is left."""
    out = scrub_text(_OWNER_FIRST.sub("", str(name))).strip(" -–—:")
    return out if out.strip("()[] ") else translate("Report", "a device")
