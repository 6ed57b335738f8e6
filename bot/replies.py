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

# ---------------------------------------------------------------- talk to an officer (bot/handoff)
# {label} is OFFICER_LABEL ("Petugas BP3MI"): officers are always the service, never a person.
HANDOFF_BUTTON = "Bicara dengan petugas"
HANDOFF_OFFER = (
    "Mau bicara langsung dengan {label} di chat ini? Petugas akan membaca dan membalas pesan "
    "Anda di sini."
)
HANDOFF_CONSENT = (
    "Sebelum Anda terhubung, ini yang akan dilihat {label}:\n"
    "• Semua pesan, foto dan dokumen yang Anda kirim di chat ini selama kasus terbuka, persis "
    "seperti yang Anda tulis. Pesan itu tetap ada di grup petugas sampai {keep_days} hari "
    "setelah kasus ditutup, lalu dihapus; dengan /hapus langsung dihapus.\n"
    "• Beberapa pertanyaan terakhir Anda ke bot (nomor HP, NIK dan data pribadi lain "
    "disamarkan).\n"
    "• Kabupaten/kota Anda: {district}.\n"
    "Yang TIDAK dilihat petugas: nama, username dan nomor Telegram Anda. Nomor HP Anda hanya "
    'terkirim kalau Anda sendiri menekan tombol "Bagikan nomor HP".\n'
    "Selama kasus terbuka, bot tidak menjawab pesan Anda: balasan datang dari {label}. Kata "
    "darurat tetap langsung dijawab.\n"
    "Setuju?"
)
HANDOFF_DISTRICT_UNKNOWN = "tidak diketahui (Anda boleh menuliskannya ke petugas)"
HANDOFF_AGREE = "Setuju, hubungkan saya"
HANDOFF_DECLINE = "Tidak, kembali ke bot"
HANDOFF_DECLINED = (
    "Baik, tidak ada yang dikirim ke petugas. Anda tetap bisa bertanya ke bot.\n"
    + EMERGENCY_NUMBERS
)
HANDOFF_OPENED = (
    "Kasus Anda {number} sudah dibuka. Tulis cerita atau pertanyaan Anda di sini; Anda juga "
    "boleh mengirim foto kontrak atau iklan lowongan.\n{expect}\n"
    "Ketik /kasus untuk melihat status, /selesai untuk menutup kasus."
)
# Office hours are known, holidays are not: when an answer comes is what usually holds, never
# a promise.
HANDOFF_EXPECT_IN_HOURS = "{label} biasanya membalas sebelum {when}."
HANDOFF_EXPECT_OUT_OF_HOURS = (
    "Sekarang di luar jam kerja petugas ({hours}). Petugas mulai bekerja lagi {opening} dan "
    "biasanya membalas sebelum {when}.\n" + EMERGENCY_NUMBERS
)
HANDOFF_SHARE_PHONE = (
    "Mau petugas bisa menelepon Anda? Tekan tombol di bawah untuk membagikan nomor HP Anda. "
    "Kalau tidak, abaikan saja: petugas tetap membalas di chat ini."
)
HANDOFF_SHARE_PHONE_BUTTON = "📱 Bagikan nomor HP"
HANDOFF_PHONE_SHARED = "Terima kasih, nomor HP Anda sudah dikirim ke petugas."
HANDOFF_ALREADY_OPEN = (
    "Kasus Anda {number} masih terbuka: pesan Anda di sini dibaca petugas, bukan bot. Ketik "
    "/selesai untuk menutup kasus dan kembali bertanya ke bot."
)
HANDOFF_UNAVAILABLE = "Petugas belum bisa dihubungi lewat chat ini.\n" + EMERGENCY_NUMBERS
HANDOFF_UNREACHABLE = (
    "Maaf, petugas tidak bisa dihubungi lewat chat ini sekarang, jadi kasus Anda belum "
    "terkirim. Anda kembali bertanya ke bot.\n" + EMERGENCY_NUMBERS
)
HANDOFF_NOT_SENT = (
    "Maaf, pesan ini belum sampai ke petugas karena ada gangguan. Coba kirim lagi sebentar lagi."
    "\n" + EMERGENCY_NUMBERS
)
# Telegram would not copy the message (a forwarded message with protected content, a quiz, a
# paid photo): nothing went, the case is still open.
HANDOFF_CANNOT_RELAY = (
    "Maaf, pesan jenis ini tidak bisa diteruskan ke petugas. Tolong ketik isinya, atau kirim "
    "sebagai foto (misalnya tangkapan layar). Kasus Anda tetap terbuka."
)
HANDOFF_NO_REPLY_YET = (
    "Maaf, {label} belum membalas kasus {number}. Kasus tetap terbuka dan pesan Anda tetap "
    "sampai ke petugas.\n" + EMERGENCY_NUMBERS
)
HANDOFF_CLOSED = (
    "Kasus {number} sudah ditutup oleh petugas: {outcome}. Sekarang Anda kembali bertanya ke "
    "bot; ketik /menu untuk melihat topik. Terima kasih sudah menghubungi kami.{next_step}"
)
# After a close that hands the case on: officers can no longer write to the villager in this
# chat (the link is gone), so the villager keeps the number and knows where to take it.
HANDOFF_NEXT_STEPS = {
    "police": (
        "\n\nPetugas tidak bisa lagi mengirim pesan ke Anda lewat chat ini, jadi simpan nomor "
        "kasus {number}. Kalau Anda melapor ke polisi, sebutkan bahwa kasus Anda sudah dilaporkan "
        "ke {label} dengan nomor ini. Mau bicara lagi dengan petugas? Ketik /petugas dan sebutkan "
        "nomor {number}.\n" + EMERGENCY_NUMBERS
    ),
    "referred": (
        "\n\nPetugas tidak bisa lagi mengirim pesan ke Anda lewat chat ini, jadi simpan nomor "
        "kasus {number} dan sebutkan nomor ini kalau Anda datang ke kantor BP3MI atau Dinas "
        "Tenaga Kerja (Disnaker). Tanyakan ke bot kantor mana yang terdekat dari Anda. Mau bicara "
        "lagi dengan petugas? Ketik /petugas dan sebutkan nomor {number}."
    ),
}
HANDOFF_IDLE_CLOSED = (
    "Kasus {number} ditutup otomatis karena {days} hari tidak ada pesan dari Anda maupun "
    "petugas. Sekarang Anda kembali bertanya ke bot; ketik /menu untuk melihat topik. Kalau masih "
    "perlu bantuan petugas, ketik /petugas dan sebutkan nomor kasus {number}."
)
HANDOFF_EXPIRED_CLOSED = (
    "Kasus {number} ditutup karena sudah terbuka terlalu lama (batas waktu penyimpanan data). "
    "Sekarang Anda kembali bertanya ke bot; ketik /menu untuk melihat topik. Kalau masih perlu "
    "bantuan petugas, ketik /petugas dan sebutkan nomor kasus {number}."
)
HANDOFF_ENDED = "Kasus {number} sudah Anda tutup. Sekarang Anda kembali bertanya ke bot."
HANDOFF_NOTHING_TO_END = "Anda tidak sedang terhubung dengan petugas."
HANDOFF_STATUS_NONE = (
    "Anda belum punya kasus dengan petugas. Ketik /petugas untuk bicara dengan petugas."
)
HANDOFF_STATUS_OPEN = "Kasus {number}: terbuka sejak {opened}. {replied}"
HANDOFF_STATUS_REPLIED = "Petugas sudah membalas."
HANDOFF_STATUS_WAITING = "Petugas belum membalas; biasanya dibalas sebelum {when}."
HANDOFF_STATUS_CLOSED = "Kasus {number}: sudah ditutup ({outcome})."
# What each outcome means to the villager.
HANDOFF_OUTCOMES = {
    "answered": "pertanyaan Anda sudah dijawab",
    "police": "kasus Anda diteruskan ke polisi",
    "referred": "kasus Anda diteruskan ke BP3MI atau Dinas Tenaga Kerja (Disnaker)",
    "no_reply": "ditutup karena percakapan tidak berlanjut",
    "ended_by_villager": "ditutup oleh Anda",
    "deleted": "dihapus oleh Anda",
    "blocked": "bot diblokir",
    "unreachable": "petugas tidak bisa dihubungi",
    "expired": "melewati batas waktu penyimpanan",
    "idle": "ditutup otomatis karena lama tidak ada pesan",
}

