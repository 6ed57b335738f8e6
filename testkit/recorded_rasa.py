"""Rasa's replies recorded from the real trained model, played back in process.

The fast tier cannot run Rasa, so its Rasa is an httpx.MockTransport that answers each question
with what the real model answered it when it was recorded (testkit/recordings/rasa.json). The
full tier checks every recorded reply against the model it trains
(tests/e2e/test_recorded_rasa.py), so the two cannot drift apart unnoticed.

The file holds conversations, each a list of turns: {"message": text as Rasa receives it
(scrubbed)} or {"forget": true}, each with the "reply" Rasa gave. A sender's messages are
matched to the first conversation they follow turn for turn; a question that none recorded is
answered with an error (the bot then apologises) and kept in `unrecorded`, which the fast
tier's fixture turns into a failure.

To add a conversation, add its turns without replies and record:

    make record-rasa        (.venv/bin/python -m testkit.recorded_rasa --record)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

RECORDINGS = Path(__file__).resolve().parent / "recordings" / "rasa.json"
WEBHOOK_PATH = "/webhooks/frontend/webhook"
FORGET_PATH = "/webhooks/frontend/forget"
HEALTH_PATH = "/webhooks/frontend/"
# Confidences move a little whenever the model is trained again; what the bot does with a
# reply does not depend on the second decimal.
CONFIDENCE_TOLERANCE = 0.1


def load(path: Path = RECORDINGS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def step_of(turn: dict[str, Any]) -> tuple[str, ...]:
    """What the bot sent in a turn, as the player matches it."""
    return ("forget",) if turn.get("forget") else ("message", turn["message"])


class RecordedRasa:
    """Rasa's `frontend` channel answering from the recordings; every request is kept."""

    def __init__(self, recordings: dict[str, Any] | None = None) -> None:
        self.recordings = recordings or load()
        self.requests: list[dict[str, Any]] = []  # the bodies the bot posted, in order
        self.unrecorded: list[str] = []
        self._steps: dict[str, list[tuple[str, ...]]] = {}

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def messages(self) -> list[str]:
        """The texts the bot sent Rasa, in order."""
        return [r["message"] for r in self.requests if "message" in r]

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path == HEALTH_PATH:
            return httpx.Response(200, json=self.recordings["health"])
        body = json.loads(request.content)
        self.requests.append(body)
        if path == WEBHOOK_PATH:
            step: tuple[str, ...] = ("message", body["message"])
        elif path == FORGET_PATH:
            step = ("forget",)
        else:
            self.unrecorded.append(f"{request.method} {path}")
            return httpx.Response(404, json={"error": "not found"})
        steps = [*self._steps.get(body["sender"], []), step]
        reply = self._reply_after(steps)
        if reply is None:
            self.unrecorded.append(" -> ".join(s[-1] for s in steps))
            return httpx.Response(500, json={"error": "no recorded reply"})
        self._steps[body["sender"]] = steps
        return httpx.Response(200, json=reply)

    def _reply_after(self, steps: list[tuple[str, ...]]) -> dict[str, Any] | None:
        for conversation in self.recordings["conversations"]:
            turns = conversation["turns"]
            if len(turns) >= len(steps) and all(
                step_of(turn) == step for turn, step in zip(turns, steps, strict=False)
            ):
                return turns[len(steps) - 1].get("reply")
        return None


# ------------------------------------------------------------------ the real model (full tier)
def replay(client: httpx.Client, conversation: dict[str, Any], sender: str) -> list[dict]:
    """Every turn of the conversation sent to a real Rasa as a new sender; its replies."""
    replies = []
    for turn in conversation["turns"]:
        if turn.get("forget"):
            response = client.post(FORGET_PATH, json={"sender": sender})
        else:
            response = client.post(
                WEBHOOK_PATH, json={"sender": sender, "message": turn["message"], "metadata": {}}
            )
        response.raise_for_status()
        replies.append(response.json())
    return replies


def differences(recorded: dict[str, Any] | None, actual: dict[str, Any]) -> list[str]:
    """How the model's reply differs from the recorded one (confidence within the tolerance)."""
    if recorded is None:
        return ["no reply recorded"]
    found = []
    for key in sorted(set(recorded) | set(actual)):
        was, now = recorded.get(key), actual.get(key)
        if key == "confidence" and isinstance(was, float) and isinstance(now, float):
            if abs(was - now) > CONFIDENCE_TOLERANCE:
                found.append(f"confidence {was:.3f} -> {now:.3f}")
        elif was != now:
            found.append(f"{key}: {was!r} -> {now!r}")
    return found


def record(path: Path = RECORDINGS) -> None:
    """Start the real stack with the trained model and record every conversation again."""
    from testkit.stack import new_channel_secret, running_rasa

    recordings = load(path)
    with (
        tempfile.TemporaryDirectory(prefix="record-rasa-") as work,
        running_rasa(Path(work), channel_secret=new_channel_secret()) as stack,
        httpx.Client(base_url=stack.url, headers=stack.headers, timeout=60) as client,
    ):
        recordings["health"] = client.get(HEALTH_PATH).json()
        for number, conversation in enumerate(recordings["conversations"]):
            replies = replay(client, conversation, sender=f"{number:064x}")
            for turn, reply in zip(conversation["turns"], replies, strict=True):
                changed = differences(turn.get("reply"), reply)
                if changed:
                    print(f"{conversation['name']}: {'; '.join(changed)}", file=sys.stderr)
                turn["reply"] = reply
    path.write_text(json.dumps(recordings, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recorded {len(recordings['conversations'])} conversations in {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--record", action="store_true", help="replay every conversation on the real model"
    )
    args = parser.parse_args()
    if not args.record:
        parser.error("nothing to do: --record replays the conversations on the trained model")
    record()


if __name__ == "__main__":
    main()
