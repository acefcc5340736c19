"""The NER reads only the windows where a name can be (loaders/articles/windowed_ner.py): about half
the tokens of press text, and the same actors as when it reads every token."""
from __future__ import annotations

import pytest

from conftest import PROJECT
from loaders.articles.actors import find_actors
from loaders.articles.windowed_ner import SEPARATOR, WindowedNER

CORPUS = sorted((PROJECT / "tests" / "corpus").glob("*.txt"))


def _texts() -> list[str]:
    """The test corpus's articles and the press passages of tests/press_set.py."""
    import press_set
    passages = [p.text for part in (press_set.DEV, press_set.HELD_OUT, press_set.HELD_OUT_2) for p in part]
    return [path.read_text(encoding="utf-8") for path in CORPUS] + passages


@pytest.fixture(scope="module")
def extractor(shipped_extractor):
    return shipped_extractor   # loaded once for the whole run (tests/conftest.py)


def _before_ner(extractor, text):
    with extractor.nlp.select_pipes(disable=["ner"]):
        return extractor.nlp(text)


def test_the_ner_reads_half_the_tokens_and_finds_the_same_actors(extractor):
    windowed = extractor.nlp.get_pipe("ner")
    assert isinstance(windowed, WindowedNER)
    read = total = same = differ = 0
    for text in _texts():
        whole, cut = _before_ner(extractor, text), _before_ner(extractor, text)
        windowed.ner(whole)                 # the trained NER over every token
        windowed(cut)
        read += int(windowed.kept(_before_ner(extractor, text)).sum())
        total += len(cut)
        a = {(i.start, i.end, i.name) for i in find_actors(whole, extractor.actors, text)}
        b = {(i.start, i.end, i.name) for i in find_actors(cut, extractor.actors, text)}
        same, differ = same + len(a & b), differ + len(a ^ b)
    assert same >= 150, same
    assert read / total < 0.6                # the saving
    assert differ <= same / 100              # and what it costs: at most one actor in a hundred differs


def test_windows_keep_a_name_running_on_in_lower_case_and_skip_sentences_with_no_name(extractor):
    text = ("les prix montent et les marges baissent depuis des mois dans tout le secteur sans exception. "
            "Selon la Fédération bretonne des industries du logiciel libre, le risque grandit.")
    doc = _before_ner(extractor, text)
    windowed = extractor.nlp.get_pipe("ner")
    kept = windowed.kept(doc)
    assert not kept[:8].any()                                      # no capital, no name: not read
    words = [t.text for t, k in zip(doc, kept) if k]
    assert {"Fédération", "bretonne", "libre"} <= set(words)       # the name's lower-case tail is read
    sub, at = windowed.cut(doc)
    assert [doc[i].text for i in at if i >= 0] == words
    assert all(sub[k].text == SEPARATOR for k, i in enumerate(at) if i < 0)
    whole = _before_ner(extractor, text)
    windowed.ner(whole)
    assert [e.text for e in extractor.nlp(text).ents] == [e.text for e in whole.ents]


def test_a_known_name_opens_no_window_but_is_taken_whole_by_a_window_that_reaches_it(extractor):
    windowed = extractor.nlp.get_pipe("ner")
    doc = _before_ner(extractor, "les prix montent depuis des mois et la Commission européenne observe sans agir.")
    assert [e.text for e in doc.ents] == ["Commission européenne"]   # the rulers' (a known actor)
    assert not windowed.kept(doc).any()                              # nothing left for the model
    text = "la Commission européenne a reçu Claire Dubois"
    doc = _before_ner(extractor, text)
    kept = windowed.kept(doc)                                        # the window of "Claire" reaches "européenne"...
    assert [t.text for t, k in zip(doc, kept) if k][:2] == ["Commission", "européenne"]   # ...and takes the name whole
    assert ("Commission européenne" in [e.text for e in extractor.nlp(text).ents])


def test_the_rulers_entities_are_kept_as_they_are_and_the_model_adds_around_them(extractor):
    text = "Le conseil européen a reçu Mistral AI et Claire Dubois à Bruxelles."
    ents = {(e.text, e.label_) for e in extractor.nlp(text).ents}
    before = {(e.text, e.label_) for e in _before_ner(extractor, text).ents}
    assert before <= ents                      # what the rulers set is not undone
    assert len({e for e, _ in ents}) == len(ents)   # and not doubled
    assert ("Bruxelles", "LOC") in ents        # the model's labels around them


def test_a_sentence_opening_on_a_common_word_opens_no_window_but_an_organisation_or_acronym_does(extractor):
    windowed = extractor.nlp.get_pipe("ner")

    def read(text):
        doc = _before_ner(extractor, text)
        return [t.text for t, k in zip(doc, windowed.kept(doc)) if k]
    # "Création" is capitalised only because it opens the sentence: nothing for the model to read
    assert read("les prix montent depuis des mois. Création de valeur attendue pour tous les acteurs.") == []
    # nor in the units and abbreviations of the trade
    assert read("les marges baissent de 3 Md€ pour les PME sur tout le territoire national.") == []
    # a kind of organisation opening a sentence is read with its lower-case tail
    assert "nationale" in read("les prix montent. Fédération nationale des éditeurs a publié son rapport annuel.")
    # and a name in capitals is read even when its lower case is a stop word ("NOS", not "nos"), when no
    # ruler has set it already (the gazetteer's names need no window: "SES" is in it)
    assert extractor.actors.lookup("NOS") is None and extractor.actors.gazetteer.lookup("NOS") is None
    assert "NOS" in read("les prix montent pour NOS cette année.")
