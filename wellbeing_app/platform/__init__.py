"""OS integration without Qt: paths, resources, later autostart and call detection."""
