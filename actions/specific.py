"""Answer the question asked, not only its topic.

The intent classifiers name the topic (an intent of the contract); the selector
(components/char_ngram_selector.py, in the ResponseSelector's place), trained on
nlu/specific.yml (generated from data/specific/), names the specific question as the retrieval
intent `<topic>/<question>`. A specific question gets its short answer with the whole topic page
offered as a button; a general question, a button press (no text to read) or a question the
selector is unsure of gets the topic page itself.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.job_offer import (
    MOST_WORDS_OF_A_TYPED_ANSWER,
    already_dangerous,
    answer_opening,
    answers_typed,
    warned_destination,
    warned_destinations,
)
from actions.topics import load_topics

GENERAL_QUESTION = "overview"
# How sure the selector must be of a question to answer it rather than show the topic page:
# among the questions of the topic the classifier chose, and among all questions, where the
# classifier chose another topic or none. A short answer to another question is worse than the
# page, so both are set to keep those rare: on a tuning set's first run, before anything was
# written from it, the pair that answered most without more wrong answers than the pair before
# (evaluation/specific_tuning_6.jsonl with the selector's C at 30: 0.95/0.3 answered 239 of 300,
# 11 wrong; 0.95/0.2 249 and 13; C 10 at 0.9/0.2, the pair before, 233 and 12; then
# evaluation/specific_tuning_9.jsonl, long questions after a story or on someone's behalf, whose
# answers come with less confidence: 0.95/0.27 177 of 240 and 7 wrong, 0.95/0.3 170 and 7,
# 0.95/0.25 178 and 8; then evaluation/specific_tuning_14.jsonl, the newest hand's first run:
# 0.95/0.2 199 of 240 and 4 wrong, 0.95/0.27 190 and 4, and on the thirteen older sets (their
# passes were written from their misses) 96 more answers for 5 more wrong ones of 3,590; never
# the frozen set; reports/specific-thresholds.md).
SURE_WITHIN_THE_TOPIC = 0.95
SURE_OF_THE_QUESTION = 0.2
# Someone reporting a case or asking for an officer wants the next step: they get an answer of
# that topic (its question, when the selector is fairly sure of one, else its page, where the
# bot also offers an officer), never another topic's answer ("saya mau lapor calo yang menipu
# warga desa kami" got what the village government does in registration). On the tuning
# questions this costs 2 of 181 specific answers and no wrong one (reports/specific-thresholds.md).
ACTING_TOPICS = frozenset({"report_case", "ask_human_agent"})
SURE_ENOUGH_TO_ACT = 0.5
# Where the classifier is sure of its topic (0.95) and the selector's likeliest question is of
# another, the selector must be surer (0.4) to answer across topics: on the tuning sets this
# took a quarter to a half of the wrong answers away for about three specific answers each; on
# the frozen set it changed no wrong answer (reports/specific-thresholds.md).
SURE_OF_ITS_TOPIC = 0.95
SURE_ACROSS_TOPICS = 0.4
# The topic page of each topic whose page is a plain response (the others have actions).
TOPIC_PAGES = {
    "ask_requirements": "utter_requirements",
    "ask_procedure": "utter_procedure",
    "ask_costs": "utter_costs",
    "ask_check_agency": "utter_check_agency",
    "ask_job_vacancy": "utter_job_vacancy",
    "ask_training": "utter_training",
    "ask_destination": "utter_destination",
    "ask_visa": "utter_visa",
    "ask_worker_rights": "utter_worker_rights",
    "ask_insurance": "utter_insurance",
    "ask_problem_abroad": "utter_problem_abroad",
    "ask_trafficking_info": "utter_trafficking_info",
    "ask_warning_signs": "utter_warning_signs",
    "ask_online_scam": "utter_online_scam",
    "ask_illegal_risks": "utter_illegal_risks",
    "report_case": "utter_report_case",
    "ask_local_stats": "utter_local_stats",
    "ask_human_agent": "utter_human_agent",
}


def typed(tracker: Tracker) -> bool:
    """False for a button press ("/ask_costs"): there is no question to read, only a topic."""
    return not (tracker.latest_message.get("text") or "").startswith("/")


def ranked_first(tracker: Tracker, selector: str) -> tuple[str, float] | None:
    """A selector's likeliest question (`topic/question`) and its confidence: `default` ranks
    all questions, `<topic>` those of the topic the classifier chose. None for a button press
    (no question to read) or when that selector said nothing."""
    if not typed(tracker):
        return None
    selected = (tracker.latest_message.get("response_selector") or {}).get(selector) or {}
    ranking = selected.get("ranking") or []
    if not ranking or "/" not in (ranking[0].get("intent_response_key") or ""):
        return None
    return ranking[0]["intent_response_key"], float(ranking[0].get("confidence") or 0.0)


def is_general(key: str) -> bool:
    return key.endswith("/" + GENERAL_QUESTION)


def specific_question(tracker: Tracker, topic: str) -> str | None:
    """The specific question the message asks about `topic`, or one the selector is sure of in
    another topic; None for a general question or when unsure (then the topic page)."""
    key = question_to_answer(
        topic,
        ranked_first(tracker, topic),
        ranked_first(tracker, "default"),
        topic_confidence=float((tracker.latest_message.get("intent") or {}).get("confidence") or 0),
    )
    return key if about_what_it_names(key, tracker) else None


def sure_question(tracker: Tracker) -> str | None:
    """The specific question the selector is sure of among all, whatever the classifier thought."""
    key = question_sure_of(ranked_first(tracker, "default"))
    return key if about_what_it_names(key, tracker) else None


def about_what_it_names(key: str | None, tracker: Tracker) -> bool:
    """False for the warning about a country of the scam compounds when the message does not
    name that country: the selector reads how an offer is worded, and "ada yang nawarin kerja
    di malaysia, aman gak" reads like an offer to Thailand (it got Thailand's warning). Those
    warnings are given on the destination named (destination_warning), never on wording alone."""
    if key is None or not key.startswith("check_job_offer/"):
        return True
    country = warned_destinations().get(key.partition("/")[2])
    return country is None or bool(country.search(tracker.latest_message.get("text") or ""))


def question_to_answer(
    topic: str,
    within: tuple[str, float] | None,
    best: tuple[str, float] | None,
    *,
    topic_confidence: float = 0.0,
    sure_within: float = SURE_WITHIN_THE_TOPIC,
    sure_of: float = SURE_OF_THE_QUESTION,
) -> str | None:
    """The choice itself, from the likeliest question within the topic and among all, and how
    sure the classifier was of its topic (what scripts/tune_specific.py plays over the tuning
    questions for other thresholds)."""
    if within is not None:
        key, confidence = within
        if is_general(key):
            return None
        if confidence >= sure_within:
            return key
    across = best is not None and not best[0].startswith(f"{topic}/")
    if across and topic_confidence >= SURE_OF_ITS_TOPIC:
        sure_of = max(sure_of, SURE_ACROSS_TOPICS)
    elsewhere = question_sure_of(best, sure_of=sure_of)
    if topic in ACTING_TOPICS and elsewhere is not None and not elsewhere.startswith(f"{topic}/"):
        return within[0] if within is not None and within[1] >= SURE_ENOUGH_TO_ACT else None
    return elsewhere


def question_sure_of(
    best: tuple[str, float] | None, *, sure_of: float = SURE_OF_THE_QUESTION
) -> str | None:
    if best is None or best[1] < sure_of or is_general(best[0]):
        return None
    return best[0]


def destination_warning(tracker: Tracker) -> str | None:
    """The warning for an offer to a country or town of the scam compounds, if one is named
    (actions/offer_cues.yml, which also makes it a risky destination for the checker)."""
    warning = warned_destination(tracker.latest_message.get("text") or "")
    return f"check_job_offer/{warning}" if warning else None


def utter_specific(dispatcher: CollectingDispatcher, key: str) -> None:
    """The short answer, then its topic's whole page as a button."""
    topic = key.split("/")[0]
    title = load_topics()["titles"].get(topic)
    buttons = [{"title": f"Selengkapnya: {title}", "payload": f"/{topic}"}] if title else []
    dispatcher.utter_message(response=f"utter_{key}", buttons=buttons)


