"""The job-offer checker: up to eleven questions on the red flags, answered Ya / Tidak / Tidak tahu,
then a verdict that never certifies an offer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

YES = "ya"
NO = "tidak"
DONT_KNOW = "tidak_tahu"


@dataclass(frozen=True)
class RedFlag:
    """One question: which answer is the red flag, and whether that flag alone makes the offer
    dangerous (facts sections 0, 1.4, 1.12, 2.3 and 4.4)."""

    slot: str
    flagged_answer: str
    serious: bool


# In the order they are asked: the signs that most often settle the verdict come first, so a
# dangerous offer is recognised after few questions on a cheap phone.
RED_FLAGS = (
    RedFlag("offer_recruiter_licensed", flagged_answer=NO, serious=True),
    RedFlag("offer_risky_destination", flagged_answer=YES, serious=True),
    RedFlag("offer_work_visa", flagged_answer=NO, serious=True),
    RedFlag("offer_upfront_payment", flagged_answer=YES, serious=True),
    RedFlag("offer_passport_held", flagged_answer=YES, serious=True),
    RedFlag("offer_skips_official_steps", flagged_answer=YES, serious=True),
    RedFlag("offer_underage", flagged_answer=YES, serious=True),
    # The Middle East moratorium's current status is unclear in the facts (❓): a sign to check
    # with BP3MI or the Disnaker, not proof of an illegal offer on its own.
    RedFlag("offer_middle_east_domestic", flagged_answer=YES, serious=False),
    RedFlag("offer_holding_house", flagged_answer=YES, serious=False),
    RedFlag("offer_written_contract", flagged_answer=NO, serious=False),
    RedFlag("offer_salary_too_good", flagged_answer=YES, serious=False),
)
OFFER_SLOTS = tuple(flag.slot for flag in RED_FLAGS)
# Bait signs add up: three of them (an unofficial holding place, no contract, a too-good
# salary, ...), or two with a serious doubt (who recruits, which visa, ...), are as bad as one
# serious sign. Not knowing alone, however much, means "check first": the villager is told what
# to find out.
MINOR_FLAGS_THAT_ARE_DANGEROUS = 3
MINOR_FLAGS_THAT_WITH_A_DOUBT_ARE_DANGEROUS = 2
REASONS_SHOWN = 3
OFFER_CUES_FILE = Path(__file__).with_name("offer_cues.yml")
# A cue right after one of these words is denied, not stated ("bukan lewat calo").
NEGATION_BEFORE = re.compile(
    r"(?:^|\s)(?:bukan|tidak|tdk|gak|ga|nggak|enggak|ngga|dak|ndak|tak|no|not|jangan)\s+(?:\S+\s+)?$"
)


class Level(Enum):
    """The verdicts, best first."""

    NO_SIGN_YET = "utter_verdict_no_sign_yet"
    CHECK_FIRST = "utter_verdict_check_first"
    DANGEROUS = "utter_verdict_dangerous"


@dataclass(frozen=True)
class Concern:
    """A question whose answer is a concern: a red flag, or not knowing (None = never asked)."""

    flag: RedFlag
    answer: str | None

    @property
    def is_flag(self) -> bool:
        return self.answer == self.flag.flagged_answer

    @property
    def rank(self) -> int:
        """Serious flags first, then minor flags, then "don't know", then unasked questions."""
        if self.is_flag:
            return 0 if self.flag.serious else 1
        return 2 if self.answer is not None else 3

    @property
    def response(self) -> str:
        prefix = "utter_reason_" if self.is_flag else "utter_reason_unknown_"
        return prefix + self.flag.slot


@dataclass(frozen=True)
class Verdict:
    level: Level
    concerns: tuple[Concern, ...]


def concerns_in(answers: dict[str, str | None]) -> list[Concern]:
    """Every question whose answer is not the safe one; an unanswered question is not safe."""
    safe = {flag.slot: {YES, NO} - {flag.flagged_answer} for flag in RED_FLAGS}
    return [
        Concern(flag, answers.get(flag.slot))
        for flag in RED_FLAGS
        if answers.get(flag.slot) not in safe[flag.slot]
    ]


def level_of(concerns: list[Concern]) -> Level:
    """A serious flag, or bait signs adding up, is dangerous; any doubt means check first."""
    if any(c.is_flag and c.flag.serious for c in concerns):
        return Level.DANGEROUS
    minor_flags = sum(c.is_flag for c in concerns)
    serious_doubts = sum(not c.is_flag and c.flag.serious for c in concerns)
    if minor_flags >= MINOR_FLAGS_THAT_ARE_DANGEROUS:
        return Level.DANGEROUS
    if minor_flags >= MINOR_FLAGS_THAT_WITH_A_DOUBT_ARE_DANGEROUS and serious_doubts:
        return Level.DANGEROUS
    return Level.CHECK_FIRST if concerns else Level.NO_SIGN_YET


def judge_offer(answers: dict[str, str | None]) -> Verdict:
    """The verdict on the answers given; its concerns, most serious first.

    Questions never asked count against the offer. They are not listed as reasons when the
    answers given already make it dangerous (the checker stops asking at that point).
    """
    concerns = concerns_in(answers)
    given = answered(concerns)
    listed = given if level_of(given) is Level.DANGEROUS else concerns
    ordered = sorted(listed, key=lambda c: c.rank)  # stable: question order within a rank
    return Verdict(level_of(concerns), tuple(ordered))


def answered(concerns: list[Concern]) -> list[Concern]:
    return [c for c in concerns if c.answer is not None]


def already_dangerous(answers: dict[str, str | None]) -> bool:
    """True once the answers given so far settle the verdict: no need to ask more."""
    return level_of(answered(concerns_in(answers))) is Level.DANGEROUS


RISKY_DESTINATION = "offer_risky_destination"


def on_word_boundaries(pattern: str) -> re.Pattern[str]:
    """A pattern of actions/offer_cues.yml as it is matched: case-insensitively, on whole
    words (the offer net, components/offer_net.py, matches that file's patterns so too)."""
    return re.compile(r"(?<!\w)(?:" + pattern + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_file() -> dict[str, Any]:
    return yaml.safe_load(OFFER_CUES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def warned_destinations() -> dict[str, re.Pattern[str]]:
    """The warning's id (in data/specific/check_job_offer.yml) for each destination an offer
    to which is warned at once (actions/offer_cues.yml)."""
    return {
        warning: on_word_boundaries(pattern)
        for warning, pattern in _cue_file()["warned_destinations"].items()
    }


def warned_destination(text: str) -> str | None:
    """The warning for the first warned destination the text names, if any."""
    return next((w for w, pattern in warned_destinations().items() if pattern.search(text)), None)


@lru_cache(maxsize=1)
def offer_cues() -> dict[str, tuple[str, list[list[re.Pattern[str]]]]]:
    """Per slot: the red-flag answer and its cues; a cue is one or more patterns that must all
    be found (actions/offer_cues.yml). A warned destination is a risky destination."""
    cues = {}
    for slot, entry in _cue_file()["cues"].items():
        alternatives = [[on_word_boundaries(p)] for p in entry.get("patterns", [])]
        if entry.get("all_of"):
            alternatives.append([on_word_boundaries(p) for p in entry["all_of"]])
        if slot == RISKY_DESTINATION:
            alternatives += [[pattern] for pattern in warned_destinations().values()]
        cues[slot] = (entry["answer"], alternatives)
    return cues


# A negation denies a cue at most two words before it: this much text before a cue is read.
NEGATION_REACH = 80


def _stated(pattern: re.Pattern[str], text: str) -> bool:
    """The pattern is found at least once not right after a negation."""
    return any(not _negated(text, m.start()) for m in pattern.finditer(text))


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - NEGATION_REACH) : start]
    if start > NEGATION_REACH:  # the window's first word may be cut: leave it out
        before = before.partition(" ")[2]
    return bool(NEGATION_BEFORE.search(before))


def answers_given_in(text: str) -> dict[str, str]:
    """The checker's questions a message already answers with a red flag ("lewat sponsor",
    "pakai visa turis", "paspor ditahan agen"): those answers need not be asked again. Only red
    flags are read, never the reassuring answer, so a prefilled answer can only make the
    verdict more careful."""
    found = {}
    for slot, (answer, alternatives) in offer_cues().items():
        if any(all(_stated(p, text) for p in patterns) for patterns in alternatives):
            found[slot] = answer
    return found


# A typed answer inside the checker. "Don't know" counts wherever it stands ("ya ga tau visanya
# diurus agen", "gak tauu, nanti aku tanya"): it is never reassuring. Ya or Tidak counts only
# as the opening of a message of at most MOST_WORDS_OF_A_TYPED_ANSWER words ("ya lewat pt",
# "gak, lewat kenalan"): in a longer one it may echo the question's own words ("gak perlu
# keahlian katanya gaji 15 juta", "tidak dikembalikan sampai kontrak habis") or open another
# request ("ya mau lapor polisi"), and the question is asked again instead. "Belum" (not yet)
# is no "no": "belum, baru lulus smp" to "is the worker under 18?" means yes.
MOST_WORDS_OF_A_TYPED_ANSWER = 3
_NO_WORD = r"(?:tidak|tdk|gak|ga|gk|nggak|enggak|engga|ngga|dak|idak|ndak|nda|tak|bukan|no|nope)"
_DONT_KNOW = re.compile(
    r"(?<!\w)(?:" + _NO_WORD + r"\s+(?:tahu|tau|tw|paham|ngerti|yakin|pasti|jelas)\w*"
    r"|entah|ntah|gatau\w*|gatw|gktau\w*|gktw|gatahu|ndatau|ndaktau|daktau|nggatau|"
    r"kurang (?:tahu|tau)\w*|belum (?:tahu|tau)\w*|blm (?:tahu|tau)\w*|"
    r"don'?t know|no idea|not sure|dunno)(?!\w)"
    r"|^\W*(?:belum|blm|blom)(?!\w)",
    re.IGNORECASE,
)
_YES_OPENING = re.compile(
    r"(?:ya|iya|iyo|iye|yo|yoi|yup|yes|betul|benar|bener|iyah)(?!\w)", re.IGNORECASE
)
_NO_OPENING = re.compile(_NO_WORD + r"(?!\w)", re.IGNORECASE)


def answer_opening(text: str) -> str | None:
    """The checker's answer (ya / tidak / tidak_tahu) a typed message gives: "don't know"
    anywhere in it, ya or tidak as the opening of a short one; None otherwise."""
    if _DONT_KNOW.search(text):
        return DONT_KNOW
    if len(text.split()) > MOST_WORDS_OF_A_TYPED_ANSWER:
        return None
    opening = text.strip().lstrip("\"'(*-").strip()
    if _YES_OPENING.match(opening):
        return YES
    if _NO_OPENING.match(opening):
        return NO
    return None


def answers_typed(text: str, pending: str | None) -> dict[str, str]:
    """What a message typed inside the checker answers: every red flag it states
    (answers_given_in), and the pending question's answer (answer_opening) when it states no
    red flag of another question. A red flag wins over the typed answer ("ya, lewat sponsor"
    to "is it through a licensed company?" is a sponsor); a typed answer beside another
    question's red flag answers that one ("iya lewat sponsor" to "is it Cambodia?" says who
    recruits, not where to)."""
    flags = answers_given_in(text)
    typed = answer_opening(text)
    if pending not in OFFER_SLOTS or typed is None or set(flags) - {pending}:
        return flags
    return {pending: typed} | flags


def response_text(domain: dict[str, Any], response: str) -> str:
    """The first text variant of a domain response (the domain travels with each request)."""
    return domain["responses"][response][0]["text"]


def reasons_text(domain: dict[str, Any], verdict: Verdict) -> str:
    """The most serious reasons, one a line, then how many more there are."""
    shown = [response_text(domain, c.response) for c in verdict.concerns[:REASONS_SHOWN]]
    hidden = len(verdict.concerns) - REASONS_SHOWN
    if hidden > 0:
        shown.append(response_text(domain, "utter_reason_more").replace("{count}", str(hidden)))
    return "\n".join(shown)


def answers_of(tracker: Tracker) -> dict[str, str | None]:
    return {slot: tracker.get_slot(slot) for slot in OFFER_SLOTS}


def reassures_by_mistake(slot: str | None, value: Any, text: str) -> bool:
    """The classifier read a typed message as the reassuring answer to the question asked,
    where only a typed answer may give it: "bukan ditahan, cuma dititipkan ke sponsor dulu" as
    a no to "is your passport held?", "dak pernah nyetor, tapi gaji dipotong 6 bulan" as a no
    to "did you pay up front?" (answers_typed then reads what the message really answers). A
    button's payload ("/deny") or the red flag itself stands."""
    flag = next((flag for flag in RED_FLAGS if flag.slot == slot), None)
    return (
        flag is not None and value in {YES, NO} - {flag.flagged_answer} and not text.startswith("/")
    )


class ValidateJobOfferForm(FormValidationAction):
    """Stop asking as soon as the answers make the offer dangerous; take a reassuring answer
    only from a button or a typed Ya or Tidak."""

    def name(self) -> str:
        return "validate_job_offer_form"

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The answers the latest message set (the domain maps affirm, deny and dont_know to
        the question asked), except a reassuring one the classifier read from typed text: that
        message answers what it types (Ya or Tidak opening a message of at most three words,
        "don't know" anywhere) and the red flags it states (answers_typed); the question asked,
        when it answers nothing, is asked again."""
        events = await super().get_validation_events(dispatcher, tracker, domain)
        asked = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        read = next((event["value"] for event in events if event.get("name") == asked), None)
        if not reassures_by_mistake(asked, read, text):
            return events
        stated = {asked: None, **answers_typed(text, asked)}
        return [
            *(event for event in events if event.get("name") not in stated),
            *(SlotSet(slot, value) for slot, value in stated.items()),
        ]

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        answers = answers_of(tracker)
        if not already_dangerous(answers):
            return list(domain_slots)
        return [slot for slot in domain_slots if answers.get(slot) is not None]


class ActionJobOfferVerdict(Action):
    """Give the verdict with its most serious reasons and the next step, as one message."""

    def name(self) -> str:
        return "action_job_offer_verdict"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        verdict = judge_offer(answers_of(tracker))
        dispatcher.utter_message(
            response=verdict.level.value, reasons=reasons_text(domain, verdict)
        )
        return []


class ActionResetJobOffer(Action):
    """Forget the answers so the checker starts fresh next time."""

    def name(self) -> str:
        return "action_reset_job_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return [SlotSet(slot, None) for slot in OFFER_SLOTS]
