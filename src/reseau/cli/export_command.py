"""`reseau export contacts --format csv|xlsx|vcf|pdf [filters] -o FILE`."""

from __future__ import annotations

import argparse
import locale
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from reseau.cli.common import OUTPUT_HELP, add_database_options, open_database, report
from reseau.core.enums import Country
from reseau.io.csv_write import default_delimiter
from reseau.services.io import export_names
from reseau.services.io.export_contacts import ExportFilter, select_persons
from reseau.services.io.export_rows import select_rows, write_csv_rows, write_xlsx_rows


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("export", help="exporter des contacts (CSV, XLSX, vCard, PDF)")
    parser.add_argument("what", choices=["contacts"])
    parser.add_argument("--format", choices=["csv", "xlsx", "vcf", "vcf3", "pdf"], default="csv")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER", help=OUTPUT_HELP)
    parser.add_argument("--country", action="append", choices=[c.value for c in Country], default=[])
    parser.add_argument("--sector", default="")
    parser.add_argument("--organization", action="append", default=[], metavar="NOM", help="nom ou sigle")
    parser.add_argument(
        "--theme", action="append", default=[], metavar="CODE", help="code (T01, P3) ou titre"
    )
    parser.add_argument("--exchange", type=int, metavar="ID", help="participants de cet échange")
    parser.add_argument("--tag", default="")
    parser.add_argument("--delimiter", choices=[",", ";", "tab"], help="CSV (défaut : ; en français)")
    parser.add_argument("--group-by", choices=["country", "organization"], default="country", help="PDF")
    parser.add_argument(
        "--include-do-not-contact", action="store_true", help="inclure les personnes à ne pas contacter"
    )
    add_database_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    database = open_database(args)
    try:
        with database.begin() as session:
            org_ids = [i for name in args.organization for i in export_names.organization_ids(session, name)]
            theme_ids = [i for code in args.theme for i in export_names.theme_ids(session, code)]
            flt = ExportFilter(
                countries=tuple(Country(c) for c in args.country),
                sector=args.sector,
                organization_ids=tuple(org_ids),
                theme_ids=tuple(theme_ids),
                exchange_id=args.exchange,
                tag=args.tag,
                # A printed participant list is no mailing: it keeps everyone.
                include_do_not_contact=args.include_do_not_contact or args.format == "pdf",
            )
            write = _read(session, flt, args)
    finally:
        database.dispose()
    count = write()
    report(args.output, f"{count} personnes exportées dans {args.output} ({args.format}).")
    return 0


def _read(session: Session, flt: ExportFilter, args: argparse.Namespace) -> Callable[[], int]:
    """Read what the format needs, in the command's one session, and return what writes it
    once the database is closed. CSV, XLSX and vCard are built by position from the rows as
    read (issue 19.5); the PDF lays out ``ExportedPerson`` values."""
    fmt, output = args.format, args.output
    if fmt in ("csv", "xlsx"):
        rows = select_rows(session, flt)
        if fmt == "xlsx":
            return lambda: write_xlsx_rows(rows, output)
        return lambda: write_csv_rows(rows, output, _delimiter(args.delimiter))
    if fmt in ("vcf", "vcf3"):
        from reseau.services.io.export_vcards import select_cards, write_cards_to

        cards = select_cards(session, flt, fmt)
        return lambda: write_cards_to(cards, output)
    persons = select_persons(session, flt)

    def pdf() -> int:
        from reseau.reports.participants_pdf import participants_from, write_participants_pdf

        return write_participants_pdf(participants_from(persons), output, args.group_by)

    return pdf


def _delimiter(given: str | None) -> str:
    """``--delimiter`` (``tab`` for a tab), else the locale's (``;`` in French)."""
    delimiter = {"tab": "\t", None: None}.get(given, given)
    return delimiter if delimiter is not None else default_delimiter(locale.getlocale()[0] or "fr")
