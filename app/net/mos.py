"""Estimated call quality from delay, jitter and loss (the ITU-T E-model)."""

from __future__ import annotations


def mos_from(
    rtt_ms: float,
    jitter_ms: float,
    loss_pct: float,
    udp: tuple[float, float, float] | None = None,
) -> float:
    """Estimated audio quality (MOS 1–4.5) by the ITU-T G.107 E-model, simplified as in Cole &
    Rosenbluth (2001) for G.711 with packet-loss concealment:
    d = one-way delay + jitter buffer (2 × jitter) + 20 ms codec/packetisation;
    Id = 0.024 d + 0.11 (d − 177.3) H(d − 177.3); Ie,eff = 95 · Ppl / (Ppl + 25.1) (G.113 Bpl);
    R = 93.2 − Id − Ie,eff; MOS = 1 + 0.035 R + 7e-6 R (R − 60)(100 − R).

    *udp*: (round trip, jitter, loss) of a UDP stream to the program's media server
    (app.net.stun), the path the audio itself takes. With it, each input is the worse of the
    two paths: the TCP figures may come from many more packets (retransmission counters),
    the UDP ones see what only UDP meets (a shaper or firewall treating UDP worse)."""
    if udp is not None:
        rtt_ms, jitter_ms, loss_pct = (
            max(rtt_ms, udp[0]),
            max(jitter_ms, udp[1]),
            max(loss_pct, udp[2]),
        )
    d = rtt_ms / 2.0 + 2.0 * jitter_ms + 20.0
    i_d = 0.024 * d + (0.11 * (d - 177.3) if d > 177.3 else 0.0)
    ppl = max(0.0, min(100.0, loss_pct))
    i_e = 95.0 * ppl / (ppl + 25.1)
    r = max(0.0, min(100.0, 93.2 - i_d - i_e))
    mos = 1.0 + 0.035 * r + 7e-6 * r * (r - 60.0) * (100.0 - r)
    return round(max(1.0, min(4.5, mos)), 2)
