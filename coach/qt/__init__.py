"""Small Qt helpers that know nothing of the app: a named timer, plain-text labels. Speech, listening, platform and ui use them."""
