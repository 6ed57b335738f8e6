"""The character n-gram selector (components/char_ngram_selector.py): trains on the retrieval
intents, reloads from the model storage, and ranks the questions as Rasa's ResponseSelector
would, overall and within the topic the classifiers chose."""

from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.char_ngram_selector import RANKING_LENGTH, CharNgramSelector

EXAMPLES = [
    ("umur minimal jadi tki", "ask_requirements/age_minimum"),
    ("batas usia paling muda", "ask_requirements/age_minimum"),
    ("perlu skck gak", "ask_requirements/skck"),
    ("surat kelakuan baik polisi", "ask_requirements/skck"),
    ("pinjaman kur buat berangkat", "ask_costs/kur_loan"),
    ("kredit usaha rakyat pmi", "ask_costs/kur_loan"),
    ("biaya penempatan gratis?", "ask_costs/placement_fee_free"),
    ("halo kak", "greet"),  # not a retrieval intent: not a question to rank
]


def trained(tmp_path: Path, **settings) -> CharNgramSelector:
    """Trained on a questions file as scripts/generate_specific_nlu.py writes it; Rasa's
    training data (the intents') is not what it learns."""
    questions = tmp_path / "questions.yml"
    blocks = {}
    for text, label in EXAMPLES:
        blocks.setdefault(label, []).append(text)
    questions.write_text(
        'version: "3.1"\nnlu:\n'
        + "".join(
            f"- intent: {label}\n  examples: |\n" + "".join(f"    - {t}\n" for t in texts)
            for label, texts in blocks.items()
        ),
        encoding="utf-8",
    )
    config = {"examples": str(questions), **settings}
    storage, resource = LocalModelStorage(tmp_path), Resource("selector")
    intents_only = TrainingData([Message.build("syarat apa", "ask_requirements")])
    CharNgramSelector.create(config, storage, resource, None).train(intents_only)
    return CharNgramSelector.load(config, storage, resource, None)


def test_it_ranks_every_question_and_those_of_the_chosen_topic(tmp_path: Path):
    message = Message.build("pinjaman kur")
    message.set("intent", {"name": "ask_requirements", "confidence": 0.6})
    trained(tmp_path).process([message])
    selected = message.get("response_selector")

    assert selected["all_retrieval_intents"] == ["ask_costs", "ask_requirements"]
    overall = selected["default"]["ranking"]
    assert overall[0]["intent_response_key"] == "ask_costs/kur_loan"
    assert len(overall) == RANKING_LENGTH
    assert {r["intent_response_key"] for r in overall} <= {key for _, key in EXAMPLES[:7]}
    assert selected["default"]["response"]["utter_action"] == "utter_ask_costs/kur_loan"
    # within the topic the classifier chose: its questions only, renormalised
    within = selected["ask_requirements"]["ranking"]
    assert {r["intent_response_key"].split("/")[0] for r in within} == {"ask_requirements"}
    assert abs(sum(r["confidence"] for r in within) - 1) < 1e-6
    assert within[0]["confidence"] >= within[-1]["confidence"]


def test_a_message_of_no_topic_gets_the_overall_ranking_only(tmp_path: Path):
    message = Message.build("halo")
    message.set("intent", {"name": "greet", "confidence": 0.9})
    trained(tmp_path).process([message])
    assert set(message.get("response_selector")) == {"all_retrieval_intents", "default"}


def test_untrained_it_leaves_the_message_alone(tmp_path: Path):
    selector = CharNgramSelector.load({}, LocalModelStorage(tmp_path), Resource("none"), None)
    message = Message.build("halo")
    selector.process([message])
    assert message.get("response_selector") is None


def test_code_switched_words_are_read_as_the_examples_words_after_a_reload(tmp_path: Path):
    words = tmp_path / "code_switching.yml"
    words.write_text("words:\n  loan: pinjaman\n  macam mana: bagaimana\n", encoding="utf-8")
    selector = trained(tmp_path, words=str(words))

    def ranking(text: str) -> list:
        message = Message.build(text)
        selector.process([message])
        return message.get("response_selector")["default"]["ranking"]

    # read the same way as the model was trained: "Loan KUR" is "pinjaman kur"
    assert ranking("Loan KUR macam mana") == ranking("pinjaman kur bagaimana")
    assert ranking("loan kur")[0]["intent_response_key"] == "ask_costs/kur_loan"
    # a word inside another is no word of the list
    assert ranking("loanword kur") != ranking("pinjamanword kur")


def test_without_words_a_text_is_read_as_it_is(tmp_path: Path):
    selector = trained(tmp_path)
    messages = [Message.build("loan kur"), Message.build("pinjaman kur")]
    selector.process(messages)
    first, second = (m.get("response_selector")["default"]["ranking"] for m in messages)
    assert first != second
