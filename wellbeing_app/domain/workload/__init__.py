"""Domain: sensed workload from detected call spans (calls handled, talk time, runs)."""
