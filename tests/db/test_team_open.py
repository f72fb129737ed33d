"""Team mode at open: a server that is down or refuses the password gives a clear message."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy.exc import OperationalError

from reseau.core.errors import DatabaseOpenError
from reseau.core.team import ENV_DATABASE_URL, database_url
from reseau.db import open as db_open


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_server_down_says_so_and_hides_the_password() -> None:
    url = f"postgresql+psycopg://coord:secret@127.0.0.1:{_free_port()}/reseau?connect_timeout=3"
    with pytest.raises(DatabaseOpenError, match="ne répond pas") as caught:
        db_open.open_url(url)
    assert "secret" not in str(caught.value)
    assert "127.0.0.1" in str(caught.value)


def test_refused_password_is_named() -> None:
    error = OperationalError(
        "connect", {}, Exception('FATAL:  password authentication failed for user "coord"')
    )
    assert str(db_open._server_reason(error)) == "le serveur refuse l'identifiant ou le mot de passe."


def test_url_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    assert database_url(None) is None
    monkeypatch.setenv(ENV_DATABASE_URL, "postgresql+psycopg://x@h/r")
    assert database_url(None) == "postgresql+psycopg://x@h/r"
    assert database_url("postgresql+psycopg://y@h/r") == "postgresql+psycopg://y@h/r"
