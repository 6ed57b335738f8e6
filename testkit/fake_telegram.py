"""A small fake of the Telegram Bot API: served over real HTTP on 127.0.0.1 (`start()`, for the
bot as a process), or answered in process through an httpx.MockTransport (`transport()`, for
the fast tier's Application); the same state and answers either way.

The bot under test is pointed at it with TELEGRAM_API_URL (`url`). Tests queue updates (as the JSON
Telegram would send) and read back what the bot sent and deleted. Only the methods the bot
uses exist. Tests wait on conditions it signals (a number of messages, or the bot having gone
quiet), never for a fixed time.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import httpx

DROP = (0, {})
TOO_MANY_REQUESTS = (
    429,
    {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    },
)
BAD_GATEWAY = (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})

# Telegram's limits, in characters, on a message's text and a caption.
TEXT_LIMIT = 4_096
CAPTION_LIMIT = 1_024


def bad_request(description: str) -> tuple[int, dict[str, Any]]:
    """Telegram's 400, as it words it."""
    return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {description}"}


def over_limit(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    """Telegram's 400 for a text or a caption over its limit; None when within."""
    if method == "sendMessage" and len(str(params.get("text", ""))) > TEXT_LIMIT:
        return bad_request("message is too long")
    if method == "copyMessage" and len(str(params.get("caption") or "")) > CAPTION_LIMIT:
        return bad_request("message caption is too long")
    return None


# Where the in-process fake pretends to be; nothing listens there.
IN_PROCESS_URL = "http://telegram.test"
BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "Asisten PMI",
    "username": "pmi_sumsel_bot",
}


