"""The NLU pipeline's emergency keyword net (components/emergency.py)."""

from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.message import Message

from components.emergency import EmergencyKeywordClassifier

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def net() -> EmergencyKeywordClassifier:
    return EmergencyKeywordClassifier({"lexicon": str(ROOT / "lexicon" / "emergency.yml")})


def classified(text: str, intent: str, confidence: float) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": confidence})
    message.set(
        "intent_ranking",
        [
            {"name": intent, "confidence": confidence},
            {"name": "emergency_help", "confidence": 0.01},
        ],
    )
    return message


@pytest.mark.parametrize(
    "text",
    [
        "tolong saya disekap majikan",
        "paspornyo ditahan bos, dak pacak balek",
        "kami dipukuli mandor",
        "DARURAT",
        "anak saya dijual",
        "i am being held against my will",
        "kami tidak boleh keluar dari mes",
        # taken somewhere unknown: "tidak tahu" here is no answer to a question (dont_know)
        "istri saya dibawa orang tidak tahu kemana",
        "aku dibawa ke tempat yang aku dak tau",
        "aku dak tau aku dimano",
        "mereka mengurung saya",
        "panggil polisi",
        "saya diancam keluarga majikan",
        # from a villagers' review (2026-12-03): one's life, a child missing, no food, a death
        "saya mau bunuh diri sudah tidak kuat di sini",
        "aku dak kuat lagi pengen mati bae",
        "anak aku ilang dak balek 3 hari katonyo diajak kawan kerja ke batam",
        "pak tolong anak saya 15 tahun hilang sejak kemarin",
        "anaknya bu rt hilang sudah seminggu",
        "aku dak dienjuk makan sudah 2 hari",
        "sudah 3 hari kami tidak dikasih makan di mess",
        "kawan kerjo aku mati di kapal mayatnyo dibuang ke laut",
        # a sick or injured worker the employer will not take to a doctor
        "ibu sy di arab lg sakit, majikan ga mau bawa ke RS",
        "bos gak mau antar aku ke klinik padahal tangan aku patah",
        "adik sakit tapi majikannya tidak izinkan berobat",
        "majikan enggak mau bawa ke rs, saya sakit",
        "majikan tak nak bawa ke hospital",
        "bosnyo dak galak antar ke puskesmas",
    ],
)
def test_danger_words_make_it_an_emergency_whatever_the_classifier_said(net, text):
    [message] = net.process([classified(text, "ask_privacy", 0.97)])
    assert message.get("intent") == {"name": "emergency_help", "confidence": 1.0}
    ranking = message.get("intent_ranking")
    assert ranking[0]["name"] == "emergency_help"
    assert [r["name"] for r in ranking].count("emergency_help") == 1


@pytest.mark.parametrize(
    "text",
    [
        "apa itu tppo",
        "data saya dijual gak",
        "majikan nahan paspor boleh gak",
        "mau lapor calo",
        "hukuman bagi yang menyekap tki apa",
        "gak tau",
        "saya tidak tahu di mana kantor disnaker",
        # a witness asking where to find protection: the classifier's answer (LPSK) is the help
        "saksi kasus tppo takut diancam keluarga pelaku, minta perlindungan kemana",
        # a relative's thing lost, contact lost, too little food: not a danger now
        "anak saya paspornya hilang",
        "kartu BPJS adik saya hilang, dia masih di Hongkong",
        "suami saya hilang kontak di malaysia",
        "majikan tidak kasih makan yang cukup",
        "mati lampu terus di mess",
        "kalau sakit di taiwan bisa berobat pakai bpjs?",
        "saya tidak mau ke dokter, mahal",
        "bosan, saya tidak mau ke dokter",
        "agenda rapat tidak mau ke dokter",
        "majikan tidak mau bayar gaji",
    ],
)
def test_other_messages_keep_the_classifiers_intent(net, text):
    [message] = net.process([classified(text, "ask_privacy", 0.97)])
    assert message.get("intent")["name"] == "ask_privacy"
