"""vanban: publish Vietnamese directive documents as a cross-linked static portal.

The core (everything but the adapter package :mod:`vanban.mkdocs`) imports nothing from MkDocs,
so that it outlives the theme and the generator it is currently published with.
"""

__version__ = "0.1.0"

from . import regex_cache

regex_cache.install()  # before any module of the package compiles its patterns
