"""Publish UN meeting reports as a static site with a permanent link per paragraph."""
__version__ = "0.1.0"
