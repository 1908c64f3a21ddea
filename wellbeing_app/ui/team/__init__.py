"""Ui layer: team sharing."""
