"""Widgets every screen shares: the ring, the figure, labels that fit, the theme, the style and focus ring,
screen fitting."""
