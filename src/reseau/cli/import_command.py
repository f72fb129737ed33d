"""`reseau import FILE [--dry-run] [--mapping NAME] [--policy ...]`: import contacts from a file."""

from __future__ import annotations

import argparse
import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reseau.cli.common import add_database_options, busy_wait, data_paths, echo, open_database
from reseau.core.enums import Country
from reseau.core.errors import ReseauError
from reseau.core.paths import resolve_database
from reseau.core.team import database_url
from reseau.db.new_file import built_aside
from reseau.db.session import Database
from reseau.io.contacts_file import ContactsFile, column_report, open_contacts, reinspect
from reseau.io.csv_formats import ColumnFate
from reseau.io.records import NotAContactsFile
from reseau.io.vcard_read import ENCODING_NAMES
from reseau.services.io.import_contacts import (
    STATUS_LABELS,
    DuplicatePolicy,
    ImportAborted,
    ImportOptions,
    ImportReport,
)
from reseau.services.io.import_run import run_import
from reseau.services.io.import_undo import load_mapping

MAX_LINES_SHOWN = 50


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("import", help="importer des contacts (CSV, vCard)")
    parser.add_argument("file", metavar="FICHIER", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="tout vérifier sans rien enregistrer")
    parser.add_argument("--mapping", metavar="NOM", help="correspondance de colonnes enregistrée")
    parser.add_argument(
        "--policy",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="doublons : skip (ignorer), update (remplacer), fill (compléter), create (créer)",
    )
    parser.add_argument(
        "--all-or-nothing", action="store_true", help="rien n'est importé si une ligne est rejetée"
    )
    parser.add_argument(
        "--country",
        choices=[c.value for c in Country],
        default=Country.QUEBEC.value,
        help="pays des fiches sans indice de pays (colonne Pays, indicatif, code postal, domaine) : "
        "FR, QC ou OTHER (défaut : QC)",
    )
    parser.add_argument(
        "--encoding",
        metavar="ENCODAGE",
        help="CSV : encodage du fichier au lieu de celui qui est deviné "
        "(p. ex. utf-8, cp1252, iso8859_15, mac_roman)",
    )
    add_database_options(parser)
    parser.set_defaults(handler=run)


def _with_encoding(source: ContactsFile, encoding: str | None) -> ContactsFile:
    """The CSV file read with the encoding the user named (``--encoding``), else as sniffed;
    a guess that is not UTF-8 is said, with how to change it: never a silent guess."""
    if source.csv is None:
        if encoding:
            echo("--encoding ne s'applique qu'aux fichiers CSV\u00a0: ignoré pour ce fichier.")
        return source
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ReseauError(f"--encoding\u00a0: encodage inconnu «\u00a0{encoding}\u00a0»") from None
        return reinspect(source, encoding, source.csv.delimiter)
    guessed = source.csv.encoding
    if not guessed.lower().replace("-", "").startswith(("utf8", "utf16")):
        echo(
            f"Encodage deviné\u00a0: {ENCODING_NAMES.get(guessed, guessed)} "
            "(le fichier n'est pas en UTF-8 valide)\u00a0; "
            "--encoding pour en choisir un autre, --dry-run pour vérifier."
        )
    return source


def _print_columns(fates: list[ColumnFate]) -> None:
    """The columns that feed no field, and what became of them: none is dropped silently."""
    if fates:
        echo("Colonnes non reconnues :")
        for fate in fates:
            echo(f"  {fate.message}")


def _print(report: ImportReport) -> None:
    countries = report.country_lines()
    if countries:
        echo("Pays des fiches créées, d'après :")
        for country in countries:
            echo(f"  {country}")
    if report.created_lines:
        echo(f"  lignes créées : {report.created_text()}")
    shown = list(report.lines)
    for line in shown[:MAX_LINES_SHOWN]:
        echo(f"  ligne {line.line} : {STATUS_LABELS[line.status]} — {line.message}")
    if len(shown) > MAX_LINES_SHOWN:
        echo(f"  … et {len(shown) - MAX_LINES_SHOWN} autres lignes")


@contextmanager
def _target(args: argparse.Namespace) -> Iterator[Database]:
    """The database to import into: a new local file is built aside and moved into place whole
    when the import is over (``db.new_file``: the fast way, a kill leaves no half file); any
    other is opened as every command opens it. Disposed of when the block ends."""
    new = None if args.dry_run or database_url(getattr(args, "database_url", None)) else new_file_for(args)
    if new is not None:
        with built_aside(new, busy_wait(str(new))) as database:
            yield database
        return
    database = open_database(args, write=not args.dry_run)
    try:
        yield database
    finally:
        database.dispose()


def new_file_for(args: argparse.Namespace) -> Path | None:
    """The SQLite file --db (or the default) names, when it does not exist yet."""
    path = resolve_database(getattr(args, "db", None)).database
    return None if path.exists() or path.is_symlink() else path


def run(args: argparse.Namespace) -> int:
    try:
        source = open_contacts(args.file)
    except NotAContactsFile as exc:
        raise ReseauError(str(exc)) from exc  # it names the file and says what it is
    source = _with_encoding(source, args.encoding)
    if source.csv is not None and source.csv.mojibake:
        echo(
            f"Attention : {args.file} contient des caractères du genre « Ã© » ; "
            "le fichier semble avoir été converti deux fois (vérifiez avec --dry-run)."
        )
    options = ImportOptions(
        policy=DuplicatePolicy(args.policy),
        dry_run=args.dry_run,
        all_or_nothing=args.all_or_nothing,
        default_country=Country(args.country),
    )
    with _target(args) as database:
        with database.begin() as session:
            columns = load_mapping(session, args.mapping) if args.mapping else None
        _print_columns(column_report(source, columns))
        try:
            with database.begin() as session:  # the window's run too (ui.ops.io.run_import)
                report = run_import(
                    database, data_paths(args), session, source, columns, options, separate_process=True
                ).value
        except ImportAborted as aborted:
            report = aborted.report
    # Said once the file is in place (a new file is moved in when the block ends).
    _print(report)
    if not report.applied:
        echo(f"{args.file} ({source.format_label}) : {report.reason} ; {report.summary()}.")
        return 0 if args.dry_run and not report.rejected else 1
    echo(f"{args.file} ({source.format_label}) : {report.summary()} ; import n° {report.batch_id}.")
    return 1 if report.rejected else 0
