import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.job_offer import (
    OFFER_SLOTS,
    ActionJobOfferVerdict,
    ActionResetJobOffer,
    judge_offer,
)
from tests.actions.conftest import make_tracker

SAFE_ANSWERS = {
    "offer_licensed_company": True,
    "offer_work_visa": True,
    "offer_contract_before_departure": True,
    "offer_upfront_payment": False,
    "offer_passport_held": False,
    "offer_risky_destination": False,
    "offer_salary_too_good": False,
}


def with_answers(**changes):
    return {**SAFE_ANSWERS, **changes}


def test_all_safe_answers_look_like_the_legal_route():
    verdict = judge_offer(SAFE_ANSWERS)
    assert verdict.response == "utter_verdict_looks_legal"
    assert verdict.raised == ()


@pytest.mark.parametrize(
    "serious",
    [
        {"offer_work_visa": False},
        {"offer_upfront_payment": True},
        {"offer_passport_held": True},
        {"offer_risky_destination": True},
    ],
)
def test_one_serious_flag_makes_the_offer_dangerous(serious):
    assert judge_offer(with_answers(**serious)).response == "utter_verdict_dangerous"


@pytest.mark.parametrize(
    "minor",
    [
        {"offer_licensed_company": False},
        {"offer_contract_before_departure": False},
        {"offer_salary_too_good": True},
        {"offer_licensed_company": False, "offer_salary_too_good": True},
    ],
)
def test_one_or_two_minor_flags_mean_check_first(minor):
    assert judge_offer(with_answers(**minor)).response == "utter_verdict_check_first"


def test_three_minor_flags_make_the_offer_dangerous():
    answers = with_answers(
        offer_licensed_company=False,
        offer_contract_before_departure=False,
        offer_salary_too_good=True,
    )
    assert judge_offer(answers).response == "utter_verdict_dangerous"


def test_an_unanswered_question_is_not_counted_as_safe():
    answers = {**SAFE_ANSWERS, "offer_passport_held": None}
    verdict = judge_offer(answers)
    assert verdict.response == "utter_verdict_dangerous"
    assert [f.slot for f in verdict.raised] == ["offer_passport_held"]


async def test_the_verdict_is_one_message_with_each_reason(domain):
    dispatcher = CollectingDispatcher()
    slots = with_answers(offer_work_visa=False, offer_upfront_payment=True)
    await ActionJobOfferVerdict().run(dispatcher, make_tracker(slots=slots), domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_verdict_dangerous"
    assert "visa kerja" in message["reasons"].lower()
    assert "Pasal 30" in message["reasons"]
    assert message["reasons"].count("•") == 2


async def test_reset_clears_every_answer(domain):
    events = await ActionResetJobOffer().run(CollectingDispatcher(), make_tracker(), domain)
    assert events == [SlotSet(slot, None) for slot in OFFER_SLOTS]
