"""Voice control: the microphone, an offline recogniser, and the command rules (opt-in; no audio is kept)."""
