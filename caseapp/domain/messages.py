"""Message keys with parameters: how the non-Qt layers speak.

`domain`, `casefile`, `rules` and `report` never build sentences; they return
a `Msg` (a catalogue key plus parameters), rendered in zh or en by
`caseapp.i18n` from the TOML catalogues under resources/i18n/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Msg:
    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def msg(key: str, /, **params: object) -> Msg:
    return Msg(key, params)
