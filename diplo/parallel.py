"""Extraction over many documents on several cores, in input order.

Documents go to worker processes in small chunks; results come back in the order the documents came
in, whatever order the workers finish in. An input that could not be read (an `InputError`) never goes
to a worker: it keeps its place in the stream and comes out between its neighbours' results. A document
whose extraction fails (an `ExtractionError`, a bug in diplo) comes out the same way, in its place.

Workers are forked where the platform allows it, so they share the parent's already loaded
`Pipeline` (lexicons, camel-tools) instead of loading it again; elsewhere each worker receives it once,
at start-up. A single document, or `jobs=1`, runs in this process with no pool at all.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ExtractionError, InputError
from .model import Document, Statement

if TYPE_CHECKING:
    from .pipeline import Pipeline

Item = Document | InputError
Transform = Callable[[Iterable[Statement]], Iterable]

# A chunk is a few documents, so that pickling and queueing cost little next to extraction, but small
# enough that both workers stay busy to the end of a short batch.
_CHUNK_DOCS = 8
_CHUNK_CHARS = 200_000
# Chunks in flight per worker: enough to hide queueing latency, few enough to bound memory on an
# archive of a million articles.
_IN_FLIGHT = 4

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _extract_chunk(docs: list[Document], transform: Transform | None = None) -> list[list | ExtractionError]:
    assert _worker_pipeline is not None
    return [_extract_one(_worker_pipeline, doc, transform) for doc in docs]


def _extract_one(pipeline: Pipeline, doc: Document, transform: Transform | None) -> list | ExtractionError:
    """One document's results, or the error that stopped them: one document's failure (a bug in diplo)
    never takes its chunk's other documents with it."""
    try:
        if transform is None:
            return pipeline.extract(doc)
        return list(transform(pipeline.iter_statements(doc)))
    except Exception as exc:  # noqa: BLE001 - any failure of one document is reported in its place
        return ExtractionError.of(doc.id, exc)


def _guarded(doc: Document, results: Iterable) -> Iterator:
    """A document's streamed results; a failure midway surfaces as an ExtractionError for it."""
    try:
        yield from results
    except Exception as exc:  # noqa: BLE001
        raise ExtractionError.of(doc.id, exc) from exc


def extract_all(pipeline: Pipeline, items: Iterable[Item], jobs: int = 1, transform: Transform | None = None
                ) -> Iterator[tuple[Item, Iterable]]:
    """(item, statements) for each item in input order; an InputError comes with no statements.
    Consume each item's statements before asking for the next item.

    With `jobs` > 1 and more than one document, documents are extracted in `jobs` worker processes.
    `transform` (a module-level function, so that it pickles) turns a document's statements into what
    the caller wants, in the worker: rendering JSONL there keeps the parent from becoming the
    bottleneck. Its results come back instead of the statements.
    """
    items = iter(items)
    if jobs > 1:
        # Look ahead for a second document: one document alone does not pay for a pool.
        head: list[Item] = []
        docs = 0
        for item in items:
            head.append(item)
            docs += isinstance(item, Document)
            if docs > 1:
                break
        if docs > 1:
            yield from _in_pool(pipeline, _chain(head, items), jobs, transform)
            return
        items = iter(head)
    for item in items:
        # in this process a document's statements stream out section by section (bounded memory)
        if isinstance(item, InputError):
            yield item, []
        else:
            statements = pipeline.iter_statements(item)
            yield item, _guarded(item, transform(statements) if transform is not None else statements)


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest


def _chunks(items: Iterator[Item]) -> Iterator[Item | list[Document]]:
    """InputErrors as they are, documents grouped into chunks, all in input order."""
    chunk: list[Document] = []
    size = 0
    for item in items:
        if isinstance(item, InputError):
            if chunk:
                yield chunk
                chunk, size = [], 0
            yield item
            continue
        chunk.append(item)
        size += len(item.text)
        if len(chunk) >= _CHUNK_DOCS or size >= _CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _in_pool(pipeline: Pipeline, items: Iterator[Item], jobs: int, transform: Transform | None = None
             ) -> Iterator[tuple[Item, list]]:
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork":
        # camel-tools' tokenizer is imported on first use, and its character tables take most of a
        # second to build: load it here once, for every forked worker to inherit.
        from .text import preload_tokenizer

        preload_tokenizer()
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(pipeline,))
    # Entries are an InputError, or a chunk of documents with the future of its results.
    pending: deque = deque()
    limit = jobs * _IN_FLIGHT
    try:
        for entry in _chunks(items):
            if isinstance(entry, InputError):
                pending.append(entry)
            else:
                pending.append((entry, pool.submit(_extract_chunk, entry, transform)))
            # Hand back whatever is finished at the front, and wait once too much is in flight.
            while pending and (len(pending) > limit or _ready(pending[0])):
                yield from _settle(pending.popleft())
        while pending:
            yield from _settle(pending.popleft())
    finally:
        # On an early stop (a closed pipe, an exception) queued chunks are dropped, not computed.
        pool.shutdown(wait=True, cancel_futures=True)


def _ready(entry) -> bool:
    return isinstance(entry, InputError) or entry[1].done()


def _settle(entry) -> Iterator[tuple[Item, list[Statement]]]:
    if isinstance(entry, InputError):
        yield entry, []
        return
    docs, future = entry
    for doc, result in zip(docs, future.result()):
        yield (result, []) if isinstance(result, ExtractionError) else (doc, result)

