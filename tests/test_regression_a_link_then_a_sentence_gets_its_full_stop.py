"""Regression: „… Hinweis auf den Ferienkurs: https://fahrschule.example/ferienkurs Hat noch
niemand geantwortet, …“ (r580, and 115 prompts of the review strategies). A link that ends
a sentence gets its full stop, also where the template left two spaces or a line break
before the next sentence (an empty part between them).
"""

from __future__ import annotations

import pytest
from jinja2 import Environment

from dialogplan.prompt_templates import render_prompt

URL = "https://fahrschule.example/ferienkurs"


@pytest.mark.parametrize("gap", [" ", "  ", "\n", " {{ empty }} "])
def test_a_link_ending_a_sentence_gets_its_full_stop(gap: str) -> None:
    template = Environment(autoescape=False).from_string(  # noqa: S701 - plain text, no HTML
        "Wer mehr wissen will, bekommt den Link: {{ url }}" + gap + "Hat noch niemand geantwortet?"
    )
    said = render_prompt(template, {"url": URL, "empty": ""})
    assert said == f"Wer mehr wissen will, bekommt den Link: {URL}. Hat noch niemand geantwortet?"
