"""kg.read: decoding, normalisation and refusal of bad input."""
from __future__ import annotations

import doctest
import os
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg.read  # noqa: E402
from kg.read import (  # noqa: E402
    HTML_STRIPPED, NO_MARKERS, ReportError, Text, _decode, read_string, read_text,
)

REPORT = (
    "2025年贵州省政府工作报告\n"
    "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上\n"
    "各位代表：\n"
    "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n"
    "一、2024年工作回顾\n"
    + "全年地区生产总值增长5.3%，一般公共预算收入增长4.4%，居民收入增长与经济增长基本同步。\n" * 8
)
# Chinese text without any of the usual work-report words.
NOVEL = "春天来了，山上的花都开了，小河里的水哗哗地流着，孩子们在田野里奔跑玩耍。" * 12


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path, **kw) -> str:
    with pytest.raises(ReportError) as exc:
        read_text(path, **kw)
    msg = str(exc.value)
    assert "\n" not in msg and msg, "message must be one plain line"
    return msg


# --- encodings -------------------------------------------------------------

def test_utf8(tmp_path):
    t = read_text(write(tmp_path, "r.txt", REPORT.encode("utf-8")))
    assert isinstance(t, Text)
    assert (t.text, t.encoding, t.warnings) == (REPORT, "utf-8", [])
    assert t.path == str(tmp_path / "r.txt")


def test_gbk_falls_back_to_gb18030(tmp_path):
    t = read_text(write(tmp_path, "gbk.txt", REPORT.encode("gbk")))
    assert t.text == REPORT
    assert t.encoding == "gb18030"
    assert t.warnings == []


def test_gb18030_only_characters(tmp_path):
    text = REPORT + "䶮𠀀\n"  # outside GBK: CJK ext A, ext B (4-byte in GB18030)
    t = read_text(write(tmp_path, "gb.txt", text.encode("gb18030")))
    assert t.text == text and t.encoding == "gb18030"


def test_utf8_bom_dropped(tmp_path):
    t = read_text(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + REPORT.encode("utf-8")))
    assert t.text == REPORT
    assert not t.text.startswith("\ufeff")
    assert t.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_bom(tmp_path, codec, bom):
    data = bom + REPORT.replace("\n", "\r\n").encode(codec)
    t = read_text(write(tmp_path, "u16.txt", data))
    assert t.text == REPORT  # BOM dropped, CRLF normalised
    assert t.encoding == codec


def test_utf16_python_codec_with_bom(tmp_path):
    t = read_text(write(tmp_path, "u16.txt", REPORT.encode("utf-16")))
    assert t.text == REPORT


def test_utf16_without_bom_sniffed(tmp_path):
    t = read_text(write(tmp_path, "u16.txt", REPORT.encode("utf-16-le")))
    assert t.text == REPORT
    assert t.encoding == "utf-16-le"
    assert any("byte-order mark" in w for w in t.warnings)


def test_utf8_cut_mid_character_is_not_mojibake(tmp_path):
    data = REPORT.encode("utf-8") + "报告".encode("utf-8")[:-1]
    t = read_text(write(tmp_path, "cut.txt", data))
    assert t.encoding == "utf-8"
    assert t.text.startswith(REPORT)
    assert t.text.endswith("报\ufffd")
    assert any("invalid UTF-8" in w for w in t.warnings)


def test_last_resort_guess_names_encoding():
    # Cyrillic cp1251 is neither UTF-8 nor GB18030 (odd-length runs of high bytes).
    data = ("Отчёт о работе правительства области за прошлый год. " * 20).encode("cp1251")
    text, encoding, warnings = _decode(data, "ru.txt")
    assert "правительства" in text
    assert encoding and encoding not in ("utf-8", "gb18030")
    assert len(warnings) == 1 and encoding in warnings[0] and "guessed" in warnings[0]


