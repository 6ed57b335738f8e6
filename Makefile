# The few commands people type. Each one installs what it needs first.
# Rasa 3.6 reports usage to its makers unless told not to: nothing of ours leaves the machine.
export RASA_TELEMETRY_ENABLED := false
.PHONY: setup train run bot admin purge test test-fast record-rasa validate eval eval-settings eval-holdout eval-privacy eval-privacy-case eval-specific eval-offers eval-follow-ups bench bench-load lint clean

setup:
	@scripts/setup.sh

train: setup
	@scripts/train.sh

# Rasa, the action server and the bot; a console chat when TELEGRAM_BOT_TOKEN is not set.
run: train
	@scripts/run.sh

# The front end alone, against a Rasa already running at RASA_URL.
bot: setup
	.venv/bin/python -m bot

# The admin and outreach console on 127.0.0.1:ADMIN_PORT (default 8080).
admin: setup
	.venv/bin/python -m bot.admin serve

# What the bot also deletes every hour by itself: rows older than RETENTION_DAYS, message ids older
# than 48 hours, and Rasa's old events (RASA_TRACKER_DATABASE_URL).
purge: setup
	.venv/bin/python -m bot.admin purge

# Both tiers: the fast one, then everything that needs Rasa, the model, PostgreSQL, a browser.
test: train
	@scripts/setup-test-tools.sh
	@scripts/test.sh

# The bot's own behaviour in process, in a minute or two: the bot's environment only, no Rasa,
# no model, no database server, no browser (scripts/test-fast.sh).
test-fast:
	@scripts/setup.sh bot
	@scripts/test-fast.sh

# Record again the Rasa replies the fast tier plays back (testkit/recordings/rasa.json) from the
# trained model; review the diff before committing it.
record-rasa: train
	.venv/bin/python -m testkit.recorded_rasa --record

validate: setup
	.venv-rasa/bin/rasa data validate --data nlu stories --domain domain.yml --config config.yml

# The frozen specific questions (both shares: answered specifically, wrong), then the NLU report.
eval: train eval-specific
	@scripts/eval.sh

# Each config in evaluation/settings/ on the same honest folds (slow: a full training a fold);
# writes reports/nlu-settings-tried.md.
eval-settings: setup
	@scripts/eval_settings.sh

# The trained model on the hand-written holdout, as typed and with personal data scrubbed
# (a few minutes; writes reports/nlu-holdout.md).
eval-holdout: train
	@scripts/eval_holdout.sh

# How much personal data the scrubbing removes on the labelled corpora, and how fast; writes
# reports/privacy.md (figures, not a test).
eval-privacy: setup
	.venv/bin/python scripts/eval_privacy.py > reports/privacy.md
	@cat reports/privacy.md

# The same corpora as written, in lower case and with Every Word Capitalised (about a minute;
# writes reports/privacy-case.md).
eval-privacy-case: setup
	.venv/bin/python scripts/eval_privacy_case.py > reports/privacy-case.md
	@cat reports/privacy-case.md

# The frozen specific questions (evaluation/specific_questions.jsonl) through the trained model:
# how many get a short answer holding the fact asked for; writes reports/specific-answers.md.
eval-specific: train
	.venv/bin/python scripts/eval_specific.py > reports/specific-answers.md
	@cat reports/specific-answers.md

# Offers of work in the scam compounds' countries (evaluation/offers_second_hand.jsonl) through
# the trained model: how many are warned, and how many other messages naming those countries
# keep their topic; writes reports/offers.md.
eval-offers: train
	.venv/bin/python scripts/eval_offers.py > reports/offers.md
	@cat reports/offers.md

# Short follow-ups ("kalau perempuan?", "terus?") after their question and alone
# (evaluation/follow_ups_second_hand.jsonl) through the trained model; writes
# reports/follow-ups.md.
eval-follow-ups: train
	.venv/bin/python scripts/eval_follow_ups.py > reports/follow-ups.md
	@cat reports/follow-ups.md

# The bot under load through a fake Telegram Bot API (figures, not a test; see reports/).
bench: train
	.venv/bin/python scripts/bench.py

# Rasa's start-up time and per-message latency with our model (figures, not a test).
bench-load: train
	.venv/bin/python scripts/measure_rasa.py

lint: setup
	.venv/bin/ruff check bot channels actions tests testkit scripts
	.venv/bin/ruff format --check bot channels actions tests testkit scripts

clean:
	rm -rf .venv .venv-rasa models var results
