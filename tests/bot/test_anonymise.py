import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pycrfsuite
import pytest

from bot.anonymise import find_personal_data, lexicon, normalise, pseudonymise, scrub_personal_data
from bot.anonymise import tagger as tagger_module
from bot.anonymise.lexicon import (
    PUBLIC_THINGS_FILE,
    given_names,
    names_that_are_words,
    word_list,
)
from bot.anonymise.name_cues import after_a_thing_cue
from bot.anonymise.tagger import name_tagger
from bot.places import resolve_places


@pytest.mark.parametrize(
    "phone",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "0812.3456.7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "+62 812 3456 7890",
        "6281234567890",
        "62 812 3456 789",
        "(0711) 352001",
        "0711-352001",
    ],
)
def test_indonesian_phone_numbers_are_replaced(phone):
    scrubbed = scrub_personal_data(f"hubungi saya di {phone} ya kak")
    assert scrubbed == "hubungi saya di <PHONE> ya kak"


@pytest.mark.parametrize("nik", ["3276012345678901", "327601 234567 8901", "327601-234567-8901"])
def test_nik_is_replaced(nik):
    assert scrub_personal_data(f"NIK saya {nik}") == "NIK saya <NIK>"


@pytest.mark.parametrize("email", ["siti.aminah@gmail.com", "budi_99+kerja@yahoo.co.id"])
def test_email_is_replaced(email):
    assert scrub_personal_data(f"email {email} tolong") == "email <EMAIL> tolong"


@pytest.mark.parametrize("passport", ["C1234567", "X 1234567", "AB1234567"])
def test_passport_number_is_replaced(passport):
    assert scrub_personal_data(f"paspor no {passport} ditahan") == "paspor no <PASPOR> ditahan"


def test_bank_account_numbers_are_replaced():
    assert scrub_personal_data("transfer ke rek 1234567890123") == "transfer ke rek <NOMOR>"


@pytest.mark.parametrize(
    "text",
    [
        "sponsor minta 15 juta, wajar dak?",
        "gaji Rp 8.000.000 sebulan di malaysia",
        "umur 17 tahun",
        "call center 0800-1000 itu gratis?",
        # two letters before the hotline's 8 digits are no passport
        "Nomor pengaduan BP2MI yg 0800-1000 itu gratis kan?",
        "UU 18/2017 pasal 30",
        "lapor ke 110",
    ],
)
def test_ordinary_numbers_are_kept(text):
    assert scrub_personal_data(text) == text


def test_pseudonym_is_stable_keyed_and_not_the_id():
    first = pseudonymise(987654321, "secret-one-that-is-long")
    assert first == pseudonymise(987654321, "secret-one-that-is-long")
    assert first != pseudonymise(987654321, "secret-two-that-is-long")
    assert first != pseudonymise(987654322, "secret-one-that-is-long")
    assert "987654321" not in first
    assert len(first) == 64


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nama saya Siti Aminah, mau tanya syarat", "nama saya <NAMA>, mau tanya syarat"),
        ("nama saya siti aminah dari oki", "nama saya <NAMA> dari oki"),
        ("namaku budi santoso umur 20", "namaku <NAMA> umur 20"),
        ("namo aku Rini, nak gawe ke malaysia", "namo aku <NAMA>, nak gawe ke malaysia"),
        ("perkenalkan, saya Joko Widodo bin Slamet", "perkenalkan, saya <NAMA>"),
        ("Nama adik saya adalah Putri", "Nama adik saya adalah <NAMA>"),
        ("my name is Ani Lestari and I want to work", "my name is <NAMA> and I want to work"),
        ("saya Siti dari desa Pematang Buluran", "saya <NAMA> dari desa Pematang Buluran"),
        ("hubungi @siti_plg_88 ya", "hubungi <USERNAME> ya"),
        ("id telegram saya 987654321", "id telegram saya <NOMOR>"),
    ],
)
def test_names_usernames_and_ids_are_replaced(text, expected):
    assert scrub_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "saya mau kerja di malaysia",
        "saya tki dari oki",
        "tolong saya disekap majikan",
        "nama pt nya apa ya",
        "i am being held against my will",
        "email atau wa kak?",
    ],
)
def test_sentences_without_names_are_kept(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word and its -nya after "nama": whose name it is, not the name
        ("sponsornya tidak mau kasih tau nama perusahaannya", None),
        ("nama majikannya siapa ya", None),
        ("nama sekolahnya apa", None),
        ("nama majikannya Ahmad", "nama majikannya <NAMA>"),
        ("Nama pemiliknya: Hendra", "Nama pemiliknya: <NAMA>"),
        ("namanya Sonya", "namanya <NAMA>"),  # no word before its -nya
    ],
)
def test_whose_name_comes_after_nama_then_the_name(text, expected):
    assert scrub_personal_data(text) == (expected or text)


@pytest.mark.parametrize(
    "phone",
    [
        "0812\u200b3456\u200b7890",  # zero-width spaces
        "0812\u20603456\u20607890",  # word joiners
        "0812\u00ad3456\u00ad7890",  # soft hyphens
        "0812–3456–7890",  # en dashes
        "0812—3456—7890",  # em dashes
        "0812\u20113456\u20117890",  # non-breaking hyphens
        "０８１２３４５６７８９０",  # fullwidth digits
        "0 8 1 2 3 4 5 6 7 8 9 0",  # one by one
        "+60 12-345 6789",  # Malaysia
        "+886 912 345 678",  # Taiwan
        "00966 50 123 4567",  # Saudi Arabia, dialled with 00
        "(0734) 421234",  # a landline of Muara Enim
    ],
)
def test_phone_numbers_in_every_format_are_replaced(phone):
    assert scrub_personal_data(f"hub {phone} ya") == "hub <PHONE> ya"


def test_a_whatsapp_link_is_a_phone_number():
    assert scrub_personal_data("chat aja wa.me/6281277778888") == "chat aja <PHONE>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paspor E-1234568 ditahan", "paspor <PASPOR> ditahan"),
        ("no paspor B12345679", "no paspor <PASPOR>"),
        ("nik 1671 0512 0399 0004", "nik <NIK>"),
        ("email budi at gmail dot com", "email <EMAIL>"),
        ("email budi [at] yahoo [dot] co [dot] id", "email <EMAIL>"),
        ("rek BRI 0123-01-012345-50-1", "rek BRI <NOMOR>"),
        ("dana 081234567890 a.n. Rudi", "dana <PHONE> a.n. <NAMA>"),
        ("fb nya facebook.com/dedi.kurniawan.9", "fb nya <TAUTAN>"),
        ("ig: dedi.kurniawan99", "ig: <USERNAME>"),
        ("tiktok @dedi_kurniawan", "tiktok <USERNAME>"),
        ("instagram sitiaminah", "instagram <USERNAME>"),
        ("paspor lama sy AR 345123", "paspor lama sy <PASPOR>"),
        ("telp rumah (0711) 35-41-23", "telp rumah <PHONE>"),
        ("wa +62 (812) 3456-7890 ya", "wa <PHONE> ya"),
        ("tolong cek id wxid_ab12cd34ef ini", "tolong cek id <USERNAME> ini"),
        ("chat aja ke m.me/rahmat.lokermy katanya", "chat aja ke <TAUTAN> katanya"),
        ("ini https://facebook.com/rina.loker.my", "ini <TAUTAN>"),
        # Facebook on cheap phones and free data, and its Indonesian pages
        ("https://mbasic.facebook.com/sumiyati.lestari.7", "<TAUTAN>"),
        ("free.facebook.com/sumiyati.lestari.7 ini fb nyo", "<TAUTAN> ini fb nyo"),
        ("https://id-id.facebook.com/sumiyati.lestari.7", "<TAUTAN>"),
        ("di snackvideo.com/@mamah.loker ada", "di <TAUTAN> ada"),
        ("akun facebook dot com slash yanto.loker", "akun <TAUTAN>"),
        ("ada akun Bayu Loker Korea Official, dia jual", "ada akun <USERNAME>, dia jual"),
    ],
)
def test_numbers_links_and_handles_are_replaced(text, expected):
    assert scrub_personal_data(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rumah di Jl. Kenanga No. 12 RT 03/RW 05 Kel. Sukajaya",
            "rumah di <ALAMAT> Kel. Sukajaya",
        ),
        ("alamat jln. sukabangun 2 no 14", "alamat <ALAMAT>"),
        ("Gg. Mawar no 3, rt 4 rw 2", "<ALAMAT>"),
        ("Perumnas Talang Kelapa Blok F-12", "<ALAMAT>"),
        ("TTL: Lahat, 12 Maret 1998", "TTL: Lahat, <TGL_LAHIR>"),
        ("lahir 17-08-1996 di desa", "lahir <TGL_LAHIR> di desa"),
        # the Hijri calendar, and the year first
        ("anak sy lahir 14 Rajab 1425 H", "anak sy lahir <TGL_LAHIR>"),
        ("aku lahir 1999 bulan 3 tanggal 21", "aku lahir <TGL_LAHIR>"),
        # abroad: a Korean lot number after its dong, a Japanese chome-ban-go beside an
        # apartment's name, a compound's building with its floor and room in lower case
        (
            "adik sy tinggal di Sinpyeong-dong 45-2 103-ho, Busan-si",
            "adik sy tinggal di <ALAMAT>, Busan-si",
        ),
        ("apato kami Nishiki 3-8-12 Haitsu Midori 204, Naka-ku", "apato kami <ALAMAT>, Naka-ku"),
        (
            "disekap di Building 7, floor 3, room 305 dekat sungai",
            "disekap di <ALAMAT> dekat sungai",
        ),
        # a form's name after whose it is ("Nama Pelapor"); Palembang's "Cek" before a short name
        ("Nama Pelapor: Budi Santoso", "Nama Pelapor: <NAMA>"),
        ("Cek Mat bilang dio kenal wong imigrasi", "Cek <NAMA> bilang dio kenal wong imigrasi"),
        # the speakers of a pasted chat, not the accounts of offices or roles
        (
            "[07/07 10:15] Mei Ling: aku harus bisa Mandarin?\n[07/07 10:16] Admin LPK: tidak",
            "[07/07 10:15] <NAMA>: aku harus bisa Mandarin?\n[07/07 10:16] Admin LPK: tidak",
        ),
        (
            "[10/07 19:40] Sponsor: Gaji pertama buat utang\n[10/07 19:41] Aku: kok gitu",
            "[10/07 19:40] Sponsor: Gaji pertama buat utang\n[10/07 19:41] Aku: kok gitu",
        ),
        # a letter's number or a chat's time kept never keeps a date of birth with it
        ("TTL 12/05/1999 / LAHAT", "TTL <TGL_LAHIR> / LAHAT"),
        ("lahir 12/05/1999 10.30 di RS", "lahir <NOMOR> di RS"),
        ("paspor A1234567/2025/BP3MI", "paspor <NOMOR>/BP3MI"),
        # a name in a line of Title Case is still found by its cue
        (
            "Assalamualaikum Nama Saya Budi Santoso Dari Desa Tanjung Raja Mau Tanya Syarat",
            "Assalamualaikum Nama Saya <NAMA> Dari Desa Tanjung Raja Mau Tanya Syarat",
        ),
    ],
)
def test_addresses_and_birth_dates_are_replaced(text, expected):
    assert scrub_personal_data(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("istri saya Nurhayati kerja di Hongkong", "istri saya <NAMA> kerja di Hongkong"),
        ("anak sy namanya rina, umur 17", "anak sy namanya <NAMA>, umur 17"),
        ("a.n. Budi Santoso", "a.n. <NAMA>"),
        ("sponsornya Pak Darmawan minta 15 juta", "sponsornya Pak <NAMA> minta 15 juta"),
        ("Pak Kades Sahril bilang boleh", "Pak Kades <NAMA> bilang boleh"),
        ("Nama : Siti Nurhalizà", "Nama : <NAMA>"),
        ("sayo Yanto dari Lahat", "sayo <NAMA> dari Lahat"),
        ("mak aku Nurlela dak pacak baco", "mak aku <NAMA> dak pacak baco"),
        ("sy Kemas Ali, mau tanya", "sy <NAMA>, mau tanya"),
        ("majikannya Madam Wong Mei Ling", "majikannya Madam <NAMA>"),
        # after an English title a surname, even one that is a Palembang word ("wong")
        (
            "Aku di hk. agen nya miss wong bilang biasa",
            "Aku di hk. agen nya miss <NAMA> bilang biasa",
        ),
        # ... but an everyday word after that surname is the sentence again, given name or not
        ("majikan mrs ng galak", "majikan mrs <NAMA> galak"),
        # Chinese and Malaysian titles of an employer, not the boss talked about
        ("jaga ama, laoban chen tdk kasi libur", "jaga ama, laoban <NAMA> tdk kasi libur"),
        ("ibunya di jb, auntie siew lan, baik", "ibunya di jb, auntie <NAMA>, baik"),
        ("cerito ke laoban, dio heran", "cerito ke laoban, dio heran"),
        # a name that is a word too, after "namonyo" or a title
        (
            "ketemu wong tu, namonyo fajar, ngambil ktp",
            "ketemu wong tu, namonyo <NAMA>, ngambil ktp",
        ),
        ("mbak cahaya di kantor disnaker baik", "mbak <NAMA> di kantor disnaker baik"),
        # money or word given to someone, what someone said, an alias, a ship's captain
        ("duit sudah dikasih ke yanti", "duit sudah dikasih ke <NAMA>"),
        (
            "ADA YANG PAKAI LINE PAY BUAT KIRIM KE INDO??",
            "ADA YANG PAKAI LINE PAY BUAT KIRIM KE INDO??",
        ),
        ("kato wawan gajinyo 8 juta", "kato <NAMA> gajinyo 8 juta"),
        ("diduga lewat Pak Herman alias Ucok.", "diduga lewat Pak <NAMA> alias <NAMA>."),
        ("ado wong namo Bujang Ali ngajak aku", "ado wong namo <NAMA> ngajak aku"),
        (
            "Majikan kapal Captain Park Sung-min tidak bayar",
            "Majikan kapal Captain <NAMA> tidak bayar",
        ),
        ("kirim ke malaysia brp hari", "kirim ke malaysia brp hari"),
        ("apo namo desa itu", "apo namo desa itu"),
        # an official by office, no name
        ("kato pak pejabat kemlu dak dilindungi", "kato pak pejabat kemlu dak dilindungi"),
        # an employer's title after "namanya", then the name; a passive verb after "yang"
        (
            "MAJIKAN NAMANYA TAUKE LING. HP SAYA RUSAK",
            "MAJIKAN NAMANYA TAUKE <NAMA>. HP SAYA RUSAK",
        ),
        (
            "izin dari orang tua yg diketahui kepala desa?",
            "izin dari orang tua yg diketahui kepala desa?",
        ),
        ("ada miss call dari nomor asing", "ada miss call dari nomor asing"),
        ("mr bilang gaji naik bulan depan", "mr bilang gaji naik bulan depan"),
        ("dia dibawa sama Ucok ke Batam", "dia dibawa sama <NAMA> ke Batam"),
        ("makasih min. salam, Rudi", "makasih min. salam, <NAMA>"),
        # names that are words too: after one's own relative, in a self-introduction, before
        # the writer's relation
        ("anak saya Cahaya dibawa ke kamboja", "anak saya <NAMA> dibawa ke kamboja"),
        ("adik ipar saya mutiara mau ke arab", "adik ipar saya <NAMA> mau ke arab"),
        ("aku fitri, yg tadi nanya", "aku <NAMA>, yg tadi nanya"),
        ("melati anak aku baru 16 taun", "<NAMA> anak aku baru 16 taun"),
        ("kemarin malam tadi yanti nelpon", "kemarin malam tadi <NAMA> nelpon"),
        # a brand or a legend's name that people bear too is not kept ("Sony", "Dewi Sri")
        ("sponsornya Pak Sony minta 10 juta", "sponsornya Pak <NAMA> minta 10 juta"),
        ("istri saya Dewi Sri kerja di Taiwan", "istri saya <NAMA> kerja di Taiwan"),
        # a Hijri month that people bear as a name, after a cue; a title before a name
        ("nama anak saya Ramadhan, umur 19", "nama anak saya <NAMA>, umur 19"),
        ("lagu Pak Herman enak didengar", "lagu Pak <NAMA> enak didengar"),
        # a person after "dari" and after "yang" still is one
        ("sepupu dari Budi kerja di Taiwan", "sepupu dari <NAMA> kerja di Taiwan"),
        ("adik saya yang Rina kerja di Taiwan", "adik saya yang <NAMA> kerja di Taiwan"),
        # a name that is a word too, opening a sentence, then what the person did or has done
        (
            "Melati sudah berangkat ke Taiwan minggu lalu",
            "<NAMA> sudah berangkat ke Taiwan minggu lalu",
        ),
        ("Bintang ditawari kerja di kapal", "<NAMA> ditawari kerja di kapal"),
        ("Ucok nyuruh kami kumpul di simpang", "<NAMA> nyuruh kami kumpul di simpang"),
        ("Bunga ditahan paspornyo samo majikan", "<NAMA> ditahan paspornyo samo majikan"),
    ],
)
def test_names_after_their_cues_are_replaced(text, expected):
    assert scrub_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "nama saya tidak ada di daftar",
        # a name that is a word too, used as the word, or a word that describes a person
        "Bunga bank KUR berapa persen?",
        "anak saya setia kok, dia tidak akan kabur",
        "nama sy gak ada di siskop2mi",
        "nama anak saya belum muncul",
        "alamat saya beda sama ktp",
        "saya mau jalan ke malaysia lewat jalan tikus",
        "sudah jalan 3 bulan belum digaji",
        "pak RT dan pak kades tidak tahu",
        "Bapak/Ibu petugas, apakah PT Sinar Jaya Abadi resmi?",
        "berangkat tanggal 15-12-2024, kelahiran 1998",
        "gaji NT$ 27.470 dipotong Rp 1.500.000 tiap bulan",
        "KP2MI 0800-1000, polisi 110, dari luar negeri +62-21-2924-4800",
        "UU No. 18 Tahun 2017 Pasal 13",
        "anak saya sakit di Malaysia",
        "Apakah boleh agen menyimpan ijazah asli saya?",
        "tiktok resmi kp2mi ada?",
        "ig: aku belum punya",
        "Indah bener janjinya, gaji 15 juta",
        "pelatihan di BLK berapa lama? 200 jam ya?",
        "Jalan Sudirman macet terus, kantor imigrasi pindah ga sih?",
        "sabar dan ikhlas itu kunci kata ortu",
        "Mawar, Melati, Kenanga itu nama bunga di taman majikan",
        "Kakak Sayang, transfer dari Merchantrade ke DANA bisa?",
        "nonton film 'Marlina si Pembunuh dalam Empat Babak' di HP",
        "Pabrik Panasonic di Johor buka lowongan?",
        "Sabar ya bu, anak saya jg lagi nunggu visa",
        "LPK Bu Yanti di kayuagung ngajarin bahasa kanton",
        "Acara tadi Inspiratif. Kito harus berani lapor",
        # Hijri months as times, titles of songs and novels, offices by their short names, a
        # former head of BP2MI the facts name, "th" for tahun
        "pas bulan Ramadhan 1447 H kantor disnaker buka gak",
        "1 Syawal 1447 H jatuh hari apa",
        "lagu Gending Sriwijaya diputer waktu pelepasan PMI",
        "novel Laskar Pelangi ada di perpustakaan desa",
        "lapor ke Propam Polda Sumsel bisa online?",
        "Disdukcapil Muara Enim buka sabtu?",
        "Benny Rhamdani pernah datang ke Palembang?",
        "suami 35 th, boleh ikut?",
        # what follows a relative but is no name: a verb ("yang aku jaga", "ngopi", two common
        # words), a place ("dari Rambang"); brands after what they are; a town abroad after
        # "Al"; holidays; a leader of a country the workers go to
        "adik aku minum obat Panadol",
        "nenek yang aku jaga di Tainan baik hati",
        "ponakan dari Rambang sudah berangkat",
        "abang aku ngopi dulu",
        "kerja di pabrik Ansell di Melaka",
        "kerja di asrama Al Khobar",
        "selamat Hari Raya Aidilfitri min",
        "kapan Imlek libur di pabrik?",
        "Anwar Ibrahim datang ke Johor",
        "Intan permata itu mahal di Hong Kong",
        # what is done to a name on a form; a named day in full; an app's light edition; a
        # programme of the ministry
        "Nama lengkap diisi apa? sesuai ijazah atau KTP?",
        "nama ibu kandung ditulis sesuai KK?",
        "Kapan Hari Pekerja Migran Internasional? tgl 18 Desember ya?",
        "min, jingok video di Facebook Lite katanya ke Malaysia cukup KTP",
        "apakah program Desa Migran Emas sudah ada di Sumsel?",
        "temen bilang kirim ke Indo lewat kios remitansi lebih cepet",
        # a public figure lists no one; Javanese; a minister by office; what was done to a
        # relative; a bracketed place with no name
        "kemaren nonton Asnawi sama Jay Idzes main lawan Jepang",
        "Nyuwun sewu, nek badhe kerja teng Taiwan saking Belitang, daftar teng pundi?",
        "Surat Edaran Menaker tentang ID CPMI itu isinya apa?",
        "adek aku dijanjiin gaji gede di Kamboja",
        "[Info, Lahat] kapan sosialisasi lagi?",
        "kata Jaksa Agung kasus TPPO ini berat",
        "semoga jadi anak yang sholeh di rantau",
        "akun Facebook Resmi KP2MI sama akun Shopee Official itu beda ya",
        "akun ig Sinar Mas Official ada loker?",
        # words before "nama saya" that are no name; a bracket that names no one; a name that is
        # a word too before "kemarin"
        "Bagaimana Cara Mengganti Nama Saya Di Paspor",
        "gmn cara benerin nama saya di paspor",
        "[PENTING, Palembang] min mau tanya",
        "Rezeki kemarin lancar alhamdulillah",
        "salam buat semua warga Lahat, semoga sehat",
        "Salam Untuk Kalian Semua, Mau Tanya Syarat Ke Korea",
        "salam utk Mak di kampung",
        "sudah 2 bulan di lpk dipanggil interview belum ya",
        "kalau di perusahaan dipanggil Boss itu wajar?",
        "kenapa tidak timbul nama saya di siskop2mi",
        "cara bikin link wa me slash nomor hp gimana",
        "bisa login lewat messenger.com gak min",
        "daftar akun di https://www.facebook.com/ dulu ya?",
        "bisa login lewat facebook.com gak",
        "Rezeki kemarin hilang semua",
        # a public figure's name does not run on over the verb after it
        "kata berita pak prabowo nyuruh buka lagi penempatan ke saudi",
        "kerja pabrik di Ansan-si sama Gimhae-si gajinya beda?",
        # pasted adverts, announcements and chats: their times, salary ranges, laws, job titles
        # and Title Case prose are no one's
        "[14/09 21:03] Admin LPK: biaya naik\n[14/09 21:05] Saya: kok naik?",
        "Posisi: Operator Produksi\nGaji 4.500 - 5.500 PLN\nini resmi min?",
        "Pelanggar ditindak sesuai UU No. 21 Tahun 2007 dan UU No. 18 Tahun 2017.",
        "Posisi: Waiter, Housekeeping, Bartender\nGaji USD 1.200 - 2.500",
        "Laporkan ke Polisi 110 atau Call Center 0800-1000",
        "Diberitahukan Kepada Warga Bahwa Telah Beredar Penipuan Lowongan Kerja Mengatasnamakan"
        " Kantor Desa",
        "FORMULIR PENDAFTARAN\nNama:\nAlamat:\nNo HP:\nmin nama harus sama kayak di KTP?",
        "biaya asrama naik menjadi Rp1.200.000/bulan mulai Februari",
        "FORMULIR PENGADUAN\nNama Pelapor :\nNama PMI :\nNegara Penempatan :",
        "Cek Fakta: lowongan ke Kanada lewat link itu hoaks",
        "JHT (Jaminan Hari Tua) bisa dicairkan kapan?",
        # letters and contracts pasted: their numbers, salutations, loanwords, English terms
        "Nomor: 474.2/ 23 /DS-SKR/2026\nYth. Calon PMI di tempat",
        "No. Job Order: JO/MY/0917/2025, Greatech Electronics, Penang",
        "The Company's rules apply to the Worker's overtime. Salary: SAR 1,500",
        "Program Literasi Keuangan dan Remitansi untuk keluarga PMI",
        "09.00 Materi: Pencegahan TPPO\n10.00 Sambutan: Kepala Dinas",
        "dana dikirim atas nama lembaga resmi",
        # Title Case prose: its dictionary words, colloquial verbs and a contract's parts
        "Pasal 3: Apabila Pihak Kedua mengundurkan diri\nPak Pasal 3 sama 4 ini wajar gak?",
        # Palembang's "urang" (people) after "kato" (say)
        "kato urang dusun gawe di malaysia tu gajinyo gedang nian",
        # and its words with a suffix no name ends in, and the words beside them
        "Selamat Pagi, Kakak Saya Sudah Sampai Di Kuala Lumpur Tapi Paspornya Ditahan Agen",
        "Gaji Saya Sebagian Dikirim Ke Kampung, Sisanya Ditabung Untuk Modal",
        "Foto Badannya Memar Semua Habis Dipukul Majikan Di Riyadh",
        # and its words with a prefix, and Palembang's forms of chat words
        "Agen Bilang Paspor Harus Dititip Ke Dia Sampai Kontrak Habis",
        "Kalau Dak Punyo Akte Lahir Biso Bikin Paspor Dak",
        "Anak Dusun Dibujuk Ke Kamboja, Cak Mano Nak Melapor",
        # the village's and going abroad's words that no one is named
        "Saya Mantan PMI Hongkong 8 Tahun, Sekarang Di Rumah Saja",
        "Bu Ketua PKK Kami Menyampaikan Terima Kasih Atas Sosialisasinya",
        "Saya Dengar Ada Razia Di Perbatasan, Brosur Nya Masih Ada",
        # what one is, does or feels, then where from or since when (the same review)
        "saya kurir dari shopee, paket dari malaysia ditahan",
        "aku pusing dari semalam anak aku belum ado kabar",
        "kami bertigo dari lahat mau tanya",
        "ini bukti dari bank, aman kan?",
        # Palembang's -ke
        "Kalau Ado Calo Di Dusun, Dilaporke Ke Mano Pak",
        "Biaya Penempatan Dak Boleh Dipungut, Jangan Tergiur Gaji Gedang",
        "Pak Aku Butuh Wong Yg Ngerti Tolong Sambungke Ke Petugas",
        # Jakarta's -in after a prefix, and chat's verbs with ng-/ny-
        "Orang Tua Gak Ngizinin Karena Takut, Gimana Cara Ngomongin Ke Mereka",
        # what one is or does, where an introduction's name could stand
        "saya santri dari pondok pesantren di sekayu, boleh kerja ke jepang?",
        "semoga admin sehat selalu, saya doakan dari kaohsiung",
        "ini kiriman dari malaysia masuk, aman kan?",
        # Palembang's and Malaysia's words ("kato wong": people say; "kilang": a factory)
        "Min Kato Wong Kerjo Di Kapal Pesiar Tu Gajinyo Gedang Nian",
        "Saya Mau Ke Malaysia Kerja Kilang, Mulai Dari Mana Ya Min",
        # given names that are words too, where the words beside them say they are the words
        "Libur Cuma 1 Hari Sebulan, Wajar Gak Di Hongkong",
        "OPP Di BP3MI Berapo Hari? Perlu Nginep Dak",
        "Wong Tuo Sayo Dak Galak Sayo Ke Luar Negeri",
        "Kemaren Ikut Sosialisasi Soal TPPO, Bagus Nian",
    ],
)
def test_ordinary_questions_keep_their_meaning(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("akun fb nya rina cantik selalu, dio yg posting lowongan", "cantik"),
        ("sponsor nya cewek, fb nya wulan chayank keluarga, dio yg nawari", "chayank"),
    ],
)
def test_an_accounts_name_in_lower_case_goes_whole(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # names in lower case with no cue, read by the tagger trained on lower case too
        ("ipul jual motor bapaknyo buat bayar sponsor", "ipul"),
        ("tolong bantu cari yanti, terakhir di kuching bulan juni", "yanti"),
    ],
)
def test_a_name_in_lower_case_without_a_cue_goes(text, leaked):
    assert leaked not in scrub_personal_data(text)


