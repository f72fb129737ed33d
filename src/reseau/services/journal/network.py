"""The France–Québec network as a graph: persons, organizations and exchanges, and their links.

Edges come from journal entries (everyone named in one entry is linked to everyone else in it),
exchange participation (a person or an organization taking part in an exchange is linked to the
exchange's node) and affiliation (a person to her organization, when both are shown). Filters:
a theme (entries and exchanges about it, and the persons and organizations linked to it
directly, around a node of the theme: the links Coverage counts, read by the same query,
:func:`reseau.services.themes.links.direct_links`) and a period (entries dated in it, exchanges
starting in it; a direct link has no date). Nodes without any link are left out. The layout
lives in :mod:`network_layout`.

At 20,000 entries the whole network holds some 12,000 nodes, which takes seconds and hundreds
of MB to draw: the view opens on the last 12 months (:class:`PeriodChoice`) and asks for at most
``max_nodes`` nodes, the most connected; :attr:`Network.total_nodes` tells how many there were,
so the view can say that a limit applies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import combinations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from reseau.core.enums import Country
from reseau.db.models import Exchange, Interaction, Organization, Person, Theme
from reseau.db.models.links import interaction_organizations, interaction_persons, interaction_themes
from reseau.services.journal.entries import exchange_named, organization_named, person_named
from reseau.services.themes.links import direct_links


class NodeKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    EXCHANGE = "exchange"
    THEME = "theme"  # the filtered theme, a hub for who is linked to it directly


class EdgeKind(StrEnum):
    JOURNAL = "journal"
    EXCHANGE = "exchange"
    AFFILIATION = "affiliation"
    THEME = "theme"


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


# Enough to read a picture, cheap to draw (0.1 s and a few MB); more is a wall of dots.
DEFAULT_MAX_NODES = 1000


class PeriodChoice(StrEnum):
    """The periods offered by the view; the default keeps the first opening fast."""

    LAST_12_MONTHS = "12m"
    LAST_3_YEARS = "3y"
    ALL = "all"
    CUSTOM = "custom"


DEFAULT_PERIOD = PeriodChoice.LAST_12_MONTHS


def period_start(choice: PeriodChoice, today: date) -> date | None:
    """The first day of a preset period (``None``: no lower bound). Open-ended: planned
    exchanges after today stay in the picture."""
    if choice == PeriodChoice.LAST_12_MONTHS:
        return today - timedelta(days=365)
    if choice == PeriodChoice.LAST_3_YEARS:
        return today - timedelta(days=3 * 365 + 1)
    return None


@dataclass(frozen=True)
class NetworkFilter:
    theme_id: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Network:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    # Before the cap: how many linked nodes, and persons among them, the filters matched.
    total_nodes: int = 0
    total_persons: int = 0

    @property
    def capped(self) -> bool:
        return self.total_nodes > len(self.nodes)

    @property
    def persons(self) -> int:
        return sum(1 for n in self.nodes if n.kind == NodeKind.PERSON)


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


def _entry_members(session: Session, filters: NetworkFilter) -> dict[int, set[str]]:
    """Entry id → node keys of its persons and organizations, filtered in SQL.

    Plain queries over the link tables: loading 5,000 entries as objects took most of a second.
    """
    entries = select(Interaction.id)
    if filters.theme_id is not None:
        about = select(interaction_themes.c.interaction_id).where(
            interaction_themes.c.theme_id == filters.theme_id
        )
        entries = entries.where(Interaction.id.in_(about))
    if filters.start is not None:
        entries = entries.where(Interaction.occurred_on >= filters.start)
    if filters.end is not None:
        entries = entries.where(Interaction.occurred_on <= filters.end)
    members: dict[int, set[str]] = defaultdict(set)
    for table, column, kind in (
        (interaction_persons, "person_id", NodeKind.PERSON),
        (interaction_organizations, "organization_id", NodeKind.ORGANIZATION),
    ):
        query = select(table.c.interaction_id, table.c[column]).where(table.c.interaction_id.in_(entries))
        for entry_id, ident in session.execute(query):
            members[entry_id].add(f"{kind.value}:{ident}")
    return members


def _ident(key: str) -> int:
    return int(key.partition(":")[2])


def _most_connected(weights: dict[tuple[str, str, EdgeKind], int], limit: int) -> set[str]:
    """At most ``limit`` nodes, the ones with the most distinct neighbours first (ties broken by
    key: stable), each kept with a link: a node none of whose neighbours is kept yet comes with
    its best-connected neighbour. Without that, a network of pairs (most journal entries name
    two persons) kept a quarter of ``limit``, the others left without a link."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, c, _kind in weights:
        neighbours[a].add(c)
        neighbours[c].add(a)

    def rank(key: str) -> tuple[int, str]:
        return (-len(neighbours[key]), key)

    keep: set[str] = set()
    for key in sorted(neighbours, key=rank):
        if len(keep) >= limit:
            break
        if key in keep:
            continue
        if not neighbours[key].isdisjoint(keep):
            keep.add(key)
        elif len(keep) + 2 <= limit:
            keep.update((key, min(neighbours[key], key=rank)))
    return keep


