"""The plugin's former module name, kept so that an installation made before the adapter moved to
:mod:`vanban.mkdocs` (whose ``mkdocs.plugins`` entry point still names ``vanban.plugin``) keeps
building until it is reinstalled (``pip install -e .``). Nothing else lives here."""

from .mkdocs.plugin import VanbanPlugin

__all__ = ["VanbanPlugin"]
