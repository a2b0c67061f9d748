"""The app's start-up when the database is damaged (issue 12, item 4): say so,
name the newest good backup, and offer to restore it — the same as
``caseapp backup restore``, recorded as a journal ``restore`` entry."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from caseapp.i18n import Lang, text
from caseapp.services.recovery import Damage


def offer_restore(data_dir: Path, lang: Lang, damage: Damage) -> bool:
    """True when the newest good backup was restored and the app may go on;
    False to stop (exit 3). The reason also goes to standard error."""
    lines = [text("cli.error.damaged_db", lang, path=str(data_dir))]
    if damage.newest_backup is None:
        lines.append(text("cli.error.damaged_no_backup", lang))
    else:
        lines.append(text("cli.error.damaged_restore", lang, name=damage.newest_backup))
    message = "\n".join(lines)
    print(message, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Warning, "caseapp", message)
    restore = None
    if damage.newest_backup is not None:
        restore = box.addButton(
            text("recovery.button.restore", lang),
            QMessageBox.ButtonRole.AcceptRole,
        )
    quit_text = text("recovery.button.quit", lang)
    box.addButton(quit_text, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    from caseapp.services.recovery import restore as restore_backup

    restore_backup(data_dir, damage.newest_backup, lang=lang)
    return True
