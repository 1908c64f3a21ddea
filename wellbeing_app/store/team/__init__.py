"""Store layer: team sharing."""
