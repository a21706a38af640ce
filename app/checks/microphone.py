"""Microphone check: room noise floor over a few seconds of quiet, then a short speech phase
("say: I'm ready for my session") checked for level and clipping. Silence = muted or blocked."""

from __future__ import annotations

import sys
from typing import Any

from app.checks.base import CheckContext, CheckResult, Metric, Status
from app.checks.thresholds import MicrophoneThresholds, default_thresholds, thresholds_for
from app.devices.audio import AudioBackend, AudioFault, SoundDeviceBackend
from app.devices.audiomath import (
    clipping_pct,
    is_digital_silence,
    noise_floor_dbfs,
    peak_dbfs,
    speech_level_dbfs,
)
from app.i18n import translate


def mic_permission_hint() -> str:
    if sys.platform == "darwin":
        return translate(
            "MicrophoneCheck",
            "On a Mac: open System Settings, then Privacy & Security, then Microphone, and turn on SessionReady.",
        )
    if sys.platform == "win32":
        return translate(
            "MicrophoneCheck",
            "On Windows: open Settings, then Privacy & security, then Microphone, and allow apps to use it.",
        )
    return translate(
        "MicrophoneCheck",
        "Check that the microphone is not muted in your sound settings or on your headset.",
    )


def phone_fallback() -> str:
    return translate("MicrophoneCheck", "You can join your session by phone instead.")


def fault_result(check_id: str, fault: AudioFault, kind_word: str) -> CheckResult:
    """Plain results for PortAudio faults (shared by the microphone and speaker checks)."""
    details = {"fault": fault.kind, "error": fault.detail[:200]}
    if fault.kind in ("no_device", "no_portaudio"):
        if kind_word == "input":
            headline = translate("MicrophoneCheck", "We did not find a microphone.")
            advice = [
                translate("MicrophoneCheck", "Plug in a headset or microphone, then check again."),
                phone_fallback(),
            ]
        else:
            headline = translate("MicrophoneCheck", "We did not find speakers or headphones.")
            advice = [
                translate("MicrophoneCheck", "Plug in headphones or speakers, then check again."),
                phone_fallback(),
            ]
        return CheckResult(check_id, Status.UNAVAILABLE, headline, tuple(advice), details=details)
    if fault.kind == "unavailable":
        headline = translate("MicrophoneCheck", "Your sound device is busy or was unplugged.")
        advice = [
            translate(
                "MicrophoneCheck", "Close Zoom, Teams and other calling apps, then check again."
            ),
            translate("MicrophoneCheck", "If it is a headset, unplug it and plug it in again."),
            phone_fallback(),
        ]
    elif fault.kind == "bad_samplerate":
        headline = translate(
            "MicrophoneCheck", "Your sound device refused the sound settings we tried."
        )
        advice = [
            translate("MicrophoneCheck", "Choose another device in the list, then check again."),
            phone_fallback(),
        ]
    else:
        headline = translate("MicrophoneCheck", "We could not test your sound device.")
        advice = [
            translate("MicrophoneCheck", "Restart the computer, then check again."),
            phone_fallback(),
        ]
    return CheckResult(check_id, Status.FAIL, headline, tuple(advice), details=details)


