"""Agency copy as re-publishing sites carry it, scored against hand-written gold.

The articles in ``tests/data/wire/`` were written for these tests (invented outlets, people and
events): wire stories wrapped in a site's header and menu, "This story was originally published
by ...", and closing appeal blocks in plain text. Each ``<name>.gold.json`` lists every
attribution a careful reader finds (cue, source and content text; who the speaker is, their role,
how many people, through which outlets), the appeal and chrome paragraphs, and words that must
not be read as cues. The tests run the real spaCy pipeline.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import claimtrace
from claimtrace.model import Article, Attribution

WIRE = Path(__file__).with_name("data") / "wire"
NAMES = sorted(p.name[:-len(".txt")] for p in WIRE.glob("*.txt"))
FIELDS = ("source", "content", "kind", "name", "role", "count", "via")


def load_gold(name: str) -> tuple[str, dict]:
    return (WIRE / f"{name}.txt").read_text(encoding="utf-8"), \
        json.loads((WIRE / f"{name}.gold.json").read_text(encoding="utf-8"))


def trimmed(text: str) -> str:
    return text.strip(" \t\n,.;:\"“”")


def predicted_fields(article: Article, a: Attribution) -> dict:
    src = next((s for s in article.sources if a.speaker and s.id == a.speaker.source_id), None)
    return {"source": a.source.text if a.source else None, "content": trimmed(a.content.text),
            "kind": src.kind if src else None, "name": src.name if src else None,
            "role": src.role if src else None, "count": a.source_count, "via": list(a.via)}


def expected_fields(g: dict) -> dict:
    return {**{k: g[k] for k in FIELDS}, "content": trimmed(g["content"])}


def match(article: Article, g: dict) -> Attribution | None:
    """The predicted attribution with the gold cue whose content overlaps the gold content most."""
    want = trimmed(g["content"])
    best, overlap = None, 0
    for a in article.attributions:
        if a.cue.text != g["cue"]:
            continue
        got = trimmed(a.content.text)
        common = len(got) if got in want else len(want) if want in got else 0
        if common > overlap:
            best, overlap = a, common
    return best


@dataclass
class WireScore:
    """Totals over a corpus: attributions right in every field, fields right, appeals flagged."""

    gold: int = 0
    predicted: int = 0
    all_right: int = 0
    fields_right: int = 0
    fields: int = 0
    boilerplate_right: int = 0
    boilerplate_gold: int = 0
    boilerplate_predicted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Attribution F1 where a hit must be right in every field."""
        return 2 * self.all_right / max(1, self.gold + self.predicted)

    @property
    def field_accuracy(self) -> float:
        return self.fields_right / max(1, self.fields)

    @property
    def boilerplate_f1(self) -> float:
        return 2 * self.boilerplate_right / max(1, self.boilerplate_gold + self.boilerplate_predicted)


def score_article(article: Article, gold: dict, total: WireScore) -> None:
    total.gold += len(gold["attributions"])
    total.predicted += len(article.attributions)
    for g in gold["attributions"]:
        total.fields += len(FIELDS)
        a = match(article, g)
        if a is None:
            total.errors.append(f"{article.input}: missed {g['cue']!r} / {g['content']!r}")
            continue
        got, want = predicted_fields(article, a), expected_fields(g)
        right = [k for k in FIELDS if got[k] == want[k]]
        total.fields_right += len(right)
        total.all_right += len(right) == len(FIELDS)
        total.errors += [f"{article.input}: {g['cue']!r} {k}: {got[k]!r} != {want[k]!r}"
                         for k in FIELDS if k not in right]
    flagged = {article.text[s:e] for s, e in article.boilerplate}
    total.boilerplate_gold += len(gold["boilerplate"])
    total.boilerplate_predicted += len(flagged)
    total.boilerplate_right += len(flagged & set(gold["boilerplate"]))


@pytest.fixture(scope="module")
def articles():
    nlp = claimtrace.load()
    out = {}
    for name in NAMES:
        text, gold = load_gold(name)
        out[name] = (claimtrace.extract(text, input=name, nlp=nlp), gold)
    return out


