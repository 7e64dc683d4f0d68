"""The HTTP API and web UI: ``create_app(settings, store)`` gives the FastAPI application."""

from wirewatch.api.app import create_app

__all__ = ["create_app"]
