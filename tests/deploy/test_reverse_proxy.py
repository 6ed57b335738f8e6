"""deploy/caddy/Caddyfile, served by a real Caddy on 127.0.0.1 (plain HTTP instead of the public
names) in front of stand-ins for the bot and the console that echo what reached them."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from testkit.stack import free_port, http_answers, wait_until

ROOT = Path(__file__).resolve().parents[2]
CADDYFILE = ROOT / "deploy" / "caddy" / "Caddyfile"
OFFICE = "203.0.113.0/24"

pytestmark = pytest.mark.skipif(
    shutil.which("caddy") is None, reason="caddy is not installed (Debian's caddy package)"
)


class Echo(BaseHTTPRequestHandler):
    """Answers with what it was sent: path, Host and the forwarded headers."""

    def answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = json.dumps(
            {
                "path": self.path,
                "host": self.headers.get("Host"),
                "forwarded_for": self.headers.get("X-Forwarded-For"),
                "forwarded_proto": self.headers.get("X-Forwarded-Proto"),
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer

    def log_message(self, *args) -> None:
        pass


def echo_server() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(tmp_path: Path, *, office: str = OFFICE) -> Iterator[tuple[str, str]]:
    """Caddy with our Caddyfile: the bot's and the console's sites on two local ports."""
    bot, console = echo_server(), echo_server()
    bot_site, console_site = free_port(), free_port()
    config = CADDYFILE.read_text(encoding="utf-8")
    for old, new in [
        ("bot.example.id {", f"http://127.0.0.1:{bot_site} {{"),
        ("konsol.example.id {", f"http://127.0.0.1:{console_site} {{"),
        ("127.0.0.1:8081", f"127.0.0.1:{bot.server_address[1]}"),
        ("127.0.0.1:8080", f"127.0.0.1:{console.server_address[1]}"),
        (f"remote_ip {OFFICE}", f"remote_ip {office}"),
    ]:
        assert old in config
        config = config.replace(old, new)
    path = tmp_path / "Caddyfile"
    path.write_text("{\n\tadmin off\n}\n" + config, encoding="utf-8")
    home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    caddy = subprocess.Popen(
        ["caddy", "run", "--config", str(path), "--adapter", "caddyfile"],
        env={"PATH": "/usr/bin:/bin", **home},
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "caddy.log").open("w"),
    )
    try:
        wait_until(lambda: http_answers(f"http://127.0.0.1:{console_site}/"), 30, "Caddy", caddy)
        yield f"http://127.0.0.1:{bot_site}", f"http://127.0.0.1:{console_site}"
    finally:
        caddy.terminate()
        caddy.wait(timeout=10)
        bot.shutdown()
        console.shutdown()


@pytest.fixture
def proxy(tmp_path):
    yield from serve(tmp_path)


@pytest.fixture
def proxy_for_this_office(tmp_path):
    """The console's allow-list naming this machine, as an office network would be named."""
    yield from serve(tmp_path, office="127.0.0.1/32")


def test_telegram_updates_reach_the_bots_webhook(proxy):
    bot, _ = proxy
    response = httpx.post(f"{bot}/telegram", json={"update_id": 1}, timeout=10)
    assert response.status_code == 200
    assert response.json()["path"] == "/telegram"


def test_the_health_check_can_be_watched_from_outside(proxy):
    bot, _ = proxy
    assert httpx.get(f"{bot}/health", timeout=10).json()["path"] == "/health"


@pytest.mark.parametrize("path", ["/", "/telegram/x", "/login", "/metrics"])
def test_nothing_else_of_the_bot_is_exposed(proxy, path):
    bot, _ = proxy
    response = httpx.get(f"{bot}{path}", timeout=10)
    assert response.status_code == 404
    assert response.content == b""


def test_the_console_refuses_addresses_outside_the_allow_list(proxy):
    _, console = proxy
    assert httpx.get(f"{console}/login", timeout=10).status_code == 403


def test_the_console_is_reached_from_the_office_with_the_admins_address(proxy_for_this_office):
    _, console = proxy_for_this_office
    response = httpx.get(f"{console}/login", timeout=10)
    assert response.status_code == 200
    seen = response.json()
    assert seen["path"] == "/login"
    # What ADMIN_TRUSTED_PROXIES=127.0.0.1 lets the console believe, and the name ADMIN_HOSTS lists.
    assert seen["forwarded_for"] == "127.0.0.1"
    assert seen["forwarded_proto"] == "http"
    assert seen["host"] == console.removeprefix("http://")
