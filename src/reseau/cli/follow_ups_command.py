"""`reseau relances`: print the "À relancer" list (overdue, this week, later) for a given day."""

from __future__ import annotations

import argparse
from datetime import date

from reseau.cli.common import add_database_options, echo, open_database
from reseau.services.journal.follow_ups import Bucket, due_list, grouped

TITLES = {Bucket.OVERDUE: "En retard", Bucket.THIS_WEEK: "Cette semaine", Bucket.LATER: "Plus tard"}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("relances", help="afficher les relances dues (À relancer)")
    add_database_options(parser)
    parser.add_argument(
        "--date",
        type=date.fromisoformat,
        default=None,
        metavar="AAAA-MM-JJ",
        help="jour de référence (défaut : aujourd'hui)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    today = args.date or date.today()
    database = open_database(args)
    try:
        with database.begin() as session:
            groups = grouped(due_list(session, today))
    finally:
        database.dispose()
    for bucket, items in groups.items():
        echo(f"{TITLES[bucket]} ({len(items)})")
        for item in items:
            echo(f"  {item.due_on.isoformat()}  {item.who} — {item.reason}")
    overdue = len(groups[Bucket.OVERDUE])
    week, later = len(groups[Bucket.THIS_WEEK]), len(groups[Bucket.LATER])
    echo(f"Relances : {overdue} en retard, {week} cette semaine, {later} plus tard.")
    return 0
