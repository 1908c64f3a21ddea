"""The accessibility audit: a driver (venv Python) and an AT-SPI reader (system Python)."""
