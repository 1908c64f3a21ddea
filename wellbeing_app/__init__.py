"""Between Calls: a wellbeing companion for contact-center agents."""

__version__ = "0.1.0"
APP_NAME = "Between Calls"
APP_ID = "BetweenCalls"
