"""Small Qt helpers that know nothing of the app: a named timer, plain-text labels, a watched worker process.

Speech, listening, platform and ui use them.
"""
