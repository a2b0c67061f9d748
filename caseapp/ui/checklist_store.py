"""Which checklist items the worker has ticked, per case: a small JSON file
in the data directory beside the app's settings (written atomically, 0600)."""

from __future__ import annotations

import json
from pathlib import Path

from caseapp import atomic

FILE_NAME = "ui-checklists.json"


class ChecklistStore:
    """``checked(case_id, list_name)`` → set of item keys; ``set`` saves at once."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def _load(self) -> dict[str, dict[str, list[str]]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def checked(self, case_id: str, list_name: str) -> set[str]:
        items = self._load().get(case_id, {}).get(list_name, [])
        return {str(i) for i in items} if isinstance(items, list) else set()

    def set(self, case_id: str, list_name: str, key: str, on: bool) -> None:
        data = self._load()
        lists = data.setdefault(case_id, {})
        items = set(lists.get(list_name, []))
        if on:
            items.add(key)
        else:
            items.discard(key)
        lists[list_name] = sorted(items)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))
