"""The factsheet command line."""