def test_a_question_after_an_address_stays():
    text = "LPK di blok A no 3 jalan Demang Lebar Daun resmi gak"
    assert scrub_personal_data(text) == "LPK di <ALAMAT> resmi gak"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("akun ig @loker.sumsel.resmi itu resmi dak? loker di sumsel banyak yang palsu", "loker"),
        # (the review of 2026-12-04's evening: a firm's name, chat words of a handle)
        ("prima travel resmi dak? ig nya @prima.travel.plg", "prima travel"),
        ("pejuang devisa semangat, ig aku @pejuang.devisa.hk", "pejuang devisa"),
    ],
)
def test_the_words_of_a_handle_that_name_no_one_stay_elsewhere(text, kept):
    assert kept in scrub_personal_data(text)


def test_every_finding_says_which_rule_found_it():
    text = "nama saya Siti, wa 0812-3456-7890, Jl. Kenanga No. 2"
    findings = find_personal_data(text)
    assert [(text[f.start : f.end], f.placeholder) for f in findings] == [
        ("Siti", "<NAMA>"),
        ("0812-3456-7890", "<PHONE>"),
        ("Jl. Kenanga No. 2", "<ALAMAT>"),
    ]
    assert "nama saya" in findings[0].reason
    assert "phone" in findings[1].reason.lower() or "mobile" in findings[1].reason.lower()
    assert "Jl." in findings[2].reason


def test_the_official_numbers_kept_are_those_of_the_facts_registry(tmp_path, monkeypatch):
    """A number the bot itself gives survives because the registry lists it, not by luck."""
    text = "sudah telp 0811-8080-141 tapi tidak diangkat"
    assert scrub_personal_data(text) == text
    registry = tmp_path / "registry.yml"
    registry.write_text("- {id: x, kind: phone, value: '110'}\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "FACTS_REGISTRY_FILE", registry)
    lexicon.official_numbers_and_sites.cache_clear()
    try:
        assert scrub_personal_data(text) == "sudah telp <PHONE> tapi tidak diangkat"
    finally:
        lexicon.official_numbers_and_sites.cache_clear()


def test_invisible_characters_and_fullwidth_forms_are_normalised():
    assert normalise("a\u200bb\u00adc\ufeffd") == "abcd"
    assert normalise("０８１２–３４") == "0812-34"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found by the security review (2026-11-29)
        ("hp 0812 - 3456 - 7890", "hp <PHONE>"),
        ("nomor hp 0812_3456_7890", "nomor hp <PHONE>"),
        ("hp s 081234567890", "hp s <PHONE>"),
        ("wa 0812-3456-7890 rb", "wa <PHONE> rb"),
        ("nik 1603123456780001 m", "nik <NIK> m"),
        ("hp +62 812.345.678", "hp <PHONE>"),
        ("sponsor dari PT Maju Jaya 081234567890", "sponsor dari PT Maju Jaya <PHONE>"),
        ("saya kerja di toko Pak Budi Santoso", "saya kerja di toko Pak <NAMA>"),
        ("email budi@bp2mi.go.id", "email <EMAIL>"),
        ("a.n. SITI ROHMAH", "a.n. <NAMA>"),
        ("username: budi", "username: <USERNAME>"),
        ("line id: budi123", "line id: <USERNAME>"),
        ("budi at gmail com", "<EMAIL>"),
        ("email : budi . santoso @ gmail . com", "email : <EMAIL>"),
        ("fb . com / budi.santoso", "<TAUTAN>"),
        ("bio.link/siti", "<TAUTAN>"),
        ("adik ipar saya Joko kerja di sana", "adik ipar saya <NAMA> kerja di sana"),
    ],
)
def test_what_the_security_review_found_is_removed(text, expected):
    assert scrub_personal_data(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "KP2MI 0800-1000 / 110 bisa ditelepon?",
        "cek di kp2mi.go.id ya",
        "tahun 2017-2018 saya di Malaysia",
        "Rp 1.500.000, 2.000.000 atau 3.000.000?",
        "potong 1500000 tiap bulan, wajar?",
        # what the second review of the day's rules found damaged
        "akun itu amanah ga min?",
        "fb nya sabar aja dulu",
        "akun saya belum aktif.bagaimana",
        "di tiktok banyak calo.hati2 ya",
        "di tiktok katanya umur25 udah ga bisa daftar ke jepang",
        "saya liat di tiktok lowongan korea2025 benar ga",
        "fb itu abal2 ya?",
        "fb majikan saya marah2 terus",
        "gaji 1500, 1800, 2000, 2500 ringgit mana yang benar",
        "nomor 0812, 0813, 0852 itu telkomsel ya",
        "fb nya diblokir titik padahal saya gak salah",
        "biaya ke hk 55000000",
        "dimintai 17250000",
        "email hotmail bisa?",
        "gaji saya cuma 1500\nJalan keluarnya gimana ya min?",
        # and what the third review found damaged
        "saldo dana 1500000 bisa ditarik di alfamart?",
        "bni 1500046 itu call center asli?",
        "email saya hilang.gimana cara ganti di siskop2mi",
        "email saya kadang2 gak masuk",
        "email lamarannya dikirim kemana?",
        "hp saya redmi10 bisa install tiktok?",
        "konten nya bagus.tapi ada yg salah",
        "Umur Saya 45 Jalan Masih Bisa Daftar?",
        "gaji 1000, 1050, 1100, 1200 yen per jam bener?",
        "1️⃣ gaji 2️⃣ biaya 3️⃣ potongan, mana yang penting?",
        "yang lahir tahun 2000 bulan januari boleh daftar?",
        "nomor 0800!1000 benar?",
        # a group's name on Facebook is nobody's (a person's in it still goes)
        "grup fb Info Loker Malaysia itu asli dak",
        # the offices' own accounts and numbers, however written (the same review)
        "ig bp2mi_ri",
        "tiktok kp2mi_ri itu resmi?",
        "ig @disnakertrans.sumsel",
        "wa.me/628118080141 ini resmi kah",
        "dari malaysia telpon 0062 21 2924 4800",
        # what befalls one's name; the app's "nama pengguna" (the same review)
        "nama saya dipalsukan di paspor",
        "nama saya berubah setelah menikah",
        "nama saya terlalu panjang buat paspor",
        "lupa nama pengguna siskop2mi gimana min",
        # amounts typed without dots (the review of 2026-12-02's fourth session)
        "aku tf 5000000 ke agen, uang nyo ilang",
        "yg 8000000 itu buat apa",
        "sudah keluar 25000000 tapi belum berangkat",
        "batas lahir 31-12-2005 untuk daftar?",
        "Permenaker No. 4/2025 itu apa",
        "Posko BP2MI dimana",
        "email at gmail com dimana",
        "saya live di malaysia",
    ],
)
def test_what_the_security_review_found_is_kept(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    ["gg. Rahmat" + "\n" * 4086, "Budi" + "\t" * 4092, "x" + " " * 4095, "\ufdfa" * 4096],
)
def test_long_runs_are_read_as_one_space_and_cut_at_telegrams_limit(text):
    """A message is never read longer than Telegram lets it be (the speed of such inputs is in
    reports/privacy.md, from scripts/eval_privacy.py)."""
    scrubbed = scrub_personal_data(text)
    assert len(scrubbed) <= 4_096
    assert "  " not in scrubbed and "\t" not in scrubbed and "\n\n\n" not in scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "anak aku 3: Rini, Joko, dan Sari. yang tuo Rini umur 22",
            "anak aku 3: <NAMA>, <NAMA>, dan <NAMA>. yang tuo <NAMA> umur 22",
        ),
        (
            "yg bawa itu si bayu, tapi bayu ini wong OKU",
            "yg bawa itu si <NAMA>, tapi <NAMA> ini wong OKU",
        ),
        ("data korban:\n1. Galih (16 th)", "data korban:\n1. <NAMA> (16 th)"),
        ("Aling kawan aku dapet tawaran", "<NAMA> kawan aku dapet tawaran"),
        ("ANAK: 1. BAYU 2. SEKAR", "ANAK: 1. <NAMA> 2. <NAMA>"),
        ("nama ortu: subur dan rukmini", "nama ortu: <NAMA> dan <NAMA>"),
        ("a.n. Budi, skrg nomornya ganti", "a.n. <NAMA>, skrg nomornya ganti"),
        ("kgs. hanafi", "<NAMA>"),
        ("Nyoman", "<NAMA>"),
        ("yang bawa namanya bu endang ke jakarta", "yang bawa namanya bu <NAMA> ke jakarta"),
        ("Madam Wong Mei Ling tahan paspor", "Madam <NAMA> tahan paspor"),
        ("Deni, Feri, dan Sari semua kerja", "<NAMA>, <NAMA>, dan <NAMA> semua kerja"),
        ("kmrn rudi sama Sari ditawari", "kmrn <NAMA> sama <NAMA> ditawari"),
        ("tlg sampein ke Bripka Sujono, kasus", "tlg sampein ke Bripka <NAMA>, kasus"),
        ("05-11-2001", "<TGL_LAHIR>"),
        (
            "tapi di kampung dipanggil Adi Gondrong. dio bawa 6 budak",
            "tapi di kampung dipanggil <NAMA>. dio bawa 6 budak",
        ),
        # the name before the words that make it one's own; signed with a place in brackets
        ("Sumiati namo aku, dari Lahat", "<NAMA> namo aku, dari Lahat"),
        ("kena tipu, Guntur namoku", "kena tipu, <NAMA> namoku"),
        # a capitalised name that is a word too, listed with names
        ("Mas'ud, Kusnadi, Firman. Itu calo", "<NAMA>, <NAMA>, <NAMA>. Itu calo"),
        # what a privacy reviewer found the first version of these rules let through: a name
        # that is a place word too after "Salam dari"; the owner of a shop named again; a name
        # that looks like a passive verb; a Chinese name that is a Javanese word too; an
        # abbreviation is no name listed before a title ("dpt kbr, sm pak rudi")
        ("makasih infonya min. Salam dari Bayu", "makasih infonya min. Salam dari <NAMA>"),
        (
            "kerja di Toko Koh Ahui. gaji aku ditahan ahui 3 bulan",
            "kerja di Toko Koh Ahui. gaji aku ditahan <NAMA> 3 bulan",
        ),
        ("adik saya dilestari ningsih kerja di taiwan", "adik saya <NAMA> kerja di taiwan"),
        ("kemarin Teng marah2 sama aku", "kemarin <NAMA> marah2 sama aku"),
        ("ak blm dpt kbr, sm pak rudi", "ak blm dpt kbr, sm pak <NAMA>"),
        # what a second privacy reviewer found: a name after what is done to it on a form, a
        # name that is an office's word too in a sign-off, a greeting from a name that is a
        # town abroad too, greetings sent to someone
        (
            "nama saya tertulis Kasiman padahal aslinya Kasman",
            "nama saya tertulis <NAMA> padahal aslinya <NAMA>",
        ),
        ("namo aku ditulis kasiman di ktp", "namo aku ditulis <NAMA> di ktp"),
        ("Salam, hakim", "Salam, <NAMA>"),
        ("Terima kasih. Salam dari Ali", "Terima kasih. Salam dari <NAMA>"),
        ("titip salam buat ucup di taiwan", "titip salam buat <NAMA> di taiwan"),
        ("[Sukma, Tanjung Raja] min mau tanya", "[<NAMA>, Tanjung Raja] min mau tanya"),
        # a name that is a word too, then when the person did something
        ("Fajar kemaren nelpon dari Poipet", "<NAMA> kemaren nelpon dari Poipet"),
    ],
)
def test_names_in_lists_repeated_or_described(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_a_word_no_one_chats_with_listed_before_a_name_is_a_name_whatever_the_gazetteer_knows():
    text = normalise("ado calo namonyo rudi, sarman dan si edo nawari kerja")
    found = {text[f.start : f.end]: f.reason for f in find_personal_data(text)}
    assert found["sarman"] == "listed with a name"
    text = normalise("rudi, kiki, sama pak ujang lah yang dulu berangkat")
    found = {text[f.start : f.end]: f.reason for f in find_personal_data(text)}
    assert found["kiki"] == found["rudi"] == "listed with a name"
    # an everyday word between them is no name: "rudi, kemaren dan si edo"
    assert scrub_personal_data("rudi, kemaren dan si edo") == "<NAMA>, kemaren dan si <NAMA>"


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "nomorku nol delapan satu tiga, tujuh satu dua dua, sembilan nol empat lima. nak",
            "nomorku <PHONE>. nak",
        ),
        ("hp ku 0812-7O11-2040 (huruf O itu nol)", "hp ku <PHONE> (huruf O itu nol)"),
        ("nmr sy +62-813-7O44-2198, sms aja", "nmr sy <PHONE>, sms aja"),
        ("nmor hp: 0812-7!23-4567 maaf typo", "nmor hp: <PHONE> maaf typo"),
        # a Hong Kong number after "hk" is no amount of Hong Kong dollars, nor a passport
        ("wa bos di hk 91234567", "wa bos di hk <PHONE>"),
        ("wa bos di hk 9123-4567", "wa bos di hk <PHONE>"),
        ("gaji HK 5000-6000 sebulan", "gaji HK 5000-6000 sebulan"),
        ("tinggal di B-12-3 Jalan Ampang", "tinggal di <ALAMAT>"),
        ("tidur di 24 Jalan Alor. kerja 16 jam", "tidur di <ALAMAT>. kerja 16 jam"),
        # digits in keycaps, as adverts write them past filters; groups split by commas
        ("WA 0️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣0️⃣", "WA <PHONE>"),
        ("wa 0812, 3456, 7890", "wa <PHONE>"),
        ("nik 1671,0123,4567,0001", "nik <NIK>"),
        ("nik 167101,230495,0001", "nik <NIK>"),
        ("wa 0812 , 3456 , 7890", "wa <PHONE>"),
        ("rek bca 1500123456", "rek bca <NOMOR>"),
        # and found leaking
        ("email gmail saya sitiaminah88", "email gmail saya <EMAIL>"),
        ("emailku yang lama sitiaminah88", "emailku yang lama <EMAIL>"),
        ("e mail saya sitiaminah88", "e mail saya <EMAIL>"),
        ("nama pengguna saya sitiaminah88", "nama pengguna saya <USERNAME>"),
        ("email saya adalah sitiaminah88", "email saya adalah <EMAIL>"),
        ("email majikan saya mrwong88", "email majikan saya <EMAIL>"),
        ("follow sitiaminah di ig", "follow <USERNAME> di ig"),
        ("paspor saya eks 1234567", "paspor saya <PASPOR>"),
        ("grup fb Nur Hidayah Loker HK nawarin kerja", "grup fb <NAMA> nawarin kerja"),
        ("wa 0812 7 double 3 456 789", "wa <PHONE>"),
        ("passpor saya B 123456", "passpor saya <PASPOR>"),
        ("atm bri, telpon 1500-017", "atm bri, telpon 1500-017"),
        ("tahun 2017, 2018, 2019, 2020", "tahun 2017, 2018, 2019, 2020"),
        ("umur 18, 19, 20 boleh?", "umur 18, 19, 20 boleh?"),
        ("gaji hk 4990 sebulan", "gaji hk 4990 sebulan"),
        ("wa 081234567890!", "wa <PHONE>!"),
        # a Brunei number has seven digits; Malaysia's and Brunei's Malay says "nombor"
        (
            "Majikan tak bagi gaji. Nombor dia 8812345.",
            "Majikan tak bagi gaji. Nombor dia <PHONE>.",
        ),
        ("telefon majikan 7123456 tak angkat", "telefon majikan <PHONE> tak angkat"),
        ("lewat wechat, id nya jiayou_indo_2023, skrg", "lewat wechat, id nya <USERNAME>, skrg"),
        ("nomer paspor: C 1O4 7728 (huruf O?)", "nomer paspor: <PASPOR> (huruf O?)"),
        (
            "nomor paspor suami saya eks satu dua tujuh tujuh tiga nol delapan ditahan",
            "nomor paspor suami saya <PASPOR> ditahan",
        ),
        (
            "hubungi aku di 0812 tiga empat lima enam tujuh delapan sembilan",
            "hubungi aku di <PHONE>",
        ),
        # a digit said twice, as one dictates a number; a double room is no number
        ("nomor nyo 0812 7 double 3 4 lima 6 789, susah", "nomor nyo <PHONE>, susah"),
        ("kamar double 2 orang 3 juta", "kamar double 2 orang 3 juta"),
        ("emailnyo andre sitompul @gmail. com ya", "emailnyo <EMAIL> ya"),
        ("email aku rahmadani dot putri at gmail dot com", "email aku <EMAIL>"),
        # the given name said before the address's words is part of it
        ("kirim ke budi santoso nol tujuh at outlook dot com ya", "kirim ke <EMAIL> ya"),
        ("tolong kirim ke saya rina at gmail dot com", "tolong kirim ke saya <EMAIL>"),
        ("tiktok ibu sy: sumiyati_hongkong, udh", "tiktok ibu sy: <USERNAME>, udh"),
        # the name of an address after the word e-mail, the rest of it left out or half said
        ("lupa sandi email sitiaminah88", "lupa sandi email <EMAIL>"),
        ("Email : sitiaminah88\nNo HP : 0812 3456 7890", "Email : <EMAIL>\nNo HP : <PHONE>"),
        ("email ku sitiaminah88 @ gmail,com", "email ku <EMAIL>"),
        ("email: sitiaminah88 et gmail com ya", "email: <EMAIL> ya"),
        ("email saya dibajak orang", "email saya dibajak orang"),
        ("email saya tidak bisa login", "email saya tidak bisa login"),
        ("email kp2mi yg resmi apa", "email kp2mi yg resmi apa"),
        ("email jobstreet nya", "email jobstreet nya"),
        ("email saya sitiaminah", "email saya <EMAIL>"),
        ("tt nya siti_oki_ ya", "tt nya <USERNAME> ya"),
        # whose account it is, in Palembang and in chat, between the site and the handle
        # an account's name typed in lower case after its site
        ("fb dio rahmat kurniawan", "fb dio <USERNAME>"),
        ("tiktok nya bunda rara sabah", "tiktok nya <USERNAME> sabah"),
        ("fb nya ada yang palsu", "fb nya ada yang palsu"),
        ("tiktok bunda lagi live", "tiktok bunda lagi live"),
        # a handle without "@" nor its site before it, in a message about accounts
        ("aku follow bunda.rara.sabah di ig", "aku follow <USERNAME> di ig"),
        ("cari rahmat88 di tiktok", "cari <USERNAME> di tiktok"),
        ("dm aja ke siska.oki99 kak", "dm aja ke <USERNAME> kak"),
        ("live di tiktok.com tiap malam", "live di tiktok.com tiap malam"),
        ("live tiktok jam 8.30 malam", "live tiktok jam 8.30 malam"),
        ("saya login siskop2mi tidak bisa", "saya login siskop2mi tidak bisa"),
        ("ig anak sayo sumi88", "ig anak sayo <USERNAME>"),
        ("ig calo tu rahmat88 kak", "ig calo tu <USERNAME> kak"),
        ("tiktok laki aku rahmat88", "tiktok laki aku <USERNAME>"),
        ("igx sumi88", "igx <USERNAME>"),
        ("ig-nya sumi88", "ig-nya <USERNAME>"),
        ("ig itu resmi dak", "ig itu resmi dak"),
        # a handle said aloud with "titik" for its dot; "titik" as the full stop said
        ("ig saya siska titik oki garis bawah dua dua", "ig saya <USERNAME>"),
        ("ig saya siska titik oki", "ig saya <USERNAME>"),
        ("ig saya siska titik saya mau tanya", "ig saya <USERNAME> titik saya mau tanya"),
        ('yutub aku namanya "Mbak Sum Channel"', 'yutub aku namanya "<USERNAME>"'),
        ("telegram id nya 5123456789", "telegram id nya <NOMOR>"),
    ],
)
def test_numbers_and_accounts_however_written(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "adik sy di Room 5, 18/F, Lok Fu Building, 22 Tai Po Road",
            "adik sy di <ALAMAT>",
        ),
        ("alamat majikan No. 3, Ln. 77, Fuxing Rd, Tainan", "alamat majikan <ALAMAT>, Tainan"),
        ("lahir thn 99 bulan mei tgl 12", "lahir <TGL_LAHIR>"),
        ("anak sy lahir tgl 12 bulan mei tahun 2007", "anak sy lahir <TGL_LAHIR>"),
        ("lahir tahun 1999 boleh daftar?", "lahir tahun 1999 boleh daftar?"),
        ("majikan di 5 Jalan Tun Razak", "majikan di <ALAMAT>"),
        ("asrama aku di 1-2-3 Umeda, Kita-ku, Osaka", "asrama aku di <ALAMAT>, Kita-ku, Osaka"),
        ("majikan di 大阪市北区梅田1-2-3", "majikan di <ALAMAT>"),
        ("skor 2-1 Persib, Bandung-ku", "skor 2-1 Persib, Bandung-ku"),
        ("ada 2 Jalan ke sana", "ada 2 Jalan ke sana"),
        (
            "rumah sy di dsn 1 ds karang agung rt 002, dekat sd n 2, rumah kayu cat kuning",
            "rumah sy di <ALAMAT>",
        ),
        ("alamatnyo di dusun 3 rumah nomor 12 pas di tikungan.", "alamatnyo di <ALAMAT>."),
        (
            "tinggal di rumah dinas PT sawit, afdeling 3, barak no 12, Sampit",
            "tinggal di rumah dinas PT sawit, <ALAMAT>, Sampit",
        ),
        ("di Kita-ku, Nagasone-cho 3-15-2, Sakura Haitsu 201", "di Kita-ku, <ALAMAT>"),
        ("tinggal di Mess PT Sawit Lestari Blok D kamar 12, Musi", "tinggal di <ALAMAT>, Musi"),
    ],
)
def test_addresses_abroad_and_by_what_the_house_looks_like(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "UU No. 18 Tahun 2017 pasal 69 bunyinya apa?",
        "aku wong Semende, adat kami melarang merantau jauh",
        "cara lapor lewat aplikasi Safe Travel?",
        "satu dua tiga, gaji 8 juta",
        "jam berapa kantor BP3MI buka? Senin-Jumat 08.00-16.00?",
        "Presiden Prabowo kemaren ngomong soal PMI di TV",
        "umak aku galak nian, dak boleh aku ke Jepang",
        "kerja di mess dulu baru dapat kamar",
        "Kalau mau kirim email pengaduan ke pengaduan@bp2mi.go.id perlu lampiran apa?",
        "Bu Menteri Ida Fauziyah pernah datang ke Sumsel ya?",
        "grup fb 'Info Loker Luar Negeri Sumsel' itu resmi gak ya",
        "Lowongan 'Mawar Restaurant' di Brunei gaji BND 800 itu wajar?",
        "Hotline 1500-630 itu punya siapa ya pak?",
        "Malaysia",
        "Dear admin, her employer took her passport. She cannot go out on Sunday",
        "kirim uang pakai Western Union atau Wise lebih murah?",
        "perlu bahasa Mandarin atau Kanton buat kerja di Hong Kong?",
        "berangkat tanggal 12-3-25 ya, gaji 2 juta tiga bulan",
        "RS Siti Khadijah bisa buat medical?",
    ],
)
def test_questions_that_look_like_personal_data_are_kept(text):
    assert scrub_personal_data(text) == text


