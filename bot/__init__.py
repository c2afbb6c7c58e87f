"""The bot: configuration, wiring, answering, LLM and rendering."""
