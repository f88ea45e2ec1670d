"""What extraction yields: a `Document` with its `Candidate`s, and the per-document time `Budget`."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

from timeline.core.dates import iso as _iso

from .text import Header

MAX_CHARS = 2_000_000
DEFAULT_TIME_LIMIT = 10.0


@dataclass
class Candidate:
    policy: str
    status: str
    action: str
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    quote: str
    start: int
    end: int
    confidence: float
    reasons: list[str] = field(default_factory=list)
    verdict: str | None = None
    reason: str | None = None
    trigger: str = ""
    announces: str | None = None  # for an announcement: the status it announces
    headline: bool = False  # read from a headline or title (which restates the article's lead)
    # where the date or window comes from: "text" (a date the article gives: in the sentence, on its reporting
    # verb, in the next sentence), "records" (the records' event the candidate was read as, the text giving no
    # date), "publication" (only 'on or before publication'), or None (no date at all)
    dated_by: str | None = None
    # the rules' own score (`confidence` before calibration.calibrate replaced it; in the reasons, not the output)
    score: float | None = None

    def window(self) -> tuple[dt.date, dt.date]:
        """The days the candidate's act may have happened on (both inclusive; open ends at the calendar's)."""
        if self.date:
            return self.date, self.date
        return self.not_before or dt.date.min, self.not_after or dt.date.max

    def as_dict(self) -> dict:
        return {"policy": self.policy, "status": self.status, "action": self.action,
                "date": _iso(self.date), "not_before": _iso(self.not_before), "not_after": _iso(self.not_after),
                "quote": self.quote, "start": self.start, "end": self.end, "confidence": self.confidence,
                "verdict": self.verdict, "reason": self.reason, "reasons": list(self.reasons),
                "trigger": self.trigger, "announces": self.announces, "dated_by": self.dated_by}


@dataclass
class Document:
    """What one article yielded."""

    file: str
    header: Header
    candidates: list[Candidate] = field(default_factory=list)
    set_aside: list[Candidate] = field(default_factory=list)
    unknown_policies: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timed_out: bool = False
    language: str = "en"

    @property
    def published(self) -> dt.date | None:
        return self.header.published

    def as_dict(self) -> dict:
        data = {"file": self.file, **self.header.as_dict(), "language": self.language,
                "candidates": [c.as_dict() for c in self.candidates],
                "unknown_policies": self.unknown_policies,
                "set_aside": [c.as_dict() for c in self.set_aside]}
        if self.notes:
            data["notes"] = list(self.notes)
        if self.timed_out:
            data["timed_out"] = True
        return data


class TimeBudgetExceeded(Exception):
    """Extraction of one document took longer than its time limit."""


class Budget:
    """A per-document time limit, checked inside the loops (no signals: works in any thread)."""

    def __init__(self, seconds: float | None) -> None:
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.seconds = seconds

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeBudgetExceeded(f"stopped after {self.seconds:g} s")
