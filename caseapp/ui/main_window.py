"""The main window: case switcher and "saved" in the top bar, the left rail
of registered views with the sign/leave card at its bottom, the view in the
middle and forms as a side panel; undo, paste, lock."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.paths import resource
from caseapp.services import encryption
from caseapp.ui import settings as settings_mod
from caseapp.ui import start_dirs, views
from caseapp.ui.capture import Capture
from caseapp.ui.case_switcher import CaseSwitcher
from caseapp.ui.cloud_banner import CloudStrip
from caseapp.ui.cloudsync import cloud_service
from caseapp.ui.lock import IdleWatcher, LockScreen, PassphraseDialog
from caseapp.ui.quiet import WhenQuiet
from caseapp.ui.session import CaseSession, error_text
from caseapp.ui.sign_panel import SignAdvice, SignCard
from caseapp.ui.welcome import WelcomeView
from caseapp.ui.widgets import label

if TYPE_CHECKING:  # built or loaded after the first paint, on first use
    from caseapp.domain.model import CaseInfo, Incident
    from caseapp.domain.vocab import IncidentKind
    from caseapp.services.api import CaseSummary
    from caseapp.ui.create_form import CreateCaseForm
    from caseapp.ui.incident_form import IncidentForm
    from caseapp.ui.reminders import DailyReminder

NEW_CASE = "__new__"


class LazyViews(dict[str, QWidget]):
    """The views by key, each built on first access."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        widget = self._build(key)
        self[key] = widget
        return widget


NEUTRAL_ICON = "notes.svg"  # a plain note sheet: nothing says "case" or "labour"


