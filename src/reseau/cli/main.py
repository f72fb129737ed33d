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

# Every subcommand: its name, the module under reseau.cli that registers it, and the help line
# ``reseau --help`` shows. Only the module of the command being run is imported: together they
# pull in matplotlib, openpyxl, reportlab and every service (about 1 s), which neither the GUI
# start nor ``reseau import`` must pay. ``tests/cli/test_lazy_commands.py`` checks that this
# table says what each module registers.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo_command", "charger la mission 2005 comme données de démonstration"),
    "import": ("import_command", "importer des contacts (CSV, vCard)"),
    "export": ("export_command", "exporter des contacts (CSV, XLSX, vCard, PDF)"),
    "backup": ("backup_command", "sauvegarder maintenant la base de données locale"),
    "restore": ("backup_command", "restaurer une sauvegarde (la base actuelle est d'abord sauvegardée)"),
    "relances": ("follow_ups_command", "afficher les relances dues (À relancer)"),
    "agenda": ("agenda_command", "vérifier ou exporter l'agenda d'une mission"),
    "report": ("report_command", "bilans en PDF : annuel, de mission, fiches des délégués"),
    "generate": (
        "generate_command",
        "remplir la base de personnes, organisations et entrées de journal fictives",
    ),
    "privacy": ("privacy_command", "vie privée\u00a0: exporter ou effacer les données d'une personne"),
}
HELP = {"-h", "--help"}


def _register(subparsers: argparse._SubParsersAction, module: str) -> None:  # type: ignore[type-arg]
    importlib.import_module(f"reseau.cli.{module}").register(subparsers)


def build_parser(with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; ``only``: just that command's module is imported and registered, the
    others are listed by name and help (from ``COMMANDS``) without their options."""
    parser = argparse.ArgumentParser(
        prog="reseau",
        description="Réseau : l'outil des échanges France-Québec en développement social.",
    )
    parser.add_argument("--version", action="version", version=f"Réseau {__version__}")
    add_database_options(parser, subcommand=False)
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    wanted = COMMANDS[only][0] if only in COMMANDS else None
    registered: set[str] = set()
    for name, (module, help_text) in COMMANDS.items():
        if only is None or module == wanted:
            if module not in registered:
                registered.add(module)
                _register(subparsers, module)
        else:
            subparsers.add_parser(name, help=help_text)
    return parser


def _command_asked(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (after the global options), if any, read cheaply."""
    scan = argparse.ArgumentParser(add_help=False)
    add_database_options(scan, subcommand=False)
    _, rest = scan.parse_known_args(argv)
    first = next((word for word in rest if not word.startswith("-")), None)
    return first if first in COMMANDS else None


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
    if len(rest) != 1 or rest[0].startswith("-") or rest[0] in COMMANDS:
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
    args = _gui_arguments(arguments)
    if args is None:
        command = _command_asked(arguments)
        # A command: only its module is imported; none (``reseau --help``, an error): the table.
        args = build_parser(only=command or "").parse_args(arguments)
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