def _exchanges_query(filters: NetworkFilter) -> Select[Exchange]:
    query = select(Exchange).options(
        selectinload(Exchange.participants), selectinload(Exchange.organizations)
    )
    if filters.theme_id is not None:
        query = query.where(Exchange.themes.any(Theme.id == filters.theme_id))
    if filters.start is not None:
        query = query.where(Exchange.start_date >= filters.start)
    if filters.end is not None:
        query = query.where(Exchange.start_date <= filters.end)
    return query


def _add_exchanges(session: Session, b: _Builder, filters: NetworkFilter) -> None:
    """Each exchange is a hub linked to its participants and organizations."""
    for exchange in session.scalars(_exchanges_query(filters)):
        hub = b.node(NodeKind.EXCHANGE, exchange.id, exchange_named(exchange).name, None)
        for part in exchange.participants:
            b.edge(hub, f"{NodeKind.PERSON.value}:{part.person_id}", EdgeKind.EXCHANGE)
        for link in exchange.organizations:
            b.edge(hub, f"{NodeKind.ORGANIZATION.value}:{link.organization_id}", EdgeKind.EXCHANGE)


def _add_theme(session: Session, b: _Builder, theme_id: int) -> None:
    """The filtered theme as a hub linked to whoever is linked to it directly."""
    theme = session.get(Theme, theme_id)
    links = direct_links(session, theme_id).get(theme_id)
    if theme is None or links is None:
        return
    hub = b.node(
        NodeKind.THEME, theme.id, f"{theme.code} — {theme.title}" if theme.code else theme.title, None
    )
    for person in links.persons:
        b.edge(hub, f"{NodeKind.PERSON.value}:{person}", EdgeKind.THEME)
    for org in links.organizations:
        b.edge(hub, f"{NodeKind.ORGANIZATION.value}:{org}", EdgeKind.THEME)


def _linked(b: _Builder) -> set[str]:
    return {k for a, c, _kind in b.weights for k in (a, c)}


def _add_persons_and_organizations(session: Session, b: _Builder, linked: set[str]) -> None:
    person_ids = {_ident(k) for k in linked if k.startswith(NodeKind.PERSON.value)}
    org_ids = {_ident(k) for k in linked if k.startswith(NodeKind.ORGANIZATION.value)}
    for person in session.scalars(select(Person).where(Person.id.in_(person_ids))):
        n = person_named(person)
        b.node(NodeKind.PERSON, n.id, n.name, n.country)
        # Affiliation links only between nodes already shown: they explain, they add nobody.
        if person.organization_id in org_ids:
            b.edge(
                f"{NodeKind.PERSON.value}:{person.id}",
                f"{NodeKind.ORGANIZATION.value}:{person.organization_id}",
                EdgeKind.AFFILIATION,
            )
    for org in session.scalars(select(Organization).where(Organization.id.in_(org_ids))):
        n = organization_named(org)
        b.node(NodeKind.ORGANIZATION, n.id, n.name, n.country)


def build_network(session: Session, filters: NetworkFilter, max_nodes: int | None = None) -> Network:
    """The graph for ``filters``; above ``max_nodes`` linked nodes, the most connected only
    (links between them kept, the others dropped, nodes left without a link dropped)."""
    b = _Builder()
    for keys in _entry_members(session, filters).values():
        for x, y in combinations(sorted(keys), 2):
            b.edge(x, y, EdgeKind.JOURNAL)
    _add_exchanges(session, b, filters)
    if filters.theme_id is not None:
        _add_theme(session, b, filters.theme_id)
    linked = _linked(b)
    total_nodes = len(linked)
    total_persons = sum(1 for k in linked if k.startswith(NodeKind.PERSON.value))
    if max_nodes is not None and total_nodes > max_nodes:
        keep = _most_connected(b.weights, max_nodes)
        b.weights = {key: w for key, w in b.weights.items() if key[0] in keep and key[1] in keep}
        linked = _linked(b)
    _add_persons_and_organizations(session, b, linked)
    edges = tuple(Edge(a, c, kind, w) for (a, c, kind), w in sorted(b.weights.items()))
    nodes = tuple(sorted((n for k, n in b.nodes.items() if k in linked), key=lambda n: n.key))
    return Network(nodes, edges, total_nodes, total_persons)
