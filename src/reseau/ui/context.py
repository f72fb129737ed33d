"""What every view and dialog may need, passed in explicitly (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reseau.core.paths import DataPaths
from reseau.core.settings import SettingsStore
from reseau.ui.change_bus import ChangeBus
from reseau.ui.navigator import Navigator
from reseau.ui.ops.runner import OpRunner


@dataclass(frozen=True)
class AppContext:
    runner: OpRunner
    bus: ChangeBus
    paths: DataPaths | None  # None in team mode (a server URL, no local file)
    language: str = "fr"
    # A database written by a newer Réseau: every write action is disabled (CommandOp refuses).
    read_only: bool = False
    # Preferences (thresholds, defaults): read ``settings.current``; refresh on Changes.settings.
    settings: SettingsStore = field(default_factory=SettingsStore.in_memory)
    # Many persons or journal entries (services.scale): heavy views open on a recent period.
    large: bool = False
    # Choices remembered for this run only (a view's period...), keyed "<view>.<choice>".
    session_choices: dict[str, object] = field(default_factory=dict)
    # Jumps to a record of another area (open_person, open_exchange...): the window attaches it.
    navigator: Navigator = field(default_factory=Navigator)
