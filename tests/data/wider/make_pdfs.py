"""Write the wider set's PDF reports (``reports/*.pdf``), printed as the marketset's are.

    python tests/data/wider/make_pdfs.py

Two reports: global biosimilars (English, Helvetica; a regional table with two header rows, each
measure spanning its 2023 and 2024 columns, and a therapeutic-class table ruled under the header
and above the total) and China's industrial internet platforms (Chinese, STSong-Light; an
industry table as a ruled grid and a company table ruled like the class table). The printing is
``tests/data/marketset/make_pdfs.py``'s (running header, page numbers, ``invariant`` output, so
the committed PDFs can be checked against this script). Every figure is invented.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"


def _marketset_printer():
    """The marketset's printing module, loaded from its file (the data folders are not packages)."""
    spec = importlib.util.spec_from_file_location("marketset_pdfs", HERE.parent / "marketset" / "make_pdfs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BIOSIMILARS = {
    "file": "biosimilars-global-2025.pdf",
    "title": "Global Biosimilars Market Report 2025",
    "running": "Larkspur Life Science Analytics | Global Biosimilars Market Report 2025",
    "sections": [
        ("h1", "Global Biosimilars Market Report 2025"),
        ("h2", "1. Executive summary"),
        (
            "p",
            "The global biosimilars market was valued at USD 29,846.2 million in 2024, up from USD 25,137.8 million "
            "in 2023, as adalimumab and ustekinumab biosimilars reached the United States market and European "
            "tenders switched most patients on older biologics. We forecast revenue to reach USD 74.4 billion by "
            "2032, a CAGR of 12.1% over 2024-2032. Between 2019 and 2023 the market grew at a CAGR of 15.8%.",
        ),
        (
            "p",
            "Biosimilars accounted for 21.4% of the sales of the molecules they compete with in 2024, up 3.1 "
            "percentage points from 2023. By the end of 2024 the US Food and Drug Administration had approved 64 "
            "biosimilars and the European Medicines Agency 112.",
        ),
        ("h2", "2. Revenue and volume share by region"),
        ("p", "Table 1. Biosimilar revenue and volume share by region"),
        ("spanned_table", None),
        (
            "p",
            "Europe accounted for 38.7% of global biosimilar revenue in 2024, where tenders and gain-sharing schemes "
            "keep uptake high. The United States made up USD 9,874.1 million of North American revenue, and within "
            "Europe, Germany was the largest market, at USD 2,415.8 million in 2024. Volume share is the share of "
            "treatment days of the reference molecules supplied by biosimilars.",
        ),
        ("h2", "3. Revenue by therapeutic class"),
        ("p", "Table 2. Biosimilar revenue by therapeutic class, 2024"),
        ("lines_table", None),
        ("page", None),
        ("h2", "4. Competitive landscape"),
        (
            "p",
            "Sandoz reported biosimilar sales of USD 2,912.4 million in 2024, up 9.6% year on year, and Celltrion's "
            "biosimilar revenue was KRW 3.12 trillion. Samsung Bioepis, Amgen, Biocon Biologics and Fresenius Kabi "
            "follow; Amgen's biosimilar sales were USD 2,206.5 million, up 4.8%. In China, Henlius and Innovent lead "
            "in oncology biosimilars. The five largest companies together held 46.2% of global biosimilar revenue "
            "in 2024. Adalimumab biosimilars reached 22.6% of adalimumab prescriptions in the United States by "
            "December 2024.",
        ),
        ("h2", "5. Outlook"),
        (
            "p",
            "Biosimilars were sold at an average discount of 42.5% to the list price of their reference products "
            "in 2024. Biologics with about USD 190 billion of annual sales lose exclusivity between 2025 and 2030, "
            "led by pembrolizumab, nivolumab and denosumab. We expect oncology to remain the largest class through "
            "2032 and immunology biosimilars to grow fastest until 2027.",
        ),
    ],
    # Two header rows: the measure spans its two year columns, "Region" spans both rows.
    "spanned_table": [
        ["Region", "Revenue (USD million)", "", "Volume share (%)", ""],
        ["", "2023", "2024", "2023", "2024"],
        ["Europe", "10,214.6", "11,538.2", "48", "53"],
        ["North America", "8,126.3", "10,412.7", "29", "36"],
        ["China", "2,986.4", "3,642.5", "35", "39"],
        ["Asia Pacific excl. China", "2,418.9", "2,762.3", "31", "34"],
        ["Rest of World", "1,391.6", "1,490.5", "22", "24"],
        ["Global", "25,137.8", "29,846.2", "38", "42"],
    ],
    "lines_table": [
        ["Therapeutic class", "Revenue (USD million)", "Share (%)", "Growth vs 2023"],
        ["Oncology", "11,043.1", "37.0", "16.4%"],
        ["Immunology", "10,446.2", "35.0", "24.9%"],
        ["Insulins and diabetes", "3,581.5", "12.0", "10.2%"],
        ["Blood disorders", "2,984.6", "10.0", "6.5%"],
        ["Other", "1,790.8", "6.0", "12.7%"],
        ["Total", "29,846.2", "100.0", "18.7%"],
    ],
}

