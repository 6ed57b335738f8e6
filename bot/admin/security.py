"""What every console response must not allow: redirects off the console."""

from __future__ import annotations

from urllib.parse import urlsplit


def local_path(target: str | None, default: str) -> str:
    """`target` when it is a path on this console, else `default`: a form field must never send
    an admin to another site (an open redirect is a phishing link with our name on it)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return default
    # Browsers read "/\\host" as "//host" and drop tabs and line breaks before resolving a URL,
    # so "/\\t/host" is another site too.
    if "\\" in target or any(ch.isspace() or not ch.isprintable() for ch in target):
        return default
    parts = urlsplit(target)
    return default if parts.scheme or parts.netloc else target
