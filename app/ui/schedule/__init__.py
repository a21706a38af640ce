"""Schedule UI pieces: the refresh worker, the manual-entry dialog (joining is app.ui.join)."""
