"""The systemd units in deploy/systemd: systemd accepts them, every command they start is one
the project ships (or the system provides), and they agree with each other, the env file and the
settings."""

from __future__ import annotations

import os
import re
import secrets
import shlex
import shutil
import subprocess
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from dotenv import dotenv_values

from bot.admin.__main__ import parse_args as admin_parse_args
from bot.settings import Settings
from testkit.fixtures import needs
from testkit.settings import make_settings

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
ENV_EXAMPLE = ROOT / "deploy" / "pmi-bot.env.example"
# Where the README puts the checkout on the server, and the one env file every unit reads.
INSTALL_DIR = "/opt/pmi-bot"
ENV_FILE = "/etc/pmi-bot/env"

LONG_RUNNING = ["pmi-actions.service", "pmi-rasa.service", "pmi-bot.service", "pmi-console.service"]
TIMED = {"pmi-purge.timer": "daily", "pmi-backup.timer": "daily", "pmi-health.timer": "5min"}
SERVICES = sorted(path.name for path in UNITS.glob("*.service"))
HARDENING = {
    "NoNewPrivileges": "true",
    "ProtectSystem": "strict",
    "ProtectHome": "true",
    "PrivateTmp": "true",
    "PrivateDevices": "true",
    "ProtectKernelTunables": "true",
    "ProtectKernelModules": "true",
    "ProtectControlGroups": "true",
    "RestrictSUIDSGID": "true",
    "LockPersonality": "true",
    "CapabilityBoundingSet": "",
}


@cache
def unit(name: str) -> dict[str, dict[str, list[str]]]:
    """A unit file as section -> key -> every value given (systemd allows repeats)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in (UNITS / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        assert not line.endswith("\\"), f"{name}: keep each setting on one line: {line}"
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        assert current is not None, f"{name}: {line} is outside a section"
        current.setdefault(key, []).append(value)
    return sections


def service(name: str) -> dict[str, list[str]]:
    return unit(name)["Service"]


def on_this_checkout(path: str) -> Path:
    """A path on the server, as it is in this checkout."""
    return Path(path.replace(INSTALL_DIR, str(ROOT), 1))


def command_lines(name: str) -> list[list[str]]:
    """Every command line the unit starts, split as systemd splits it ($$ is a $)."""
    lines = []
    for key in ("ExecStartPre", "ExecStart", "ExecStartPost"):
        for value in service(name).get(key, []):
            lines.append(shlex.split(value.lstrip("-@:+!").replace("$$", "$")))
    return lines


def environment(name: str) -> dict[str, str]:
    """The unit's own Environment= lines."""
    pairs = [value.partition("=") for value in service(name).get("Environment", [])]
    return {key: value for key, _, value in pairs}


def env_example() -> dict[str, str | None]:
    """The settings the operator's environment file fills in (python-dotenv reads it as
    systemd's EnvironmentFile= does for these plain lines)."""
    return dotenv_values(ENV_EXAMPLE)


def test_the_kit_has_every_unit():
    assert sorted(path.name for path in UNITS.iterdir()) == sorted(
        [*LONG_RUNNING, "pmi-purge.service", "pmi-backup.service", "pmi-health.service", *TIMED]
    )


