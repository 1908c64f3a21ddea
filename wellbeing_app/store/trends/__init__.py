"""Store layer: trends and history."""
