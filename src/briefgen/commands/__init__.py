"""Authoring commands: new specs, suggestions, date and actor tables, the live preview."""
