"""The stanza backend's logic on real stanza Documents read from a CoNLL-U file the test writes (no
model needed), the pipeline hook that prefers the parse's subject, the missing-model error, and
`diplo backends`. The end-to-end test with real models is marked `models` and skipped without them."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from diplo.backends import load_backend, stanza_model_dir, stanza_problem, status
from diplo.backends.stanza_backend import (
    StanzaBackend, content_span, entities, parse_of, sentences_of, subject_span,
)
from diplo.cli import app
from diplo.errors import BackendUnavailable
from diplo.model import Document
from diplo.text import tokenize

stanza_conll = pytest.importorskip("stanza.utils.conll")

# (form, upos, head, deprel, ner): PADT-style Arabic trees, one sentence a paragraph of the test text.
SENTENCES = {
    # verb-subject, role + name subject, ccomp content
    "vs": [("قال", "VERB", 0, "root", "O"), ("وزير", "NOUN", 1, "nsubj", "O"),
           ("الخارجية", "NOUN", 2, "nmod", "O"), ("الروسي", "ADJ", 2, "amod", "O"),
           ("سيرغي", "PROPN", 2, "appos", "B-PER"), ("لافروف", "PROPN", 5, "flat", "E-PER"),
           ("إن", "SCONJ", 9, "mark", "O"), ("الحوار", "NOUN", 9, "nsubj", "O"),
           ("مستمر", "ADJ", 1, "ccomp", "O"), (".", "PUNCT", 1, "punct", "O")],
    # subject-verb
    "sv": [("لكن", "CCONJ", 4, "cc", "O"), ("الرئيس", "NOUN", 4, "nsubj", "O"),
           ("الأمريكي", "ADJ", 2, "amod", "O"), ("شدد", "VERB", 0, "root", "O"),
           ("على", "ADP", 6, "case", "O"), ("ضرورة", "NOUN", 4, "obl", "O"),
           ("الحل", "NOUN", 6, "nmod", "O"), (".", "PUNCT", 4, "punct", "O")],
    # a nested report: the spokesman says that the minister stressed ...
    "nested": [("قال", "VERB", 0, "root", "O"), ("المتحدث", "NOUN", 1, "nsubj", "O"),
               ("إن", "SCONJ", 5, "mark", "O"), ("الوزير", "NOUN", 5, "nsubj", "O"),
               ("أكد", "VERB", 1, "ccomp", "O"), ("أن", "SCONJ", 8, "mark", "O"),
               ("بلاده", "NOUN", 8, "nsubj", "O"), ("ترفض", "VERB", 5, "ccomp", "O"),
               ("التصعيد", "NOUN", 8, "obj", "O"), (".", "PUNCT", 1, "punct", "O")],
    # verb-object-subject: by position the rules take the addressee (the object) as the speaker
    "vos": [("أبلغ", "VERB", 0, "root", "O"), ("الرئيس", "NOUN", 1, "obj", "O"),
            ("الفلسطيني", "ADJ", 2, "amod", "O"), ("محمود", "PROPN", 2, "appos", "B-PER"),
            ("عباس", "PROPN", 4, "flat", "E-PER"), ("وزير", "NOUN", 1, "nsubj", "O"),
            ("الخارجية", "NOUN", 6, "nmod", "O"), ("الأمريكي", "ADJ", 6, "amod", "O"),
            ("أنتوني", "PROPN", 6, "appos", "B-PER"), ("بلينكن", "PROPN", 9, "flat", "E-PER"),
            ("أن", "SCONJ", 13, "mark", "O"), ("السلطة", "NOUN", 13, "nsubj", "B-ORG"),
            ("ترفض", "VERB", 1, "ccomp", "O"), ("الخطة", "NOUN", 13, "obj", "O"),
            (".", "PUNCT", 1, "punct", "O")],
    # a name no gazetteer knows, found by NER
    "ner": [("وقالت", "VERB", 0, "root", "O"), ("فاطمة", "PROPN", 1, "nsubj", "B-PER"),
            ("الزهراء", "PROPN", 2, "flat", "E-PER"), ("إن", "SCONJ", 6, "mark", "O"),
            ("الاتفاق", "NOUN", 6, "nsubj", "O"), ("صامد", "ADJ", 1, "ccomp", "O"),
            (".", "PUNCT", 1, "punct", "O")],
}


def conllu(rows) -> str:
    lines = [f"{k}\t{form}\t_\t{upos}\t_\t_\t{head}\t{rel}\t_\t" + ("_" if ner == "O" else f"ner={ner}")
             for k, (form, upos, head, rel, ner) in enumerate(rows, 1)]
    return "\n".join(lines) + "\n\n"


def text_of(name: str) -> str:
    return " ".join(r[0] for r in SENTENCES[name])


@pytest.fixture(scope="module")
def conll_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("conll") / "reports.conllu"
    path.write_text("".join(conllu(rows) for rows in SENTENCES.values()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def docs(conll_file):
    """Each test sentence as its own stanza Document, read from the CoNLL-U file by stanza's reader."""
    full = stanza_conll.CoNLL.conll2doc(input_file=str(conll_file))
    assert len(full.sentences) == len(SENTENCES)
    out = {}
    for name, sent in zip(SENTENCES, full.sentences):
        out[name] = stanza_conll.CoNLL.conll2doc(input_str=conllu(SENTENCES[name]))
        assert [t.text for t in sent.tokens] == [r[0] for r in SENTENCES[name]]
    return out