def test_last_resort_text_without_chinese_is_refused(tmp_path):
    data = ("Отчёт о работе правительства области за прошлый год. " * 20).encode("cp1251")
    msg = refused(write(tmp_path, "ru.txt", data))
    assert msg.startswith("not a government work report:")


# --- binary and empty input -----------------------------------------------

def test_binary_with_nul_bytes(tmp_path):
    data = bytes(range(256)) * 40
    msg = refused(write(tmp_path, "x.bin", data))
    assert msg == f"not a text file (binary data): {tmp_path / 'x.bin'}"


def test_pdf_magic(tmp_path):
    msg = refused(write(tmp_path, "x.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert msg.startswith("not a text file (binary data")
    assert "PDF" in msg and msg.endswith("x.pdf")


def test_docx_magic(tmp_path):
    msg = refused(write(tmp_path, "x.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30))
    assert "not a text file" in msg and "docx" in msg


def test_random_bytes_without_nul(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.choice(range(1, 256)) for _ in range(20_000))
    msg = refused(write(tmp_path, "noise.dat", data))
    assert msg.startswith(("not a text file", "not a government work report"))


def test_empty_file(tmp_path):
    assert refused(write(tmp_path, "e.txt", b"")) == f"empty file: {tmp_path / 'e.txt'}"


@pytest.mark.parametrize("data", [b"  \n\t\r\n   \n", "\u3000\u3000\n".encode("utf-8"),
                                  "  \n".encode("utf-16")])
def test_whitespace_only_file(tmp_path, data):
    msg = refused(write(tmp_path, "w.txt", data))
    assert msg.startswith("empty file (only whitespace):")


# --- paths -----------------------------------------------------------------

def test_missing_path(tmp_path):
    p = tmp_path / "nope.txt"
    assert refused(p) == f"cannot read {p}: no such file"
    assert refused(str(p)) == f"cannot read {p}: no such file"


def test_invalid_path():
    assert refused("bad\x00name.txt") == "cannot read 'bad\\x00name.txt': invalid path"


def test_directory(tmp_path):
    assert refused(tmp_path) == f"cannot read {tmp_path}: is a directory"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read files whatever their mode")
def test_permission_denied(tmp_path):
    p = write(tmp_path, "locked.txt", REPORT.encode())
    p.chmod(0)
    try:
        assert refused(p) == f"cannot read {p}: permission denied"
    finally:
        p.chmod(0o644)


def test_oversize(tmp_path):
    p = write(tmp_path, "big.txt", REPORT.encode("utf-8"))
    size = p.stat().st_size
    msg = refused(p, max_bytes=100)
    assert msg.startswith(f"file too large: {p} is ")
    assert "the limit is 100 bytes" in msg
    assert read_text(p, max_bytes=size).text == REPORT  # exactly at the limit is fine


# --- content checks --------------------------------------------------------

def test_no_chinese(tmp_path):
    p = write(tmp_path, "en.txt", b"Government Work Report\n" + b"Fellow deputies, growth was 5%.\n" * 50)
    msg = refused(p)
    assert msg.startswith(f"not a government work report: {p}")
    assert "0 CJK" in msg


def test_few_chinese_characters_refused():
    with pytest.raises(ReportError, match="almost no Chinese"):
        read_string("Report 报告 " * 20)


def test_chinese_without_report_words_warns_only():
    t = read_string(NOVEL, "novel.txt")
    assert t.text == NOVEL
    assert t.warnings == [NO_MARKERS]


def test_short_text_warns_only():
    t = read_string("各位代表：" + "经济运行稳中向好。" * 8)
    assert len(t.warnings) == 1 and "very short" in t.warnings[0]


# --- normalisation ---------------------------------------------------------

def test_line_endings_and_zero_width(tmp_path):
    lines = REPORT.split("\n")
    raw = "\r\n".join(lines[:4]) + "\r" + "\r".join(lines[4:]) + "\u200b"
    raw = raw.replace("各位代表", "各位\u200c代\u200d表\ufeff")
    t = read_text(write(tmp_path, "crlf.txt", raw.encode("utf-8")))
    assert t.text == REPORT
    assert not any(c in t.text for c in "\r\u200b\u200c\u200d\ufeff")


def test_read_string_applies_same_rules():
    t = read_string("\ufeff" + REPORT.replace("\n", "\r\n"))
    assert (t.text, t.path, t.encoding) == (REPORT, "<string>", "str")
    with pytest.raises(ReportError, match=r"^empty text \(only whitespace\): r\.txt$"):
        read_string(" \n\u3000", "r.txt")
    with pytest.raises(ReportError, match="not a text file"):
        read_string("\x00\x01\x02\x03" * 100 + REPORT)


# --- HTML ------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>2025年贵州省政府工作报告</title>
<style>p { color: red; } .x { font: 12px; }</style>
<script>var msg = "各位代表 should not survive"; if (a < b && c) { go(); }</script>
</head><body>
<div class="nav"><a href="/">首页</a></div>
<h1>2025年贵州省政府工作报告</h1>
<p>——2025年1月19日在贵州省第十四届人民代表大会第三次会议上</p>
<p>各位代表：</p><p>现在，我代表省人民政府向大会报告工作&nbsp;，请予审议。</p>
<h2>一、2024年工作回顾</h2>
<ul><li>地区生产总值增长5.3%&#xFF0C;收入增长4.4%</li><li>R&amp;D投入&gt;2%，&ldquo;四新&rdquo;主攻&ldquo;四化&rdquo;</li></ul>
<p>第一行<br>第二行<br/>第三行</p>
<table><tr><td>指标</td><td>目标</td></tr><tr><td>增长</td><td>5.5%左右</td></tr></table>
""" + "<p>经济运行回升向好，发展质量效益不断提升，人民生活持续改善，社会大局和谐稳定。</p>\n" * 5 + """
<script type="text/javascript">document.write("分享到微信");</script>
</body></html>
"""


def test_html_stripped(tmp_path):
    t = read_text(write(tmp_path, "page.html", PAGE.encode("utf-8")))
    assert HTML_STRIPPED in t.warnings
    lines = t.text.split("\n")
    assert "<" not in t.text and ">2%" in t.text  # tags gone, &gt; unescaped
    assert "should not survive" not in t.text and "分享到微信" not in t.text
    assert "color: red" not in t.text
    assert "各位代表：" in lines
    assert "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上" in lines
    assert "一、2024年工作回顾" in lines
    assert "地区生产总值增长5.3%，收入增长4.4%" in lines          # &#xFF0C;
    assert "R&D投入>2%，“四新”主攻“四化”" in lines                 # &amp; &gt; &ldquo;
    assert ["第一行", "第二行", "第三行"] == [ln for ln in lines if ln.startswith("第") and "行" in ln]
    assert "\xa0" not in t.text
    assert "\n\n" not in t.text  # one line per block


def test_html_in_gbk(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="gb2312"').replace("&ldquo;", "")
    t = read_text(write(tmp_path, "page.htm", page.encode("gbk", errors="ignore")))
    assert t.encoding == "gb18030"
    assert HTML_STRIPPED in t.warnings
    assert "各位代表：" in t.text.split("\n")


def test_html_fragment_detected_by_tag_density():
    body = "".join(f"<p>第{i}条：经济运行稳中向好，人民生活持续改善。</p>" for i in range(30))
    t = read_string("说明文字\n" + body)
    assert HTML_STRIPPED in t.warnings
    assert "<p>" not in t.text and "第29条：经济运行稳中向好，人民生活持续改善。" in t.text


def test_plain_text_with_angle_brackets_is_not_html():
    text = REPORT + "增速<5%的地区要加快发展，a<b 时取较小值。\n"
    t = read_string(text)
    assert t.text == text and HTML_STRIPPED not in t.warnings


def test_doctests():
    failures, _ = doctest.testmod(kg.read)
    assert failures == 0
