"""Composition root: paths -> database (checked, migrated) -> op runner -> QApplication -> window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reseau import __version__
from reseau.core.data_errors import DamagedDatabaseError, UpgradeFailedError
from reseau.core.errors import ReseauError
from reseau.core.paths import ENV_DB, DataPaths, resolve_database
from reseau.core.settings import Loaded, SettingsStore, settings_path
from reseau.core.team import database_url
from reseau.services.database import backups, scale
from reseau.services.database.store import BusyWait, Database, InstanceLock, is_empty, open_sqlite, open_url
from reseau.ui import areas, startup_probe
from reseau.ui.backups.busy import BusySignal
from reseau.ui.change_bus import ChangeBus
from reseau.ui.context import AppContext
from reseau.ui.gc_guard import collect_on_gui_thread, thaw
from reseau.ui.i18n import Translators, say
from reseau.ui.io.menus import open_import_wizard
from reseau.ui.keyboard import install_save_shortcut
from reseau.ui.main_window import MainWindow
from reseau.ui.ops import backups as backup_ops
from reseau.ui.ops.runner import OpRunner
from reseau.ui.read_only import show_read_only_notice
from reseau.ui.style import apply_style

log = logging.getLogger(__name__)
QUIT_AFTER_ENV = "RESEAU_QUIT_AFTER_MS"  # used by smoke tests: show the window, then quit
REOPEN = -42  # _run's code when the window closed to reopen with new preferences
CHECK_AGAIN = -43  # _run's code when the file failed its check after the window opened
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
    with database.engine.connect() as connection:  # no session: the ORM is not imported yet
        return scale.is_large(connection)


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


def _open_local(paths: DataPaths, wait: BusyWait | None = None, defer_check: bool = True) -> Database | None:
    """Open the local file. A damaged file (0 bytes, not SQLite, failing its check, or set aside
    at an earlier start) is never replaced by an empty database: the newest good backup of the
    same database is offered. A failed upgrade left the file as it was: it is said, then quit.

    ``defer_check``: ``quick_check`` runs after the window's first paint (``_StartupChecks``)
    unless the open itself calls for it (after a crash, before an upgrade: ``open_sqlite``)."""
    try:
        return open_sqlite(paths.database, wait=wait, defer_check=defer_check)
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
    check_now = False
    while True:
        settings = SettingsStore(settings_path())
        loaded = settings.load()
        language = _translators.install(loaded.settings.language)
        try:
            code = _run(app, args, settings, loaded, language, check_now)
        finally:
            _translators.remove()  # the application object may outlive this call (tests)
        check_now = code == CHECK_AGAIN
        if code not in (REOPEN, CHECK_AGAIN):
            return code
        thaw()  # the closed window's objects, frozen at its start, can be collected now


def _run(
    app: QApplication,
    args: argparse.Namespace,
    settings: SettingsStore,
    loaded: Loaded,
    language: str,
    check_now: bool = False,
) -> int:
    busy = BusySignal()
    opened = _open_database(args, loaded, busy, defer_check=not check_now)
    if opened is None:
        return 2
    database, paths, location, lock = opened
    window: MainWindow | None = None
    try:
        window = build_window(database, paths, location, settings, language)
        empty = is_empty(database)
    except Exception:
        if window is not None:  # its ops under way end here, unsaid
            window.context.runner.shutdown()
            window.deleteLater()
        _close(database, lock)
        if database.unchecked:
            return CHECK_AGAIN  # unreadable before its check: the check at open says why
        raise
    connect_busy(window, busy)
    checks = _StartupChecks(window, database, paths)
    startup_probe.install(window)  # RESEAU_START_PROBE only (the cold-start benchmark)
    window.show()
    _tell_at_start(window, database, loaded, empty, checks, getattr(args, "open_contacts", None))
    code = app.exec()
    reopen = window.reopen_requested
    window.deleteLater()
    _close(database, lock)
    if checks.findings.damage is not None:
        return CHECK_AGAIN  # the file is set aside by the check at the next open, then offered
    return REOPEN if reopen else code


def _close(database: Database, lock: InstanceLock | None) -> None:
    database.dispose()
    if lock is not None:
        lock.release()


class _StartupChecks(QObject):
    """The integrity check deferred at open and the start-up backup, after the first paint.

    The op is submitted at once (the writer thread's first job: no write starts before the file
    is checked) and waits for the window's first paint, or its closing, to read the file. Until
    it has answered, the failures of other ops (a damaged page read by a list) are held: a
    damaged file closes the window (``run_gui`` opens it again with the check at open, which
    sets the file aside and offers its backup, as before); a sound one lets them be said."""

    def __init__(self, window: MainWindow, database: Database, paths: DataPaths | None) -> None:
        super().__init__(window)
        self.window = window
        self.painted = threading.Event()
        self.findings = backup_ops.StartupFindings()
        self.delivered = False
        self.then: list[Callable[[], None]] = []  # run once the checks have answered
        self._held: list[BaseException] = []
        runner = window.context.runner
        self._handler = runner.failure_handler
        if database.read_only:  # nothing to check before writes: none can happen
            self.findings.done = True
            QTimer.singleShot(0, self._answered)
            return
        runner.failure_handler = self._held.append
        for watched in (window, window.centralWidget()):
            if watched is not None:
                watched.installEventFilter(self)
        backup_ops.startup_checks(runner, paths, self.painted, self.findings).success(
            lambda _findings: self._answered()
        ).failure(lambda error: self._answered(error)).run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted.is_set():
            return False
        if event.type() == QEvent.Type.Close:
            self.painted.set()
        elif event.type() == QEvent.Type.Paint:
            # On the next turn of the event loop, once this paint (the window's, then its
            # areas') is done: the check's thread then imports the ORM and reads the file
            # without competing with the first paint for the interpreter (issue 19.3).
            QTimer.singleShot(0, self, self.painted.set)
        return False

    def _answered(self, error: BaseException | None = None) -> None:
        self.delivered = True
        runner = self.window.context.runner
        runner.failure_handler = self._handler
        kept, self._held = self._held, []
        if self.findings.damage is not None:
            self.window.close()
            return
        for failure in ([error] if error is not None else []) + kept:
            if self._handler is not None:
                self._handler(failure)
        if not os.environ.get(startup_probe.ENV):  # the cold-start benchmark quits at once
            areas.warm_up()  # the areas' modules, off the GUI thread, now that it is idle
        if self.findings.backup_problem is not None:
            QMessageBox.warning(self.window, "Réseau", say(self.findings.backup_problem))
        then, self.then = self.then, []
        for step in then:
            step()

    def after(self, step: Callable[[], None]) -> None:
        """Run ``step`` once the checks have answered (at once if they have)."""
        if self.delivered:
            step()
        else:
            self.then.append(step)


def _open_database(
    args: argparse.Namespace, loaded: Loaded, busy: BusySignal, defer_check: bool = True
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
        opened = _open_local(paths, busy.wait(), defer_check)
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


def _tell_at_start(
    window: MainWindow,
    database: Database,
    loaded: Loaded,
    empty: bool,
    checks: _StartupChecks,
    open_contacts: str | None = None,
) -> None:
    """Problems of the Préférences in the status bar; then, once the window is up, one of: the
    read-only notice, the import wizard on the file given at start (``reseau FILE.vcf``), the
    demo offered to an empty database. A failed start-up backup is said when the checks after
    the first paint answer (``_StartupChecks``)."""
    if loaded.problems:
        window.statusBar().showMessage(" ".join(say(p) for p in loaded.problems))
    if database.read_only:
        QTimer.singleShot(0, lambda: show_read_only_notice(window))
    elif open_contacts:  # reseau FILE.vcf (the desktop entry's %f)
        contacts = Path(open_contacts)
        QTimer.singleShot(0, lambda: open_import_wizard(window, contacts))
    elif empty and not os.environ.get(QUIT_AFTER_ENV):
        QTimer.singleShot(0, lambda: _offer_demo(window))
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:  # smoke tests: once the start-up checks have answered
        checks.after(lambda: QTimer.singleShot(int(quit_after), window.close))
