"""A topic question gets its specific answer when the selector names one inside the topic the
classifier chose; otherwise the topic page (actions/specific.py, the glossary, the offices)."""

import pytest
import yaml
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionSuggestTopics
from actions.glossary import ActionExplainTerm
from actions.job_offer import answer_opening
from actions.local_office import ActionLocalOffice
from actions.specific import (
    SURE_ACROSS_TOPICS,
    SURE_ENOUGH_TO_ACT,
    SURE_OF_ITS_TOPIC,
    SURE_OF_THE_QUESTION,
    SURE_WITHIN_THE_TOPIC,
    TOPIC_PAGES,
    ActionAnswerQuestion,
    ActionJobOfferIntro,
)
from tests.actions.conftest import ROOT, make_tracker

SPECIFIC = yaml.safe_load((ROOT / "nlu" / "specific.yml").read_text(encoding="utf-8"))


async def run(action, tracker, domain) -> list[dict]:
    messages, _ = await run_with_events(action, tracker, domain)
    return messages


async def run_with_events(action, tracker, domain) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return dispatcher.messages, events


async def test_a_specific_question_gets_its_answer_and_the_topic_page_as_a_button(domain):
    tracker = make_tracker(
        "umur 45 masih bisa kerja ke malaysia?",
        "ask_requirements",
        selected=[("ask_requirements/age_maximum", 0.8), ("ask_requirements/age_minimum", 0.1)],
    )
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == "utter_ask_requirements/age_maximum"
    assert message["buttons"] == [
        {"title": "Selengkapnya: Syarat jadi PMI", "payload": "/ask_requirements"}
    ]


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # a general question
        ("syarat jadi pmi apa aja", [("ask_requirements/overview", 0.9)]),
        # the selector places it in another topic than the classifier, unsure: the page is safer
        ("berapa biaya paspor", [("ask_costs/passport_cost", SURE_OF_THE_QUESTION - 0.01)]),
        # a button press carries no question, only the topic
        ("/ask_requirements", [("ask_requirements/age_minimum", 0.9)]),
        # no selector output at all (a payload, or a model without the selector)
        ("syarat umur", None),
    ],
)
async def test_otherwise_the_topic_page(domain, text, selected):
    tracker = make_tracker(text, "ask_requirements", selected=selected)
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == "utter_requirements"
    assert not message["buttons"]


@pytest.mark.parametrize(
    ("in_topic", "everywhere", "expected"),
    [
        # sure among the topic's questions, though another topic's question ranks first overall
        (
            [("ask_requirements/age_maximum", SURE_WITHIN_THE_TOPIC)],
            [("ask_destination/japan", 0.3), ("ask_requirements/age_maximum", 0.2)],
            "utter_ask_requirements/age_maximum",
        ),
        # a general question of the topic: the page, whatever ranks first overall
        (
            [("ask_requirements/overview", 0.9)],
            [("ask_costs/kur_loan", 0.9)],
            "utter_requirements",
        ),
        # unsure within the topic and overall: the page
        (
            [("ask_requirements/age_maximum", SURE_WITHIN_THE_TOPIC - 0.01)],
            [("ask_requirements/age_maximum", SURE_OF_THE_QUESTION - 0.01)],
            "utter_requirements",
        ),
        # unsure within the topic, sure of another topic's question overall
        (
            [("ask_requirements/age_maximum", 0.3)],
            [("ask_costs/kur_loan", SURE_OF_THE_QUESTION)],
            "utter_ask_costs/kur_loan",
        ),
    ],
)
async def test_the_question_is_chosen_within_the_topic_first(
    domain, in_topic, everywhere, expected
):
    tracker = make_tracker(
        "umur 45 masih bisa?", "ask_requirements", selected=everywhere, selected_in_topic=in_topic
    )
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == expected


@pytest.mark.parametrize(
    ("in_topic", "expected"),
    [
        # fairly sure of the report's own question: that one, not the other topic's
        (
            [("report_case/report_recruiter_in_village", SURE_ENOUGH_TO_ACT)],
            "utter_report_case/report_recruiter_in_village",
        ),
        # unsure of it: the report page (where the bot also offers an officer)
        (
            [("report_case/report_recruiter_in_village", SURE_ENOUGH_TO_ACT - 0.01)],
            "utter_report_case",
        ),
    ],
)
async def test_a_report_is_answered_within_its_topic_never_by_another(domain, in_topic, expected):
    tracker = make_tracker(
        "saya mau lapor calo yang menipu warga desa kami",
        "report_case",
        selected=[("ask_procedure/village_role", 0.4)],
        selected_in_topic=in_topic,
    )
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == expected


