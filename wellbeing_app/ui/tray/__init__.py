"""Ui layer: the tray icon, its menu and the fallback panel."""
