"""What a music school's reviewer quoted from its German prompts.

„Stell … ein Stück aus dem Band-Workshop vor und frag, was die Leute daran interessiert.
Frag, was die Leute daran reizen würde: …“ asked twice; „Erinnere … an euer Angebot“ on the
day the offer opened reminded people of something they had never heard of; and „…, schön,
von Ihnen zu lesen!“ was the plan's most-used sentence. None of them comes back in the
German examples, and the greeting has company.
"""

from __future__ import annotations

import re

from dialogplan.render import render
from dialogplan.schedule import schedule_work
from tests.support import PLANS, load_plan

SEAMS = re.compile(r"daran interessiert\. Frag|Erinnere .{0,40} an (?:dein|euer) Angebot")


def test_the_german_examples_have_none_of_the_quoted_seams() -> None:
    german = [p for p in PLANS if load_plan(p).language == "de"]
    greetings = 0
    for path in german:
        strategy = load_plan(path)
        for entry in render(strategy, schedule_work(strategy)):
            assert not SEAMS.search(entry.prompt), entry.prompt
            greetings += "Einzeiler: „…, schön, von" in entry.prompt
            assert not entry.prompt.startswith("Erinnere"), entry.prompt
    assert german
    assert greetings <= 2
