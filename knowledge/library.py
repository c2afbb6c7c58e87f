"""The library: ingest articles, find them again, and hand out their derived data.

Ingest runs every deriver (claims ledger, search index …) once and stores the
results with the article in one transaction.  Articles loaded ad hoc from a
path are derived on the fly and kept in a small in-memory cache.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from knowledge.article import Article, content_id, decode_text, read_text
from knowledge.errors import ArticleNotFound
from knowledge.segment import build_article
from knowledge.store import Store

Deriver = Callable[[Article], bytes]
SHIPPED_ARTICLE = "000_25f08eec451703b6.txt"
_ADHOC_CACHE = 32


def shipped_text() -> str:
    """The article that ships with the package (the default when the store is empty)."""
    return decode_text(resources.files("knowledge").joinpath("articles", SHIPPED_ARTICLE).read_bytes(), SHIPPED_ARTICLE)


def _looks_like_path(ref: str) -> bool:
    """True when an article reference names a file rather than a stored id."""
    path = Path(ref)
    return path.exists() or "/" in ref or "\\" in ref or bool(path.suffix)


def content_hash(text: str) -> str:
    """SHA-256 of the article text: duplicates are skipped by it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prepare_article(
    text: str, derivers: Mapping[str, Deriver], *, title: str | None = None, source: str | None = None, published: str | None = None
) -> tuple[Article, dict[str, bytes]]:
    """Segment an article and run ``derivers`` on it: ``Library.prepare``, also run by ingest worker processes."""
    article = build_article(
        text,
        title=title,
        source=source,
        published=published,
        ingested_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )
    if len(derivers) < 2:
        return article, {kind: derive(article) for kind, derive in derivers.items()}
    # side by side: the e5 engine runs in C without the GIL while the claims ledger runs in Python
    with ThreadPoolExecutor(max_workers=len(derivers), thread_name_prefix="derive") as pool:
        running = {kind: pool.submit(derive, article) for kind, derive in derivers.items()}
        return article, {kind: future.result() for kind, future in running.items()}


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: the article, and whether it was new."""

    article: Article
    created: bool


class Library:
    """Articles in the store, plus ad-hoc ones from files, with their derived data."""

    def __init__(self, store: Store, derivers: Mapping[str, Deriver] | None = None, versions: Mapping[str, int] | None = None) -> None:
        self.store = store
        from knowledge.derive import DERIVERS, VERSIONS

        self.derivers = dict(DERIVERS if derivers is None else derivers)
        # a deriver's version is part of the key its blob is stored under, so a
        # new version is derived afresh (lazily) instead of serving stale data
        self.versions = dict(VERSIONS if versions is None else versions)
        self._adhoc: OrderedDict[str, tuple[Article, dict[str, bytes]]] = OrderedDict()
        self._articles: OrderedDict[str, Article] = OrderedDict()
        # called with each newly stored article, after the store write (e.g. the archive index)
        self.on_ingest: list[Callable[[Article], object]] = []

    # -- ingest -------------------------------------------------------------

    def prepare(
        self, text: str, *, title: str | None = None, source: str | None = None, published: str | None = None
    ) -> tuple[Article, dict[str, bytes]]:
        """Segment an article and run every deriver on it (no store write)."""
        return prepare_article(text, self.derivers, title=title, source=source, published=published)

    def ingest_text(self, text: str, *, title: str | None = None, source: str | None = None, published: str | None = None) -> IngestResult:
        """Store an article given as text; a text already held is not stored twice."""
        digest = content_hash(text)
        held = self.store.has_hash(digest)
        if held:
            return IngestResult(self.article(held), created=False)
        article, derived = self.prepare(text, title=title, source=source, published=published)
        return self.ingest_prepared(digest, article, derived)

    def ingest_prepared(self, digest: str, article: Article, derived: Mapping[str, bytes]) -> IngestResult:
        """Store an article that ``prepare`` made (perhaps in another process), then run the ingest hooks."""
        created = self.store.add(article, digest, {self.storage_key(kind): data for kind, data in derived.items()})
        if created:
            for hook in self.on_ingest:
                hook(article)
        return IngestResult(article if created else self.article(self.store.has_hash(digest) or article.id), created)

    def ingest_file(self, path: str | Path, **meta: str | None) -> IngestResult:
        """Store the article in a UTF-8 text file."""
        return self.ingest_text(read_text(path), **meta)

    def ensure_shipped(self) -> str:
        """Ingest the shipped article if the store is empty; the id of the default article."""
        latest = self.store.latest_id()
        if latest:
            return latest
        return self.ingest_text(shipped_text()).article.id

    # -- lookup -------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """A stored article by id (or unique prefix), or an ad-hoc one loaded earlier."""
        if article_id in self._adhoc:
            return self._adhoc[article_id][0]
        if article_id in self._articles:
            return self._articles[article_id]
        article = self.store.get(article_id)
        self._articles[article_id] = article
        if len(self._articles) > 256:
            self._articles.popitem(last=False)
        return article

    def resolve(self, ref: str | None = None, *, channel_id: str | None = None) -> Article:
        """The article a question is about: an id, a file path, the channel's, or the latest."""
        if ref:
            try:
                return self.article(ref)
            except ArticleNotFound:
                if not _looks_like_path(ref):
                    raise
            return self.load_path(ref)  # a missing or unreadable file says so
        if channel_id:
            bound = self.store.channel_article(channel_id)
            if bound:
                return self.article(bound)
        return self.article(self.ensure_shipped())

    def load_path(self, path: str | Path) -> Article:
        """Load an article from a file without storing it (derived data kept in memory)."""
        text = read_text(path)
        key = content_id(text)
        if key in self._adhoc:
            self._adhoc.move_to_end(key)
            return self._adhoc[key][0]
        article, derived = self.prepare(text)
        self._adhoc[key] = (article, dict(derived))
        if len(self._adhoc) > _ADHOC_CACHE:
            self._adhoc.popitem(last=False)
        return article

    def derived(self, article: Article, kind: str) -> bytes:
        """A derived blob of an article: stored, cached, or computed now (and stored)."""
        if article.id in self._adhoc:
            blobs = self._adhoc[article.id][1]
            if kind not in blobs:
                blobs[kind] = self.derivers[kind](article)
            return blobs[kind]
        key = self.storage_key(kind)
        data = self.store.derived(article.id, key)
        if data is None:
            # stored before this deriver (or this version of it) existed: derive once, keep it
            data = self.derivers[kind](article)
            self.store.put_derived(article.id, key, data)
        return data

    def storage_key(self, kind: str) -> str:
        """The name a derived blob is stored under: its kind and the deriver's version."""
        version = self.versions.get(kind)
        return f"{kind}.v{version}" if version else kind