async def test_a_question_the_selector_is_sure_of_is_answered_in_its_own_topic(domain):
    tracker = make_tracker(
        "berapa biaya paspor",
        "ask_requirements",
        selected=[("ask_costs/passport_cost", SURE_OF_THE_QUESTION)],
    )
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == "utter_ask_costs/passport_cost"
    assert message["buttons"] == [{"title": "Selengkapnya: Biaya resmi", "payload": "/ask_costs"}]


@pytest.mark.parametrize(
    ("confidence", "expected"),
    [
        (SURE_OF_THE_QUESTION, "utter_ask_costs/kur_loan"),
        (SURE_OF_THE_QUESTION - 0.01, "utter_fallback_suggest"),
    ],
)
async def test_unsure_of_the_topic_but_sure_of_the_question_answers_it(
    domain, confidence, expected
):
    tracker = make_tracker(
        "pinjem kur buat berangkat bisa?",
        "nlu_fallback",
        intent_ranking=[{"name": "ask_costs", "confidence": 0.4}],
        selected=[("ask_costs/kur_loan", confidence)],
    )
    [message] = await run(ActionSuggestTopics(), tracker, domain)
    assert message["response"] == expected


@pytest.mark.parametrize(
    ("topic_confidence", "selected", "expected"),
    [
        # the classifier sure of its topic: another topic's answer needs a surer selector
        (SURE_OF_ITS_TOPIC, SURE_ACROSS_TOPICS - 0.01, "utter_costs"),
        (SURE_OF_ITS_TOPIC, SURE_ACROSS_TOPICS, "utter_ask_requirements/age_maximum"),
        # less sure of its topic: the usual threshold
        (SURE_OF_ITS_TOPIC - 0.01, SURE_OF_THE_QUESTION, "utter_ask_requirements/age_maximum"),
    ],
)
async def test_a_topic_the_classifier_is_sure_of_is_left_only_for_a_surer_question(
    domain, topic_confidence, selected, expected
):
    tracker = make_tracker(
        "umur 45 masih bisa berangkat, biayanya gimana",
        "ask_costs",
        confidence=topic_confidence,
        selected=[("ask_requirements/age_maximum", selected)],
        selected_in_topic=[("ask_costs/who_pays", 0.3)],
    )
    [message] = await run(ActionAnswerQuestion(), tracker, domain)
    assert message["response"] == expected


async def test_a_danger_word_gets_the_emergency_numbers_before_any_specific_answer(domain):
    tracker = make_tracker(
        "tolong paspor ditahan aku dikurung",
        "nlu_fallback",
        intent_ranking=[{"name": "ask_worker_rights", "confidence": 0.4}],
        selected=[("ask_worker_rights/keep_own_passport", 0.9)],
    )
    messages = await run(ActionSuggestTopics(), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_emergency", "utter_emergency_safety"]


def test_every_topic_page_named_is_a_response_and_every_catalogue_topic_is_answered(domain):
    assert set(TOPIC_PAGES.values()) <= set(domain["responses"])
    topics = {key.split("/")[0].removeprefix("utter_") for key in SPECIFIC["responses"]}
    # the others are answered by their own actions: the glossary, the offices, the checker
    assert topics - set(TOPIC_PAGES) == {"ask_term", "ask_local_office", "check_job_offer"}


@pytest.mark.parametrize("country", ["Kamboja", "cambodia", "myanmar", "Thailand", "laos"])
async def test_an_offer_to_a_country_without_an_agreement_is_warned_at_once(domain, country):
    tracker = make_tracker(
        f"tetangga ditawari kerja di {country} gaji 12 juta, aman gak?",
        "check_job_offer",
        entities=[{"entity": "negara", "value": country}],
        selected=[("check_job_offer/offer_pay_upfront", 0.6)],
    )
    [warning], events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert warning["response"].startswith("utter_check_job_offer/offer_")
    assert warning["response"] != "utter_check_job_offer/offer_pay_upfront"
    assert warning["response"] in SPECIFIC["responses"]
    # the country settles the verdict: no "I will ask up to 11 things", the checker concludes
    assert SlotSet("offer_risky_destination", "ya") in events


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("ditawari jadi cs di phnom penh gaji 12 juta", "utter_check_job_offer/offer_cambodia"),
        ("kerja online di sihanoukville, aman?", "utter_check_job_offer/offer_cambodia"),
        ("lowongan admin di myawaddy", "utter_check_job_offer/offer_myanmar"),
    ],
)
async def test_an_offer_to_a_compound_town_is_warned_at_once(domain, text, warning):
    tracker = make_tracker(
        text, "check_job_offer", selected=[("check_job_offer/offer_leave_next_week", 0.6)]
    )
    [message], events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert message["response"] == warning
    assert SlotSet("offer_risky_destination", "ya") in events


