"""Messages of the core: French by default, holes filled, nested messages and enum codes in words."""

from __future__ import annotations

from datetime import date

from reseau.core.enums import ParticipantRole
from reseau.core.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from reseau.core.messages import Message, as_message, tr


def test_str_is_the_french_sentence_with_dates_and_codes_in_words() -> None:
    message = tr(
        "{name} figure deux fois comme « {role} » le {day}.",
        name="Anne Tremblay",
        role=ParticipantRole.DELEGATE,
        day=date(2027, 5, 10),
    )
    assert str(message) == "Anne Tremblay figure deux fois comme «\u00a0délégué\u00a0» le 10 mai 2027."


def test_render_translates_the_template_and_every_nested_message() -> None:
    english = {
        "Fiche introuvable : {what} n° {ident}.": "Record not found: {what} #{ident}.",
        "Personne": "Person",
    }

    def translate(text: str) -> str:
        return english.get(text, text)

    def value(v: object) -> str:
        return v.render(translate, value) if isinstance(v, Message) else str(v)

    error = NotFoundError(tr("Personne"), 7)
    assert error.message.render(translate, value) == "Record not found: Person #7."
    assert str(error) == "Fiche introuvable\u00a0: Personne n° 7."


def test_a_translation_that_lost_a_hole_falls_back_to_the_source_text() -> None:
    message = tr("La personne n° {person_id} n'existe plus.", person_id=3)
    assert message.render(lambda t: "Person {id} is gone.", str) == "La personne n° 3 n'existe plus."


def test_plain_strings_are_kept_verbatim_even_with_braces() -> None:
    message = as_message("valeur {inattendue}")
    assert isinstance(message, Message)
    assert str(message) == "valeur {inattendue}"


def test_validation_and_conflict_errors_read_in_french() -> None:
    error = ValidationError([FieldProblem("title", tr("Le titre est obligatoire."))])
    assert str(error) == "title: Le titre est obligatoire."
    conflict = ConflictError(tr("Échange"), 4, 2, 3)
    assert "Échange n° 4" in str(conflict) and "version 2 attendue, 3 trouvée" in str(conflict)
