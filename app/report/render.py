"""Render the report dict: self-contained printable HTML, a JSON twin, a short text summary.

The HTML has inline CSS only (no scripts, fonts, images or links to load) and every value is
escaped, so it opens the same anywhere, offline, and prints on paper.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from app.checks.verdict import verdict_label
from app.i18n import QT_TRANSLATE_NOOP, current_language, translate

STATUSES = {
    "pass": QT_TRANSLATE_NOOP("Report", "✓ Pass"),
    "warn": QT_TRANSLATE_NOOP("Report", "! Warning"),
    "fail": QT_TRANSLATE_NOOP("Report", "✕ Fail"),
    "unavailable": QT_TRANSLATE_NOOP("Report", "– Not found"),
    "error": QT_TRANSLATE_NOOP("Report", "! Check failed"),
}
CHECK_TITLES = {
    "connection": QT_TRANSLATE_NOOP("Report", "Connection"),
    "camera": QT_TRANSLATE_NOOP("Report", "Camera"),
    "microphone": QT_TRANSLATE_NOOP("Report", "Microphone"),
    "speakers": QT_TRANSLATE_NOOP("Report", "Speakers"),
    "battery": QT_TRANSLATE_NOOP("Report", "Battery"),
}
KINDS = {
    "wired": QT_TRANSLATE_NOOP("Report", "wired"),
    "wifi": QT_TRANSLATE_NOOP("Report", "Wi-Fi"),
    "loopback": QT_TRANSLATE_NOOP("Report", "loopback"),
    "virtual": QT_TRANSLATE_NOOP("Report", "virtual"),
    "cellular": QT_TRANSLATE_NOOP("Report", "mobile data"),
    "other": QT_TRANSLATE_NOOP("Report", "other"),
}
HOST_LABELS = {
    "video_host": QT_TRANSLATE_NOOP("Report", "Video platform"),
    "join_host": QT_TRANSLATE_NOOP("Report", "Session link (host only)"),
    "speedtest_host": QT_TRANSLATE_NOOP("Report", "Speed-test server"),
    "calendar_host": QT_TRANSLATE_NOOP("Report", "Calendar (host only)"),
}


def _tr(table: dict[str, str], key: str) -> str:
    return translate("Report", table[key]) if key in table else key


def status_text(status: str) -> str:
    return _tr(STATUSES, status)


def check_title(check_id: str) -> str:
    return _tr(CHECK_TITLES, check_id)


def kind_text(kind: str) -> str:
    return _tr(KINDS, kind)


def host_label(key: str) -> str:
    return _tr(HOST_LABELS, key)


def value_text(value: Any, unit: str = "") -> str:
    """A metric value with its unit, for people: 42.5 ms, yes/no, — when unknown."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("Report", "yes") if value else translate("Report", "no")
    if isinstance(value, float):
        text = f"{value:.1f}" if abs(value) < 1000 else f"{value:.0f}"
    else:
        text = str(value)
    return f"{text} {unit}".strip() if unit not in ("%",) else f"{text}{unit}"


def yes_no(value: bool) -> str:
    return translate("Report", "yes") if value else translate("Report", "no")


def audio_format(dev: dict[str, Any]) -> str:
    parts = []
    if dev.get("default_samplerate"):
        parts.append(f"{float(dev['default_samplerate']) / 1000:g} kHz")
    if dev.get("channels"):
        parts.append(translate("Report", "{n} ch").format(n=dev["channels"]))
    if dev.get("hostapi"):
        parts.append(str(dev["hostapi"]))
    return ", ".join(parts) or "—"


def render_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


