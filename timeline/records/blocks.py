"""Where each event is in a record's text, for writers that change only the bytes they must (`accept`, `fmt`).

One pass of libyaml's event parser over the text (no node graph, no values
beyond the few dates that order the events), so that finding the blocks of a
20 MB record costs less than reading it, and memory grows by a few numbers per
event instead of a node per value as with `yaml.compose`. Where the keys of
one event are (to add a line to it) is found by reading that event's block
alone (`event_places`).

A *block* is one item of the `events` list: from the comment lines right above
its dash to the end of the line where its last value ends. A block scalar's
extent includes the blank lines after it; they belong to the block only when
the scalar keeps them (`|+`, `>+`), since then they are part of its value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import yaml

from timeline.core.dates import to_date
from timeline.core.segments import sort_date as core_sort_date
from timeline.errors import UsageError

# libyaml's parser when PyYAML has it (the pure-Python one is about ten times slower)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DATE_KEYS = ("date", "not_before", "not_after")


class _Days(NamedTuple):
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None


def sort_date(event: dict) -> dt.date | None:
    """Where an event (as its YAML holds it) sorts: the core's rule, on its dates read with `to_date`."""
    if not isinstance(event, dict):
        return None
    return core_sort_date(_Days(*(to_date(event.get(key)) for key in _DATE_KEYS)))


@dataclass(frozen=True)
class KeyPlace:
    """A key of an event: where its line starts, its column, and where the line holding its value's end ends."""

    line_start: int
    column: int
    value_line_end: int


@dataclass(frozen=True)
class SourcesPlace:
    """An event's `sources` list: block or flow, the column of its items' dashes, where its last item's line
    ends."""

    flow: bool
    dash_column: int
    end: int


@dataclass(frozen=True)
class Block:
    """One event's text: from the comments just above its dash to the end of its last line."""

    start: int
    end: int
    sort_date: dt.date | None
    index: int
    flow: bool = False  # written as a flow mapping: `- {date: ..., ...}`


@dataclass
class Layout:
    text: str
    blocks: list[Block]
    dash_column: int
    list_indent: int  # how far a nested list's dash sits in from its key (0 or 2)
    blank_between: bool


def _line_end(text: str, index: int) -> int:
    """The index just past the end of the line holding `index` (past its newline, or the end of the text)."""
    newline = text.find("\n", index)
    return len(text) if newline == -1 else newline + 1


def _scalar_end(text: str, event) -> int:
    """Where the line holding a scalar's last character ends: a block scalar that keeps its final line breaks
    (`|+`) ends with them; any other one ends at its last character that is not blank."""
    start, end = event.start_mark.index, event.end_mark.index
    if event.style in ("|", ">"):
        newline = text.find("\n", start, end)
        header = text[start:newline if newline != -1 else end].split("#")[0]
        if "+" in header:
            return end if end > start and text[end - 1] == "\n" else _line_end(text, end)
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return _line_end(text, max(start, end - 1))


def _dash(text: str, index: int, file: str, what: str) -> tuple[int, int]:
    """(start of the line, column of the dash) of the list item that starts at `index`."""
    line_start = text.rfind("\n", 0, index) + 1
    dash = text.rfind("-", line_start, index)
    if dash == -1 or text[line_start:dash].strip():
        raise UsageError(f"{file}: {what} does not start its own line", "start every event with '- ' on its own line")
    return line_start, dash - line_start


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_MAP_START, _SEQ_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAP_END, _SEQ_END = yaml.MappingEndEvent, yaml.SequenceEndEvent


class _Frame:
    __slots__ = ("is_map", "flow", "expect_key", "key", "role")

    def __init__(self, is_map: bool, flow: bool, role: str) -> None:
        self.is_map, self.flow, self.role = is_map, flow, role
        self.expect_key = is_map
        self.key: str | None = None