class MicrophoneCheck:
    id = "microphone"
    timeout_s = 25.0
    devices = frozenset({"microphone"})

    def __init__(
        self,
        backend: AudioBackend | None = None,
        noise_s: float | None = None,
        speech_s: float | None = None,
    ) -> None:
        self.backend: AudioBackend = backend or SoundDeviceBackend()
        self.noise_s = noise_s
        self.speech_s = speech_s

    @property
    def title(self) -> str:
        return translate("MicrophoneCheck", "Microphone")

    def run(self, ctx: CheckContext) -> CheckResult:
        device = ctx.options.microphone
        interactive = ctx.options.interactive
        details: dict[str, str] = {"device": device or "default"}
        mic = thresholds_for(ctx.options.profile).microphone
        noise_s = self.noise_s if self.noise_s is not None else mic.noise_s
        speech_s = self.speech_s if self.speech_s is not None else mic.speech_s
        try:
            ctx.progress(0.05, translate("MicrophoneCheck", "Please stay quiet for a few seconds…"))
            quiet, rate = self.backend.record(device, noise_s, ctx.cancelled)
            ctx.raise_if_cancelled()
            ctx.progress(0.5, translate("MicrophoneCheck", "Now say: “I'm ready for my session.”"))
            speech, rate2 = self.backend.record(device, speech_s, ctx.cancelled)
            ctx.raise_if_cancelled()
        except AudioFault as fault:
            return fault_result(self.id, fault, "input")
        details["samplerate"] = str(rate)
        return self.judge(quiet, rate, speech, rate2, interactive, details, mic)

    def judge(
        self,
        quiet: Any,
        rate: int,
        speech: Any,
        speech_rate: int,
        interactive: bool,
        details: dict[str, str],
        mic: MicrophoneThresholds | None = None,
    ) -> CheckResult:
        mic = mic or default_thresholds().microphone
        # judged as shown (rounded): a floor shown as -45.0 is exactly on the line, not noisy
        floor = round(noise_floor_dbfs(quiet, rate), 1)
        level = round(speech_level_dbfs(speech, speech_rate), 1)
        clip = clipping_pct(speech, mic.clip_level)
        peak = max(peak_dbfs(quiet), peak_dbfs(speech))
        metrics = (
            Metric("noise_floor_dbfs", floor, "dBFS"),
            Metric("rms_dbfs", level, "dBFS"),
            Metric("peak_dbfs", round(peak, 1), "dBFS"),
            Metric("clipping_pct", round(clip, 2), "%"),
        )
        muted_advice = [
            mic_permission_hint(),
            translate("MicrophoneCheck", "Check the mute switch on your headset or keyboard."),
            phone_fallback(),
        ]
        if is_digital_silence(quiet, mic.zero_dbfs) and is_digital_silence(speech, mic.zero_dbfs):
            return CheckResult(
                self.id,
                Status.FAIL,
                translate(
                    "MicrophoneCheck",
                    "Your microphone may be muted or blocked: we hear nothing at all.",
                ),
                tuple(muted_advice),
                metrics,
                details=details,
            )
        if interactive and level < mic.silent_dbfs:
            return CheckResult(
                self.id,
                Status.FAIL,
                translate(
                    "MicrophoneCheck",
                    "We could not hear you. Your microphone may be muted or blocked.",
                ),
                tuple(muted_advice),
                metrics,
                details=details,
            )
        findings = self._level_findings(clip, floor, level, interactive, mic)
        if not findings:
            return CheckResult(
                self.id,
                Status.PASS,
                translate("MicrophoneCheck", "Your microphone works."),
                (),
                metrics,
                details=details,
            )
        return CheckResult(
            self.id,
            Status.WARN,
            " ".join(f[0] for f in findings[:2]),
            tuple(f[1] for f in findings),
            metrics,
            details=details,
        )

    @staticmethod
    def _level_findings(
        clip: float, floor: float, level: float, interactive: bool, mic: MicrophoneThresholds
    ) -> list[tuple[str, str]]:
        """(headline, advice) for a voice too loud or too quiet, or a noisy room; [] when fine."""
        findings: list[tuple[str, str]] = []
        if clip > mic.clipping_pct:
            findings.append(
                (
                    translate("MicrophoneCheck", "Your voice is too loud and sounds distorted."),
                    translate(
                        "MicrophoneCheck",
                        "Move a little away from the microphone or turn its volume down.",
                    ),
                )
            )
        if floor > mic.noisy_dbfs:
            findings.append(
                (
                    translate("MicrophoneCheck", "Your room is noisy."),
                    translate(
                        "MicrophoneCheck",
                        "Find a quieter place, close the door, and turn off the TV or fan.",
                    ),
                )
            )
        if interactive and (level < mic.quiet_speech_dbfs or level - floor < mic.min_snr_db):
            findings.append(
                (
                    translate("MicrophoneCheck", "Your voice is quiet."),
                    translate(
                        "MicrophoneCheck", "Sit closer to the microphone or speak a little louder."
                    ),
                )
            )
        return findings
