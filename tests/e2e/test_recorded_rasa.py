"""The fast tier answers from Rasa's recorded replies (testkit/recordings/rasa.json): each must
still be what the trained model says, or the fast tier would be testing against a Rasa that no
longer exists. `make record-rasa` records them again."""

from __future__ import annotations

import uuid

import httpx
import pytest

from testkit.recorded_rasa import HEALTH_PATH, differences, load, replay

pytestmark = pytest.mark.e2e
RECORDINGS = load()


def test_the_health_answer_is_the_recorded_one(rasa_stack):
    assert httpx.get(f"{rasa_stack.url}{HEALTH_PATH}", timeout=10).json() == RECORDINGS["health"]


@pytest.mark.parametrize(
    "conversation",
    RECORDINGS["conversations"],
    ids=[c["name"] for c in RECORDINGS["conversations"]],
)
def test_the_model_still_answers_as_recorded(rasa_stack, conversation):
    with httpx.Client(base_url=rasa_stack.url, headers=rasa_stack.headers, timeout=60) as client:
        replies = replay(client, conversation, sender=uuid.uuid4().hex * 2)

    changed = {
        index: found
        for index, (turn, reply) in enumerate(zip(conversation["turns"], replies, strict=True))
        if (found := differences(turn.get("reply"), reply))
    }
    assert changed == {}, "the model answers otherwise now: run `make record-rasa` and review"
