"""Generate training variants from templates: the places, countries, jobs, sums and registers
(informal Indonesian, Palembang Malay, typos) villagers use. Writes nlu/generated.yml.

The hand-written examples in the other nlu/ files stay the core; these add coverage. Seeded,
so the output only changes when this file does:  .venv/bin/python scripts/generate_nlu.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_INTENT = 45
# More variants where the cross-validation showed the most misses.
MORE = {"emergency_help": 80, "out_of_scope": 70, "deny": 55, "affirm": 55, "ask_procedure": 55}
SEED = 27
# Rasa only ever sees a message once it is scrubbed (bot/anonymise.py): so that a question still
# is understood with <NAMA>, <PHONE>, <ALAMAT> ... in it, this share of each intent's variants
# comes again with personal data as Rasa sees it. Other frames than evaluation/
# holdout_placeholders.yml's (scripts/generate_placeholder_holdout.py), which measures this.
WITH_PERSONAL_DATA = 0.2
PERSONAL_DATA_FRAMES = (
    "<NAMA> di sini, {q}",
    "{q} no hp <PHONE>",
    "{q}, rumah sy di <ALAMAT>",
    "{q} - <NAMA>",
    "anak saya <NAMA>, {q}",
    "{q} paspor <PASPOR>",
    "{q} ig <USERNAME>",
    "{q} nik <NIK>",
    "perkenalkan saya <NAMA>, {q}",
    "{q} hub <PHONE> a.n. <NAMA>",
    "{q} lahir <TGL_LAHIR>",
    "{q} <TAUTAN>",
    "{q} kirim ke <EMAIL>",
    "aku <NAMA> dari desa <DESA> di {kab}, {q}",
    "{q} rek <NOMOR>",
)

FILL = {
    "negara": [
        "malaysia",
        "taiwan",
        "hongkong",
        "singapura",
        "arab saudi",
        "korea",
        "jepang",
        "brunei",
        "qatar",
        "dubai",
        "polandia",
        "turki",
        "kuwait",
        "jerman",
    ],
    "risky": ["kamboja", "myanmar", "thailand", "laos"],
    "kab": [
        "palembang",
        "oki",
        "oku",
        "oku timur",
        "okus",
        "ogan ilir",
        "muara enim",
        "lahat",
        "muba",
        "banyuasin",
        "prabumulih",
        "lubuklinggau",
        "pagar alam",
        "empat lawang",
        "pali",
        "muratara",
        "musi rawas",
        "kayuagung",
        "baturaja",
    ],
    "job": [
        "pabrik",
        "pabrik elektronik",
        "kebun sawit",
        "restoran",
        "art",
        "pembantu rumah tangga",
        "pengasuh lansia",
        "perawat",
        "operator",
        "supir",
        "kapal ikan",
        "konstruksi",
        "hotel",
        "cleaning service",
    ],
    "pmi": ["tki", "tkw", "pmi", "pekerja migran", "buruh migran", "cpmi"],
    "orang": [
        "sponsor",
        "calo",
        "agen",
        "pt",
        "tetangga",
        "kawan",
        "om aku",
        "bibi",
        "teman fb",
        "perekrut",
    ],
    "fam": [
        "adik saya",
        "anak aku",
        "suami saya",
        "istri saya",
        "kakak aku",
        "ibu saya",
        "bapak aku",
        "ponakan saya",
        "adek aku",
        "bini aku",
        "keluarga saya",
    ],
    "sum": [
        "5 juta",
        "10 juta",
        "15 juta",
        "20 juta",
        "25 juta",
        "30 juta",
        "8 jt",
        "12jt",
        "3,5 juta",
        "40 juta",
    ],
    "gaji": ["8 juta", "10 juta", "12 juta", "15 juta", "20 juta", "25jt", "30 juta"],
    "pt": [
        "PT Sinar Jaya",
        "PT Maju Mandiri",
        "PT Bintang Timur",
        "PT Karya Abadi",
        "PT Mitra Sejahtera",
        "PT Cahaya Baru",
    ],
    "end": [
        "",
        "",
        "",
        " kak",
        " min",
        " pak",
        " bu",
        " gan",
        " dong",
        " ya",
        " nian",
        " kak?",
        "??",
        "?",
    ],
}

TEMPLATES: dict[str, list[str]] = {
    "greet": [
        "halo{end}",
        "hai {end}",
        "assalamualaikum{end}",
        "selamat pagi{end}",
        "pagi{end}",
        "siang{end}",
        "malam{end}",
        "halo admin{end}",
        "permisi{end}",
        "hai bot{end}",
        "asalamualaikum wr wb",
        "halo selamat sore",
        "p{end}",
        "hallo{end}",
        "hai kak apo kabar",
    ],
    "goodbye": [
        "dah dulu ya{end}",
        "sampai jumpa{end}",
        "bye{end}",
        "pamit dulu{end}",
        "udah dulu{end}",
        "cukup sekian{end}",
        "aku balek dulu{end}",
        "wassalam{end}",
        "nanti tanya lagi{end}",
        "sudah dulu yo{end}",
        "oke sampai nanti{end}",
        "selesai dulu{end}",
    ],
    "thank": [
        "makasih{end}",
        "terima kasih{end}",
        "makasih infonya{end}",
        "terimo kasih{end}",
        "thanks{end}",
        "tq{end}",
        "makasih banyak{end}",
        "mksh{end}",
        "thank you{end}",
        "makasih penjelasannyo{end}",
        "terima kasih sangat membantu{end}",
        "oke makasih{end}",
    ],
    "affirm": [
        "iya{end}",
        "ya{end}",
        "iyo{end}",
        "aok{end}",
        "betul{end}",
        "benar{end}",
        "yes{end}",
        "ho oh",
        "iya benar{end}",
        "iya ada{end}",
        "iya dia minta{end}",
        "yup{end}",
        "bener{end}",
        "ado{end}",
    ],
    "deny": [
        "tidak{end}",
        "gak{end}",
        "ga{end}",
        "dak{end}",
        "idak{end}",
        "nggak{end}",
        "bukan{end}",
        "tidak ada{end}",
        "dak ado{end}",
        "no{end}",
        "enggak{end}",
        "tidak pernah{end}",
    ],
    "bot_challenge": [
        "kamu bot{end}",
        "ini bot ya{end}",
        "ini robot{end}",
        "kamu manusia{end}",
        "yang bales orang atau mesin{end}",
        "ini wong asli dak{end}",
        "ini otomatis ya{end}",
        "kamu ai ya{end}",
        "ini dijawab komputer{end}",
        "apa kamu robot{end}",
        "are you a bot{end}",
        "ini chatbot{end}",
    ],
    "ask_capabilities": [
        "menu{end}",
        "bisa apa aja{end}",
        "kamu bisa bantu apa{end}",
        "tampilkan menu{end}",
        "topik apa aja{end}",
        "apo bae yang pacak ditanyo{end}",
        "bot ini untuk apa{end}",
        "bantuan{end}",
        "lihat menu{end}",
        "fitur apa saja{end}",
        "bisa tanya apa aja{end}",
        "what can you do{end}",
    ],
    "out_of_scope": [
        "harga {x} hari ini{end}",
        "resep {food}{end}",
        "jadwal {sport}{end}",
        "cara {misc}{end}",
        "mau pinjam uang {sum}{end}",
        "pinjol yang cepat cair{end}",
        "cuaca di {kab} besok{end}",
        "kredit motor di {kab}{end}",
        "lowongan kerja di {kab} dalam kota{end}",
        "siapa yang menang {sport}{end}",
    ],
    "ask_requirements": [
        "syarat jadi {pmi}{end}",
        "syarat kerja ke {negara} apa aja{end}",
        "syaratnyo apo bae nak gawe di {negara}{end}",
        "dokumen apa saja buat jadi {pmi}{end}",
        "berkas yang harus disiapkan untuk kerja di {negara}{end}",
        "umur berapa boleh jadi {pmi}{end}",
        "umur {age} tahun bisa jadi {pmi} gak{end}",
        "lulusan {edu} bisa kerja ke {negara}{end}",
        "perlu izin suami gak buat jadi {pmi}{end}",
        "harus ada izin orang tua untuk kerja di {negara}{end}",
        "persyaratan jadi {pmi} ke {negara}{end}",
        "apa perlu skck untuk jadi {pmi}{end}",
        "perlu ijazah apa buat kerja {job} di {negara}{end}",
        "syarat kesehatan {pmi}{end}",
    ],
    "ask_procedure": [
        "gimana cara jadi {pmi} resmi{end}",
        "langkah daftar {pmi} ke {negara}{end}",
        "cakmano caro daftar jadi {pmi}{end}",
        "prosedur kerja ke {negara} lewat jalur resmi{end}",
        "alur pendaftaran {pmi}{end}",
        "tahapan jadi {pmi} dari daftar sampai berangkat{end}",
        "berapa lama proses jadi {pmi}{end}",
        "proses berangkat ke {negara} berapa lama{end}",
        "dimano daftarnyo nak kerjo di {negara}{end}",
        "mulai dari mana kalau mau kerja di {negara}{end}",
        "cara daftar siapkerja untuk {pmi}{end}",
        "urutan proses {pmi} resmi{end}",
    ],
    "ask_local_office": [
        "kantor disnaker {kab} dimana{end}",
        "alamat disnaker {kab}{end}",
        "dimano kantor disnaker {kab}{end}",
        "daftar {pmi} di {kab} kemana{end}",
        "kantor tenaga kerja {kab}{end}",
        "kantor bp3mi sumsel dimana{end}",
        "nomor telepon disnaker {kab}{end}",
        "tempat daftar {pmi} di {kab}{end}",
        "kantor terdekat untuk daftar {pmi}{end}",
        "mau datang ke kantor resmi di {kab}{end}",
    ],
    "inform_location": [
        "saya dari {kab}{end}",
        "aku dari {kab}{end}",
        "{kab}{end}",
        "di {kab}{end}",
        "saya tinggal di {kab}{end}",
        "aku wong {kab}{end}",
        "rumah saya di {kab}{end}",
        "kab {kab}{end}",
        "dusun aku di {kab}{end}",
        "saya orang {kab}{end}",
    ],
    "ask_costs": [
        "berapa biaya jadi {pmi}{end}",
        "biaya ke {negara} berapa{end}",
        "{orang} minta {sum} buat {item}, wajar {q}{end}",
        "berapo duit nak jadi {pmi}{end}",
        "jadi {pmi} bayar gak{end}",
        "gaji dipotong {n} bulan buat ganti biaya, boleh{end}",
        "siapa yang bayar {item}{end}",
        "{item} bayar sendiri{end}",
        "kur pmi bunganya berapa{end}",
        "pinjaman buat berangkat ke {negara}{end}",
        "biaya {item} siapa yang tanggung{end}",
        "disuruh bayar {sum} ke rekening pribadi{end}",
        "biaya penempatan {pmi} gratis{end}",
    ],
    "ask_check_agency": [
        "cara cek {pt} resmi{end}",
        "{pt} resmi gak{end}",
        "{pt} punya izin{end}",
        "cek legalitas {pt}{end}",
        "cakmano ngecek pt itu resmi apo idak{end}",
        "daftar pt penyalur {pmi} resmi{end}",
        "{orang} ngaku dari pt, cara ceknya{end}",
        "cara cek agen {pmi} terdaftar{end}",
        "cek izin sip3mi {pt}{end}",
        "pt penyalur {pmi} di {kab} yang resmi apa aja{end}",
        "gimana tau agensi itu legal{end}",
    ],
    "ask_job_vacancy": [
        "lowongan kerja ke {negara}{end}",
        "loker {negara}{end}",
        "ada lowongan {job} di {negara}{end}",
        "info loker {pmi} terbaru{end}",
        "nak cari gawe di {negara}{end}",
        "ado lowongan {job} dak{end}",
        "lowongan {job} luar negeri{end}",
        "tolong carikan kerja di {negara}{end}",
        "saya mau kerja di {negara}{end}",
        "lowongan g to g {negara}{end}",
        "ada job ke {negara}{end}",
    ],
    "ask_training": [
        "kursus bahasa {lang} dimana{end}",
        "pelatihan {job} untuk {pmi}{end}",
        "lpk resmi di {kab}{end}",
        "blk di {kab} ada{end}",
        "sertifikat kompetensi dapat dari mana{end}",
        "pelatihan sebelum berangkat ke {negara} wajib{end}",
        "belajar bahaso {lang} dimano{end}",
        "berapa lama pelatihan {pmi}{end}",
        "ado pelatihan dak di {kab}{end}",
        "opp itu pelatihan apa{end}",
        "kursus {lang} untuk kerja di {negara}{end}",
    ],
    "ask_destination": [
        "negara mana yang aman buat {pmi}{end}",
        "{negara} dibuka untuk {pmi}{end}",
        "kerja di {negara} boleh{end}",
        "moratorium {negara} masih berlaku{end}",
        "negara yang dilarang untuk {pmi}{end}",
        "lebih bagus {negara} atau {negara2}{end}",
        "boleh jadi art di {mideast}{end}",
        "aturan kerja di {negara}{end}",
        "negara tujuan {pmi} yang resmi apa aja{end}",
        "{negara} aman gak buat kerja{end}",
    ],
    "ask_visa": [
        "boleh kerja pakai visa {badvisa}{end}",
        "visa kerja itu apa{end}",
        "berangkat ke {negara} pake visa {badvisa} aman{end}",
        "beda visa kerja dan visa {badvisa}{end}",
        "visa {badvisa} bisa dipakai kerja di {negara}{end}",
        "cara buat visa kerja {negara}{end}",
        "katanya pakai visa {badvisa} dulu nanti diurus di sana{end}",
        "siapa yang urus visa kerja{end}",
        "paspor buat kerja beda gak sama paspor wisata{end}",
        "visa apa untuk kerja di {negara}{end}",
    ],
    "ask_worker_rights": [
        "majikan nahan paspor boleh{end}",
        "hak {pmi} di {negara} apa aja{end}",
        "libur seminggu sekali wajib{end}",
        "boleh pegang hp kalau kerja di {negara}{end}",
        "gaji tidak sesuai kontrak boleh{end}",
        "hak aku apo bae kalo kerjo di {negara}{end}",
        "kerja lebih dari 12 jam wajar{end}",
        "kontrak kerja harus dikasih salinannya{end}",
        "boleh pindah majikan di {negara}{end}",
        "lembur dibayar gak di {negara}{end}",
        "agen simpan paspor aku, boleh{end}",
    ],
    "ask_insurance": [
        "bpjs untuk {pmi}{end}",
        "asuransi {pmi} di {negara}{end}",
        "kalau sakit di {negara} ditanggung{end}",
        "klaim bpjs {pmi} meninggal{end}",
        "santunan kecelakaan kerja di {negara}{end}",
        "jkk jkm itu apa{end}",
        "iuran bpjs {pmi} berapa{end}",
        "{fam} kecelakaan di {negara}, pacak klaim dak{end}",
        "jaminan sosial {pmi}{end}",
        "cara klaim asuransi {pmi}{end}",
    ],
    "ask_problem_abroad": [
        "gaji {fam} di {negara} tidak dibayar{end}",
        "{fam} hilang kontak di {negara}{end}",
        "{fam} di {negara} mau pulang tapi tidak bisa{end}",
        "cara memulangkan {fam} dari {negara}{end}",
        "{fam} di {negara} dak digaji {n} bulan{end}",
        "majikan {fam} di {negara} tidak mau bayar{end}",
        "{fam} ditahan polisi {negara}{end}",
        "kontrak {fam} habis tapi belum dipulangkan{end}",
        "sudah {n} bulan tidak ada kabar dari {fam} di {negara}{end}",
        "nomor kbri {negara}{end}",
        "jenazah {fam} di {negara} cara bawa pulang{end}",
    ],
    "ask_trafficking_info": [
        "apa itu tppo{end}",
        "tppo itu apa{end}",
        "pengertian perdagangan orang{end}",
        "hukuman pelaku tppo{end}",
        "undang undang perdagangan orang{end}",
        "berapa tahun penjara untuk calo {pmi}{end}",
        "apo itu tppo{end}",
        "human trafficking itu apa{end}",
        "denda tppo berapa{end}",
        "pasal tppo{end}",
        "hak korban perdagangan orang{end}",
    ],
    "ask_warning_signs": [
        "ciri ciri calo{end}",
        "ciri penipuan lowongan ke {negara}{end}",
        "tanda tanda perdagangan orang{end}",
        "gimana bedain pt resmi dan calo{end}",
        "apo ciri-ciri calo{end}",
        "modus penipuan {pmi}{end}",
        "cara biar gak ketipu calo{end}",
        "tanda lowongan palsu{end}",
        "ciri agen ilegal{end}",
        "modus sponsor nakal di {kab}{end}",
        "cara mengenali tawaran kerja palsu{end}",
    ],
    "check_job_offer": [
        "ada yang nawarin kerja {job} di {negara} gaji {gaji}, aman{end}",
        "{orang} nawari gawe di {negara}, aman dak{end}",
        "aku ditawari kerja {job} di {negara}, bener gak{end}",
        "ditawari kerja di {negara} tapi diminta bayar {sum}, aman{end}",
        "{orang} ngajak kerja {job} di {negara} berangkat minggu depan{end}",
        "tolong cek tawaran kerja {job} di {negara}{end}",
        "dapat tawaran dari {pt} ke {negara}, aman{end}",
        "{orang} nawarin kerja di {negara} pake visa {badvisa}, aman{end}",
        "ado tawaran gawe di {negara} gaji {gaji}, aman dak{end}",
        "{fam} ditawari kerja {job} di {negara}, tolong dicek{end}",
    ],
    "ask_online_scam": [
        "kerja online di {risky} itu apa{end}",
        "kerja di {risky} aman gak{end}",
        "apa itu scam online di {risky}{end}",
        "perusahaan judi online di {risky}{end}",
        "kerja admin crypto di {risky}{end}",
        "kenapa banyak orang ditipu kerja di {risky}{end}",
        "kerja customer service di {risky} gaji {gaji}{end}",
        "wong kito disekap di {risky} kerjo apo{end}",
        "kerja online luar negeri gaji {gaji} itu apa{end}",
        "penipuan online di {risky}{end}",
    ],
    "ask_illegal_risks": [
        "apa bahayanya kerja ilegal{end}",
        "risiko jadi {pmi} ilegal{end}",
        "kenapa harus lewat jalur resmi{end}",
        "jalur tikus bahaya gak{end}",
        "berangkat lewat jalur tikus ke {negara}{end}",
        "apo ruginyo kalo dak lewat jalur resmi{end}",
        "kalau berangkat ilegal ke {negara} gimana{end}",
        "lewat calo lebih cepat kan{end}",
        "apa akibatnya berangkat tidak resmi{end}",
        "{pmi} ilegal dapat perlindungan gak{end}",
    ],
    "report_case": [
        "mau lapor calo{end}",
        "cara melapor tppo{end}",
        "nomor pengaduan {pmi}{end}",
        "mau lapor {orang} ilegal di {kab}{end}",
        "nak lapor calo di dusun kami{end}",
        "lapor kemana kalau ditipu {orang}{end}",
        "{orang} bawa kabur uang {sum}, lapor kemana{end}",
        "nomor call center bp2mi{end}",
        "bisa lapor tanpa nama{end}",
        "mau laporkan {pt}{end}",
        "ada penampungan {pmi} mencurigakan di {kab}, mau lapor{end}",
    ],
    "emergency_help": [
        "tolong saya disekap{end}",
        "tolong aku dikurung majikan{end}",
        "saya dipukuli bos{end}",
        "tolong {fam} disekap di {risky}{end}",
        "paspor saya diambil dan saya tidak boleh pulang{end}",
        "saya dibawa paksa{end}",
        "tolong saya dalam bahaya{end}",
        "darurat{end}",
        "{fam} dipukuli majikan di {negara}{end}",
        "tolong kami ditahan di penampungan{end}",
        "saya diancam{end}",
        "tolong bantu saya sekarang{end}",
        "aku kabur dari majikan tolong{end}",
        "{fam} dibawa orang lewat jalur tikus malam ini{end}",
    ],
    "ask_local_stats": [
        "berapa jumlah {pmi} dari sumsel{end}",
        "data {pmi} sumsel{end}",
        "data {pmi} {kab}{end}",
        "jumlah {pmi} sumsel tahun {year}{end}",
        "berapo wong sumsel yang jadi {pmi}{end}",
        "statistik {pmi} sumsel{end}",
        "berapa {pmi} sumsel ke {negara}{end}",
        "berapa kasus tppo di sumsel{end}",
        "berapa pt penyalur di sumsel{end}",
    ],
    "ask_privacy": [
        "data saya disimpan gak{end}",
        "chat ini direkam{end}",
        "siapa yang baca chat saya{end}",
        "nomor hp saya disimpan{end}",
        "hapus data saya{end}",
        "privasi saya aman{end}",
        "wong laen pacak baco chat aku dak{end}",
        "ini anonim kan{end}",
        "berapa lama data disimpan{end}",
        "sponsor bisa tau aku nanya di sini{end}",
    ],
    "ask_human_agent": [
        "mau bicara dengan petugas{end}",
        "sambungkan ke admin{end}",
        "mau ngomong sama orang{end}",
        "minta nomor petugas{end}",
        "nak ngomong samo wong asli{end}",
        "ada cs nya{end}",
        "mau konsultasi langsung sama petugas{end}",
        "hubungkan dengan operator{end}",
        "bisa telpon petugas{end}",
        "minta didampingi petugas{end}",
    ],
    "stop_form": [
        "batal{end}",
        "stop{end}",
        "gak jadi{end}",
        "berhenti{end}",
        "dak jadi{end}",
        "batalkan{end}",
        "cancel{end}",
        "keluar{end}",
        "udahan{end}",
        "nanti aja{end}",
    ],
}

EXTRA = {
    "who": [
        "saya",
        "aku",
        "kami",
        "adik saya",
        "anak aku",
        "istri saya",
        "kakak aku",
        "teman saya",
        "sy",
        "kito",
    ],
    "hurt": [
        "disekap",
        "dikurung",
        "dipukuli",
        "disiksa",
        "dianiaya",
        "dilecehkan",
        "diculik",
        "dipukul",
        "dikunci di kamar",
        "dibawa paksa",
        "ditahan tidak boleh pulang",
        "diancam mau dibunuh",
    ],
    "place": [
        "penampungan",
        "rumah majikan",
        "mes",
        "kamboja",
        "pabrik",
        "kapal",
        "batam",
        "dumai",
        "malaysia",
        "hotel",
        "perusahaan online",
    ],
    "boss": ["majikan", "bos", "agen", "sponsor", "mandor", "calo"],
    "threat": ["ngancam", "mengancam bunuh", "memukuli", "menyiksa", "mengurung"],
    "x": ["emas", "karet", "sawit", "beras", "cabai", "bensin"],
    "misc2": [
        "resep rendang",
        "cara daftar kuliah",
        "jadwal kapal ke bangka",
        "lagu terbaru",
        "cara main tiktok",
        "servis motor murah",
        "toko bangunan terdekat",
        "cara hapus akun facebook",
        "zodiak hari ini",
        "obat batuk anak",
        "cara bikin kue",
        "hasil pilkada",
        "jadwal sholat jumat",
        "promo pulsa",
        "nonton film gratis",
        "jual tanah di desa",
        "cara ternak ayam",
        "daftar bansos pkh",
    ],
    "price": ["harga emas", "harga karet", "harga cabe", "ongkos ojek", "harga hp", "harga semen"],
    "food": ["pempek", "tekwan", "model", "pindang patin", "martabak har"],
    "sport": ["sriwijaya fc", "timnas", "liga inggris", "piala dunia"],
    "misc": [
        "bikin sim",
        "daftar bansos",
        "bikin ktp",
        "main slot",
        "ternak lele",
        "update whatsapp",
    ],
    "item": [
        "paspor",
        "medical",
        "tiket pesawat",
        "visa",
        "pelatihan",
        "medikal samo paspor",
        "seragam",
    ],
    "q": ["dak", "gak", "tidak", "ga", "nggak"],
    "n": ["2", "3", "tiga", "4", "6", "dua"],
    "age": ["16", "17", "18", "20", "35", "45", "50"],
    "edu": ["sd", "smp", "sma", "smk", "paket c"],
    "lang": ["korea", "jepang", "inggris", "mandarin", "jerman", "arab"],
    "badvisa": ["turis", "kunjungan", "umroh", "ziarah", "pelancong", "wisata"],
    "mideast": ["arab saudi", "dubai", "qatar", "kuwait", "oman"],
    "year": ["2023", "2024", "2025"],
}

# Register: how the same words are typed in chat and in Palembang Malay.
REGISTER = [
    (r"\btidak\b", ["gak", "ga", "dak", "nggak", "tdk"]),
    (r"\bbagaimana\b|\bgimana\b", ["gmn", "cakmano", "gimana", "gmana"]),
    (r"\bapa\b", ["apo", "apa", "ap"]),
    (r"\bmau\b", ["nak", "mo", "mau"]),
    (r"\bkerja\b", ["gawe", "kerjo", "begawe", "kerja"]),
    (r"\bsaya\b", ["aku", "sy", "saya", "ak"]),
    (r"\byang\b", ["yg"]),
    (r"\bdengan\b", ["dgn", "samo"]),
    (r"\bberapa\b", ["brp", "berapo"]),
    (r"\bdimana\b", ["dmn", "dimano"]),
    (r"\bsudah\b", ["udah", "udh", "la"]),
    (r"\bbisa\b", ["pacak", "bs"]),
    (r"\bsaja\b|\baja\b", ["bae", "aj"]),
]


def typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: a dropped, doubled or swapped letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 2)
    kind = rng.choice(["drop", "double", "swap"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def in_register(text: str, rng: random.Random) -> str:
    for pattern, forms in REGISTER:
        if rng.random() < 0.35:
            text = re.sub(pattern, lambda _, forms=forms: rng.choice(forms), text)
    words = text.split(" ")
    if rng.random() < 0.3:
        j = rng.randrange(len(words))
        words[j] = typo(words[j], rng)
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.06:
        text = text.upper()
    elif roll < 0.15:
        text = text.capitalize()
    return text


def fill(template: str, rng: random.Random) -> str:
    values = {**FILL, **EXTRA}
    out = template
    for key in re.findall(r"\{(\w+)\}", template):
        choice = rng.choice(values["negara" if key == "negara2" else key])
        out = out.replace("{" + key + "}", choice, 1)
    return out


def main() -> None:
    rng = random.Random(SEED)
    framing = random.Random(SEED + 1)  # its own, so the plain variants stay as they were
    existing = set()
    for path in (ROOT / "nlu").glob("*.yml"):
        if path.name != "generated.yml":
            existing.update(
                line.strip()[2:].casefold()
                for line in path.read_text().splitlines()
                if line.strip().startswith("- ")
            )
    lines = [
        'version: "3.1"',
        "# GENERATED by scripts/generate_nlu.py from templates; edit the script, not this file.",
        "nlu:",
    ]
    for intent, templates in TEMPLATES.items():
        examples: list[str] = []
        seen = set(existing)
        attempts = 0
        wanted = MORE.get(intent, PER_INTENT)
        while len(examples) < wanted and attempts < wanted * 40:
            attempts += 1
            text = in_register(fill(rng.choice(templates), rng), rng).strip()
            text = re.sub(r"\s+", " ", text)
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                examples.append(text)
        for question in framing.sample(examples, round(len(examples) * WITH_PERSONAL_DATA)):
            frame = framing.choice(PERSONAL_DATA_FRAMES)
            framed = fill(frame.replace("{q}", "\0"), framing).replace("\0", question)
            if framed.casefold() not in seen:
                seen.add(framed.casefold())
                examples.append(framed)
        lines += [f"- intent: {intent}", "  examples: |"] + [f"    - {e}" for e in examples]
    (ROOT / "nlu" / "generated.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote nlu/generated.yml: {len(TEMPLATES)} intents, {PER_INTENT} or more each")


if __name__ == "__main__":
    main()
