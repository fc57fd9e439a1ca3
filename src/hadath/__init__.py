"""hadath: Arabic news to sourced, structured event data."""

__version__ = "0.1.0"
