"""Real telegram.Update objects for tests, serialised the way the Bot API sends them; and a
new user (and group) for each test, so that no test shares a conversation with another."""

from __future__ import annotations

from datetime import datetime, timezone
from itertools import count
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    Contact,
    Document,
    ForumTopicCreated,
    Message,
    MessageAutoDeleteTimerChanged,
    MessageEntity,
    MessageOriginHiddenUser,
    PhotoSize,
    Sticker,
    Update,
    User,
)

from testkit.fake_telegram import BOT_USER

_message_ids = count(1)
# Far from VILLAGER's and OTHER_VILLAGER's ids, and from the benchmark's users.
_user_ids = count(600_000_001)
_group_ids = count(-100_200_000_001, -1)

VILLAGER = User(
    id=987654321,
    first_name="Siti",
    last_name="Aminah",
    is_bot=False,
    username="siti_plg_88",
    language_code="id",
)
OTHER_VILLAGER = User(id=912345678, first_name="Budi", is_bot=False, username="budi_oki")


def new_user(first_name: str = "Uji", **fields: Any) -> User:
    """A villager no other test has used: their own pseudonym, conversation and chat."""
    return User(
        id=next(_user_ids), first_name=first_name, is_bot=False, language_code="id", **fields
    )


def new_message(*, message_id: int | None = None, **fields: Any) -> Message:
    """A Message with the next id (or the one given) and the current time; the fields say the
    rest."""
    return Message(
        message_id=message_id or next(_message_ids), date=datetime.now(timezone.utc), **fields
    )


def private_chat(user: User = VILLAGER) -> Chat:
    return Chat(id=user.id, type=Chat.PRIVATE, first_name=user.first_name, username=user.username)


def text_update(
    text: str,
    *,
    user: User = VILLAGER,
    chat: Chat | None = None,
    entities: list[MessageEntity] | None = None,
    edited: bool = False,
) -> dict[str, Any]:
    """A text message (or an edited one) from the villager."""
    message = new_message(
        chat=chat or private_chat(user),
        from_user=user,
        text=text,
        entities=entities or None,
        edit_date=datetime.now(timezone.utc) if edited else None,
    )
    update = (
        Update(update_id=0, edited_message=message)
        if edited
        else Update(update_id=0, message=message)
    )
    return without_id(update)


def command_update(command: str, *, user: User = VILLAGER) -> dict[str, Any]:
    """A /command, with the bot_command entity Telegram adds."""
    name_length = len(command.split()[0])
    return text_update(
        command,
        user=user,
        entities=[MessageEntity(type=MessageEntity.BOT_COMMAND, offset=0, length=name_length)],
    )


def sticker_update(*, user: User = VILLAGER, chat: Chat | None = None) -> dict[str, Any]:
    sticker = Sticker(
        file_id="CAACAgIAAx",
        file_unique_id="AgADxx",
        width=512,
        height=512,
        is_animated=False,
        is_video=False,
        type=Sticker.REGULAR,
    )
    message = new_message(
        chat=chat or private_chat(user),
        from_user=user,
        sticker=sticker,
    )
    return without_id(Update(update_id=0, message=message))


def button_press(
    payload: str, *, user: User = VILLAGER, message_id: int | None = None, chat: Chat | None = None
) -> dict[str, Any]:
    """A press on an inline button under a message the bot sent earlier (that message's id,
    when the test knows it), in the private chat unless another is given."""
    bot_message = new_message(
        message_id=message_id,
        chat=chat or private_chat(user),
        text="Pilih topik",
    )
    query = CallbackQuery(
        id=str(next(_message_ids)),
        from_user=user,
        chat_instance="42",
        message=bot_message,
        data=payload,
    )
    return without_id(Update(update_id=0, callback_query=query))


def without_id(update: Update) -> dict[str, Any]:
    data = update.to_dict()
    data.pop("update_id", None)
    return data


GROUP_CHAT_ID = -100123456789


def group_chat(chat_id: int = GROUP_CHAT_ID) -> Chat:
    return Chat(id=chat_id, type=Chat.SUPERGROUP, title="Sosialisasi Desa Pematang")


def new_group_chat() -> Chat:
    """A group no other test has used."""
    return group_chat(next(_group_ids))


def group_text_update(
    text: str, *, user: User = VILLAGER, reply_to_bot: bool = False, chat: Chat | None = None
) -> dict[str, Any]:
    """A message in a group chat (the usual one unless given), optionally a reply to one of the
    bot's messages."""
    chat = chat or group_chat()
    replied = None
    if reply_to_bot:
        replied = new_message(
            chat=chat,
            from_user=User(**BOT_USER),
            text="Halo, selamat datang!",
        )
    message = new_message(
        chat=chat,
        from_user=user,
        text=text,
        reply_to_message=replied,
    )
    return without_id(Update(update_id=0, message=message))


def forwarded_update(text: str, *, user: User = VILLAGER) -> dict[str, Any]:
    """A message forwarded from someone else (for example a job advert)."""
    message = new_message(
        chat=private_chat(user),
        from_user=user,
        text=text,
        forward_origin=MessageOriginHiddenUser(
            date=datetime.now(timezone.utc), sender_user_name="Agen Kerja"
        ),
    )
    return without_id(Update(update_id=0, message=message))


def channel_post_update(text: str, *, edited: bool = False) -> dict[str, Any]:
    """A post in a channel the bot was added to."""
    chat = Chat(id=-1009988776655, type=Chat.CHANNEL, title="Info Lowongan")
    message = new_message(
        chat=chat,
        text=text,
        edit_date=datetime.now(timezone.utc) if edited else None,
    )
    if edited:
        return without_id(Update(update_id=0, edited_channel_post=message))
    return without_id(Update(update_id=0, channel_post=message))


