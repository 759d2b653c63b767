"""Names written in the other script by their pinyin: "Qi An Xin" or "Qianxin" for 奇安信.

A Chinese company's English name is often its pinyin, which no dictionary lists for a
company it has never seen; spelling the report's Chinese in pinyin (``pypinyin``, MIT)
finds it for any report. Tones and spaces are dropped on both sides. Each Chinese run's
spellings are cached, so a passage is spelled once per process, not once per question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportqa.ingest.normalize import HAN_RUN

_LATIN_WORD = re.compile(r"[a-z]+")
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{3,}(?![A-Za-z])")
# A name a company writes in capitals (ASML, 阿斯麦) is transliterated as a word; a three-syllable name
# is asked to hear it, as capitals are mostly units and initialisms that two syllables hear by chance
# (of 47 names of three characters or more in the reports against their 66 words of capitals, 4
# pairs match, all places or figures' codes).
_CAPITALS_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{4,6}(?![A-Za-z])")
MIN_CAPITALS_SYLLABLES = 3
# A name spelled in fewer letters or syllables matches too much by chance ("Xin", "Li").
MIN_LETTERS = 5
MIN_SYLLABLES, MAX_SYLLABLES = 2, 6


@lru_cache(maxsize=65536)
def _syllables(run: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(lazy_pinyin(run))


@lru_cache(maxsize=65536)
def _spellings(run: str) -> frozenset[str]:
    """Every run of 2–6 consecutive syllables of a Chinese run, spelled without spaces."""
    syllables = _syllables(run)
    return frozenset(
        "".join(syllables[i:j])
        for i in range(len(syllables))
        for j in range(i + MIN_SYLLABLES, min(i + MAX_SYLLABLES, len(syllables)) + 1)
    )


def spelled_at(run: str, start: int, word: str) -> list[int]:
    """The ends of the spans of Chinese ``run`` from ``start`` whose pinyin spells the Latin
    ``word`` (:data:`MIN_LETTERS` letters or more, 2–6 syllables): 有道 of 网易有道 spells Youdao."""
    key = _latin_key(word)
    if len(key) < MIN_LETTERS:
        return []
    syllables = _syllables(run)
    ends = range(start + MIN_SYLLABLES, min(start + MAX_SYLLABLES, len(syllables)) + 1)
    return [end for end in ends if "".join(syllables[start:end]) == key]


def _latin_key(name: str) -> str:
    return "".join(_LATIN_WORD.findall(name.lower()))


def spelled_in(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` in the other script by its pinyin: a Latin name as the
    pinyin of consecutive Chinese characters ("Qi An Xin" in 奇安信实现营业收入), a Chinese
    name as consecutive Latin words that spell its pinyin (奇安信 in "Qi An Xin reported")."""
    if name.isascii():
        key = _latin_key(name)
        return len(key) >= MIN_LETTERS and any(key in _spellings(run) for run in HAN_RUN.findall(text))
    if not HAN_RUN.fullmatch(name) or len(name) < MIN_SYLLABLES:
        return False
    key = "".join(_syllables(name))
    words = _LATIN_WORD.findall(text.lower())
    starts = (i for i, word in enumerate(words) if key.startswith(word))
    return any("".join(words[i:j]) == key for i in starts for j in range(i + 1, min(i + 4, len(words)) + 1))


