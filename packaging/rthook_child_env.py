"""PyInstaller runtime hook (runs before caseapp): programs the app starts
itself, such as the PDF viewer or file manager opened through
QDesktopServices (xdg-open), get the user's own library search path.

On Linux the bootloader puts the bundle's `_internal/` first on
LD_LIBRARY_PATH (the old value, if any, in LD_LIBRARY_PATH_ORIG). The
process itself no longer needs it once started (the dynamic linker reads it
at start-up; the bundle's libraries find each other by RPATH), but a child
would load the bundle's libstdc++, GLib or libX11 instead of its own and may
fail with a symbol lookup error.
"""

import os
import sys

if not sys.platform.startswith(("win", "darwin")):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is not None:
        os.environ["LD_LIBRARY_PATH"] = _original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
