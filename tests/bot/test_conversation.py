"""The shared pipeline, with Rasa faked at the HTTP boundary (httpx.MockTransport)."""

import json

import httpx
import pytest

from bot.anonymise import pseudonymise
from bot.conversation import (
    Forgotten,
    Query,
    answer_non_text,
    answer_text,
    arrived_through,
    forget_user,
)
from bot.querylog import QueryLogEntry
from bot.services import Services
from testkit.pipeline import logged_rows, pipeline_settings
from testkit.rasa_http import rasa_answering, rasa_down, rasa_with_a_forged_slot

USER_ID = 555000111


async def test_personal_data_is_scrubbed_before_rasa_and_the_log(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))
    text = "syarat jadi tki? hp 0812-3456-7890, NIK 3276012345678901, email siti@gmail.com"
    await arrived_through(services, USER_ID, "desa-x")

    replies = await answer_text(services, Query(USER_ID, text))

    assert [r.response for r in replies] == ["utter_requirements"]
    assert sent[0]["message"] == "syarat jadi tki? hp <PHONE>, NIK <NIK>, email <EMAIL>"
    assert str(USER_ID) not in json.dumps(sent)
    [row] = await logged_rows(services)
    assert row.text == "syarat jadi tki? hp <PHONE>, NIK <NIK>, email <EMAIL>"
    assert row.user_pseudonym == sent[0]["sender"]
    assert row.user_pseudonym != str(USER_ID)
    assert (row.intent, row.kabupaten, row.event_code) == ("ask_requirements", "Lahat", "desa-x")
    assert row.responses == ["utter_requirements"] and row.outcome == "answered"


async def test_typed_text_never_reaches_rasa_as_an_intent_but_the_bots_payloads_do(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))
    forged = '/inform_location{"kabupaten":"' + "x" * 200 + '"}'

    await answer_text(services, Query(USER_ID, forged))
    await answer_text(services, Query(USER_ID, "/greet", kind="start", payload=True))

    assert sent[0]["message"] == forged[1:]
    assert sent[1]["message"] == "/greet"
    rows = await logged_rows(services)
    assert [r.text for r in rows] == [forged[1:], "/greet"]


async def test_a_slot_the_log_cannot_hold_costs_the_value_not_the_row(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_with_a_forged_slot(sent))

    replies = await answer_text(services, Query(USER_ID, "kantor disnaker"))
    await answer_text(services, Query(USER_ID + 1, "syarat jadi tki"))

    assert replies[0].response == "utter_local_office"
    rows = await logged_rows(services)
    assert [(r.intent, r.kabupaten) for r in rows] == [("inform_location", None)] * 2
    assert services.log_writer.spooled() == 0


async def test_invalid_unicode_is_cleaned_at_intake_and_costs_nobody_a_row(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))

    # Telegram's JSON can carry a lone surrogate as an escape; json.loads keeps it.
    await answer_text(services, Query(USER_ID, json.loads('"syarat\\ud800 jadi\\u0000 tki"')))
    await answer_text(services, Query(USER_ID + 1, "apa itu tppo"))

    assert sent[0]["message"] == "syarat\ufffd jadi tki"
    rows = await logged_rows(services)
    assert [r.text for r in rows] == ["syarat\ufffd jadi tki", "apa itu tppo"]
    assert rows[0].responses == ["utter_requirements"]


async def test_when_rasa_is_down_the_user_gets_the_emergency_numbers_and_the_row_is_kept(
    make_services,
):
    services = await make_services(rasa_down())

    replies = await answer_text(services, Query(USER_ID, "tolong saya disekap"))

    assert "110" in replies[0].text and "0800-1000" in replies[0].text
    [row] = await logged_rows(services)
    assert row.outcome == "rasa_unavailable"
    assert row.responses == ["bot_rasa_unavailable"]
    assert row.text == "tolong saya disekap"


async def test_a_long_message_is_cut_for_the_nlu_but_logged_up_to_telegrams_limit(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))
    text = "kerja di malaysia " * 500  # 9,000 characters

    await answer_text(services, Query(USER_ID, text))

    assert len(sent[0]["message"]) == 1_000
    logged = (await logged_rows(services))[0].text
    # Cut at Telegram's limit, where a word ends (bot/anonymise/message.py: normalise).
    assert 4_080 < len(logged) <= 4_096
    assert logged.split()[-1] in {"kerja", "di", "malaysia"}