@pytest.mark.parametrize(
    ("action", "intent"),
    [
        (ActionJobOfferIntro(), "check_job_offer"),
        (ActionAnswerQuestion(), "ask_destination"),
        (ActionSuggestTopics(), "nlu_fallback"),
    ],
)
async def test_a_country_warning_is_never_given_for_an_offer_elsewhere(domain, action, intent):
    # the trained selector read this Malaysia offer as one to Thailand, sure of it (0.9+)
    tracker = make_tracker(
        "ada yang nawarin kerja di malaysia, aman gak",
        intent,
        selected=[("check_job_offer/offer_thailand", 0.97)],
        selected_in_topic=[("check_job_offer/offer_thailand", 0.97)],
    )
    messages = await run(action, tracker, domain)
    assert not any("offer_thailand" in (m.get("response") or "") for m in messages)
    assert "Thailand" not in " ".join(m.get("text") or "" for m in messages)


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("ada lowongan spa di bangkok dari kenalan", "utter_check_job_offer/offer_thailand"),
        ("sponsor nawarin gawe di vientiane", "utter_check_job_offer/offer_laos"),
    ],
)
async def test_an_offer_to_a_big_town_of_such_a_country_is_warned_at_once(domain, text, warning):
    tracker = make_tracker(text, "check_job_offer", selected=[("check_job_offer/overview", 0.9)])
    [message], events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert message["response"] == warning
    assert SlotSet("offer_risky_destination", "ya") in events


async def test_an_offer_elsewhere_gets_the_question_it_asks_then_the_checker(domain):
    tracker = make_tracker(
        "katanya kontrak nanti di sana, berangkat ke taiwan, normal gak",
        "check_job_offer",
        entities=[{"entity": "negara", "value": "taiwan"}],
        selected=[("check_job_offer/offer_pay_upfront", 0.6)],
    )
    [answer, intro], events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert answer["response"] == "utter_check_job_offer/offer_pay_upfront"
    assert intro["response"] == "utter_job_offer_intro"
    # what the message already says is not asked again; one minor sign settles nothing
    assert events == [SlotSet("offer_written_contract", "tidak")]


async def test_a_button_press_starts_the_checker_with_nothing_prefilled(domain):
    tracker = make_tracker("/check_job_offer", "check_job_offer")
    [intro], events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert intro["response"] == "utter_job_offer_intro"
    assert events == []


async def test_a_plain_offer_gets_only_the_checker(domain):
    tracker = make_tracker(
        "ada yg nawarin kerja, tolong cek",
        "check_job_offer",
        selected=[("check_job_offer/overview", 0.9)],
    )
    [intro] = await run(ActionJobOfferIntro(), tracker, domain)
    assert intro["response"] == "utter_job_offer_intro"


async def test_a_term_the_glossary_lacks_gets_its_specific_answer(domain):
    tracker = make_tracker(
        "balek dusun tu apo", "ask_term", selected=[("ask_term/balek_dusun", 0.7)]
    )
    [message] = await run(ActionExplainTerm(), tracker, domain)
    assert message["response"] == "utter_ask_term/balek_dusun"


async def test_a_glossary_term_is_explained_from_the_glossary_first(domain):
    tracker = make_tracker("apa itu sip2mi", "ask_term", selected=[("ask_term/kur", 0.7)])
    [message] = await run(ActionExplainTerm(), tracker, domain)
    assert message["response"] == "utter_term"


