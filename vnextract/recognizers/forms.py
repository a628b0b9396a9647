"""Written forms that more than one stage reads the same way.

- An index's edition told by its acronym (`PAPI 2023`, `l'indice (DTI) 2023`): the date
  recognizer takes the four digits for a year, the quantity recognizer for no count.
- A thousands dot a scraper spaced (`33 .000`, `47. 937 téléchargements`): the quantity
  recognizer reads one figure, the sentence splitter ends no sentence there.
"""

from __future__ import annotations

import re

#: An acronym in brackets (`(DTI)`).
_BRACKETED_ACRONYM = r"\(\s*[A-Z][A-Za-z-]{1,11}\s*\)"
#: An acronym in brackets right before a position (`(DTI) `).
BRACKETED_ACRONYM_BEFORE = re.compile(rf"{_BRACKETED_ACRONYM}\s+\Z")
#: An acronym, bare or in brackets, right before a position (`(DTI) `, `PAPI `).
ACRONYM_BEFORE = re.compile(rf"(?<![\w-])(?:{_BRACKETED_ACRONYM}|[A-Z]{{2,12}})\s+\Z")

#: A thousands dot with a stray space on one side, then a word in lower case (`33 .000`,
#: `47. 937 téléchargements`); a word must follow: `niveau 4. 100 % des services` is a
#: sentence's end, then a share.
SPACED_THOUSANDS_DOT = r"\d{1,3}(?: \.|\. )\d{3}(?=[ \u00a0]+[a-zà-öø-ÿœ])"
