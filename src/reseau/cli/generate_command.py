"""`reseau generate`: fill a database with realistic fake data to try Réseau at scale."""

from __future__ import annotations

import argparse
import time

from reseau.cli.common import add_database_options, echo, open_database
from reseau.services.demo.generate import generate


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"« {text} » : un nombre positif ou nul est attendu")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "generate", help="remplir la base de personnes, organisations et entrées de journal fictives"
    )
    parser.add_argument("--persons", type=_count, default=1000, metavar="N", help="personnes (1000)")
    parser.add_argument("--organizations", type=_count, default=100, metavar="M", help="organisations (100)")
    parser.add_argument("--entries", type=_count, default=1000, metavar="K", help="entrées de journal (1000)")
    parser.add_argument("--seed", type=int, default=2005, help="graine du hasard (2005)")
    add_database_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    database = open_database(args, write=True)
    started = time.perf_counter()
    try:
        with database.begin() as session:
            summary = generate(session, args.persons, args.organizations, args.entries, args.seed).value
    finally:
        database.dispose()
    echo(
        f"Données générées : {summary.persons} personnes, {summary.organizations} organisations, "
        f"{summary.interactions} entrées de journal en {time.perf_counter() - started:.1f} s."
    )
    return 0
