"""The peer any NLU model must beat: TF-IDF over character n-grams and a logistic regression,
on the same honest folds (scripts/nlu_folds.py) and on the hand-written holdout.

Writes OUT/folds/K.json (as scripts/cross_validate.py does), OUT/handwritten-only/folds/K.json
(without the template variants) and OUT/holdout.json (trained on every nlu/ example, as the
bot's model is). Run in the Rasa environment (scikit-learn):
  .venv-rasa/bin/python scripts/baseline_tfidf.py OUT
"""

import json
import sys
from pathlib import Path

from nlu_folds import ROOT, examples_in, folds, handwritten, plain
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def predict(train: list[tuple[str, str]], test: list[tuple[str, str]]) -> list[dict]:
    model = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 5), sublinear_tf=True),
        LogisticRegression(C=10, max_iter=2000),
    )
    model.fit([plain(text) for _, text in train], [intent for intent, _ in train])
    probabilities = model.predict_proba([plain(text) for _, text in test])
    return [
        {
            "intent_target": intent,
            "intent_prediction": model.classes_[row.argmax()],
            "message": text,
            "confidence": float(row.max()),
        }
        for (intent, text), row in zip(test, probabilities, strict=True)
    ]


def main() -> None:
    out = Path(sys.argv[1])
    (out / "folds").mkdir(parents=True, exist_ok=True)
    # And trained on the hand-written examples alone: what the template variants add.
    (out / "handwritten-only" / "folds").mkdir(parents=True, exist_ok=True)
    for k, fold in enumerate(folds()):
        results = predict(fold.train + fold.generated, fold.test)
        (out / "folds" / f"{k}.json").write_text(json.dumps(results, ensure_ascii=False))
        results = predict(fold.train, fold.test)
        path = out / "handwritten-only" / "folds" / f"{k}.json"
        path.write_text(json.dumps(results, ensure_ascii=False))
    generated = examples_in(ROOT / "nlu" / "generated.yml")
    holdout = examples_in(ROOT / "evaluation" / "holdout.yml")
    results = predict(handwritten() + generated, holdout)
    (out / "holdout.json").write_text(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
