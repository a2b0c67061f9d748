"""First run: create my case, open one of the two sample cases (the standby
case of an outsourced engineer; a part-time labeller paid by the batch on a
platform), import a case file — and the evidence-safety card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.ui.widgets import card, label


class WelcomeView(QWidget):
    createRequested = Signal()
    sampleRequested = Signal(str)  # the sample's name: "sample" or "platform"
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(14)
        outer.addWidget(label(self.tr("Keep a record of your case, day by day"), "title"))
        outer.addWidget(
            label(
                self.tr(
                    "Log each day in one click, keep what was said and the screenshots, "
                    "and see what it means under labour law. Everything stays on this computer."
                )
            )
        )
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create my case"))
        self.create_button.setProperty("role", "primary")
        self.sample_button = QPushButton(self.tr("Open the sample case"))
        self.sample_button.setToolTip(
            self.tr("An outsourced test engineer sent home on standby, pay cut below the floor")
        )
        self.platform_sample_button = QPushButton(self.tr("Open the platform-work sample"))
        self.platform_sample_button.setToolTip(
            self.tr(
                "A part-time labeller paid by the batch through a guild: hours, "
                "rejected batches, pay per hour below the local minimum"
            )
        )
        self.import_button = QPushButton(self.tr("Import a case file…"))
        for button in (
            self.create_button,
            self.sample_button,
            self.platform_sample_button,
            self.import_button,
        ):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.create_button.clicked.connect(self.createRequested)
        self.sample_button.clicked.connect(lambda: self.sampleRequested.emit("sample"))
        self.platform_sample_button.clicked.connect(lambda: self.sampleRequested.emit("platform"))
        self.import_button.clicked.connect(self.importRequested)

        frame, box = card()
        box.addWidget(label(self.tr("Keeping your evidence safe"), "subtitle"))
        for line in (
            self.tr("Keep only what concerns your own employment."),
            self.tr("Never edit the originals: keep a copy here and leave the original as it is."),
            self.tr("Keep the phone and the chat history; do not delete the conversations."),
            self.tr("Do not install this on a company computer."),
            self.tr("Record only conversations you take part in."),
        ):
            item = label("•  " + line)
            item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(item)
        outer.addWidget(frame)
        outer.addStretch(1)
