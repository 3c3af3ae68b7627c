"""A team template's error came back from a planning process without its file and line."""

from __future__ import annotations

import pickle

from dialogplan.prompt_templates import PromptTemplateError


def test_a_template_error_crosses_a_process_boundary_whole() -> None:
    error = PromptTemplateError("de/ask.j2", 7, "stopped: too many steps")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object, as a process pool does
    assert (copy.template, copy.line, str(copy)) == ("de/ask.j2", 7, str(error))
