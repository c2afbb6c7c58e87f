"""The App Home tab: the articles held, the active one, the speakers of each."""

from __future__ import annotations

from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.render_home import HomeEntry, home_view
from bot.services import Services
from handlers.edge import friendly_errors

MAX_ARTICLES = 30


def register(app: App, services: Services) -> None:
    """Attach the app_home_opened listener."""

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = str(event.get("user") or "")
        with friendly_errors(lambda text: None, user_id=user):
            infos = services.catalogue(MAX_ARTICLES)
            entries = [HomeEntry(info, services.speakers(services.article_for(info.id))) for info in infos]
            view = home_view(entries, services.active_article_id(), editor=services.is_editor(user))
            client.views_publish(user_id=user, view=view)
