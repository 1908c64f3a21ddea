"""Store layer: breathing and muscle relaxation."""
