"""The case as plain typed Python. No Qt, no SQL."""
