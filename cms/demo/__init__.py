"""Demo content for ProXLab: fictional partners, offers, challenges and articles in German.

``seed_demo`` calls :func:`seed`; the data lives in ``content/``, the page building in
``builder``, the generated pictures in ``images``.
"""

from .builder import SeedReport, seed

__all__ = ["SeedReport", "seed"]