# Written for this test, not in any corpus: what no rule has a cue for, the tagger reads.
@pytest.mark.parametrize(
    ("text", "scrubbed", "found"),
    [
        (
            "ada yg liat nanda saputra? dia yg ngajak anak2 ke kamboja",
            "ada yg liat <NAMA>? dia yg ngajak anak2 ke kamboja",
            "nanda saputra",
        ),
        (
            "rumah panggung cat hijau di belakang SD Negeri 3, itu tempat penampungannya",
            "<ALAMAT>, itu tempat penampungannya",
            "rumah panggung cat hijau di belakang SD Negeri 3",
        ),
    ],
)
def test_the_tagger_reads_names_and_houses_that_have_no_cue(text, scrubbed, found):
    assert scrub_personal_data(text) == scrubbed
    (finding,) = find_personal_data(normalise(text))
    assert text[finding.start : finding.end] == found
    assert finding.reason.startswith("the tagger reads")
    assert 0.5 <= float(finding.reason.rsplit("(", 1)[1].rstrip(")")) <= 1.0


def test_the_tagger_leaves_ordinary_questions_alone():
    for text in (
        "berapa biaya paspor untuk kerja di malaysia?",
        "Apakah BP2MI buka di hari Sabtu?",
        "gaji di Taiwan sebulan berapa ya, potongan agensi boleh berapa?",
    ):
        assert name_tagger().findings(normalise(text)) == []


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a birthday with its year cut short, or each part after its word
        (
            "istri aku lahir 21 Juni '97, dio di Hong Kong",
            "istri aku lahir <TGL_LAHIR>, dio di Hong Kong",
        ),
        ("aku lahir tgl 7 bln 3 thn 1995 di OKI", "aku lahir <TGL_LAHIR> di OKI"),
        # a whole date of the last century needs no cue; an old or recent event keeps its date
        ("suami sy Hendra Gunawan, 12-03-1983, Lahat", "suami sy <NAMA>, <TGL_LAHIR>, Lahat"),
        ("17 Agustus 1945 itu hari libur kan", "17 Agustus 1945 itu hari libur kan"),
        ("berangkat tgl 12-05-2024 ke taiwan", "berangkat tgl 12-05-2024 ke taiwan"),
        (
            "batas lahir sebelum 31-12-1998 boleh daftar?",
            "batas lahir sebelum 31-12-1998 boleh daftar?",
        ),
        # a number opened by a spelled digit, then digit groups
        ("hubungin nol delapan lima dua, 7788, 1290 ya", "hubungin <PHONE> ya"),
        # a social site's name shortened to no real site
        ("dio nge dm dari ig.com/toni.irawan_", "dio nge dm dari <TAUTAN>"),
        # an address runs on over its next parts, up to its town
        (
            "sayo di Block 18, Jalan Sultan Sulaiman, Kuala Lumpur. tolong",
            "sayo di <ALAMAT>, Kuala Lumpur. tolong",
        ),
        (
            "kos di Flat 1506, 15/F, Tower 2, Kingswood Villas, Hong Kong",
            "kos di <ALAMAT>, Hong Kong",
        ),
        (
            "rumah di Jl. Mawar No. 3, Desa Sukajadi, Palembang",
            "rumah di <ALAMAT>, Desa Sukajadi, Palembang",
        ),
        # (the tagger, taught by hands that count a kelurahan line inside an address as part of
        # it, reads on over the kelurahan; the town stays)
        (
            "rumah di Jl. Mawar No. 3, Kel. Sukajadi, Palembang",
            "rumah di <ALAMAT>, Palembang",
        ),
    ],
)
def test_dates_numbers_links_and_addresses_in_more_forms(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


# Capitals and none, one word, punctuation alone, words no model knows, a pair the model weighs.
_TAGGED_TEXTS = [
    "ada yg liat nanda saputra di lorong kenanga no 5 palembang?",
    "Assalamualaikum min, nama saya Siti, rumah di Jl. Merdeka No. 5 RT 03 Kayuagung.",
    "TOLONG MIN ISTRI SAYA RATNA SARI SAKIT DI JOHOR",
    "Budi",
    "?!",
    "qzxv wkrrt pnjq 屯門大興邨興昌樓1203室 uu no 18 tahun 2017",
    "td malam dinar susanti nelpon, katanya ada lowongan di taiwan",
]


@pytest.mark.parametrize("text", _TAGGED_TEXTS)
def test_the_tagger_labels_as_crfsuite_does_when_handed_every_feature(text):
    """The tagger adds up the features' weights itself and hands CRFsuite the sums: its labels
    and how sure it is of each are what CRFsuite finds from the features training reads."""
    tagger = name_tagger()
    reference = pycrfsuite.Tagger()
    reference.open(str(tagger_module.MODEL_FILE))
    tokens, items = tagger_module._sequence(text)
    expected = reference.tag(items)
    with tagger._one_at_a_time:
        labels = tagger._tagger.tag(tagger._items(text, [token.group() for token in tokens]))
        sure = [tagger._tagger.marginal(label, index) for index, label in enumerate(labels)]
    assert labels == expected
    assert sure == pytest.approx(
        [reference.marginal(label, index) for index, label in enumerate(expected)], abs=1e-9
    )


def test_the_tagger_reads_the_same_once_it_forgets_the_words_it_met():
    tagger = tagger_module.NameTagger(tagger_module.MODEL_FILE)
    tagger._WORDS_KEPT = 30
    texts = [normalise(text) for text in _TAGGED_TEXTS] * 3
    assert [tagger.findings(text) for text in texts] == [
        name_tagger().findings(text) for text in texts
    ]
    assert len(tagger._word_rows) <= 30


def test_the_tagger_reads_the_same_from_many_threads_at_once():
    """The log filter scrubs in whatever thread logs: the tagger's findings do not mix."""
    texts = [
        "ada yg kenal nanda saputra? dia yg ngajak anak2 ke kamboja",
        "berapa biaya paspor untuk kerja di malaysia?",
        "rumah panggung cat hijau di belakang SD Negeri 3, itu tempat penampungannya",
    ] * 100
    alone = [find_personal_data(normalise(text)) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda text: find_personal_data(normalise(text)), texts))
    assert together == alone


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a shouted message greets the admin ("MIN"): no madrasah's name swallows the husband's
        (
            "TOLONG MIN ISTRI SAYA RATNA SARI SAKIT DI JOHOR",
            "TOLONG MIN ISTRI SAYA <NAMA> SAKIT DI JOHOR",
        ),
        # a mobile number cut where the line ended
        ("wa aku 0813-6677\n2190 ya", "wa aku <PHONE> ya"),
        # a shop called after its owner, but not a person's full name after a lower-case shop
        ("kerja di toko pak Hendra Wijaya", "kerja di toko pak <NAMA>"),
    ],
)
def test_shouting_shops_and_numbers_over_two_lines(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "kirim uang lewat Toko Emas Cik Lina di pasar bisa dak",
        "SEKOLAH DI MIN 1 PALEMBANG BISA JADI SYARAT?",
        "ig yang asli @kp2mi.official atau @bp2mi_ri?",
        "Ust, izin tanya hukumnya kerja di luar negeri",
        "kolom Nama :, Tempat/Tgl Lahir : itu diisi sesuai KTP?",
        "Alamat : itu harus sama dengan KK?",
        "petugasnya namanya PL kan? boleh dia minta duit",
    ],
)
def test_shops_official_accounts_and_form_labels_are_kept(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a birthday said in words, or told without its year
        (
            "tanggal lahir adek aku tujuh belas mei sembilan puluh sembilan",
            "tanggal lahir adek aku <TGL_LAHIR>",
        ),
        (
            "ulang tahun istriku 9 februari, dia mau ke taiwan",
            "ulang tahun istriku <TGL_LAHIR>, dia mau ke taiwan",
        ),
        # a flat abroad told by its letter
        ("kakak kerja di Flat B, 7/F, Sun Court", "kakak kerja di <ALAMAT>"),
    ],
)
def test_birthdays_in_words_and_flats_by_letter(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "lahirnya di lahat, berangkat ke malaysia 3 maret",
        "kata kepala disnaker Lahat pak Syamsul lowongan itu resmi?",
        "bupati OKI Bapak Muchendi ada program pelatihan gak",
        # people in public life (lexicon/public_figures.txt)
        "ceramah Ustadz Abdul Somad soal merantau, ado videonyo?",
        "nonton Najwa Shihab soal TPPO, ngeri nian",
        # brands, shops and places abroad (lexicon/public_things.txt)
        "mau beli obat Bodrex sama Mixagrip di Lotus ga ada",
        "Chrey Thum itu di mano? deket Phnom Penh dak?",
        "Shopee Food ga bisa di sini ya, di Hsinchu pake Foodpanda",
        # hospitals, bridges and quarters named after people or places
        "cek kesehatan di RSUP Mohammad Hoesin bisa?",
        "kantor itu deket Jembatan Ampera apo arah Jakabaring?",
        # a title that calls someone, then a comma: no name follows
        "cuti aku ditolak mister, padahal kontrak bilang boleh",
        # streets and mosques named after people
        "lewat Jalan Ahmad Yani macet nian, kantor disnaker pindah dak?",
        "sholat di Masjid Agung Sultan Mahmud Badaruddin dulu baru ke BP3MI",
    ],
)
def test_event_dates_and_office_holders_are_kept(text):
    assert scrub_personal_data(text) == text


def test_a_public_figures_name_that_many_people_bear_is_still_removed():
    """lexicon/public_figures.txt leaves out names a villager's husband may bear."""
    assert scrub_personal_data("suami saya Taufik Hidayat hilang di laut") == (
        "suami saya <NAMA> hilang di laut"
    )


def test_the_brands_kept_leave_out_every_one_word_name_people_bear():
    """lexicon/public_things.txt keeps "Suzuki Carry", not "Suzuki": a worker's employer in Japan."""
    one_words = {entry.lower() for entry in word_list(PUBLIC_THINGS_FILE) if " " not in entry}
    assert one_words
    assert not one_words & (given_names() | names_that_are_words())
    assert scrub_personal_data("majikan aku Suzuki galak nian") == "majikan aku <NAMA> galak nian"


def test_the_rules_read_a_thing_called_something_as_no_ones_name():
    text = normalise("ada aplikasi namanya RemitKilat, aman dak?")
    assert find_personal_data(text, with_tagger=False) == []


def test_the_rules_read_a_person_of_a_thing_called_something_as_a_name():
    text = normalise("kapten kapal namanya Wang Jian suka mukul ABK")
    assert [f.category for f in find_personal_data(text, with_tagger=False)] == ["name"]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a relative glued to its "-ku" is a cue like any other
        ("ponakanku Dayang ngomong nak ke kamboja", "ponakanku <NAMA> ngomong nak ke kamboja"),
        # which of them, then the name between commas
        ("anak aku yg tuo, Melati, mau kerja", "anak aku yg tuo, <NAMA>, mau kerja"),
        ("anak saya yg kecil sakit", "anak saya yg kecil sakit"),
        # a relative called, or what one's relative is or has, is no name
        (
            "Wak, kato wong dusun ado agen nak bawa gadis",
            "Wak, kato wong dusun ado agen nak bawa gadis",
        ),
        ("ada bantuan buat anak eks PMI?", "ada bantuan buat anak eks PMI?"),
        ("istri saya hamil 5 bulan boleh kerja?", "istri saya hamil 5 bulan boleh kerja?"),
        # a country's birthday, and a brand's account
        (
            "ulang tahun kemerdekaan 17 agustus ada libur dak?",
            "ulang tahun kemerdekaan 17 agustus ada libur dak?",
        ),
        ("akun Shopee Mall resmi yang mana?", "akun Shopee Mall resmi yang mana?"),
        ("anak saya demam terus", "anak saya demam terus"),
        ("anak saya kelas 3 smp", "anak saya kelas 3 smp"),
    ],
)
def test_names_after_ones_own_relative(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # an account's display name after the site and whose it is
        (
            "calo itu akun fb nya Kak Rina Peduli TKI, fotonya di bandara",
            "calo itu akun fb nya <USERNAME>, fotonya di bandara",
        ),
        (
            "di tiktok namanya Om Bule Sukses Jepang, sering live",
            "di tiktok namanya <USERNAME>, sering live",
        ),
        (
            "yg nawarin: fb: Hj. Rosmalina Travel & Kerja. katanya sambil umroh",
            "yg nawarin: fb: <USERNAME>. katanya sambil umroh",
        ),
        # an office's account, a shouted message and letters glued to digits are not
        ("akun Facebook Resmi BP2MI itu yang mana", "akun Facebook Resmi BP2MI itu yang mana"),
        (
            "ADA YANG PAKAI LINE PAY BUAT KIRIM KE INDO??",
            "ADA YANG PAKAI LINE PAY BUAT KIRIM KE INDO??",
        ),
    ],
)
def test_display_names_of_accounts(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_an_account_dressed_as_an_offices_but_naming_a_person_is_removed():
    assert scrub_personal_data("akun tiktok @rahmat.bp2mi.resmi nawari kerja") == (
        "akun tiktok <USERNAME> nawari kerja"
    )


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a name does not run on over a full stop into the next sentence
        (
            "yg ngurus anak saya Pak Rudi. Dua-duanya kerja di Taiwan",
            "yg ngurus anak saya Pak <NAMA>. Dua-duanya kerja di Taiwan",
        ),
        ("anak saya Rudi. Sekarang di Malaysia", "anak saya <NAMA>. Sekarang di Malaysia"),
        # but an initial or a first name written short keeps its name whole
        ("nama saya Moh. Rizki dari Lahat", "nama saya <NAMA> dari Lahat"),
        ("sponsornya M. Yusuf", "sponsornya <NAMA>"),
        # "Hari" is a given name, but not in the name of a day
        ("pas Hari Raya kantor Disnaker buka dak?", "pas Hari Raya kantor Disnaker buka dak?"),
        ("libur Hari Buruh dapet gak di Taiwan", "libur Hari Buruh dapet gak di Taiwan"),
        ("pak Hari Santoso sponsornya", "pak <NAMA> sponsornya"),
        # what one's mother does is no name; Bangka Belitung is a province
        ("mak aku nangis terus tiap malem", "mak aku nangis terus tiap malem"),
        ("kredit KUR di Bank Sumsel Babel bisa?", "kredit KUR di Bank Sumsel Babel bisa?"),
    ],
)
def test_sentences_named_days_and_everyday_words_after_a_relative(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # letters typed for digits, a NIK cut over two lines
        ("wa aku 0852-l234-O987 ya", "wa aku <PHONE> ya"),
        ("nik 1671 0423 0599\n0004 tolong dicek", "nik <NIK> tolong dicek"),
        ("NIK:\n1671042305\n990004", "NIK:\n<NIK>"),
        # the holder of an account, after its number
        ("rek BRI 012301045678 an Sri Wahyuni", "rek BRI <NOMOR> an <NAMA>"),
        ("rek BCA 5271889012 an Melati Kencana", "rek BCA <NOMOR> an <NAMA>"),
        ("umur 30 an boleh daftar?", "umur 30 an boleh daftar?"),
        # a range of money stays; a phone number after a dash is no upper end of one
        ("gaji NT$ 26.000-30.000 sebulan", "gaji NT$ 26.000-30.000 sebulan"),
        ("gaji USD 1.200-1.600 sebulan", "gaji USD 1.200-1.600 sebulan"),
        ("gaji RM 1.800 sampai 2.200", "gaji RM 1.800 sampai 2.200"),
        ("transfer Rp 500-08123456789", "transfer Rp <NOMOR>"),
    ],
)
def test_digits_typed_as_letters_or_over_two_lines_and_ranges_of_money(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # places abroad named first and then what they are, feasts, wallets
        ("ketemu di Kowloon Park hari minggu", "ketemu di Kowloon Park hari minggu"),
        ("pengajian di Victoria Park jam 2", "pengajian di Victoria Park jam 2"),
        ("libur pas Cap Go Meh dak?", "libur pas Cap Go Meh dak?"),
        ("OVO samo GoPay pacak diisi dari luar?", "OVO samo GoPay pacak diisi dari luar?"),
        # but a titled person before such a word is still a person
        ("kata Pak Budi Mall nya tutup", "kata Pak <NAMA> nya tutup"),
    ],
)
def test_places_feasts_and_wallets_with_names_of_their_own(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # names of the hand list (lexicon/more_given_names.txt) that Faker's list lacks
        ("uang nya dibawa lari wiwik", "uang nya dibawa lari <NAMA>"),
        ("titip salam buat ucup di taiwan", "titip salam buat <NAMA> di taiwan"),
    ],
)
def test_common_names_and_nicknames_faker_lacks(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "name"), [("kemarin Wasif bilang aman", "Wasif"), ("kata Yusif aman", "Yusif")]
)
def test_a_name_that_ends_like_a_loanword_is_still_found_by_the_rules(text, name):
    found = find_personal_data(normalise(text), with_tagger=False)
    assert [text[f.start : f.end] for f in found] == [name]