def icon(name: str) -> QIcon:
    path = resource("icons", name)
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    sampleRequested = Signal(str)  # which sample: "sample" or "platform"
    reminderSettingsChanged = Signal()

    def __init__(self, session: CaseSession, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.settings = settings_mod.load(data_dir)
        self.capture = Capture(self)
        self.resize(1280, 760)
        self.setMinimumSize(1000, 640)

        root = QWidget()
        self.setCentralWidget(root)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar())
        self.cloud_strip = self._cloud_strip()
        if self.cloud_strip is not None:
            outer.addWidget(self.cloud_strip)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        self.loading = label(self.tr("Opening…"), "hint")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = WelcomeView()
        self._create_form: CreateCaseForm | None = None
        self.main = self._main_page()
        self.lock_screen = LockScreen()
        for page in (self.loading, self.welcome, self.main, self.lock_screen):
            self.pages.addWidget(page)

        self.welcome.createRequested.connect(self.show_create)
        self.welcome.sampleRequested.connect(self.sampleRequested)
        self.welcome.importRequested.connect(self.import_dialog)
        self.lock_screen.unlocked.connect(self.unlock)

        session.casesListed.connect(self._cases_listed)
        session.caseChanged.connect(self._case_changed)
        session.saved.connect(self._saved)
        session.failed.connect(self.show_message)
        session.bridge.busyChanged.connect(self._busy)
        session.bridge.findingsReady.connect(self._findings)

        for keys, slot in (
            ("Ctrl+Z", self.undo),
            ("Ctrl+V", self.paste),
            ("Ctrl+L", self.lock),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        # Building the incident form the first time takes 40-150 ms on the GUI
        # thread: do it ahead of use, but never beside a write or an import and
        # never right on the user's clicks (the heartbeat tests saw it collide).
        self._warm_up_later = WhenQuiet(self._warm_up, self.background_busy, parent=self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._reminder: DailyReminder | None = None  # made by start(), after the first paint
        self._locked_from: QWidget = self.loading
        self._has_cases = False
        self.statusBar().setSizeGripEnabled(False)
        self._update_title()
        self._update_icon()

    # --- building ------------------------------------------------------------
    def _top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("topBar")
        # the bar's own background only: unscoped, it painted the switcher's open
        # list white under white highlighted text
        bar.setStyleSheet(
            "QWidget#topBar { background: #FFFFFF; border-bottom: 1px solid #E0E3E7; }"
        )
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(12, 6, 12, 6)
        self.switcher = CaseSwitcher()
        self.switcher.setAccessibleName(self.tr("Case"))
        self.switcher.activated.connect(self._switch_case)
        layout.addWidget(self.switcher)
        layout.addStretch(1)
        self.saved_label = label("", "hint")
        self.saved_label.setStyleSheet("color: #1E6B3A;")
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self._saved_text = ""
        layout.addWidget(self.saved_label)
        self.lock_button = QToolButton()
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setIcon(icon("lock.svg"))
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lock_button.setToolTip(self.tr("Lock (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock)
        layout.addWidget(self.lock_button)
        self.menu_button = QToolButton()
        self.menu_button.setText(self.tr("Settings"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.addAction(self.tr("App passphrase…"), self.set_passphrase)
        self.neutral_action = menu.addAction(self.tr("Neutral window title and icon"))
        self.neutral_action.setCheckable(True)
        self.neutral_action.setChecked(self.settings.neutral_title)
        self.neutral_action.toggled.connect(self.set_neutral_title)
        language = menu.addMenu(self.tr("Language (from the next start)"))
        for code, name in (("zh", "中文"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.settings.lang == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
        menu.addAction(self.tr("Daily reminder and phone calendar…"), self.show_reminders)
        menu.addAction(self.tr("Import a case file…"), self.import_dialog)
        menu.addAction(self.tr("Undo the last change (Ctrl+Z)"), self.undo)
        self.menu_button.setMenu(menu)
        layout.addWidget(self.menu_button)
        return bar

    def _cloud_strip(self) -> CloudStrip | None:
        """The cloud-sync warning, once per start, unless dismissed for this folder."""
        service = cloud_service(self.data_dir)
        folder = os.path.abspath(self.data_dir)
        if service is None or folder in self.settings.cloud_warning_dismissed:
            return None
        strip = CloudStrip(service)
        strip.settingsRequested.connect(lambda: self.show_view("case"))
        strip.dismissed.connect(lambda: self._cloud_dismissed(folder))
        return strip

    def _cloud_dismissed(self, folder: str) -> None:
        if folder not in self.settings.cloud_warning_dismissed:
            self.settings.cloud_warning_dismissed.append(folder)
            settings_mod.save(self.data_dir, self.settings)

    def _main_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        rail_box = QWidget()
        rail_box.setFixedWidth(220)
        rail_box.setStyleSheet("background: #F3F4F6;")
        rail_layout = QVBoxLayout(rail_box)
        rail_layout.setContentsMargins(8, 10, 8, 10)
        self.rail = QListWidget()
        self.rail.setObjectName("rail")
        self.rail.setIconSize(QSize(20, 20))
        self.rail.setAccessibleName(self.tr("Views"))
        rail_layout.addWidget(self.rail, 1)
        self.sign_card = SignCard()
        self.sign_card.opened.connect(self.open_sign_advice)
        rail_layout.addWidget(self.sign_card)
        layout.addWidget(rail_box)

        self.view_stack = QStackedWidget()
        layout.addWidget(self.view_stack, 1)
        self.views = LazyViews(self._build_view)
        self.specs = views.registered()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), spec.label())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.label())
            self.rail.addItem(item)
            self.view_stack.addWidget(QWidget())  # the view is built when first needed
            if spec.shortcut:
                sc = QShortcut(QKeySequence(spec.shortcut), self)
                sc.activated.connect(lambda key=spec.key: self.show_view(key))
        self.rail.currentRowChanged.connect(self._row_changed)

        self.side = QStackedWidget()
        self.side.setStyleSheet("QStackedWidget { border-left: 1px solid #E0E3E7; }")
        self._incident_form: IncidentForm | None = None  # built on first use
        self.sign_advice = SignAdvice()
        self.sign_advice.closed.connect(self.close_side)
        self.sign_advice.logRequested.connect(lambda: self.open_incident(_resignation_form()))
        self.sign_advice.offerRequested.connect(lambda: self.open_offer_review())
        self.sign_advice.noticeRequested.connect(self.open_art38_notice)
        self.side.addWidget(self.sign_advice)
        self.side.setVisible(False)
        layout.addWidget(self.side)
        return page

    def _build_view(self, key: str) -> QWidget:
        """Build a registered view and put it in its place in the stack."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        widget = self.specs[row].factory(self.session, self)
        placeholder = self.view_stack.widget(row)
        current = self.view_stack.currentIndex()
        self.view_stack.insertWidget(row, widget)
        if placeholder is not None:
            self.view_stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.view_stack.setCurrentIndex(current)
        return widget

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.views[self.specs[row].key]
            self.view_stack.setCurrentIndex(row)

    # --- navigation ------------------------------------------------------------
    def show_view(self, key: str) -> None:
        for row in range(self.rail.count()):
            if self.rail.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.rail.setCurrentRow(row)
                return

    def current_view(self) -> str | None:
        item = self.rail.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @property
    def reminder(self) -> DailyReminder:
        """The opt-in daily tray reminder, made on first use (`start` makes it
        after the first paint: its module loads the autostart writers)."""
        if self._reminder is None:
            from caseapp.ui.reminders import DailyReminder

            self._reminder = DailyReminder(self.session, self.data_dir, self)
            self._reminder.applied.connect(self.reminderSettingsChanged)
        return self._reminder

    @property
    def incident_form(self) -> IncidentForm:
        """The incident side panel (it scrolls its own fields), built on first use."""
        if self._incident_form is None:
            from caseapp.ui.incident_form import IncidentForm

            form = IncidentForm(self.session)
            form.closed.connect(self.close_side)
            form.addFilesRequested.connect(self.pick_files)
            form.setFixedWidth(440)
            self.side.addWidget(form)
            self._incident_form = form
        return self._incident_form

    @property
    def create_form(self) -> CreateCaseForm:
        """The create form, built on first use (it loads the law data's cities)."""
        if self._create_form is None:
            from caseapp.ui.create_form import CreateCaseForm

            form = CreateCaseForm(self.session.clock.today)
            form.submitted.connect(self.create_case)
            form.cancelled.connect(self._back_from_create)
            self.pages.addWidget(form)
            self._create_form = form
        return self._create_form

    def goto(self, page: QWidget) -> None:
        """Show a page — behind the lock screen while locked."""
        if self.is_locked():
            self._locked_from = page
        else:
            self.pages.setCurrentWidget(page)

    def show_create(self) -> None:
        self.goto(self.create_form)

    def _back_from_create(self) -> None:
        self.goto(self.main if self.session.case else self.welcome)

    def open_incident(self, kind: IncidentKind | None = None, keep_open: bool = False) -> None:
        if self.session.case is None:
            return
        if not (
            keep_open and self.side.isVisible() and self.side.currentWidget() is self.incident_form
        ):
            self.incident_form.start(kind)
        self.side.setCurrentWidget(self.incident_form)
        self.side.setVisible(True)

    def open_sign_advice(self) -> None:
        self.side.setCurrentWidget(self.sign_advice)
        self.side.setVisible(True)
        self.sign_advice.log_button.setFocus()

    def open_offer_review(self, incident: Incident | None = None) -> None:
        """The exit-offer review (issue 16), as a window of its own."""
        from caseapp.ui.offer_review import OfferReviewDialog

        if self.session.case is None:
            return
        _close(getattr(self, "offer_dialog", None))
        self.offer_dialog = OfferReviewDialog(self.session, incident, self)
        self.offer_dialog.show()

    def open_art38_notice(self) -> None:
        """The notice of resignation with cause (issue 16), as a window of its own."""
        from caseapp.ui.art38_view import Art38NoticeDialog

        if self.session.case is None:
            return
        _close(getattr(self, "notice_dialog", None))
        self.notice_dialog = Art38NoticeDialog(self.session, self)
        self.notice_dialog.show()

    def close_side(self) -> None:
        self.side.setVisible(False)

    # --- start-up and cases ------------------------------------------------------
    def start(self) -> None:
        """Ask the writer for the cases; the window is already painted. (The
        daily reminder is made once the first case shows, at a quiet moment,
        or at once when there is none.)"""
        self.pages.setCurrentWidget(self.loading)
        if self.settings.has_passphrase and not self.encrypted:  # encrypted: asked at start
            self.lock()
        self.session.refresh_cases(self._first_cases)

    def _first_cases(self, cases: list[CaseSummary]) -> None:
        if not cases:
            self.reminder  # noqa: B018  (no case to show first)
            self.goto(self.welcome)
            return
        ids = [c.id for c in cases]
        last = self.settings.last_case
        self.session.open_case(last if last in ids else ids[0])

    def _cases_listed(self, cases: list[CaseSummary]) -> None:
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for c in cases:
            who = f"{c.worker} · {c.employer}"
            self.switcher.add_case(c.title or who, c.id)
        self.switcher.addItem(self.tr("New case…"), NEW_CASE)
        self._select_current()
        self.switcher.blockSignals(False)
        self._has_cases = bool(cases)
        self.switcher.update_tooltip()
        self.switcher.setVisible(self._has_cases and not self.is_locked())

    def _select_current(self) -> None:
        if self.session.case_id is not None:
            index = self.switcher.findData(self.session.case_id)
            if index >= 0:
                self.switcher.setCurrentIndex(index)

    def _switch_case(self, index: int) -> None:
        case_id = self.switcher.itemData(index)
        if case_id == NEW_CASE:
            self._select_current()
            self.show_create()
        elif case_id and case_id != self.session.case_id:
            self.close_side()
            self.session.open_case(case_id)

    def _case_changed(self, _case: object) -> None:
        shown = self._locked_from if self.is_locked() else self.pages.currentWidget()
        if shown in (self.loading, self.welcome, self._create_form):
            self.goto(self.main)
            if self.rail.currentRow() < 0:
                self.rail.setCurrentRow(0)
            if self._incident_form is None:  # once the case shows, at a quiet moment
                self._warm_up_later.start()
        self.switcher.blockSignals(True)
        self._select_current()
        self.switcher.blockSignals(False)
        self.switcher.update_tooltip()
        if self.session.case_id and self.settings.last_case != self.session.case_id:
            self.settings.last_case = self.session.case_id
            settings_mod.save(self.data_dir, self.settings)
        self._update_title()

    def create_case(self, info: CaseInfo) -> None:
        self.create_form.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.create_form.save_button.setEnabled(True)
            self.create_form.show_service_error(error_text(exc))

        def done(_case_id: str) -> None:
            self.create_form.save_button.setEnabled(True)
            self.show_view("today")
            self.views["today"].welcome_new_case()  # type: ignore[attr-defined]

        self.session.create_case(info, done=done, error=failed)

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a case file"),
            start_dirs.for_documents(),
            self.tr("Case files (*.caseapp.zip *.zip *.json)"),
        )
        if name:
            self.session.import_file(Path(name))

    def pick_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), start_dirs.for_evidence()
        )
        if names:
            self.capture.add_files([Path(n) for n in names])

    # --- changes -------------------------------------------------------------------
    def undo(self) -> None:
        if self.session.case is not None and self.pages.currentWidget() is self.main:
            self.session.undo(done=lambda entry: self._undone(entry))

    def _undone(self, entry: object) -> None:
        if entry is None:
            self.show_message(self.tr("Nothing to undo."))

    def paste(self) -> None:
        if self.pages.currentWidget() is self.main and not self.capture.paste():
            self.show_message(self.tr("Nothing to paste: copy a screenshot or some text first."))

    def _saved(self) -> None:
        now = QTime.currentTime().toString("HH:mm")
        self._saved_text = self.tr("Saved ✓ %1").replace("%1", now)
        self.saved_label.setText(self._saved_text)

    def _busy(self, busy: bool) -> None:
        self.saved_label.setText(self.tr("Working…") if busy else self._saved_text)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _findings(self, report: object) -> None:
        for row, spec in enumerate(self.specs):
            if spec.badge is not None:
                count = spec.badge(report)
                text = spec.label() + (f"  {count}" if count else "")
                self.rail.item(row).setText(text)

    # --- privacy -------------------------------------------------------------------
    def _update_title(self) -> None:
        if self.settings.neutral_title:
            self.setWindowTitle(self.tr("Notes"))
            return
        if self.is_locked():  # the locked window names no one
            self.setWindowTitle(self.tr("caseapp — my case file"))
            return
        case = self.session.case
        base = self.tr("caseapp — my case file")
        self.setWindowTitle(f"{case.info.worker.name} · {base}" if case else base)

    def set_language(self, code: str) -> None:
        self.settings.lang = code
        settings_mod.save(self.data_dir, self.settings)
        self.show_message(self.tr("The language changes the next time the app starts."))

    # --- reminders ------------------------------------------------------------------
    def show_reminders(self) -> None:
        """The daily reminder and the phone calendar (a tab of 模板与求助), from
        the settings menu and from Today's offer."""
        if self.session.case is None:
            return
        self.show_view("help")
        help_view = self.views["help"]
        help_view.tabs.setCurrentWidget(help_view.reminders)  # type: ignore[attr-defined]

    def reminder_offer_wanted(self) -> bool:
        return not (self.reminder.settings.enabled or self.settings.reminder_offer_dismissed)

    def dismiss_reminder_offer(self) -> None:
        self.settings.reminder_offer_dismissed = True
        settings_mod.save(self.data_dir, self.settings)
        self.reminderSettingsChanged.emit()

    def set_neutral_title(self, on: bool) -> None:
        self.settings.neutral_title = on
        settings_mod.save(self.data_dir, self.settings)
        self._update_title()
        self._update_icon()

    def _update_icon(self) -> None:
        """With the neutral title, a neutral icon on the window (and the
        dialogs it owns); otherwise the application's icon (caseapp.svg)."""
        neutral = self.settings.neutral_title
        self.setWindowIcon(icon(NEUTRAL_ICON) if neutral else QGuiApplication.windowIcon())

    @property
    def encrypted(self) -> bool:
        """Encryption at rest is on: the lock asks the encryption passphrase."""
        return encryption.is_encrypted(self.data_dir)

    @property
    def guarded(self) -> bool:
        """The lock needs a passphrase (the window's own, or encryption's)."""
        return self.settings.has_passphrase or self.encrypted

    def set_passphrase(self) -> None:
        if self.encrypted:
            self.show_message(
                self.tr(
                    "Your case file is encrypted: the lock asks for its passphrase. "
                    "Change it in Case settings."
                )
            )
            return
        dialog = PassphraseDialog(self)
        if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
            value = dialog.value()
            self.settings.passphrase = settings_mod.hash_passphrase(value) if value else None
            settings_mod.save(self.data_dir, self.settings)
            self.idle.start(self.settings.idle_lock_minutes if value else 0)
            self.show_message(
                self.tr("Passphrase set.") if value else self.tr("Passphrase removed.")
            )

    def lock(self) -> None:
        if self.pages.currentWidget() is self.lock_screen:
            return
        self._locked_from = self.pages.currentWidget() or self.loading
        self.close_side()
        if self.encrypted:
            data_dir = self.data_dir
            self.lock_screen.prepare(
                {"scheme": "encryption"}, lambda text: encryption.check_passphrase(data_dir, text)
            )
        else:
            self.lock_screen.prepare(self.settings.passphrase)
        self.pages.setCurrentWidget(self.lock_screen)
        self.switcher.setEnabled(False)
        self.switcher.setVisible(False)  # its entries name the worker and employer
        self.menu_button.setEnabled(False)
        self._update_title()

    def unlock(self) -> None:
        self.pages.setCurrentWidget(self._locked_from)
        self.switcher.setEnabled(True)
        self.switcher.setVisible(self._has_cases)
        self.menu_button.setEnabled(True)
        self._update_title()
        if self.guarded:
            self.idle.start(self.settings.idle_lock_minutes)

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def background_busy(self) -> bool:
        """A write, an evidence copy or a PDF build is under way: the user is
        waiting on it, so optional GUI-thread work waits too. A view that starts
        background jobs says so with a `background_busy()` method."""
        if self.session.bridge.busy:
            return True
        for view in list(self.views.values()):  # only the views built so far
            busy = getattr(view, "background_busy", None)
            if callable(busy) and busy():
                return True
        return False

    def _warm_up(self) -> None:
        """Lay out the side panel once, after the first paint, so that opening
        it later (e.g. on Ctrl+V) does not stall the GUI thread. The daily
        reminder is made here too: after the case shows, before any minute."""
        self.reminder  # noqa: B018
        if self.side.isVisible() or self.is_locked():
            return
        self.side.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.side.setVisible(True)
        self.side.setCurrentWidget(self.incident_form)
        self.side.setVisible(False)
        self.side.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.guarded:
            self.idle.start(self.settings.idle_lock_minutes)

    def closeEvent(self, event: QCloseEvent) -> None:
        if hasattr(self, "idle"):
            self.idle.start(0)
        if hasattr(self, "capture"):
            self.capture.close()
        super().closeEvent(event)


def _close(dialog: QWidget | None) -> None:
    """Close a dialog opened before (deleted on close: it may be gone already)."""
    if dialog is None:
        return
    with contextlib.suppress(RuntimeError):  # its C++ object was deleted when it closed
        dialog.close()


def _resignation_form() -> IncidentKind:
    from caseapp.domain.vocab import IncidentKind

    return IncidentKind.RESIGNATION_FORM_PRESENTED
