"""Qt widgets and the adapters that connect them to domain objects."""
