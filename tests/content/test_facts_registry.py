"""One registry of facts (facts/registry.yml): every number, URL and law a reply states is in it.

(a) each entry quotes a line of ../shared/facts/facts.md and agrees with it;
(b) a reply with its registered facts removed holds no digit and no web address;
(c) no reply states an unverified fact;
(d) a "Sumber:" line ends with "(info per <the oldest date of the facts the answer uses>)".
"""

from __future__ import annotations

import re

import pytest

from tests.content.facts_registry import (
    CONFIDENCES,
    DOMAIN,
    FACTS_SHEET,
    FACTS_SHEET_DATE,
    KINDS,
    PLACEHOLDER,
    SERVICE_VALUES,
    Reply,
    all_replies,
    by_id,
    digit_runs,
    domain_replies,
    entries,
    glossary_terms,
    info_date,
    poster_replies,
    quoted_line,
    read,
    source_line,
    spellings,
)

# --------------------------------------------------------------------------- (a) the registry


def test_every_entry_is_complete_and_unique():
    ids = [e["id"] for e in entries()]
    assert len(ids) == len(set(ids)), "duplicate ids"
    seen: dict[tuple, str] = {}
    for entry in entries():
        where = f"registry {entry['id']}"
        missing = {"id", "kind", "value", "what", "source", "as_of", "confidence", "quote"} - set(
            entry
        )
        assert not missing, f"{where}: missing {sorted(missing)}"
        assert entry["kind"] in KINDS, f"{where}: kind {entry['kind']!r}"
        assert entry["confidence"] in CONFIDENCES, f"{where}: confidence {entry['confidence']!r}"
        assert entry["as_of"] is None or re.fullmatch(
            r"\d{4}(-(0[1-9]|1[0-2]))?", str(entry["as_of"])
        ), f"{where}: as_of {entry['as_of']!r} is not YYYY or YYYY-MM"
        if entry["kind"] == "article":
            assert by_id().get(entry.get("law"), {}).get("kind") == "law", (
                f"{where}: law {entry.get('law')!r} is not a law in the registry"
            )
        for spelling in spellings(entry):
            key = (entry.get("law"), spelling)
            assert key not in seen, f"{where}: {spelling!r} is also registered as {seen[key]}"
            seen[key] = entry["id"]


@pytest.mark.skipif(not FACTS_SHEET.exists(), reason=f"no facts sheet at {FACTS_SHEET}")
@pytest.mark.parametrize("entry", entries(), ids=lambda e: e["id"])
def test_every_entry_quotes_the_facts_sheet_and_agrees_with_it(entry):
    line = quoted_line(entry)
    assert line is not None, f"registry {entry['id']}: quote not found in one line of facts.md"
    if entry["kind"] == "url":
        assert entry["value"].casefold() in line.casefold(), (
            f"registry {entry['id']}: {entry['value']!r} is not in the quoted line"
        )
    if not entry.get("digits_differ"):
        missing = [run for run in digit_runs(entry["value"]) if run not in digit_runs(line)]
        assert not missing, (
            f"registry {entry['id']}: digits {missing} of {entry['value']!r} are not in the "
            f"quoted line (add digits_differ: <reason> if they are written differently)"
        )
    # The registry may be more careful than the line's label, never less.
    labels = {label for label in "✅🟡❓❌" if label in line}
    if labels & {"❓", "❌"} and not labels & {"✅", "🟡"}:
        assert entry["confidence"] == "unverified", f"registry {entry['id']}: the line says ❓/❌"
    if "🟡" in labels and "✅" not in labels:
        assert entry["confidence"] != "solid", f"registry {entry['id']}: the line says 🟡"


def test_the_service_values_are_true():
    for value, holds in SERVICE_VALUES.items():
        assert holds(), f"'{value}' in a reply no longer matches the code"


# --------------------------------------------------------------------------- (b) and (c)


