"""Reference styles: one module per style, each writing an :class:`~archcite.ArchivalReference`.

Each module describes its style with a :class:`~._layout.ReferenceLayout` and registers
a function with :func:`archcite.styles.reference_style`.
"""
