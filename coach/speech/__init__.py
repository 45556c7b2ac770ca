"""The voice: speech engines behind a small interface."""
