"""Starting the Rasa side for the measuring scripts (bench.py, measure_rasa.py), and reading
what the processes used. Figures, not tests: nothing here asserts."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL = ROOT / "models" / "pmi-bot.tar.gz"
CREDENTIALS = ROOT / "credentials.yml"
PRODUCTION_ENDPOINTS = ROOT / "deploy" / "endpoints.production.yml"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def new_channel_secret() -> str:
    """A secret for our channel, shared by one Rasa (or its replicas) and the bot."""
    return secrets.token_urlsafe(32)


def start_actions(port: int, log: Path) -> subprocess.Popen:
    """The action server on 127.0.0.1:port (rasa-sdk listens on every interface unless
    SANIC_HOST says otherwise)."""
    return subprocess.Popen(
        [str(RASA), "run", "actions", "--actions", "actions", "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "SANIC_HOST": "127.0.0.1"},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def start_rasa(
    port: int,
    endpoints: Path,
    log: Path,
    *,
    channel_secret: str,
    model: Path = MODEL,
    env: dict | None = None,
    credentials: Path = CREDENTIALS,
) -> subprocess.Popen:
    """`rasa run` with our model and channel on 127.0.0.1:port; the channel answers only
    requests with channel_secret."""
    return subprocess.Popen(
        [
            str(RASA),
            "run",
            "--model",
            str(model),
            "--credentials",
            str(credentials),
            "--endpoints",
            str(endpoints),
            "-i",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env={**(env or os.environ), "RASA_CHANNEL_SECRET": channel_secret},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def credentials_with_rest(work: Path) -> Path:
    """Our credentials plus Rasa's REST channel, for the benchmark's "Rasa alone" figures: the
    REST channel takes anyone's text, so only a throwaway Rasa on 127.0.0.1 gets it."""
    path = work / "credentials.yml"
    path.write_text(CREDENTIALS.read_text(encoding="utf-8") + "\nrest:\n", encoding="utf-8")
    return path


def local_endpoints(work: Path, actions_port: int) -> Path:
    """Endpoints of one Rasa on its own: the action server, trackers in memory."""
    path = work / "endpoints.yml"
    path.write_text(f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n')
    return path


def production_rasa_env(actions_url: str, tracker_database_url: str, redis_db: int) -> dict:
    """The environment deploy/endpoints.production.yml reads: Rasa's SQL tracker store in the
    given PostgreSQL database, the Redis lock store on 127.0.0.1."""
    return {
        **os.environ,
        "ACTION_SERVER_URL": f"{actions_url}/webhook",
        "TRACKER_DB_HOST": "127.0.0.1",
        "TRACKER_DB_PORT": "5432",
        "TRACKER_DB_NAME": tracker_database_url.rsplit("/", 1)[1],
        "TRACKER_DB_USER": "postgres",
        "TRACKER_DB_PASSWORD": "",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_DB": str(redis_db),
    }


def wait_http(url: str, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: process exited")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} not ready")


def stop_all(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _family(pid: int) -> list[int]:
    """The process and all its descendants."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return [pid]
    return [pid, *(p for c in children for p in _family(int(c)))]


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process and its children."""
    total = 0
    for member in _family(pid):
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return round(total / 1024, 1)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its children."""
    total = 0
    for member in _family(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS
