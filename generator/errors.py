"""Errors and warnings of a generation run, each tied to a JSON pointer into the spec."""

from __future__ import annotations

from dataclasses import dataclass, field


class GeneratorError(Exception):
    """A problem that stops generation; printed as one line, exit status 2."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer}: {message}" if pointer else message)
        self.pointer = pointer
        self.message = message

    def __reduce__(self) -> tuple[type[GeneratorError], tuple[str, str]]:
        # Forked workers hand errors back pickled; the default would call the class with the joined text.
        return type(self), (self.pointer, self.message)


class SpecError(GeneratorError):
    """The spec cannot be generated: it is malformed, of the wrong version, or refers to nothing."""


class ConfigError(GeneratorError):
    """The generator's own settings are wrong (pyproject.toml, CLI flags, template folder)."""


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A construct the generator could not express exactly; generation goes on with a looser type."""

    pointer: str
    message: str


@dataclass
class Diagnostics:
    """Collects the warnings of one run, deduplicated, for reporting together at the end."""

    items: set[Diagnostic] = field(default_factory=set)

    def warn(self, pointer: str, message: str) -> None:
        """Record a warning about the spec location ``pointer``."""
        self.items.add(Diagnostic(pointer, message))

    def sorted(self) -> list[Diagnostic]:
        """The warnings in a stable order."""
        return sorted(self.items)
