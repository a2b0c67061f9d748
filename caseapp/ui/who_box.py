"""The "who" box of a record form: pick a person already recorded, or type a
new name, which becomes a person when the record is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.domain.model import Case, Person
from caseapp.domain.vocab import Party
from caseapp.ui.session import CaseSession


class WhoBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # a new name is saved as a person
        # do not measure every item to size the box (slow with CJK fallback fonts)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def fill(self, case: Case | None, keep_text: bool = False) -> None:
        """List the case's people; keep what was typed if ``keep_text``."""
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for person in case.people if case else ():
            self.addItem(person.name, person.id)
        self.blockSignals(False)
        if keep_text:
            self.setEditText(typed)
        else:
            self.setCurrentIndex(0)

    def select(self, person_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(person_id), 0) if person_id else 0)

    def chosen(self) -> tuple[str, str | None]:
        """(the name shown, the id of the person it names, or None if new or empty)."""
        who = self.currentText().strip()
        index = self.findText(who) if who else -1
        return who, (self.itemData(index) if index > 0 else None)

    def resolve(
        self,
        session: CaseSession,
        party: Party | None,
        then: Callable[[str | None], None],
        error: Callable[[BaseException], None],
    ) -> None:
        """Call ``then`` with the person id: an existing one, a new person saved
        first (acting for ``party``, which the form asked the worker for: a
        side is never a default) when a new name was typed, or None."""
        who, person_id = self.chosen()
        if who and person_id is None:
            if party is None:
                raise ValueError("a new person needs the side the worker chose")
            person = Person(id="", name=who, party=party)
            session.save_record(person, done=lambda p: then(p.id), error=error)
        else:
            then(person_id)
