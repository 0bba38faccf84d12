"""factsheet: curated, sourced YAML facts to a bilingual Arabic/English static site.

The core (this package minus ``mkdocs_plugin``) never imports MkDocs.
"""

__version__ = "0.1.0"
