"""Who: resolving mentions of people, organizations, institutions and countries to coded actors.

* ``dictionary``: the packaged actor records (persons, organizations, metonyms), validated, with
  a name index and the role in force on a date;
* ``tables``: country names and nisba adjectives, and agent role nouns;
* ``finder``: proposals of actor mentions in a text (pure functions over tokens);
* ``stage``: ``ActorStage``, which writes the proposals onto a ``Document``'s entities.
"""

from hadath.resolve.dictionary import ActorDictionary, LookupMatch, RoleChoice, ValidationReport, validate

__all__ = ["ActorDictionary", "LookupMatch", "RoleChoice", "ValidationReport", "validate"]
