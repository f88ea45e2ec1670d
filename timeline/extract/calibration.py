"""A candidate's confidence: how often candidates like it were right, learned from the annotated articles.

The rules give each candidate a score as they read it (`Candidate.score`: 0.9 for a named policy and a verb in
the past tense, less for a description or a pronoun, ...). Measured on the annotated real-news sets, that score
says little: candidates scored 0.6 were right as often as those scored 0.9. What does tell right from wrong is
visible on the finished candidate: an act the article dates is right far more often than one it leaves "on or
before publication", one the records contradict less often than one they agree with, a court's block less
often than a start. `confidence` is a logistic model over those features (`features`), each one that the
contract's JSON shows, so that a candidate an earlier version of the rules proposed can be read the same way.

`benchmarks/calibrate.py` fits the weights (`calibration_weights.py`) on two readings of the development sets:
today's, of text the rules were written on, and the reading each set got before it was opened
(benchmarks/extraction/first_sight.json), which is what the rules do on a new article. The first kind carries a
flag in the fit and no new article does, so a confidence says how often candidates like it were right on text
the rules had not seen; docs/extraction.md shows the figures.

The confidence orders candidates for review and lets `extract --min-confidence` keep the likelier ones; it
never changes which candidates the rules find.
"""

from __future__ import annotations

import math

from .calibration_weights import BIAS, WEIGHTS
from .document import Candidate, Document

FLOOR, CEILING = 0.05, 0.95  # a probability is never certain either way
# every value each indicator feature can take (`features`); a weight of another name would never be read
VALUES = {
    "window": {"day", "month", "longer", "open"},
    "verdict": {"consistent", "contradicts", "new", "none"},
    "status": {"proposed", "announced", "active", "suspended", "enjoined", "terminated"},
    "language": {"en", "es", "pt"},
    "headline": {"yes", "no"},
    "announces": {"yes", "no"},
}


def _shape(candidate: Candidate) -> str:
    """A day, a month or less, longer, or open to the past (no date at all reads as open too: no publication date
    to bound it; a window open to the future, as longer)."""
    if candidate.date is not None:
        return "day"
    if candidate.not_before is None:
        return "open"
    if candidate.not_after is None:
        return "longer"
    days = (candidate.not_after - candidate.not_before).days
    return "month" if days <= 31 else "longer"


def features(candidate: Candidate, language: str) -> dict[str, float]:
    """The features the confidence is computed from: indicator features named `kind=value`, and the rules'
    own score (as a log-odds)."""
    score = min(max(candidate.confidence if candidate.score is None else candidate.score, 0.05), 0.95)
    return {
        f"window={_shape(candidate)}": 1.0,
        f"verdict={candidate.verdict or 'none'}": 1.0,
        f"status={candidate.status}": 1.0,
        f"language={language}": 1.0,
        f"headline={'yes' if candidate.headline else 'no'}": 1.0,
        f"announces={'yes' if candidate.announces else 'no'}": 1.0,
        "score": math.log(score / (1 - score)),
    }


def probability(values: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The logistic model: the probability that a candidate with these feature values is right."""
    z = bias + sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


def confidence(candidate: Candidate, language: str) -> float:
    """The candidate's confidence, rounded to two places, between FLOOR and CEILING."""
    value = probability(features(candidate, language), WEIGHTS, BIAS)
    return round(min(max(value, FLOOR), CEILING), 2)


def calibrate(candidates: list[Candidate], language: str) -> None:
    """Set each candidate's confidence from the model, keeping the rules' score beside it in the reasons."""
    for candidate in candidates:
        candidate.score = candidate.confidence
        candidate.confidence = confidence(candidate, language)
        candidate.reasons.append(f"confidence {candidate.confidence:.2f}: how often candidates like this one were "
                                 f"right in the annotated articles (the rules scored it {candidate.score:.2f})")


def set_aside_below(document: Document, threshold: float) -> None:
    """Move the candidates whose confidence is below `threshold` to the document's set-aside list."""
    low = [c for c in document.candidates if not c.confidence >= threshold]
    for candidate in low:
        candidate.reasons.append(f"confidence {candidate.confidence:.2f} is below --min-confidence "
                                 f"{threshold:g}")
    document.candidates = [c for c in document.candidates if c.confidence >= threshold]
    document.set_aside = sorted(document.set_aside + low, key=lambda c: (c.start, c.policy))
