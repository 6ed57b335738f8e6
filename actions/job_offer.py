"""The job-offer checker: seven yes/no questions on the red flags, then a verdict."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher


# For each question: which answer is the red flag, and whether that flag alone makes the
# offer dangerous (facts section 4.4: the Kemnaker and KP2MI warning signs).
@dataclass(frozen=True)
class RedFlag:
    slot: str
    flagged_answer: bool
    alone_is_dangerous: bool


RED_FLAGS = (
    RedFlag("offer_licensed_company", flagged_answer=False, alone_is_dangerous=False),
    RedFlag("offer_work_visa", flagged_answer=False, alone_is_dangerous=True),
    RedFlag("offer_contract_before_departure", flagged_answer=False, alone_is_dangerous=False),
    RedFlag("offer_upfront_payment", flagged_answer=True, alone_is_dangerous=True),
    RedFlag("offer_passport_held", flagged_answer=True, alone_is_dangerous=True),
    RedFlag("offer_risky_destination", flagged_answer=True, alone_is_dangerous=True),
    RedFlag("offer_salary_too_good", flagged_answer=True, alone_is_dangerous=False),
)
OFFER_SLOTS = tuple(flag.slot for flag in RED_FLAGS)
# Three minor flags together are as bad as one serious flag.
MINOR_FLAGS_THAT_MAKE_IT_DANGEROUS = 3


@dataclass(frozen=True)
class Verdict:
    response: str
    raised: tuple[RedFlag, ...]


def judge_offer(answers: dict[str, bool | None]) -> Verdict:
    """Turn the seven answers into a verdict; an unanswered question counts as unknown, not safe."""
    raised = tuple(
        flag for flag in RED_FLAGS if answers.get(flag.slot) in (flag.flagged_answer, None)
    )
    if any(flag.alone_is_dangerous for flag in raised) or (
        len(raised) >= MINOR_FLAGS_THAT_MAKE_IT_DANGEROUS
    ):
        return Verdict("utter_verdict_dangerous", raised)
    if raised:
        return Verdict("utter_verdict_check_first", raised)
    return Verdict("utter_verdict_looks_legal", raised)


def response_text(domain: dict[str, Any], response: str) -> str:
    """The first text variant of a domain response (the domain travels with each request)."""
    return domain["responses"][response][0]["text"]


class ActionJobOfferVerdict(Action):
    """Give the verdict with its reasons and the next step, as one message."""

    def name(self) -> str:
        return "action_job_offer_verdict"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        verdict = judge_offer({slot: tracker.get_slot(slot) for slot in OFFER_SLOTS})
        reasons = "\n".join(response_text(domain, f"utter_reason_{f.slot}") for f in verdict.raised)
        dispatcher.utter_message(response=verdict.response, reasons=reasons)
        return []


class ActionResetJobOffer(Action):
    """Forget the answers so the checker starts fresh next time."""

    def name(self) -> str:
        return "action_reset_job_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet(slot, None) for slot in OFFER_SLOTS]
