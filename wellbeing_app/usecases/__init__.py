"""Use cases: Qt-free operations written once and called by both the UI and the CLI."""
