"""Claims: one number as first stated, and the figures that report, dispute, revise or misreport it.

`link.py` joins the curated groupings (data/claims.csv, data/claim_reports.csv) to the figures at
build time; `suggest.py` proposes groupings (never applied silently); `store.py` reads and writes
the grouping files; `cli.py` is `python -m loaders claims suggest|accept|reject`.
"""