# The officers' side: what the bot writes in the officers' chat.
OFFICERS_CASE_OPENED = (
    "Kasus {number}\n"
    "Kabupaten/kota: {district}\n"
    "Topik: {reason}\n"
    "Dibuka: {opened}; balasan diharapkan paling lambat {due}.\n"
    "Pertanyaan terakhir warga ke bot (sudah disamarkan):\n{recent}\n\n"
    '{how_to_reply} Balasan dikirim ke warga atas nama "{label}", tanpa nama Anda.\n'
    "Tutup kasus: /tutup dijawab | polisi | bp3mi | disnaker | warga_tidak_membalas"
)
OFFICERS_REPLY_IN_TOPIC = "Balas di topik ini."
OFFICERS_REPLY_TO_MESSAGE = "Balas (reply) pesan ini atau pesan warga di kasus ini."
OFFICERS_NO_RECENT = "(tidak ada)"
OFFICERS_DISTRICT_UNKNOWN = "tidak diketahui"
OFFICERS_REASONS = {
    "ask_human_agent": "minta bicara dengan petugas",
    "report_case": "lapor kasus",
    "emergency_help": "darurat",
    "menu": "minta bicara dengan petugas (menu)",
}
OFFICERS_PHONE = "Warga membagikan nomor HP-nya: {phone}"
OFFICERS_VILLAGER_EDITED = "✏️ (pesan diubah) Warga mengubah pesannya; ini versi barunya:"
OFFICERS_URGENT = (
    "⚠️ Pesan warga berikut berisi kata darurat. Bot sudah memberi warga nomor darurat."
)
OFFICERS_NO_REPLY = (
    "⏰ Kasus {number} belum dibalas dalam {minutes} menit jam kerja. Warga sudah diberi nomor "
    "darurat dan call center."
)
OFFICERS_CLOSED = (
    "Kasus {number} ditutup ({outcome}). Pesan kasus ini dihapus otomatis setelah {days} hari."
)
OFFICERS_CLOSED_BY_VILLAGER = (
    "Warga menutup kasus {number}. Pesan kasus ini dihapus otomatis setelah {days} hari."
)
OFFICERS_IDLE_CLOSED = (
    "Kasus {number} ditutup otomatis: {days} hari tanpa pesan dari warga maupun petugas. Warga "
    "sudah diberi tahu cara menghubungi petugas lagi. Pesan kasus ini dihapus otomatis setelah "
    "{keep_days} hari."
)
OFFICERS_EXPIRED_CLOSED = (
    "Kasus {number} ditutup: sudah mencapai batas waktu penyimpanan data. Warga sudah diberi "
    "tahu cara menghubungi petugas lagi. Pesan kasus ini dihapus otomatis setelah {keep_days} "
    "hari."
)
OFFICERS_BLOCKED = "Warga memblokir bot: pesan tidak terkirim, kasus {number} ditutup."
OFFICERS_CLOSE_HOW = (
    "Tulis hasilnya: /tutup dijawab, /tutup polisi, /tutup bp3mi, /tutup disnaker atau "
    "/tutup warga_tidak_membalas"
)
OFFICERS_NOT_IN_A_CASE = (
    "Perintah ini hanya berlaku di topik kasus (atau sebagai balasan pesan kasus)."
)
OFFICERS_CASE_CLOSED = "Kasus {number} sudah ditutup; pesan ini tidak dikirim ke warga."
OFFICERS_NOT_RELAYED = (
    "Stiker, polling, lokasi dan sejenisnya tidak diteruskan ke warga. Kirim teks, foto, "
    "dokumen, video atau pesan suara."
)
OFFICERS_FORWARD_NOT_RELAYED = (
    "Pesan terusan (forward) tidak dikirim ke warga: isinya tulisan orang lain dan bisa memuat "
    "nama mereka. Kalau perlu, salin isinya dan kirim sebagai pesan baru."
)
OFFICERS_EDIT_NOT_RELAYED = (
    "Perubahan pesan tidak dikirim ke warga (warga sudah menerima versi pertama). Kirim pesan "
    "baru untuk koreksi."
)
OFFICERS_NOT_DELIVERED = (
    "Pesan ini belum sampai ke warga: Telegram menolaknya atau tidak menjawab. Coba kirim lagi."
)
OFFICERS_ANONYMOUS = (
    "Pesan ini tidak dikirim ke warga: Anda menulis sebagai admin anonim (atau atas nama "
    'channel). Matikan "Tetap anonim" (Remain anonymous) di hak admin Anda, atau pilih menulis '
    "atas nama akun Anda sendiri, lalu kirim lagi."
)
OFFICERS_NOT_HANDLED = (
    "⚠️ Ada gangguan di bot: pesan atau perintah ini mungkin belum sampai ke warga. Coba kirim "
    "lagi sebentar lagi."
)
OFFICERS_OPEN_CASES = "Kasus terbuka: {count}\n{lines}"
