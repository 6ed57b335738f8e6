"""Street addresses at home and abroad, a house told by a landmark, a form's "Alamat:" line."""

from __future__ import annotations

import dataclasses
import re

from bot.anonymise.lexicon import chat_words, place_words
from bot.anonymise.message import SAID_NUMBER, Finding, text_before
from bot.anonymise.name_cues import SENTENCE_GAP
from bot.anonymise.scanning import LowerCase, matches
from bot.places import district_named

ANY_DIGIT = re.compile(r"\d")

_STREET = (
    r"(?:jl|jln|jalan|gg|gang|lrg|lr|lorong|komp|komplek|kompleks|perum|perumahan|perumnas|griya|"
    r"blok|kp|taman|ruko|rusun|rusunawa|mess|kuarters|quarters|asrama|villa|vila|apartemen|"
    r"street|dormitory|dorm|hostel)"
)


# Full words that are also everyday words ("jalan ke Malaysia", "gang motor"): an address only
# with a house number or RT after it, or a word for where someone lives before it.
_EVERYDAY_STREET_WORDS = {
    *("jalan", "gang", "lorong", "blok", "komplek", "perumahan", "taman", "ruko"),
    *("rusun", "kompleks"),
    *("jl", "jl.", "jln", "jln."),
    *("mess", "asrama", "villa", "vila", "apartemen", "dormitory", "dorm", "hostel"),
}


# A house's number said aloud ("nomor delapan puluh", Malay "nombor lapan"), by voice typing, is
# read with message.SAID_NUMBER.
_HOUSE_PART = (
    r"[\s,]{0,3}+(?:(?:no|nomor|nombor|nmr|nomer|#)\.?\s?:?\s?"
    rf"(?:\d+[a-z]?(?:\s?[/-]\s?\d+[a-z]?)?|{SAID_NUMBER}(?:\s{SAID_NUMBER}){{0,5}}\b)"
    r"|rt\.?\s?:?\s?\d{1,3}(?:\s?[/,]?\s?(?:rw\.?\s?:?\s?)?\d{1,3})?"
    r"|/?\s?rw\.?\s?:?\s?\d{1,3}"
    r"|km\.?\s?\d+(?:[.,]\d+)?"
    r"|(?:kamar|kmr|unit|barak|bedeng|afdeling|afd|room|rm|floor|fl)\.?\s?(?:no\.?\s?)?"
    r"\d{1,4}(?:-\d{1,4})?[a-z]?\b"
    r"|lantai\s?\d{1,2}\b"
    r"|blok\.?\s?[a-z]{0,2}\s?-?\d{0,3}[a-z]?(?=\W|$))"
)


_HOUSE_TAIL = re.compile(rf"(?i)(?:{_HOUSE_PART})+")


# "No. 15 Jalan Mawar": the house number written first.
# "No. 23, Jalan SS 2", "15, Jalan Kenari 3": the house number written before its street (as in
# Malaysia), with "No." or a comma after it.
_HOUSE_FIRST = re.compile(
    r"(?i)(?:(?:no|nomor|nombor)\.?\s?(?:\d+[a-z]?|"
    rf"{SAID_NUMBER}(?:\s{SAID_NUMBER}){{0,5}})\s?,?|(?<!\S)\d{{1,4}}[a-z]?,)\s?$"
)


# "5 Jalan Tun Razak", "B-12-3 Jalan Ampang": a house's (or a flat's) number right before a
# street written with a capital.
_NUMBER_FIRST = re.compile(
    r"(?<![\w.,/-])(?:[A-Z]-\d{1,4}(?:-\d{1,4}){0,2}|\d{1,4}(?:-\d{1,4})?)[A-Za-z]? $"
)


# Where an address is told: "di", "tinggal", "alamat:", a form's colon.
_WHERE_BEFORE = re.compile(r"(?i)(?:\bdi|\btinggal|\balamat\w*\s?:?|:)\s$")


# (matched on the lower-cased text)
_STREET_CUE = re.compile(rf"(?<!\w){_STREET}(?:\.|\b)\s*")


_RT_RW = re.compile(
    r"(?i)\brt\.?\s?:?\s?\d{1,3}(?:\s?[/,]?\s?(?:rw\.?\s?:?\s?)?\d{1,3})?\b|\brw\.?\s?:?\s?\d{1,3}\b"
)


# "Dusun 2", "DSN III": part of an address only beside its RT ("Dusun 2 RT 04").
_HAMLET = re.compile(
    r"(?i)\b(?:dusun|dsn)\.?\s*(?:\d{1,2}|[ivx]{1,4}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan|sepuluh)\b"
)


# Where someone lives: "rumah saya", "tinggal di", "alamat", "kos di".
_DWELLING = re.compile(
    r"(?i)\b(?:rumah|rmh|rumahnya|rumahku|rumahnyo|rmhku|rmhnya|rmhnyo|umah|umahku|umahnyo|"
    r"umahnya|tinggal|tingal|tinggalnyo|tgl|alamat|alamatnya|almt|domisili|kediaman|kos|ngekos|"
    r"kost|kontrakan|ngontrak|menetap|numpang|nginep|menginap)\b"
)


