"""How much personal data the bot's scrubbing removes, and how fast (figures, not a test).

    .venv/bin/python scripts/eval_privacy.py            # both corpora, then the speed
    .venv/bin/python scripts/eval_privacy.py --misses   # also list what the tuning corpus missed

Corpora (evaluation/privacy/README.md): the frozen ones were written by second hands that never
saw the scrubber: their figures come first, and the script refuses to list their misses, so
nobody tunes on them. The tuning ones are to study and improve against.

The text goes through what the bot does before Rasa and the query log see it
(`scrub_personal_data`, then the village rewrite). An item of personal data counts as removed
only when none of its identifying parts is left: no group of 3+ of its digits and none of its
words of 3+ letters (besides words such as "Jl", "RT", "gmail", "com", "twitter") stands in the
result more often than in the rest of the message (an account named "Kerja Luar Negeri" in a
message that says "janji kerja" leaves "kerja" there, and that reveals nothing).
An ordinary question counts as unchanged when the scrubber left it as it was (after Unicode
normalisation, which changes no meaning), and its `keep` phrases are checked after the village
rewrite too.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.anonymise import normalise, scrub_personal_data  # noqa: E402
from bot.anonymise.lexicon import CHAT_WORDS_FILE, PLACE_WORDS_FILE, word_list  # noqa: E402
from bot.places import resolve_places  # noqa: E402

CORPORA = ROOT / "evaluation" / "privacy"
FROZEN = (
    CORPORA / "second_hand.jsonl",
    CORPORA / "second_hand_2.jsonl",
    CORPORA / "second_hand_3.jsonl",
    CORPORA / "second_hand_4.jsonl",
    CORPORA / "second_hand_5.jsonl",
    CORPORA / "second_hand_6.jsonl",
    CORPORA / "second_hand_7.jsonl",
    CORPORA / "second_hand_8.jsonl",
    CORPORA / "second_hand_9.jsonl",
    CORPORA / "second_hand_10.jsonl",
    CORPORA / "second_hand_11.jsonl",
    CORPORA / "second_hand_12.jsonl",
    CORPORA / "second_hand_13.jsonl",
    CORPORA / "second_hand_14.jsonl",
    CORPORA / "second_hand_15.jsonl",
    CORPORA / "second_hand_16.jsonl",
    CORPORA / "second_hand_17.jsonl",
    CORPORA / "second_hand_18.jsonl",
    CORPORA / "second_hand_19.jsonl",
    CORPORA / "second_hand_20.jsonl",
    CORPORA / "second_hand_21.jsonl",
    CORPORA / "second_hand_22.jsonl",
    CORPORA / "second_hand_23.jsonl",
    CORPORA / "second_hand_24.jsonl",
    CORPORA / "second_hand_25.jsonl",
    CORPORA / "second_hand_26.jsonl",
    CORPORA / "second_hand_27.jsonl",
    CORPORA / "second_hand_28.jsonl",
    CORPORA / "second_hand_29.jsonl",
    CORPORA / "second_hand_30.jsonl",
    CORPORA / "second_hand_31.jsonl",
    CORPORA / "second_hand_32.jsonl",
    CORPORA / "second_hand_33.jsonl",
    CORPORA / "second_hand_34.jsonl",
    CORPORA / "second_hand_35.jsonl",
    CORPORA / "second_hand_36.jsonl",
    CORPORA / "second_hand_37.jsonl",
    CORPORA / "second_hand_38.jsonl",
    CORPORA / "second_hand_39.jsonl",
    CORPORA / "second_hand_40.jsonl",
    CORPORA / "second_hand_41.jsonl",
    CORPORA / "second_hand_42.jsonl",
    CORPORA / "second_hand_43.jsonl",
    CORPORA / "second_hand_44.jsonl",
    CORPORA / "second_hand_45.jsonl",
    CORPORA / "second_hand_46.jsonl",
    CORPORA / "second_hand_47.jsonl",
    CORPORA / "second_hand_48.jsonl",
    CORPORA / "second_hand_49.jsonl",
    CORPORA / "second_hand_50.jsonl",
    CORPORA / "second_hand_51.jsonl",
    CORPORA / "second_hand_52.jsonl",
    CORPORA / "second_hand_53.jsonl",
    CORPORA / "second_hand_54.jsonl",
    CORPORA / "second_hand_55.jsonl",
    CORPORA / "second_hand_56.jsonl",
    CORPORA / "second_hand_57.jsonl",
    CORPORA / "second_hand_58.jsonl",
    CORPORA / "second_hand_59.jsonl",
    CORPORA / "second_hand_60.jsonl",
    CORPORA / "second_hand_61.jsonl",
    CORPORA / "second_hand_62.jsonl",
    CORPORA / "second_hand_63.jsonl",
)
# The frozen corpora whose hands were asked for messages as people write them in realistic
# proportions, weighted toward no kind (the first; the seventeenth, "the way people really
# write"; the twentieth, "a month of real traffic after the events"; the thirty-ninth to the
# forty-fifth, "no weak spot"; the sixtieth, "a month after the events" again): traffic as it
# comes. The others were asked for what the scrubber did worst at or weighted toward one kind
# (voice typing, pasted text, other people's names ...), so their sum weighs the hard cases far
# above their share of what villagers write; this is the figure nearer to what the query log
# will hold.
AS_IT_COMES = tuple(
    CORPORA / f"second_hand{n}.jsonl"
    for n in (
        "",
        "_17",
        "_20",
        "_39",
        "_40",
        "_41",
        "_42",
        "_43",
        "_44",
        "_45",
        "_47",
        "_48",
        "_49",
        "_50",
        "_51",
        "_54",
        "_55",
        "_56",
        "_57",
        "_60",
    )
)
TUNING = tuple(CORPORA / f"tuning{n}.jsonl" for n in ("", *(f"_{k}" for k in range(2, 63))))
NUMBER_LIKE = ("phone", "nik", "passport", "bank_account", "email", "telegram_id", "social")
NAMES_AND_ADDRESSES = ("own_name", "family_name", "third_party_name", "address", "birth_date")
# Words that stay when an address, a link or an e-mail is gone: they identify nobody.
STRUCTURE_WORDS = {
    "jl",
    "jln",
    "jalan",
    "gg",
    "gang",
    "lrg",
    "lorong",
    "komp",
    "komplek",
    "kompleks",
    "perum",
    "perumahan",
    "blok",
    "no",
    "nomor",
    "rt",
    "rw",
    "bin",
    "binti",
    "at",
    "dot",
    "com",
    "gmail",
    "yahoo",
    "http",
    "https",
    "www",
    "facebook",
    "instagram",
    "tiktok",
    "twitter",
    "youtube",
    "threads",
    "linkedin",
    "telegram",
    "whatsapp",
    "snapchat",
    "channel",
    "line",
    "profile",
    "php",
    "id",
    "wa",
    "me",
    "net",
    "org",
    "co",
    "hotmail",
    "outlook",
    "ymail",
    "titik",
    "dusun",
    "ii",
    "iii",
    "iv",
    "vi",
    "vii",
    "viii",
    "ix",
}
STRICT_ADDRESS = "address, every word"
LENGTHS = (256, 512, 1024, 2048, 4096)
# The anonymisation issue's targets.
TARGET_NUMBER_LIKE = 1.00
TARGET_NAMES_AND_ADDRESSES = 0.97
TARGET_ORDINARY_UNCHANGED = 0.98


def what_the_bot_keeps(text: str, *, with_tagger: bool = True) -> str:
    return resolve_places(scrub_personal_data(text, with_tagger=with_tagger))


# In an address, a word that names a place (the privacy model keeps the kabupaten and known
# towns) or is an everyday word ("rumah", "depan", "masjid") points to no one's house.
NOT_A_HOUSE = word_list(PLACE_WORDS_FILE) | word_list(CHAT_WORDS_FILE)


def identifying_parts(
    value: str, kept: list[str], harmless: frozenset[str] = frozenset()
) -> list[re.Pattern[str]]:
    """The digit groups and words of a value that would identify someone, less those the
    message must keep anyway ("kelahiran 1998" beside a birth date) and harmless words."""
    value = normalise(value)
    for phrase in kept:
        value = value.replace(normalise(phrase), " ")
    digits = [rf"(?<!\d){group}(?!\d)" for group in re.findall(r"\d{3,}", value)]
    words = [
        rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])"
        for word in re.findall(r"[^\W\d_]{3,}", value)
        if word.lower() not in STRUCTURE_WORDS and word.lower() not in harmless
    ]
    return [re.compile(part, re.IGNORECASE) for part in digits + words]


def leaked(
    value: str,
    scrubbed: str,
    kept: list[str],
    harmless: frozenset[str] = frozenset(),
    *,
    elsewhere: str = "",
) -> bool:
    """Is a part of the value left in the scrubbed text? A word the message also holds outside
    the value ("kerja" in an account named 'Kerja Luar Negeri' and in "janji kerja") counts
    only where the scrubbed text holds it more often than the rest of the message does."""
    return any(
        len(part.findall(scrubbed)) > len(part.findall(elsewhere))
        for part in identifying_parts(value, kept, harmless)
    )


PLACEHOLDER = re.compile(r"<[A-Z_]+>")


@dataclass
class Figures:
    found: Counter = field(default_factory=Counter)
    removed: Counter = field(default_factory=Counter)
    ordinary: int = 0
    unchanged: int = 0
    keeps_survive: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.found + other.found,
            self.removed + other.removed,
            self.ordinary + other.ordinary,
            self.unchanged + other.unchanged,
            self.keeps_survive + other.keeps_survive,
            self.misses + other.misses,
        )


def measure(*corpora: Path, with_tagger: bool = True) -> Figures:
    figures = Figures()
    lines = [line for corpus in corpora for line in corpus.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        message = json.loads(line)
        # The placeholders themselves are no leak ("phone=62852..." in a link is not left in
        # "<PHONE>"): they are blanked before the value's words are looked for.
        scrubbed = PLACEHOLDER.sub(
            " ", what_the_bot_keeps(message["text"], with_tagger=with_tagger)
        )
        # The message without any of its personal data: words it holds anyway.
        elsewhere = normalise(message["text"])
        for item in sorted(message["pii"], key=lambda item: -len(item["value"])):
            elsewhere = elsewhere.replace(normalise(item["value"]), " ")
        for item in message["pii"]:
            figures.found[item["category"]] += 1
            if item["category"] == "address":
                figures.found[STRICT_ADDRESS] += 1
                figures.removed[STRICT_ADDRESS] += not leaked(
                    item["value"], scrubbed, message["keep"], elsewhere=elsewhere
                )
            harmless = NOT_A_HOUSE if item["category"] == "address" else frozenset()
            if leaked(item["value"], scrubbed, message["keep"], harmless, elsewhere=elsewhere):
                figures.misses.append(f"{item['category']:17} {item['value']!r:32} -> {scrubbed!r}")
            else:
                figures.removed[item["category"]] += 1
        if not message["pii"]:
            figures.ordinary += 1
            by_scrubber = scrub_personal_data(message["text"], with_tagger=with_tagger)
            if by_scrubber == normalise(message["text"]):
                figures.unchanged += 1
            else:
                figures.misses.append(
                    f"{'ordinary changed':17} {message['text']!r} -> {by_scrubber!r}"
                )
            figures.keeps_survive += all(normalise(kept) in scrubbed for kept in message["keep"])
    return figures


def report(title: str, corpora: tuple[Path, ...], figures: Figures) -> None:
    messages = sum(len(corpus.read_text(encoding="utf-8").splitlines()) for corpus in corpora)
    names = " + ".join(f"`{corpus.name}`" for corpus in corpora)
    print(f"\n## {title}: {names} ({messages} messages)\n")
    print("| category | items | removed | recall |")
    print("|---|---|---|---|")
    for category in (
        *NAMES_AND_ADDRESSES[:4],
        STRICT_ADDRESS,
        *NAMES_AND_ADDRESSES[4:],
        *NUMBER_LIKE,
    ):
        total = figures.found[category]
        if total:
            print(
                f"| {category} | {total} | {figures.removed[category]} | {figures.removed[category] / total:.2f} |"
            )
    for label, group in (
        ("names, addresses, birth dates", NAMES_AND_ADDRESSES),
        ("number-like", NUMBER_LIKE),
    ):
        total = sum(figures.found[c] for c in group)
        removed = sum(figures.removed[c] for c in group)
        print(f"| **{label}** | {total} | {removed} | {removed / total:.3f} |")
    everything = (*NAMES_AND_ADDRESSES, *NUMBER_LIKE)
    total = sum(figures.found[c] for c in everything)
    removed = sum(figures.removed[c] for c in everything)
    print(f"| **all** | {total} | {removed} | {removed / total:.3f} |")
    print(
        f"\nOrdinary questions: {figures.ordinary}; left unchanged by the scrubber {figures.unchanged} "
        f"({figures.unchanged / figures.ordinary:.3f}); every `keep` phrase survives the village "
        f"rewrite too in {figures.keeps_survive} ({figures.keeps_survive / figures.ordinary:.3f})."
    )


def targets_line(frozen: Figures, corpora: str = "the frozen corpora") -> str:
    """The issue's targets against the frozen corpora, each met or not."""
    number_like = min(figures_of(frozen, c) for c in NUMBER_LIKE)
    names = min(figures_of(frozen, c) for c in NAMES_AND_ADDRESSES)
    ordinary = frozen.unchanged / frozen.ordinary
    checks = [
        (f"every number-like category {TARGET_NUMBER_LIKE:.2f}", number_like, TARGET_NUMBER_LIKE),
        (
            f"names and addresses {TARGET_NAMES_AND_ADDRESSES:.2f}",
            names,
            TARGET_NAMES_AND_ADDRESSES,
        ),
        (
            f"ordinary questions unchanged {TARGET_ORDINARY_UNCHANGED:.2f}",
            ordinary,
            TARGET_ORDINARY_UNCHANGED,
        ),
    ]
    return (
        f"Targets on {corpora} (lowest category): "
        + "; ".join(
            f"{label}: {value:.3f} {'met' if value >= target else 'NOT met'}"
            for label, value, target in checks
        )
        + "."
    )


