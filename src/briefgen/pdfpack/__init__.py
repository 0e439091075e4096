"""Low-level PDF and ZIP machinery behind the pack writer, walled off from the renderers."""
