"""Entry point of the `reseau` command: the GUI by default, or a subcommand.

Each subcommand lives in its own module with ``register(subparsers)``; ``COMMANDS`` lists them.
Subcommands print a one-line summary, and exit non-zero with a clear message on error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from reseau import __version__
from reseau.cli.common import add_database_options, echo
from reseau.core.errors import ReseauError
from reseau.core.files import restrict_new_files

# Module names under reseau.cli, imported only when a subcommand (or --help) is asked for:
# together they pull in matplotlib, openpyxl and every service (about 1 s), which the GUI
# start must not pay.
COMMANDS = [
    "demo_command",
    "import_command",
    "export_command",
    "backup_command",
    "follow_ups_command",
    "agenda_command",
    "report_command",
    "generate_command",
    "privacy_command",
]
HELP = {"-h", "--help"}


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reseau",
        description="Réseau : l'outil des échanges France-Québec en développement social.",
    )
    parser.add_argument("--version", action="version", version=f"Réseau {__version__}")
    add_database_options(parser, subcommand=False)
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMANDS:
        importlib.import_module(f"reseau.cli.{name}").register(subparsers)
    return parser


# ``reseau FILE`` (the desktop entry's ``Exec=reseau %f``, a double-click on a file): a database
# file opens as the database, a contacts file in the import wizard.
DATABASE_SUFFIXES = {".sqlite3", ".sqlite", ".db"}
CONTACT_SUFFIXES = {".vcf", ".vcard", ".csv", ".xlsx"}


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options when ``argv`` starts the GUI (no subcommand, no help), read cheaply."""
    if HELP.intersection(argv):
        return None
    args, rest = build_parser(with_commands=False).parse_known_args(argv)
    args.command, args.open_contacts = None, None
    if not rest:
        return args
    if len(rest) != 1 or rest[0].startswith("-") or rest[0].replace("-", "_") + "_command" in COMMANDS:
        return None  # a subcommand, or an unknown option: the full parser says which
    suffix = Path(rest[0]).suffix.lower()
    if suffix in DATABASE_SUFFIXES and not args.db and not args.database_url:
        args.db = rest[0]
    elif suffix in CONTACT_SUFFIXES:
        args.open_contacts = rest[0]
    else:
        return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    args = _gui_arguments(arguments) or build_parser().parse_args(arguments)
    restrict_new_files()  # personal data: whatever Réseau writes is its owner's only
    if args.command is None:
        from reseau.app import run_gui  # Qt is imported only when the GUI is wanted

        return run_gui(args)
    try:
        return int(args.handler(args))
    except ReseauError as exc:
        echo(f"reseau {args.command} : {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        echo(f"reseau {args.command} : {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
