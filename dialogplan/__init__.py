"""dialogplan: dialogue-oriented editorial calendars from a short social-media strategy."""

from dialogplan.errors import Problem, StrategyError
from dialogplan.strategy import Strategy, parse_strategy

__all__ = ["Problem", "Strategy", "StrategyError", "parse_strategy"]
