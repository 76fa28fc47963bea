"""What a name or a noun names: whether a name the parser took for a person names an organisation,
read from the whole article, and whether a common noun is a word for people.

spaCy's small English model tags many company names it has not seen ("Kolej Brava", "Ostara
Biologics", "Velden") as people. A reader settles that from every mention at once (one sense per
article), and so does this. Evidence for an organisation: another mention tagged as an
organisation or a place (also its first word alone: "Ostara" for "Ostara Biologics"); the name as
the first word(s) of a longer organisation's name ("Velden" after "Velden Signal Systems"); a word
for a kind of business before it or as its description ("rail operator Kolej Brava", "battery
maker Solvik", "the port operator, Kessel Terminals", "a spokeswoman for Ostravair"); "X said it
would ...". Evidence for a person: a title ("Mr.", "Coach"), a word for a person as its description ("spokeswoman Anna
Berg"), "X said he/she ...". A name is an organisation when it has at least two points for and
none against, so one stray tag never turns a person into a company. A single name whose
adjective is in the text ("Ostrana", "Ostranan forces") is a country.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from .lexicon import (ANONYMOUS_NOUNS, DEMONYM_ENDINGS, DOCUMENT_NOUNS, LINKING_VERBS, NOT_PEOPLE_NOUNS, OFFICE_NOUNS,
                      ORGANIZATION_DESCRIPTORS, ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, OUTLET_NAME_WORDS,
                      OUTLET_NOUNS, PEOPLE_NOUN_ENDINGS, PERSON_ROLE_NOUNS, PERSON_TITLES, SPEECH_VERBS, SPOKESPEOPLE,
                      STRONG_ORGANIZATION_DESCRIPTORS)

ORGANIZATION_LABELS = ("ORG", "GPE", "NORP", "FAC")

#: first names and the gender most of their bearers have (built by bench/first_names.py)
FIRST_NAMES_PATH = Path(__file__).with_name("data") / "first_names.tsv.gz"


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    with gzip.open(FIRST_NAMES_PATH, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if "\t" in line)


#: a word used more often than this (Zipf scale: 3 = once per million words) is a common word
COMMON_WORD_ZIPF = 3.5


def reads_as_a_persons_name(words: list[str]) -> bool:
    """Two or three capitalised words that start with a common first name and end with a word that is
    no common English word ("Rupprecht Dubrecht", "Jolanthe Pennacott"; not "Georgia Power", "Jordan
    Brewing"): a person's name, whatever NER made of it."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and \
        words[0] in _first_names() and zipf_frequency(words[-1].lower(), "en") < COMMON_WORD_ZIPF and \
        not {w.lower() for w in words} & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS)


def pronoun_of_name(name: str) -> str:
    """"she" or "he" for a person's full name whose first name nearly always goes with one of them
    ("Ingrith Colwick", "Severin Ashdale"); "" for a bare surname or a name the table does not know."""
    words = name.split()
    if len(words) < 2:
        return ""
    return {"F": "she", "M": "he"}.get(_first_names().get(words[0], ""), "")


def _occurrences(doc: Doc, words: list[str]) -> list[int]:
    """Token indices where the name's words occur in sequence."""
    n = len(words)
    if not n:
        return []
    starts = _positions(doc).get(words[0], [])
    return [i for i in starts if i + n <= len(doc) and all(doc[i + k].text == words[k] for k in range(1, n))]


@lru_cache(maxsize=1)
def _positions(doc: Doc) -> dict[str, list[int]]:
    """Token indices of each word of ``doc``, built once for the document being read (names are
    looked up many times in one article)."""
    by_id: dict[int, list[int]] = {}
    for i, orth in enumerate(doc.to_array("ORTH").tolist()):  # (ids, not a Token object per word)
        by_id.setdefault(orth, []).append(i)
    strings = doc.vocab.strings
    return {strings[orth]: positions for orth, positions in by_id.items()}


#: who a possessive stands for, as ``_said_pronoun`` names it
_SUBJECT_OF_POSSESSIVE = {"its": "its", "his": "he", "her": "she"}


