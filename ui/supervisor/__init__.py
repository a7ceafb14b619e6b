"""The supervisor's screens: realm targets and their credentials, Test connection, rework."""
