"""Is a short follow-up ("kalau perempuan?", "terus?") answered as the question it follows?

evaluation/follow_ups_second_hand.jsonl (two-message conversations written by a second hand
from the facts and the intent contract alone, never trained on) goes through the bot's own
path (scrubbed as the bot scrubs, then to the trained model through our channel, actions
included), each conversation on its own: once after its first question, and once alone in a
new conversation, as the bot read every follow-up before channels/follow_up.py.

A follow-up counts as answered when Rasa reads the topic its writer meant and the replies hold
its fact (every group of `must_contain_any`); a "go on" follow-up ("terus?", "lanjut") when the
topic is right and the replies are not the first answer again.

Figures, not a test: `make eval-follow-ups` writes reports/follow-ups.md. The misses are not
listed: the set is frozen, and nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise import scrub_personal_data  # noqa: E402
from bot.rasa_client import RasaClient, RasaReply  # noqa: E402
from testkit.short_answer import holds_the_fact  # noqa: E402
from testkit.stack import MODEL, new_channel_secret, running_rasa  # noqa: E402

CONVERSATIONS = ROOT / "evaluation" / "follow_ups_second_hand.jsonl"
GO_ON = "go_on"


def text_of(reply: RasaReply) -> str:
    return "\n".join(m.text for m in reply.messages if m.text)


@dataclass
class Outcome:
    conversation: dict
    first: RasaReply | None  # None: the follow-up was sent alone
    follow_up: RasaReply

    @property
    def right_topic(self) -> bool:
        return self.follow_up.intent == self.conversation["intent"]

    @property
    def answered(self) -> bool:
        replies = text_of(self.follow_up)
        if self.conversation["kind"] == GO_ON:
            repeated = self.first is not None and replies == text_of(self.first)
            return self.right_topic and bool(replies) and not repeated
        return self.right_topic and holds_the_fact(replies, self.conversation)


async def ask_all(rasa_url: str, secret: str, conversations: list[dict]) -> dict[str, list]:
    client = RasaClient(rasa_url, 30.0, channel_secret=secret)

    async def send(sender: str, text: str) -> RasaReply:
        return await client.send(sender=sender, text=scrub_personal_data(text), metadata={})

    outcomes: dict[str, list[Outcome]] = {"after its question": [], "alone": []}
    try:
        for number, conversation in enumerate(conversations):
            first = await send(f"follow-up-{number}", conversation["first"])
            after = await send(f"follow-up-{number}", conversation["follow_up"])
            outcomes["after its question"].append(Outcome(conversation, first, after))
            alone = await send(f"alone-{number}", conversation["follow_up"])
            outcomes["alone"].append(Outcome(conversation, None, alone))
    finally:
        await client.aclose()
    return outcomes


def share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.3f})" if whole else "-"


def report(outcomes: dict[str, list[Outcome]], model: Path) -> None:
    print("# Follow-ups: is a short follow-up answered as the question it follows?\n")
    print(
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d}; machine: {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores; model `{model.name}`."
    )
    print(
        "- Made by `make eval-follow-ups` (`scripts/eval_follow_ups.py`) on "
        "`evaluation/follow_ups_second_hand.jsonl`: two-message conversations written by a "
        "second hand from the facts and the intent contract alone, never trained on."
    )
    print(
        '- Answered: the topic meant, and the fact in the replies (a "go on" follow-up: the '
        'topic meant, not the first answer again). "Alone": the follow-up in a new '
        "conversation, as the bot read every follow-up before it read them in context.\n"
    )
    print("| follow-up | kind | conversations | right topic | answered |")
    print("|---|---|---|---|---|")
    for how, group in outcomes.items():
        by_kind: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in group:
            by_kind[outcome.conversation["kind"]].append(outcome)
        for kind, kind_group in [("all", group), *sorted(by_kind.items())]:
            label = f"**{how}**" if kind == "all" else how
            print(
                f"| {label} | {kind} | {len(kind_group)} | "
                f"{share(sum(o.right_topic for o in kind_group), len(kind_group))} | "
                f"{share(sum(o.answered for o in kind_group), len(kind_group))} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    args = parser.parse_args()
    conversations = [
        json.loads(line) for line in CONVERSATIONS.read_text(encoding="utf-8").splitlines() if line
    ]
    secret = new_channel_secret()
    work = Path(tempfile.mkdtemp(prefix="eval-follow-ups-"))
    with running_rasa(work, channel_secret=secret, model=args.model.resolve()) as stack:
        outcomes = asyncio.run(ask_all(stack.url, secret, conversations))
    report(outcomes, args.model.resolve())


if __name__ == "__main__":
    main()
