"""What the rules can still check in a record whose shape is wrong somewhere.

A record with a shape error (an unknown key, a bad date, a status `Active`) has
no `Policy` model, but a mistake in one event should hide nothing else in the
file: `validate` reports the shape problems and runs every rule over the parts
that are valid. `partial(data)` reads the document field by field, through the
same annotations as the models, into `Part`s: each field holds its value when
it is valid, and `unknown` names the fields that were given but are not valid
or are required and missing (their problems are reported already). The rules
in `check.py` read a `Part` as they read a model and leave alone whatever
depends on an unknown field, so that one mistake gives one problem.
"""

from __future__ import annotations

import functools
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from .model import Context, Event, Policy, Related, Source

# list fields whose items are models of their own, read item by item
_ITEMS = {(Policy, "events"): Event, (Policy, "context"): Context, (Policy, "related"): Related,
          (Event, "sources"): Source, (Context, "sources"): Source}


class Part:
    """A record, event, source, context entry or related entry as far as it is valid (attributes as the model's)."""

    __slots__ = ("_values", "unknown")

    def __init__(self, values: dict[str, Any], unknown: frozenset[str]) -> None:
        self._values, self.unknown = values, unknown

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def known(self, *names: str) -> bool:
        """Whether none of these fields is unknown (given but invalid, or required and missing)."""
        return not self.unknown.intersection(names)

    def given(self, name: str) -> bool:
        """Whether the field was written in the file, valid or not."""
        return name in self.unknown or self._values.get(name) is not None


@functools.cache
def _adapter(model: type, name: str) -> TypeAdapter:
    field = model.model_fields[name]
    annotation = Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
    return TypeAdapter(annotation)


def partial(model: type, data: Any) -> Part | None:
    """`data` read as `model` field by field; None when it is not a mapping (its problem is reported)."""
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    unknown = set()
    for name, field in model.model_fields.items():
        key = field.alias or name
        if key not in data:
            if field.is_required():
                values[name] = [] if (model, name) in _ITEMS else None
                unknown.add(name)
            else:
                values[name] = field.get_default(call_default_factory=True)
            continue
        item_model = _ITEMS.get((model, name))
        if item_model is not None:
            if isinstance(data[key], list):
                values[name] = [partial(item_model, item) for item in data[key]]
                if not data[key] and field.metadata:  # an empty list where one item is needed
                    unknown.add(name)
            else:
                values[name] = []
                unknown.add(name)
            continue
        try:
            values[name] = _adapter(model, name).validate_python(data[key])
        except ValidationError:
            values[name] = None
            unknown.add(name)
    return Part(values, frozenset(unknown))


__all__ = ["Part", "partial"]
