"""Spans that must survive the scrubbing: money, dates that are not birth dates, year ranges, hours,
the bot's own numbers and sites, companies."""

from __future__ import annotations

import re

from bot.anonymise.dates import (
    BIRTH_CUE,
    BIRTH_CUE_REACH,
    CLOCK,
    DAY_MONTH,
    HIJRI_MONTHS,
    MONTH_AND_YEAR,
    DatesRead,
    why_a_month_and_year_of_birth,
)
from bot.anonymise.lexicon import (
    chat_words,
    national_form,
    official_numbers_and_sites,
    public_names,
)
from bot.anonymise.message import NOT_DIGIT, text_before
from bot.anonymise.name_cues import (
    COMPANY,
    COMPANY_AFTER,
    NAMED_PLACE,
    SHOP_OF_SOMEONE,
    TITLE_WORDS,
)
from bot.anonymise.numbers import ACCOUNT_CUE, DIGIT_GROUP, ROUND_AMOUNTS
from bot.anonymise.scanning import LowerCase, matches

# Money: a number after a currency ("Rp 3.500.000", "NT$ 27.470") or before a unit ("15 juta",
# "1.500 ringgit"). Found from the numbers, then the few characters around each are read.
_AMOUNT = re.compile(r"\d[\d.,]*\d|\d")


_CURRENCY_BEFORE = re.compile(
    r"(?i)(?:\b(?:rp|idr|rm|myr|nt|ntd|twd|sgd|hkd|sar|usd|us|s|hk|yen|won)\s?\$?\.?\s?|\$\s?)$"
)


_UNIT_AFTER = re.compile(
    r"(?i)\s?(?:juta|jt|ribu|rb|rebu|ringgit|rupiah|riyal|real|dolar|dollar|dollars|yen|won|"
    r"miliar|milyar|m|k)\b"
)


# A place's letters that are a currency's too, without "$", before eight digits, as Hong Kong and
# Singapore write a mobile number ("hk 91234567", "HK 5123-4567").
# (not an amount nor a range of round amounts: "gaji HK 5000-6000", numbers.ROUND_AMOUNTS)
_A_NUMBER_IN_A_PLACE = re.compile(r"(?i)(?:hk|s|sg)\s?[5689]\d{3}[\s.-]?\d{4}(?!\d)")


# "USD 1.000-1.500", "RM 1.500 s/d 2.000": the upper end of a range of money.
_RANGE_END = re.compile(r"(?i)\s?(?:-|s/d|sd|sampai|hingga|to)\s?(?:[1-9][\d.,]*\d|[1-9])(?![\d])")


def _money(text: str) -> list[tuple[int, int]]:
    spans = []
    for amount in _AMOUNT.finditer(text):
        start, end = amount.span()
        digits = NOT_DIGIT.sub("", amount.group())
        if len(digits) >= 12 or (digits[0] == "0" and len(digits) >= 9):
            continue  # a phone number or a NIK, whatever stands around it
        currency = _CURRENCY_BEFORE.search(text[max(0, start - 8) : start])
        following = amount.group() + text[end : end + 5]
        if (
            currency
            and _A_NUMBER_IN_A_PLACE.match(currency.group() + following)
            and not ROUND_AMOUNTS.fullmatch(NOT_DIGIT.sub("", following)[:8])
        ):
            currency = None  # "wa bos di hk 91234567": a Hong Kong number, no amount
        if currency and amount.group()[-1].isdigit():
            upper = _RANGE_END.match(text, end)
            if upper and len(NOT_DIGIT.sub("", upper.group())) < 12:
                end = upper.end()
            unit = _UNIT_AFTER.match(text, end)
            spans.append((start - len(currency.group()), unit.end() if unit else end))
            continue
        unit = _UNIT_AFTER.match(text, end)
        if unit and (start == 0 or not text[start - 1].isalnum()):
            spans.append((start, unit.end()))
    return spans


# "08.00-16.00", "8:00 - 17:00": opening hours.
_HOURS = re.compile(rf"(?<![\d.:]){CLOCK}\s?-\s?{CLOCK}(?![\d])")


