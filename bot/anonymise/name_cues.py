"""The words around a name: cues ("nama saya", "istri saya", "Pak"), titles, relatives, and the
words that are never a name."""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from functools import cache

from bot.anonymise.lexicon import (
    chat_words,
    given_names,
    names_that_are_chat_words,
    names_that_are_words,
    place_words,
)
from bot.places import PLACES_FILE, name_variants

# What stands before a name says how sure we are that a name follows (see _is_name_word):
#   named   the text says a name follows: "nama saya", "namanya", "a.n.", "panggil saja",
#           "Nama :", "istri saya bernama"
#   family  a relative, with or without whose: "istri saya", "anakku", "mak aku"
#   title   "Pak", "Bu", "Koh", "Madam", "Pak Kades"
#   role    the recruiter's side: "sponsornya", "calo", "majikannya", "bos kapal nyo"
#   weak    "saya"/"aku" where a sentence starts, "sama"/"oleh"/"dibawa", a sign-off ("salam,")
#   to      "dikasih ke", "bilang ke": a given name or a capitalised word that is no place
# Each cue is matched case-insensitively, as whole words.
_RELATIVES_FOR_NAMES = (
    r"anak|istri|isteri|bini|suami|laki|adik|adek|kakak|abang|ayuk|ibu|bapak|ayah|mamak|emak|"
    r"umak|ortu|orang\s+tua|nenek|kakek|cucu|ponakan|keponakan|sepupu|mertua|paman|bibi|bibik|"
    r"mamang|menantu|ipar|kawan|teman|tetangga|pacar|ading"
)


_NAMED = (
    r"(?:nama|nm)\s*(?:saya|sy|sya(?!['’`][^\W\d_])|aku|aq|ku|q|ane|gue|gw|sayo|lengkap(?:\s*(?:saya|sy|aku|nya|ku))?|"
    r"panggilan(?:\s*(?:saya|sy|aku|nya|ku))?|asli(?:\s*(?:saya|sy|aku|nya))?)",
    r"namaku",
    r"namanya",
    rf"nam[ao]\s+(?:{_RELATIVES_FOR_NAMES})(?:\s+(?:bungsu|sulung|pertama|kedua|ketiga|tertua|"
    r"terkecil|kandung|laki-laki|perempuan|lanang|betino))?(?:\s+(?:saya|sy|aku|ku|sayo|kami|nyo|nya))?",
    r"namonyo",
    r"namo\s*(?:aku|sayo|kau|dio|nyo|ku)",
    r"namane",
    r"namae",
    r"nama\s*(?:ny|nyo)",
    r"bernama",
    r"panggil\s*(?:saja|aja|sj|aj|ja|sajo)?",
    r"dipanggil",
    r"panggilan(?:nya|ku)?",
    r"atas\s+nama",
    r"a\.\s?n\.?",
    r"an\.",
    r"(?<=\d )an(?=\s)",  # "BCA 0123456789 an Melati Suryani": an account's holder
    r"a/n",
    r"my\s+name\s+is",
    # the labels of a form in English: "First name: Putri", "First: Putri" (Telegram's id bots)
    r"(?:first|last|given|full|middle)\s?(?:name)?\s*:",
    r"(?:surname|nama\s+depan|nama\s+belakang)\s*:?",
    r"nama",
    r"namo",
    r"alias",
    r"nm",
    r"fb",
    r"facebook",
    # the labels of a form: "Nama anak: ...", "Penerima: ...", "Nama pelapor (ibu): ..."
    r"(?:nama\s*)?(?:anak|ibu|ayah|bapak|suami|istri|korban|pelapor|sponsor|agen|majikan|calo|"
    r"pemilik|penerima|pengirim|kakak|adik|wali|ahli\s+waris|penanggung\s+jawab|ortu|orang\s+tua|"
    r"kawan|teman|pacar|tetangga|saksi|pelaku|bos|perekrut|"
    r"narahubung|contact\s+person|cp)"  # an advert's or an invitation's "CP: Andika"
    r"(?:\s*\([^()\n]{1,20}\))?\s*:",
    r"(?:perkenalkan|kenalkan|kenalin|kenalan)(?:\s*,)?(?:\s+(?:saya|sy|aku|gue|nama\s+saya))?",
)


RELATIVES = (
    r"pak\s?cik|mak\s?cik|"  # Malay: an uncle, an aunt ("pak cik aku Rahmat")
    r"anak|anakku|anakq|istri|isteri|istriku|bini|suami|suamiku|laki|adik|adek|adekku|adikku|"
    r"kakak|kakakku|abang|abangku|ibu|ibuku|bapak|bapakku|ayah|ayahku|mamak|emak|mak|mama|papa|"
    r"nenek|kakek|ponakan|keponakan|sepupu|mertua|paman|bibi|bibik|tante|om|wak|uwak|mamang|"
    r"cucu|pacar|tunangan|menantu|ipar|kawan|kawanku|teman|temanku|temen|tetangga|kenalan|"
    r"sodara|saudara|saudari|ortu|besan|mbah|abah|umak|bapaknya|emaknya|ayuk|ayukku|"
    r"orang\s+tua|orangtua|wong\s+tuo|"
    r"ponakanku|keponakanku|sepupuku|cucuku|mertuaku|pamanku|bibiku|menantuku|iparku|nenekku|"
    r"kakekku|mamakku|emakku|umakku|besanku|tetanggaku|suamiku|bapakku|"
    r"ading|adingku|"  # Palembang: a younger brother or sister
    r"kaka\s+(?:saya|sy|aku|sayo)"  # "kakak" in chat, with its owner ("kaka mw tanya": the admin)
)


_ROLES = (
    r"sponsor|sponsornya|calo|calonya|agen|agennya|bos|bosnya|majikan|majikannya|perekrut|"
    r"perekrutnya|tekong|penyalur|mandor|toke|tauke|atasan|atasannya|pemilik|pemiliknya|"
    r"supervisor|supervisornya|manager|manajer|boss|bossnya|"
    r"korban|pl|orang|wong|cewek|cowok|rekrut|merekrut"
)


