"""Loaders: put a built graph into a store that answers queries.

- :mod:`loaders.oxigraph`: the embedded SPARQL store (no server).
"""
