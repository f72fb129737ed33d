"""`reseau demo`: load the 2005 mission as demo data."""

from __future__ import annotations

import argparse

from reseau.cli.common import add_database_options, echo, open_database
from reseau.services.demo.load import load_demo


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("demo", help="charger la mission 2005 comme données de démonstration")
    add_database_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    database = open_database(args, write=True)
    try:
        with database.begin() as session:
            summary = load_demo(session).value
    finally:
        database.dispose()
    echo(
        f"Démonstration : {summary.persons} personnes, {summary.organizations} organisations, "
        f"{summary.themes} thèmes, {summary.exchanges} échanges ; {summary.created} fiches créées."
    )
    return 0
