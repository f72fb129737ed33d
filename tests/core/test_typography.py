"""French typography in one place: the no-break spaces of the OQLF, applied to the catalog,
to core messages and to the command line's output."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reseau.core.messages import tr
from reseau.core.typography import NARROW_NBSP, NBSP, french, plain_space_problems

ROOT = Path(__file__).resolve().parents[2]


def test_the_spaces_of_the_oqlf() -> None:
    assert french("Début : 15 mars") == f"Début{NBSP}: 15 mars"
    assert french("le fichier « Contacts »") == f"le fichier «{NBSP}Contacts{NBSP}»"
    thin = NARROW_NBSP
    assert french("Vraiment ? Oui ! Puis ; fin") == f"Vraiment{thin}? Oui{thin}! Puis{thin}; fin"
    assert french("Nom  :") == f"Nom{NBSP}:"  # a run of spaces is one space


@pytest.mark.parametrize(
    "text", ["10:30", "https://exemple.qc.ca/a?b=1", "«mot»", "color: #b00020;", "", "Plain"]
)
def test_text_without_a_written_space_is_left_alone(text: str) -> None:
    assert french(text) == text


def test_twice_is_once() -> None:
    once = french("« Journal » : Oui ?")
    assert french(once) == once and plain_space_problems(once) == []


def _catalog_texts() -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / "reseau_fr.ts")
    texts = [node.text or "" for node in tree.iter() if node.tag in ("translation", "numerusform", "source")]
    return [text for text in texts if text]


def test_every_french_catalog_string_comes_out_typeset() -> None:
    texts = _catalog_texts()
    assert len(texts) > 1000
    assert sum(1 for text in texts if plain_space_problems(text)) > 100  # the source strings: plain
    problems = [found for text in texts for found in plain_space_problems(french(text))]
    assert problems == []


def test_a_message_said_in_french_is_typeset_but_its_values_are_not_touched() -> None:
    message = tr("Le fichier « {name} » est illisible : {why}", name="notes : à voir", why="vide")
    said = str(message)
    assert said == f"Le fichier «{NBSP}notes : à voir{NBSP}» est illisible{NBSP}: vide"


def test_plain_space_problems_finds_each_place() -> None:
    assert len(plain_space_problems("« a » : b ?")) == 4
