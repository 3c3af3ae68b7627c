"""„Wo jemand mehr wissen will, weise auf euren Termin „Pfingst-Dampffest“ am 15. und 16. Mai hin“.

A museum railway's reviewer (r392) read its festival named as an appointment in quotes,
because the event had no short form. Where the title's own gender is sure, the title is the
noun („auf das Pfingst-Dampffest“); where it is not („Offene Bühne im März“), the quoted
name stays, and a job's or an appeal's title is never read as an event.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

MACRO = '{% import "de/_macros.j2" as m %}{{ m.ev_mit(ev, prep) }}'

CASES = [
    ("Pfingst-Dampffest", "auf", "auf das Pfingst-Dampffest"),
    ("Wiedereinweihung der Orgel in Wettersdorf", "zu",
     "zur Wiedereinweihung der Orgel in Wettersdorf"),
    ("Sonntagsfahrten durchs Ohlbachtal", "zu", "zu den Sonntagsfahrten durchs Ohlbachtal"),
    ("Offene Bühne im März", "auf", "auf [deinen|euren] Termin „Offene Bühne im März“"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "prep", "said"), CASES)
def test_a_title_of_sure_gender_is_the_noun(title: str, prep: str, said: str) -> None:
    event = {"title": title, "noun": "", "kind": "event", "day": None}
    assert environment().from_string(MACRO).render(ev=event, prep=prep) == said


def test_a_job_keeps_its_own_word() -> None:
    job = {"title": "Aushilfe im Laden", "noun": "", "kind": "offer", "day": None, "job": True}
    said = environment().from_string(MACRO).render(ev=job, prep="auf")
    assert said == "auf [deine|eure] Stellenanzeige „Aushilfe im Laden“"
