"""The flood limit, the same in memory and in Redis (the real one on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import yaml

from bot.flood import InMemoryFloodGuard, RedisFloodGuard, Verdict
from bot.settings import PROJECT_ROOT, Settings
from bot.shared_state import SharedRedis, connect_redis
from testkit.databases import TEST_REDIS_URL
from testkit.fixtures import redis_needed

WINDOW = 0.4


@pytest.fixture(params=["memory", "redis"])
async def make_guard(request):
    """A factory of flood guards of one kind; Redis keys under a prefix of this test only."""
    if request.param == "memory":
        yield lambda max_messages: InMemoryFloodGuard(max_messages, WINDOW)
        return
    redis_needed()
    shared = SharedRedis(connect_redis(TEST_REDIS_URL), key_prefix=f"pmi-test-{uuid.uuid4().hex}:")
    yield lambda max_messages: RedisFloodGuard(shared, max_messages, WINDOW)
    keys = [key async for key in shared.redis.scan_iter(shared.key("*"))]
    if keys:
        await shared.redis.delete(*keys)
    await shared.aclose()


async def verdicts(guard, user: str, count: int) -> list[Verdict]:
    return [await guard.check(user) for _ in range(count)]


async def test_one_warning_per_flood_then_silence_until_the_window_has_passed(make_guard):
    guard = make_guard(3)
    allow, warn, drop = Verdict.ALLOW, Verdict.WARN, Verdict.DROP

    assert await verdicts(guard, "a" * 64, 6) == [allow, allow, allow, warn, drop, drop]
    assert await verdicts(guard, "b" * 64, 1) == [allow]  # another user is not affected
    await asyncio.sleep(WINDOW + 0.1)
    # A new window, and a new flood gets its own warning.
    assert await verdicts(guard, "a" * 64, 5) == [allow, allow, allow, warn, drop]


async def test_a_window_slides_rather_than_restarting(make_guard):
    guard = make_guard(2)
    user = "c" * 64

    assert await guard.check(user) is Verdict.ALLOW
    await asyncio.sleep(WINDOW * 0.6)
    assert await guard.check(user) is Verdict.ALLOW
    await asyncio.sleep(WINDOW * 0.6)
    # The first message left the window, the second is still in it: one more, not two.
    assert await verdicts(guard, user, 2) == [Verdict.ALLOW, Verdict.WARN]


async def test_two_guards_on_one_redis_count_together():
    redis_needed()
    shared = SharedRedis(connect_redis(TEST_REDIS_URL), key_prefix=f"pmi-test-{uuid.uuid4().hex}:")
    replicas = [RedisFloodGuard(shared, 4, 60), RedisFloodGuard(shared, 4, 60)]
    try:
        results = await asyncio.gather(*(replicas[n % 2].check("d" * 64) for n in range(8)))
        assert sorted(v.value for v in results) == ["allow"] * 4 + ["drop"] * 3 + ["warn"]
    finally:
        await shared.redis.delete(
            shared.key("flood", "d" * 64), shared.key("flood-warned", "d" * 64)
        )
        await shared.aclose()


async def test_a_whole_job_offer_check_tapped_quickly_is_never_flood_limited():
    """A question, the checker started, each of its questions answered (one tap each, all
    within the window), the verdict, then two questions more: every one answered on the
    default limit (a review found the verdict swallowed at 12)."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    questions = [name for name in domain["responses"] if name.startswith("utter_ask_offer_")]
    assert len(questions) >= 11
    defaults = Settings.model_fields
    guard = InMemoryFloodGuard(
        defaults["flood_max_messages"].default, defaults["flood_window_seconds"].default
    )
    messages = 1 + 1 + len(questions) + 2
    assert await verdicts(guard, "d" * 64, messages) == [Verdict.ALLOW] * messages
