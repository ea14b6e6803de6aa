"""The MkDocs adapter: the only package of vanban that imports MkDocs.

:mod:`.plugin` maps the core's site model onto MkDocs' events (its options: :mod:`.config`),
:mod:`.templating` gives the Jinja environment our filters and escaping, :mod:`.render_pool` renders
pages in forked workers with MkDocs' own page steps, and :mod:`.build_all` runs one MkDocs build per
ward site.
"""
