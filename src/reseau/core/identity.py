"""Who is the same person: the one identity rule of the import and of Outils › Doublons.

**The rule.** Two records describe the same person only with corroboration:

1. the same normalised e-mail address (« même courriel »): one mailbox, one person;
2. the same folded name (``core.normalize.name_key``: case, accents, hyphens and « St-/Saint »
   ignored) *and* one of
   - the same organization (its folded name: « même nom et même organisation »),
   - the same phone number in E.164 (« même nom et même téléphone »),
   - the same e-mail domain (« même nom et même domaine de courriel »), except the domains
     of public mail providers (gmail.com, videotron.ca, orange.fr…: :data:`PUBLIC_DOMAINS`),
     which anyone can have and so prove nothing.

Anything less never merges and never skips: a shared phone alone (a switchboard: « même
téléphone seulement ») or a name alone (homonyms: « même nom seulement ») makes a *possible*
duplicate, created as a new person and listed for a person to review. A name counts only when
it has both a first and a last name ("Tremblay" alone is not a name to match on).

Examples: « Marie Tremblay » at the CISSS and « Marie Tremblay » at the CAF, with different
e-mails, are two persons (a possible pair, same name only); « Éric St-Amand » and « Eric Saint
Amand » with the same e-mail are one; two colleagues who give the same switchboard number are
two (a possible pair, same phone only); « Anne Roy » of « CLSC Limoilou » twice is one.

**How it is used.** :func:`evidence` compares two identities and is the definition.
:func:`sure_keys` and :func:`possible_keys` give the same answers as dict keys: two identities
share a sure key exactly when :func:`evidence` says they are the same person (a property test
checks it), so the import matches 100,000 rows with dict look-ups (:class:`IdentityIndex`) and
Outils › Doublons groups the whole database by the same keys, then asks :func:`evidence`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Generic, NamedTuple, TypeVar

from reseau.core.messages import Message, tr


class Evidence(StrEnum):
    """Why two records look alike, strongest first (the order of the members)."""

    EMAIL = "email"
    NAME_ORGANIZATION = "name_organization"
    NAME_PHONE = "name_phone"
    NAME_DOMAIN = "name_domain"
    # Possible duplicates only: never enough to merge.
    NAME_ONLY = "name_only"
    PHONE_ONLY = "phone_only"


SAME_PERSON = frozenset(
    {Evidence.EMAIL, Evidence.NAME_ORGANIZATION, Evidence.NAME_PHONE, Evidence.NAME_DOMAIN}
)

EVIDENCE_LABELS: dict[Evidence, Message] = {
    Evidence.EMAIL: tr("même courriel"),
    Evidence.NAME_ORGANIZATION: tr("même nom et même organisation"),
    Evidence.NAME_PHONE: tr("même nom et même téléphone"),
    Evidence.NAME_DOMAIN: tr("même nom et même domaine de courriel"),
    Evidence.NAME_ONLY: tr("même nom seulement"),
    Evidence.PHONE_ONLY: tr("même téléphone seulement"),
}

# Mail providers open to anyone: two homonyms with addresses there are not corroborated.
PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fr", "hotmail.ca", "outlook.com",
        "outlook.fr", "live.com", "live.fr", "live.ca", "msn.com", "yahoo.com", "yahoo.fr", "yahoo.ca",
        "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "protonmail.com", "proton.me",
        "gmx.com", "gmx.fr", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
        "bbox.fr", "videotron.ca", "sympatico.ca", "bell.net", "cogeco.ca", "globetrotter.net",
        "telus.net", "shaw.ca", "rogers.com",
    }
)  # fmt: skip

# Key separator: folded names and organizations are [a-z0-9 ], phones start with "+", e-mails
# hold an "@" and never a control character, so keys of different kinds never collide.
_SEP = "\x1f"


class Identity(NamedTuple):
    """The keys of one record, already normalised (a tuple: built for every imported row).

    ``name`` is the folded "last first" key, "" unless the record has both names;
    ``organization`` the organization's folded name; ``emails`` lower-cased normalised
    addresses; ``phones`` E.164 numbers.
    """

    name: str = ""
    organization: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


def describe(name: str, organization: str) -> Message:
    """A person as the reports name them: « Marie Tremblay » (CISSS de la Capitale-Nationale)."""
    if organization:
        return tr("« {name} » ({organization})", name=name, organization=organization)
    return tr("« {name} »", name=name)


def email_domains(emails: Iterable[str]) -> set[str]:
    """The domains of ``emails`` that can corroborate a name (public providers left out)."""
    domains = {email.rpartition("@")[2] for email in emails}
    return {d for d in domains if d and d not in PUBLIC_DOMAINS}


class Keys(NamedTuple):
    """An identity's keys as plain strings, computed once per record (:func:`keys_of`)."""

    sure: list[str]
    possible: list[str]


def keys_of(identity: Identity) -> Keys:
    """The sure keys (strongest first) and the possible keys of ``identity``.

    The kind of a key shows in its form (:func:`key_evidence`): an e-mail holds an "@" and no
    separator; "name<sep>organization", "name<sep>+phone", "name<sep>@domain"; a bare name;
    a bare "+phone". Plain strings, because the import computes them for every row.
    """
    return keys_for(*identity)


