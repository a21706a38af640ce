"""`session-ready report --out FILE.html [--json]`: write the support report from a terminal."""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from pathlib import Path

from app.atomic import atomic_write_text
from app.checks.history import HistoryStore
from app.cli.common import common_parser, effective_profile
from app.i18n import translate
from app.monitor.store import MonitorStore
from app.paths import data_dir
from app.report.collect import collect_report
from app.report.render import render_html, render_json, render_summary


def qt_version_without_qt() -> str:
    """PySide6's version equals the Qt version it ships; read it without importing Qt."""
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return ""


def _run(args: argparse.Namespace) -> int:
    report = collect_report(
        effective_profile(args),
        HistoryStore(data_dir()),
        qt_version_without_qt(),
        monitor=MonitorStore(data_dir()),
    )
    if args.out is None:
        print(render_json(report) if args.json else render_summary(report))
        return 0
    out: Path = args.out
    try:
        if args.json and out.suffix.lower() == ".json":
            atomic_write_text(out, render_json(report))
            written = [out]
        else:
            atomic_write_text(out, render_html(report))
            written = [out]
            if args.json:
                twin = out.with_suffix(".json")
                atomic_write_text(twin, render_json(report))
                written.append(twin)
    except OSError as exc:
        print(
            translate("ReportCLI", "Could not write the report: {error}").format(
                error=exc.strerror or type(exc).__name__
            ),
            file=sys.stderr,
        )
        return 1
    for path in written:
        print(
            translate("ReportCLI", "Report saved: {path}").format(path=path.resolve()),
            file=sys.stderr,
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        parents=[common_parser()],
        help="write the support report for tech help (no notes, no calendar, no join links)",
        description="Collect versions, devices, network interfaces and recent check results. "
        "With --out FILE.html write a printable HTML report (add --json for a JSON twin next to "
        "it, or give a .json file to write JSON only). Without --out, print a short summary "
        "(or the JSON with --json).",
    )
    p.add_argument("--out", type=Path, metavar="FILE", help="where to save the report (.html)")
    p.add_argument("--json", action="store_true", help="also (or only) write JSON")
    p.set_defaults(func=_run)
