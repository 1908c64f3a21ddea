"""The one place that reads and writes the SQLite journal."""
