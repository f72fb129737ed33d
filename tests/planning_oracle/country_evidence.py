"""Oracle (frozen copy, see tests/planning_oracle/__init__.py).

Which country a contact belongs to, from the evidence its row carries, and why.

Réseau files every person under France, Québec or Autre. Files written by Outlook, Google or a
spreadsheet rarely have a country column, and a phone written the national way (``05 56 00 11
22``) can only be read once the country is known. :func:`infer_country` looks at the row's
evidence in a fixed order and stops at the first that speaks:

1. ``basis="country"``: a country or province text (a Pays column, the address's
   « Pays/Région », a Province/État column). « Canada » alone is refined by the Canadian
   evidence below (area code, postal code); without any, it is Québec.
2. ``"phone"``: an international prefix. +33 (and the French overseas departments' codes)
   → France; +1 with a Québec area code → Québec; any other prefix, other +1 included → Autre.
   Prefixes are read with ``phonenumbers``' table of country codes.
3. ``"postal"``: the postal code's shape. Five digits → France; A1A 1A1 → Québec when it starts
   with G, H or J (the Québec forward sortation areas), Autre otherwise.
4. ``"email"``: the e-mail domain. .fr (.gouv.fr) → France; .qc.ca (.gouv.qc.ca), .quebec → Québec.
5. ``"phone_format"``: a number written the national way that only one side writes:
   0X XX XX XX XX → France; ten digits with a Québec area code (514 555-0100) → Québec.
6. ``"city"``: a few large cities whose name says it (Bordeaux, Montréal…).
7. ``"default"``: nothing spoke; the default the user chose.

The answer is a :class:`CountryGuess` whose ``evidence`` is a Message (« indicatif +33 »,
« code postal 33000 », « domaine .fr »…) for the import preview and report. Pure and cached per
distinct value (country text, domain, phone prefix), so it costs little per row of a big file.
The inputs are plain strings: any reader (CSV columns, vCard ADR, structured address parts)
can feed it; :func:`address_hints` pulls country, postal codes and region out of address text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from reseau.core.country_evidence import _US_STATES, _country_line, _country_names
from reseau.core.enums import Country
from reseau.core.messages import Message, tr
from reseau.core.normalize import fold

# Québec's area codes (CRTC numbering plan areas 418/581/367, 514/438/263, 450/579/354, 819/873/468).
QUEBEC_AREA_CODES = frozenset(
    {"263", "354", "367", "418", "438", "450", "468", "514", "579", "581", "819", "873"}
)
# Regions (phonenumbers codes) that are France: the overseas departments and Saint-Pierre-et-Miquelon.
FRENCH_REGIONS = frozenset({"FR", "RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF"})

BASES = ("country", "phone", "postal", "email", "phone_format", "city", "default")
# What each basis is, for a summary (« 12 classées France d'après : domaine du courriel »).
BASIS_LABELS: dict[str, Message] = {
    "country": tr("pays ou province indiqué"),
    "phone": tr("indicatif téléphonique"),
    "postal": tr("code postal"),
    "email": tr("domaine du courriel"),
    "phone_format": tr("format du numéro de téléphone"),
    "city": tr("ville"),
    "default": tr("aucun indice : pays par défaut"),
}


@dataclass(frozen=True)
class CountryGuess:
    country: Country
    basis: str  # one of BASES
    evidence: Message  # what was seen, for people: « indicatif +33 »


_FRANCE_WORDS = {"fr", "fra", "france", "republique francaise", "france metropolitaine"}
_QUEBEC_WORDS = {"qc", "pq", "quebec", "province de quebec", "que"}
_CANADA_WORDS = {"ca", "can", "canada"}
_OTHER_PROVINCES = {
    "on", "ontario", "bc", "british columbia", "colombie britannique", "ab", "alberta", "mb",
    "manitoba", "sk", "saskatchewan", "nb", "new brunswick", "nouveau brunswick", "ns",
    "nova scotia", "nouvelle ecosse", "pe", "pei", "prince edward island", "ile du prince edouard",
    "nl", "newfoundland and labrador", "terre neuve et labrador", "yt", "yukon", "nt",
    "northwest territories", "territoires du nord ouest", "nu", "nunavut",
}  # fmt: skip
# The deliberate change listed in this package's docstring: the live module's set, not a copy.
# France's regions, as a Dép/Région column may hold them.
_FRENCH_REGIONS = {
    "auvergne rhone alpes", "bourgogne franche comte", "bretagne", "centre val de loire", "corse",
    "grand est", "hauts de france", "ile de france", "normandie", "nouvelle aquitaine", "occitanie",
    "pays de la loire", "provence alpes cote d azur", "guadeloupe", "martinique", "guyane",
    "la reunion", "reunion", "mayotte",
}  # fmt: skip
_CITIES = {
    **dict.fromkeys(
        ("paris", "lyon", "marseille", "bordeaux", "toulouse", "lille", "nantes", "strasbourg",
         "rennes", "montpellier", "nice", "grenoble", "dijon", "angers", "nancy", "metz", "rouen",
         "clermont ferrand", "tours", "limoges", "poitiers", "brest", "le mans", "amiens", "caen",
         "besancon", "orleans", "saint etienne", "toulon", "reims", "perpignan", "pau", "bayonne"),
        Country.FRANCE,
    ),
    **dict.fromkeys(
        ("montreal", "quebec", "laval", "gatineau", "longueuil", "sherbrooke", "saguenay", "levis",
         "trois rivieres", "terrebonne", "saint jean sur richelieu", "repentigny", "drummondville",
         "saint jerome", "granby", "blainville", "rimouski", "shawinigan", "victoriaville",
         "rouyn noranda", "val d or", "sept iles", "baie comeau", "alma", "joliette", "chicoutimi"),
        Country.QUEBEC,
    ),
}  # fmt: skip

_FR_POSTAL = re.compile(r"^(?:F-?)?(\d{5})$")
_CA_POSTAL = re.compile(r"^([A-Z]\d[A-Z]) ?(\d[A-Z]\d)$")
# In address text: « 33000 Bordeaux » at the start of a line, or a Canadian code anywhere.
_FR_POSTAL_IN = re.compile(r"(?m)^\s*(?:F-?)?(\d{5})\s+\S")
_CA_POSTAL_IN = re.compile(r"\b([A-Za-z]\d[A-Za-z]) ?(\d[A-Za-z]\d)\b")
_PHONE_CHARS = re.compile(r"^[+0-9 ().\-/]+$")


def infer_country(
    country_text: str = "",
    region: str = "",
    postal_codes: Sequence[str] = (),
    city: str = "",
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    default: Country = Country.QUEBEC,
) -> CountryGuess:
    """The country of one contact and the evidence for it; see the module docstring."""
    canada: CountryGuess | None = None
    if country_text:
        said = _from_country_text(country_text)
        if said is not None and said.basis != "canada":
            return said
        canada = said
    if region:
        said = _from_region(region)
        if said is not None:
            return said
    # Canada without a province: the Canadian evidence below tells Québec from the rest.
    shapes: list[CountryGuess] = []
    found = _from_phones(phones, canada, shapes) or _from_postal_codes(postal_codes, canada)
    if found is not None:
        return found
    if canada is not None:
        return CountryGuess(Country.QUEBEC, "country", canada.evidence)
    found = next(filter(None, map(email_evidence, emails)), None)
    if found is not None:
        return found
    if shapes:
        return shapes[0]
    return (_from_city(city) if city else None) or _default(default)


def _agrees(found: CountryGuess | None, canada: CountryGuess | None) -> bool:
    """Evidence that decides: any, except France once the country text said Canada."""
    return found is not None and (canada is None or found.country is not Country.FRANCE)


def _from_phones(
    phones: Sequence[str], canada: CountryGuess | None, shapes: list[CountryGuess]
) -> CountryGuess | None:
    """The first international prefix that decides; the national shapes seen on the way go to
    ``shapes`` (weaker evidence, used after the e-mails)."""
    for raw in phones:
        found, shape = _phone_guesses(raw)
        if _agrees(found, canada):
            return found
        if shape is not None:
            shapes.append(shape)
    return None


def _from_postal_codes(postal_codes: Sequence[str], canada: CountryGuess | None) -> CountryGuess | None:
    for code in postal_codes:
        found = postal_evidence(code)
        if _agrees(found, canada):
            return found
    return None


@lru_cache(maxsize=8)
def _default(country: Country) -> CountryGuess:
    return CountryGuess(country, "default", tr("aucun indice : pays par défaut"))


@lru_cache(maxsize=1024)
def _from_country_text(text: str) -> CountryGuess | None:
    key = fold(text)
    if not key:
        return None
    shown = text.strip()
    if key in _FRANCE_WORDS:
        return CountryGuess(Country.FRANCE, "country", tr("pays « {value} »", value=shown))
    if key in _QUEBEC_WORDS:
        return CountryGuess(Country.QUEBEC, "country", tr("pays « {value} »", value=shown))
    if key in _CANADA_WORDS:
        # Refined by the caller; "canada" is a marker, never returned as such.
        return CountryGuess(
            Country.QUEBEC, "canada", tr("pays « {value} » (province non précisée)", value=shown)
        )
    if key in _OTHER_PROVINCES:
        return CountryGuess(Country.OTHER, "country", tr("province « {value} »", value=shown))
    country = Country.FRANCE if _country_names().get(key) in FRENCH_REGIONS else Country.OTHER  # live
    return CountryGuess(country, "country", tr("pays « {value} »", value=shown))


@lru_cache(maxsize=1024)
def _from_region(text: str) -> CountryGuess | None:
    key = fold(text)
    shown = text.strip()
    if key in _QUEBEC_WORDS:
        return CountryGuess(Country.QUEBEC, "country", tr("province « {value} »", value=shown))
    if key in _OTHER_PROVINCES:
        return CountryGuess(Country.OTHER, "country", tr("province « {value} »", value=shown))
    if key in _FRENCH_REGIONS:
        return CountryGuess(Country.FRANCE, "country", tr("région « {value} »", value=shown))
    if key in _US_STATES:
        return CountryGuess(Country.OTHER, "country", tr("État « {value} »", value=shown))
    return None


def country_from_text(text: str) -> Country | None:
    """The country a country or province text names (« Canada » alone: Québec); None if empty."""
    said = _from_country_text(text)
    return None if said is None else said.country


def phone_evidence(raw: str) -> CountryGuess | None:
    """The country of a number written with its international prefix (+33, 0033, +1 514…)."""
    return _phone_guesses(raw)[0]


_NO_GUESS: tuple[CountryGuess | None, CountryGuess | None] = (None, None)


def _phone_guesses(raw: str) -> tuple[CountryGuess | None, CountryGuess | None]:
    """(what its international prefix says, what its national shape says), digits read once."""
    text = raw.strip()
    if not text or not _PHONE_CHARS.match(text):
        return _NO_GUESS
    # ASCII only past the match: bytes.translate is the fastest way to keep the digits.
    digits = text.encode("ascii").translate(None, b"+ ().-/").decode("ascii")
    if text[0] == "+":
        international = digits
    elif text.startswith("00"):
        international = digits[2:]
    elif text.startswith("011"):  # dialled from North America
        international = digits[3:]
    elif len(digits) == 11 and digits[0] == "1":  # 1 514 555-0100: the NANP trunk prefix, as good as +1
        international = digits
    else:
        international = ""
    if international:
        return (_prefix_evidence(international[:4]) if len(international) >= 7 else None), None
    if len(digits) != 10:
        return _NO_GUESS
    if digits[0] == "0" and digits[1] != "0":
        said = tr("numéro au format français {number}", number=text)
        return None, CountryGuess(Country.FRANCE, "phone_format", said)
    if digits[:3] in QUEBEC_AREA_CODES:
        return None, _area_evidence(digits[:3])
    return _NO_GUESS


@lru_cache(maxsize=64)
def _area_evidence(area: str) -> CountryGuess:
    return CountryGuess(Country.QUEBEC, "phone_format", tr("indicatif régional {area}", area=area))


@lru_cache(maxsize=4096)
def _prefix_evidence(head: str) -> CountryGuess | None:
    for size in (1, 2, 3):
        code = head[:size]
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(code)) if code.isdigit() else None
        if not regions:
            continue
        if code == "1":
            area = head[1:4]
            if area in QUEBEC_AREA_CODES:
                return CountryGuess(Country.QUEBEC, "phone", tr("indicatif +1 {area} (Québec)", area=area))
            return CountryGuess(Country.OTHER, "phone", tr("indicatif +1 {area}", area=area))
        if regions[0] in FRENCH_REGIONS:
            return CountryGuess(Country.FRANCE, "phone", tr("indicatif +{code}", code=code))
        return CountryGuess(Country.OTHER, "phone", tr("indicatif +{code}", code=code))
    return None


def postal_evidence(raw: str) -> CountryGuess | None:
    """Five digits: France; A1A 1A1: Québec if it starts with G, H or J, else Autre."""
    code = raw.strip().upper()
    if _FR_POSTAL.match(code):
        return CountryGuess(Country.FRANCE, "postal", tr("code postal {code}", code=code))
    match = _CA_POSTAL.match(code)
    if match:
        shown = f"{match.group(1)} {match.group(2)}"
        if code[0] in "GHJ":
            return CountryGuess(Country.QUEBEC, "postal", tr("code postal {code}", code=shown))
        return CountryGuess(Country.OTHER, "postal", tr("code postal {code} (hors Québec)", code=shown))
    return None


def email_evidence(raw: str) -> CountryGuess | None:
    """.fr → France; .qc.ca, .quebec → Québec; any other domain says nothing."""
    _, at, domain = raw.strip().rpartition("@")
    return _domain_evidence(domain.lower().rstrip(".")) if at else None


@lru_cache(maxsize=4096)
def _domain_evidence(domain: str) -> CountryGuess | None:
    if domain.endswith(".gouv.fr"):
        return CountryGuess(Country.FRANCE, "email", tr("domaine {domain}", domain=".gouv.fr"))
    if domain.endswith(".fr"):
        return CountryGuess(Country.FRANCE, "email", tr("domaine {domain}", domain=".fr"))
    for suffix in (".gouv.qc.ca", ".qc.ca", ".quebec"):
        if domain.endswith(suffix):
            return CountryGuess(Country.QUEBEC, "email", tr("domaine {domain}", domain=suffix))
    return None


@lru_cache(maxsize=1024)
def _from_city(text: str) -> CountryGuess | None:
    country = _CITIES.get(fold(text))
    if country is None:
        return None
    return CountryGuess(country, "city", tr("ville « {city} »", city=text.strip()))


@dataclass(frozen=True)
class AddressHints:
    country_text: str = ""
    region: str = ""
    postal_codes: tuple[str, ...] = ()
    city: str = ""


_NO_HINTS = AddressHints()


def address_hints(addresses: Iterable[str]) -> AddressHints:
    """What address text says: a last line naming a country or a province, postal codes
    (« 33000 Bordeaux » at a line start, H2X 1Y4 anywhere) and the city after a French code."""
    country = region = city = ""
    postal: list[str] = []
    for address in addresses:
        lines = [line.strip() for line in address.splitlines() if line.strip()]
        if not lines:
            continue
        country = country or _country_line(lines[-1])
        region = region or _region_line(lines[1:], country)
        postal += [f"{m.group(1)} {m.group(2)}".upper() for m in _CA_POSTAL_IN.finditer(address)]
        after_code = _french_codes(lines, postal)
        city = city or after_code
    if not (country or region or postal or city):
        return _NO_HINTS
    return AddressHints(country, region, tuple(postal), city)


def _region_line(lines: Sequence[str], country: str) -> str:
    """A province or region is a line of its own (a line « Ontario » above « Canada »), never a
    street: ``lines`` leave the first one out."""
    for line in lines:
        key = fold(line)
        if key in _OTHER_PROVINCES or key in _FRENCH_REGIONS or (key in _QUEBEC_WORDS and line != country):
            return line
    return ""


def _french_codes(lines: Sequence[str], postal: list[str]) -> str:
    """French postal codes at a line's start go to ``postal``; the city after the first one."""
    city = ""
    for line in lines:
        french = _FR_POSTAL_IN.match(line)
        if french:
            postal.append(french.group(1))
            city = city or line[french.end(1) :].strip()
    return city
