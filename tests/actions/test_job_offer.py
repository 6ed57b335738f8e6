import itertools
import random
from pathlib import Path

import pytest
import yaml
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.job_offer import (
    DONT_KNOW,
    NO,
    OFFER_SLOTS,
    RED_FLAGS,
    YES,
    ActionJobOfferVerdict,
    ActionResetJobOffer,
    Level,
    ValidateJobOfferForm,
    already_dangerous,
    answers_given_in,
    judge_offer,
    reasons_text,
)
from tests.actions.conftest import make_tracker

ANSWERS = (YES, NO, DONT_KNOW)
BEST_FIRST = list(Level)  # NO_SIGN_YET, CHECK_FIRST, DANGEROUS
MAX_VERDICT_CHARACTERS = 700
SECOND_HAND_CASES = yaml.safe_load(
    (Path(__file__).with_name("job_offer_cases.yml")).read_text(encoding="utf-8")
)["cases"]

SAFE_ANSWERS = {flag.slot: (NO if flag.flagged_answer == YES else YES) for flag in RED_FLAGS}


def worse(answer: str | None, flagged: str) -> list[str]:
    """The answers that are more worrying than this one on a question."""
    order = [a for a in ANSWERS if a not in (flagged, DONT_KNOW)] + [DONT_KNOW, flagged]
    if answer is None:
        answer = DONT_KNOW  # an unanswered question counts as not known
    return order[order.index(answer) + 1 :]


def every_combination():
    for values in itertools.product(ANSWERS, repeat=len(OFFER_SLOTS)):
        yield dict(zip(OFFER_SLOTS, values, strict=True))


def rendered(domain: dict, answers: dict) -> str:
    verdict = judge_offer(answers)
    template = domain["responses"][verdict.level.value][0]["text"]
    return template.replace("{reasons}", reasons_text(domain, verdict))


# ---------------------------------------------------------------- rules over every combination


def test_dont_know_never_gives_the_best_verdict():
    for answers in every_combination():
        if DONT_KNOW in answers.values():
            assert judge_offer(answers).level is not Level.NO_SIGN_YET, answers


def test_only_all_safe_answers_give_the_best_verdict():
    best = [a for a in every_combination() if judge_offer(a).level is Level.NO_SIGN_YET]
    assert best == [SAFE_ANSWERS]


def test_one_more_red_flag_never_improves_a_verdict():
    rng = random.Random(10)
    combinations = list(every_combination())
    for answers in rng.sample(combinations, 20_000):
        level = BEST_FIRST.index(judge_offer(answers).level)
        for flag in RED_FLAGS:
            for more_worrying in worse(answers[flag.slot], flag.flagged_answer):
                changed = {**answers, flag.slot: more_worrying}
                assert BEST_FIRST.index(judge_offer(changed).level) >= level, (answers, changed)


def test_an_unanswered_question_weighs_like_dont_know():
    rng = random.Random(11)
    for answers in rng.sample(list(every_combination()), 5_000):
        dropped = {s: (None if rng.random() < 0.4 else a) for s, a in answers.items()}
        as_dont_know = {s: (DONT_KNOW if a is None else a) for s, a in dropped.items()}
        assert judge_offer(dropped).level is judge_offer(as_dont_know).level


def test_every_verdict_fits_in_700_characters(domain):
    longest = max(len(rendered(domain, answers)) for answers in every_combination())
    assert longest <= MAX_VERDICT_CHARACTERS


def test_every_serious_flag_alone_is_dangerous_and_named_first(domain):
    for flag in RED_FLAGS:
        answers = {**SAFE_ANSWERS, flag.slot: flag.flagged_answer}
        verdict = judge_offer(answers)
        expected = Level.DANGEROUS if flag.serious else Level.CHECK_FIRST
        assert verdict.level is expected, flag.slot
        assert verdict.concerns[0].flag is flag


def test_an_individual_recruiter_alone_makes_the_offer_dangerous():
    answers = {**SAFE_ANSWERS, "offer_recruiter_licensed": NO}
    assert judge_offer(answers).level is Level.DANGEROUS


def test_the_answers_from_the_issue_are_not_reassuring():
    """Ya, Ya, Ya, then "tidak tahu" four times: the old checker said it looked legal."""
    answers = dict(SAFE_ANSWERS)
    for slot in (
        "offer_upfront_payment",
        "offer_passport_held",
        "offer_risky_destination",
        "offer_salary_too_good",
    ):
        answers[slot] = DONT_KNOW
    assert judge_offer(answers).level is Level.CHECK_FIRST


