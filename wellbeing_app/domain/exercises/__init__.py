"""Domain layer: breathing and muscle relaxation."""
