from tests.harness.pulse import pulse_server  # noqa: F401  (fixture)
