"""The session: the screen followed from the floor, its timers and voice, the pain check and the summary."""
