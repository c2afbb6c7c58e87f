"""Articles, segmentation, claims, search and the store: no Slack, no LLM here."""
