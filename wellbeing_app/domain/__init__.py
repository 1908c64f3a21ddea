"""Pure-Python core: models, validation and rules, no I/O and no Qt."""
