"""Shared test setup: Qt offscreen, Hypothesis profiles, a private umask."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's "today" is the case's time zone (Asia/Shanghai by default), and the
# tests compare it with `date.today()`: from 16:00 UTC the two were a day apart
# and tests of "a date after today" failed every evening on a UTC machine. The
# tests run in the time zone of the cases they build.
os.environ["TZ"] = "Asia/Shanghai"
# Nothing a test does may land in the user's own config (login autostart entries,
# platformdirs config): point XDG_CONFIG_HOME at a private temporary directory.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="caseapp-test-config-")
# The parse cache of the catalogue and the law data (caseapp.parsecache): not the user's.
os.environ.setdefault("CASEAPP_CACHE_DIR", tempfile.mkdtemp(prefix="caseapp-test-cache-"))

import pytest
from hypothesis import HealthCheck, settings

time.tzset()  # TZ above

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fuzz", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _app_log_ends_with_its_test() -> Iterator[None]:
    """An entry point run in-process (`main([...])`) sets the app's log up
    (`caseapp.logs`); later tests must not write into that test's data directory."""
    yield
    logs = sys.modules.get("caseapp.logs")
    if logs is not None:
        logs.stop_logging()