# "[14/09 21:03]", "10/07/25 19.40", "21:03, 14/9/2025": when a message of a pasted chat was
# sent.
_TIMESTAMP = re.compile(rf"(?<![\d/])(?:{DAY_MONTH},?\s{CLOCK}|{CLOCK},?\s{DAY_MONTH})(?![\d/])")


# "Nomor: 474.2/23/DS-SKR/2026", "Nomor: 045/BP3MI-SS/VIII/2025", "Job Order: JO/MY/0917/2025":
# the numbers of letters and job orders after their label, their parts split by slashes.
_REFERENCE_NUMBER = re.compile(
    r"(?i:\b(?:nomor|nmr|no|ref|order)\b\.?\s?(?:surat\s)?:?\s?)"
    r"([A-Z0-9][A-Za-z0-9.-]*(?:\s?/\s?[A-Z0-9][A-Za-z0-9.-]*){1,8})(?![\w/])"
)
_MONTH_PART = re.compile(
    r"(?i)(?:^|/)\s?(?:jan\w*|feb\w*|mar\w*|apr\w*|mei|may|jun\w*|jul\w*|agu\w*|aug\w*|"
    r"sep\w*|okt\w*|oct\w*|nov\w*|des\w*|dec\w*)\s?(?:/|$)"
)


_SIX_DIGITS = re.compile(r"\d{6}")
_A_MOBILE = re.compile(r"(?:62|0)8\d{7}")
_A_DAY = re.compile(r"(?<!\d)[0-3]?\d\s?/\s?[01]?\d\s?/\s?(?:19|20)?\d\d(?!\d)")


# "1500-630", "0800-1-500-123": call centres and free lines (no person has such a number).
# A number to call: "atm bri, telpon 1500-017" (a bank's, no account).
_CALLED = re.compile(
    r"(?i)\b(?:telp|tlp|telpon|telepon|call|hubungi|cs|contact|kontak)\b[^\n\d]{0,20}$"
)
_SERVICE_NUMBER = re.compile(r"(?<![\d+])(?:1500|0800|0804|0807)(?:[\s.-]?\d){3,8}(?!\d)")


# Days with a name ("pas Hari Buruh", "Hari Raya", "Hari Migran Internasional"): "Hari" is also a
# given name, but not before one of these.
_NAMED_DAY = re.compile(
    r"\b(?i:hari)\s+(?i:raya|buruh|kartini|ibu|ayah|guru|pahlawan|kemerdekaan|santri|natal|"
    r"lebaran|pekerja|migran|anak|pendidikan|kesehatan|libur|besar|kerja|minggu|senin|selasa|"
    r"rabu|kamis|jumat|jum'at|sabtu|ahad|pertama|terakhir)\b"
    # "Hari Pekerja Migran Internasional", "Hari Anak Nasional": the rest of the day's name
    r"(?:\s+(?i:migran|internasional|nasional|sedunia|dunia|indonesia))*"
    # "Hari/Tgl: Sabtu, 14 Maret": the label of an event's day
    r"|\b(?i:hari)\s?/\s?(?i:tgl|tanggal)\b"
)


# Feasts that bear a name: "pas Cap Go Meh", "Idul Fitri".
_FEAST = re.compile(
    r"\b(?i:cap\s+go\s+meh|idul\s+fitri|idul\s+adha|isra\s+mi'?raj|maulid\s+nabi|"
    r"hari\s+raya(?:\s+(?:aidil\s*fitri|aidil\s*adha|idul\s*fitri|idul\s*adha|haji|puasa|"
    r"qurban|korban|nyepi|galungan|natal))?)\b"
)


# The titles of films, songs and novels, capitalised but not quoted: "novel Siti Nurbaya",
# "lagu Kebile-bile", "film Laskar Pelangi" ("lagu Pak Dedi" is a person's song: a title before
# the name keeps it a name).
_TITLE_AFTER_ITS_KIND = re.compile(
    r"\b(?i:film|lagu|sinetron|novel|drama|lirik|dongeng)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,5}"
)


