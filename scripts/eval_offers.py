"""Is an offer of work in a country of the scam compounds warned? And is a message that only
names such a country left to its own topic?

evaluation/offers_second_hand.jsonl (written by a second hand from the facts and the intent
contract alone, never trained on) goes one message at a time, each in a conversation of its own,
through the bot's own path: scrubbed as the bot scrubs, then to the trained model through our
channel, actions included.

- An offer is warned when a reply is the warning of a destination of the scam compounds
  (`utter_check_job_offer/offer_<country>`, data/specific/check_job_offer.yml) or the checker's
  verdict that the offer is dangerous; the checker started without either counts apart.
- Another message is right when the topic read is the one its writer expected; a checker started
  on it is counted apart (a villager asked questions about an offer they never had).

Figures, not a test: `make eval-offers` writes reports/offers.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise import scrub_personal_data  # noqa: E402
from bot.rasa_client import RasaClient, RasaReply  # noqa: E402
from testkit.stack import MODEL, new_channel_secret, running_rasa  # noqa: E402

MESSAGES = ROOT / "evaluation" / "offers_second_hand.jsonl"
WARNING_PREFIX = "utter_check_job_offer/offer_"
DANGEROUS = "utter_verdict_dangerous"
CHECKER = "check_job_offer"


@dataclass
class Outcome:
    message: dict
    reply: RasaReply

    @property
    def responses(self) -> list[str]:
        return [m.response or "" for m in self.reply.messages]

    @property
    def warned(self) -> bool:
        return any(r.startswith(WARNING_PREFIX) or r == DANGEROUS for r in self.responses)

    @property
    def checker(self) -> bool:
        return self.reply.intent == CHECKER

    @property
    def expected(self) -> bool:
        return self.reply.intent == self.message.get("expected_intent")


async def ask_all(rasa_url: str, secret: str, messages: list[dict]) -> list[Outcome]:
    client = RasaClient(rasa_url, 30.0, channel_secret=secret)
    try:
        return [
            Outcome(
                message,
                await client.send(
                    sender=f"offers-{number}",
                    text=scrub_personal_data(message["text"]),
                    metadata={},
                ),
            )
            for number, message in enumerate(messages)
        ]
    finally:
        await client.aclose()


def share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.3f})" if whole else "-"


def report(outcomes: list[Outcome], model: Path) -> None:
    offers = [o for o in outcomes if o.message["kind"] == "offer"]
    others = [o for o in outcomes if o.message["kind"] != "offer"]
    print("# Offers to the scam compounds' countries: warned?\n")
    print(
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d}; machine: {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores; model `{model.name}`."
    )
    print(
        "- Made by `make eval-offers` (`scripts/eval_offers.py`) on "
        "`evaluation/offers_second_hand.jsonl`: messages written by a second hand from the facts "
        "and the intent contract alone, never trained on."
    )
    print(
        "- Warned: a reply is a destination's warning (`utter_check_job_offer/offer_*`) or the "
        'checker\'s verdict "berbahaya".\n'
    )
    print(f"**Offers warned: {share(sum(o.warned for o in offers), len(offers))}.**")
    print(
        f"- Offers that got the checker without a warning: "
        f"{sum(o.checker and not o.warned for o in offers)}."
    )
    print(
        f"\n**Other messages naming those countries read as their writer expected: "
        f"{share(sum(o.expected for o in others), len(others))}; the checker started on "
        f"{sum(o.checker for o in others)} of them.**\n"
    )
    print("| offers: topic read | messages | warned |")
    print("|---|---|---|")
    for intent, count in Counter(o.reply.intent for o in offers).most_common():
        warned = sum(o.warned for o in offers if o.reply.intent == intent)
        print(f"| {intent} | {count} | {warned} |")
    print("\n| other messages: topic expected | messages | read so | checker started |")
    print("|---|---|---|---|")
    for intent, count in Counter(o.message["expected_intent"] for o in others).most_common():
        group = [o for o in others if o.message["expected_intent"] == intent]
        print(
            f"| {intent} | {count} | {sum(o.expected for o in group)} | "
            f"{sum(o.checker for o in group)} |"
        )


def list_misses(outcomes: list[Outcome]) -> None:
    print("\n## Misses\n")
    for o in outcomes:
        if o.message["kind"] == "offer" and o.warned:
            continue
        if o.message["kind"] != "offer" and o.expected:
            continue
        print(
            f"- `{o.message['id']}` {o.message['kind']} {o.message.get('expected_intent', '')} "
            f"-> {o.reply.intent} {o.responses[:2]}: {o.message['text']!r}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    args = parser.parse_args()
    messages = [
        json.loads(line) for line in MESSAGES.read_text(encoding="utf-8").splitlines() if line
    ]
    secret = new_channel_secret()
    work = Path(tempfile.mkdtemp(prefix="eval-offers-"))
    with running_rasa(work, channel_secret=secret, model=args.model.resolve()) as stack:
        outcomes = asyncio.run(ask_all(stack.url, secret, messages))
    report(outcomes, args.model.resolve())
    if args.misses:
        list_misses(outcomes)


if __name__ == "__main__":
    main()
