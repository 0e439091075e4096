"""The source library: sources at the scale of a desk, and the index that finds them."""
