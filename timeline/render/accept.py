"""What `timeline accept` says: each candidate merged (or, with --dry-run, that would be), the state
transitions it adds or removes in diff's words, and each candidate refused with why and what to do."""

from __future__ import annotations

from .text import _width, change_lines


def _state(status: str | None, certain: bool) -> str | None:
    if status is None:
        return None
    return status if certain else f"{status} (uncertain)"


def _transition_lines(verb: str, transition, width: int) -> list[str]:
    lines = change_lines(_state(transition.status_before, transition.certain_before),
                         _state(transition.status_after, transition.certain_after),
                         transition.attributes, "", width - 4)
    head = f"  {verb} {transition.day}: "
    return [head + lines[0], *(" " * len(head) + line for line in lines[1:])]


def render_accept(report) -> tuple[str, str]:
    """(what goes to standard output, what goes to standard error)."""
    width = _width()
    out: list[str] = []
    err: list[str] = []
    verb = "would accept" if report.dry_run else "accepted"
    for item in report.accepted:
        if item.kind == "announced":
            where = f"the announced date {item.event.get('date')} of events[{item.position}]"
        else:
            where = f"events[{item.position}]"
        out.append(f"{verb} {item.number}: {item.policy} -> {item.file} ({where})")
        if item.forced:
            out.append(f"  forced: {item.reason}")
        if not item.added and not item.removed:
            out.append("  no state transition added or removed")
        for transition in item.added:
            out.extend(_transition_lines("adds", transition, width))
        for transition in item.removed:
            out.extend(_transition_lines("removes", transition, width))
    if report.dry_run:
        out.append("dry run: nothing was written")
    for refused in report.refused:
        where = f" ({refused.where})" if refused.where else ""
        err.append(f"refused {refused.number}{where}: {refused.reason}")
        if refused.hint:
            err.append(f"  hint: {refused.hint}")
    for failed in report.failed:
        numbers = ", ".join(map(str, failed.numbers))
        err.append(f"not written: {failed.message}; candidates {numbers} are not in it")
        if failed.hint:
            err.append(f"  hint: {failed.hint}")
    return "".join(line + "\n" for line in out), "".join(line + "\n" for line in err)


__all__ = ["render_accept"]
