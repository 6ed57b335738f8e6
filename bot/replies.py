"""The front end's own words, for when Rasa is not asked or cannot answer.

Everything else the bot says lives in the Rasa domain (domain.yml). Every number here is in
facts/registry.yml (tests/content/test_facts_registry.py checks it).
"""

EMERGENCY_NUMBERS = (
    "Darurat? Telepon polisi 110 atau call center KP2MI 0800-1000 (gratis, 24 jam). "
    "Dari luar negeri: +62-21-2924-4800 atau Kedutaan/Konsulat RI (KBRI/KJRI)."
)

RASA_UNAVAILABLE = (
    "Maaf, sistem kami sedang gangguan dan belum bisa menjawab. Coba lagi beberapa menit lagi.\n"
    + EMERGENCY_NUMBERS
)

NOT_UNDERSTOOD = (
    "Maaf, saya belum bisa menjawab itu. Coba tulis dengan kata lain, atau ketik /menu.\n"
    + EMERGENCY_NUMBERS
)

PLEASE_TYPE = (
    "Maaf, saya hanya bisa membaca pesan tulisan. Silakan ketik pertanyaan Anda "
    '(misalnya: "syarat jadi PMI" atau "cek tawaran kerja"), atau ketik /menu.\n'
    + EMERGENCY_NUMBERS
)

UNKNOWN_COMMAND = (
    "Perintah itu tidak saya kenal. Ketik /menu untuk melihat topik, atau tulis pertanyaan Anda."
)

STALE_BUTTON = "Tombol itu sudah tidak berlaku. Ketik /menu untuk mulai lagi."

GROUP_HINT = "Untuk bertanya, sebut saya (@{username}) atau balas pesan saya. Pertanyaan pribadi lebih aman lewat chat langsung."

DELETE_QUESTION = (
    "Hapus jejak Anda?\n"
    "• Catatan: pertanyaan Anda yang kami simpan (sudah tanpa data pribadi), waktu, topik, kode "
    "acara, dan riwayat percakapan Anda dengan bot.\n"
    "• Isi chat: pesan Anda dan pesan bot di chat ini dari 2 hari terakhir, hilang dari HP Anda "
    "dan dari sisi bot. Pesan yang lebih lama harus Anda hapus sendiri.\n"
    "Ini tidak bisa dibatalkan."
)
DELETE_EVERYTHING = "Hapus jejak (catatan + isi chat)"
DELETE_YES = "Hapus catatan saja"
DELETE_NO = "Batal"
DELETE_ONLY_IN_PRIVATE = (
    "Hapus jejak hanya bisa di chat pribadi dengan saya: buka chat saya, lalu ketik /hapus."
)
DELETED = (
    "Selesai: {count} catatan pertanyaan Anda sudah dihapus (isi yang sudah dibersihkan, waktu, "
    "topik, dan kode acara). Pertanyaan baru akan dicatat lagi tanpa identitas Anda."
)
ROWS_NOT_DELETED = (
    "Catatan pertanyaan Anda belum bisa dihapus sekarang karena ada gangguan. Coba /hapus lagi "
    "nanti."
)
CONVERSATION_DELETED = "Riwayat percakapan Anda dengan bot juga sudah dihapus."
CONVERSATION_NOT_DELETED = (
    "Riwayat percakapan Anda dengan bot belum bisa dihapus sekarang. Coba /hapus lagi nanti."
)
# What stays in the chat after "Hapus jejak": whoever looks at the phone may read it, so it says
# nothing about work abroad, only how to keep the chat empty from now on.
CHAT_WIPED = "Selesai: pesan di chat ini yang bisa dihapus bot sudah dihapus."
SOME_NOT_WIPED = "{count} pesan tidak bisa dihapus bot: hapus sendiri."
# Said every time: the bot cannot reach older messages, and its name stays in the chat list.
WIPE_ADVICE = (
    "Paling aman: hapus juga seluruh chat ini dari daftar chat (tekan lama chat ini, lalu "
    "Hapus), karena nama bot tetap terlihat dan pesan yang lebih dari 2 hari tidak bisa "
    "dihapus bot.\n"
    "Agar pesan hilang sendiri: Pengaturan → Privasi dan Keamanan → Hapus Pesan Otomatis "
    "(Settings → Privacy and Security → Auto-Delete Messages), atau di chat ini: menu ⋮ → "
    "Hapus otomatis (Auto-Delete)."
)
CHAT_NOT_WIPED = (
    "Pesan di chat ini belum bisa dihapus sekarang karena ada gangguan. Coba /hapus lagi nanti."
)
DELETE_CANCELLED = "Baik, tidak ada yang dihapus."

SLOW_DOWN = (
    "Pesan Anda banyak sekali dalam waktu singkat. Tunggu sebentar, lalu kirim lagi pertanyaan "
    "Anda.\n" + EMERGENCY_NUMBERS
)

# Under the greeting: recruiters pose as helpers, so the bot says what it never does and which
# account is the real one (the username is only known at run time, from Telegram's getMe).
NEVER_ASKS = "Bot ini TIDAK PERNAH meminta uang, dokumen, foto KTP atau paspor."
OFFICIAL_ACCOUNT = (
    "Akun resminya hanya @{username}, sama dengan di poster dan dari petugas sosialisasi; akun "
    "lain yang mengaku bot ini palsu."
)
