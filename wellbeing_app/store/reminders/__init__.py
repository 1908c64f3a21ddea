"""Store layer: reminders, check-ins and call awareness."""
