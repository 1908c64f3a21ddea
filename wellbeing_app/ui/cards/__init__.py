"""Cards near the tray: focus-neutral, announced politely, brought forward on request."""
