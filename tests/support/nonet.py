"""Make any attempt to use an inet socket fail loudly (the app must stay offline)."""

from __future__ import annotations

import socket

_INET = (socket.AF_INET, socket.AF_INET6)


class NetworkForbidden(RuntimeError):
    pass


def forbid_network() -> None:
    original = socket.socket

    class GuardedSocket(original):  # type: ignore[misc,valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            fam = socket.AF_INET if family == -1 else family
            if fam in _INET:
                raise NetworkForbidden(f"casefiles tests forbid network sockets (family {fam})")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket = GuardedSocket  # type: ignore[misc]

    def _refuse(*_a: object, **_k: object) -> None:
        raise NetworkForbidden("casefiles tests forbid network connections")

    socket.create_connection = _refuse  # type: ignore[assignment]
    socket.getaddrinfo = _refuse  # type: ignore[assignment]
