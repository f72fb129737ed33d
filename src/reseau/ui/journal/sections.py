"""The journal's sections of the person and organization detail panes: their timelines.

Registered in :mod:`reseau.ui.widgets.detail_sections`; they run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from reseau.core.enums import FollowUpState
from reseau.core.messages import Message
from reseau.services.journal.entries import EntryRow
from reseau.ui.i18n import label, say


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalSections", text)


def _item(entry: EntryRow, lang: str, links: bool) -> str:
    who = escape(entry.who)
    follow = ""
    if entry.follow_up_on and entry.follow_up_state == FollowUpState.OPEN:
        # Double quotes inside tr(): lupdate does not read single-quoted strings.
        when = escape(tr("relance le")) + f" {entry.follow_up_on.isoformat()}"
        follow = f" <span style='color:#b45309'>— {when}</span>"
    summary = f"<br/>{escape(entry.summary)}" if entry.summary else ""
    edit = escape(tr("modifier"))
    return (
        f"<b>{entry.occurred_on.isoformat()}</b> · {escape(label(entry.kind, lang))}"
        + (f" <a href='journal:{entry.id}'>{edit}</a>" if links else "")
        + f" <span style='color:#555'>{who}</span>{follow}{summary}"
    )


def _timeline(entries: Sequence[EntryRow], lang: str, extra: str = "", links: bool = False) -> str:
    """``links``: the hosting view handles ``log-entry:`` and ``journal:<id>`` (PersonsView)."""
    head = "<h3>" + escape(tr("Journal des échanges")) + "</h3>"
    action = "<a href='log-entry:'>" + escape(tr("Consigner un échange…")) + "</a>" if links else ""
    log = f"<p>{action}{extra}</p>" if action or extra else ""
    if not entries:
        return head + log + "<p style='color:#777'>" + escape(tr("Aucun échange consigné.")) + "</p>"
    items = "".join(f"<li>{_item(e, lang, links)}</li>" for e in entries)
    return head + log + f"<ul>{items}</ul>"


def person_journal_section(entries: Sequence[EntryRow], follow_up: Message | None, lang: str) -> str:
    extra = f"<br/><span style='color:#b45309'>{escape(say(follow_up))}</span>" if follow_up else ""
    return _timeline(entries, lang, extra, links=True)


def organization_journal_section(entries: Sequence[EntryRow], lang: str) -> str:
    return _timeline(entries, lang)
