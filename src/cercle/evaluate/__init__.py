"""evaluate: score predicted ties against gold files (ONTOLOGY.md "How a prediction is scored")."""
from .score import evaluate_dir, normalise_name, score_documents

__all__ = ["evaluate_dir", "normalise_name", "score_documents"]