INDUSTRIAL_INTERNET = {
    "file": "industrial-internet-china-2025.pdf",
    "title": "2025年中国工业互联网平台市场研究报告",
    "running": "衡远产业研究院 | 2025年中国工业互联网平台市场研究报告",
    "sections": [
        ("h1", "2025年中国工业互联网平台市场研究报告"),
        ("h2", "一、市场规模"),
        (
            "p",
            "2024年中国工业互联网平台及解决方案市场规模为2,486.3亿元，同比增长15.2%，2023年为2,158.2亿元。"
            "我们预计到2030年，市场规模将达到6,120亿元，2024—2030年复合增长率为16.2%；"
            "2020—2023年，市场规模的复合增长率为21.4%。",
        ),
        (
            "p",
            "截至2024年末，工业互联网平台连接的工业设备达到9,650万台（套），2023年末为7,820万台（套）；"
            "具有一定行业和区域影响力的平台超过340家。2024年全球工业互联网平台市场规模约为1,286亿美元，"
            "中国约占全球的26.8%。",
        ),
        ("h2", "二、分行业市场规模"),
        ("p", "表1 分行业工业互联网平台市场规模（亿元）"),
        ("grid_table", None),
        (
            "p",
            "装备制造增长最快，同比增长18.2%，设备远程运维和预测性维护是主要应用。"
            "消费品行业数字化基础较弱，项目以生产管理和质量追溯为主，增速低于市场平均水平。",
        ),
        ("page", None),
        ("h2", "三、竞争格局"),
        ("p", "表2 主要平台企业2024年平台及解决方案收入"),
        ("company_lines_table", None),
        (
            "p",
            "海川工联在原材料行业的份额最高，其钢铁行业收入为52.8亿元。"
            "西门子、PTC等国际厂商主要服务外资工厂与高端装备企业，未单独披露中国区平台收入。"
            "分区域看，长三角地区占全国市场规模的36.8%，广东省市场规模为412.6亿元。",
        ),
        ("h2", "四、发展趋势"),
        (
            "p",
            "2024年中小企业上云率为38.5%，较2023年提高3.7个百分点；单个平台项目平均合同金额为186万元，"
            "同比下降5.6%。我们预计工业大模型将在2026年后进入规模化应用，平台收入中软件订阅的占比将逐年提高。",
        ),
    ],
    "grid_table": [
        ["行业", "2023年", "2024年"],
        ["原材料", "612.4", "689.5"],
        ["装备制造", "528.7", "624.8"],
        ["消费品", "386.5", "431.2"],
        ["电子信息", "402.1", "472.6"],
        ["能源电力", "228.5", "268.2"],
        ["合计", "2,158.2", "2,486.3"],
    ],
    "company_lines_table": [
        ["企业", "收入（亿元）", "同比增长"],
        ["恒通数智", "214.6", "20.3%"],
        ["海川工联", "186.4", "12.7%"],
        ["云枢智造", "142.7", "23.6%"],
        ["睿链科技", "98.5", "17.4%"],
        ["启明工业云", "76.3", "9.8%"],
        ["其他", "1,767.8", "14.9%"],
        ["合计", "2,486.3", "15.2%"],
    ],
}


def build_all(folder: Path = REPORTS) -> list[Path]:
    """Print the reports into ``folder``; their paths."""
    printer = _marketset_printer()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return [
        printer.build(BIOSIMILARS, "Helvetica", folder),
        printer.build(INDUSTRIAL_INTERNET, "STSong-Light", folder),
    ]


def main() -> None:
    for path in build_all():
        print(path.relative_to(REPORTS.parent), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
