"""A report as one readable, self-contained HTML page, from the graph model.

For the reader who wants the report's commitments without a query language: the
main expected targets, then each part and task with its measures in report
order, their numeric goals, sectors and the projects, organizations and places
they name, then the measures and targets no section holds, last year's results,
and an index of every named thing with links back to the measures that name it.
Each row carries its IRI (``data-iri``) and its offset into the report text
(``data-start``), so a line on the page can be found in the RDF, in Neo4j and in
the source. No script, no external file; the same graph gives the same bytes.

>>> from kg.build import build
>>> page = report_page(build("examples/guiyang-2024.txt").graph)
>>> "地区生产总值" in page and page.count('<li class="measure"') > 500
True
"""
from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Iterable, Sequence

from .model import Node, ReportGraph

#: The format name that asks ``kg build`` for these pages (OUT/html/REPORT.html and an index).
HTML = "html"

_ENTITY_KINDS = (("项目 Projects", ("Project",)), ("规划与行动 Programmes", ("Programme",)),
                 ("机构与企业 Organizations", ("Organization", "GovernmentAgency", "Enterprise", "Institution")),
                 ("地点 Places", ("Place", "AdministrativeArea")))
_ENTITY_CLASSES = {c for _, classes in _ENTITY_KINDS for c in classes}
# as queries/main-targets.rq: the targets stated in the lead-in of a plan (or outlook) part
_MAIN_TARGET_ROLES = ("plan", "outlook")
_AFTER_FIGURE = ("左右", "以上", "以内", "以下", "上下")     # 5.5%左右, but 超过3000亿元
_NUMERALS = "一二三四五六七八九十"