_WHOSE = (
    r"(?:\s+(?:ipar|kandung|tiri|angkat|sepupu|laki-laki|laki|lanang|perempuan|pr|lk|cewek|cowok|"
    r"pertama|kedua|ketiga|keempat|bungsu|sulung|tertua|terkecil|tua|kecil|besar|gadis|bujang|"
    r"sendiri|lama|baru|dulu|skrg|sekarang|kos|kost|kerja|gawe|sekamar|sekampung|sedesa|sekolah|"
    r"kakung|uti|buyut))?"  # Javanese: "mbah kakung", "mbah uti" are one's grandparents
    r"(?:\s+(?:saya|sy|aku|ku|sayo|kami|gue|gw|kito|dio|nya|nyo|yang|yg|tu|itu|dari|dr|sendiri))*"
    # "anak sayo bujang Ari": which of them, after whose
    r"(?:\s+(?:bujang|gadis|lanang|betino|bungsu|sulung|tertua|terkecil|cewek|cowok))?"
    # "anak aku yg tuo, Melati,": which of them, after "yang"
    r"(?:(?:(?<=yang)|(?<=yg))\s+(?:paling\s+)?(?:tua|tuo|sulung|bungsu|kecil|kecik|besar|gede|"
    r"pertama|kedua|ketiga|cewek|cowok|perempuan|betino|lanang|laki-laki)(?=\s*,))?"
    # "adikku tersayang, Mutiara": how dear they are
    r"(?:\s+(?:tersayang|tercinta|terkasih|kesayangan))?"
)


_CALLED = r"\s+(?:namanya|namonyo|namo\s*nyo|nama\s*nya|bernama|yg\s+bernama|yang\s+bernama)"


_TITLES = (
    r"pak|pa|bapak|bpk|bp|bu|ibu|ibuk|buk|bang|abang|mbak|mba|kak|kakak|mas|dik|dek|adek|koh|ko|"
    r"cik|ci|cek|wak|mang|mamang|bik|kakcik|kakcek|om|tante|haji|hj|h|hajjah|ustadz|ustad|ust|"
    r"almarhumah|almarhum|almh|alm|mendiang|"
    r"mbok|pakde|bude|budhe|paklik|bulik|"
    r"ustazah|ustadzah|uda|uni|"
    r"ayuk|yuk|kang|teh|cak|bro|sis|madam|mister|mr|mrs|ms|miss|tuan|nyonya|encik|datuk|sdr|"
    r"laoban|towkay|taukeh|auntie|aunty|captain|"
    r"sdri|saudara|saudari|almarhum|alm|almh|si|dr(?=\.)|drs|ir|nyai|yai|nek|atok|datuk|bripka|brigadir|"
    r"briptu|bripda|aiptu|aipda|iptu|ipda|akp|kompol|akbp|kombes|serka|sertu|serda|kopda|pratu|"
    r"teungku|tgk(?=\.)"
)


# A company's name is no person's: "PT Sinar Jaya Abadi", "LPK Mitra Karya".
COMPANY = re.compile(
    r"\b(?:PT|P\.T\.|CV|UD|LPK|BLK|P3MI|PPTKIS|(?i:yayasan|koperasi|toko|restoran|hotel|agency|"
    r"agensi|warung|rumah\s+makan|apotek|bengkel|bus|travel|ekspedisi)|PO|RS|RSUD|RSUP|RSU|RSIA|RSJ|RSAL|RSAU|RSPAD|(?i:rumah\s+sakit|klinik|universitas|"
    r"univ|institut|politeknik|sekolah|pesantren|ponpes|madrasah|masjid|gereja)|UIN|IAIN|SMAN?|SMPN?|"
    r"SDN?|SMKN?|MTsN?|MAN|MIN)\.?"
    rf"(?:\s+(?!(?i:{_TITLES})\b)(?:[A-Z][^\W\d_][\w&'.-]*|dan|&)){{1,5}}"
)


# "Toko Emas Koh Ahui", "Warung Pak Kumis", "Klinik Bu Bidan Sari": a shop whose name, written as
# one (capitalised), bears a title and one name is a shop. Not a company ("PT Sinar Pak Anton"
# names the sponsor), nor "kerja di toko Pak Budi Santoso" (a person's full name).
SHOP_OF_SOMEONE = re.compile(
    r"\b(?:Toko|Warung|Kedai|Rumah\s+Makan|RM|Bengkel|Apotek|Klinik|LPK|Salon|Katering|Konter|"
    r"Laundry|Bimbel)\.?(?:\s+[A-Z][^\W\d_]+)?"
    rf"\s+(?i:{_TITLES})\.?(?:\s+(?i:bidan|dokter|dr|haji|hj))?\s+[A-Z][\w'-]*(?![\w'-]|\s+[A-Z])"
)


# "Mawar Restaurant", "Lim Brothers Sdn Bhd", "Mawar Sharon Church": a name before the kind of
# business or body is that business's.
COMPANY_AFTER = re.compile(
    r"\b(?:[A-Z][^\W\d_][\w&'.-]*\s){1,4}(?:Restaurant|Restoran|Cafe|Café|Church|Hotel|Sdn\.?\s?Bhd|"
    r"Bhd|Ltd|Limited|Group|Agency|Enterprise|Trading|Company|Corporation|Corp|Foundation|"
    r"Fellowship|Ministry|Ministries|Mart|Store|Shop|Electronics|Industries|Industry|"
    r"Manufacturing|Holdings|Plantations?|Technology|Technologies|Engineering|Logistics|"
    r"Shipping|Marine|Construction|Services)\b\.?"
)


# A title may be followed by an office before the name: "Pak Kades Sahril", "Bu Haji Romlah".
_OFFICES = (
    r"kades|lurah|camat|kadus|rt|rw|haji|hj|h|dokter|dr|ustadz|ustad|guru|bidan|mantri|polisi|"
    r"satpam|sopir|supir|direktur|manager|manajer|bos|agen|sponsor|calo|petugas|admin|pendeta|"
    r"kyai|kiai|kepala\s+desa|kepala\s+dusun|kepala"
)


# ("sy ini Sapto, pekerja di Miri": the writer, then "ini", then the name)
_SELF = (
    r"(?:saya|sy|aku|sayo)\s+(?:ini|nih)|"
    r"saya|sy|sya|aku|ak|aq|sayo|gue|gw|gua|ane|ini|kami|dengan|dgn|kulo|kula"
)


# ("uang nya dibawa lari wiwik": who ran off with it)
_WITH = (
    r"sama|sm|ama|samo|oleh|bareng|bersama|dibawa\s+(?:lari|kabur|pergi)|dibawa|diajak|"
    r"dijemput|ditipu|kata|kato"
)


# "duit dikasih ke darmawan", "tanyo ke yanti": money or word given to someone (a place follows
# as often: "kirim ke indo", so only a given name or a capitalised word that is no place)
_GIVEN_TO = r"(?:kasih|dikasih|bilang|tanya|tanyo|transfer|tf|kirim|bayar|titip|nitip)\s+ke"