class _Item:
    """Where the keys and the sources of one event are, gathered while the scan runs."""

    __slots__ = ("keys", "key", "key_line_start", "key_column", "value_end", "in_sources", "sources",
                 "sources_flow", "sources_dash", "sources_end", "source_count")

    def __init__(self) -> None:
        self.keys: dict[str, KeyPlace] = {}
        self.key: str | None = None
        self.key_line_start = self.key_column = self.value_end = 0
        self.in_sources = False
        self.sources: SourcesPlace | None = None
        self.sources_flow = False
        self.sources_dash = self.sources_end = self.source_count = 0

    def reaches(self, end: int) -> None:
        """Something inside the event ends on the line that ends at `end`."""
        self.value_end = max(self.value_end, end)
        if self.in_sources:
            self.sources_end = max(self.sources_end, end)

    def begin_key(self, text: str, event) -> None:
        self.key = event.value
        self.key_line_start = text.rfind("\n", 0, event.start_mark.index) + 1
        self.key_column = event.start_mark.column
        self.value_end = 0

    def finish_key(self) -> None:
        if self.key is not None:
            self.keys[self.key] = KeyPlace(self.key_line_start, self.key_column, self.value_end)


def _scan(text: str, file: str) -> _Item:
    """Where each key and the sources of an event are, in the text of its block alone (a one-item list)."""
    stack: list[_Frame] = []
    item: _Item | None = None
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            kind = type(event)
            top = stack[-1] if stack else None
            if kind is _SCALAR or kind is _ALIAS:
                if top is not None and top.is_map and top.expect_key:
                    top.expect_key, top.key = False, getattr(event, "value", None)
                    if item is not None and top.role == "item":
                        item.begin_key(text, event)
                    continue
                if item is not None:
                    item.reaches(_scalar_end(text, event) if kind is _SCALAR
                                 else _line_end(text, event.start_mark.index))
                    if top.role == "item":
                        item.finish_key()
                if top is not None and top.is_map:
                    top.expect_key = True
            elif kind is _MAP_START or kind is _SEQ_START:
                is_map, flow = kind is _MAP_START, bool(event.flow_style)
                role = ""
                if top is None:
                    role = "events"
                elif top.role == "events" and item is None:
                    role, item = "item", _Item()
                elif top.role == "item" and top.key == "sources" and not is_map:
                    role = "sources"
                    item.in_sources, item.sources_flow = True, flow
                elif top.role == "sources":
                    if item.source_count == 0 and not item.sources_flow:
                        _, item.sources_dash = _dash(text, event.start_mark.index, file, "a source")
                    item.source_count += 1
                stack.append(_Frame(is_map, flow, role))
            elif kind is _MAP_END or kind is _SEQ_END:
                frame = stack.pop()
                top = stack[-1] if stack else None
                if item is not None and frame.flow:  # a flow collection ends at its bracket (a block one's end
                    item.reaches(_line_end(text, event.end_mark.index - 1))  # mark runs past the comments)
                if frame.role == "sources":
                    item.in_sources = False
                    item.sources = SourcesPlace(item.sources_flow, item.sources_dash, item.sources_end)
                if frame.role == "item":
                    break
                if item is not None and top is not None and top.role == "item":
                    item.finish_key()  # a key whose value is a list or a mapping
                if top is not None and top.is_map:
                    top.expect_key = True
    except yaml.YAMLError as exc:
        raise UsageError(f"{file}: cannot read an event's YAML ({exc})", "run `timeline validate` on it") from None
    if item is None:
        raise UsageError(f"{file}: cannot find the event's keys", "report this as a bug, with the file")
    return item


def event_places(text: str, block: Block, file: str) -> tuple[dict[str, KeyPlace], SourcesPlace | None]:
    """Where the keys and the sources of one event are in the text (indexes into `text`), found by reading the
    event's block alone."""
    item = _scan(text[block.start:block.end], file)
    offset = block.start
    keys = {key: KeyPlace(place.line_start + offset, place.column, place.value_line_end + offset)
            for key, place in item.keys.items()}
    sources = item.sources
    if sources is not None:
        sources = SourcesPlace(sources.flow, sources.dash_column, sources.end + offset)
    return keys, sources