# "OPP bulan Juli", "tgl 5 Juli", "sejak April ini": a month that is a given name too, after
# "bulan" or a day's number, or after another word of time where the sentence or a word of time
# follows it (not "sejak Juli pergi", "awal Juli nipu warga": someone who did something), is the
# month (matched on the lower-cased text).
_MONTH_A_NAME_TOO = re.compile(r"\b(?:april|mei|juni|juli)\b")
_A_MONTHS_TIME = re.compile(
    r"(?:\b(?:bulan|bln)|(?<![\d.,/:-])\d{1,2})[^\S\n]+(april|mei|juni|juli)\b|"
    r"\b(?:awal|akhir|pertengahan|sejak|mulai|tiap|setiap)[^\S\n]+(april|mei|juni|juli)\b"
    r"(?=[^\S\n]*(?:$|[,.?!;:)\n]|\d|(?:ini|lalu|kemarin|kemaren|kmrn|nanti|depan|besok|tahun|"
    r"thn|th|sampai|sampe|hingga|s/d|gaji|jadwal)\b|"
    r"(?:dan|atau)[^\S\n]+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|"
    r"oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|sept|okt|nov|des)\b))"
)
# ... where the number is a day's: after a word of dates or of what happens on one, or opening
# a line or a clause; a number that counts or tells the time is no day ("jam 10 Juli nelpon",
# "kmr 12 Juli", "umurnya 25 Juli", "shift 2 Juli yg jaga", "anak sy ada 2 Juli sama Mei").
_A_DAY_BEFORE = re.compile(
    r"(?:^|[\n,;(]|\b(?:tgl|tanggal|tangal|tg|tggl|hari|sejak|mulai|dari|dr|sampai|sampe|smp|"
    r"hingga|pada|pd|per|berangkat|brgkt|brangkat|pulang|tiba|datang|dtg|kemarin|kemaren|kmrn|"
    r"besok|nanti|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|tes|ujian|interview|"
    r"wawancara|opp|pelatihan|gajian|cair|bayar|transfer|tf|masuk|kontrak|jadwal|deadline|"
    r"batas|akhir|awal|terbang|on|since|until)\.?)[^\S\n]*$"
)


# A Hijri month said as a time, not as someone's name: "bulan Ramadhan", "Syawal 1447 H".
_HIJRI_MONTH = re.compile(
    rf"\b(?i:bulan|bln)\s+(?i:{HIJRI_MONTHS})\b|\b(?i:{HIJRI_MONTHS})\s+1[34]\d\d(?!\d)"
)


# The titles of films, songs and books, quoted: "nonton film 'Marlina si Pembunuh dalam Empat
# Babak'", "lagu \"Kulepas Dengan Ikhlas\" dan \"Lagi Syantik\"". A title names no one.
_QUOTED_TITLE = re.compile(
    r"\b(?i:film|lagu|sinetron|judul|buku|novel|acara|drama|lirik)\w*\s+"
    r"(?:[\"'“‘][^\"'”’\n]{1,80}[\"'”’](?:\s*(?:,|dan|&)\s*)?)+"
)


# Places abroad named first, then what they are: "Victoria Park", "Lucky Plaza", "Taipei Main
# Station", "KK Park". A person is never called so; an address on such a road is still read
# whole by the address rules, which a kept span does not undo.
_KINDS_OF_PLACE = (
    "Park|Plaza|Square|Gardens?|Mall|Tower|Station|Centre|Center|Market|Bay|Road|Street|Avenue|"
    "Building|Airport"
)
_PLACE_BY_KIND = re.compile(rf"\b(?:[A-Z][\w'.-]*\s+){{1,3}}(?:{_KINDS_OF_PLACE})\b")
# ... but "Ji-hoon Park", "Seo-yeon Park": a Korean given name, then the surname Park.
_A_KOREAN_NAMED_PARK = re.compile(r"[A-Z][a-z]{0,5}-[A-Za-z]{1,6}\s+Park")
# (the pattern is tried only where one of the words stands)
_PLACE_KINDS = tuple(kind.removesuffix("s?") for kind in _KINDS_OF_PLACE.split("|"))


# "2017-2018", "2019/2020": years, not an account.
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d(?!\d)")


