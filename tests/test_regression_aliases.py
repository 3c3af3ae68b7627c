"""Anchors and aliases are refused where they stand, before anything is expanded."""

from __future__ import annotations

from tests.hostile import APPENDED, example, problems


def test_recursive_alias_is_refused() -> None:
    found = problems(example(new="x: &a [*a]\n"))
    assert {(p.line, p.path) for p in found} == {(APPENDED, "x"), (APPENDED, "x[0]")}
    assert all("aliases" in p.message for p in found)


def test_billion_laughs_is_refused_without_expanding() -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    found = problems(example(new="\n".join(lines) + "\n"))
    # Nine levels would expand to 387 million values; reading stays within the file's own.
    assert any("anchors (&name) and aliases (*name)" in p.message for p in found)
    assert found[0].line is not None
