"""Domain layer: trends and history."""