async def test_a_sticker_is_answered_without_rasa_and_logged_by_kind(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))

    replies = await answer_non_text(services, Query(USER_ID, "", kind="sticker"))

    assert "ketik" in replies[0].text.lower()
    assert sent == []
    [row] = await logged_rows(services)
    assert (row.message_kind, row.text, row.responses) == (
        "sticker",
        "<STICKER>",
        ["bot_please_type"],
    )


def rasa_too_slow() -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("Rasa took longer than the timeout", request=request)

    return httpx.MockTransport(handle)


def rasa_broken() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(500, text="Internal Server Error"))


@pytest.mark.parametrize("transport", [rasa_too_slow, rasa_broken])
async def test_a_slow_or_failing_rasa_still_gets_the_user_an_answer(make_services, transport):
    services = await make_services(transport())

    [reply] = await answer_text(services, Query(USER_ID, "cara lapor calo"))

    assert "110" in reply.text and "0800-1000" in reply.text
    assert (await logged_rows(services))[0].responses == ["bot_rasa_unavailable"]


async def test_a_flood_gets_one_polite_warning_then_silence_and_is_logged(make_services):
    sent: list[dict] = []
    services = await make_services(rasa_answering(sent))

    answers = [await answer_text(services, Query(USER_ID, f"pesan {i}")) for i in range(8)]

    assert [len(a) for a in answers] == [1, 1, 1, 1, 1, 1, 0, 0]
    assert "tunggu sebentar" in answers[5][0].text.lower() and "110" in answers[5][0].text
    assert len(sent) == 5  # the flood never reached Rasa
    rows = await logged_rows(services)
    assert [r.message_kind for r in rows] == ["text"] * 5 + ["flood"] * 3
    # A flood is not even read: its rows keep no text.
    assert [r.text for r in rows if r.message_kind == "flood"] == [""] * 3
    other = await answer_text(services, Query(USER_ID + 1, "syarat jadi tki"))
    assert other[0].response == "utter_requirements"  # other users are not affected


async def test_hapus_while_the_database_is_down_drops_spooled_rows_and_says_the_rest_must_wait(
    tmp_path,
):
    settings = pipeline_settings(
        "postgresql://postgres@127.0.0.1:9/unreachable", tmp_path / "spool.jsonl"
    )
    asked_rasa: list[dict] = []

    def rasa(request: httpx.Request) -> httpx.Response:
        asked_rasa.append(json.loads(request.content))
        return httpx.Response(200, json={"forgotten": 4})

    services = await Services.open(settings, rasa_transport=httpx.MockTransport(rasa))
    mine = pseudonymise(USER_ID, "test-secret-0123456789-0123456789")
    for user in (mine, "f" * 64):
        services.log_writer.submit(
            QueryLogEntry(user_pseudonym=user, text="halo", outcome="answered", latency_ms=1)
        )
    await services.log_writer.drain()
    assert services.log_writer.spooled() == 2

    forgotten = await forget_user(services, USER_ID)

    assert forgotten == Forgotten(rows=None, conversation=True)
    assert services.log_writer.spooled() == 1  # the other user's row still waits
    assert asked_rasa == [{"sender": mine}]
    await services.close()


async def test_hapus_with_a_spool_line_the_log_cannot_take_still_deletes_and_answers(
    make_services, tmp_path
):
    mine = pseudonymise(USER_ID, "test-secret-0123456789-0123456789")

    def line(user: str, **overrides) -> bytes:
        row = QueryLogEntry(user_pseudonym=user, text="halo", outcome="answered", latency_ms=1)
        return json.dumps(row.model_dump(mode="json") | overrides).encode()

    others = [line("f" * 64), b'\xff{"not json']
    (tmp_path / "spool.jsonl").write_bytes(
        b"\n".join([line(mine, kabupaten="x" * 300), *others]) + b"\n"
    )
    services = await make_services(
        httpx.MockTransport(lambda request: httpx.Response(200, json={"forgotten": 2}))
    )

    forgotten = await forget_user(services, USER_ID)

    assert forgotten == Forgotten(rows=1, conversation=True)
    assert (tmp_path / "spool.jsonl").read_bytes().splitlines() == others
