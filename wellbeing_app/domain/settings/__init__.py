"""Domain layer: settings."""
