"""The character n-gram vote (components/char_ngram_vote.py): trains, reloads from the model
storage and averages its probabilities with the ranking already on the message."""

from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.char_ngram_vote import CharNgramVote

EXAMPLES = [
    ("halo kak", "greet"),
    ("pagi min", "greet"),
    ("syarat jadi tki", "ask_requirements"),
    ("dokumen apa saja", "ask_requirements"),
    ("makasih", "thank"),
    ("terima kasih kak", "thank"),
]


def test_it_votes_with_the_classifier_before_it(tmp_path: Path):
    storage, resource = LocalModelStorage(tmp_path), Resource("vote")
    CharNgramVote.create({}, storage, resource, None).train(
        TrainingData([Message.build(text, intent) for text, intent in EXAMPLES])
    )
    vote = CharNgramVote.load({"weight": 0.5}, storage, resource, None)
    message = Message.build("halo gan")
    message.set(
        "intent_ranking",
        [{"name": "thank", "confidence": 0.6}, {"name": "greet", "confidence": 0.4}],
    )
    vote.process([message])
    ranking = message.get("intent_ranking")
    assert message.get("intent")["name"] == "greet"
    assert abs(sum(r["confidence"] for r in ranking) - 1) < 1e-6
    assert next(r for r in ranking if r["name"] == "thank")["confidence"] >= 0.3


def test_untrained_it_leaves_the_message_alone(tmp_path: Path):
    vote = CharNgramVote.load({}, LocalModelStorage(tmp_path), Resource("none"), None)
    message = Message.build("halo")
    message.set("intent", {"name": "greet", "confidence": 0.9})
    vote.process([message])
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}
