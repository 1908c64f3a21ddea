"""Ui layer: trends and history."""
