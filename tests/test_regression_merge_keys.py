"""A merge key is refused at its line instead of failing in PyYAML's constructor."""

from __future__ import annotations

from tests.hostile import example, problems


def test_merge_key_is_located() -> None:
    text = example("  linkedin:\n", "  linkedin:\n    <<: {new: true}\n")
    [problem] = problems(text)
    assert (problem.line, problem.path) == (62, "channels.linkedin.<<")
    assert "merge keys" in problem.message
