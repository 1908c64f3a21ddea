"""Errors the domain raises for bad input."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that breaks a domain rule; ``field`` says which input to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
