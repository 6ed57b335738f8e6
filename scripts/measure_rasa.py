"""Measure how long Rasa takes to start with our model and to answer one message.

Run with the bot's environment: `.venv/bin/python scripts/measure_rasa.py` (or `make bench-load`).
Starts the action server and Rasa on free ports, times process start -> ready, reads the model
load time from Rasa's log, then sends messages one at a time through our `frontend` channel.
Prints the figures and a JSON line; it asserts nothing (figures, not a pass/fail test).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import socket
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from testkit.figures import percentile
from testkit.stack import (
    MODEL,
    free_port,
    local_endpoints,
    new_channel_secret,
    rasa_ready,
    start_actions,
    start_rasa,
    stop_all,
    wait_until,
)

QUESTIONS = [
    "syarat jadi tki apa aja",
    "cakmano caro daftar jadi pmi resmi",
    "sponsor minta duit 15 juta wajar dak",
    "ciri ciri calo",
    "tolong saya disekap majikan",
    "kantor disnaker okut dimana",
    "kerja online di kamboja aman gak",
    "resep pempek",
    "berapa biaya jadi tki",
    "apa itu tppo",
]


def log_seconds(line: str) -> float:
    stamp = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", line)
    return datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S").timestamp() if stamp else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=str(MODEL))
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="measure-rasa-"))
    actions_port, rasa_port = free_port(), free_port()
    actions = start_actions(actions_port, work / "actions.log")
    log_path = work / "rasa.log"
    started = time.monotonic()
    channel_secret = new_channel_secret()
    rasa = start_rasa(
        rasa_port,
        local_endpoints(work, actions_port),
        log_path,
        channel_secret=channel_secret,
        model=Path(args.model),
    )
    base = f"http://127.0.0.1:{rasa_port}"
    try:
        with httpx.Client(
            base_url=base, timeout=30, headers={"Authorization": f"Bearer {channel_secret}"}
        ) as client:
            wait_until(lambda: rasa_ready(rasa_port), 600, f"Rasa (log: {log_path})", rasa)
            ready_after = time.monotonic() - started
            log = log_path.read_text()
            loading = next(line for line in log.splitlines() if "Loading model" in line)
            running = next(line for line in log.splitlines() if "up and running" in line)
            model_load = log_seconds(running) - log_seconds(loading)

            latencies = []
            for i in range(args.messages):
                text = QUESTIONS[i % len(QUESTIONS)]
                t0 = time.perf_counter()
                response = client.post(
                    "/webhooks/frontend/webhook",
                    json={"sender": f"measure-{i % 20}", "message": text},
                )
                response.raise_for_status()
                latencies.append((time.perf_counter() - t0) * 1000)
    finally:
        stop_all([rasa, actions])

    figures = {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {socket.gethostname()}, {len(__import__('os').sched_getaffinity(0))} cores",
        "start_to_ready_s": round(ready_after, 1),
        "model_load_s": round(model_load, 1),
        "messages": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "mean_ms": round(statistics.mean(latencies), 1),
    }
    print(
        f"Rasa start to ready: {figures['start_to_ready_s']} s (model load {figures['model_load_s']} s, "
        "log resolution 1 s)"
    )
    print(
        f"One message through the frontend channel: p50 {figures['p50_ms']} ms, "
        f"p95 {figures['p95_ms']} ms over {figures['messages']} messages"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