def layout(text: str, file: str) -> Layout:
    """The event blocks of a valid record text, or a UsageError when they are not a block list.

    The one pass over the parser's events keeps, per event, only where it starts, its last scalar or closing
    bracket (where it ends) and its dates: the loop is the cost of `fmt` and `accept` on a large record.
    """
    found: list[tuple] = []  # per event: (start of its dash's line, its end, its sort date, flow, dash column)
    depth = 0
    root_expect_key, root_key = True, None
    events_depth = -1
    events_flow: bool | None = None
    item_depth = -1  # the depth inside the current event's mapping; -1 between events
    item_start = item_line = item_dash = 0  # where the current event's mapping, dash line and dash are
    item_flow = False
    last = None
    dates: dict[str, str] = {}
    expect_key, key = True, None
    flows: list[bool] = []  # for each collection open inside the current event: is it a flow collection
    list_indent: int | None = None
    sources_column = -1  # while looking for the list indent: the column of the first block `sources:` key
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            kind = type(event)
            if kind is _SCALAR or kind is _ALIAS:
                if item_depth != -1:
                    if depth == item_depth:
                        if expect_key:
                            expect_key, key = False, getattr(event, "value", None)
                            if list_indent is None:
                                sources_column = event.start_mark.column if key == "sources" else -1
                            continue
                        expect_key = True
                        if key in _DATE_KEYS and kind is _SCALAR:
                            dates[key] = event.value
                    last = event
                elif depth == 1:
                    if root_expect_key:
                        root_key = getattr(event, "value", None)
                    root_expect_key = not root_expect_key
                elif depth == events_depth:
                    raise UsageError(f"{file}: events[{len(found)}] is not a mapping",
                                     "write each event as keys: date, status, summary, sources")
            elif kind is _MAP_START or kind is _SEQ_START:
                depth += 1
                if item_depth != -1:
                    flows.append(bool(event.flow_style))
                    if sources_column >= 0 and list_indent is None:
                        if depth == item_depth + 1 and (kind is not _SEQ_START or event.flow_style):
                            sources_column = -1  # not a block list of sources
                        elif depth == item_depth + 2:
                            _, column = _dash(text, event.start_mark.index, file, "a source")
                            list_indent = max(0, column - sources_column)
                elif depth == 2 and root_key == "events" and events_depth == -1:
                    events_depth = depth
                    events_flow = bool(event.flow_style) or kind is _MAP_START
                elif depth == events_depth + 1:
                    if kind is not _MAP_START:
                        raise UsageError(f"{file}: events[{len(found)}] is not a mapping",
                                         "write each event as keys: date, status, summary, sources")
                    item_depth, item_start, item_flow = depth, event.start_mark.index, bool(event.flow_style)
                    item_line, item_dash = _dash(text, item_start, file, f"event {len(found)}")
                    last, dates, expect_key, key, flows = None, {}, True, None, []
            elif kind is _MAP_END or kind is _SEQ_END:
                if item_depth != -1:
                    if depth == item_depth:
                        closing = event if item_flow else last
                        end = _line_end(text, item_start)
                        if closing is not None:
                            end = max(end, _scalar_end(text, closing) if type(closing) is _SCALAR
                                      else _line_end(text, closing.end_mark.index - 1))
                        found.append((item_line, end, sort_date(dates), item_flow, item_dash))
                        item_depth, last = -1, None
                    else:
                        if flows.pop():
                            last = event  # a flow collection ends at its bracket
                        if depth == item_depth + 1:
                            expect_key = True
                            sources_column = -1
                elif depth == events_depth:
                    break
                elif depth == 2:
                    root_expect_key = True
                depth -= 1
    except yaml.YAMLError as exc:
        raise UsageError(f"{file}: cannot read the record's YAML ({exc})", "run `timeline validate` on it") from None
    if events_flow is None or events_flow or not found:
        raise UsageError(f"{file}: the events are not written as a block list ('- date: ...' items)",
                         "write events one per '- ' item; timeline only inserts into block lists")
    blocks = []
    for index, (line_start, end, day, flow, _) in enumerate(found):
        start = line_start
        while start > 0:  # the comment lines right above belong to the event
            previous_start = text.rfind("\n", 0, start - 1) + 1
            if text[previous_start:start].strip().startswith("#"):
                start = previous_start
            else:
                break
        blocks.append(Block(start, end, day, index, flow))
    for first, second in zip(blocks, blocks[1:], strict=False):
        if second.start < first.end:
            raise UsageError(f"{file}: cannot tell where events[{first.index}] ends", "report this as a bug")
    blank = any(_has_blank_line(text[a.end:b.start]) for a, b in zip(blocks, blocks[1:], strict=False))
    return Layout(text, blocks, found[0][4], 2 if list_indent is None else list_indent, blank)


def _has_blank_line(gap: str) -> bool:
    return any(not line.strip() for line in gap.split("\n")[:-1])


__all__ = ["Block", "KeyPlace", "Layout", "SourcesPlace", "event_places", "layout", "sort_date"]