async def test_an_office_question_without_a_district_gets_its_specific_answer(domain):
    tracker = make_tracker(
        "bikin paspor tki di mana",
        "ask_local_office",
        selected=[("ask_local_office/passport_office", 0.7)],
    )
    [message] = await run(ActionLocalOffice(), tracker, domain)
    assert message["response"] == "utter_ask_local_office/passport_office"


@pytest.mark.parametrize(
    ("text", "entities", "key", "expected"),
    [
        # where to register: the district's office answers it, so the bot asks for the district
        ("daftar jadi tki dimana", [], "ask_local_office/where_register", "utter_ask_kabupaten"),
        # a district named: that district's office
        (
            "alamat disnaker muara enim dimana",
            [{"entity": "kabupaten", "value": "Muara Enim", "start": 17}],
            "ask_local_office/office_contact",
            "utter_local_office",
        ),
    ],
)
async def test_an_office_question_the_office_answers_better(domain, text, entities, key, expected):
    tracker = make_tracker(text, "ask_local_office", entities=entities, selected=[(key, 0.7)])
    messages = await run(ActionLocalOffice(), tracker, domain)
    assert messages[0]["response"] == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("bikin paspor di muara enim dimana", "ask_local_office/passport_office"),
        ("berapa pmi dari muara enim tahun lalu", "ask_local_stats/muara_enim"),
    ],
)
async def test_another_question_naming_a_district_gets_its_answer(domain, text, key):
    entities = [{"entity": "kabupaten", "value": "Muara Enim", "start": 9}]
    tracker = make_tracker(text, "ask_local_office", entities=entities, selected=[(key, 0.7)])
    messages, events = await run_with_events(ActionLocalOffice(), tracker, domain)
    assert [m["response"] for m in messages] == [f"utter_{key}"]
    # the district is remembered for the next office question
    assert {"event": "slot", "name": "kabupaten", "value": "Muara Enim"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_naming_ones_district_gets_its_office_whatever_the_selector_reads(domain):
    entities = [{"entity": "kabupaten", "value": "OKU Timur", "start": 8}]
    tracker = make_tracker(
        "sy dari OKU Timur",
        "inform_location",
        entities=entities,
        selected=[("ask_local_stats/other_district_stats", 0.8)],
    )
    messages = await run(ActionLocalOffice(), tracker, domain)
    assert messages[0]["response"] == "utter_local_office"


async def test_a_question_inside_the_checker_that_names_a_warned_country_counts_as_its_answer(
    domain,
):
    """'tidak' to the risky-destination question, then "sebenarnya ke kamboja sih": the checker
    must not end with "no danger seen"."""
    tracker = make_tracker(
        "sebenarnya ke kamboja sih",
        "ask_destination",
        entities=[{"entity": "negara", "value": "kamboja"}],
        slots={"offer_risky_destination": "tidak"},
        active_loop="job_offer_form",
    )
    [answer], events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert answer["response"] == TOPIC_PAGES["ask_destination"]  # the question is answered too
    assert SlotSet("offer_risky_destination", "ya") in events


async def test_a_question_outside_the_checker_fills_none_of_its_answers(domain):
    tracker = make_tracker(
        "sebenarnya ke kamboja sih",
        "ask_destination",
        entities=[{"entity": "negara", "value": "kamboja"}],
    )
    _, events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert events == []


async def test_inside_the_checker_a_question_without_a_red_flag_changes_no_answer(domain):
    tracker = make_tracker(
        "syarat umur berapa ya",
        "ask_requirements",
        slots={"offer_risky_destination": "tidak"},
        active_loop="job_offer_form",
    )
    _, events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert events == []


async def test_inside_the_checker_a_short_typed_answer_answers_the_pending_question(domain):
    """'ya lewat pt' to question 1 was read as a question on checking agencies: the page came,
    then question 1 again."""
    tracker = make_tracker(
        "ya lewat pt",
        "ask_check_agency",
        slots={"requested_slot": "offer_recruiter_licensed"},
        active_loop="job_offer_form",
    )
    messages, events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert messages == []
    assert events == [SlotSet("offer_recruiter_licensed", "ya")]


async def test_inside_the_checker_a_red_flag_wins_over_the_answer_it_opens_with(domain):
    tracker = make_tracker(
        "iya, lewat sponsor",
        "ask_check_agency",
        slots={"requested_slot": "offer_recruiter_licensed"},
        active_loop="job_offer_form",
    )
    _, events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert events == [SlotSet("offer_recruiter_licensed", "tidak")]


async def test_inside_the_checker_dont_know_anywhere_in_a_long_message_answers_it_too(domain):
    tracker = make_tracker(
        "gak tau juga sih, tapi syarat umur buat jadi pmi itu berapa ya",
        "ask_requirements",
        slots={"requested_slot": "offer_work_visa"},
        active_loop="job_offer_form",
    )
    [answer], events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert answer["response"] == TOPIC_PAGES["ask_requirements"]
    assert events == [SlotSet("offer_work_visa", "tidak_tahu")]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the question's own words echoed, no answer given (from a safety review)
        ("gak perlu keahlian katanya gaji 15 juta", "ask_requirements"),
        ("tidak dikembalikan sampai kontrak habis katanya", "ask_worker_rights"),
        # another request
        ("ya mau lapor polisi", "report_case"),
        ("tidak, saya mau bicara dengan petugas", "ask_human_agent"),
    ],
)
async def test_inside_the_checker_a_longer_ya_or_tidak_is_no_answer(domain, text, intent):
    tracker = make_tracker(
        text,
        intent,
        slots={"requested_slot": "offer_salary_too_good"},
        active_loop="job_offer_form",
    )
    [answer], events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert answer["response"]  # the request is answered, and the question asked again
    assert SlotSet("offer_salary_too_good", "tidak") not in events
    assert SlotSet("offer_salary_too_good", "ya") not in events


