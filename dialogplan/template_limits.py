"""The limits a team's own templates run under: steps, ranges and the size of every value.

Jinja's sandbox keeps a template away from Python's internals, but not from work without
end: nested ``range(100000)`` loops never finish, and ``'x' * 10**9`` fills the memory. A
library that may not read the clock counts instead. Every loop round and every call is a
step, and a prompt may take :data:`~dialogplan.limits.MAX_TEMPLATE_STEPS` of them; a
``range()`` gives at most :data:`~dialogplan.limits.MAX_TEMPLATE_RANGE` numbers; no
operator, filter or method may build text or a list longer than
:data:`~dialogplan.limits.MAX_TEMPLATE_VALUE_CHARS`. Past a limit the template stops with
:class:`TemplateLimitError`, which names the limit, and the caller locates it in the template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from functools import wraps
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum

from dialogplan.limits import MAX_TEMPLATE_RANGE, MAX_TEMPLATE_STEPS, MAX_TEMPLATE_VALUE_CHARS

__all__ = ["BoundedSandbox", "TemplateLimitError", "steps"]

#: Integers a template may build: far beyond any count a prompt shows.
_MAX_INT_BITS = 4096
#: Paragraphs of placeholder text ``lipsum()`` may write.
_MAX_LIPSUM = 20
#: A width or precision of six digits or more in a format string: a way to fill the memory.
_HUGE_FORMAT = re.compile(r"(%[-#0 +]*(\*|\d{6,}|\.\d{6,}|\.\*))|(\{[^{}]*\d{6,}[^{}]*\})")


class TemplateLimitError(SecurityError):
    """A template that went past one of its limits."""


class _Steps:
    """The steps one prompt has taken so far."""

    __slots__ = ("taken",)

    def __init__(self) -> None:
        self.taken = 0


_STEPS: ContextVar[_Steps | None] = ContextVar("dialogplan_template_steps", default=None)


class steps:  # noqa: N801 - used like a function: ``with steps():``
    """Count the steps of one prompt's rendering; nested uses share the outer count."""

    def __enter__(self) -> None:
        self.token = _STEPS.set(_STEPS.get() or _Steps())

    def __exit__(self, *exc: object) -> None:
        _STEPS.reset(self.token)


def _step() -> None:
    counter = _STEPS.get()
    if counter is None:
        return
    counter.taken += 1
    if counter.taken > MAX_TEMPLATE_STEPS:
        raise TemplateLimitError(
            f"took more than {MAX_TEMPLATE_STEPS:,} steps (loop rounds and calls) for one "
            "prompt, where the built-in templates need fewer than a hundred: look for loops "
            "inside loops"
        )


def _too_big(size: int, what: str = "a value") -> TemplateLimitError:
    return TemplateLimitError(
        f"would build {what} of {size:,} characters or items; a template may build at most "
        f"{MAX_TEMPLATE_VALUE_CHARS:,}"
    )


def _checked(value: Any) -> Any:
    """A value, or TemplateLimitError when it is too long or too large a number."""
    if isinstance(value, str | bytes | list | tuple | dict | set | frozenset):
        if len(value) > MAX_TEMPLATE_VALUE_CHARS:
            raise _too_big(len(value))
    elif isinstance(value, int) and value.bit_length() > _MAX_INT_BITS:
        raise TemplateLimitError(f"would build a number of more than {_MAX_INT_BITS:,} bits")
    return value


def _width(value: Any) -> None:
    """A width, count or repetition that would make a value too long."""
    if isinstance(value, int) and abs(value) > MAX_TEMPLATE_VALUE_CHARS:
        raise _too_big(abs(value))


def _format_string(text: Any) -> None:
    if isinstance(text, str) and _HUGE_FORMAT.search(text):
        raise TemplateLimitError(
            "a format string with a width of six digits or more (or '*') would build a "
            "value too long for a prompt"
        )


def _replaced_size(text: str, old: str, new: str, count: int = -1) -> int:
    found = text.count(old) if old else len(text) + 1
    if count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _joined_size(separator: str, items: Any) -> int:
    if not isinstance(items, list | tuple):
        return 0
    parts = sum(len(item) for item in items if isinstance(item, str))
    return parts + len(separator) * max(len(items) - 1, 0)


def _int_bits(bits: int) -> None:
    if bits > _MAX_INT_BITS:
        raise TemplateLimitError(f"would build a number of more than {_MAX_INT_BITS:,} bits")


def _times(left: Any, right: Any) -> None:
    if isinstance(left, _SIZED) and isinstance(right, int):
        _width(len(left) * right)
    elif isinstance(right, _SIZED) and isinstance(left, int):
        _width(len(right) * left)
    elif isinstance(left, int) and isinstance(right, int):
        _int_bits(left.bit_length() + right.bit_length())


