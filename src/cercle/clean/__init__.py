"""clean: Article → CleanArticle (boilerplate, AI-assistant leftovers, tables, language)."""
from .pipeline import clean_article

__all__ = ["clean_article"]