# "UU No. 21 Tahun 2007 dan UU No. 18 Tahun 2017", "Permenaker No. 9 Tahun 2019", "PP 59/2021":
# laws and regulations by their numbers, one or a list of them.
_REGULATION = (
    r"(?:uu|undang-undang|pp|perpres|permen\w*|perda|kepmen\w*|keppres|inpres|pergub|perbup)"
)
_LAW_NUMBER = (
    r"(?:(?:no\.?|nomor)\s?\d{1,4}(?:/\d{1,4})?\s?(?:tahun|thn|th\.?)\s?(?:19|20)\d\d"
    rf"|{_REGULATION}\s?(?:ri\s?)?(?:no\.?\s?)?\d{{1,4}}\s?/\s?(?:19|20)\d\d)(?!\d)"
)
_TH = re.compile(r"\bth\b")
_LAWS = re.compile(
    rf"(?i:\b(?:{_REGULATION}\s?(?:ri\s?)?)?{_LAW_NUMBER}"
    rf"(?:\s?(?:,|dan|&|jo\.?|serta)\s?(?:{_REGULATION}\s?(?:ri\s?)?)?{_LAW_NUMBER})*)"
)


# "JHT (Jaminan Hari Tua)": the old-age benefit, not a man called Hari ("Pak Hari tua itu").
_OLD_AGE_BENEFIT = re.compile(r"(?i)\bjaminan\s+hari\s+tua\b")


# 1.500.000 or 27,470: groups of three after the first; an amount, not an account; and a range
# of them ("Gaji 4.500 - 5.500 PLN").
_THOUSANDS = re.compile(
    r"(?<![\d.,])[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)"
    r"(?:\s?-\s?[1-9]\d{0,2}(?:\1\d{3})+(?![\d]|[.,]\d))?"
)


# "@bp2mi_ri", "@kemnaker", "@humas.bp3mi.sumsel": an institution's own account, made of its
# name and the usual words around it, is nobody's personal data; "@samsul.bp3mi.official" names
# a person too, so it goes.
_HANDLE = re.compile(r"(?<![\w@])@[\w.]+")
_JOINED = re.compile(r"(?<![\w@.])[a-z0-9]+(?:[._][a-z0-9]+)+(?![\w@]|\.\w)")
# The page of an account on a social site, its name alone after the site (no query after it).
_SOCIAL_PAGE = re.compile(
    r"(?<![\w@./])(?:https?://)?(?:www\.|m\.)?"
    r"(?:facebook|fb|instagram|tiktok|twitter|x|youtube|threads)\.com/@?([a-z0-9._]+?)/?"
    r"(?![\w/?&#=%.-])"
)
_INSTITUTIONS = frozenset(
    {"kp2mi", "bp2mi", "bp3mi", "bnp2tki", "kemnaker", "disnaker", "lpsk", "kemlu", "imigrasi"}
    | {"dinasnaker"}
    | {"disnakertrans", "kemnakertrans", "p4mi", "uptp2mi"}
    | {"polri", "kbri", "kjri", "divhumaspolri"}
)
_AROUND_AN_INSTITUTION = frozenset(
    {"ri", "id", "go", "official", "resmi", "humas", "div", "pusat", "info", "indonesia"}
    | {"sumsel", "palembang", "pmi", "kuala", "lumpur", "hongkong", "taipei"}
)


# "kepala disnaker OKU pak Kadarisman", "kadisnakertrans Indra Bangsawan", "bupati OKI Bapak
# Muchendi": the holder of a public office named by the office is a public figure, whatever
# rule or the tagger reads in the name.
_OFFICE_HOLDER = re.compile(
    r"(?i:\b(?:presiden|wapres|menteri|wamen|gubernur|wagub|bupati|wabup|walikota|wali\s+kota|"
    r"sekda|dirjen|kapolri|kapolda|kapolres|kadis\w*|kepala\s+(?:dinas|disnaker\w*|bp3mi|bp2mi|"
    r"kp2mi|balai|badan|kantor\s+imigrasi|imigrasi)|"
    # generals of the police and the armed forces: "Brigjen Pol Eko Iswantono"
    r"(?:brigjen|irjen|komjen|jenderal|jendral|mayjen|letjen|laksma|laksda|laksdya|marsma|"
    r"marsda|marsdya)(?:\s+(?:pol|tni)\b\.?)?)\b)"
    r"(?:\s+(?:[A-Z][\w.]*|(?i:sumsel|kab\.?|kota|prov\.?))){0,2}"  # its place: "OKI", "Lahat"
    r"(?:\s+(?i:pak|bapak|bu|ibu|bpk)\.?)?(?:\s+[A-Z][\w'-]+){1,3}"
)