_DWELLING_REACH = 40
# ("dijemput di jalan raya aja", "jemput di jalan depan"): a road, not named
_A_ROAD_NOT_NAMED = frozenset(
    {"raya", "besar", "utama", "kecil", "sempit", "lebar", "depan", "samping", "ujung", "sana"}
    | {"sini", "situ", "itu", "ini", "tol", "umum", "protokol", "lintas", "provinsi"}
)
# ("no 4", "No. 12A": a house's number in digits, not "km 12")
_A_HOUSE_NUMBER = re.compile(r"(?i)\b(?:no|nomor|nmr|nomer)\.?\s?:?\s?\d")
# (a street, a gang or a lorong, with a name no one chats with: not "mess", "asrama", "taman",
# "jalan raya", "gang sempit")
_STREETS_PROPER = frozenset(
    {"jalan", "jl", "jln", "gang", "gg", "lorong", "lrg", "komplek", "kompleks", "komp"}
    | {"perum", "perumahan", "apartemen"}
)
# The ways people are sent ("lewat jalan tikus", "jalan darat", "jalan pintas")
_ROUTES = frozenset(
    {"tikus", "darat", "laut", "udara", "resmi", "pintas", "ilegal", "legal", "lain", "belakang"}
    | {"setapak", "pulang", "keluar", "masuk", "aja", "saja"}
)
# "kirim paket ke lorong macan lindungan", "jemput aku di gang sekip", "penampungan di gang
# ...": where a parcel goes, someone is fetched from or kept, the street is someone's.
_SENT_OR_KEPT_AT = re.compile(
    r"(?i)\b(?:kirim|kirimkan|kirimin|kirimke|dikirim|antar|anter|antarkan|anterin|diantar|"
    r"jemput|jemputin|dijemput|penampungan|disekap|dikurung|ditampung|dikunci)\b"
    r"(?:\s+[^\W\d_]+){0,2}\s+(?:ke|di|dekat)\s*$"
)


# "kantor disnaker di jl. merdeka": where an office or a company stands, told without a house
# number, is no one's address.
_AN_OFFICE = re.compile(
    r"(?i)\b(?:kantor|kntr|disnaker\w*|dinas|bp3mi|bp2mi|kp2mi|imigrasi|kanim|ltsa|upt|polres|"
    r"polda|polsek|bank|pt|cv|lpk|blk|puskesmas|rsud|kbri|kjri)\b[^.?!\n]*$"
)


# "rumah sebelah masjid Al-Ikhlas", "depan bengkel Pak Slamet": a house told by what is near it.
_NEAR = r"(?:di\s*)?(?:depan|dpn|sebelah|sblh|samping|belakang|blkg|dekat|dkt|seberang|pojok|ujung)"


_LANDMARKS = (
    r"(?:masjid|mesjid|musholla|mushola|musala|musholah|langgar|surau|gereja|toko|warung|bengkel|"
    r"pangkalan|spbu|pom|sekolah|sd|smp|sma|smk|pasar|kantor|balai|pohon|jembatan|simpang|"
    r"lapangan|kuburan|makam|tpu|puskesmas|posyandu|kebun|sungai|kali|pabrik|gudang|terminal|"
    r"stasiun|indomaret|alfamart|kios|lapak|rumah|gedung|kampus|pondok|pesantren|stor|kedai|"
    r"madrasah|klinik|bank|atm|polsek|koramil|kelurahan|gardu|tower|menara|kolam|tambak)"
)


# (matched on the lower-cased text)
_NEAR_LANDMARK = re.compile(rf"\b{_NEAR}\s+{_LANDMARKS}\b")


# "Jl. Mayor Ruslan itu dekat kantor apo?": which landmark is asked, no house is told.
_LANDMARK_ASKED = re.compile(r"\s+(?:apa|apo|mana|mano)\s*(?:\?|$)")


# A form's "Alamat : ..." line: the rest of the line, up to the desa or kelurahan.
# Also within a line, "Alamat majikan: Simpang 125, Kampung Kiarong, No 14.", to the end of
# the sentence.
_ADDRESS_LINE = re.compile(
    r"(?im)(?:^[^\w\n]{0,5}+|\b)alamat(?:nya|nyo)?(?:\s(?:rumah|lengkap|surat|domisili|asal|"
    r"majikan|agen|agensi|sponsor|calo|kantor|kos|mess|penampungan|tempat\s+kerja))?"
    r"(?:\s(?:saya|sy|aku|nya|dia|dio|kami|ku))?\s?:\s?"
    r"(.+?)\s*(?=\b(?:desa|ds|kel|kelurahan|kec|kecamatan|kab|kabupaten|kota)\b|$)"
)


