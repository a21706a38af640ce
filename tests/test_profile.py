"""Program profile parsing and validation (no Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
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


# Hostile profiles (issue 15 §3): every one ends in a ProfileError, exit code 3 on the CLI, and
# the stored profile is kept.

HOSTILE_PROFILES = {
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "deep-checklist.json": '{"checklist": {"add": ' + "[" * 50 + "]" * 50 + "}}",
    "deep.toml": "checklist = " + "[" * 100_000 + "]" * 100_000,
    "deep-tables.toml": "[" + ".".join(["a"] * 5_000) + "]\n",
    "surrogate.json": '{"program_name": "Harbor \\ud800"}',
    "surrogate-key.json": '{"\\udfff": "x"}',
    "surrogate-checklist.json": '{"checklist": {"remove": ["\\ud83d"]}}',
    "many-overrides.json": json.dumps(
        {"checklist": {"reword": {f"item{i}": {"text": "x"} for i in range(20_000)}}}
    ),
    "long-text.json": json.dumps({"checklist": {"add": [{"id": "x", "text": "y" * 100_000}]}}),
    "huge-number.json": '{"session_minutes": ' + "9" * 5_000 + "}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PROFILES))
def test_hostile_profiles_are_a_profile_problem(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE_PROFILES[name], "utf-8", errors="surrogatepass")
    store = ProfileStore(tmp_path / "data")
    store.save(Profile(program_name="Kept"))
    started = time.monotonic()
    with pytest.raises(ProfileError) as err:
        store.import_file(path)
    assert time.monotonic() - started < 10  # 20,000 overrides took 33 s before
    message = str(err.value)
    message.encode("utf-8")  # printable and savable: no lone surrogate in the message
    assert len(message) < 300
    assert store.load().program_name == "Kept"


@pytest.mark.parametrize("source", ["/dev/zero", "fifo", "folder"])
def test_a_device_pipe_or_folder_is_not_read_as_a_profile(source: str, tmp_path: Path) -> None:
    if source == "fifo":
        path = tmp_path / "profile.json"
        os.mkfifo(path)  # nobody writes: reading it would wait forever
    elif source == "folder":
        path = tmp_path
    else:
        path = Path(source)
    started = time.monotonic()
    with pytest.raises(ProfileError):
        load_profile_file(path)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("name", ["deep.json", "surrogate.json", "many-overrides.json"])
def test_cli_says_profile_problem_and_exits_3(name: str, tmp_path: Path, sr_home: Path) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE_PROFILES[name], "utf-8")
    env = {**os.environ, "SESSIONREADY_HOME": str(sr_home)}
    out = subprocess.run(
        [sys.executable, "-m", "app", "schedule", "--profile", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.returncode == 3
    assert out.stderr.startswith("Profile problem") and "Traceback" not in out.stderr


def test_checklist_changes_keep_their_order_in_linear_time() -> None:
    from app.checklist.content import apply_overrides, load_content

    content = load_content()
    first = content.items[0].id
    adds = [
        {"id": "a1", "text": "A1"},
        {"id": "b1", "text": "B1", "after": first},
        {"id": "b2", "text": "B2", "after": first},  # the later one goes right after
        {"id": "c1", "text": "C1", "after": "a1"},
    ]
    ids = [i.id for i in apply_overrides(content, {"add": adds}).items]
    assert ids[:3] == [first, "b2", "b1"] and ids[-2:] == ["a1", "c1"]
    chain = [{"id": f"n{i}", "text": "t", "after": f"n{i - 1}"} for i in range(20_000)]
    started = time.monotonic()
    items = apply_overrides(content, {"add": chain}).items
    assert [i.id for i in items[-3:]] == ["n19997", "n19998", "n19999"]
    assert time.monotonic() - started < 20  # quadratic took minutes; linear takes about a second


def test_calendar_link_follows_the_download_rule() -> None:
    """One rule for plain http (app/links.py): https/webcal, or http to this computer."""
    assert parse_profile_text('{"calendar_url": "webcal://cal.example.org/x.ics"}').calendar_url
    assert parse_profile_text('{"calendar_url": "http://127.0.0.1:8000/x.ics"}').calendar_url
    with pytest.raises(ProfileError) as err:
        parse_profile_text('{"calendar_url": "http://cal.example.org/x.ics"}')
    assert err.value.field == "calendar_url" and "https://" in str(err.value)