def parse(docs, name):
    p = parse_of(docs[name], len(SENTENCES[name]))
    assert p is not None
    return p


def words(name: str, span) -> str:
    return " ".join(r[0] for r in SENTENCES[name][span[0]:span[1]])


@pytest.mark.parametrize("name, cue, subject, content", [
    ("vs", 0, "وزير الخارجية الروسي سيرغي لافروف", "إن الحوار مستمر"),
    ("sv", 3, "الرئيس الأمريكي", None),
    ("nested", 0, "المتحدث", "إن الوزير أكد أن بلاده ترفض التصعيد"),
    ("nested", 4, "الوزير", "أن بلاده ترفض التصعيد"),
    ("vos", 0, "وزير الخارجية الأمريكي أنتوني بلينكن", "أن السلطة ترفض الخطة"),
    ("ner", 0, "فاطمة الزهراء", "إن الاتفاق صامد"),
])
def test_subject_and_content_of_a_cue(docs, name, cue, subject, content):
    p = parse(docs, name)
    assert words(name, subject_span(p, cue)) == subject
    got = content_span(p, cue)
    assert (None if got is None else words(name, got)) == content


def test_a_verb_with_no_subject_in_the_parse(docs):
    assert subject_span(parse(docs, "nested"), 7) is not None  # ترفض has بلاده
    assert subject_span(parse(docs, "sv"), 5) is None  # ضرورة is no verb with a subject


def test_entities_from_bioes(docs):
    p = parse(docs, "vos")
    assert [(words("vos", (a, b)), k) for a, b, k in entities(p)] == [
        ("محمود عباس", "PER"), ("أنتوني بلينكن", "PER"), ("السلطة", "ORG")]


def test_parse_of_rejects_a_document_of_other_tokens(docs):
    assert parse_of(docs["vs"], len(SENTENCES["vs"]) + 1) is None


def test_sentences_of_splits_at_sentence_ends():
    toks = tokenize("قال الوزير إن الحوار مستمر . وأضاف أن الوفد وصل")
    assert [len(s) for s in sentences_of(toks)] == [6, 4]


# -- the pipeline hook ---------------------------------------------------------------------------

class ConllParser:
    """Stands in for stanza.Pipeline: returns the CoNLL-U parse of the sentences it is given."""

    def __init__(self) -> None:
        self.by_words = {tuple(r[0] for r in rows): conllu(rows) for rows in SENTENCES.values()}
        self.calls = 0

    def __call__(self, sentences: list[list[str]]):
        self.calls += 1
        return stanza_conll.CoNLL.conll2doc(input_str="".join(self.by_words[tuple(s)] for s in sentences))


def speakers(pipeline, text):
    return {s.cue.text: (s.speaker.name if s.speaker else None) for s in pipeline.extract(Document("t", text))}


@pytest.fixture()
def stanza_pipeline():
    from diplo.pipeline import Pipeline

    p = Pipeline()
    p.backend = StanzaBackend(ConllParser())
    return p


def test_stanza_path_prefers_the_parse_subject_where_rules_differ(pipeline, stanza_pipeline):
    text = text_of("vos")
    assert speakers(pipeline, text)["أبلغ"] == "محمود عباس"  # the rules' positional guess: the addressee
    assert speakers(stanza_pipeline, text)["أبلغ"] == "أنتوني بلينكن"


def test_stanza_path_names_an_unknown_person_through_ner(pipeline, stanza_pipeline):
    text = text_of("vs") + "\n" + text_of("ner")
    assert speakers(pipeline, text)["وقالت"] != "فاطمة الزهراء"
    assert speakers(stanza_pipeline, text)["وقالت"] == "فاطمة الزهراء"


