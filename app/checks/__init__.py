"""Pre-session checks: pure Python, no Qt. One module per check; shared types in base.py."""
