"""When a failed request may be sent again, and how long to wait first (pure, no I/O)."""

from __future__ import annotations

import random

import attrs
import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# A request extension that marks a POST as safe to send twice (an RPC that only reads).
IDEMPOTENT = "sandboxer.idempotent"
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# A request extension: the statuses this request is resent on, instead of RETRY_STATUSES (a
# long poll whose 408 means "not yet" is asked again by its caller, not resent here).
RETRY_ON = "sandboxer.retry_on"


@attrs.frozen
class RetryPolicy:
    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_cap: float = 60.0

    def may_resend(
        self, request: httpx.Request, *, status: int | None = None, exc: Exception | None = None
    ) -> bool:
        """Whether this failure allows sending the same request again.

        Idempotent methods retry on connection failures, timeouts and RETRY_STATUSES. Anything else
        (a create, an exec start) only when it certainly never reached the server: the connection was
        refused, or a 429 rejected it unprocessed.
        """
        if not _body_replayable(request):
            return False
        idempotent = request.method in IDEMPOTENT_METHODS or bool(request.extensions.get(IDEMPOTENT))
        if exc is not None:
            return isinstance(exc, httpx.ConnectError) or (
                idempotent and isinstance(exc, httpx.TransportError)
            )
        if idempotent:
            return status in request.extensions.get(RETRY_ON, RETRY_STATUSES)
        return status == 429

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds before retry number `attempt` (1-based); None when the server asks for too long."""
        if retry_after is not None:
            return None if retry_after > self.retry_after_cap else retry_after
        base = min(self.backoff_initial * 2.0 ** (attempt - 1), self.backoff_max)
        return base * (1 - 0.25 * random.random())


def _body_replayable(request: httpx.Request) -> bool:
    # A body given as bytes can be sent again; a generator-fed upload cannot.
    return isinstance(request.stream, httpx.ByteStream)
