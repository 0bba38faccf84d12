"""factsheet: curated, sourced YAML facts to a bilingual Arabic/English static site.

Only ``factsheet.plugin`` imports MkDocs, Material or Jinja2 (tests/test_architecture.py).
"""

__version__ = "0.1.0"
