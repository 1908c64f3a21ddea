"""Platform layer: knowing when the agent is on a call."""
