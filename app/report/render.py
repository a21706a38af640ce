"""Render the report dict: a self-contained printable HTML page (app.report.html_page), a JSON
twin, and a short text summary to paste into a chat or an email.
"""

from __future__ import annotations

import json
from typing import Any

from app.checks.verdict import verdict_label
from app.i18n import translate
from app.monitor.problems import problem_name
from app.report.html_page import render_html
from app.report.words import check_title, figure_text, kind_text, status_text, value_text, when_text

__all__ = ["render_html", "render_json", "render_summary"]


def render_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


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
                time=when_text(last["timestamp"]), verdict=verdict_label(last["verdict"])
            )
        )
        for check in last["checks"]:
            figures = ", ".join(
                figure_text(m["name"], m["value"], m["unit"]) for m in check["metrics"][:6]
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
    timeline = report.get("session_timeline")
    if timeline:
        lines.append(
            translate(
                "Report", "Last session watched: {start}, {samples} samples, {problems}"
            ).format(
                start=timeline["started"],
                samples=timeline["samples"],
                problems=", ".join(
                    dict.fromkeys(problem_name(e["problem"]) for e in timeline["episodes"])
                )
                or translate("Report", "no problems seen"),
            )
        )
    media = report.get("media_path")
    if media:
        lines.append(
            translate("Report", "Media path (UDP): {path}, loss {loss}, jitter {jitter}").format(
                path=media["udp_path"],
                loss=value_text(media["udp_loss_pct"], "%"),
                jitter=value_text(media["udp_jitter_ms"], "ms"),
            )
        )
    video = report["profile_hosts"].get("video_host")
    if video:
        lines.append(translate("Report", "Video platform: {host}").format(host=video))
    return "\n".join(lines)
