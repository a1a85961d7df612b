"""Citation styles: one module per style, each writing a :class:`~archcite.DocumentCitation`.

Each module registers its function with :func:`archcite.styles.citation_style`.
"""