def test_bait_signs_with_an_unknown_recruiter_are_dangerous():
    answers = {
        **SAFE_ANSWERS,
        "offer_salary_too_good": YES,
        "offer_written_contract": NO,
        "offer_recruiter_licensed": DONT_KNOW,
    }
    assert judge_offer(answers).level is Level.DANGEROUS


def test_three_reasons_are_shown_then_how_many_more(domain):
    answers = {slot: DONT_KNOW for slot in OFFER_SLOTS}
    text = reasons_text(domain, judge_offer(answers))
    assert text.count("•") == 4
    assert "8 hal lain" in text


def test_serious_reasons_come_before_doubts(domain):
    answers = {
        **SAFE_ANSWERS,
        "offer_salary_too_good": YES,
        "offer_recruiter_licensed": DONT_KNOW,
        "offer_passport_held": YES,
    }
    verdict = judge_offer(answers)
    assert [c.flag.slot for c in verdict.concerns] == [
        "offer_passport_held",
        "offer_salary_too_good",
        "offer_recruiter_licensed",
    ]


def test_questions_never_asked_are_not_listed_once_the_answers_are_dangerous():
    answers = {"offer_recruiter_licensed": NO}
    verdict = judge_offer(answers)
    assert verdict.level is Level.DANGEROUS
    assert [c.flag.slot for c in verdict.concerns] == ["offer_recruiter_licensed"]


def test_the_best_verdict_never_certifies_the_offer(domain):
    text = rendered(domain, SAFE_ANSWERS).lower()
    assert "bukan jaminan" in text
    assert "siskop2mi" in text and "disnaker" in text and "job order" in text
    assert "✅" not in text


# ---------------------------------------------------------------- cases written by a second hand


@pytest.mark.parametrize("case", SECOND_HAND_CASES, ids=[c["id"] for c in SECOND_HAND_CASES])
def test_second_hand_case(case, domain):
    verdict = judge_offer(case["answers"])
    assert verdict.level.name.lower() == case["verdict"], case["basis"]
    shown = [c.flag.slot for c in verdict.concerns[:3]]
    for slot in case.get("must_flag", []):
        assert slot in shown, (slot, shown)


def test_there_are_at_least_40_second_hand_cases():
    assert len(SECOND_HAND_CASES) >= 40


# ---------------------------------------------------------------- the form stops early


async def required(answers: dict, domain: dict) -> list[str]:
    return await ValidateJobOfferForm().required_slots(
        list(OFFER_SLOTS), CollectingDispatcher(), make_tracker(slots=answers), domain
    )


async def test_the_form_asks_every_question_while_nothing_is_settled(domain):
    assert await required({"offer_recruiter_licensed": YES}, domain) == list(OFFER_SLOTS)


async def test_the_form_stops_asking_once_the_offer_is_dangerous(domain):
    answers = {"offer_recruiter_licensed": YES, "offer_risky_destination": YES}
    assert await required(answers, domain) == [
        "offer_recruiter_licensed",
        "offer_risky_destination",
    ]
    assert already_dangerous(answers)


async def test_doubts_alone_do_not_stop_the_form(domain):
    answers = {slot: DONT_KNOW for slot in OFFER_SLOTS[:5]}
    assert await required(answers, domain) == list(OFFER_SLOTS)


# ---------------------------------------------------------------- a typed answer read wrongly


async def answer_to(asked: str, text: str, intent: str, read: str, domain: dict) -> dict:
    """The checker's answers after `text`, typed to the question `asked` and read by the
    classifier as `intent`, which the domain maps to `read`: the slots the form validation
    sets, by name."""
    answered = dict(itertools.islice(SAFE_ANSWERS.items(), OFFER_SLOTS.index(asked)))
    tracker = make_tracker(
        text,
        intent,
        slots={**answered, "requested_slot": asked},
        active_loop="job_offer_form",
    )
    tracker.events = [
        {"event": "user", "text": text, "parse_data": tracker.latest_message},
        {"event": "slot", "name": asked, "value": read},
    ]
    events = await ValidateJobOfferForm().get_validation_events(
        CollectingDispatcher(), tracker, domain
    )
    return {event["name"]: event["value"] for event in events}


async def test_a_long_message_read_as_the_reassuring_answer_asks_the_question_again(domain):
    # "Is your passport held?" - "not held, only left with the sponsor for now", read as a no.
    answers = await answer_to(
        "offer_passport_held", "bukan ditahan, cuma dititipkan ke sponsor dulu", "deny", NO, domain
    )

    assert answers["offer_passport_held"] != NO


