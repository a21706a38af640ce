"""Speaker check: plays a short tone through the chosen output, asks the patient whether they
heard it (when someone can answer), and where a microphone exists listens for the tone. A loud
pickup means the room hears the group: advise headphones (privacy, and echo)."""

from __future__ import annotations

from functools import partial

from app.checks.base import CheckContext, CheckResult, Metric, Status
from app.checks.microphone import fault_result
from app.checks.thresholds import thresholds_for
from app.devices.audio import AudioBackend, AudioFault, SoundDeviceBackend
from app.devices.audiomath import detect_tone, make_tone
from app.i18n import translate

HEADPHONE_WORDS = (
    "headphone",
    "headset",
    "earphone",
    "earbud",
    "airpods",
    "buds",
    "hands-free",
    "handsfree",
    "auricular",
    "audífono",
    "casque",
)


def name_says_headphones(name: str) -> bool:
    low = name.lower()
    return any(word in low for word in HEADPHONE_WORDS)


class SpeakersCheck:
    id = "speakers"
    timeout_s = 40.0  # includes the time the patient takes to answer
    devices = frozenset({"speaker", "microphone"})

    def __init__(self, backend: AudioBackend | None = None) -> None:
        self.backend: AudioBackend = backend or SoundDeviceBackend()

    @property
    def title(self) -> str:
        return translate("SpeakersCheck", "Speakers")

    def run(self, ctx: CheckContext) -> CheckResult:
        output = ctx.options.speaker
        mic = ctx.options.microphone
        interactive = ctx.options.interactive
        devices = self.backend.devices()
        has_input = any(d.kind == "input" for d in devices)
        out_name = next(
            (
                d.name
                for d in devices
                if d.kind == "output" and (d.name == output or (not output and d.is_default))
            ),
            output,
        )
        details = {"device": out_name or "default", "loopback": "yes" if has_input else "no"}
        ctx.progress(0.1, translate("SpeakersCheck", "Playing a test sound…"))
        th = thresholds_for(ctx.options.profile).speakers
        tone_of = partial(make_tone, th.tone_hz, th.tone_s, amplitude=th.tone_amplitude)
        try:
            recorded, rate = self.backend.play_and_record(
                output,
                mic if has_input else None,
                lambda sr: tone_of(sr),
                th.tone_s,
            )
        except AudioFault as fault:
            return fault_result(self.id, fault, "output")
        ctx.raise_if_cancelled()
        heard_by_mic: bool | None = None
        pickup: float | None = None
        if recorded is not None and len(recorded) > 0:
            det = detect_tone(recorded, rate, th.tone_hz, th.detect_margin_db)
            heard_by_mic = det.detected
            pickup = round(det.level_dbfs, 1) if det.detected else None
            details["tone_margin_db"] = f"{det.margin_db:.1f}"
        answer: str | None = None
        yes = translate("SpeakersCheck", "Yes, I heard it")
        no = translate("SpeakersCheck", "No")
        if interactive:
            ctx.progress(0.7, translate("SpeakersCheck", "Did you hear the tone?"))
            answer = ctx.ask(translate("SpeakersCheck", "Did you hear the tone?"), [yes, no])
        patient_heard = None if answer is None else answer == yes
        loud = pickup is not None and pickup > th.loud_pickup_dbfs
        if name_says_headphones(out_name):
            headphones: bool | None = True
        elif loud:
            headphones = False
        elif patient_heard and heard_by_mic is False:
            headphones = True  # the patient hears it, the room does not
        else:
            headphones = None
        metrics = (
            Metric("tone_heard_by_mic", heard_by_mic),
            Metric("tone_pickup_dbfs", pickup, "dBFS"),
            Metric("patient_heard", patient_heard),
            Metric("headphones_likely", headphones),
        )
        ctx.progress(1.0, "")
        return self._judge(patient_heard, heard_by_mic, loud, headphones, metrics, details)

    def _judge(
        self,
        patient_heard: bool | None,
        heard_by_mic: bool | None,
        loud: bool,
        headphones: bool | None,
        metrics: tuple[Metric, ...],
        details: dict[str, str],
    ) -> CheckResult:
        """What the patient and the microphone heard, in the patient's words."""
        not_heard_advice = (
            translate("SpeakersCheck", "Turn the volume up and check that sound is not muted."),
            translate(
                "SpeakersCheck",
                "Choose the speakers or headphones you use in the list, then try again.",
            ),
            translate("SpeakersCheck", "You can join your session by phone instead."),
        )
        if patient_heard is False:
            return CheckResult(
                self.id,
                Status.FAIL,
                translate("SpeakersCheck", "You did not hear the test sound."),
                not_heard_advice,
                metrics,
                details=details,
            )
        if patient_heard is None and heard_by_mic is not True:
            return CheckResult(
                self.id,
                Status.WARN,
                translate("SpeakersCheck", "We could not confirm that your speakers work."),
                not_heard_advice,
                metrics,
                details=details,
            )
        if loud and not headphones:
            return CheckResult(
                self.id,
                Status.WARN,
                translate(
                    "SpeakersCheck",
                    "Your speakers work, but they are loud in the room: others at home may hear the group.",
                ),
                (
                    translate(
                        "SpeakersCheck",
                        "Use headphones: they keep the group private and stop echo.",
                    ),
                ),
                metrics,
                details=details,
            )
        return CheckResult(
            self.id,
            Status.PASS,
            translate("SpeakersCheck", "Your speakers work."),
            ()
            if headphones
            else (translate("SpeakersCheck", "Headphones keep the group private."),),
            metrics,
            details=details,
        )
