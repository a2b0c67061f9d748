"""Articles the rules cite, as ids of the law data's statute table.

Rules never cite free strings: every `Basis` is built here, and a test checks
each one against `LawData.article` so a typo or a missing row fails there.
"""

from __future__ import annotations

from caseapp.domain.findings import Basis

LCL = "labour_contract_law"
LCL_REG = "lcl_regulation"
LABOUR_LAW = "labour_law"
WAGE_PROV = "wage_payment_provisions"
DISPATCH_PROV = "dispatch_provisions"
ARBITRATION_LAW = "mediation_arbitration_law"
SPC_INTERP_1 = "spc_interpretation_1"
SPC_INTERP_2 = "spc_interpretation_2"
SI_LAW = "si_law"
DIVISOR_NOTICE = "working_time_notice_2025"
TYPICAL_CASES_2020 = "typical_cases_2020"


def art(law: str, article: str, paragraph: int | None = None, item: int | None = None) -> Basis:
    return Basis(law=law, article=article, paragraph=paragraph, item=item)


# Reused groups
STANDBY_NATIONAL = (art(WAGE_PROV, "12"),)
LCL38_PAY = art(LCL, "38", 1, 2)
LCL38_CONDITIONS = art(LCL, "38", 1, 1)
LCL30 = art(LCL, "30")
LCL35 = art(LCL, "35")
LIMITATION = art(ARBITRATION_LAW, "27")
FINAL_AWARD = art(ARBITRATION_LAW, "47")

BJ_ANSWERS = "beijing_high_court_answers_2024"
BJ_CASES = "beijing_arbitration_cases"
CHAOYANG_CASES = "chaoyang_court_cases_2024"
SPC_GUIDING = "spc_guiding_cases"
CIVIL_CODE = "civil_code"
BJ_HRSS_CASES = "beijing_hrss_typical_cases"

# Part-time, hourly and platform work (issue 15)
MIN_WAGE_PROV = "minimum_wage_provisions"
LABOUR_LAW_OPINIONS = "labour_law_opinions"  # 劳部发〔1995〕309号
RELATIONSHIP_NOTICE = "relationship_notice_2005"  # 劳社部发〔2005〕12号
NEW_EMPLOYMENT = "new_employment_guidance_2021"  # 人社部发〔2021〕56号
NEW_EMPLOYMENT_PAY = "new_employment_pay_guide_2024"