# An empty form's next label: "Alamat:\nNo HP:" holds no address (the value may stand on the
# next line: "Alamat rumah:\nKampung Cibeureum Kulon").
_ANOTHER_LABEL = re.compile(r"[^\W\d_][\w /.]{0,24}\s?:")


# Where an address line goes on with a new sentence: "... No 14. Majikan tak bagi cuti".
# "Alamat : itu diisi sesuai KTP?": the label asked about, no address after it.
_ABOUT_THE_LABEL = re.compile(
    r"(?i)(?:itu|ini|apa|apakah|apo|gimana|gmn|bagaimana|cakmano|harus|hrs|diisi|isi|sesuai|"
    r"yang|yg|boleh|bisa|beda|sama|kosong|tidak|tdk|gak|ga|dak|belum|blm)\b"
)


_NEW_SENTENCE = re.compile(r"[.!?]\s+([^\W\d_]{3,})(\s?:)?")


# Addresses abroad, where the workers live: "22 Tai Po Road", "Fuxing Rd", "Clementi Ave 4",
# "Room 5, 18/F, Lok Fu Building", "Blk 312", "#08-221", "No. 3, Ln. 77". Parts that stand
# side by side become one address.
_STREETS_ABROAD = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Highway|Hwy|Sec|Section|Alley|"
    r"Jalan|Lorong|Taman"
)


# The same, written after the street's name ("Tai Po Road"; a Malay "Jalan" comes first, so
# "Mandor Proyek Jalan" is a job).
_STREETS_ABROAD_AFTER = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Highway|Hwy|Sec|Section|Alley"
)


_UNITS_ABROAD = r"Room|Rm|Flat|Unit|Blk|Block|Apt|Lane|Ln|Alley|Aly|Lot|Sec|Section|Villa"


_BUILDINGS_ABROAD = (
    r"Building|Bldg|Mansion|Mansions|Court|Tower|Plaza|Centre|Center|Estate|Gardens?|Apartment|"
    r"Apartments|Condominium|Residence|Villa|Villas|Haitsu|Heights|Kopo|Compound"
)


# The services a "Center" is: "Call Center", "Contact Center", "Crisis Center", "Media Center".
_NO_SERVICE_BEFORE = "".join(
    rf"(?<!{service}\s)" for service in ("Call", "Contact", "Crisis", "Media", "Command", "Service")
)


_ESTATES_ABROAD = r"Pangsapuri|Kondominium|Apartemen|Menara"


_ROADS_NAMED_AFTER = r"Rua|Avenida|Travessa|Estrada|Calle"


