"""APScheduler adapter: reminders planned by the domain, fired on the GUI thread."""
