"""The France–Québec network as a graph: persons, organizations and exchanges, and their links.

Edges come from journal entries (everyone named in one entry is linked to everyone else in it),
exchange participation (a person or an organization taking part in an exchange is linked to the
exchange's node) and affiliation (a person to her organization, when both are shown). Filters:
a theme (entries and exchanges about it) and a period (entries dated in it, exchanges starting in
it). Nodes without any link are left out. The layout lives in :mod:`network_layout`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import Country
from reseau.db.models import Exchange, ExchangeOrganization, ExchangeParticipant, Interaction, Person, Theme
from reseau.services.journal import exchange_named, organization_named, person_named


class NodeKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    EXCHANGE = "exchange"


class EdgeKind(StrEnum):
    JOURNAL = "journal"
    EXCHANGE = "exchange"
    AFFILIATION = "affiliation"


@dataclass(frozen=True)
class Node:
    key: str  # "person:12", "organization:3", "exchange:1"
    kind: NodeKind
    ident: int
    label: str
    country: Country | None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    kind: EdgeKind
    weight: int


@dataclass(frozen=True)
class NetworkFilter:
    theme_id: int | None = None
    start: date | None = None
    end: date | None = None

    def in_period(self, day: date | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


class _Builder:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.weights: dict[tuple[str, str, EdgeKind], int] = {}

    def node(self, kind: NodeKind, ident: int, label: str, country: Country | None) -> str:
        key = f"{kind.value}:{ident}"
        self.nodes.setdefault(key, Node(key, kind, ident, label, country))
        return key

    def edge(self, a: str, b: str, kind: EdgeKind) -> None:
        if a == b:
            return
        a, b = sorted((a, b))
        self.weights[(a, b, kind)] = self.weights.get((a, b, kind), 0) + 1


def _person_key(b: _Builder, person: Person) -> str:
    n = person_named(person)
    return b.node(NodeKind.PERSON, n.id, n.name, n.country)


def build_network(session: Session, filters: NetworkFilter) -> Network:
    b = _Builder()
    theme = session.get(Theme, filters.theme_id) if filters.theme_id is not None else None
    entries = session.scalars(
        select(Interaction).options(
            selectinload(Interaction.persons),
            selectinload(Interaction.organizations),
            selectinload(Interaction.themes),
        )
    )
    for entry in entries:
        if theme is not None and theme not in entry.themes:
            continue
        if not filters.in_period(entry.occurred_on):
            continue
        keys = [_person_key(b, p) for p in entry.persons]
        for org in entry.organizations:
            n = organization_named(org)
            keys.append(b.node(NodeKind.ORGANIZATION, n.id, n.name, n.country))
        for x, y in combinations(sorted(set(keys)), 2):
            b.edge(x, y, EdgeKind.JOURNAL)
    exchanges = session.scalars(
        select(Exchange).options(
            selectinload(Exchange.themes),
            selectinload(Exchange.participants).selectinload(ExchangeParticipant.person),
            selectinload(Exchange.organizations).selectinload(ExchangeOrganization.organization),
        )
    )
    for exchange in exchanges:
        if theme is not None and theme not in exchange.themes:
            continue
        if not filters.in_period(exchange.start_date):
            continue
        hub = b.node(NodeKind.EXCHANGE, exchange.id, exchange_named(exchange).name, None)
        for part in exchange.participants:
            b.edge(hub, _person_key(b, part.person), EdgeKind.EXCHANGE)
        for link in exchange.organizations:
            n = organization_named(link.organization)
            b.edge(hub, b.node(NodeKind.ORGANIZATION, n.id, n.name, n.country), EdgeKind.EXCHANGE)
    # Affiliation links only between nodes already shown: they explain, they do not add people.
    person_ids = [n.ident for n in b.nodes.values() if n.kind == NodeKind.PERSON]
    if person_ids:
        for person in session.scalars(select(Person).where(Person.id.in_(person_ids))):
            org_key = f"{NodeKind.ORGANIZATION.value}:{person.organization_id}"
            if person.organization_id is not None and org_key in b.nodes:
                b.edge(f"{NodeKind.PERSON.value}:{person.id}", org_key, EdgeKind.AFFILIATION)
    edges = tuple(Edge(a, c, kind, w) for (a, c, kind), w in sorted(b.weights.items()))
    linked = {e.a for e in edges} | {e.b for e in edges}
    nodes = tuple(sorted((n for k, n in b.nodes.items() if k in linked), key=lambda n: n.key))
    return Network(nodes, edges)
