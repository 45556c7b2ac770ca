"""The Qt screens, in rooms by what the person sees.

Here: the application's start (``app``, the composition root), the window and its
stack (``main_window``), the controller that drives it, and the background app
(``resident``). Rooms: ``session/``, ``home/``, ``progress/``, ``reminders/``,
``editor/``; ``widgets/`` holds what they share. The OS (tray, notifications,
single instance, portals, sleep, signals) is in coach.platform.
"""
