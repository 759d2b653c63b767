"""Text normalisation for matching: one form for full-/half-width and traditional/simplified."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_SPACES = re.compile(r"\s+")
# A Chinese character, and a run of them: the one test of "written in Chinese" every module shares.
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[A-Za-z]")
_SHIELD = "\ue000"  # a private-use character OpenCC passes through unchanged


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# The answer path normalizes the same retrieved passages many times a question (about 500 calls, 40% of
# its time in OpenCC before this cache); the conversion is a pure function of the text.
@lru_cache(maxsize=8192)
def _simplified(text: str) -> str:
    # Taiwan phrasing (支援→支持, 軟體→软件, 網路→网络) is only Taiwan's in traditional
    # text: tw2sp applied to simplified text rewrites mainland words (呼叫中心→调用中心,
    # 新增→添加). So text that t2s leaves unchanged is already simplified and kept as is.
    if _converter("t2s").convert(text) == text:
        return text
    # tw2sp wrongly maps the already-simplified 么 to 幺 (什么 → 什幺); shield it.
    return _converter("tw2sp").convert(text.replace("么", _SHIELD)).replace(_SHIELD, "么")


def normalize(text: str) -> str:
    """Return ``text`` in the single form used for search and comparison.

    NFKC folds full-width digits, letters and punctuation to ASCII; OpenCC maps
    traditional text, with its Taiwan phrases, to simplified Chinese; runs of whitespace
    become one space. Case is kept: callers that want case-folding do it themselves.
    """
    text = unicodedata.normalize("NFKC", text)
    if HAN.search(text):
        text = _simplified(text)
    return _SPACES.sub(" ", text).strip()


def detect_language(text: str) -> str:
    """``"zh"`` when Chinese characters make up a fair share of the letters, else ``"en"``."""
    cjk = len(HAN.findall(text))
    latin = len(_LATIN.findall(text))
    # A Chinese character carries about as much as a 3-4 letter word.
    return "zh" if cjk * 3 >= latin and cjk > 0 else "en"