# "Aktor Dimas Anggara", "penyanyi Rossa": a person named after the trade that made them known;
# "Dewi Sartika itu pahlawan dari mana": or before it ("pahlawan devisa", as migrant workers are
# called, and "pahlawan keluarga" make no one public).
_PUBLIC_TRADE = (
    r"aktor|aktris|artis|penyanyi|pelawak|komedian|presenter|pebulutangkis|pesepakbola|petinju|"
    r"atlet|pahlawan\s+nasional|"
    r"pahlawan(?!\s+(?:devisa|keluarga|bagi|buat|untuk|kami|kita|saya|aku|sayo|kito))"
)
_NAME_AFTER_ITS_TRADE = re.compile(
    rf"\b(?i:{_PUBLIC_TRADE})\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}"
)
# "Mawar Sharon itu gereja", "Sumber Rezeki itu PT resmi?": a thing's name, by what it is;
# "Agung Laksono dulu ketua DPR", "Bu Sri Mulyani waktu masih menteri": a person by the
# national office they held.
_THINGS = (
    r"gereja|masjid|musala|mushola|klenteng|vihara|pura|toko|warung|pabrik|perusahaan|pt|cv|lpk|"
    r"restoran|hotel|mall|aplikasi|app|merek|merk|band|klub|yayasan|kampus|sekolah"
)
_NATIONAL_OFFICES = (
    r"ketua\s+(?:dpr|mpr|dpd|umum)|menteri|presiden(?!\s+direktur)|wakil\s+presiden|wapres|"
    r"gubernur"
)
_TRADE_AFTER_A_NAME = re.compile(
    rf"(?P<listed>,)?\s+(?:(?:itu|adalah)\s+(?:seorang\s+)?(?P<trade>{_PUBLIC_TRADE})|"
    rf"(?:itu|adalah)\s+(?:sebuah\s+)?(?:{_THINGS})|"
    rf"(?:dulu|mantan|bekas|pernah\s+(?:jadi|menjadi|menjabat)|"
    # ("waktu masih menteri", "saat menjabat gubernur"; not "pas menteri datang": when the
    # minister came)
    rf"(?:waktu|wkt|saat|pas)(?:\s+masih(?:\s+(?:jadi|menjadi|menjabat))?|"
    rf"\s+(?:jadi|menjadi|menjabat)))"
    rf"\s+(?:{_NATIONAL_OFFICES}))\b"
)
# "pengajian di Darul Ulum", "pesantren Darul Hikmah": a school or a mosque ("house of ..."),
# where one goes; "Pak Darul Hakim", "saya Darun Nafis" are people.
_HOUSE_OF = re.compile(
    r"\b(?i:di|ke|dari|pesantren|ponpes|pondok|masjid|mesjid|madrasah|yayasan|musala|mushola)\s+"
    r"((?i:darul|darus|darun|darur)\s+[A-Z][\w'-]*)"
)
_CAPITALISED_WORDS_BEFORE = re.compile(r"(?:(?<![\w'-])[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*$")


