"""The engines: classic (lexical + e5), transformer (fine-tuned encoder), ensemble (both)."""

from __future__ import annotations

from dataclasses import asdict, fields


class EngineSettings:
    """``to_dict`` / ``from_dict`` for an engine's settings dataclass.

    Subclasses set ``ENGINE`` (used in error messages) and are dataclasses.
    """

    ENGINE = "engine"

    def to_dict(self) -> dict:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict):
        """Build the settings from a dict; unknown keys are refused by name."""
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown {cls.ENGINE} engine setting(s): {', '.join(sorted(unknown))}")
        return cls(**data)
