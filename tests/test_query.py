"""Query semantics (contract §1, §3-4): state on a date, diff between dates, the log, one policy's history."""

from __future__ import annotations

import pytest
from conftest import day, event, policy, record

from timeline.core.query import diff, history, log, state_on
from timeline.errors import UsageError


def one(on: str, *events: dict, **extra):
    """The state of a single policy with `events` on the day `on`."""
    (state,) = state_on([policy(record(events=list(events), **extra))], day(on)).policies
    return state


# --- state ------------------------------------------------------------------------


def test_state_before_the_first_event_is_null_and_not_in_effect():
    """Before a policy's first event its status is null, it is not in effect, and nothing is uncertain."""
    state = one("2019-12-31", event("2020-01-01", "active"))
    assert state.as_dict() == {"id": "alpha", "name": "Policy alpha", "status": None, "in_effect": False,
                               "since": None, "certain": True, "attributes": {}, "started_by": None}


def test_state_names_the_event_that_began_its_status_with_its_sources():
    """`started_by` is the first event of the current run of one status (not the latest event), with its sources."""
    source = {"url": "https://example.org/begins", "title": "It begins", "publisher": "P", "published": "2020-01-01"}
    events = [event("2020-01-01", "active", "Begins.", sources=[source]),
              event("2020-06-01", "active", "Grows.", action="expanded")]
    started_by = one("2020-07-01", *events).as_dict()["started_by"]
    assert (started_by["date"], started_by["status"], started_by["summary"]) == ("2020-01-01", "active", "Begins.")
    assert [s["url"] for s in started_by["sources"]] == ["https://example.org/begins"]


def test_event_takes_effect_on_its_own_date():
    """The state on an event's date includes that event; the day before does not."""
    events = [event("2020-01-01", "active"), event("2021-03-15", "suspended")]
    assert one("2021-03-14", *events).status == "active"
    on_the_day = one("2021-03-15", *events)
    assert (on_the_day.status, on_the_day.in_effect, on_the_day.since) == ("suspended", False, day("2021-03-15"))


@pytest.mark.parametrize("status", ["proposed", "announced", "suspended", "enjoined", "terminated"])
def test_only_active_is_in_effect(status):
    """A policy is in effect exactly when its status is active."""
    assert one("2020-01-01", event("2020-01-01", status)).in_effect is False
    assert one("2020-01-01", event("2020-01-01", "active")).in_effect is True


def test_same_day_events_apply_in_file_order():
    """Two events on one day apply in the order the file lists them: the later line wins."""
    first, second = event("2020-01-01", "active", "A"), event("2020-01-01", "enjoined", "B")
    assert one("2020-01-01", first, second).status == "enjoined"
    assert one("2020-01-01", second, first).status == "active"


def test_events_apply_in_date_order_whatever_the_file_order():
    """Events listed out of date order still apply by date."""
    events = [event("2022-01-01", "terminated"), event("2020-01-01", "active")]
    assert one("2021-01-01", *events).status == "active"
    assert one("2022-01-01", *events).status == "terminated"


def test_since_keeps_the_first_date_of_a_run():
    """`since` is where the current status began: a run of same-status events keeps the first one's date."""
    events = [event("2020-01-01", "active"), event("2020-06-01", "active", action="expanded"),
              event("2021-01-01", "suspended"), event("2022-01-01", "active", action="resumed")]
    assert one("2020-07-01", *events).since == day("2020-01-01")
    assert one("2021-06-01", *events).since == day("2021-01-01")
    assert one("2023-01-01", *events).since == day("2022-01-01")


def test_since_counts_in_days():
    """A status left and regained on one day never showed on any date, so its run keeps its first date."""
    events = [event("2020-01-01", "active"), event("2020-02-01", "suspended"), event("2020-02-01", "active")]
    assert one("2020-02-01", *events).since == day("2020-01-01")
    flipped = [event("2020-01-01", "active"), event("2020-02-01", "active"), event("2020-02-01", "suspended")]
    assert one("2020-02-01", *flipped).since == day("2020-02-01")