JOB_OFFER_FORM = "job_offer_form"


def answers_stated(tracker: Tracker) -> dict[str, str]:
    """The checker's answers the latest message gives: its red flags (answers_given_in), and
    inside the checker also the pending question's, when the message types one (a "don't
    know" anywhere, a Ya or Tidak opening a short message: answers_typed)."""
    pending = (
        tracker.get_slot("requested_slot") if tracker.active_loop_name == JOB_OFFER_FORM else None
    )
    return answers_typed(tracker.latest_message.get("text") or "", pending)


def only_an_answer(tracker: Tracker) -> bool:
    """Inside the checker, a message of at most three words that types an answer ("ya lewat
    pt", "gatau"): the checker's next question follows, no topic answer."""
    text = tracker.latest_message.get("text") or ""
    return (
        tracker.active_loop_name == JOB_OFFER_FORM
        and answer_opening(text) is not None
        and len(text.split()) <= MOST_WORDS_OF_A_TYPED_ANSWER
    )


class ActionAnswerQuestion(Action):
    """A topic question: its specific answer when it asks one, otherwise the topic page."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = (tracker.latest_message.get("intent") or {}).get("name") or ""
        key = specific_question(tracker, topic)
        if only_an_answer(tracker):
            pass  # the checker goes on with its next question
        elif key:
            utter_specific(dispatcher, key)
        elif topic in TOPIC_PAGES:
            dispatcher.utter_message(response=TOPIC_PAGES[topic])
        else:
            dispatcher.utter_message(response="utter_capabilities")
        if tracker.active_loop_name != JOB_OFFER_FORM:
            return []
        # Asked inside the checker, the question may say more of the offer than an answer did
        # ("tidak", then "sebenarnya ke kamboja sih"): its red flags count, over the answer.
        return [SlotSet(slot, answer) for slot, answer in answers_stated(tracker).items()]


class ActionJobOfferIntro(Action):
    """Before the checker's questions: the warning an offer needs at once (a country or town of
    the scam compounds; a question the message asks), the checker's intro unless the
    message already settles the verdict, and the answers the message already gives (its red
    flags), which the checker then does not ask again."""

    def name(self) -> str:
        return "action_job_offer_intro"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not typed(tracker):
            dispatcher.utter_message(response="utter_job_offer_intro")
            return []
        # Inside the checker already ("ya, katanya lewat agen"): no intro again, and a bare
        # answer gets no answer of its own.
        inside = tracker.active_loop_name == JOB_OFFER_FORM
        key = destination_warning(tracker) or (
            None if only_an_answer(tracker) else specific_question(tracker, "check_job_offer")
        )
        if key:
            dispatcher.utter_message(response=f"utter_{key}")
        given = answers_stated(tracker)
        if not inside and not already_dangerous(given):
            dispatcher.utter_message(response="utter_job_offer_intro")
        return [SlotSet(slot, answer) for slot, answer in given.items()]
