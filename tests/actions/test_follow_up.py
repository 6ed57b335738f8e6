"""A short follow-up read with the question it follows (channels/follow_up.py)."""

import pytest
from rasa.shared.core.events import ActiveLoop, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from channels.follow_up import CONTEXT_SECONDS, asks_for_more, is_a_follow_up, read_in_context

NOW = 1_800_000_000.0


def read_as(intent: str, confidence: float):
    """What the NLU makes of the follow-up on its own (Agent.parse_message's reading)."""

    async def parse(text: str) -> dict:
        return {"text": text, "intent": {"name": intent, "confidence": confidence}}

    return parse


UNSURE_ALONE = read_as("nlu_fallback", 0.3)


def stored(tracker):
    """The conversation as Rasa's store gives it back (tracker_store.retrieve)."""

    async def retrieve():
        return tracker

    return retrieve


def conversation(question, intent, *answers, asked=NOW - 60, loop=None):
    """A tracker after one question and the bot's answers (each: text, buttons' payloads)."""
    events = [
        UserUttered(question, {"name": intent, "confidence": 0.9}, timestamp=asked),
        *(
            BotUttered(text, {"buttons": [{"title": p, "payload": p} for p in payloads]})
            for text, payloads in answers
        ),
    ]
    if loop:
        events.append(ActiveLoop(loop))
    return DialogueStateTracker.from_events("someone", events)


@pytest.mark.parametrize(
    ("question", "intent", "follow_up"),
    [
        ("umur berapa boleh jadi tkw", "ask_requirements", "kalau perempuan?"),
        ("ke malaysia perlu visa kerja?", "ask_visa", "kalau ke brunei?"),
        ("syarat jadi pmi apa aja", "ask_requirements", "tesnya bayar?"),
        ("hukuman calo apa", "ask_trafficking_info", "yg ngirim ke kamboja?"),
        ("disnaker oki dimano", "ask_local_office", "klo oku timur"),
        ("how much does it cost to go to taiwan", "ask_costs", "what about japan?"),
    ],
)
async def test_a_follow_up_is_read_with_the_question_before(question, intent, follow_up):
    tracker = conversation(question, intent, ("jawaban", ["/ask_costs"]))
    assert (
        await read_in_context(follow_up, stored(tracker), NOW, UNSURE_ALONE)
        == f"{question} {follow_up}"
    )


@pytest.mark.parametrize(
    ("alone", "read"),
    [
        (read_as("ask_costs", 0.97), "kalau biayanya berapa?"),
        (read_as("ask_costs", 0.6), "syarat jadi tki apa aja kalau biayanya berapa?"),
        (read_as("nlu_fallback", 0.95), "syarat jadi tki apa aja kalau biayanya berapa?"),
    ],
)
async def test_a_follow_up_read_surely_on_its_own_keeps_its_own_reading(alone, read):
    tracker = conversation("syarat jadi tki apa aja", "ask_requirements")
    assert await read_in_context("kalau biayanya berapa?", stored(tracker), NOW, alone) == read


@pytest.mark.parametrize(
    "more", ["terus?", "trus gmn", "lanjut", "abis itu?", "Terus gimana kak", "selengkapnya"]
)
async def test_asking_for_more_presses_the_first_button_of_the_last_answer(more):
    tracker = conversation(
        "berapa biaya jadi pmi ke taiwan",
        "ask_costs",
        ("Total biaya ...", ["/ask_costs", "/ask_procedure"]),
    )
    assert await read_in_context(more, stored(tracker), NOW, UNSURE_ALONE) == "/ask_costs"


async def test_asking_for_more_after_an_answer_without_buttons_is_left_as_it_is():
    tracker = conversation("berapa biaya", "ask_costs", ("Biaya ...", []))
    assert await read_in_context("terus?", stored(tracker), NOW, UNSURE_ALONE) == "terus?"


