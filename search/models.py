"""Site search keeps no tables of its own; this module lets it receive `post_migrate` (see indexes.py)."""
