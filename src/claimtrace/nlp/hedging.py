"""How sure the attributed content sounds: asserted, or hedged by modal verbs and adverbs."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import (HEDGE_PHRASES, HEDGE_WORDS, HEDGING_CUES, PERCEPTION_VERBS, RAISING_ACTIVE,
                      TIME_AND_PURPOSE_MARKS)


def _is_hedge(tok: Token, in_content: "set[int] | frozenset[int]" = frozenset()) -> bool:
    low = tok.lower_
    if low not in HEDGE_WORDS:
        return False
    if low in ("may", "might", "could"):
        after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
        if low == "could" and (after[:1] in (["not"], ["n't"], ["never"]) or after == ["no", "longer"]):
            return False  # "we could not wait any longer", "he could no longer carry the votes": what was not
            # possible, not a guess
        if low == "could" and tok.head.lemma_.lower() in PERCEPTION_VERBS | {"feel", "smell", "taste"} and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you", "he", "she", "they") for c in tok.head.children):
            return False  # "I could hear people calling for help": what someone sensed, not a guess (a court
            # that "could hear a challenge" still may)
        if tok.dep_ != "aux" and any(c.tag_ in ("WP", "WDT") for c in tok.children):
            return False  # "We gave what we could": what was possible for them, no verb of the claim to hedge
        if tok.dep_ == "aux" and any(c.tag_ == "WP" and c.dep_ in ("dobj", "nsubj") and c.i < tok.i
                                     for c in tok.head.children):
            return False  # "demand outstripped what the plants could supply": a measure, not a guess
        if _qualifies_a_noun(tok.head, in_content):
            return False  # "every aircraft that could fly was flying": it qualifies a noun, not the claim
        if tok.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_AND_PURPOSE_MARKS
                                            for c in tok.head.children):
            return False  # "before it could be added to the toll": when or what for, not a guess
        if any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in tok.head.children):
            return False  # "more tickets than the site could hold": a measure, not a guess
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "nothing", "none") or
                                                      any(d.lower_ == "no" and d.dep_ == "det" for d in c.children))
               for c in tok.head.children):
            return False  # "nobody could stop", "no aircraft may fly lower": what is not possible or allowed
        return tok.tag_ == "MD"  # not "May" the month
    if low in ("likely", "unlikely"):
        return True
    return tok.pos_ in ("ADV", "ADJ", "AUX", "VERB")


def _qualifies_a_noun(verb: Token, in_content: "set[int] | frozenset[int]") -> bool:
    """The verb heads a relative clause on a noun of the content ("every aircraft that could fly", "a video
    in which the president appears to order ..."): what it says describes the noun, it does not hedge the
    claim (a clause the parser hung on a noun outside the content is the content itself)."""
    return verb.dep_ == "relcl" and verb.head.i in in_content and any(
        t.tag_ in ("WDT", "WP") and t.dep_ != "mark" and t.i < verb.i for t in verb.subtree)


def _raising_hedge(tok: Token, in_content: "set[int] | frozenset[int]") -> bool:
    """"appears to have shut down", "seemed fair", "appeared close to a deal": the content's own verb
    of seeming (not "appeared in court", nor one inside a relative clause)."""
    doc = tok.doc
    return tok.pos_ == "VERB" and tok.lemma_.lower() in RAISING_ACTIVE and not _qualifies_a_noun(tok, in_content) and \
        (any(c.dep_ in ("xcomp", "acomp", "attr", "oprd") or
             c.dep_ == "advmod" and any(g.dep_ == "prep" for g in c.children) for c in tok.children) or
         # ("appeared to overstate support": the tagger made the verb after "to" a noun, not "appeared to the court")
         tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].pos_ not in ("DET", "PRON", "PROPN")
         and doc[tok.i + 2].is_lower and doc[tok.i + 2].i in in_content)


def find_hedges(doc: Doc, content_tokens: list[Token], cue_tokens: list[Token]) -> list[str]:
    """Words that hedge the content (in text order, without repeats)."""
    found: list[str] = []
    in_content = {t.i for t in content_tokens}
    toks = sorted(content_tokens + [t for t in cue_tokens if t.pos_ == "ADV"], key=lambda t: t.i)
    for tok in toks:
        if _is_hedge(tok, in_content) or tok.i in in_content and _raising_hedge(tok, in_content):
            found.append(tok.lower_)
    lowers = [t.lower_ for t in content_tokens]
    present = set(lowers)
    for phrase in HEDGE_PHRASES:
        if not present.issuperset(phrase):  # (most phrases have a word the content lacks: skip the scan)
            continue
        n = len(phrase)
        for i in range(len(lowers) - n + 1):
            # (not in a relative clause on a noun of the content: "a labelling law, which parliament is
            # expected to pass in the spring, would require ...")
            if tuple(lowers[i:i + n]) == phrase and \
                    not any(_qualifies_a_noun(t, in_content) for t in content_tokens[i:i + n]):
                found.append(" ".join(phrase))
    for tok in content_tokens:  # "was now expected to arrive", "is expected in March": a forecast, however worded
        if tok.lemma_.lower() == "expect" and tok.tag_ == "VBN" and not _qualifies_a_noun(tok, in_content) and \
                any(c.dep_ == "auxpass" for c in tok.children) and \
                not any(c.tag_ in ("WRB", "WDT", "WP") or c.lower_ in ("whether", "if") for c in tok.children):
            found.append("expected")  # (not what was asked or left open: "declined to say when a ruling was expected")
    cue_heads = [t for t in cue_tokens if t.pos_ == "VERB" and t.lemma_.lower() in HEDGING_CUES]
    for tok in cue_heads:
        found.append(tok.lower_)
    phrase_words = {w for f in found if " " in f for w in f.split()}
    found = [w for w in found if " " in w or w not in phrase_words]
    seen: set[str] = set()
    return [w for w in found if not (w in seen or seen.add(w))]