# Each address abroad opens with a digit, a capital or "#": the look ahead turns every other
# place away at once.
_FOREIGN_ADDRESS = re.compile(
    r"(?=[\dA-Z#])(?:"
    rf"(?:\b\d{{1,4}}[A-Za-z]?,?\s)?(?<![\w'-])(?:[A-Z][\w'-]*\s){{1,3}}(?:{_STREETS_ABROAD_AFTER})\b\.?"
    r"(?:\s\d{1,4}\b)?"
    rf"|\b(?:{_UNITS_ABROAD})\.?\s?[A-Z]?-?\d{{1,4}}(?:-\d{{1,4}}){{0,2}}[A-Z]?\b"
    # "Flat D, 18/F", "Building D, Golden Lotus Compound": a flat or a building told by its letter
    r"|\b(?:Room|Rm|Flat|Unit|Apt|Building|Bldg|Block|Blk)\s[A-Z]\b(?=,)"
    r"|\bNo\.?\s?\d{1,4}[A-Z]?(?=,?\s(?:Ln|Lane|Alley|Aly|Sec|Section)\b)"
    r"|(?<![\w/])\d{1,2}\s?/\s?F\b|(?<!\w)#\d{1,3}-\d{1,4}\b"
    # (not "Call Center 0800-1000", "Atau Hubungi Call Center 0800", "Crisis Center": a service)
    rf"|(?<![\w'-])(?:[A-Z][\w'-]*\s){{1,3}}{_NO_SERVICE_BEFORE}(?:{_BUILDINGS_ABROAD})\b"
    r"(?:\s\d{1,4}\b)?"
    rf"|\b(?:{_ESTATES_ABROAD})(?:\s[A-Z][\w'-]*){{1,3}}"
    rf"|\b(?:{_ROADS_NAMED_AFTER})(?:\s[\w'-]+){{1,3}}\s\d{{1,4}}\b"
    # Korea: "45-7 Naedong-ro 12beon-gil", "15-3 Wongok-dong", "Gongdan-ro 221"; a flat's
    # "-ho" before it, the ward ("-gu") after it: "103-ho, 45 Haean-ro 12beon-gil",
    # "23-4 Namhang-ro, Yeongdo-gu"
    r"|(?:(?<![\w-])\d{1,4}-?ho,?\s)?"
    r"(?<![\w-])\d{1,4}(?:-\d{1,4})?\s[A-Z][a-z]+-(?:ro|gil|daero|dong)\b"
    r"(?:\s\d{1,4}(?:beon)?-?gil\b)?(?:,?\s[A-Z][a-z]+-gu\b)?"
    # (the lot number after the dong, a flat's "-ho" after it: "Wongok-dong 812-3 201-ho")
    r"|\b[A-Z][a-z]+-dong\s\d{1,4}(?:-\d{1,4})?(?:\s\d{1,4}-?ho\b)?"
    r"(?!\s*(?:juta|jt|ribu|rb|won|ringgit|dolar))"
    # (not "gaji di Sihwa-ro 2 juta won": an amount)
    r"|\b[A-Z][a-z]+-(?:ro|gil|daero)\s\d{1,4}(?:beon-?gil)?(?:[\s-]\d{1,4})?\b"
    r"(?!\s*(?:juta|jt|ribu|rb|won|ringgit|dolar))"
    # Singapore: "38 Sunset Way #04-02", "12 Jurong West Crescent, Singapore 640456" (with the
    # number before and the unit or the country after: "5 Easy Way Belajar" is a video's)
    r"|(?<![\w-])\d{1,4}[A-Za-z]?\s(?:[A-Z][\w'-]*\s){1,3}(?:Way|Crescent|Terrace)\b"
    r"(?=\s*#\d|,?\s*Singapore\b)"
    r"|\b[A-Z][a-z]+-(?:cho|machi|chome)\s?\d{1,2}-\d{1,2}(?:-\d{1,3})?"
    # Japan without the ward's suffix, beside an apartment's name: "Shiba 2-14-7 Haitsu Sakura
    # 102" (chome, block and house), "Haitsu Sakura 102"; a compound's "Building 4"
    r"|\b[A-Z][a-z]+\s\d{1,2}-\d{1,2}-\d{1,3}\b(?=,?\s(?:Haitsu|Kopo|Koopo)\b)"
    r"|\b(?:Haitsu|Kopo|Koopo)(?:\s[A-Z][\w'-]*){1,2}(?:\s\d{1,4}\b)?"
    r"|\b(?:Building|Bldg)\s[A-Z]?\d{1,3}[A-Z]?\b"
    r"|(?<![\d-])\d{1,2}-\d{1,2}-\d{1,3},?\s[A-Z][a-z]+-(?:cho|machi)\b"
    # its ward or city after the quarter: "1-2-3 Umeda, Kita-ku", "2-15-1 Nishi-Shinjuku,
    # Shinjuku-ku" (the ward, a place, stays; three numbers: "skor 2-1 Persib, Bandung-ku" is a
    # score and "my Bandung")
    r"|(?<![\d-])\d{1,4}-\d{1,4}-\d{1,4},?\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?=,?\s[A-Z][a-z]+-(?:ku|shi|gun|cho|machi)\b)"
    r")"
)


# "屯門大興邨興昌樓1203室", "桃園市中壢區中山路100巷5號", "河南路二段35號4樓": Chinese characters, then a
# number and what it numbers (number, floor, room, lane, block); "台北101大樓" names a tower.
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_UNIT = r"[號号室樓楼巷弄層层座]"
_HAN_ADDRESS = re.compile(
    # (from where a run of characters begins, each taken whole: a long run is read once)
    rf"(?<![\u3400-\u9fff])[\u3400-\u9fff]++\s?\d{{1,5}}\s?{_HAN_UNIT}"
    rf"(?:[\u3400-\u9fff]*+\s?\d{{1,5}}\s?{_HAN_UNIT})*"
)


# "大阪市北区梅田1-2-3": a Japanese address, its places in kanji (a city, a ward, a town), then
# the quarter's, the block's and the house's numbers. (From where a run of characters begins,
# at most sixteen of them: tried once a run.)
_KANJI_ADDRESS = re.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff]{2,16}\d{1,4}(?:-\d{1,4}){1,2}")
_JAPANESE_PLACE_UNIT = re.compile(r"[都道府県市区町村郡]")


# "경기도 안산시 단원구 원곡로 52, 203호": Hangul, a road's or a quarter's name (로, 길, 동, 리) and
# its number, then the flat (호) or the floor (층). Each word at most 8 syllables, at most five
# words: a long run of Hangul is tried in linear time.
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_ADDRESS = re.compile(
    r"(?:[\uac00-\ud7a3]{1,8}\s){0,4}[\uac00-\ud7a3]{0,7}[\uac00-\ud7a3](?<=[로길동리])\s?\d{1,5}"
    r"(?:-\d{1,5})?(?:,?\s?\d{1,5}\s?[호동층])*"
)


