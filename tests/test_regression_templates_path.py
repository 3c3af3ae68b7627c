"""The templates folder stays inside the strategy's folder: no root, no way up."""

from __future__ import annotations

import pytest

from tests.hostile import accepted, example, only_problem


@pytest.mark.parametrize("path", ["/", "/etc", "..", "../other-client", "a/../../b", "C:x", "a\\b"])
def test_path_out_of_the_folder_is_refused(path: str) -> None:
    problem = only_problem(example("months: 3", f"months: 3\ntemplates: '{path}'"))
    assert (problem.line, problem.path) == (8, "templates")
    assert "strategy's folder" in problem.message


@pytest.mark.parametrize("path", ["my-templates", "vorlagen/2027", "./mine"])
def test_folder_inside_is_accepted(path: str) -> None:
    assert accepted(example("months: 3", f"months: 3\ntemplates: {path}")).templates == path
