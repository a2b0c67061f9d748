"""The reconstruction wizard for a worker who starts late: the last day of
real work, the stretches since (at home, sitting in, checking in), the pay
month by month (empty until the worker writes it from the bank app, or asks
for the contract wage with a button; each with the kind she chose and who
paid), what was said and by whom, and what evidence they already have.
Nothing in it becomes a record without the worker's answer: a stretch's
status starts unchosen, an amount empty.

Everything it creates is marked origin `backfill` with its basis, and it is
saved on the serial writer; days already logged are left as they are."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from caseapp.casework.reconstruct import (
    Answers,
    build_days,
    build_evidence,
    build_incidents,
    build_payments,
)
from caseapp.domain.changes import Changes
from caseapp.domain.model import Day, Evidence, Incident, Payment, Person
from caseapp.domain.vocab import Party
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.wizard_pages import (
    DonePage,
    HavePage,
    LastWorkPage,
    PayPage,
    RangesPage,
    SaidPage,
)


@dataclass(frozen=True)
class Plan:
    days: list[Day]
    payments: list[Payment]
    incidents: list[tuple[str, Incident]]
    evidence: list[Evidence]


def save_plan(service: Any, case_id: str, plan: Plan) -> list[Changes]:
    """Runs on the writer thread: one use case per record; returns what each stored."""
    stored: list[Changes] = []
    if plan.days:
        stored.append(service.set_days(case_id, plan.days))
    for payment in plan.payments:
        stored.append(service.save_record(case_id, payment))
    people = {p.name: p.id for p in service.load_case(case_id).people}
    for who, incident in plan.incidents:
        actor = None
        if who:
            if who not in people:
                new = Person(id="", name=who, party=Party.EMPLOYER)
                stored.append(service.save_record(case_id, new))
                people[who] = stored[-1].one(Person).id
            actor = people[who]
        stored.append(service.save_record(case_id, _with_actor(incident, actor)))
    for evidence in plan.evidence:
        stored.append(service.save_record(case_id, evidence))
    return stored


def _with_actor(incident: Incident, actor: str | None) -> Incident:
    import dataclasses

    return dataclasses.replace(incident, actor=actor)


class ReconstructWizard(QWizard):
    saved = Signal(object)  # Case

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = session.clock.today()  # the app's one clock (ui/clock.py)
        self.setWindowTitle(self.tr("Rebuild the months before you started logging"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(760, 560)
        self.page_last = LastWorkPage()
        self.page_ranges = RangesPage()
        self.page_pay = PayPage()
        self.page_said = SaidPage()
        self.page_have = HavePage()
        self.page_done = DonePage()
        for page in (
            self.page_last,
            self.page_ranges,
            self.page_pay,
            self.page_said,
            self.page_have,
            self.page_done,
        ):
            self.addPage(page)

    def answers(self) -> Answers:
        last = self.page_last.value() or self.today
        return Answers(
            last_work=last,
            today=self.today,
            ranges=self.page_ranges.ranges(),
            months=self.page_pay.months(),
            net=self.page_pay.net.isChecked(),
            said=self.page_said.entries(),
            have=self.page_have.have(),
        )

    def plan(self) -> Plan:
        answers = self.answers()
        case = self.session.case
        assert case is not None
        logged = {d.date for d in case.days}
        pay_basis = (
            self.tr("Reconstruction wizard: net amounts from the bank app")
            if answers.net
            else self.tr("Reconstruction wizard: gross amounts from payslips")
        )
        days = [
            d
            for d in build_days(answers, self.tr("Reconstruction wizard: from memory"))
            if d.date not in logged
        ]
        return Plan(
            days=days,
            payments=build_payments(case, answers, pay_basis),
            incidents=build_incidents(
                answers, self.tr("Reconstruction wizard: as the worker remembers it")
            ),
            evidence=build_evidence(
                answers, self.tr("Reconstruction wizard: listed as already kept")
            ),
        )

    def accept(self) -> None:
        case_id = self.session.case_id
        if case_id is None:
            return
        plan = self.plan()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.page_done.error.setText(self.tr("Saving…"))

        def done(stored: list[Changes]) -> None:
            self.session.apply(case_id, *stored)
            self.session.saved.emit()
            if self.session.case is not None:
                self.saved.emit(self.session.case)
            super(ReconstructWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            self.page_done.error.setText(error_text(exc))

        self.session.bridge.call(save_plan, case_id, plan, done=done, error=failed)


def open_reconstruct_wizard(
    session: CaseSession, parent: QWidget | None = None
) -> ReconstructWizard:
    """Open the wizard (window-modal) for the open case; for the Today view,
    the welcome flow after creating a case, or any other entry point."""
    wizard = ReconstructWizard(session, parent)
    wizard.open()
    return wizard
