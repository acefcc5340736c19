"""French as the sources write it, read without I/O: numbers, amounts, dates, and text keys.

Used by both flows: the curated build (`raw` amounts, ISO dates) and the article flow
(quantities and dates found in running text).
"""
