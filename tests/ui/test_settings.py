"""The app's settings file: the passphrase hash, and a broken file read as
the defaults."""

from __future__ import annotations

from caseapp.ui import settings as settings_mod


def test_passphrase_hash_is_salted_and_checked() -> None:
    a = settings_mod.hash_passphrase("月亮 moon")
    b = settings_mod.hash_passphrase("月亮 moon")
    assert a["salt"] != b["salt"] and a["hash"] != b["hash"]
    assert settings_mod.check_passphrase(a, "月亮 moon")
    assert not settings_mod.check_passphrase(a, "月亮 moon ")
    assert not settings_mod.check_passphrase({"salt": "zz"}, "x")


def test_settings_survive_a_broken_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / settings_mod.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert settings_mod.load(tmp_path) == settings_mod.UiSettings()
    s = settings_mod.UiSettings(neutral_title=True, last_case="abcd1234")
    settings_mod.save(tmp_path, s)
    assert settings_mod.load(tmp_path) == s
