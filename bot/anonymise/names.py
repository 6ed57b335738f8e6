"""Names, word by word: after a cue, or by their look (a given name, a capitalised word that is
neither a word nor a place)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from bot.anonymise.dates import CLOCK, DAY_MONTH
from bot.anonymise.lexicon import (
    LETTERED,
    NASALISED,
    NASALISED_TOO,
    WORD_PREFIXES,
    WORD_SUFFIXES,
    chat_words,
    common_words,
    english_words,
    given_names,
    is_a_root_word,
    is_indonesian_word,
    is_title_case_prose,
    names_that_are_words,
    place_words,
    town_names,
)
from bot.anonymise.message import Finding, text_before
from bot.anonymise.name_cues import (
    AGE_AFTER,
    COUNT_BETWEEN,
    CUE_FIRST_WORDS,
    CUE_STRENGTH,
    CUE_WORDS,
    DID_AFTER,
    EMPLOYERS_TITLES,
    FILLER,
    FILLERS,
    FORM_VERBS,
    GLUED_CUES,
    INTRO_AFTER,
    JOBS_AND_FIELDS,
    KIN_TITLES,
    LIST_BEFORE,
    LIST_JOIN,
    LIST_WORDS,
    LONGEST_NAME,
    NAME_CUES,
    NAME_CUES_IN_LOWER_CASE,
    NAME_JOINERS,
    NAME_PREFIXES,
    NAMED_PLACE_CUES,
    NEVER_NAMES,
    NOBLE_TITLES,
    ONE_IS_FROM,
    PARTICLED,
    PEOPLE_OF_A_THING,
    PEOPLE_WORDS,
    PLACE_CUES,
    PUBLIC_OFFICES,
    RELATION_AFTER,
    RELATION_TO_WRITER,
    RELATIVE_WORD,
    RELATIVES,
    ROLE_LABELS,
    SAID_TO_RECRUIT,
    SELF_OPENS,
    SENTENCE_GAP,
    STUDY_CUES,
    THING_CUE_REACH,
    THING_CUES,
    THINGS_NAMED,
    THINGS_OWNED,
    TITLE_WORDS,
    TITLES_ABROAD,
    UNSURE,
    WHERE_WORDS,
    WORD,
    a_given_name_written_as_a_word,
    a_name_too,
    degrees_in,
    named_by,
    read_as_the_verb,
    run_by_its_head,
    sumsel_towns,
    towns_one_is_from,
    whole_sumsel_towns,
    within_a_degree,
)
from bot.places import countries, country_names, district_named


@lru_cache(maxsize=50_000)
def _may_start_cue(lowered: str) -> bool:
    return (
        lowered in CUE_FIRST_WORDS
        or lowered.startswith(GLUED_CUES)
        or (lowered.endswith(("nya", "nyo")) and lowered[:-3] in CUE_FIRST_WORDS)
    )


def find_names(text: str, kept: bytes = b"") -> list[Finding]:
    """The names in `text`; `kept` marks (non-zero) the characters of spans that must survive:
    a public figure or a brand found as a name starts no walk along a list."""
    # "M.Si", "S.Pd", "A.Md.Keb": an academic degree's letters are no name and no cue ("si"),
    # read as written (a Title Case line's "A." is lowered below)
    degrees = degrees_in(text)
    if not any(map(str.islower, text)) and len(text.lower()) == len(text):
        text = text.lower()  # SHOUTED: the capitals say nothing, read it as lower case
    elif "\n" in text or text.count(" ") > 3:
        text = _title_case_lines_lowered(text)
    words = list(WORD.finditer(text))
    starts = [word.start() for word in words]
    opens = _SentenceStarts(text, words)

    all_lower = not any(map(str.isupper, text))
    found = []
    if _is_a_bare_name(text, words):
        found.append(Finding(words[0].start(), words[-1].end(), "name", "a message that is a name"))
    tokens = [word.group().rstrip(".") for word in words]
    listed_starts: set[int] = set()
    known_given_names, known_chat_words = given_names(), chat_words()
    word_names = names_that_are_words()
    brackets = "(" in text  # "Yadi (adik)": what follows a word is read only where one stands
    cues, cue_text = (
        (NAME_CUES_IN_LOWER_CASE, text.lower()) if text.isascii() else (NAME_CUES, text)
    )
    in_a_degree = {
        index
        for start, end in degrees
        for index in range(bisect_left(starts, start), bisect_left(starts, end))
    }
    for index, (word, token) in enumerate(zip(words, tokens, strict=True)):
        if index in in_a_degree:
            continue
        lowered = token.lower()
        capitalised = token[:1].isupper()
        may_cue = _may_start_cue(lowered)
        bracket_after = brackets and "(" in text[word.end() : word.end() + 3]
        if (
            not capitalised
            and not may_cue
            and index > 2
            and lowered not in _RULE_WORDS
            and lowered not in known_given_names
            and lowered not in word_names
            and not bracket_after
        ):
            continue  # most words: lower case, no cue, nothing after them to read
        cue = may_cue and cues.match(cue_text, word.start())
        first = bisect_right(starts, cue.end() - 1) if cue else len(words)
        if first < len(words) and starts[first] not in listed_starts:
            named = _name_after_cue(text, words, cue, first, all_lower)
            if named:
                start, end, strength, whose = named
                cue_as_written = text[cue.start() : cue.end()].strip()
                found.append(
                    Finding(
                        start,
                        end,
                        "name",
                        f"name after '{cue_as_written}'",
                        whose=whose,
                    )
                )
                # A list is walked once: a later cue in it finds its name listed already.
                for listed in _listed_after(text, words, starts, end, strength, all_lower):
                    found.append(Finding(*listed, "name", "the next name of a list"))
                    listed_starts.update(_starts_within(starts, *listed))
        if lowered in NOBLE_TITLES and index + 1 < len(words) and not token[:1].isupper():
            span = _name_from(text, words, index, "named", all_lower)  # "kgs. hanafi"
            if span and span[1] > word.end():
                found.append(Finding(*span, "name", f"name after the title '{token}'"))
        if lowered in NAME_JOINERS and 0 < index < len(words) - 1:
            span = _name_around_joiner(text, words, index, all_lower)
            if span:
                found.append(Finding(*span, "name", f"name joined by '{token}'"))
        if index < 3 and _introduces_writer(text, words, index, all_lower):
            span = (words[0].start(), word.end())
            found.append(
                Finding(
                    *span,
                    "name",
                    "name that introduces its writer ('... di sini', '... dari Lahat')",
                )
            )
        if bracket_after and RELATION_AFTER.match(text, word.end()):
            span = _name_from(text, words, index, "named", all_lower)
            if span:
                found.append(Finding(*span, "name", f"'{token}' is followed by who they are"))
        if (
            capitalised
            and brackets
            and (span := _holder_in_brackets(text, words, index, all_lower))
        ):
            found.append(Finding(*span, "name", "a name in brackets after a number: its holder"))
        if (
            capitalised
            and opens[index]
            and lowered in word_names
            and (_did_something(text, word.end(), lowered) or _ASPECT_AFTER.match(text, word.end()))
        ):
            # "Mawar sudah tanda tangan kontrak", "Ujang nyuruh kami kumpul": a name that is a
            # word too opens the sentence, and what the person did or has done follows
            span = (word.start(), word.start() + len(token))
            found.append(Finding(*span, "name", f"'{token}' opens a sentence doing something"))
            continue
        if capitalised:
            everyday = lowered in known_chat_words and lowered not in known_given_names
            if everyday and not _AFTER_A_WORD.match(text, word.end()):
                continue  # "Saya", "Tolong", "Malaysia": an everyday word, capitalised
            found += _capitalised_name(text, words, index, opens, all_lower)
            after = text[word.end() : word.end() + 2]
            described = not word.group().endswith(".") and (
                (("(" in after or "," in after) and AGE_AFTER.match(text, word.end()))
                or (
                    after[:1] in {",", " "}
                    and RELATION_TO_WRITER.match(text, word.end())
                    # "Cincin mamak aku lah dijual", "Keberangkatan anak aku ditunda": a thing
                    # of the relative's, or what befalls them
                    and (
                        lowered in known_given_names
                        or not (lowered in THINGS_OWNED or _an_affixed_word(lowered))
                    )
                )
            )
            if described and (span := _name_from(text, words, index, "role", all_lower)):
                found.append(
                    Finding(*span, "name", f"'{token}' is followed by an age or a relation")
                )
        elif (
            # "td malam yanti nelpon", "ujang ponakan aku": a given name in lower case, then
            # what the person did or who they are to the writer
            lowered in known_given_names
            and lowered not in known_chat_words
            and (
                _did_something(text, word.end(), lowered)
                or RELATION_TO_WRITER.match(text, word.end())
            )
        ) or (
            # "melati anak aku baru 16 taun", "iman, adik ipar saya, ...": a name that is a
            # word too, then who the person is to the writer
            lowered in word_names and RELATION_TO_WRITER.match(text, word.end())
        ):
            span = (word.start(), word.start() + len(token))
            found.append(Finding(*span, "name", f"'{token}' is a given name doing something"))
    found += _own_name_before_its_cue(text, words, all_lower) + _signed_with_a_place(text)
    found += _names_in_their_own_script(text) if not text.isascii() else []
    found += _names_after_titles_abroad(text) + (
        _korean_names_in_latin(text) if "-" in text else []
    )
    found += _speakers_of_a_pasted_chat(text) if "\n" in text and ":" in text else []
    found += _names_said_again(text, words, starts, found, all_lower)
    # "aku pegi ke malaysia", "Pegi ke malaysia bayar berapa?", "ditipu gara gara agen": a name
    # that is a word too, where the message says it is the word (not after a cue that says whose)
    found = [finding for finding in found if finding.whose or not _the_word_found(text, finding)]
    # "Deni, Feri, dan Sari", "rudi sama Sari": the words listed with a name found are names
    # too. A walk along a list stops at a name already found, so each list is walked once.
    named = {
        start for finding in found for start in _starts_within(starts, finding.start, finding.end)
    }
    # (a public figure or a brand found as a name lists no one: "nonton Asnawi sama Jay Idzes";
    # its other mentions are still read, "Toko Koh Ahui ... ditahan ahui")
    for finding in [f for f in found if not kept or 0 in kept[f.start : f.end]]:
        listed = _listed_around(text, words, starts, finding, all_lower, named)
        named.update(
            start for name in listed for start in _starts_within(starts, name.start, name.end)
        )
        found += listed
    if degrees:  # ("Drs. Ahmad Yani, M.Si": a list walked on to "M." ends before it)
        found = [f for f in found if not within_a_degree(f.start, f.end, degrees)]
    if towns := towns_one_is_from(text, words):  # ("Salam dari Belitang Jaya": no Jaya)
        found = [
            f for f in found if f.whose or not any(s <= f.start and f.end <= e for s, e in towns)
        ]
    # (after the lists: "Kec. Pagar Gunung, Firdaus, SH." lists no one but Firdaus)
    found += _names_before_a_degree(text, words, starts, all_lower, degrees)
    return found


def _names_before_a_degree(text, words, starts, all_lower, degrees) -> list[Finding]:
    """ "Firdaus, SH.", "Ali Akbar, S.H.", "kades kami darsuki, S.H.": the name an academic
    degree (its span in `degrees`) follows; not a job or a field of study ("Staf Keuangan, SE",
    "Dicari Apoteker, S.Farm", "LOWONGAN STAFF HRD, S.Psi") nor a school after a study cue
    ("kuliah di Bina Darma, S.Kom")."""
    ending_at = {word.end(): index for index, word in enumerate(words)}
    found = []
    for degree_start, _degree_end in degrees:
        index = ending_at.get(degree_start)
        if index is None:
            continue
        token = words[index].group()
        # ("bidan desa Cahaya, A.Md.Keb": a name that is a chat word too is read alone)
        span = _name_from(text, words, index, "role", all_lower) or words[index].span()
        first = bisect_left(starts, span[0])
        if _a_field_of_study(text, words, first, index) or not (
            any(
                w.group().lower() in given_names() or w.group().lower() in names_that_are_words()
                for w in words[first : index + 1]
            )
            or _a_name_before_a_degree(token)
        ):
            continue
        reason = f"'{token}' is followed by an academic degree"
        found.append(Finding(span[0], min(span[1], degree_start), "name", reason))
    return found


def _a_name_before_a_degree(token: str) -> bool:
    """Capitalised: any word but a chat word ("Perwira", "Murni"); in lower case or shouted: a
    word that is no word, long enough and pronounceable ("darsuki", "SUPARDJO"; not "qc",
    "olshop", "HRD")."""
    lowered = token.lower()
    if token.islower() or token.isupper():
        no_word = not (
            lowered in chat_words() or lowered in english_words() or is_indonesian_word(lowered)
        )
        spoken = lowered
        for written, said in _DIGRAPHS:
            spoken = spoken.replace(written, said)
        return no_word and len(token) >= 5 and not _CONSONANTS_RUN.search(spoken)
    return token[:1].isupper() and lowered not in chat_words()


# Old and Javanese spellings that sound one consonant: "Supardjo", "Ansyori", "Ngatini".
_DIGRAPHS = (("dj", "j"), ("tj", "c"), ("sy", "s"), ("ny", "n"), ("ng", "n"), ("kh", "k"))
_CONSONANTS_RUN = re.compile(r"[^aeiouy]{3}")


def _a_field_of_study(text: str, words: list[re.Match[str]], first: int, last: int) -> bool:
    """ "lulusan Keperawatan", "Guru Sejarah", "Dicari Staf Pemasaran", "kuliah di Bina Darma":
    a job, a field of study or a school, where the degree's holder goes unnamed: a word of the
    name among them, or a cue right before it ("kuliah di" before a school; a comma ends the
    cue's reach: "alumni Unsri, Mutiara, S.E" names Mutiara)."""
    if any(word.group().lower() in JOBS_AND_FIELDS for word in words[first : last + 1]):
        return True
    for index in range(first - 1, max(-1, first - 3), -1):
        if "," in text[words[index].end() : words[index + 1].start()]:
            return False
        lowered = words[index].group().lower().rstrip(".")
        if lowered in STUDY_CUES or lowered in JOBS_AND_FIELDS:
            return True
        if lowered != "di":
            return False
    return False


# A line of the message (lexicon.is_title_case_prose says which are Title Case prose).
_LINE = re.compile(r"[^\n]+")


# The commonest Chinese surnames (traditional and simplified), as a Taiwanese or a Hong Kong
# employer's name is written in a contract or a chat ("bos kami 王志明", "Miss Lin (林美玲)").
_CHINESE_SURNAMES = (
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓"
    "曹彭曾蕭萧董袁潘蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁沈姚盧卢姜崔鍾钟譚谭陸陆汪范金廖賈贾夏韋韦"
    "方鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃戴莫孔湯汤"
)
# A surname and one or two characters more, standing alone (not inside a longer run of
# characters: a company's, a place's or an address's name).
_CHINESE_NAME = re.compile(
    rf"(?<![\u3400-\u9fff])[{_CHINESE_SURNAMES}][\u3400-\u9fff]{{1,2}}(?![\u3400-\u9fff\d])"
)


# The commonest Japanese surnames, as a caregiver's or a trainee's employer is written ("Owner
# restoran tempat saya kerja, 佐藤健二, bilang ..."), then a given name that ends as given names
# do (-ji, -ko, -rō, -o, -mi, ...), standing alone: not a company (山本工業), a shop (中村屋), a
# temple, a castle, a ward or a university.
_JAPANESE_SURNAMES = (
    "佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|"
    "清水|山崎|池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|"
    "青木|坂本|福田|太田|西村|藤井|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|"
    "石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|安藤|宮本|大野|谷口|今井|工藤|野口|武田|松井"
)
_JAPANESE_GIVEN_NAME_ENDS = (
    "郎子夫男美恵一二三太介助也樹彦代香奈菜江枝雄人司治平輔斗翔真輝花音健哉誠優博明弘浩隆剛実"
    "和信正幸孝勇茂清修悟亮涼拓翼蓮葵結愛陽菜乃衣絵里理沙紗織"
)
_JAPANESE_NAME = re.compile(
    rf"(?<![\u3040-\u30ff\u3400-\u9fff])(?:{_JAPANESE_SURNAMES})"
    rf"[\u3400-\u9fff]?[{_JAPANESE_GIVEN_NAME_ENDS}](?![\u3040-\u30ff\u3400-\u9fff\d])"
)
# A Korean name (a common surname, then two syllables) after a title or a word that says whose
# it is ("Sajangnim 이상훈", "사장님 김철수", "bos saya 박지성"): Korean words of three syllables
# are too many to read a name from its surname alone, and a particle after a title ("사장님께서")
# is no name.
_KOREAN_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채"
    "원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용"
)
_TITLE_OR_NAMES_CUE = (
    r"(?i:\b(?:sajangnim|sajang|sensei|shachou|shacho|sacho|mr|mrs|ms|miss|bos|boss|majikan|"
    r"owner|pemilik|agen|agensi|nama|namanya|bernama|pak|bu)\.?)"
    r"(?:\s+(?:saya|sy|aku|kami|nya|itu))?\s*[:,]?\s*"
)
_TITLED_KOREAN_NAME = re.compile(
    rf"(?:{_TITLE_OR_NAMES_CUE}|사장님\s+)"
    rf"([{_KOREAN_SURNAMES}][\uac00-\ud7a3]{{2}})"
    # (a particle or an honorific may follow: "김철수씨", "김철수가", "박지성은")
    r"(?:씨|님|가|이|은|는|을|를|의|에게|한테|랑|하고)?(?![\uac00-\ud7a3])"
)
# ... and a Japanese surname, alone or with a given name, after one ("sensei 田中").
_TITLED_JAPANESE_NAME = re.compile(
    rf"{_TITLE_OR_NAMES_CUE}((?:{_JAPANESE_SURNAMES})[\u3400-\u9fff]{{0,2}})"
    r"(?![\u3040-\u30ff\u3400-\u9fff])"
)
# A capitalised name after a Korean or Japanese employer's or teacher's title ("sensei
# Nakamura", "Sajangnim Kim"): not a chat word ("Sensei Bahasa Jepang", "Sajangnim Korea").
_ROMANISED_AFTER_A_TITLE = re.compile(
    r"\b(?i:sajangnim|sajang|sensei|shachou|shacho|sacho)\s+([A-Za-z]+(?:[ -][A-Z][a-z]+)?)"
)
# The commonest Korean and Japanese surnames as workers write them, whatever their case
# ("sajangnim kim", "shachou yamada"); a capitalised name that is no chat word is read too.
_SURNAMES_ROMANISED = frozenset(
    {"kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang"}
    | {"lim", "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "hong"}
    | {"jeon", "go", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "shim", "noh"}
    | {"ha", "kwak", "sung", "cha", "joo", "woo", "koo", "min", "ryu", "jin", "chae", "won"}
    | {"sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura"}
    | {"kobayashi", "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue"}
    | {"kimura", "hayashi", "shimizu", "yamazaki", "mori", "abe", "ikeda", "hashimoto"}
)


def _names_in_their_own_script(text: str) -> list[Finding]:
    # (each pattern is tried at every position: only where the script it reads stands)
    chinese_characters = _CHINESE_CHARACTER.search(text) is not None
    found = [
        Finding(*match.span(), "name", "a name in Chinese characters (a common surname first)")
        for match in (_CHINESE_NAME.finditer(text) if chinese_characters else ())
    ]
    found += [
        Finding(*match.span(), "name", "a name in Japanese characters (a common surname first)")
        for match in (_JAPANESE_NAME.finditer(text) if chinese_characters else ())
    ]
    if _HANGUL.search(text):
        found += [
            Finding(*match.span(1), "name", "a name in Hangul after a title or a name's cue")
            for match in _TITLED_KOREAN_NAME.finditer(text)
        ]
    if chinese_characters:
        found += [
            Finding(*match.span(1), "name", "a Japanese surname after a title or a name's cue")
            for match in _TITLED_JAPANESE_NAME.finditer(text)
        ]
    return found


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_CHINESE_CHARACTER = re.compile(r"[\u3400-\u9fff]")


def _names_after_titles_abroad(text: str) -> list[Finding]:
    """ "sajangnim kim", "Sajangnim Park", "sensei Nakamura" (not "sensei lpk", "Sensei
    Bahasa Jepang"): whose the name is, the title says."""
    found = []
    for match in _ROMANISED_AFTER_A_TITLE.finditer(text):
        words = re.split(r"[ -]", match.group(1))
        first = words[0].lower()
        if first in _SURNAMES_ROMANISED or (
            words[0][:1].isupper() and not all(word.lower() in chat_words() for word in words)
        ):
            span = (
                match.span(1)
                if words[0][:1].isupper()
                else (match.start(1), match.start(1) + len(words[0]))
            )
            reason = "a name after a Korean or Japanese title"
            found.append(Finding(*span, "name", reason, whose=True))
    return found


# "Kim Min-jun", "kapten kapal Lee Jong-su", "lee jong-su": a Korean surname, then a given name of
# two syllables joined by a hyphen, as Koreans write them in Latin letters.
_KOREAN_NAME_IN_LATIN = re.compile(
    r"(?<![\w-])([A-Za-z]{2,5})[^\S\n]+([A-Za-z]{1,6})-([A-Za-z]{1,6})(?![\w-])"
)
# ... and in the Western order, as on a work card ("Ji-hoon Park", "Min-jun Kim").
_KOREAN_NAME_SURNAME_LAST = re.compile(
    r"(?<![\w-])([A-Za-z]{1,6})-([A-Za-z]{1,6})[^\S\n]+([A-Za-z]{2,5})(?![\w-])"
)
# (short words one calls someone with or exclaims: "Min Tik-Tok bp2mi apa?", "Ok-sip Min",
# "Go-jek ko")
_SURNAMES_CHATTED_AFTER = frozenset({"min", "ko", "go", "oh", "an", "ha", "jo"})
_HYPHENED_WORDS = frozenset(
    {"top-up", "check-in", "check-up", "log-in", "sign-up", "pick-up", "follow-up", "walk-in"}
    | {"stand-by", "make-up", "tik-tok", "hi-tech", "e-mail", "we-chat", "go-jek", "ok-sip"}
)
_SUFFIXES_AFTER_A_HYPHEN = frozenset({"nya", "nyo", "lah", "kah", "pun", "ku", "mu"})
_KOREAN_SURNAMES_READ = _SURNAMES_ROMANISED - _SURNAMES_CHATTED_AFTER
# A syllable of Korean written in Latin letters: "min", "jun", "jong", "seung", "hwan", "eun".
_KOREAN_SYLLABLE = re.compile(
    r"(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjklmnprstwy])?"
    r"(?:wa|wo|we|wi|ya|yo|yu|ye|eo|eu|ae|oe|ui|oo|ee|ou|[aeiou])(?:ng|[nmlkpt])?"
)


def _korean_names_in_latin(text: str) -> list[Finding]:
    """ "Kim Min-jun suka marah", "mandor pabrik Kim Young-ho": a known Korean surname
    (_SURNAMES_ROMANISED), then two Korean syllables joined by a hyphen; in lower case only
    a surname that is no word ("kim jong-su", not "oh sama-sama", "go ho-ho"). The same with
    the surname last, as on a work card ("Ji-hoon Park")."""
    found = []
    for match in _KOREAN_NAME_IN_LATIN.finditer(text):
        surname, first, second = (part.lower() for part in match.groups())
        if (
            surname in _KOREAN_SURNAMES_READ
            and second not in _SUFFIXES_AFTER_A_HYPHEN  # ("Min WA-nya brp?", "Min PIN-nya")
            and _a_korean_given_name(first, second)
            and (
                (match.group(1)[:1].isupper() and match.group(2)[:1].isupper())
                or not (surname in chat_words() or is_indonesian_word(surname))
            )
        ):
            found.append(Finding(*match.span(), "name", "a Korean name in Latin letters"))
    for match in _KOREAN_NAME_SURNAME_LAST.finditer(text):
        first, second, surname = (part.lower() for part in match.groups())
        if (
            surname in _KOREAN_SURNAMES_READ
            and _a_korean_given_name(first, second)
            and (
                # (as a name is written, "Ji-hoon Park"; not "Ok-Sip Min", "Naik Go-Jek Ko")
                (match.group(1).istitle() and match.group(2).islower() and match.group(3).istitle())
                or not (surname in chat_words() or is_indonesian_word(surname))
            )
        ):
            found.append(Finding(*match.span(), "name", "a Korean name, its surname last"))
    return found


def _a_korean_given_name(first: str, second: str) -> bool:
    """Are two words joined by a hyphen (in lower case) a Korean given name's two syllables: not
    a word said twice ("Oh Hati-hati") nor a word with a hyphen ("Cara Top-up Kang")?"""
    return (
        first != second
        and f"{first}-{second}" not in _HYPHENED_WORDS
        and _KOREAN_SYLLABLE.fullmatch(first) is not None
        and _KOREAN_SYLLABLE.fullmatch(second) is not None
    )


def _title_case_lines_lowered(text: str) -> str:
    """The text with the everyday words of its Title Case lines in lower case ("Diberitahukan
    Kepada Warga Bahwa Telah Beredar ...", "Permisi Min, Biaya 65 Juta Itu Wajar Gak?"): there
    the capitals of words say nothing of names."""
    pieces, position = [], 0
    for line in _LINE.finditer(text):
        if is_title_case_prose(line.group()):
            pieces += [text[position : line.start()], _everyday_words_lowered(line.group())]
            position = line.end()
    return "".join([*pieces, text[position:]]) if pieces else text


# What a writer says they are after "saya ini": a faith, a people, a standing.
_WHAT_ONE_IS = frozenset(
    {
        *("muslim", "muslimah", "islam", "kristen", "katolik", "protestan", "nasrani", "hindu"),
        *("buddha", "budha", "konghucu", "jawa", "sunda", "batak", "minang", "melayu", "bugis"),
        *("palembang", "komering", "ogan", "cina", "tionghoa", "janda", "duda", "yatim", "piatu"),
        *("petani", "nelayan", "honorer", "mahasiswa", "mahasiswi", "pelajar", "perantau"),
    }
)
_THIS = re.compile(r"\b(?:ini|nih)\s*[:,-]?$")


# A verb or a noun with a prefix and a suffix the dictionary does not hold as one word
# ("Diberitahukan", "Mengatasnamakan", "Ditawarkan"): no one's name.
_AFFIXED = re.compile(
    r"(?:di|mem|men|meng|meny|me|ber|ter|per|pem|pen|peng|diper|memper)\w{3,}(?:kan|an)"
)


# "kalo madam nyuruh kerja ...", "laoban ngasih gaji telat": verbs chat writes after a title
# for what the person does, most with the nasal prefix (ny-/ng-) that stands for me-. A closed
# list: Javanese and Palembang names open so too ("pak ngatman", "bu nyami", "yuk nyayu"),
# and a stem in the dictionary does not tell them apart.
COLLOQUIAL_VERBS = frozenset(
    {"nyuruh", "ngasih", "nganter", "ngajak", "ngurus", "nyari", "ngomong", "ngirim", "nyimpen"}
    | {"ngambil", "nahan", "nyita", "ngusir", "ngancam", "ngancem", "nyiksa", "mukul", "ngelarang"}
    | {"nyuruhnya", "ngasihnya", "ngomel", "marah", "motong", "minta", "nagih", "nipu"}
)


def _an_affixed_word(lowered: str) -> bool:
    """ "keberangkatan", "pernikahan", "mengurus", "sudahlah", "meskipun": a word with the
    affixes of a noun or a verb, or a chat word with a particle ("Ponilah", "Menik", "Kelana"
    are names: no -lah after a word that is not chat, no short me-/ke- word)."""
    if _AFFIXED.fullmatch(lowered) or _KE_AN.fullmatch(lowered):
        return is_indonesian_word(lowered) and lowered not in names_that_are_words()
    if len(lowered) >= 7 and lowered.startswith(("meng", "meny", "mem", "men")):
        return is_indonesian_word(lowered) and lowered not in given_names()
    if lowered.endswith(("lah", "pun")):
        stem = lowered[:-3]
        return lowered in PARTICLED or (stem in chat_words() and stem not in given_names())
    return False


_KE_AN = re.compile(r"ke\w{3,}an")


def _everyday_words_lowered(line: str) -> str:
    """The line with its everyday words (and its affixed verbs) in lower case; a given name or
    any other word stays as written ("Suami Saya Paidi Sudah ..." -> "suami saya Paidi sudah").
    A word of the dictionary with a suffix no name ends in ("Paspornya"), with a prefix
    ("Dibujuk", "Nyuruh") or in Palembang's form ("Punyo"; _a_derived_word) is lowered too
    where the words either side of it are (so that no capitalised word is left alone amid lower
    case: "Sisanya Ditabung"; an acronym beside it counts as lower case); a word with a suffix
    only is not lowered after a word that says a name may follow ("Saya Setiani")."""
    words = list(LETTERED.finditer(line))
    lowered = [word.group().lower() for word in words]
    everyday = [
        word not in given_names() and (word in chat_words() or bool(_AFFIXED.fullmatch(word)))
        for word in lowered
    ]

    def lower_case_at(index: int) -> bool:
        # (an acronym beside it says nothing of names: "Aku Terhitung PMI Dak?")
        written = words[index].group() if 0 <= index < len(words) else ""
        return (
            not written
            or everyday[index]
            or written.islower()
            or (len(written) > 1 and written.isupper())
        )

    pieces, position = [], 0
    for index, word in enumerate(words):
        if everyday[index] or (
            lowered[index] not in given_names()
            and lowered[index] not in names_that_are_words()
            and (_a_word_with_its_suffix(lowered[index]) or _a_derived_word(lowered[index]))
            and not (
                index
                and _may_name_someone_next(lowered[index - 1])
                # (after the writer's "I", a word made with a prefix before a root of four
                # letters is what they do or are: "Aku Terhitung PMI Dak?", "Kami Berdua")
                and not (lowered[index - 1] in _I_WRITE and _made_of_a_long_root(lowered[index]))
            )
            and lower_case_at(index - 1)
            and lower_case_at(index + 1)
        ):
            pieces += [line[position : word.start()], lowered[index]]
            position = word.end()
    return "".join([*pieces, line[position:]])


def _a_word_with_its_suffix(lowered: str) -> bool:
    """ "paspornya", "harganyo", "dipulangkan": a word with a suffix no name ends in (not -an,
    -lah, -kah: "Supian", "Julian", "Sumilah", "Malikah" are names)."""
    return any(
        lowered.endswith(suffix)
        and len(stem := lowered[: -len(suffix)]) >= 4
        and is_indonesian_word(stem)
        # "Sitinya", "Budinyo": a name with -nya, as people say it (not "Gajinya": "gaji" is a
        # word people chat with)
        and (
            stem in chat_words()
            or (stem not in given_names() and stem not in names_that_are_words())
        )
        for suffix in _WORD_SUFFIXES
    )


_WORD_SUFFIXES = ("nya", "nyo", "kan")


# The kin words one calls an elder by, as a title ("om bayu", "wak saman", "mang ujang").
_KIN_ONE_CALLS = frozenset(
    {"om", "oom", "wak", "uwak", "mang", "mamang", "tante", "bibi", "bik", "paman", "pakde"}
    | {"bude", "pakcik", "makcik", "cik"}
)


def _a_name_with_its_nya(lowered: str) -> bool:
    """ "bayunya", "fajarnyo": a name (a given name or a name that is a word too, no word of
    chat nor among the commonest words, nor a son or a daughter) with its -nya or -nyo."""
    return any(
        lowered.endswith(suffix)
        and ((stem := lowered[: -len(suffix)]) in given_names() or stem in names_that_are_words())
        and stem not in chat_words()
        and stem not in common_words()
        and stem not in _CHILD
        for suffix in ("nya", "nyo")
    )


_CHILD = frozenset({"putra", "putri", "putro", "putera", "puteri"})


# Where a person has gone or is, after their name ("om bayunya udah di malaysia", "wak fajarnyo
# lah balik", "mang ujangnya masih di brunei"): what no interest, blessing or fish is said to do.
_ASPECT = r"(?:udah|udh|sudah|sdh|lah|la|masih|msh|belum|blm|baru|lagi|lg)[^\S\n]+"
_WHERE_ONE_GOES_AFTER = re.compile(
    rf"[^\S\n]+(?:{_ASPECT}(?:di|ke|dari)|(?:{_ASPECT})?(?:pergi|pegi|pulang|balik|balek|"
    r"berangkat|kerja|kerjo|gawe|nelpon|bilang|ngomong|katanya|kato|nyuruh|minta|sampai|sampe|"
    r"tinggal))\b",
    re.IGNORECASE,
)


def _a_names_stem(lowered: str) -> bool:
    """ "bagusnya", "cahayanyo": a word whose stem, its suffix off, is a given name."""
    return any(
        lowered.endswith(suffix)
        and ((stem := lowered[: -len(suffix)]) in given_names() or stem in names_that_are_words())
        for suffix in _WORD_SUFFIXES
    )


def _a_word_no_name(lowered: str) -> bool:
    """ "perjanjian", "kk": a word people write that is no given name ("rosmah", "siti")."""
    return (
        (lowered in chat_words() or is_indonesian_word(lowered))
        and lowered not in given_names()
        and lowered not in names_that_are_words()
    )


def _a_derived_word(lowered: str) -> bool:
    """ "dibujuk", "kemahalan", "diajarin", "nyuruh": a word of six letters or more made of a
    prefix (and a suffix) around a root people chat with or write every day (_everyday_roots),
    not a root as written ("untung", "deru" are names as often); or Palembang's form of a chat
    word ("punyo", "pertamo"), of five letters or more ("Prio", "Beno" are names), not of a name
    ("Karno"); or a word with Palembang's -ke ("cekke"). Not a word that ends as women's names
    do ("Setiani", "Kemirah", "Meriani"), nor a given name with a suffix ("Dimasnya"): the
    dictionary's roots hold rare words that are names too (asih, mirah, arti, wangsa), and the
    gazetteer leaves such names out (the review of 2026-12-04's evening, helper-181)."""
    if lowered.endswith("o"):
        in_indonesian = lowered[:-1] + "a"
        return (
            len(lowered) >= 5
            and in_indonesian in chat_words()
            and in_indonesian not in given_names()
        )
    if lowered.startswith(("ng", "ny")):
        return _a_chat_verb_nasalised(lowered)  # (Javanese names open so: "Ngatirin", "Nyamin")
    if lowered.endswith(_WOMENS_NAME_ENDINGS) or any(
        lowered.endswith(suffix) and lowered[: -len(suffix)] in given_names()
        for suffix in (*WORD_SUFFIXES, "in")
    ):
        return False
    if lowered.endswith("ke") and (_everyday(lowered[:-2]) or _everyday(lowered[:-3] + "a")):
        return len(lowered) >= 5  # Palembang's -kan: "cekke", "sambungke", "ceritoke"
    return (
        len(lowered) >= 6
        and not is_a_root_word(lowered)
        and any(
            lowered[len(prefix) :] not in given_names()
            for prefix, _root, _suffix in _everyday_roots(lowered)
        )
    )


# How women's names end, where a word with its affixes could end so too ("Setiani", "Kemirah").
_WOMENS_NAME_ENDINGS = (
    *("ani", "ati", "ari", "ini", "iah", "sih", "rah", "nah", "isa", "ena", "ana", "ina"),
    *("ela", "ara"),
)


def _everyday(word: str) -> bool:
    return len(word) >= 3 and (word in chat_words() or word in common_words())


def _everyday_roots(lowered: str) -> list[tuple[str, str, str]]:
    """(prefix, root, suffix) readings of `lowered` with a prefix, whose root is an everyday word,
    each prefix with the sound it takes before its root (me- before l, m, n, r, w, y; mem- before
    b or a p it swallowed ...), se- with no suffix; Jakarta's -in read as a suffix too."""
    readings = []
    stems = [(lowered, "")] + [
        (lowered[: -len(suffix)], suffix)
        for suffix in (*WORD_SUFFIXES, "in")
        if lowered.endswith(suffix)
    ]
    for stem, suffix in stems:
        for prefix in WORD_PREFIXES:
            if not stem.startswith(prefix) or len(stem) <= len(prefix) + 2:
                continue
            if prefix in {"se"} and suffix:
                continue
            rest = stem[len(prefix) :]
            for root, swallowed in (
                (rest, False),
                (NASALISED.get(prefix, "") + rest, prefix in NASALISED),
                (NASALISED_TOO.get(prefix, "") + rest, prefix in NASALISED_TOO),
            ):
                if _everyday(root) and _sounds_right(prefix, root, rest, swallowed):
                    readings.append((prefix, root, suffix))
    return readings


def _sounds_right(prefix: str, root: str, rest: str, swallowed: bool) -> bool:
    """Does the prefix take the sound it takes before this root ("me" + "lapor", "mem" + "bayar"
    or "mem" + "(p)akai"; not "me" + "sayu": "Mesayu" is a name)?"""
    vowels = "aiueo"
    if prefix in {"me", "pe"}:
        return root[0] in "lmnrwy"
    if prefix in {"mem", "pem"}:
        return (swallowed and rest[0] in vowels) or root[0] in "bfv"
    if prefix in {"men", "pen"}:
        return (swallowed and rest[0] in vowels) or root[0] in "cdjz"
    if prefix in {"meng", "peng"}:
        return (swallowed and rest[0] in vowels) or root[0] in vowels + "gh"
    if prefix in {"meny", "peny"}:
        return swallowed and rest[0] in vowels
    return True


def _a_chat_verb_nasalised(lowered: str) -> bool:
    """ "nyuruh", "ngizinin", "nganterke": a word people chat with, its first letter turned
    into ng-/ny- (suruh, izin, anter), with or without a suffix of chat (-in, -ke, -kan, -i)."""
    for prefix, first_letters in (("nge", ("",)), ("ng", ("", "k", "h")), ("ny", ("s", "c"))):
        if lowered.startswith(prefix):
            rest = lowered[len(prefix) :]
            stems = {rest} | {rest.removesuffix(end) for end in ("in", "ke", "kan", "i")}
            return any(
                len(letter + stem) >= 4
                and (
                    letter + stem in chat_words()
                    # (the commonest words too, as written after ng-: "ngatur", "ngomongin"; not
                    # a k- or h- put back: "Ngasirin" is no "kasir")
                    or (letter in {"", "s", "c"} and letter + stem in common_words())
                )
                and letter + stem not in given_names()
                for stem in stems
                for letter in first_letters
            )
    return False


# After these a word of the dictionary may be a name: "Saya Tono", "Nama Saya Kasih",
# "Keponakan Saya Rindu", "Adek Ku Harapan", "Pak Subur", "Bernama Wangi", "Agung Dan Kasih".
_NAME_MAY_FOLLOW = frozenset(
    {"saya", "sy", "aku", "ku", "sayo", "kami", "nama", "namanya", "namaku", "namo", "namonyo"}
    | {"bernama", "panggil", "dipanggil", "dan", "sama", "samo", "sm", "dengan", "dgn"}
)


_I_WRITE = frozenset({"saya", "sy", "aku", "ku", "sayo", "kami"})


def _made_of_a_long_root(lowered: str) -> bool:
    """ "terhitung", "berdua", "takutke": a derived word (_a_derived_word) whose prefix, if it
    has one, stands before a root of four letters or more, or a number ("Teresa", "Pendik" read
    as ter + esa, pen + dik are names)."""
    if not _a_derived_word(lowered):
        return False
    roots = [root for _prefix, root, _suffix in _everyday_roots(lowered)]
    return not roots or any(len(root) >= 4 or root in {"dua", "tiga"} for root in roots)


def _may_name_someone_next(word: str) -> bool:
    return word in _NAME_MAY_FOLLOW or word in TITLE_WORDS or bool(RELATIVE_WORD.fullmatch(word))


# "Suryani namo aku", "Guntur namoku": the name first, then the words that make it one's own;
# "Rezeki itu nama anak saya": or a relative's.
_OWN_NAME_AFTER = re.compile(
    rf"(?i)\s?,?\s(?:(?:itu|ini|tu|ni)\s)?(?:nama|namo)\s?(?:(?:{RELATIVES})\s)?"
    r"(?:saya|sy|aku|ku|sayo)\b|\s(?:namaku|namoku)\b"
)


def _own_name_before_its_cue(text, words, all_lower) -> list[Finding]:
    if "nam" not in text.lower():
        return []  # (every form of the cue holds it: a long message is not walked for nothing)
    found = []
    for index, word in enumerate(words):
        if not _OWN_NAME_AFTER.match(text, word.end()):
            continue
        first = index
        # "Siti Suryani namo aku": the capitalised words of the name before it
        while (
            first > 0
            and text[words[first - 1].end() : words[first].start()] == " "
            and _is_name_word(words[first - 1], "proper", all_lower)
        ):
            first -= 1
        if all(_a_name_before_its_cue(w) for w in words[first : index + 1]):
            span = (words[first].start(), word.start() + len(word.group().rstrip(".")))
            found.append(Finding(*span, "name", "a name before 'namo aku'/'namaku'", whose=True))
    return found


def _a_name_before_its_cue(word: re.Match[str]) -> bool:
    """ "Suryani", "Melati": a given name, or a capitalised name that is a word too or no word
    at all ("benerin nama saya", "Cara Mengganti Nama Saya" are no names)."""
    token = word.group().rstrip(".")
    lowered = token.lower()
    if lowered in NEVER_NAMES or (lowered in chat_words() and lowered not in given_names()):
        return False
    if not token[:1].isupper():  # ("timbul nama saya", "jaga nama saya": verbs)
        return lowered in given_names() and not is_indonesian_word(lowered)
    return (
        lowered in given_names()
        or lowered in names_that_are_words()
        or _is_name_word(word, "proper", False)
    )


# "[07/07 10:15] Mei Ling: Aku harus ...", "14/09/25 21.03 - Ria Kamboja: ...": who wrote each
# message of a chat pasted with its times.
_CHAT_TIME = rf"\[?(?:{DAY_MONTH},?\s)?{CLOCK}\]?\s?(?:-\s?)?"
_CHAT_LINE = re.compile(rf"(?m)^{_CHAT_TIME}([A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){{0,2}})\s?:")
# (where a line's speaker stands: "[10/07 19:40] Sponsor: Gaji pertama ..." names no "Gaji")
_CHAT_SPEAKER_BEFORE = re.compile(_CHAT_TIME)


def _speakers_of_a_pasted_chat(text: str) -> list[Finding]:
    """The people whose messages a pasted chat shows, less their titles, the place after a name
    ("Ria Kamboja") and the accounts of offices ("Admin LPK", "Call Center KP2MI", "Sponsor")."""
    found = []
    for line in _CHAT_LINE.finditer(text):
        speaker = list(LETTERED.finditer(text, *line.span(1)))
        while speaker and speaker[0].group().lower().rstrip(".") in TITLE_WORDS:
            speaker.pop(0)  # "Ko Hendrik": the title's own rule reads the name after it
        while len(speaker) > 1 and _a_known_place(speaker[-1].group()):
            speaker.pop()
        if speaker and all(_a_speakers_name(word.group()) for word in speaker):
            span = (speaker[0].start(), speaker[-1].end())
            found.append(Finding(*span, "name", "the speaker of a pasted chat"))
    return found


def _a_known_place(word: str) -> bool:
    """A town of Indonesia or a place abroad villagers name every day ("Kamboja", "Taipei")."""
    lowered = word.lower()
    return lowered in town_names() or (lowered in chat_words() and lowered in place_words())


def _a_speakers_name(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    return (
        lowered not in _SPEAKERS_BY_ROLE
        and not RELATIVE_WORD.fullmatch(lowered)  # "Emak:", "Abah:"
        and not (word.isupper() and len(word) <= 5)  # "LPK", "KBRI": an office
        and not any(character.isdigit() for character in word)  # "KP2MI"
        and lowered not in PUBLIC_OFFICES
    )


# Who writes in a chat without being named: the writer, an office's or a business's account.
_SPEAKERS_BY_ROLE = frozenset(
    {"saya", "sy", "aku", "ak", "gue", "gw", "me", "you", "anda", "kamu", "admin", "adm", "mimin"}
    | {"sponsor", "agen", "agency", "agensi", "calo", "majikan", "bos", "boss", "mandor", "hrd"}
    | {"hr", "cs", "call", "center", "centre", "customer", "service", "official", "resmi"}
    | {"petugas", "operator", "info", "grup", "group", "bot", "kantor", "pt", "lpk", "loker"}
    | {"penyalur", "perekrut", "rekruter", "recruiter", "manager", "staff", "staf", "kak"}
    | {"pelapor", "korban", "pelaku", "unknown", "nomor", "tidak", "dikenal", "nama", "alamat"}
    # (and the items of a programme: "09.00 Materi: Pencegahan TPPO")
    | {"materi", "acara", "sesi", "pembukaan", "penutupan", "istirahat", "registrasi", "ishoma"}
    | {"doa", "sambutan", "narasumber", "moderator", "tema", "topik", "lokasi", "tempat", "waktu"}
    | {"pemateri", "pembicara", "tanya", "jawab", "diskusi", "makan", "siang", "coffee", "break"}
)


# "[Sukma, Tanjung Raja] min mau tanya": who writes and from where, in brackets, first.
_SIGNED_WITH_A_PLACE = re.compile(r"\[\s?([^\W\d_][^\W\d_' .]{1,40}?)\s?[,-]\s?([^\]\n]{2,40})\]")


def _signed_with_a_place(text: str) -> list[Finding]:
    signed = _SIGNED_WITH_A_PLACE.match(text.lstrip())
    if signed is None:
        return []
    place = [word.rstrip(".").lower() for word in WORD.findall(signed.group(2))]
    if not place or not all(word in place_words() or word in chat_words() for word in place):
        return []
    if not all(
        _a_name_before_its_cue(word) and word.group().lower() not in place_words()
        for word in WORD.finditer(signed.group(1))
    ):
        return []  # "[Info, Lahat]", "[PENTING, Palembang]"
    offset = len(text) - len(text.lstrip())
    start, end = signed.span(1)
    return [Finding(start + offset, end + offset, "name", "a name signed with its place")]


def _given_name_listed_before(text: str, words: list[re.Match[str]], index: int) -> bool:
    """ "rudi, kiki": a given name stands before the word, in the same list."""
    if index == 0 or not LIST_BEFORE.fullmatch(text, words[index - 1].end(), words[index].start()):
        return False
    before = words[index - 1].group().rstrip(".").lower()
    return before in given_names() and before not in chat_words()


def _a_name_in_a_list(lowered: str) -> bool:
    return lowered in given_names() or not (
        lowered in chat_words() or lowered in place_words() or is_indonesian_word(lowered)
    )


def _starts_within(starts: list[int], start: int, end: int) -> list[int]:
    """Where the words between start and end begin."""
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


def _listed_around(text, words, starts, finding: Finding, all_lower, named) -> list[Finding]:
    """The names listed right before and after a name found ('Deni, Feri, dan <name>'), up to
    a name already found (`named`: where they start)."""
    listed = [
        Finding(*span, "name", "listed with a name")
        for span in _listed_after(text, words, starts, finding.end, "weak", all_lower, named)
    ]
    index = bisect_left(starts, finding.start)
    titled = index > 1 and words[index - 1].group().lower().rstrip(".") in TITLE_WORDS
    if titled and words[index - 2].group().lower() in LIST_WORDS:
        index -= 1  # "rudi, kiki, sama pak ujang": the title is part of the name listed
    while index > 0:
        previous = index - 1
        if words[previous].group().lower() in LIST_WORDS and previous > 0:
            previous -= 1  # "Feri, dan <name>": the word before the joining word
        before = words[previous]
        token = before.group().rstrip(".")
        lowered = token.lower()
        if before.start() in named or not LIST_BEFORE.fullmatch(
            text, before.end(), words[index].start()
        ):
            break
        if _after_cue(words, previous, THING_CUES, reach=1):
            break  # "pakai Dana sama bu Yanti": an e-wallet
        if _a_town_one_is_from(text, words, previous):
            break  # "Salam dari Air Kumbang, Siti": where Siti writes from
        if lowered in chat_words() or not (
            lowered in given_names()
            or (token[:1].isupper() and not all_lower)
            # "rudi, kiki, sama pak ujang": a word no one chats with, a given name before it
            or (_a_name_in_a_list(lowered) and _given_name_listed_before(text, words, previous))
        ):
            break
        if not _is_name_word(before, "named", all_lower):
            break
        listed.append(
            Finding(before.start(), before.start() + len(token), "name", "listed with a name")
        )
        index = previous
    return listed


# The naming cues that do not say whose name follows ("dengar nama Siti Zaenab", "fb X").
_BARE_NAMING_CUES = frozenset({"nama", "namo", "nm", "alias", "fb", "facebook"})


# The words some name rule starts from, besides the cues.
_RULE_WORDS = frozenset(NOBLE_TITLES | NAME_JOINERS)


# After a capitalised everyday word, an age or a relation may still make it a name.
_AFTER_A_WORD = re.compile(r"\s?[(,]|,?\s(?:" + RELATIVES + r")\b", re.IGNORECASE)


def _said_short(word: str) -> str:
    """The word without the last letter said long ("okee" -> "oke", "siappp" -> "siap"); a word
    of two letters so made stays as it is (Korean "Hee", "Soo" are names, "he", "so" no
    words)."""
    short = word.rstrip(word[-1:]) + word[-1:]
    return short if len(short) >= 3 else word


def _is_a_bare_name(text: str, words: list[re.Match[str]]) -> bool:
    """'Nyoman', 'Siti Rahma': the answer to 'siapa namanya?', one to three words and nothing
    else, none of them an everyday word or a place."""
    if not 0 < len(words) <= 3 or text[words[0].start() : words[-1].end()] != text.strip(" .!,"):
        return False
    lowered = [word.group().lower().rstrip(".") for word in words]
    return all(
        word not in chat_words()
        and _said_short(word) not in chat_words()  # "okee", "siappp": "oke", "siap"
        and word not in place_words()
        and (word in given_names() or not is_indonesian_word(word) or match.group()[:1].isupper())
        for word, match in zip(lowered, words, strict=True)
    )


def _listed_after(
    text, words, starts, end, strength, all_lower, named=frozenset()
) -> list[tuple[int, int]]:
    """The names that follow a name in a list: ', Joko, dan Sari', ' samo Cahaya' (up to a name
    already found, `named`: where they start)."""
    spans = []
    while join := LIST_JOIN.match(text, end):
        index = bisect_left(starts, join.end())
        if index == len(words) or starts[index] != join.end() or starts[index] in named:
            break
        token = words[index].group().rstrip(".")
        lowered = token.lower()
        # Only a capitalised word no one chats with, or a given name, goes on a list (any word
        # no one chats with after "nama ortu:", "anak saya:"), or a capitalised name that is a
        # word too ("Kusnadi, Sholeh").
        capitalised_name = (
            token[:1].isupper() and not all_lower and lowered in names_that_are_words()
        )
        if (lowered in chat_words() and not capitalised_name) or not (
            lowered in given_names()
            or (token[:1].isupper() and not all_lower)
            # "dan", "&" or a number joins it, not a bare comma that may open a new clause
            or (strength == "named" and join.group().strip(" ,\n"))
        ):
            break
        span = _name_from(text, words, index, "named", all_lower)
        if not span:
            break
        spans.append(span)
        end = span[1]
    return spans


_LETTERS = re.compile(r"[^\W\d_]{3,}")


def every_mention(text: str, findings: list[Finding]) -> list[Finding]:
    """A name found once is a name wherever else the message writes it ("si bayu ... bayu ini")."""
    names = (
        {
            word
            for finding in findings
            if finding.category == "name"
            for word in _words_that_name(text[finding.start : finding.end])
        }
        - NEVER_NAMES
        - TITLE_WORDS
        - NAME_JOINERS
    )
    names = {name for name in names if len(name) > 2}
    if not names:
        return []
    mentions = []
    for word in _LETTERS.finditer(text):
        token = word.group()
        lowered = token.lower()
        if (
            lowered in names
            and (token[:1].isupper() or lowered not in chat_words())
            and not _part_of_a_countrys_name(text, word)
            and not (
                lowered in _CURRENCIES
                and _AFTER_AN_AMOUNT.search(text, max(0, word.start() - 12), word.start())
            )
        ):
            mentions.append(Finding(*word.span(), "name", "another mention of a name found"))
    return mentions


def names_in_handles(text: str, findings: list[Finding]) -> list[Finding]:
    """The words of an e-mail's, a username's or a link's own part found in the message besides
    ("sy abdi, email abdi.gamers03@gmail.com", "i am devi ... my email devi.plg@hotmail.com",
    "- hendrik" under "hendrik.manurung88@gmail.com"): the person's name, written out. Only
    words that are names (_a_name_in_a_handle), not where a firm's name is written ("lpk
    mandiri jaya", "prima travel": after a firm's word, or beside a word firms are named with;
    the review of 2026-12-04's evening, helper-183)."""
    handles = [finding for finding in findings if finding.category in {"email", "username", "link"}]
    if not handles:
        return []
    own_words = {
        piece.lower()
        for finding in handles
        for piece in _LETTERS.findall(_own_part(text[finding.start : finding.end]))
    }
    pieces = {word for word in own_words if _a_name_in_a_handle(word)} - NEVER_NAMES - TITLE_WORDS
    if not pieces:
        return []
    inside = [(finding.start, finding.end) for finding in handles]
    words = list(_LETTERS.finditer(text))
    mentions = []
    for index, word in enumerate(words):
        if word.group().lower() not in pieces or any(
            start <= word.start() < end for start, end in inside
        ):
            continue
        if _A_FIRM_BEFORE.search(text, max(0, word.start() - 60), word.start()):
            continue
        # the handle's words written together around it, one of them a firm's word
        first = last = index
        while (
            first > 0
            and words[first - 1].group().lower() in own_words
            and _SPACED.fullmatch(text, words[first - 1].end(), words[first].start())
        ):
            first -= 1
        while (
            last + 1 < len(words)
            and words[last + 1].group().lower() in own_words
            and _SPACED.fullmatch(text, words[last].end(), words[last + 1].start())
        ):
            last += 1
        if last > first and any(
            written.group().lower() in _WORDS_FIRMS_ARE_NAMED_WITH
            for written in words[first : last + 1]
        ):
            continue
        mentions.append(Finding(*word.span(), "name", "a word of an e-mail or a username found"))
    return mentions


def _a_name_in_a_handle(word: str) -> bool:
    """ "devi", "mulyadi", "fajar": a name that is a word too, a given name that is no everyday
    word ("utama", "emas" are words first), or a word of no list at all."""
    if word in _SITES_AND_MAIL:
        return False
    if word in names_that_are_words():
        return True
    if word in given_names():
        return not (word in chat_words() or word in common_words())
    return not (
        word in chat_words()
        or word in place_words()
        or word in english_words()
        or word in common_words()
        or _a_derived_word(word)
    )


_SPACED = re.compile(r"[^\S\n]+")
_A_FIRM_BEFORE = re.compile(
    r"(?i)\b(?:pt|cv|ud|lpk|blk|p3mi|toko|travel|tour|agency|agensi|yayasan|koperasi|warung)"
    r"\.?\s+(?:[^\W\d_]+\s+){0,3}$"
)
_WORDS_FIRMS_ARE_NAMED_WITH = frozenset(
    {"travel", "tour", "tours", "agency", "agensi", "catering", "mandiri", "abadi", "rasa"}
    | {"sejahtera", "makmur", "sentosa", "group", "grup", "official", "store", "shop", "olshop"}
    | {"toko", "collection", "fashion", "food", "laundry", "express", "transport", "trans"}
    | {"motor", "cell", "mart", "jastip", "lpk", "pt", "cv"}
)


def _own_part(handle: str) -> str:
    """ "abdi.gamers03" of "abdi.gamers03@gmail.com", "uni.dikilang" of "@uni.dikilang", the path
    of "facebook.com/bunda.ratih" (not the site's name)."""
    if "@" in handle:
        before, _at, after = handle.partition("@")
        return before or after
    return handle.split("/", 1)[1] if "/" in handle else ""


_SITES_AND_MAIL = frozenset(
    {"gmail", "yahoo", "hotmail", "outlook", "ymail", "icloud", "facebook", "instagram", "tiktok"}
    | {"https", "http", "www", "com", "groups", "profile", "official", "agency", "agensi", "loker"}
)


def _the_word_found(text: str, finding: Finding) -> bool:
    """Is the name found one word of lexicon/names_that_are_chat_words.txt (or that word said
    twice) that reads as the word it is too?"""
    words = text[finding.start : finding.end].split()
    if len(words) > 2 or (len(words) == 2 and words[1].lower() != words[0].lower()):
        return False
    return read_as_the_verb(text, finding.start, finding.start + len(words[0]), opening=True)


def _part_of_a_countrys_name(text: str, word: re.Match[str]) -> bool:
    """ "Hong" of "kerja di Hong Kong", "Arab" of "Arab Saudi" (whoever is named Lee Hong Mei)."""
    following = _NEXT_WORD.match(text, word.end())
    return bool(following) and (
        f"{word.group().lower()} {following.group(1).lower()}" in country_names()
    )


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# "gaji 2 juta Won", "2jt won": a currency after an amount (whoever is named Kim Ji Won)
_CURRENCIES = frozenset({"won", "yen", "dong", "ringgit", "riyal", "rial", "dolar", "dollar"})
_AFTER_AN_AMOUNT = re.compile(r"(?:\d|juta|ribu|rb|jt|ratus)\s*$", re.IGNORECASE)


def _words_that_name(found: str) -> list[str]:
    """The words of a name found that make it a name: a country or a word of business that the
    name ran on over after its first word ("Lina Agency Taiwan", an account's name) is left out,
    so that "kerja ke Taiwan" stays. Everything else stays in, whatever other lists hold it:
    "Jun Hong", "Mei Ling", "Ah Long", "Jerman Sitompul" are names at every mention."""
    written = [word.rstrip(".") for word in WORD.findall(found)]
    return [word.lower() for word in written[:1]] + [
        word.lower()
        for word in written[1:]
        if word.lower() not in countries()
        and word.lower() not in _BUSINESS_WORDS
        # "pak Purna PMI": an acronym of chat the name ran on over ("PMI", "TKI")
        and not (
            word.isupper()
            and word.lower() in chat_words()
            and word.lower() not in given_names()
            and word.lower() not in names_that_are_words()
        )
    ]


# What an account, a page or a company calls itself beside a person's name ("Lina Agency").
_BUSINESS_WORDS = frozenset(
    {"agency", "agensi", "official", "group", "grup", "company", "enterprise", "services"}
)


_FROM_A_TOWN = re.compile(r"(?i)\s(?:dari|dr|asal)\s([^\W\d_]+)")


def _introduces_writer(text, words, index, all_lower) -> bool:
    """'Rahmat di sini', 'iwan setiawan di sini': the first words, then 'di sini'; or a given
    name, then where the writer is from ('bambang dari muba')."""
    written = [w.group().lower().rstrip(".") for w in words[: index + 1]]
    from_a_place = _FROM_A_TOWN.match(text, words[index].end())
    return (
        (
            INTRO_AFTER.match(text, words[index].end()) is not None
            # "bambang dari muba, pernah kerja di kapal korea": where the writer is from
            or (
                from_a_place is not None
                and (
                    from_a_place.group(1).lower() in town_names()
                    or district_named(from_a_place.group(1)) is not None
                )
                # (a given name, not any word the dictionary lacks: "lowker dari muba ada?")
                and all(w in given_names() or w in names_that_are_words() for w in written)
            )
        )
        and any(w in given_names() or not is_indonesian_word(w) for w in written)
        and not any(w in place_words() and w not in given_names() for w in written)
        and all(_is_name_word(w, "named", all_lower) for w in words[: index + 1])
    )


def _capitalised_name(text, words, index, opens: _SentenceStarts, all_lower) -> list[Finding]:
    """A capitalised word without a cue: a given name, or a word that is neither an
    Indonesian word nor a place."""
    token = words[index].group().rstrip(".")
    lowered = token.lower()
    given = lowered in given_names()
    if not given and lowered in chat_words():
        return []  # "Apakah", "Saya", "Malaysia": an everyday word, capitalised
    if (
        _after_cue(words, index, THING_CUES, reach=THING_CUE_REACH)
        or _after_cue(words, index, NAMED_PLACE_CUES)
        or (not given and _in_a_things_name(text, words, index))
    ) and not (given and index > 1 and run_by_its_head(text, words[index - 1].start())):
        return []  # (but "kapten kapal Lee Jong-su", "bos pabrik Budi": a person who runs it)
    # "Indah bener janjinya": a name that is also a word, opening a sentence, is the word,
    # unless a name or "di sini" follows ("Bagus Pratama", "Rahmat di sini").
    ambiguous = opens[index] and is_indonesian_word(lowered)
    if given and _after_cue(words, index, WHERE_WORDS, reach=1):
        return []  # "bandara Juanda", "desa Suka Makmur": a given name as a place's name
    if given and is_indonesian_word(lowered) and _read_as_the_word(text, words, index):
        return []  # "1 Hari Sebulan", "Dak Galak", "Bagus Nian": the word, not the name
    if given and (not ambiguous or _followed_by_name(text, words, index)):
        span = _name_from(text, words, index, "gazetteer", all_lower)
        reason = f"'{token}' is a given name (lexicon/given_names.txt)"
    elif _after_cue(words, index, PLACE_CUES):
        return []
    elif lowered == "purna" and _MIGRANT_WORKERS.match(text, words[index].end()):
        return []  # "Untuk Purna PMI", "Pemberdayaan Purna TKI": returned migrant workers (not
        # "Ilham pmi taiwan": a name that is a word too, before PMI, is someone's)
    elif span := _name_from(text, words, index, "proper", all_lower):
        reason = f"'{token}' is capitalised and neither a word nor a place"
    elif _capitalised_amid_lower_case(words, index, opens):
        span = _name_from(text, words, index, "amid", all_lower)
        reason = f"'{token}' is capitalised amid lower case"
    return [Finding(*span, "name", reason)] if span else []


# Migrant workers, named right after a word: "Purna PMI", "Purna TKI" (returned).
_MIGRANT_WORKERS = re.compile(r"[^\S\n]+(?i:pmi|tki|tkw|bmi|cpmi)\b")


# What says that a given name which is a word too is the word: a "not" or a "more" before it
# ("Dak Galak", "Tidak Bagus", "Paling Indah"), a "very" after it ("Bagus Nian", "Indah
# Banget"; not "juga": "Intan juga ditahan"), and for a span of time, a number or a "how many"
# before it ("Cuma 1 Hari", "Berapa Hari") or the day it is after it ("Hari Ini", "Hari Raya").
# (Adjectives and verbs only, beside the name with nothing between: _read_as_the_word.)
_NOT_OR_MORE = frozenset(
    {"dak", "tidak", "tdk", "gak", "ga", "nggak", "ngga", "ndak", "idak", "enggak", "kagak"}
    | {"kurang", "lebih", "paling", "sangat", "makin", "semakin", "agak", "cukup", "terlalu"}
)
_VERY = frozenset({"nian", "banget", "bgt", "sekali"})
_SPANS_OF_TIME = frozenset({"hari", "bulan", "wulan", "minggu"})
_HOW_MANY = frozenset(
    {"berapa", "berapo", "brp", "brapa", "tiap", "setiap", "beberapa", "per", "satu", "dua"}
    | {"tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "duo", "tigo"}
    | {"limo", "seminggu", "sebulan", "sehari"}
)
_WHICH_DAY = frozenset(
    {"ini", "itu", "raya", "libur", "tua", "pertama", "terakhir", "h"}
    | {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "lebaran"}
)


# Which given names are words a "not", a "more" or a "very" goes with:
# adjectives and verbs, not nouns ("Dak, Intan belum pulang", "Kangen Dewi banget").
_GRADED = frozenset(
    {"galak", "bagus", "indah", "sabar", "jaga", "lega", "enteng", "luwes", "mujur", "garang"}
    | {"jelita", "gamblang", "perkasa"}
)
# A "very" after a name belongs to the verb before it ("kangen Bagus banget").
_FEELING_VERBS = frozenset(
    {"kangen", "rindu", "sayang", "kasian", "kasihan", "percaya", "bangga", "salut", "cinta"}
    | {"suka", "benci", "ingat", "inget", "ketemu", "jumpa", "telpon", "telepon", "nelpon"}
    | {"bantu", "tolong", "chat", "hubungi", "kabari", "tunggu", "nunggu", "cari", "nyari"}
)
# A number before a word for a span of time counts it ("3 Hari"), unless it is what comes after
# these ("Tahun 2023 Wulan", "Anak ke 2 Wulan", "RT 05 Hari", "Jam 3 Hari").
_NOT_A_COUNT = frozenset(
    {"tahun", "thn", "th", "taun", "tanggal", "tgl", "jam", "pukul", "pkl", "ke", "no"}
    | {"nomor", "nmr", "rt", "rw", "kamar", "umur", "usia", "kelas", "blok", "lantai", "gang"}
    | {"gg", "jalan", "jl", "anak"}
)
_BESIDE = re.compile(r"[ \t]+")
_A_COUNT = re.compile(r"[\s,;:(]*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+")


def _read_as_the_word(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Do the words beside words[index], in its sentence, say it is the word? (_NOT_OR_MORE)"""
    lowered = words[index].group().rstrip(".").lower()
    before = after = ""
    # only a word right beside it, on its line: "Dak Galak", not "Dak, Intan belum pulang"
    if index and _BESIDE.fullmatch(text, words[index - 1].end(), words[index].start()):
        before = words[index - 1].group().rstrip(".").lower()
    if index + 1 < len(words) and _BESIDE.fullmatch(
        text, words[index].end(), words[index + 1].start()
    ):
        after = words[index + 1].group().rstrip(".").lower()
    if lowered in _GRADED:
        if before in _NOT_OR_MORE and after not in _NAME_GOES_ON:
            return True
        if after in _VERY and before not in _FEELING_VERBS:
            return True
    if lowered not in _SPANS_OF_TIME:
        return False
    start_of_gap = words[index - 1].end() if index else 0
    counted = bool(_A_COUNT.fullmatch(text, start_of_gap, words[index].start())) and (
        not index or words[index - 1].group().rstrip(".").lower() not in _NOT_A_COUNT
    )
    return counted or before in _HOW_MANY or (lowered == "hari" and after in _WHICH_DAY)


# "Dak Bagus yang jemput", "Cukup Indah bae yang datang": who, not how
_NAME_GOES_ON = frozenset({"yang", "yg", "bae", "be", "saja", "aja", "sajo", "doang"})


def _after_cue(words: list[re.Match[str]], index: int, cues: set[str], reach: int = 2) -> bool:
    """'di Malaysia', 'aplikasi Safe Travel': one of the capitalised words after a cue; with a
    longer reach, one in a list of them ('bahasa Mandarin atau Kanton')."""
    for first in range(index, max(0, index - reach), -1):
        written = words[first - 1].group()
        before = written.lower().rstrip(".")
        if before in cues:
            return True
        if not (written[:1].isupper() or (reach > 2 and before in {"dan", "atau"})):
            return False
    return False


# "kapal namanya Long Xing 629", "pabrik bernama Top Glove": what names a thing.
_THE_THING_IS_CALLED = frozenset({"namanya", "namonyo", "bernama"})
# What may stand before the thing when the thing itself is named ("ada kapal namanya ..."); after
# anything else ("abk di kapal namanya Ujang", "calo dari kampung namanya Mukhlis") the name may
# be a person's at or from the thing.
_BEFORE_A_THING_NAMED = frozenset({"ada", "ado", "sebuah", "naik"})  # not "teman satu kapal"
# Things seldom named after a person; a shop, a card, an account, a school or a village often
# is ("toko namanya Ahui", "kartu namanya Sri Wahyuni"), and a given name is read as a name even
# here ("kapal namanya Siti").
_SHIPS_AND_FIRMS = frozenset({"kapal", "pabrik", "perusahaan", "pt", "aplikasi", "app", "apk"})


def _in_a_things_name(text: str, words: list[re.Match[str]], index: int) -> bool:
    """'ada kapal namanya Long Xing': one of the capitalised words, in one phrase, after
    'namanya' or 'bernama' right after a ship's or a firm's word (_SHIPS_AND_FIRMS) that opens
    its sentence or follows 'ada', 'sebuah', 'naik'."""

    def joined(left: int, right: int) -> bool:  # one space or so, no punctuation between
        gap = text[words[left].end() : words[right].start()]
        ends_a_sentence = words[left].group().endswith(".")
        return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap and not ends_a_sentence

    first = index
    while (
        first > 0
        and index - first < THING_CUE_REACH
        and words[first - 1].group()[:1].isupper()
        and joined(first - 1, first)
    ):
        first -= 1
    if first < 2 or not (joined(first - 2, first - 1) and joined(first - 1, first)):
        return False
    called, thing = (w.group().lower().rstrip(".") for w in (words[first - 1], words[first - 2]))
    if called not in _THE_THING_IS_CALLED or thing not in _SHIPS_AND_FIRMS:
        return False
    if first == 2:
        return True  # the thing opens the message
    before = words[first - 3]
    gap = text[before.end() : words[first - 2].start()]
    if before.group().endswith(".") or re.search(r"[!?\n]", gap):
        return True  # the thing opens a sentence
    return before.group().lower() in _BEFORE_A_THING_NAMED and joined(first - 3, first - 2)


def _capitalised_amid_lower_case(
    words: list[re.Match[str]], index: int, opens: _SentenceStarts
) -> bool:
    """'kemarin Ucok bilang': in a lower-case sentence, one capitalised word is a name."""
    if index == 0 or opens[index]:
        return False
    before = words[index - 1].group()
    after = words[index + 1].group() if index + 1 < len(words) else ""
    return before.islower() and (
        not after or after.islower() or (after[:1].isupper() and after.lower() in given_names())
    )


class _SentenceStarts:
    """opens[i]: does words[i] open a sentence? Worked out only for the words asked about."""

    def __init__(self, text: str, words: list[re.Match[str]]) -> None:
        self.text, self.words = text, words

    def __getitem__(self, index: int) -> bool:
        gap = self.text[_end_of_word(self.words, index - 1) : self.words[index].start()]
        return _opens_sentence(gap, index)


def _end_of_word(words: list[re.Match[str]], index: int) -> int:
    """Where a word ends, less a full stop that ends its sentence ("nanyo." but not "M.")."""
    if index < 0:
        return 0
    word = words[index]
    return word.end() - (len(word.group()) > 2 and word.group().endswith("."))


def _opens_sentence(gap: str, index: int) -> bool:
    """Does the word after this gap open a sentence (or the message, a line, a list item)?"""
    if gap == " ":
        return index == 0
    return index == 0 or SENTENCE_GAP.search(gap) is not None


def _followed_by_name(text: str, words: list[re.Match[str]], index: int) -> bool:
    """'Bagus Pratama, umur 22', 'Rahmat di sini': a name follows, or the words that
    introduce oneself."""
    if INTRO_AFTER.match(text, words[index].end()) or SAID_TO_RECRUIT.match(
        text, words[index].end()
    ):
        return True
    if index + 1 == len(words) or text[words[index].end() : words[index + 1].start()] != " ":
        return False
    following = words[index + 1]
    if not following.group()[:1].isupper():
        return False
    # "Agung Wicaksono": a given name, or a word that is neither a word nor a place (a surname)
    return _is_name_word(following, "proper", False) or following.group().lower() in given_names()


def _name_around_joiner(text, words, index, all_lower) -> tuple[int, int] | None:
    """'Miskah binti Dullah', 'cahaya bin kasim': the words on both sides are a name."""
    before, after = words[index - 1], words[index + 1]
    if words[index].group().lower() in {"al", "el"} and _a_place_not_a_name(after.group()):
        return None  # "asrama Al Khobar", "Al Ain": a town abroad
    spaced = (
        text[before.end() : words[index].start()] == " " == text[words[index].end() : after.start()]
    )
    if not spaced or not all(_is_name_word(w, "named", all_lower) for w in (before, after)):
        return None
    span = _name_from(text, words, index - 1, "named", all_lower)
    return span


def _a_place_not_a_name(word: str) -> bool:
    lowered = word.rstrip(".").lower()
    return lowered in place_words() and lowered not in given_names()


_NICKNAME_CUE = re.compile(r"(?i)alias|dipanggil|panggilan(?:nya|nyo|ku)?")
_OPENING_QUOTES = {'"', "'", "“", "‘"}


def _a_town(words, first) -> bool:
    """Whether the capitalised words from `first` on name a town or a district (and no one:
    lexicon/town_names.txt leaves out the given names)."""
    if not words[first].group()[:1].isupper():
        return False
    lowered = [word.group().rstrip(".").lower() for word in words[first : first + 3]]
    return lowered[0] not in TITLE_WORDS and any(
        " ".join(lowered[:count]) in town_names() for count in range(1, len(lowered) + 1)
    )


# "namanya rudi eh rudy", "sponsornya namanya ... eh hery setiawan": a name said again, put
# right (typed by voice).
_PUT_RIGHT = re.compile(rf",?\s+(?:{FILLER})\s+(?:maaf\s+|maksudnya\s+|maksud\s+(?:saya|aku)\s+)?")


def _names_said_again(
    text: str, words: list[re.Match[str]], starts: list[int], found: list[Finding], all_lower: bool
) -> list[Finding]:
    """The names said again right after a name found, to put it right; read as after a role
    ("sponsornya"): a given name or a capitalised word no one chats with, not "eh Disnaker"; in
    lower case, also a word that is no word ("eh sastrowardoyo"; not "eh sorry")."""
    said_again = []
    for finding in found:
        put_right = _PUT_RIGHT.match(text, finding.end)
        index = bisect_left(starts, put_right.end()) if put_right else len(words)
        if index < len(words) and starts[index] == put_right.end():
            said = words[index].group().rstrip(".").lower()
            if words[index].group().islower() and not (
                said in chat_words() or is_indonesian_word(said) or said in english_words()
            ):
                # "nama saya budi eh sastrowardoyo": in lower case, a word that is no word
                span = _name_from(text, words, index, "named", all_lower)
            else:
                span = _name_from(text, words, index, "role", all_lower)
            if span:
                said_again.append(Finding(*span, "name", "a name said again, put right ('eh')"))
    return said_again


# Said between a cue and the name: a filler, or "maksudnya" ("si eh maksudnya rumondang").
_FILLERS = frozenset({*FILLERS, "maksudnya", "maksudku"})


def _whose_name(word: str) -> bool:
    """ "perusahaannya", "majikannya", "sekolahnya": a thing's or a person's word with its
    possessive -nya, after "nama" the one whose name it is, not the name ("Sonya", "Tanya": no
    word before their -nya)."""
    base = word.removesuffix("nya")
    return (
        base != word
        and len(base) >= 4
        and base not in given_names()
        and (base in THINGS_NAMED or base in PEOPLE_OF_A_THING or is_indonesian_word(base))
    )


# "GoPay 0812... (Rizky)", "BRI 1234 5678 (Siti Aminah)": a phone's or an account's number of
# eight digits or more, then an opening bracket; not an amount ("gaji 1.500.000 (Ringgit)",
# "biaya Rp12500000 (Cicil)") nor a date ("jadwal 20-12-2024 (Pembekalan)")
_A_NUMBER_THEN_A_BRACKET = re.compile(
    r"(?<![\d.,])(?<!rp)(?<!rp )(?<!rp\. )(?<!rp\.)"
    r"(?!\d{1,2}-\d{1,2}-\d{4}\b|\d{4}-\d{1,2}-\d{1,2}\b)\d(?:[ -]?\d){7,}\s?\(\s?$",
    re.IGNORECASE,
)


def _holder_in_brackets(text, words, index, all_lower) -> tuple[int, int] | None:
    """The name in brackets right after a phone's or an account's number, its holder's: a
    given name, or a capitalised word that is no word of Indonesian, no place and no brand
    ("(Kantor BP3MI)", "(Polisi)", "(Telkomsel)", "(Kedaluwarsa)" stay)."""
    start = words[index].start()
    if "(" not in text[max(0, start - 2) : start] or not _A_NUMBER_THEN_A_BRACKET.search(
        text, max(0, start - 40), start
    ):
        return None  # (the bracket stands right before the name, a space between at most)
    span = _name_from(text, words, index, "gazetteer", all_lower) or _name_from(
        text, words, index, "proper", all_lower
    )
    if span is None or not text[span[1] :].lstrip().startswith(")"):
        return None
    return span


def _name_after_cue(text, words, cue, first, all_lower) -> tuple[int, int, str, bool] | None:
    """The name after a cue, how sure the cue makes us of the names listed after it, and whether
    the cue says whose name it is (`Finding.whose`)."""
    kind = cue.lastgroup
    between = text[cue.end() : words[first].start()]
    listing = kind in {"family", "named"} and COUNT_BETWEEN.match(between)  # "anak: 1. Bayu"
    # (a nickname in quotes: 'alias "Man Toke"', 'dipanggil "Ucok"')
    quoted_nickname = (
        _NICKNAME_CUE.fullmatch(cue.group().strip()) and between.strip() in _OPENING_QUOTES
    )
    if between.strip(" :,-.(\t") and not listing and not quoted_nickname:
        return None  # something else stands between the cue and the next word
    while first + 1 < len(words) and words[first].group().lower() in _FILLERS:
        first += 1  # "nama saya eh sastrowardoyo", "si eh maksudnya rumondang": said by voice
    if kind in {"named", "called"} and _names_a_thing(text, cue):
        return None  # "ada app namanya SingCash", "lagu judulnya ...": a thing's name
    next_word = words[first].group().rstrip(".").lower()
    if between == "." and next_word in _SITE_ENDINGS:
        return None  # "lewat facebook.com": a site, no name
    cue_words = cue.group().strip(" :,-").lower().replace(" ", "")
    if cue_words in _IT_IS_CALLED and _WHAT_IT_IS_CALLED.search(text_before(text, cue.start(), 8)):
        written = words[first].group()
        if written.islower() and _a_word_not_a_name(next_word):
            return None  # "ada yg bilang itu namanya jeratan utang": what something is called
    if (
        cue_words in {"fb", "facebook"}
        and _A_GROUP_BEFORE.search(text_before(text, cue.start(), 14))
        and not _a_name_among(words[first : first + 5])
    ):
        return None  # "grup fb Info Loker Malaysia": a group's name ("grup fb Nur Hidayah
        # Loker HK" names someone)
    if cue.group().strip().lower() in {"nama", "namo", "nm"} and next_word in THINGS_NAMED:
        return None  # "itu nama bunga", "nama pt nya apa": the name of a thing follows
    if cue_words in {"nama", "namo", "nm"} and _whose_name(next_word):
        # "nama perusahaannya apa", "nama majikannya Ahmad": whose name it is (a word and its
        # -nya), then the name, if any, on the same line
        if first + 1 == len(words) or "\n" in text[words[first].end() : words[first + 1].start()]:
            return None
        first += 1
        next_word = words[first].group().rstrip(".").lower()
    if kind == "family" and _RELATIVE_CLAUSE.search(cue.group()):
        return None  # "nenek yg aku jaga": what follows "yang aku" is what I do, no name
    if kind == "family" and _a_passive_verb(
        words[first].group(), chat_form_only=not _THAT.search(cue.group())
    ):
        return None  # "orang tua yg diketahui kepala desa", "adek aku dijanjiin": what was done
    if kind == "named" and next_word in _TITLES_OF_EMPLOYERS and first + 1 < len(words):
        first += 1  # "majikan namanya tauke ling": the employer's title, then the name
    if (
        cue_words == "atasnama" or text_before(text, cue.start(), 6).lower() == " atas "
    ) and next_word in _ON_BEHALF_OF:
        return None  # "atas nama lembaga", "atas nama sebagaimana": on behalf of, no one named
    if cue_words in {"nama", "namo", "nm"} and next_word in ROLE_LABELS | _EMPLOYERS_AND_RECRUITERS:
        # "Nama Pelapor: Budi": whose name, then the name (none on the label's own line)
        if first + 1 == len(words) or "\n" in text[words[first].end() : words[first + 1].start()]:
            return None
        first += 1
        next_word = words[first].group().rstrip(".").lower()
        if (
            next_word in _OWNERS
            and first + 1 < len(words)
            and "\n" not in text[words[first].end() : words[first + 1].start()]
        ):
            first += 1  # "nama majikan saya LEE MIN HO": whose label it is, then the name
            next_word = words[first].group().rstrip(".").lower()
    if kind in {"named", "family"} and next_word in FORM_VERBS and first + 1 < len(words):
        first += 1  # "nama saya tertulis Kasiman"; "Nama lengkap diisi apa?" asks, names no one
        next_word = words[first].group().rstrip(".").lower()
    if kind == "family" and _FROM.search(cue.group()) and _a_place_not_a_name(next_word):
        return None  # "sepupu dari Rambang": where the cousin is from
    if cue.group().split()[-1].rstrip(".").lower() == "dr" and _a_place_not_a_name(next_word):
        return None  # "naik haji dr Saudi": "dr" is "dari" before a place, not a doctor
    if kind == "signoff" and _FROM.search(cue.group().strip()):
        # a town of South Sumatra, the bot's own users' ("salam dari kikim barat", "Salam Dari
        # Jaya Loka"), not a name too ("salam dari jayanti", "salam dari bunga"); a name after
        # it is the writer's ("salam dari kikim putri", "Salam Dari Kikim Barat\nSiti")
        town = _sumsel_town_words(text, words, first)
        last = first + town - 1
        if (
            town
            and (
                town > 1
                or (next_word not in given_names() and next_word not in names_that_are_words())
                # ("salam dari cempaka\nsiti": a town named like a person, and a name after it on
                # the next line or after a comma; "salam dari cempaka putri" is one name)
                or (
                    last + 1 < len(words)
                    and text[words[last].end() : words[last + 1].start()].strip(" ") in {"\n", ","}
                    and _a_name_after_a_town(text, words, last)
                )
            )
        ):
            if not (last + 1 < len(words) and _a_name_after_a_town(text, words, last)):
                return None
            first = last + 1
            next_word = words[first].group().rstrip(".").lower()
        elif _a_town(words, first):
            return None  # "Salam dari Jakarta": where the writer is, not who
    if kind == "with" and _a_town(words, first):
        return None  # "Pemalang sama Tegal": two towns, no one with whom
    if kind == "resident" and "." in between:
        return None  # "bantu warga kami. Sebagian besar ...": a sentence ended
    if kind == "resident" and _a_town(words, first):
        return None  # "warga kami Sungai Rotan": the village, not a resident's name
    if kind in {"family", "resident"} and read_as_the_verb(
        text, words[first].start(), words[first].end()
    ):
        return None  # "anak saya pegi ke malaysia", "suami saya gara gara utang"
    own = kind == "family" and _OWN.search(cue.group()) is not None
    written = words[first].group()
    if (
        own
        and written.islower()
        and written.endswith(("nya", "nyo"))
        and is_indonesian_word(written[:-3])
        and _A_QUALITY_AFTER.match(text, words[first].end())
    ):
        return None  # "anak saya budinya baik", "adik saya citranya rusak": his, her ...
    if kind in {"title", "family"} and "," in between and not own:
        return None  # "ditolak madam, padahal ...", "Wak, kato ...": someone called, no name
    strength = CUE_STRENGTH[kind]
    if (
        kind == "family"
        and cue.group().strip().lower() in KIN_TITLES
        and next_word not in common_words()
    ):
        strength = "title"  # "wak saman": the kin word alone, as a title (not "wak tukang ojek")
    if kind == "family" and ":" in cue.group() + between:
        strength = "named"  # "anak saya: mawar dan melati": a form's label
    if kind == "self" and not SELF_OPENS.search(text_before(text, cue.start())):
        return None
    if kind == "dealt" and (
        next_word in _THINGS_DEALT_WITH
        or (
            next_word in names_that_are_words()
            and is_indonesian_word(next_word)
            and not _A_PERSON_AFTER.match(text, words[first].end())
        )
    ):
        return None  # "tanya bunga kur", "hubungi pelita air", "yakinkan iman kita": a thing
    if cue_words == "ms" and next_word in _MONTHS_THAT_ARE_NAMES and words[first].group().islower():
        return None  # "gaji ms mei belum dibayar": "ms" is "masih", the month a month
    if kind == "self" and next_word in _WHAT_ONE_IS and _THIS.search(cue.group()):
        return None  # "saya ini Muslim", "aku ini Katolik": what the writer is, not who
    if kind == "self" and a_given_name_written_as_a_word(
        text, words[first].start(), words[first].end()
    ):
        return None  # "aku gada duit", "saya lamar kerja": what the writer does or is
    if ":" in cue.group() + between and _CHAT_SPEAKER_BEFORE.fullmatch(
        text, text.rfind("\n", 0, cue.start()) + 1, cue.start()
    ):
        return None  # "[10/07 19:40] Sponsor: Gaji ...": who speaks, then what they say
    if ":" in cue.group() + between and between.strip(" :").startswith((",", "/", ";")):
        return None  # "kolom Nama :, Tempat/Tgl Lahir :": an empty label in a list of them
    if kind == "signoff" and (len(words) - first > 6 or "?" in text[cue.end() :]):
        return None  # a sign-off's name closes the message
    if words[first].group().lower() in PUBLIC_OFFICES:
        return None  # "Bu Menteri Ida Fauziyah": a public figure by office
    if kind == "role" and cue.group().split()[0].lower() in PEOPLE_WORDS:
        return None  # "wong Semende", "orang Jawa": a people; "orang bernama X" is 'called'
    title = cue.group().split()[0].lower() if kind == "title" else ""
    if (
        title
        and cue.group().rstrip().endswith(".")
        and title.rstrip(".") not in _ABBREVIATED_TITLES
        and _WORD_BEFORE.search(text_before(text, cue.start(), 20))
        and next_word not in given_names()
        and next_word not in names_that_are_words()
        and (next_word in chat_words() or is_indonesian_word(next_word))
    ):
        return None  # "Iya bu. Kapan bisa daftar?": the title closed a sentence ("Bpk. Sutrisno")
    if (
        len(title) == 2
        and title.endswith(".")
        and _a_lettered_item(text, cue.start())
        # (a list of people: "g. bu siti\nh. rosmah" names Rosmah; "h. Bunga Bank" is a thing)
        and _a_things_item(
            words[first].group().rstrip("."),
            words[first + 1].group().rstrip(".")
            if first + 1 < len(words)
            and text[words[first].end() : words[first + 1].start()].strip(" ") == ""
            else None,
        )
    ):
        return None  # "g. Perjanjian Penempatan\nh. Perjanjian Kerja": a list's letter, no Haji
    if (
        title
        and words[first].group().islower()
        and _a_word_with_its_suffix(next_word)
        # (not "pak bagusnya", "bu cahayanya": a name that is a word too, with its -nya; but
        # "pak bagusnya gimana?", "bu enaknya apa ya": the word, a question after it)
        and not (_a_names_stem(next_word) and not _asked_about(text, words[first], next_word))
    ):
        if not (first + 1 < len(words) and _a_name_after_its_role(text, words, first)):
            return None  # "ada gelar haji soalnya": a word with its -nya after the title
        first += 1  # "pak haji calonnya dirja", "bu kadernya nining": whose role, then the name
        next_word = words[first].group().rstrip(".").lower()
    if title == "cek" and next_word in _THINGS_CHECKED:
        return None  # "Cek Fakta", "cek status": to check, not Palembang's elder sister
    if title == "si":
        strength = "named"  # "si bayu", "si kecil": after 'si' a word no one chats with is a name
    if title.rstrip(".") in TITLES_ABROAD:
        strength = "title abroad"  # "agen nya miss wong": a surname, even one that is a word
    elif title.rstrip(".") in _ABBREVIATED_TITLES and cue.group().rstrip().endswith("."):
        strength = "formal title"  # "sdr. ARIFIN SYAH": as a report writes a name
    elif title in _WRITTEN_ONLY_TITLES:
        strength = "formal title"  # "pelaku sdr AMAN SUDRAJAT": nobody says "sdr" aloud
    span = _name_from(text, words, first, strength, all_lower)
    if (
        span is None
        and kind == "self"
        and cue_words not in {"kami", "kmi"}  # "kami bertigo dari lahat": we
        and (last := _introduced(text, words, first)) is not None
    ):
        strength = "named"  # "saya mukhlis dari lahat", "aku rani, umur 20": who is writing
        span = _name_from(text, words, first, strength, all_lower)
        if span:  # the name ends where the introduction goes on
            span = (span[0], min(span[1], words[last].end()))
    if span is None and kind == "family" and _two_unchatted_words(text, words, first):
        strength = "named"  # "anak saya andika pratama"
        span = _name_from(text, words, first, strength, all_lower)
    if (
        span is None
        and cue.group().strip().lower() in _KIN_ONE_CALLS
        and not between.strip()
        and words[first].group().islower()
        and _a_name_with_its_nya(next_word)
        and _WHERE_ONE_GOES_AFTER.match(text, words[first].end())
        and not _asked_about(text, words[first], next_word)
    ):
        # "om bayunya udah di malaysia": a kin word one calls someone by, then a name that is a
        # word too with its -nya, as one points to the person, then where the person went or is
        # (not "om bunganya masih 6 persen?", "om, rezekinya lancar", "tante putrinya udah
        # nikah?", nor one's own or a neighbour's: "suami aku rezekinya", "tetangga putrinya")
        span = (words[first].start(), words[first].start() + len(next_word))
    whose = kind in {"family", "role", "resident", "called"} or (
        kind == "named" and cue_words not in _BARE_NAMING_CUES  # not "dengar nama Siti Zaenab"
    )
    return (*span, strength, whose) if span else None


# "atas nama lembaga", "atas nama sebagaimana": on behalf of a body or as said, no one named.
_ON_BEHALF_OF = frozenset(
    {"lembaga", "perusahaan", "pemerintah", "negara", "instansi", "kantor", "dinas", "organisasi"}
    | {"yayasan", "kelompok", "keluarga", "pribadi", "sendiri", "diri", "bersama", "agensi"}
    | {"sebagaimana", "tersebut", "tsb", "pt", "cv", "koperasi", "bank", "saya", "kami", "desa"}
)


# "Cek Fakta", "cek status": what one checks (and not Palembang's elder sister, "Cek Tika").
_THINGS_CHECKED = frozenset(
    {"fakta", "status", "resi", "saldo", "data", "dokumen", "ulang", "lagi", "dulu", "link"}
    | {"nomor", "rekening", "website", "situs", "berita", "info", "informasi", "keaslian"}
    | {"legalitas", "izin", "visa", "paspor", "lowongan", "kontrak", "email", "akun", "hoaks"}
)


# What ends a site's address ("facebook.com", "likee.video").
_SITE_ENDINGS = {"com", "co", "id", "net", "org", "me", "io", "my", "sg", "tw", "hk", "video"}


# "itu namanya ...", "ini namanya ...": what something is called, when a word follows.
_IT_IS_CALLED = {"namanya", "namonyo", "namanyo"}
_WHAT_IT_IS_CALLED = re.compile(r"(?i)\b(?:itu|ini|tu|ni|gitu|begitu)\s+$")


def _a_word_not_a_name(lowered: str) -> bool:
    return (
        is_indonesian_word(lowered)
        and lowered not in given_names()
        and lowered not in names_that_are_words()
    )


# After a name that is a word too, "dan"/"sama" join words as often as people: "sabar dan ikhlas".
_JOINS_ONLY = {"dan", "sama", "sm", "samo"}


# What someone has done or is doing, after their name: "sudah", "baru", "belum", "masih".
_ASPECT_AFTER = re.compile(r"(?i)\s(?:sudah|udah|udh|sdh|baru|belum|blm|masih|pernah)\b")


# What things do too ("hilang", "dibawa"), or joins words ("sama"): after a time word, no sign
# of a person.
_THINGS_DO_TOO = {"hilang", "dibawa", "sama", "sm", "pulang"}


# "Fajar kemaren nelpon": when, between a name and what the person did.
_WHEN_AFTER = re.compile(r"(?i)\s(?:kemaren|kemarin|kmrn|tadi|td|barusan|semalam)(?=\s)")


def _did_something(text: str, end: int, lowered: str) -> bool:
    """ "yanti nelpon", "rudi sama sari", "Fajar kemaren nelpon": what follows a lower-case
    given name says it is one."""
    when = _WHEN_AFTER.match(text, end)
    did = DID_AFTER.match(text, when.end() if when else end)
    if did is None:
        return False
    if when and did.group().strip().lower() in _THINGS_DO_TOO:
        return False  # "Rezeki kemarin hilang semua"
    return not (did.group().strip().lower() in _JOINS_ONLY and is_indonesian_word(lowered))


def _names_a_thing(text: str, cue: re.Match[str]) -> bool:
    """'app namanya X': a thing's name follows, unless a person of it is named ('kapten kapal
    namanya X', 'ketua yayasan bernama X')."""
    before = WORD.findall(text_before(text, cue.start(), 24).lower())
    if cue.group().lower().startswith("dipanggil") and before[-2:-1] == ["di"]:
        following = WORD.search(text, cue.end())
        called = following.group().rstrip(".").lower() if following else ""
        if called in given_names() or called in names_that_are_words():
            return False  # "di kampung dipanggil Adi Gondrong": where people call someone so
    return (
        bool(before)
        and before[-1].rstrip(".") in THINGS_NAMED
        and not (len(before) > 1 and before[-2].rstrip(".") in PEOPLE_OF_A_THING)
    )


# "nenek yang aku jaga", "anak yg saya titipkan": a relative clause, not a name, follows.
_RELATIVE_CLAUSE = re.compile(r"(?i)\b(?:yang|yg)\s+(?:saya|sy|aku|ku|sayo|kami|gue|gw|kito|dio)$")


# An employer's title abroad, or a word for a boss that is one too ("tauke ling").
_TITLES_OF_EMPLOYERS = EMPLOYERS_TITLES | {"tauke", "toke"}


def _a_passive_verb(written: str, *, chat_form_only: bool = False) -> bool:
    """ "diketahui", "ditahan": di- before a word of five letters or more, in lower case, and
    no given name ("Dimas", "Diana"); `chat_form_only`: only the -in that chat writes for -kan
    ("dijanjiin", "ditawarin"; "dilestari" may be a name)."""
    lowered = written.lower()
    rest = lowered[2:]
    chat_form = rest.endswith("in") and is_indonesian_word(rest[:-2])
    return (
        written.islower()
        and lowered.startswith("di")
        and len(lowered) >= 7
        and lowered not in given_names()
        and (chat_form or (not chat_form_only and is_indonesian_word(rest)))
    )


def _a_name_among(words: list[re.Match[str]]) -> bool:
    """Is one of these words, capitalised, a given name (or a name that is a word too)?"""
    return any(
        word.group()[:1].isupper()
        and (
            word.group().lower() in given_names() or word.group().lower() in names_that_are_words()
        )
        for word in words
    )


# A group or a page on Facebook: "grup fb ...", "halaman facebook ...".
_A_GROUP_BEFORE = re.compile(r"(?i)\b(?:grup|group|grub|halaman|page|fanpage|komunitas)\s+$")


# "orang tua yang ...": a clause about the relative follows.
_THAT = re.compile(r"(?i)\b(?:yang|yg)$")


# "sepupu dari ...": the relative's place (or parent) follows.
_FROM = re.compile(r"(?i)\b(?:dari|dr)$")


# The writer's own relative: "kakak aku", "ponakanku", "anak saya" (not "Wak," calling someone).
_OWN = re.compile(r"(?i)(?:saya|sy|sya|aku|ku|sayo|kami|q|gue|gw|ane)$")


# What goes on after one's name where one introduces oneself: where one is from, one's age, the
# question one has ("saya mukhlis dari lahat", "aku rani, umur 20", "sy tono, mau tanya").
_INTRODUCTION_GOES_ON = re.compile(
    r"\s*,?\s*(?:(?:dari|dr|dri|asal|saking|warga|penduduk|domisili|asli|orang|wong)\s"
    r"|tinggal\s+di\s|(?:umur|usia|umurnya|umr)\b|\(?\d{1,2}\s*(?:th|thn|tahun|taun)\b"
    r"|(?:kelahiran|lahir)\s+(?:(?:tahun|thn|th)\s+)?\d"
    r"|\(\d{1,2}\)|(?:mau|mo|mw|nak|ingin|pengen|pengin|izin|ijin|numpang)\s+"
    r"(?:tanya|tny|tanyak|nanya|nanyak|tanyo|nanyo|bertanya|konsultasi|curhat)\b)"
)


# ... and what one is, said where one's name could stand ("saya santri dari pondok ...").
_WHAT_ONE_DOES = frozenset(
    {"siswa", "siswi", "santri", "santriwati", "alumni", "alumnus", "kader", "relawan", "murid"}
    | {"karyawan", "karyawati", "pegawai", "pensiunan", "wakil", "utusan", "perwakilan", "guru"}
    | {"dosen", "pendamping", "penyuluh", "fasilitator", "wiraswasta", "pedagang", "sopir"}
    | {"pemuda", "pemudi", "lulusan", "tamatan", "peserta", "pengajar", "ustadz", "ustadzah"}
)


def _introduced(text: str, words: list[re.Match[str]], first: int) -> int | None:
    """ "saya mukhlis dari lahat", "sy nanang, umur 30": a word in lower case after "saya" that
    people seldom write (no chat word, no word with its affixes, no place), of one or two such
    words, then what an introduction goes on with."""
    for last in range(first, min(first + 2, len(words))):
        lowered = words[last].group().lower()
        if (
            len(lowered) < 3
            or lowered in chat_words()
            or lowered in place_words()
            # a common word or an English one is what one is, does or feels
            # ("saya kurir dari shopee", "aku pusing dari semalam", "ini bukti dari bank")
            or (
                any(
                    form in common_words() or form in english_words()
                    for form in (lowered, lowered[:-1] + "a" if lowered.endswith("o") else lowered)
                )
                and lowered not in given_names()
            )
            or lowered in _WHAT_ONE_IS
            or lowered in _WHAT_ONE_DOES
            or lowered in _WHAT_ONE_IS_TOO
            or (lowered.endswith(("kan", "ke")) and is_indonesian_word(lowered))  # "doakan"
            or (len(lowered) > 5 and lowered.endswith("an") and is_indonesian_word(lowered[:-2]))
            or _a_derived_word(lowered)
            or _an_affixed_word(lowered)
        ):
            return None
        goes_on = _INTRODUCTION_GOES_ON.match(text, words[last].end())
        if goes_on:
            # "dari" then a place: not "dari semalam", "dari bank", "dari fb"
            place = _FROM_WHERE.match(text, words[last].end())
            if place is None or _a_place_named(place.group(1), place.group(2)):
                return last
            return None
    return None


# Where one is from, after one's name ("saya mukhlis dari lahat", "... tinggal di tanjung raja").
_FROM_WHERE = re.compile(
    r"\s*,?\s*(?:dari|dr|dri|asal|saking|warga|penduduk|domisili|asli|orang|wong|tinggal\s+di)"
    r"\s+(?:dari\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)


def _a_place_named(first: str, second: str | None) -> bool:
    """'lahat', 'tanjung raja', 'desa sukamaju', 'kec. gelumbang': a place one is from."""
    first = first.lower()
    return (
        first in town_names()
        or (second is not None and f"{first} {second.lower()}" in town_names())
        or district_named(first) is not None
        or (first in _PLACE_KINDS and second is not None)
        or (first in place_words() and first not in _PLACE_KINDS)
    )


_PLACE_KINDS = frozenset(
    {"desa", "dusun", "kampung", "kabupaten", "kab", "kota", "kecamatan", "kec"}
)
# what one is, beside _WHAT_ONE_IS and _WHAT_ONE_DOES, that no list holds
_WHAT_ONE_IS_TOO = frozenset(
    {"difabel", "disabilitas", "cewe", "cewek", "cowo", "cowok", "arek", "transmigran", "ojol"}
    | {"irt", "capeng", "marbot", "kernet", "perjaka", "mualaf", "muallaf", "ngeri"}
)


def _two_unchatted_words(text: str, words: list[re.Match[str]], first: int) -> bool:
    """Two words side by side that no one chats with: after a relative, a first and a last name
    even when both are also old dictionary words ("anak saya naek sitompul.")."""
    pair = words[first : first + 2]
    return (
        len(pair) == 2
        and text[pair[0].end() : pair[1].start()] == " "
        and all(_unchatted(word.group().lower().rstrip(".")) for word in pair)
        # ("anak aku Dedi pegi ke malaysia": the second is the verb)
        and not read_as_the_verb(text, pair[1].start(), pair[1].end())
    )


def _unchatted(word: str) -> bool:
    return (
        len(word) > 2
        and word.isalpha()
        and word not in chat_words()
        and word not in common_words()
        and word not in NEVER_NAMES
        and not RELATIVE_WORD.fullmatch(word)
    )


# How sure a word after a name found must be to run the name on: after an unsure cue, no word of
# Indonesian in lower case; after a verb of dealing with someone, no such word but a name that is
# a word too ("ditelpon sinta mulia katanya", not "ditelpon farah majikannya marah").
_RUN_ON = {**dict.fromkeys(UNSURE, "next"), "dealt": "next-dealt"}


def _name_from(text, words, first, strength, all_lower) -> tuple[int, int] | None:
    """The span of the name that starts at words[first], or None if that word is no name."""
    if not _is_name_word(words[first], strength, all_lower):
        return None
    last = first
    while last + 1 < len(words) and last - first + 1 < LONGEST_NAME:
        if text[words[last].end() : words[last + 1].start()] not in {" ", ""}:
            break
        if _ends_a_sentence(words[last].group()):
            break  # "... korban TPPO. Inspiratif. Kito harus ...": no name runs on over a full stop
        following = words[last + 1].group().rstrip(".").lower()
        if read_as_the_verb(text, words[last + 1].start(), words[last + 1].end()):
            break  # "anak aku Dedi Kurniawan pegi ke malaysia": the verb ends the name
        if _a_chinese_given_name_after(words, first, last):
            last += 1
        elif following in NAME_JOINERS and last + 2 < len(words):
            if not _is_name_word(words[last + 2], "named", all_lower):
                break
            last += 2
        elif _is_name_word(words[last + 1], _RUN_ON.get(strength, "next-sure"), all_lower):
            last += 1
        else:
            break
    while (
        first > 0
        and last - first + 1 < LONGEST_NAME
        and text[words[first - 1].end() : words[first].start()] == " "
    ):
        if _ends_a_sentence(words[first - 1].group()) or not _is_name_word(
            words[first - 1], "before", all_lower
        ):
            break
        first -= 1
    end = words[last].end()
    if text[end - 1] == "." and len(words[last].group()) > 3:
        end -= 1  # the full stop of the sentence, not of an initial ("M.")
    return words[first].start(), end


# Chinese surnames as Malaysians, Singaporeans and Indonesians write them in Latin letters.
_CHINESE_SURNAMES_IN_LATIN = frozenset(
    {
        *("tan", "lim", "liem", "lee", "ng", "wong", "chan", "ong", "goh", "teo", "yap", "chong"),
        *("chua", "koh", "lau", "leong", "liew", "loh", "chin", "foo", "khoo", "wee", "yeo"),
        *("toh", "cheah", "tay", "lai", "ho", "chew", "chia", "kwan", "lok"),
    }
)


# ... and as Taiwan and Hong Kong write them (employers' names: "bos aku LIN", "majikan aku WANG")
_SURNAMES_IN_TAIWAN_AND_HONG_KONG = frozenset(
    # (not "chow": "CHOW KIT" is Kuala Lumpur's market)
    {"lin", "wang", "chang", "tsai", "hsu", "cheung", "leung", "chen", "huang", "liu"}
    | {"zhang", "chou", "kuo", "hsieh", "tseng", "cheng", "chiu", "yeh", "wu", "li"}
)
# Every Chinese, Korean and Japanese surname the rules know in Latin letters.
_SURNAMES_FROM_EAST_ASIA = (
    _CHINESE_SURNAMES_IN_LATIN | _SURNAMES_ROMANISED | _SURNAMES_IN_TAIWAN_AND_HONG_KONG
)


def _a_chinese_given_name_after(words, first, last) -> bool:
    """ "Mr. Tan Kok Wai", "Madam Lim Ah Moi", "Lee Min Ho": after an East Asian surname,
    its one or two short capitalised syllables are the given name, though "Kok", "Ah" and
    "Min" are chat words too."""
    following = words[last + 1].group()
    surname = words[first].group()
    if not (last - first < 2 and following.isalpha() and len(following) <= 5):
        return False
    if surname.lower() in _CHINESE_SURNAMES_IN_LATIN and following.istitle():
        return True
    # "majikan saya LEE MIN HO", "Kim Ji Soo": a Korean or Taiwanese surname too, or capitals
    # after capitals, but only with a syllable that is no word of Indonesian ("KIM TIDAK SAMA",
    # "Kim Belum Pulang", "LIM SUDAH pulang" name one syllable)
    return (
        surname.lower() in _SURNAMES_FROM_EAST_ASIA
        and (following.istitle() or (following.isupper() and surname.isupper()))
        and (
            following.lower() in _GIVEN_NAME_SYLLABLES
            or not (is_indonesian_word(following.lower()) or following.lower() in english_words())
        )
    )


# Surnames that are English words too: in capitals after "majikan saya" no name is sure.
_SURNAMES_THAT_ARE_ENGLISH_WORDS = frozenset({"son", "song", "moon", "woo", "wee", "jin", "chin"})


# Syllables of Chinese and Korean given names that are Indonesian chat words too.
_GIVEN_NAME_SYLLABLES = frozenset(
    {"min", "ho", "ah", "kok", "ji", "su", "soo", "na", "hee", "ling"}
)


_MONTHS_THAT_ARE_NAMES = frozenset({"mei", "may", "april", "juni", "june", "juli", "julie"})


# Written short with a full stop inside a name: Palembang's titles ("Kgs.") and long first names
# ("Muhd. Yusuf").
_SHORT_WITHIN_A_NAME = NAME_PREFIXES | {"muhd", "mohd", "mochd", "moch", "achm", "ahmd"}


# Endings of the words Indonesian took from Dutch and English ("inspiratif", "ekspresif",
# "literasi", "remitansi", "kompetensi"), long enough to leave the names alone ("Latif", "Asif",
# "Yusif": three letters at least before them).
_LOANWORD = re.compile(r"^.{3,}(?:atif|ktif|itif|ntif|sif)$|^.{4,}(?:isme|itas|asi|ansi|ensi)$")


# The suffixes of Korean and Japanese cities, wards and counties ("Ansan-si", "Minato-ku");
# not "-gu" nor "-dong", which Korean given names end in too ("Jung-gu", "Jae-dong").
_PLACE_ABROAD = re.compile(r"^[a-z]{3,}-(?:si|gun|eup|myeon|shi|ku|ken|cho|machi|mura)$")


def _ends_a_sentence(written: str) -> bool:
    """A word with a full stop ends a sentence, unless it is an initial or a short form within a
    name ("M.", "Moh.", "Kgs.")."""
    token = written.rstrip(".")
    return written.endswith(".") and len(token) > 3 and token.lower() not in _SHORT_WITHIN_A_NAME


def _is_name_word(word: re.Match[str], strength: str, all_lower: bool) -> bool:
    """Is this word (part of) a name, given what stands before it (see the cues above)?

    'next' is a word after a name, 'before' a word before one, 'gazetteer' a given name
    without a cue. Letters glued to digits are part of a code ("KP2MI", "P4MI"), no name."""
    text, start, end = word.string, word.start(), word.end()
    glued_to_a_phone = _PHONE_AFTER.match(text, end) is not None  # "Sy Wahyu085269001234"
    if (end < len(text) and text[end].isdigit() and not glued_to_a_phone) or (
        start > 0 and text[start - 1].isdigit()
    ):
        return False
    return _is_name(word.group(), strength, all_lower)


# A mobile number right after a word, with no space: the word is no code ("KP2MI") but a name.
_PHONE_AFTER = re.compile(r"(?:08|\+?628)\d{8,11}(?!\d)")


# Banks and brands named like people, asked and called as often as people are ("ditelpon
# permata soal tagihan", "telpon mega finance", "hubungi tirta soal air mati").
_THINGS_DEALT_WITH = frozenset({"permata", "mega", "tirta", "nilam"})


# What follows a person named by a word that is a name too, where no thing's name would go on:
# the end of a clause, or a word of chat about what the person does or did ("yakinkan budi
# jangan berangkat", "ditelpon wulan, katanya ...", "tanya intan aja").
_A_PERSON_AFTER = re.compile(
    r"[^\S\n]*(?:$|[,.!?;:)\n]|(?i:aja|saja|dulu|jangan|jgn|udah|udh|sudah|sdh|lah|masih|msh|"
    r"belum|blm|katanya|katonyo|bilang|ngomong|tadi|td|kemarin|kemaren|kmrn|besok|nanti|skrg|"
    r"sekarang|gak|ga|gk|nggak|tidak|tdk|dak|idak|yg|yang|soal|tentang|biar|supaya|kalau|kalo|"
    r"klo|terus|trus|sama|samo|sm|dan|itu|tu|ini|mau|nak|pernah|juga|jg|lagi|lg|dong|sih|kok|bae|"
    r"nian|nelpon|minta|nyuruh|janji|waktu)\b)"
)


# (what one says of someone's character, name or wealth: "budinya baik", "rahmatnya banyak")
_A_QUALITY_AFTER = re.compile(
    r"[^\S\n]+(?:sangat\s+|sgt\s+|lebih\s+|kurang\s+|makin\s+|tambah\s+)?(?:baik|bagus|buruk|"
    r"jelek|rusak|banyak|sedikit|dikit|besar|gede|kecil|tinggi|rendah|luar\s+biasa|mulia|hilang|"
    r"hancur|naik|turun|cantik|indah|terang|murah|mahal)\b"
)
_A_QUESTION_AFTER = re.compile(
    r"[^\S\n]*(?:\?|(?i:gimana|bagaimana|gmn|gmana|apa|apo|kapan|dimana|di\s+mana|berapa|brp|"
    r"gimna|cakmano|cak\s+mano|mana|ya|yo|kah|sih|dong|aja|bae|saja|menurut)\b|$)"
)


def _asked_about(text: str, word: re.Match[str], lowered: str) -> bool:
    """Is the word with its -nya asked about: a question right after it ("pak bagusnya
    gimana?"), or, for a word people chat with, a question mark ending its line ("bu bagusnya
    daftar lewat mana?", "kak bagusnya ke korea atau jepang?")?"""
    if _A_QUESTION_AFTER.match(text, word.end()):
        return True
    line = text[word.end() :].partition("\n")[0]
    return lowered[:-3] in chat_words() and "?" in line


def _a_name_after_its_role(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Does a given name follow the word at `index` on the same line, only spaces between
    ("pak haji calonnya dirja", "bu kadernya Nining")? Not a word of the dictionary in lower case
    ("pak kades katanya sabar", "pak haji mobilnya bagus") nor a word typed short ("pak haji
    rumahnya dket masjid", "pak kades katanya brngkt besok")."""
    if text[words[index].end() : words[index + 1].start()].strip(" "):
        return False
    written = words[index + 1].group().rstrip(".")
    following = written.lower()
    return (
        following in given_names()
        and following not in chat_words()
        and (written[:1].isupper() or not is_indonesian_word(following))
    )


def _sumsel_town_words(text: str, words: list[re.Match[str]], first: int) -> int:
    """How many words from `first` on, one space apart, name a town of South Sumatra, whatever
    their case (sumsel_towns; the longest: "kikim barat", "Belitang Jaya"), or 0."""
    for count in (5, 4, 3, 2, 1):
        run = words[first : first + count]
        if len(run) == count and named_by(text, run) in sumsel_towns():
            return count
    return 0


def _a_town_one_is_from(text: str, words: list[re.Match[str]], last: int) -> bool:
    """Do the words up to `last`, one space apart, name a town of South Sumatra, right after
    "dari"/"dr"/"asal" ("salam dari Belitang Jaya", "asal Air Kumbang")?"""
    for count in range(1, min(5, last) + 1):
        first = last - count + 1
        named = named_by(text, words[first : last + 1])
        if named is None:
            break
        # (one word alone only where it is no name: "dari Kikim, Siti", but "dari jaya, siti
        # sama erik", "Kado dari Kemuning, Siti dan Erik" list Jaya and Kemuning)
        town = (count > 1 and named in whole_sumsel_towns()) or (
            named in sumsel_towns() and not a_name_too(named)
        )
        if town and words[first - 1].group().lower() in ONE_IS_FROM:
            return True
    return False


def _a_name_after_a_town(text: str, words: list[re.Match[str]], index: int) -> bool:
    """Does a given name, or a word that is no word at all, follow the word at `index` on the
    same line, only spaces between ("salam dari belitang erik", "calonnya dirja")? Or a given
    name no one chats with open the next line, as one signs ("salam dari kikim\nsiti"), or
    follow a comma ("salam dari baturaja timur, siti")? A name that is a word too ("mamat",
    "cahaya") only where it ends its line."""
    following = words[index + 1].group().rstrip(".").lower()
    gap = text[words[index].end() : words[index + 1].start()].strip(" ")
    alone = len(text[words[index + 1].start() :].partition("\n")[0].split()) == 1
    if gap in {"\n", ","}:  # (not "salam dari lahat\nlega rasanya": a word, and more after it)
        return (
            following in given_names()
            and following not in chat_words()
            and (not is_indonesian_word(following) or alone)
        ) or (following in names_that_are_words() and alone)
    if gap:
        return False
    return (
        following in given_names()
        or not (following in chat_words() or is_indonesian_word(following))
        or (following in names_that_are_words() and alone)
    )


def _a_lettered_item(text: str, start: int) -> bool:
    """Does the letter at `start` open a line of a list of things lettered a., b., c. (the line
    right before or after it opens with the letter before or after it, in the same case, and
    with a word that is no name)?"""
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    written = text[start]  # (the neighbours in the same case: "G." beside "H.", "g." beside "h.")
    neighbours = f"{chr(ord(written) - 1)}{chr(ord(written) + 1)}"
    lines, row = text.split("\n"), text.count("\n", 0, start)
    beside = [lines[other] for other in (row - 1, row + 1) if 0 <= other < len(lines)]
    items = [
        re.match(rf"[^\S\n]*[{neighbours}][.)][^\S\n]+([^\W\d_]*)(?:[^\S\n]+([^\W\d_]+))?", line)
        for line in beside
    ]
    # (a list of things, not of people: "g. Kariman\nh. Agung\ni. Vanya" names Agung)
    return any(items) and all(_a_things_item(*item.groups()) for item in items if item)


def _a_things_item(first: str, second: str | None) -> bool:
    """Does a lettered line that opens with `first` (then `second`) name a thing: a word that is
    no name ("Perjanjian Kerja"), or a word of the dictionary with a word after it that is no
    name ("g. Bunga bank", "g. Bunga Bank", "g. Mega proyek", "g. Mulia hati")?"""
    if _a_word_no_name(first.lower()):
        return True
    return (
        is_indonesian_word(first.lower()) and second is not None and _a_word_no_name(second.lower())
    )


# Titles written short, whose full stop is the abbreviation's ("Bpk. Sutrisno", "Hj. Romlah").
_ABBREVIATED_TITLES = frozenset(
    {"bpk", "bp", "hj", "h", "ust", "sdr", "sdri", "mr", "mrs", "ms", "dr", "drs", "ir", "kh"}
    | {"alm", "almh", "tgk"}
)
# (a title closes a sentence only after words of its own: "Terima kasih pak." not "Pak. Adi")
_WORD_BEFORE = re.compile(r"[^\W\d_]\W*$")


# "warga kami Eks PMI", "mantan TKI": what someone was.
_FORMER = frozenset({"eks", "ex", "mantan", "bekas"})


_SAID_TWICE = re.compile(r"([^\W\d_]+)-\1")


# "nama majikan saya LEE MIN HO", "nama agennya ...": the people whose names are asked for
# in a report, as a form's label.
_EMPLOYERS_AND_RECRUITERS = frozenset(
    {"majikan", "agen", "sponsor", "calo", "bos", "boss", "mandor", "tekong", "penyalur"}
)


# Whose a role's label is: "nama majikan saya", "nama agen aku".
_OWNERS = frozenset({"saya", "sy", "aku", "ku", "sayo", "kami", "kito", "gw", "gue", "kita"})


# Titles only a report writes, with or without their full stop ("saudara", "saudari").
_WRITTEN_ONLY_TITLES = frozenset({"sdr", "sdri", "sdra"})


# Abbreviations that follow a name in a form or a report ("BUDI NIK 1607...", "SITI TTL ...").
_DOCUMENTS_ABBREVIATED = frozenset(
    {"nik", "ktp", "kk", "ttl", "hp", "wa", "no", "npwp", "sim", "nisn", "kitas", "telp"}
)


def _a_letter_and_a_word(lowered: str) -> bool:
    """ "e-class", "e-paspor", "e-ktp": an electronic kind of thing ("A-Mei", "A-Seng" are
    names)."""
    letter, dash, rest = lowered.partition("-")
    return (
        letter == "e"
        and dash == "-"
        and (rest in english_words() or rest in chat_words() or is_indonesian_word(rest))
    )


# An Indonesian prefix joined by a hyphen to a foreign word or an acronym: "di-DM", "di-PHK".
_AFFIXED_WITH_A_HYPHEN = re.compile(r"(?:di|ke|ter|ber|nge)-[\w-]+")


@lru_cache(maxsize=50_000)
def _is_name(written: str, strength: str, all_lower: bool) -> bool:
    """_is_name_word of a word as it is written (a word reads the same wherever it stands)."""
    token = written.rstrip(".")
    lowered = token.lower()
    if (
        lowered in NEVER_NAMES
        or lowered in TITLE_WORDS
        or lowered in PUBLIC_OFFICES
        or lowered.startswith("kadis")  # "Indra Bangsawan Kadisnakertrans Sumsel": an office
        or _PLACE_ABROAD.search(lowered)  # "Ansan-si", "Kawaguchi-shi": a Korean or Japanese place
        or _AFFIXED_WITH_A_HYPHEN.fullmatch(lowered)  # "di-DM", "di-PHK", "ke-2": a verb, a rank
        or _a_letter_and_a_word(lowered)  # "E-class", "e-Visa", "E-Paspor": a kind of thing
        or (token.islower() and _SAID_TWICE.fullmatch(token))  # "gara-gara" (not "Ling-Ling")
        or (len(token) < 2 and not written.endswith("."))
        or set(lowered) == {"x"}  # "0812-Xxxx-Xxxx": digits hidden, no name
    ):
        return False
    capitalised = token[:1].isupper()
    if not capitalised and RELATIVE_WORD.fullmatch(lowered):
        return False  # "fb adekku ...": the relative, not their name
    given = lowered in given_names()
    chat = lowered in chat_words()
    if lowered in NAME_PREFIXES and capitalised:
        return True
    vowels = sum(map(lowered.count, "aeiou"))  # none in "BLKLN"; "MEI" has two
    shouted_name = (
        (strength == "next" and len(token) > 4 and not chat)
        or (  # "AGUS TRI SUSANTO"
            # "adek aku RIFKANA di Kamboja": after one's relative, capitals that are no word, no
            # place and no acronym
            strength == "family"
            and len(token) > 3
            and not chat
            and not is_indonesian_word(lowered)
            and lowered not in place_words()
            and vowels > 1  # not "BLKLN", "LPKS"
        )
        or (
            # "melaporkan sdr. ARIFIN SYAH", "pelaku sdr AMAN SUDRAJAT": after a title only a
            # report writes, capitals of more than three letters with two vowels, even a word
            # people chat with or a place's name (not after a spoken title: "pak KAPOLSEK",
            # "bu KEPSEK" are offices)
            strength == "formal title" and len(token) > 3 and vowels > 1
        )
        # "majikan saya LEE MIN HO", "bos aku KIM", "bos aku LIN": an East Asian surname in
        # capitals after one's relative or the recruiter's side, of three letters or more, not one
        # people chat with ("WONG", "YANG") nor an English word ("majikan saya HA HA HA")
        or (
            strength in {"family", "role"}
            and lowered in _SURNAMES_FROM_EAST_ASIA
            and len(token) > 2
            and not chat
            and lowered not in _SURNAMES_THAT_ARE_ENGLISH_WORDS
        )
    )
    if (
        token.isupper()
        and len(token) > 1
        and not given
        and strength not in {"named", "next-sure"}
        and not shouted_name
    ):
        return False  # PMI, TKI, KTP, EPS-TOPIK (a SHOUTED message is read in lower case)
    if strength == "formal title":
        strength = "title"
    if strength == "named":
        # "namanya PL ya?": a short word in capitals that people chat with is an abbreviation;
        # "dulu namanya KTKLN": capitals without a vowel are an acronym, no one's name
        # ("nama saya MEI LING": three capitals with two vowels are a syllable of a name)
        abbreviation = token.isupper() and (
            (len(token) <= 3 and chat and not given and vowels < 2) or vowels == 0
        )
        return (
            (capitalised and not abbreviation)
            or given
            or not chat
            or lowered in names_that_are_words()  # "namonyo fajar"
        )
    if strength in {"next", "next-dealt"}:
        # "mrs ng galak": a given name that is an everyday word too ("galak", "hari", "bagus")
        # goes on with an unsure name only where it is capitalised
        return (
            capitalised
            or (given and not chat)
            or (all_lower and not is_indonesian_word(lowered))
            or (strength == "next-dealt" and lowered in names_that_are_words())
        )
    if strength == "next-sure":  # after "nama saya budi", "sepupu aku agus": "santoso", "salim"
        if token.isupper() and lowered in _DOCUMENTS_ABBREVIATED:
            return False  # "nama saya BUDI NIK 1607...": a document's abbreviation ends the name
        return capitalised or given or (not chat and (all_lower or not is_indonesian_word(lowered)))
    if strength == "before":  # (a name that is a word too: "Cahaya Ramadhani", "Intan Permatasari")
        return (
            capitalised
            and (not chat or lowered in names_that_are_words())
            and lowered not in CUE_WORDS
        )
    if strength in {"title", "title abroad"} and token.islower() and lowered in COLLOQUIAL_VERBS:
        return False  # "kalo madam nyuruh kerja ...": what the employer does, no name
    if strength == "title":  # after "Pak", "Madam", "Pak Kades": a capitalised word is a name
        return (
            capitalised
            or given
            or not is_indonesian_word(lowered)
            or (all_lower and not chat)  # "namanya bu endang": typed by voice, all lower case
            or lowered in names_that_are_words()  # "mbak cahaya di kantor disnaker"
        )
    if strength == "title abroad":  # "miss wong", "laoban chen" (not "ada miss call", "mr bilang")
        # "Captain Park": capitalised where the message is not all lower case, an English word too
        # "Mrs Mei", "Madam May": a month is a Chinese or an English given name too
        return (
            (capitalised and not all_lower and lowered not in chat_words())
            or lowered in _MONTHS_THAT_ARE_NAMES
            or (lowered not in english_words() and lowered not in common_words())
        )
    if strength == "family":  # "kakak aku ujang": a word no one chats with is a name
        # (An old-dictionary word after one's own relative was tried as a name too: it took
        # "istri saya hamil", "anak saya demam", "anak saya kelas 3" for names.)
        return (
            (capitalised and not chat)
            or (given and (capitalised or not chat))
            or lowered in names_that_are_words()  # "adik ipar saya mutiara"
            # "om budinya di johor", "paman yantinyo": a given name with its -nya, as said
            # (not "suami aku sabarnya luar biasa", "anak saya putrinya dua": a word of the
            # dictionary that names_that_are_words does not list as a name too)
            or any(
                lowered.endswith(suffix)
                and (stem := lowered[: -len(suffix)]) in given_names()
                and stem not in chat_words()
                and (stem in names_that_are_words() or not is_indonesian_word(stem))
                for suffix in ("nya", "nyo")
            )
            # (not a word said long: "teman kerja sy kaburr", "anak baru lahirr kemarin")
            or not (is_indonesian_word(lowered) or is_indonesian_word(_said_short(lowered)))
        )
    if strength == "role":
        return (capitalised and not chat) or (given and not chat)
    if strength == "resident":
        # "warga saya Adi", "warga kami Ali", "wargaku rini" (not "warga kami Sukarami", "warga
        # kami byk", "warga kami Eks PMI", "warga kami Muslim semua")
        if (
            lowered in town_names()
            or lowered in _WHAT_ONE_IS
            or lowered in _FORMER
            or len(token) < 3
        ):
            return False
        if capitalised:
            return given or not chat or lowered in names_that_are_words()
        return lowered in names_that_are_words() or (given and not chat)
    if strength == "gazetteer":
        return capitalised and given
    if strength in {"amid", "proper"} and not token[1:].islower():
        return False  # ValueError, WhatsApp, KemnakerRI: words run together, not a name
    if strength in {"amid", "proper"} and (
        lowered in english_words()
        or (
            lowered.endswith(("'s", "s"))
            and lowered.removesuffix("'s").rstrip("s") in english_words()
        )
    ):
        # "Safe Travel", "Western Union": an English word, in a name of something; "Worker's",
        # "Seafarers": one with its possessive or its plural
        return False
    if strength in {"amid", "proper"} and lowered in common_words():
        return False  # "Pertamina", "Jokowi": among the commonest words, and no given name
    if strength in {"amid", "proper"} and _LOANWORD.search(lowered):
        return False  # "Inspiratif.", "Kompetitif": a word Indonesian took in, not a name
    if strength == "amid":
        return capitalised and len(token) > 2 and not chat and lowered not in place_words()
    if strength == "proper":
        return (
            capitalised
            and len(token) > 2
            and not chat
            and lowered not in place_words()
            and not is_indonesian_word(lowered)
        )
    if strength == "dealt":  # a given name no one chats with, no word: "tanya farah aja"
        # (not "tanya lamar kerja", "dipegang teguh", "Tanya Kanada", "Hubungi Sukarelawan"),
        # or a given name that is a word too, where a person's clause follows (_name_after_cue:
        # "yakinkan budi jangan ...", "ditelpon wulan, katanya")
        return (given and not chat) and (
            not is_indonesian_word(lowered) or lowered in names_that_are_words()
        )
    if strength == "greeted":  # "salam buat ucup" (not "Salam Untuk Kalian Semua", "para PMI")
        return (given and not chat) or (
            capitalised
            and not chat
            and lowered not in TITLE_WORDS  # "salam buat Wak di dusun"
            and not is_indonesian_word(lowered)
            and lowered not in english_words()
            and lowered not in place_words()
        )
    if strength == "to":  # "dikasih ke darmawan", "bilang ke Mega" (not "kirim ke indo")
        return (
            (given and not chat) or lowered in names_that_are_words() or (capitalised and not chat)
        ) and lowered not in place_words()
    # weak: "saya X" where a sentence starts, "sama X", a sign-off
    if capitalised:  # "sy Cahaya Purnama": a capitalised name that is a word too
        return not chat or lowered in names_that_are_words()
    return (
        (given and not chat)
        or lowered in names_that_are_words()  # "aku fitri, yg tadi nanya"
        or (all_lower and len(token) > 3 and not is_indonesian_word(lowered))
    )
