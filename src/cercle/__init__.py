"""cercle: maps who is tied to whom in French press articles, with the sentence that says so."""
from .records import Article, CleanArticle, DocEntity, DocumentResult, Mention, Relation, Skipped

__version__ = "0.1.0"
__all__ = ["Article", "CleanArticle", "DocEntity", "DocumentResult", "Mention", "Relation",
           "Skipped", "__version__"]
