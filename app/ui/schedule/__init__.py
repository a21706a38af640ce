"""Schedule UI pieces: the refresh worker, the join confirmation, the manual-entry dialog."""