def test_a_capitalised_loanword_is_no_name():
    text = "Acara tadi Inspiratif. Kito harus berani lapor"
    assert find_personal_data(text, with_tagger=False) == []


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("daftar di KP2MI atau P4MI?", "daftar di KP2MI atau P4MI?"),
        # a capitalised name that is a word too, after "sy"
        ("halo, sy Cahaya Purnama, mau daftar", "halo, sy <NAMA>, mau daftar"),
        # what something is called is no name; a relative's name still is
        ("ada yg bilang itu namanya jeratan utang", "ada yg bilang itu namanya jeratan utang"),
        ("adik saya itu namanya siti", "adik saya itu namanya <NAMA>"),
        ("ini nama sy sabar, mau tanya", "ini nama sy <NAMA>, mau tanya"),
        # where an office stands is no one's address; a house number still makes one
        (
            "kantor disnaker di jl. merdeka buka jam brp",
            "kantor disnaker di jl. merdeka buka jam brp",
        ),
        ("kantor PT nya di jl. merdeka no 12", "kantor PT nya di <ALAMAT>"),
        ("kantor pos dekat rumah saya di jl. merdeka", "kantor pos dekat rumah saya di <ALAMAT>"),
    ],
)
def test_the_seventeenth_hands_tuning_half(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_a_name_glued_to_a_mobile_number_is_a_name_for_the_rules_too():
    text = "Sy Wahyu085269001234 mw tny"
    found = find_personal_data(text, with_tagger=False)
    assert [(text[f.start : f.end], f.category) for f in found] == [
        ("Wahyu", "name"),
        ("085269001234", "phone"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "a_thing"),
    [
        ("kerja di pabrik Top Glove Klang", "Top", True),
        ("naik kapal KM Kelud ke Batam", "Kelud", True),
        ("anak suka susu Dancow", "Dancow", True),
        ("duit dikasih ke Supriadi semua", "Supriadi", False),
        ("pabrik nya jauh, kata Budi", "Budi", False),
        ("saya kerja di pabrik. Agus Salim mandor saya", "Agus", False),
        ("beli obat\nRina Susanti bidannya", "Rina", False),
        ("wong Yanto Saputra nipu aku", "Yanto", False),
        ("sholat di masjid Agung Raya", "Raya", True),
        ("Saya Kerja Di Pabrik Di Taiwan Dengan Yanto Saputra", "Yanto", False),
        ("aku nonton Yanto Saputra live tiktok", "Yanto", False),
    ],
)
def test_what_the_tagger_reads_after_the_word_for_a_thing_is_the_things_name(text, name, a_thing):
    assert after_a_thing_cue(text, text.index(name)) is a_thing


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # Palembang's word for a younger brother or sister is a relative's cue
        ("ading aku Fajar umur 19 dibawa ke Batam", "ading aku <NAMA> umur 19 dibawa ke Batam"),
        # which landmark is asked: no house is told
        (
            "Jl. Mayor Ruslan itu dekat kantor apo? aku nak ke klinik",
            "Jl. Mayor Ruslan itu dekat kantor apo? aku nak ke klinik",
        ),
        ("rumah aku dekat masjid Al-Ikhlas", "rumah aku <ALAMAT>"),
        # a housing estate, with or without a house number, is an address
        ("kami di Perumnas Sako Kenten, anak kami hilang", "kami di <ALAMAT>, anak kami hilang"),
        ("aku di Perumnas Sako Blok C No. 12", "aku di <ALAMAT>"),
        ("tinggal di Perum Griya Asri", "tinggal di <ALAMAT>"),
        # the system whose site the bot gives is no one's account
        (
            "kalo lupa password akun SISKOP2MI, reset lewat email kah?",
            "kalo lupa password akun SISKOP2MI, reset lewat email kah?",
        ),
        ("akun tiktok budi_loker99 nawarin kerja", "akun tiktok <USERNAME> nawarin kerja"),
        # a region and a district abroad are places
        ("Bintang Pantura acara dangdut di tv itu", "Bintang Pantura acara dangdut di tv itu"),
        ("Al Malaz itu daerah mano di Riyadh?", "Al Malaz itu daerah mano di Riyadh?"),
        # a relative's name before the words that say whose it is
        ("Rezeki itu nama anak saya pak", "<NAMA> itu nama anak saya pak"),
        ("apa itu nama saya?", "apa itu nama saya?"),
        # a number abroad over two lines, its country code on the first
        ("nomor anak saya +60 16\n-553 2198, sudah", "nomor anak saya <PHONE>, sudah"),
        # districts abroad, an agency, a medicine by its generic name
        (
            "Jalan Tunku Abdul Rahman itu deket Chow Kit kan?",
            "Jalan Tunku Abdul Rahman itu deket Chow Kit kan?",
        ),
        (
            "anak demam, Paracetamol sirup atau Tempra?",
            "anak demam, Paracetamol sirup atau Tempra?",
        ),
        ("ada pasar murah Bulog", "ada pasar murah Bulog"),
        # 'kaka' as chat writes 'kakak'; an office's account; 'trus' after a site is no handle
        ("kaka sy Nia dapet kerja di singapore", "kaka sy <NAMA> dapet kerja di singapore"),
        ("ig bp3mi sumsel apo namonyo", "ig bp3mi sumsel apo namonyo"),
        (
            "nawarin kerja lewat tiktok trus minta uang",
            "nawarin kerja lewat tiktok trus minta uang",
        ),
        ("ig: rahmat_agency99 tiktok trus wa", "ig: <USERNAME> tiktok trus wa"),
    ],
)
def test_the_twenty_fourth_hands_tuning_half(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a cue that says whose name it is wins over the list of public figures
        ("nama anak saya Agnes Monica umur 7", "nama anak saya <NAMA> umur 7"),
        ("bos aku namanya Mohammed bin Salman, galak", "bos aku namanya <NAMA>, galak"),
        ("majikan saya Lee Kuan Yew di singapura", "majikan saya <NAMA> di singapura"),
        ("Rhoma Irama konser di mana", "Rhoma Irama konser di mana"),
        ("Saya dengar nama Siti Zaenab, TKI", "Saya dengar nama Siti Zaenab, TKI"),
        ("Si Kancil aja cerdik", "Si Kancil aja cerdik"),
        # a housing estate given as a home, however the home is written
        ("umah aku di Perumnas Talang Kelapa", "umah aku di <ALAMAT>"),
        ("calo nyo tingal di perumnas talang kelapa", "calo nyo tingal di <ALAMAT>"),
        (
            "kediaman saya di Komplek Bougenville, dekat pasar",
            "kediaman saya di <ALAMAT>",
        ),
        # 'sama', 'diajak', 'oleh' before a name that is a place too
        (
            "aku diajak Murni ke penampungan di jakarta",
            "aku diajak <NAMA> ke penampungan di jakarta",
        ),
        # a filler after a landmark is no question: the house is told
        ("rumah aku dekat sd apo tu, di talang", "rumah aku <ALAMAT>, di talang"),
        # a money range over two lines is no NIK
        ("gaji 12.500.000\n- 15.000.000", "gaji 12.500.000\n- 15.000.000"),
        # 'kaka' names someone only with its owner after it; the admin called 'kaka' is no one
        ("kaka mw tanya dong", "kaka mw tanya dong"),
        ("kaka sy Nia dapet kerja", "kaka sy <NAMA> dapet kerja"),
        # a given name right after 'desa', 'bandara' names a place; after 'di' it may be the
        # person something is with; a prophet is no one
        ("mendarat di bandara Juanda jam 2", "mendarat di bandara Juanda jam 2"),
        ("paspor aku ditahan di Rudi", "paspor aku ditahan di <NAMA>"),
        ("kisah nabi Musa dan nabi Nuh", "kisah nabi Musa dan nabi Nuh"),
        (
            "ikut pengajian di Darul Ulum sebelum berangkat",
            "ikut pengajian di Darul Ulum sebelum berangkat",
        ),
        (
            "aku tinggal di Kwai Fong, majikan suruh kerja 16 jam",
            "aku tinggal di Kwai Fong, majikan suruh kerja 16 jam",
        ),
        ("tinggal sama Juanda di kontrakan", "tinggal sama <NAMA> di kontrakan"),
        # a month is no name; a place abroad named after no one stays
        ("saya bulan depan mau berangkat ke taiwan", "saya bulan depan mau berangkat ke taiwan"),
        (
            "suami saya ditahan di Darwin karena kapal nelayan",
            "suami saya ditahan di Darwin karena kapal nelayan",
        ),
    ],
)
def test_what_the_review_of_2026_12_01_found(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_a_name_that_starts_like_a_passive_verb_is_kept_whole_by_the_tagger():
    text = "td malam dinar susanti nelpon"
    found = [f for f in find_personal_data(text) if f.category == "name"]
    assert [(text[f.start : f.end], f.reason[:21]) for f in found] == [
        ("dinar susanti", "the tagger reads a na")
    ]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a name that is a word, then who the person is to the writer (a modifier between, or
        # the owner glued on while the sentence goes on); the relative spoken to is no one
        ("Mawar sepupuku dulu tinggal di rumah kami", "<NAMA> sepupuku dulu tinggal di rumah kami"),
        (
            "Rezeki, adek bungsu aku, lah dijanjike kerjo",
            "<NAMA>, adek bungsu aku, lah dijanjike kerjo",
        ),
        ("Sabar adekku, nanti ada jalan", "Sabar adekku, nanti ada jalan"),
        ("Semangat kawanku!", "Semangat kawanku!"),
        # a day then a date is no name and its phone number
        ("Hari/Tgl: Sabtu, 14 Maret 2026", "Hari/Tgl: Sabtu, 14 Maret 2026"),
        ("asep saepudin, 0812 3456 7890", "<NAMA>, <PHONE>"),
        # a street asked about, without a house number or a home, is nobody's address
        (
            "jln kolonel atmo itu dekat kantor disnaker kota palembang kah?",
            "jln kolonel atmo itu dekat kantor disnaker kota palembang kah?",
        ),
        ("rumah sy di jl. merdeka dekat masjid", "rumah sy di <ALAMAT>"),
        ("kos aku di jln. Merdeka No. 5", "kos aku di <ALAMAT>"),
    ],
)
def test_what_the_twenty_sixth_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # the postcode after an address, at home and abroad (not an amount after it)
        (
            "majikan aku tinggal di 7, Jalan Melur 2, Taman Bukit, 81200 Johor Bahru",
            "majikan aku tinggal di <ALAMAT>",
        ),
        ("tinggal di Blk 12 Yishun Ave 4 #05-77, Singapore 760012.", "tinggal di <ALAMAT>."),
        (
            "rumah aku di Jl. Dempo No. 8, Rp 150000 sebulan",
            "rumah aku di <ALAMAT>, Rp 150000 sebulan",
        ),
        # an address in Chinese characters; "台北101大樓" is a tower
        (
            "aku kerja di 新北市板橋區文化路88巷3號5樓 rumah majikan",
            "aku kerja di <ALAMAT> rumah majikan",
        ),
        (
            "kak, 沙田秀茂坪邨秀明樓805室 itu rumah majikan aku",
            "kak, <ALAMAT> itu rumah majikan aku",
        ),
        ("mau ke 台北101大樓 hari minggu", "mau ke 台北101大樓 hari minggu"),
        # how the house looks, "pager" and "-nyo" as villagers spell them
        ("rumah wak aku di lrg. sepakat rt 05, pagernyo biru", "rumah wak aku di <ALAMAT>"),
        # a person named by the trade that made them known, or before it; "pahlawan devisa" is
        # what migrant workers are called
        (
            "Penyanyi Ari Lasso mau konser di Taipei ya?",
            "Penyanyi Ari Lasso mau konser di Taipei ya?",
        ),
        (
            "Cut Nyak Dien itu pahlawan dari Aceh kan?",
            "Cut Nyak Dien itu pahlawan dari Aceh kan?",
        ),
        ("Rahmi itu pahlawan devisa keluarga kami", "<NAMA> itu pahlawan devisa keluarga kami"),
        ("nama anak saya Dewi Sartika, aktris cilik", "nama anak saya <NAMA>, aktris cilik"),
        # a place after "salam dari" or "sama" is where, not who ("ditipu guntur" is who)
        ("Trims min. Salam dari Kikim", "Trims min. Salam dari Kikim"),
        ("Brebes sama Pemalang banyak calo ya?", "Brebes sama Pemalang banyak calo ya?"),
        ("Salam dari Yanti", "Salam dari <NAMA>"),
    ],
)
def test_what_the_twenty_seventh_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_findings_that_overlap_leave_nothing_of_either():
    # the birth date and the digits run on from its year into the NIK: neither leaves a piece
    text = "data saya: Wulan Sari / 3 Juni 1994 / 1671044306940002 / HP 0812-7788-9900"
    assert scrub_personal_data(text) == "data saya: <NAMA> / <NOMOR> / HP <PHONE>"


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a thing named, then what it is; a person, then the national office they held
        ("Bethany itu gereja di Taipei ya?", "Bethany itu gereja di Taipei ya?"),
        ("Sinar Jaya Abadi itu PT resmi dak?", "Sinar Jaya Abadi itu PT resmi dak?"),
        ("Marzuki Alie dulu ketua DPR kan?", "Marzuki Alie dulu ketua DPR kan?"),
        ("Pak Darmo dulu ketua RT kami", "Pak <NAMA> dulu ketua RT kami"),
        # the last of a list, then the trade that made them known
        (
            "Via Vallen, Nella Kharisma, Inul, itu penyanyi dangdut kan?",
            "Via Vallen, Nella Kharisma, Inul, itu penyanyi dangdut kan?",
        ),
        # a public figure's name makes no other mention of its words a name
        ("Raja Salman itu raja Saudi yo?", "Raja Salman itu raja Saudi yo?"),
        # (a comma first ends only a list of people of public life; "pahlawan kami" is anyone)
        ("yg ngajak Budi, itu PT nya apa?", "yg ngajak <NAMA>, itu PT nya apa?"),
        ("Rahmi itu pahlawan kami", "<NAMA> itu pahlawan kami"),
        (
            "kerja di Toko Koh Ahui. gaji aku ditahan ahui",
            "kerja di Toko Koh Ahui. gaji aku ditahan <NAMA>",
        ),
    ],
)
def test_things_and_people_of_public_life_told_by_what_they_are(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a general of the police or the armed forces is an official; a lower rank is anyone
        (
            "Irjen Pol Agus Andrianto pernah ke Palembang ya?",
            "Irjen Pol Agus Andrianto pernah ke Palembang ya?",
        ),
        ("sepupu aku Bripka Joko yang urus", "sepupu aku Bripka <NAMA> yang urus"),
        # a person, then the office they once held
        (
            "Anies Baswedan pernah jadi menteri pendidikan kan?",
            "Anies Baswedan pernah jadi menteri pendidikan kan?",
        ),
        ("Dedi Mulyadi pernah menjabat gubernur ya?", "Dedi Mulyadi pernah menjabat gubernur ya?"),
        # capitals after one's relative that are an acronym or a word
        ("adek aku BLKLN lulusan", "adek aku BLKLN lulusan"),
        ("anak saya TKW di Malaysia", "anak saya TKW di Malaysia"),
    ],
)
def test_what_the_twenty_eighth_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        # Palembang kin words before a name
        ("mamang Darsono yang bawa kami", "Darsono", "name after 'mamang'"),
        ("kakcik Juleha ngajak aku ke Taiwan", "Juleha", "name after 'kakcik'"),
        # a nickname in quotes after "alias" or "dipanggil"
        ('namonyo Rusli alias "Gondrong", orang Lahat', "Gondrong", "name after 'alias'"),
        ("orangnyo dipanggil 'Acong' di pasar", "Acong", "name after 'dipanggil'"),
        # capitals after one's relative: a name where they are no word, place or acronym
        ("adek aku RIFKANA di Kamboja", "RIFKANA", "name after 'adek aku'"),
        # Javanese titles of kin
        ("kulo mbok tumini anak kulo di malesia", "tumini", "name after 'mbok'"),
        ("uwak saya pakde darmo sudah 60 tahun", "darmo", "name after 'pakde'"),
    ],
)
def test_the_rules_alone_read_these_names(text, name, reason):
    found = find_personal_data(normalise(text), with_tagger=False)
    assert (name, reason) in [(text[f.start : f.end], f.reason) for f in found]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a passport number after "paspornya", and with the letter the Philippines end it with
        ("paspornya P4402187A juga ditahan", "paspornya <PASPOR> juga ditahan"),
        ("pasporku c2722872 hilang", "pasporku <PASPOR> hilang"),
        (
            "paspornya berlaku 5 tahun, biaya Rp 350.000",
            "paspornya berlaku 5 tahun, biaya Rp 350.000",
        ),
        # a mobile number in groups of four, a line each
        ("nomornyo\n0812\n7300\n4491\nitu nomor calo", "nomornyo\n<PHONE>\nitu nomor calo"),
        ("jam\n08\n10\n2024", "jam\n08\n10\n2024"),
        # addresses in Korea and Singapore
        (
            "one-room sy di 45-7 Naedong-ro 12beon-gil, dekat pabrik",
            "one-room sy di <ALAMAT>, dekat pabrik",
        ),
        # (the ward after it goes with it: tuning_51's "23-4 Namhang-ro, Yeongdo-gu")
        ("asrama kami di 15-3 Wongok-dong, Danwon-gu", "asrama kami di <ALAMAT>"),
        ("tinggal di Gongdan-ro 221 ya", "tinggal di <ALAMAT> ya"),
        ("dikurung di 38 Sunset Way #04-02.", "dikurung di <ALAMAT>."),
        ("By The Way, kerja di Korea 3 tahun", "By The Way, kerja di Korea 3 tahun"),
        # a person by the national office they held at the time
        (
            "Bu Sri Mulyani waktu masih menteri keuangan pernah ngomong soal remitansi?",
            "Bu Sri Mulyani waktu masih menteri keuangan pernah ngomong soal remitansi?",
        ),
        ("Pak Budi waktu masih kerja di Malaysia", "Pak <NAMA> waktu masih kerja di Malaysia"),
        # someone the writer asks about: "kenal" and a given name or a capitalised word
        ("ado yg kenal zubaidah dak, wong OKI", "ado yg kenal <NAMA> dak, wong OKI"),
        ("kenal Erwin Sembiring?", "kenal <NAMA>?"),
        ("kenal agen di Batam?", "kenal agen di Batam?"),
        ("kenal PT itu, resmi dak", "kenal PT itu, resmi dak"),
        ("saya kenal baik prosedurnya", "saya kenal baik prosedurnya"),
    ],
)
def test_what_the_twenty_ninth_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # typed by voice: the "+" said as "plus", digits said in Javanese
        ("hp teman nya plus 855 96 234 5718 tolong", "hp teman nya <PHONE> tolong"),
        ("ini nomor arab nyo plus 966 55 412 7789", "ini nomor arab nyo <PHONE>"),
        ("gaji 5 juta plus 2000000 bonus", "gaji 5 juta plus 2000000 bonus"),
        (
            "nomere nol wolu siji telu pitu papat lima enem siji loro telu papat",
            "nomere <PHONE>",
        ),
        ("anak kulo loro sampun pitu dino", "anak kulo loro sampun pitu dino"),
        # e-mails, handles and links said aloud
        (
            "email saya eh rini astuti underscore 01 at gmail titik com kok tidak bisa",
            "email saya eh <EMAIL> kok tidak bisa",
        ),
        (
            "youtube dot com at kerjajepangmurah punya orang",
            "youtube dot com at <USERNAME> punya orang",
        ),
        ("ig nya at budisantoso88", "ig nya at <USERNAME>"),
        (
            "facebook titik com garis miring siska dot amelia 77 dia yang ngajak",
            "<TAUTAN> dia yang ngajak",
        ),
        ("ig com slash siti 2 kali", "<TAUTAN> 2 kali"),
        # a filler between the cue and the name
        ("nama saya eh sastrowardoyo dari sekayu", "nama saya eh <NAMA> dari sekayu"),
        ("namanya eh gilang ramadhan itu dikirim", "namanya eh <NAMA> itu dikirim"),
        ("anak saya eh sakit di malaysia", "anak saya eh sakit di malaysia"),
        # a greeting said in full, Javanese "kulo" and "mbok"
        (
            "assalamualaikum warahmatullah saya khairunnisa saya mau tanya boleh tidak saya kerja",
            "assalamualaikum warahmatullah saya <NAMA> saya mau tanya boleh tidak saya kerja",
        ),
        ("kulo mbok tumini anak kulo di malesia", "kulo mbok <NAMA> anak kulo di malesia"),
        ("kulo mau tanya", "kulo mau tanya"),
        # a Palembang kin word alone, as a title before a name in lower case
        ("uwak saya wak saman sudah 60 tahun", "uwak saya wak <NAMA> sudah 60 tahun"),
        ("kemaren wak darmo datang", "kemaren wak <NAMA> datang"),
        ("wak saya sakit", "wak saya sakit"),
    ],
)
def test_what_the_thirtieth_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a mobile number said in tens and hundreds; the hotline said stays
        (
            "nomor hp saya nol delapan satu tiga dua ratus tiga puluh empat lima enam tujuh delapan",
            "nomor hp saya <PHONE>",
        ),
        ("hotline nol delapan ratus seribu", "hotline nol delapan ratus seribu"),
        ("gaji dua puluh lima juta", "gaji dua puluh lima juta"),
        # a birth date said, the month by its number
        (
            "sayo lahir tanggal duo puluh limo bulan limo taun delapan puluh limo di Pagaralam",
            "sayo lahir tanggal <TGL_LAHIR> di Pagaralam",
        ),
        ("anak saya lahir tanggal dua bulan lalu", "anak saya lahir tanggal dua bulan lalu"),
        # a handle said with "underscore"; an office's stays
        (
            "akun tiktok ku at sari underscore manis 98 di hack",
            "akun tiktok ku at <USERNAME> di hack",
        ),
        ("cek ig bp2mi titik sumsel", "cek ig bp2mi titik sumsel"),
        # a name said again, put right
        (
            "sponsornya namanya budi eh hery setiawan nomornya",
            "sponsornya namanya <NAMA> eh <NAMA> nomornya",
        ),
        ("nama saya Budi eh mau tanya", "nama saya <NAMA> eh mau tanya"),
        # Javanese everyday words after "kulo" and "pak"
        (
            "kulo ajeng tanglet syarat e kerja ten Korea",
            "kulo ajeng tanglet syarat e kerja ten Korea",
        ),
        ("nggih pak maturnuwun", "nggih pak maturnuwun"),
    ],
)
def test_what_the_thirty_first_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # private people the new kept spans must not keep
        ("Pak Darul Hakim sponsor dari Lahat", "Pak <NAMA> sponsor dari Lahat"),
        ("saya Darun Nafis mau tanya", "saya <NAMA> mau tanya"),
        ("Pak Hendra pas menteri datang ke desa", "Pak <NAMA> pas menteri datang ke desa"),
        (
            "Pak Agus waktu jadi presiden direktur PT itu",
            "Pak <NAMA> waktu jadi presiden direktur PT itu",
        ),
        # close variants of what is said aloud
        ("akun tiktok ku et sari underscore manis 98", "akun tiktok ku et <USERNAME>"),
        (
            "hp saya kosong delapan satu tiga, dua ratus tiga puluh empat, lima enam tujuh delapan",
            "hp saya <PHONE>",
        ),
        ("facebook titik com garis miring sari strip manis ya", "<TAUTAN> ya"),
        # a name put right in lower case, a word that is no word; not "sorry"
        ("nama saya budi eh sastrowardoyo dari sekayu", "nama saya <NAMA> eh <NAMA> dari sekayu"),
        ("nama saya budi eh sorry mau tanya", "nama saya <NAMA> eh sorry mau tanya"),
    ],
)
def test_what_the_review_of_the_voice_rules_found_missing(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # "ayuk" is "let's"; "wak"/"mamang" before a common word, or called with a comma
        "ayuk segera daftar sebelum tutup",
        "wak tukang ojek di desa",
        "wak, kato uwong gaji di taiwan gedang",
        "kulo arep takon",
        # "at" and "titik" said in ordinary sentences
        "tiktok at malam bisa dak",
        "ig nya at rumah",
        "fb saya diblokir titik tolong",
        # job adverts' English, an amount after a Korean street
        "Ada info 2 Day Walk In Interview di Palembang?",
        "tonton video 5 Easy Way Belajar",
        "gaji di Sihwa-ro 2 juta won cukup dak",
        # a word said after a name to put it right that is no name
        "nama saya eh mau tanya dulu",
        # "kenal" before what no one is called
        "kenal Tuhan dulu baru berangkat",
        "kenal Google Translate",
        # how long, not a birth date
        "sejak lahir tiga bulan dua tahun saya rawat",
    ],
)
def test_ordinary_questions_the_voice_rules_leave_alone(text):
    assert scrub_personal_data(text) == text