def test_attributes_accumulate_and_null_removes():
    """A later `set` overrides its keys and keeps the others; a key set to null is removed."""
    events = [event("2020-01-01", "active", set={"ports": ["A"], "capacity": 100}),
              event("2020-02-01", "active", set={"capacity": 200, "region": "south"}),
              event("2020-03-01", "active", set={"ports": None})]
    assert one("2020-01-15", *events).attributes == {"ports": ["A"], "capacity": 100}
    assert one("2020-02-01", *events).attributes == {"ports": ["A"], "capacity": 200, "region": "south"}
    assert one("2020-03-01", *events).attributes == {"capacity": 200, "region": "south"}


def test_attribute_values_are_replaced_whole():
    """A mapping value in `set` replaces the old one whole; keys inside it are not merged."""
    events = [event("2020-01-01", "active", set={"limits": {"daily": 1, "weekly": 5}}),
              event("2020-02-01", "active", set={"limits": {"daily": 2}})]
    assert one("2020-02-01", *events).attributes == {"limits": {"daily": 2}}


def test_removing_an_unknown_attribute_is_harmless():
    """Setting to null a key that was never set leaves the attributes as they were."""
    events = [event("2020-01-01", "active", set={"a": 1}), event("2020-02-01", "active", set={"b": None})]
    assert one("2020-02-01", *events).attributes == {"a": 1}


def test_context_never_changes_the_state():
    """Context entries explain a history but change no status."""
    context = [{"date": "2020-06-01", "summary": "Background.", "sources": [event()["sources"][0]]}]
    state = one("2020-07-01", event("2020-01-01", "active"), context=context)
    assert (state.status, state.since) == ("active", day("2020-01-01"))


# --- uncertain dates ------------------------------------------------------------------


UNCERTAIN = [event("2020-01-01", "active"),
             event(None, "suspended", "Paused at some point.", not_after="2020-03-01")]


@pytest.mark.parametrize(("on", "status", "certain"), [
    ("2020-01-01", "active", True),  # the day of the last dated event: certain
    ("2020-01-02", "active", False),  # the day after it: the window opens
    ("2020-02-29", "active", False),  # not_after - 1: still uncertain
    ("2020-03-01", "suspended", True),  # from not_after on, applied
    ("2021-01-01", "suspended", True),
])
def test_uncertain_window_without_not_before(on, status, certain):
    """Without not_before, the doubt runs from the day after the last dated event to not_after - 1."""
    state = one(on, *UNCERTAIN)
    assert (state.status, state.certain) == (status, certain)
    assert bool(state.pending) is (not certain)


def test_uncertain_event_applies_from_not_after_with_since_there():
    """Once applied, an uncertain event's status counts from its not_after date."""
    assert one("2020-03-01", *UNCERTAIN).since == day("2020-03-01")


@pytest.mark.parametrize(("on", "certain"), [("2020-01-31", True), ("2020-02-01", False), ("2020-02-29", False),
                                             ("2020-03-01", True)])
def test_uncertain_window_from_not_before(on, certain):
    """With not_before, the doubt runs from not_before to not_after - 1."""
    events = [event("2020-01-01", "active"),
              event(None, "suspended", "Paused.", not_before="2020-02-01", not_after="2020-03-01")]
    assert one(on, *events).certain is certain


def test_uncertain_state_names_the_pending_event():
    """An uncertain state keeps the earlier status and lists the pending event, marked uncertain."""
    data = one("2020-02-01", *UNCERTAIN).as_dict()
    assert (data["status"], data["in_effect"], data["certain"]) == ("active", True, False)
    (pending,) = data["pending"]
    assert pending["uncertain"] is True and pending["date"] is None
    assert (pending["status"], pending["not_after"], pending["summary"]) == ("suspended", "2020-03-01",
                                                                              "Paused at some point.")


def test_uncertain_first_event_is_uncertain_from_the_start():
    """With no dated event before the window, every day before not_after is uncertain."""
    state = one("1990-01-01", event(None, "active", "Began.", not_after="2020-03-01"))
    assert (state.status, state.certain) == (None, False)


