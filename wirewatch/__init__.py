"""wirewatch: news read like an analyst — sourced, structured, queryable event data."""

__version__ = "0.1.0"
