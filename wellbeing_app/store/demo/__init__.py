"""Store layer: demo data generators."""
