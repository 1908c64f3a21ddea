"""Ui layer: breathing and muscle relaxation."""
