"""Demo content for ProXLab: fictional partners, offers, challenges and articles, in German with
the English beside it.

``seed_demo`` calls :func:`seed`, then :func:`translation.translate_demo`. The records live in
``content/`` (their shapes in ``specs``), the fields of each page in ``text``, the page building
in ``builder``, the English through wagtail-localize in ``translation``, the generated pictures in
``images``.
"""

from .builder import SeedReport, seed

__all__ = ["SeedReport", "seed"]