# Tried only where one of its words is written as a street abroad writes it (a capital first).
_FOREIGN_HINT = re.compile(
    rf"\b(?:{_STREETS_ABROAD}|{_UNITS_ABROAD}|{_BUILDINGS_ABROAD}|{_ESTATES_ABROAD}|"
    rf"{_ROADS_NAMED_AFTER}|Way|Crescent|Terrace)\b|/\s?F\b|#\d|"
    r"[a-z]-(?:cho|machi|chome|ro|gil|daero|dong|ku|shi)\b"
)


# "..., rumah kayu cat kuning", "yang cat ijo", "50 meter dari kampus": how the house looks
# or how far it is, after its address.
_HOUSE_KINDS = r"kayu|tembok|panggung|batu|papan|beton|bata|permanen|limas"


_HOUSE_LOOK = re.compile(
    rf"(?i)(?:\s?,?\s?(?:yang\s|yg\s)?(?:(?:rumah|rmh)\s(?:{_HOUSE_KINDS}|tingkat|bertingkat|"
    r"gedong)\b|(?:cat|warna|pagar|pager|pintu|atap)(?:nya|nyo)?"
    r"\s[^\W\d_]+|(?:\d{1,4}\s?)?(?:m|meter|km)\s(?:dari|dr)\s[^\W\d_]+"
    r"|(?:dari|dr)\s(?:pojok|ujung|simpang|sudut)\b|(?:dua|tiga|2|3)\s?lantai\b"
    r"|(?:pas\s)?(?:di\s)?(?:tikungan|pojokan|ujung\sgang|ujung\slorong)\b))+"
)


# "tinggal di ... afdeling 3, barak no 12", "ngekos kamar 7": a room where someone lives.
_ROOM_WORD = r"afdeling|afd|barak|bedeng|kamar|kmr|mess"


_ROOM = re.compile(rf"\b(?:{_ROOM_WORD})\.?\s?(?:no\.?\s?)?\d{{1,4}}(?:-\d{{1,4}})?[a-z]?\b")


_ROOM_WORDS = frozenset(re.findall(r"[a-z]+", _ROOM_WORD))


# "rumah nomor 12 pas di tikungan": a house told by its number alone.
_HOUSE_NUMBER_ONLY = re.compile(r"(?i)\b(?:rumah|rmh)\s(?:no|nomor|nmr|nomer)\.?\s?\d{1,4}[a-z]?\b")


_HOUSE_LOOK_BEFORE = re.compile(
    rf"(?i)\b(?:rumah|rmh)\s(?:{_HOUSE_KINDS}|(?:cat|warna)\s[^\W\d_]+)\s$"
)


_NEXT_WORD = re.compile(r" ?([^\W_][\w'.-]*)")


# The words each rule needs in the message before it is tried.
_STREET_WORDS = frozenset(re.findall(r"[a-z]+", _STREET))


_NEAR_WORDS = frozenset(re.findall(r"[a-z]+", _NEAR)) | {
    "didepan",
    "disebelah",
    "disamping",
    "dibelakang",
    "didekat",
    "diseberang",
    "dipojok",
    "diujung",
}


# What a dorm or a flat costs or holds, not its name, where written in lower case ("biaya
# asrama naik menjadi Rp1.200.000", "tinggal di apartemen bersama 11 perempuan"; not "Jalan
# Kerja Bersama").
_LOWER_CASE_STOP = frozenset(
    {"bersama", "sama", "bareng", "naik", "menjadi", "jadi", "biaya", "harga", "bayar", "sewa"}
    | {"isi", "buat"}
)


_ADDRESS_STOP = set(
    [
        "dari",
        "mau",
        "saya",
        "sy",
        "aku",
        "sayo",
        "dan",
        "yang",
        "yg",
        "kak",
        "min",
        "tapi",
        "tp",
        "untuk",
        "utk",
        "kel",
        "kelurahan",
        "kec",
        "kecamatan",
        "desa",
        "ds",
        "kab",
        "kabupaten",
        "kota",
        "kode",
        "pos",
        "ke",
        "di",
        "dgn",
        "dengan",
        "ya",
        "tolong",
        "mohon",
        "apakah",
        "bisa",
        "kalau",
        "kalo",
        "no",
        "nomor",
        "rt",
        "rw",
        "hp",
        "wa",
        "telp",
        "sudah",
        "udah",
        "sdh",
        "lagi",
        "mana",
        "itu",
        "ini",
        "nak",
        "ado",
        "dak",
        "gak",
        "ga",
        "tidak",
        "macet",
        "pindah",
        "ramai",
        "rame",
        "banjir",
        "rusak",
        "km",
    ]
)


# "https://maps.app.goo.gl/Xq7vRk2LpZ9", "goo.gl/maps/...", "maps.google.com/?q=...": a
# location shared from a map, where someone lives or is held.
_MAP_LINK = re.compile(
    r"(?i)(?:https?://)?(?:maps\.app\.goo\.gl|goo\.gl/maps|(?:www\.)?google\.[a-z.]{2,6}/maps|"
    r"maps\.google\.[a-z.]{2,6}|maps\.apple\.com|share\.here\.com|wego\.here\.com)"
    r"[^\s<>\"']*"
)


