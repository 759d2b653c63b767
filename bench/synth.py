"""Synthetic corpora made of the seed reports' real text, for benchmarks at scale.

Each synthetic report is both seed reports (Chinese and English text) rewritten for one
made-up market: the seeds' market names are replaced by the synthetic market's name in
each language, and every figure except years is scaled by the report's own factor, but
for paragraphs about named companies and regulators (an acquisition, a fine), which keep
their figures, as real reports agree on such facts. So the prose, tables and numbers look
like the real reports, the chunk count per report is the seeds' (~100), and no synthetic report states
the seeds' market figures, which keeps those dev-set questions answerable only from the
seeds buried among them.
"""

from __future__ import annotations

import random
import re
from itertools import product
from pathlib import Path

REGIONS = [
    ("全球", "Global"),
    ("欧洲", "European"),
    ("日本", "Japanese"),
    ("印度", "Indian"),
    ("巴西", "Brazilian"),
    ("韩国", "South Korean"),
    ("东南亚", "Southeast Asian"),
    ("中东", "Middle East"),
    ("非洲", "African"),
    ("澳大利亚", "Australian"),
    ("加拿大", "Canadian"),
    ("墨西哥", "Mexican"),
]
PRODUCTS = [
    ("云原生数据库", "Cloud Native Database"),
    ("工业机器人", "Industrial Robotics"),
    ("智能电表", "Smart Meter"),
    ("冷链物流", "Cold Chain Logistics"),
    ("宠物食品", "Pet Food"),
    ("光伏逆变器", "Solar Inverter"),
    ("医疗影像", "Medical Imaging"),
    ("网络安全服务", "Cybersecurity Services"),
    ("电动自行车", "E-Bike"),
    ("植物基饮料", "Plant-Based Beverage"),
    ("半导体测试设备", "Semiconductor Test Equipment"),
    ("数字支付", "Digital Payments"),
    ("在线教育", "Online Education"),
    ("风电叶片", "Wind Turbine Blade"),
    ("无人机配送", "Drone Delivery"),
    ("基因检测", "Genetic Testing"),
    ("储能电池", "Energy Storage Battery"),
    ("智能家居安防", "Smart Home Security"),
    ("工业物联网平台", "Industrial IoT Platform"),
    ("精准农业", "Precision Agriculture"),
]

# The seeds' own market names, longest first so a phrase is replaced before its parts.
SEED_NAMES_ZH = ["美国客户技术支持服务", "客户技术支持服务", "客服中心", "呼叫中心", "联络中心", "技术支持服务"]
SEED_NAMES_EN = [
    "US customer technical support services",
    "U.S. customer technical support services",
    "customer technical support services",
    "Customer Technical Support Services",
    "Call Centers",
    "Call Center",
    "call centers",
    "call center",
    "Contact Centers",
    "Contact Center",
    "contact centers",
    "contact center",
]
# Companies and regulators the seeds report facts about; their figures are the same in every report.
THIRD_PARTIES = [
    "IBM",
    "Verizon",
    "Apple",
    "HashiCorp",
    "Frontier",
    "HCLTech",
    "Microsoft",
    "Google",
    "联邦贸易委员会",
    "Federal Trade Commission",
    "FTC",
]
_NUMBER = re.compile(r"(?<![A-Za-z0-9.])(\d+(?:,\d{3})*(?:\.(\d+))?)")  # CJK before a number is fine


def market_names(count: int) -> list[tuple[str, str]]:
    """``count`` distinct (Chinese, English) market names."""
    names = [(rz + pz, f"{re_} {pe}") for (rz, re_), (pz, pe) in product(REGIONS, PRODUCTS)]
    while len(names) < count:  # past 240 markets, number the product generations
        generation = len(names) // (len(REGIONS) * len(PRODUCTS)) + 1
        names += [
            (f"{z}（第{generation}代）", f"{e} Gen {generation}") for z, e in names[: len(REGIONS) * len(PRODUCTS)]
        ]
    return names[:count]


def _scale(match: re.Match, factor: float) -> str:
    text, decimals = match.group(1), match.group(2)
    value = float(text.replace(",", ""))
    if decimals is None and 1900 <= value <= 2100:  # a year stays a year
        return text
    scaled = value * factor
    return f"{scaled:.{len(decimals)}f}" if decimals else str(max(1, round(scaled)))


def _about_market(line: str) -> bool:
    """Whether ``line`` states the market's own figures rather than a named third party's."""
    if line.lstrip().startswith("|") or any(name in line for name in SEED_NAMES_ZH + SEED_NAMES_EN):
        return True
    return not any(name in line for name in THIRD_PARTIES)


def rewrite(text: str, name_zh: str, name_en: str, factor: float) -> str:
    """``text`` with the seed markets renamed and the market's figures scaled by ``factor``."""
    lines = []
    for line in text.split("\n"):
        scale = _about_market(line)
        for seed in SEED_NAMES_ZH:
            line = line.replace(seed, name_zh)
        for seed in SEED_NAMES_EN:
            line = line.replace(seed, name_en)
        lines.append(_NUMBER.sub(lambda m: _scale(m, factor), line) if scale else line)
    return "\n".join(lines)


def synthetic_report(seeds: list[str], name_zh: str, name_en: str, rng: random.Random) -> str:
    """One report for the market ``name_en`` made from ``seeds``' text."""
    factor = rng.uniform(0.35, 2.8)
    return "\n\n".join(rewrite(seed, name_zh, name_en, factor) for seed in seeds)


def slug(name_en: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_en.lower()).strip("-")


def build_corpus(seed_dir: Path, target: Path, reports: int, seed: int = 7) -> list[Path]:
    """Write the seed reports plus ``reports - len(seeds)`` synthetic ones into ``target``.

    Deterministic for a given ``seed``; existing files of the same name are kept, so a
    larger corpus extends a smaller one and incremental rebuilds reuse its vectors.
    """
    seed_files = sorted(p for p in Path(seed_dir).iterdir() if p.suffix in {".txt", ".md"})
    texts = [p.read_text(encoding="utf-8") for p in seed_files]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in seed_files:
        copy = target / path.name
        if not copy.exists():
            copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        written.append(copy)
    rng = random.Random(seed)
    for index, (zh, en) in enumerate(market_names(max(0, reports - len(seed_files)))):
        body = synthetic_report(texts, zh, en, rng)  # drawn even when kept, so factors stay stable
        path = target / f"synthetic-{index:04d}-{slug(en)}.txt"
        if not path.exists():
            path.write_text(f"{en} Market Report / {zh}市场报告\n\n{body}", encoding="utf-8")
        written.append(path)
    return written
