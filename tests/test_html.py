"""The readable page of a report: what it shows, that its links resolve, and that text is escaped."""
from collections import Counter
from html.parser import HTMLParser

from conftest import EXAMPLE
from kg.build import build_text
from kg.html import index_page, report_page
from test_cli import kg


class _Page(HTMLParser):
    """The ids, internal links, IRIs and text of a page, and the tags left open."""

    def __init__(self, page: str):
        super().__init__()
        self.ids, self.links, self.iris, self.text, self.open = Counter(), [], [], [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] += 1
        if a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if "data-iri" in a:
            self.iris.append(a["data-iri"])
        if tag not in ("meta", "br"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_the_page_shows_main_targets_measures_and_named_things(example_result):
    graph = example_result.graph
    page = report_page(graph)
    parsed = _Page(page)
    assert not parsed.open                                   # every tag closed, in order
    main = page[page.index('id="main-targets"'):page.index("</section>")]
    assert "地区生产总值" in main and "5.5%左右" in main
    commitments = [n.iri for n in graph.nodes.values() if n.cls == "Commitment"]
    shown = set(parsed.iris)
    assert set(commitments) <= shown                         # every measure, with its IRI
    assert all(iri in graph.nodes or iri == graph.reports[0] for iri in shown)
    assert max(parsed.ids.values()) == 1                     # anchors are unique
    assert set(parsed.links) <= set(parsed.ids)              # and every internal link lands
    assert "磷氟精深加工基地" in "".join(parsed.text)


def test_a_measure_shows_its_numeric_goal(example_result):
    page = report_page(example_result.graph)
    i = page.index("新收储工业用地")
    item = page[page.rindex("<li", 0, i):page.index("</li>", i)]
    assert 'class="goal"' in item and "8000亩" in item


def test_report_text_is_escaped():
    text = ("二、2024年工作安排\n（一）稳住经济大盘。坚持稳中求进工作总基调，全年地区生产总值增长5.5%左右，"
            "建设<script>alert(1)</script>“数字&智能”平台，推进产业转型升级，加快建设现代化产业体系。")
    page = report_page(build_text(text, "x.txt"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not _Page(page).open


def test_the_same_graph_gives_the_same_page(example_result):
    from kg import build
    assert report_page(build(EXAMPLE).graph) == report_page(example_result.graph)


def test_measures_and_targets_outside_any_section_are_shown():
    # a report without the usual headings (as 内蒙古 2026's preamble, or the 1950s national reports)
    text = ("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。"
            "我们要坚定不移推进高质量发展，加快建设现代化产业体系，新建5G基站1万个，支持开阳、息烽建设磷氟精深加工基地。")
    graph = build_text(text, "x.txt")
    page = report_page(graph)
    parsed = _Page(page)
    assert "unsectioned" in parsed.ids and not parsed.open
    assert {n.iri for n in graph.nodes.values() if n.cls in ("Commitment", "Target")} <= set(parsed.iris)
    assert set(parsed.links) <= set(parsed.ids)
    assert "5%左右" in page and "磷氟精深加工基地" in page


def test_tasks_sit_inside_their_part(example_result):
    page = report_page(example_result.graph)
    part = page.index('<section id="n-section-2"')
    task = page.index('<section id="n-section-2.1"')
    assert part < task < page.index('<section id="results"')
    assert "<h2>二、" in page[part:task]                     # the part's own numbering


def test_two_reports_of_one_region_and_year_keep_a_page_each(tmp_path):
    again = tmp_path / "again"
    again.mkdir()
    (again / "copy.txt").write_bytes(EXAMPLE.read_bytes())
    r = kg("build", EXAMPLE, again / "copy.txt", "-o", tmp_path / "out", "-f", "html", "--no-store", "-q")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "html").iterdir()) == [
        "index.html", "贵阳市-2024-2.html", "贵阳市-2024.html"]


def test_build_writes_a_page_and_an_index(tmp_path):
    r = kg("build", EXAMPLE, "-o", tmp_path, "-f", "html", "-f", "ttl", "--no-store", "-q")
    assert r.returncode == 0, r.stderr
    pages = sorted(p.name for p in (tmp_path / "html").iterdir())
    assert pages == ["index.html", "贵阳市-2024.html"]
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert 'href="贵阳市-2024.html"' in index and not _Page(index).open
    assert (tmp_path / "graph.ttl").is_file()


def test_index_lists_each_report_with_its_counts():
    page = index_page([("a-2024.html", "甲市2024年政府工作报告", {"Target": 3, "Project": 2, "Place": 1})])
    assert ">甲市2024年政府工作报告</a>" in page and '<td class="n">3</td>' in page and '<td class="n">3</td></tr>' in page


def test_a_page_that_cannot_be_written_fails_that_report_only(monkeypatch):
    from kg import corpus
    def broken(graph):
        raise KeyError("font")
    monkeypatch.setattr(corpus, "report_page", broken)
    failed = corpus.build_file(EXAMPLE, None, corpus.DEFAULT_BASE, ("ttl", "html"))
    assert isinstance(failed, corpus.Failure) and "internal error: KeyError" in failed.message
