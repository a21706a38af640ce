"""Private notes, encrypted on this computer (pure Python: no Qt). See vault.py."""
