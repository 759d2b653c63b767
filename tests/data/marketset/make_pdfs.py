"""Write the marketset's PDF reports (``reports/*.pdf``) as a market-research firm prints them.

    python tests/data/marketset/make_pdfs.py

Six reports, four English and two Chinese, on markets the other reports do not cover.
Each has a running header and footer, wrapped prose, and tables as reports set them: the
smart-meter regional table without rules (columns aligned by position, figures
right-aligned), its product table ruled under the header and above the total only, the
Chinese city tier table as a ruled grid (set in STSong-Light, reportlab's built-in CID font,
which pdfplumber reads back as Unicode), and the electrolyser and battery-recycling regional tables with two
header rows (each measure spanning its 2023 and 2024 columns); the medical-aesthetics project table (STSong-Light)
as a ruled grid with a 小计 and a 合计 row beside a company table ruled like the product table, and both skincare
tables without rules. Every figure is invented. The output is the same bytes
on every run (``invariant``), so the committed PDFs can be checked against this script.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

REPORTS = Path(__file__).resolve().parent / "reports"
WIDTH, HEIGHT = A4

SMART_METERS = {
    "file": "smart-meters-market-2025.pdf",
    "title": "Global Smart Meter Market Report 2025",
    "running": "Meridian Grid Research | Global Smart Meter Market Report 2025",
    "sections": [
        ("h1", "Global Smart Meter Market Report 2025"),
        ("h2", "1. Executive summary"),
        (
            "p",
            "The global smart meter market was valued at USD 24.6 billion in 2024, up from USD 22.1 billion in "
            "2023, as utilities in Asia Pacific and Europe accelerated second-generation rollouts. We project the "
            "market to reach USD 41.3 billion by 2030, a compound annual growth rate (CAGR) of 9.0% over "
            "2024-2030. Between 2019 and 2023 the market grew at a CAGR of 6.4%.",
        ),
        (
            "p",
            "The installed base of smart meters reached 1.21 billion units at the end of 2024, compared with "
            "1.09 billion a year earlier. Electricity meters remain the largest category by far, while water "
            "meters are the fastest growing, driven by leakage targets in Europe and drought programmes in "
            "Australia and the western United States.",
        ),
        ("h2", "2. Market size by region"),
        ("p", "Table 1. Smart meter revenue by region, USD billion"),
        ("plain_table", None),
        (
            "p",
            "Asia Pacific overtook North America as the largest region in 2022 and widened its lead in 2024, "
            "led by China's State Grid replacement programme and India's prepaid metering scheme. North American "
            "revenue is dominated by replacements of first-generation AMI meters installed between 2008 and 2013.",
        ),
        ("h2", "3. Shipments by meter type"),
        ("p", "Table 2. Smart meter shipments by type, 2024"),
        ("lines_table", None),
        ("page", None),
        ("h2", "4. Competitive landscape"),
        (
            "p",
            "The market is moderately concentrated. Landis+Gyr shipped 14.2% of all smart meters worldwide in "
            "2024, while its share of European smart meter revenue was 21.5%. Itron, Honeywell and Kamstrup "
            "compete for utility tenders in North America and Europe; Chinese vendors such as Wasion and Hexing "
            "supply most of the volume in Asia Pacific and Africa. The five largest vendors together accounted "
            "for 38.7% of global revenue in 2024.",
        ),
        ("h2", "5. Outlook"),
        (
            "p",
            "Prices of electricity meters fell by 3.5% in 2024 as competition for Indian tenders intensified. "
            "We expect the average selling price to stabilise from 2026, when grid-edge analytics and "
            "communication modules add value per meter. Regulators in the European Union aim to equip 80% of "
            "households with smart electricity meters; 61% had one at the end of 2024.",
        ),
    ],
    "plain_table": [
        ["Region", "2023", "2024"],
        ["North America", "6.8", "7.4"],
        ["Europe", "6.1", "6.6"],
        ["Asia Pacific", "7.5", "8.6"],
        ["Latin America", "1.0", "1.2"],
        ["Middle East & Africa", "0.7", "0.8"],
        ["Global", "22.1", "24.6"],
    ],
    "lines_table": [
        ["Meter type", "Shipments (million units)", "Share of revenue (%)"],
        ["Electricity", "148.5", "71.5"],
        ["Water", "42.3", "16.8"],
        ["Gas", "31.2", "11.7"],
        ["Total", "222.0", "100.0"],
    ],
}

COFFEE = {
    "file": "coffee-chains-china-2025.pdf",
    "title": "2025年中国现制咖啡市场研究报告",
    "running": "远见消费研究院 | 2025年中国现制咖啡市场研究报告",
    "sections": [
        ("h1", "2025年中国现制咖啡市场研究报告"),
        ("h2", "一、市场规模"),
        (
            "p",
            "2024年中国现制咖啡市场规模为1,398亿元，同比增长18.2%，2023年为1,183亿元。"
            "在平价连锁品牌快速扩张的带动下，咖啡消费从一线城市向低线城市下沉。"
            "预计到2029年，市场规模将达到2,865亿元。",
        ),
        (
            "p",
            "门店数量持续增长。截至2024年末，全国咖啡门店总数约为18.7万家，2023年末为15.2万家；"
            "其中连锁品牌门店12.4万家，连锁化率约为66.3%。"
            "2024年中国内地人均咖啡消费量为16.7杯，上海人均消费量超过100杯。",
        ),
        ("h2", "二、城市层级结构"),
        ("p", "表1 各级城市现制咖啡市场规模（亿元）"),
        ("grid_table", None),
        (
            "p",
            "三线及以下城市增长最快，主要得益于加盟模式降低了开店门槛。"
            "一线城市门店密度已接近饱和，单店日均杯量有所下降。",
        ),
        ("page", None),
        ("h2", "三、竞争格局"),
        (
            "p",
            "截至2024年末，瑞幸咖啡门店数达到2.24万家，占连锁品牌门店总数的18.1%；"
            "按收入计算，瑞幸咖啡占现制咖啡市场规模的24.5%。"
            "星巴克中国门店数为7,596家，占现制咖啡市场规模的19.8%。"
            "库迪咖啡、幸运咖与Manner等品牌以低价策略加速开店，行业价格竞争加剧。",
        ),
        ("h2", "四、发展趋势"),
        (
            "p",
            "一是平价化趋势明显，2024年连锁品牌主力产品平均售价为13.8元，较2023年下降2.6元；"
            "二是供应链向上游延伸，头部品牌自建烘焙工厂；"
            "三是数字化点单占比提升，小程序与外卖平台订单占连锁品牌订单总量的82%。",
        ),
    ],
    "grid_table": [
        ["城市层级", "2023年", "2024年"],
        ["一线城市", "412", "455"],
        ["新一线城市", "356", "428"],
        ["二线城市", "238", "290"],
        ["三线及以下城市", "177", "225"],
        ["合计", "1,183", "1,398"],
    ],
}

HYDROGEN = {
    "file": "hydrogen-electrolysers-2025.pdf",
    "title": "Global Water Electrolyser Market Report 2025",
    "running": "Kestrel Energy Insight | Global Water Electrolyser Market Report 2025",
    "sections": [
        ("h1", "Global Water Electrolyser Market Report 2025"),
        ("h2", "1. Executive summary"),
        (
            "p",
            "The global water electrolyser market reached USD 3,420.5 million in 2024, up from USD 2,385.0 million "
            "in 2023, as the first gigawatt-scale green hydrogen projects in China and the Middle East placed "
            "orders. We expect revenue to grow from USD 3.4 billion in 2024 to USD 14.8 billion by 2030, a CAGR of "
            "27.7% over 2024-2030. Between 2020 and 2023 the market grew at a CAGR of 41.5%, from a small base.",
        ),
        (
            "p",
            "Shipments of electrolysers reached 4.6 GW in 2024, compared with 2.9 GW in 2023, and installed "
            "electrolysis capacity worldwide stood at 5.2 GW at the end of 2024. The average system price of "
            "alkaline electrolysers in China was USD 280/kW, against USD 1,050/kW for PEM systems in Europe.",
        ),
        ("h2", "2. Revenue and shipments by region"),
        ("p", "Table 1. Electrolyser revenue and shipments by region"),
        ("spanned_table", None),
        (
            "p",
            "China accounted for 46.4% of global electrolyser revenue in 2024 and 60.4% of shipments, as domestic "
            "alkaline makers sell at a fraction of Western prices. Rest of World groups Latin America, India, "
            "Australia and Africa. Within Europe, Germany was the largest market, at USD 286.4 million in 2024.",
        ),
        ("h2", "3. Shipments by technology"),
        ("p", "Table 2. Electrolyser shipments by technology, 2024"),
        ("lines_table", None),
        ("page", None),
        ("h2", "4. Competitive landscape"),
        (
            "p",
            "LONGi Hydrogen shipped 1,120 MW of alkaline electrolysers in 2024, the most of any vendor, and Peric "
            "Hydrogen shipped 860 MW. Among Western makers, thyssenkrupp nucera reported electrolyser revenue of "
            "EUR 512.3 million in fiscal 2024, up 34.2% year on year, and Nel Hydrogen's order backlog stood at "
            "NOK 2.1 billion at year-end. Siemens Energy and Plug Power compete for PEM projects in Europe and "
            "North America; Sungrow Hydrogen and Envision entered the market in 2023. The five largest vendors "
            "together held 58.3% of global shipments in 2024.",
        ),
        ("h2", "5. Outlook"),
        (
            "p",
            "The levelised cost of green hydrogen fell to USD 4.8-6.5 per kilogram in 2024, from USD 5.3-7.1 in "
            "2023. Utilisation remains low: only 38% of the capacity shipped in 2023 was operating by the end of "
            "2024. Green hydrogen made up 0.9% of global hydrogen production in 2024, up 0.3 percentage points "
            "from 2023. We expect Chinese alkaline systems to win a larger share of export tenders from 2026.",
        ),
    ],
    # Two header rows: the measure spans its two year columns, "Region" spans both rows.
    "spanned_table": [
        ["Region", "Revenue (USD million)", "", "Shipments (MW)", ""],
        ["", "2023", "2024", "2023", "2024"],
        ["China", "1,102.3", "1,585.6", "1,650", "2,780"],
        ["Europe", "612.4", "845.2", "610", "820"],
        ["North America", "318.9", "467.1", "290", "430"],
        ["Middle East", "201.7", "352.8", "250", "420"],
        ["Rest of World", "149.7", "169.8", "100", "150"],
        ["Global", "2,385.0", "3,420.5", "2,900", "4,600"],
    ],
    "lines_table": [
        ["Technology", "Shipments (MW)", "Share of shipments (%)", "Growth vs 2023"],
        ["Alkaline", "3,450", "75.0", "50.7%"],
        ["PEM", "920", "20.0", "84.0%"],
        ["Solid oxide (SOEC)", "160", "3.5", "128.6%"],
        ["AEM", "70", "1.5", "75.0%"],
        ["Total", "4,600", "100.0", "58.6%"],
    ],
}


BATTERY_RECYCLING = {
    "file": "battery-recycling-2025.pdf",
    "title": "Global Lithium-ion Battery Recycling Market Report 2025",
    "running": "Halcyon Circular Research | Global Lithium-ion Battery Recycling Market Report 2025",
    "sections": [
        ("h1", "Global Lithium-ion Battery Recycling Market Report 2025"),
        ("h2", "1. Executive summary"),
        (
            "p",
            "The global lithium-ion battery recycling market was valued at USD 8,642.7 million in 2024, up from "
            "USD 7,105.3 million in 2023, as the first large wave of end-of-life electric-vehicle packs reached "
            "recyclers in China and Europe. We forecast the market to grow from USD 8.6 billion in 2024 to USD 31.2 "
            "billion by 2031, a CAGR of 20.2% over 2024-2031. Between 2019 and 2023 the market grew at a CAGR of "
            "16.8%, driven almost entirely by production scrap from cell factories.",
        ),
        (
            "p",
            "Recyclers processed 1.38 million tonnes of spent batteries and production scrap in 2024, compared "
            "with 1.05 million tonnes in 2023. Production scrap still made up 58.4% of feedstock; end-of-life "
            "batteries supplied the rest. Announced investment in new recycling plants reached $4.5B in 2024, "
            "against $3.2B in 2023, while worldwide recycling capacity stood at 3.1 million tonnes a year, so "
            "plants ran at well under half of their capacity.",
        ),
        ("h2", "2. Revenue and processed volume by region"),
        ("p", "Table 1. Battery recycling revenue and processed volume by region"),
        ("spanned_table", None),
        (
            "p",
            "China accounted for 61.5% of global recycling revenue in 2024 and 65.6% of processed volume, "
            "reflecting its early extended-producer-responsibility rules and the scale of its cell industry. "
            "Within Europe, Germany was the largest market, at USD 386.2 million in 2024. Rest of World groups "
            "Japan, India, Australia and Southeast Asia.",
        ),
        ("h2", "3. Revenue by recovered material"),
        ("p", "Table 2. Recycling revenue by recovered material, 2024"),
        ("lines_table", None),
        (
            "p",
            "Lithium salts were the fastest-growing material as hydrometallurgical plants raised their recovery "
            "yields. Within lithium salts, battery-grade lithium carbonate brought in USD 1,124.5 million; the rest "
            "was lithium hydroxide. The average recovery rate of lithium reached 83.5% in 2024, up 4.2 percentage "
            "points from 2023.",
        ),
        ("h2", "4. Competitive landscape"),
        (
            "p",
            "Brunp, the recycling arm of CATL, processed 412 kt of battery material in 2024, the most of any "
            "recycler, and GEM processed 286 kt. Huayou Recycling and Ganfeng Recycling expanded capacity in "
            "Jiangxi and Zhejiang. Among Western recyclers, Li-Cycle reported revenue of USD 48.6 million in "
            "fiscal 2024 (ended October 2024), down 12.3% year on year, and Umicore's battery recycling revenue "
            "was EUR 0.32bn. Redwood Materials and Ascend Elements opened new plants in the United States. The "
            "five largest recyclers together processed 52.7% of global volume in 2024.",
        ),
        ("h2", "5. Outlook"),
        (
            "p",
            "Black mass prices fell by 14.5% in 2024 as nickel and cobalt prices weakened. From 2031, the EU "
            "Battery Regulation requires new batteries to contain at least 16% recycled cobalt, 6% recycled "
            "lithium and 6% recycled nickel. We expect end-of-life batteries to overtake production scrap as "
            "the main feedstock between 2028 and 2030.",
        ),
    ],
    # Two header rows: the measure spans its two year columns, "Region" spans both rows.
    "spanned_table": [
        ["Region", "Revenue (USD million)", "", "Processed volume (kt)", ""],
        ["", "2023", "2024", "2023", "2024"],
        ["China", "4,512.6", "5,318.9", "712", "905"],
        ["Europe", "1,120.4", "1,402.5", "148", "204"],
        ["North America", "736.8", "1,006.4", "96", "138"],
        ["South Korea", "498.3", "612.7", "61", "82"],
        ["Rest of World", "237.2", "302.2", "33", "51"],
        ["Global", "7,105.3", "8,642.7", "1,050", "1,380"],
    ],
    "lines_table": [
        ["Material", "Revenue (USD million)", "Share of revenue (%)", "Growth vs 2023"],
        ["Nickel", "2,938.5", "34.0", "20.8%"],
        ["Cobalt", "1,987.8", "23.0", "11.5%"],
        ["Lithium salts", "1,815.0", "21.0", "44.6%"],
        ["Copper and aluminium", "1,210.0", "14.0", "16.9%"],
        ["Other materials", "691.4", "8.0", "15.3%"],
        ["Total", "8,642.7", "100.0", "21.6%"],
    ],
}


MEDICAL_AESTHETICS = {
    "file": "medical-aesthetics-china-2025.pdf",
    "title": "2025年中国医疗美容市场研究报告",
    "running": "澄观健康消费研究 | 2025年中国医疗美容市场研究报告",
    "sections": [
        ("h1", "2025年中国医疗美容市场研究报告"),
        ("h2", "一、市场规模"),
        (
            "p",
            "2024年中国医疗美容市场规模为2,856.4亿元，同比增长10.6%，2023年为2,582.6亿元。"
            "其中非手术类（轻医美）市场规模为1,642.3亿元，占整体市场的57.5%；手术类市场规模为1,214.1亿元。"
            "我们预计到2030年，中国医美市场规模将达到5,120亿元，2024—2030年复合增长率为10.2%；"
            "2019—2023年，市场规模的复合增长率为14.8%。",
        ),
        (
            "p",
            "2024年中国医美消费者人数达到2,460万人，2023年为2,150万人。"
            "医美渗透率为4.6%，较2023年提升0.5个百分点，仍远低于韩国约22%的水平。"
            "同期全球医美市场规模约为1,380亿美元，同比增长7.9%。"
            "轻医美项目的单次平均客单价为2,860元，同比下降5.4%。",
        ),
        ("h2", "二、细分项目"),
        ("p", "表1 中国医疗美容市场规模（按项目，亿元）"),
        ("grid_table", None),
        (
            "p",
            "光电类是增长最快的大类，热玛吉、超声炮等抗衰项目需求旺盛。"
            "注射类中，玻尿酸填充为326.8亿元，肉毒素为214.5亿元，其余为胶原蛋白等再生材料。"
            "手术类增速放缓，眼鼻整形与吸脂仍是主要项目。",
        ),
        (
            "p",
            "分区域看，华东地区占全国医美消费的34.2%，华南地区占19.6%，华北地区占16.1%，"
            "西南地区占12.8%，其余为华中、西北和东北地区。成都、重庆是西南地区的医美消费中心。",
        ),
        ("page", None),
        ("h2", "三、竞争格局"),
        ("p", "表2 2024年主要企业医美相关收入"),
        ("lines_table", None),
        (
            "p",
            "截至2024年末，全国持证医美机构约为1.42万家，同比增长6.8%。美澜医疗集团旗下连锁机构达到312家，"
            "2024年收入为52.4亿元，同比下降3.2%。润颜生物以玻尿酸产品起家，其玻尿酸产品收入占公司医美收入的71.2%。"
            "艾尔建美学（Allergan Aesthetics）在中国注射类市场的份额为18.4%，高德美（Galderma）为9.7%。"
            "熙光科技以射频设备切入光电类市场，尚未披露医美收入。",
        ),
        ("h2", "四、发展趋势"),
        (
            "p",
            "一是合规化加速，2024年监管部门查处非法医美案件同比增长12.3%；"
            "二是国产替代，国产注射材料在注射类市场的份额升至41.5%，较2023年提升3.0个百分点；"
            "三是线上获客成本上升，头部连锁机构的营销费用率约为35%。",
        ),
    ],
    "grid_table": [
        ["项目", "2023年", "2024年", "同比增长", "2024年占比"],
        ["注射类", "548.2", "618.5", "12.8%", "21.7%"],
        ["光电类", "702.4", "812.6", "15.7%", "28.4%"],
        ["其他非手术类", "196.8", "211.2", "7.3%", "7.4%"],
        ["非手术类小计", "1,447.4", "1,642.3", "13.5%", "57.5%"],
        ["手术类", "1,135.2", "1,214.1", "7.0%", "42.5%"],
        ["合计", "2,582.6", "2,856.4", "10.6%", "100.0%"],
    ],
    "lines_table": [
        ["企业", "收入（亿元）", "同比增长", "市场份额"],
        ["艾尔建美学", "86.2", "6.1%", "3.0%"],
        ["美澜医疗集团", "52.4", "-3.2%", "1.8%"],
        ["高德美", "41.5", "9.8%", "1.5%"],
        ["润颜生物", "37.9", "24.5%", "1.3%"],
        ["华颜光电", "27.9", "31.6%", "1.0%"],
        ["其他", "2,610.5", "—", "91.4%"],
        ["合计", "2,856.4", "10.6%", "100.0%"],
    ],
}

SKINCARE = {
    "file": "skincare-global-2025.pdf",
    "title": "Global Skincare Market Report 2025",
    "running": "Aldgate Consumer Intelligence | Global Skincare Market Report 2025",
    "sections": [
        ("h1", "Global Skincare Market Report 2025"),
        ("h2", "1. Executive summary"),
        (
            "p",
            "Global skincare sales reached USD 158.4 billion in 2024, up 6.2% from USD 149.2 billion in 2023, "
            "as dermocosmetics and sun care outgrew the wider beauty market. Skincare accounted for 27.8% of the "
            "global beauty and personal care market, which we value at USD 570 billion. We forecast skincare "
            "sales to grow from USD 158.4 billion in 2024 to USD 224.6 billion by 2031, a CAGR of 5.1% over "
            "2024-2031; between 2019 and 2023 the market grew at a CAGR of 3.8%.",
        ),
        (
            "p",
            "Prestige skincare reached $58.7B in 2024; mass skincare made up the rest. E-commerce accounted for "
            "31.6% of skincare sales in 2024, up 2.4 percentage points from 2023, while the average price per "
            "unit sold rose 2.9% as brands passed on higher packaging and ingredient costs.",
        ),
        ("h2", "2. Sales by region"),
        ("p", "Table 1. Skincare sales by region, USD billion"),
        ("regions_plain_table", None),
        (
            "p",
            "China remained the largest single market, although its growth slowed to 3.8% in 2024 as consumers "
            "traded down to domestic brands. Within Asia Pacific excluding China, South Korea generated USD 8.7 "
            "billion, and Japan and India together accounted for most of the rest. Rest of World groups Eastern "
            "Europe, the Middle East and Africa.",
        ),
        ("h2", "3. Sales by category"),
        ("p", "Table 2. Skincare sales by category, 2024, USD billion"),
        ("categories_plain_table", None),
        ("page", None),
        (
            "p",
            "Serums and treatments grew fastest among the large categories. Within sun care, facial sunscreen "
            "brought in USD 11.2 billion; body sunscreen and after-sun products supplied the rest.",
        ),
        ("h2", "4. Competitive landscape"),
        (
            "p",
            "The five largest companies together held 35.2% of global skincare sales in 2024. L'Oreal's "
            "Dermatological Beauty division reported sales of €7.2bn in 2024, up 9.8% like-for-like. Estee Lauder's "
            "skin care net sales were USD 7,862.5 million in fiscal 2024 (ended June 2024), down 8.4% year on year, "
            "hit by weaker travel retail in Asia. Shiseido's skincare revenue was JPY 628.4 billion in 2024.",
        ),
        (
            "p",
            "Chinese brands gained ground at home. Proya's revenue rose 16.5% to RMB 12.6 billion in 2024, and "
            "its flagship serum line accounted for 42.0% of its sales. Botanee and Chando expanded into Southeast "
            "Asia, while Beiersdorf's Nivea and Unilever's Dove compete for mass body care shoppers in Europe "
            "and Latin America.",
        ),
        ("h2", "5. Outlook"),
        (
            "p",
            "Ingredient regulation is tightening: the European Union restricted three UV filters from 2025, "
            "and China requires efficacy evidence for all new skincare claims. We expect sun care to grow at a "
            "CAGR of 7.3% over 2024-2031, the fastest of any category, and the share of men's skincare to rise "
            "from 6.5% of sales in 2024.",
        ),
    ],
    "regions_plain_table": [
        ["Region", "2023", "2024"],
        ["North America", "33.6", "35.1"],
        ["Western Europe", "30.4", "31.6"],
        ["China", "36.8", "38.2"],
        ["Asia Pacific excl. China", "29.5", "32.4"],
        ["Latin America", "9.6", "10.5"],
        ["Rest of World", "9.3", "10.6"],
        ["Global", "149.2", "158.4"],
    ],
    "categories_plain_table": [
        ["Category", "Sales 2024", "Share (%)", "Growth vs 2023"],
        ["Facial moisturisers", "52.3", "33.0", "5.4%"],
        ["Serums and treatments", "36.4", "23.0", "9.8%"],
        ["Cleansers and toners", "28.5", "18.0", "4.1%"],
        ["Sun care", "19.0", "12.0", "7.6%"],
        ["Body care", "15.8", "10.0", "3.2%"],
        ["Other", "6.4", "4.0", "2.5%"],
        ["Total", "158.4", "100.0", "6.2%"],
    ],
}


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    cjk = {"wordWrap": "CJK"} if font != "Helvetica" else {}
    bold = "Helvetica-Bold" if font == "Helvetica" else font
    return {
        "h1": ParagraphStyle("h1", parent=base["Heading1"], fontName=bold),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=bold),
        "p": ParagraphStyle("p", parent=base["BodyText"], fontName=font, fontSize=10, leading=14, **cjk),
    }


def _table(rows: list[list[str]], font: str, rules: str) -> Table:
    """A table with figures right-aligned; ``rules``: ``grid``, ``lines`` (header and total), ``spanned``
    (two header rows, a measure spanning its year columns, ruled like ``lines``) or ``none``."""
    bold = "Helvetica-Bold" if font == "Helvetica" else font
    header = 2 if rules == "spanned" else 1
    figures = len(rows[0]) - 1
    # Up to two figure columns the original widths; more share the frame's 450 points.
    widths = [170] + [120] * figures if figures <= 2 else [110] + [340 // figures] * figures
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("FONT", (0, 0), (-1, header - 1), bold, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    if rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    elif rules in ("lines", "spanned"):
        style += [
            ("LINEBELOW", (0, header - 1), (-1, header - 1), 0.6, "black"),
            ("LINEABOVE", (0, -1), (-1, -1), 0.4, "black"),
        ]
    if rules == "spanned":
        style += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0))]
        style += [("ALIGN", (1, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (0, 1), "BOTTOM")]
    table.setStyle(TableStyle(style))
    return table


def build(report: dict, font: str, folder: Path = REPORTS) -> Path:
    """Print ``report`` to ``folder/<file>``; its path."""
    styles = _styles(font)

    def furniture(canvas, doc) -> None:
        canvas.setFont(font, 8)
        canvas.drawString(72, HEIGHT - 40, report["running"])
        canvas.drawCentredString(WIDTH / 2, 30, f"{doc.page}")

    path = folder / report["file"]
    doc = BaseDocTemplate(str(path), pagesize=A4, title=report["title"], invariant=True)
    doc.addPageTemplates([PageTemplate("page", [Frame(72, 72, WIDTH - 144, HEIGHT - 144)], onPage=furniture)])
    story: list = []
    for kind, text in report["sections"]:
        if kind == "page":
            story.append(PageBreak())
        elif kind.endswith("_table"):
            # ``<rules>_table`` or ``<name>_<rules>_table`` when a report has two tables ruled alike.
            rules = kind.removesuffix("_table").rsplit("_", 1)[-1]
            story += [_table(report[kind], font, rules), Spacer(1, 8)]
        else:
            story.append(Paragraph(text, styles[kind]))
    doc.build(story)
    return path


def build_all(folder: Path = REPORTS) -> list[Path]:
    """Print the reports into ``folder``; their paths."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return [
        build(SMART_METERS, "Helvetica", folder),
        build(COFFEE, "STSong-Light", folder),
        build(HYDROGEN, "Helvetica", folder),
        build(BATTERY_RECYCLING, "Helvetica", folder),
        build(MEDICAL_AESTHETICS, "STSong-Light", folder),
        build(SKINCARE, "Helvetica", folder),
    ]


def main() -> None:
    for path in build_all():
        print(path.relative_to(REPORTS.parent), path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
