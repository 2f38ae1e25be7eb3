"""Language stage: a spaCy analysis (sentences, entities, parse) of each document."""

from tessera.language.analysis import (
    PLACE_ENTITY_LABELS,
    Analysis,
    AnalysisFailure,
    ReportAnalysis,
    analyse,
    analyse_many,
    analyse_reports,
    load_nlp,
    sections,
    split_text,
)

__all__ = [
    "PLACE_ENTITY_LABELS",
    "Analysis",
    "AnalysisFailure",
    "ReportAnalysis",
    "analyse",
    "analyse_many",
    "analyse_reports",
    "load_nlp",
    "sections",
    "split_text",
]
