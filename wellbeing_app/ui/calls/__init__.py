"""Ui layer: logging a tough call."""
