"""Shared test helpers: builders, oracles and process drivers, as ``tests.support.*``."""
