"""`reseau report`: the yearly activity report, a mission review, the delegates' files, as PDF.

reseau report annual --year 2005 -o bilan-2005.pdf
reseau report mission 1 -o bilan-mission.pdf          (an id or a piece of the title)
reseau report delegates "mission 2005" -o fiches/
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from reseau.cli.common import OUTPUT_HELP, add_database_options, echo, open_database, report
from reseau.core.safe_output import is_stdout


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("report", help="bilans en PDF : annuel, de mission, fiches des délégués")
    add_database_options(parser)  # before the kind of report, and after it (each leaf below)
    kinds = parser.add_subparsers(dest="report", metavar="BILAN", required=True)
    annual = kinds.add_parser("annual", help="bilan annuel d'activité")
    annual.add_argument("--year", type=int, required=True, help="année du bilan, p. ex. 2005")
    annual.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf", help=OUTPUT_HELP)
    add_database_options(annual)
    annual.set_defaults(handler=run_annual)
    mission = kinds.add_parser("mission", help="bilan d'une mission (retour sur les objectifs)")
    mission.add_argument("mission", metavar="MISSION", help="numéro ou partie du titre de la mission")
    mission.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf", help=OUTPUT_HELP)
    add_database_options(mission)
    mission.set_defaults(handler=run_mission)
    delegates = kinds.add_parser("delegates", help="une fiche PDF par délégué d'une mission")
    delegates.add_argument("mission", metavar="MISSION", help="numéro ou partie du titre de la mission")
    delegates.add_argument("-o", "--output", type=Path, required=True, metavar="DOSSIER")
    add_database_options(delegates)
    delegates.set_defaults(handler=run_delegates)


def run_annual(args: argparse.Namespace) -> int:
    from reseau.reports.annual_pdf import write_annual_report  # Qt only when a PDF is wanted
    from reseau.services.indicators.annual_report import annual_report

    if not 1900 <= args.year <= 2200:
        echo(f"reseau report annual : année invalide ({args.year})")
        return 2
    database = open_database(args)
    try:
        with database.begin() as session:
            annual = annual_report(session, args.year, date.today())
    finally:
        database.dispose()
    write_annual_report(annual, args.output)
    summary = f"Bilan annuel {args.year} : {len(annual.exchanges)} échange(s) ; écrit dans {args.output}"
    report(args.output, summary)
    return 0


def run_mission(args: argparse.Namespace) -> int:
    from reseau.reports.mission_pdf import write_mission_review
    from reseau.services.indicators.mission_review import find_mission, mission_review

    database = open_database(args)
    try:
        with database.begin() as session:
            review = mission_review(session, find_mission(session, args.mission))
    finally:
        database.dispose()
    write_mission_review(review, args.output)
    report(
        args.output,
        f"Bilan de mission « {review.title} » : {len(review.objectives)} objectif(s) ; "
        f"écrit dans {args.output}",
    )
    return 0


def run_delegates(args: argparse.Namespace) -> int:
    from reseau.reports.mission_pdf import write_delegate_files
    from reseau.services.indicators.mission_review import delegate_briefs, find_mission

    if is_stdout(args.output):
        echo("reseau report delegates : -o attend un dossier (une fiche PDF par délégué), pas « - ».")
        return 2

    database = open_database(args)
    try:
        with database.begin() as session:
            briefs = delegate_briefs(session, find_mission(session, args.mission))
    finally:
        database.dispose()
    if not briefs:
        echo("reseau report delegates : cette mission n'a aucun délégué.")
        return 2
    written = write_delegate_files(briefs, args.output)
    echo(f"{len(written)} fiche(s) de délégué écrite(s) dans {args.output}")
    return 0