# "ada yg kenal zubaidah dak", "kenal Erwin Sembiring?": someone the writer asks about (read
# as a greeting's name is: not "kenal Tuhan", "kenal Google Translate").
_KNOWN = r"kenal(?:\s+(?:sama|sm|samo|dengan|dgn|ama))?"


# "paspor dipegang farah", "tanya farah aja", "Nelpon Yusuf Td": someone the writer deals with
# (a given name no one chats with and no word of the dictionary; not "dihubungi lagi", "tanya
# lamar kerja", "dipegang teguh", "Nelpon Td", "Tanya Kanada"; not "disuruh", which "sabar",
# "jaga" follow).
# A name that is a word too counts after them ("yakinkan budi", "ditelpon wulan").
_DEALT_WITH = (
    r"dipegang|ditelpon|ditelepon|ditelfon|dihubungi|dimarahi|dipukul|dibohongi|diancam|"
    r"dirayu|dibujuk|dikenalin|dikenalkan|tanya|tanyain|hubungi|yakinkan|yakinin|kabari|kabarin|"
    r"telpon|nelpon"
)


# "titip salam buat ucup": greetings sent to someone.
_GREETED = r"salam\s+(?:buat|bwt|untuk|utk|ke|kepada)"


_GREETING = (
    r"(?:(?:assalamu\W?alaikum|asalamualaikum)(?:\s+warahmatullahi?(?:\s+wabarakatuh)?)?|"
    r"ass(?:alam)?\W?wr\W?wb|halo|hallo|hai|hi|pagi|siang|"
    r"sore|malam|selamat\s+\w+|permisi|maaf|min|mimin|kak|admin|bang|pak|bu|mbak|mas|om|p)"
)


_SIGN_OFF = (
    r"(?:salam(?:\s+dari)?|trims|terima\s*kasih|terimakasih|makasih|mksh|thx|thanks|wassalam|"
    r"hormat\s+saya|ttd|dari\s+saya|regards)"
)


_END_OF_CUE = r"(?![^\W\d_])"


# An RT's or a village head's own people: "warga saya Rohani", "wargaku Dewi" (what follows is
# as often a place, a number or a kind of people: "warga kami Sukarami", "warga kami byk",
# "warga kami Eks PMI"; see the strength "resident" in names.py).
_RESIDENT = (
    r"(?:wargaku|(?:warga|wargo|warga2)(?:\s+(?:desa|dusun|kampung|rt))?"
    r"\s+(?:saya|sy|aku|sayo|kami|kmi|kito))"
)


NAME_CUES = re.compile(
    "(?i)"
    + "|".join(
        [
            rf"(?P<named>(?:{'|'.join(_NAMED)}){_END_OF_CUE}(?:\s*(?:adalah|ialah|yaitu|yakni|:|-|,|=))?)",
            rf"(?P<called>(?:{RELATIVES}|{_ROLES})(?:nya|nyo)?{_END_OF_CUE}{_WHOSE}{_CALLED}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<family>(?:{RELATIVES})(?:nya|nyo|2)?{_END_OF_CUE}{_WHOSE}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<title>(?:{_TITLES}){_END_OF_CUE}\.?(?:\s+(?:{_OFFICES}){_END_OF_CUE}\.?)?)",
            rf"(?P<role>(?:{_ROLES})(?:nya|nyo)?{_END_OF_CUE}{_WHOSE}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<resident>{_RESIDENT}{_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<self>(?:{_SELF}){_END_OF_CUE}(?:\s*[:,-])?)",
            rf"(?P<with>(?:{_WITH}){_END_OF_CUE})",
            rf"(?P<to>{_GIVEN_TO}{_END_OF_CUE})",
            rf"(?P<known>{_KNOWN}{_END_OF_CUE})",
            rf"(?P<dealt>(?:{_DEALT_WITH}){_END_OF_CUE})",
            rf"(?P<greeted>{_GREETED}{_END_OF_CUE})",
            rf"(?P<signoff>{_SIGN_OFF}{_END_OF_CUE}[\s,.!:-]*)",
        ]
    )
)


# The same cues, for a text in lower case: Python's re matches case-insensitively several times
# slower. Only for ASCII text, where the two read the same letter for letter (IGNORECASE also
# takes "ı" for "i", "ſ" for "s" and the Kelvin sign for "k").
NAME_CUES_IN_LOWER_CASE = re.compile(NAME_CUES.pattern.removeprefix("(?i)"))


CUE_STRENGTH = {
    "named": "named",
    "called": "named",
    "family": "family",
    "title": "title",
    "role": "role",
    "resident": "resident",
    "self": "weak",
    "with": "weak",
    "to": "to",
    "known": "greeted",
    "dealt": "dealt",
    "greeted": "greeted",
    "signoff": "weak",
}


# What the cues of NAME_CUES are written with.
_CUE_SOURCES = (
    *_NAMED,
    RELATIVES,
    _ROLES,
    _RESIDENT,
    _TITLES,
    _SELF,
    _WITH,
    _GIVEN_TO,
    _KNOWN,
    _DEALT_WITH,
    _GREETED,
    _SIGN_OFF,
)


# Every word a cue is written with: the long pattern is only tried at such a word (or at one
# that glues a cue together, "namasaya", "bapaknya"), which keeps a long message fast.
CUE_FIRST_WORDS = frozenset(
    word for source in _CUE_SOURCES for word in re.findall(r"(?<!\\)[a-z]+", source)
)


GLUED_CUES = ("nama", "namo", "panggil", "kenal", "terima")


# Words of the cues: never the start of a name that runs back from a name found after them.
CUE_WORDS = frozenset(
    word for source in (*_CUE_SOURCES, _OFFICES) for word in re.findall(r"(?<!\\)[a-z]{2,}", source)
)


# "saya" is a cue only where the message (or a sentence, or the greeting) starts.
SELF_OPENS = re.compile(rf"(?i)(?:^|[\n.!?,:;]|\b{_GREETING}\b[\s,.!]*)\s*$")


WORD = re.compile(r"[^\W\d_]+(?:(?:['’`]|-(?!(?:nya|nyo|lah|kah|pun|ku|mu)\b))[^\W\d_]+)*\.?")


NAME_JOINERS = {"bin", "binti", "bt", "bte", "al", "el", "van", "de", "da", "nur", "abu"}


# Palembang's old titles belong to the name: "Kemas Ali", "Nyimas Fatimah", "Kgs. Rudi".
NAME_PREFIXES = {
    "kemas",
    "kms",
    "kgs",
    "kiagus",
    "masagus",
    "mgs",
    "nyimas",
    "nys",
    "nyayu",
    "raden",
    "rd",
    "ki",
    "ra",
    "m",
    "moh",
    "moch",
    "muh",
    "mhd",
    "muhd",
    "md",
    # "Tan Ah Kow", "Lim Swie Hong": Chinese surnames and 'Ah' open a name
    "ah",
    "tan",
    "lim",
    "liem",
    "oei",
    "ong",
    # "Abu Nasser", "Umm Khalid": an Arab employer known by a child's name
    "abu",
    "umm",
    "ummu",
}


