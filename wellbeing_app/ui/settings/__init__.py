"""Ui layer: settings."""
