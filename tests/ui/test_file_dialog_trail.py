"""The file dialogs leave no recent-files trail (issue 12 item 8): a file
picked in the app's dialog, under a fresh HOME, leaves no
``recently-used.xbel`` and no Qt settings naming the folder anywhere in HOME
(ui/filedialogs.py). Without the fix Qt's own dialog writes
``~/.config/QtProject.conf`` with the folder, and GTK's writes the file into
``~/.local/share/recently-used.xbel``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("file_dialog_child.py")


def test_no_recent_files_trail(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    folder = tmp_path / "证据-劳动仲裁"
    folder.mkdir()
    target = folder / "工资条-2025.txt"
    target.write_text("x", encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "HOME")) and k != "PYTHONPATH"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, str(CHILD), str(target)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    left = [p for p in home.rglob("*") if p.is_file()]
    assert not [p for p in left if p.name == "recently-used.xbel"]
    assert not [p for p in left if "QtProject" in p.name]
    for path in left:
        data = path.read_bytes()
        assert "证据-劳动仲裁".encode() not in data, path
        assert b"%E8%AF%81" not in data, path  # the folder, percent-encoded
