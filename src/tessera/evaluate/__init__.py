"""Evaluation as a feature: run the extractor over annotated documents and score it."""

from tessera.evaluate.gold import gold_documents, load_gold
from tessera.evaluate.scoring import Scores, report, score

__all__ = ["Scores", "gold_documents", "load_gold", "report", "score"]
