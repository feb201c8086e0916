"""clean: Article → CleanArticle (boilerplate, AI-assistant leftovers, tables, language)."""
from .pipeline import clean_article
from .serialise import clean_to_dict

__all__ = ["clean_article", "clean_to_dict"]