class FakeTelegram:
    """The fake server's state: queued updates, and every call the bot made."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._next_message_id = 1000
        self.calls: list[tuple[str, dict[str, Any]]] = []
        # time.monotonic() of each sendMessage, by chat, in order (for the benchmark).
        self.sent_at: dict[int, list[float]] = {}
        # Methods to fail: name (or name and chat) -> answers to give before succeeding, each
        # (status, body), or DROP to close the connection without answering. Failed calls are
        # kept apart.
        self.failures: dict[str | tuple[str, int], list[tuple[int, dict[str, Any]]]] = {}
        self.failed_calls: list[tuple[str, dict[str, Any]]] = []
        # Ids of the messages in each chat, both sides, as Telegram would hold them; the ones
        # deleted with deleteMessage(s); and the ones Telegram refuses to delete.
        self._history: dict[int, list[int]] = {}
        self._deleted: dict[int, list[int]] = {}
        self._undeletable: set[tuple[int, int]] = set()
        # Supergroups with topics on, the topics made in each (thread id -> name) and the ones
        # deleted; chats that answer every call with 403 (the bot removed, or blocked).
        self._forums: set[int] = set()
        self._topics: dict[int, dict[int, str]] = {}
        self._deleted_topics: dict[int, list[int]] = {}
        self._forbidden: dict[int, str] = {}
        # When the bot last called anything but getUpdates (time.monotonic()).
        self._last_call_at = time.monotonic()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            return IN_PROCESS_URL
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeTelegram:
        """Serve over HTTP on a free port of 127.0.0.1, in a thread."""
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def transport(self) -> httpx.MockTransport:
        """The Bot API answered in process: hand it to
        HTTPXRequest(httpx_kwargs={"transport": ...}), with `url` (IN_PROCESS_URL) as the API."""

        def handle(request: httpx.Request) -> httpx.Response:
            method = request.url.path.rsplit("/", 1)[-1]
            params = parse_params(request.content.decode(), request.headers.get("content-type", ""))
            status, answer = self._answer(method, params)
            if status == DROP[0]:
                raise httpx.RemoteProtocolError("Server disconnected", request=request)
            return httpx.Response(status, json=answer)

        return httpx.MockTransport(handle)

    # ------------------------------------------------------------------ test side
    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update (without update_id); returns the id it was given."""
        with self._lock:
            update = {**update, "update_id": self._next_update_id}
            self._next_update_id += 1
            self.note_incoming(update)
            self._updates.append(update)
            self._last_call_at = time.monotonic()
            self._lock.notify_all()
            return update["update_id"]

    def note_incoming(self, update: dict[str, Any]) -> None:
        """Keep a new message's id in its chat's history, as Telegram does once it is sent (for
        updates handed to the bot in process, without getUpdates)."""
        with self._lock:
            if "message" in update:
                message = update["message"]
                self._history.setdefault(message["chat"]["id"], []).append(message["message_id"])

    def sent_messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Every sendMessage call so far (to one chat, if given)."""
        with self._lock:
            return [
                params
                for method, params in self.calls
                if method == "sendMessage"
                and (chat_id is None or int(params["chat_id"]) == chat_id)
            ]

    def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 30.0
    ) -> list[dict[str, Any]]:
        """Wait until the bot has sent at least `count` messages to the chat."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.sent_messages(chat_id)) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"bot sent {len(self.sent_messages(chat_id))} of {count} messages to {chat_id}"
                    )
                self._lock.wait(remaining)
            return self.sent_messages(chat_id)

    def wait_until_idle(self, quiet_seconds: float = 1.0, timeout: float = 30.0) -> None:
        """Wait until every queued update has been taken and the bot has called nothing (long
        polls aside) for quiet_seconds: what it was going to say about them, it has said."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                now = time.monotonic()
                quiet_until = self._last_call_at + quiet_seconds
                if not self._updates and now >= quiet_until:
                    return
                if now >= deadline:
                    raise TimeoutError(
                        f"the bot did not go quiet for {quiet_seconds} s within {timeout} s"
                    )
                self._lock.wait(max(0.01, min(quiet_until, deadline) - now))

    def chat_history(self, chat_id: int) -> list[int]:
        """The ids of every message in the chat: the user's (as updates) and the bot's."""
        with self._lock:
            return list(self._history.get(chat_id, []))

    def deleted_messages(self, chat_id: int) -> list[int]:
        """The ids deleted in the chat so far, in the order they went."""
        with self._lock:
            return list(self._deleted.get(chat_id, []))

    def refuse_to_delete(self, chat_id: int, *message_ids: int) -> None:
        """Answer as Telegram does for a message the bot may no longer delete (over 48 hours)."""
        with self._lock:
            self._undeletable.update((chat_id, message_id) for message_id in message_ids)

    def make_forum(self, chat_id: int) -> None:
        """The supergroup has topics on (createForumTopic works there)."""
        with self._lock:
            self._forums.add(chat_id)

    def topics(self, chat_id: int) -> dict[int, str]:
        """The topics made in the chat and not deleted: thread id -> name."""
        with self._lock:
            return dict(self._topics.get(chat_id, {}))

    def deleted_topics(self, chat_id: int) -> list[int]:
        with self._lock:
            return list(self._deleted_topics.get(chat_id, []))

    def forbid(
        self, chat_id: int, description: str = "Forbidden: bot was blocked by the user"
    ) -> None:
        """Every later call about this chat gets 403, as Telegram answers once the user blocked
        the bot ("bot was blocked by the user") or a group removed it ("bot was kicked from the
        supergroup chat")."""
        with self._lock:
            self._forbidden[chat_id] = description

    def sent_to(
        self, chat_id: int, thread_id: int | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        """What the bot put in the chat (sendMessage and copyMessage, in order), in one topic
        if given."""
        with self._lock:
            return [
                (method, params)
                for method, params in self.calls
                if method in ("sendMessage", "copyMessage")
                and int(params["chat_id"]) == chat_id
                and (thread_id is None or int(params.get("message_thread_id") or 0) == thread_id)
            ]

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [params for name, params in self.calls if name == method]

    # ------------------------------------------------------------------ server side
    def fail_next(
        self, method: str, *answers: tuple[int, dict[str, Any]], chat_id: int | None = None
    ) -> None:
        """Make the next calls of a method (about one chat, if given) fail with these answers
        (or DROP)."""
        with self._lock:
            key = method if chat_id is None else (method, chat_id)
            self.failures.setdefault(key, []).extend(answers)

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._lock:
            if method != "getUpdates":
                self._last_call_at = time.monotonic()
                self._lock.notify_all()
            chat = params.get("chat_id")
            planned = self.failures.get(method)
            if chat is not None and self.failures.get((method, int(chat))):
                planned = self.failures[(method, int(chat))]
            if planned:
                self.failed_calls.append((method, params))
                return planned.pop(0)
            if chat is not None and int(chat) in self._forbidden:
                self.failed_calls.append((method, params))
                description = self._forbidden[int(chat)]
                return 403, {"ok": False, "error_code": 403, "description": description}
            too_long = over_limit(method, params)
            if too_long is not None:
                self.failed_calls.append((method, params))
                return too_long
            if method != "getUpdates":
                self.calls.append((method, params))
                if method == "sendMessage":
                    self.sent_at.setdefault(int(params["chat_id"]), []).append(time.monotonic())
                self._lock.notify_all()
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method in ("deleteWebhook", "setWebhook", "answerCallbackQuery", "setMyCommands"):
            return 200, {"ok": True, "result": True}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._take_updates(params)}
        if method == "sendMessage":
            return 200, {"ok": True, "result": self._message_from(params)}
        if method == "editMessageReplyMarkup":
            return 200, {"ok": True, "result": True}
        if method == "copyMessage":
            return 200, {
                "ok": True,
                "result": {"message_id": self._new_message_id(int(params["chat_id"]))},
            }
        if method == "createForumTopic":
            return self._create_topic(params)
        if method in ("deleteForumTopic", "closeForumTopic"):
            return self._end_topic(method, params)
        if method in ("deleteMessage", "deleteMessages"):
            return self._delete(params)
        return 404, {"ok": False, "error_code": 404, "description": f"Not Found: {method}"}

    def _take_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + timeout
        with self._lock:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._lock.notify_all()  # taken updates may make the bot idle
            while not self._updates and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            if self._updates:
                self._last_call_at = time.monotonic()  # handing out work is activity too
            return list(self._updates)

    def _delete(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """deleteMessage(s), at most 100 ids a call; one message that may not be deleted fails
        the whole call (the bot must cope with the strictest answer Telegram may give)."""
        chat_id = int(params["chat_id"])
        if "message_ids" in params:
            ids = [int(i) for i in params["message_ids"]]
            if not 1 <= len(ids) <= 100:
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: too many messages to delete",
                }
        else:
            ids = [int(params["message_id"])]
        with self._lock:
            if any((chat_id, message_id) in self._undeletable for message_id in ids):
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: message can't be deleted for everyone",
                }
            self._deleted.setdefault(chat_id, []).extend(ids)
        return 200, {"ok": True, "result": True}

    def _new_message_id(self, chat_id: int) -> int:
        with self._lock:
            self._next_message_id += 1
            self._history.setdefault(chat_id, []).append(self._next_message_id)
            return self._next_message_id

    def _message_from(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": self._new_message_id(chat_id),
            "date": int(time.time()),
            # Users' ids are positive, groups' negative.
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        thread = params.get("message_thread_id")
        if thread:
            message |= {"message_thread_id": int(thread), "is_topic_message": True}
        return message

    def _create_topic(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """createForumTopic: in a forum, a topic whose id is that of its first (service)
        message; elsewhere Telegram's 400."""
        chat_id = int(params["chat_id"])
        if chat_id not in self._forums:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: the chat is not a forum",
            }
        name = str(params["name"])
        if not 1 <= len(name) <= 128:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: TOPIC_NAME_INVALID",
            }
        thread_id = self._new_message_id(chat_id)
        with self._lock:
            self._topics.setdefault(chat_id, {})[thread_id] = name
        return 200, {
            "ok": True,
            "result": {"message_thread_id": thread_id, "name": name, "icon_color": 7322096},
        }

    def _end_topic(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        chat_id, thread_id = int(params["chat_id"]), int(params["message_thread_id"])
        with self._lock:
            if thread_id not in self._topics.get(chat_id, {}):
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: TOPIC_ID_INVALID",
                }
            if method == "deleteForumTopic":
                del self._topics[chat_id][thread_id]
                self._deleted_topics.setdefault(chat_id, []).append(thread_id)
        return 200, {"ok": True, "result": True}

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            # Keep-alive, as the real Bot API does: the bot reuses its connections.
            protocol_version = "HTTP/1.1"
            # Headers and body go out at once, not 40 ms apart (Nagle meets delayed ACK).
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                method = self.path.rsplit("/", 1)[-1]
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode()
                params = parse_params(body, self.headers.get("Content-Type", ""))
                status, answer = fake._answer(method, params)
                if status == DROP[0]:
                    self.close_connection = True
                    self.connection.shutdown(2)  # hang up without a word
                    return
                data = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot hung up (it is shutting down mid long poll)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


def parse_params(body: str, content_type: str) -> dict[str, Any]:
    """Telegram accepts JSON or form fields; form values that are JSON are decoded."""
    if not body:
        return {}
    if "json" in content_type:
        return json.loads(body)
    params: dict[str, Any] = {}
    for key, values in parse_qs(body, keep_blank_values=True).items():
        value = values[-1]
        try:
            params[key] = (
                json.loads(value)
                if key in ("reply_markup", "allowed_updates", "message_ids", "reply_parameters")
                else value
            )
        except ValueError:
            params[key] = value
    return params