async def test_inside_the_checker_an_offer_typed_as_an_answer_gets_no_intro_again(domain):
    tracker = make_tracker(
        "dak, lewat kenalan",
        "check_job_offer",
        slots={"requested_slot": "offer_recruiter_licensed"},
        active_loop="job_offer_form",
    )
    messages, events = await run_with_events(ActionJobOfferIntro(), tracker, domain)
    assert "utter_job_offer_intro" not in [m["response"] for m in messages]
    assert SlotSet("offer_recruiter_licensed", "tidak") in events


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("ya lewat pt", "ya"),
        ("Iyo", "ya"),
        ("gak, lewat kenalan", "tidak"),
        ("dak tau jugo", "tidak_tahu"),
        ("belum tau", "tidak_tahu"),
        # from a safety review: "don't know" never read as a no or a yes
        ("gak tauu, nanti aku tanya biayanya", "tidak_tahu"),
        ("gak taulah paspor nanti diurus agen", "tidak_tahu"),
        ("no idea, paspor diurus pt", "tidak_tahu"),
        ("ya ga tau visanya diurus agen", "tidak_tahu"),
        ("tdk tau2", "tidak_tahu"),
        # "not yet" is no "no": to "is the worker under 18?" it means yes
        ("belum, baru lulus smp", "tidak_tahu"),
        ("gak perlu keahlian katanya gaji 15 juta", None),
        ("iya katanya kontrak dikasih pas sampai", None),
        ("gatau lewat pt", "tidak_tahu"),
        ("bukan", "tidak"),
        ("yang penting aman", None),
        ("gaji 10 juta", None),
        ("nomor rekening pribadi", None),
    ],
)
def test_the_answer_a_typed_sentence_opens_with(text, answer):
    assert answer_opening(text) == answer


async def test_inside_the_checker_an_opening_beside_another_questions_red_flag_answers_that_one(
    domain,
):
    """'iya lewat sponsor katanya' to "is it Cambodia, Myanmar, ...?" says who recruits: the
    destination must not be taken as risky (it was listed as the verdict's first reason)."""
    tracker = make_tracker(
        "iya lewat sponsor katanya",
        "ask_check_agency",
        slots={"requested_slot": "offer_risky_destination"},
        active_loop="job_offer_form",
    )
    _, events = await run_with_events(ActionAnswerQuestion(), tracker, domain)
    assert events == [SlotSet("offer_recruiter_licensed", "tidak")]
