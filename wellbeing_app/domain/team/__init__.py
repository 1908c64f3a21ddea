"""Domain layer: team sharing."""