# "titik rumah: -2.98123, 104.75611": a point on the map, to four decimals or more (some
# metres).
_COORDINATES = re.compile(r"(?<![\w.-])-?\d{1,2}\.\d{4,}\s?,\s?-?\d{1,3}\.\d{4,}(?![\w.])")


def find_addresses(text: str, lowered: LowerCase, present: set[str]) -> list[Finding]:
    found: list[Finding] = []
    for match in _MAP_LINK.finditer(text) if "maps" in lowered or "goo.gl" in lowered else ():
        found.append(Finding(*match.span(), "address", "a location shared from a map"))
    for match in _COORDINATES.finditer(text) if "." in text and "," in text else ():
        found.append(Finding(*match.span(), "address", "a point on the map (latitude, longitude)"))
    streets_only: list[Finding] = []
    read_to = 0  # the end of the last address read with its house number
    for cue in matches(_STREET_CUE, lowered, lowered) if present & _STREET_WORDS else ():
        if cue.start() < read_to:
            continue  # "Perum X Blok F No. 3": already part of the address before
        end = _street_name_end(text, cue)
        tail = _HOUSE_TAIL.match(text, end)
        if tail:
            read_to = tail.end()
        everyday = cue.group().strip().lower() in _EVERYDAY_STREET_WORDS
        name = text[cue.end() : end].rstrip()
        first_word = name.split()[0].lower() if name.split() else ""
        if (
            everyday
            and first_word in _ROUTES
            and not (tail and _A_HOUSE_NUMBER.search(tail.group()))
        ):
            continue  # "dikirim ke jalan tikus dulu", "jalan resmi nomor satu": a way
        numbered = name[-1:].isdigit() and any(map(str.isupper, name))  # "gang Abadi 21"
        # "di 5 Jalan Tun Razak": the house's number first, as Malaysia writes it, a capital
        # (and its name too: "1500 Jalan keluarnya gimana" is a way out)
        number_first = (
            text[cue.start()].isupper()
            and text[cue.end() : cue.end() + 1].isupper()
            and _NUMBER_FIRST.search(text_before(text, cue.start(), 14))
        )
        if number_first and not _WHERE_BEFORE.search(
            text_before(text, cue.start() - len(number_first.group()), 12)
        ):
            number_first = None  # "Umur Saya 45 Jalan Masih Bisa?", "Lewat 1 Jalan Resmi"
        if tail:
            end = tail.end()
        elif end == cue.end():
            continue  # "jalan ke Malaysia"
        elif (
            (everyday or _AN_OFFICE.search(text_before(text, cue.start(), _DWELLING_REACH)))
            and not numbered
            and not number_first
            and not _DWELLING.search(text_before(text, cue.start(), _DWELLING_REACH))
            and not (
                cue.group().strip().lower().rstrip(".") in _STREETS_PROPER
                and first_word not in chat_words()
                and first_word not in _A_ROAD_NOT_NAMED
                and _SENT_OR_KEPT_AT.search(text_before(text, cue.start(), _DWELLING_REACH))
            )
        ):
            # "Jalan Sudirman macet terus": no one's address, unless an address goes on from it
            # ("Jalan Mayor Ruslan gang Abadi 21").
            streets_only.append(Finding(cue.start(), end, "address", "street before an address"))
            continue
        start = cue.start()
        # (a house number written first ends in a digit at most five characters before the
        # street: a letter, a space, a comma, a space, and a line's end may follow it)
        if ANY_DIGIT.search(text, max(0, start - 6), start) and (
            house_first := _HOUSE_FIRST.search(text_before(text, start))
        ):
            start -= len(house_first.group())
        elif number_first:
            start -= len(number_first.group())
        found.append(
            Finding(
                start,
                end,
                "address",
                f"street address after '{text[cue.start() : cue.end()].strip()}'",
            )
        )
    covered = max((finding.end for finding in found), default=0)
    for match in matches(_RT_RW, text, lowered) if present & {"rt", "rw"} else ():
        if match.start() < covered:
            continue
        tail = _HOUSE_TAIL.match(text, match.end())
        covered = tail.end() if tail else match.end()
        found.append(
            Finding(match.start(), tail.end() if tail else match.end(), "address", "RT/RW number")
        )
    for match in matches(_NEAR_LANDMARK, lowered, lowered) if present & _NEAR_WORDS else ():
        if _LANDMARK_ASKED.match(lowered, match.end()):
            continue
        after_address = any(0 <= match.start() - part.end <= 25 for part in found)
        if after_address or _DWELLING.search(text_before(text, match.start(), _DWELLING_REACH)):
            start, end = match.start(), _street_name_end(text, match)
            if look := _HOUSE_LOOK_BEFORE.search(text, max(0, start - 20), start):
                start = look.start()
            found.append(
                Finding(
                    start, end, "address", f"a house told by '{text[match.start() : match.end()]}'"
                )
            )
    for match in matches(_ROOM, lowered, lowered) if present & _ROOM_WORDS else ():
        if _DWELLING.search(text_before(text, match.start(), _DWELLING_REACH)):
            tail = _HOUSE_TAIL.match(text, match.end())
            end = tail.end() if tail else match.end()
            found.append(Finding(match.start(), end, "address", "a room or barrack"))
    for match in (
        matches(_HOUSE_NUMBER_ONLY, text, lowered) if "rumah" in present or "rmh" in present else ()
    ):
        found.append(Finding(*match.span(), "address", "a house told by its number"))
    for match in _FOREIGN_ADDRESS.finditer(text) if _FOREIGN_HINT.search(text) else ():
        tail = _HOUSE_TAIL.match(text, match.end())  # "Building 4, floor 6, room 612"
        end = tail.end() if tail else match.end()
        found.append(
            Finding(match.start(), end, "address", "an address abroad (Road, Flat, Blk ...)")
        )
    for match in _HAN_ADDRESS.finditer(text) if _HAN.search(text) else ():
        found.append(Finding(*match.span(), "address", "an address in Chinese (號, 樓, 室 ...)"))
    for match in _KANJI_ADDRESS.finditer(text) if _HAN.search(text) else ():
        if _JAPANESE_PLACE_UNIT.search(match.group()):
            found.append(
                Finding(*match.span(), "address", "an address in Japanese (市, 区, 1-2-3)")
            )
    for match in _HANGUL_ADDRESS.finditer(text) if _HANGUL.search(text) else ():
        found.append(Finding(*match.span(), "address", "an address in Korean (로, 길, 호 ...)"))
    for match in (
        _ADDRESS_LINE.finditer(text) if present & {"alamat", "alamatnya", "alamatnyo"} else ()
    ):
        start, end = match.span(1)
        if _ABOUT_THE_LABEL.match(text, start) or _ANOTHER_LABEL.match(text, start):
            continue
        for sentence in _NEW_SENTENCE.finditer(text, start, end):
            if sentence.group(1).lower() in chat_words() or sentence.group(2):
                end = sentence.start()
                break
        if text[start:end].strip():
            found.append(Finding(start, end, "address", "the line of a form after 'Alamat:'"))
    # "dsn 1 ds karang agung rt 002": a dusun is part of an address that follows it closely.
    for hamlet in matches(_HAMLET, text, lowered) if found else ():
        following = [part for part in found if 0 <= part.start - hamlet.end() <= 40]
        if following and not SENTENCE_GAP.search(text, hamlet.end(), following[0].start):
            found.append(
                Finding(hamlet.start(), following[0].start, "address", "dusun of an address")
            )
    # A street goes with the address it runs into ("Jalan Mayor Ruslan gang Abadi 21") or that
    # runs into it ("Ruko Griya Hero Blok C No. 8 Jl. Soekarno Hatta").
    found += [
        street
        for street in streets_only
        if any(street.start < part.start <= street.end + 2 for part in found)
    ] + [
        named
        for street in streets_only
        if any(part.start < street.start <= part.end + 2 for part in found)
        and (named := _its_name_only(text, lowered, street))
    ]
    return _joined([_run_on(text, _with_house_look(text, part)) for part in _joined(found)])


