"""The routine editor: the form, its live plan, import and export, and the printable sheet."""
