"""Domain layer: demo data generators."""
