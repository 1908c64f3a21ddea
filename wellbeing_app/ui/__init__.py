"""Everything that touches Qt: widgets, tray, single-instance guard."""