def test_an_email_pattern_takes_a_long_word_whole():
    """ "x-dot-x-dot-x..." before "gmail": split in every way there is, it took seconds on a few
    hundred characters (a review's finding); this test would hang, not fail, if it came back."""
    text = "x" + "-dot-x" * 100 + " gmail"  # 36 s before
    assert "email" not in [finding.category for finding in find_personal_data(normalise(text))]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # digits said in English and Palembang Malay, and one put right with "eh" midway
        (
            "my boss number plus six zero one two, three eight eight, four one five zero ok",
            "my boss number <PHONE> ok",
        ),
        (
            "nik aku sikok enam sikok nol, duo tigo, empat limo nol tujuh sembilan enam, nol",
            "nik aku <PHONE>",
        ),
        (
            "nomornya limo duo nol eh nol delapan limo duo, nol sembilan, tigo tigo, empat",
            "nomornya <PHONE>",
        ),
        # an e-mail with digits said after the name
        (
            "email saya rahmat hidayat dua satu at gmail titik com ya",
            "email saya <EMAIL> ya",
        ),
        ("kirim ke rendypratama dua ribu dua at gmail titik com", "kirim ke <EMAIL>"),
        # a number close to SAPA's WhatsApp is a person's
        (
            "nomor saya nol delapan satu satu satu, satu dua sembilan, satu dua delapan",
            "nomor saya <PHONE>",
        ),
        # its first group read as tens, or a slip put right there: all of it goes
        (
            "nik bapak enam belas nol satu, nol tiga, dua dua nol lima tujuh delapan, nol nol satu",
            "nik bapak <PHONE>",
        ),
        (
            "wa malaysia plus enam sepuluh, dua tiga empat, lima enam tujuh delapan",
            "wa malaysia <PHONE>",
        ),
        (
            "rek bni nol dua sebelas eh nol dua satu satu, tiga empat, lima lima enam tujuh",
            "rek bni <PHONE>",
        ),
        # an amount in tens before the number is no part of it
        (
            "gaji sepuluh juta, hubungi nol delapan satu dua, tiga empat lima, enam tujuh",
            "gaji sepuluh juta, hubungi <PHONE>",
        ),
        (
            "gaji lima ratus ribu, nol delapan satu dua tiga empat lima enam tujuh",
            "gaji lima ratus ribu, <PHONE>",
        ),
        (
            "anak saya umur sebelas, nol delapan satu dua tiga empat lima enam tujuh",
            "anak saya umur sebelas, <PHONE>",
        ),
        # a word the number's words sit in, a label's value, thousands: none of it the number's
        (
            "no hp kantor kesebelas nol delapan satu dua tiga empat lima enam tujuh",
            "no hp kantor kesebelas <PHONE>",
        ),
        (
            "wa saya kirim uang seratus ribu nol delapan satu dua tiga empat lima enam tujuh",
            "wa saya kirim uang seratus ribu <PHONE>",
        ),
    ],
)
def test_numbers_said_in_english_and_palembang_and_emails_with_digits_said(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        # the numbers the bot gives, said aloud (SAPA's WhatsApp, the call centre from abroad)
        "wa sapa nol delapan satu satu satu, satu dua sembilan, satu dua sembilan bisa dak",
        "dari luar negeri plus enam dua dua satu, dua sembilan dua empat, empat delapan nol nol",
        # English counting that is no number
        "one two three four five six steps to apply",
        # the call centre's WhatsApp said digit by digit beside an age said in tens
        "wa sapa nol delapan satu satu satu, satu dua sembilan, satu dua sembilan, umur saya dua"
        " puluh tahun",
    ],
)
def test_official_numbers_said_aloud_and_counting_are_kept(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # the kabupaten after an address stays; a desa or kecamatan after it goes with it
        ("rumah di Jl. Mawar No. 3, Kel. Sukajadi, Palembang", "rumah di <ALAMAT>, Palembang"),
        (
            "alamat saya Jl. Mawar No. 3, Sukajadi, Talang Kelapa, Banyuasin",
            "alamat saya <ALAMAT>, Banyuasin",
        ),
    ],
)
def test_an_address_keeps_only_the_kabupaten_after_it(text, scrubbed):
    assert resolve_places(scrub_personal_data(text)) == scrubbed


def test_a_desa_and_kecamatan_in_lower_case_after_an_address_do_not_stay():
    # the tagger may take them into the address, or the index of places reads them one after
    # the other (bot/places.py): either way only the kabupaten is left
    kept = resolve_places(
        scrub_personal_data("saya tinggal di jalan kenanga gang mawar, talang jambe, sukarami")
    )

    assert not {"kenanga", "talang", "jambe", "sukarami"} & set(kept.replace(",", " ").split())


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # what the security review of the rules for pasted messages found (2026-12-01, evening)
        ("TTL: Indramayu, 12/Mei/1999", "12/Mei/1999"),
        ("tgl lahir 12/Mei/99, nik 3201234567890001", "12/Mei"),
        ("Mohon Bantuannya, Suami Saya Paidi Sudah 2 Tahun Tidak Ada Kabar Di Malaysia", "Paidi"),
        ("Kemarin Wagiyem Dan Paidi Berangkat Ke Malaysia Lewat Batam Tanpa Dokumen", "Wagiyem"),
        ("rek bca 1234567890 atas nama untung", "untung"),
        ("kirim ke rekening atas nama nia", "nia"),
        ("daftar SUMARNI/27/INDRAMAYU 085712345678", "SUMARNI"),
        ("Konfirmasi pendaftaran: KARYADI/CPMI/2025/TAIWAN", "KARYADI"),
        ("Alamat rumah:\nKampung Cibeureum Kulon, Garut", "Cibeureum"),
        ("Cek Tika yang di Malaysia nomornya 081234567890", "Tika"),
        ("adik saya Nia kerja di taiwan, nia belum digaji", "nia"),
        ("Pak Hari tua itu yang jadi sponsor saya", "Hari"),
        ("saya tinggal di Jalan Kerja Bersama gang 3, Sidoarjo", "Bersama"),
        ("No: 0812/3456/7890/WA", "3456"),
    ],
)
def test_what_the_review_of_the_rules_for_pasted_messages_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "username telegram ku at sari underscore palembang underscore dua ribu satu ya",
            "username telegram ku at <USERNAME> ya",
        ),
        (
            "hubungi saya di telegram aja username nya at yanti underscore oki dua tiga",
            "hubungi saya di telegram aja username nya at <USERNAME>",
        ),
        (
            "ig nya sponsor itu at lowongan titik jepang titik resmi yang punya",
            "ig nya sponsor itu at <USERNAME> yang punya",
        ),
        ("tiktok: sari underscore manis dua ribu lima", "tiktok: <USERNAME>"),
    ],
)
def test_a_handle_said_aloud_goes_with_the_digits_said_after_it(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "email budi at gmail titik com",  # an e-mail, read as one
        "dia kerja at pabrik dekat stasiun",  # "at" without a joined word after it
    ],
)
def test_at_before_a_mail_provider_or_plain_words_is_no_said_handle(text):
    assert all(finding.category != "username" for finding in find_personal_data(normalise(text)))


def test_a_quoted_group_named_after_a_person_goes_whole_and_one_named_after_nothing_stays():
    assert scrub_personal_data("sy baca di grup wa 'Info Kerja Luar Negeri Kak Rina', katonyo") == (
        "sy baca di grup wa '<USERNAME>', katonyo"
    )
    ordinary = "grup fb 'Info Loker Luar Negeri Sumsel' itu resmi dak?"
    assert scrub_personal_data(ordinary) == ordinary


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("ini discord nyo ryan#4521 , dia rekrut", "ini <NAMA> nyo <USERNAME> , dia rekrut"),
        (
            "nama akun tiktoknyo Mbak Ratna Care Giver Taiwan, foto profil pake seragam",
            "nama akun tiktoknyo <USERNAME>, foto profil pake seragam",
        ),
        (
            "akun FB nya Loker Taiwan Resmi 2026, adminnyo galak",
            "akun FB nya <USERNAME>, adminnyo galak",
        ),
    ],
)
def test_what_the_thirty_seventh_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_an_offices_account_called_resmi_stays():
    text = "akun Facebook Resmi KP2MI itu yang centang biru kan?"
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        (
            "Kartinem: kak aku mau tanya\nAdmin: iya ada apa\nKartinem: gaji berapa\nAdmin: 5 jt",
            "Kartinem",
        ),
        ("LOWONGAN\nGaji 5 juta\nSyarat sehat\nCP Kartinem WA 0812 3456 7890", "Kartinem"),
    ],
)
def test_one_capitalised_name_in_a_pasted_text_goes_before_a_colon_or_an_acronym(text, leaked):
    # (a rule that kept such a word before ":" or an acronym, for "Levy:" and "Fotocopy KTP",
    # let a chat's speakers and an advert's contact through: it was taken out)
    assert leaked not in scrub_personal_data(text)


def test_a_pasted_text_still_loses_a_full_name_and_a_chat_message_a_single_one():
    pasted = "JOB OFFER\nPosition: Warehouse Operative\nContact: Agnieszka Nowak\nini resmi dak?"
    assert "Agnieszka" not in scrub_personal_data(pasted)
    assert "Nowak" not in scrub_personal_data(pasted)
    assert "Darsuki" not in scrub_personal_data("kemaren Darsuki datang ke rumah, ngajak kerja")


def test_a_name_wrapped_onto_the_next_line_goes_whole():
    scrubbed = scrub_personal_data("TKW atas nama Juminten\nSentosa meninggal di Malaysia")
    assert "Juminten" not in scrubbed
    assert "Sentosa" not in scrubbed


def test_a_month_and_its_year_stay_but_a_month_and_year_of_birth_go():
    text = "Pendaftaran: Mei 2026\nCBT: Juni - Juli 2026\nbener dak?"
    assert scrub_personal_data(text) == text
    assert "1999" not in scrub_personal_data("anak saya lahir Juli 1999 di Lahat")


@pytest.mark.parametrize(
    ("text", "birth_year"),
    [
        ("tgl lahir saya 5 Mei 2001, di paspor ketulis 5 Mei 2002, cak mano", "2002"),
        ("Saya lahir jam 11 malam, jadi di KTP ditulis 01-01-2000. Mana yang dipakai?", "2000"),
        ("saya udah 18 tahun kemarin tanggal 8 januari 2008 lahirnya boleh daftar kan", "2008"),
    ],
)
def test_a_date_of_a_childhood_in_a_message_about_a_birth_date_is_one(text, birth_year):
    assert birth_year not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "anak saya lahir tahun berapa boleh daftar? berangkat 12 Juni 2025 katanya",
        "batas lahir 1 Januari 2008 itu untuk yang mau ke Taiwan ya?",
    ],
)
def test_an_events_date_or_a_cut_off_stays_beside_a_birth_cue(text):
    assert scrub_personal_data(text) == text


def test_a_relative_called_dear_before_the_name_is_still_a_cue():
    assert "Mutiara" not in scrub_personal_data("adikku tersayang, Mutiara, baru berangkat")
    assert "Rosidah" not in scrub_personal_data("istri saya tercinta Rosidah kerja di Dubai")


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("pabrik di 彰化縣和美鎮彰美路三段 201 號, kami 8 org", "201"),
        ("tinggal di 경기도 안산시 단원구 원곡로 52, 203호. bos minta paspor", "203"),
        ("lao ban (bos) kami 王志明, pabrik di Changhua", "王志明"),
        ("agen nya Miss Lin (林美玲) sering marah", "林美玲"),
        ("pak cik aku Rahmat, adek bak, yang nyuruh aku", "Rahmat"),
    ],
)
def test_what_the_thirty_eighth_hands_tuning_half_showed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hari Lahir Pancasila 1 Juni kantor BP3MI libur dak?",
        "aku di 香港 Tuen Mun, kantor KJRI jauh dak?",
        "居留證 hilang, tinggal di 彰化縣 Changhua, lapor kemana?",
    ],
)
def test_a_national_day_and_chinese_words_that_name_no_one_stay(text):
    assert scrub_personal_data(text) == normalise(text)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # one capitalised name alone in a pasted text still goes
        ("LOWONGAN MALAYSIA\nPabrik sarung tangan\nGaji 5 juta\nCP Kartinem\nBuruan", "Kartinem"),
        ("LOWONGAN\nGaji 25 juta\nBerminat hubungi Mursid\nWA 0812 3456 7890", "Mursid"),
        ("Bu\nKemaren Juminten bilang ada lowongan\nke Taiwan gratis\nbenar gak", "Juminten"),
        ("EMPLOYMENT CONTRACT\nEmployer: Hsu\nPosition: Domestic Helper\nSalary: HKD 4990", "Hsu"),
        # a month and a year hide no name nor handle
        ("Nama: Mei\n2019-2021 PRT di Taiwan\nbisa?", "Mei"),
        ("ig nya juli2003 itu penipu", "juli2003"),
        ("sponsor namanya Juni 2019 dia bawa saya ke PT", "Juni"),
        # and are a birth with the cue after them, or "dilahirkan"
        ("anak saya yang kedua itu Juli 2010 lahirnya", "2010"),
        ("saya Juli 1998 kelahiran Muara Enim", "1998"),
        ("saya dilahirkan Juni 1999 di Lahat", "1999"),
        # handles said aloud, glued to the site's name, with a tag
        ("at yanti underscore oki dua tiga empat lima enam tujuh", "tujuh"),
        ("discord nyo at ryan underscore oki#4521", "4521"),
        ("discordnyo ryan#4521 dia rekrut", "ryan"),
        ("tiktoknyo sari.manis98 itu penipu", "sari"),
    ],
)
def test_what_the_review_of_the_session_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saya berangkat ke Malaysia 12 Maret 2008, di paspor tanggal lahir saya salah",
        "saya menikah 5 Juni 2010, akta kelahiran anak belum ada",
        "grup wa 'Alumni LPK Mitra Karya' itu resmi?",
        "fb Resmi KDEI Taipei bilang gaji naik",
        "interview at 9 titik 30 pagi",
        "untuk ibuku tercinta Semoga sehat selalu",
    ],
)
def test_what_the_review_of_the_session_of_2026_12_02_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


def test_an_unclosed_quote_after_a_group_takes_no_more_than_the_name_in_it():
    scrubbed = scrub_personal_data(
        "masuk grup 'Loker Taiwan Mbak Rina, dia bilang 'DP dulu' bener?"
    )
    assert "Rina" not in scrubbed
    assert "'DP dulu' bener?" in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "ini lokasi rumah aku https://maps.app.goo.gl/Xq7vRk2LpZ9 kalo petugas mau datang",
        "titik rumah: -2.98123, 104.75611",
        "share loc penampungan: https://www.google.com/maps/place/-2.97,104.75",
    ],
)
def test_a_location_shared_from_a_map_is_an_address(text):
    assert "<ALAMAT>" in scrub_personal_data(text)
    assert "goo.gl" not in scrub_personal_data(text)
    assert "104.75" not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("kedai makan nya di nombor lapan jalan pasar baru kajang gaji saya", "pasar baru"),
        ("dia punya kantor di rumahnya jalan di panjaitan nomor delapan puluh", "delapan puluh"),
        ("Alamat majikan: nombor 21, Jalan SS 19/6, Subang Jaya", "21"),
    ],
)
def test_a_house_number_said_aloud_or_written_in_malay_makes_an_address(text, leaked):
    assert leaked not in scrub_personal_data(text)


def test_a_number_said_beside_an_everyday_jalan_is_no_address():
    for text in (
        "nomor dua jalan ke malaysia berapa?",
        "jalan ke pasar nomor satu yang paling dekat",
    ):
        assert scrub_personal_data(text) == text


def test_an_english_forms_name_label_is_a_cue():
    assert "Putri" not in scrub_personal_data("Your ID: 5123498761\nFirst: Putri\nLang: id")
    assert "Ratnasari" not in scrub_personal_data("Given name: Ratnasari\nNationality: Indonesia")


def test_a_month_after_a_title_is_someones_name_even_with_a_year_after_it():
    assert "Juli" not in scrub_personal_data("Bu Juli 2020 pindah ke Taiwan, nomornya ganti")


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("nm sy ari, hp 085378812290, sy sdh di penampungan pt", "ari"),
        ("nomor KP2MI 0800-1000 udah sy simpan. sy ini Sapto, pekerja di Miri", "Sapto"),
        ("majikannya Mr. Tan Kok Wai gak bayar gaji", "Kok Wai"),
        ("bos saya Lim Ah Moi di Johor", "Ah Moi"),
        ("Sy Rosita dr Lubuklinggau, lahir thn 1990 tgl 22 mei. Dulu kerja di Malaysia", "1990"),
        ("brp usia maksimal ke jepang? aku lahir thn 1990, tgl 16 Juni", "1990"),
        ("aku kirim lagi yo datanyo: Widya Astuti, 1604 0752 1102 0003, 12-11-2002, Lahat", "2002"),
    ],
)
def test_what_the_thirty_ninth_hands_tuning_half_showed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "saya ini bingung min, cara daftar gimana?",
        "tahun 2025 tgl 5 mei saya berangkat",
        "data keberangkatan: 12-11-2025 ke Malaysia",
        "batas lahir 31-12-2005, yang lahir sesudahnya belum boleh",
    ],
)
def test_a_writer_saying_what_they_are_and_dates_of_events_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize("text", ["Mrs Mei yang urus visa", "madam may suruh aku kerja 16 jam"])
def test_a_month_after_an_employers_title_is_a_given_name(text):
    assert scrub_personal_data(text).split()[1] == "<NAMA>"


def test_what_the_fortieth_hands_tuning_half_showed():
    assert scrub_personal_data("okee") == "okee"
    assert scrub_personal_data("siappp min") == "siappp min"
    scrubbed = scrub_personal_data(
        "dio kirim lokasi: Building D, Golden Lotus Compound, Sihanoukville. Cak mano jemput dio?"
    )
    assert "Lotus" not in scrubbed
    assert "Building D" not in scrubbed
    # the next part of an address ends with its sentence: the next one's first word stays
    assert scrubbed.endswith("Sihanoukville. Cak mano jemput dio?")


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("email saya siti underscore aminah at mail titik ru", "aminah"),
        ("imel: budi strip santoso at kantor titik co titik id", "santoso"),
    ],
)
def test_an_email_said_aloud_at_an_unknown_provider_goes_whole(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("tg.me/agentaiwanmurah itu resmi? yg punya ngaku dari disnaker", "agentaiwanmurah"),
        ("paspor dan i-Kad nyo 1234-ID-00987 sudah mati", "00987"),
        ("nomor ARC saya AB12345678 hilang", "12345678"),
        ("iqama ku 2456789012 diambil kafil", "2456789012"),
    ],
)
def test_a_mistyped_telegram_link_and_the_cards_of_workers_abroad_go(text, leaked):
    assert leaked not in scrub_personal_data(text)


