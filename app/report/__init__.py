"""The support report: device, system and check data for tech-support staff — nothing personal.

``build_report`` takes only device/system/check data and the program profile's *hosts*; it never
receives a notes vault, a calendar, or a join link with its path and query. Rendering lives in
``render`` (HTML from ``html_page``, JSON, plain-text summary; their words in ``words``);
``resources/report.schema.json`` describes the JSON.
"""

from app.report.build import REPORT_SCHEMA_VERSION, build_report, profile_hosts
from app.report.render import render_html, render_json, render_summary

__all__ = [
    "REPORT_SCHEMA_VERSION",
    "build_report",
    "profile_hosts",
    "render_html",
    "render_json",
    "render_summary",
]