async def test_a_long_message_read_as_a_no_still_counts_the_red_flags_it_states(domain):
    # "Did you pay up front?" - "never paid in, but the sponsor says the salary is cut for six
    # months": no answer to the question, and the red flag it states (a sponsor, no licensed
    # company) counts over the earlier answer.
    text = "dak pernah nyetor duit, tapi kato sponsor nyo gaji dipotong 6 bulan di sano"
    answers = await answer_to("offer_upfront_payment", text, "deny", NO, domain)

    assert answers["offer_upfront_payment"] is None
    assert answers["offer_recruiter_licensed"] == NO


async def test_a_short_message_that_types_no_answer_is_asked_again(domain):
    # "Is your passport held?" - "given back already": reassuring, but no typed Ya or Tidak.
    answers = await answer_to("offer_passport_held", "sudah dibalikin kok", "deny", NO, domain)

    assert answers["offer_passport_held"] is None


async def test_a_long_message_with_dont_know_in_it_is_a_dont_know(domain):
    answers = await answer_to(
        "offer_work_visa", "iya katanya visa kerja tapi aku dak tau pasti", "affirm", YES, domain
    )

    assert answers["offer_work_visa"] == DONT_KNOW


async def test_a_short_typed_answer_a_button_and_a_red_flag_stand(domain):
    for asked, text, intent, read in [
        ("offer_passport_held", "tidak kak", "deny", NO),
        ("offer_passport_held", "/deny", "deny", NO),
        ("offer_recruiter_licensed", '/affirm{"x": "y y y y"}', "affirm", YES),
        # the red flag itself, however long and whatever its words: it cannot reassure
        ("offer_upfront_payment", "iya betul begitu katanya kemarin pak", "affirm", YES),
    ]:
        answers = await answer_to(asked, text, intent, read, domain)

        assert answers[asked] == read, text


# ---------------------------------------------------------------- the actions


async def test_the_verdict_is_one_message_with_its_reasons(domain):
    dispatcher = CollectingDispatcher()
    slots = {**SAFE_ANSWERS, "offer_work_visa": NO, "offer_upfront_payment": YES}
    await ActionJobOfferVerdict().run(dispatcher, make_tracker(slots=slots), domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_verdict_dangerous"
    assert "visa kerja" in message["reasons"].lower()
    assert "Pasal 30" in message["reasons"]
    assert message["reasons"].count("•") == 2


async def test_reset_clears_every_answer(domain):
    events = await ActionResetJobOffer().run(CollectingDispatcher(), make_tracker(), domain)
    assert events == [SlotSet(slot, None) for slot in OFFER_SLOTS]


def test_every_question_offers_ya_tidak_tidak_tahu_and_batal(domain):
    for slot in OFFER_SLOTS:
        buttons = domain["responses"][f"utter_ask_{slot}"][0]["buttons"]
        assert [b["payload"] for b in buttons] == ["/affirm", "/deny", "/dont_know", "/stop_form"]


def test_every_question_has_both_reasons(domain):
    for slot in OFFER_SLOTS:
        assert f"utter_reason_{slot}" in domain["responses"]
        assert f"utter_reason_unknown_{slot}" in domain["responses"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tetangga ditawari kerja di kamboja gaji 12 juta, aman gak?",
            {"offer_risky_destination": "ya"},
        ),
        (
            "ada sponsor nawarin kerja di arab jadi pembantu, disuruh bayar 5 juta dulu",
            {
                "offer_recruiter_licensed": "tidak",
                "offer_upfront_payment": "ya",
                "offer_middle_east_domestic": "ya",
            },
        ),
        (
            "anak sy umur 16 thn mau dibawa ke malaysia pake visa turis",
            {"offer_work_visa": "tidak", "offer_underage": "ya"},
        ),
        ("paspor nanti dipegang agen katanya", {"offer_passport_held": "ya"}),
        (
            "katanya ditampung dulu di jakarta, kontrak nanti di sana",
            {"offer_holding_house": "ya", "offer_written_contract": "tidak"},
        ),
        # denied, not stated
        ("bukan lewat calo, tapi pt resmi", {}),
        ("panjang " * 40 + "bukan lewat calo", {}),
        # a negation further back denies nothing
        ("tidak tahu kenapa, tapi lewat calo", {"offer_recruiter_licensed": "tidak"}),
        ("berangkat ga pake visa umroh kok", {}),
        # named, not stated: a visa, a passport, a country of the Middle East alone
        ("visanya apa ya, paspor sudah ada, kerja di arab gaji 6 juta", {}),
        # the reassuring answers are never read from a message
        ("lewat pt resmi, visa kerja, ada kontrak", {}),
    ],
)
def test_a_message_answers_the_checker_only_with_the_red_flags_it_states(text, expected):
    assert answers_given_in(text) == expected
