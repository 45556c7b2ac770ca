"""Progress: days, streaks and pain before and after, and the level suggestion."""
