"""Regression: „hat der Pflegedienst Sonnenhof – Katrin Bär heute Neuigkeiten“.

A community centre's reviewer (r271) read the contact's name as a pasted label: the team had
written the care service and the person it knows there. Such a name is the person's, at the
organisation: „Katrin Bär vom Pflegedienst Sonnenhof“, then „Katrin“, without an article;
not in brackets, which a profile link in brackets followed (r276).
"""

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.names import declined, first_name, organisation, person_at, possessive, spoken
from tests.test_prompt_context import contexts
from tests.test_threads import make


@pytest.mark.parametrize(
    "name", ["Pflegedienst Sonnenhof – Katrin Bär", "Katrin Bär / Pflegedienst Sonnenhof"]
)
def test_the_person_at_an_organisation_is_written_to(name: str) -> None:
    assert person_at(name) == ("Katrin Bär", "Pflegedienst Sonnenhof")
    assert not organisation(name)
    assert first_name(name) == "Katrin"
    said = spoken(name, "de")
    assert said == "Katrin Bär vom Pflegedienst Sonnenhof"
    assert declined(said, "nom") == said


@pytest.mark.parametrize("name", ["Tourismusverein Lindower Seen", "Café Rosa – Bea"])
def test_an_organisation_alone_keeps_its_article(name: str) -> None:
    assert person_at(name) is None
    assert declined(name, "nom").split()[0] in ("der", "das")


def test_a_congratulation_round_names_the_person_at_the_organisation() -> None:
    """A local news site's writer read "Begin with Wrayhaven Harbour Users Association – Gwen
    Prothero" where the round names its first contact."""
    news = (
        "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
        "Harbour Users Association – Gwen Prothero,instagram,@gwen,loose,,"
        "Won the harbour award,2027-02-20,,\n"
    )
    strategy = make().with_people(parse_contacts(news.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "congratulate", "start": "2027-03-03 08:00"}]
    (near,) = contexts(strategy, [rows[0] | {"topic": ""}])(0)["nearby"]
    assert near["name"] == "Gwen Prothero von der Harbour Users Association"
    assert near["first"] == "Gwen"


@pytest.mark.parametrize(
    ("name", "language", "said"),
    [
        (
            "Kirchbrunner Anzeiger – Sabine Hofacker",
            "de",
            "Sabine Hofacker vom Kirchbrunner Anzeiger",
        ),
        (
            "Landfrauen Felsbachtal – Gisela Oberländer",
            "de",
            "Gisela Oberländer von den Landfrauen Felsbachtal",
        ),
        (
            "Ravensholme Courier – Mark Ainsworth",
            "en",
            "Mark Ainsworth from the Ravensholme Courier",
        ),
    ],
)
def test_a_person_after_any_organisation_is_the_person(name: str, language: str, said: str) -> None:
    """Writers of a football club, an adult education centre and others read „Kirchbrunner
    Anzeiger – Sabine Hofacker“ printed raw: the organisation's words were none the list knew."""
    assert spoken(name, language) == said


def test_the_possessive_goes_on_the_person() -> None:
    """A makers' market's writer read "find Gareth Lyle from Clarendon Park Community
    Noticeboard's latest post"."""
    said = spoken("Clarendon Park Community Noticeboard – Gareth Lyle", "en")
    assert possessive(said) == "Gareth Lyle's"
    assert possessive("Firth of Lorn Paddlers") == "Firth of Lorn Paddlers'"


def test_a_household_member_is_named_once() -> None:
    """A farm's reviewer (r282) read „Sabine Brenneisen von der Familie Brenneisen“."""
    assert spoken("Familie Brenneisen – Sabine Brenneisen", "de") == "Sabine Brenneisen"
