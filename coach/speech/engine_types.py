"""A voice as the speech engine describes it: plain data, shared by the engine, its worker and the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoiceInfo:
    """A voice the engine offers.

    Attributes:
        id: what to pass back to choose it.
        name: its name, e.g. "English (Great Britain)".
        languages: language codes, e.g. ("en-gb",).
    """

    id: str
    name: str
    languages: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "languages": list(self.languages)}
