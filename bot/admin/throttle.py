"""Failed console logins: which address may try a username again, and when."""

from __future__ import annotations

import ipaddress
import time
from collections import deque
from collections.abc import Callable

# Beyond this many keys, those with no failure left in the window are dropped, so a flood of
# made-up usernames cannot grow the throttle without end.
MAX_KEYS = 10_000


NAT64 = ipaddress.ip_network("64:ff9b::/96")


def address_key(address: str) -> str:
    """The client as the throttle counts it: an IPv6 host owns its whole /64, so it counts once."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)  # an IPv4 client as a dual-stack proxy passes it on
    if ip.version == 6 and ip in NAT64:
        return str(ip)  # every IPv4 client behind NAT64 shares one /64: count each address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def username_key(username: str) -> str:
    return username.strip().casefold()[:64]


class LoginThrottle:
    """Failed logins counted per (address, username) and per username, in a sliding window.

    Either key alone fails the admin. Per address only, a guesser with many addresses guesses
    on; per username only, anyone can lock the admin out by failing on purpose. So an address
    is refused a username after `per_address` failures of its own, which stops one guesser and
    touches no other address. Once the username has `per_username` failures from all addresses
    together (a guesser with many addresses), every address that has failed for it at all is
    refused as well until the window has passed. An address that has not failed, such as the
    admin's own, still has its password checked: the right password gets in whatever happens
    elsewhere. The price is that a guesser with N addresses gets about N guesses per window,
    which a 12-character password (required in production) makes hopeless.
    """

    def __init__(
        self,
        *,
        per_address: int = 5,
        per_username: int = 20,
        window_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_address = per_address
        self.per_username = per_username
        self.window_seconds = window_seconds
        self._clock = clock
        self._by_pair: dict[tuple[str, str], deque[float]] = {}
        self._by_username: dict[str, deque[float]] = {}

    def _recent(self, failures: dict, key) -> int:
        """How many failures under this key are still in the window (older ones are forgotten)."""
        times = failures.get(key)
        if times is None:
            return 0
        while times and self._clock() - times[0] > self.window_seconds:
            times.popleft()
        if not times:
            del failures[key]
        return len(times)

    def refuses(self, address: str, username: str) -> bool:
        """True when this address may not try this username now (its password is not checked)."""
        pair = (address_key(address), username_key(username))
        own = self._recent(self._by_pair, pair)
        if own >= self.per_address:
            return True
        return own > 0 and self._recent(self._by_username, pair[1]) >= self.per_username

    def record_failure(self, address: str, username: str) -> None:
        pair = (address_key(address), username_key(username))
        now = self._clock()
        for failures, key in ((self._by_pair, pair), (self._by_username, pair[1])):
            if len(failures) >= MAX_KEYS:
                for stale in list(failures):
                    self._recent(failures, stale)
            failures.setdefault(key, deque()).append(now)

    def record_success(self, address: str, username: str) -> None:
        """Forget the address's own failures; the username's stay, as an attack may go on."""
        self._by_pair.pop((address_key(address), username_key(username)), None)
