"""The first-start window."""
