"""The GitHub workflows: linted by actionlint and zizmor, and held to the project's CI policy.

The policy (see CONTRIBUTING.md): pull requests run with ``pull_request`` (never
``pull_request_target``), a read-only token and no secrets; every action is pinned by a full
commit SHA; every job has a timeout; checkout never keeps the token; only the Pages deploy job
may write. Each rule is a small function returning the violations it finds, tested both on the
real files (no violation) and on a workflow that breaks it (so a rule cannot pass by accident).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent

Workflow = dict[str, Any]
SHA_PIN = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
WRITE_SCOPES_ALLOWED = {"deploy.yml": {"deploy": {"pages", "id-token"}}}


def load(path: Path) -> Workflow:
    """Parse a workflow with every scalar kept a string (YAML 1.1 would turn ``on`` into True)."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    return data


def jobs(workflow: Workflow) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(job id, job)`` for every job."""
    yield from workflow.get("jobs", {}).items()


def steps(workflow: Workflow) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(job id, step)`` for every step of every job."""
    for job_id, job in jobs(workflow):
        for step in job.get("steps", []):
            yield job_id, step


def triggers(workflow: Workflow) -> set[str]:
    """The event names under ``on``, whichever of its three shapes is used."""
    on = workflow.get("on", {})
    if isinstance(on, str):
        return {on}
    return set(on)


def unpinned_actions(workflow: Workflow) -> list[str]:
    """``uses:`` references that are not ``owner/repo@<40-hex commit>`` (local actions aside)."""
    found = []
    for job_id, step in steps(workflow):
        uses = step.get("uses")
        if uses and not uses.startswith("./") and not SHA_PIN.match(uses):
            found.append(f"{job_id}: {uses}")
    return found


def write_permissions(workflow: Workflow) -> dict[str, set[str]]:
    """Scopes granted ``write`` per job (``<workflow>`` for the top level, ``write-all`` too)."""
    granted: dict[str, set[str]] = {}
    scopes = [("<workflow>", workflow.get("permissions"))]
    scopes += [(job_id, job.get("permissions")) for job_id, job in jobs(workflow)]
    for owner, perms in scopes:
        if perms in ("write-all", None) and owner == "<workflow>":
            # A missing top-level block means the repository default, which may be write.
            granted[owner] = {"<default or write-all>"}
        elif perms == "write-all":
            granted[owner] = {"write-all"}
        elif isinstance(perms, dict):
            writes = {scope for scope, level in perms.items() if level == "write"}
            if writes:
                granted[owner] = writes
    return granted


def policy_violations(name: str, workflow: Workflow) -> list[str]:
    """Every way ``workflow`` (file name ``name``) breaks the CI policy."""
    problems = [f"not pinned by SHA: {ref}" for ref in unpinned_actions(workflow)]
    if "pull_request_target" in triggers(workflow):
        problems.append("uses pull_request_target")
    allowed = WRITE_SCOPES_ALLOWED.get(name, {})
    for owner, scopes in write_permissions(workflow).items():
        extra = scopes - allowed.get(owner, set())
        if extra:
            problems.append(f"{owner} may write: {sorted(extra)}")
    for job_id, job in jobs(workflow):
        if "timeout-minutes" not in job:
            problems.append(f"{job_id}: no timeout-minutes")
    for job_id, step in steps(workflow):
        is_checkout = step.get("uses", "").startswith("actions/checkout@")
        if is_checkout and step.get("with", {}).get("persist-credentials") != "false":
            problems.append(f"{job_id}: checkout keeps the token (persist-credentials)")
    return problems


def workflow_files() -> list[Path]:
    return sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))


def run_tool(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=REPO_ROOT, check=False)


def tool(name: str) -> str:
    """The tool from this venv (``make test`` installs it); fail, never skip, when it is absent."""
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: run `make install` (it is in the dev extras)")
    return found


BAD_WORKFLOW = textwrap.dedent(
    """
    on: pull_request_target
    permissions: write-all
    jobs:
      build:
        runs-on: ubuntu-24.04
        steps:
          - uses: actions/checkout@v4
          - run: echo "${{ github.event.pull_request.title }}"
    """
)


def test_workflows_exist() -> None:
    names = {path.name for path in workflow_files()}
    assert {"pr.yml", "deploy.yml"} <= names


