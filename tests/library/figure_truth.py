"""Hand-checked figures: (subject, period, value) of every figure in samples of the seed reports
and of TAT-QA tables, written down by reading the text, not by running the extractor.

The period is the one the report states for that figure (in its sentence, its table row or its
column header); a figure whose period is only implied ("复合年增长率为 8.26%" without years in its
sentence) has none. A table of the report's key statistics is about the report's market.
"""

from __future__ import annotations

# The whole call-centers report (Chinese and English halves); its product code 1992126 is not a figure.
CALL_CENTERS = {
    ("客服中心市场", "2025", "340.3"),
    ("客服中心市场", "2026", "367.6"),
    ("客服中心市场", "", "8.26"),
    ("客服中心市场", "2032", "593.4"),
    ("Call Centers Market", "2025", "34.03"),
    ("Call Centers Market", "2026", "36.76"),
    ("Call Centers Market", "", "8.26"),
    ("Call Centers Market", "2032", "59.34"),
}

# The US technical support report from its start to the end of the drivers table ("| 来源: |").
US_SUPPORT_END = "| 来源:"
US_SUPPORT = {
    ("美国客户技术支持服务市场", "2025", "100.6"),
    ("美国客户技术支持服务市场", "2030", "145.7"),
    ("美国客户技术支持服务市场", "2025-2030", "7.69"),
    ("远程和在线技术支持", "2024", "43.2"),
    ("自助服务和自动化支持", "2030", "8.1"),
    ("计算机和笔记本电脑", "2024", "34.5"),
    ("智能家居设备", "", "8.7"),
    ("语音和呼叫中心交互", "2024", "39.2"),
    ("社交媒体支持", "", "8.3"),
    ("住宅消费者", "2024", "54.5"),
    ("中小型企业", "", "7.9"),
    ("对软件更新的要求不断增加", "", "1.8"),
    ("智能家居设备的激增", "", "2.1"),
    ("消费电子产品日益复杂", "", "1.5"),
    ("远程工作文化的扩张", "", "1.4"),
    ("采用预测性人工智能诊断", "", "0.9"),
    ("订阅技术支持捆绑包的兴起", "", "0.8"),
}

# TAT-QA dev contexts (by position in the dataset): every body cell of their tables.
TATQA = {
    0: {
        ("Fixed Price", "2019", "1452.4"),
        ("Fixed Price", "2018", "1146.2"),
        ("Fixed Price", "2017", "1036.9"),
        ("Other", "2019", "44.1"),
        ("Other", "2018", "56.7"),
        ("Other", "2017", "70.8"),
        ("Total sales", "2019", "1496.5"),
        ("Total sales", "2018", "1202.9"),
        ("Total sales", "2017", "1107.7"),
    },
    2: {
        ("Discount rate", "2019", "4.00"),
        ("Discount rate", "2018", "3.75"),
        ("Discount rate", "2019", "1.90"),
        ("Discount rate", "2018", "2.80"),
        ("Expected return on plan assets", "2019", "3.40"),
        ("Expected return on plan assets", "2018", "3.70"),
    },
    3: {
        ("Defined contribution schemes", "2019", "166"),
        ("Defined contribution schemes", "2018", "178"),
        ("Defined contribution schemes", "2017", "192"),
        ("Defined benefit schemes", "2019", "57"),
        ("Defined benefit schemes", "2018", "44"),
        ("Defined benefit schemes", "2017", "20"),
        ("Total amount charged to income statement", "2019", "223"),
        ("Total amount charged to income statement", "2018", "222"),
        ("Total amount charged to income statement", "2017", "212"),
    },
    4: {
        ("Operating loss carryforward", "2019", "73260"),
        ("Operating loss carryforward", "2018", "57768"),
        ("Net deferred tax asset before valuation allowance", "2019", "19911"),
        ("Net deferred tax asset before valuation allowance", "2018", "15916"),
        ("Valuation allowance", "2019", "-19911"),
        ("Valuation allowance", "2018", "-15916"),
        ("Net deferred tax asset", "2019", "795"),
        ("Net deferred tax asset", "2018", "772"),
    },
    5: {
        ("Cash and equivalents", "2019", "130"),
        ("Cash and equivalents", "2018", "91"),
        ("Receivables", "2019", "128"),
        ("Receivables", "2018", "126"),
        ("Inventories", "2019", "124"),
        ("Inventories", "2018", "114"),
        ("Other current assets", "2019", "9"),
        ("Other current assets", "2018", "8"),
        ("Total current assets", "2019", "391"),
        ("Total current assets", "2018", "339"),
        ("Property, plant, and equipment", "2019", "2235"),
        ("Property, plant, and equipment", "2018", "2641"),
        ("Other noncurrent assets", "2019", "38"),
        ("Other noncurrent assets", "2018", "45"),
        ("Total assets", "2019", "2664"),
        ("Total assets", "2018", "3025"),
        ("Accounts payable and accrued expenses", "2019", "118"),
        ("Accounts payable and accrued expenses", "2018", "138"),
        ("Current debt", "2019", "696"),
        ("Current debt", "2018", "20"),
        ("Other current liabilities", "2019", "37"),
        ("Other current liabilities", "2018", "9"),
        ("Total current liabilities", "2019", "851"),
        ("Total current liabilities", "2018", "167"),
        ("Long-term debt", "2019", "53"),
        ("Long-term debt", "2018", "1064"),
        ("Other noncurrent liabilities", "2019", "5"),
        ("Other noncurrent liabilities", "2018", "74"),
        ("Total liabilities", "2019", "909"),
        ("Total liabilities", "2018", "1305"),
    },
}
