"""Composition root: paths -> database (checked, migrated) -> op runner -> QApplication -> window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reseau import __version__
from reseau.core.data_errors import DamagedDatabaseError, UpgradeFailedError
from reseau.core.errors import ReseauError
from reseau.core.paths import ENV_DB, DataPaths, resolve_database
from reseau.core.settings import Loaded, SettingsStore, settings_path
from reseau.core.team import database_url
from reseau.services.database import backups, scale
from reseau.services.database.store import BusyWait, Database, InstanceLock, is_empty, open_sqlite, open_url
from reseau.ui.backups.backups_dialog import BusySignal
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.gc_guard import collect_on_gui_thread
from reseau.ui.i18n import Translators, say
from reseau.ui.io.menus import open_import_wizard
from reseau.ui.keyboard import install_save_shortcut
from reseau.ui.main_window import MainWindow
from reseau.ui.ops.runner import OpRunner
from reseau.ui.read_only import show_read_only_notice
from reseau.ui.style import apply_style

log = logging.getLogger(__name__)
QUIT_AFTER_ENV = "RESEAU_QUIT_AFTER_MS"  # used by smoke tests: show the window, then quit
REOPEN = -42  # _run's code when the window closed to reopen with new preferences
_translators = Translators()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    # Qt's own file dialogs and message boxes, not the desktop's: they speak the language of the
    # translators installed (Qt's qtbase catalog), where a native dialog speaks the system's,
    # which mixed « Nom de fichier » with "Look in:".
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app.setApplicationName("Réseau")
    app.setOrganizationName("Reseau")
    app.setApplicationVersion(__version__)
    return app


def _is_large(database: Database) -> bool:
    with database.begin() as session:
        return scale.is_large(session)


def build_window(
    database: Database,
    paths: DataPaths | None,
    location: str,
    settings: SettingsStore | None = None,
    language: str = "fr",
) -> MainWindow:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_style(app)  # one look for every area and dialog, light or dark desktop
    bus = ChangeBus()
    runner = OpRunner(database, bus)
    context = AppContext(
        runner=runner,
        bus=bus,
        paths=paths,
        language=language,
        read_only=database.read_only,
        settings=settings or SettingsStore.in_memory(),
        large=_is_large(database),
    )
    window = MainWindow(context, location)
    install_save_shortcut(window)
    runner.setParent(window)
    bus.setParent(window)
    return window


def connect_busy(window: MainWindow, busy: BusySignal) -> None:
    """Waits for another program's lock (from any thread) show in the window's status bar."""
    busy.setParent(window)
    busy.waiting.connect(lambda waiting: _show_busy(window, waiting))


def _show_busy(window: MainWindow, waiting: bool) -> None:
    """The status bar says while Réseau waits for another program's lock on the database."""
    if waiting:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Base occupée par un autre programme, attente…")
        )
    else:
        window.statusBar().clearMessage()


def _offer_demo(window: MainWindow) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Bienvenue dans Réseau"),
        QCoreApplication.translate(
            "MainWindow",
            "Votre base de données est vide. Voulez-vous charger la mission de 2005 "
            "(délégation, organisations, thèmes de suivi) pour découvrir Réseau ?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setObjectName("first_run_box")
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("MainWindow", "Charger la démonstration")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("MainWindow", "Commencer avec une base vide")
    )
    box.buttonClicked.connect(
        lambda button: (
            window.load_demo() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
        )
    )
    box.open()


