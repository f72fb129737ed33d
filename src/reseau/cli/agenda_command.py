"""`reseau agenda check MISSION` and `reseau agenda export MISSION --format pdf|ics|xlsx -o FILE`.

MISSION is a mission id or a fragment of its title (accents and case ignored).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reseau.cli.common import OUTPUT_HELP, add_database_options, echo, open_database, preferences, report
from reseau.core.agenda_checks import rule_title
from reseau.core.settings import agenda_defaults
from reseau.services.agenda.reading import check_mission, find_mission, load_agenda

FORMATS = ("pdf", "ics", "xlsx")


def _database_options(parser: argparse.ArgumentParser) -> None:
    """--db / --database-url also after the action, without hiding those given before `agenda`."""
    add_database_options(parser)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("agenda", help="vérifier ou exporter l'agenda d'une mission")
    _database_options(parser)
    actions = parser.add_subparsers(dest="agenda_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="lister les avertissements (A1–A5, conflits)")
    check.add_argument("mission", metavar="MISSION", help="id ou partie du titre de la mission")
    _database_options(check)
    check.set_defaults(handler=run_check)
    export = actions.add_parser("export", help="exporter en PDF (carnet), ICS (calendrier) ou XLSX")
    export.add_argument("mission", metavar="MISSION", help="id ou partie du titre de la mission")
    export.add_argument("--format", choices=FORMATS, required=True, help="pdf, ics ou xlsx")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help=OUTPUT_HELP)
    _database_options(export)
    export.set_defaults(handler=run_export)


def run_check(args: argparse.Namespace) -> int:
    """Print each warning; exit 1 when some are not acknowledged (usable in a script)."""
    database = open_database(args)
    defaults = agenda_defaults(preferences())  # the thresholds the window uses too
    try:
        with database.begin() as session:
            mission_id = find_mission(session, args.mission)
            title = load_agenda(session, mission_id, defaults).title
            warnings = check_mission(session, mission_id, defaults)
    finally:
        database.dispose()
    for warning in warnings:
        status = f"  [accepté : {warning.acknowledged}]" if warning.is_acknowledged else ""
        echo(f"{rule_title(warning.rule)} — {warning.message}{status}")
        if warning.reason is not None:  # why: the 2005 report's recommendation, or Réseau's rule
            echo(f"    {warning.reason}")
    open_count = sum(not w.is_acknowledged for w in warnings)
    echo(f"{title} : {open_count} avertissement(s) à revoir, {len(warnings) - open_count} accepté(s).")
    return 1 if open_count else 0


def run_export(args: argparse.Namespace) -> int:
    database = open_database(args)
    defaults = agenda_defaults(preferences())
    try:
        with database.begin() as session:
            mission_id = find_mission(session, args.mission)
            agenda = load_agenda(session, mission_id, defaults)
            warnings = check_mission(session, mission_id, defaults)
    finally:
        database.dispose()
    path = Path(args.output)
    if args.format == "ics":
        from reseau.io.agenda_ics import write_ics

        count = write_ics(agenda, path)
        report(path, f"{path} : {count} événement(s), chacun à son fuseau horaire.")
    elif args.format == "xlsx":
        from reseau.io.agenda_xlsx import write_xlsx

        count = write_xlsx(agenda, path, warnings)
        report(path, f"{path} : {count} créneau(x).")
    else:
        from reseau.reports.carnet import write_carnet  # Qt is loaded only for the PDF

        pages = write_carnet(agenda, path, warnings)
        report(path, f"{path} : carnet de mission de {pages} page(s).")
    return 0
