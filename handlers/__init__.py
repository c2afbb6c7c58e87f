"""Slack listeners (thin: parse, ack, call a bot service, render)."""
