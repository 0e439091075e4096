"""briefgen: bilingual briefing packs from Arabic news sources."""

__version__ = "0.1.0"
