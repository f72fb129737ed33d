"""The identity rule (core.identity): corroborated matches only, and keys that agree with it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reseau.core.identity import (
    SAME_PERSON,
    Evidence,
    Identity,
    IdentityIndex,
    evidence,
    keys_of,
    possible_keys,
    same_person,
    sure_keys,
)
from reseau.core.normalize import fold, name_key

MARIE = name_key("Marie", "Tremblay")


def test_email_alone_is_the_same_person() -> None:
    a = Identity(name=MARIE, emails=("m.tremblay@cisss.qc.ca",))
    b = Identity(name=name_key("Anne", "Roy"), emails=("m.tremblay@cisss.qc.ca",))
    assert evidence(a, b) == (Evidence.EMAIL,) and same_person(a, b)


def test_a_name_needs_corroboration() -> None:
    cisss = Identity(
        MARIE, fold("CISSS de la Capitale-Nationale"), ("marie.tremblay@cisss.qc.ca",), ("+14185550100",)
    )
    caf = Identity(MARIE, fold("CAF de la Gironde"), ("mtremblay@caf.fr",), ("+33556001122",))
    assert evidence(cisss, caf) == (Evidence.NAME_ONLY,) and not same_person(cisss, caf)
    same_org = Identity(MARIE, fold("CISSS de la Capitale Nationale"))
    assert evidence(cisss, same_org) == (Evidence.NAME_ORGANIZATION,)
    same_phone = Identity(MARIE, phones=("+14185550100",))
    assert evidence(cisss, same_phone) == (Evidence.NAME_PHONE,)
    same_domain = Identity(MARIE, emails=("mtremblay@cisss.qc.ca",))
    assert evidence(cisss, same_domain) == (Evidence.NAME_DOMAIN,)
    assert all(same_person(cisss, other) for other in (same_org, same_phone, same_domain))


def test_public_mail_domains_prove_nothing() -> None:
    a = Identity(MARIE, emails=("marie.t@gmail.com",))
    b = Identity(MARIE, emails=("tremblay.marie@gmail.com",))
    assert evidence(a, b) == (Evidence.NAME_ONLY,)


def test_a_shared_phone_alone_is_only_possible() -> None:
    a = Identity(MARIE, "cisss", phones=("+14185550100",))
    colleague = Identity(name_key("Julie", "Roy"), "cisss", phones=("+14185550100",))
    assert evidence(a, colleague) == (Evidence.PHONE_ONLY,) and not same_person(a, colleague)


def test_a_name_counts_only_with_both_parts() -> None:
    # The importer and Doublons give a name key only to records with a first and a last name.
    a, b = Identity(name="", organization="cisss"), Identity(name="", organization="cisss")
    assert evidence(a, b) == ()
    assert sure_keys(a) == [] and possible_keys(a) == []


def test_name_folding_spellings() -> None:
    assert name_key("Éric", "St-Amand-Massé") == name_key("eric", "Saint Amand Masse")
    assert name_key("Marie-Ève", "Sainte-Croix") == name_key("Marie Eve", "Ste Croix")
    assert name_key("JEAN", "D'Aoust") == name_key("Jean", "d aoust")


def test_index_finds_the_strongest_key_first_and_lists_possible_ones() -> None:
    index: IdentityIndex[int] = IdentityIndex()
    index.add(keys_of(Identity(MARIE, "cisss", ("marie@cisss.qc.ca",), ("+14185550100",))), 1)
    index.add(keys_of(Identity(name_key("Anne", "Roy"), "caf", ("anne@caf.fr",), ("+33556001122",))), 2)
    row = Identity(MARIE, "cisss", ("anne@caf.fr",), ())
    found = index.find(keys_of(row))
    assert found is not None and (found.target, found.evidence) == (2, Evidence.EMAIL)
    homonym = Identity(MARIE, "caf", ("mt@caf.fr",), ("+33556001122",))
    assert index.find(keys_of(homonym)) is None
    assert [(m.target, m.evidence) for m in index.possible_matches(keys_of(homonym))] == [
        (1, Evidence.NAME_ONLY),
        (2, Evidence.PHONE_ONLY),
    ]


_names = st.sampled_from(["", MARIE, name_key("Anne", "Roy")])
_orgs = st.sampled_from(["", "cisss", "caf"])
_emails = st.lists(
    st.sampled_from(["a@cisss.qc.ca", "b@cisss.qc.ca", "c@caf.fr", "d@gmail.com", "e@gmail.com"]),
    max_size=2,
    unique=True,
)
_phones = st.lists(st.sampled_from(["+14185550100", "+14185550101", "+33556001122"]), max_size=2, unique=True)
_identities = st.builds(Identity, _names, _orgs, _emails.map(tuple), _phones.map(tuple))


@given(_identities, _identities)
def test_keys_agree_with_the_rule(a: Identity, b: Identity) -> None:
    """The import matches with dict keys, Doublons asks ``evidence``: they must agree."""
    shared_sure = [kind for kind, key in sure_keys(a) if key in {k for _, k in sure_keys(b)}]
    found = evidence(a, b)
    assert bool(shared_sure) == same_person(a, b)
    if shared_sure:
        assert found[0] == min(shared_sure, key=list(Evidence).index)
        assert set(shared_sure) == {e for e in found if e in SAME_PERSON}
    shared_possible = {k for _, k in possible_keys(a)} & {k for _, k in possible_keys(b)}
    if not shared_sure:
        assert bool(shared_possible) == bool(found)
        assert all(e not in SAME_PERSON for e in found)
    assert evidence(a, b) == evidence(b, a)


@given(st.lists(_identities, min_size=1, max_size=8))
def test_take_new_is_possible_matches_then_add(rows: list[Identity]) -> None:
    """``take_new`` (the import's one pass for a new row) gives what ``possible_matches`` then
    ``add`` give: the same possible duplicates, the same index, and the keys the row took."""
    fused: IdentityIndex[int] = IdentityIndex()
    plain: IdentityIndex[int] = IdentityIndex()
    for target, row in enumerate(rows):
        keys = keys_of(row)
        assert fused.find(keys) == plain.find(keys)
        if plain.find(keys) is not None:
            fused.add(keys, target)
            plain.add(keys, target)
            continue
        before = dict(plain.by_key)
        expected = plain.possible_matches(keys)
        plain.add(keys, target)
        taken, found = fused.take_new(keys, target)
        assert found == expected
        assert fused.by_key == plain.by_key
        assert set(taken) == {k for k, v in plain.by_key.items() if v == target and k not in before}
