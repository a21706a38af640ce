"""In-process fakes shared by the tests: objects shaped like an app interface (a check, the device
provider, a keyring backend, a clock) that run inside the test process. Real stand-ins (local
servers, PulseAudio, gnome-keyring) live in tests/harness/."""