def keys_for(name: str, organization: str, emails: Sequence[str], phones: Sequence[str]) -> Keys:
    """:func:`keys_of` without building an :class:`Identity` first (the import's fast path)."""
    sure = list(emails)
    if not name:
        return _keys((sure, list(phones)))
    prefix = name + _SEP
    if organization:
        sure.append(prefix + organization)
    for phone in phones:
        sure.append(prefix + phone)
    for email in emails:
        domain = email[email.rfind("@") + 1 :]
        if domain and domain not in PUBLIC_DOMAINS:
            sure.append(f"{prefix}@{domain}")
    return _keys((sure, [name, *phones]))


def _keys(values: tuple[list[str], list[str]]) -> Keys:
    """``Keys(*values)`` without the NamedTuple's Python-level constructor (one per imported row)."""
    return tuple.__new__(Keys, values)


def key_evidence(key: str) -> Evidence:
    """What sharing ``key`` (one of :func:`keys_of`) shows."""
    _, sep, rest = key.partition(_SEP)
    if sep:
        return (
            Evidence.NAME_PHONE
            if rest[:1] == "+"
            else Evidence.NAME_DOMAIN
            if rest[:1] == "@"
            else Evidence.NAME_ORGANIZATION
        )
    if "@" in key:
        return Evidence.EMAIL
    return Evidence.PHONE_ONLY if key[:1] == "+" else Evidence.NAME_ONLY


def sure_keys(identity: Identity) -> list[tuple[Evidence, str]]:
    """Keys that, shared by two identities, make them the same person; strongest first."""
    return [(key_evidence(k), k) for k in keys_of(identity).sure]


def possible_keys(identity: Identity) -> list[tuple[Evidence, str]]:
    """Keys that, shared, make a *possible* duplicate (when no sure key is shared)."""
    return [(key_evidence(k), k) for k in keys_of(identity).possible]


def evidence(a: Identity, b: Identity) -> tuple[Evidence, ...]:
    """Everything that makes ``a`` and ``b`` look alike, strongest first; () if nothing.

    They are the same person when the first item is in :data:`SAME_PERSON` (:func:`same_person`).
    """
    found: list[Evidence] = []
    if set(a.emails) & set(b.emails):
        found.append(Evidence.EMAIL)
    same_name = bool(a.name) and a.name == b.name
    shared_phone = bool(set(a.phones) & set(b.phones))
    if same_name:
        corroborated = False
        if a.organization and a.organization == b.organization:
            found.append(Evidence.NAME_ORGANIZATION)
            corroborated = True
        if shared_phone:
            found.append(Evidence.NAME_PHONE)
            corroborated = True
        if email_domains(a.emails) & email_domains(b.emails):
            found.append(Evidence.NAME_DOMAIN)
            corroborated = True
        if not corroborated:
            found.append(Evidence.NAME_ONLY)
    elif shared_phone:
        found.append(Evidence.PHONE_ONLY)
    return tuple(found)


def same_person(a: Identity, b: Identity) -> bool:
    found = evidence(a, b)
    return bool(found) and found[0] in SAME_PERSON


T = TypeVar("T")


class Match(NamedTuple, Generic[T]):
    """A record found in an :class:`IdentityIndex`, and why (a tuple: one per matched row)."""

    target: T
    evidence: Evidence

    @property
    def same_person(self) -> bool:
        return self.evidence in SAME_PERSON


class IdentityIndex(Generic[T]):
    """Records by their identity keys, for matching many rows with dict look-ups.

    The first record to hold a key keeps it (the earliest person, or the first line of a file).
    :meth:`add` returns the keys it took, so that a caller can re-point them (a pending row
    that receives its database id). Sure and possible keys never collide (:func:`keys_of`):
    one dict holds both.
    """

    def __init__(self) -> None:
        self.by_key: dict[str, T] = {}

    def find(self, keys: Keys) -> Match[T] | None:
        """The same person, by the strongest shared key; None if none is shared."""
        get = self.by_key.get
        for key in keys.sure:
            target = get(key)
            if target is not None:
                return Match(target, key_evidence(key))
        return None

    def possible_matches(self, keys: Keys) -> list[Match[T]]:
        """Possible duplicates (one per target, name before phone); call after :meth:`find`."""
        found: list[Match[T]] = []
        get = self.by_key.get
        for key in keys.possible:
            target = get(key)
            if target is not None and all(m.target != target for m in found):
                found.append(Match(target, key_evidence(key)))
        return found

    def take_new(self, keys: Keys, target: T) -> tuple[list[str], list[Match[T]]]:
        """For a record :meth:`find` did not find: :meth:`possible_matches` then :meth:`add` in
        one pass over its keys (the import calls it for every new row). Returns the keys
        ``target`` took and its possible duplicates."""
        by_key = self.by_key
        taken: list[str] = []
        for key in keys.sure:
            if key not in by_key:
                by_key[key] = target
                taken.append(key)
        found: list[Match[T]] = []
        for key in keys.possible:
            holder = by_key.get(key)
            if holder is None:
                by_key[key] = target
                taken.append(key)
            elif holder is not target and all(m.target != holder for m in found):
                found.append(Match(holder, key_evidence(key)))
        return taken, found

    def add(self, keys: Keys, target: T) -> None:
        """Give ``target`` the keys nobody holds yet. A caller that must re-point them later
        (a pending row that receives its database id) keeps ``keys`` and checks
        ``by_key[key] is target``."""
        setdefault = self.by_key.setdefault
        for key in keys.sure:
            setdefault(key, target)
        for key in keys.possible:
            setdefault(key, target)
