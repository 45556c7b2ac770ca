"""The operating system and desktop: autostart, menu entry, time zone, one instance, tray, notifications,
the Background portal, sleep and log-out signals. What differs between Linux, Windows and macOS lives here,
not in the app's logic; nothing here imports coach.ui."""
