"""NLU cross-validation fold by fold, on the honest folds of scripts/nlu_folds.py.

It does what `rasa test nlu --cross-validation` does (rasa.nlu.test.cross_validate), with four
differences. The folds are drawn from the hand-written examples only, and the template
variants (nlu/generated.yml) join a fold's training side only, less those whose template
reproduces a held-out question (scripts/nlu_folds.py). The folds are fixed (seeded), so that
every config and the TF-IDF baseline meet the same data. Each fold's
predictions are kept in OUT/folds/K.json, so the folds can run in separate processes at once
(scripts/eval.sh runs one per fold, `--folds K`) and a stopped run goes on where it stopped. And the folds'
own training data is not scored (Rasa does it for a train-set figure nobody reads here, at a
minute or more per fold). `--report` then writes Rasa's report files (intent_report.json,
intent_errors.json, intent_successes.json) from all the folds, with Rasa's own evaluate_intents.

Run in the Rasa environment:
  .venv-rasa/bin/python scripts/cross_validate.py CONFIG OUT [--folds 0,1,2,3,4] [--report]
"""

import argparse
import asyncio
import json
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

import rasa.model_training
from rasa.core.agent import Agent
from rasa.nlu.test import (
    IntentEvaluationResult,
    evaluate_intents,
    get_eval_data,
    remove_empty_intent_examples,
)
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.training_data.entities_parser import parse_training_example
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
from rasa.shared.nlu.training_data.training_data import TrainingData

# config.yml names this project's components (components/...), importable from its root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlu_folds import FOLDS, folds


def fold_path(output: Path, fold: int) -> Path:
    return output / "folds" / f"{fold}.json"


async def run_fold(config_path: str, train, test, output: Path, fold: int) -> None:
    with TemporaryDirectory() as scratch:
        training_file = Path(scratch) / "training_data.yml"
        RasaYAMLWriter().dump(training_file, train)
        model = rasa.model_training.train_nlu(config_path, str(training_file), scratch)
        processor = Agent.load(model).processor
        intent_results, _, _ = await get_eval_data(processor, test)
    results = [result._asdict() for result in remove_empty_intent_examples(intent_results)]
    path = fold_path(output, fold)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole, then renamed: a fold file is either complete or absent.
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps(results, ensure_ascii=False, default=float), encoding="utf-8")
    partial.replace(path)


def write_report(output: Path) -> None:
    missing = [fold for fold in range(FOLDS) if not fold_path(output, fold).exists()]
    if missing:
        sys.exit(f"cross_validate: folds {missing} have not been run in {output}")
    results = [
        IntentEvaluationResult(**result)
        for fold in range(FOLDS)
        for result in json.loads(fold_path(output, fold).read_text(encoding="utf-8"))
    ]
    evaluate_intents(
        results,
        str(output),
        successes=True,
        errors=True,
        disable_plotting=True,
        report_as_dict=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("config")
    parser.add_argument("output", type=Path)
    parser.add_argument("--folds", default=",".join(map(str, range(FOLDS))))
    parser.add_argument("--report", action="store_true", help="write the report from all folds")
    args = parser.parse_args()
    if args.report:
        write_report(args.output)
        return

    # Synonyms, lookup tables and regexes come with every fold, as in Rasa's own folds.
    data = TrainingDataImporter.load_from_dict(training_data_paths=["nlu"]).get_nlu_data("id")

    def training_data(examples: list[tuple[str, str]]) -> TrainingData:
        return TrainingData(
            training_examples=[parse_training_example(text, intent) for intent, text in examples],
            entity_synonyms=data.entity_synonyms,
            regex_features=data.regex_features,
            lookup_tables=data.lookup_tables,
        )

    made = folds()
    for fold in (int(f) for f in args.folds.split(",") if f):
        if fold_path(args.output, fold).exists():
            print(f"cross_validate: fold {fold} already done in {args.output}")
            continue
        train = training_data(made[fold].train + made[fold].generated)
        test = training_data(made[fold].test)
        asyncio.run(run_fold(args.config, train, test, args.output, fold))


if __name__ == "__main__":
    main()
