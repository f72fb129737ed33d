"""The network graph and its layout: links, filters, determinism, France left and Québec right."""

from __future__ import annotations

from datetime import date

from reseau.core.enums import Country
from reseau.db.session import Database
from reseau.services.journal import network, network_layout
from reseau.services.journal.network import EdgeKind, NetworkFilter, NodeKind
from reseau.services.themes import records as themes


def test_demo_network_links_and_sides(demo_database: Database) -> None:
    with demo_database.begin() as s:
        graph = network.build_network(s, NetworkFilter())
    kinds = {e.kind for e in graph.edges}
    assert kinds == {EdgeKind.JOURNAL, EdgeKind.EXCHANGE, EdgeKind.AFFILIATION}
    positions = network_layout.layout(graph)
    assert positions == network_layout.layout(graph)  # deterministic
    for node in graph.nodes:
        x = positions[node.key].x
        if node.kind != NodeKind.EXCHANGE and node.country == Country.FRANCE:
            assert x < positions[next(k for k in positions if k.startswith("exchange:"))].x
        if node.kind != NodeKind.EXCHANGE and node.country == Country.QUEBEC:
            assert x > 2 * network_layout.COLUMN_GAP


def test_theme_and_period_filters(demo_database: Database) -> None:
    with demo_database.begin() as s:
        t08 = next(r.id for r in themes.list_themes(s) if r.code == "T08")
        by_theme = network.build_network(
            s, NetworkFilter(theme_id=t08, start=date(2005, 9, 8), end=date(2005, 9, 8))
        )
        nothing = network.build_network(s, NetworkFilter(start=date(1990, 1, 1), end=date(1990, 12, 31)))
    labels = {n.label for n in by_theme.nodes}
    assert "Alice Herskovitch" in labels and "Mairie de Bordeaux" in labels
    assert all(n.kind != NodeKind.EXCHANGE for n in by_theme.nodes)  # the mission began on 4 Sept.
    assert nothing.nodes == () and nothing.edges == ()


def test_theme_filter_shows_who_coverage_counts(demo_database: Database) -> None:
    """The theme filter and Coverage read the same links: everyone Coverage counts for a theme
    (linked directly or through an entry about it) is in the network of that theme, the ones
    linked directly around the theme's own node."""
    from reseau.db.models import Person
    from reseau.db.models.links import person_themes
    from reseau.services.themes.coverage import coverage

    with demo_database.begin() as s:
        t01 = next(r for r in themes.list_themes(s) if r.code == "T01")
        lonely = Person(
            last_name="Direct", first_name="Denise", country=Country.QUEBEC, name_key="direct denise"
        )
        s.add(lonely)
        s.flush()
        s.execute(person_themes.insert().values(person_id=lonely.id, theme_id=t01.id))
    with demo_database.begin() as s:
        rows = coverage(s, date(2006, 1, 1))
        for row in rows:
            graph = network.build_network(s, NetworkFilter(theme_id=row.theme_id))
            shown = {(n.kind, n.ident) for n in graph.nodes}
            counted = {(NodeKind.PERSON, n.id) for n in (*row.fr_persons, *row.qc_persons)}
            counted |= {(NodeKind.ORGANIZATION, n.id) for n in (*row.fr_organizations, *row.qc_organizations)}
            assert counted <= shown, (row.code, counted - shown)
        graph = network.build_network(s, NetworkFilter(theme_id=t01.id))
    hub = next(n for n in graph.nodes if n.kind == NodeKind.THEME)
    assert hub.label.startswith("T01 — ")
    assert any(
        e.kind == EdgeKind.THEME and {e.a, e.b} == {hub.key, f"person:{lonely.id}"} for e in graph.edges
    )