# --- HTML ---------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#1b1b1b;background:#fff;margin:24px auto;max-width:900px;padding:0 16px;line-height:1.45}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:22px 0 6px;border-bottom:2px solid
#2f6f8f;padding-bottom:2px;color:#1f4e66}p.meta{color:#444;margin:0 0 8px}
table{border-collapse:collapse;width:100%;margin:4px 0 8px;font-size:.95em}
th,td{border:1px solid #c8cfd4;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef3f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
.s-pass{color:#1e7b34;font-weight:bold}.s-warn,.s-error{color:#8a5a00;font-weight:bold}
.s-fail{color:#b3261e;font-weight:bold}.s-unavailable{color:#5f6368;font-weight:bold}
.note{color:#444;font-style:italic}.privacy{background:#f4f8ec;border:1px solid #b9d39a;
padding:8px 12px;border-radius:4px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
"""


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """*rows* hold already-escaped HTML cells; headers are escaped here."""
    numeric = numeric or set()
    head = "".join(f'<th scope="col">{_e(h)}</th>' for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _none(text: str) -> str:
    return f'<p class="note">{_e(text)}</p>'


def html_sections(report: dict[str, Any]) -> str:
    """The report body (headings and tables) without <html>: also used by the in-app preview."""
    out: list[str] = []
    sysinfo = report["system"]
    out.append(_h2(translate("Report", "System")))
    out.append(
        _table(
            [translate("Report", "Item"), translate("Report", "Value")],
            [
                [_e(translate("Report", "SessionReady version")), _e(sysinfo["app_version"])],
                [_e(translate("Report", "Qt version")), _e(sysinfo["qt_version"])],
                [_e(translate("Report", "Python version")), _e(sysinfo["python_version"])],
                [
                    _e(translate("Report", "Operating system")),
                    _e(f"{sysinfo['os']} {sysinfo['os_release']} ({sysinfo['platform']})"),
                ],
                [_e(translate("Report", "Processor type")), _e(sysinfo["machine"])],
                [
                    _e(translate("Report", "Memory")),
                    _e(
                        translate("Report", "{gb} GB, {cpus} processor cores").format(
                            gb=sysinfo["memory_gb"], cpus=sysinfo["cpu_count"]
                        )
                    ),
                ],
            ],
        )
    )

    devices = report["devices"]
    out.append(_h2(translate("Report", "Cameras")))
    if devices["cameras"]:
        out.append(
            _table(
                [translate("Report", "Number"), translate("Report", "Name")],
                [[_e(c["index"]), _e(c["name"])] for c in devices["cameras"]],
                {0},
            )
        )
    else:
        out.append(_none(translate("Report", "No camera found.")))
    for key, title, empty in (
        (
            "microphones",
            translate("Report", "Microphones"),
            translate("Report", "No microphone found."),
        ),
        (
            "speakers",
            translate("Report", "Speakers and headphones"),
            translate("Report", "No speaker found."),
        ),
    ):
        out.append(f"<h2>{_e(title)}</h2>")
        if devices[key]:
            out.append(
                _table(
                    [
                        translate("Report", "Name"),
                        translate("Report", "Default"),
                        translate("Report", "Default format"),
                    ],
                    [
                        [_e(d["name"]), _e(yes_no(d["is_default"])), _e(audio_format(d))]
                        for d in devices[key]
                    ],
                )
            )
        else:
            out.append(_none(empty))
    for note in devices["notes"]:
        out.append(_none(note))

    out.append(_h2(translate("Report", "Network connections")))
    if report["network_interfaces"]:
        out.append(
            _table(
                [
                    translate("Report", "Name"),
                    translate("Report", "Type (best guess)"),
                    translate("Report", "Connected"),
                    translate("Report", "Link speed"),
                ],
                [
                    [
                        _e(i["name"]),
                        _e(kind_text(i["kind"])),
                        _e(yes_no(i["is_up"])),
                        _e(value_text(i["speed_mbps"], "Mbit/s")),
                    ]
                    for i in report["network_interfaces"]
                ],
                {3},
            )
        )
    else:
        out.append(_none(translate("Report", "No network connection found.")))

    out.append(_h2(translate("Report", "Program servers")))
    out.append(
        _table(
            [translate("Report", "Used for"), translate("Report", "Host")],
            [
                [_e(host_label(k)), _e(v or translate("Report", "not set"))]
                for k, v in report["profile_hosts"].items()
            ],
        )
    )

    out.append(_h2(translate("Report", "Last check")))
    last = report["last_run"]
    if last is None:
        out.append(_none(translate("Report", "No check has been run yet.")))
    else:
        time_label = translate("Report", "Time")
        result_label = translate("Report", "Result")
        out.append(
            f'<p class="meta">{_e(time_label)}: {_e(last["timestamp"])} · '
            f"{_e(result_label)}: <b>{_e(verdict_label(last['verdict']))}</b></p>"
        )
        rows = []
        for check in last["checks"]:
            metrics = "<br>".join(
                f"{_e(m['name'])}: {_e(value_text(m['value'], m['unit']))}"
                for m in check["metrics"]
            )
            rows.append(
                [
                    _e(check_title(check["check_id"])),
                    f'<span class="s-{_e(check["status"])}">{_e(status_text(check["status"]))}'
                    "</span>",
                    _e(check["headline"]),
                    metrics or "—",
                ]
            )
        out.append(
            _table(
                [
                    translate("Report", "Check"),
                    translate("Report", "Status"),
                    translate("Report", "Message shown"),
                    translate("Report", "Measurements"),
                ],
                rows,
            )
        )

    out.append(_h2(translate("Report", "Recent checks")))
    if report["history"]:
        out.append(
            _table(
                [
                    translate("Report", "Time"),
                    translate("Report", "Result"),
                    translate("Report", "Download"),
                    translate("Report", "Upload"),
                    translate("Report", "Round trip"),
                    translate("Report", "Jitter"),
                    translate("Report", "Loss"),
                ],
                [
                    [
                        _e(h["timestamp"]),
                        _e(verdict_label(h["verdict"])),
                        _e(value_text(h["download_mbps"], "Mbit/s")),
                        _e(value_text(h["upload_mbps"], "Mbit/s")),
                        _e(value_text(h["rtt_ms"], "ms")),
                        _e(value_text(h["jitter_ms"], "ms")),
                        _e(value_text(h["loss_pct"], "%")),
                    ]
                    for h in report["history"]
                ],
                {2, 3, 4, 5, 6},
            )
        )
    else:
        out.append(_none(translate("Report", "No checks yet.")))
    return "\n".join(out)


def privacy_statement() -> str:
    return translate(
        "Report",
        "This report holds facts about this computer and its last checks only. It never holds "
        "your notes, your calendar, your name, or your session link (only the server name).",
    )


def render_html(report: dict[str, Any]) -> str:
    lang = current_language()
    title = translate("Report", "SessionReady support report")
    made_on = translate("Report", "Made on")
    fmt = translate("Report", "Report format")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{_e(title)}</h1>\n"
        f'<p class="meta">{_e(made_on)}: {_e(report["generated_at"])} · '
        f"{_e(fmt)} {_e(report['schema_version'])}</p>\n"
        f'<p class="privacy">{_e(privacy_statement())}</p>\n'
        f"{html_sections(report)}\n</body>\n</html>\n"
    )


# --- text summary -------------------------------------------------------------------------


def render_summary(report: dict[str, Any]) -> str:
    """A few lines to paste into a chat or an email to tech help."""
    s = report["system"]
    lines = [
        translate("Report", "SessionReady {version} · Qt {qt} · {os}").format(
            version=s["app_version"], qt=s["qt_version"], os=s["platform"]
        )
    ]
    last = report["last_run"]
    if last is None:
        lines.append(translate("Report", "Last check: none yet"))
    else:
        lines.append(
            translate("Report", "Last check: {time} — {verdict}").format(
                time=last["timestamp"], verdict=verdict_label(last["verdict"])
            )
        )
        for check in last["checks"]:
            figures = ", ".join(
                f"{m['name']} {value_text(m['value'], m['unit'])}" for m in check["metrics"][:6]
            )
            line = f"- {check_title(check['check_id'])}: {status_text(check['status'])}"
            lines.append(f"{line} ({figures})" if figures else line)
    d = report["devices"]
    lines.append(
        translate(
            "Report", "Devices: {cams} camera(s), {mics} microphone(s), {spk} speaker(s)"
        ).format(cams=len(d["cameras"]), mics=len(d["microphones"]), spk=len(d["speakers"]))
    )
    up = [i for i in report["network_interfaces"] if i["is_up"] and i["kind"] != "loopback"]
    if up:
        lines.append(
            translate("Report", "Network: {list}").format(
                list=", ".join(f"{i['name']} ({kind_text(i['kind'])})" for i in up[:4])
            )
        )
    else:
        lines.append(translate("Report", "Network: no connection is up"))
    video = report["profile_hosts"].get("video_host")
    if video:
        lines.append(translate("Report", "Video platform: {host}").format(host=video))
    return "\n".join(lines)
