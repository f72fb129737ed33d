"""User preferences: a JSON file in the platformdirs config folder, read with validation.

The keys are documented in docs/preferences.md (other areas read them: follow-ups, agenda
checks). Backup retention is not here: it lives in the database (issue 7's Sauvegardes dialog),
shared by everyone who uses it. Loading never fails: a file that cannot be read or parsed gives the defaults
and a message, and is left as it is on disk until the user saves the Préférences dialog (so a
hand-edited file with a typo is not lost). A readable file with one bad value keeps the rest and
says which value was ignored. Keys this version does not know are kept when saving, so that a
newer Réseau's settings survive a round trip through an older one.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from reseau.core.agenda import CheckSettings
from reseau.core.messages import Message, tr
from reseau.core.paths import config_folder

SETTINGS_FILE = "settings.json"
ENV_SETTINGS = "RESEAU_SETTINGS"  # a path: tests and portable installs
FORMAT = 1
LANGUAGES = ("system", "fr", "en")


@dataclass(frozen=True)
class FollowUpSettings:
    default_days: int = 90  # cadence proposed for a new person's follow-ups
    due_soon_days: int = 7  # "cette semaine" in the À relancer list
    horizon_days: int = 60  # exchanges shown ahead on the Tableau de bord


@dataclass(frozen=True)
class AgendaSettings:
    """Default thresholds of the agenda checks (issue 5), for a mission without its own
    (Agenda › Paramètres… sets a mission's own, stored in the database). Same names as
    ``reseau.core.agenda.CheckSettings``."""

    exchange_ratio: float = 1.0  # A2: exchange/question time ÷ presentation time, at least
    required_sectors: tuple[str, ...] = ("santé", "éducation", "emploi")  # A4
    debrief_every_days: int = 1  # A5: a participants-only debrief at least every N days


@dataclass(frozen=True)
class Settings:
    language: str = "system"  # "system", "fr" or "en"
    database_path: str = ""  # "" = the user data folder
    server_url: str = ""  # team mode: a PostgreSQL URL; wins over database_path when set
    follow_up: FollowUpSettings = field(default_factory=FollowUpSettings)
    agenda: AgendaSettings = field(default_factory=AgendaSettings)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["agenda"]["required_sectors"] = list(self.agenda.required_sectors)
        return {"format": FORMAT, **data}


def agenda_defaults(settings: Settings) -> CheckSettings:
    """The agenda checks' thresholds for a mission without its own, from the Préférences: the
    window and the command line both pass this to reseau.services.agenda (no global)."""
    agenda = settings.agenda
    return CheckSettings(agenda.exchange_ratio, agenda.required_sectors, agenda.debrief_every_days)


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    problems: tuple[Message, ...] = ()  # what to tell the user; empty when all went well
    readable: bool = True  # False: the file could not be read at all (defaults in use)


def settings_path() -> Path:
    env = os.environ.get(ENV_SETTINGS)
    return Path(env).expanduser() if env else config_folder() / SETTINGS_FILE


def _check(name: str, value: Any, default: Any, problems: list[Message]) -> Any:
    """``value`` if it has the type (and range) of ``default``, else ``default`` with a problem."""
    ok: bool
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100_000
    elif isinstance(default, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100
        value = float(value) if ok else value
    elif isinstance(default, tuple):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    else:
        ok = isinstance(value, str)
    if name == "language" and value not in LANGUAGES:
        ok = False
    if not ok:
        problems.append(
            tr("« {name} » : valeur {value} ignorée", name=name, value=json.dumps(value, ensure_ascii=False))
        )
        return default
    return value


def _section(cls: Any, name: str, data: Any, problems: list[Message]) -> Any:
    default = cls()
    if data is None:
        return default
    if not isinstance(data, dict):
        problems.append(tr("« {name} » : une section était attendue", name=name))
        return default
    values = {
        f.name: _check(f"{name}.{f.name}", data[f.name], getattr(default, f.name), problems)
        for f in fields(cls)
        if f.name in data
    }
    return replace(default, **values)


def parse(data: Any) -> tuple[Settings, list[Message]]:
    """Settings from decoded JSON, and the problems found (each value checked on its own)."""
    problems: list[Message] = []
    if not isinstance(data, dict):
        return Settings(), [tr("le fichier ne contient pas un objet JSON")]
    default = Settings()
    scalars = {
        name: _check(name, data[name], getattr(default, name), problems)
        for name in ("language", "database_path", "server_url")
        if name in data
    }
    return (
        replace(
            default,
            **scalars,
            follow_up=_section(FollowUpSettings, "follow_up", data.get("follow_up"), problems),
            agenda=_section(AgendaSettings, "agenda", data.get("agenda"), problems),
        ),
        problems,
    )


class SettingsStore:
    """The preferences in use (``current``) and the file they come from (None: memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.current = Settings()
        self._extra: dict[str, Any] = {}
        self.load_message: Message | None = None  # what went wrong at the last load (Préférences dialog)

    @classmethod
    def in_memory(cls, settings: Settings | None = None) -> SettingsStore:
        store = cls(None)
        store.current = settings or Settings()
        return store

    def load(self) -> Loaded:
        loaded = self._load()
        self.load_message = loaded.problems[0] if loaded.problems else None
        return loaded

    def _load(self) -> Loaded:
        if self.path is None or not self.path.exists():
            return Loaded(self.current)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            detail: str | Message = (
                tr("ligne {line}, colonne {column}", line=exc.lineno, column=exc.colno)
                if isinstance(exc, json.JSONDecodeError)
                else str(exc)
            )
            self.current = Settings()
            return Loaded(
                self.current,
                (
                    tr(
                        "Les préférences {path} sont illisibles ({detail}) : les valeurs par défaut sont "
                        "utilisées et le fichier ne sera remplacé que lorsque vous enregistrerez "
                        "vos préférences.",
                        path=str(self.path),
                        detail=detail,
                    ),
                ),
                readable=False,
            )
        self.current, problems = parse(data)
        known = {f.name for f in fields(Settings)} | {"format"}
        self._extra = {k: v for k, v in data.items() if k not in known} if isinstance(data, dict) else {}
        if problems:
            problems = [
                tr(
                    "Préférences {path} : {problems} (valeurs par défaut utilisées).",
                    path=str(self.path),
                    problems=_joined(problems),
                )
            ]
        return Loaded(self.current, tuple(problems))

    def save(self, settings: Settings) -> None:
        """Write atomically (a crash mid-write leaves the old file), then use ``settings``."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({**self._extra, **settings.to_json()}, ensure_ascii=False, indent=2)
            handle, temp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=self.path.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text + "\n")
                os.replace(temp, self.path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        self.current = settings


def _joined(messages: list[Message]) -> Message:
    """Several messages as one, separated by "; " (each still translated on its own)."""
    holes = tuple((f"m{i}", m) for i, m in enumerate(messages))
    return Message("; ".join("{" + name + "}" for name, _ in holes), holes)
