"""Platform layer: starting at login."""
