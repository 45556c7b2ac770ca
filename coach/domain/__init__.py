"""Session logic in pure Python: routines, timeline, player.

Nothing in this package imports Qt (tests/test_architecture.py checks it), so
the whole session can be played under a fake clock in milliseconds.
"""