def figures_of(figures: Figures, category: str) -> float:
    return figures.removed[category] / figures.found[category]


def reference_loop() -> float:
    """CPU seconds for a fixed loop of pure Python: how fast this machine runs Python."""
    timings = []
    for _ in range(3):
        began, total = time.process_time(), 0
        for number in range(10_000_000):
            total += number
        timings.append(time.process_time() - began)
    return statistics.median(timings)


def speed() -> None:
    """Median time to scrub messages of growing length: the corpora's messages joined (dense with
    personal data, the worst case) and the ordinary questions joined (a long plain message)."""
    messages = [
        json.loads(line)
        for corpus in (*TUNING, *FROZEN)
        if corpus.exists()
        for line in corpus.read_text(encoding="utf-8").splitlines()
    ]
    inputs = {
        "dense": " ".join(m["text"] for m in messages),
        "plain": " ".join(m["text"] for m in messages if not m["pii"]),
    }
    print("\n## Speed: one message of N characters (median of 40, milliseconds)\n")
    print(
        "CPU time of this process (`time.process_time`), so that other work on the machine does\n"
        "not count; on an idle machine the wall-clock time is the same. The machines these\n"
        "figures come from are not all alike: the same Python loop of 10 million additions took\n"
        f"{reference_loop():.2f} s of CPU on this one (median of 3).\n"
    )
    print(
        "| characters | dense: all messages joined | ms per 1,000 characters | plain: ordinary questions joined | ms per 1,000 characters |"
    )
    print("|---|---|---|---|---|")
    for length in LENGTHS:
        medians = []
        for text in inputs.values():
            blob = text * (40 * length // len(text) + 2)
            timings = []
            for offset in range(0, 40 * length, length):
                message = blob[offset : offset + length]
                began = time.process_time()
                scrub_personal_data(message)
                timings.append((time.process_time() - began) * 1000)
            medians.append(statistics.median(timings))
        dense, plain = medians
        print(
            f"| {length:,} | {dense:.2f} | {dense / length * 1000:.2f} | {plain:.2f} | {plain / length * 1000:.2f} |"
        )


# Inputs built to be slow (from the security review of 2026-11-29): each 4,096 characters.
HOSTILE = {
    '"gg. Rahmat" then newlines': "gg. Rahmat" + "\n" * 4086,
    '"Budi" then tabs': "Budi" + "\t" * 4092,
    '"x" then spaces': "x" + " " * 4095,
    '"Eko " again and again': "Eko " * 1024,
    '"blok " again and again': "blok " * 819,
    '"rt 1 " again and again': "rt 1 " * 819,
    '"@a" again and again': "@a" * 2048,
    '"1 " again and again': "1 " * 2048,
    # A list of names, each found one next to the other (a walk per name was quadratic: 3.7 s).
    '"Budi, " again and again': ("Budi, " * 683)[:4096],
    '"Deni dan " again and again': ("Deni dan " * 456)[:4096],
    '"satu " again and again': ("satu " * 820)[:4096],
    # From the security review of the afternoon of 2026-11-29: each was 0.2 to 3 s before.
    '"Ani sm " again and again': ("Ani sm " * 585)[:4096],
    '"Mbah Budi, " again and again': ("Mbah Budi, " * 372)[:4096],
    '"Budi ", 4,085 digits, " Ucok"': "Budi " + "1" * 4085 + " Ucok",
    '"A-" again and again, then ". Road"': "A-" * 2000 + ". Road",
    '("a. " x45 + "gmail. ") again and again': (("a. " * 45 + "gmail. ") * 28)[:4096],
    '"nama saya " again and again': "nama saya " * 409,
    "U+FDFA (18 characters once normalised)": "\ufdfa" * 4096,
    '"(" again and again': "(" * 4096,
    '"Jl. " again and again': "Jl. " * 1024,
    '"lahir 12-12-2000 " again and again': "lahir 12-12-2000 " * 241,
    '"Rp 1.000 " again and again': "Rp 1.000 " * 455,
    '"bin " again and again': "bin " * 1024,
    # (the review of 2026-12-01's fifth session: seconds on a few hundred characters before)
    '"x-dot-x..." then " gmail"': "x" + "-dot-x" * 600 + " gmail",
    # (the rules for pasted messages, 2026-12-01's evening: chats, laws, Title Case, times)
    '"[01/01 10:00] Mei Ling: x" line after line': ("[01/01 10:00] Mei Ling: x\n" * 200)[:4096],
    '"UU No. 1 Tahun 2000 dan " again and again': ("UU No. 1 Tahun 2000 dan " * 200)[:4096],
    '"Budi Santoso Dan Siti Aminah Pergi Ke Pasar " again': (
        "Budi Santoso Dan Siti Aminah Pergi Ke Pasar " * 100
    )[:4096],
    '"10/07 19:40 " again and again': ("10/07 19:40 " * 400)[:4096],
    # (the review of that evening: 14.7 s with the first rule for letters' numbers)
    '"Nomor: " then years split by "/ "': (
        "Nomor: " + "".join(f"{2000 + i % 26}/ " for i in range(678)).rstrip(" ") + "dst"
    )[:4096],
    '"BP2MI/ 12/ " again and again, then "/_"': ("BP2MI/ 12/ " * 400)[:4090] + "/_",
    # (addresses in Chinese and Korean, names in Chinese, 2026-12-02: 334 ms on the first)
    '"王" 4,096 times': "王" * 4096,
    '"王 " again and again': "王 " * 2048,
    '"원곡로 52, 2호 " again and again': ("원곡로 52, 2호 " * 400)[:4096],
    # (the review of 2026-12-02: a birth cue searched once a date, 528 ms)
    '"ribu 1-1-2005 " again and again, then " lahir"': ("ribu 1-1-2005 " * 300)[:4090] + " lahir",
    '"tgl 1/1/2005, " again and again, then " lahir?"': (
        ("tgl 1/1/2005, " * 300)[:4088] + " lahir?"
    ),
    # (the second review of 2026-12-02: a word said long, read by a pattern, 180 ms)
    '"a" 4,095 times, then "b"': "a" * 4095 + "b",
    # (the review of 2026-12-02's fourth session: words joined by "_" split every way, 130 ms)
    '"1_" again and again': "1_" * 2048,
    '"ha_" again and again, then "@"': "ha_" * 1365 + "@",
}


def hostile_speed() -> None:
    print("\n## Speed on hostile inputs (4,096 characters each; slowest of 3 runs, milliseconds)\n")
    print("| input | ms |")
    print("|---|---|")
    for label, text in HOSTILE.items():
        timings = []
        for _ in range(3):
            began = time.process_time()
            scrub_personal_data(text[:4096])
            timings.append((time.process_time() - began) * 1000)
        print(f"| {label} | {max(timings):.1f} |")


def compare_rules_alone(with_tagger: Figures, rules_alone: Figures) -> None:
    """What the name tagger (bot/anonymise/tagger.py) adds to the rules on the same corpora."""

    def recall(figures: Figures, categories: tuple[str, ...]) -> str:
        found = sum(figures.found[c] for c in categories)
        return f"{sum(figures.removed[c] for c in categories) / found:.3f}"

    print("\nThe rules alone and with the name tagger, on the same corpora:\n")
    print("| | names, addresses, birth dates | number-like | ordinary unchanged |")
    print("|---|---|---|---|")
    for title, figures in (("rules alone", rules_alone), ("rules and tagger", with_tagger)):
        print(
            f"| {title} | {recall(figures, NAMES_AND_ADDRESSES)} | "
            f"{recall(figures, NUMBER_LIKE)} | {figures.unchanged / figures.ordinary:.3f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what the tuning corpus missed")
    misses = parser.parse_args().misses
    scrub_personal_data("warm-up: the word lists load once")
    # Each frozen corpus is scrubbed once; the groups are the sums of their corpora's figures.
    by_corpus = {corpus: measure(corpus) for corpus in FROZEN}
    frozen = sum(by_corpus.values(), Figures())
    as_it_comes = sum((by_corpus[corpus] for corpus in AS_IT_COMES), Figures())
    print("# Privacy: how much personal data the scrubbing removes\n")
    print(
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d}; machine: {platform.machine()}, "
        f"{len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}."
    )
    print(
        "- Made by `make eval-privacy` (`scripts/eval_privacy.py`; corpora in `evaluation/privacy/`)."
    )
    print(
        "- An item counts as removed only when no group of 3+ of its digits and none of its words\n"
        "  of 3+ letters is left more often than the rest of the message holds it (in an address,\n"
        "  a place name or an everyday word such as 'rumah', 'depan', 'masjid' may stay; the row\n"
        "  'address, every word' counts those too; the names of social sites may stay). Ordinary\n"
        "  questions must come out as they went in (after Unicode normalisation)."
    )
    print()
    print(targets_line(frozen))
    print()
    print(targets_line(as_it_comes, "the frozen corpora of traffic as it comes"))
    print(
        "\n# Frozen corpora, written by second hands that never saw the scrubber (never tuned on)"
    )
    report("All frozen corpora", FROZEN, frozen)
    compare_rules_alone(frozen, measure(*FROZEN, with_tagger=False))
    report(
        "Frozen corpora of traffic as it comes (weighted toward no kind)", AS_IT_COMES, as_it_comes
    )
    for corpus in FROZEN:
        report("Frozen", (corpus,), by_corpus[corpus])
    tuning_corpora = tuple(corpus for corpus in TUNING if corpus.exists())
    print("\n# Tuning corpora (studied to improve the scrubber)")
    tuning = measure(*tuning_corpora)
    report("All tuning corpora", tuning_corpora, tuning)
    # The corpora measured above stay alive as many small objects; a garbage collection walking
    # them inside a timed scrub would be the harness's cost, not the scrubber's.
    gc.collect()
    gc.freeze()
    speed()
    hostile_speed()
    if misses:
        print("\n## Misses in the tuning corpus (the frozen corpus's are never listed)\n")
        print("\n".join(tuning.misses))


if __name__ == "__main__":
    main()