def group_reply_to_other_update(
    text: str, *, user: User = VILLAGER, chat: Chat | None = None
) -> dict[str, Any]:
    """In a group, a reply to another member (not to the bot)."""
    chat = chat or group_chat()
    other = new_message(
        chat=chat,
        from_user=OTHER_VILLAGER,
        text="kerja di malaysia enak",
    )
    message = new_message(
        chat=chat,
        from_user=user,
        text=text,
        reply_to_message=other,
    )
    return without_id(Update(update_id=0, message=message))


def group_sticker_update(*, user: User = VILLAGER, chat: Chat | None = None) -> dict[str, Any]:
    return sticker_update(user=user, chat=chat or group_chat())


# ---------------------------------------------------------------- the hand-off's officers' chat
OFFICERS_CHAT_ID = -100_777_000_001
OFFICER = User(
    id=555_000_001, first_name="Rudi", last_name="Petugas", is_bot=False, username="rudi_bp3mi"
)
SECOND_OFFICER = User(id=555_000_002, first_name="Wati", is_bot=False, username="wati_disnaker")
STRANGER = User(id=666_000_001, first_name="Calo", is_bot=False, username="agen_cepat")
# Who Telegram names as the sender of an anonymous admin's message (sender_chat is the group).
GROUP_ANONYMOUS_BOT = User(
    id=1087968824, first_name="Group", is_bot=True, username="GroupAnonymousBot"
)


def officers_chat(chat_id: int = OFFICERS_CHAT_ID, *, forum: bool = True) -> Chat:
    """The officers' private supergroup (with topics on, unless forum=False)."""
    return Chat(
        id=chat_id, type=Chat.SUPERGROUP, title="Petugas BP3MI Sumsel", is_forum=forum or None
    )


def officer_update(
    text: str | None = None,
    *,
    officer: User = OFFICER,
    chat: Chat | None = None,
    thread_id: int | None = None,
    reply_to_message_id: int | None = None,
    edited: bool = False,
    photo: bool = False,
    sticker: bool = False,
    caption: str | None = None,
    topic_by: User | None = None,
    anonymous: bool = False,
    forwarded: bool = False,
) -> dict[str, Any]:
    """A message in the officers' chat as Telegram sends it: inside a topic it carries the
    thread id and, unless it replies to a message, replies to the topic's first message (made
    by the bot, unless topic_by says who). Anonymous: written by an admin with "Remain
    anonymous" on. Forwarded: from someone outside the chat."""
    chat = chat or officers_chat()
    if anonymous:
        officer = GROUP_ANONYMOUS_BOT
    replied = None
    if reply_to_message_id is not None:
        replied = new_message(
            message_id=reply_to_message_id, chat=chat, from_user=User(**BOT_USER), text="…"
        )
    elif thread_id is not None:
        replied = new_message(
            message_id=thread_id,
            chat=chat,
            from_user=topic_by or User(**BOT_USER),
            forum_topic_created=ForumTopicCreated(name="K", icon_color=7322096),
            message_thread_id=thread_id,
            is_topic_message=True,
        )
    fields: dict[str, Any] = {}
    if photo:
        fields["photo"] = [
            PhotoSize(file_id="AgACPhoto", file_unique_id="AQADp", width=90, height=90)
        ]
        fields["caption"] = caption
    elif sticker:
        fields["sticker"] = Sticker(
            file_id="CAACSticker",
            file_unique_id="AgADs",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            type=Sticker.REGULAR,
        )
    else:
        fields["text"] = text
    message = new_message(
        chat=chat,
        from_user=officer,
        reply_to_message=replied,
        message_thread_id=thread_id,
        is_topic_message=True if thread_id is not None else None,
        edit_date=datetime.now(timezone.utc) if edited else None,
        sender_chat=chat if anonymous else None,
        forward_origin=(
            MessageOriginHiddenUser(date=datetime.now(timezone.utc), sender_user_name="Agen Kerja")
            if forwarded
            else None
        ),
        **fields,
    )
    update = (
        Update(update_id=0, edited_message=message)
        if edited
        else Update(update_id=0, message=message)
    )
    return without_id(update)


def contact_update(
    *, user: User = VILLAGER, phone: str = "+6281234567890", own: bool = True
) -> dict[str, Any]:
    """A contact shared in the private chat: the villager's own (Telegram's contact button), or
    someone else's card."""
    contact = Contact(
        phone_number=phone,
        first_name=user.first_name if own else "Agen",
        user_id=user.id if own else None,
    )
    message = new_message(chat=private_chat(user), from_user=user, contact=contact)
    return without_id(Update(update_id=0, message=message))


def document_update(*, user: User = VILLAGER, caption: str | None = None) -> dict[str, Any]:
    """A file sent in the private chat (a contract, a job advert)."""
    document = Document(file_id="BQACDoc", file_unique_id="AgADd", file_name="kontrak.pdf")
    message = new_message(
        chat=private_chat(user), from_user=user, document=document, caption=caption
    )
    return without_id(Update(update_id=0, message=message))


def auto_delete_timer_update(*, user: User = VILLAGER, seconds: int = 86_400) -> dict[str, Any]:
    """Telegram's service message when the villager turns on auto-delete in the chat (as the bot
    advises after "Hapus jejak"): nothing anyone wrote."""
    message = new_message(
        chat=private_chat(user),
        from_user=user,
        message_auto_delete_timer_changed=MessageAutoDeleteTimerChanged(seconds),
    )
    return without_id(Update(update_id=0, message=message))
