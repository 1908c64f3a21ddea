"""Use cases written once, Qt-free, called by the tray, the windows and the CLI alike."""
