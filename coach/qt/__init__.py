"""Small Qt helpers that know nothing of the app: a named timer, plain-text labels, a watched worker process,
PySide6's import hook made lighter.

Speech, listening, platform and ui use them.
"""