def test_the_name_of_a_card_abroad_alone_stays():
    text = "arc itu apa min? berlaku 3 tahun"
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # names in Title Case lines after cues of every kind (a rule that read the dictionary's
        # words there in lower case let them through: taken out)
        ("Sponsornya Guntur Samudra Dari Baturaja, Dia Minta Uang 5 Juta", "Guntur"),
        ("Saya Mau Lapor Min, PL Guntur Samudra Sudah Menipu Warga Desa Kami", "Samudra"),
        ("Terima Kasih Banyak Atas Bantuannya Min, Salam Dari Kilat Di Lahat", "Kilat"),
        ("Nama Saya Fitri Maharani Dari Muara Enim Mau Tanya Soal Kerja", "Maharani"),
        ("Majikan Pak Ali Akbar Tidak Bayar Gaji Saya Tiga Bulan", "Akbar"),
        # names that end as words with a suffix do ("-an", "-lah", "-kah": not read as words)
        ("Anak Saya Harapan Sudah Berangkat Ke Taiwan Bulan Lalu Tanpa Kabar", "Harapan"),
        ("Saya Mau Tanya Kabar Sumilah Yang Berangkat Ke Malaysia Tahun Lalu", "Sumilah"),
        ("Saya Sudah Hubungi Julian Tapi Nomornya Tidak Aktif Lagi", "Julian"),
        # a name with -nya, as people say it
        ("Min Apakah Sitinya Sudah Sampai Di Malaysia Belum", "Sitinya"),
        # names that read as a word with a prefix, or as Palembang's form of a word, do
        ("Sy Ini Sapto, Pekerja Di Miri Sarawak, Mau Tanya Cara Pulang", "Sapto"),
        ("Yang Ngurus Semua Itu Bos Rico, Orangnya Di Phnom Penh", "Rico"),
        ("Adek Ku Harapan, Umur 17, Diajak Kerja Ke Malaysia Sama Tetangga", "Harapan"),
        # whose name it is, then the name
        ("tato aku tulisan nama mantan, Anggun", "Anggun"),
        # a given name that is a word too, where nothing beside it says it is the word
        ("kemarin Hari bilang gajinya 5 juta", "Hari"),
        ("Kemarin Intan Jugo Ditahan Agen", "Intan"),
        # names that read as a word with its affixes, in Title Case prose (the review of
        # 2026-12-04's evening, helper-181: women's names' endings, a rare root, a name's -nya)
        ("Kemarin Ketemu Meriani Di Pasar, Dia Bilang Ada Lowongan Di Malaysia", "Meriani"),
        ("Bulan Lalu Kemirah Pulang Dari Arab Tapi Gajinya Belum Dibayar Semua", "Kemirah"),
        ("Min Apakah Dimasnya Sudah Sampai Di Malaysia Belum", "Dimasnya"),
        ("Yang Rekrut Kami Itu Prio Katanya Dari PT Di Jakarta", "Prio"),
        ("Minta Tolong Min, Sedana Ditahan Majikan Di Riyadh Tidak Boleh Pulang", "Sedana"),
        # Javanese names that open as a verb with ng-/ny- would
        ("Kemarin Ketemu Ngatirin Di Pasar, Dia Nawari Kerja", "Ngatirin"),
        ("Yang Bawa Kami Tu Nyamin Dari Belitang, Dio Jugo Calo", "Nyamin"),
        # a name written out beside the e-mail or the username that holds it
        ("hallo, i am devi from palembang, my email devi.palembang@hotmail.com", "devi"),
        ("halo aku anak sekayu, mulyadi. username aku @mulyadi_sky", "mulyadi"),
        # a given name that is a word too, where its neighbours say nothing of it (the review of
        # 2026-12-04's evening: a comma between, a noun, a verb's "very", a year's number)
        ("Dak, Intan Belum Pulang Dari Malaysia", "Intan"),
        ("Aku Kangen Bagus Banget, Lah 2 Taun Di Taiwan", "Bagus"),
        ("Tahun 2023 Wulan Berangkat Ke Taiwan", "Wulan"),
        ("saya mukhlis warga lahat mau tanya", "mukhlis"),
        # a name in lower case where the writer introduces themself
        ("saya mukhlis dari desa tanjung raja mau tanya", "mukhlis"),
        ("sy nanang dr baturaja, mau tanya soal visa", "nanang"),
        ("bu, aku ela, 29 th, janda, ditawari jadi baby sitter", "ela"),
        # an invitation's or an advert's contact person
        ("Contact person: Andika (ketua) 0812 3456 7890", "Andika"),
        ("info lengkap cp: bu sari, narahubung: rahmat", "rahmat"),
        # Korean given names that look like a word said long
        ("Jin Hee", "Hee"),
        ("Hee", "Hee"),
        # an address's next part after a short form of four letters
        ("Block 18, Kmpg. Baru Sungai Buloh, Selangor", "Buloh"),
        # year-first birth dates in more forms
        ("lahir thn 1990 tgl 22 bln 5", "1990"),
        ("lhr th 1990 tg 22 mei", "1990"),
    ],
)
def test_what_the_review_of_the_second_session_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "saya ini Muslim, majikan non muslim gimana",
        "aku ini Katolik bisa ke taiwan?",
        "gaji ms mei belum dibayar majikan",
        "kontrak aku ms juni 2025 selesai",
        "data paspor saya terbit 12-11-2005",
        "update data tgl 01-02-2010 di disnaker",
        "datanya sudah dikirim tgl 5 mei 2003?",
    ],
)
def test_what_the_review_of_the_second_session_of_2026_12_02_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    ["aku di desa sukarami, payo min bantu aku", "aku dari kec. gelumbang, abab ado lowongan?"],
)
def test_a_word_after_a_place_and_a_comma_is_a_place_only_as_that_places_kecamatan(text):
    kept = resolve_places(scrub_personal_data(text))
    assert "payo" in kept or "abab" in kept


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Pak tolong, teman kos saya Mega diajak pacarnya ke Batam", "Mega"),
        ("majikan lama saya Pak Darto belum bayar gaji", "Darto"),
        ("teman lama budi udah pulang dari malaysia", "budi"),
    ],
)
def test_a_relative_or_a_role_told_by_where_or_when_is_still_a_cue(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text", ["anak kerja di malaysia boleh?", "teman kerja saya bilang gaji 5 juta"]
)
def test_where_or_when_after_a_relative_with_no_name_after_it_stays(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "gimana min cara dapet E-KPMI? dulu namanya KTKLN kan",
        "Min, pesan dr mak aku: jgn percayo samo wong yg nawari gawe. Mak aku pinter juga ya",
    ],
)
def test_an_acronym_after_namanya_and_what_a_relative_is_like_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # what the second review of the second session of 2026-12-02 found
        ("data diri Widya Astuti 12-11-2002 Palembang", "2002"),
        ("datanyo Widya Astuti; 12-11-2002; Lahat", "2002"),
        ("kitasnya 2C11AB1234567", "1234567"),
        ("finnya G1234567X", "1234567"),
        ("i kad nyo 1234-ID-00987", "00987"),
        ("i-Kad: 1234/ID/00987", "00987"),
        ("kitas 2C11 AB12 34567 sudah mati", "34567"),
        ("majikan saya mrs may baik", "may"),
        ("laoban mei tidak bayar", "mei"),
        ("nama saya ramah", "ramah"),
        ("pak jago itu calo", "jago"),
        ("budi titik santoso at mail titik ru", "santoso"),
        ("siti underscore aminah 88 at mail titik ru", "aminah"),
        ("tg . me / budisantoso", "budisantoso"),
        ("lahir th 1990 bln 5 tg 22", "1990"),
        ("lahir th 1990 tg 22 bln mei", "1990"),
    ],
)
def test_what_the_second_review_of_2026_12_02s_second_session_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text).replace("<", " ").split()


@pytest.mark.parametrize(
    "text",
    [
        "gaji setelah dapat arc 28000 nt",
        "biaya iqama 10000 sar",
        "kitas harus bayar 2000000 ya",
        "HKID 12345 itu no apa",
        "teman kerja aku org nepal",
        "teman kerja saya pinoy semua",
        "anak baru lahirr kemarin",
        "kawan lama nelpon",
        "majikan marah at home. us pekerja ga boleh keluar",
        "ketemu at 7. uk time ya",
        "data paspor saya terbit 12-11-2005",
    ],
)
def test_what_the_second_review_of_2026_12_02s_second_session_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


def test_an_employer_known_by_a_childs_name_is_a_name_but_abu_dhabi_a_town():
    assert "Nasser" not in scrub_personal_data("Majikan lama Abu Nasser masih hutang gaji")
    assert "Khalid" not in scrub_personal_data("majikan saya Umm Khalid galak")
    text = "mau ke Abu Dhabi lewat agen, kerja sama Abu Dhabi boss"
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "anak saya pegi ke malaysia",
        "tetangga kami pegi tanpo pamit",
        "anak kami nunggu kabar dari agensi",
        "adek sy ilang, terakhir posting di fb",
        "suamiku ditangkep polisi malaysia krn ga ada permit",
        "bapak aku dijanjike gawe di kebun",
        "keponakan sy dpt tawaran jd operator",
        "warga kami banyak yang ke Malaysia",
        "Kepada Warga, Telah Beredar Penipuan",
    ],
)
def test_everyday_words_after_a_relatives_word_keep_their_meaning(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pak RT di desa, warga saya Rohani katanya mau dijadikan pengantin", "Rohani"),
        ("wargaku Dewi dibawa calo ke Batam", "Dewi"),
        ("warga kami, Budi, hilang di Malaysia", "Budi"),
    ],
)
def test_a_village_heads_resident_is_named_after_warga_saya(text, name):
    assert name not in scrub_personal_data(text)


def test_a_country_a_name_ran_on_over_is_no_name_elsewhere():
    text = "Min, ini akun FB yg nawarin kerja ke Taiwan: namanya 'Lina Agency Taiwan'. Tolong"
    assert "ke Taiwan:" in scrub_personal_data(text)
    # a month of chat that is part of a name is still a name everywhere
    chat = "[07/07 10:15] Mei Ling: Aku harus bisa Mandarin ko?\n\nAku Mei, ini kakak teman aku"
    assert "Mei" not in scrub_personal_data(chat)


def test_a_number_said_reads_the_same_words_for_a_phone_a_house_and_a_birthday():
    # one list of spoken number words (message.SAID_NUMBER): Palembang "tigo puluh duo" is a
    # house's number as it is a phone number's digits
    text = "rumah wak aku di lorong pancasila nomor tigo puluh duo, kagek petugas datang"
    assert "tigo" not in scrub_personal_data(text, with_tagger=False)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("dio ado di tiktok at bintang loker malay dio bilang gaji 9 juta", "bintang loker malay"),
        ("akun tiktok nya at bang jago loker yang sering live", "bang jago loker"),
    ],
)
def test_a_handle_said_aloud_in_words_after_the_site_goes_whole(text, handle):
    assert scrub_personal_data(text) == text.replace(handle, "<USERNAME>")


def test_an_offices_handle_said_aloud_stays():
    assert scrub_personal_data("cek ig at bp3mi sumsel ya") == "cek ig at bp3mi sumsel ya"


def test_a_relative_described_after_whose_is_still_named():
    assert "Ari" not in scrub_personal_data("anak sayo bujang Ari, umur 19, la daftar di LPK")
    assert "Rina" not in scrub_personal_data("adek aku cewek Rina kerja di taiwan")
    for text in ("anak saya gadis semua", "anak sayo bujang idak galak sekolah"):
        assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text", ["adek aku betino di-DM akun instagram", "anak saya di-PHK pabrik"]
)
def test_a_verb_joined_to_a_loanword_by_a_hyphen_is_no_name(text):
    assert scrub_personal_data(text) == text


# From the security review of 2026-12-02's third session (a helper that tried to break the
# session's changes): names that are everyday words too, name parts that are English words,
# what follows "warga kami", and "one" as an English word after a house or a birth.
@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("suami saya Naek Simanjuntak kerja di kapal taiwan, Naek gak digaji 6 bulan", "Naek"),
        ("menantu saya purna wijaya ditipu lpk", "purna"),
        ("anak saya Riyal kerja di arab sudah 3 taun", "Riyal"),
        ("istri saya Gara Ayu di hongkong. gara blm bisa dihubungi", "gara"),
        ("majikan sy di taiwan namanya Lin Jun Hong, Jun Hong sering ga kasih makan", "Hong"),
        ("tauke sawit namanya Ah Long. Long tahan paspor suami sy", "Long"),
        ("agennya namanya Won Kyung Soo, Won bilang visa aman", "Won"),
        ("namanya Art Wibowo, Art yg bawa anak saya ke malaysia", "Art"),
        ("warga kito Ujang hilang di malaysia", "Ujang"),
        ("warga desa kami Ujang hilang di malaysia", "Ujang"),
    ],
)
def test_what_the_review_of_the_third_session_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text).replace("<", " ").split()


@pytest.mark.parametrize(
    "text",
    [
        "warga kami byk yg ditipu calo",
        "warga kami smua takut",
        "warga kami Sukarami banyak ditipu calo",
        "warga kami Sungai Rotan byk yg mau ke taiwan",
        "warga kami Eks PMI mau buka usaha",
        "warga kami Muslim semua",
        "kami dari Gelumbang (warga kami) mau tanya",
        "in the dorm no one can go out after 9pm, is that legal?",
        "i live in employer villa, no one knows i am here, please help",
        "di mess no one boleh pegang hp",
        "i have 2 kids born in taiwan, one may not get indonesian passport?",
        "anak sy lahir di malaysia, one may apply akte di kbri?",
    ],
)
def test_what_the_review_of_the_third_session_of_2026_12_02_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


# From the follow-up review of the fixes above (a second helper).
@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("warga saya Adi hilang kontak di malaysia", "Adi"),
        ("pak rt: warga saya Nur hilang kontak sejak 2022 di malaysia", "Nur"),
        ("wargaku dewi lestari kerja di arab", "dewi"),
        ("warga saya Bayu Anggara meninggal di malaysia", "Bayu"),
        ("wargo kami Rohani hilang", "Rohani"),
        ("warga rt kami Rohani hilang", "Rohani"),
        ("adik sy pegi setiawan di tahan polisi malaysia", "pegi"),
        ("anak saya Pegi kerja di malaysia blm pulang", "Pegi"),
        ("pak Purna PMI hongkong udah pulang", "Purna"),
        ("suami saya Naek kerja di kapal taiwan", "Naek"),
        ("tetangga sy namanya Turki Alamsyah, Turki kerja di arab", "Turki"),
        ("date of birth saya twenty two may nineteen ninety nine min di paspor", "twenty"),
        ("lahir seven july 1988", "seven"),
    ],
)
def test_what_the_follow_up_review_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text).replace("<", " ").split()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("anak saya pegi ke malaysia", "pegi"),
        ("adik saya naek kelas", "naek"),
        ("anak saya naek pesawat sendiri ke malaysia, aman gak", "naek"),
        ("suami saya gara gara utang kabur ke malaysia", "gara"),
        ("warga kami Ex TKI mau buka usaha", "Ex"),
        ("majikan saya namanya Lee Hong Mei, saya kerja di Hong Kong sdh 2 thn", "Hong Kong"),
        ("majikan aku namanya Kim Ji Won, gaji di Korea 2 juta Won kok dipotong", "juta Won"),
        ("Aku kerja di Toyota-shi, alamat Leopalace 201, 3-5 Motomachi", "Toyota-shi"),
    ],
)
def test_what_the_follow_up_review_of_2026_12_02_found_keeps_its_meaning(text, kept):
    assert kept in scrub_personal_data(text)


# From the third review of 2026-12-02 (a third helper, on the fixes of the follow-up).
@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Tolong cari Naek Sitompul, hilang di malaysia sejak maret", "Naek"),
        ("td malam Naek nelpon dari malaysia", "Naek"),
        ("sponsornya Naek", "Naek"),
        ("nama sy naek, mau tanya", "naek"),
        ("transfer atas nama purna", "purna"),
        ("warga kito hasan ilang di malaysia", "hasan"),
        ("wargaku rini kerja di taiwan, blm pulang 2 taun", "rini"),
        ("warga kami Ali, umur 30, ditahan", "Ali"),
        ("calo nya bernama darsuki. uang saya 15 juta darsuki bawa kabur", "darsuki"),
        ("adik sy pegi setiawan.", "pegi"),
        ("anak saya naek sitompul.", "naek"),
    ],
)
def test_what_the_third_review_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text).replace("<", " ").split()


@pytest.mark.parametrize(
    "text",
    [
        "Iya bu. Kapan bisa daftar?",
        "Terima kasih pak. Apakah bisa lewat online?",
        "anak saya pegi ke malaysia",
        "adik saya naek kelas",
        "warga kami Eks PMI mau buka usaha",
        "anak aku pegi ke malaysia 2 tahun lalu",
    ],
)
def test_what_the_third_review_of_2026_12_02_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


def test_a_name_that_is_a_word_too_goes_where_it_could_be_either():
    # privacy first: "Purna" (a returned worker, and a Balinese and Javanese name), "riyal",
    # "sabar" (a given name) after a cue are names where nothing says they are the word ("Purna
    # PMI" says it: returned migrant workers)
    assert "Purna" not in scrub_personal_data("pak Purna PMI Taiwan bilang gaji dipotong")
    assert "Purna" not in scrub_personal_data("Ketut Purna PMI Taiwan bilang gaji dipotong")
    assert "riyal" not in scrub_personal_data("istri saya riyal nya blm dikirim 3 bulan")
    assert "sabar" not in scrub_personal_data("warga kami sabar menunggu kabar")


def test_a_name_runs_on_not_over_the_verb_after_it():
    text = "anak aku Dedi Kurniawan pegi ke malaysia 2 tahun lalu"
    assert scrub_personal_data(text) == "anak aku <NAMA> pegi ke malaysia 2 tahun lalu"


@pytest.mark.parametrize(
    "text",
    [
        "suami saya gara-gara utang kabur ke malaysia",
        "akun telegram yang nipu saya namanya ganti-ganti terus",
    ],
)
def test_a_word_said_twice_is_no_name(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("date of birth: May 22, 2003", "2003"),
        ("born on july 7th, 1988", "1988"),
        ("my birthday is twenty two may nineteen ninety nine", "twenty"),
        ("bday adek 12 juni 2008", "2008"),
    ],
)
def test_a_birth_date_the_month_first_or_after_birthday_goes(text, leaked):
    assert leaked not in scrub_personal_data(text)


def test_a_date_the_month_first_that_no_birth_cue_stands_before_stays():
    text = "berangkat May 22, 2003 ke taiwan"
    assert scrub_personal_data(text) == text


# From the fourth review of 2026-12-02 (a fourth helper, on the third round of fixes).
@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        ("Makasih pak. Doni kerja di Taiwan ya", "Doni"),
        ("Terima kasih bu. Sri mau kerja ke hongkong", "Sri"),
        ("Pak. Adi, saya mau tanya soal paspor", "Adi"),
        ("Alm. Melati meninggal di Malaysia, kapan jenazah dipulangkan?", "Melati"),
        ("anak saya Alm. Fajar meninggal di kapal", "Fajar"),
        ("Majikan saya Madam Ling-Ling suka marah, saya mau pindah", "Ling-Ling"),
        ("Nama suami: AHMAD BAGUS PRATAMA. Bagus kerja di Malaysia sejak 2022", "Bagus"),
        ("namanya pegi ke malaysia", "pegi"),
        ("td malam Pegi nelpon dari malaysia", "Pegi"),
    ],
)
def test_what_the_fourth_review_of_2026_12_02_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text).replace("<", " ").replace(".", " ").split()


@pytest.mark.parametrize(
    "text",
    [
        "Mohon bantu warga kami. Sebagian besar ditipu calo",
        "aku pegi ke malaysia taun lalu lewat dumai",
        "sy naek kapal ke batam",
        "kami ditipu gara gara agen",
        "Gara gara agen kami ditipu",
        "Pegi ke malaysia bayar berapa? kalau pegi lewat PT resmi aman dak?",
        "Naek pesawat dari palembang berapa?",
        "DOB saya benar, tapi expiry date May 3, 2030 salah",
    ],
)
def test_what_the_fourth_review_of_2026_12_02_found_keeps_its_meaning(text):
    assert scrub_personal_data(text) == text


def test_a_month_first_date_after_an_event_is_no_birth_date():
    text = "lahir 2 jan 1999 di OKI, paspor keluar February 3, 2023"
    assert scrub_personal_data(text) == "lahir <TGL_LAHIR> di OKI, paspor keluar February 3, 2023"


ORDINARY_QUESTIONS_ABOUT_ACCOUNTS = (
    Path(__file__).parents[1] / "corpus" / "ordinary_questions_about_accounts.txt"
)


