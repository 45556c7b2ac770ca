"""What differs between Linux, Windows and macOS: the desktop's conventions, not the app's logic."""