def _power(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        _int_bits(left.bit_length() * right)


def _plus(left: Any, right: Any) -> None:
    if isinstance(left, _SIZED) and isinstance(right, _SIZED):
        _width(len(left) + len(right))


_SIZED = (str, bytes, list, tuple)
#: Checks before an operator runs: the ways a short value becomes a huge one.
_BINOPS: dict[str, Callable[[Any, Any], None]] = {
    "*": _times,
    "**": _power,
    "+": _plus,
    "%": lambda left, _right: _format_string(left),
}


def _before_method(obj: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Checks before calling a method of a string: the ways a short text becomes a long one."""
    # The sandbox hands out str.format wrapped; the wrapper keeps the method as __wrapped__.
    owner = getattr(getattr(obj, "__wrapped__", obj), "__self__", None)
    if not isinstance(owner, str):
        return
    for value in (*args, *kwargs.values()):
        _width(value)
    name = getattr(getattr(obj, "__wrapped__", obj), "__name__", "")
    if name in ("format", "format_map"):
        _format_string(owner)
    elif name == "replace" and len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
        count = args[2] if len(args) > 2 and isinstance(args[2], int) else -1
        _width(_replaced_size(owner, args[0], args[1], count))
    elif name == "join" and args:
        _width(_joined_size(owner, args[0]))


#: Filters whose arguments can make their result far longer than their input.
_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": lambda _value, width=80, *_a, **_k: _width(width),
    "indent": lambda value, width=4, *_a, **_k: _width(
        str(value).count("\n") * (width if isinstance(width, int) else len(str(width)))
    ),
    "format": lambda value, *_a, **_k: _format_string(value),
    "replace": lambda value, old, new, count=None, *_a, **_k: _width(
        _replaced_size(str(value), str(old), str(new), count if isinstance(count, int) else -1)
    ),
    "join": lambda value, d="", *_a, **_k: _width(_joined_size(str(d), value)),
    "batch": lambda _value, linecount, *_a, **_k: _width(linecount),
    "slice": lambda _value, slices, *_a, **_k: _width(slices),
    "wordwrap": lambda _value, width=79, *_a, **_k: _width(width),
    "truncate": lambda _value, length=255, *_a, **_k: _width(length),
}


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses arguments which would make its result too large."""
    check = _FILTER_CHECKS.get(name)
    passes_context = getattr(function, "jinja_pass_arg", None) is not None

    @wraps(function)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if check is not None:
            check(*(args[1:] if passes_context else args), **kwargs)
        return _checked(function(*args, **kwargs))

    return bounded


def _range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_TEMPLATE_RANGE:
        raise TemplateLimitError(
            f"range() of {len(numbers):,} numbers; a template may count to at most "
            f"{MAX_TEMPLATE_RANGE:,}"
        )
    return numbers


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002, FBT001, FBT002 - Jinja's signature
    if n > _MAX_LIPSUM:
        raise TemplateLimitError(f"lipsum() of {n:,} paragraphs; at most {_MAX_LIPSUM}")
    return str(generate_lorem_ipsum(n=n, html=html, min=min, max=max))


class _CountingCodeGenerator(CodeGenerator):
    """Compiles loops so each round is a step, and ``~`` so its result is checked."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The iterables of the loops compiled so far (Jinja allows no node types of our own).
        self.loop_iterables: set[int] = set()

    def visit_For(self, node: nodes.For, frame: Frame) -> None:  # noqa: N802 - Jinja's visitor name
        self.loop_iterables.add(id(node.iter))
        super().visit_For(node, frame)

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        """Every node as Jinja compiles it; a loop's iterable wrapped to count its rounds."""
        if id(node) not in self.loop_iterables:
            return super().visit(node, *args, **kwargs)
        self.write("environment.counted(")
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 - as above
        self.write("environment.concat_checked((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with every loop round and call counted and values bounded.

    Count a prompt's steps by rendering it inside ``with steps():``.
    """

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.globals["range"] = _range
        self.globals["lipsum"] = _lipsum
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}

    def add_filter(self, name: str, function: Callable[..., Any]) -> None:
        """Add a filter of the product's own, bounded like the built-in ones."""
        self.filters[name] = _bounded_filter(name, function)

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call an object from a template: one step, with its arguments and result checked."""
        _step()
        _before_method(obj, args, kwargs)
        return _checked(super().call(context, obj, *args, **kwargs))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """An intercepted operator, refused when its result would be too large."""
        if (check := _BINOPS.get(operator)) is not None:
            check(left, right)
        return _checked(super().call_binop(context, operator, left, right))

    @staticmethod
    def counted(iterable: Iterable[Any]) -> Iterator[Any]:
        """A loop's items, one step each."""
        for item in iterable:
            _step()
            yield item

    @staticmethod
    def concat_checked(parts: Iterable[Any]) -> str:
        """``a ~ b``, refused when the text would be too long."""
        texts = [str(part) for part in parts]
        size = sum(len(text) for text in texts)
        if size > MAX_TEMPLATE_VALUE_CHARS:
            raise _too_big(size, "a text")
        return "".join(texts)