def test_ordinary_questions_about_accounts_and_amounts_come_out_as_they_went_in():
    lines = ORDINARY_QUESTIONS_ABOUT_ACCOUNTS.read_text(encoding="utf-8").splitlines()
    questions = [line for line in lines if line.strip() and not line.startswith("#")]
    changed = {
        question: scrubbed
        for question in questions
        if (scrubbed := scrub_personal_data(question)) != normalise(question)
    }
    assert len(questions) > 700
    assert changed == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name an academic degree follows, as a village secretary or a teacher signs; the
        # degree's letters are no name and no cue ("M.Si": not "si" before a name)
        (
            "saya Sekdes di Kec. Pagar Gunung, Firdaus, SH. Mohon dikirim leaflet",
            "saya Sekdes di Kec. Pagar Gunung, <NAMA>, SH. Mohon dikirim leaflet",
        ),
        ("Firdaus SH mau tanya", "<NAMA> SH mau tanya"),
        ("salam, Hendra Gunawan S.Pd guru SD", "salam, <NAMA> guru SD"),
        ("Yuliani, A.Md.Keb bidan desa", "<NAMA>, A.Md.Keb bidan desa"),
        (
            "dibuka Drs. Ahmad Yani, M.Si membuka acara",
            "dibuka Drs. <NAMA>, M.Si membuka acara",
        ),
        # a field of study before a degree is no one's name
        ("min saya lulusan Keperawatan S.Kep bisa kerja di jepang ga?", None),
        ("dicari guru Matematika S.Pd penempatan sabah", None),
        ("Dicari Tenaga Pengajar SKom untuk Sekolah Indonesia Jeddah", None),
        ("Ijazah Akuntansi, S.E diakui di jepang?", None),
        ("saya lulusan D3 Kebidanan, Amd.Keb, ada lowongan bidan di Saudi?", None),
        # a common noun before "mamak aku" is the mother's thing; Javanese as written
        ("Cincin mamak aku lah dijual di Toko Emas Intan buat biaya berangkat", None),
        ("Leres mboten menawi daftar IM Japan mboten wonten biayanipun?", None),
        ("Aling kawan aku kerja di malaysia", "<NAMA> kawan aku kerja di malaysia"),
        ("Sawah bapak aku digadai buat biaya calo", None),
        ("aku lulusan Bina Darma S.Kom bisa kerja IT di jepang?", None),
        ("sesuai SE Menteri, ST itu apa", None),
        # a German programme's name is a word
        ("katanya program Ausbildung. Itu benar ada?", None),
        # from the review of 3d19843 and c8e06b2: adverts with degrees after job titles, a
        # list of degrees, what befalls a relative, a pupil's word before a capitalised one
        ("Lowongan Kasir, SE gaji UMR", None),
        ("Dicari Apoteker, S.Farm untuk apotek", None),
        ("Guru Honorer, S.Pd gaji nya cuma 300 rb makanya mau ke luar negri", None),
        ("Operator Produksi, ST/SMK, usia max 27", None),
        ("LOWONGAN STAFF HRD, S.Psi PENEMPATAN JAKARTA", None),
        ("butuh admin olshop, SE min 1 thn pengalaman", None),
        ("Syarat pendidikan (SE, SH, S.Kom) semua bisa", None),
        ("Program Magister, MM di Unsri berapa biaya", None),
        ("Keberangkatan anak aku ditunda 6 bulan, uang tidak kembali", None),
        ("Mengurus adik saya yang ditahan di malaysia bagaimana caranya?", None),
        ("Kondisi anak aku sakit di sana", None),
        ("Sudahlah anak aku dak balik-balik", None),
        ("Koper kakak aku ditahan di bandara", None),
        ("Santri Pondok Pesantren bisa kerja di arab?", None),
        ("Siswa Berprestasi dapat beasiswa ke taiwan, benar?", None),
        ("dikirim ke jalan tikus dulu baru ke batam", None),
        ("Is it legal for my employer to keep my passport? I'm in Riyadh", None),
        ("alamat kantornya 名古屋市中村区名駅 itu resmi?", None),
        ("kata sajangnim gaji naik bulan depan", None),
        # ... and what those rules must leave: kept at mess or asrama, fetched on a main road,
        # companies, temples and places in kanji, Korean words after a title, romanised words
        # after "sensei", schools after a study cue
        ("ditampung di mess perusahaan dulu 2 minggu, normal gak?", None),
        ("calon TKI ditampung di asrama selama 3 bulan, boleh gak?", None),
        ("dijemput di jalan raya aja biar cepat", None),
        ("dikurung di gang sempit belakang pasar", None),
        ("aku antar anak ke taman kanak-kanak tiap pagi", None),
        ("saya kerja di pabrik 山本工業 di aichi, gaji dipotong terus", None),
        ("kemarin jalan2 ke 清水寺 sama teman", None),
        ("kantor agensi di 中山區 taipei, saya mau lapor", None),
        ("사장님 월급 언제 줘요? gitu cara bilangnya?", None),
        ("min, 사장님께서 휴가 안 줘요 artinya apa", None),
        ("bos saya 한국사람 baik kok", None),
        ("majikan saya 阿嬤 sudah 90 tahun", None),
        ("sensei lpk minta uang 5 juta", None),
        ("aku kuliah di Bina Darma, S.Kom bisa kerja IT di jepang?", None),
        ("Admin Gudang, S.E gaji 5 jt", None),
        # from tuning_50: what is done with a name, a kind of visa
        ("ngapo namonyo dipake di iklan loker ke Malaysia?", None),
        ("visa kerja ke Kamboja itu namanya apa ya? E-class?", None),
        ("Dicari Staf Pemasaran, S.E penempatan Jakarta, ini penipuan bukan?", None),
        ("Info loker: Guru Sejarah, S.Pd untuk SMA swasta di Lahat", None),
        ("Lowongan Teller, S.E di bank sumsel babel asli gak?", None),
        ("Lowongan Pengawas Lapangan, S.T proyek di Muara Enim", None),
        ("anak aku kuliahnyo S.E tapi dak dapat kerjo", None),
        ("Meskipun adik saya punya visa kerja, tetap ditahan imigrasi?", None),
        ("Kecuali anak aku dak mau berangkat", None),
        ("pokoknya lewat jalan resmi nomor satu, jangan jalan tikus", None),
        ("jalan pintas km 12 itu rawan gak buat bawa TKI", None),
        ("dijemput di jalan raya aja biar cepat", None),
    ],
)
def test_degrees_after_names_and_pages_of_everyday_words(text, expected):
    assert scrub_personal_data(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "leaked"),
    [
        # from the review of 7e8d4a2 and e7eb83d: names that are common words before a
        # relative's word or a degree, names before degrees in lower case, shouted or written
        # with SE/SKM after a comma; houses told in everyday words; "Villa" is a name too
        ("Assalamualaikum min, Amir kakak aku ditangkap polis di johor", "Amir"),
        ("Nia kawan aku dari baturaja ilang di malaysia", "Nia"),
        ("Kepala Desa Ali Akbar, S.H. tidak mau tanda tangan", "Akbar"),
        ("kades kami darsuki, S.H. minta uang 5 juta", "darsuki"),
        ("TTD KADES\nDARSUKI, S.H.", "DARSUKI"),
        ("bidan desa Cahaya, A.Md.Keb yg tanda tangan surat sehat", "Cahaya"),
        ("Sekdes Fajar, SE minta uang", "Fajar"),
        ("petugas puskesmas Mutiara, SKM bilang aku sehat", "Mutiara"),
        ("surat ditandatangani Cahaya Purnama , S.Sos", "Purnama"),
        ("kirim ke jalan veteran ujung, rumah pagar kuning, a.n. ibu", "veteran"),
        ("aku dikurung di jalan veteran gang tiga rumah pagar kuning", "veteran"),
        ("adek aku Villa dibawa calo ke batam", "Villa"),
        # from the review of 3d19843 and c8e06b2: a study cue two words before a name
        ("ijazah aku ditahan Mutiara, S.Pd kepsek nya", "Mutiara"),
        ("alumni Unsri, Mutiara, S.E, yg nawari kerja ke jepang", "Mutiara"),
        ("Kepala Desa Ali Akbar, S.H. tidak mau tanda tangan", "Akbar"),
        # where a parcel is sent, or someone fetched or kept, the street is someone's
        ("kirim paket ke lorong macan lindungan rumah ke tiga dari ujung", "macan"),
        ("penampungan di gang sekip ujung belakang sekolah", "sekip"),
        # employers' names in their own script, and after Korean and Japanese titles
        ("Sajangnim 이상훈 tidak kasih slip gaji 3 bulan", "이상훈"),
        ("Owner restoran tempat saya kerja, 佐藤健二, bilang kalau saya lapor", "佐藤健二"),
        ("bos saya 金志明 galak", "金志明"),
        ("saya sudah bicara dengan sensei Nakamura dan jadwal dikurangi", "Nakamura"),
        # from the review of 1a6a99a and 530be8f: names that look affixed before a relative,
        # shouted signatures in old spelling, dictionary words before degrees, a route with
        # a house number
        ("Ponilah adik aku kerja di malaysia dak ado kabar", "Ponilah"),
        ("Menik anak saya kerja di singapura", "Menik"),
        ("Kelana adik saya ditahan agen", "Kelana"),
        ("Vila adik aku hilang di malaysia", "Vila"),
        ("Mengetahui,\nKepala Desa Tanjung Raja\n\nSUPARDJO, S.H.", "SUPARDJO"),
        ("TTD\nANSYORI, S.Sos\nCamat", "ANSYORI"),
        ("kades kami Perwira, S.H. minta uang 5 juta buat surat", "Perwira"),
        ("Sekdes kami Warno, S.H minta 2 juta", "Warno"),
        ("rumah agen itu di jalan lain no 4 tanjung pinang", "no 4"),
        ("사장님 김철수 월급 안 줘요", "김철수"),
        # from the review of 38f48b6 and 7cba5fc
        ("kirim paketnya ke jalan Merdeka samping toko emas ya", "Merdeka"),
        ("jemput aku di komplek Bougenville dekat polsek", "Bougenville"),
        ("dulu aku kerja sama sajangnim kim di ansan, dia suka mukul", "kim"),
        ("shachou yamada gak bayar gaji 3 bulan", "yamada"),
        ("sensei 田中 bilang visa saya mau habis", "田中"),
        ("majikan saya 木村拓哉 tidak bayar lembur", "木村拓哉"),
        ("사장님 김철수씨 월급 안 줘요", "김철수"),
        ("agen saya 김민수 bawa paspor saya", "김민수"),
        ("majikan aku di taichung namanya A-Mei, dia galak", "A-Mei"),
        ("nama anak saya dinanti, umur 19 tahun hilang di malaysia", "dinanti"),
        ("temen kuliah saya Mutiara, S.E hilang di kamboja", "Mutiara"),
        # from the review of 358a290: Javanese names that end like a colloquial -in verb, and
        # "Ayat", a given name that is also a law's word
        ("suami saya ngatirin kerja di kapal taiwan", "ngatirin"),
        ("bapak saya dikin sudah 2 thn di saudi", "dikin"),
        ("Suami Saya Ngatikin Kerja Di Kapal Taiwan Sudah 2 Tahun Gak Pulang Pulang", "Ngatikin"),
        ("nama anak aku ayat, umur 20", "ayat"),
        ("pak Ayat mau tanya soal paspor", "Ayat"),
        # a degree takes in no name after it
        ("petugasnya Yuliani, A.Md. Tuti yg ngurus surat", "Tuti"),
    ],
)
def test_what_the_review_of_the_degree_rule_found_is_removed(text, leaked):
    assert leaked not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a ship, a factory called something: its name is no one's, whatever words it holds
        (
            "ada kapal namanya Long Xing 629 dulu ABK kita banyak yang meninggal kan?",
            "ada kapal namanya Long Xing 629 dulu ABK kita banyak yang meninggal kan?",
        ),
        ("kapten kapal namanya Long Xing, galak", "kapten kapal namanya <NAMA>, galak"),
        ("anak saya namanya Rina Xing", "anak saya namanya <NAMA>"),
        # ... not a person at it or from it, nor a name in the next sentence (a review of the
        # rule: each of these was removed before it)
        ("abk di kapal namanya Ujang belum pulang", "abk di kapal namanya <NAMA> belum pulang"),
        ("ada calo dari kampung namanya Mukhlis nipu", "ada calo dari kampung namanya <NAMA> nipu"),
        ("teman satu kapal namanya Dedi Kurniawan", "teman satu kapal namanya <NAMA>"),
        (
            "Kapal bernama Chin Chun. Mardiono meninggal di kapal",
            "Kapal bernama <NAMA>. <NAMA> meninggal di kapal",  # ("Chun" is a given name)
        ),
        ("kartu namanya Sri Wahyuni, dipegang agen", "kartu namanya <NAMA>, dipegang agen"),
        ("toko namanya Ahui", "toko namanya <NAMA>"),
        ("kapal namanya Sea Dragon Sugeng Riyadi itu", "kapal namanya <NAMA> itu"),
        # the officer at a mission is named as often as its city: what follows is a name
        ("KBRI Manurung bilang paspor saya ditahan", "KBRI <NAMA> bilang paspor saya ditahan"),
        # a flat's "-ho" before a Korean street, the ward after it
        (
            "mess kami di Korea: 103-ho, 45 Haean-ro 12beon-gil. 6 orang sekamar",
            "mess kami di Korea: <ALAMAT>. 6 orang sekamar",
        ),
        (
            "mess kami di 23-4 Namhang-ro, Yeongdo-gu, Busan.",
            "mess kami di <ALAMAT>, Busan.",
        ),
        ("kerja di Yeongdo-gu enak ga", "kerja di Yeongdo-gu enak ga"),
    ],
)
def test_what_the_fifty_second_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


def test_the_rules_read_a_name_said_after_the_thing_where_someone_works_as_a_name():
    """'kerja di kapal, namanya Xiong Wei': the comma ends the ship; the name is the husband's."""
    text = normalise("suami sy ABK di kapal, namanya Xiong Wei")
    assert [f.category for f in find_personal_data(text, with_tagger=False)] == ["name"]


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a street right after the house it belongs to is part of the address, up to its name
        (
            "agennya Budi, kantornya di Ruko Griya Hero Blok C No. 8 Jl. Soekarno Hatta Palembang",
            "agennya <NAMA>, kantornya di <ALAMAT> Palembang",
        ),
        (
            "kantor PT nya di Ruko Blok C No. 8 Jl. Sudirman buka hari minggu gak?",
            "kantor PT nya di <ALAMAT> buka hari minggu gak?",
        ),
        ("LPK di blok A no 3 jalan Demang Lebar Daun resmi gak", "LPK di <ALAMAT> resmi gak"),
        # a colloquial verb of the closed list after a title is what the person does; a name
        # that opens so is still a name
        (
            "kalo madam nyuruh kerja di rumah saudaranya boleh?",
            "kalo madam nyuruh kerja di rumah saudaranya boleh?",
        ),
        ("laoban ngasih gaji telat terus", "laoban ngasih gaji telat terus"),
        ("madam ngatini baik orangnya", "madam <NAMA> baik orangnya"),
        ("bu nyami minta duit 5 juta", "bu <NAMA> minta duit 5 juta"),
        ("pak ngatman yg ngurus paspor aku", "pak <NAMA> yg ngurus paspor aku"),
        ("yuk nyayu ngajak aku ke malaysia", "yuk <NAMA> ngajak aku ke malaysia"),
        # capitals after a title written short with its full stop, as a report writes a name;
        # an office in capitals after a spoken title stays
        (
            "saya melaporkan sdr. ARIFIN SYAH NIK tidak tahu, yg merekrut",
            "saya melaporkan sdr. <NAMA> NIK tidak tahu, yg merekrut",
        ),
        ("pak KAPOLSEK bisa bantu lapor calo?", "pak KAPOLSEK bisa bantu lapor calo?"),
        ("bu KEPSEK minta ijazah legalisir", "bu KEPSEK minta ijazah legalisir"),
        # a document's abbreviation ends a name in capitals; a short word of the name does not
        ("nama saya BUDI NIK nya lupa", "nama saya <NAMA> NIK nya lupa"),
        ("nama saya NUR ALAM SYAH", "nama saya <NAMA>"),
        ("nama istri saya SRI MEI", "nama istri saya <NAMA>"),
        # names in capitals after a strong cue (a helper's review found them leaking)
        ("nama saya MEI LING", "nama saya <NAMA>"),
        ("namanya PL ya?", "namanya PL ya?"),
        ("pelaku sdr AMAN SUDRAJAT", "pelaku sdr <NAMA>"),
        ("naik haji dr Saudi", "naik haji dr Saudi"),
        ("nama majikan saya LEE tapi saya lupa", "nama majikan saya <NAMA> tapi saya lupa"),
        ("nama sponsor nya Rudi", "nama sponsor nya <NAMA>"),
        ("nama majikan harus ditulis di kontrak?", "nama majikan harus ditulis di kontrak?"),
        ("nama calo itu siapa", "nama calo itu siapa"),
        # a writer opening with their given name and where they are from; not any word
        (
            "bambang dari muba, pernah kerja di kapal korea",
            "<NAMA> dari muba, pernah kerja di kapal korea",
        ),
        ("kerja dari rumah bisa dapat gaji?", "kerja dari rumah bisa dapat gaji?"),
        ("lowker dari muba ada?", "lowker dari muba ada?"),
        (
            "cleaner dari palembang bisa kerja di jepang?",
            "cleaner dari palembang bisa kerja di jepang?",
        ),
        # a name, then that the person recruits
        (
            "Jaya tu lah calo yg ngirim 6 wong ke Jepang",
            "<NAMA> tu lah calo yg ngirim 6 wong ke Jepang",
        ),
        ("Jaya itu calonya", "<NAMA> itu calonya"),
        ("Bagus itu agen resmi ya?", "Bagus itu agen resmi ya?"),
        # a ship's name after "kapten kapal" stays the ship's
        (
            "kapten kapal Long Xing 629 dihukum berapa tahun",
            "kapten kapal Long Xing 629 dihukum berapa tahun",
        ),
        # an acronym with its -nya is a firm's or an office's
        (
            "aku ditawari kerjo di malaysia, tapi PTnyo minta 12 juta untuk medical",
            "aku ditawari kerjo di malaysia, tapi PTnyo minta 12 juta untuk medical",
        ),
        # an account's display name with a given name in it goes, as the hands label it
        # ("Nurjanah Official"): the tagger trained on their corpora reads it so
        (
            "akun tiktok Nurjanah Official itu resmi min?",
            "akun tiktok <USERNAME> itu resmi min?",
        ),
    ],
)
def test_what_the_fifty_third_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # A Chinese or Korean surname in capitals after the recruiter's side or a relative, and
        # the syllables of the given name after it (the last session's notes: "LEE MIN HO" left
        # whole; "min" is an admin's address too)
        ("majikan saya LEE MIN HO orang korea", "majikan saya <NAMA> orang korea"),
        ("majikan saya Lee Min Ho", "majikan saya <NAMA>"),
        ("bos aku KIM", "bos aku <NAMA>"),
        ("majikan saya MIN", "majikan saya MIN"),
        ("sponsornya PT", "sponsornya PT"),
        ("makasih min", "makasih min"),
        # ... not a word after the surname (a helper's review: "TIDAK" was swallowed)
        (
            "nama majikan saya KIM TIDAK SAMA dengan di kontrak",
            "nama majikan saya <NAMA> TIDAK SAMA dengan di kontrak",
        ),
        ("majikan saya LEE TIDAK bayar gaji", "majikan saya <NAMA> TIDAK bayar gaji"),
        ("bos aku CHOI SUKA MARAH", "bos aku <NAMA> SUKA MARAH"),
        ("bos aku Kim Tidak mau bayar lembur", "bos aku <NAMA> Tidak mau bayar lembur"),
        ("Suami Saya Kim Belum Pulang", "Suami Saya <NAMA> Belum Pulang"),
        ("majikan saya HA HA HA lucu", "majikan saya HA HA HA lucu"),
        ("majikan saya WONG CINA", "majikan saya WONG CINA"),
        # Taiwan's and Hong Kong's surnames too (the review: "bos aku LIN potong gaji" leaked)
        ("bos aku LIN potong gaji", "bos aku <NAMA> potong gaji"),
        ("majikan aku WANG", "majikan aku <NAMA>"),
        ("majikan aku Wang Tidak bayar gaji", "majikan aku <NAMA> Tidak bayar gaji"),
        ("majikan saya Lin Mei Hua baik", "majikan saya <NAMA> baik"),
        # Javanese grandparents are no one's name: "mbah kakung", "mbah uti"
        ("mbah kakung sakit, boleh pulang?", "mbah kakung sakit, boleh pulang?"),
        ("mbah uti gimana kabarnya", "mbah uti gimana kabarnya"),
        ("mbah kakung Sarno dibawa calo", "mbah kakung <NAMA> dibawa calo"),
    ],
)
def test_what_the_last_sessions_notes_left(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # a title after "namanya" names an office, a public figure or a song's man as often as
        # a private person (rules taking the name after it were tried and taken out: a
        # helper's review found these changed)
        (
            "presiden sekarang namanya Pak Prabowo kan?",
            "presiden sekarang namanya Pak Prabowo kan?",
        ),
        (
            "yang tanda tangan namanya Pak Kades, Kades minta uang 500rb boleh?",
            "yang tanda tangan namanya Pak Kades, Kades minta uang 500rb boleh?",
        ),
        ("suami yg ga pulang namanya bang toyib", "suami yg ga pulang namanya bang toyib"),
        ("nama pengirimnya Western Union", "nama pengirimnya Western Union"),
        # a lawyer on television is a public figure; a friend called Hotman is not
        (
            "aku nonton video Hotman Paris soal TKW yang disiksa",
            "aku nonton video Hotman Paris soal TKW yang disiksa",
        ),
        ("kawan aku Hotman kerja di malaysia", "kawan aku <NAMA> kerja di malaysia"),
        # a name in brackets right after a phone's or an account's number is its holder's
        (
            "minta dikirim ke GoPay 081234567890 (Rizky), katanya buat visa",
            "minta dikirim ke GoPay <PHONE> (<NAMA>), katanya buat visa",
        ),
        # ... not a word, an amount's note or a date's (a second review: "(Cicil)" went)
        ("biaya Rp12500000 (Cicil) boleh?", "biaya Rp12500000 (Cicil) boleh?"),
        ("saldo Rp 25000000 (Deposito)", "saldo Rp 25000000 (Deposito)"),
        ("NIK 1607123456789012 (Kedaluwarsa)", "NIK <NIK> (Kedaluwarsa)"),
        ("kawan aku CHOW KIT jual baju", "kawan aku CHOW KIT jual baju"),
        ("BRI 1234 5678 9012 (Siti Aminah) ya Bu", "BRI <NOMOR> (<NAMA>) ya Bu"),
        ("hubungi 0812-3456-7890 (Kantor BP3MI)", "hubungi <PHONE> (Kantor BP3MI)"),
        ("Hotline 0800-1000 (BP2MI) buka 24 jam?", "Hotline 0800-1000 (BP2MI) buka 24 jam?"),
        ("Gaji 1.500.000 (Ringgit) itu wajar?", "Gaji 1.500.000 (Ringgit) itu wajar?"),
        ("WA 0812 3456 7890 (Malaysia)", "WA <PHONE> (Malaysia)"),
    ],
)
def test_what_the_fifty_fourth_hands_tuning_half_showed(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "nama" with the writer said short or in Javanese: the rules alone find the name
        ("nama sya m. fadli dr pemulutan", "m. fadli"),
        ("nama aq h. sulaiman", "h. sulaiman"),
        # (a name that opens with "Sya'" is no "sya")
        ("nama sya'ban mau tanya", "sya'ban"),
    ],
)
def test_a_name_after_nama_and_the_writer_said_short(text, name):
    found = find_personal_data(text, with_tagger=False)
    assert [text[f.start : f.end] for f in found] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # Faker's given names that are words, after "aku" and "saya" in lower case
        "aku gada duit buat bayar calo",
        "saya lamar kerja ke taiwan lewat pt",
        "aku jaga anak majikan tiap hari",
        # Javanese krama
        "Ngapunten, nyuwun pirso, kulo badhe tangklet soal exit permit",
        "Nyuwun pirsa, kulo badhe tanglet",
        "nama kula lepat wonten paspor",
    ],
)
def test_words_that_are_given_names_too_after_aku_and_javanese_courtesy_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("namanya lamar, dari desa sebelah", "lamar"),
        ("pak jaga di pos ronda itu calo", "jaga"),
        # after "aku" too where the sentence goes on with where one is from, or stops
        ("aku jaga, dari desa sebelah", "jaga"),
        ("saya lamar di sini", "lamar"),
        # names people bear left off the list
        ("aku eja, umur 20, mau tanya", "eja"),
        ("uang aku dibawa kabur dadi, orang desa sebelah", "dadi"),
        # an introduction goes on with what one wants or is
        ("saya jaga mau tanya soal paspor", "jaga"),
    ],
)
def test_those_words_are_names_still_after_a_cue(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        # an account's name in lower case, opened by a title or a given name, holding a name and
        # closed by a comma or a bracket (not the message's end)
        (
            "ig nya bunda rara sabah (fotonya pemandangan)",
            "ig nya <USERNAME> (fotonya pemandangan)",
        ),
        (
            "di tiktok namonyo mbak sri loker, sering live",
            "di tiktok namonyo <USERNAME>, sering live",
        ),
        ("fb ku: nurlela ogan ilir, dulu kerja di johor", "fb ku: <USERNAME>, dulu kerja di johor"),
    ],
)
def test_an_accounts_name_in_lower_case_up_to_where_it_closes(text, scrubbed):
    assert scrub_personal_data(text) == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "akun fb saya sudah diblokir, gimana",
        "fb dio sering posting, hati2 ya min",
        # what a review found the first version took (helper-179): "uda" is "udah", a lone word
        # after the site, a title before an office or a word
        "fb aku uda lama, gak pernah buka",
        "ig nya bagus, isinya info loker",
        "saya lihat di fb pak lurah, ada info loker",
        "tiktok mama muda loker, itu resmi?",
    ],
)
def test_what_is_said_of_an_account_is_no_name_of_it(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a word with its -an or -kan and then -nya or -nyo is a word, read from its root
        "sudah terdaftar di peduliwni min, makasih arahannya",
        "ini kirimannyo anak aku, apo perlu bayar bea cukai?",
        "Pasal 81 Ancamannya 10 Tahun?",
        "Ssw Jepang Itu Apa Kepanjangannya",
    ],
)
def test_a_word_with_two_suffixes_is_a_word(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Min Apakah Sitinya Sudah Sampai Di Malaysia Belum", "Sitinya"),
        ("anak aku ririnnya belum pulang dari johor", "ririn"),
    ],
)
def test_a_name_with_its_nya_is_still_a_name(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names that are words too ("yogi", "darwis", "rio", "din"), where the tagger is sure
        ("aku la nikah, suami aku yogi dak galak aku kerjo ke luar. izin suami wajib kah?", "yogi"),
        ("min aku rio, nak ke jepang lewat lpk di palembang", "rio"),
        ("ngapo cak ini, wak din bilang gratis, sekarang nagih 8 juta", "din"),
    ],
)
def test_a_name_that_is_a_word_too_goes_where_the_tagger_is_sure_of_it(text, name):
    assert re.search(rf"\b{name}\b", scrub_personal_data(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        # a "Center" that is a service, however many capitalised words stand before it
        "Atau Hubungi Call Center 0800-1000",
        "BPJS Ketenagakerjaan Punya Call Center 1500",
        "Pengaduan Lewat Crisis Center KP2MI Bisa 24 Jam?",
    ],
)
def test_a_service_center_is_no_address_abroad(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # in a Title Case line, the words after a site are an account's name only where one
        # of them is no everyday word
        "Ketemu Iklan Di TikTok Kerja Di Sihanoukville Gaji 15 Juta, Berangkat Gratis. Pasti Penipuan Ya?",
        "Video Tiktok Kerja Di Jepang Gaji 40 Juta Itu Hoax Dak?",
    ],
)
def test_everyday_words_after_a_site_in_a_title_case_line_name_no_account(text):
    assert scrub_personal_data(text) == text


