"""spaCy's NER run on the parts of a document where a name can be: fewer tokens, same entities.

The statistical NER is most of extraction's cost (its embedding and four convolution layers per
token, then a transition per token). A name in French press has a capital letter, or is one of
the actors our rulers already found (which may be lower case: "conseil européen"); the NER's
convolutions see four tokens on each side. So the NER reads only windows around those seeds:
`BEFORE` tokens before and `AFTER` after each capitalised word that is not a stop word ("Le",
"Selon", "Il" open sentences and name nothing), nor a word set aside as naming nothing (units and
the trade's abbreviations: "Md€", "MW", "PME", "IA"), nor a common word capitalised only because it
opens a sentence or a line ("Création de...", unless a kind of organisation: "Agence nationale..."),
nor inside a name the rulers already set (the
model does not relabel those; a window that reaches one takes it whole, preset). The windows are
cut out of the document into one smaller document, separated by a line break, with the rulers'
entities preset as in the whole document; what the NER labels there is put back on the document
at the tokens it came from. On the bench's documents the NER reads about a quarter of the tokens.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import IS_SPACE, IS_STOP, IS_UPPER, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

# Tokens kept before a seed, and after it: names run on in lower case ("Agence nationale de la
# sécurité..."). Four and eight kept the same actors as three and six bar 1 in 150 on the test corpus
# and press passages, for a fifth more tokens read.
BEFORE = 3
AFTER = 6
SEPARATOR = "\n"
OPENERS = (".", "!", "?", ":", "«", "“", '"', "-", "–", "—", "•", "*", "(", "...", "…")   # what a sentence or line opens after


@Language.factory("windowed_ner")
def make_windowed_ner(nlp: Language, name: str) -> "WindowedNER":
    return WindowedNER()


class WindowedNER:
    """A pipe wrapping the trained NER (`ner`, set by the loader after the model is loaded)."""

    def __init__(self, before: int = BEFORE, after: int = AFTER):
        self.ner = None
        self.before, self.after = before, after
        self._not_seeds = np.zeros(0, dtype=np.uint64)
        self.common_words_open = False
        self._vectors = None

    def set_seeds(self, vocab, not_seeds, heads) -> None:
        """Words that open no window, `not_seeds` ("Md€", "PME"): they name nothing; and those that
        open one even as a sentence's common first word, `heads`: "Commission nationale de...",
        "Agence nationale de..." name an organisation from their first word on."""
        self._not_seeds = np.array(sorted({vocab.strings.add(w) for w in not_seeds}), dtype=np.uint64)
        self._heads = np.array(sorted({vocab.strings.add(w) for w in heads}), dtype=np.uint64)
        self._vectors = vocab.vectors
        self._openers = np.array(sorted({vocab.strings.add(w) for w in OPENERS}), dtype=np.uint64)
        self.common_words_open = True

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 16):
        for batch in minibatch(docs, size=batch_size):
            cuts = [self.cut(doc) for doc in batch]
            for doc, (sub, at), labelled in zip(batch, cuts, self.ner.pipe([c[0] for c in cuts],
                                                                             batch_size=batch_size)):
                self.put_back(doc, labelled, at)
                yield doc

    def kept(self, doc: Doc) -> np.ndarray:
        """Which tokens the NER reads: the windows around the seeds, as a boolean array."""
        n = len(doc)
        if not n:
            return np.zeros(0, dtype=bool)
        attrs = doc.to_array([ORTH, LOWER, IS_STOP, IS_UPPER, SENT_START, IS_SPACE, IS_SPACE])
        capital = attrs[:, 0] != attrs[:, 1]
        # A capital, and not a stop word ("Le", "Selon"), unless in capitals: "SES" is no "ses"
        seeds = capital & ((attrs[:, 2] == 0) | (attrs[:, 3] == 1))
        if len(self._not_seeds):
            seeds &= ~np.isin(attrs[:, 0], self._not_seeds)
        if self.common_words_open:
            # A common word capitalised because it opens a sentence or a line ("Création", "Face",
            # "L’"), the next word in lower case, names nothing the rulers do not know.
            opening = attrs[:, 4] == 1
            opening[1:] |= np.isin(attrs[:-1, 0], self._openers) | (attrs[:-1, 6] == 1)
            next_lower = np.ones(n, dtype=bool)
            next_lower[:-1] = ~capital[1:]
            common = self._vectors.find(keys=attrs[:, 1].astype(np.uint64)) >= 0
            seeds &= ~(opening & next_lower & common & ~np.isin(attrs[:, 0], self._heads))
        for ent in doc.ents:   # a name the rulers know is not the model's to label: no window of its own
            seeds[ent.start:ent.end] = False
        # Each seed opens a window at i - before and closes it after i + after: a running count.
        where = np.flatnonzero(seeds)
        marks = np.zeros(n + 1, dtype=np.int32)
        np.add.at(marks, np.maximum(where - self.before, 0), 1)
        np.add.at(marks, np.minimum(where + self.after + 1, n), -1)
        keep = np.cumsum(marks)[:n] > 0
        for ent in doc.ents:   # a window that reaches a known name takes all of it (it is preset below)
            if keep[ent.start:ent.end].any():
                keep[ent.start:ent.end] = True
        return keep

    def cut(self, doc: Doc) -> tuple[Doc, np.ndarray]:
        """The smaller document and, for each of its tokens, the index of the token it copies (-1:
        a separator)."""
        keep = self.kept(doc)
        words, spaces, at = [], [], []
        previous = -2
        for i in np.flatnonzero(keep).tolist():
            if i != previous + 1 and words:
                words.append(SEPARATOR)
                spaces.append(False)
                at.append(-1)
            token = doc[i]
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            at.append(i)
            previous = i
        sub = Doc(doc.vocab, words=words, spaces=spaces)
        at = np.array(at, dtype=np.int64)
        if len(doc.ents):
            position = {i: k for k, i in enumerate(at.tolist()) if i >= 0}
            sub.set_ents([Span(sub, position[e.start], position[e.end - 1] + 1, label=e.label)
                          for e in doc.ents if e.start in position], default="unmodified")
        return sub, at

    @staticmethod
    def put_back(doc: Doc, labelled: Doc, at: np.ndarray) -> None:
        preset = {(e.start_char, e.end_char) for e in doc.ents}
        found = []
        for ent in labelled.ents:
            first, last = int(at[ent.start]), int(at[ent.end - 1])
            if first < 0 or last < 0 or last - first != ent.end - 1 - ent.start:
                continue   # across a separator: not a name of the document
            span = Span(doc, first, last + 1, label=ent.label)
            if (span.start_char, span.end_char) not in preset:
                found.append(span)
        if found:
            doc.set_ents(found, default="unmodified")
