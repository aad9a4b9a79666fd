"""Scoring against a gold folder: the definitions of the project's eval/score.py, reimplemented.

A gold folder holds articles (*.txt, UTF-8) and gold.jsonl, one gold statement a line:
    {"doc": "a.txt", "anchor": "...", "cue": "...", "speaker": ["full name", "alias", ...],
     "institution": ["White House", ...], "quote": "...", "optional": false}
`anchor` occurs exactly once in the article and contains `cue`; the first occurrence of `cue` in the
anchor is the gold cue span.

Matching, in the order predictions are given (file order) and per article: a prediction takes the first
unused gold statement whose cue span overlaps its own, one to one. A prediction that matches an optional
gold statement counts neither way; an optional gold statement left unmatched is not a miss. On the
matched statements: speaker accuracy (the name normalizes to an alias, or holds the canonical name whole
with at most four more words), institution accuracy (a normalized accepted name; no gold institution
means none must be predicted), quote token F1; strict = speaker and institution both right. Scores are
rounded to 4 places. Any change here must be made in score.py too: tests/test_eval.py checks that both
give the same figures on the dev set.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import InputError

# Arabic diacritics (harakat, superscript alef, Quranic marks) and U+0640 ARABIC TATWEEL
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_THE = re.compile(r"\bthe\b")


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text).translate(_ALEF)
    text = _PUNCT.sub(" ", text.lower())
    text = _THE.sub(" ", text)
    return " ".join(text.split())


def token_f1(pred: str | None, gold: str | None) -> float:
    p, g = norm(pred).split(), norm(gold).split()
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    left: dict[str, int] = {}
    for t in g:
        left[t] = left.get(t, 0) + 1
    common = 0
    for t in p:
        if left.get(t, 0) > 0:
            common += 1
            left[t] -= 1
    if common == 0:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def speaker_ok(pred: str | None, gold: list[str]) -> bool:
    p = norm(pred)
    if not p or not gold:
        return False
    if p in {norm(a) for a in gold}:
        return True
    # a longer mention that holds the canonical name whole: role + name (وزير الخارجية سامح شكري)
    canon = norm(gold[0])
    return f" {canon} " in f" {p} " and len(p.split()) <= len(canon.split()) + 4


def institution_ok(pred: str | None, gold: list[str]) -> bool:
    if not gold:
        return not norm(pred)
    return norm(pred) in {norm(g) for g in gold}


def load_gold(gold_dir: str | Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The articles by file name and the gold statements, each with its cue span as `_span`."""
    gold_dir = Path(gold_dir)
    gold_file = gold_dir / "gold.jsonl"
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "not a folder; give a gold folder with *.txt and gold.jsonl")
    if not gold_file.is_file():
        raise InputError(str(gold_dir), "no gold.jsonl in this folder")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(gold_dir.glob("*.txt"))}
    gold = []
    for n, line in enumerate(gold_file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{gold_file}:{n}"
        try:
            g = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"invalid JSON ({exc.msg})") from None
        missing = [k for k in ("doc", "anchor", "cue", "speaker") if k not in g]
        if missing:
            raise InputError(where, f"missing field {missing[0]!r}")
        text = texts.get(g["doc"])
        if text is None:
            raise InputError(where, f"no article {g['doc']!r} in {gold_dir}")
        if text.count(g["anchor"]) != 1:
            raise InputError(where, f"anchor occurs {text.count(g['anchor'])} times in {g['doc']}: {g['anchor']!r}")
        a = text.index(g["anchor"])
        c = g["anchor"].find(g["cue"])
        if c < 0:
            raise InputError(where, f"cue {g['cue']!r} not inside anchor {g['anchor']!r}")
        g["_span"] = (a + c, a + c + len(g["cue"]))
        g["_line"] = n
        gold.append(g)
    return texts, gold


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Records of a predictions file (diplo extract --format jsonl); lines without a cue are skipped."""
    records = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"invalid JSON ({exc.msg})") from None
    return records


def _prf(t: int, p: int, r: int) -> dict[str, float]:
    prec = t / p if p else 0.0
    rec = t / r if r else 0.0
    f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f, 4)}


def score(gold_dir: str | Path, predictions: Iterable[dict[str, Any]], details: bool = False) -> dict[str, Any]:
    """The figures of score.py for these prediction records, as the same dict (and key order)."""
    texts, gold = load_gold(gold_dir)
    names = set(texts)
    preds: dict[str, list[dict]] = {}
    for p in predictions:
        if "cue" not in p:  # an error or summary record
            continue
        key = Path(str(p.get("doc", ""))).name
        if key in names:
            preds.setdefault(key, []).append(p)

    tp = fp = fn = spk = inst = strict = 0
    qf1 = 0.0
    misses: list[tuple] = []
    extras: list[tuple] = []
    wrong: list[tuple] = []
    for doc in sorted(names):
        g_doc = [g for g in gold if g["doc"] == doc]
        used: set[int] = set()
        for p in preds.get(doc, []):
            ps, pe = p["cue"]["start"], p["cue"]["end"]
            hit = next((i for i, g in enumerate(g_doc)
                        if i not in used and ps < g["_span"][1] and g["_span"][0] < pe), None)
            if hit is None:
                fp += 1
                extras.append((doc, texts[doc][ps:pe], ps))
                continue
            used.add(hit)
            g = g_doc[hit]
            if g.get("optional"):
                continue
            tp += 1
            p_speaker = (p.get("speaker") or {}).get("name")
            p_inst = (p.get("institution") or {}).get("name_en")
            s_ok = speaker_ok(p_speaker, g["speaker"])
            i_ok = institution_ok(p_inst, g.get("institution", []))
            spk += s_ok
            inst += i_ok
            strict += s_ok and i_ok
            qf1 += token_f1((p.get("quote") or {}).get("text"), g.get("quote"))
            if not (s_ok and i_ok):
                wrong.append((doc, g["cue"], g["speaker"][0], p_speaker, g.get("institution"), p_inst))
        for i, g in enumerate(g_doc):
            if i not in used and not g.get("optional"):
                fn += 1
                misses.append((doc, g["anchor"]))

    n_gold, n_pred = tp + fn, tp + fp
    out: dict[str, Any] = {
        "docs": len(names),
        "gold": n_gold,
        "predicted": n_pred,
        "detection": _prf(tp, n_pred, n_gold),
        "speaker_acc": round(spk / tp, 4) if tp else 0.0,
        "institution_acc": round(inst / tp, 4) if tp else 0.0,
        "quote_token_f1": round(qf1 / tp, 4) if tp else 0.0,
        "strict": _prf(strict, n_pred, n_gold),
    }
    if details:
        out["missed"] = misses
        out["extra"] = extras
        out["wrong"] = wrong
    return out


def predict(pipeline: Any, gold_dir: str | Path) -> Iterable[dict[str, Any]]:
    """Prediction records for the gold folder's articles, as `diplo extract GOLD_DIR/*.txt` prints them.

    Only the folder's own *.txt files (not subfolders), as the scorer reads them; InputErrors propagate."""
    from .sources import read_documents

    files = [str(p) for p in sorted(Path(gold_dir).glob("*.txt"))]
    for item in read_documents(files):
        if isinstance(item, InputError):
            raise item
        for st in pipeline.extract(item):
            yield st.to_dict()