# Palembang's noble titles, part of the name they open.
NOBLE_TITLES = {"kemas", "kms", "kgs", "kiagus", "masagus", "mgs", "nyimas", "nyayu", "raden"}


# A title stands before a name and is not part of it ("Madam Wong", "Pak Budi").
TITLE_WORDS = frozenset(re.findall(r"[a-z]{2,}", _TITLES)) - NAME_PREFIXES


# What a speaker says while finding the word (typed by voice, the keyboard keeps it): "nama
# saya eh sastrowardoyo", "email saya eh rini ...".
FILLERS = ("eh", "em", "emm", "ehm", "hmm", "anu", "ee", "eee")
FILLER = "|".join(FILLERS)


# Palembang kin words that are titles too: "wak saman", "mamang darmo" name someone as "Pak"
# does ("ibu", "kakak" alone are left to the relatives' reading: "ibu kota", "kakak kelas";
# "ayuk" is "let's" as often).
KIN_TITLES = frozenset({"wak", "mamang"})
assert KIN_TITLES <= TITLE_WORDS


# What is done to a name on a form, between the cue and the name: "nama saya tertulis Kasiman",
# "Nama lengkap diisi apa?" (a question, no name, follows).
# Who a form's name is of, between "Nama" and the name: "Nama Pelapor: Budi", "Nama korban
# siti" (on a line of its own, "Nama Pelapor :", a label left empty).
ROLE_LABELS = frozenset(
    {"pelapor", "korban", "pelaku", "terlapor", "saksi", "pemohon", "peserta", "pendaftar"}
    | {"pekerja", "perekrut", "pengirim", "penerima", "pemilik", "penjamin", "pemegang"}
    | {"nasabah", "pasien", "tersangka", "cpmi", "pmi", "tki"}
    | {"ketua", "pengurus", "anggota", "mantan"}  # "nama mantan, Anggun"
)


FORM_VERBS = {
    *("diisi", "diisikan", "ditulis", "tertulis", "disebut", "dicantumkan", "dieja", "disingkat"),
    *("diubah", "dirubah", "disamakan", "dilengkapi"),
}


# Never a name, whatever stands before: the words that turn "nama saya ..." into a question
# about the name ("nama saya tidak ada di daftar", "namanya apa").
NEVER_NAMES = {
    *("resmi", "official"),  # "akun Facebook Resmi KP2MI"
    "urang",  # Palembang's "orang": "kato urang", "urang dusun"
    # Javanese krama of the transmigrant villages: "Ngapunten, nyuwun pirso, kulo badhe tangklet"
    *("ngapunten", "ngapuntene", "sepuntene", "pirso", "pirsa", "tangklet", "tanglet"),
    # what befalls a name: "nama saya dipalsukan di paspor", "nama saya berubah setelah menikah"
    *("berubah", "diubah", "dirubah", "dipalsukan", "dipalsu", "dipotong", "terpotong"),
    *("kepotong", "disingkat", "kesingkat", "terbalik", "kebalik", "tertukar", "ketuker"),
    *("ditukar", "dituker", "diblokir", "keblokir", "diblacklist", "dibajak", "dicoret"),
    *("terlalu", "kepanjangan", "kependekan", "dobel", "double", "ganda", "typo", "keliru"),
    *("muncul", "nongol", "pasaran", "mirip", "umum", "tercatat", "dihapus", "terhapus"),
    # "nama pengguna": the app's username, its label
    *("pengguna", "akun"),
    *("sayang", "tersayang", "cantik", "ganteng", "sang"),  # "Kakak Sayang", "mama sang ..."
    # the parts of a contract or a law: "Pak, Pasal 3 sama 4 ini wajar gak?", "Pihak Pertama"
    *("pasal", "pihak", "lampiran"),  # (not "ayat": a given name too)
    # what is done with a name: "namonyo dipake di iklan", "namanya disebut di berita"
    *("dipake", "dipakai", "disebut", "dicatut", "dipanggil", "digunakan", "dicantumkan"),
    *("i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d"),  # "... I'm in Riyadh"
    "tidak",
    "tdk",
    "gak",
    "ga",
    "gk",
    "nggak",
    "ngga",
    "enggak",
    "dak",
    "idak",
    "ndak",
    "bukan",
    "blm",
    "belum",
    "belom",
    "sudah",
    "sdh",
    "udah",
    "udh",
    "dah",
    "ada",
    "ado",
    "di",
    "ke",
    "dari",
    "dr",
    "yang",
    "yg",
    "apa",
    "apo",
    "siapa",
    "siapo",
    "sesuai",
    "sama",
    "beda",
    "berbeda",
    "salah",
    "masih",
    "kok",
    "kenapa",
    "knp",
    "juga",
    "jugo",
    "itu",
    "ini",
    "tu",
    "sy",
    "saya",
    "aku",
    "sayo",
    "dan",
    "atau",
    "tapi",
    "dengan",
    "dgn",
    "dalam",
    "dlm",
    "terdaftar",
    "tercantum",
    "dipakai",
    "dicatut",
    "hilang",
    "ganti",
    "diganti",
    "mau",
    "nak",
    "bisa",
    "biso",
    "pacak",
    "harus",
    "wajib",
    "perlu",
    "boleh",
    "the",
    "is",
    "and",
    "from",
    "pak",
    "bu",
    "kak",
    "min",
    "bang",
    "mbak",
    "mas",
    "ya",
    "yah",
    "iya",
    "lengkap",
    "asli",
    "panggilan",
    "nya",
    "pun",
    "lah",
    "la",
    "kah",
    "dong",
    "deh",
    "sih",
    "nih",
    "kan",
    "mr",
    "untuk",
    "utk",
    "buat",
    "kalau",
    "kalo",
    "klo",
    "jika",
    "karena",
    "krn",
    "kami",
    "kita",
    "dia",
    "dio",
    "mereka",
    "kamu",
    "anda",
    "nama",
    "namanya",
    "ktp",
    "paspor",
    "pt",
    "adalah",
    "ialah",
    "yaitu",
    "yakni",
    "samaran",
}


LONGEST_NAME = 5


# Names found this way run on over a lower-case word only when it is no Indonesian word at all.
UNSURE = {"weak", "to", "role", "gazetteer", "proper", "title abroad"}


