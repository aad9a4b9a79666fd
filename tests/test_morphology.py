"""camel-tools morphology as a fallback for the cue lexicon, on a tiny database in camel-tools' own
format that the test writes: two cue verbs (أكد، شدد) with past and present stems, a noun (تأكيد),
a few prefixes and suffixes, and the three compatibility tables."""
from __future__ import annotations

import subprocess
import sys

import pytest

from diplo.backends.morphology import find_analyzer, load_analyzer, morphology_db_path
from diplo.cues import find_cues, load_cues
from diplo.errors import BackendUnavailable
from diplo.text import norm_key, tokenize

TINY_DB = """\
###DEFINES###
DEFINE asp asp:i asp:p asp:na
DEFINE bw bw:*open*
DEFINE diac diac:*open*
DEFINE gen gen:m gen:f gen:-
DEFINE lex lex:*open*
DEFINE num num:s num:d num:p num:-
DEFINE pos pos:verb pos:noun pos:noun_prop pos:digit pos:punc pos:latin
###DEFAULTS###
DEFAULT pos:verb asp:na bw:- diac:- gen:- lex:- num:-
DEFAULT pos:noun asp:na bw:- diac:- gen:- lex:- num:-
DEFAULT pos:digit asp:na bw:- diac:- gen:- lex:- num:-
DEFAULT pos:punc asp:na bw:- diac:- gen:- lex:- num:-
DEFAULT pos:latin asp:na bw:- diac:- gen:- lex:- num:-
###ORDER###
ORDER pos diac lex bw gen num asp
###TOKENIZATIONS###
TOKENIZATION diac
###STEMBACKOFF###
###PREFIXES###
\tPref-0\tdiac: bw:
ي\tIV3M\tdiac:يُ bw:يُ/IV3M+ gen:m
ت\tIV3F\tdiac:تُ bw:تُ/IV3F+ gen:f
و\tPref-Wa\tdiac:وَ bw:وَ/CONJ+
وي\tIV3M-Wa\tdiac:وَيُ bw:وَ/CONJ+يُ/IV3M+ gen:m
ال\tNPref-Al\tdiac:ال bw:ال/DET+
###SUFFIXES###
\tSuff-0\tdiac: bw: num:s
وا\tPVSuff-3MP\tdiac:وا bw:+وا/PVSUFF_SUBJ:3MP gen:m num:p
وا\tIVSuff-MP\tdiac:وا bw:+وا/IVSUFF_SUBJ:MP gen:m num:p
ت\tPVSuff-3FS\tdiac:َت bw:+َت/PVSUFF_SUBJ:3FS gen:f num:s
ات\tNSuff-FP\tdiac:ات bw:+ات/NSUFF_FEM_PL gen:f num:p
###STEMS###
اكد\tPV\tdiac:أَكَّد lex:أَكَّد_1 bw:أَكَّد/PV pos:verb asp:p gen:- num:-
ؤكد\tIV\tdiac:ؤَكِّد lex:أَكَّد_1 bw:ؤَكِّد/IV pos:verb asp:i gen:- num:-
شدد\tPV\tdiac:شَدَّد lex:شَدَّد_1 bw:شَدَّد/PV pos:verb asp:p gen:- num:-
شدد\tIV\tdiac:شَدِّد lex:شَدَّد_1 bw:شَدِّد/IV pos:verb asp:i gen:- num:-
تاكيد\tN\tdiac:تَأْكِيد lex:تَأْكِيد_1 bw:تَأْكِيد/NOUN pos:noun gen:- num:-
###TABLE AB###
Pref-0\tPV
Pref-0\tN
IV3M\tIV
IV3F\tIV
Pref-Wa\tPV
IV3M-Wa\tIV
NPref-Al\tN
###TABLE BC###
PV\tSuff-0
PV\tPVSuff-3MP
PV\tPVSuff-3FS
IV\tSuff-0
IV\tIVSuff-MP
N\tSuff-0
N\tNSuff-FP
###TABLE AC###
Pref-0\tSuff-0
Pref-0\tPVSuff-3MP
Pref-0\tPVSuff-3FS
Pref-0\tNSuff-FP
IV3M\tSuff-0
IV3M\tIVSuff-MP
IV3F\tSuff-0
Pref-Wa\tSuff-0
Pref-Wa\tPVSuff-3MP
Pref-Wa\tPVSuff-3FS
IV3M-Wa\tSuff-0
IV3M-Wa\tIVSuff-MP
NPref-Al\tSuff-0
NPref-Al\tNSuff-FP
"""


