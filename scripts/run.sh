#!/usr/bin/env bash
# Runs the action server, the Rasa server and the bot; Ctrl-C stops all three.
# Without TELEGRAM_BOT_TOKEN (environment or .env) the bot is a chat in this terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var
RASA_PORT=${RASA_PORT:-5005}
ACTIONS_PORT=${ACTIONS_PORT:-5055}
# Rasa's channel for the bot answers only the holder of this secret (credentials.yml reads it);
# a fresh one per run unless it is set.
if [ -z "${RASA_CHANNEL_SECRET:-}" ]; then
  RASA_CHANNEL_SECRET=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')
fi
export RASA_CHANNEL_SECRET

pids=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

echo "run: starting the action server on 127.0.0.1:$ACTIONS_PORT (log: var/actions.log)"
# rasa-sdk has no interface option and listens on every interface unless SANIC_HOST is set.
SANIC_HOST=127.0.0.1 .venv-rasa/bin/rasa run actions --actions actions --port "$ACTIONS_PORT" \
  > var/actions.log 2>&1 &
pids+=($!)
echo "run: starting Rasa on 127.0.0.1:$RASA_PORT (log: var/rasa.log)"
.venv-rasa/bin/rasa run --model models/pmi-bot.tar.gz --credentials credentials.yml \
  --endpoints endpoints.yml -i 127.0.0.1 --port "$RASA_PORT" > var/rasa.log 2>&1 &
pids+=($!)

echo -n "run: waiting for Rasa to load the model"
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$RASA_PORT/webhooks/frontend/" >/dev/null; then break; fi
  if ! kill -0 "${pids[1]}" 2>/dev/null; then echo; echo "run: Rasa stopped, see var/rasa.log" >&2; exit 1; fi
  echo -n "."; sleep 1
done
echo " ready"

RASA_URL="http://127.0.0.1:$RASA_PORT" .venv/bin/python -m bot
