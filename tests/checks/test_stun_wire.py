"""STUN messages from recorded exchanges (tests/fixtures/stun/coturn_exchanges.json: bytes a
real coturn 4.6.1 sent), the profile's stun_server key, and the findings they lead to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.checks.base import Status
from app.checks.connection_udp import UdpMeasured, udp_findings
from app.checks.thresholds import load_thresholds
from app.net.mos import mos_from
from app.net.problems import NetProblem
from app.net.stun import StunResult
from app.net.stun_fallback import StreamTry
from app.net.stun_stream import UdpStream
from app.net.stun_wire import binding_request, cut_address, parse_answer
from app.profile import Profile, ProfileError, stun_uris, validate_profile

RECORDED = json.loads(
    (Path(__file__).parent.parent / "fixtures" / "stun" / "coturn_exchanges.json").read_text()
)


def test_recorded_udp_answer_gives_mapped_other_and_origin_addresses() -> None:
    ex = RECORDED["udp_binding"]
    request, response = bytes.fromhex(ex["request"]), bytes.fromhex(ex["response"])
    answer = parse_answer(response)
    assert answer is not None
    assert answer.transaction_id == request[8:20]
    assert answer.mapped == ("127.0.0.1", 47831)
    assert answer.other == ("127.0.0.2", 34791)  # RFC 5780 OTHER-ADDRESS
    assert answer.origin == ("127.0.0.1", 34790)  # RFC 5780 RESPONSE-ORIGIN
    assert answer.error is None


def test_recorded_tcp_answer_parses_the_same_way() -> None:
    ex = RECORDED["tcp_binding"]
    answer = parse_answer(bytes.fromhex(ex["response"]))
    assert answer is not None and answer.mapped == ("127.0.0.1", 42516)


def test_our_request_is_byte_for_byte_the_recorded_one() -> None:
    ex = RECORDED["udp_binding"]
    tid = bytes.fromhex(ex["request"])[8:20]
    assert binding_request(tid) == (tid, bytes.fromhex(ex["request"]))


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-1],  # truncated
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),  # FINGERPRINT does not match
        lambda b: b[:4] + b"\x00\x00\x00\x00" + b[8:],  # no magic cookie (not STUN)
        lambda b: b"\x00\x01" + b[2:],  # a request, not an answer
        lambda b: b"",
        lambda b: b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    ],
)
def test_damaged_or_foreign_bytes_are_not_an_answer(damage) -> None:  # type: ignore[no-untyped-def]
    response = bytes.fromhex(RECORDED["udp_binding"]["response"])
    assert parse_answer(damage(response)) is None


def test_error_response_carries_its_code() -> None:
    from aioice import stun

    msg = stun.Message(stun.Method.BINDING, stun.Class.ERROR, transaction_id=b"x" * 12)
    msg.attributes["ERROR-CODE"] = (420, "Unknown Attribute")
    answer = parse_answer(bytes(msg))
    assert answer is not None and answer.error == 420 and answer.mapped is None


def test_public_addresses_are_cut() -> None:
    assert cut_address("203.0.113.45") == "203.0.x.x"
    assert cut_address("2001:db8:1:2::5") == "2001:db8:…"
    assert "113" not in cut_address("203.0.113.45")


# ---- the profile key ---------------------------------------------------------------------


def test_stun_server_forms() -> None:
    (plain,) = stun_uris("stun.example.org")
    assert (plain.scheme, plain.host, plain.port, plain.udp) == (
        "stun",
        "stun.example.org",
        3478,
        True,
    )
    (tls,) = stun_uris("turns:turn.example.org:443")
    assert tls.secure and not tls.udp and tls.port == 443
    (tcp,) = stun_uris("turn:turn.example.org?transport=tcp")
    assert tcp.transport == "tcp" and not tcp.udp
    table = {"urls": ["turn:t.example.org", "turns:t.example.org:443"], "username": "u"}
    uris = stun_uris(validate_profile({"stun_server": table}).stun_server)
    assert [u.scheme for u in uris] == ["turn", "turns"] and uris[0].username == "u"


def test_named_platform_uses_its_published_server_and_nothing_is_a_default() -> None:
    (twilio,) = stun_uris("twilio")
    assert twilio.host == "global.stun.twilio.com" and twilio.platform == "twilio"
    assert Profile().stun_server == ""
    assert stun_uris("") == []


@pytest.mark.parametrize(
    "bad",
    [
        "http://stun.example.org",
        "turn:t.example.org?transport=sctp",
        "turns:t.example.org?transport=udp",
        "stun:bad host",
        "stun:t.example.org:0",
        {"urls": []},
        {"urls": ["stun:a.example.org"], "password": "x"},
        42,
    ],
)
def test_bad_stun_server_is_rejected_naming_the_field(bad) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProfileError) as err:
        validate_profile({"stun_server": bad})
    assert err.value.field == "stun_server"


# ---- findings ----------------------------------------------------------------------------


def _result(**kw) -> StunResult:  # type: ignore[no-untyped-def]
    return StunResult(**{"server": "stun.example.org:3478", "udp": "ok", **kw})


def test_no_stun_server_skips_the_part_and_says_so() -> None:
    metrics, details = [], {}  # type: ignore[var-annotated]
    assert udp_findings(UdpMeasured(None, "no_server"), load_thresholds(), metrics, details) == []
    assert "no stun_server" in details["udp_path"]
    assert [(m.name, m.value) for m in metrics] == [("udp_path", "skipped")]


def test_blocked_udp_with_a_tls_way_is_the_plain_warning() -> None:
    r = _result(
        udp="blocked",
        fallbacks=(
            StreamTry("tcp", "s", 3478, False, problem=NetProblem.TIMEOUT),
            StreamTry("tls", "s", 443, True, 12.0),
        ),
    )
    metrics, details = [], {}  # type: ignore[var-annotated]
    (f,) = udp_findings(UdpMeasured(r), load_thresholds(), metrics, details)
    assert f.status is Status.WARN
    assert f.headline.startswith("Your network blocks the fast way video travels.")
    assert "join by phone" in f.advice[0]
    by = {m.name: m.value for m in metrics}
    assert by["udp_blocked"] is True and by["media_fallback"] == "tls"
    assert details["fallback_tcp"].endswith("no (timeout)")


def test_nothing_reaches_the_server_is_its_own_warning() -> None:
    r = _result(udp="blocked", fallbacks=(StreamTry("tcp", "s", 3478, False),))
    (f,) = udp_findings(UdpMeasured(r), load_thresholds(), [], {})
    assert f.status is Status.WARN and "could not reach" in f.headline


def test_lossy_udp_fails_and_lowers_the_audio_estimate() -> None:
    stream = UdpStream(150, tuple([40.0, 44.0] * 60), mapped={})  # 30 of 150 lost: 20 %
    udp = UdpMeasured(_result(stream=stream, mapping="changes", public_cut="203.0.x.x"))
    metrics, details = [], {}  # type: ignore[var-annotated]
    (f,) = udp_findings(udp, load_thresholds(), metrics, details)
    assert f.status is Status.FAIL and f.headline
    by = {m.name: m.value for m in metrics}
    assert by["udp_loss_pct"] == 20.0 and by["nat_mapping"] == "changes"
    assert by["public_address"] == "203.0.x.x" and "symmetric" in details["nat"]
    assert udp.figures() == (42.0, 4.0, 20.0)
    clean = mos_from(40.0, 2.0, 0.0)
    assert mos_from(40.0, 2.0, 0.0, udp=udp.figures()) < clean - 1.0


def test_steady_udp_passes_without_words() -> None:
    stream = UdpStream(150, (20.0,) * 150)
    (f,) = udp_findings(UdpMeasured(_result(stream=stream)), load_thresholds(), [], {})
    assert f == type(f)(Status.PASS)