def test_an_accounts_name_after_a_site_in_a_title_case_line_still_goes():
    text = "Kakak Aku Dulu Di Hongkong, Sekarang Ngilang. FB Nyo Nengsih Hk Lahat, Terakhir Update 2022"
    assert "Nengsih" not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        # what the review of the sure tagger found it took (helper-185): a trade after a title,
        # a word that describes a person with what says so after it
        "wak tani panen duluan",
        "mang mantri lagi sakit",
        "alhamdulillah istri sy murni nian",
    ],
)
def test_a_trade_or_a_word_that_describes_someone_is_no_name_however_sure_the_tagger(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name with -an in it, then -nya or -nyo, is no word read from a shorter root
        ("Jihannya belum pulang dari malaysia", "Jihan"),
        ("kawan aku ardiannyo ditipu calo", "ardian"),
    ],
)
def test_a_given_name_with_its_nya_is_not_read_as_a_word_of_two_suffixes(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that is a name too, right after a cue that says a name follows
        ("nama aku juni, umur 25, mau ke taiwan", "juni"),
        ("kawan aku namonyo oki dipukul mandor", "oki"),
    ],
)
def test_a_word_that_is_a_name_too_goes_after_a_naming_cue(text, name):
    assert re.search(rf"\b{name}\b", scrub_personal_data(text)) is None


@pytest.mark.parametrize(
    "text", ["nama saya belum masuk siskop2mi", "namanya juga hidup min", "nama saya dicatut calo"]
)
def test_what_is_said_of_ones_name_after_the_cue_stays(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that is a name too, after a title said aloud, then who the person is
        ("pak berkah tetangga aku nawarin kerja ke kamboja", "berkah"),
        ("mas agung calo dari tanjung raja, fb nyo agung jaya abadi", "agung"),
    ],
)
def test_a_word_that_is_a_name_too_goes_after_a_title(text, name):
    assert re.search(rf"\b{name}\b", scrub_personal_data(text)) is None


@pytest.mark.parametrize(
    "text",
    ["pak selamat pagi, mau tanya soal paspor", "bu salam kenal, saya dari lahat", "pak tolong"],
)
def test_a_greeting_after_a_title_stays(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # what the fifty-ninth hand's tuning half and the older ones showed changed: a bank,
        # returned migrant workers ("Purna PMI", the term of BP2MI's programmes), a lettered
        # list
        "Bank Permata bisa dak untuk KUR PMI? atau cuma BNI samo Mandiri",
        "Saya Mantan PMI Hongkong 8 Tahun. Ada Program Usaha Untuk Purna PMI?",
        "Dokumen CPMI:\ne. paspor\nf. Visa Kerja\ng. Perjanjian Penempatan\nh. Perjanjian Kerja",
    ],
)
def test_a_word_a_title_or_a_list_letter_before_a_capital_says_it_is_no_ones_name(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ... and where the same words say whose the name is, it goes
        ("ibu saya Christina Aryani sakit di Taiwan", "Aryani"),
        ("anak Putri sudah berangkat ke Taiwan", "Putri"),
        ("anak putra kami Budi mau ke Jepang", "Budi"),
        ("kata H. Indra Bangsawan bulan depan", "Bangsawan"),
        # (what helper-191's review of the first rules found they took: a "g." line anywhere,
        # a word that is a name too before PMI)
        ("Kontak:\nH. Ujang Sanusi\n\ng. fotokopi KTP", "Sanusi"),
        ("ini no wa Ilham pmi taiwan", "Ilham"),
        ("tolong cari Ujang tki malaysia", "Ujang"),
    ],
)
def test_the_same_words_where_they_say_whose_name_follows_leave_no_name(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after the head of a thing, "kapten kapal", "bos pabrik", a given name is a person's
        ("kapten kapal Lee Jong-su mukul ABK dari Banyuasin", "Jong"),
        ("bos pabrik Budi Santoso galak nian", "Santoso"),
        ("bos pabrik budi santoso galak nian", "santoso"),
    ],
)
def test_a_name_after_the_head_of_a_ship_or_a_factory_is_a_persons(text, name):
    assert name not in scrub_personal_data(text)


def test_a_factorys_name_after_its_boss_stays():
    assert scrub_personal_data("bos pabrik Hartalega galak") == "bos pabrik Hartalega galak"


@pytest.mark.parametrize(
    "text",
    [
        # what the tuning corpora in lower case showed changed: a word with its -nya after a
        # title, a town after a sign-off's "dari", the words and bodies villagers name
        "nama di ktp sama paspor harus sama persis ya? ada gelar haji soalnya",
        "makasih banyak min, semoga berkah. salam dari kikim",
        "jepang itu visa ssw sama titp bedanya apa?",
        "min, izin share ke grup wa ibu2 pkk desa jaya bakti ya",
        "mahasiswa uin raden fatah ditawari magang di jepang bayar 40 juta, itu wajar?",
    ],
)
def test_a_word_or_a_town_in_lower_case_after_a_cue_stays(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("salam dari rudi hartono", "rudi"), ("pak sitinya belum pulang", "sitinya")],
)
def test_a_name_after_the_same_cues_still_goes(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name that is a word too, with its -nya after a title, is still someone's
        ("pak bagusnya yg ngurus paspor saya", "bagus"),
        ("bu cahayanya kerja di abu dhabi", "cahaya"),
        # a list of people lettered g., h., i. in lower case: "h." is the letter, the name stays one
        ("daftar hadir\ng. bu siti\nh. rosmah\ni. pak udin", "rosmah"),
        # a given name the tagger reads before "agency" in lower case is someone's
        ("kemarin budi agency nelpon aku", "budi"),
        ("katanya ratna agensi udah tutup", "ratna"),
        ("hasan agency itu resmi dak", "hasan"),
        # a Korean name in Latin letters, its given name's syllables joined by a hyphen
        ("Kim Min-jun suka marah", "jun"),
        ("sajangnim Kim Min-jun kasar", "jun"),
        ("mandor pabrik Kim Young-ho galak", "Young"),
        ("kapten kapal Lee Jong-su kasar", "Jong"),
        ("lee jong-su pukul saya", "jong"),
        # after a relative's word, a given name with its -nya, as people say it
        ("om budinya di johor", "budi"),
        # helper-193's review of the morning's rules: a sign-off's town of South Sumatra only,
        # and a name after it; a name after the title's word with its -nya
        ("trims. salam dari kikim putri pmi taiwan", "putri"),
        ("makasih min, salam dari belitang erik", "erik"),
        ("makasih min infonya. salam dari jayanti, pmi hongkong asal lahat", "jayanti"),
        ("salam dari tomo di korea", "tomo"),
        ("pak haji calonnya dirja kemarin datang", "dirja"),
        ("bu kadernya nining", "nining"),
        ("pengurus:\ng. Kariman\nh. Agung\ni. Vanya", "Agung"),
        ("paman yantinyo galak nian", "yanti"),
    ],
)
def test_names_the_review_of_2026_12_05_found_left(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "pak gelarnya apa sih",
        "syarat:\ng. Perjanjian Penempatan\nh. Perjanjian Kerja\ni. Visa Kerja",
        "email dari andalas agency",
        "oh sama-sama min",
        "suami saya gajinya kecil",
        "suami aku sabarnya luar biasa",
        "anak saya putrinya dua",
        "kakak aku kerjanya di taiwan",
        "Oh Hati-hati Ya Min",
    ],
)
def test_words_beside_those_names_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a month that is a given name too, after a word of time or a day's number
        "kapan jadwal OPP di BP3MI Sumsel bulan Juli?",
        "abang sy berangkat tgl 12 Juli, aman gak?",
        "sejak Juli gaji belum dibayar",
        "tgl 5 Juli ada tes",
        "sejak Juli 2024 ga digaji",
        # an office's page on a social site
        "sudah cek di facebook.com/kp2mi.official tapi belum ada pengumuman",
        "min, akun ig @dinasnaker.sumsel itu resmi?",
        # a date of four-digit year, spaced, that is no birthday: kept
        "berangkat 12 5 2025 ya min",
        # digits hidden with x's, in Title Case
        "Nomor HP Yg Dipajang Di Poster Itu 0813-Xxxx-1234, Bagian Tengahnya Ditutup",
        "Nomor Antrian Online Imigrasi Palembang 0711-Xxxxxx Ga Bisa Dihubungi",
    ],
)
def test_months_offices_pages_and_dates_that_are_no_ones_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ini namo ku min, lahir 7 7 1999, cak mano daftar", "7 7 1999"),
        ("kawan aku juli kerja di taiwan", "juli"),
        ("lahir tgl 7 Juli", "Juli"),
        ("hbd ya, 7 Juli", "Juli"),
        # after a word of time, a month that is a name too, doing something, is someone
        ("anak saya namanya Juli, sejak Juli pergi", "Juli"),
        ("awal Juli nipu warga", "Juli"),
        ("facebook.com/budi.kp2mi", "budi"),
        ("nomor sponsor:\n+62 852\n-7780-\n1243\nbenar2 dak aktif lagi", "1243"),
        ("wa: 08i3-77o4-2291 (maap salah ketik i sama o)", "2291"),
    ],
)
def test_birthdays_people_and_numbers_beside_them_still_go(text, value):
    assert value not in scrub_personal_data(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a mobile number in groups, a line each, the first line "08 12" without a plus
        ("nomor sy 08 12\n-3456-\n7890", "7890"),
        ("hp 0813 2233\n- 4455", "4455"),
        # a Korean name with its surname last, as on a work card; "Park" is no park there
        ("Ji-hoon Park yang urus visa saya", "hoon"),
        ("mandor saya seo-yeon lee", "yeon"),
        ("sajang Young-ho Choi baik", "Young"),
        # someone the writer deals with, after a verb: a given name that is no word
        ("urusan paspor dipegang farah", "farah"),
        ("tanya farah aja", "farah"),
        ("Nelpon Yusuf Td", "Yusuf"),
        ("tanya zulkifli aja", "zulkifli"),
        # Aceh's "Teungku", written out or "Tgk." with its full stop
        ("aku dikenalin sama tgk. karya maryadi, s.kom", "maryadi"),
        ("kata teungku abdullah itu haram", "abdullah"),
    ],
)
def test_numbers_and_names_the_session_of_2026_12_05_evening_found(text, value):
    assert value not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "gaji 12.500.000\n- 15.000.000",
        "jam kerja 08.00\n- 17.00",
        "no antrian 08\n- 120",
        "pengajian di Victoria Park jam 2",
        "Ok-Sip Min",
        "Naik Go-Jek Ko",
        "ok-sip min",
        "mau tanya lamar kerja ke korea gimana",
        "tanya jaga malam gajinya brp",
        "tanya putri saya boleh kerja?",
        "dipukul enteng aja",
        "hubungi pandu wisata",
        "saya disuruh sabar terus sama pt nya",
        "Kak Kalo Ado Info Lowongan Resmi Kabari Ye",
        "Tgk Gambar Ni Min",
        "cuba tgk kontrak ni",
    ],
)
def test_ranges_places_and_calls_beside_them_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # helper-197's review of the afternoon's rules: a name after a sign-off's town of South
        # Sumatra, on its line or alone on the next ...
        ("makasih min. salam dari kikim barat\nsiti", "siti"),
        ("salam dari gunung megang\nsiti", "siti"),
        ("salam dari sekayu budi", "budi"),
        # ... a month that is a name too after a number that counts or tells the time ...
        ("Tadi jam 10 Juli nelpon aku, katanya agen minta duit lagi", "Juli"),
        ("kamar 12 Juli yg nempatin, kamar 13 saya", "Juli"),
        ("Umur 25 Juli udah 2x ke taiwan", "Juli"),
        ("Sejak Juli dan suaminya cerai, dia mau ke taiwan", "Juli"),
        ("Mulai Juli ya yg ngurus berkas adik saya", "Juli"),
    ],
)
def test_names_the_review_of_the_afternoons_rules_found_left(text, value):
    assert value not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        # ... and words those rules took for names, dates or phone numbers
        "salam dari belitang jaya",
        "salam dari jaya loka",
        "salam dari lahat\nlega rasanya",
        "pak bagusnya gimana?",
        "kak bagusnya apa ya",
        "bu bagusnya daftar lewat mana?",
        "Min WA-nya brp?",
        "Min Tik-Tok bp2mi apa?",
        "pak haji rumahnya dket masjid",
        "pak kades katanya sabar",
        "hbd kak, tgl 17 agustus kantor libur gk?",
        "hbd pak, kontrak sy mulai 1 april 2025",
        "kontak resmi:\n- 0800-1000\n- 110\n- 112",
        "no antrian 0812\n- 1500\n- 2000",
        "g. Bunga bank\nh. Biaya admin\ni. Pajak",
        "g. Mega proyek\nh. Kontrak",
        "anak saya budinya baik, gk pernah bohong",
        "adik saya citranya rusak",
        "sejak Juli dan Agustus gaji telat",
    ],
)
def test_words_the_review_of_the_afternoons_rules_found_taken(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # helper-199's review of the evening's rules: a month after a number that is no day's ...
        ("kmr 12 Juli galak", "Juli"),
        ("umurnya 25 Juli", "Juli"),
        ("shift 2 Juli yg jaga", "Juli"),
        # ... a name after a brand's word, as after any thing its head runs ...
        ("bos merek Suparman nipu sy", "Suparman"),
        # ... and a sign-off's town in Title Case with the writer's name on the next line
        ("Salam Dari Kikim Barat\nSiti", "Siti"),
        ("Terima Kasih\nSalam Dari Kikim Barat\nSiti", "Siti"),
    ],
)
def test_names_the_review_of_the_evenings_rules_found_left(text, value):
    assert value not in scrub_personal_data(text)


# A sweep of sign-offs from every kecamatan and kabupaten of South Sumatra (each spelling its
# name stands for), with the writer's name after a comma, a space or a line break.
@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        ("salam dari baturaja timur, siti", "siti", "baturaja timur"),
        ("Salam dari Sanga Desa, Erik", "Erik", "Sanga Desa"),
        ("Salam dari Air Kumbang, Siti", "Siti", "Air Kumbang"),
        ("Salam dari Belitang Jaya, Siti", "Siti", "Belitang Jaya"),
        ("salam dari sungai lalan\nsiti", "siti", "sungai lalan"),
        ("salam dari lubuk linggau barat ii\nerik", "erik", "lubuk linggau barat ii"),
        ("salam dari pelakat tinggi erik", "erik", "pelakat tinggi"),
        ("salam dari cempaka\nsiti", "siti", "cempaka"),
        ("salam dari abab mamat", "mamat", "abab"),
        ("salam dari kikim, mamat", "mamat", "kikim"),
    ],
)
def test_a_sign_off_keeps_its_town_and_loses_its_writer(text, name, town):
    scrubbed = scrub_personal_data(text)
    assert name not in scrubbed
    assert town in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Salam dari Belitang Jaya",
        "Kawan saya dari Lempuing Jaya sudah 2 minggu di penampungan",
        "salam dari abab, semoga sehat selalu",
        "salam dari lahat, sehat selalu",
        "salam dari bunga mayang, semoga sehat",
    ],
)
def test_a_town_one_is_from_is_no_name(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "f. Biaya Admin\ng. Bunga Bank\nh. Potongan Gaji\ni. Pajak",
        "g. Sari Roti\nh. Biskuit Roma",
        "g. surat ijin\nh. Bunga Bank",
        "hbd ya, gajian 25 juli",
        "hbd bos, besok 1 mei demo",
        "hbd kak. 17 agustus nanti ada upacara",
        "Tanya Kanada",
        "Hubungi Sukarelawan",
        "Cara Top-up Kang",
        "Salam Dari Muara Enim",
        "berangkat 12 Juli jam 10",
        "tes tahap 2, 5 Juli",
    ],
)
def test_words_the_review_of_the_evenings_rules_found_taken(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last note's leaks: a name that is a word too after a verb of dealing with someone
        ("Pak, tolong yakinkan budi jangan berangkat lewat jalur tikus", "budi"),
        ("kemarin ditelpon wulan, katanya visa sudah jadi", "wulan"),
        # ... and after a kin word said to someone, with its -nya
        ("om bayunya udah di malaysia 2 bulan", "bayu"),
        ("wak fajarnyo lah balik dari johor", "fajar"),
    ],
)
def test_a_name_that_is_a_word_too_after_a_verb_or_a_kin_word_goes(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "yakinkan iman kita, jangan tergiur gaji besar",
        "semoga suami aku rezekinya lancar di taiwan",
        "om bayunya gimana?",
    ],
)
def test_the_same_words_as_words_stay(text):
    assert scrub_personal_data(text) == text


def test_a_name_after_a_verb_runs_on_over_no_word():
    assert scrub_personal_data("ditelpon farah majikannya marah") == (
        "ditelpon <NAMA> majikannya marah"
    )


@pytest.mark.parametrize(
    "text",
    [
        # In a line of Title Case prose, after the writer's "I", a word made with a prefix or a
        # suffix is what they do or are, and an acronym beside a word says nothing of names
        "Kalo Magang Ke Jepang Lewat LPK, Aku Terhitung PMI Dak?",
        "Kami Berdua Mau Kerja Di Korea, Bisa Gak Ya Min?",
        "Sy Difollow Akun Yang Ngaku Agen Terus Nawarin Kerja Pabrik, Itu Penipu Kan",
    ],
)
def test_title_case_words_made_with_affixes_stay(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kami Sekeluarga Nak Pindah, Aku Sumiyati Dari Lahat", "Sumiyati"),
        ("Saya Permadi Mau Tanya Soal Visa Kerja Ke Korea", "Permadi"),
    ],
)
def test_title_case_names_after_the_writers_i_still_go(text, name):
    assert name not in scrub_personal_data(text)


# helper-201's review of this session's rules (8,028 probes against 5daacee)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dapat telpon dari kemuning adik saya", "kemuning"),  # a town named like a person
        ("salam dari cempaka putri", "cempaka"),  # ... with a name after it: one name
        ("uang dikirim dari jaya, siti sama erik", "jaya"),  # a town's first word, a name too
        ("mang ujangnya masih di brunei", "ujang"),
        ("salam\nsiti\nlahat", "siti"),
    ],
)
def test_names_the_review_of_the_nights_rules_found_left(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "mau tanya bunga kur di bri berapa persen",
        "Tanya Bunga Koperasi Sebulan Brp",
        "hubungi permata bank dulu",
        "yakinkan iman kito dulu",
        "om, rezekinya lancar",
        "tetangga putrinya kerja di taiwan",
        "pinjam duit ke tetangga bunganya 10 persen",
        "CARA LAMAR KERJA KE KOREA",
    ],
)
def test_words_the_review_of_the_nights_rules_found_taken(text):
    assert scrub_personal_data(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("salam\nsiti\nlahat", "lahat"),  # the tagger reads no name over two lines
        ("SITI AMINAH\nLAHAT", "LAHAT"),
        ("salam dari bunga mayang, bunga", "salam dari bunga mayang,"),
    ],
)
def test_a_town_after_a_name_or_in_a_sign_off_stays(text, kept):
    assert kept in scrub_personal_data(text)


# helper-202's fresh review of the night's rules (2,524 probes against 5daacee)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tanya rizky gimana caranya daftar", "rizky"),  # no word: no clause needed after it
        ("HUBUNGI RIZKY DI NOMOR INI", "RIZKY"),
        ("ditelpon sinta mulia katanya", "mulia"),  # a surname that is a word too runs on
        ("hubungi dedi mawar soal berkas", "mawar"),
        ("anak aku dipukul wahyu waktu itu", "wahyu"),
        ("Saya Teresa Dari Lahat Mau Tanya Soal Paspor Pak", "Teresa"),  # no ter + esa
        ("Saya Pendik Tki Malaysia Mau Tanya Soal Paspor Pak", "Pendik"),
        ("hormat saya\nrudi\ntanjung", "tanjung"),  # a Batak name, no town of South Sumatra
        ("Kado dari Kemuning, Siti dan Erik", "Kemuning"),  # a town named like a person
    ],
)
def test_names_the_fresh_review_found_left(text, name):
    assert name not in scrub_personal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        "om bunganya masih 6 persen?",
        "om bunganya gak naik kan kalo ambil kur 50 juta",
        "tante putrinya udah nikah belum?",
        "om nilanya udah dijual?",
        "ditelpon permata soal tagihan kartu kredit",
        "hubungi tirta soal air mati",
    ],
)
def test_words_the_fresh_review_found_taken(text):
    assert scrub_personal_data(text) == text
