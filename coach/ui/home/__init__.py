"""The first screens: pick a routine and a level, the safety note, the voice settings."""
