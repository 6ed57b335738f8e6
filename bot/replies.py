"""The front end's own words, for when Rasa is not asked or cannot answer.

Everything else the bot says lives in the Rasa domain (domain.yml). Numbers here are the ones
the facts mark as solid (../shared/facts/facts.md, section 0.10).
"""

EMERGENCY_NUMBERS = (
    "Darurat? Telepon polisi 110 atau call center PMI (KP2MI) 0800-1000, "
    "gratis 24 jam; dari luar negeri +62-21-2924-4800."
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
    "Hapus semua pertanyaan Anda dari catatan kami? Yang dihapus: isi pertanyaan (yang sudah "
    "dibersihkan dari data pribadi), waktu, topik, kode acara, dan riwayat percakapan Anda "
    "dengan bot. Ini tidak bisa dibatalkan."
)
DELETE_YES = "Ya, hapus"
DELETE_NO = "Batal"
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
DELETE_CANCELLED = "Baik, tidak ada yang dihapus."

SLOW_DOWN = (
    "Pesan Anda banyak sekali dalam waktu singkat. Tunggu sebentar, lalu kirim lagi pertanyaan "
    "Anda.\n" + EMERGENCY_NUMBERS
)
