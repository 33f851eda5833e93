"""kg.meta: report metadata from real report headers and the whole corpus."""
from __future__ import annotations

import csv
import doctest
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg.meta  # noqa: E402
from kg.meta import WINDOW, level_of, read_meta  # noqa: E402
from kg.read import ReportError, normalise, read_text  # noqa: E402
from kg.records import ReportMeta  # noqa: E402

HEADERS = Path(__file__).parent / "fixtures" / "headers"
CORPUS = Path(os.environ.get("GWR_CORPUS") or ROOT.parent / "shared" / "corpus")


def header(name: str) -> str:
    """A header excerpt, normalised as read_text would (too short for its checks)."""
    return normalise((HEADERS / name).read_text(encoding="utf-8"))


# Cut-down openings of real corpus files (see tests/fixtures/headers/), read with
# no file name, so every field below comes from the text itself.
EXPECTED = {
    # Markdown-ish city report: `# title`, （date 在…会议上）, 来源: … 发布时间
    "guiyang-2024.txt": dict(
        title="2024年政府工作报告", region="贵阳市", level="city", year=2024,
        session="贵阳市第十五届人民代表大会第四次会议", date="2024-01-31",
        speaker="", source="贵阳日报"),
    # title line, 来源：, ——date 在…会议上, 省长 name
    "2025-贵州省.txt": dict(
        title="2025年贵州省政府工作报告", region="贵州省", level="provincial", year=2025,
        session="贵州省第十四届人民代表大会第三次会议", date="2025-01-19",
        speaker="李炳军", source="贵州日报"),
    # speaker named before the title: ----date 龚正市长在上海市…会议的政府工作报告
    "2025-上海市.txt": dict(
        title="2025年上海市政府工作报告", region="上海市", level="provincial", year=2025,
        session="上海市第十六届人民代表大会第三次会议", date="2025-01-15",
        speaker="龚正", source="解放日报"),
    # web page furniture (下载/打印/…), 来源 + 时间 lines, name with a space (龚 正)
    "2026-上海市.txt": dict(
        title="2026年上海市政府工作报告", region="上海市", level="provincial", year=2026,
        session="上海市第十六届人民代表大会第四次会议", date="2026-02-03",
        speaker="龚正", source="解放日报"),
    # date in Chinese numerals (二〇二六年一月二十七日), 届 without 第
    "2026-甘肃省.txt": dict(
        title="2026年甘肃省政府工作报告", region="甘肃省", level="provincial", year=2026,
        session="甘肃省十四届人民代表大会第四次会议", date="2026-01-27",
        speaker="任振鹤", source="甘肃日报"),
    # national, Wikisource: blank lines, 国务院总理 and the name on separate lines
    "2024-国务院.txt": dict(
        title="政府工作报告", region="全国", level="national", year=2024,
        session="第十四届全国人民代表大会第二次会议", date="2024-03-05",
        speaker="李强", source=""),
    # national 1957: zero-width space line, 會議 in old form, a bare name line
    "1957-国务院.txt": dict(
        title="政府工作报告", region="全国", level="national", year=1957,
        session="第一届全国人民代表大会第四次会議", date="1957-06-26",
        speaker="周恩来", source=""),
    # national without title or date: only 我受国务院的委托…
    "1979-国务院.txt": dict(
        title="", region="全国", level="national", year=None,
        session="", date="", speaker="", source=""),
    # district: spaced-out title, ----date, 区人民政府区长　　name
    "2012-海拉尔区.txt": dict(
        title="政府工作报告", region="海拉尔区", level="district", year=2012,
        session="海拉尔区第十三届人民代表大会第六次会议", date="2012-02-29",
        speaker="张天喜", source=""),
    # only 上海市市长　应勇 before 各位代表; year from 一、2019年工作回顾 (+1)
    "2020-上海市.txt": dict(
        title="", region="上海市", level="provincial", year=2020,
        session="", date="", speaker="应勇", source=""),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_headers(name):
    meta = read_meta(header(name))
    assert isinstance(meta, ReportMeta)
    assert vars(meta) == EXPECTED[name]


def test_file_name_fills_region_and_year():
    meta = read_meta(header("1979-国务院.txt"), "corpus/national/1979-国务院.txt")
    assert (meta.region, meta.level, meta.year) == ("全国", "national", 1979)
    meta = read_meta("各位代表：\n现在，我代表省人民政府向大会报告工作。", "2025-贵州省.txt")
    assert (meta.region, meta.level, meta.year) == ("贵州省", "provincial", 2025)
    meta = read_meta("各位代表：\n现在……", "/data/guiyang-2024.txt")
    assert (meta.region, meta.year) == ("", 2024)


def test_text_wins_over_file_name():
    meta = read_meta(header("2025-贵州省.txt"), "1999-上海市.txt")
    assert (meta.region, meta.year) == ("贵州省", 2025)


def test_manifest_wins_for_region_level_year():
    row = {"file": "2012-海拉尔区.txt", "region": "内蒙古自治区呼伦贝尔市海拉尔区",
           "level": "district", "year": "2012", "title": "政府工作报告"}
    meta = read_meta(header("2012-海拉尔区.txt"), "x.txt", manifest=row)
    assert (meta.region, meta.level, meta.year) == ("内蒙古自治区呼伦贝尔市海拉尔区", "district", 2012)
    assert meta.speaker == "张天喜" and meta.date == "2012-02-29"  # rest still from the text

    meta = read_meta(header("2025-贵州省.txt"), manifest={"region": "全国（国务院）", "level": "national", "year": 1999})
    assert (meta.region, meta.level, meta.year) == ("全国（国务院）", "national", 1999)


def test_manifest_title_only_fills_a_missing_title():
    row = {"region": "全国（国务院）", "level": "national", "year": "1979",
           "title": "1979年中华人民共和国国务院政府工作报告"}
    assert read_meta(header("1979-国务院.txt"), manifest=row).title == row["title"]
    assert read_meta(header("2025-贵州省.txt"), manifest=row).title == "2025年贵州省政府工作报告"


def test_empty_manifest_values_are_ignored():
    meta = read_meta(header("2025-贵州省.txt"), manifest={"region": "", "level": "", "year": ""})
    assert (meta.region, meta.level, meta.year) == ("贵州省", "provincial", 2025)


@pytest.mark.parametrize("region,level", [
    ("全国", "national"), ("全国（国务院）", "national"),
    ("北京市", "provincial"), ("天津市", "provincial"), ("上海市", "provincial"), ("重庆市", "provincial"),
    ("贵州省", "provincial"), ("内蒙古自治区", "provincial"), ("新疆维吾尔自治区", "provincial"),
    ("贵阳市", "city"), ("黔南布依族苗族自治州", "city"), ("锡林郭勒盟", "city"), ("阿里地区", "city"),
    ("海拉尔区", "district"), ("内蒙古自治区呼伦贝尔市海拉尔区", "district"), ("上海市浦东新区", "district"),
    ("修文县", "county"), ("鄂温克族自治旗", "county"), ("", ""), ("某某", ""),
])
def test_level_of(region, level):
    assert level_of(region) == level


@pytest.mark.parametrize("line,speaker", [
    ("省长 李炳军", "李炳军"),
    ("上海市市长　龚 正", "龚正"),
    ("国务院总理　\n李　强", "李强"),
    ("自治区主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜"),
    ("海拉尔区人民政府代区长 杨国宏", "杨国宏"),
    ("西藏自治区代理主席 嘎玛泽登", "嘎玛泽登"),
    ("2025年1月14日在北京市第十六届人民代表大会第三次会议上北京市市长 殷勇同志作政府工作报告", "殷勇"),
    ("2025年1月19日在江苏省第十四届人民代表大会第三次会议上省长许昆林作政府工作报告。", "许昆林"),
    ("——2025年1月14日自治区人民政府主席王莉霞在内蒙古自治区第十四届人民代表大会第三次会议上", "王莉霞"),
    ("----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告", "龚正"),
    ("副省长 张三", ""),
    ("来源：贵州日报", ""),
])
def test_speaker_forms(line, speaker):
    assert read_meta(line + "\n各位代表：\n").speaker == speaker


@pytest.mark.parametrize("text,source", [
    ("来源：贵州日报\n", "贵州日报"),
    ("来源: 贵阳日报  发布时间: 2024-02-29 14:35   浏览次数：611次", "贵阳日报"),
    ("来源 : 南方日报\n", "南方日报"),
    ("来源：青海日报   \n", "青海日报"),
    ("来源:\n四川日报\n【字体：\n", "四川日报"),
    ("来源：\n时间：2026-02-09\n", ""),
    ("各位代表：\n资金来源：财政拨款", ""),
])
def test_source_forms(text, source):
    assert read_meta(text).source == source


def test_short_province_name_in_title():
    meta = read_meta("2025年宁夏政府工作报告\n各位代表：\n")
    assert (meta.title, meta.region, meta.level, meta.year) == (
        "2025年宁夏政府工作报告", "宁夏回族自治区", "provincial", 2025)


def test_session_split_over_lines():
    meta = read_meta("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n")
    assert meta.session == "广东省第十四届人民代表大会第五次会议"
    assert (meta.region, meta.date, meta.year, meta.speaker) == ("广东省", "2026-01-26", 2026, "孟凡利")


def test_date_must_be_on_the_session_line():
    text = "2026年02月10日 07时41分\n来源:\n四川日报\n向第一届全国人民代表大会第二次会议提出\n"
    meta = read_meta(text)
    assert meta.session == "第一届全国人民代表大会第二次会议"
    assert meta.date == ""


def test_only_the_opening_window_is_read():
    filler = "经济运行稳中向好。\n" * (WINDOW // 10 + 10)
    meta = read_meta(filler + "——2025年1月19日在贵州省第十四届人民代表大会第三次会议上\n")
    assert (meta.session, meta.region, meta.date) == ("", "", "")


def test_fast_on_a_large_text():
    text = header("2025-贵州省.txt") + "经济运行稳中向好，发展质量效益不断提升。\n" * 200_000
    start = time.perf_counter()
    for _ in range(20):
        read_meta(text)
    assert time.perf_counter() - start < 1.0


def test_nothing_found():
    assert vars(read_meta("")) == vars(ReportMeta())
    assert vars(read_meta("各位代表：\n经济运行稳中向好。")) == vars(ReportMeta())


def test_doctests():
    failures, _ = doctest.testmod(kg.meta)
    assert failures == 0


# --- the whole corpus ----------------------------------------------------------

def corpus_rows():
    for manifest in sorted(CORPUS.glob("*/manifest.csv")):
        with manifest.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("file", "").endswith(".txt"):
                    yield manifest.parent / row["file"], row


@pytest.mark.skipif(not list(CORPUS.glob("*/manifest.csv")),
                    reason=f"corpus not found at {CORPUS} (set GWR_CORPUS to the folder holding the sets)")
def test_corpus():
    """Every manifest file: read + meta without the manifest, compared with it."""
    rows = list(corpus_rows())
    errors, no_region, bad_year, bad_level = [], [], [], []
    for path, row in rows:
        try:
            meta = read_meta(read_text(path).text, str(path))
        except (ReportError, OSError) as exc:
            errors.append(f"{path}: {exc}")
            continue
        label = f"{path.parent.name}/{path.name}"
        if not meta.region:
            no_region.append(label)
        if str(meta.year) != str(row["year"]).strip():
            bad_year.append(f"{label}: year {meta.year} != manifest {row['year']}")
        if meta.level != row["level"].strip():
            bad_level.append(f"{label}: level {meta.level!r} != manifest {row['level']!r}")
    for line in errors + no_region + bad_year + bad_level:
        print(line)
    n = len(rows)
    assert n > 0
    assert not errors
    assert not no_region, f"no region for {no_region}"
    assert len(bad_year) <= 0.05 * n, bad_year
    assert len(bad_level) <= 0.05 * n, bad_level