# Titles said abroad before an employer's or an agent's surname, which may be a word here too:
# from English in Hong Kong, Taiwan and Singapore ("miss wong": "wong" is Palembang for a
# person), and Chinese and Malaysian ones ("laoban chen", "towkay lim", "auntie siew lan").
# Said before a Chinese employer's surname in Malaysia and Taiwan.
EMPLOYERS_TITLES = frozenset({"laoban", "towkay", "taukeh"})
TITLES_ABROAD = {
    *("mr", "mrs", "ms", "miss", "mister", "captain"),
    *EMPLOYERS_TITLES,
    *("auntie", "aunty"),
}


SENTENCE_GAP = re.compile(r"[.!?\n:;]|(?<!\d)\d+[.)]\s*\W*$")


# "Jaya tu lah calo yg ngirim 6 wong ke Jepang": who someone is, right after their name.
# ("agen" is left out: "Bagus itu agen resmi?" asks about an agency as often.)
SAID_TO_RECRUIT = re.compile(
    r"(?i)\s+(?:tu|itu|ini|ni)\s+(?:(?:lah|la|yg|yang)\s+)?"
    r"(?:calo|sponsor|tekong|perekrut|penyalur|yang\s+ngajak|yg\s+ngajak)(?:nya|nyo)?\b"
)


# "Rahmat di sini", "Acong ni", "M. Ridho nih bang": the name introduces its writer.
INTRO_AFTER = re.compile(
    r"(?i)\s*+(?:,\s*+)?(?:di\s*sini|disini|ni|nih|here|dari\s+(?:desa|dusun|kampung))\b"
    # "asep saepudin, 0812 ...": the name, then the number ("Sabtu, 14 Maret" is a date)
    r"|,\s?(?:\+|0|62)\d"
)


# "Yadi (adik)", "Darwis (calo)": a name followed by who the person is.
RELATION_AFTER = re.compile(
    rf"(?i)\s*\((?:{RELATIVES}|{_ROLES}|istrinya|suaminya|anaknya)[^()\n]{{0,15}}\)"
)


# "Rini, 22 th", "Galih (16 th)", "Murni, umur 34": a person has an age.
AGE_AFTER = re.compile(
    r"(?i)\s?(?:\(\s?(?:umur|usia|u\.?)?\s?\d{1,2}\s?(?:th|thn|tahun|th\.)?\s?\)"
    r"|,\s?(?:umur|usia|u\.?)?\s?\d{1,2}\s?(?:th|thn|tahun)\b)"
)


# "Firdaus, SH.", "Hendra S.Pd", "Yuliani, A.Md.Keb": an academic degree after a name (as a
# village secretary or a teacher signs). Written with its full stops, or run together; the
# shortest (SE, ST, MM, MH) only after a comma ("Fajar, SE"), where no other reading is likely.
DEGREE_AFTER = re.compile(
    r"(?:\s?,\s?|\s)(?:"
    r"S\.\s?(?:H|Pd(?:\.\s?I)?|Kom|E|Sos|Ag|T|ST|Kep|Keb|Farm|Si|P|IP|I\.P|Psi|Ked|Tr|Ak|Hut|Gz"
    r"|IKom|KM|Kes|Hum|Pt)"
    r"|(?:A\.\s?Md|AMd|Amd)(?:\.\s?(?:Keb|Kep|Kes|Farm|Gz|Ak|Kom|T|Par|Pd|Rad|Ft|Sos|AK|KL))?"
    r"|M\.\s?(?:Si|Pd|M|H|Kes|Ag|Kom|T|Sc|A|Hum|KM)"
    r"|SH|SPd|SKom|SSos|SKep|SKM|MPd|MSi"
    r"|(?<=,)\s?(?:SE|ST|MM|MH)"
    r")\.?(?![\w/])"
)


def degrees_in(text: str) -> list[tuple[int, int]]:
    """Where the academic degrees of a text stand, left to right."""
    return [degree.span() for degree in DEGREE_AFTER.finditer(text)]


def within_a_degree(start: int, end: int, degrees: list[tuple[int, int]]) -> bool:
    """Is the span start..end inside one of the degrees (degrees_in's), its full stop included?
    ("M." of "M.Si", "Md.Keb" of "A.Md.Keb": a degree's letters, no name)."""
    at = bisect_right(degrees, (start, float("inf"))) - 1
    return at >= 0 and end <= degrees[at][1] + 1


# ... not a job, a field of study, a school or what one teaches ("lulusan Keperawatan S.Kep",
# "guru Matematika S.Pd", "Ijazah Akuntansi, S.E", "Lowongan Kasir, SE", "Staf Keuangan, SE").
JOBS_AND_FIELDS = frozenset(
    {
        *("keperawatan", "kebidanan", "farmasi", "psikologi", "sosiologi", "pertanian"),
        *("peternakan", "perikanan", "kehutanan", "informatika", "komputer", "manajemen"),
        *("akuntansi", "ekonomi", "hukum", "pendidikan", "agama", "matematika"),
        *("fisika", "kimia", "biologi", "teknik", "sipil", "mesin", "elektro", "industri"),
        *("arsitektur", "pelayaran", "kesehatan", "gizi", "kedokteran", "inggris"),
        *("bahasa", "administrasi", "bisnis", "perhotelan", "pariwisata", "komunikasi"),
        *("pengajar", "tenaga", "guru", "dosen", "sarjana", "diploma", "umum", "masyarakat"),
        *("kasir", "apoteker", "honorer", "staf", "staff", "admin", "keuangan", "produksi"),
        *("operator", "teknisi", "listrik", "perawat", "bidan", "akuntan", "sekretaris"),
        *("marketing", "sales", "manager", "manajer", "supervisor", "gudang", "magister"),
        *("nurse", "accounting", "engineer", "analis", "programmer", "desainer", "privat"),
        *("olahraga", "tk", "sd", "smp", "sma", "smk", "hrd", "personalia", "pajak", "bank"),
        *("pemasaran", "penjualan", "logistik", "humas", "pembukuan", "lapangan", "sejarah"),
        *("kelas", "musik", "ngaji", "seni", "budaya", "teller", "laboratorium", "lingkungan"),
        *("penyuluh", "pengawas", "pelaksana", "konsultan", "tutor", "instruktur", "asisten"),
        *("lowongan", "loker", "dicari", "dibutuhkan", "butuh", "posisi", "formasi", "syarat"),
        *("kualifikasi", "info", "pendaftaran", "jabatan", "bagian", "divisi"),
    }
)
STUDY_CUES = frozenset(
    {"lulusan", "tamatan", "alumni", "alumnus", "ijazah", "jurusan", "prodi", "sarjana"}
    | {"kuliah", "universitas", "univ", "uin", "stikes", "akbid", "akper", "poltekkes"}
)
# Words with a particle that open a sentence ("Meskipun adik saya ...", "Syukurlah anak aku ..."):
# no name, whatever their stem.
PARTICLED = frozenset(
    {"meskipun", "walaupun", "biarpun", "sekalipun", "apapun", "siapapun", "bagaimanapun"}
    | {"kapanpun", "dimanapun", "manapun", "sudahlah", "syukurlah", "kasihanlah", "sabarlah"}
    | {"untunglah", "tolonglah", "cobalah", "biarlah", "janganlah", "marilah", "adapun"}
)
# What a person owns, before a relative's word: "Cincin mamak aku lah dijual", "Sawah bapak aku
# digadai" (not a name; "Aling kawan aku", "Amir kakak aku" are).
THINGS_OWNED = frozenset(
    {
        *("cincin", "kalung", "gelang", "anting", "emas", "perhiasan", "sawah", "tanah"),
        *("kebun", "ladang", "rumah", "motor", "mobil", "sepeda", "hp", "handphone", "hape"),
        *("hutang", "utang", "uang", "duit", "tabungan", "ktp", "kk", "paspor", "ijazah"),
        *("sertifikat", "surat", "baju", "tas", "dompet", "kambing", "sapi", "kerbau", "ayam"),
        *("warung", "toko", "laptop", "gaji", "pensiun", "kontrakan", "kos", "barang"),
        *("koper", "lahan", "perahu", "kapal", "kios", "kamar"),
        # ... or what befalls them
        *("kondisi", "status", "nasib", "keadaan", "kabar", "kasus", "masalah", "urusan"),
        *("berkas", "dokumen", "data", "nomor", "alamat", "kontrak", "visa", "jadwal"),
        *("kecuali", "kesal", "karena", "semoga", "walau", "meski", "padahal", "bahkan"),
        *("apalagi", "terutama", "bersama", "termasuk"),
    }
)


