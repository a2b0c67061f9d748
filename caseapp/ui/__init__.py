"""The desktop app (PySide6). Only this package imports Qt; it reaches data
through the services on the serial writer thread (see bridge.py)."""

from caseapp.ui import qtfix

qtfix.apply()
