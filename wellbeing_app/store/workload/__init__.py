"""Store layer: detected call spans (sensed workload)."""