@pytest.fixture(scope="module")
def tiny_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("camel") / "morphology.db"
    path.write_text(TINY_DB, encoding="utf-8")
    return path


@pytest.mark.parametrize("word, expected", [
    ("يؤكدوا", ("اكد", "verb", "m", "pl")),  # subjunctive plural
    ("وأكدت", ("اكد", "verb", "f", "sg")),  # conjunction + past feminine
    ("ويشددوا", ("شدد", "verb", "m", "pl")),
    ("التأكيدات", ("تاكيد", "noun", "f", "pl")),
])
def test_analyzer_reads_lemma_and_features(tiny_db, word, expected):
    assert expected in load_analyzer(tiny_db)(word)


def test_word_unknown_to_the_database_has_no_reading(tiny_db):
    assert load_analyzer(tiny_db)("الشعب") == []


def test_inflection_missing_from_the_lexicon_is_found_through_the_analyzer(tiny_db):
    lexicon = load_cues()
    assert lexicon.lookup(norm_key("يؤكدوا")) is None  # pres:ؤكد does not generate the subjunctive
    toks = tokenize("وقال مصدر إن الوزراء اجتمعوا كي يؤكدوا دعمهم للخطة .")
    assert [h.form.lemma for h in find_cues(toks, lexicon)] == ["قال"]
    hits = find_cues(toks, lexicon, load_analyzer(tiny_db))
    assert [(toks[h.index].text, h.form.lemma) for h in hits] == [("وقال", "قال"), ("يؤكدوا", "أكد")]
    assert (hits[1].form.kind, hits[1].form.gender, hits[1].form.number) == ("verb", "m", "pl")


@pytest.mark.parametrize("text", [
    "نشرت الصحف التأكيدات الرسمية .",  # a noun of the same root is not a cue verb
    "الشعب يريد السلام .",  # nothing the database knows
])
def test_analyzer_adds_no_cue(tiny_db, text):
    toks = tokenize(text)
    assert find_cues(toks, load_cues(), load_analyzer(tiny_db)) == find_cues(toks, load_cues())


def test_pipeline_uses_the_given_database(tiny_db):
    from diplo.model import Document
    from diplo.pipeline import Pipeline

    text = "وقال مصدر دبلوماسي إن الوزراء اجتمعوا كي يؤكدوا دعمهم للخطة ."
    cues = [(s.cue.text, s.cue.lemma) for s in Pipeline(morphology_db=tiny_db).extract(Document("d", text))]
    assert ("يؤكدوا", "أكد") in cues
    assert ("يؤكدوا", "أكد") not in [(s.cue.text, s.cue.lemma) for s in Pipeline().extract(Document("d", text))]


def test_no_database_means_the_lexicon_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    path, why = morphology_db_path()
    assert path is None and why.startswith(f"no camel-tools data in {tmp_path};")
    assert find_analyzer() is None


def test_a_missing_given_database_is_an_error(tmp_path):
    with pytest.raises(BackendUnavailable, match="not found"):
        find_analyzer(tmp_path / "nope.db")


def test_a_malformed_database_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("###DEFINES###\nnonsense\n", encoding="utf-8")
    with pytest.raises(BackendUnavailable, match="not in camel-tools' format"):
        load_analyzer(bad)


def test_loading_never_imports_the_downloading_catalogue(tiny_db, tmp_path):
    """camel_tools.data fetches a catalogue over the network at import when none is installed."""
    code = ("import sys; from pathlib import Path; from diplo.backends.morphology import load_analyzer; "
            f"load_analyzer(Path({str(tiny_db)!r})); print('camel_tools.data' in sys.modules)")
    env = {"CAMELTOOLS_DATA": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"