def test_the_corpus_is_there():
    assert len(NAMES) >= 4
    for name in NAMES:
        text, gold = load_gold(name)
        for g in gold["attributions"]:
            assert trimmed(g["content"]) in text and g["source"] in text, (name, g)
        for b in gold["boilerplate"]:
            assert b in text, (name, b)


def test_corpus_score(articles):
    total = WireScore()
    for article, gold in articles.values():
        score_article(article, gold, total)
    assert total.gold >= 20
    # every attribution right in every field, with few extra; all appeals and chrome, nothing else
    assert total.f1 >= 0.9, total.errors
    assert total.field_accuracy >= 0.95, total.errors
    assert total.boilerplate_f1 == 1.0


def test_the_scorer_sees_a_wrong_field_and_an_extra_attribution(articles):
    article, gold = articles["defence-cuts"]
    exact = WireScore()
    score_article(article, gold, exact)
    broken = Article(input=article.input, text=article.text, boilerplate=article.boilerplate[1:],
                     sources=article.sources, attributions=[*article.attributions, article.attributions[0]])
    first = broken.attributions[0] = Attribution(**{**vars(article.attributions[0]), "via": ["Elsewhere"]})
    assert first is not article.attributions[0]
    worse = WireScore()
    score_article(broken, gold, worse)
    assert worse.all_right == exact.all_right - 1 and worse.predicted == exact.predicted + 1
    assert worse.fields_right == exact.fields_right - 1
    assert worse.boilerplate_right == exact.boilerplate_right - 1


def _gold_items():
    for name in NAMES:
        _, gold = load_gold(name)
        for k, g in enumerate(gold["attributions"]):
            yield pytest.param(name, k, id=f"{g['construction']}-{name}-{k}")


@pytest.mark.parametrize("name,k", list(_gold_items()))
def test_each_construction(articles, name, k):
    article, gold = articles[name]
    g = gold["attributions"][k]
    a = match(article, g)
    assert a is not None, f"no {g['cue']!r} attribution with content {g['content']!r}"
    assert predicted_fields(article, a) == expected_fields(g)


@pytest.mark.parametrize("name", NAMES)
def test_non_speech_verbs_and_appeals_give_no_attribution(articles, name):
    article, gold = articles[name]
    cues = [a.cue.text for a in article.attributions]
    for words in gold["not_cues"]:  # "has offered", "Asked", and the appeal's "Members say"
        assert not [c for c in cues if c == words or c.startswith(words + " ")], cues
    for a in article.attributions:
        for s, _ in a.cue.spans + a.content.spans:
            assert not any(bs <= s < be for bs, be in article.boilerplate)
    assert {article.text[s:e] for s, e in article.boilerplate} == set(gold["boilerplate"])


def test_the_same_story_on_a_republishing_sites_html_page(articles):
    """The wire story inside a site's page (menu, header, sidebar, footer appeal): HTML extraction
    and the appeal rules leave the same attributions as the plain text."""
    import html as html_lib

    text, gold = load_gold("tariff-pause")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs[2:])
    page = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Tariff pause agreed | The "
            "Valley Courier</title></head><body><header><a href='/'>The Valley Courier</a><nav>"
            "<a href='/world'>World</a> <a href='/business'>Business</a></nav></header><main><article>"
            f"<h1>Tariff pause agreed</h1>{body}</article></main><aside><h2>Most read</h2><ul>"
            "<li><a href='/a'>Ferry fares to rise</a></li></ul></aside><footer>Copyright 2026 The Valley "
            "Courier. All rights reserved.</footer></body></html>")
    article = claimtrace.extract(html=page, input="tariff-pause.html", nlp=claimtrace.load())
    assert article.errors == []
    assert article.title == "Tariff pause agreed"  # the <h1>; the body starts after the headline
    for g in gold["attributions"]:
        if g["construction"] == "headline":
            continue
        a = match(article, g)
        assert a is not None and predicted_fields(article, a) == expected_fields(g), g
    flagged = {article.text[s:e] for s, e in article.boilerplate}
    assert "Our journalism depends on readers like you. Please donate today." in flagged
    assert not [a for a in article.attributions if a.cue.text.startswith(("has offered", "could agree", "Asked"))]
