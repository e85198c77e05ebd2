"""Shared helpers every stage may use: escaping per target language, safe file output."""
