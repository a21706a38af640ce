"""The privacy and quiet-space checklist, Qt-free: content, program overrides, pre-fill from check
results, per-session answers and the summary of what is still open."""
