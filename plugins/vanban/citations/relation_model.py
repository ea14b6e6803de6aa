"""A learned relation model stacked on the rules: a logistic regression's weights, applied as a dot product.

The weights (``relation_model.json``, beside this module) are trained offline by ``scripts/train_relation.py``
on the labelled real passages (tests/fixtures/citations/real/) with scikit-learn, which is a training extra
only: a build reads the JSON and sums weights here, in plain Python — no new runtime dependency, deterministic,
linear in the number of citations.  The model departs from the rules' answer only when it is sure
(probability ≥ ``threshold``, fixed before any per-set result was read); the README's "thirty-first session"
section gives the leave-one-set-out comparison that decided whether the build uses it.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from dataclasses import dataclass, replace
from pathlib import Path

from .model import IMPLEMENTS, MENTIONS, Citation, Extraction
from .relation_model_features import features

MODEL_FILE = Path(__file__).with_name("relation_model.json")
# The model's probability in this band is read as "the text does not settle the relation"
UNSETTLED = (0.35, 0.65)


@dataclass(frozen=True)
class RelationModel:
    """Weights by feature name, and the probability at which the model overrides the rules."""

    weights: dict[str, float]
    threshold: float

    def score(self, names: list[str]) -> float:
        """The sum of the weights of these features (the log-odds that the citation implements)."""
        return sum(map(self.weights.get, names, itertools.repeat(0.0)))

    @staticmethod
    def sigmoid(score: float) -> float:
        score = max(-30.0, min(30.0, score))
        return 1.0 / (1.0 + math.exp(-score))

    def probability(self, names: list[str]) -> float:
        """The probability that the citation with these features implements."""
        return self.sigmoid(self.score(names))

    def decide(self, rule: str, p: float) -> str:
        """The rules' relation, unless the model is at least ``threshold`` sure of the other."""
        if rule == MENTIONS and p >= self.threshold:
            return IMPLEMENTS
        if rule == IMPLEMENTS and 1.0 - p >= self.threshold:
            return MENTIONS
        return rule


def from_json(data: dict[str, object]) -> RelationModel:
    weights = data["weights"]
    threshold = data["threshold"]
    assert isinstance(weights, dict) and isinstance(threshold, (int, float))
    return RelationModel({str(k): float(v) for k, v in weights.items()}, float(threshold))


@functools.cache
def shipped() -> RelationModel:
    """The model in the package (read once)."""
    return from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def restack(
    text: str, extraction: Extraction, own_type: str | None, has_own: bool, model: RelationModel | None = None
) -> Extraction:
    """*extraction* with each citation's relation as the model decides it over the rules' (:meth:`RelationModel.decide`)."""
    model = model or shipped()
    changed: list[Citation] = []
    for citation in extraction.citations:
        p = model.probability(features(text, citation, own_type, has_own))
        relation = model.decide(citation.relation, p)
        if relation != citation.relation:
            citation = replace(citation, relation=relation, replaced=citation.replaced and relation == MENTIONS)
        changed.append(citation)
    return replace(extraction, citations=tuple(changed))
