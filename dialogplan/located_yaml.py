"""YAML read with the line of every value, and validation errors turned into located problems.

A strategy is written by hand, so each problem has to point at the line it stands on;
PyYAML's composed nodes know their lines, the constructed data does not.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator
from typing import Annotated, Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from dialogplan.errors import Problem, StrategyError, did_you_mean

#: A field path: keys and list positions from the top of the file.
Loc = tuple[str | int, ...]


class LocatedYAML:
    """YAML data plus the line of every key and value, addressed by field path."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []

    def load(self, text: str) -> Any:
        """The data of a YAML text, with tags that build objects refused."""
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            raise StrategyError(
                [Problem(self.source, "", line, f"not valid YAML: {exc.problem or exc}")]
            ) from None
        if node is None:
            raise StrategyError([Problem(self.source, "", None, "the file is empty")])
        return self._build(node, ())

    def _build(self, node: yaml.Node, loc: Loc) -> Any:
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if node.tag.startswith("tag:yaml.org,2002:python/") or node.tag.startswith("!"):
            # Loaded safely: tags that would build Python objects are refused, not ignored.
            raise StrategyError(
                [
                    Problem(
                        self.source,
                        dotted(loc),
                        node.start_mark.line + 1,
                        f"not valid YAML: tag {node.tag!r} is not allowed in a strategy",
                    )
                ]
            )
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = yaml.SafeLoader(key_node.value).construct_object(key_node)
                key = key if isinstance(key, str | int) else str(key)
                if key in result:
                    self.problems.append(
                        Problem(
                            self.source,
                            dotted((*loc, key)),
                            key_node.start_mark.line + 1,
                            "appears twice; keep one",
                        )
                    )
                self.lines[(*loc, key)] = key_node.start_mark.line + 1
                result[key] = self._build(value_node, (*loc, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, (*loc, i)) for i, item in enumerate(node.value)]
        loader = yaml.SafeLoader("")
        return loader.construct_object(node)

    def line(self, loc: Loc) -> int | None:
        """The line of a path, or of the nearest enclosing one that has a line."""
        for end in range(len(loc), -1, -1):
            if (found := self.lines.get(loc[:end])) is not None:
                return found
        return None


def dotted(loc: Loc) -> str:
    """A field path as people write it: ``channels.linkedin.goals[0]``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names valid at a path, for suggesting the intended one."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next(
                (f for n, f in annotation.model_fields.items() if part in (n, f.alias)), None
            )
            if field is None:
                return []
            annotation = field.annotation
        elif get_origin(annotation) in (list, dict):
            annotation = get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [f.alias or n for n, f in annotation.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) in (Union, types.UnionType, Annotated):
        args = [a for a in get_args(annotation) if a is not type(None)]
        annotation = args[0]
    return annotation


def problems_from(
    exc: ValidationError, located: LocatedYAML, model: type[BaseModel]
) -> Iterator[Problem]:
    """Pydantic's errors as problems people can act on, each at its line."""
    for error in exc.errors(include_url=False):
        loc: Loc = tuple(p for p in error["loc"] if p != "[key]")
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            name = str(loc[-1])
            message = f"unknown field {name!r}{did_you_mean(name, fields_at(model, loc[:-1]))}"
        elif error["type"] == "missing":
            message = "is required but missing"
        elif error["type"] == "literal_error":
            expected = error.get("ctx", {}).get("expected", "")
            value = str(error["input"])
            choices = set(re.findall(r"'([^']+)'", expected))
            message = f"{value!r} is not one of {expected}{did_you_mean(value, choices)}"
        elif error["type"].startswith(("date_", "datetime_")):
            message = f"expected a date written as YYYY-MM-DD, got {error['input']!r}"
        elif error["type"] != "value_error" and isinstance(error["input"], str | int | float):
            message = f"{message} (got {error['input']!r})"
        yield Problem(located.source, dotted(loc), located.line(loc), message)
