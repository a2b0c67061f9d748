"""申请仲裁: the worker's choices for filing (`case.arbitration`, docs/format.md)
— where to apply (LDMAL art. 21: where the contract is performed, or where the
employer is located), the commission's name as the worker writes it, and,
where a termination is contested, the remedy (赔偿金 2N, or 继续履行).

Every choice starts at "not decided yet" and nothing is recorded until the
worker picks something: no default becomes a recorded fact.

The remedy stays shown even where no ending by the company is on record (a
decision, docs/format.md): a worker pressed to leave may decide it ahead with
a lawyer, and a field that appears and disappears as records change is harder
to find again. A note says when no such ending is recorded: the application
uses the remedy only where the ending is priced as unlawful. Clearing every
choice back removes the key again (an `arbitration: {}` read from a file, a
choice not yet made, is kept as it was).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from caseapp.domain.model import Arbitration, Case
from caseapp.domain.vocab import ArbitrationPlace, EndGround, IncidentKind, Remedy
from caseapp.ui.party_details import _heading
from caseapp.ui.widgets import Field, label


def _choice(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


# endings decided by the company (LCL 39–41), and an ending of no stated ground
COMPANY_ENDINGS = frozenset(
    {
        EndGround.ART39,
        EndGround.ART39_PROBATION,
        EndGround.ART40_1,
        EndGround.ART40_2,
        EndGround.ART40_3,
        EndGround.ART41,
        EndGround.OTHER,
    }
)


def company_ended(case: Case) -> bool:
    """The records show the company ending the job: an ending on its grounds,
    or a termination notice."""
    ended = case.info.employment_ended
    if ended is not None and ended.ground in COMPANY_ENDINGS:
        return True
    return any(i.kind == IncidentKind.TERMINATION_NOTICE for i in case.incidents)


def _chosen(arb: Arbitration) -> bool:
    """Anything the worker chose, here or in the review of 事实与理由 (`statement`)."""
    return (
        arb.place is not None
        or arb.commission is not None
        or arb.remedy is not None
        or bool(arb.statement)
    )


class ArbitrationChoices(QWidget):
    """The section: place, commission, remedy; each optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QComboBox()
        self.place.addItem(self.tr("Not decided yet"), None)
        self.place.addItem(
            self.tr("Where the contract is performed: where you worked"),
            ArbitrationPlace.PERFORMANCE.value,
        )
        self.place.addItem(
            self.tr("Where the employer is located: where it is registered"),
            ArbitrationPlace.EMPLOYER.value,
        )
        self.commission = QLineEdit()
        self.commission.setPlaceholderText(self.tr("e.g. 杭州市余杭区劳动人事争议仲裁委员会"))
        self.remedy = QComboBox()
        self.remedy.addItem(self.tr("Not decided yet"), None)
        self.remedy.addItem(self.tr("Compensation (赔偿金, 2N)"), Remedy.DAMAGES.value)
        self.remedy.addItem(
            self.tr("Restore the employment (继续履行, going back to work)"),
            Remedy.REINSTATEMENT.value,
        )
        for box in (self.place, self.remedy):  # long choices elide, never widen the window
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.fields: dict[str, Field] = {
            "place": Field(
                self.tr("Where to apply"),
                self.place,
                self.tr(
                    "Either commission may hear the case: the one where you worked, or the one "
                    "where the company is registered. If you and the company apply in different "
                    "places, the one where you worked hears it."
                ),
            ),
            "commission": Field(
                self.tr("The arbitration commission's name"),
                self.commission,
                self.tr(
                    "Find it on the local 人社局 (human resources and social security bureau) "
                    "website, or call 12333. It goes after 此致 in the application."
                ),
            ),
            "remedy": Field(
                self.tr("If the company ended your job: what you ask for"),
                self.remedy,
                self.tr(
                    "Compensation: twice the severance (2N), and you do not go back. "
                    "Restoring the employment: the contract continues and you claim the wages "
                    "since it was ended. Only one of the two can be asked; talk to a lawyer or "
                    "legal aid (12348) first."
                ),
            ),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(_heading(self.tr("Applying for arbitration")), 0, 0, 1, 2)
        self.note = label(
            self.tr("Nothing is recorded until you choose. You can change it at any time."),
            "hint",
        )
        grid.addWidget(self.note, 1, 0, 1, 2)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.fields["place"], 2, 0, top)
        grid.addWidget(self.fields["commission"], 2, 1, top)
        grid.addWidget(self.fields["remedy"], 3, 0, 1, 2, top)
        self.remedy_note = label(
            self.tr(
                "No ending by the company is on record. The application uses this choice "
                "only once the company has ended your job."
            ),
            "hint",
        )
        self.remedy_note.setVisible(False)
        remedy_layout = self.fields["remedy"].layout()
        assert remedy_layout is not None
        remedy_layout.addWidget(self.remedy_note)
        # the worker's say on 事实与理由 (ui/statement_review.py, opened by case settings)
        self.review_button = QPushButton(self.tr("Facts and reasons: your say…"))
        self.review_button.setToolTip(
            self.tr("Keep, edit or drop each paragraph the application states.")
        )
        grid.addWidget(self.review_button, 4, 0, Qt.AlignmentFlag.AlignLeft)

    def show_ending(self, recorded: bool) -> None:
        """Whether the records show the company ending the job (`company_ended`)."""
        self.remedy_note.setVisible(not recorded)

    def load(self, arb: Arbitration | None) -> None:
        arb = arb or Arbitration()
        _choice(self.place, arb.place.value if arb.place else None)
        self.commission.setText(arb.commission or "")
        _choice(self.remedy, arb.remedy.value if arb.remedy else None)

    def apply(self, old: Arbitration | None) -> Arbitration | None:
        """`case.arbitration` with the section's choices: None while nothing
        is chosen (and nothing was), and again once every choice is cleared."""
        place, remedy = self.place.currentData(), self.remedy.currentData()
        new = dataclasses.replace(
            old or Arbitration(),
            place=ArbitrationPlace(place) if place else None,
            commission=self.commission.text().strip() or None,
            remedy=Remedy(remedy) if remedy else None,
        )
        if _chosen(new) or (old is not None and not _chosen(old)):
            return new  # a choice; or `{}` (and its extra keys) as read
        return Arbitration(extra=new.extra) if new.extra else None
