"""Between Calls: a wellbeing companion for contact-center agents."""

__version__ = "0.1.0"
APP_NAME = "Between Calls"
APP_ID = "BetweenCalls"
#: Reverse-DNS id shared by the .desktop file, the LaunchAgent label and the installers.
APP_DESKTOP_ID = "org.betweencalls.BetweenCalls"