def public_figures_and_things(text: str, lowered: LowerCase) -> list[tuple[int, int]]:
    """Where `text` (`lowered`: the same in lower case) names a public figure, a brand, a shop
    or a place (public_names), or a person by the trade that made them known."""
    spans = [m.span() for m in public_names().finditer(lowered)]
    # "CBT: Juni - Juli 2026": a month and its year, when something happens; as with a public
    # figure, a cue that says whose name it is still names someone ("nama saya Mei 2001 lulus")
    spans += [
        m.span()
        for m in matches(MONTH_AND_YEAR, lowered, lowered)
        # (not "lahir Juli 1999", nor "Mrs Mei 2019": after a title, someone's name)
        if not why_a_month_and_year_of_birth(text, m) and not _after_a_title(text, m)
    ]
    spans += [m.span() for m in matches(_NAME_AFTER_ITS_TRADE, text, lowered)]
    spans += [m.span(1) for m in matches(_HOUSE_OF, text, lowered)]
    for trade in matches(_TRADE_AFTER_A_NAME, lowered, lowered):
        if trade.group("listed") and not trade.group("trade"):
            continue  # "Budi, itu PT nya apa?": a comma first ends a list of singers only
        name = _CAPITALISED_WORDS_BEFORE.search(text, max(0, trade.start() - 60), trade.start())
        if name:
            spans.append(name.span())
    return spans


def spans_that_survive(
    text: str, lowered: LowerCase, runs: list[tuple[int, int]], dates: DatesRead
) -> list[tuple[int, int]]:
    """The spans that must survive in `text` (`lowered`: the same in lower case, every character
    where it stood), given its runs of digits and its dates (dates_read), besides
    public_figures_and_things."""
    official_texts = official_numbers_and_sites()[1]
    kept = _money(text)
    kept += [
        m.span()
        for m in _THOUSANDS.finditer(text)
        if not ACCOUNT_CUE.search(text_before(text, m.start()))
    ]
    kept += [date.span() for date, why in dates if why is None]
    kept += _companies(text, lowered)
    kept += [(start, end) for start, end in runs if _only_official_numbers(text[start:end])]
    for official in official_texts:
        if official in lowered:
            site = re.compile(rf"(?<![\w@.]){re.escape(official)}(?![\w/@])")
            kept += [match.span() for match in site.finditer(lowered)]
    kept += (
        [m.span() for m in matches(_HANDLE, text, lowered) if _an_institutions(m.group())]
        if "@" in text
        else []
    )
    kept += (  # "facebook.com/kp2mi.official", "instagram.com/bp2mi_ri/": an office's page
        [m.span() for m in _SOCIAL_PAGE.finditer(lowered) if _an_institutions("@" + m.group(1))]
        if ".com/" in lowered
        else []
    )
    kept += (  # "ig bp2mi_ri", "tiktok kp2mi_ri": the same without its "@"
        [m.span() for m in _JOINED.finditer(lowered) if _an_institutions("@" + m.group())]
        if "_" in text or "." in text
        else []
    )
    kept += [
        m.span(m.lastindex or 0)
        for m in (_A_MONTHS_TIME.finditer(lowered) if _MONTH_A_NAME_TOO.search(lowered) else ())
        # (not a birthday: "lahir tgl 7 Juli" goes)
        if not BIRTH_CUE.search(text_before(text, m.start(), BIRTH_CUE_REACH))
        and not (
            m.group()[:1].isdigit()
            and not _A_DAY_BEFORE.search(lowered, max(0, m.start() - 20), m.start())
        )
    ]
    for pattern in (_OFFICE_HOLDER, _YEARS, _NAMED_DAY, _FEAST, _HIJRI_MONTH, _OLD_AGE_BENEFIT):
        kept += [m.span() for m in matches(pattern, text, lowered)]
    quoted = any(mark in text for mark in "'\"“‘")
    kept += [m.span() for m in matches(_QUOTED_TITLE, text, lowered)] if quoted else []
    kept += [
        m.span()
        for m in matches(_TITLE_AFTER_ITS_KIND, text, lowered)
        if not _after_a_title(text, m)
    ]
    kept += [
        m.span()
        for m in (
            _PLACE_BY_KIND.finditer(text) if any(map(text.__contains__, _PLACE_KINDS)) else ()
        )
        if not _after_a_title(text, m) and not _A_KOREAN_NAMED_PARK.fullmatch(m.group())
    ]
    kept += [  # (not ten digits or more after a bank's word: "rek bca 1500123456" is an
        # account; "bni 1500046" is its call centre, "dana 1500000" an amount)
        m.span()
        for m in matches(_SERVICE_NUMBER, text, lowered)
        if not ACCOUNT_CUE.search(before := text_before(text, m.start()))
        or _CALLED.search(before)
        or len(digits := NOT_DIGIT.sub("", m.group())) < 10
        or digits.endswith("0000")
    ]
    kept += [m.span() for m in _HOURS.finditer(text)] if ":" in text or "." in text else []
    kept += [
        m.span()
        for m in (_TIMESTAMP.finditer(text) if "/" in text else ())
        # (a time or a letter's number holds no day of birth: "lahir 12/05/1999 10.30" goes)
        if not BIRTH_CUE.search(text_before(text, m.start(), BIRTH_CUE_REACH))
    ]
    kept += [
        m.span(1)
        for m in (matches(_REFERENCE_NUMBER, text, lowered) if "/" in text else ())
        # one part in letters, and no date, no month and no run of 6 digits or more in it:
        # "TTL 12/05/1999 / LAHAT", "no 12/Mei/1999" and "A1234567/2025/BP3MI" go
        if any(map(str.isalpha, m.group(1)))
        and not _A_DAY.search(m.group(1))
        and not _MONTH_PART.search(m.group(1))
        and not _SIX_DIGITS.search(m.group(1))
        and not _A_MOBILE.search(re.sub(r"[\s/.]", "", m.group(1)))  # "0812/3456/7890/WA"
        and not BIRTH_CUE.search(text_before(text, m.start(), BIRTH_CUE_REACH))
    ]
    if "/" in text or "tahun" in lowered or "thn" in lowered or _TH.search(lowered):
        kept += [m.span() for m in _LAWS.finditer(text)]  # (a law's number holds one of them)
    return kept