def verify(directory: Path, names: list[str]) -> str:
    """What `systemd-analyze verify` says about the units (empty when it has nothing to say)."""
    result = subprocess.run(
        ["systemd-analyze", "verify", *names],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return (result.stdout + result.stderr).strip() + (
        f"\n(exit status {result.returncode})" if result.returncode else ""
    )


def needs_systemd_analyze() -> None:
    """Skip without systemd-analyze, saying why; the full tier fails instead."""
    missing = "not installed; Debian's systemd package has it"
    needs("systemd-analyze", None if shutil.which("systemd-analyze") else missing)


def test_systemd_accepts_the_units(tmp_path):
    """systemd-analyze only warns about an unknown key or a bad value and exits 0, so any word
    from it fails the test. The paths point at this checkout, so it also checks that every
    program the units start is there and executable."""
    needs_systemd_analyze()
    env_file = tmp_path / "env"
    env_file.write_text("")
    for path in UNITS.iterdir():
        text = path.read_text(encoding="utf-8")
        text = text.replace(ENV_FILE, str(env_file)).replace(INSTALL_DIR, str(ROOT))
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    assert verify(tmp_path, sorted(path.name for path in UNITS.iterdir())) == ""


def test_a_mistake_in_a_unit_is_caught(tmp_path):
    """The check above would notice a typo or a bad value."""
    needs_systemd_analyze()
    (tmp_path / "broken.service").write_text(
        "[Service]\nExecStart=/bin/true\nRestart=sometimes\nProtectSytem=strict\n"
    )
    said = verify(tmp_path, ["broken.service"])
    assert "sometimes" in said and "ProtectSytem" in said


@pytest.mark.parametrize("name", SERVICES)
def test_every_service_runs_as_pmi_bot_with_the_one_env_file(name):
    assert service(name)["User"] == ["pmi-bot"]
    assert service(name)["Group"] == ["pmi-bot"]
    assert service(name)["EnvironmentFile"] == [ENV_FILE]


@pytest.mark.parametrize("name", SERVICES)
def test_every_service_is_hardened(name):
    settings = {key: values[-1] for key, values in service(name).items()}
    assert {key: settings.get(key) for key in HARDENING} == HARDENING


@pytest.mark.parametrize("name", SERVICES)
def test_what_a_service_may_write_is_what_it_needs(name):
    """Everything is read-only under ProtectSystem=strict but these: var/ (spool, quarantine,
    posters) for the programs, the backup folder for the backup."""
    writable = service(name).get("ReadWritePaths", [])
    if name == "pmi-backup.service":
        assert writable == ["/var/backups/pmi-bot"]
    elif name == "pmi-health.service":
        assert writable == []
    else:
        assert writable == [f"{INSTALL_DIR}/var"]
        assert service(name)["WorkingDirectory"] == [INSTALL_DIR]


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_long_running_services_come_back_and_start_at_boot(name):
    assert service(name)["Restart"] == ["on-failure"]
    assert unit(name)["Install"]["WantedBy"] == ["multi-user.target"]


@pytest.mark.parametrize("timer", sorted(TIMED))
def test_each_timer_starts_its_oneshot_service(timer):
    name = timer.replace(".timer", ".service")
    assert service(name)["Type"] == ["oneshot"]
    assert "Install" not in unit(name)  # started by the timer only
    assert unit(timer)["Install"]["WantedBy"] == ["timers.target"]
    settings = unit(timer)["Timer"]
    if TIMED[timer] == "daily":
        assert len(settings["OnCalendar"]) == 1
        assert settings["Persistent"] == ["true"]  # a day missed while off runs at boot
    else:
        assert settings["OnUnitActiveSec"] == [TIMED[timer]]


def after(name: str) -> set[str]:
    return {
        dependency for line in unit(name)["Unit"].get("After", []) for dependency in line.split()
    }


def test_each_part_starts_after_what_it_talks_to():
    assert {"pmi-actions.service", "postgresql.service", "redis-server.service"} <= after(
        "pmi-rasa.service"
    )
    assert {"pmi-rasa.service", "postgresql.service"} <= after("pmi-bot.service")
    for name in ["pmi-console.service", "pmi-purge.service", "pmi-backup.service"]:
        assert "postgresql.service" in after(name)


@pytest.mark.parametrize("name", ["pmi-rasa.service", "pmi-actions.service"])
def test_rasa_reports_nothing_to_its_makers(name):
    assert environment(name)["RASA_TELEMETRY_ENABLED"] == "false"


def test_the_action_server_listens_on_this_machine_only():
    # rasa-sdk has no interface option; Sanic reads SANIC_HOST.
    assert environment("pmi-actions.service")["SANIC_HOST"] == "127.0.0.1"


def rasa_option_values(line: list[str]) -> dict[str, str]:
    return {option: value for option, value in pairwise(line) if option.startswith("-")}


@pytest.mark.parametrize("name", SERVICES)
def test_every_command_a_unit_starts_exists(name):
    """Programs under /opt/pmi-bot are this checkout's (the venvs as `make setup` makes them);
    others are the system's, by absolute path; `python -m` names a module of ours with
    arguments it accepts; files Rasa is given are in the checkout."""
    for line in command_lines(name):
        program = line[0]
        assert os.path.isabs(program), f"{name}: systemd needs an absolute path: {program}"
        local = on_this_checkout(program)
        assert local.is_file() and os.access(local, os.X_OK), f"{name}: no program {local}"
        if program.startswith(f"{INSTALL_DIR}/.venv/bin/python"):
            assert line[1] == "-m"
            module = ROOT / line[2].replace(".", "/") / "__main__.py"
            assert module.is_file(), f"{name}: no module {line[2]}"
            if line[2] == "bot.admin":
                admin_parse_args(line[3:])  # exits on an unknown command or option
            else:
                assert line[3:] == [], "python -m bot takes no arguments"
        elif program == f"{INSTALL_DIR}/.venv-rasa/bin/rasa":
            options = rasa_option_values(line)
            for option in ("--model", "--credentials", "--endpoints"):
                if option in options:
                    assert (ROOT / options[option]).is_file(), f"{name}: {options[option]}"
            if "--actions" in options:
                assert (ROOT / options["--actions"] / "__init__.py").is_file()
        elif program == "/bin/sh":
            assert line[1] == "-c"
            for tool in ("curl", "seq", "sleep"):
                if re.search(rf"\b{tool}\b", line[2]):
                    assert shutil.which(tool), f"{name}: {tool} is not installed"


@cache
def rasa_help(*subcommand: str) -> str:
    rasa = ROOT / ".venv-rasa" / "bin" / "rasa"
    return subprocess.run(
        [str(rasa), *subcommand, "--help"], capture_output=True, text=True, timeout=120, check=True
    ).stdout


@pytest.mark.parametrize("name", ["pmi-rasa.service", "pmi-actions.service"])
def test_rasa_is_given_only_options_it_has(name):
    [line] = [line for line in command_lines(name) if line[0].endswith("/rasa")]
    subcommand = [word for word in line[1:3] if not word.startswith("-")]
    assert subcommand in (["run"], ["run", "actions"])
    known = set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", rasa_help(*subcommand)))
    given = [word for word in line if word.startswith("-")]
    assert set(given) <= known, f"not options of rasa {' '.join(subcommand)}: {set(given) - known}"


def port_of(url: str) -> str:
    return re.search(r":(\d+)(/|$)", url).group(1)


def test_the_ports_agree():
    """The ports in the units, the env file, Rasa's endpoints and the reverse proxy."""
    env = env_example()
    rasa = rasa_option_values(command_lines("pmi-rasa.service")[0])
    actions = rasa_option_values(command_lines("pmi-actions.service")[0])
    assert port_of(env["RASA_URL"]) == rasa["--port"] == "5005"
    assert rasa["-i"] == "127.0.0.1"
    assert port_of(env["ACTION_SERVER_URL"]) == actions["--port"]
    assert environment("pmi-health.service")["BOT_HTTP_PORT"] == env["BOT_HTTP_PORT"]
    assert f":{rasa['--port']}/" in service("pmi-rasa.service")["ExecStartPost"][0]
    caddyfile = (ROOT / "deploy" / "caddy" / "Caddyfile").read_text(encoding="utf-8")
    assert f"reverse_proxy 127.0.0.1:{env['BOT_HTTP_PORT']}" in caddyfile
    assert f"reverse_proxy 127.0.0.1:{env['ADMIN_PORT']}" in caddyfile
    assert env["TELEGRAM_WEBHOOK_URL"].endswith("/telegram")


def test_every_name_in_the_env_file_is_read_by_something():
    """No invented names: each is a setting of the bot, a variable Rasa's production endpoints
    or credentials read, or one the backup script reads."""
    settings = {name.upper() for name in Settings.model_fields}
    rasa_files = [ROOT / "deploy" / "endpoints.production.yml", ROOT / "credentials.yml"]
    rasa = {
        name
        for path in rasa_files
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
        for name in re.findall(r"\$\{(\w+)\}", line)
    }
    backup = set(re.findall(r"\$\{(\w+)[:}]", (ROOT / "deploy/backup/pmi-backup.sh").read_text()))
    unread = set(env_example()) - settings - rasa - backup
    assert not unread, f"nothing reads {sorted(unread)}"
    assert rasa <= set(env_example()), "Rasa's production endpoints need every one of these"


def test_the_env_file_filled_in_is_a_valid_production_configuration(tmp_path, monkeypatch):
    """Blank values are the secrets the operator makes; with them the bot starts in production."""
    monkeypatch.chdir(tmp_path)  # no .env here
    values = {
        name.lower(): value or secrets.token_urlsafe(32)
        for name, value in env_example().items()
        if name.lower() in Settings.model_fields
    }
    values["telegram_bot_username"] = "pmi_sumsel_bot"
    settings = make_settings(**values)
    assert settings.environment == "production"
    assert settings.telegram_webhook_url is not None
    assert settings.rasa_tracker_database_url is not None


def test_the_env_file_as_shipped_is_refused(tmp_path, monkeypatch):
    """Copied without filling in, the bot does not start on empty keys."""
    monkeypatch.chdir(tmp_path)
    values = {
        name.lower(): value
        for name, value in env_example().items()
        if name.lower() in Settings.model_fields
    }
    with pytest.raises(ValueError):
        make_settings(**values)