# "Block 18, Jalan Sultan Sulaiman, Kuala Lumpur", "Lot 12, Jalan Industri 4, Kawasan
# Perindustrian Bukit Minyak, penang": the next part of an address written in capitals, after a
# comma, of two words or more; it stops at a desa, kelurahan or town (the district is kept) and
# at lower case.
_NEXT_PART_WORD = (
    # a short form may end with its full stop ("Jl.", "Rd.", "Kmpg.", "Cres."); a longer word's
    # full stop ends a sentence ("..., Sihanoukville. Cak mano ...")
    r"(?:[A-Z][\w'-]{0,3}\.?(?![\w'-])|[A-Z][\w'-]*(?:\.[\w'-]+)*|\d{1,6}[A-Za-z]?)"
)
_NEXT_PART = re.compile(
    rf",\s?({_NEXT_PART_WORD}(?:\s{_NEXT_PART_WORD}){{0,5}})(?=\s?(?:[,.\n]|$)|\s[a-z])"
)
# Where workers live abroad: a town after an address, kept as Indonesian kabupaten are.
_TOWNS_ABROAD = {
    *("hong", "kong", "kowloon", "macau", "macao", "taipei", "taichung", "tainan", "kaohsiung"),
    *("taoyuan", "hsinchu", "singapore", "singapura", "selangor", "sabah", "sarawak", "kuching"),
    *("kinabalu", "riyadh", "jeddah", "jedah", "mekkah", "madinah", "dubai", "abu", "dhabi"),
    *("doha", "seoul", "busan", "tokyo", "osaka", "brunei", "bahru"),
}
_CURRENCIES = {"rp", "rm", "nt", "nt$", "hk", "hk$", "sgd", "sar", "usd", "idr", "myr", "s$"}
_AREA_WORDS = {
    *("desa", "ds", "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten", "kota"),
    *("provinsi", "prov", "dusun", "dsn", "kampung", "kp"),
}


