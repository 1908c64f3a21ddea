"""Use cases: Qt-free steps that the UI and the CLI both call."""
