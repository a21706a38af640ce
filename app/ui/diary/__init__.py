"""The diary page (issue 19): diary card, thought records and skills practice, sealed in the
notes vault and shown only while the notes are open."""
