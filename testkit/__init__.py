"""The test harness: what the tests and the measuring scripts share, written once.

A package of its own at the top of the project, not under tests/, so the scripts in scripts/
(bench.py, measure_rasa.py) use it without importing the test suite, and the tests use it
without importing scripts. Nothing in bot/, actions/ or channels/ imports it.

- stack.py: free ports, waiting for readiness, starting and stopping the action server, Rasa
  and the bot as processes (full tier, benchmarks).
- fake_telegram.py: the fake Telegram Bot API, over real HTTP on 127.0.0.1 for a bot process,
  or in process through httpx.MockTransport; it says when the bot has gone quiet.
- inprocess.py: the whole Application in the test's event loop (fast tier).
- recorded_rasa.py, recordings/rasa.json: Rasa's replies recorded from the real model, played
  back in process (fast tier) and checked against the model (full tier); `make record-rasa`.
- rasa_http.py: Rasa's channel with canned answers or down, for tests of one behaviour.
- pipeline.py: the conversation services built by hand, and what they logged.
- factories.py: real telegram.Update objects, and a new user (and group) for each test.
- settings.py, fixtures.py: Settings that never read the developer's .env; the shared pytest
  fixtures (databases; PostgreSQL and Redis skipped with the reason when they are not
  reachable, a failure in the full tier).
- databases.py, querylog_rows.py: throwaway databases and rows in them.
- admin_client.py: the admin console in process, logged in.
- figures.py: what the measuring scripts read of the processes (memory, CPU, percentiles).
- short_answer.py: what counts as a short answer, for the specific-questions eval and the
  content tier.
"""
