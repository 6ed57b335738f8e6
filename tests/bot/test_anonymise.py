import pytest

from bot.anonymise import pseudonymise, scrub_personal_data


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