def _said_pronoun(tok: Token) -> str:
    """"it" / "he" / "she" when ``tok`` is the subject of a verb whose clause's subject is that
    pronoun ("it" only as the doer of an action: "said it would appeal", not "said it was early"), or
    that tells where it spoke with a possessive ("said on its website": "its")."""
    while tok.dep_ in ("compound", "flat", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "the port operator, Kessel Terminals, said": the description is the subject
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    # "said on its website", "wrote in her column": whose the medium is
    owner = next((g.lower_ for c in verb.children if c.dep_ == "prep" and c.i > verb.i for o in c.children
                  if o.dep_ == "pobj" for g in o.children if g.dep_ == "poss" and g.lower_ in ("its", "his", "her")),
                 None)
    if owner is not None:
        return _SUBJECT_OF_POSSESSIVE[owner]
    # "said that it ...", also "said in a statement that it ..." (the clause hangs on "statement")
    # (and the clause of a participle that goes on telling: "denied that ..., saying it carried 48 passengers")
    # (and of a telling verb coordinated with it: "denied that ... and said its vets had checked every dog")
    # (also one the parser hung on the clause: "denied that any warning had been ignored and said its ...")
    tellers = {verb.i} | {c.i for h in [verb, *(c for c in verb.children if c.dep_ == "ccomp")] for c in h.children
                          if c.dep_ == "conj" and c.i > verb.i and (h is verb or c.lemma_.lower() in SPEECH_VERBS) and
                          not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    clauses = [c for c in verb.subtree if c.dep_ == "ccomp" and (c.head.i in tellers or c.head.dep_ == "advcl" and
                                                                 c.head.tag_ == "VBG" and c.head.head.i == verb.i) or
               c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    for clause in clauses:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("he", "she"):
            return subj.lower_
        # (also of a part of them: "said all of its harbour contracts had been won in open tender")
        whole = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                      if o.dep_ == "pobj"), None) if subj is not None and subj.pos_ in ("PRON", "DET", "NUM") else None
        owner = next((c.lower_ for c in (whole or subj).children if c.dep_ == "poss"), "") if subj is not None else ""
        if owner in ("its", "his", "her"):  # "said its vets had checked every dog": whose vets
            return _SUBJECT_OF_POSSESSIVE[owner]
        if subj is not None and subj.lower_ == "it" and clause.lemma_.lower() not in LINKING_VERBS:
            return "it"
    return ""


#: endings of one-word names of a business ("carmaker", "drugmaker", "steelmaker")
BUSINESS_ENDINGS = ("maker", "makers")


def business_word(lemma: str) -> bool:
    """A word for a kind of business or body: "operator", "maker", and one-word compounds of
    "-maker" ("cheesemaker", "chipmaker"; not "lawmaker", "filmmaker": people)."""
    return lemma in ORGANIZATION_DESCRIPTORS or lemma.endswith(BUSINESS_ENDINGS) and lemma.isalpha() and \
        lemma not in ANONYMOUS_NOUNS and not lemma.startswith(PEOPLE_MAKERS)


#: "-maker" compounds that are people
PEOPLE_MAKERS = ("law", "policy", "film", "movie", "peace", "deal", "king", "trouble", "match", "dress", "home",
                 "rain", "play", "speech", "decision", "pace", "mischief", "merry", "holiday")


def described_noun(word: Token) -> Token:
    """The noun a description is about: "operators" in "the largest of the country's three mobile
    operators" or "one of the region's biggest lenders" (an adjective or "one" with "of"), else the word."""
    if word.pos_ in ("ADJ", "NUM") or word.lower_ == "one":
        of = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"]
        nouns = [c for p in of for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if nouns:
            return nouns[0]
    return word


_POSSESSIVE_END = re.compile(r"(.+?)(['\u2019]s?)$")
_WHOLE = re.compile(r"(.+)")


def organisation_evidence(doc: Doc, name: str, ents: tuple[Span, ...], role: str = "") -> tuple[int, int]:
    """(points for an organisation, points for a person) from every mention of ``name`` in ``doc``;
    ``role``: the head word of the description the name came with ("operator", "spokeswoman")."""
    # (the words as the tokenizer splits them: "Seafarers' Welfare Network" has a token for its possessive
    # apostrophe; "O'Brien" has none)
    words = [part for w in name.split() for part in (_POSSESSIVE_END.match(w) or _WHOLE.match(w)).groups()]
    if not words:
        return 0, 0
    starts = {e.start: e for e in ents}
    person = int(role in ANONYMOUS_NOUNS | PERSON_ROLE_NOUNS)
    other_tag = prefix = said_it = owned = relative_which = False
    descriptor = described_as_someone = 0
    for i in _occurrences(doc, words):
        end = i + len(words)
        ent = starts.get(i)
        if doc[i].ent_type_ in ORGANIZATION_LABELS:
            other_tag = True
        if ent is not None and ent.end > end and (ent.label_ == "ORG" or any(
                t.lower_ in ORGANIZATION_NAME_WORDS for t in ent[len(words):])):
            prefix = True  # "Velden" and "Velden Signal Systems"
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in ORGANIZATION_NAME_WORDS and len(words) == 1:
            prefix = True  # "Halvard" and "Halvard Foods", which NER did not tag
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.lower_ in PERSON_TITLES:
            person += 1
        if before is not None and (before.is_lower or before.is_sent_start) and before.pos_ in ("NOUN", "PROPN") \
                and business_word(before.lemma_.lower()):  # "battery maker Solvik", "Cheesemaker Corbie Vale"
            descriptor = max(descriptor, 1 + (before.lemma_.lower() in STRONG_ORGANIZATION_DESCRIPTORS or
                                              before.lemma_.lower().endswith(BUSINESS_ENDINGS)))
        for c in doc[end - 1].children:  # "Copyhound, an anonymous online group": described where it is named
            if c.dep_ != "appos" or c.i < end:
                continue
            # "Telvessa, the largest of the country's three mobile operators": one of a class of bodies
            member = described_noun(c)
            if member.pos_ == "NOUN" and business_word(member.lemma_.lower()):
                descriptor = max(descriptor, 1 + (member.lemma_.lower() in STRONG_ORGANIZATION_DESCRIPTORS
                                                  or member is not c))
        if i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lemma_.lower() in SPOKESPEOPLE:
            descriptor = 2  # "a spokeswoman for Ostravair": a body speaks through one
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
            person += 1  # "Vormann, who left the regulator in December, denied"
        member = doc[i - 2] if i >= 2 and doc[i - 1].text == "," else None
        if member is not None and member.dep_ == "pobj" and member.head.lower_ == "of" and \
                member.head.head.lower_ in ("one", "another") and names_people(member):
            person += 1  # "one of the engineers, Kazimer Rastollo, said": one of a group of people
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == "," and \
                doc[end + 1].text.isdigit() and 14 <= int(doc[end + 1].text) <= 110:
            person += 1  # "Volkhaven, 27, showed little emotion": an age"
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which":
            relative_which = True  # "Pelzbahn, which has run the cable car since 2003, said": a thing
        if doc[end - 1].dep_ == "appos" and names_people(doc[end - 1].head) and \
                not business_word(doc[end - 1].head.lemma_.lower()):
            # "the regulator's chairman at the time, Halsted Vormann" (a title such as "president" outweighs
            # an NER tag: "its incumbent president, Fortunat Melvordine")
            if doc[end - 1].head.lower_ in PERSON_TITLES:
                person += 2
            else:
                described_as_someone += 1  # ("The track's owner, Yarcombe Racing": owners may be companies)
        pronoun = _said_pronoun(doc[end - 1])
        if pronoun == "its":  # "Kestrune said on its website": a body's own medium, strong evidence
            said_it = owned = True
        elif pronoun == "it":
            said_it = True
        elif pronoun:
            person += 1
    if role in ORGANIZATION_DESCRIPTORS:
        descriptor = max(descriptor, 1 + (role in STRONG_ORGANIZATION_DESCRIPTORS))
    # "Ostrana" beside "Ostranan forces": a country
    place = len(words) == 1 and _has_demonym(doc, name)
    if len(words) > 1:  # "Ostara" alone for "Ostara Biologics" (a person's short form is the surname)
        other_tag = other_tag or any(doc[i].ent_type_ in ORGANIZATION_LABELS for i in _occurrences(doc, words[:1])
                                     if i + 1 >= len(doc) or doc[i + 1].text != words[1])
    # ("which" after a name is a thing's relative: no person is a "which", whatever NER made of the name)
    org = int(other_tag) + 2 * int(prefix) + descriptor + int(said_it) + int(owned) + 2 * int(place) + \
        2 * int(relative_which)
    # a word for someone the name is set beside weighs less than the name's own "its" ("said its vets had ...")
    return org, person + (0 if owned else described_as_someone)


def full_name_of_person(name: str, ents: tuple[Span, ...], doc: Optional[Doc] = None,
                        any_label: bool = False) -> Optional[str]:
    """The person's full name the article gives somewhere for a bare surname ("Pellingham" after
    "Museum director Oskar Pellingham", also inside what someone else said): one PERSON entity of two
    or three capitalised words ending with it, and no other (``any_label``: whatever NER called it, for
    a name the article shows is a person's); failing that (with ``doc``), the surname after a common
    first name ("opposition candidate Corina Varescu", which NER left untagged)."""
    found = set()
    for e in ents:
        # ("Solveig Vennecombe's challenge")
        words = [t for t in e if t.tag_ != "POS"] if e.label_ == "PERSON" or any_label else []
        if 2 <= len(words) <= 3 and words[-1].text == name and all(t.is_title for t in words) and \
                not {t.lower_ for t in words} & ORGANIZATION_NAME_WORDS:
            found.add(" ".join(t.text for t in words))
    if not found and doc is not None:
        # (or a capitalised word before it where the two name someone by a word for a person: "its chief
        # executive, Ealdred Stanwyck", which NER tagged as a company)
        found = {f"{doc[i - 1].text} {name}" for i in _occurrences(doc, [name])
                 if i > 0 and (reads_as_a_persons_name([doc[i - 1].text, name]) or
                               doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and doc[i - 1].head.i == i and
                               doc[i].dep_ == "appos" and names_a_person(doc[i].head))}
    return found.pop() if len(found) == 1 else None


def names_an_organisation(doc: Doc, name: str, ents: tuple[Span, ...], role: str = "") -> bool:
    """The article's mentions of ``name`` say it is an organisation, whatever NER said of one of them."""
    org, person = organisation_evidence(doc, name, ents, role)
    return org >= 2 and person == 0


def _adjective_of(place: str, word: str) -> bool:
    """``word`` is the adjective of ``place`` ("Ostranan" for "Ostrana", "Varlonnian" for "Varlonne", "Quessarian" for
    "Quessary")."""
    stems = {place} | ({place[:-1]} if len(place) > 4 and place[-1] in "aeoy" else set())
    return word != place and any(word.startswith(stem) and word[len(stem):] in DEMONYM_ENDINGS for stem in stems)


def _has_demonym(doc: Doc, name: str) -> bool:
    """The text uses the name's adjective: the name is a country's."""
    stem = name[:-1]  # (every adjective of the name starts with this: look at no other word)
    return any(_adjective_of(name, w) for w in _positions(doc) if w.startswith(stem))


def a_body_speaks_here(doc: Doc, tok: Token, name: str, ents: tuple[Span, ...]) -> bool:
    """"Pellcroft said in a filing that it had received an offer", where the article also names the trust's chairman
    Menno Pellcroft: a one-word name that is both a company's and a family's is the company's where its own clause
    says "it" or "its" of it and the article's mentions give the organisation two points at least."""
    return " " not in name and _said_pronoun(tok) in ("it", "its") and organisation_evidence(doc, name, ents)[0] >= 2


def is_a_demonym(doc: Doc, word: str) -> bool:
    """"Ardessan" in an article that names "Ardessa" ("Valdorian" and "Valdoria", "Quessarian" and "Quessary"), or
    that sets it before two different common nouns ("Ardessan customs officers", "the Ardessan town of Kestov"): the
    adjective of a place, which describes ("The Ardessan newspaper reported") and names nothing."""
    words = _positions(doc)
    described = {doc[i + 1].lower_ for i in words.get(word, []) if i + 1 < len(doc) and doc[i + 1].is_lower and
                 doc[i + 1].pos_ == "NOUN"}
    return len(described) >= 2 or any(place[:1].isupper() and _adjective_of(place, word) for place in words)


#: endings of a people's adjective long enough to tell it from a name ("Dalvessan", "Korvish"; not "-n", "-i")
_ADJECTIVE_ENDINGS = tuple(e for e in DEMONYM_ENDINGS if len(e) >= 2)


def shaped_like_a_demonym(word: str) -> bool:
    """A word no English word list knows, with the ending of a people's adjective: before "daily" or "newspaper"
    ("The Dalvessan daily reported") it says whose paper it is, in an article that may not name the country
    (a real paper's name that looks like one is a known word: "The Oregonian")."""
    return word.lower().endswith(_ADJECTIVE_ENDINGS) and rare_word(word)


#: an office of a named body: "(the) operations director of the Skarnwick Port Authority", "Skarnwick port director"
_OFFICE_ROLE = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[a-z\-]+\s+){0,2}(?:" + "|".join(OFFICE_NOUNS) +
                          r")\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]|[A-Z][\w\-]*\s+(?:[a-z\-]+\s+){0,2}(?:" +
                          "|".join(OFFICE_NOUNS) + r")$)")


def holds_an_office(words: str) -> bool:
    """The words describe the holder of an office of a named body: one person, known by the office, who speaks on
    the record though unnamed (and whose name the article may give later)."""
    return _OFFICE_ROLE.match(words) is not None


def rare_word(word: str) -> bool:
    """A word no English word list knows (an invented or foreign name; not "However")."""
    return zipf_frequency(word.lower(), "en") < 1.0


def may_shorten_an_organisation(doc: Doc, name: str, ents: tuple[Span, ...]) -> bool:
    """Nothing in the article says this name is a person's or a place's, so it may be an
    organisation's short form ("Norvale" for "Norvale Group"; not "Lind" who "said he ...", not
    "Norland" where the text says "in Norland" or "Norlandic"). NER's place tag on an unknown
    short name is no evidence: it tags "Tessaly" after "Tessaly Mining" as a place."""
    words = name.split()
    if organisation_evidence(doc, name, ents)[1]:
        return False
    if len(words) == 1 and _has_demonym(doc, name):
        return False
    return not any(i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS for i in _occurrences(doc, words))


#: prepositions before a place's name ("in Norland", "flights to Norland")
PLACE_PREPOSITIONS = frozenset("in to from into across near inside outside throughout".split())


def described_as_business(doc: Doc, name: str) -> bool:
    """Somewhere in the article the name comes with a word for a business or body that is no word
    for a news outlet ("Vardenian Post, the state-owned postal company", "the postal operator
    Vardenian Post"): a name with "Post" or "Times" in it that is not a newspaper."""
    words = name.split()
    for i in _occurrences(doc, words):
        last = doc[i + len(words) - 1]
        near = [c for c in last.children if c.dep_ == "appos"] + ([last.head] if last.dep_ == "appos" else [])
        if i > 0:
            near.append(doc[i - 1])
        if any(t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in ORGANIZATION_DESCRIPTORS - OUTLET_NOUNS
               for t in near):
            return True
    return False


def ends_a_name(head: Token) -> bool:
    """A capitalised common noun that closes a name, after a capitalised proper noun joined to it
    ("Highbrindle Events", "Kestrel Ironworks"), or inside a name NER found."""
    return head.is_title and not head.is_sent_start and (head.ent_iob_ == "I" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and c.i == head.i - 1 for c in head.children))


