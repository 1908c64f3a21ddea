"""Store layer: the agent's setting choices and remembered choices."""
