"""Journal and follow-ups on a fixed clock: validation, cadence clock, due lists, done, snooze."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reseau.core.enums import Country, FollowUpState, InteractionKind
from reseau.core.errors import ValidationError
from reseau.db.session import Database
from reseau.services.journal import entries as journal
from reseau.services.journal import follow_ups
from reseau.services.journal.entries import EntryInput
from reseau.services.journal.follow_ups import Bucket, Source
from reseau.services.persons.records import PersonInput, add_person

TODAY = date(2026, 3, 10)  # a Tuesday


def _person(db: Database, name: str, cadence: int | None = None, **kw: object) -> int:
    with db.begin() as s:
        return add_person(
            s,
            PersonInput(last_name=name, country=Country.FRANCE, follow_up_days=cadence, **kw),  # type: ignore[arg-type]
        ).value


def _log(db: Database, day: date, person_ids: tuple[int, ...], follow_up: date | None = None) -> int:
    data = EntryInput(
        occurred_on=day, kind=InteractionKind.CALL, person_ids=person_ids, follow_up_on=follow_up
    )
    with db.begin() as s:
        return journal.add_entry(s, data, TODAY).value


def _due(db: Database, today: date = TODAY) -> list[follow_ups.DueItem]:
    with db.begin() as s:
        return follow_ups.due_list(s, today)


def test_entry_needs_a_person_or_an_organization(database: Database) -> None:
    with database.begin() as s, pytest.raises(ValidationError) as caught:
        journal.add_entry(s, EntryInput(occurred_on=TODAY, kind=InteractionKind.EMAIL), TODAY)
    assert [p.field for p in caught.value.problems] == ["persons"]
    with database.begin() as s:
        assert journal.list_entries(s) == []


def test_past_follow_up_is_refused_unless_accepted(database: Database) -> None:
    pid = _person(database, "Bigot")
    data = EntryInput(
        occurred_on=TODAY,
        kind=InteractionKind.CALL,
        person_ids=(pid,),
        follow_up_on=TODAY - timedelta(days=1),
    )
    with database.begin() as s, pytest.raises(ValidationError) as caught:
        journal.add_entry(s, data, TODAY)
    assert caught.value.problems[0].field == "follow_up_on"
    with database.begin() as s:
        journal.add_entry(s, data, TODAY, accept_past_follow_up=True)
    assert [i.bucket for i in _due(database)] == [Bucket.OVERDUE]


def test_cadence_clock_restarts_when_an_entry_is_logged(database: Database) -> None:
    pid = _person(database, "Bézard", cadence=90)
    # No entry yet: due today.
    (item,) = _due(database)
    assert (item.source, item.due_on, item.bucket) == (Source.CADENCE, TODAY, Bucket.THIS_WEEK)
    _log(database, TODAY - timedelta(days=100), (pid,))
    (item,) = _due(database)
    assert item.due_on == TODAY - timedelta(days=10)
    assert item.bucket == Bucket.OVERDUE
    # A newer entry restarts the clock; an older one logged afterwards does not move it back.
    _log(database, TODAY - timedelta(days=5), (pid,))
    _log(database, TODAY - timedelta(days=200), (pid,))
    (item,) = _due(database)
    assert item.due_on == TODAY + timedelta(days=85)
    assert item.bucket == Bucket.LATER
    assert item.last_contact == TODAY - timedelta(days=5)


def test_due_list_groups_overdue_this_week_and_later(database: Database) -> None:
    a, b, c = (_person(database, n) for n in ("Un", "Deux", "Trois"))
    with database.begin() as s:
        for pid, delta in ((a, -3), (b, 6), (c, 7)):
            day = TODAY + timedelta(days=delta)
            data = EntryInput(
                occurred_on=TODAY, kind=InteractionKind.MEETING, person_ids=(pid,), follow_up_on=day
            )
            journal.add_entry(s, data, TODAY, accept_past_follow_up=True)
        groups = follow_ups.grouped(follow_ups.due_list(s, TODAY))
    assert [i.who for i in groups[Bucket.OVERDUE]] == ["Un"]
    assert [i.who for i in groups[Bucket.THIS_WEEK]] == ["Deux"]  # today + 6: last day of the week
    assert [i.who for i in groups[Bucket.LATER]] == ["Trois"]


def test_done_and_snooze(database: Database) -> None:
    pid = _person(database, "Morel", cadence=30)
    entry_id = _log(database, TODAY - timedelta(days=40), (pid,), follow_up=TODAY + timedelta(days=2))
    items = {i.source: i for i in _due(database)}
    assert items[Source.CADENCE].due_on == TODAY - timedelta(days=10)
    with database.begin() as s:
        follow_ups.mark_done(s, Source.ENTRY, entry_id, TODAY)
        follow_ups.snooze(s, Source.CADENCE, pid, TODAY + timedelta(days=14), TODAY)
    (item,) = _due(database)
    assert (item.source, item.due_on) == (Source.CADENCE, TODAY + timedelta(days=14))
    with database.begin() as s:
        assert journal.get_entry(s, entry_id).follow_up_state == FollowUpState.DONE
        follow_ups.mark_done(s, Source.CADENCE, pid, TODAY)
    (item,) = _due(database)
    assert item.due_on == TODAY + timedelta(days=30)  # done today: the clock restarts today
    with database.begin() as s, pytest.raises(ValidationError):
        follow_ups.snooze(s, Source.CADENCE, pid, TODAY, TODAY)


def test_do_not_contact_persons_are_never_due(database: Database) -> None:
    _person(database, "Discret", cadence=30, do_not_contact=True)
    assert _due(database) == []


def test_timelines(database: Database) -> None:
    pid = _person(database, "Bigot")
    first = _log(database, TODAY - timedelta(days=10), (pid,))
    second = _log(database, TODAY, (pid,))
    with database.begin() as s:
        assert [e.id for e in journal.person_timeline(s, pid)] == [second, first]
        journal.delete_entry(s, first)
        assert [e.id for e in journal.person_timeline(s, pid)] == [second]


def test_due_page_is_bounded_per_bucket_and_counts_everything(database: Database) -> None:
    pids = [_person(database, f"P{n}") for n in range(5)]
    cadenced = _person(database, "Cadence", cadence=30)  # due today: this week
    with database.begin() as s:
        for n, pid in enumerate(pids):
            for delta in (-10 - n, 2, 20):
                data = EntryInput(
                    occurred_on=TODAY,
                    kind=InteractionKind.CALL,
                    person_ids=(pid,),
                    follow_up_on=TODAY + timedelta(days=delta),
                )
                journal.add_entry(s, data, TODAY, accept_past_follow_up=True)
        page = follow_ups.due_page(s, TODAY, (Bucket.OVERDUE, Bucket.THIS_WEEK), limit=3)
        counts = follow_ups.due_counts(s, TODAY)
        everything = follow_ups.due_list(s, TODAY)
    groups = follow_ups.grouped(page)
    # The oldest overdue first, three at most; this week: the cadence and entries, three at most.
    assert [i.who for i in groups[Bucket.OVERDUE]] == ["P4", "P3", "P2"]
    assert len(groups[Bucket.THIS_WEEK]) == 3
    assert (Source.CADENCE, cadenced) in {i.key for i in groups[Bucket.THIS_WEEK]}
    assert groups[Bucket.LATER] == []
    assert counts == {b: len(items) for b, items in follow_ups.grouped(everything).items()}
    assert counts == {Bucket.OVERDUE: 5, Bucket.THIS_WEEK: 6, Bucket.LATER: 5}
