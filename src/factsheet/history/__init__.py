"""The history of the facts: states of the project compared record by record (``diff``),
from git (``log``), in words (``words``) and as an Atom feed (``feed``). No MkDocs here."""
