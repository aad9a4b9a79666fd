"""Optional backends and components, gated on what is installed here.

- `rules` (default): the lexicons and the rule stages; needs nothing more.
- `stanza`: a dependency parse and NER over diplo's own tokens give the speaker (the cue verb's nsubj)
  and the content (its ccomp/xcomp); the rules stay the fallback. Needs the stanza package and its
  Arabic models, which diplo never downloads.
- camel-tools morphology: when a morphology database is installed, its analyzer lemmatizes words the
  cue lexicon does not know, so unseen inflections of known cue verbs are found.

Nothing here imports stanza or torch at module level; `load_backend` does, once per process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from ..errors import BackendUnavailable, DiploError

BACKENDS = ("rules", "stanza")


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    available: bool
    detail: str  # where it was found, or why it is unavailable and how to install it


def load_backend(name: str, stanza_dir: str | Path | None = None):
    """The backend object for `name` (None for rules). Raises BackendUnavailable when its package or
    models are missing, with the one line that says how to install them."""
    if name == "rules":
        return None
    if name == "stanza":
        from .stanza_backend import load_stanza_backend

        return load_stanza_backend(stanza_dir)
    raise DiploError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")


def stanza_model_dir(explicit: str | Path | None = None) -> Path:
    """--stanza-dir, else STANZA_RESOURCES_DIR, else stanza's own default folder (computed as stanza
    computes it, without importing stanza and torch)."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from importlib.metadata import version

        from platformdirs import user_cache_dir

        return Path(user_cache_dir("stanza", "StanfordNLP", version("stanza")), "resources")
    except Exception:  # platformdirs or stanza's metadata missing: stanza's historical default
        return Path.home() / "stanza_resources"


def stanza_problem(model_dir: Path) -> str | None:
    """Why the stanza backend cannot run here, as the one line the user sees; None when it can."""
    if find_spec("stanza") is None:
        return "the stanza backend needs the stanza package; on a machine with internet run: " \
               "pip install 'diplo[stanza]'"
    missing = [p for p in ("resources.json", "ar/pos", "ar/lemma", "ar/depparse") if not (model_dir / p).exists()]
    if missing:
        return (f"stanza Arabic models not found in {model_dir} (missing {', '.join(missing)}); on a machine "
                f"with internet run: python -c \"import stanza; stanza.download('ar', model_dir='{model_dir}')\" "
                "and copy the folder here, then pass --stanza-dir or set STANZA_RESOURCES_DIR")
    return None


def status(stanza_dir: str | Path | None = None, morphology_db: str | Path | None = None) -> list[Component]:
    """What each backend and component needs, and whether this machine has it."""
    from .morphology import morphology_db_path

    out = [Component("rules", True, "built in (lexicons in diplo/data)")]
    model_dir = stanza_model_dir(stanza_dir)
    problem = stanza_problem(model_dir)
    ner = (model_dir / "ar" / "ner").is_dir()
    out.append(Component("stanza", problem is None, problem or
                         f"Arabic models in {model_dir} (pos, lemma, depparse{', ner' if ner else '; no ner'})"))
    if find_spec("camel_tools") is None:
        out.append(Component("camel-tools morphology", False, "camel-tools is not installed; pip install camel-tools"))
    else:
        path, why = morphology_db_path(morphology_db)
        out.append(Component("camel-tools morphology", path is not None, f"database {path}" if path else why))
    return out


__all__ = ["BACKENDS", "BackendUnavailable", "Component", "load_backend", "stanza_model_dir", "stanza_problem",
           "status"]