def _open_local(paths: DataPaths, wait: BusyWait | None = None) -> Database | None:
    """Open the local file. A damaged file (0 bytes, not SQLite, failing its check, or set aside
    at an earlier start) is never replaced by an empty database: the newest good backup of the
    same database is offered. A failed upgrade left the file as it was: it is said, then quit."""
    try:
        return open_sqlite(paths.database, wait=wait)
    except UpgradeFailedError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Réseau", say(exc.message))
        box.setObjectName("upgrade_failed_box")
        box.exec()
        return None
    except DamagedDatabaseError as exc:
        marker = backups.was_set_aside(paths.database)
        box = QMessageBox(QMessageBox.Icon.Warning, "Réseau", say(exc.message))
        box.setObjectName("damaged_box")
        restore = empty = None
        if exc.latest_backup is not None:
            box.setInformativeText(
                QCoreApplication.translate("App", "Restaurer cette sauvegarde et continuer ?")
            )
            restore = box.addButton(
                QCoreApplication.translate("App", "Restaurer la sauvegarde"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        if marker:
            empty = box.addButton(
                QCoreApplication.translate("App", "Commencer avec une base vide"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        box.addButton(QCoreApplication.translate("App", "Quitter"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if restore is not None and clicked is restore and exc.latest_backup is not None:
            backups.restore_damaged(paths, exc.latest_backup, wait)
            return open_sqlite(paths.database, wait=wait)
        if empty is not None and clicked is empty:
            backups.start_empty(paths.database)
            return open_sqlite(paths.database, wait=wait)
        return None


def run_gui(args: argparse.Namespace) -> int:
    """Run the window until it is closed; reopen it when the Préférences asked for it.

    A new language, database file or server applies by closing the window and building
    everything again from the saved preferences, in the same process: the database is closed
    and its lock released in between, exactly as on quitting.
    """
    app = _application()
    collect_on_gui_thread(app)
    while True:
        settings = SettingsStore(settings_path())
        loaded = settings.load()
        language = _translators.install(loaded.settings.language)
        try:
            code = _run(app, args, settings, loaded, language)
        finally:
            _translators.remove()  # the application object may outlive this call (tests)
        if code != REOPEN:
            return code


def _run(
    app: QApplication, args: argparse.Namespace, settings: SettingsStore, loaded: Loaded, language: str
) -> int:
    busy = BusySignal()
    opened = _open_database(args, loaded, busy)
    if opened is None:
        return 2
    database, paths, location, lock = opened
    startup_problem = None if database.read_only else _startup_backup(database, paths)
    window = build_window(database, paths, location, settings, language)
    connect_busy(window, busy)
    window.show()
    _tell_at_start(window, database, loaded, startup_problem, getattr(args, "open_contacts", None))
    code = app.exec()
    reopen = window.reopen_requested
    window.deleteLater()
    database.dispose()
    if lock is not None:
        lock.release()
    return REOPEN if reopen else code


def _open_database(
    args: argparse.Namespace, loaded: Loaded, busy: BusySignal
) -> tuple[Database, DataPaths | None, str, InstanceLock | None] | None:
    """(database, its paths if a local file, where it is in words, the file's lock), or None
    once the user was told why it cannot be opened (the lock released)."""
    lock: InstanceLock | None = None
    # --db, $RESEAU_DB, --database-url and $RESEAU_DATABASE_URL win over the Préférences.
    local_given = bool(getattr(args, "db", None) or os.environ.get(ENV_DB))
    try:
        url = database_url(getattr(args, "database_url", None)) or (
            None if local_given else loaded.settings.server_url or None
        )
        if url:
            database = open_url(url)
            return database, None, database.engine.url.render_as_string(hide_password=True), None
        paths = resolve_database(
            getattr(args, "db", None) or (None if local_given else loaded.settings.database_path or None)
        )
        lock = InstanceLock(paths.database).acquire()
        opened = _open_local(paths, busy.wait())
    except ReseauError as exc:
        if lock is not None:
            lock.release()
        QMessageBox.critical(None, "Réseau", say(exc.message))
        print(f"reseau : {exc}", file=sys.stderr)
        return None
    if opened is None:
        lock.release()
        return None
    return opened, paths, str(paths.database), lock


def _startup_backup(database: Database, paths: DataPaths | None) -> str | None:
    """The start-up backup; what went wrong in words (a failed backup must not keep the user
    from working)."""
    try:
        backups.startup_backup(database, paths)
    except ReseauError as exc:
        return say(exc.message)
    return None


def _tell_at_start(
    window: MainWindow,
    database: Database,
    loaded: Loaded,
    startup_problem: str | None,
    open_contacts: str | None = None,
) -> None:
    """Problems of the Préférences in the status bar; then, once the window is up, one of: the
    read-only notice, the failed backup, the import wizard on the file given at start (``reseau
    FILE.vcf``), the demo offered to an empty database."""
    if loaded.problems:
        window.statusBar().showMessage(" ".join(say(p) for p in loaded.problems))
    if database.read_only:
        QTimer.singleShot(0, lambda: show_read_only_notice(window))
    elif startup_problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "Réseau", startup_problem))
    elif open_contacts:  # reseau FILE.vcf (the desktop entry's %f)
        contacts = Path(open_contacts)
        QTimer.singleShot(0, lambda: open_import_wizard(window, contacts))
    elif is_empty(database) and not os.environ.get(QUIT_AFTER_ENV):
        QTimer.singleShot(0, lambda: _offer_demo(window))
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        QTimer.singleShot(int(quit_after), window.close)
