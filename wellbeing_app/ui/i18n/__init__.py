"""Translations and local formats for every window (Qt Linguist catalogues, QLocale)."""
