"""No silent skip: a run that skips a test fails, unless the test is on the written list.

A skipped test proves nothing, and a skip that happens only on CI (a tool missing from its
image, say) hides a whole layer of tests behind a green run. So every skip (``pytest.skip``,
``skipif``, ``importorskip``, an empty parameter set, an ``xfail``) turns the run's exit status to
1 and is listed at the end, unless its test is in ``tests/allowed_skips.txt``: one test id a line
(the id as pytest prints it, parameters left out to allow every case), then ``  # `` and the
reason it may be skipped. An entry without a reason is an error.

``tests/conftest.py`` imports the hooks; ``pytest -p skip_policy`` loads them elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

LIST_NAME = "tests/allowed_skips.txt"


def allowed_skips(path: Path) -> dict[str, str]:
    """The written list: test id -> reason (an empty dict when the file does not exist)."""
    if not path.is_file():
        return {}
    allowed: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        test_id, _, reason = line.partition("  # ")
        if not test_id.strip() or not reason.strip():
            raise pytest.UsageError(f"{path}:{number}: write '<test id>  # <why it may skip>'")
        allowed[test_id.strip()] = reason.strip()
    return allowed


def is_allowed(test_id: str, allowed: dict[str, str]) -> bool:
    """Whether a test id (with or without its parameters) is on the list."""
    return test_id in allowed or test_id.partition("[")[0] in allowed


class SkipPolicy:
    """Collects the run's skips; fails the run and lists them when one is not allowed."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.skipped: list[tuple[str, str]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.skipped:
            self.skipped.append((report.nodeid, _reason(report)))

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.skipped:  # a module skipped as a whole (allow_module_level=True)
            self.skipped.append((report.nodeid, _reason(report)))

    def unlisted(self) -> list[tuple[str, str]]:
        """The skips of this run that are not on the written list."""
        allowed = allowed_skips(self.config.rootpath / LIST_NAME)
        return [(tid, why) for tid, why in self.skipped if not is_allowed(tid, allowed)]

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.unlisted() and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        found = self.unlisted()
        if not found:
            return
        terminalreporter.section("skipped tests that are not allowed to skip", red=True)
        for test_id, reason in found:
            terminalreporter.line(f"{test_id}: {reason}")
        terminalreporter.line(
            f"a skipped test counts as a failure: make it run, or add it to {LIST_NAME} "
            "with the reason it may skip"
        )


def _reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    xfail = getattr(report, "wasxfail", None)
    if xfail is not None:
        return f"xfail: {xfail}"
    reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
    return reason.removeprefix("Skipped: ")


def pytest_configure(config: pytest.Config) -> None:
    config.pluginmanager.register(SkipPolicy(config), "skip-policy")
