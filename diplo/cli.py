"""The `diplo` command line: arguments, reading inputs, exit codes. Nothing else.

Exit codes: 0 success (no statements found is success), 1 an input or data error (the other inputs are
still processed), 2 a usage error.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import DiploError, ExtractionError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Who said what, for whom: diplomatic statements in Arabic news text.")


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"diplo {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Who said what, for whom: diplomatic statements in Arabic news text."""


def error(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    typer.echo(f"diplo: {message}", err=True)


@app.command()
def extract(
    paths: List[str] = typer.Argument(None, help="Files, folders (*.txt, recursively) or - for stdin. Default: stdin."),
    format: Optional[Format] = typer.Option(None, "--format", "-f",
                                            help="table or jsonl. Default: table on a terminal, jsonl otherwise."),
    input_format: InputFormat = typer.Option(InputFormat.text, "--input",
                                             help="text: each input is one document; jsonl: one document a line."),
    text_field: str = typer.Option("text", help="With --input jsonl: the field that holds the text."),
    id_field: str = typer.Option("id", help="With --input jsonl: the field that names the document."),
    encoding: Optional[str] = typer.Option(None, help="Force an input encoding (default: BOM, UTF-8, Windows-1256)."),
    lexicon: List[Path] = typer.Option([], "--lexicon", "-l",
                                       help="Extra lexicon file named like a built-in one (cues.tsv, people.jsonl, ...). Repeatable."),
    country: str = typer.Option("", help="Country code for unqualified state bodies (وزير الخارجية), e.g. SA."),
    backend: str = typer.Option("rules", help="rules (default) or stanza."),
    stanza_dir: Optional[Path] = typer.Option(None, help="stanza's model folder (default: STANZA_RESOURCES_DIR)."),
    morphology_db: Optional[Path] = typer.Option(None, help="A camel-tools morphology.db for unseen cue "
                                                 "inflections (default: the installed one, if any)."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", min=1, show_default="number of cores",
                             help="Documents extracted in parallel; 1 runs in this process."),
) -> None:
    """Extract statements: cue, content, speaker and institution, as a table or JSONL."""
    from .parallel import extract_all
    from .pipeline import Pipeline
    from .render import TableWriter, jsonl_lines
    from .sources import check_encoding, read_documents

    fmt = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
    if encoding is not None:
        try:
            check_encoding(encoding)
        except LookupError:
            error(f"unknown encoding {encoding!r} for --encoding; try utf-8, cp1256 or utf-16")
            raise typer.Exit(2)
    try:
        pipeline = Pipeline(lexicon, backend=backend, home_country=country, stanza_dir=stanza_dir,
                            morphology_db=morphology_db)
    except DiploError as exc:
        error(str(exc))
        raise typer.Exit(1)
    if pipeline.backend is not None:
        jobs = 1  # a loaded torch model is not shared safely with forked workers
    failed = False
    table = TableWriter(sys.stdout, show_doc=len(paths or []) != 1) if fmt is Format.table else None
    items = read_documents(paths or ["-"], encoding=encoding, input_format=input_format.value,
                           text_field=text_field, id_field=id_field)
    try:
        # JSONL is rendered where the statements are made (in the workers with --jobs)
        for item, results in extract_all(pipeline, items, jobs, None if table is not None else jsonl_lines):
            if isinstance(item, InputError):
                error(str(item))
                failed = True
                continue
            try:
                if table is not None:
                    table.add(results)
                else:
                    sys.stdout.writelines(results)
                    sys.stdout.flush()
            except ExtractionError as exc:  # the document's statements up to the failure are out
                error(str(exc))
                failed = True
        if table is not None:
            table.close()
    except BrokenPipeError:
        # `diplo extract ... | head`: the reader has what it wanted; that is no error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1 if failed else 0)
    raise typer.Exit(1 if failed else 0)


@app.command()
def check(
    dirs: List[str] = typer.Argument(None, help="Folders of sample articles (*.txt, recursively) or articles. "
                                                "Default: samples."),
    update: bool = typer.Option(False, "--update", help="Rewrite the snapshots that are missing or differ."),
    format: Format = typer.Option(Format.table, "--format", "-f",
                                  help="table (a readable report) or jsonl (one record per drifted statement)."),
    tolerance: float = typer.Option(0.05, min=0.0, help="Confidence differences up to this are not drift."),
    lexicon: List[Path] = typer.Option([], "--lexicon", "-l", help="Extra lexicon file, as for extract. Repeatable."),
    country: str = typer.Option("", help="Country code for unqualified state bodies, as for extract."),
) -> None:
    """Re-extract sample articles and compare with their snapshots (NAME.expected.jsonl beside NAME.txt).

    Exit 0 when all match, 1 when any drifted, lack a snapshot (unless --update) or cannot be read."""
    from .check import CheckSummary
    from .check import check as run_check
    from .pipeline import Pipeline
    from .render import check_summary_line, check_summary_record, write_check_article, write_check_jsonl

    try:
        pipeline = Pipeline(lexicon, home_country=country)
    except DiploError as exc:
        error(str(exc))
        raise typer.Exit(1)
    summary = CheckSummary()
    for result in run_check(pipeline, dirs or ["samples"], update=update, tolerance=tolerance):
        summary.add(result)
        if result.error:
            error(result.error)
        elif format is Format.jsonl:
            write_check_jsonl(result, sys.stdout)
        else:
            write_check_article(result, sys.stdout)
    if format is Format.jsonl:
        import json

        typer.echo(json.dumps(check_summary_record(summary)))
    else:
        typer.echo(check_summary_line(summary, update))
    if not summary.articles and not summary.errors:  # a CI job pointed at the wrong folder must not pass
        error(f"no articles (*.txt) in {' '.join(dirs or ['samples'])}")
        raise typer.Exit(1)
    raise typer.Exit(1 if summary.errors or (not update and summary.failed) else 0)


@app.command(name="eval")
def eval_(
    gold_dir: Path = typer.Argument(..., help="Gold folder: articles (*.txt) and gold.jsonl."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Score this predictions file (diplo extract "
                                        "--format jsonl) instead of extracting the articles now."),
    details: bool = typer.Option(False, "--details", help="List misses, extras and wrong attributions."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON object."),
    lexicon: List[Path] = typer.Option([], "--lexicon", "-l", help="Extra lexicon file, as for extract. Repeatable."),
    country: str = typer.Option("", help="Country code for unqualified state bodies, as for extract."),
) -> None:
    """Score extraction against a gold folder: detection, speaker, institution, quote and strict figures."""
    import json

    from .evaluate import load_gold, predict, read_predictions, score
    from .render import write_eval_report

    try:
        load_gold(gold_dir)
        if pred is not None:
            if not pred.is_file():
                error(f"{pred}: no such file")
                raise typer.Exit(1)
            records = read_predictions(pred)
        else:
            from .pipeline import Pipeline

            records = list(predict(Pipeline(lexicon, home_country=country), gold_dir))
        result = score(gold_dir, records, details=details)
    except DiploError as exc:
        error(str(exc))
        raise typer.Exit(1)
    if json_:
        typer.echo(json.dumps(result, ensure_ascii=False))
    else:
        write_eval_report(result, sys.stdout, details)


@app.command()
def backends(
    stanza_dir: Optional[Path] = typer.Option(None, help="stanza's model folder (default: STANZA_RESOURCES_DIR)."),
    morphology_db: Optional[Path] = typer.Option(None, help="A camel-tools morphology.db to check."),
) -> None:
    """List the backends and components, whether each is available here, and why not."""
    from .backends import status

    for c in status(stanza_dir, morphology_db):
        typer.echo(f"{c.name:<24}{'available' if c.available else 'unavailable':<13}{c.detail}")


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `diplo extract ... | head`: the reader left; not an error
        sys.stderr.close()
        sys.exit(0)
