"""The scrubber's name tagger (bot/anonymise/tagger.py) is what its training script makes of
the tuning corpora, and never learned from a frozen one."""

import hashlib
import importlib.util
from pathlib import Path

from bot.anonymise.tagger import MODEL_FILE

ROOT = Path(__file__).resolve().parents[2]


def _training_script():
    spec = importlib.util.spec_from_file_location(
        "train_name_tagger", ROOT / "scripts" / "train_name_tagger.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_model_is_up_to_date(tmp_path):
    """Run `.venv/bin/python scripts/train_name_tagger.py` when this fails."""
    fresh = tmp_path / "name_tagger.crfsuite"
    _training_script().main(fresh)
    # (digests, not the bytes: pytest spends minutes printing the diff of two binary files)
    assert hashlib.sha256(fresh.read_bytes()).hexdigest() == (
        hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()
    )


def test_the_tagger_learns_from_tuning_corpora_only():
    corpora = _training_script().TUNING_CORPORA
    assert corpora, "no tuning corpus found"
    assert all(path.name.startswith("tuning") for path in corpora)
