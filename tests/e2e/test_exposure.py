"""What the Rasa side exposes: the action server only on 127.0.0.1, no REST channel, and our
channel only to the holder of the shared secret. `make run` (scripts/run.sh) included."""

from __future__ import annotations

import os
import signal
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest

from testkit.stack import ROOT, free_port, wait_until

pytestmark = pytest.mark.e2e


def listening_addresses(port: int) -> set[str]:
    """The local addresses something listens on at this TCP port (from /proc/net/tcp, tcp6)."""
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                addresses.add(
                    ".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0))
                    if len(address) == 8
                    else address
                )
    return addresses


def test_the_action_server_listens_only_on_loopback(rasa_stack):
    port = int(rasa_stack.actions_url.rsplit(":", 1)[1])
    assert listening_addresses(port) == {"127.0.0.1"}


def test_rasas_rest_channel_is_off(rasa_stack):
    response = httpx.post(
        f"{rasa_stack.url}/webhooks/rest/webhook",
        json={"sender": "anyone", "message": "nama saya Siti, hp 081234567890"},
        timeout=10,
    )
    assert response.status_code == 404


@pytest.mark.parametrize("path", ["/webhooks/frontend/webhook", "/webhooks/frontend/forget"])
@pytest.mark.parametrize(
    "headers_for",
    [
        lambda secret: {},
        lambda secret: {"Authorization": "Bearer"},
        lambda secret: {"Authorization": "Bearer wrong-secret-0123456789-0123456789-0123"},
        lambda secret: {"Authorization": secret},
        lambda secret: {"Authorization": f"Bearer {secret}x"},
    ],
    ids=["none", "empty", "wrong", "no-bearer", "longer"],
)
def test_our_channel_refuses_anyone_without_the_shared_secret(rasa_stack, path, headers_for):
    body = {"sender": "f" * 64, "message": "halo"}
    headers = headers_for(rasa_stack.channel_secret)
    response = httpx.post(f"{rasa_stack.url}{path}", json=body, headers=headers, timeout=10)
    assert response.status_code == 401


def test_our_channel_answers_the_holder_of_the_secret(rasa_stack):
    sender = uuid.uuid4().hex * 2  # a conversation of its own: forgetting it deletes 1
    answered = httpx.post(
        f"{rasa_stack.url}/webhooks/frontend/webhook",
        json={"sender": sender, "message": "apa itu tppo"},
        headers=rasa_stack.headers,
        timeout=30,
    )
    forgotten = httpx.post(
        f"{rasa_stack.url}/webhooks/frontend/forget",
        json={"sender": sender},
        headers=rasa_stack.headers,
        timeout=10,
    )
    assert answered.status_code == 200 and answered.json()["intent"] == "ask_trafficking_info"
    assert forgotten.json()["forgotten"] == 1


def test_make_run_keeps_the_action_server_on_loopback_and_gives_bot_and_rasa_one_secret(
    tmp_path,
):
    rasa_port, actions_port = free_port(), free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("RASA_CHANNEL_SECRET", "TELEGRAM_BOT_TOKEN")
    }
    env |= {
        "RASA_PORT": str(rasa_port),
        "ACTIONS_PORT": str(actions_port),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'log.sqlite3'}",
        "SPOOL_PATH": str(tmp_path / "spool.jsonl"),
        "PYTHONUNBUFFERED": "1",
        "PMI_ENV_FILE": os.devnull,  # run.sh starts in the checkout: not the developer's .env
    }
    output = tmp_path / "run.out"
    run = subprocess.Popen(
        ["scripts/run.sh"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=output.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: cleaned up as one below
    )
    try:
        wait_until(lambda: listening_addresses(actions_port), 120, "action server", run)
        assert listening_addresses(actions_port) == {"127.0.0.1"}
        # Without a token the bot is a chat in the terminal; it greets through Rasa at once,
        # which only works when both got the same secret.
        wait_until(lambda: "Bot:" in output.read_text(), 300, "the console's greeting", run)
        greeting = output.read_text()
        assert "selamat datang" in greeting.lower() and "gangguan" not in greeting
        run.stdin.write(b"keluar\n")
        run.stdin.close()
        assert run.wait(timeout=60) == 0
        # run.sh stopped what it started.
        wait_until(lambda: not listening_addresses(actions_port), 10, "the action server to stop")
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGTERM)
            run.wait(timeout=30)
