"""Load: decode bytes, compose YAML with positions, and turn it into plain data."""
