"""Language stage: a spaCy analysis (sentences, entities, parse) of each document."""

from tessera.language.analysis import Analysis, analyse, analyse_many, load_nlp

__all__ = ["Analysis", "analyse", "analyse_many", "load_nlp"]
