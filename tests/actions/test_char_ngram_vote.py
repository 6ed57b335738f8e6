"""The character n-gram vote (components/char_ngram_vote.py): trains, reloads from the model
storage and averages its probabilities with the ranking already on the message."""

from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.char_ngram_vote import CharNgramVote
from components.char_ngrams import CharNgramModel, WordReading

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


STEM_EXAMPLES = [
    ("saya tidak mengerti", "not_understood"),
    ("tidak paham maksudnya", "not_understood"),
    ("tawaran kerja ke taiwan", "check_job_offer"),
    ("ada yang menawarkan kerja", "check_job_offer"),
    ("halo kak", "greet"),
    ("pagi min", "greet"),
]


def stem_trained(tmp_path: Path, words: str | None) -> CharNgramVote:
    tmp_path.mkdir()
    config = {"stem_words": None}
    if words is not None:
        (tmp_path / "chat_spellings.yml").write_text(words, encoding="utf-8")
        config = {"stem_words": [str(tmp_path / "chat_spellings.yml")]}
    storage, resource = LocalModelStorage(tmp_path), Resource("vote")
    CharNgramVote.create(config, storage, resource, None).train(
        TrainingData([Message.build(text, intent) for text, intent in STEM_EXAMPLES])
    )
    return CharNgramVote.load({"weight": 1.0, **config}, storage, resource, None)


def confidence(vote: CharNgramVote, text: str, intent: str) -> float:
    message = Message.build(text)
    vote.process([message])
    return next(r["confidence"] for r in message.get("intent_ranking") if r["name"] == intent)


def test_chat_spellings_are_read_as_the_standard_words_after_a_reload(tmp_path: Path):
    read = stem_trained(tmp_path / "read", "words:\n  dak: tidak\n  ngerti: mengerti\n")
    stems_only = stem_trained(tmp_path / "stems", "words: {}\n")
    assert confidence(read, "dak ngerti", "not_understood") > confidence(
        stems_only, "dak ngerti", "not_understood"
    )


def test_the_stems_count_a_word_as_its_other_forms(tmp_path: Path):
    stems_only = stem_trained(tmp_path / "stems", "words: {}\n")
    characters_only = stem_trained(tmp_path / "characters", None)
    # "ditawari" is counted as "tawaran" and "menawarkan" are: all three are "tawar"
    assert confidence(stems_only, "ditawari", "check_job_offer") > confidence(
        characters_only, "ditawari", "check_job_offer"
    )


def test_a_reloaded_vote_gives_the_probabilities_it_was_trained_to(tmp_path: Path):
    model = CharNgramModel.fit(
        [text for text, _ in STEM_EXAMPLES],
        [intent for _, intent in STEM_EXAMPLES],
        10.0,
        stem_read=WordReading({"dak": "tidak"}),
    )
    model.save(tmp_path, "classes.json")
    reloaded = CharNgramModel.load(tmp_path, "classes.json")
    assert reloaded.stem_features is not None
    for text in ("dak paham", "tawaran kerja", "halo", ""):
        assert abs(model.probabilities(text) - reloaded.probabilities(text)).max() < 1e-6
