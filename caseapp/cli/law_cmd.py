"""`caseapp law [--json]` and `caseapp law show PLACE [--on DATE] [--json]`.

`law`: the law data's coverage (provincial-level regions, place keys, data
version, the date it was compiled). `law show`: every figure in force for a
place on a day, each with the document that sets it, or "文号未核实" beside
the report it rests on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from caseapp.cli.context import EXIT_INPUT, EXIT_OK, CliContext, CliError, date_arg, help_text
from caseapp.domain.messages import Msg


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("law", help=help_text("cli.law.help"))
    parser.add_argument(
        "action", nargs="?", choices=("show",), default=None, help=help_text("cli.law.help.show")
    )
    parser.add_argument("place", nargs="?", metavar="PLACE", help=help_text("cli.law.help.place"))
    parser.add_argument(
        "--on", dest="on", metavar="DATE", type=date_arg, default=None,
        help=help_text("cli.law.help.on"),
    )  # fmt: skip
    parser.add_argument(
        "--json", dest="as_json", action="store_true", default=False,
        help=help_text("cli.law.help.json"),
    )  # fmt: skip
    parser.set_defaults(run=run)


def _dump(ctx: CliContext, data: object) -> None:
    ctx.out(json.dumps(data, ensure_ascii=False, indent=2))


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from caseapp.rules.law import load_law_data

    law = load_law_data()
    if args.action is None:
        if args.place is not None:
            raise CliError(EXIT_INPUT, Msg("cli.law.error.usage", {}))
        return _coverage(ctx, law, args.as_json)
    if args.place is None:
        raise CliError(EXIT_INPUT, Msg("cli.law.error.usage", {}))
    return _show(ctx, law, args.place, args.on or ctx.today(), args.as_json)


def _coverage(ctx: CliContext, law: Any, as_json: bool) -> int:
    regions = law.regions()
    places = sorted(law.cities())
    by_region: dict[str, list[str]] = {r: [] for r in regions}
    for key in places:
        region = law.region_of(key)
        top = region
        while law.region_parent(top) not in (None, "national"):
            top = law.region_parent(top)
        if top in by_region:
            by_region[top].append(key)
    if as_json:
        _dump(
            ctx,
            {
                "version": law.version,
                "compiled": None if law.compiled is None else law.compiled.isoformat(),
                "sha256": law.sha256,
                "regions": [
                    {
                        "region": r,
                        "zh": law.region_name(r, "zh"),
                        "en": law.region_name(r, "en"),
                        "places": by_region[r],
                        "districts": {
                            k: list(law.districts(k)) for k in by_region[r] if law.districts(k)
                        },
                        "newest_minimum_wage": {
                            k: _iso(law.newest_figure_date(k)) for k in by_region[r]
                        },
                    }
                    for r in regions
                    if law.region_parent(r) == "national"
                ],
                "places": places,
            },
        )
        return EXIT_OK
    provinces = [r for r in regions if law.region_parent(r) == "national"]
    cities = [k for k in places if not k.startswith("other")]
    ctx.out(
        ctx.t(
            "cli.law.coverage.header",
            version=law.version,
            compiled=_iso(law.compiled) or "-",
            regions=len(provinces),
            cities=len(cities),
            districts=sum(len(law.districts(k)) for k in cities),
        )
    )
    ctx.out(ctx.t("cli.law.coverage.columns"))
    for r in provinces:
        keys = by_region[r]
        newest = max((d for k in keys if (d := law.newest_figure_date(k))), default=None)
        named = ", ".join(_with_districts(law, k) for k in keys)
        ctx.out("\t".join([r, law.region_name(r, ctx.lang), named, _iso(newest) or "-"]))
    ctx.out(ctx.t("cli.law.coverage.footer"))
    return EXIT_OK


def _with_districts(law: Any, key: str) -> str:
    """A place key, with the division codes of its lower-tier districts:
    "hangzhou(330122 330127 330182)"."""
    districts = law.districts(key)
    return f"{key}({' '.join(districts)})" if districts else key


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _show(ctx: CliContext, law: Any, place: str, on: dt.date, as_json: bool) -> int:
    from caseapp.rules.law_figures import figures_on

    if not law.knows(place):
        raise CliError(EXIT_INPUT, Msg("cli.law.error.unknown_place", {"place": place}))
    resolved = law.resolve(place)
    tier, tier_note = law.city_tier(place)
    rows = figures_on(law, place, on)
    if as_json:
        _dump(
            ctx,
            {
                "place": place,
                "reads_as": resolved,
                "name": {"zh": law.city_name(place, "zh"), "en": law.city_name(place, "en")},
                "region": law.region_of(place),
                "tier": tier,
                "tier_note": tier_note,
                "on": on.isoformat(),
                "law_data": {"version": law.version, "sha256": law.sha256},
                "figures": [row.to_json() for row in rows],
            },
        )
        return EXIT_OK
    ctx.out(
        ctx.t(
            "cli.law.show.header",
            place=place,
            name=law.city_name(place, ctx.lang),
            region=law.region_name(law.region_of(place), ctx.lang),
            tier=tier,
            on=on.isoformat(),
            version=law.version,
        )
    )
    if tier_note:
        ctx.out(ctx.t("cli.law.show.tier_note", note=tier_note))
    for row in rows:
        name = ctx.t(f"cli.law.figure.{row.name}")
        if row.value is None:
            ctx.out(ctx.t("cli.law.show.gap", figure=name))
            continue
        value = _value(ctx, row.value, row.unit)
        since = row.effective_from.isoformat() if row.effective_from else "-"
        key = "cli.law.show.since" if row.effective_from_known else "cli.law.show.by"
        ctx.out(
            ctx.t(
                "cli.law.show.row",
                figure=name,
                value=value,
                since=ctx.t(key, date=since),
                confidence=ctx.t(f"cli.law.confidence.{row.confidence}"),
            )
        )
        doc_key = "cli.law.show.document" if row.shows_document else "cli.law.show.unverified"
        ctx.out(ctx.t(doc_key, source=row.printed(ctx.lang)))
        if row.source is not None and row.source.looked_in:
            ctx.out(ctx.t("cli.law.show.looked_in", where=row.source.looked_in))
        if row.note:
            ctx.out(ctx.t("cli.law.show.note", note=row.note))
    return EXIT_OK


def _value(ctx: CliContext, value: str, unit: str) -> str:
    if unit in ("share_wage", "share_min"):
        pct = format(float(value) * 100, "g")
        return ctx.t(f"cli.law.unit.{unit}", pct=pct)
    if unit == "text":
        return ctx.t(f"cli.law.value.{value}") if value in ("true", "false") else value
    return ctx.t(f"cli.law.unit.{unit}", value=value)
