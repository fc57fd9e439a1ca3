"""Event coding: CAMEO and PLOVER events from Arabic sentences (see docs/events.md)."""
