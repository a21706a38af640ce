"""Widgets of the privacy checklist flow: one step, the summary, the Ready screen."""
