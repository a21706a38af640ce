"""The diary between sessions: diary card, thought records, skills practice (Qt-free)."""