@pytest.mark.parametrize("path", workflow_files(), ids=lambda p: p.name)
def test_workflow_follows_policy(path: Path) -> None:
    assert policy_violations(path.name, load(path)) == []


def test_policy_catches_a_bad_workflow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD_WORKFLOW, encoding="utf-8")
    assert policy_violations("bad.yml", load(bad)) == [
        "not pinned by SHA: build: actions/checkout@v4",
        "uses pull_request_target",
        "<workflow> may write: ['<default or write-all>']",
        "build: no timeout-minutes",
        "build: checkout keeps the token (persist-credentials)",
    ]


def test_pull_request_workflow_runs_the_checks() -> None:
    workflow = load(WORKFLOWS / "pr.yml")
    assert triggers(workflow) == {"pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    lines = (WORKFLOWS / "pr.yml").read_text(encoding="utf-8").splitlines()
    code = [line for line in lines if not line.lstrip().startswith("#")]
    assert not [line for line in code if re.search(r"\bsecrets\b", line)], "uses a secret"
    commands = "\n".join(step.get("run", "") for _, step in steps(workflow))
    for command in ("factsheet validate --format github", "mkdocs build --strict", "make test"):
        assert command in commands
    # Everything a test needs is installed where the tests run (a test never skips for lack of it).
    install = [line for line in commands.splitlines() if "apt-get install" in line]
    assert install and {"chromium", "nodejs"} <= set(install[0].split())


def test_ci_script_installs_what_the_tests_need() -> None:
    script = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in ("chromium", "nodejs"):
        assert f"apt_install {package}" in script


def test_deploy_separates_build_from_publish() -> None:
    workflow = load(WORKFLOWS / "deploy.yml")
    assert triggers(workflow) >= {"push"}
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    build_uses = [step.get("uses", "") for step in build["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in build_uses)
    assert [s.get("uses", "").split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]


@pytest.mark.parametrize(
    ("name", "args"),
    [("actionlint", ["-no-color"]), ("zizmor", ["--offline", "--no-progress"])],
)
def test_linter_passes(name: str, args: list[str]) -> None:
    result = run_tool([tool(name), *args, *map(str, workflow_files())])
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("name", "args", "expected"),
    [
        ("actionlint", ["-no-color"], "untrusted"),
        ("zizmor", ["--offline", "--no-progress"], "dangerous-triggers"),
    ],
)
def test_linter_reports_a_bad_workflow(
    tmp_path: Path, name: str, args: list[str], expected: str
) -> None:
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text(BAD_WORKFLOW, encoding="utf-8")
    result = run_tool([tool(name), *args, str(bad)])
    assert result.returncode != 0
    assert expected in result.stdout + result.stderr


def codeowners() -> dict[str, str]:
    lines = (REPO_ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    entries = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    return {entry[0]: " ".join(entry[1:]) for entry in entries}


@pytest.mark.parametrize(
    ("pattern", "owner"),
    [
        *[
            (p, "@factsheet/maintainers")
            for p in ("/.github/", "/mkdocs.yml", "/src/", "/overrides/", "/pyproject.toml")
        ],
        *[
            (p, "@factsheet/maintainers")
            for p in ("/Makefile", "/.ci/", "/*.lock", "/requirements*.txt")
        ],
        ("/facts/", "@factsheet/fact-reviewers"),
        ("/seeds/", "@factsheet/fact-reviewers"),
    ],
)
def test_codeowners(pattern: str, owner: str) -> None:
    assert codeowners().get(pattern) == owner


def test_the_pull_request_summary_step_writes_factsheet_diff_to_the_job_summary() -> None:
    """Issue 13: the reviewer's fact-by-fact summary, with no write permission and no secret,
    from a checkout with the whole history (the merge base with the base branch)."""
    workflow = load(WORKFLOWS / "pr.yml")
    runs = [step.get("run", "") for _, step in steps(workflow)]
    summary = [r for r in runs if "factsheet diff" in r]
    assert summary and all('>> "$GITHUB_STEP_SUMMARY"' in r for r in summary)
    assert all("${{" not in r for r in summary), "expressions go through env, not run"
    assert "secrets." not in "".join(runs) + str(workflow.get("env"))
    for name in ("pr.yml", "deploy.yml"):
        checkouts = [
            step
            for _, step in steps(load(WORKFLOWS / name))
            if step.get("uses", "").startswith("actions/checkout@")
        ]
        assert [c.get("with", {}).get("fetch-depth") for c in checkouts] == ["0"], name
