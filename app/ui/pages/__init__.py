"""The six pages of the main window, in navigation order."""
