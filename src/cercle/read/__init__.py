"""read: files, folders, JSON/JSON lines, HTML, Markdown → Article records."""
from .sources import iter_articles

__all__ = ["iter_articles"]
