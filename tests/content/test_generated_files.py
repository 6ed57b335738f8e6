"""Files made by a script are as the script would make them today."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "script",
    [
        # the scrubber's word lists (Faker's names, Sastrawi's dictionary, our chat words)
        "scripts/generate_name_lexicon.py",
        # the held-out questions as Rasa sees them once scrubbed: stale when the scrubber changed
        "scripts/generate_placeholder_holdout.py",
        # the template variants in nlu/generated.yml, from the word lists in data/generator/
        "scripts/generate_nlu.py",
        # the specific questions and their answers in nlu/specific.yml, from data/specific/
        "scripts/generate_specific_nlu.py",
    ],
)
def test_the_generated_file_is_up_to_date(script):
    run = subprocess.run(
        [sys.executable, str(ROOT / script), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stdout + run.stderr
