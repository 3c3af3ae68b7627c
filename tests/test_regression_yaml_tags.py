"""Tags of every kind are refused with their line, on values and on keys, %TAG handles too."""

from __future__ import annotations

import pytest

from tests.hostile import APPENDED, example, only_problem, problems


@pytest.mark.parametrize("value", ["!!int abc", "!!float abc", "!!str 3", "!foo 3"])
def test_tagged_value_is_located(value: str) -> None:
    problem = only_problem(example("months: 3", f"months: {value}"))
    assert (problem.line, problem.path) == (7, "months")
    assert "is not allowed" in problem.message


def test_tag_in_a_list_is_located() -> None:
    problem = only_problem(example("topics:\n", "topics:\n  - !!bool maybe\n"))
    assert (problem.line, problem.path) == (22, "topics[0]")
    assert "'!!bool'" in problem.message


def test_local_tag_on_a_key_is_located() -> None:
    problem = only_problem(example(new="? !foo k\n: v\n"))
    assert (problem.line, problem.path) == (APPENDED, "k")
    assert "'!foo'" in problem.message


def test_tag_directive_and_its_handle_are_refused() -> None:
    found = problems("%TAG !e! tag:example.com,2000:\n---\n" + example(new="x: !e!foo 1\n"))
    assert [(p.line, p.path) for p in found] == [(1, ""), (APPENDED + 2, "x")]
    assert "%TAG" in found[0].message