def test_open_window_never_applies():
    """An event with only not_before never counts as applied; from not_before on the state is uncertain."""
    events = [event("2020-01-01", "active"), event(None, "terminated", "Ended?", not_before="2020-06-01")]
    assert one("2020-05-31", *events).certain is True
    later = one("2030-01-01", *events)
    assert (later.status, later.certain) == ("active", False)


def test_uncertain_event_at_the_start_of_the_calendar_does_not_crash():
    """not_after 0001-01-01 is applied from the first day; log and diff handle it."""
    policies = [policy(record(events=[event(None, "active", "Always.", not_after="0001-01-01")]))]
    assert state_on(policies, day("2020-01-01")).policies[0].status == "active"
    assert [e.event["summary"] for e in log(policies).entries] == ["Always."]
    assert diff(policies, day("0001-01-01"), day("2020-01-01")).changes == []


# --- diff ----------------------------------------------------------------------------


HISTORY = [event("2020-01-01", "active", "Starts.", set={"capacity": 100}),
           event("2021-01-20", "terminated", "Ends.", set={"capacity": None})]


def test_event_dated_from_is_in_before_and_not_listed():
    """An event dated exactly FROM is already in the 'before' state and is not listed."""
    report = diff([policy(record(events=HISTORY))], day("2021-01-20"), day("2021-02-01"))
    assert report.changes == []


def test_event_dated_to_is_in_after_and_listed():
    """An event dated exactly TO is in the 'after' state and listed."""
    report = diff([policy(record(events=HISTORY))], day("2021-01-19"), day("2021-01-20")).as_dict()
    (change,) = report["changes"]
    assert change["before"]["status"] == "active" and change["after"]["status"] == "terminated"
    assert change["status_changed"] is True
    assert change["attributes_changed"] == {"capacity": [100, None]}
    assert [e["summary"] for e in change["events"]] == ["Ends."]
    assert report["from"] == "2021-01-19" and report["to"] == "2021-01-20"


def test_diff_lists_changes_that_cancel_out():
    """A suspension and a resumption inside the window leave the status unchanged but both are listed."""
    events = [event("2020-01-01", "active", "Starts."), event("2020-03-01", "suspended", "Paused."),
              event("2020-04-01", "active", "Resumed.", action="resumed")]
    (change,) = diff([policy(record(events=events))], day("2020-02-01"), day("2020-05-01")).changes
    assert change.status_changed is False and change.attributes_changed == {}
    assert [e["summary"] for e in change.events] == ["Paused.", "Resumed."]


def test_diff_omits_policies_with_nothing_in_the_window():
    """Policies whose state is the same and that have no event in the window are left out."""
    quiet = policy(record("quiet", events=[event("2020-01-01", "active")]))
    busy = policy(record("busy", events=[event("2020-01-01", "active"), event("2020-06-01", "terminated")]))
    report = diff([quiet, busy], day("2020-02-01"), day("2020-12-31"))
    assert [change.id for change in report.changes] == ["busy"]


def test_diff_from_after_to_is_a_usage_error():
    """FROM after TO raises UsageError with a hint; FROM equal to TO is an empty diff."""
    policies = [policy(record(events=HISTORY))]
    with pytest.raises(UsageError) as caught:
        diff(policies, day("2021-01-02"), day("2021-01-01"))
    assert caught.value.hint
    assert diff(policies, day("2021-01-20"), day("2021-01-20")).changes == []


@pytest.mark.parametrize(("start", "end", "listed"), [
    ("2019-06-01", "2019-12-31", False),  # window entirely before the doubt
    ("2019-06-01", "2020-01-02", True),  # ends on the first uncertain day
    ("2020-02-10", "2020-02-20", True),  # inside
    ("2020-02-29", "2020-03-01", True),  # ends on not_after
    ("2020-03-01", "2020-06-01", False),  # starts on not_after: already applied before
])
def test_uncertain_event_is_listed_when_its_window_overlaps(start, end, listed):
    """An uncertain event is listed, marked uncertain, exactly when its window overlaps (FROM, TO]."""
    report = diff([policy(record(events=UNCERTAIN))], day(start), day(end)).as_dict()
    uncertain = [e for change in report["changes"] for e in change["events"] if e["date"] is None]
    assert bool(uncertain) is listed
    assert all(e["uncertain"] is True for e in uncertain)


