"""Model: the typed records of a fact sheet, and their schema errors as problems."""
