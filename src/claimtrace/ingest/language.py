"""Offline language identification: writing system first, then function-word profiles.

claimtrace only needs to answer "is this English, and if not, what is it?" well enough to refuse
non-English articles with a useful message. Function words (articles, pronouns, prepositions,
auxiliaries) are the most frequent tokens of any text and are nearly disjoint between languages,
so counting them is robust from a single sentence up, needs no model download and costs
microseconds. Non-Latin scripts are identified by Unicode ranges alone.
"""
from __future__ import annotations

import re

_EN = """the of and to a in is was that for on with as by at from it its be are were has have
had he she they we you i his her their our this these those which who whom what will would
not but or an been said says also after about than more into over could should can may
there them him no one all new when up out if do does did just so us my me your"""

# Each list is a language's most frequent function words. Words that are also common English
# tokens (a, in, on, die, me, also, ...) are removed below so they never count against English.
_PROFILES = {
    "en": _EN,
    "de": """der die das und ist nicht ein eine einen einem einer den dem des mit sich auf für
        von zu im auch es sie wir ich er wird wurde werden sind hat haben war waren nach bei aus
        oder aber wie noch nur dass daß über vor um diese dieser dieses kann man mehr schon sehr
        zum zur vom als wenn durch gegen sagte seine ihre ihr unter wieder""",
    "fr": """le la les des du de et est une un que qui dans pour pas sur au aux avec ce cette
        il elle ils nous vous je sont ont été être par plus mais ou se sa son ses leur leurs
        été a été fait comme tout aussi très ne y en a selon dit après contre entre où""",
    "es": """el la los las de del y que en un una es por con para no se su sus al lo como más
        pero fue son está este esta ha han sido ser sobre entre también ya muy hay dijo según
        cuando donde desde sin porque hasta otro todos nos le les""",
    "it": """il lo la gli le di del della dei delle che e è un una per con non si sono da al
        alla nel nella come più ma anche ha hanno stato essere questo questa sul sulla ci
        dopo tra fra ancora molto secondo quando dove perché gli loro suo sua""",
    "pt": """o a os as de do da dos das e que em um uma é para com não se por no na nos nas
        ao aos mais como mas foi são está esta este ser tem já muito também sobre entre
        disse segundo quando onde ele ela eles elas seu sua pelo pela isso""",
    "nl": """de het een en van is dat niet op te in zijn voor met als er aan maar ook bij
        door hij zij ze wij we ik naar om dan nog wordt werd worden heeft hebben was waren
        over uit tot deze dit die wat kan meer geen zei volgens""",
    "sv": """och att det som en ett är av för med till på den inte har de om var jag vi han
        hon kan ska skulle men från också efter sina sin hade blev eller vid enligt""",
    "da": """og at det som en et er af for med til på den ikke har de om var jeg vi han hun
        kan skal skulle men fra også efter sine sin havde blev eller ved ifølge""",
    "pl": """i w na z że się nie do to jest jak o po co ale przez od dla tak już jego jej są
        był była było tym które który która oraz przy może jednak tylko według""",
    "tr": """ve bir bu da de için ile olarak daha çok gibi ama ne var yok olan sonra kadar
        en ise ya mı mi değil her şey diye göre""",
    "id": """yang dan di ke dari ini itu dengan untuk pada tidak dalam akan juga adalah ada
        oleh mereka kami kita saya sudah telah bisa atau karena seperti lebih""",
}

_WORDS: dict[str, frozenset[str]] = {}
_en_words = frozenset(_PROFILES["en"])
for _lang, _words in _PROFILES.items():
    words = frozenset(_words.split())
    _WORDS[_lang] = words if _lang == "en" else words - _en_words

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Script ranges -> language. Order only matters for overlapping decisions below.
_SCRIPTS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN = re.compile(r"[پچژگ]")

_SAMPLE = 20000  # characters: enough for a confident decision, bounded cost on huge inputs


def _script_language(text: str) -> tuple[str, float] | None:
    latin = len(_LATIN.findall(text))
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    cjk = counts["han"] + counts["kana"]
    other = sum(counts.values())
    if other < 2 or other < latin:  # mostly Latin script: decide by words
        return None
    conf = round(other / (other + latin), 3)
    if counts["kana"] and counts["kana"] >= 0.1 * cjk:
        return "ja", conf
    name = max(counts, key=counts.get)
    if name == "cyrillic":
        return ("uk" if _UKRAINIAN.search(text) else "ru"), conf
    if name == "arabic":
        return ("fa" if len(_PERSIAN.findall(text)) > 0.02 * counts["arabic"] else "ar"), conf
    return {"hebrew": "he", "greek": "el", "han": "zh", "kana": "ja", "hangul": "ko",
            "devanagari": "hi", "thai": "th"}[name], conf


def detect_language(text: str) -> tuple[str, float]:
    """Return ``(ISO 639-1 code, confidence 0..1)``; ``("und", 0.0)`` when there is no evidence.

    The decision leans to English on purpose: another Latin-script language wins only with at
    least three of its function words and clearly more hits than English, so a one-line English
    quote is never refused, while a paragraph of German or Spanish is.
    """
    sample = text[:_SAMPLE]
    by_script = _script_language(sample)
    if by_script:
        return by_script
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    if not tokens:
        return "und", 0.0
    hits = {lang: 0 for lang in _WORDS}
    for tok in tokens:
        tok = tok.replace("’", "'")
        for lang, words in _WORDS.items():
            if tok in words:
                hits[lang] += 1
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, n_best), (_, n_second) = ranked[0], ranked[1]
    n_en = hits["en"]
    if best != "en" and n_best >= 3 and n_best >= 1.5 * max(n_en, 1) and n_best > n_second:
        conf = n_best / (n_best + n_second + n_en)
        return best, round(min(1.0, conf * min(1.0, n_best / 8)), 3)
    if n_en >= 1 and n_en >= n_best / 1.5:
        total = sum(hits.values())
        return "en", round((n_en / total) * min(1.0, n_en / 5), 3)
    return "und", 0.0
