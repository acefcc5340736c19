"""The article flow: read a document, find its quantities, dates, actors and themes, and add them
to data/ as candidate rows (the `extract` and `ingest` commands, and the Import page's pipeline).

documents (files, uploads, pasted text) -> quantities (money, shares, counts, dates; French
parsing from loaders.french) + actors (spaCy NER, acronyms) + themes (keyword lexicon) ->
extract (per document, in processes) -> output (jsonl, table) | ingest (candidate rows);
scoring and gold measure how well quantities are read; cli declares the commands.
"""
