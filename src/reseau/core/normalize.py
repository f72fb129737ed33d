"""Normalisation of names, e-mail addresses and phone numbers.

Phones use the ``phonenumbers`` library (E.164, default region from the country: FR or CA);
e-mails use ``email-validator`` without DNS look-ups, since the app runs offline.
"""

from __future__ import annotations

import re
import unicodedata

from reseau.core.enums import Country
from reseau.core.messages import Message, tr

# phonenumbers and email_validator (0.2 s of imports) are imported where a number or an
# address is read or shown, not when the window starts (docs/performance.md).

_SAINT = re.compile(r"\b(ste?)\b\.?", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


class _CombiningMarks(dict[int, int | None]):
    """For ``str.translate``: a combining mark maps to None (dropped), any other character to
    itself; each code point is looked up once, then answered by the dict in C."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used to match names.

    "Saint-Amand", "St-Amand" and "st amand" give the same key; "Massé" and "MASSE" too.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    # str.translate drops the combining marks in C: a picker folds 2,000 names when it opens.
    ascii_only = decomposed.lower() if decomposed.isascii() else decomposed.translate(_MARKS).lower()
    ascii_only = _SAINT.sub(lambda m: "sainte" if m.group(1).lower() == "ste" else "saint", ascii_only)
    return _NON_WORD.sub(" ", ascii_only).strip()


def name_key(first_name: str, last_name: str) -> str:
    """A person's folded name, "last first": the name that ``core.identity`` compares.

    One person spelled "Éric St-Amand-Massé" and "eric saint amand masse" has one key.
    """
    return fold(f"{last_name} {first_name}")


def region_for(country: Country | None) -> str:
    """The phonenumbers region used to read a number written without its country code."""
    return "FR" if country == Country.FRANCE else "CA"


class InvalidInput(ValueError):
    """A value that cannot be normalised; ``message`` says why (``str()`` is the French)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


class InvalidPhone(InvalidInput):
    pass


class InvalidEmail(InvalidInput):
    pass


def normalize_phone(raw: str, country: Country | None) -> str:
    """``raw`` as E.164 ("+33556001122"); raises :class:`InvalidPhone` with a French reason."""
    text = raw.strip()
    if not text:
        raise InvalidPhone(tr("numéro vide"))
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region_for(country))
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(tr("« {value} » n'est pas un numéro de téléphone", value=text)) from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(
            tr("« {value} » n'est pas un numéro valide pour {region}", value=text, region=region_for(country))
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """A stored E.164 number in the international format people read ("+33 5 56 00 11 22")."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# email-validator explains in English; the user reads French.
_EMAIL_REASONS = (
    ("An email address must have an @-sign", tr("il manque le @")),
    ("There must be something after the @-sign", tr("il manque le domaine après le @")),
    ("There must be something before the @-sign", tr("il manque le nom avant le @")),
    (
        "The part after the @-sign is not valid. It should have a period",
        tr("le domaine doit contenir un point"),
    ),
    ("The email address contains invalid characters", tr("l'adresse contient des caractères non permis")),
    ("The email address is too long", tr("l'adresse est trop longue")),
)


def _email_reason(message: str) -> Message:
    for english, french in _EMAIL_REASONS:
        if message.startswith(english):
            return french
    return tr("format non valide")


def normalize_email(raw: str) -> str:
    """The normalised address; raises :class:`InvalidEmail` with the validator's reason."""
    text = raw.strip()
    if not text:
        raise InvalidEmail(tr("adresse vide"))
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        reason = _email_reason(str(exc))
        raise InvalidEmail(
            tr("« {value} » n'est pas une adresse valide : {reason}", value=text, reason=reason)
        ) from exc
    return str(result.normalized)


def display_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part).strip()


def organization_short(name: str, acronym: str | None, city: str | None) -> str:
    """An organization in a narrow column: « CAF (Rennes) » when the acronym has a city to tell
    it from the other CAFs, else the whole name (views elide it in the middle, where two names
    of one network differ least: « Caisse d'allo…de la Gironde »). An acronym alone named three
    different CAFs « CAF » (issue 16.4)."""
    if acronym and city:
        return f"{acronym} ({city})"
    return name
