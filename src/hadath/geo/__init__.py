"""Places: an offline Arabic gazetteer and a geocoder that says why it chose each place.

* :func:`geocode_text` finds place names in a text and resolves them (pure, on strings);
* :func:`geocode` is the JSON-ready form behind ``hadath geocode "TEXT"``;
* :class:`GeoStage` is the pipeline stage ``geocode``;
* :func:`load_gazetteer` loads the shipped gazetteer, :mod:`hadath.geo.build` rebuilds it.
"""

from hadath.geo.gazetteer import Gazetteer, Place, load_gazetteer, validate_places
from hadath.geo.geocode import (
    Candidate,
    NameHit,
    PlaceMatch,
    find_names,
    geocode,
    geocode_text,
    match_as_dict,
    resolve,
)
from hadath.geo.stage import GeoStage

__all__ = [
    "Candidate",
    "Gazetteer",
    "GeoStage",
    "NameHit",
    "Place",
    "PlaceMatch",
    "find_names",
    "geocode",
    "geocode_text",
    "load_gazetteer",
    "match_as_dict",
    "resolve",
    "validate_places",
]
