"""The source library: articles taken in by `briefgen add`, stored for a desk's git repository.

`store` keeps them (sharded folders, a catalog line and a text file per source, originals
content-addressed); `intake` turns pages, PDFs, DOCX, feeds, dumps and URLs into articles.
"""
