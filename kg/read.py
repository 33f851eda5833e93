"""Read a report file robustly: encodings, BOMs, HTML, junk input.

Everything downstream indexes into :attr:`Text.text`, so all normalisation
(line endings, zero-width characters, HTML stripping) happens here, once.

>>> t = read_string("各位代表：\\r\\n现在，我代表省人民政府向大会报告工作。" * 10)
>>> t.text.count("\\r"), t.encoding, t.warnings
(0, 'str', [])
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["ReportError", "Text", "read_text", "read_string", "MIN_CJK"]

#: Fewer CJK characters than this and the input is refused outright.
MIN_CJK = 50
#: Fewer than this (but at least MIN_CJK) only earns a warning.
SHORT_CJK = 200

MARKERS = (
    "各位代表", "政府工作", "工作报告", "工作回顾", "主要目标", "预期目标",
    "重点工作", "工作任务", "人民代表大会", "工作安排", "总体要求",
)
NO_MARKERS = "no work-report headings found; results are best-effort"
HTML_STRIPPED = "HTML markup stripped"

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, e.g. .docx"),
    (b"\xd0\xcf\x11\xe0", "MS Office document, e.g. .doc"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"{\\rtf", "RTF document"),
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|p|div|table|h[1-6])[\s>/]",
    re.I | re.S,
)


class ReportError(Exception):
    """Bad input, with a one-line message meant for the user.

    >>> str(ReportError("empty file: x.txt"))
    'empty file: x.txt'
    """


@dataclass
class Text:
    """A decoded, normalised report text; offsets downstream index ``text``."""

    text: str
    path: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


# --- entry points ----------------------------------------------------------

def read_text(path: str | Path, max_bytes: int = 50_000_000) -> Text:
    """Read, decode, normalise and sanity-check a report file.

    Raises :class:`ReportError` (never a raw OSError/UnicodeError) on bad input.
    """
    name = str(path)
    data = _read_bytes(Path(path), name, max_bytes)
    text, encoding, warnings = _decode(data, name)
    return _finish(text, name, encoding, warnings)


def read_string(text: str, name: str = "<string>") -> Text:
    """Apply :func:`read_text`'s normalisation and checks to a string.

    >>> read_string("\\ufeff各位代表：\\u200b" + "政府工作报告" * 10).text[:5]
    '各位代表：'
    >>> read_string("   ")
    Traceback (most recent call last):
    ...
    kg.read.ReportError: empty text (only whitespace): <string>
    """
    if not isinstance(text, str):
        raise ReportError(f"not a text string: {name}")
    if not text.strip():
        raise ReportError(f"empty text (only whitespace): {name}")
    return _finish(text, name, "str", [])


# --- bytes -----------------------------------------------------------------

def _read_bytes(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise ReportError(f"cannot read {name}: is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise ReportError(_too_large(name, size, max_bytes))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # stat lies for pipes and /proc
    except ReportError:
        raise
    except FileNotFoundError:
        raise ReportError(f"cannot read {name}: no such file") from None
    except PermissionError:
        raise ReportError(f"cannot read {name}: permission denied") from None
    except OSError as exc:
        raise ReportError(f"cannot read {name}: {exc.strerror or exc}") from None
    except ValueError:  # e.g. a NUL character in the path
        raise ReportError(f"cannot read {name!r}: invalid path") from None
    if len(data) > max_bytes:
        raise ReportError(_too_large(name, len(data), max_bytes))
    if not data:
        raise ReportError(f"empty file: {name}")
    return data


def _too_large(name: str, size: int, limit: int) -> str:
    return f"file too large: {name} is {_human(size)}, the limit is {_human(limit)}"


def _human(n: int) -> str:
    """Byte count for people.

    >>> _human(512), _human(2048), _human(52_428_800)
    ('512 bytes', '2.0 KB', '50.0 MB')
    """
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 ** 2:
        return f"{n / 1024:.1f} KB"
    return f"{n / 1024 ** 2:.1f} MB"


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Bytes to str: BOM, then UTF-8, then GB18030, then a guess."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc, []
            except UnicodeDecodeError:
                raise ReportError(f"cannot decode {name}: bad {enc} data after its byte-order mark") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReportError(f"not a text file (binary data, {kind}): {name}")
    if b"\x00" in data:
        utf16 = _sniff_utf16(data)
        if utf16:
            return utf16
        raise ReportError(f"not a text file (binary data): {name}")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly:
        return nearly
    try:
        return data.decode("gb18030"), "gb18030", []
    except UnicodeDecodeError:
        return _guess(data, name)


def _nearly_utf8(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a handful of bad bytes (e.g. cut mid-character).

    GB18030 would accept such bytes too, but would turn the whole text
    into mojibake, so a few replaced bytes are the lesser evil.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(2, len(text) // 1000):
        return None
    return text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD"]


def _sniff_utf16(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-16 without a BOM: NULs mostly in odd (LE) or even (BE) positions."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for enc, here, there in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if here > 10 * there:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _control_ratio(text) < 0.01:
                return text, enc, [f"no byte-order mark; decoded as {enc}"]
    return None


def _guess(data: bytes, name: str) -> tuple[str, str, list[str]]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not best.encoding:
        raise ReportError(f"not a text file (binary data): {name}")
    text = str(best)
    return text, best.encoding, [
        f"encoding is neither UTF-8 nor GB18030; guessed {best.encoding}, check the text"
    ]


# --- text ------------------------------------------------------------------

def _finish(text: str, name: str, encoding: str, warnings: list[str]) -> Text:
    """Normalise and check a decoded text."""
    text = normalise(text)
    if _looks_html(text):
        text = strip_html(text)
        warnings.append(HTML_STRIPPED)
    if not text.strip():
        raise ReportError(f"empty file (only whitespace): {name}")
    _check_controls(text, name)
    warnings.extend(_content_warnings(text, name))
    return Text(text=text, path=name, encoding=encoding, warnings=warnings)


def normalise(text: str) -> str:
    r"""Line endings to ``\n``; zero-width characters and BOMs removed.

    >>> normalise("a\r\nb\rc\u200bd\ufeff")
    'a\nb\ncd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ZERO_WIDTH.sub("", text)


