"""Write the NLU cross-validation report (Markdown) from Rasa's intent_report.json files.

Usage: python scripts/eval_report.py OURS_CV DEFAULT_CV HOLDOUT [HOLDOUT_PLACEHOLDERS] \
    > reports/nlu-cross-validation.md
"""

from __future__ import annotations

import json
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

TARGET_MACRO_F1 = 0.92
TARGET_EMERGENCY_RECALL = 0.98


def load(directory: str) -> dict:
    """Rasa's intent report from a results folder; empty when that run has not been made."""
    path = Path(directory) / "intent_report.json"
    return json.loads(path.read_text()) if path.exists() else {}


def figure(report: dict, *keys: str) -> str:
    value = report
    for key in keys:
        if not isinstance(value, dict) or key not in value:
            return "not run"
        value = value[key]
    return f"{value:.3f}"


def per_intent(report: dict) -> dict[str, dict]:
    return {
        name: v
        for name, v in report.items()
        if isinstance(v, dict)
        and "support" in v
        and name not in ("micro avg", "macro avg", "weighted avg")
    }


def confused_pairs(report: dict, top: int = 10) -> list[tuple[int, str, str]]:
    pairs = []
    for name, values in per_intent(report).items():
        for other, count in (values.get("confused_with") or {}).items():
            pairs.append((count, name, other))
    return sorted(pairs, reverse=True)[:top]


def predictions(directory: str) -> list[dict]:
    """Every test example of the folds with its prediction (successes and errors)."""
    found = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = Path(directory) / name
        if path.exists():
            found += json.loads(path.read_text())
    return found


def generated_examples() -> set[str]:
    path = Path(__file__).resolve().parent.parent / "nlu" / "generated.yml"
    return {
        line.strip()[2:].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("- ")
    }


def fallback_threshold() -> float:
    """The confidence below which our bot says it is not sure (config.yml)."""
    config = yaml.safe_load((Path(__file__).resolve().parent.parent / "config.yml").read_text())
    return next(
        float(step["threshold"])
        for step in config["pipeline"]
        if step["name"] == "FallbackClassifier"
    )


def macro_f1(examples: list[dict]) -> float:
    intents = {e["intent"] for e in examples}
    scores = []
    for intent in intents:
        tp = sum(e["intent"] == intent == e["intent_prediction"]["name"] for e in examples)
        predicted = sum(e["intent_prediction"]["name"] == intent for e in examples)
        actual = sum(e["intent"] == intent for e in examples)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    return sum(scores) / len(scores)


def outcome_lines(
    title: str, examples: list[dict], generated: set[str], threshold: float
) -> list[str]:
    """What a user would have seen: right answer, "not sure" suggestions, or a wrong answer."""
    if not examples:
        return []
    handwritten = [e for e in examples if e["text"] not in generated]
    wrong = [e for e in examples if e["intent"] != e["intent_prediction"]["name"]]
    confident_wrong = [e for e in wrong if e["intent_prediction"]["confidence"] >= threshold]
    share = len(confident_wrong) / len(examples)
    return [
        f"- {title}: hand-written examples only ({len(handwritten)} of {len(examples)}): "
        f"macro F1 {macro_f1(handwritten):.3f}. Wrong with confidence ≥ {threshold} (a wrong "
        f"answer given): {len(confident_wrong)} ({share:.1%}); wrong below it "
        f"(the bot says it is not sure and offers topics): {len(wrong) - len(confident_wrong)}.",
    ]


def main() -> None:
    ours, default, holdout = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
    # The same held-out questions with personal data added and scrubbed (<NAMA>, <PHONE> ...).
    placeholders = load(sys.argv[4]) if len(sys.argv) > 4 else {}
    ours_macro = ours["macro avg"]["f1-score"]
    default_macro = default.get("macro avg", {}).get("f1-score")
    emergency_recall = ours["emergency_help"]["recall"]
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d")
    generated, threshold = generated_examples(), fallback_threshold()
    our_predictions = predictions(sys.argv[1])
    templated = sum(1 for e in our_predictions if e["text"] in generated)
    lines = [
        "# NLU evaluation: 5-fold cross-validation",
        "",
        f"- Date: {when}",
        f"- Machine: {platform.machine()}, {len(os.sched_getaffinity(0))} cores, {socket.gethostname()}",
        "- Data: every example in `nlu/` (the same folds for both configs; seed in scripts/cross_validate.py).",
        f"  {templated:,} of the {len(our_predictions):,} examples ({templated / len(our_predictions):.0%}) are template"
        " variants (`nlu/generated.yml`), which makes",
        "  cross-validation optimistic; the holdout line is the trained model on hand-written",
        "  questions it never saw (`evaluation/holdout.yml`).",
        "- Ours: `config.yml`. Default: Rasa 3.6's default pipeline (`evaluation/rasa_default_config.yml`).",
        "- Made by `make eval`.",
        "",
        "| | ours | Rasa default | target |",
        "|---|---|---|---|",
        f"| macro F1 | {ours_macro:.3f} | {figure(default, 'macro avg', 'f1-score')} | ≥ {TARGET_MACRO_F1} and ahead of default |",
        f"| weighted F1 | {figure(ours, 'weighted avg', 'f1-score')} | {figure(default, 'weighted avg', 'f1-score')} | |",
        f"| accuracy | {figure(ours, 'accuracy')} | {figure(default, 'accuracy')} | |",
        f"| emergency_help recall | {emergency_recall:.3f} | {figure(default, 'emergency_help', 'recall')} | ≥ {TARGET_EMERGENCY_RECALL} |",
        f"| holdout macro F1 (trained model) | {figure(holdout, 'macro avg', 'f1-score')} | | |",
        f"| holdout emergency_help recall | {figure(holdout, 'emergency_help', 'recall')} | | |",
        f"| holdout with personal data, scrubbed: macro F1 | {figure(placeholders, 'macro avg', 'f1-score')} | | |",
        f"| holdout with personal data, scrubbed: emergency_help recall | {figure(placeholders, 'emergency_help', 'recall')} | | |",
        "",
        f"Targets met: macro F1 {'yes' if ours_macro >= TARGET_MACRO_F1 else 'NO'}, "
        f"emergency recall {'yes' if emergency_recall >= TARGET_EMERGENCY_RECALL else 'NO'}, "
        "ahead of default "
        + (
            "not measured yet"
            if default_macro is None
            else "yes"
            if ours_macro > default_macro
            else "NO"
        )
        + ".",
        "",
        "## What users would see",
        "",
        *outcome_lines("ours", our_predictions, generated, threshold),
        *outcome_lines("Rasa default", predictions(sys.argv[2]), generated, threshold),
        "",
        "## Per intent",
        "",
        "| intent | support | P ours | R ours | F1 ours | P default | R default | F1 default |",
        "|---|---|---|---|---|---|---|---|",
    ]
    default_intents = per_intent(default)
    for name, v in sorted(per_intent(ours).items()):
        d = default_intents.get(name, {})
        lines.append(
            f"| {name} | {v['support']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1-score']:.3f} "
            f"| {figure(d, 'precision')} | {figure(d, 'recall')} | {figure(d, 'f1-score')} |"
        )
    for title, report in (("ours", ours), ("Rasa default", default)):
        if not report:
            continue
        lines += [
            "",
            f"## Most confused pairs ({title})",
            "",
            "| count | true intent | predicted as |",
            "|---|---|---|",
        ]
        lines += [
            f"| {count} | {true} | {predicted} |"
            for count, true, predicted in confused_pairs(report)
        ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
