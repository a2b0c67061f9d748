"""Choosing the place (issue 11 item 4): the create form lists the places the
law data knows province by province, one 其他城市 per province, the place of
no province once, and finds a city by Chinese name or pinyin."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.create_form import CreateCaseForm


def _items(form: CreateCaseForm) -> list[tuple[str, str]]:
    combo = form.city
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_one_other_per_province_and_one_national(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = CreateCaseForm()
    qtbot.addWidget(form)
    items = _items(form)
    # first the "— choose —" line (no place until the worker picks one), then the places
    assert items[0][0] is None and form.city.currentIndex() == 0
    codes = [code for code, _ in items[1:]]
    assert codes.count("other") == 1 and codes[-1] == "other"
    others = [c for c in codes if c.startswith("other:")]
    assert len(others) == len(set(others)) == 31
    for key in ("hefei", "xiamen", "wulumuqi", "dongguan"):
        assert codes.count(key) == 1
    # a province's cities come before its own "other city"
    assert codes.index("hefei") < codes.index("other:anhui")
    assert codes.index("other:anhui") < codes.index("beijing")  # anhui < beijing


def test_search_by_chinese_or_pinyin(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = CreateCaseForm()
    qtbot.addWidget(form)
    combo = form.city
    assert combo.isEditable()
    completer = combo.completer()
    assert completer is not None
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    for typed, key in (("合肥", "hefei"), ("xiamen", "xiamen"), ("Hefei", "hefei")):
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        found = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert any(f"({key})" in text for text in found), (typed, found)
    # near miss: a name no place has finds nothing
    completer.setCompletionPrefix("atlantis")
    assert completer.completionModel().rowCount() == 0
    # choosing an item records its key
    combo.setCurrentIndex(combo.findData("other:anhui"))
    assert combo.currentData() == "other:anhui"


def test_districts_follow_their_city_and_record_their_code(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Where a province's tiers go below the city (Hangzhou's 桐庐/淳安/建德 are
    Zhejiang's second tier), the picker offers those districts right after the
    city; typing the district's Chinese name or pinyin finds it, and choosing
    it records its division code."""
    form = CreateCaseForm()
    qtbot.addWidget(form)
    codes = [code for code, _ in _items(form)]
    at = codes.index("hangzhou")
    assert codes[at + 1 : at + 4] == ["330122", "330127", "330182"]
    assert codes.index("330182") < codes.index("other:zhejiang")
    for key in ("610118", "230113", "500229", "520123"):
        assert codes.count(key) == 1
    # a city with no lower-tier districts in the data is followed by the next city
    at = codes.index("hefei")
    assert not codes[at + 1].isdigit()
    combo = form.city
    completer = combo.completer()
    assert completer is not None
    for typed in ("桐庐", "tonglu", "330122"):
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        found = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert any("330122" in text for text in found), (typed, found)
    combo.setCurrentIndex(combo.findData("330122"))
    assert combo.currentData() == "330122"
    assert "杭州市桐庐县" in combo.currentText() or "Tonglu" in combo.currentText()