def set_side_by_side(role: Token, name: Token) -> bool:
    """"..., the chairman of the committee that runs the camp, Ilyas Aldemarov, told ...", "..., Orvane's medical
    director, Dr. Henrik Aal, wrote": the parser hung a word for a person and the name after its comma side by side,
    each an apposition of a word before; the name is the role's."""
    doc = name.doc
    return role.dep_ == name.dep_ == "appos" and role.head.i == name.head.i and role.i < name.i and \
        role.pos_ == "NOUN" and name.pos_ == "PROPN" and names_a_person(role) and role.left_edge.i > 0 and \
        doc[role.left_edge.i - 1].text == "," == doc[name.left_edge.i - 1].text and \
        max(t.i for t in role.subtree if not t.is_punct) == name.left_edge.i - 2


def names_a_person(head: Token) -> bool:
    """A word for a person ("chairman", "spokeswoman", "coach"), not for a business ("operator")."""
    lemma = head.lemma_.lower()
    return lemma in ANONYMOUS_NOUNS | PERSON_ROLE_NOUNS or (
        names_people(head) or lemma in PERSON_TITLES and head.pos_ == "NOUN") and lemma not in ORGANIZATION_DESCRIPTORS


def names_people(head: Token) -> bool:
    """A common noun with the ending of a word for people who do something ("Fish processors",
    "Its authors", "economists") that no list names."""
    lemma = head.lemma_.lower()
    if ends_a_name(head):
        return False  # "Highbrindle Events": the last word of a name, not a word for people
    return head.pos_ == "NOUN" and lemma.isalpha() and lemma.endswith(PEOPLE_NOUN_ENDINGS) and \
        not lemma.endswith("ment") and lemma not in NOT_PEOPLE_NOUNS and \
        lemma not in OUTLET_NOUNS | DOCUMENT_NOUNS | ORGANIZATION_NOUNS
