"""The report as one self-contained printable HTML page (and its body for the in-app preview).

Inline CSS only (no scripts, fonts, images or links to load) and every value is escaped, so it
opens the same anywhere, offline, and prints on paper.
"""

from __future__ import annotations

from contextvars import ContextVar
from html import escape
from typing import Any

from app.checks.verdict import verdict_label
from app.i18n import current_language, translate
from app.report.words import (
    audio_format,
    check_title,
    figure_text,
    host_label,
    kind_text,
    metric_label,
    metric_text,
    status_text,
    value_text,
    when_text,
    yes_no,
)

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
_NARROW: ContextVar[bool] = ContextVar("report_narrow", default=False)  # see html_sections


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """*rows* hold already-escaped HTML cells; headers are escaped here. In a narrow view
    (html_sections(narrow=True)) a table of more than two columns becomes one block per row:
    its first cell in bold, then a "Header: value" line for each other cell."""
    if _NARROW.get() and len(headers) > 2:
        return "".join(
            f"<p><b>{row[0]}</b>"
            + "".join(f"<br>{_e(h)}: {c}" for h, c in zip(headers[1:], row[1:], strict=False))
            + "</p>"
            for row in rows
        )
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


def _system_section(report: dict[str, Any]) -> list[str]:
    """Versions, operating system, processor and memory."""
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
    return out


def _device_sections(report: dict[str, Any]) -> list[str]:
    """Cameras, microphones and speakers, with the notes of the device listing."""
    out: list[str] = []
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
    out += [_none(n) for n in devices["notes"] if _note_about(n) == "cameras"]
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
        out += [_none(n) for n in devices["notes"] if _note_about(n) == key]
    return out


def _note_about(note: str) -> str:
    """Which device list a listing note explains: camera notes under Cameras, audio notes (and
    any other) under Microphones, never under a heading they do not belong to."""
    return "cameras" if note.lower().startswith("camera") else "microphones"


def _network_section(report: dict[str, Any]) -> list[str]:
    """The network connections and what kind each seems to be."""
    out: list[str] = []
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
    return out


def _hosts_section(report: dict[str, Any]) -> list[str]:
    """The program's servers, by host only."""
    out: list[str] = []
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
    return out


def _last_run_section(report: dict[str, Any]) -> list[str]:
    """The last check: its verdict and each check with its measurements."""
    out: list[str] = []
    out.append(_h2(translate("Report", "Last check")))
    last = report["last_run"]
    if last is None:
        out.append(_none(translate("Report", "No check has been run yet.")))
    else:
        time_label = translate("Report", "Time")
        result_label = translate("Report", "Result")
        out.append(
            f'<p class="meta">{_e(time_label)}: {_e(when_text(last["timestamp"]))} · '
            f"{_e(result_label)}: <b>{_e(verdict_label(last['verdict']))}</b></p>"
        )
        rows = []
        for check in last["checks"]:
            metrics = "<br>".join(
                _e(figure_text(m["name"], m["value"], m["unit"])) for m in check["metrics"]
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
    return out


_MEDIA_UNITS = {"udp_rtt_ms": "ms", "udp_jitter_ms": "ms", "udp_loss_pct": "%"}


def _media_section(report: dict[str, Any]) -> list[str]:
    """The path real calls take: UDP to the program's STUN/TURN server (last run)."""
    media = report.get("media_path")
    if not media:
        return []
    rows = [
        [_e(metric_label(k)), _e(metric_text(k, v, _MEDIA_UNITS.get(k, "")))]
        for k, v in media.items()
        if v is not None
    ]
    return [
        _h2(translate("Report", "Media path (UDP)")),
        _table([translate("Report", "Figure"), translate("Report", "Value")], rows),
    ]


def _history_section(report: dict[str, Any]) -> list[str]:
    """Recent checks: the verdict and the connection figures of each."""
    out: list[str] = []
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
                        _e(when_text(h["timestamp"])),
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
    return out


def _timeline_section(report: dict[str, Any]) -> list[str]:
    """The last session the monitor watched: figures and what went wrong, when."""
    from app.monitor.problems import duration_text, problem_name

    out = [_h2(translate("Report", "Last session watched"))]
    t = report.get("session_timeline")
    if not t:
        return [*out, _none(translate("Report", "No session has been watched yet."))]
    f = t["figures"]
    out.append(
        f'<p class="meta">{_e(t["started"])} – {_e(t["ended"] or "…")} · '
        + _e(
            translate(
                "Report", "{samples} samples; round trip {rtt} (95 %: {p95}); loss {loss}"
            ).format(
                samples=t["samples"],
                rtt=value_text(f["rtt_median_ms"], "ms"),
                p95=value_text(f["rtt_p95_ms"], "ms"),
                loss=value_text(f["loss_pct"], "%"),
            )
        )
        + "</p>"
    )
    if not t["episodes"]:
        return [*out, _none(translate("Report", "No problems seen."))]
    rows = [
        [
            _e(e["start"]),
            _e(problem_name(e["problem"])),
            _e(duration_text(e["minutes"] * 60) if e["minutes"] is not None else "…"),
            _e("—" if e["figure"] is None else f"{e['figure']:g}"),
            _e(translate("Report", "yes") if e["notified"] else ""),
        ]
        for e in t["episodes"]
    ]
    headers = [
        translate("Report", "Time"),
        translate("Report", "What"),
        translate("Report", "How long"),
        translate("Report", "Figure"),
        translate("Report", "Told the patient"),
    ]
    out.append(_table(headers, rows, {3}))
    return out


SECTIONS = (
    _system_section,
    _device_sections,
    _network_section,
    _hosts_section,
    _last_run_section,
    _media_section,
    _history_section,
    _timeline_section,
)


def html_sections(report: dict[str, Any], narrow: bool = False) -> str:
    """The report body (headings and tables) without <html>: also used by the in-app views.
    *narrow*: for a view too narrow for the wide tables, read top to bottom (see _table)."""
    token = _NARROW.set(narrow)
    try:
        return "\n".join(part for section in SECTIONS for part in section(report))
    finally:
        _NARROW.reset(token)


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
        f'<p class="meta">{_e(made_on)}: {_e(when_text(report["generated_at"]))} · '
        f"{_e(fmt)} {_e(report['schema_version'])}</p>\n"
        f'<p class="privacy">{_e(privacy_statement())}</p>\n'
        f"{html_sections(report)}\n</body>\n</html>\n"
    )
