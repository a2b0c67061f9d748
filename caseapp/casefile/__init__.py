"""The case file format: read, validate and write both containers."""
