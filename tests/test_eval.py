"""diplo eval: the scorer's definitions on a tiny gold folder, and agreement with eval/score.py on dev."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo.cli import app
from diplo.evaluate import institution_ok, norm, score, speaker_ok, token_f1

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SCORE_PY = SHARED_EVAL / "score.py"
DEV = SHARED_EVAL / "dev"
needs_score_py = pytest.mark.skipif(not (SCORE_PY.is_file() and DEV.is_dir()),
                                    reason="../shared/eval/score.py and dev/ not present")

A = "وقال الكرملين إن الجانبين أبديا استعدادهما لمواصلة الحوار. وأضاف بيسكوف أن القمة ممكنة.\n"
B = "أكد وزير الخارجية سامح شكري أن مصر ترفض التدخل. وذكرت وكالة الأنباء أن الاجتماع انتهى.\n"
GOLD = [
    {"doc": "a.txt", "anchor": "وقال الكرملين", "cue": "قال", "speaker": ["الكرملين"],
     "institution": ["Kremlin"], "quote": "الجانبين أبديا استعدادهما لمواصلة الحوار", "optional": False},
    {"doc": "a.txt", "anchor": "وأضاف بيسكوف", "cue": "أضاف", "speaker": ["دميتري بيسكوف", "بيسكوف"],
     "institution": ["Kremlin"], "quote": "القمة ممكنة", "optional": False},
    {"doc": "b.txt", "anchor": "أكد وزير", "cue": "أكد", "speaker": ["سامح شكري", "شكري"],
     "institution": ["Egyptian Foreign Ministry"], "quote": "مصر ترفض التدخل", "optional": False},
    {"doc": "b.txt", "anchor": "وذكرت وكالة", "cue": "ذكرت", "speaker": ["وكالة الأنباء"],
     "institution": [], "quote": "الاجتماع انتهى", "optional": True},
]


def span(text: str, word: str) -> dict:
    s = text.index(word)
    return {"text": word, "start": s, "end": s + len(word)}


def pred(doc: str, text: str, cue: str, speaker: str | None, inst: str | None, quote: str | None) -> dict:
    return {"doc": f"some/where/{doc}", "cue": span(text, cue),
            "speaker": {"name": speaker} if speaker else None,
            "institution": {"name_en": inst} if inst else None,
            "quote": {"text": quote} if quote else None}


PREDS = [
    pred("a.txt", A, "قال", "الكرملين", "Kremlin", "الجانبين أبديا استعدادهما لمواصلة الحوار"),  # right
    pred("a.txt", A, "ممكنة", None, None, None),  # no overlap: an extra
    pred("b.txt", B, "أكد", "وزير الخارجية سامح شكري", "Foreign Ministry", "مصر ترفض"),  # institution wrong
    pred("b.txt", B, "ذكرت", "الوكالة", None, "x"),  # optional gold: neither rewarded nor penalised
    {"error": "a summary line, skipped"},
    pred("c.txt", B, "أكد", "x", None, None),  # an article not in the gold folder: ignored
]


@pytest.fixture()
def gold_dir(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD),
                                         encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("text, expected", [
    ("الرئيسُ الأميركيّ", "الرييس الاميركي"),
    ("وزارة الخارجيـــة", "وزاره الخارجيه"),
    ("The White House", "white house"),
    ("«مواصلة الحوار»", "مواصله الحوار"),
    (None, ""),
])
def test_norm(text, expected):
    assert norm(text) == expected


@pytest.mark.parametrize("pred_text, gold, expected", [
    ("بيسكوف", ["دميتري بيسكوف", "بيسكوف"], True),
    ("المتحدث باسم الكرملين دميتري بيسكوف", ["دميتري بيسكوف"], True),
    ("أحد كبار المسؤولين في مكتب المتحدث باسم الكرملين دميتري بيسكوف", ["دميتري بيسكوف"], False),
    ("بوتين", ["دميتري بيسكوف", "بيسكوف"], False),
    (None, ["بيسكوف"], False),
])
def test_speaker_ok(pred_text, gold, expected):
    assert speaker_ok(pred_text, gold) is expected


@pytest.mark.parametrize("pred_text, gold, expected", [
    ("The Kremlin", ["Kremlin"], True),
    ("Kremlin", ["White House", "US Presidency"], False),
    (None, [], True),
    ("Kremlin", [], False),
])
def test_institution_ok(pred_text, gold, expected):
    assert institution_ok(pred_text, gold) is expected


@pytest.mark.parametrize("p, g, expected", [
    ("مصر ترفض", "مصر ترفض التدخل", 0.8),
    ("", "", 1.0),
    ("x", "", 0.0),
    ("أ ب", "ج د", 0.0),
])
def test_token_f1(p, g, expected):
    assert token_f1(p, g) == pytest.approx(expected)


def test_score_tiny(gold_dir):
    r = score(gold_dir, PREDS, details=True)
    assert r == {
        "docs": 2, "gold": 3, "predicted": 3,
        "detection": {"p": 0.6667, "r": 0.6667, "f1": 0.6667},
        "speaker_acc": 1.0, "institution_acc": 0.5, "quote_token_f1": 0.9,
        "strict": {"p": 0.3333, "r": 0.3333, "f1": 0.3333},
        "missed": [("a.txt", "وأضاف بيسكوف")],
        "extra": [("a.txt", "ممكنة", A.index("ممكنة"))],
        "wrong": [("b.txt", "أكد", "سامح شكري", "وزير الخارجية سامح شكري", ["Egyptian Foreign Ministry"],
                   "Foreign Ministry")],
    }


def test_first_overlap_one_to_one(gold_dir):
    """Two predictions on one gold cue: the first takes it, the second is an extra."""
    twice = [PREDS[0], PREDS[0]]
    r = score(gold_dir, twice)
    assert (r["predicted"], r["detection"]["p"]) == (2, 0.5)


def write_preds(path, preds):
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    return path


def test_cli_pred_text(gold_dir, tmp_path):
    preds = write_preds(tmp_path / "pred.jsonl", PREDS)
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--pred", str(preds)])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "docs 2  gold 3  predicted 3\n"
        "detection  P 0.667  R 0.667  F1 0.667\n"
        "speaker acc 1.000  institution acc 0.500  quote token F1 0.900\n"
        "strict     P 0.333  R 0.333  F1 0.333\n"
    )


def test_cli_pred_details_json(gold_dir, tmp_path):
    preds = write_preds(tmp_path / "pred.jsonl", PREDS)
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--pred", str(preds), "--details"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "MISSED  a.txt: وأضاف بيسكوف",
        f"EXTRA   a.txt@{A.index('ممكنة')}: ممكنة",
        "WRONG   b.txt: cue أكد: speaker 'وزير الخارجية سامح شكري' (gold 'سامح شكري'), "
        "institution 'Foreign Ministry' (gold ['Egyptian Foreign Ministry'])",
    ]
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "--pred", str(preds), "--json"])
    assert json.loads(result.stdout)["strict"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333}


@pytest.mark.parametrize("setup, args, message", [
    (lambda d: (d / "gold.jsonl").unlink(), [], "diplo: {d}: no gold.jsonl in this folder\n"),
    (lambda d: (d / "gold.jsonl").write_text('{"doc": "z.txt", "anchor": "x", "cue": "x", "speaker": []}\n'),
     [], "diplo: {d}/gold.jsonl:1: no article 'z.txt' in {d}\n"),
    (lambda d: None, ["--pred", "nope.jsonl"], "diplo: nope.jsonl: no such file\n"),
])
def test_cli_errors(gold_dir, setup, args, message):
    setup(gold_dir)
    result = CliRunner().invoke(app, ["eval", str(gold_dir), *args])
    assert result.exit_code == 1
    assert result.stderr == message.format(d=gold_dir)
    assert result.stdout == ""


def run_score_py(pred_path, *flags):
    out = subprocess.run([sys.executable, str(SCORE_PY), str(DEV), str(pred_path), *flags],
                         capture_output=True, text=True, check=True)
    return out.stdout


def dev_gold_predictions():
    """Predictions made from dev gold with deliberate faults: wrong names, missing and shifted cues."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in DEV.glob("*.txt")}
    preds = []
    for n, line in enumerate((DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines()):
        g = json.loads(line)
        if n % 7 == 3:
            continue  # a miss
        text = texts[g["doc"]]
        s = text.index(g["anchor"]) + g["anchor"].index(g["cue"])
        s += 1 if n % 5 == 1 else 0
        preds.append({"doc": f"x/{g['doc']}", "cue": {"start": s, "end": s + len(g["cue"])},
                      "speaker": {"name": g["speaker"][n % len(g["speaker"])] if n % 4 else "غيره"},
                      "institution": {"name_en": (g.get("institution") or ["None"])[0]} if n % 6 else None,
                      "quote": {"text": (g.get("quote") or "")[: 5 + n % 40]}})
        if n % 9 == 2:
            preds.append({"doc": g["doc"], "cue": {"start": 0, "end": 3}, "speaker": None, "institution": None,
                          "quote": None})
    return preds


@needs_score_py
@pytest.mark.parametrize("flags", [["--json"], ["--json", "--details"], [], ["--details"]])
def test_agrees_with_score_py_on_faulty_predictions(tmp_path, flags):
    preds = write_preds(tmp_path / "pred.jsonl", dev_gold_predictions())
    expected = run_score_py(preds, *flags)
    result = CliRunner().invoke(app, ["eval", str(DEV), "--pred", str(preds), *flags])
    assert result.exit_code == 0
    assert result.stdout == expected


@needs_score_py
def test_agrees_with_score_py_on_extraction(tmp_path):
    """`diplo eval dev` (extracting now) == score.py on `diplo extract dev` == `diplo eval dev --pred`."""
    extracted = subprocess.run([str(ROOT / ".venv" / "bin" / "diplo"), "extract", str(DEV), "--format", "jsonl"],
                               capture_output=True, text=True, check=True).stdout
    preds = tmp_path / "pred.jsonl"
    preds.write_text(extracted, encoding="utf-8")
    expected = run_score_py(preds, "--json", "--details")
    for args in (["--pred", str(preds)], []):
        result = CliRunner().invoke(app, ["eval", str(DEV), "--json", "--details", *args])
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == json.loads(expected)
