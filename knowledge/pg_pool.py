"""A PostgreSQL connection pool for one of our stores: its tables created first, under an advisory lock."""

from __future__ import annotations

import psycopg
from psycopg_pool import ConnectionPool

from knowledge.errors import StoreError
from knowledge.store import hide_password


def open_pool(
    url: str, schema: str, lock: int, *, what: str, max_connections: int, connect_timeout_s: int = 10, name: str | None = None
) -> ConnectionPool:
    """Create ``schema``'s tables (under advisory ``lock``), then a pool of autocommit connections.

    One direct connection comes first: it fails fast, with the server's own
    reason, as a :class:`StoreError` naming ``what`` could not be opened.
    Pooled connections are checked before use, so a server restart costs one
    reconnect, not a failed request.
    """
    try:
        with psycopg.connect(url, connect_timeout=connect_timeout_s) as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            conn.execute(schema)
    except (psycopg.Error, OSError) as exc:
        raise StoreError(f"cannot open {what} at {hide_password(url)}: {exc}; check DATABASE_URL") from None
    return ConnectionPool(
        url,
        min_size=1,
        max_size=max_connections,
        timeout=30.0,
        kwargs={"connect_timeout": connect_timeout_s, "autocommit": True},
        check=ConnectionPool.check_connection,
        name=name,
        open=True,
    )
