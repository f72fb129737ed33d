"""What a service call changed, so that views refresh only what concerns them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    persons: bool = False
    organizations: bool = False
    themes: bool = False
    exchanges: bool = False
    agenda: bool = False
    interactions: bool = False
    tags: bool = False
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})

    def any(self) -> bool:
        return any(getattr(self, k) for k in self.__dataclass_fields__)

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{k: True for k in cls.__dataclass_fields__})
