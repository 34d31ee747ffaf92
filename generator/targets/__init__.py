"""Targets: what binds the language-neutral model to one language (today: Python)."""