@pytest.mark.parametrize("name", ["vs", "sv", "nested"])
def test_stanza_path_agrees_with_rules_where_they_agree(pipeline, stanza_pipeline, name):
    text = text_of(name)
    assert [s.to_dict() for s in stanza_pipeline.extract(Document("t", text))] == \
        [s.to_dict() for s in pipeline.extract(Document("t", text))]


def test_each_paragraph_is_parsed_once(stanza_pipeline):
    text = text_of("nested")
    stanza_pipeline.extract(Document("t", text))
    assert stanza_pipeline.backend.nlp.calls == 1


def test_stanza_spans_are_slices_of_the_text(stanza_pipeline):
    text = "\n".join(text_of(n) for n in SENTENCES)
    for st in stanza_pipeline.extract(Document("t", text)):
        for part in (st.cue, st.speaker, st.quote):
            if part is not None:
                assert text[part.start:part.end] == part.text


# -- missing package or models ---------------------------------------------------------------------

MISSING = ("diplo: stanza Arabic models not found in {d} (missing resources.json, ar/pos, ar/lemma, ar/depparse); "
           "on a machine with internet run: python -c \"import stanza; stanza.download('ar', model_dir='{d}')\" "
           "and copy the folder here, then pass --stanza-dir or set STANZA_RESOURCES_DIR\n")


def test_missing_models_raise_backend_unavailable(tmp_path):
    with pytest.raises(BackendUnavailable, match="stanza Arabic models not found"):
        load_backend("stanza", tmp_path)


def test_missing_models_exit_1_with_one_line(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--backend", "stanza", "--stanza-dir", str(tmp_path), "-f", "jsonl"],
                                input="قال الوزير إن الحوار مستمر .\n")
    assert result.exit_code == 1
    assert result.stderr == MISSING.format(d=tmp_path)
    assert result.stdout == ""


def test_stanza_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert stanza_model_dir() == tmp_path
    assert stanza_model_dir(tmp_path / "x") == tmp_path / "x"


def test_missing_stanza_package(monkeypatch, tmp_path):
    import diplo.backends as backends

    monkeypatch.setattr(backends, "find_spec", lambda name: None)
    assert stanza_problem(tmp_path) == ("the stanza backend needs the stanza package; on a machine with internet "
                                        "run: pip install 'diplo[stanza]'")


def test_unknown_backend_is_an_error():
    result = CliRunner().invoke(app, ["extract", "--backend", "spacy"], input="")
    assert result.exit_code == 1
    assert result.stderr == "diplo: unknown backend 'spacy'; choose one of rules, stanza\n"


# -- diplo backends ----------------------------------------------------------------------------------

def test_backends_command_lists_each_component(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "camel"))
    result = CliRunner().invoke(app, ["backends", "--stanza-dir", str(tmp_path)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["rules", "stanza", "camel-tools"]
    assert lines[0].split()[1] == "available"
    assert lines[1].split()[1] == "unavailable" and f"stanza Arabic models not found in {tmp_path}" in lines[1]
    assert lines[2].split()[2] == "unavailable" and f"no camel-tools data in {tmp_path / 'camel'}" in lines[2]


def test_backends_command_sees_a_given_morphology_db(tmp_path):
    db = tmp_path / "morphology.db"
    db.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["backends", "--morphology-db", str(db)])
    assert result.stdout.splitlines()[2].split()[2:4] == ["available", "database"]


def test_status_with_models_present(tmp_path):
    for p in ("ar/pos", "ar/lemma", "ar/depparse", "ar/ner"):
        (tmp_path / p).mkdir(parents=True)
    (tmp_path / "resources.json").write_text("{}", encoding="utf-8")
    st = {c.name: c for c in status(tmp_path)}
    assert st["stanza"].available and st["stanza"].detail == f"Arabic models in {tmp_path} (pos, lemma, depparse, ner)"


def test_backends_and_rules_import_no_heavy_module():
    code = ("import sys, diplo.cli; from diplo.backends import status; status(); "
            "from diplo.pipeline import Pipeline; "
            "heavy = [m for m in ('torch', 'stanza', 'camel_tools.data', 'camel_tools.morphology') if m in sys.modules]; "
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- with real models ----------------------------------------------------------------------------------

@pytest.mark.models
@pytest.mark.skipif(stanza_problem(stanza_model_dir()) is not None, reason="stanza Arabic models not installed")
def test_stanza_end_to_end():
    from diplo.pipeline import Pipeline

    text = "وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مع واشنطن مستمر ."
    sts = Pipeline(backend="stanza").extract(Document("t", text))
    assert sts and sts[0].speaker is not None and "لافروف" in sts[0].speaker.name
    for st in sts:
        for part in (st.cue, st.speaker, st.quote):
            if part is not None:
                assert text[part.start:part.end] == part.text