@pytest.mark.parametrize(
    ("text", "tracker"),
    [
        # a question of its own: long, or not going on from anything
        (
            "kalau mau daftar jadi pmi ke taiwan harus ke kantor mana dulu ya",
            conversation("syarat jadi pmi", "ask_requirements"),
        ),
        ("kantor disnaker oki dimana", conversation("syarat jadi pmi", "ask_requirements")),
        # too long ago
        (
            "kalau perempuan?",
            conversation("umur berapa", "ask_requirements", asked=NOW - CONTEXT_SECONDS - 1),
        ),
        # nothing to follow: a greeting, an emergency, a fallback, a button, the checker
        ("kalau perempuan?", conversation("halo", "greet")),
        ("kalau di malaysia?", conversation("paspor saya ditahan", "emergency_help")),
        ("kalau perempuan?", conversation("asdf", "nlu_fallback")),
        ("kalau perempuan?", conversation("/ask_requirements", "ask_requirements")),
        ("kalau lewat pt?", conversation("ditawari kerja", "ask_costs", loop="job_offer_form")),
        # a new conversation
        ("kalau perempuan?", DialogueStateTracker.from_events("someone", [])),
        ("kalau perempuan?", None),
    ],
)
async def test_other_messages_are_read_as_they_are(text, tracker):
    assert await read_in_context(text, stored(tracker), NOW, UNSURE_ALONE) == text


async def test_the_question_followed_is_kept_short():
    tracker = conversation("x" * 1000, "ask_costs")
    read = await read_in_context("kalau ke jepang?", stored(tracker), NOW, UNSURE_ALONE)
    assert len(read) == 300 + len(" kalau ke jepang?")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kalau perempuan?", True),
        ("biayanya?", True),
        ("yg resmi dimana?", True),
        ("paspor", False),
        ("berapa gaji di taiwan", False),
        ("namanya siapa aja yang boleh daftar jadi pmi", False),
        ("/ask_costs", False),
        ("", False),
    ],
)
def test_what_reads_as_a_follow_up(text, expected):
    assert is_a_follow_up(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("terus?", True), ("lanjut", True), ("terus bayar berapa", False), ("lalu lintas", False)],
)
def test_what_asks_for_more(text, expected):
    assert asks_for_more(text) is expected


@pytest.mark.parametrize(
    "follow_up",
    [
        # from a safety review: each lost the emergency answer, glued to a question on costs
        "kalau paspor saya ditahan?",
        "gimana kalau dikunci?",
        "kalau saya kabur?",
        "yang bantu saya sekarang siapa",
        "gimana ini tolong",
        "trus gmn saya takut",
    ],
)
async def test_a_follow_up_with_a_danger_word_is_read_as_it_came(follow_up):
    tracker = conversation("berapa biaya jadi pmi", "ask_costs", ("Biaya ...", ["/ask_costs"]))
    assert await read_in_context(follow_up, stored(tracker), NOW, UNSURE_ALONE) == follow_up


async def test_a_follow_up_read_as_a_possible_emergency_is_read_as_it_came():
    async def emergency_second(text: str) -> dict:
        return {
            "intent": {"name": "nlu_fallback", "confidence": 0.45},
            "intent_ranking": [
                {"name": "ask_problem_abroad", "confidence": 0.45},
                {"name": "emergency_help", "confidence": 0.4},
            ],
        }

    tracker = conversation("gaji tkw di malaysia berapa", "ask_costs")
    assert await read_in_context(
        "kalau majikan galak?", stored(tracker), NOW, emergency_second
    ) == ("kalau majikan galak?")


def test_one_long_word_is_no_follow_up_and_is_read_at_once():
    assert not is_a_follow_up("a" * 4_000 + "nya")


async def test_a_message_that_follows_nothing_up_does_not_fetch_the_conversation():
    async def not_fetched():
        raise AssertionError("the conversation was fetched")

    text = "kantor disnaker oki dimana"
    assert await read_in_context(text, not_fetched, NOW, UNSURE_ALONE) == text
