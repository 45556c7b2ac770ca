"""Reminders: the scheduler that wakes the app, the window a reminder opens, and the dialog that edits them."""
