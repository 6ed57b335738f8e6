"""Known vulnerabilities of the pinned versions in the lock files, from an OSV advisory database.

pip-audit asks a vulnerability service on the network; this machine reaches the package index
only, so the advisories come from a local copy of the PyPA advisory database (OSV YAML files,
one folder per package under vulns/):

    .venv/bin/python scripts/audit_locks.py --advisories /path/to/advisory-database/vulns \\
        requirements/bot.lock requirements/dev.lock requirements/rasa.lock requirements/rasa-dev.lock

Prints, per lock file, each pinned package with an advisory that covers its version. The
judgement of what an attacker can reach is written by hand in reports/dependencies.md.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

PIN = re.compile(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;#]+)")


@dataclass(frozen=True)
class Finding:
    package: str
    version: str
    advisory: str
    aliases: tuple[str, ...]
    fixed: tuple[str, ...]
    summary: str


def pins(lock: Path) -> dict[str, str]:
    """Package name -> pinned version, from a `uv pip compile` lock file."""
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            found[canonicalize_name(match.group(1))] = match.group(2)
    return found


def in_range(version: Version, events: list[dict]) -> bool:
    """Whether a version lies in an OSV ECOSYSTEM range (introduced/fixed/last_affected)."""
    affected = False
    for event in events:
        try:
            if "introduced" in event:
                start = event["introduced"]
                affected = start == "0" or version >= Version(str(start))
            elif ("fixed" in event and version >= Version(str(event["fixed"]))) or (
                "last_affected" in event and version > Version(str(event["last_affected"]))
            ):
                affected = False
        except InvalidVersion:
            continue
    return affected


def affects(advisory: dict, package: str, version: str) -> tuple[bool, tuple[str, ...]]:
    """Whether the advisory covers this package version, and the versions that fix it."""
    hit, fixed = False, []
    for affected in advisory.get("affected") or []:
        if canonicalize_name(affected.get("package", {}).get("name", "")) != package:
            continue
        if version in [str(v) for v in affected.get("versions") or []]:
            hit = True
        for span in affected.get("ranges") or []:
            fixed += [str(e["fixed"]) for e in span.get("events", []) if "fixed" in e]
            if span.get("type") == "ECOSYSTEM":
                with contextlib.suppress(InvalidVersion):
                    hit = hit or in_range(Version(version), span.get("events", []))
    return hit, tuple(fixed)


def audit(lock: Path, advisories: Path) -> list[Finding]:
    findings = []
    for package, version in sorted(pins(lock).items()):
        folder = advisories / package
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            advisory = yaml.safe_load(path.read_text(encoding="utf-8"))
            if advisory.get("withdrawn"):
                continue
            hit, fixed = affects(advisory, package, version)
            if hit:
                summary = advisory.get("summary") or advisory.get("details") or ""
                findings.append(
                    Finding(
                        package=package,
                        version=version,
                        advisory=advisory["id"],
                        aliases=tuple(advisory.get("aliases") or ()),
                        fixed=fixed,
                        summary=" ".join(summary.split())[:160],
                    )
                )
    return findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advisories", type=Path, required=True, help="the vulns/ folder")
    parser.add_argument("locks", type=Path, nargs="+")
    args = parser.parse_args()
    for lock in args.locks:
        findings = audit(lock, args.advisories)
        print(f"## {lock}: {len(pins(lock))} pinned, {len(findings)} advisories apply")
        for f in findings:
            aliases = ", ".join(a for a in f.aliases if a.startswith("CVE")) or "-"
            fixed = ", ".join(f.fixed) or "no fix listed"
            print(f"- {f.package} {f.version}: {f.advisory} ({aliases}); fixed in {fixed}")
            print(f"  {f.summary}")


if __name__ == "__main__":
    main()
