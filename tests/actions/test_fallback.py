from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import (
    ActionStrayAnswer,
    ActionSuggestTopics,
    likeliest_topics,
    looks_like_emergency,
)
from tests.actions.conftest import domain_sent_to, make_tracker


def ranking(*names):
    return [{"name": name, "confidence": 0.3 - i * 0.05} for i, name in enumerate(names)]


async def test_unsure_answers_offer_the_likeliest_topics_and_the_menu(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "berapa lama visa",
        "nlu_fallback",
        intent_ranking=ranking(
            "nlu_fallback", "ask_visa", "affirm", "ask_procedure", "ask_costs", "ask_training"
        ),
    )

    await ActionSuggestTopics().run(dispatcher, tracker, domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_fallback_suggest"
    assert [b["payload"] for b in message["buttons"]] == [
        "/ask_visa",
        "/ask_procedure",
        "/ask_costs",
        "/ask_capabilities",
    ]


async def test_a_message_that_looks_like_an_emergency_is_never_left_to_the_fallback(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "tolong aku di sekap bos",
        "nlu_fallback",
        intent_ranking=ranking("nlu_fallback", "ask_problem_abroad"),
    )

    await ActionSuggestTopics().run(dispatcher, tracker, domain)

    assert [m["response"] for m in dispatcher.messages] == [
        "utter_emergency",
        "utter_emergency_safety",
    ]


async def test_an_unsure_question_about_what_a_term_means_gets_the_glossary(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "ibu saya dengar kata LTSA waktu sosialisasi di desa. LTSA itu apa?",
        "nlu_fallback",
        intent_ranking=ranking("nlu_fallback", "ask_local_office", "ask_term"),
    )

    await ActionSuggestTopics().run(dispatcher, tracker, domain)

    [message] = dispatcher.messages
    assert message["response"] == "utter_term"
    assert "Layanan Terpadu Satu Atap" in message["explanation"]


async def test_emergency_close_to_the_top_gets_the_emergency_answer(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "xyz", "nlu_fallback", intent_ranking=ranking("ask_visa", "emergency_help")
    )

    await ActionSuggestTopics().run(dispatcher, tracker, domain)

    assert dispatcher.messages[0]["response"] == "utter_emergency"


def test_emergency_words_match_whole_words_only():
    assert looks_like_emergency("TOLONG saya")
    assert looks_like_emergency("saya dikurung majikan")
    assert not looks_like_emergency("syarat jadi tki")


def test_the_same_topic_is_offered_once():
    assert likeliest_topics(ranking("ask_local_office", "inform_location", "ask_costs")) == [
        "ask_local_office",
        "ask_costs",
    ]


def test_the_lexicon_marks_danger_but_not_questions_about_it():
    from pathlib import Path

    import yaml

    from actions.fallback import EMERGENCY_LEXICON

    certain = yaml.safe_load(Path(EMERGENCY_LEXICON).read_text(encoding="utf-8"))["certain"]
    assert certain, "the lexicon has certain danger words"
    assert looks_like_emergency("anak saya dijual")
    assert looks_like_emergency("they took my passport and beat me")
    assert not looks_like_emergency("majikan nahan paspor boleh gak")


def test_a_polite_request_or_a_question_about_risk_is_not_a_cry_for_help():
    assert not looks_like_emergency("tolong jelasin unsur unsur tppo buat murid sma saya")
    assert not looks_like_emergency("sponsor nawari ganti umur di ktp biar lolos, bahaya dak")
    assert not looks_like_emergency("lowongan dari akun pribadi. Bahaya?")
    assert not looks_like_emergency("apa ancaman pidana bagi perseorangan yang menempatkan pmi")
    assert not looks_like_emergency("polisi biasanya pake uu apa buat kasus pmi ilegal")
    assert not looks_like_emergency("di bandara ada help desk buat pmi gak")
    # the same words saying that someone is in danger still count
    assert looks_like_emergency("tolong saya")
    assert looks_like_emergency("saya dalam bahaya")
    assert looks_like_emergency("bos ngancam jual kami ke perusahaan lain")


def test_being_taken_away_tonight_looks_like_an_emergency():
    assert looks_like_emergency("tetanggo nak dibawo malam ini ke dumai samo calo, cakmano")
    assert looks_like_emergency("dibawa naik mobil gak tau mau kemana")
    assert looks_like_emergency("paspor saya diambil dan saya tidak boleh pulang")
    assert looks_like_emergency("ada mobil yang mau membawa tiga gadis malam ini ke pelabuhan")


def test_an_arrest_abroad_a_worker_at_the_end_of_their_strength_and_one_kept_from_a_doctor():
    """From a villagers' review (2026-12-03): each got the "not sure" reply before."""
    assert looks_like_emergency("bpk sy di kl masuk pke paspor lancong, skrg polis tangkap")
    assert looks_like_emergency("suami saya kena tangkap polis di johor")
    assert looks_like_emergency("aku dak kuat lagi di sini")
    assert looks_like_emergency("saya sakit keras majikan tidak mau bawa ke rumah sakit")
    # asking about the risk is no arrest
    assert not looks_like_emergency("kalau pake visa turis bisa ditangkap polisi?")


async def test_an_unsure_message_that_states_red_flags_of_an_offer_gets_what_they_mean(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "ibu sudah setor uang pendaftaran 25 juta ke sponsor biar anak cepat berangkat",
        "nlu_fallback",
        intent_ranking=ranking("nlu_fallback", "ask_costs", "ask_procedure"),
    )

    # with the domain as Rasa sends it to this action (without it, no reply at all)
    await ActionSuggestTopics().run(
        dispatcher, tracker, domain_sent_to(ActionSuggestTopics().name())
    )

    [message] = dispatcher.messages
    assert message["response"] == "utter_fallback_red_flags"
    # the recruiter first, then the payment: the checker's order
    assert message["reasons"].splitlines() == [
        domain["responses"]["utter_reason_offer_recruiter_licensed"][0]["text"],
        domain["responses"]["utter_reason_offer_upfront_payment"][0]["text"],
    ]
    assert [b["payload"] for b in message["buttons"]] == [
        "/check_job_offer",
        "/ask_costs",
        "/ask_procedure",
        "/ask_capabilities",
    ]


async def stray(text, *intents):
    """What action_stray_answer says to `text`, read as intents[0] with the rest after it."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intents[0], intent_ranking=ranking(*intents))
    await ActionStrayAnswer().run(dispatcher, tracker, domain_sent_to("action_stray_answer"))
    return dispatcher.messages


async def test_a_bare_answer_when_the_bot_asked_nothing_gets_the_hint():
    for text, intent in [
        ("belum pernah", "deny"),
        ("iyo kak betul", "affirm"),  # three words: as short as a typed answer in the checker
        ("dak tau", "dont_know"),
        ("gak jadi", "stop_form"),
        ("/deny", "deny"),  # a button's payload
        ('/deny{"kabupaten": "Ogan Komering Ulu Timur"}', "deny"),
    ]:
        messages = await stray(text, intent, "ask_problem_abroad", "ask_costs")

        assert [m["response"] for m in messages] == ["utter_yes_no_hint"], text


async def test_a_statement_read_as_a_no_gets_the_likeliest_topics():
    messages = await stray(
        "emak aku di saudi dak pernah nelpon lagi",
        "deny",
        "ask_problem_abroad",
        "ask_worker_rights",
    )

    [message] = messages
    assert message["response"] == "utter_fallback_suggest"
    assert [b["payload"] for b in message["buttons"]] == [
        "/ask_problem_abroad",
        "/ask_worker_rights",
        "/ask_capabilities",
    ]


async def test_four_words_are_a_statement_not_a_typed_answer():
    messages = await stray("gak pernah bales wa", "deny", "ask_problem_abroad")

    assert [m["response"] for m in messages] == ["utter_fallback_suggest"]


async def test_a_long_polite_no_with_no_topic_to_offer_gets_the_hint():
    messages = await stray("tidak kak, terima kasih banyak ya", "deny", "thank", "affirm")

    assert [m["response"] for m in messages] == ["utter_yes_no_hint"]


async def test_a_stray_answer_that_may_be_danger_gets_the_emergency_answer_however_short():
    # "tolong" is a likely danger word; "dak boleh balek" has emergency_help second.
    for text, intents in [
        ("idak, tolong kami", ("deny", "ask_problem_abroad")),
        ("dak boleh balek kak", ("deny", "emergency_help", "ask_problem_abroad")),
        (
            "dak tau lagi aku nak ngapo, majikan dak ngasih balek",
            ("dont_know", "emergency_help", "ask_problem_abroad"),
        ),
    ]:
        messages = await stray(text, *intents)

        assert [m["response"] for m in messages] == [
            "utter_emergency",
            "utter_emergency_safety",
        ], text
