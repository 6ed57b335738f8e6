"""The harness itself can fail: an unrecorded question, a recording the model no longer gives,
a test that would read the developer's .env."""

import ast
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from testkit.factories import text_update
from testkit.inprocess import bot_in_process
from testkit.recorded_rasa import RecordedRasa, differences, load
from testkit.settings import make_settings

ROOT = Path(__file__).resolve().parents[2]
REPLY = {
    "messages": [{"text": "Syarat ...", "buttons": [], "response": "utter_requirements"}],
    "intent": "ask_requirements",
    "confidence": 0.93,
    "nlu_fallback": False,
    "kabupaten": None,
}


def test_every_recorded_turn_has_its_reply():
    recordings = load()
    assert recordings["health"]
    for conversation in recordings["conversations"]:
        assert all("reply" in turn for turn in conversation["turns"]), conversation["name"]


def test_a_changed_reply_is_a_difference_a_slightly_other_confidence_is_not():
    assert differences(REPLY, {**REPLY, "confidence": 0.88}) == []
    assert differences(REPLY, {**REPLY, "confidence": 0.70}) == ["confidence 0.930 -> 0.700"]
    changed = {**REPLY, "messages": [{**REPLY["messages"][0], "text": "Lain"}]}
    assert len(differences(REPLY, changed)) == 1
    assert differences(REPLY, {**REPLY, "intent": "greet"}) == [
        "intent: 'ask_requirements' -> 'greet'"
    ]
    assert differences(None, REPLY) == ["no reply recorded"]


def test_replies_follow_each_senders_own_conversation():
    rasa = RecordedRasa(
        {
            "health": {"status": "ok"},
            "conversations": [
                {"name": "a", "turns": [{"message": "x", "reply": {"n": 1}}]},
                {
                    "name": "b",
                    "turns": [
                        {"message": "x", "reply": {"n": 1}},
                        {"message": "y", "reply": {"n": 2}},
                        {"forget": True, "reply": {"forgotten": 4}},
                    ],
                },
            ],
        }
    )
    client = rasa.transport()

    def post(path: str, **body) -> dict:
        with httpx.Client(transport=client, base_url="http://rasa.test") as http:
            return http.post(path, json=body).json()

    assert post("/webhooks/frontend/webhook", sender="s1", message="x") == {"n": 1}
    assert post("/webhooks/frontend/webhook", sender="s2", message="y") == {
        "error": "no recorded reply"
    }
    assert post("/webhooks/frontend/webhook", sender="s1", message="y") == {"n": 2}
    assert post("/webhooks/frontend/forget", sender="s1") == {"forgotten": 4}
    assert rasa.unrecorded == ["y"]


async def test_a_question_nobody_recorded_fails_the_test_that_asked_it(tmp_path, user):
    with pytest.raises(AssertionError, match="make record-rasa"):
        async with bot_in_process(tmp_path) as bot:
            await bot.send(text_update("pertanyaan yang tidak pernah direkam", user=user))


def test_settings_read_a_dotenv_in_the_working_folder_but_the_tests_settings_do_not(
    tmp_path, monkeypatch
):
    (tmp_path / ".env").write_text("LOG_FORMAT=json\nRETENTION_DAYS=7\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    assert (Settings().log_format, Settings().retention_days) == ("json", 7)
    assert (make_settings().log_format, make_settings().retention_days) == ("text", 180)


def test_no_test_builds_settings_that_could_read_the_developers_dotenv():
    """Settings(...) in a test reads .env from the working folder: tests use make_settings."""
    offenders = []
    for path in [*ROOT.glob("tests/**/*.py"), *ROOT.glob("testkit/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Settings"
                and not any(k.arg == "_env_file" for k in node.keywords)
                and path.name != "test_harness.py"
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