# --- log -----------------------------------------------------------------------------


def two_policies():
    alpha = policy(record("alpha", events=[event("2020-03-01", "terminated", "A2"),
                                           event("2020-01-01", "active", "A1")]))
    beta = policy(record("beta", events=[event("2020-02-01", "active", "B1"), event("2020-03-01", "suspended", "B2"),
                                         event(None, "active", "B3", not_after="2020-04-01")]))
    return [beta, alpha]


def test_log_is_chronological_across_policies():
    """The log lists every event by date; same-day events of different policies by policy id."""
    entries = log(two_policies()).entries
    assert [(e.policy_id, e.event["summary"]) for e in entries] == [
        ("alpha", "A1"), ("beta", "B1"), ("alpha", "A2"), ("beta", "B2"), ("beta", "B3")]


def test_log_since_and_until_are_inclusive():
    """--since and --until include events dated exactly on them."""
    entries = log(two_policies(), since=day("2020-02-01"), until=day("2020-03-01")).entries
    assert [e.event["summary"] for e in entries] == ["B1", "A2", "B2"]


def test_log_lists_an_uncertain_event_whose_window_meets_the_range():
    """An uncertain event is in the log when its window (day after B2 to not_after) meets --since/--until."""
    def summaries(since, until):
        return [e.event["summary"] for e in log(two_policies(), ["beta"], since=day(since), until=day(until)).entries]

    assert summaries("2020-03-02", "2020-03-02") == ["B3"]
    assert summaries("2020-04-01", "2020-04-01") == ["B3"]
    assert summaries("2020-04-02", "2021-01-01") == []


def test_log_since_after_until_is_a_usage_error():
    """--since after --until is a usage error."""
    with pytest.raises(UsageError):
        log(two_policies(), since=day("2020-03-01"), until=day("2020-02-01"))


def test_log_restricted_to_one_policy():
    """--policy keeps only that policy's events."""
    assert {e.policy_id for e in log(two_policies(), ["alpha"]).entries} == {"alpha"}


def test_log_json_shape():
    """Each log entry carries id, date, status, summary and sources (contract §4)."""
    data = log(two_policies()).as_dict()
    first = data["events"][0]
    assert {"id", "date", "status", "summary", "sources"} <= set(first)
    assert first["sources"][0]["url"].startswith("https://")


# --- selecting policies ---------------------------------------------------------------


@pytest.mark.parametrize("query", [
    lambda ps: state_on(ps, day("2020-01-01"), ["alpah"]),
    lambda ps: diff(ps, day("2020-01-01"), day("2020-02-01"), ["alpah"]),
    lambda ps: log(ps, ["alpah"]),
    lambda ps: history(ps, "alpah"),
])
def test_unknown_policy_is_a_usage_error_with_a_hint(query):
    """Asking for a policy id that does not exist is a usage error suggesting the closest id."""
    with pytest.raises(UsageError, match="unknown policy 'alpah'") as caught:
        query(two_policies())
    assert caught.value.hint == "did you mean 'alpha'?"


def test_state_lists_policies_by_id_and_only_those_asked_for():
    """State answers for every policy, sorted by id, or only the ones named (each once)."""
    policies = two_policies()
    assert [s.id for s in state_on(policies, day("2020-01-01")).policies] == ["alpha", "beta"]
    assert [s.id for s in state_on(policies, day("2020-01-01"), ["beta", "beta"]).policies] == ["beta"]


# --- history ---------------------------------------------------------------------------


def test_history_gives_the_state_after_each_event():
    """`show` data: events in date order, each with the status and attributes it leaves behind."""
    data = history([policy(record(events=list(reversed(HISTORY))))], "alpha").as_dict()
    assert [(e["date"], e["after"]["status"], e["after"]["attributes"]) for e in data["events"]] == [
        ("2020-01-01", "active", {"capacity": 100}), ("2021-01-20", "terminated", {})]
    assert data["sources"] == [{"url": "https://example.org/doc", "title": "A document", "publisher": "Example",
                                "published": "2020-01-01", "provenance": "curated"}]
