"""UI layer: sensed workload (recording call spans, resets earned by the run)."""
