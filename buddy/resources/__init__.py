"""Packaged data files: replies, crisis resources."""
