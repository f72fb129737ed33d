"""`reseau privacy export PERSON -o FILE` and `reseau privacy erase PERSON [--yes]`.

PERSON is a person's id or her name (first and last, in either order, or the last name; accents
and case ignored). A name that designates several persons lists them and stops: nothing is
exported or erased on a guess. The erasure asks for a confirmation on a terminal; without a
terminal it needs --yes, and refuses otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reseau.cli.common import OUTPUT_HELP, add_database_options, data_paths, echo, open_database, report
from reseau.core.errors import ReseauError
from reseau.core.messages import tr
from reseau.db.lock import InstanceLock
from reseau.db.session import Database
from reseau.services.database import backups
from reseau.services.privacy import rights as privacy
from reseau.services.privacy.erasure import PersonChoice, find_persons, finish_erasure


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "privacy", help="vie privée : exporter ou effacer les données d'une personne"
    )
    add_database_options(parser)
    actions = parser.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="toutes les données d'une personne (JSON ou PDF)")
    export.add_argument("person", metavar="PERSONNE", help="numéro ou nom de la personne")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER", help=OUTPUT_HELP)
    export.add_argument(
        "--format", choices=["json", "pdf"], help="défaut : d'après l'extension du fichier (JSON pour « - »)"
    )
    add_database_options(export)
    export.set_defaults(handler=run_export)
    erase = actions.add_parser("erase", help="effacer une personne partout (après une sauvegarde)")
    erase.add_argument("person", metavar="PERSONNE", help="numéro ou nom de la personne")
    erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    add_database_options(erase)
    erase.set_defaults(handler=run_erase)


def _one_person(database: Database, text: str) -> PersonChoice:
    with database.begin() as session:
        found = find_persons(session, text)
    if not found:
        raise ReseauError(tr("aucune personne ne correspond à « {person} ».", person=text))
    if len(found) > 1:
        listing = "\n".join(f"  {p.id}\t{p.name}" for p in found)
        raise ReseauError(
            tr(
                "« {person} » désigne {count} personnes ; précisez son numéro :\n{listing}",
                person=text,
                count=len(found),
                listing=listing,
            )
        )
    return found[0]


def run_export(args: argparse.Namespace) -> int:
    database = open_database(args)
    try:
        person = _one_person(database, args.person)
        with database.begin() as session:
            export = privacy.export_person(session, person.id)
    finally:
        database.dispose()
    fmt = args.format or ("pdf" if args.output.suffix.lower() == ".pdf" else "json")
    if fmt == "pdf":
        from reseau.reports.person_report import write_person_pdf  # Qt only for a PDF

        write_person_pdf(export.data, export.name, args.output)
    else:
        from reseau.io.person_export import write_person_json

        write_person_json(export.data, args.output)
    report(args.output, f"Données de {export.name} (n° {person.id}) exportées dans {args.output} ({fmt}).")
    return 0


def _confirmed(person: PersonChoice, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ReseauError(
            tr(
                "effacement de {name} (n° {id}) refusé : pas de terminal pour confirmer ; "
                "ajoutez --yes pour effacer sans question.",
                name=person.name,
                id=person.id,
            )
        )
    answer = input(f"Effacer définitivement {person.name} (n° {person.id}) ? Tapez « oui » pour confirmer : ")
    return answer.strip().lower() in ("oui", "o", "yes", "y")


def run_erase(args: argparse.Namespace) -> int:
    paths = data_paths(args)
    lock = InstanceLock(paths.database).acquire() if paths is not None else None
    try:
        database = open_database(args)
        try:
            person = _one_person(database, args.person)
            if not _confirmed(person, args.yes):
                echo("Effacement annulé : rien n'a changé.")
                return 1
            backups.backup_before(database, paths, "effacement")  # BackupError: nothing erased
            with database.begin() as session:
                result = privacy.erase_person(session, person.id).value
            done = finish_erasure(database, paths, result)
        finally:
            database.dispose()
    finally:
        if lock is not None:
            lock.release()
    echo(
        f"{person.name} (n° {person.id}) a été effacée : {result.rows_touched} lignes touchées. "
        f"Référence de l'effacement : {result.reference}"
    )
    for partial in done.removed_partials:
        echo(f"Sauvegarde interrompue supprimée : {partial}")
    if done.holding:
        echo("Ces sauvegardes la contiennent encore (supprimez-les, ou laissez-les expirer) :")
        for info in done.holding:
            echo(f"  {info.path}")
    if result.mentions:
        echo("Ces enregistrements la mentionnent encore ; relisez-les :")
        for mention in result.mentions:
            where = f"{mention.table}.{mention.column}"
            echo(f"  {mention.record} n° {mention.row_id} ({mention.label}) — {where}")
    return 0