def _control_ratio(text: str) -> float:
    sample = text[:100_000]
    # each distinct character looked up once: a report has a few thousand of them
    bad = sum(
        n for ch, n in Counter(sample).items()
        if ch == "\ufffd"
        or (ch not in "\n\t\f\v" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    )
    return bad / max(len(sample), 1)


def _check_controls(text: str, name: str) -> None:
    if _control_ratio(text) > 0.02:
        raise ReportError(f"not a text file (binary data): {name}")


def _content_warnings(text: str, name: str) -> list[str]:
    n_cjk = len(_CJK.findall(text))
    if n_cjk < MIN_CJK:
        raise ReportError(
            f"not a government work report: {name} has almost no Chinese text ({n_cjk} CJK characters)"
        )
    out = []
    if n_cjk < SHORT_CJK:
        out.append(f"very short text ({n_cjk} CJK characters); results are best-effort")
    if not any(m in text for m in MARKERS):
        out.append(NO_MARKERS)
    return out


# --- HTML ------------------------------------------------------------------

def _looks_html(text: str) -> bool:
    """Markup at the start, or many tags for the length.

    >>> _looks_html("<html><body><p>各位代表</p></body></html>")
    True
    >>> _looks_html("各位代表：a<b 的情况")
    False
    """
    if _HTML_START.match(text[:2000]):
        return True
    tags = _TAG.findall(text)
    return len(tags) >= 10 and len(tags) * 1000 / max(len(text), 1) >= 2


_BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "ul", "ol",
    "table", "section", "article", "header", "footer", "blockquote", "pre", "title",
    "dt", "dd", "hr", "center", "nav", "aside", "main", "figure", "figcaption",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    """Text of an HTML page: block elements become line breaks.

    >>> strip_html("<p>一&amp;二</p><script>x=1</script><div>三<br>四</div>")
    '一&二\\n三\\n四'
    """
    parser = _Stripper()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.strip(" \t") for line in normalise(text).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{2,}", "\n", text).strip("\n")
