"""The support report never carries personal text: the canary test, plus the schema.

Markers go everywhere the app keeps personal text: the profile (join link path and query
token, tech-help contact, program name, phone line), check-result details, the settings (chosen
device names), note titles/bodies/tags in a real vault, and calendar event summaries,
descriptions, locations, join links and dial-ins (imported file and manual entries).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.checks.history import HistoryStore
from app.cli import main
from app.paths import data_dir
from app.profile import Profile, ProfileStore
from app.report.collect import collect_report
from app.report.render import render_html, render_json, render_summary
from app.settings import Settings
from tests.fakes.devices import FakeDevices
from tests.report.conftest import make_run

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "report.schema.json").read_text("utf-8")
)
JOIN_PATH = "j/CANARYPATH7731"
JOIN_QUERY = "pwd=CANARYTOKEN9f2e"
MARKERS = {
    "join path": "CANARYPATH7731",
    "join token": "CANARYTOKEN9f2e",
    "support contact": "CANARYSUPPORT4410",
    "program name": "CANARYPROGRAM2208",
    "phone line": "CANARYPHONE",
    "check detail": "CANARYDETAIL5530",
    "detail url token": "CANARYDETAILURL0042",
    "setting microphone": "CANARYSETMIC8812",
    "setting camera": "CANARYSETCAM1187",
    "setting speaker": "CANARYSETSPK6654",
}


def plant_markers(home: Path) -> Profile:
    profile = Profile(
        program_name="Harbor CANARYPROGRAM2208",
        video_host="video.example.org:8443",
        join_url=f"https://join.example.org/{JOIN_PATH}?{JOIN_QUERY}#CANARYFRAG",
        speedtest_server="https://speed.example.org/speedtest/upload.php?key=CANARYTOKEN9f2e",
        phone_line="CANARYPHONE 555 0100",
        support_contact="Ana CANARYSUPPORT4410 555-0101",
        calendar_url="webcal://cal.example.org/feeds/CANARYPATH7731.ics?token=CANARYTOKEN9f2e",
    )
    ProfileStore(home).save(profile)
    settings = Settings(home)
    settings.set("microphone", "CANARYSETMIC8812")
    settings.set("camera", "CANARYSETCAM1187")
    settings.set("speaker", "CANARYSETSPK6654")
    history = HistoryStore(home)
    for i in range(4):
        history.add(
            make_run(
                minutes_ago=60 * (4 - i),
                download=30.0 + i,
                details={
                    "device": "Cam of CANARYDETAIL5530",
                    "server": "https://speed.example.org/x?t=CANARYDETAILURL0042",
                },
            )
        )
    return profile


def assert_clean(text: str, where: str) -> None:
    for what, marker in MARKERS.items():
        assert marker.lower() not in text.lower(), f"{what} leaked into the {where}"
    for fragment in (JOIN_PATH, JOIN_QUERY, "?pwd=", "/j/", "#CANARYFRAG", "token="):
        assert fragment.lower() not in text.lower(), f"join-link part {fragment!r} in {where}"


def validate(report_json: str) -> None:
    jsonschema.validate(
        json.loads(report_json),
        SCHEMA,
        cls=jsonschema.Draft202012Validator,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def test_report_holds_no_personal_marker_and_no_join_token(sr_home: Path) -> None:
    home = data_dir()
    profile = plant_markers(home)
    report = collect_report(profile, HistoryStore(home), "6.8.0", FakeDevices())
    html, js, summary = render_html(report), render_json(report), render_summary(report)
    for text, where in ((html, "HTML"), (js, "JSON"), (summary, "summary")):
        assert_clean(text, where)
    # …but it still says what support needs
    assert "join.example.org" in html and "video.example.org:8443" in js
    assert "Built-in Microphone" in html and "33.0 Mbit/s" in summary
    assert report["profile_hosts"]["join_host"] == "join.example.org"
    assert report["profile_hosts"]["calendar_host"] == "cal.example.org"
    validate(js)


def test_cli_report_writes_clean_html_and_json_twin(sr_home: Path, tmp_path: Path, capsys) -> None:
    plant_markers(data_dir())
    out = tmp_path / "support.html"
    assert main(["report", "--out", str(out), "--json"]) == 0
    html = out.read_text("utf-8")
    js = out.with_suffix(".json").read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert_clean(html, "CLI HTML")
    assert_clean(js, "CLI JSON")
    validate(js)
    assert len(json.loads(js)["history"]) == 4
    assert main(["report"]) == 0  # a summary on stdout
    assert_clean(capsys.readouterr().out, "CLI summary")


def test_cli_json_only_and_profile_file(sr_home: Path, tmp_path: Path) -> None:
    prof = tmp_path / "p.json"
    prof.write_text(
        json.dumps(
            {
                "video_host": "meet.example.net",
                "join_url": f"https://meet.example.net/{JOIN_PATH}?{JOIN_QUERY}",
            }
        )
    )
    out = tmp_path / "r.json"
    assert main(["report", "--profile", str(prof), "--out", str(out), "--json"]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["profile_hosts"]["video_host"] == "meet.example.net"
    assert data["last_run"] is None
    assert_clean(out.read_text("utf-8"), "JSON-only report")
    validate(out.read_text("utf-8"))


def test_cli_reports_an_unwritable_destination(sr_home: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "--out", str(blocker / "r.html")]) == 1
    assert "Could not write the report" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["http://", "", "not a url"])
def test_hosts_never_include_anything_but_the_host(bad: str) -> None:
    from app.report.build import profile_hosts

    hosts = profile_hosts(Profile(join_url="https://h.example.org:8443/a/b?c=d#e"))
    assert hosts["join_host"] == "h.example.org:8443"
    assert all("/" not in v and "?" not in v for v in hosts.values())
    from app.report.build import _url_host

    assert _url_host(bad) == ""


NOTE_AND_CALENDAR_MARKERS = {
    "note title": "CANARYNOTETITLE3141",
    "note body": "CANARYNOTEBODY2718",
    "note tag": "CANARYNOTETAG1618",
    "event summary": "CANARYEVENTSUMMARY5772",
    "event description": "CANARYEVENTDESC6931",
    "event location": "CANARYEVENTLOC4142",
    "event join path": "CANARYEVENTJOIN8080",
    "event dial-in": "CANARYDIAL",
    "manual title": "CANARYMANUAL9999",
}


def test_report_holds_no_note_or_calendar_text(sr_home: Path, tmp_path: Path) -> None:
    """Notes and calendar events with unique markers exist on the machine; neither the HTML and
    JSON reports nor the summary contain any of them (nor a join-link path or query)."""
    from datetime import datetime, timedelta

    from app.notes.crypto import KdfParams
    from app.notes.vault import Vault
    from app.schedule.manual import ManualEntry
    from app.schedule.store import ScheduleStore

    home = data_dir()
    plant_markers(home)
    vault = Vault(home / "notes", keystore=None, kdf_params=KdfParams.floor())
    vault.create(use_keyring=False, passphrase="correct horse battery staple")
    m = NOTE_AND_CALENDAR_MARKERS
    vault.save(
        Vault.new_note(
            title=f"Skills {m['note title']}",
            body=f"I felt {m['note body']}",
            tags=(m["note tag"],),
        )
    )
    vault.lock()

    start = (datetime.now().astimezone() + timedelta(hours=2)).strftime("%Y%m%dT%H%M%S")
    ics = tmp_path / "program.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:canary-1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT3H\r\n"
        f"SUMMARY:Group {m['event summary']}\r\n"
        f"DESCRIPTION:Join https://zoom.us/{m['event join path']}?pwd=CANARYTOKEN9f2e "
        f"{m['event description']} tel:{m['event dial-in']}\r\n"
        f"LOCATION:{m['event location']}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "utf-8",
    )
    store = ScheduleStore(home)
    store.import_file(ics)
    store.add_manual(
        ManualEntry(
            title=m["manual title"],
            start=(datetime.now() + timedelta(days=1)).strftime("%Y-%m-%dT18:00"),
            zone="UTC",
            join_url=f"https://meet.example.org/{m['event join path']}",
        )
    )
    assert any(m["event summary"] in s.title for s in store.upcoming(datetime.now().astimezone()))

    out = tmp_path / "support.html"
    assert main(["report", "--out", str(out), "--json"]) == 0
    texts = {
        "HTML": out.read_text("utf-8"),
        "JSON": out.with_suffix(".json").read_text("utf-8"),
    }
    report = collect_report(ProfileStore(home).load(), HistoryStore(home), "6.8.0", FakeDevices())
    texts["summary"] = render_summary(report)
    for where, text in texts.items():
        assert_clean(text, where)
        for what, marker in NOTE_AND_CALENDAR_MARKERS.items():
            assert marker.lower() not in text.lower(), f"{what} leaked into the {where}"