# A Chinese transliteration of a foreign name keeps its consonants (美敦力 mei-dun-li for
# Medtronic, 发那科 fa-na-ke for Fanuc): each syllable's initial and the Latin word's
# consonants, sorted into classes of sounds that transliterations interchange (l for r,
# d for t, h for w). A syllable without an initial stands for a leading vowel.
_CLASSES = {
    **dict.fromkeys("bp", "P"),
    **dict.fromkeys("dt", "T"),
    **dict.fromkeys("gkc", "K"),
    "f": "F",
    "v": "W",  # heard as f (伏尔加 Volga) or w (维斯塔斯 Vestas, 沃尔沃 Volvo): _ALIKE
    **dict.fromkeys("lr", "L"),
    **dict.fromkeys("szxjq", "S"),
    **dict.fromkeys("hw", "H"),
    "m": "M",
    "n": "N",
}
# A Latin class a syllable's initial of another class also gives: v as f or w (wei, wo, wa).
_ALIKE = {"W": frozenset("FH")}
_PINYIN_INITIAL = re.compile(r"zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]")
# Syllables of a transliterated name: a Chinese word of two matches a Latin word of two or three
# consonants about four times as often by chance as one of three syllables (CC-CEDICT's
# one-word proper names against 20 others each; docs/answerability.md), so it is held
# tighter: at most one consonant left over.
MIN_TRANSLITERATED = 2
# A name this short (沃森) is spelled by many words: at most one of the word's consonants may go unheard.
_TIGHT_SYLLABLES = 2
MAX_UNHEARD = 3  # consonants a Latin name may carry after those the syllables give ("rds" of Edwards)
MAX_SKIPPED = 1  # a stop transliteration drops inside a name (the t of Watson, 沃森; the g of Eddington)
_DROPPED = frozenset("TK")  # the only sounds skipped: stops before another consonant


def _latin_consonants(word: str, glides: bool = False) -> str:
    """The consonant classes of a Latin word in order, a repeat merged only when no vowel
    stands between ("tt", "ck": one sound; the two d of Adidas, 阿迪达斯, and k of Kuka, 库卡,
    are heard twice); "V" for a leading vowel, and with ``glides`` for a y between vowels, which
    opens a syllable of its own (Proya)."""
    classes = ["V"] if word[0] in "aeiouy" else []
    vowel = False  # a vowel since the last consonant
    for i, letter in enumerate(word):
        if letter == "h" and i and word[i - 1] not in "aeiouy":
            continue  # ph, th, ch, sh: one sound
        glide = glides and letter == "y" and 0 < i < len(word) - 1 and {word[i - 1], word[i + 1]} <= set("aeiou")
        sound = "V" if glide else _CLASSES.get(letter)
        if sound is None:
            vowel = vowel or letter in "aeiouy"
            continue
        if not classes or classes[-1] != sound or vowel:
            classes.append(sound)
        vowel = False
    return "".join(classes)


def _syllable_sounds(syllable: str) -> tuple[str, bool]:
    """A syllable's initial as a class ("V" for none; y counts as none) and whether it ends nasal."""
    initial = _PINYIN_INITIAL.match(syllable)
    sound = "V" if initial is None or initial.group() == "y" else _CLASSES.get(initial.group()[0], "S")
    if syllable == "er":
        sound = "L"  # 尔 transliterates r and l
    return sound, syllable.endswith(("n", "ng"))


def _heard(sounds: list[tuple[str, bool]], consonants: str, skips: int, leftover: int, first: bool = True) -> bool:
    """Whether the syllables' initials, in order, are heard in ``consonants``: each begins what
    is left, a nasal final may add an N, up to ``skips`` consonants after the first may be
    passed over, and at most ``leftover`` may follow the last."""
    if not sounds:
        return len(consonants) <= leftover
    (sound, nasal), rest = sounds[0], sounds[1:]
    for skipped in range(1 if first else skips + 1):
        after = consonants[skipped:]
        if not after or not _gives(sound, after[0]) or not set(consonants[:skipped]) <= _DROPPED:
            continue
        after = after[1:]
        left = skips - skipped
        if _heard(rest, after, left, leftover, False) or (
            nasal and after.startswith("N") and _heard(rest, after[1:], left, leftover, False)
        ):
            return True
    return False


def _gives(sound: str, consonant: str) -> bool:
    """Whether a syllable's initial ``sound`` transliterates the Latin ``consonant`` class."""
    return sound == consonant or sound in _ALIKE.get(consonant, ())


