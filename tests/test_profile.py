"""Program profile parsing and validation (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.profile import Profile, ProfileError, ProfileStore, load_profile_file, parse_profile_text


def test_defaults_follow_the_design() -> None:
    p = Profile()
    assert p.crisis_line == "988"
    assert p.session_minutes == 180
    assert p.language == "en"


def test_json_and_toml_give_the_same_profile() -> None:
    data = {
        "program_name": "Harbor",
        "video_host": "zoom.us",
        "speedtest_server": "https://speed.example.org/",
        "phone_line": "+1 (555) 010-0100",
        "calendar_url": "webcal://example.org/cal.ics",
        "session_minutes": 150,
        "language": "es",
        "checklist": {"remove": ["water"]},
    }
    toml = (
        "\n".join(f"{k} = {json.dumps(v)}" for k, v in data.items() if k != "checklist")
        + '\n[checklist]\nremove = ["water"]\n'
    )
    assert parse_profile_text(json.dumps(data), ".json") == parse_profile_text(toml, ".toml")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"video_host": "https://zoom.us/j/1"}, "video_host"),
        ({"video_host": "zoom.us:99999"}, "video_host"),
        ({"join_url": "ftp://x.org/"}, "join_url"),
        ({"calendar_url": "calendar"}, "calendar_url"),
        ({"session_minutes": 5}, "session_minutes"),
        ({"session_minutes": True}, "session_minutes"),
        ({"language": "fr"}, "language"),
        ({"phone_line": "<script>"}, "phone_line"),
        ({"program_name": 42}, "program_name"),
        ({"colour": "blue"}, "colour"),
        ({"checklist": ["a"]}, "checklist"),
    ],
)
def test_bad_values_name_their_field(data: dict, field: str) -> None:
    with pytest.raises(ProfileError) as err:
        parse_profile_text(json.dumps(data), ".json")
    assert err.value.field == field
    assert field in str(err.value)


def test_host_port_split() -> None:
    assert Profile(video_host="v.example.org:8443").video_host_port == ("v.example.org", 8443)
    assert Profile(video_host="zoom.us").video_host_port == ("zoom.us", 443)
    assert parse_profile_text('{"video_host": "[::1]:9000"}').video_host_port == ("::1", 9000)


def test_store_keeps_old_profile_when_import_fails(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save(Profile(program_name="Kept"))
    bad = tmp_path / "bad.toml"
    bad.write_text('language = "klingon"')
    with pytest.raises(ProfileError):
        store.import_file(bad)
    assert store.load().program_name == "Kept"
    assert (tmp_path / "profile.json").stat().st_mode & 0o077 == 0


def test_unreadable_and_binary_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="Could not open"):
        load_profile_file(tmp_path / "missing.json")
    binary = tmp_path / "x.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProfileError):
        load_profile_file(binary)
