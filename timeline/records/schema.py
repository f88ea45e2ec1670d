"""The JSON Schema of a record file, generated from the models (never written by hand).

Editors read it through the first-line comment of a record
(`# yaml-language-server: $schema=../docs/record.schema.json`) and
`check-jsonschema --schemafile docs/record.schema.json policies/*.yaml` uses
it in CI. It checks the shape of one file, URLs and dates included (patterns,
and the `date` format, that mean what the models accept); the rules that need
more context (the id matches the file name, event order, transitions) are
`timeline validate`'s.
"""

from __future__ import annotations

import json

from .model import Policy

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_PATH = "docs/record.schema.json"


def record_schema() -> dict:
    """Policy.model_json_schema(by_alias=True), with the dialect and a title on top."""
    generated = Policy.model_json_schema(by_alias=True)
    return {"$schema": DIALECT, "title": "timeline policy record", **{k: v for k, v in generated.items()
                                                                      if k != "title"}}


def schema_text() -> str:
    """The schema as committed in docs/record.schema.json: two-space indent, final newline."""
    return json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n"


__all__ = ["DIALECT", "SCHEMA_PATH", "record_schema", "schema_text"]