def sounds_like(name: str, word: str) -> bool:
    """Whether the Chinese ``name`` (two or more characters) transliterates the Latin ``word``
    (美敦力 → Medtronic, 沃森 → Watson). Two syllables are held tighter than three."""
    if not HAN_RUN.fullmatch(name) or len(name) < MIN_TRANSLITERATED or not word.isascii():
        return False
    sounds = [_syllable_sounds(s) for s in _syllables(name)]
    # An r after a vowel, before a consonant or ending the word, goes unheard as in British English: Mars is
    # 玛氏 (ma shi), Martin 马丁, Ford 福特. Two syllables so heard must give every consonant left.
    unheard = _UNHEARD_R.sub("", word.lower())
    spoken = list(dict.fromkeys([word.lower(), unheard]))
    if len(sounds) == _TIGHT_SYLLABLES:
        consonants = _latin_consonants(word.lower())
        return _heard(sounds, consonants, MAX_SKIPPED, 1) or _heard(sounds, _latin_consonants(unheard), MAX_SKIPPED, 0)
    # A y between vowels opens a syllable a syllable without an initial (ya, yu) transliterates: Proya is
    # 珀莱雅 (po lai ya). Of three syllables or more only: two are held tight.
    forms = dict.fromkeys(_latin_consonants(form, glides) for form in spoken for glides in (False, True))
    return any(_heard(sounds, form, MAX_SKIPPED, MAX_UNHEARD) for form in forms)


_UNHEARD_R = re.compile(r"(?<=[aeiou])r(?=[^aeiouy]|$)")


def transliterations(name: str, text: str) -> list[str]:
    """The capitalised Latin words of ``text`` that a Chinese name transliterates (美敦力 →
    Medtronic, 发那科 → Fanuc, 沃森 → Watson), and its words of capitals for a name of three
    syllables or more (阿斯麦 → ASML). Only names, as a report capitalises them: among all
    words, one Chinese word in five finds some consonants to match."""
    words = dict.fromkeys(_CAPITALISED_WORD.findall(text))
    if len(name) >= MIN_CAPITALS_SYLLABLES:
        words.update(dict.fromkeys(_CAPITALS_WORD.findall(text)))
    return [word for word in words if sounds_like(name, word)]


# A Chinese brand's Latin name is often its pinyin spelled loosely: a final ng as n (晶 jing in
# Jinko), a final e as o (科 ke in Jinko), ü as u (绿 lv), or a leading word by its initial
# (纷享 fen xiang as the F of Fxiaoke). Held tight, as a wrong link gives another company's
# figure (docs/answerability.md, names across scripts): the whole name must be spelled, at most
# one unit by an initial and only the first, and at least two syllables spelled out.
MIN_SPELLED = 2
MAX_INITIALLED = 2  # syllables one leading initial may stand for (纷享 → F)


def _loose_forms(syllable: str) -> frozenset[str]:
    """A syllable as a brand may spell it: its pinyin, ng as n, a final e as o, ü (v) as u."""
    forms = {syllable, syllable.replace("v", "u")}
    if syllable.endswith("ng"):
        forms.add(syllable[:-1])
    if syllable.endswith("e") and not syllable.endswith(("ie", "ue", "ve")):
        forms.add(syllable[:-1] + "o")
    return frozenset(forms)


def romanises(latin: str, name: str) -> bool:
    """Whether the Latin ``latin`` (spaces and case aside) spells the whole Chinese ``name``'s
    pinyin as brands do (Fxiaoke → 纷享销客, Jinko → 晶科, Qianxin → 奇安信): each syllable
    by one of its loose forms, the first one or two by their initial alone."""
    key = _latin_key(latin)
    if len(key) < MIN_LETTERS or not HAN_RUN.fullmatch(name):
        return False
    syllables = _syllables(name)
    starts = [(0, 0)] + [(n, 1) for n in range(1, MAX_INITIALLED + 1) if n < len(syllables)]
    for taken, used in starts:
        if used and key[0] != syllables[0][0]:
            continue
        if len(syllables) - taken >= MIN_SPELLED and _spelled(syllables[taken:], key[used:]):
            return True
    return False


def _spelled(syllables: tuple[str, ...], key: str) -> bool:
    """Whether ``key`` is the syllables, each by one of its loose forms, in order, and nothing else."""
    if not syllables:
        return not key
    return any(
        key.startswith(form) and _spelled(syllables[1:], key[len(form) :]) for form in _loose_forms(syllables[0])
    )
