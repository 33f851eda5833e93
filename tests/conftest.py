"""Shared fixtures: the bundled example, its built graph, and the optional corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "guiyang-2024.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser):
    parser.addoption("--corpus", default=os.environ.get("GWR_CORPUS", str(ROOT.parent / "shared" / "corpus")),
                     help="folder of real work reports for whole-corpus checks (skipped when absent)")


@pytest.fixture(scope="session")
def corpus(request) -> Path:
    path = Path(request.config.getoption("--corpus"))
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path} (pass --corpus DIR or set GWR_CORPUS)")
    return path


@pytest.fixture(scope="session")
def eval_dir(corpus) -> Path:
    path = corpus.parent / "eval"
    if not (path / "score.py").is_file():
        pytest.skip(f"evaluation kit not found at {path}")
    return path


@pytest.fixture(scope="session")
def example_result():
    from kg import build
    return build(EXAMPLE)


@pytest.fixture(scope="session")
def example_doc(example_result):
    return example_result.documents[0]


@pytest.fixture(scope="session")
def example_out(example_result, tmp_path_factory) -> Path:
    from kg.rdf import write
    out = tmp_path_factory.mktemp("example")
    write(example_result.graph, out)
    return out
