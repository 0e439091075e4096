"""Renderers: each reads only the document model (briefgen.model)."""
