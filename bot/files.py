"""Fetching a file a user shared with the bot (``files.info``, then its private download URL)."""

from __future__ import annotations

import urllib.request
from urllib.parse import urlparse

from slack_sdk import WebClient

from bot.errors import BadArticle

MAX_FILE_BYTES = 1_000_000
_SLACK_FILE_HOSTS = (".slack.com", ".slack-edge.com", ".slack-gov.com")


def is_text_file(file: dict[str, object]) -> bool:
    """True for a plain-text upload (.txt, or Slack's ``text`` filetype)."""
    name = str(file.get("name") or "").lower()
    return name.endswith(".txt") or file.get("filetype") == "text" or file.get("mimetype") == "text/plain"


def _trusted(url: str, api_url: str) -> bool:
    # the bot token is sent along: only to Slack's own hosts (or the configured API host)
    parsed = urlparse(url)
    host = parsed.hostname or ""
    if host == urlparse(api_url).hostname:
        return parsed.scheme in ("https", "http")  # a configured API host (a proxy, a local stand-in in tests)
    return parsed.scheme == "https" and host.endswith(_SLACK_FILE_HOSTS)  # never the token in clear text


def download(client: WebClient, file_id: str, *, api_url: str, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, bytes]:
    """The name and bytes of a shared file; :class:`BadArticle` when it is not a text file or too big."""
    info = client.files_info(file=file_id)["file"]
    if not is_text_file(info):
        raise BadArticle(f"{info.get('name')} is not a .txt file")
    if int(info.get("size") or 0) > max_bytes:
        raise BadArticle(f"{info.get('name')} is larger than {max_bytes} bytes")
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not _trusted(url, api_url):
        raise BadArticle("the file's download address is not a Slack address")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    with urllib.request.urlopen(request, timeout=15) as resp:
        data = resp.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise BadArticle(f"{info.get('name')} is larger than {max_bytes} bytes")
    return str(info.get("name") or "article.txt"), data