# "Aling kawan aku", "Yadi adik saya", "Rezeki, adek bungsu aku", "Mawar sepupuku": a name, then
# who the person is to the writer.
RELATION_TO_WRITER = re.compile(
    rf"(?i),?\s(?:{RELATIVES})"
    r"(?:\s(?:kandung|ipar|tiri|angkat|dekat|lama|bungsu|sulung|tertua|pertama|kedua|ketiga))?"
    r"\s(?:aku|saya|sy|kami|sayo|gue|gw)\b"
    # "Mawar sepupuku dulu ...": the relative's word with its owner glued on, the sentence going
    # on ("Sabar adekku.", "Semangat kawanku!" speak to the relative)
    rf"|,?\s(?:{RELATIVES})(?<=ku)\b(?!\s*(?:[,.!?]|$))"
)


PEOPLE_WORDS = {"orang", "wong", "cewek", "cowok"}


RELATIVE_WORD = re.compile(rf"(?:{RELATIVES})(?:ku|nya|nyo|mu)?")


# "Deni, Feri, dan <name>": what stands between two names of a list.
_LIST_JOINERS = r"dan|dn|&|sama|sm|samo|serta"


LIST_BEFORE = re.compile(rf"(?i)\s?,\s?(?:(?:{_LIST_JOINERS})\s)?|\s(?:{_LIST_JOINERS})\s")


LIST_WORDS = frozenset(re.findall(r"[a-z]+", _LIST_JOINERS))


# "yanti nelpon", "lina bilang": what a person does right after their name.
DID_AFTER = re.compile(
    r"(?i)\s(?:bilang|blg|nelpon|nelfon|telpon|telepon|cerita|ngomong|ngajak|nawarin|nawari|chat|"
    r"ngechat|kirim|minta|dibawa|diajak|ditawari|ditawarin|hilang|kabur|pulang|berangkat|sama|sm|"
    r"nyuruh|ngasih|ngirim|nipu|ngurus|ngejemput|nanya|nanyo|nangis\w*|ditahan|dipindah\w*|"
    r"dijemput|ditelpon|ngadu|katanya|katonyo|"
    r"samo|dan)\b"
)


# "anak aku 3: Rini, Joko, dan Sari", "adek aku Ujang samo Cahaya": one cue, several names.
LIST_JOIN = re.compile(
    rf"(?i)\s?(?:,\s?(?:(?:{_LIST_JOINERS})\s)?|\s(?:{_LIST_JOINERS})\s|\()"
    r"|\s*\n?\s?\d{1,2}[.)]\s?"  # a numbered list: "1. Bayu 2. Sekar"
)


# "anak saya 2: ...", "anak aku 3 orang:": a count between a relative and the names.
COUNT_BETWEEN = re.compile(r"^[\s:,(-]*\d{1,2}[.)]?[\s:,(-]*$")


# After these a capitalised word is a place or a company, not a person.
PLACE_CUES = {
    "di",
    "ke",
    "dari",
    "dr",
    "desa",
    "ds",
    "dusun",
    "kel",
    "kelurahan",
    "kec",
    "kecamatan",
    "kab",
    "kabupaten",
    "kota",
    "provinsi",
    "prov",
    "negara",
    "pulau",
    "pt",
    "cv",
    "ud",
    "lpk",
    "blk",
    "kampung",
    "sungai",
    "bandara",
    "pelabuhan",
    "pasar",
    "masjid",
    "gereja",
    "sekolah",
    "sd",
    "smp",
    "sma",
    "smk",
    "universitas",
    "rs",
    "rumah",
    "sakit",
    "puskesmas",
    "hotel",
    "toko",
    "wilayah",
    "daerah",
    "perbatasan",
    "jalan",
    "jl",
    "jln",
    "gg",
    "lrg",
    "lorong",
    "gang",
    "komplek",
    "perum",
    "orang",  # "orang Jawa, Batak, Sunda": peoples (a given name after it is still a name)
}