def _after_a_title(text: str, match: re.Match[str]) -> bool:
    """ "Pak Budi Mall nya tutup": a title in or right before the place's words makes them a
    person's name and what follows."""
    words = [w.lower().rstrip(".") for w in text[max(0, match.start() - 12) : match.end()].split()]
    return bool(TITLE_WORDS.intersection(words[:-1]))


def _an_institutions(handle: str) -> bool:
    parts = [part for part in re.split(r"[._]+", handle[1:].lower()) if part]
    return bool(_INSTITUTIONS.intersection(parts)) and all(
        part in _INSTITUTIONS or part in _AROUND_AN_INSTITUTION for part in parts
    )


# In a SHOUTED message these stay as typed: the kinds of bodies whose names follow them.
_SHOUTED_BODIES = frozenset(
    {"pt", "cv", "ud", "lpk", "blk", "p3mi", "pptkis", "rs", "rsud", "rsu", "uin", "iain"}
)
_WORD = re.compile(r"[^\W\d_]+")


def _companies(text: str, lowered: LowerCase) -> list[tuple[int, int]]:
    """Companies, shops, schools and other bodies by name ("PT Maju Jaya", "Toko Emas Koh Ahui"),
    and roads and buildings named after people ("Jalan Ahmad Yani", "Masjid Cheng Ho").

    Their names are read from capitals, which a SHOUTED message gives to every word: there an
    everyday word ends a name, and "MIN" is the admin greeted ("TOLONG MIN SUAMI SAYA DEDI ..."
    is no madrasah), so those are read in lower case first (the same length: spans hold)."""
    if any(character.islower() for character in text):
        cased = text
    else:
        cased = _WORD.sub(_everyday_in_lower_case, text)
    return [
        match.span()
        for pattern in (COMPANY, COMPANY_AFTER, SHOP_OF_SOMEONE, NAMED_PLACE)
        for match in matches(pattern, cased, lowered)
    ]


def _everyday_in_lower_case(word: re.Match[str]) -> str:
    lowered = word.group().lower()
    if len(lowered) != len(word.group()) or lowered in _SHOUTED_BODIES:
        return word.group()
    return lowered if lowered in chat_words() or lowered in {"min", "man"} else word.group()


def _only_official_numbers(run: str) -> bool:
    """Is this run of digits one or more of the bot's own numbers ("0800-1000 / 110")?"""
    official, pending = official_numbers_and_sites()[0], ""
    for group in DIGIT_GROUP.findall(run):
        pending += group
        if pending in official or national_form(pending) in official:
            pending = ""
    return pending == ""
