"""Upcoming sessions: calendar import, subscription, recurrence and reminders (pure Python)."""
