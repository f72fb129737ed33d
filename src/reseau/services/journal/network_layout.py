"""A deterministic layout for the network: France on the left, Québec on the right.

Five columns, the ocean in the middle: French persons, French organizations, exchanges (and
records of other countries), Québec organizations, Québec persons. Each column is first sorted
by label, then reordered a few times by the mean position of each node's neighbours (the
barycentre heuristic), which pulls linked nodes level with each other and so cuts crossings.
The same graph always gives the same picture: no randomness, ties broken by key.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reseau.core.enums import Country
from reseau.services.journal.network import Network, Node, NodeKind

COLUMN_GAP = 260.0
ROW_GAP = 34.0
SWEEPS = 6


@dataclass(frozen=True)
class Position:
    x: float
    y: float


def column_of(node: Node) -> int:
    if node.kind == NodeKind.EXCHANGE or node.country not in (Country.FRANCE, Country.QUEBEC):
        return 2
    if node.country == Country.FRANCE:
        return 0 if node.kind == NodeKind.PERSON else 1
    return 4 if node.kind == NodeKind.PERSON else 3


def layout(network: Network) -> dict[str, Position]:
    columns: dict[int, list[Node]] = defaultdict(list)
    for node in sorted(network.nodes, key=lambda n: (n.label.casefold(), n.key)):
        columns[column_of(node)].append(node)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in network.edges:
        neighbours[edge.a].add(edge.b)
        neighbours[edge.b].add(edge.a)
    height = max((len(c) for c in columns.values()), default=1)

    def place() -> dict[str, float]:
        ys: dict[str, float] = {}
        for nodes in columns.values():
            # Spread every column over the height of the tallest one, centred.
            step = ROW_GAP * max(1, height - 1) / max(1, len(nodes) - 1) if len(nodes) > 1 else 0.0
            offset = 0.0 if len(nodes) > 1 else ROW_GAP * (height - 1) / 2
            for i, node in enumerate(nodes):
                ys[node.key] = offset + i * step
        return ys

    ys = place()
    for _ in range(SWEEPS):
        for index in sorted(columns):
            nodes = columns[index]

            def barycentre(node: Node, current: dict[str, float] = ys) -> tuple[float, str]:
                around = [current[k] for k in neighbours[node.key] if k in current]
                mean = sum(around) / len(around) if around else current[node.key]
                return (mean, node.key)

            columns[index] = sorted(nodes, key=barycentre)
        ys = place()
    by_key = {n.key: n for n in network.nodes}
    return {key: Position(column_of(by_key[key]) * COLUMN_GAP, y) for key, y in ys.items()}
