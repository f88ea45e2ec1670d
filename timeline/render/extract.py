"""Output of `timeline extract`: text for people, JSON (contract §5), YAML for review.

Every text an article brings (title, publisher, quotes, names) and every file
name is printed through `escape.printable`, so that control characters in an
article never reach the terminal (JSON and YAML escape them their own way).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from timeline.core.dates import iso, when
from timeline.records.yamltext import review_yaml

from .escape import json_safe, printable


def render_documents(documents: Sequence, fmt: str) -> str:
    if fmt == "json":
        return json_safe(json.dumps({"documents": [d.as_dict() for d in documents]}, indent=2,
                                    ensure_ascii=False)) + "\n"
    if fmt == "yaml":
        return review_yaml(documents)
    return _text(documents)


def _when(candidate) -> str:
    """When the act happened, and, when the article gives no date, that the records gave it."""
    said = when(iso(candidate.date), iso(candidate.not_before), iso(candidate.not_after))
    return f"{said} (from the records)" if candidate.dated_by == "records" else said


def _line(text: str) -> str:
    return printable(" ".join(text.split()))


def _text(documents: Sequence) -> str:
    lines = []
    number = 0
    for document in documents:
        header = document.header
        about = ", ".join(part for part in (header.publisher, f"published {header.published}"
                                            if header.published else "no publication date") if part)
        lines.append(f"{printable(document.file)}: {_line(header.title or '(no title)')} ({_line(about)})")
        for candidate in document.candidates:
            number += 1
            verdict = candidate.verdict or "no record"
            lines.append(f"  {number:>2}. {candidate.policy}: {candidate.status} ({candidate.action}), "
                         f"{_when(candidate)}, confidence {candidate.confidence:.2f}, {verdict}")
            lines.append(f"      \"{_line(candidate.quote)}\"")
            if candidate.reason:
                lines.append(f"      {_line(candidate.reason)}")
        if not document.candidates:
            lines.append("  no candidate events")
        for candidate in document.set_aside:
            lines.append(f"  set aside: {candidate.policy} {candidate.status}: {_line(candidate.reasons[-1])}: "
                         f"\"{printable(' '.join(candidate.quote.split())[:100])}\"")
        for unknown in document.unknown_policies:
            lines.append(f"  not tracked: the {_line(unknown['name'])} {unknown['kind']}")
        for note in document.notes:
            lines.append(f"  note: {_line(note)}")
    return "\n".join(lines) + "\n"
