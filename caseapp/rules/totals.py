"""The headline (spec: the findings document's `totals`): how much the claims
come to on a firm ground, and how much more is arguable on top of it, the
same money counted once.

* The claims are the findings the filing pack lists (`claims.is_claim`: an
  amount above zero, before the arbitration commission), each with its own
  amount and confidence as the rule gave it — before the ending is priced
  once (`claims.price_endings`), so that a firm N for an expiry still counts
  as firm when a 2N on a contested ground prices the ending.
* Firm: confidence `statute` or `local_rule`. Arguable: `practice`,
  `contested` or `unconfirmed` (a figure not yet confirmed is not firm).
* Claims that overlap (`claims.overlap`: the standby readings over the same
  months, the pay cut and the minimum-wage shortfall, every price of the
  ending) form groups; within a group the claims that do not overlap each
  other may be added. For each group, the firm amount is the largest sum of
  firm claims that do not overlap, and the whole amount the largest such sum
  of any claims; `arguable` is the whole less the firm amount (so a
  contested full-wage reading counts only what it adds to the floor it
  covers, and a 2N only what it adds to a firm N).
* `firm_rules` / `arguable_rules` name the rules of the claims summed (the
  arguable ones: those in the whole amount and not in the firm one), in the
  document's order; the keys of the findings are kept beside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from caseapp.domain.findings import Finding, Totals
from caseapp.domain.money import round_fen
from caseapp.domain.vocab import Confidence
from caseapp.rules.claims import alternatives_of, is_claim

FIRM = frozenset({Confidence.STATUTE, Confidence.LOCAL_RULE})
EXHAUSTIVE = 14  # larger groups are chosen greedily (largest amount first)


def _components(links: list[list[int]]) -> list[list[int]]:
    seen: set[int] = set()
    out: list[list[int]] = []
    for start in range(len(links)):
        if start in seen:
            continue
        stack, part = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            part.append(node)
            for other in links[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
        out.append(sorted(part))
    return out


def _best(members: list[int], amounts: list[Decimal], links: list[set[int]]) -> list[int]:
    """The members that do not overlap each other with the largest sum (ties:
    the earliest in the document)."""
    if len(members) > EXHAUSTIVE:
        chosen: list[int] = []
        for i in sorted(members, key=lambda i: (-amounts[i], i)):
            if not links[i] & set(chosen):
                chosen.append(i)
        return sorted(chosen)
    best: tuple[Decimal, list[int]] = (Decimal(-1), [])

    def walk(k: int, chosen: list[int], total: Decimal) -> None:
        nonlocal best
        if k == len(members):
            if total > best[0]:
                best = (total, list(chosen))
            return
        i = members[k]
        if not links[i] & set(chosen):
            chosen.append(i)
            walk(k + 1, chosen, total + amounts[i])
            chosen.pop()
        walk(k + 1, chosen, total)

    walk(0, [], Decimal(0))
    return best[1]


def totals(findings: Sequence[Finding]) -> Totals:
    """`findings` in the document's order, each with its own amount."""
    claims = [f for f in findings if is_claim(f)]
    amounts = [f.amount or Decimal(0) for f in claims]
    alternatives = alternatives_of(claims)
    links = [set(a) for a in alternatives]
    firm_set: list[int] = []
    arguable_set: list[int] = []
    firm = whole = Decimal(0)
    for part in _components(alternatives):
        firm_part = _best([i for i in part if claims[i].confidence in FIRM], amounts, links)
        whole_part = _best(part, amounts, links)
        firm_sum = sum((amounts[i] for i in firm_part), Decimal(0))
        whole_sum = sum((amounts[i] for i in whole_part), Decimal(0))
        if whole_sum <= firm_sum:
            whole_part, whole_sum = firm_part, firm_sum
        firm += firm_sum
        whole += whole_sum
        firm_set += firm_part
        arguable_set += [i for i in whole_part if i not in firm_part]
    firm_keys = tuple(claims[i].key for i in sorted(firm_set))
    arguable_keys = tuple(claims[i].key for i in sorted(arguable_set))
    return Totals(
        firm=round_fen(firm),
        arguable=round_fen(whole - firm),
        firm_rules=tuple(dict.fromkeys(claims[i].rule for i in sorted(firm_set))),
        arguable_rules=tuple(dict.fromkeys(claims[i].rule for i in sorted(arguable_set))),
        firm_keys=firm_keys,
        arguable_keys=arguable_keys,
    )
