"""Domain layer: logging a tough call."""
