"""The media path (UDP to the program's STUN/TURN server) in the support report: its figures and
the NAT finding, the public address only ever cut, the TURN credential never."""

from __future__ import annotations

import dataclasses

from app.checks.base import Metric
from app.checks.history import RunRecord
from app.devices.inventory import DeviceLists
from app.profile import Profile
from app.report.build import build_report, media_path, profile_hosts
from app.report.html_page import html_sections
from app.report.render import render_json, render_summary
from app.report.system import system_info
from tests.report.conftest import make_run
from tests.report.test_report_privacy import validate

UDP = (
    Metric("udp_path", "ok", ""),
    Metric("udp_rtt_ms", 31.5, "ms"),
    Metric("udp_jitter_ms", 2.25, "ms"),
    Metric("udp_loss_pct", 1.33, "%"),
    Metric("udp_packets", 150, ""),
    Metric("nat_mapping", "changes", ""),
    Metric("public_address", "203.0.x.x", ""),
)


def _run(*metrics: Metric) -> RunRecord:
    run = make_run()
    conn = run.results[0]
    conn = dataclasses.replace(conn, metrics=conn.metrics + metrics)
    return dataclasses.replace(run, results=(conn, *run.results[1:]))


def _report(run: RunRecord, profile: Profile | None = None) -> dict:  # type: ignore[type-arg]
    return build_report(
        system=system_info("6.8.0"),
        interfaces=[],
        devices=DeviceLists(),
        hosts=profile_hosts(profile or Profile()),
        runs=[run],
    )


def test_udp_figures_and_the_nat_finding_are_in_the_report() -> None:
    report = _report(_run(*UDP))
    media = report["media_path"]
    assert media["udp_loss_pct"] == 1.33 and media["nat_mapping"] == "changes"
    assert media["media_fallback"] is None
    validate(render_json(report))
    html = html_sections(report)
    assert "Media path (UDP)" in html and "symmetric NAT" in html and "203.0.x.x" in html
    assert "Media path (UDP): ok, loss 1.3%" in render_summary(report)


def test_a_full_public_address_in_a_record_is_cut_anyway() -> None:
    leaky = [m for m in UDP if m.name != "public_address"] + [
        Metric("public_address", "203.0.113.45", "")
    ]
    report = _report(_run(*leaky))
    assert report["media_path"]["public_address"] == "203.0.x.x"
    assert "113.45" not in render_json(report)
    validate(render_json(report))


def test_no_media_part_means_null_and_no_section() -> None:
    report = _report(make_run())
    assert report["media_path"] is None and media_path(None) is None
    validate(render_json(report))
    assert "Media path" not in html_sections(report)


def test_stun_host_is_shown_without_the_turn_credential() -> None:
    secret = {"urls": ["turns:turn.example.org:443"], "username": "pt42", "credential": "S3CRET"}
    profile = Profile(stun_server=secret)
    report = _report(_run(*UDP), profile)
    assert report["profile_hosts"]["stun_host"] == "turn.example.org:443"
    text = render_json(report) + html_sections(report)
    assert "S3CRET" not in text and "pt42" not in text
    validate(render_json(report))
