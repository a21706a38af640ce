from tests.harness.speedserver import speed_server  # noqa: F401  (fixture)
