"""Platform layer: settings."""