# Things that are called something: the rules read "app namanya X" as an app's name, not a
# person's ("akun namanya X" is someone's account, so not among them). The tagger may still
# read a name there: where in doubt, the name goes.
THINGS_NAMED = frozenset(
    {"app", "apk", "aplikasi", "program", "film", "lagu", "sinetron", "acara", "kapal", "toko"}
    | {"pt", "perusahaan", "lpk", "yayasan", "sekolah", "bank", "kartu", "merek", "web", "situs"}
    | {"website", "pabrik", "restoran", "hotel", "agensi", "agency", "kampung", "desa", "dusun"}
    | {"bunga", "buah", "hewan", "kota", "daerah", "jalan"}
)
# ... unless a person of it is named: "ketua yayasan bernama X", "kapten kapal namanya X".
PEOPLE_OF_A_THING = frozenset(
    {"ketua", "kepala", "kapten", "nakhoda", "bos", "boss", "pemilik", "owner", "direktur"}
    | {"manajer", "mandor", "admin", "agen", "pegawai", "staf", "staff", "guru", "pengurus"}
    | {"pemimpin", "sopir", "supir", "orang", "petugas", "karyawan"}
)
# Roads, mosques, schools and ports are named after people: after these, a given name is the
# place's ("Jalan Jenderal Sudirman", "Masjid Cheng Ho", "Bandara Sultan Mahmud Badaruddin").
# A house on such a road is still found by the address rules ("Jl. Sudirman No. 5"); a gang or
# a lorong is someone's neighbourhood, so not among them.
NAMED_PLACE_CUES = {
    *("jalan", "jl", "jln", "masjid", "gereja", "sekolah", "universitas", "bandara"),
    *("pelabuhan", "stadion", "museum", "jembatan", "bukit", "benteng", "terminal", "stasiun"),
    "taman",  # "Taman Tun Dr Ismail", a suburb of Kuala Lumpur
}
NAMED_PLACE = re.compile(
    rf"\b(?i:{'|'.join(sorted(NAMED_PLACE_CUES))})\.?(?:\s+(?:Agung|Raya|Besar|Negeri))?"
    r"(?:\s+[A-Z][\w'.-]*){1,5}"
)


# After these come the names of things, not of people, even where a word is a given name too:
# "Presiden Prabowo" (a public figure by office), "wong Semende", "bahasa Komering" (a people,
# a language), "aplikasi Safe Travel", "berita Kompas", "sinetron 'Ikatan Cinta'", "kapal
# pesiar Royal Caribbean", "pakai Western Union" (apps, the media, ships and brands).
PUBLIC_OFFICES = {
    *("presiden", "wapres", "menteri", "gubernur", "bupati", "walikota", "dirjen", "kapolri"),
    *("kapolda", "kapolres", "kadis", "pejabat", "menaker", "jaksa"),
}


THING_CUES = {
    *PUBLIC_OFFICES,
    *("wong", "suku", "bahasa", "aplikasi", "app"),
    *("apk", "berita", "koran", "sinetron", "film", "acara", "kapal", "pesiar", "pakai", "pake"),
    "merek",
    # what is bought, eaten, watched or worked at: "susu Dancow", "kecap Bango", "obat Bodrex",
    # "pabrik Hartalega", "beli Pampers", "nonton Preman Pensiun"
    *("merk", "susu", "kerupuk", "kecap", "obat", "pempek", "sambal", "sambel", "mie", "sabun"),
    *("shampo", "sampo", "bedak", "skincare", "produk", "rokok", "pabrik", "galangan", "kilang"),
    *("beli", "nonton", "lagu", "novel", "drama"),
    # the prophets and the holy books: "nabi Musa", "Injil Yohanes"; Islamic schools and
    # foundations: "pesantren Darul Ulum"
    *("nabi", "rasul", "injil", "kitab", "surah", "darul", "darus", "daarul"),
}
# How many capitalised words after a thing's cue may still be its name ("nonton Preman Pensiun").
THING_CUE_REACH = 6


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+$")


# Faker's lists hold these as given names too, but written in lower case right after "aku" or
# "saya" and before what follows in the sentence they are what one does or is: "aku gada duit",
# "saya lamar kerja", "aku jaga anak majikan", "aku lega sudah pulang". ("Sabar", "Timbul",
# "Dadi", "Eja", "Wani", "Mujur" are left out: people are named so.) "aku jaga, dari ...",
# "saya lamar di sini", a title's "pak jaga", "namanya lamar": names still.
_GIVEN_NAMES_WRITTEN_AS_WORDS = frozenset(
    {"gada", "jaga", "lamar", "lega", "embuh", "garang", "gaduh", "nalar", "luluh", "jail"}
    | {"enteng", "bakda", "gamblang", "nrima"}
)
_I = frozenset({"aku", "saya", "sy", "aq", "ak", "sayo"})
_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_]+)")


def a_given_name_written_as_a_word(text: str, start: int, end: int) -> bool:
    """ "aku gada duit": the word from `start` to `end` is one of _GIVEN_NAMES_WRITTEN_AS_WORDS,
    in lower case, after "aku" or "saya" and before another word of the sentence, or before
    work ("mau tanya lamar kerja")."""
    if text[start:end].lower() not in _GIVEN_NAMES_WRITTEN_AS_WORDS:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None
        and (
            after.group(1).lower() in _WORK  # (whatever the case: "CARA LAMAR KERJA KE KOREA")
            or (
                text[start:end].islower()
                and before is not None
                and before.group(1).lower() in _I
                and after.group(1).lower() not in _A_NAME_CAME_FIRST
            )
        )
    )


_WORK = frozenset({"kerja", "kerjo", "gawe", "kerjaan", "pekerjaan", "lowongan", "loker"})


# After these the word before was a name: "aku jaga dari ...", "saya lega mau tanya", "sy garang
# asli oku", "saya jail tki taiwan".
_A_NAME_CAME_FIRST = frozenset(
    {"dari", "dr", "di", "yg", "yang", "asal", "asli", "mau", "ingin", "umur", "usia", "tki"}
    | {"pmi", "tkw", "bin", "binti"}
)


# The words for a kind of thing the tagger's names are read after ("wong", "pakai", "beli" come
# before people as often: "wong Yanto nipu aku", "pake KTP Dedi").
# ("nonton Yanto Saputra live": people are watched too.)
_THINGS_FOR_THE_TAGGER = (
    THING_CUES - PUBLIC_OFFICES - {"wong", "suku", "pakai", "pake", "beli", "nonton"}
)


# The words after which a capitalised word without a cue names a place, given name or not:
# "desa Suka Makmur", "bandara Juanda". Not "di": "paspor aku ditahan di Rudi" is with Rudi.
WHERE_WORDS = frozenset(
    {"desa", "ds", "dusun", "kel", "kelurahan", "kec", "kecamatan", "kab", "kabupaten"}
    | {"bandara", "pelabuhan"}
)