def _run_on(text: str, address: Finding) -> Finding:
    """The address and the parts of it that follow, one comma after another."""
    end = address.end
    while following := _NEXT_PART.match(text, end):
        words = [word.rstrip(".").lower() for word in following.group(1).split()]
        if (
            len(words) < 2  # "..., Tainan": one word after an address is its town
            or words[0] in _AREA_WORDS
            or words[0] in _CURRENCIES  # "..., Rp 150000 sebulan": an amount
            or all(word in place_words() or word in _TOWNS_ABROAD for word in words)
        ):
            break
        end = following.end()
    return Finding(address.start, end, "address", address.reason) if end > address.end else address


def without_its_town(text: str, start: int, end: int) -> int:
    """Where an address read from `start` to `end` ends once the kabupaten/kota or the town
    abroad after its last commas is left out: "Jl. Mawar No. 3, Kel. Sukajadi, Palembang" keeps
    "Palembang", as the privacy model keeps the kabupaten; a desa or kecamatan stays inside."""
    while (comma := text.rfind(",", start, end)) > start:
        town = text[comma + 1 : end].strip(" .")
        words = town.lower().split()
        if not words or not (district_named(town) or all(w in _TOWNS_ABROAD for w in words)):
            break
        end = comma
    return end


# ", 58100 Kuala Lumpur", " 30151", ", Singapore 640456": the postcode right after an address
# (not an amount: "..., Rp 150000", "RM 15000").
_POSTCODE_AFTER = re.compile(
    r",?\s?(?:(?!(?:Rp|RM|NT|HK|SGD|SAR|USD|IDR|MYR)\b)[A-Z][\w'-]*\s){0,3}\d{5,6}(?![\d.,]\d|\d)"
)


def with_its_postcode(text: str, finding: Finding) -> Finding:
    """An address with the postcode after it; any other finding as it is."""
    if finding.category == "address" and (postcode := _POSTCODE_AFTER.match(text, finding.end)):
        return dataclasses.replace(finding, end=postcode.end())
    return finding


def _with_house_look(text: str, address: Finding) -> Finding:
    """The address and how its house looks ("..., rumah kayu cat kuning")."""
    look = _HOUSE_LOOK.match(text, address.end)
    return Finding(address.start, look.end(), "address", address.reason) if look else address


def _joined(addresses: list[Finding]) -> list[Finding]:
    """Parts of one address that overlap or stand side by side ("Jl. X Lrg. Y No. 3, RT 2")
    become one finding."""
    joined: list[Finding] = []
    for part in sorted(addresses, key=lambda finding: finding.start):
        if joined and part.start <= joined[-1].end + 2:
            last = joined.pop()
            part = Finding(last.start, max(last.end, part.end), "address", last.reason)
        joined.append(part)
    return joined


_NAME_WORD = re.compile(r" *([A-Z][\w.'-]*|\d[\w/-]*)")  # on the same line


def _its_name_only(text: str, lowered: str, street: Finding) -> Finding | None:
    """A street read after an address, up to the last word of its name: capitalised words and
    numbers ("Jl. Sudirman buka hari minggu?" is "Jl. Sudirman"); None where none follows the
    street's word."""
    cue = _STREET_CUE.match(lowered, street.start)
    if cue is None:
        return None
    end = cue.end()
    while (word := _NAME_WORD.match(text, end, street.end)) is not None:
        if end > cue.end() and district_named(word.group(1)) is not None:
            break  # "... Jl. Soekarno Hatta Palembang": the town stays (the privacy model)
        end = word.end()
    return Finding(street.start, end, "address", street.reason) if end > cue.end() else None


def _street_name_end(text: str, cue: re.Match[str]) -> int:
    """Where the name after a cue ends: up to four words or numbers, before a stop word."""
    end = cue.end()
    for _ in range(4):
        word = _NEXT_WORD.match(text, end)
        if (
            word is None
            or word.group(1).rstrip(".").lower() in _ADDRESS_STOP
            or word.group(1) in _LOWER_CASE_STOP
            or "\n" in word.group()
        ):
            break
        end = word.end()
        if text[end : end + 1] in {",", ";", "?", "!"}:
            break
        if _SENTENCE_ENDS.match(text, end - 1):
            return end - 1  # "24 Jalan Alor. kerja 16 jam": the sentence ended (not "No. 5")
    return end


# A full stop after a word of four letters or more or a number, then a sentence in lower case.
_SENTENCE_ENDS = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=\d))\. [a-z]")
