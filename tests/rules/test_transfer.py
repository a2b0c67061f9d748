"""unreasonable-transfer: fires without written agreement; a transfer agreed in writing does not."""

from __future__ import annotations

from caseapp.domain.vocab import AgreementSubject, IncidentKind, Response
from rules.builders import case, incident, month_payments
from rules.helpers import one, only, run

PAID = month_payments("2024-01-01", "2025-09-30", "10000")


def _notice(**kw: object) -> object:
    return incident("X1", "2025-09-01", IncidentKind.TRANSFER_NOTICE, **kw)


def test_move_to_another_city(law) -> None:
    c = case(payments=PAID, incidents=[_notice(new_city="保定", response=Response.NONE)])
    f = one(run(c, "2025-10-20", law), "unreasonable-transfer")
    assert f.severity == "high" and f.confidence == "statute"
    assert f.title.key.endswith(".city.title")
    assert any(b.law == "beijing_high_court_answers_2024" and b.article == "Q60" for b in f.basis)


def test_new_post_same_city_is_medium(law) -> None:
    c = case(
        payments=PAID,
        incidents=[_notice(new_post="仓库管理", response=Response.OBJECTED_IN_WRITING)],
    )
    assert one(run(c, "2025-10-20", law), "unreasonable-transfer").severity == "medium"


def test_oral_agreement_is_contested(law) -> None:
    c = case(payments=PAID, incidents=[_notice(new_post="客服", response=Response.AGREED_ORALLY)])
    assert one(run(c, "2025-10-20", law), "unreasonable-transfer").confidence == "contested"


def test_transfer_agreed_in_writing(law) -> None:
    answered = case(payments=PAID, incidents=[_notice(response=Response.AGREED_IN_WRITING)])
    assert only(run(answered, "2025-10-20", law), "unreasonable-transfer") == []
    signed = case(
        payments=PAID,
        incidents=[
            _notice(new_city="shanghai"),
            incident(
                "S1", "2025-09-05", IncidentKind.AGREEMENT_SIGNED, subject=AgreementSubject.PLACE
            ),
        ],
    )
    assert only(run(signed, "2025-10-20", law), "unreasonable-transfer") == []
