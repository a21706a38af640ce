"""Widgets and workers of the Check my setup page."""
