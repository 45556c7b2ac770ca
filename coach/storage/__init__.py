"""Where settings, history and user routines live on disk."""
