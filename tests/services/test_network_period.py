"""The network's default period and node cap: what the Réseau tab asks for when it opens."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reseau.core.enums import Country, InteractionKind
from reseau.db.models import Interaction, Person
from reseau.db.session import Database
from reseau.services.journal import network
from reseau.services.journal.network import NetworkFilter, NodeKind, PeriodChoice, period_start

TODAY = date(2026, 3, 10)


def _person(i: int) -> Person:
    return Person(last_name=f"Nom{i}", name_key=f"nom{i}", country=Country.QUEBEC)


@pytest.fixture
def dated(database: Database) -> Database:
    """Two persons met last month, two others five years ago; a hub met 5 persons last month."""
    with database.begin() as s:
        persons = [_person(i) for i in range(10)]
        s.add_all(persons)
        for day, who in (
            (TODAY - timedelta(days=30), persons[0:2]),
            (TODAY - timedelta(days=5 * 365), persons[2:4]),
        ):
            s.add(Interaction(occurred_on=day, kind=InteractionKind.CALL, persons=who))
        for other in persons[5:10]:  # person 4 is linked to 5 others: the most connected
            s.add(Interaction(occurred_on=TODAY, kind=InteractionKind.CALL, persons=[persons[4], other]))
    return database


def _names(graph: network.Network) -> set[str]:
    return {n.label for n in graph.nodes}


def test_preset_periods_bound_the_entries(dated: Database) -> None:
    assert period_start(PeriodChoice.ALL, TODAY) is None
    assert period_start(PeriodChoice.CUSTOM, TODAY) is None
    with dated.begin() as s:
        recent = network.build_network(
            s, NetworkFilter(start=period_start(PeriodChoice.LAST_12_MONTHS, TODAY))
        )
        three = network.build_network(s, NetworkFilter(start=period_start(PeriodChoice.LAST_3_YEARS, TODAY)))
        everything = network.build_network(s, NetworkFilter())
    assert "Nom0" in _names(recent) and "Nom2" not in _names(recent)  # five years ago: left out
    assert "Nom2" not in _names(three)
    assert {"Nom0", "Nom2", "Nom3"} <= _names(everything)
    assert recent.total_nodes == len(recent.nodes) == 8 and not recent.capped


def test_the_cap_keeps_the_most_connected_and_says_how_many_there_were(dated: Database) -> None:
    with dated.begin() as s:
        capped = network.build_network(s, NetworkFilter(), max_nodes=3)
        uncapped = network.build_network(s, NetworkFilter(), max_nodes=100)
    assert capped.capped and not uncapped.capped
    assert capped.total_nodes == capped.total_persons == 10 == len(uncapped.nodes)
    assert len(capped.nodes) <= 3 and "Nom4" in _names(capped)  # the hub
    assert capped.persons == len(capped.nodes)
    kept = {n.key for n in capped.nodes}
    assert all(e.a in kept and e.b in kept for e in capped.edges)  # no link to a hidden node
    assert all(n.kind == NodeKind.PERSON for n in capped.nodes)


def test_the_cap_fills_up_with_linked_pairs(database: Database) -> None:
    """Most entries name two persons: the cap must still show up to its limit, every node linked."""
    with database.begin() as s:
        persons = [_person(i) for i in range(20)]
        s.add_all(persons)
        for i in range(0, 20, 2):
            s.add(Interaction(occurred_on=TODAY, kind=InteractionKind.CALL, persons=persons[i : i + 2]))
    with database.begin() as s:
        capped = network.build_network(s, NetworkFilter(), max_nodes=6)
    assert len(capped.nodes) == 6 and len(capped.edges) == 3 and capped.total_nodes == 20
    linked = {k for e in capped.edges for k in (e.a, e.b)}
    assert linked == {n.key for n in capped.nodes}
