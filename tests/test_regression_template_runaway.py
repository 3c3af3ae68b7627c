"""A team template that would loop for ever or fill the memory stops with a located error."""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import PromptTemplateError
from tests.hostile import accepted, example
from tests.support import build

RUNAWAYS = {
    "nested ranges": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    ),
    "loops in loops": (
        "{% set n = range(1000)|list %}\n"
        "{% for a in n %}{% for b in n %}{% for c in n %}{% endfor %}{% endfor %}{% endfor %}"
    ),
    "exponential macro": (
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
    "huge text": "{{ 'x' * 1000000000 }}",
    "huge number": "{{ 9 ** 9999999 }}",
    "huge width": "{{ 'x'|center(1000000000) }}",
    "huge format": "{{ '%0999999999d' % 1 }}",
    "huge method": "{{ '{:>999999999}'.format('x') }}",
    "doubling": "{% set a = 'x' * 90000 %}{{ a ~ a }}",
    "long prompt": "{% for i in range(1000) %}{{ 'Frage ' * 20 }}{% endfor %}",
}


@pytest.mark.parametrize("source", RUNAWAYS.values(), ids=RUNAWAYS.keys())
def test_runaway_template_stops_with_its_name(source: str) -> None:
    strategy = accepted(example("months: 3", "months: 1"))
    with pytest.raises(PromptTemplateError, match=r"^template de/ask\.j2.*: stopped: "):
        build(strategy, {"de/ask.j2": source})


def test_loop_of_a_few_rounds_is_fine() -> None:
    strategy = accepted(example("months: 3", "months: 1"))
    source = "{{ move_label }}: {% for i in range(3) %}{{ i }} {% endfor %}"
    entries = build(strategy, {"de/ask.j2": source}).entries
    assert "Frage stellen: 0 1 2" in {e.prompt for e in entries}