_STYLE = """
body{font:15px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:64rem;padding:1rem 1.5rem;color:#1d1d1f}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;border-bottom:1px solid #ddd;margin-top:2rem}h3{font-size:1.05rem}
.facts{color:#555}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f6f6f6}
td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}.quote{color:#555}
li.measure{margin:.4rem 0}.meta{font-size:.85rem;color:#555}.sector{background:#eef3fb;border-radius:.3rem;padding:0 .35rem;margin-right:.25rem}
.goal{background:#fdf3e1;border-radius:.3rem;padding:0 .35rem;margin-right:.25rem}.firm{font-weight:600}
nav ol ol{margin:0}a{color:#0b57d0;text-decoration:none}a:hover{text-decoration:underline}footer{margin:3rem 0 1rem;color:#777;font-size:.85rem}
"""
_HEAD = ('<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
         '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         "<title>TITLE · gwr-kg</title>\n<style>" + _STYLE + "</style>\n</head>\n<body>\n")


def report_page(graph: ReportGraph, report: str = "") -> str:
    """The page of one report of ``graph`` (its first, unless ``report`` names another)."""
    rep = report or graph.reports[0]
    view = _View(graph, rep)
    meta = graph.nodes[rep].props
    title = report_title(graph, rep)
    parts = [_HEAD.replace("TITLE", _e(title)),
             f'<header><h1>{_e(title)}</h1>\n<p class="facts">{_e(_facts(meta, view))}</p></header>\n',
             _contents(view), _main_targets(view)]
    parts += [_part(view, part) for part in view.parts]
    parts += [_unsectioned(view), _results(view), _entities(view),
              f'<footer>gwr-kg · <span data-iri="{_e(rep)}">{_e(rep)}</span> · '
              f"{_e(meta.get('sourceFile', ''))} · sha256 {_e(meta.get('textSha256', ''))}</footer>\n"
              "</body>\n</html>\n"]
    return "".join(parts)


def report_title(graph: ReportGraph, report: str) -> str:
    """What a report's page and the index call it: its label (贵阳市2024年政府工作报告)."""
    return graph.nodes[report].props.get("text") or report.rsplit("/", 1)[-1]


def index_page(reports: Sequence[tuple[str, str, dict]]) -> str:
    """A table of reports, each ``(page file name, title, nodes per class)``, linking to their pages."""
    rows = []
    for href, title, counts in reports:
        entities = sum(n for c, n in counts.items() if c in _ENTITY_CLASSES)
        rows.append(f'<tr><td><a href="{_e(href)}">{_e(title)}</a></td>'
                    + "".join(f'<td class="n">{counts.get(c, 0)}</td>' for c in ("Target", "Achievement", "Commitment"))
                    + f'<td class="n">{entities}</td></tr>')
    return (_HEAD.replace("TITLE", "政府工作报告") + f"<h1>政府工作报告 Work reports ({len(reports)})</h1>\n<table>\n"
            "<tr><th>报告 Report</th><th>目标 Targets</th><th>成绩 Results</th><th>举措 Measures</th>"
            "<th>实体 Named things</th></tr>\n" + "\n".join(rows) + "\n</table>\n</body>\n</html>\n")


class _View:
    """The nodes of one report and the edges between them, indexed for the page."""

    def __init__(self, graph: ReportGraph, rep: str):
        self.nodes = graph.nodes
        self.out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.into: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for e in sorted(set(graph.edges)):
            if e.report == rep:
                self.out[e.source][e.prop].append(e.target)
                self.into[e.target][e.prop].append(e.source)
        self.by_class: dict[str, list[Node]] = defaultdict(list)
        for n in sorted((n for n in graph.nodes.values() if n.report == rep), key=_position):
            self.by_class[n.cls].append(n)
        self.measures = {s.iri: self._measures(s.iri) for s in self.of("Part", "Task")}
        # a part is shown when it or one of its tasks holds measures
        self.tasks = {p.iri: [t for t in self.linking(p.iri, "partOf") if t.cls == "Task" and self.measures[t.iri]]
                      for p in self.of("Part")}
        self.parts = [p for p in self.of("Part") if self.measures[p.iri] or self.tasks[p.iri]]
        plan = {s.iri for s in self.of("Part") if s.props.get("role") in _MAIN_TARGET_ROLES}
        self.main_targets = [t for t in self.of("Target") if self.section_of(t) in plan]
        self.unsectioned = [c for c in self.of("Commitment") if not self.section_of(c)]
        # targets neither in the main table nor the goal of a measure: otherwise the page would not show them
        shown = {t.iri for t in self.main_targets}
        shown.update(t for c in self.of("Commitment") for t in self.out[c.iri]["hasTarget"])
        self.other_targets = [t for t in self.of("Target") if t.iri not in shown]

    def of(self, *classes: str) -> list[Node]:
        return sorted((n for c in classes for n in self.by_class.get(c, ())), key=_position)

    def linked(self, iri: str, prop: str) -> list[Node]:
        return [self.nodes[t] for t in self.out[iri][prop] if t in self.nodes]

    def linking(self, iri: str, prop: str) -> list[Node]:
        return sorted((self.nodes[s] for s in self.into[iri][prop] if s in self.nodes), key=_position)

    def _measures(self, section: str) -> list[Node]:
        return [c for c in self.linking(section, "inSection") if c.cls == "Commitment"]

    def section_of(self, node: Node) -> str:
        sections = self.out[node.iri]["inSection"]
        return sections[0] if sections else ""


def _position(n: Node) -> tuple:
    return (n.props.get("start", -1), n.props.get("end", -1), n.iri)


def _facts(meta: dict, view: _View) -> str:
    counts = [("目标", len(view.of("Target"))), ("成绩", len(view.of("Achievement"))),
              ("举措", len(view.of("Commitment"))), ("实体", len(view.of(*_ENTITY_CLASSES)))]
    head = " · ".join(str(v) for v in (meta.get("region"), meta.get("level"), meta.get("year")) if v)
    return head + " — " + " · ".join(f"{n} {label}" for label, n in counts)


def _anchor(iri: str) -> str:
    kind, name = iri.rsplit("/", 2)[-2:]
    return _e(f"n-{kind}-{name}")


def _heading(section: Node) -> str:
    """（一）… as the report numbers it; a part's title gets its 一、 back."""
    title, number = section.props.get("text", ""), section.props.get("number", "")
    if section.cls == "Part" and number.isdigit() and 0 < int(number) <= len(_NUMERALS):
        return f"{_NUMERALS[int(number) - 1]}、{title}"
    return title


def _contents(view: _View) -> str:
    items = ['<li><a href="#main-targets">主要预期目标 Main targets</a></li>']
    for p in view.parts:
        tasks = "".join(f'<li><a href="#{_anchor(t.iri)}">{_e(_heading(t))}</a></li>' for t in view.tasks[p.iri])
        items.append(f'<li><a href="#{_anchor(p.iri)}">{_e(_heading(p))}</a>' + (f"<ol>{tasks}</ol>" if tasks else "") + "</li>")
    if view.unsectioned or view.other_targets:
        items.append('<li><a href="#unsectioned">其他 Elsewhere</a></li>')
    items += ['<li><a href="#results">成绩 Results</a></li>', '<li><a href="#entities">索引 Index</a></li>']
    return "<nav><ol>\n" + "\n".join(items) + "\n</ol></nav>\n"


def figure(t: Node) -> str:
    """A target or result as the report words it: 5.5%左右, 2700多万元, 力争超过70GWh.

    >>> figure(Node("x", "Target", {"expression": "5.5%", "qualifier": "左右", "value": 5.5}, "r"))
    '5.5%左右'
    """
    p = t.props
    written = p.get("expression") or ""
    if not written and "value" in p:
        written = f"{_number(p['value'])}{p.get('unit', '')}"
    qualifier = p.get("qualifier") or ""
    if qualifier in written:
        qualifier = ""
    shown = written + qualifier if qualifier in _AFTER_FIGURE else qualifier + written
    return ("力争" + shown) if p.get("strengthCode") == "aspirational" and "力争" not in shown else shown


def _number(x) -> str:
    return format(x, "f").rstrip("0").rstrip(".") if isinstance(x, float) and x >= 1e-4 else str(x)


def _target_rows(view: _View, targets: Iterable[Node]) -> str:
    rows = []
    for t in targets:
        indicator = view.linked(t.iri, "indicator")
        canonical = [c for i in indicator for c in view.linked(i.iri, "sameIndicator")]
        rows.append(f'<tr id="{_anchor(t.iri)}" data-iri="{_e(t.iri)}" data-start="{t.props.get("start", "")}">'
                    f"<td>{_e(t.props.get('text', ''))}</td><td class=\"n\">{_e(figure(t))}</td>"
                    f"<td>{_e(canonical[0].props.get('text', '') if canonical else '')}</td>"
                    f"<td class=\"quote\">{_e(t.props.get('quote', ''))}</td></tr>")
    return ("<table>\n<tr><th>指标 Indicator</th><th>数值 Value</th><th>统一指标 Canonical</th>"
            "<th>原文 Quote</th></tr>\n" + "\n".join(rows) + "\n</table>\n")


def _main_targets(view: _View) -> str:
    main = view.main_targets
    body = _target_rows(view, main) if main else \
        "<p>未在计划部分识别出主要预期目标。 No main targets were found in a plan part.</p>\n"
    return f'<section id="main-targets"><h2>主要预期目标 Main targets</h2>\n{body}</section>\n'


def _part(view: _View, part: Node) -> str:
    own = _measure_list(view, view.measures[part.iri])
    tasks = "".join(f'<section id="{_anchor(t.iri)}" data-iri="{_e(t.iri)}"><h3>{_e(_heading(t))}</h3>\n'
                    f"{_measure_list(view, view.measures[t.iri])}</section>\n" for t in view.tasks[part.iri])
    return (f'<section id="{_anchor(part.iri)}" data-iri="{_e(part.iri)}"><h2>{_e(_heading(part))}</h2>\n'
            f"{own}{tasks}</section>\n")


def _measure_list(view: _View, measures: Sequence[Node]) -> str:
    return "<ol>\n" + "\n".join(_measure(view, c) for c in measures) + "\n</ol>\n" if measures else ""


def _measure(view: _View, c: Node) -> str:
    goals = [f'<span class="goal" data-iri="{_e(t.iri)}" title="{_e(t.props.get("quote", ""))}">'
             f'{_e(t.props.get("text", ""))} {_e(figure(t))}</span>'
             for t in view.linked(c.iri, "hasTarget")]
    sectors = [f'<span class="sector">{_e(s.props.get("text", ""))}</span>' for s in view.linked(c.iri, "sector")]
    named = sorted(view.linked(c.iri, "involves") + view.linked(c.iri, "mentions"), key=lambda n: n.props.get("text", ""))
    links = [f'<a href="#{_anchor(n.iri)}">{_e(n.props.get("text", ""))}</a>' for n in named]
    meta = " · ".join(filter(None, (" ".join(goals + sectors), "、".join(links))))
    strength = ' class="firm"' if c.props.get("strengthCode") == "firm" else ""
    return (f'<li class="measure" id="{_anchor(c.iri)}" data-iri="{_e(c.iri)}" data-start="{c.props.get("start", "")}">'
            f"<span{strength}>{_e(c.props.get('text', ''))}</span>"
            + (f'\n<div class="meta">{meta}</div>' if meta else "") + "</li>")


def _unsectioned(view: _View) -> str:
    measures, targets = view.unsectioned, view.other_targets
    if not measures and not targets:
        return ""
    body = (f"<h3>不在任何章节的举措 Measures outside the sections ({len(measures)})</h3>\n{_measure_list(view, measures)}"
            if measures else "")
    body += f"<h3>其他目标 Other targets ({len(targets)})</h3>\n{_target_rows(view, targets)}" if targets else ""
    return f'<section id="unsectioned"><h2>其他 Elsewhere</h2>\n{body}</section>\n'


def _results(view: _View) -> str:
    results = view.of("Achievement")
    body = _target_rows(view, results) if results else "<p>No results found.</p>\n"
    return f'<section id="results"><h2>成绩 Results</h2>\n{body}</section>\n'


def _entities(view: _View) -> str:
    out = ['<section id="entities"><h2>索引 Index</h2>\n']
    for title, classes in _ENTITY_KINDS:
        things = sorted(view.of(*classes), key=lambda n: (-n.props.get("mentionCount", 0), n.props.get("text", "")))
        if not things:
            continue
        rows = []
        for n in things:
            where = sorted(view.linking(n.iri, "involves") + view.linking(n.iri, "mentions"), key=_position)
            back = " ".join(f'<a href="#{_anchor(c.iri)}">{i}</a>' for i, c in enumerate(where, 1))
            aliases = "、".join(n.props.get("alias") or ())
            same = "".join(f'<span data-iri="{_e(c.iri)}">{_e(c.props.get("text", ""))}'
                           f'{" " + _e(c.props["adminCode"]) if c.props.get("adminCode") else ""}</span>'
                           for c in view.linked(n.iri, "sameEntity"))
            rows.append(f'<tr id="{_anchor(n.iri)}" data-iri="{_e(n.iri)}"><td>{_e(n.props.get("text", ""))}</td>'
                        f"<td>{_e(aliases)}</td><td>{same}</td><td class=\"n\">{n.props.get('mentionCount', '')}</td>"
                        f"<td>{back}</td></tr>")
        out.append(f"<h3>{title} ({len(things)})</h3>\n<table>\n<tr><th>名称 Name</th><th>别名 Aliases</th>"
                   "<th>跨报告 Across reports</th><th>次数 Mentions</th><th>举措 Measures</th></tr>\n"
                   + "\n".join(rows) + "\n</table>\n")
    out.append("</section>\n")
    return "".join(out)


def _e(text) -> str:
    return escape(str(text), quote=True)