def test_replies_are_collected_from_every_place():
    places = {reply.where.split()[0] for reply in all_replies()}
    expected = {
        "domain.yml",
        "nlu/specific.yml",
        "actions/offices.yml",
        "bot/replies.py",
        "bot/admin/events.py",
    }
    if glossary_terms():
        expected.add("actions/glossary.yml")
    assert places == expected
    assert any("DARURAT" in r.text for r in poster_replies()), "poster texts not found"


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_every_number_url_and_law_in_a_reply_is_registered(reply):
    problems = read(reply.text).problems
    assert not problems, f"{reply.where}: " + "; ".join(problems)


@pytest.mark.parametrize("reply", all_replies(), ids=lambda r: r.where)
def test_no_reply_states_an_unverified_fact(reply):
    unverified = [e["id"] for e in read(reply.text).used if e["confidence"] == "unverified"]
    assert not unverified, f"{reply.where}: states unverified {unverified}"


# --------------------------------------------------------------------------- (d) the footer


def footed_responses() -> list[Reply]:
    return [
        r
        for r in domain_replies()
        if r.response and source_line(r.text) and not PLACEHOLDER.search(source_line(r.text))
    ]


@pytest.mark.parametrize("reply", footed_responses(), ids=lambda r: r.response)
def test_the_source_line_ends_with_the_date_of_the_facts_used(reply):
    expected = f"(info per {info_date(read(reply.text).used)})"
    line = source_line(reply.text)
    assert line.endswith(expected), f"{reply.where}: '{line}' should end with '{expected}'"
    assert reply.text.count("(info per ") == 1, f"{reply.where}: more than one date"


def test_no_response_uses_the_global_checked_on_date():
    for reply in domain_replies():
        assert "{facts_checked_on}" not in reply.text, f"{reply.where}: {{facts_checked_on}}"


def term_footer_dates_itself() -> bool:
    """True when utter_term's Sumber line has its own date field, filled by the action."""
    variants = DOMAIN["responses"].get("utter_term") or [{}]
    return bool(re.search(r"\(info per \{\w+\}\)", source_line(variants[0].get("text", "")) or ""))


@pytest.mark.parametrize("name", sorted(glossary_terms()))
def test_a_glossary_source_ends_with_the_date_of_the_facts_used(name):
    # An explanation is an answer too. Its date is either written in the glossary's `source`
    # or, when utter_term reads "Sumber: {source} (info per {...})", filled in by the action
    # (and then tested with the action).
    if term_footer_dates_itself():
        pytest.skip("utter_term dates itself")
    entry = glossary_terms()[name]
    used = read(entry["text"] + "\n" + entry["source"]).used
    expected = f"(info per {info_date(used)})"
    assert entry["source"].rstrip().endswith(expected), (
        f"actions/glossary.yml {name}: source '{entry['source']}' should end with '{expected}'"
    )


# --------------------------------------------------------------------------- the checks' checks


def test_the_reading_catches_what_it_should():
    assert read("Telepon 0800-1000 atau 110.").problems == []
    assert read("Telepon 0800-1001.").problems == ["unregistered number '0800-1001.'"]
    assert read("Buka siskop2mi.bp2mi.go.id").problems == []
    assert read("Buka contoh.go.id sekarang").problems == [
        "unregistered web address 'contoh.go.id'"
    ]
    assert read("UU 18/2017 Pasal 5 dan Pasal 13").problems == []
    assert (
        read("UU 21/2007 Pasal 5").problems[0] == "'Pasal 5' of UU 21/2007 is not in the registry"
    )
    assert read("Pasal 5 berlaku").problems[0] == "'Pasal 5' names no law before it"
    assert read("UU 18/2017 Pasal 9-10").problems == ["unregistered number '-10'"]
    assert read("(info per Mei 2023) selesai").problems == []
    assert read("1. Syarat\n2/11. Umur {umur}").problems == []
    assert read("Sudah 3 kali").problems == ["unregistered number '3'"]
    assert [e["id"] for e in read("SMS 7266").used] == ["old_bnp2tki_sms"]
    assert read("180 hari, 11 hal, 2 hari").problems == []
    assert info_date([by_id()["call_centre"], by_id()["sapa_129"]]) == "2025"
    assert info_date([by_id()["call_centre"], by_id()["police_emergency"]]) == "April 2025"
    assert info_date([by_id()["uu_18_2017"]]) == FACTS_SHEET_DATE
