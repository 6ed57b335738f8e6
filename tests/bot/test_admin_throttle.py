"""The login throttle: one guesser is stopped, many are slowed, the admin is never locked out."""

from bot.admin.throttle import LoginThrottle, address_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fail(throttle: LoginThrottle, address: str, times: int, username: str = "petugas") -> None:
    for _ in range(times):
        assert not throttle.refuses(address, username)
        throttle.record_failure(address, username)


def test_one_address_is_stopped_after_five_failures_and_no_other_address_is():
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    fail(throttle, "203.0.113.7", 5)

    assert throttle.refuses("203.0.113.7", "petugas")
    assert throttle.refuses("203.0.113.7", " PETUGAS ")  # the same username, written otherwise
    assert not throttle.refuses("198.51.100.2", "petugas")  # the admin elsewhere still gets in
    clock.now += 301
    assert not throttle.refuses("203.0.113.7", "petugas")


def test_many_addresses_guessing_one_username_get_one_guess_each_not_five():
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for n in range(4):
        fail(throttle, f"203.0.113.{n}", 5)  # 20 failures from four addresses

    fail(throttle, "203.0.113.50", 1)
    assert throttle.refuses("203.0.113.50", "petugas")  # failed once: out for the window
    assert not throttle.refuses("198.51.100.2", "petugas")  # never failed: password checked
    assert not throttle.refuses("203.0.113.50", "pengguna-lain")
    clock.now += 301
    assert not throttle.refuses("203.0.113.50", "petugas")


def test_a_success_forgets_only_the_address_own_failures():
    throttle = LoginThrottle(clock=Clock())
    fail(throttle, "198.51.100.2", 4)
    throttle.record_success("198.51.100.2", "petugas")
    fail(throttle, "198.51.100.2", 4)

    assert not throttle.refuses("198.51.100.2", "petugas")


def test_an_ipv6_host_counts_once_for_its_whole_64():
    throttle = LoginThrottle(clock=Clock())
    for n in range(5):
        fail(throttle, f"2001:db8:1:2::{n + 1:x}", 1)

    assert throttle.refuses("2001:db8:1:2:ffff::1", "petugas")
    assert not throttle.refuses("2001:db8:1:3::1", "petugas")
    assert address_key("203.0.113.7") == "203.0.113.7"


def test_ipv4_clients_behind_a_dual_stack_proxy_or_nat64_are_counted_one_by_one():
    assert address_key("::ffff:6.6.6.6") != address_key("::ffff:10.0.0.1")
    assert address_key("::ffff:6.6.6.6") == "6.6.6.6"
    assert address_key("64:ff9b::606:606") != address_key("64:ff9b::a00:1")
    assert address_key("2001:db8::1") == address_key("2001:db8::2")  # one IPv6 host's /64
