"""Fixtures for the extraction and write tests (imported by them): small records built in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

CBP_ONE = """\
# A small CBP One record for the tests.
id: cbp-one
name: CBP One appointment scheduling
aliases: [CBP One, CBP One app]
events:
  - date: 2023-01-12
    status: active
    action: implemented
    summary: Scheduling goes live.
    sources:
      - url: https://example.org/cbp-one-launch
        title: Scheduling goes live
        publisher: Example
        published: 2023-01-12

  # the end of scheduling
  - date: 2025-01-20
    status: terminated
    action: terminated
    summary: Scheduling removed and appointments cancelled.
    sources:
      - url: https://example.org/cbp-one-end
        title: Scheduling removed
        publisher: Example
        published: 2025-01-20
"""

REMAIN_IN_MEXICO = """\
id: remain-in-mexico
name: Remain in Mexico
aliases: [Migrant Protection Protocols, MPP]
events:
  - date: 2019-01-28
    status: active
    action: implemented
    summary: MPP begins.
    sources:
      - url: https://example.org/mpp-begins
        title: MPP begins
        publisher: Example
        published: 2019-01-25
  - date: 2021-06-01
    status: terminated
    action: terminated
    summary: MPP terminated.
    sources:
      - url: https://example.org/mpp-ends
        title: MPP ends
        publisher: Example
        published: 2021-06-01
  - date: 2025-01-21
    status: active
    action: reinstated
    summary: DHS reinstates MPP.
    sources:
      - url: https://example.org/mpp-back
        title: MPP back
        publisher: Example
        published: 2025-01-21
"""


@pytest.fixture
def records_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "cbp-one.yaml").write_text(CBP_ONE, encoding="utf-8")
    (folder / "remain-in-mexico.yaml").write_text(REMAIN_IN_MEXICO, encoding="utf-8")
    return folder


@pytest.fixture
def records(records_dir: Path):
    from timeline.api import Timeline

    return Timeline(records_dir).policies()


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "seed_rio_times.txt").read_text(encoding="utf-8")