def after_a_where_word(text: str, start: int) -> bool:
    """ "bandara Juanda": the capitalised word at `start` comes right after a word of WHERE_WORDS."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before.group(1).lower() in WHERE_WORDS
        and text[start : start + 1].isupper()
    )


# Who runs a thing or leads its people: after "kapten kapal", "bos pabrik" comes a person, not
# the thing's name ("kapten kapal Lee Jong-su", "mandor pabrik Hendra"). Narrower than
# PEOPLE_OF_A_THING: not "kepala desa Sukamaju", "karyawan pabrik Hartalega".
HEADS_OF_A_THING = frozenset(
    {"kapten", "nakhoda", "bos", "boss", "pemilik", "owner", "direktur", "manajer", "manager"}
    | {"mandor", "juragan", "toke", "tauke", "bosnya", "pemiliknya", "mandornya", "kaptennya"}
)


def run_by_its_head(text: str, cue_start: int) -> bool:
    """Does a head of a thing (HEADS_OF_A_THING) stand right before the thing's word at
    `cue_start` ("bos pabrik")?"""
    before = _WORD_BEFORE.search(text, max(0, cue_start - 30), cue_start)
    return before is not None and before.group(1).lower() in HEADS_OF_A_THING


def after_a_thing_cue(text: str, start: int) -> bool:
    """ "pabrik Hartalega", "kerupuk Finna", "kapal KM Kelud": after the word for a kind of thing
    (as names.py reads them), capitalised words name the thing, not a person; right after a named
    place's word ("Masjid", "Jalan") they name the place. Never across a sentence or a line."""
    end = start
    for reach in range(THING_CUE_REACH):
        before = _WORD_BEFORE.search(text, max(0, end - 30), end)
        if before is None:
            return False
        word = before.group(1).lower()
        if word in _THINGS_FOR_THE_TAGGER or (reach < 2 and word in NAMED_PLACE_CUES):
            return not (reach == 0 and run_by_its_head(text, before.start()))
        # on over the capitalised words of a brand's name ("pabrik Top Glove Klang"), not over
        # "Di", "Dengan", "Taiwan" in a message written in Title Case (the word right before
        # the name aside: "masjid Agung Raya", "kapal KM Kelud")
        written = before.group(1)
        everyday = (word in chat_words() or word in place_words()) and not written.isupper()
        if not written[:1].isupper() or (reach > 0 and everyday):
            return False
        end = before.start()
    return False


def read_as_the_verb(text: str, start: int, end: int, *, opening: bool = False) -> bool:
    """ "pegi ke malaysia", "naek kelas", "gara gara utang": the word from `start` to `end`, one of
    lexicon/names_that_are_chat_words.txt in lower case, read as the word it is too: a place,
    a direction, a vehicle or work follows, or it is said twice. `opening`: a sentence's first
    word may be capitalised too, as phones write it ("Pegi ke malaysia bayar berapa?")."""
    word = text[start:end]
    capital_of_a_sentence = (
        opening and word[:1].isupper() and word[1:].islower() and opens_a_sentence(text, start)
    )
    if not (word.islower() or capital_of_a_sentence):
        return False
    word = word.lower()
    if word not in names_that_are_chat_words():
        return False
    again = _SAID_AGAIN.match(text, end)
    return _WHERE_OR_HOW_AFTER.match(text, end) is not None or (
        again is not None and again.group(1).lower() == word
    )


_SAID_AGAIN = re.compile(r"[\s-]([^\W\d_]+)")


def opens_a_sentence(text: str, start: int) -> bool:
    """Only spaces stand between `start` and the text's start, a full stop, a question or an
    exclamation mark, or the spaces hold a new line. (Read backwards from `start`: a search
    from the text's start each time costs a long message dearly.)"""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before == 0 or text[before - 1] in ".!?" or "\n" in text[before:start]


_WHERE_OR_HOW_AFTER = re.compile(
    r"\s+(?:ke|kek|dari|dr|di|sendiri|bareng|kemano|kemana|lagi|kelas|pesawat|kapal|bis|bus|"
    r"motor|mobil|travel|haji|gaji|pangkat|kerja|kerjo|gawe|merantau|tanpa|tanpo|jauh)\b",
    re.IGNORECASE,
)


@cache
def whole_sumsel_towns() -> frozenset[str]:
    """South Sumatra's kabupaten and kecamatan in lower case, in every spelling their names
    stand for ("Lalan (Sungai Lalan)" is "lalan" and "sungai lalan"; "Lubuk Linggau Barat Dua
    (II)" is "... barat dua" and "... barat ii"), from lexicon/sumsel_places.json."""
    kabupaten = json.loads(PLACES_FILE.read_text(encoding="utf-8"))["kabupaten"]
    names = {
        variant.lower()
        for kab, held in kabupaten.items()
        for name in (kab, *held["kecamatan"])
        for variant in name_variants(name)
    }
    return frozenset(names) | {
        f"{name.rpartition(' ')[0]} {roman}"
        for name in names
        for numeral, roman in _ROMAN_NUMERALS.items()
        if name.endswith(f" {numeral}")
    }


@cache
def sumsel_towns() -> frozenset[str]:
    """The towns whole and by their first word ("kikim" of "Kikim Barat")."""
    return whole_sumsel_towns() | {name.split()[0] for name in whole_sumsel_towns()}


_ROMAN_NUMERALS = {"satu": "i", "dua": "ii", "tiga": "iii"}


# The words that say where one is from: a town after them is no one's name.
ONE_IS_FROM = frozenset({"dari", "dr", "asal"})


def towns_one_is_from(text: str, words: list[re.Match[str]] | None = None) -> list[tuple[int, int]]:
    """Where a town of South Sumatra is named whole, one space between its words, right after
    "dari"/"dr"/"asal" ("Salam dari Belitang Jaya", "asal Jaya Loka"); `words`: the text's
    words (WORD), where the caller has them."""
    words = list(WORD.finditer(text)) if words is None else words
    towns = []
    for index, word in enumerate(words[:-1]):
        if word.group().lower() not in ONE_IS_FROM:
            continue
        for count in range(min(5, len(words) - index - 1), 0, -1):
            run = words[index + 1 : index + 1 + count]
            named = named_by(text, run)
            # (one word that is a name too is read as the person: "dari kemuning adik saya")
            if named in whole_sumsel_towns() and (count > 1 or not a_name_too(named)):
                towns.append((run[0].start(), run[-1].end()))
                break
    return towns


def named_by(text: str, run: list[re.Match[str]]) -> str | None:
    """What the words of `run` name, in lower case without a closing full stop ("kikim barat"),
    where one space stands between each of them; None where anything else does."""
    if not all(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(run)):
        return None
    return " ".join(word.group().rstrip(".").lower() for word in run)


def a_name_too(word: str) -> bool:
    """A given name, or a name that is a word too ("kemuning", "jaya")."""
    return word in given_names() or word in names_that_are_words()
