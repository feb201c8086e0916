"""nlp: the spaCy French pipeline, loaded once per process."""
from .pipeline import MODEL_NAME, get_nlp

__all__ = ["MODEL_NAME", "get_nlp"]
