"""``cercle serve``: a small local web app over ``cercle.query`` (see docs/web.md)."""
from .app import create_app

__all__ = ["create_app"]
