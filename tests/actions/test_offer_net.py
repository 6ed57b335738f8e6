"""The NLU pipeline's offer net (components/offer_net.py)."""

from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.message import Message

from components.offer_net import OfferNet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def net() -> OfferNet:
    return OfferNet({"cues": str(ROOT / "actions" / "offer_cues.yml")})


def classified(text: str, intent: str, confidence: float = 0.8) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set(
        "intent_ranking",
        [
            {"name": intent, "confidence": confidence},
            {"name": "check_job_offer", "confidence": 0.1},
        ],
    )
    return message


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # from a villagers' review of the running bot (2026-12-03)
        ("lowongan di facebook kerja di thailand pijat gaji 20 juta", "out_of_scope"),
        ("ditawari jadi admin judi online di laos", "ask_destination"),
        ("ado yang ngajak begawe di kamboja, gajinyo gedang", "greet"),
        ("loker CS di Phnom Penh, tiket gratis", "ask_job_vacancy"),
        ("adik saya direkrut kerja di myawaddy", "ask_requirements"),
        ("got a job offer in bangkok as marketing", "out_of_scope"),
    ],
)
def test_an_offer_to_a_warned_destination_gets_the_checker(net, text, intent):
    [message] = net.process([classified(text, intent)])
    assert message.get("intent") == {"name": "check_job_offer", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0]["name"] == "check_job_offer"
    assert [r["name"] for r in ranking].count("check_job_offer") == 1
    assert ranking[1] == {"name": intent, "confidence": 0.4}  # halved: no tie with the offer


def test_an_offer_the_classifier_read_unsurely_is_made_sure():
    net = OfferNet({"cues": str(ROOT / "actions" / "offer_cues.yml")})
    [message] = net.process(
        [
            classified(
                "disuruh berangkat ke kamboja minggu depan sama sponsor", "check_job_offer", 0.41
            )
        ]
    )
    assert message.get("intent") == {"name": "check_job_offer", "confidence": 1.0}


def test_a_topic_the_classifier_was_sure_of_no_longer_ties_with_the_offer(net):
    [message] = net.process(
        [classified("ditawari kerja ke thailand, asuransi bpjs gimana", "ask_insurance", 0.99)]
    )
    first, second = message.get("intent_ranking")[:2]
    assert first["confidence"] - second["confidence"] > 0.08  # FallbackClassifier's ambiguity


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a warned destination, no offer
        ("liburan ke bangkok enaknya kemana", "out_of_scope"),
        ("kakak saya kerja di thailand gajinya telat", "ask_problem_abroad"),
        ("thailand buka gak untuk PMI", "ask_destination"),
        # an offer, no warned destination
        ("ditawari kerja di malaysia, aman gak", "ask_destination"),
        ("ada lowongan ke taiwan?", "ask_job_vacancy"),
        # topics that already speak to it
        ("saya diajak ke kamboja sekarang disekap", "emergency_help"),
        ("mau lapor calo yang merekrut orang ke kamboja", "report_case"),
        ("kenapa banyak yang ditawari kerja online di kamboja", "ask_online_scam"),
        # an answer to the checker's question
        ("ya, ditawari ke thailand", "affirm"),
        # "laos" inside a word, "thai" alone
        ("lowongan di pulau laosan", "ask_job_vacancy"),
    ],
)
def test_other_messages_keep_the_classifiers_intent(net, text, intent):
    [message] = net.process([classified(text, intent)])
    assert message.get("intent")["name"] == intent
