"""Who each source is: named people and organisations, anonymous groups and how many people they
are, pronouns and definite descriptions resolved to what they refer to, subsets of earlier groups
("two of the sources"), and the outlets a statement passed through ("the paper's sources").

Works left to right over the attributions, keeping the sources seen so far, the way a reader does.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..model import Attribution, Source, Speaker
from ..ingest.dateline import agency_of
from .name_kinds import (a_body_speaks_here, business_word, described_as_business, described_noun, ends_a_name,
                         full_name_of_person, holds_an_office, is_a_demonym, may_shorten_an_organisation,
                         names_a_person, names_an_organisation, names_people, organisation_evidence, pronoun_of_name,
                         rare_word, reads_as_a_persons_name, set_side_by_side, shaped_like_a_demonym)
from .lexicon import (ANONYMOUS_NOUNS, ANSWERING_VERBS, BARE_GENERIC_NOUNS, CARRYING_VERBS, COLLECTIVE_PEOPLE_NOUNS,
                      DOCUMENT_NOUNS, DOCUMENT_PARTICIPLES, EVIDENCE_NOUNS, FEMININE_WORDS, FIRMS_HIRED,
                      GENERIC_ANONYMOUS, HONORIFICS, LOWER_NAME_SUFFIXES, MASCULINE_WORDS, NAME_PARTICLES,
                      NAME_PREPOSITIONS, NAME_SUFFIXES, NOT_PEOPLE_NOUNS, NUMBER_WORDS, ORGANIZATION_DESCRIPTORS,
                      ORGANIZATION_NAME_WORDS, ORGANIZATION_NOUNS, OTHER_AGENCY_WORDS, OUTLET_CLASSES,
                      OUTLET_CLASS_NAME_WORDS, OUTLET_NAME_WORDS, OUTLET_NOUNS, OUTLET_REPORT_NOUNS,
                      OUTLET_WORK_NOUNS, PEOPLE_NOUN_ENDINGS, PERSON_ROLE_NOUNS, PERSON_TITLES, PLACE_NOUNS,
                      REACHING_VERBS, REFUSING_VERBS, SEEING_VERBS, UNNAMED_TAG_NOUNS)

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me"}
#: what a state or public broadcaster is called when the text does not name it ("state radio", "State TV")
BROADCAST_NOUNS = frozenset("radio television tv".split())
#: words for the people who work somewhere, which name no one: "Morgue staff said", "hospital personnel said"
UNNAMED_STAFF_NOUNS = frozenset("staff crew personnel workforce".split())
GROUP_PRONOUNS = {"they", "them", "we", "us"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
QUANTIFIERS = {"all", "both", "some", "several", "many", "most", "few", "each", "none", "one",
               "another", "other", "others"}
#: determiners that make a common noun a counted, unnamed speaker ("a pharmacist", "several traders")
INDEFINITE_DETERMINERS = frozenset({"a", "an", "one", "another", "some", "several", "many", "few"})
#: nouns that count or measure, not speak ("74 percent of voters" is read from its "of" phrase)
QUANTITY_NOUNS = frozenset({"percent", "per", "%", "number", "share", "majority", "minority", "half", "third",
                            "quarter", "dozen", "handful", "lot", "reason", "way", "thing", "time"})
GENERIC_ORGANIZATION_NOUNS = {"company", "firm", "group", "organisation", "organization", "bank", "club", "team",
                              "union", "party", "airline", "council"}
ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
DETERMINER_COUNTS = {"a": 1, "an": 1, "one": 1, "another": 1, "both": 2, "single": 1}


def parse_count(tokens: list[Token]) -> Optional[int]:
    """A number of people from ``five``, ``5``, ``a dozen``, ``two dozen``, ``one``."""
    value = None
    for i, t in enumerate(tokens):
        low = t.lower_.replace(",", "")
        if i + 1 < len(tokens) and tokens[i + 1].text in ("-", "\u2013") or t.head.lower_ in ("year", "years"):
            continue  # "a 24-year-old student": an age, not a number of people
        if low.isdigit():
            value = int(low) if value is None else value * int(low)
        elif low in NUMBER_WORDS and (t.like_num or low in ("dozen", "both", "pair", "couple")):
            n = NUMBER_WORDS[low]
            if low == "dozen" and value is not None:
                value *= 12
            elif low == "dozen" and i > 0 and tokens[i - 1].lower_ in ("a", "one"):
                value = 6 if i > 1 and tokens[i - 2].lower_ == "half" else 12  # ("half a dozen managers")
            else:
                value = n if value is None else value
    return value


class _Registry:
    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.by_mention: list[Source] = []  # the same sources, the last mentioned last
        self.via: dict[str, list[str]] = {}
        self.heads: dict[str, str] = {}  # source id -> head lemma of its description
        self.words: dict[str, set[str]] = {}  # source id -> lower-cased words of its mentions

    def new(self, kind: str, *, name=None, role=None, count=None, parent=None, head="",
            via: Optional[list[str]] = None) -> Source:
        """A source first mentioned now; an organisation named in full whose first word was its name so
        far is that one, renamed."""
        if kind == "organization" and name and len(name.split()) > 1:
            short = next((s for s in self.sources if s.kind == "organization" and s.name and " " not in s.name
                          and name.split()[0] == s.name), None)
            if short is not None:  # "Greyfallow calls report false" before "Greyfallow Minerals on Wednesday ...":
                short.name = name  # one company, named in full at last
                return short
        s = Source(id=f"s{len(self.sources) + 1}", kind=kind, name=name, role=role, count=count,
                   parent=parent)
        self.sources.append(s)
        self.by_mention.append(s)
        self.via[s.id] = list(via or [])
        self.heads[s.id] = head
        return s

    def mentioned(self, source: Source) -> None:
        """``source`` was just mentioned: pronouns look back in order of mention, not of first
        mention ("Ortega ... Marta Keller ... Ortega acknowledged ..., he said": Ortega)."""
        self.by_mention.remove(source)
        self.by_mention.append(source)

    def recent(self, pred) -> Optional[Source]:
        for s in reversed(self.by_mention):
            if pred(s):
                return s
        return None

    def by_description(self, description: str) -> Optional[Source]:
        low = description.lower()
        return self.recent(lambda s: (s.role or "").lower() == low or (s.name or "").lower() == low)

    def by_name(self, name: str, short_forms: bool = False) -> Optional[Source]:
        """The source already known by this name; with ``short_forms``, also the organisation named
        in full before ("Norvale" after "Norvale Group")."""
        low = name.lower()
        for s in reversed(self.by_mention):
            known = s.name.lower().split() if s.name else []
            # (a surname is itself without "Jr.": "Trescothy Jr." is "Kasperl Trescothy Jr.")
            plain, plain_known = _without_name_suffix(low.split()), _without_name_suffix(known)
            if known and (known == low.split() or plain_known and plain and plain_known[-1] == plain[-1] and (
                    len(plain) == 1 or s.kind == "person" and _same_first_name(plain_known, plain))):
                return s  # "Berg" after "Anna Berg"; "the Ledger" after "the Sunday Ledger"
            if short_forms and s.kind == "organization" and _short_form(low.split(), known):
                return s
            words = low.split()
            if s.kind in ("outlet", "organization") and 2 <= len(words) < len(known) and known[-len(words):] == words:
                return s  # "the Evening Post" after "the Lorrand Evening Post"
        return None


def _without_name_suffix(words: list[str]) -> list[str]:
    """A name's lower-cased words without a closing "Jr." / "III"."""
    return words[:-1] if len(words) > 1 and words[-1] in LOWER_NAME_SUFFIXES else words


def _same_first_name(a: list[str], b: list[str]) -> bool:
    """Two names with one surname name one person unless both have first names that differ ("A.
    Berg", "Ms Berg" and "Berg" are "Anna Berg"; "Lena Brenn" is not "Tomas Brenn")."""
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(a) == 1 or len(b) == 1 or x in HONORIFICS or y in HONORIFICS:  # "Ms Berg", "Gen. Roos"
        return True
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _short_form(short: list[str], full: list[str]) -> bool:
    """``short`` is the organisation's name ``full`` without the word for its business ("Norvale" for
    "Norvale Group", "Halvard" for "Halvard Foods")."""
    return len(short) < len(full) and short == full[:len(short)] and \
        all(w in ORGANIZATION_NAME_WORDS for w in full[len(short):])


def _strip_det(text: str) -> str:
    """A description without its article or trailing possessive: "the agency's" -> "agency"."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip(" ,")
    return re.sub(r"['’]s?$", "", text)


def _span_text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text  # Span.text: no whole-doc rebuild


#: a scholarly journal's title ("the Annals of Cellular Renewal", "Journal of Applied Hydrology"): a publisher of
#: research whose notices and retractions are news, not a newsroom whose reports others relay
_SCHOLARLY_TITLE = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){0,3}(?:Annals|Proceedings|Archives|Transactions|"
                              r"Bulletin|Journal|Reviews?|Letters|Acta)\s+(?:of|in|on|for)\s+[A-Z]")


def is_outlet_name(name: str, known: frozenset[str] = frozenset()) -> bool:
    """A name that says it is a news outlet ("Harbour Times", "Meridian News"), or one of ``known``
    (lower-cased names configured on the component)."""
    if name.lower() in known:
        return True
    if _SCHOLARLY_TITLE.match(name):
        return False
    words = re.findall(r"[a-z]+", name.lower())
    if "agency" in words and not {"news", "press", "presse"} & set(words):
        words = [w for w in words if w != "agency"]  # "National Disaster Agency": a government body
    if words and words[-1] in ORGANIZATION_NAME_WORDS - OUTLET_NAME_WORDS and not (
            {"news", "press"} & set(words) and words[-1] in ("association", "service")):
        # "the Istrel Observer Mission", "Herald Group", "Aldermark Press Union": the last word names a
        # body, not a paper ("Press Association" is an agency)
        return False
    if {"union", "federation", "guild", "syndicate", "ministry", "council"} & set(words[:-1]):
        return False  # "The National Union of Press Workers": a union, whatever its members print
    return any(w in OUTLET_NAME_WORDS for w in words)


def outlet_class(head: str, name: Optional[str]) -> str:
    """What sort of outlet, for "the agency" / "the paper" / "the broadcaster" to find the right one:
    from the word that described it, else from the words of its name ("" when nothing tells)."""
    for cls, nouns in OUTLET_CLASSES.items():
        if head in nouns:
            return cls
    words = set(re.findall(r"[a-z]+", (name or "").lower()))
    for cls, nouns in OUTLET_CLASS_NAME_WORDS.items():
        if words & nouns:
            return cls
    return ""


def _title_run(tokens: list[Token], ent: Span) -> Span:
    """The entity with the capitalised proper nouns right after it among ``tokens`` ("Pravenna" and
    "Today", "Tarnowel" and "24"): the name it starts, where NER cut it short."""
    ids = {t.i for t in tokens}
    end = ent.end
    while end in ids and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title:
        end += 1
    if end in ids and ent.doc[end].tag_ == "CD" and ent.doc[end].is_digit and end + 1 not in ids:
        end += 1  # "the broadcaster Tarnowel 24": a number that closes the name
    return ent if end == ent.end else ent.doc[ent.start:end]


def _without_clauses(tok: Token) -> list[Token]:
    """The words of ``tok``'s phrase without the clauses said of it ("the broadcaster Lenvar Radio, which cited two
    mill workers": "the broadcaster Lenvar Radio") and without the punctuation that closes it."""
    said_of = {x.i for c in tok.subtree if c.i != tok.i and c.dep_ in ("relcl", "acl") for x in c.subtree}
    own = [t for t in tok.subtree if t.i not in said_of]
    while own and own[-1].is_punct and own[-1].i > tok.i:
        own.pop()
    return own


def _capitalised_adverb(t: Token) -> bool:
    """"Today" in "the news website Ostrevenna Today": a time adverb capitalised inside a sentence is a name's word."""
    return t.lower_ in ("today", "tonight", "tomorrow", "now") and t.text[0].isupper() and not t.is_sent_start


def _name_continued(last: Token) -> list[Token]:
    """Capitalised proper nouns right after ``last`` that the parser hung elsewhere ("the broadcaster
    Ulmestan Today": "Today" read as a time; "the radio station Orvik FM"; "Radio Skaldmere", the tagger's adverb in
    a name NER found); not a day or a date."""
    doc, out = last.doc, []
    for t in doc[last.i + 1:]:
        if not (t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "WORK_OF_ART") and t.ent_iob_ == "I") or \
                not (t.is_title or t.is_upper) or t.ent_type_ in ("DATE", "TIME") and not _capitalised_adverb(t):
            break
        out.append(t)
    return out


def _with_name_words_before(ent: Span, tokens: list[Token], acronyms: bool = False) -> Span:
    """"Hallowby Estates" where NER tagged only "Estates": capitalised words of the mention joined to the
    entity as compounds right before it are part of the name (with ``acronyms``, an outlet's letters too:
    "the broadcaster TV Devet")."""
    ids, doc, k = {t.i for t in tokens}, ent.doc, ent.start
    while k - 1 in ids and (doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title or acronyms and
                            doc[k - 1].is_upper and doc[k - 1].is_alpha and len(doc[k - 1]) > 1) and \
            doc[k - 1].dep_ == "compound" and ent.start <= doc[k - 1].head.i < ent.end:
        k -= 1
    return doc[k:ent.end]


def _governed_by_a_preposition(role: Optional[str]) -> set[str]:
    """The lower-cased words of a role after its first preposition ("president of the Truffle Growers'
    Syndicate": "the", "truffle", "growers'", "syndicate")."""
    words = (role or "").lower().split()
    first = next((k for k, w in enumerate(words) if w in ("of", "at", "for", "with", "from", "in")), len(words))
    return set(words[first + 1:])


def _with_name_words_after(ent: Span, tokens: list[Token]) -> Span:
    """"Daverholt on Two Wheels" where NER tagged only "Daverholt": a lower-case preposition hung on the
    entity and followed, to the end of its phrase, by capitalised words goes on with the name."""
    ids, doc = {t.i for t in tokens}, ent.doc
    prep = doc[ent.end] if ent.end < len(doc) else None
    if prep is None or prep.i not in ids or not prep.is_lower or prep.dep_ != "prep" or \
            prep.lower_ not in NAME_PREPOSITIONS or not ent.start <= prep.head.i < ent.end:
        return ent
    rest = [t for t in prep.subtree if t.i != prep.i]
    if not rest or any(t.i not in ids for t in rest) or rest[-1].i - prep.i != len(rest) or \
            not all(t.is_title or t.lower_ == "the" for t in rest) or not rest[-1].is_title:
        return ent
    return doc[ent.start:rest[-1].i + 1]


def _names_apart(ents) -> list[Span]:
    """The entities, with two names NER ran together over "on the" / "in the" parted: "Calderline on the Transport
    Ministry's" is the agency Calderline and the Transport Ministry ("Friends of the Earth" stays one); a name
    run on into a description is cut before it ("told Kantor the ministry had asked": Kantor)."""
    out = []
    for ent in ents:
        cut = next((t.i for t in ent[1:-2] if t.lower_ in ("on", "in", "at", "about") and t.nbor(1).lower_ == "the"
                    and t.nbor(2).is_title), None)
        if cut is None:
            # "told Kantor the ministry had asked": a name and the subject of what was told (not "Ivan the Terrible")
            run_on = next((t.i for t in ent[1:-1] if t.lower_ == "the" and t.nbor(-1).is_title and t.nbor(1).is_lower),
                          None)
            end = run_on if run_on is not None else _over_a_hyphen(ent)
            out.append(ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_))
            continue
        out.append(Span(ent.doc, ent.start, cut, label=ent.label_))
        out.append(Span(ent.doc, cut + 2, ent.end, label=ent.label_))
    return out


def _over_a_hyphen(ent: Span) -> int:
    """Where a name NER cut at a hyphen ends: "Hildebrand Marrow" of "Hildebrand Marrow-Tessick" runs on over the
    hyphen and the capitalised word joined to it."""
    doc, end = ent.doc, ent.end
    while end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
        end += 2
    return end


def _entity_over(tokens: list[Token], labels: tuple[str, ...], ents: tuple, head: Optional[Token] = None):
    """The entity with one of ``labels`` lying wholly inside ``tokens`` that holds the phrase's
    ``head`` ("Quessair spokeswoman Lotte Brannigan": Lotte Brannigan, whatever NER made of
    "Quessair"), else the first that is not a possessor ("Marek P.'s lawyer, Stefan Grau": Stefan
    Grau; "Anna Berg's spokesman": none)."""
    ids = {t.i for t in tokens}
    if head is not None:  # (not a name inside a relative clause on the phrase: "Skarrowby Meats, the processor
        # that makes beef burgers for the Pantrywell supermarket chain": Pantrywell does not speak)
        # (a name set beside it is still the speaker's: "a student who gave only her first name, Mira")
        ids -= {x.i for t in tokens if t.dep_ == "relcl" and head not in t.subtree for x in t.subtree
                if not any(a.dep_ == "appos" and a.i != t.i and t.is_ancestor(a) for a in [x, *x.ancestors])}
    inside = [ent for ent in ents if ent.label_ in labels and ent.start in ids and ent.end - 1 in ids]
    if head is not None:
        inside.sort(key=lambda ent: not ent.start <= head.i < ent.end)

    def owns_something_here(ent) -> bool:  # its possessive marker is followed by more of the tokens
        pos = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
        return pos < len(ent.doc) and ent.doc[pos].tag_ == "POS" and pos + 1 in ids

    return next((ent for ent in inside if not owns_something_here(ent)), None)


@dataclass
class Mention:
    """A source phrase as the resolver's rules read it: its words, head word and cue, and the forms
    of the head and the phrase they test, computed once."""

    tokens: list[Token]
    head: Token
    cue: Token

    @cached_property
    def low(self) -> str:
        return self.head.lower_

    @cached_property
    def lemma(self) -> str:
        # ("coast guard" is the "coastguard": a word for a body written as two)
        lemma = self.head.lemma_.lower()
        joined = next((c.lower_ + lemma for c in self.head.children if c.dep_ == "compound" and c.i == self.head.i - 1
                       and c.lower_ + lemma in ORGANIZATION_DESCRIPTORS), None)
        return joined or lemma

    @cached_property
    def text(self) -> str:
        return _span_text(self.tokens)


def described_outlets(doc: Doc, ents) -> frozenset[str]:
    """Names the article gives right after a word for an outlet ("first reported by the Tavoshkan daily
    Ilvermark Vedette"), wherever they stand: news outlets when they speak later, whatever NER says."""
    names = set()
    for ent in ents:
        if ent.start > 0 and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "GPE", "PRODUCT") and \
                doc[ent.start - 1].lemma_.lower() in OUTLET_NOUNS - {"agency"} and doc[ent.start - 1].is_lower:
            names.add(re.sub(r"['’]s$", "", _strip_det(ent.text)).lower())
    return frozenset(names)


class _Resolver:
    def __init__(self, doc: Doc, text: str, outlets: frozenset[str] = frozenset(), agency: Optional[str] = None):
        self.doc = doc
        self.text = text  # ``doc.text``, which Doc rebuilds from the tokens on each access
        self.reg = _Registry()
        self.ents = tuple(_names_apart(doc.ents))  # (Doc.ents builds new Spans on every access)
        self.outlets = outlets | described_outlets(doc, self.ents)
        self.reporting: list[str] = []  # ids of the outlets that have reported something, in order
        self._organisation_names: dict[tuple[str, str], bool] = {}
        self._business_names: dict[str, bool] = {}
        self._short_names: dict[str, bool] = {}
        self.pronouns: dict[str, str] = {}  # person source id -> "he" / "she", as the article refers to them
        self.agency = agency  # the agency a wire dateline names: the article's own reporting
        self.resolved: dict[int, Source] = {}  # head token index of a mention -> the source it named

    def names_an_organisation(self, name: str, role: str = "") -> bool:
        """The article's mentions of this name, taken together, say it is an organisation; ``role``:
        the head word of the description it came with here."""
        if (name, role) not in self._organisation_names:
            self._organisation_names[name, role] = names_an_organisation(self.doc, name, self.ents, role)
        return self._organisation_names[name, role]

    def may_shorten(self, name: str) -> bool:
        """The name may be an organisation's short form (``name_kinds.may_shorten_an_organisation``)."""
        if name not in self._short_names:
            self._short_names[name] = may_shorten_an_organisation(self.doc, name, self.ents)
        return self._short_names[name]

    def is_outlet_name(self, name: str) -> bool:
        """An outlet's name, unless the article describes it as a business ("Vardenian Post, the
        state-owned postal company")."""
        if not is_outlet_name(name, self.outlets) or name.lower() in self.outlets:
            return is_outlet_name(name, self.outlets)
        if name not in self._business_names:
            self._business_names[name] = described_as_business(self.doc, name)
        return not self._business_names[name]

    def described_outlet(self, lemma: str) -> Optional[Source]:
        """The outlet "the agency" / "the paper" means: the one mentioned last that is of that sort
        or of no known sort, else none (a new outlet)."""
        cls = outlet_class(lemma, None)
        outlets = [(s, self.class_of(s)) for s in self.reg.by_mention if s.kind == "outlet"]
        outlets = [(s, c) for s, c in outlets if not self._wire_agency(s.name, cls, c)]
        same = [s for s, c in outlets if c == cls or not c or not cls]
        # (one known to be of that sort before one of no known sort: "the agency" after "the agency
        # Aldvane" and a recalled "The Gullwether")
        exact = [s for s, c in outlets if cls and c == cls]
        return exact[-1] if exact else same[-1] if same else None

    def _wire_agency(self, name: Optional[str], cls: str, its_class: str = "") -> bool:
        """The dateline's agency, which a description of another sort ("the paper", "the broadcaster") does not mean:
        "according to the paper" in its copy about a study is the study's paper."""
        return bool(cls and cls != "agency" and self.agency and name == self.agency and its_class in ("", "agency"))

    def class_of(self, outlet: Source) -> str:
        """The sort of outlet the words of its head, name or mentions say ("the national news agency
        CNA": an agency)."""
        cls = outlet_class(self.reg.heads.get(outlet.id, ""), outlet.name)
        for word in sorted(self.reg.words.get(outlet.id, ())) if not cls else ():
            cls = outlet_class(word, None)
            if cls:
                break
        return cls

    def reported_by(self) -> Optional[Source]:
        """The outlet whose report "the report" means: the latest outlet that reported something."""
        return next((s for s in self.reg.sources if s.id == self.reporting[-1]), None) if self.reporting else None

    def outlet_for(self, tokens: list[Token]) -> Optional[Source]:
        """An outlet named or described by these tokens ("the newspaper", "Reuters")."""
        while tokens and tokens[-1].is_punct:  # ("In an interview with the broadcaster TV Norrbeck, X said")
            tokens = tokens[:-1]
        if not tokens:
            return None
        head = _head_of(tokens)
        if _paper_of_a_people(tokens, head):
            return self._outlet_described_as(head, tokens)
        # "the Brussels newspaper Le Courrier": the name is the apposition, not the place before it
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None) \
            if head.lemma_.lower() in OUTLET_NOUNS else None  # not "the prime minister, Rinat Holl"
        if appos is not None:  # (not a relative clause on it: "the broadcaster Lenvar Radio, which cited two workers")
            own = _without_clauses(appos)  # (nor what the parser hung on it after a comma: "..., the unit's director")
            own = [t for t in own if not any(u.text == "," and appos.i < u.i <= t.i for u in own)]
            name = _span_text(own + (_name_continued(own[-1]) if own[-1].i == appos.right_edge.i else []))
        else:
            name = None
        if name is None:
            ent = _entity_over(tokens, ("ORG", "WORK_OF_ART", "PERSON"), self.ents) or \
                _entity_over(tokens, ("GPE",), self.ents)
            if ent is not None and (self.is_outlet_name(ent.text) or head.lemma_.lower() in OUTLET_NOUNS or any(
                    t.lemma_.lower() in OUTLET_NOUNS and not _other_agency(t) for t in tokens if t.i < ent.start)):
                # ("state broadcaster TRV"; not "Ratings agency Ferrovane")
                # ("the broadcaster Ulmestan Today": NER stopped at the place; "TV Devet": it left the letters out)
                name = _title_run(tokens, _with_name_words_before(ent, tokens, acronyms=True)).text
        if name is None and tokens[-1].pos_ == "PROPN":  # "the radio station Orvik FM", untagged
            # ("the regional broadcaster TV Velleport": letters the tagger made a common noun are the name's)
            named = [t for t in tokens if t.pos_ == "PROPN" or t.is_upper and len(t) >= 2 and t.is_alpha]
            run = [t for t in named if all(u in named for u in tokens if u.i > t.i)]
            while len(run) > 1 and run[0].is_lower and run[0].lower_ in OUTLET_NOUNS:
                run = run[1:]  # "the business daily Marktvoll", the tagger's "daily" a proper noun
            if any(t.lemma_.lower() in OUTLET_NOUNS and t.i < run[0].i for t in tokens):
                name = _span_text(run)
        if name is None and head.pos_ == "PROPN" and self.is_outlet_name(_strip_det(_span_text(tokens))):
            name = _span_text(tokens)  # "the Harbour Ledger", whatever NER made of it
        if name is None and (head.pos_ == "PROPN" or head.text[:1].isupper()):
            # "Meridian": an outlet named before (a dateline's); "the Sounding", whatever the tagger made of it
            known = self.reg.by_name(_strip_det(_span_text(tokens)))
            if known is not None and known.kind == "outlet":
                return known
        if name is not None and _SCHOLARLY_TITLE.match(_strip_det(name)):
            return None  # "the journal, the Annals of Cellular Renewal": a research journal, no newsroom
        if name is not None:
            words = _strip_det(name).split()
            # "the Telvara daily Varnhelm Tidings" (one name to NER): the paper's name is what follows its description
            cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.islower() and w in OUTLET_NOUNS), default=0)
            name = " ".join(words[cut:])
            return self.reg.by_name(name) or self.reg.new("outlet", name=name, head=head.lemma_.lower())
        if head.lower_ == "agency" and any(e.end <= head.i and e[-1].lower_ == "agency" and not self.is_outlet_name(
                e.text) and not {w.lower() for w in e.text.split()} & {"news", "press"} for e in self.ents):
            return None  # "a letter to the agency" after "the National Anti-Doping Agency": that body, no news agency
        if head.lemma_.lower() in OUTLET_NOUNS and _names_an_outlet(head):
            described = self._outlet_described_as(head, tokens)
            return described if described.kind == "outlet" else None  # (a study's "paper" is no outlet)
        return None

    def _outlet_described_as(self, head: Token, tokens: list[Token]) -> Source:
        """"the paper", "the Dalvessan daily": the outlet of that sort the article spoke of last, else the one it
        named last, else a new one known by the description."""
        lemma = head.lemma_.lower()
        described = self.described_outlet(lemma)
        if described is not None:
            return described
        named = self.outlet_named_before(head.idx)
        if self._wire_agency(named, outlet_class(lemma, None)) and outlet_class(lemma, None) == "paper" and \
                lemma in DOCUMENT_NOUNS:
            # "according to the paper" in an agency's copy that names no paper: a study's paper
            return self.reg.new("document", role=_strip_det(_span_text(tokens)), head=lemma)
        return self.reg.by_name(named) or self.reg.new("outlet", name=named, head=lemma) if named else \
            self.reg.new("outlet", role=_strip_det(_span_text(tokens)), head=lemma)

    def outlet_named_before(self, before: int) -> Optional[str]:
        """The outlet the text names last before ``before`` (a character offset) where nobody speaks
        for it ("were published by the newspaper Lorrand Evening Post. The paper said"): a name
        right after a word for an outlet, or of two words or more with a newspaper word."""
        for ent in reversed(self.ents):
            if ent.end_char > before or ent.label_ not in ("ORG", "WORK_OF_ART", "PERSON", "GPE"):
                continue
            name = re.sub(r"['’]s$", "", _strip_det(ent.text))
            described = ent.start > 0 and self.doc[ent.start - 1].lemma_.lower() in OUTLET_NOUNS
            # a newspaper word alone is no paper's name ("Post's parcel unit": the post office)
            if described or len(name.split()) >= 2 and self.is_outlet_name(name):
                return name
        return None

    def resolve(self, tokens: list[Token], cue: Token) -> Source:
        """The source these tokens name, one of those mentioned before or a new one: by a pronoun,
        as a member of a group, by a person's or an organisation's name, by a description, by a
        name NER could not place, else by a common noun."""
        head = _head_of(tokens)
        ids = {t.i for t in tokens}
        report = next((c for c in head.children if c.dep_ == "appos" and c.i in ids and c.lemma_.lower() in
                       DOCUMENT_NOUNS and any(g.dep_ == "poss" for g in c.children)), None) \
            if head.lemma_.lower() in OUTLET_NOUNS else None
        if report is not None:  # "the Selvanian broadcaster Dvornet's late-night report": the parser made the report
            head = report       # an apposition of the outlet's description; the report speaks, the outlet's
        if head.i in self.resolved:  # the same words again ("according to one of the people, who said"):
            found = self.resolved[head.i]  # the same source, not a second member of the group
            self.reg.mentioned(found)
            return found
        named = _named_member(head)
        if named is not None and _given_name_alone(named, head):
            # "one of the mothers, Jolanda, 44": one of a group of people, named by a given name alone
            found = self.reg.by_name(named.text) or self.reg.new("person", name=named.text, count=1, head=head.lemma_)
        elif named is not None:  # "One of them, Judge Kvetoslav Falkmoor, wrote": the member the text names
            found = self.resolve([t for t in named.subtree if t.i in {x.i for x in tokens}], cue)
            group = next((self.resolve(list(g.subtree), cue) for c in head.children if c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and not self.reg.via.get(found.id):
                # ("Two survivors told the Courier ... One of them, teacher X, said": X spoke to the Courier too)
                self.reg.via[found.id] = list(self.reg.via.get(group.id, []))
        else:
            m = Mention(tokens, head, cue)
            found = next((s for s in (by(m) for by in (self._by_pronoun, self._as_member, self._by_paper_of_a_people,
                                                        self._by_person_name, self._by_organisation_name,
                                                        self._by_description, self._by_proper_name))
                          if s is not None), None) \
                or self._by_common_noun(m)
        self.resolved[head.i] = found
        return found

    def _by_paper_of_a_people(self, m: Mention) -> Optional[Source]:
        return self._outlet_described_as(m.head, m.tokens) if _paper_of_a_people(m.tokens, m.head) else None

    def _by_pronoun(self, m: Mention) -> Optional[Source]:
        """"who" (the noun its clause modifies), "the 27-year-old", "he", "they", "it"."""
        reg, head, cue, low, text = self.reg, m.head, m.cue, m.low, m.text
        # relative pronoun: the noun the clause modifies
        if low in RELATIVE_PRONOUNS:
            rel = cue
            while rel.dep_ not in ("relcl", "acl") and rel.head.i != rel.i and rel.dep_ in ("conj", "xcomp", "advcl"):
                rel = rel.head
            if rel.dep_ in ("relcl", "acl") and rel.head.i < head.i:
                antecedent = rel.head
                to = next((c for c in antecedent.children if c.lower_ == "to"), None) \
                    if antecedent.lower_ == "according" else None
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if pobj is not None:  # "..., according to one of the people, who said": the clause hung
                    antecedent = pobj  # on "according"; "who" is the one it names
                if antecedent.dep_ == "appos" and antecedent.head.ent_type_ == "PERSON":
                    antecedent = antecedent.head  # "Lukas Brandl, a political scientist, who said"
                if low == "who" and (not _someone(antecedent) or antecedent.ent_type_ in ("GPE", "LOC", "FAC")):
                    # "a person familiar with its deliberations, who said": the parser hung the clause
                    # on the last noun; "who" is the person the phrase is about (not a place: "a baker from St.
                    # Merrinhow, who said")
                    antecedent = next((a for a in antecedent.ancestors if a.i < antecedent.i and _someone(a) and
                                       a.pos_ in ("NOUN", "PROPN")), antecedent)
                    if antecedent.dep_ == "appos" and antecedent.head.ent_type_ == "PERSON":
                        antecedent = antecedent.head  # (the person the description is set beside)
                ant_tokens = [t for t in antecedent.subtree if t.i < head.i]
                while ant_tokens and ant_tokens[-1].is_punct:
                    ant_tokens.pop()
                if ant_tokens:
                    return self.resolve(ant_tokens, antecedent)
            return reg.recent(lambda s: True) or reg.new("unknown", role=text)
        if low == "old" and any(c.lemma_.lower() == "year" for c in head.children):
            # "The 27-year-old said": the person described just before
            return self._person_before(head) or reg.new("anonymous_person", role=_strip_det(text), count=1,
                                                        head="person")
        if low in PERSON_PRONOUNS:
            return self._person_before(head) or reg.new("unknown", role=text, count=1)
        if low in GROUP_PRONOUNS:  # people first: "Two of them" after "Three people told the Ledger"
            last = reg.recent(lambda s: s.kind == "anonymous_person" and s.parent is not None)
            group = reg.recent(lambda s: s.kind == "anonymous_group" or (s.count or 1) > 1)
            if last is not None and (group is None or reg.by_mention.index(last) > reg.by_mention.index(group)):
                # "One of the people said ... They said": the people, not a subset cited before the one
                return next(s for s in reg.sources if s.id == last.parent)
            return group or \
                reg.recent(lambda s: s.kind in ("organization", "outlet")) or reg.new("unknown", role=text)
        if low == "it":
            return self._subject_of_what_it_said(head, cue) or \
                reg.recent(lambda s: s.kind in ("organization", "outlet", "document")) or reg.new("unknown", role=text)
        return None

    def _subject_of_what_it_said(self, it: Token, cue: Token) -> Optional[Source]:
        """"Noctavia plans to launch a new batch in June, it said.": "it" closing the sentence is the organisation
        known by the name that opens what it said."""
        if not (it.i == cue.i - 1 and it.i > 0 and it.doc[it.i - 1].text == ","):
            return None
        first = next((t for t in cue.sent if not t.is_punct and not t.is_space), None)
        if first is None or first.i >= it.i or first.pos_ != "PROPN" or not first.is_title:
            return None
        phrase = first.head if first.dep_ == "compound" else first
        if phrase.dep_ not in ("nsubj", "nsubjpass") or phrase.head.i == cue.i:
            return None
        name = " ".join(t.text for t in phrase.subtree if t.dep_ in ("compound", "flat") or t.i == phrase.i)
        known = self.reg.by_name(name, short_forms=True)
        if known is None and any(e.label_ == "ORG" and e.start <= phrase.i < e.end for e in self.ents):
            known = self.reg.new("organization", name=name)
        return known if known is not None and known.kind == "organization" else None

    def _group_called(self, lemma: str, found: Optional[Source]) -> Optional[Source]:
        """"the rowers" after "Rowers say ..." in the headline and "six rowers say" in the lead: the group
        of those people mentioned last, if it came after ``found`` (what the words matched otherwise)."""
        reg = self.reg
        group = reg.recent(lambda s: s.kind == "anonymous_group" and reg.heads.get(s.id) == lemma)
        if group is not None and (found is None or reg.by_mention.index(group) > reg.by_mention.index(found)):
            # (all of them, not the subset "Three of the miners" said last: "According to the miners")
            parents = {s.id: s for s in reg.sources}
            while group.parent in parents and reg.heads.get(group.parent) == lemma:
                group = parents[group.parent]
            return group
        return found

    def _as_member(self, m: Mention) -> Optional[Source]:
        """"two of the sources", "a third", "the other", "both", "another": one of a group cited before."""
        reg, tokens, head, cue, low, lemma, text = self.reg, m.tokens, m.head, m.cue, m.low, m.lemma, m.text
        # partitive: "two of the sources", "three of them", "one of the officials"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # (also "The youngest of them, a 19-year-old ...": one of them, picked out)
        if of is not None and (head.like_num or low in QUANTIFIERS or lemma in ("dozen",) or head.tag_ == "JJS"):
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                known = len(reg.sources)
                parent = self.resolve(list(t for t in pobj.subtree), cue)
                cited = self._cited_just_before(pobj, parent, head) if len(reg.sources) > known else None
                if cited is not None:  # "citing four dockworkers ... Three of the men said": of the four
                    reg.sources.remove(parent)
                    reg.by_mention.remove(parent)
                    self.resolved[pobj.i] = parent = cited
                met = self._people_met_since(parent, head) if pobj.lower_ in ("them", "those") else None
                if met is not None:  # "Grevholt Wire spoke to five Zippelo users ... Three of them said": the five
                    parent = self.resolve(without_relative_clause(list(met.subtree)), cue)
                # (a lower-case plural the tagger called a name: "two of the jockeys")
                plural = pobj.lemma_.lower() if pobj.tag_ == "NNS" else \
                    pobj.lower_[:-1] if pobj.is_lower and pobj.lower_.endswith("s") else None
                if plural is not None and plural not in ANONYMOUS_NOUNS:
                    parent = self._group_called(plural, parent)
                # "all of them" after "two of them": the whole group (but "one of the three" after "three of them" is
                # one of those three)
                counted = parse_count(list(pobj.subtree)) if pobj.like_num else None
                parent = self._whole_group(parent, lambda s: counted is not None and s.count == counted)
                count = parse_count([t for t in tokens if t.i < of.i])
                if count is None and (low in ("one", "another") or head.tag_ == "JJS" and low not in QUANTIFIERS):
                    count = 1
                elif count is None and low in ("all", "each"):  # the whole group, however many
                    count = parent.count
                kind = "anonymous_person" if count == 1 else "anonymous_group"
                return reg.new(kind, role=text, count=count, parent=parent.id,
                               head=reg.heads.get(parent.id, ""), via=reg.via.get(parent.id))
        # "a third said", "a fourth official": one more member of the group cited before; "another said"
        if low in ORDINALS and any(c.lower_ in ("a", "an", "the") for c in head.children if c.dep_ == "det") or \
                low == "first" and any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
            # also "The third said", and "The first, a propulsion specialist, said" after "citing two engineers"
            return self._member_of_recent_group(tokens, lemma if lemma != low else "")
        if low == "other" and any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
            return self._member_of_recent_group(tokens, "")  # "The other told the agency": one of a group
        if head.tag_ == "NN" and any(c.lower_ == "other" and c.dep_ == "amod" for c in head.children) and \
                any(c.lower_ == "the" for c in head.children if c.dep_ == "det") and \
                reg.recent(lambda s: s.kind == "anonymous_group") is not None:
            # "one of the officials said. The other official said": another member, not the one who spoke
            return self._member_of_recent_group(tokens, lemma if reg.recent(
                lambda s: s.kind == "anonymous_group" and reg.heads.get(s.id) == lemma) else "")
        if head.like_num and any(c.lower_ == "other" for c in head.children) and \
                any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
            # "Two of them said ...; the other two said ...": the rest of the group the last subset came from
            group = reg.recent(lambda s: s.kind == "anonymous_group")
            group = self._whole_group(group) if group is not None else None
            return reg.new("anonymous_group", role=text, count=parse_count(tokens),
                           parent=group.id if group else None, head=reg.heads.get(group.id, "") if group else "",
                           via=reg.via.get(group.id) if group else None)
        if low == "both" and head.pos_ in ("PRON", "DET"):  # "Both cautioned": two of the group cited last
            group = reg.recent(lambda s: s.kind == "anonymous_group")
            if group is not None and group.count == 2:
                return group
            return reg.new("anonymous_group", role=text, count=2, parent=group.id if group else None,
                           head=reg.heads.get(group.id, "") if group else "",
                           via=reg.via.get(group.id) if group else None)
        if low == "one" and len(tokens) == 1 and reg.recent(lambda s: s.kind == "anonymous_group") is not None:
            return self._member_of_recent_group(tokens, "")  # "Two of them said ..., but one said": one of them
        if low == "another" and head.pos_ in ("DET", "PRON"):
            # one more of the unnamed source mentioned last: of its group, or of its kind when it
            # stood alone ("A pharmacist told NNS ... Another said": another pharmacist)
            last = reg.recent(lambda s: s.kind in ("anonymous_group", "anonymous_person"))
            if last is not None and last.kind == "anonymous_person" and last.parent is None:
                return reg.new("anonymous_person", role=text, count=1, head=reg.heads.get(last.id, ""),
                               via=reg.via.get(last.id))
            return self._member_of_recent_group(tokens, "")
        return None

    def _cited_just_before(self, pobj: Token, made: Source, head: Token) -> Optional[Source]:
        """The counted group of people mentioned last, in this sentence or the one before, when "the men" / "the
        bankers" of "Three of the men" named no group known by those words (``made`` was just made for them): the
        same people, called otherwise ("citing four dockworkers ... Three of the men said")."""
        reg = self.reg
        if made is not reg.sources[-1] or not any(c.dep_ == "det" and c.lower_ == "the" for c in pobj.children) or \
                not (names_people(pobj) or pobj.lemma_.lower() in ANONYMOUS_NOUNS):
            return None
        doc = head.doc
        start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        size = parse_count([t for t in head.subtree if t.i < pobj.i]) or 1
        for i, s in sorted(self.resolved.items(), reverse=True):
            if i < start:
                break
            if i < head.i and s is not made and s.kind == "anonymous_group" and (s.count or 0) > size:
                return s
        return None

    def _people_met_since(self, group: Source, head: Token) -> Optional[Token]:
        """A counted group of people named, though not as speakers, in the sentence before ``head`` (or in its own
        before it) and after ``group`` was last mentioned: "The agency spoke to five users who ... Three of them
        said" (of the five, not of a group of sources cited paragraphs before)."""
        last = max((i for i, s in self.resolved.items() if s is group and i < head.i), default=-1)
        sent = head.sent
        # (uncounted, the subject that opens the sentence whose clause "them" is in is joined to: "Savers queued outside
        # the head office, and several of them said ...")
        opening = next((t for t in sent if t.dep_ == "nsubj" and t.tag_ == "NNS" and t.head.dep_ == "ROOT" and
                        t.left_edge.i == sent.start and t.i < head.i and head.head.dep_ == "conj" and
                        head.head.head.i == t.head.i and t.i not in self.resolved and names_people(t)), None)
        if opening is not None:
            return opening
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if last >= start:
            return None  # the group was spoken of there: "them" are they ("Four people ... told X that ...")
        for t in reversed(self.doc[start:head.i]):
            # (the object of the sentence's own verb, not a word of what someone said: "in exchange for 40 prisoners")
            verb = t.head.head if t.dep_ == "pobj" else t.head
            # (or its subject: "Four mothers of hostages ... spoke to the agency afterwards. All of them said")
            if t.tag_ == "NNS" and t.dep_ in ("dobj", "pobj", "nsubj") and verb.dep_ == "ROOT" and \
                    t.i not in self.resolved \
                    and any(c.dep_ == "nummod" for c in t.children) and \
                    (names_people(t) or t.lemma_.lower() in ANONYMOUS_NOUNS):
                return t
        return None

    def _described_outlet(self, tokens: list[Token], cue: Optional[Token] = None) -> Optional[str]:
        """The name after a word for an outlet that opens the phrase ("the Grausenbach daily Alpenruf",
        not "a spokesman for the daily Alpenruf"), when the article names an outlet so, or when the
        phrase reports ("The sports daily Brankar reported")."""
        for k, t in enumerate(tokens):
            if t.is_lower and t.lower_ in OUTLET_NOUNS - {"agency"} and k > 0:
                run = list(itertools.takewhile(lambda w: w.pos_ == "PROPN" and w.is_title or
                                               w.is_upper and len(w) >= 2, tokens[k + 1:]))  # ("Plamen TV")
                name = " ".join(w.text for w in run)
                reporting = cue is not None and cue.lemma_.lower() in ("report", "write", "publish", "reveal")
                return name if run and len(run) == len(tokens) - k - 1 and (
                    name.lower() in self.outlets or reporting) else None
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                return None  # ("footage obtained by the broadcaster Telesor", "a spokesman for the daily X")
        return None

    def _by_person_name(self, m: Mention) -> Optional[Source]:
        """A person's name, as NER tagged it or after a role ("Opposition lawmaker Camila Reyes")."""
        reg, tokens, head, lemma = self.reg, m.tokens, m.head, m.lemma
        described = self._described_outlet(tokens, m.cue)
        if described is not None:  # "the Grausenbach daily Alpenruf" (NER: two people, "daily" a date)
            return reg.by_name(described) or reg.new("outlet", name=described, head=lemma)
        person = _entity_over(tokens, ("PERSON",), self.ents, head) or _persons_name_run(tokens, head) or \
            _name_described_as_a_person(tokens, head)
        if person is not None and _names_another_than_the_speaker(person, head):
            return None  # "Police in the regional capital, Hallenbrück", "Lawyers for the former chairman, Osbert X"
        if person is not None and len(person) == 1 and person.label_ == "PERSON":
            # "Oswynna Graybrook" where NER tagged only the surname: the given name before it is the person's
            longer = _with_name_words_before(person, tokens)
            if len(longer) == 2 and _shaped_like_a_name(longer) and \
                    longer[0].lower_.rstrip(".") not in PERSON_TITLES | HONORIFICS:
                person = longer
        if person is not None and len(person) == 2 and person[-1].text in NAME_SUFFIXES and person.start > 0:
            # "Chief Executive Corvain Dunnicliff Jr.": NER took the surname and the suffix; the given name before
            first = person.doc[person.start - 1]
            if first.i in {t.i for t in tokens} and first.is_title and first.pos_ == "PROPN" and \
                    first.lower_.rstrip(".") not in PERSON_TITLES | HONORIFICS and not _is_a_title(first):
                person = person.doc[person.start - 1:person.end]
        if person is not None:
            run = _title_run(tokens, person)
            if run is not person and is_outlet_name(run.text, self.outlets):
                # "the news website Pravenna Today": NER made "Pravenna" a person and "Today" a date
                name = run.text
                return reg.by_name(name) or reg.new("outlet", name=name, head=lemma)
        if person is not None and (set(re.findall(r"[a-z]+", person.text.lower())) & (
                ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS) or _strip_det(person.text).lower() in self.outlets):
            # "Medora Pharma", "Vedrane Gazette": NER says person, the name says company or paper
            after_comma = person.start >= 2 and person.doc[person.start - 1].text == "," and \
                person.start - 2 == head.i  # ("the operator, Saltmarch Cruises", the parser linking them not)
            if (person.root.dep_ == "appos" and person.root.head.i == head.i or after_comma or
                    person.root.i == head.i and person[0].pos_ == "PROPN") and head.pos_ == "NOUN":
                # "The ship's owner, Blackfen Maritime": the name, not the word it is in apposition to; so
                # "Highbrindle Events", its last word tagged a common noun, heading the phrase (with the name's
                # words NER left out before it: "Clearbrook Pharma")
                name = _strip_det(_with_name_words_before(person, tokens).text)
                kind = "outlet" if self.is_outlet_name(name) else "organization"
                return reg.by_name(name) or reg.new(kind, name=name, head=lemma)
            person = None
        if person is not None and person.end + 1 < len(person.doc) and person.doc[person.end].text == "-" and \
                person.doc[person.end + 1].lower_ in ("based", "born", "registered", "listed", "owned", "run"):
            person = None  # "the Lissholm-based Verdance Registry": a place (or an owner) describing the body
        if person is not None and person.root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and \
                person.root.head.pos_ == "NOUN" and person.end <= head.i:
            person = None  # "the Merovan coastguard", "A senior Dramond defence official": a place's word, no name
        if person is not None and person.end + 2 < len(person.doc) and person.doc[person.end].is_lower and \
                person.doc[person.end].lower_ in PERSON_TITLES and person.end + 2 <= tokens[-1].i:
            # "former Thessary president Orsanne Velsicourt": a name before a title is where the office is; the
            # capitalised words after the title, closing the phrase, are the person
            after = [t for t in tokens if t.i > person.end]
            if len(after) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in after):
                person = person.doc[after[0].i:after[-1].i + 1]
        if person is not None and person.label_ == "PERSON" and person.end == head.i and head.pos_ == "PROPN" and \
                head.is_title and head.i in {t.i for t in tokens} and all(t.head.i == head.i or t.head.i in range(
                    person.start, person.end) for t in person):
            person = person.doc[person.start:head.i + 1]  # "Chief Prosecutor Cadwyr Aalstrom": NER stopped short
        while person is not None and len(person) >= 2 and _is_a_title(person[0]) and person[0].is_title \
                and person[1].is_title and person[0].i in {t.i for t in tokens}:
            person = person.doc[person.start + 1:person.end]  # "Governor Perrisande Vethermoor": NER took the title in
        closing = person is not None and _name_closing_the_phrase(person, tokens, head)
        if person is not None and not closing and (
                _behind_a_verb(person.root, tokens) or _in_a_phrase_of(person.root, head) or
                _describes_a_body(person, head)):
            person = None  # "data compiled by the firm Navora", "a filing by Halcyre with the Ormeda exchange"
        if person is not None:
            name = re.sub(r"['’]s$", "", person.text.strip())
            role = self._role(tokens, person)
            found = reg.by_name(name)
            described = next((t.lemma_.lower() for t in tokens if t.i == person.start - 1 and t.is_lower), "")
            if found is None and not described and head.i != person.root.i:
                described = self._role_head(tokens, person)  # "Varlonne's public broadcaster, Telvarra"
            if described in OUTLET_NOUNS - {"agency"} and not _SCHOLARLY_TITLE.match(name):
                # "The business daily Ormeda Dispatch": NER said person
                return found or reg.new("outlet", name=name, head=lemma)
            role_head = head.lemma_.lower() if closing else \
                self._role_head(tokens, person)  # ("The head of the doctors' union, X": the head, not the union)
            if found is None and (self.names_an_organisation(name, role_head) or
                                  a_body_speaks_here(self.doc, person.root, name, self.ents) or _in_a_filing(m.cue)):
                # "Kolej Brava said it would ..."; "Norvale" after "Norvale Group"; "A riders' group,
                # Daverholt on Two Wheels": the name goes on past NER's
                name = re.sub(r"['’]s$", "", _with_name_words_after(person, tokens).text.strip())
                return reg.by_name(name, short_forms=self.may_shorten(name)) or \
                    reg.new("organization", name=name, head=lemma)
            if found is not None:
                if role and not found.role:
                    found.role = role
                if len(name) > len(found.name or ""):
                    found.name = name
                return found
            # "Kossuthey said" after "the commission's chairman, Adelbrand Kossuthey" inside what others said
            full = full_name_of_person(name, self.ents, self.doc) if " " not in name else None
            holder = self._office_holder_named(person) if role is None and " " in name else None
            if holder is not None:
                holder.kind, holder.name = "person", name
                return holder
            return reg.new("person", name=full or name, role=role, count=1, head=lemma)
        titled = _titled_name(tokens, head)
        appositive = None if titled is not None else \
            _appositive_name(tokens, head) or _name_in_apposition(tokens, head)
        if titled is not None or appositive is not None:  # "Opposition lawmaker Camila Reyes", whatever NER made of it
            name, role = titled or appositive
            found = reg.by_name(name)
            if found is not None and found.kind == "person":
                return found
            # the description's head: "maker" in "Chocolate maker Korvane Foods", "spokeswoman" (not
            # "union") in "A spokeswoman for the nurses' union, Rufina Ashgarth"
            described = role.split()[-1].lower() if titled is not None else lemma
            if self.names_an_organisation(name, described):
                return found or reg.new("organization", name=name, head=lemma)
            return reg.new("person", name=name, role=role, count=1, head=lemma)
        return None

    def _office_holder_named(self, person: Span) -> Optional[Source]:
        """"The operations director of the Skarnwick Port Authority said ... . "...," Bartek Belfrage told
        Sandmere Television.": a full name given with no role, in the paragraph where the holder of an office of a
        named body spoke unnamed or in the next, with no other person mentioned or named in between, is that
        holder's name (the lead keeps it for the next paragraph)."""
        last = self.reg.recent(lambda s: s.kind in ("person", "anonymous_person"))
        if last is None or last.kind != "anonymous_person" or last.name or last.count not in (None, 1) or \
                not holds_an_office(last.role or ""):
            return None
        heads = [self.doc[i] for i, s in self.resolved.items() if s is last]
        if not heads or heads[-1].i >= person.start or any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "another") for h in heads for c in h.children):
            return None  # (not one of many: "A Harrowfeld store manager said")
        spoke_at = heads[-1].i
        if len(re.findall(r"\n\s*", self.text[self.doc[spoke_at].idx:person.start_char])) > 1:
            return None  # later than the next paragraph
        if any(e.label_ == "PERSON" and spoke_at < e.start < person.start for e in self.ents):
            return None
        return last

    def _by_organisation_name(self, m: Mention) -> Optional[Source]:
        """An organisation's or outlet's name NER tagged, or a person's it mistook ("Its chairman, Ulf Tander")."""
        reg, tokens, head, lemma = self.reg, m.tokens, m.head, m.lemma
        # an organisation's name before a place or a people's ("The Zelvonian company Brasnova Holdings")
        org = _entity_over(tokens, ("ORG",), self.ents, head)
        if org is None or not (org.root.i == head.i or _set_beside(org, head)):
            org = _entity_over(tokens, ("ORG", "NORP", "GPE", "FAC"), self.ents)
        if org is not None and (_in_a_phrase_of(org.root, head) and org.label_ in ("GPE", "FAC") or
                                _names_another_than_the_speaker(org, head)):
            org = None  # "Police in the regional capital, Velmstadt", "A spokeswoman for the streaming service X"
        titles = list(itertools.takewhile(_is_a_title, org or []))
        if org is not None and titles and len(org) - len(titles) >= 2 and all(t.is_title for t in org[len(titles):]):
            # "a coastguard spokesman, Lieutenant Commander Oswyn Dewhollow": a rank before a name NER took for a body
            name = org[len(titles):].text
            return reg.by_name(name) or reg.new("person", name=name, role=self._role(tokens, org[len(titles):]),
                                                count=1, head=lemma)
        if org is None and lemma in ORGANIZATION_DESCRIPTORS:
            # "The state motorway operator, Vialto": NER took the name for a place; beside a word for a body
            # it names the body
            loc = _entity_over(tokens, ("LOC",), self.ents)
            org = loc if loc is not None and loc.root.dep_ == "appos" and loc.root.head.i == head.i else None
        if org is None and lemma in ORGANIZATION_DESCRIPTORS:
            # "Ride-hailing company Tovecar": a name NER did not tag, set right after a word for a body, names it
            # (not a person's name: "the company founder, Anna Berg")
            appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN" and
                          c.is_title and c.left_edge.i == head.i + 1 and
                          all(t.pos_ == "PROPN" and t.is_title for t in c.subtree)), None)
            if appos is not None and not reads_as_a_persons_name([t.text for t in appos.subtree]):
                org = self.doc[appos.left_edge.i:appos.right_edge.i + 1]
        before = head.doc[head.i - 2] if head.i >= 2 else None
        if org is None and head.pos_ == "PROPN" and head.is_title and before is not None and \
                head.doc[head.i - 1].text == "," and before.lower_ in ORGANIZATION_DESCRIPTORS and \
                before.i in {t.i for t in tokens}:
            # "The cooperative, Agrovel, denied": a name NER did not tag after a word for a body and its comma
            # (the parser reading the word as the name's adjective) names the body
            org = self.doc[head.i:head.i + 1]
        if org is None:
            # "the rescue charity Shorelight Sea Watch", "The organiser, the Torvenna Aviators' Club": NER may
            # call the name a work of art, a product or a law; in apposition to a word for a body, or with a
            # word of a body's name in it, it names the body
            named = _entity_over(tokens, ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW"), self.ents)
            org = named if named is not None and named.root.dep_ == "appos" and named.root.head.i == head.i and (
                lemma in ORGANIZATION_DESCRIPTORS or
                {t.lower_ for t in named} & (ORGANIZATION_NAME_WORDS | ORGANIZATION_DESCRIPTORS)) else None
        if org is not None and _shaped_like_a_name(org) and (
                    org.root.dep_ == "appos" and org.root.head.i == head.i and names_a_person(head) or
                    org.root.i == head.i and any(c.dep_ == "appos" and c.i > head.i and names_a_person(c)
                                                 for c in head.children)):
            # "Its chairman, Ulf Tander", "said Radka Velinova, an analyst at ...": a word for a person
            # names the person, whatever NER said
            name = org.text
            return reg.by_name(name) or reg.new("person", name=name, role=self._role(tokens, org), count=1,
                                                head=lemma)
        if org is not None and org.label_ == "ORG" and len(org) >= 2 and _shaped_like_a_name(org) and \
                not {t.lower_ for t in org} & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS):
            body, person = organisation_evidence(self.doc, org.text, self.ents)
            if person and person >= body:  # "one of the engineers, Kazimer Rastollo, said": what the article says
                return reg.by_name(org.text) or reg.new("person", name=org.text, count=1, head=lemma)
        if org is not None and (org.root.i == head.i or head.i in range(org.start, org.end) or
                                _set_beside(org, head)):
            # "the terminal operator, Meridia Terminals": the apposition names the organisation
            org = _without_leading_descriptor(_with_name_words_after(_with_name_words_before(org, tokens), tokens))
            name = _strip_det(org.text)
            if org.root.dep_ == "appos" and org.root.head.i == head.i and names_a_person(head) and \
                    _shaped_like_a_name(org):
                # "Castellwood's running mate, Delphis Vintenberg", NER tagging the surname alone as a place:
                # a word for a person names a person (as "Its chairman, Ulf Tander" above)
                return reg.by_name(name) or reg.new("person", name=name, role=self._role(tokens, org), count=1,
                                                    head=lemma)
            found = reg.by_name(name, short_forms=self.may_shorten(name))
            if found is not None:
                return found
            full = full_name_of_person(name, self.ents, self.doc) if len(org) == 1 else None
            if full is not None and not self.names_an_organisation(name, lemma):
                # "Pellingham said" after "Museum director Oskar Pellingham has offered to resign,
                # according to ...": the surname of a person named in someone else's words
                return reg.new("person", name=full, count=1, head=lemma)
            # "the newspaper Le Monde", "The financial weekly Pellmark Digest" are outlets by their noun;
            # "National Disaster Agency" only by its name
            described = org.start > 0 and org.doc[org.start - 1].is_lower and \
                org.doc[org.start - 1].lemma_.lower() in OUTLET_NOUNS - {"agency"}
            # ("The aid agency Sheltra" is no news agency)
            kind = "outlet" if self.is_outlet_name(name) or (lemma in OUTLET_NOUNS and head.pos_ != "PROPN" and
                                                            _names_an_outlet(head) or described) and \
                not _SCHOLARLY_TITLE.match(name) else "organization"
            return reg.new(kind, name=name, head=lemma)
        return None

    def _by_description(self, m: Mention) -> Optional[Source]:
        """"the paper", "the colonel", "officials", "a notice sent to customers", "the company": a description."""
        reg, tokens, head, low, lemma, text = self.reg, m.tokens, m.head, m.low, m.lemma, m.text
        named_words = [t for t in tokens if t.pos_ == "PROPN"]
        if lemma in DOCUMENT_NOUNS and head.pos_ == "PROPN" and m.cue.lemma_.lower() in ANSWERING_VERBS and \
                len(named_words) >= 2 and all(t.is_title for t in named_words):
            # "Kaldstrom Marine Survey on Thursday denied a report": a name that ends in a word for a document
            # and answers a report is a body's (a document states; it does not deny)
            name = _strip_det(text)
            return reg.by_name(name) or reg.new("organization", name=name, head=lemma)
        definite = any(c.lower_ in ("the", "this") for c in head.children if c.dep_ == "det")
        # ("The paper, dated June, says": a date or a participle of documents adds no name)
        bare = definite and head.pos_ == "NOUN" and all(
            c.dep_ in ("det", "punct") or c.dep_ in ("appos", "acl", "amod") and (c.ent_type_ in ("DATE", "TIME") or any(
                t.lemma_.lower() in DOCUMENT_PARTICIPLES for t in c.subtree)) for c in head.children)
        named = self._body_named_by(head) if definite else None
        if bare and lemma not in ANONYMOUS_NOUNS:  # "the paper" after "a draft cabinet paper", "the agency"
            found = reg.recent(lambda s: reg.heads.get(s.id) == lemma and s.kind in ("document", "organization", "outlet"))
            if found is not None and found.kind == "outlet" and not found.name and lemma in OUTLET_NOUNS:
                # a headline's "paper says", and the body named the paper since: that one
                described = self.described_outlet(lemma)
                if described is not None and described.name:
                    return described
            if found is not None and (named is None or max(m[0] for m in found.mentions or [(0, 0)]) > named[1]):
                return self._named_at_last(found, head)  # after "the regional environment agency": the thing named last
        if named is not None:  # "The agency said" after "the Water Safety Agency", not the wire agency
            return named[0]
        owner = next((c for c in head.children if c.dep_ == "poss"), None)  # "the embassy's website", "its website"
        if lemma in ("website", "site") and owner is not None and not self.is_outlet_name(_span_text(
                [t for t in owner.subtree if t.tag_ != "POS"])):
            # "according to the Constitutional Court's website", "according to its website": the site is a
            # document (its owner, the possessor, is not the speaker; nor is the last outlet named)
            return reg.new("document", role=_strip_det(text), head=lemma)
        if lemma in OUTLET_NOUNS and _names_an_outlet(head):  # "the paper": the latest paper named
            # (or, in an agency's copy naming no paper, a study's paper: a document)
            return self.outlet_for(tokens) or self._outlet_described_as(head, tokens)
        # the same words name the same source again; but "the sources" is the group of sources
        # mentioned last, not the first one called just "sources" (a headline's)
        same = None if definite and lemma in ANONYMOUS_NOUNS else \
            reg.by_description(_strip_det(text))
        if definite and head.tag_ == "NNS" and lemma not in ANONYMOUS_NOUNS:
            same = self._group_called(lemma, same)
        if same is not None and not head.like_num:
            return self._named_at_last(same, head) if definite else same
        # "the colonel", "the envoy": a definite description of someone introduced with that role
        if definite and head.pos_ == "NOUN" and head.tag_ == "NN" and \
                lemma not in ORGANIZATION_NOUNS | DOCUMENT_NOUNS | EVIDENCE_NOUNS:
            # (not "the report" after "the captain of the ship named in a television report")
            # (not "the syndicate" after "the president of the Brassonne Truffle Growers' Syndicate, X": what
            # the role's preposition governs is the body the person works for)
            found = reg.recent(lambda s: s.kind in ("person", "anonymous_person") and (
                head.lower_ in reg.words.get(s.id, ()) or head.lower_ in (s.role or "").lower().split()) and
                head.lower_ not in _governed_by_a_preposition(s.role))
            if found is not None:
                return found
            named = self._named_with_role_before(head)
            if named is not None:  # "the commission's chairman, Adelbrand Kossuthey, had drafted ..."
                return reg.by_name(named) or reg.new("person", name=named, role=head.lower_, count=1, head=lemma)
        if lemma in ANONYMOUS_NOUNS:
            return self._anonymous(tokens, head)
        if lemma in DOCUMENT_NOUNS | EVIDENCE_NOUNS or low in DOCUMENT_NOUNS or _made_as_a_document(head):
            # "the Ledger's account", "data" (lemma "datum"), "a notice sent to customers", "satellite images
            # taken on Saturday" (what they appear to show)
            poss = next((c for c in head.children if c.dep_ == "poss"), None)
            # (an outlet's own work, or the document of an outlet known as one: not "The Marelle Star's licence", a
            # ship's whose name sounds like a paper's)
            known = self.reg.by_name(_strip_det(_span_text([t for t in poss.subtree if t.tag_ != "POS"]))) \
                if poss is not None else None
            outlet = self.outlet_for(list(poss.subtree)) if poss is not None and (
                lemma in OUTLET_WORK_NOUNS or known is not None and known.kind == "outlet") else None
            # ("a report on Monday by the daily Lanvarre": whose the report is, in its by-phrase)
            # (or where it ran: "a report in the business weekly Pengeflod")
            author = next((o for c in head.children if c.dep_ == "prep" and c.i > head.i and (
                c.lower_ == "by" or c.lower_ == "in" and lemma in OUTLET_REPORT_NOUNS)
                for o in c.children if o.dep_ == "pobj"), None)
            # (its name and description only: not "the Oxmantle Institute for the public broadcaster X", nor a
            # relative clause on it: "the broadcaster Lenvar Radio, which cited two mill workers")
            # ("a report by the news site Kardavel Today": a name after the description the parser hung elsewhere)
            named = [author] + [t for c in author.children if c.dep_ in ("compound", "amod", "det", "appos", "flat")
                                for t in _without_clauses(c)] + _name_continued(author) if author is not None else []
            if outlet is None and any(_news_outlet_word(t) for t in named):
                outlet = self.outlet_for(sorted(named, key=lambda t: t.i))
            if outlet is None and lemma in OUTLET_REPORT_NOUNS and definite:
                outlet = self.reported_by()  # "the report": what the outlet that reported published
            return reg.new("document", role=_strip_det(text), head=lemma,
                           via=[outlet.name or outlet.role or "outlet"] if outlet is not None else None)
        called = next((o for c in head.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "call" and
                       any(g.lower_ == "itself" for g in c.children) for o in c.children
                       if o.dep_ in ("oprd", "attr", "xcomp") and o.pos_ == "PROPN"), None)
        if lemma in ORGANIZATION_NOUNS and called is not None:  # "the group, which calls itself the X Front": X
            # (or "A group calling itself Greywake")
            name = _strip_det(_span_text(list(called.subtree)))
            return reg.by_name(name) or reg.new("organization", name=name, head=lemma)
        if lemma in ORGANIZATION_NOUNS:
            definite = any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det")
            # "the observer mission of the Arvelle Council" introduces a body; "the mission" refers back
            introduced = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            # ("the foreign ministry" after "the interior ministry": a word that sets it apart names another body)
            marks = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i and
                     c.pos_ in ("ADJ", "NOUN") and c.ent_type_ not in ("NORP", "GPE", "DATE")}
            if definite and not introduced:
                found = reg.recent(lambda s: s.kind == "organization" and (reg.heads.get(s.id) == lemma or
                                   lemma in re.findall(r"[a-z]+", (s.name or "").lower())) and
                                   marks <= reg.words.get(s.id, set()) | set((s.role or s.name or "").lower().split()))
                found = found or (self._generic_reference(head) if not marks else None)
                if found is not None:
                    return found
            # ("Ratings agency Ferrovane": the name the parser set after the word for the body)
            after = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.is_title,
                                             tokens[tokens.index(head) + 1:]))
            if head.pos_ != "PROPN" and after and after[-1].i == tokens[-1].i:
                name = _span_text(after)
                return reg.by_name(name) or reg.new("organization", name=name, role=_strip_det(text), head=lemma)
            return reg.new("organization", name=_strip_det(text) if head.pos_ == "PROPN" else None,
                           role=None if head.pos_ == "PROPN" else _strip_det(text), head=lemma)
        return None

    def _named_at_last(self, found: Source, head: Token) -> Source:
        """"Gene therapy trial paused, company says", then "Biotech company Nerevant Bio has paused ..., the company
        said": the unnamed company the headline spoke of is the business named just before (or the one of that name
        already known)."""
        if found.kind != "organization" or found.name or head.lemma_.lower() not in GENERIC_ORGANIZATION_NOUNS:
            return found
        name = self._business_name_just_before(head)
        if name is None:
            return found
        known = self.reg.by_name(name)
        if known is not None:
            return known
        found.name = name
        return found

    def _named_with_role_before(self, head: Token) -> Optional[str]:
        """The person the text named last, before ``head``, right after or in apposition to the same
        word for a role, wherever that stood (in what someone else said): "the commission's chairman,
        Adelbrand Kossuthey" for "The chairman"."""
        for ent in reversed([e for e in self.ents if e.end <= head.i and e.label_ == "PERSON" and len(e) >= 2]):
            root = ent.root
            role = root.head if root.dep_ == "appos" else self.doc[ent.start - 1] if ent.start > 0 else None
            if role is not None and role.i < ent.start and role.lemma_.lower() == head.lemma_.lower():
                return re.sub(r"['’]s$", "", ent.text)
        return None

    def _body_named_by(self, head: Token) -> Optional[tuple[Source, int]]:
        """"The port authority said" after "Dravensholt Port Authority" was named, in narration or in
        what someone said: the body whose name ends with the description's words (before any "of":
        "the directorate" for "the Directorate of Military Medicine"), named last before it, and where
        its name starts."""
        # (a relative clause on it says more of the same body: "The agency, which can fine companies ..., said")
        own = _without_clauses(head)
        own_ids = {t.i for t in own}
        if head.pos_ != "NOUN" or any(c.dep_ not in ("det", "compound", "amod", "punct") and c.i in own_ids
                                      for c in head.children):
            return None
        words = [t.lower_ for t in own if t.dep_ != "det" and not t.is_punct]
        # (whatever NER called a name ending in a word for a body: "The Flight Crew Association", a work of art)
        for ent in reversed([e for e in self.ents if e.end <= head.i and (
                e.label_ in ("ORG", "FAC") or e[-1].lower_ in ORGANIZATION_NAME_WORDS)]):
            # (with the name's first words NER left out: "Dravenmoss General Hospital", tagged "General Hospital")
            name = _strip_det(_with_name_words_before(ent, list(self.doc[max(0, ent.start - 3):ent.end])).text)
            # "the directorate" for "the Directorate of Military Medicine", "the centre" for "the National Centre for
            # Infection Control"
            named = re.split(r" (?:of|for|on) ", name)[0].split()
            if len(name.split()) > len(words) and [w.lower() for w in named[-len(words):]] == words:
                # "Agency" alone does not make a news agency ("the Water Safety Agency")
                news = {w.lower() for w in name.split()} & OUTLET_NAME_WORDS - {"agency"}
                kind = "outlet" if news and self.is_outlet_name(name) else "organization"
                return self.reg.by_name(name) or self.reg.new(kind, name=name, head=head.lemma_.lower()), \
                    ent.start_char
        return None

    def _by_proper_name(self, m: Mention) -> Optional[Source]:
        """A name NER could not place: its words, its title, its description or the article say what it is."""
        reg, tokens, head, lemma, text = self.reg, m.tokens, m.head, m.lemma, m.text
        if _capitalised_people_word(tokens, head):
            return None  # "Rowers say coach demanded cash": a headline's first word, people, not a name
        if head.pos_ == "PROPN" or _capitalised_elsewhere(head) or head.pos_ == "NOUN" and ends_a_name(head):
            appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
            last = head
            if appos is not None and appos.left_edge.i == head.i + 1 and appos.pos_ == "PROPN" and \
                    appos.right_edge.is_title and all(t.i in {x.i for x in tokens} for t in appos.subtree):
                last, appos = appos.right_edge, None  # "the daily La Vigie de Brassonne": one name, no comma
            described = appos.lemma_.lower() if appos is not None and appos.pos_ == "NOUN" else ""
            if appos is not None:  # "The Maritime Concord, a grouping of nine coastal states": the name
                text = _span_text([t for t in tokens if t.i < appos.left_edge.i and not (
                    t.is_punct and t.i == appos.left_edge.i - 1)])
            run = [t for t in tokens if t.i <= last.i]
            start = next((k + 1 for k in range(len(run) - 1, -1, -1) if run[k].is_lower and (
                run[k].pos_ == "NOUN" or run[k].lower_ in OUTLET_NOUNS)), 0)  # "daily" is an adjective to the tagger
            if 0 < start < len(run) and all(t.pos_ == "PROPN" or t.is_lower and t.lower_ in NAME_PARTICLES
                                            for t in run[start:]):
                # "Chocolate maker Veltane Foods": the name after its description
                described, text = described or run[start - 1].lemma_.lower(), _span_text(run[start:])
                if run[start - 1].lemma_.lower() in ORGANIZATION_DESCRIPTORS - OUTLET_NOUNS - {"network"}:
                    # "the press freedom group Open Column": the word before the name says what it is
                    return reg.by_name(_strip_det(text)) or reg.new("organization", name=_strip_det(text), head=lemma)
                if {t.lower_ for t in run[:start]} & (OUTLET_NAME_WORDS | OUTLET_NOUNS) - {"agency"}:
                    return reg.by_name(text) or reg.new("outlet", name=text, head=lemma)  # "state news agency BNA"
            if run and start == 0:
                bare = _without_leading_descriptor(self.doc[run[0].i:run[-1].i + 1])
                if len(bare) < len(run):  # "Drugmaker Orvane recalls ...": a body, by its description
                    return reg.by_name(bare.text) or reg.new("organization", name=bare.text, head=lemma)
            name = _strip_det(text)
            found = reg.by_name(name, short_forms=self.may_shorten(name))
            if found is not None:
                return found
            titled_at = [t for t in tokens if t.i < head.i and t.lower_ in PERSON_TITLES]
            if titled_at and all(t.pos_ == "PROPN" for t in tokens if t.i > titled_at[-1].i):
                # "Coach Pely", "Judge Arden": a title before a name NER did not tag
                name = _span_text([t for t in tokens if t.i > titled_at[-1].i])
                return reg.by_name(name) or reg.new("person", name=name, role=titled_at[-1].text, count=1,
                                                    head=lemma)
            words = set(re.findall(r"[a-z]+", name.lower()))
            if self.is_outlet_name(name):  # (not "the Torquessan Medicines Agency")
                return reg.new("outlet", name=name, head=lemma)
            if words & ORGANIZATION_NAME_WORDS or head.ent_type_ in ("ORG", "NORP", "GPE", "FAC"):
                return reg.new("organization", name=name, head=lemma)
            if head.ent_type_ == "PERSON" and not self.names_an_organisation(name):
                return reg.new("person", name=name, count=1, head=lemma)
            if head.ent_type_ == "PERSON":
                return reg.new("organization", name=name, head=lemma)
            full_name = full_name_of_person(name, self.ents, self.doc) if " " not in name else None
            if full_name is not None:  # "Ilves told" after "founded by engineer Mara Ilves"
                return reg.by_name(full_name) or reg.new("person", name=full_name, count=1, head=lemma)
            # a name NER could not place: its description or the article may say it is a company
            described = described or next((t.lemma_.lower() for t in reversed(tokens)
                                           if t.i < head.i and t.pos_ == "NOUN" and t.is_lower), "")
            if described in ORGANIZATION_DESCRIPTORS or self.names_an_organisation(name, described):
                return reg.new("organization", name=name, head=lemma)
            org, person = organisation_evidence(self.doc, name, self.ents)
            if person > org:  # "Vormann, who left the regulator", after "its chairman, Halsted Vormann"
                full_name = full_name_of_person(name, self.ents, self.doc, any_label=True) or name
                return reg.by_name(full_name) or reg.new("person", name=full_name, count=1, head=lemma)
            return reg.new("unknown", name=name, head=lemma)
        return None

    def _by_common_noun(self, m: Mention) -> Source:
        """"10 said", "a pharmacist", "the operator", "Fish processors"; else unknown."""
        reg, tokens, head, lemma, text = self.reg, m.tokens, m.head, m.lemma, m.text
        definite = any(c.lower_ in ("the", "this") for c in head.children if c.dep_ == "det")
        # "Of 14 staff interviewed, 10 said ...": a bare number is that many members of a group
        if head.like_num and head.pos_ == "NUM":
            parent = reg.recent(lambda s: s.kind == "anonymous_group")
            count = parse_count([head])
            whole = parent
            while whole is not None and whole.parent is not None and (whole.count or 0) < (count or 0):
                whole = next(s for s in reg.sources if s.id == whole.parent)  # "All three" after "two of the sources"
            every = any(c.lower_ in ("all", "the", "both") for c in head.children if c.dep_ in ("det", "predet"))
            if every and count is not None and (whole is None or whole.count != count):
                # ("According to all five" after "two engineers", a group of its own: the five cited before)
                whole = reg.recent(lambda s: s.kind == "anonymous_group" and s.count == count) or whole
            if whole is not None and count is not None and whole.count == count and every:
                return whole  # "All three said": the three sources themselves
            if whole is not None and (whole.count or 0) > (count or 0):
                parent = whole
            # ("..., and one said she would have to sell her land": one of them is one person)
            return reg.new("anonymous_person" if count == 1 else "anonymous_group", role=_strip_det(text), count=count,
                           parent=parent.id if parent else None,
                           head=reg.heads.get(parent.id, "") if parent else "",
                           via=reg.via.get(parent.id) if parent else None)
        # "a pharmacist said", "two fruit exporters said": unnamed people, counted
        counted = any(c.dep_ == "nummod" or c.dep_ in ("det", "amod") and c.lower_ in INDEFINITE_DETERMINERS
                      for c in head.children)  # ("Several branch secretaries": "several" an adjective to the tagger)
        if head.pos_ == "NOUN" and lemma in BROADCAST_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in ("state", "public", "national") for c in head.children):
            # "Sarvani state radio", "State television": a broadcaster the text does not name (named again, it is
            # found by its description, ``_by_description``)
            return reg.new("outlet", role=_strip_det(text), head=lemma)
        if head.pos_ == "NOUN" and not counted and lemma in ORGANIZATION_DESCRIPTORS:  # "the operator"
            found = reg.recent(lambda s: s.kind == "organization" and lemma in (s.name or "").lower().split()) or \
                self._generic_reference(head) if definite else None  # "the trust" after "the Supporters' Trust"
            return found or reg.new("organization", role=_strip_det(text), head=lemma)
        if head.pos_ == "NOUN" and (counted or names_people(head) or lemma in UNNAMED_STAFF_NOUNS) and \
                lemma not in QUANTITY_NOUNS:  # ("Morgue staff in Tevarro said": people who work there)
            return self._anonymous(tokens, head)
        if definite and head.pos_ == "NOUN" and head.tag_ == "NNS":  # "The pilots" after "3 pilots at the airline"
            found = reg.recent(lambda s: s.kind == "anonymous_group" and reg.heads.get(s.id) == lemma)
            while found is not None and found.parent is not None:
                found = next(s for s in reg.sources if s.id == found.parent)
            if found is not None:
                return found
        return reg.new("unknown", role=_strip_det(text), head=lemma)

    def _generic_reference(self, head: Token) -> Optional[Source]:
        """"the company", "the club": the organisation named last before it (a name of unknown kind
        becomes an organisation: "Kemtra said ... The company did not say"), unless the article
        introduced one by that very description ("an armed group ... The armed group")."""
        lemma = head.lemma_.lower()
        bare = all(c.dep_ in ("det", "punct") for c in head.children)
        if not (lemma in GENERIC_ORGANIZATION_NOUNS or lemma in BARE_GENERIC_NOUNS and bare) or \
                _introduced_unnamed(head):
            return None
        described = self._described_business_in_sentence(head)
        if described is not None:  # "Skeldair, the country's largest airline, has grounded ..., the company said"
            return self.reg.by_name(described) or self.reg.new("organization", name=described, head=lemma)
        found = self._named_last([s for s in self.reg.sources if s.kind in ("organization", "unknown") and s.name],
                                 head.idx)
        just = self._business_name_just_before(head) if found is not None and lemma in FIRMS_HIRED else None
        if just is not None and self.text.rfind(just, 0, head.idx) > self.text.rfind(found.name, 0, head.idx):
            # "... Kalvora learned of it late. The billing system was run by Ebbelind Data Services Ltd. The
            # contractor said": a word for a firm doing the work means the business named since, though it has not
            # spoken (not "the operator" or "the regulator", named before as speakers)
            return self._business_just_named(head)
        if found is not None and found.kind == "unknown":
            found.kind = "organization"
        return found or self._business_just_named(head)

    def _described_business_in_sentence(self, head: Token) -> Optional[str]:
        """The name a clause before ``head`` in its sentence has for its subject, set beside a word for a business
        ("Skeldair, the country's second-largest airline, has grounded ..."): the company the closing "the company
        said" means, whatever NER made of the name."""
        for t in head.sent:
            if t.i >= head.i:
                break
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or not t.is_title or t.head.i > head.i:
                continue
            if any(c.dep_ == "appos" and c.i > t.i and business_word(described_noun(c).lemma_.lower())
                   for c in t.children):
                words = [w for w in t.subtree if w.i <= t.i and w.dep_ in ("compound", "flat") or w.i == t.i]
                return _strip_det(_span_text(words))
        return None

    def _business_just_named(self, head: Token) -> Optional[Source]:
        """"Shares in Dorvan Potash, the country's largest producer, fell. The company said ...": a
        business named in the sentence before, though not as a speaker (whatever NER called it)."""
        name = self._business_name_just_before(head)
        if name is None:
            return None
        known = self.reg.by_name(name)
        if known is not None and known.kind == "person":
            # "..., the national rail operator Vossbahn said. The company said ...": the name NER took for a
            # person's is the business's
            known.kind, known.count = "organization", None
        return known or self.reg.new("organization", name=name, head=head.lemma_.lower())

    def _business_name_just_before(self, head: Token) -> Optional[str]:
        sent = head.sent
        if sent.start == 0:
            return None
        start = self.doc[sent.start - 1].sent.start
        if start > 0 and head.lemma_.lower() in ("company", "firm") and \
                all(c.dep_ in ("det", "punct") for c in head.children):
            # (for a bare "The company", the two sentences before: "... by a courier firm, Swiftmarrow Couriers, ...
            # Officers are trying to trace a van. The company said ..."; not "the council", which names no business)
            start = self.doc[start - 1].sent.start
        before = self.doc[start:head.i]
        for ent in reversed([e for e in self.ents if before.start <= e.start and e.end <= before.end and
                             not e.text.isupper()]):  # (not a dateline's place: "MASKENFELD, Oct. 2 (Agency) -")
            name = _strip_det(ent.text)
            known = self.reg.by_name(name)
            if known is not None and known.kind == "outlet" or \
                    _spoken_to(self.text, ent.start_char):
                continue  # "The Lanternpost reported ... The company said": the paper is no company (nor is the one
                # spoken to: "In a statement sent to Drellon, the airline said")
            if ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.lemma_.lower() in ORGANIZATION_NOUNS \
                    and not ent.start <= ent.root.head.i < ent.end:
                continue  # "a filing to the Vintrecourt stock exchange": a place's name describing another body
            if ent.label_ == "ORG" and not self.is_outlet_name(name) or \
                    ent.label_ in ("GPE", "PERSON", "FAC") and described_as_business(self.doc, name):
                return name
        # a business name NER did not tag, closed by a word of one: "Oskavar Bio has stopped a trial ..., the company
        # said" (the last such run of capitalised words before it)
        run: list[Token] = []
        for t in reversed(before):
            if t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("GPE", "LOC", "DATE", "NORP"):
                run.insert(0, t)
            elif run:
                break
            if run and run[-1].lower_ not in ORGANIZATION_NAME_WORDS:
                run = []
        if len(run) >= 2 and not self.is_outlet_name(" ".join(t.text for t in run)):
            return " ".join(t.text for t in run)
        return None

    def _named_last(self, candidates: list[Source], before: int) -> Optional[Source]:
        """The candidate whose name the text mentions last before ``before`` (a character offset),
        speaking or not ("Quintava's chief executive ... told analysts. ..., the company said"), but not
        as the one spoken to ("In a statement sent to Drellon, the airline said": Drellon is no airline)."""
        text = self.text[:before]

        def outside_quotes(at: int) -> bool:  # not in a quotation: '"... any offer for Norcrest," the firm said'
            paragraph = text[text.rfind("\n", 0, at) + 1:at]
            return (paragraph.count('"') + paragraph.count("\u201c") + paragraph.count("\u201d")) % 2 == 0

        at = {s.id: max((m.start() for m in re.finditer(r"\b" + re.escape(s.name or "") + r"\b", text)
                         if outside_quotes(m.start()) and not _spoken_to(text, m.start())), default=-1)
              for s in candidates}
        best = max(candidates, key=lambda s: at[s.id], default=None)
        return best if best is not None and at[best.id] >= 0 else None

    def note_pronoun(self, person: Source, who: list[Token], content: str) -> None:
        """Remember "he" or "she" for a person: the pronoun they were just called by, or the one that
        opens what they said of themselves ("Halvskar said he would meet both sides", "Amberlin said
        his group's helpline ...")."""
        first = re.match(r"\W*(\w+)", content)
        pronoun = who[0].lower_ if len(who) == 1 else first.group(1).lower() if first else ""
        pronoun = {"his": "he", "her": "she"}.get(pronoun, pronoun)
        if pronoun not in ("he", "she"):  # "... said both sides had asked for time and that he would ..."
            said = set(re.findall(r"\bthat (he|she)\b", re.sub(r"[\"“][^\"”]*[\"”]", "", content)))
            pronoun = said.pop() if len(said) == 1 else pronoun
        words = {t.lower_.rstrip(".") for t in who}
        if words & FEMININE_WORDS and not words & MASCULINE_WORDS:  # "A spokeswoman for Quarrydown, ..."
            pronoun = "she"
        elif words & MASCULINE_WORDS and not words & FEMININE_WORDS:
            pronoun = "he"
        if pronoun in ("he", "she"):
            self.pronouns.setdefault(person.id, pronoun)

    def pronoun_of(self, person: Source) -> str:
        """"he" or "she" for a person: as the article refers to them, else as their first name
        usually goes (``name_kinds.pronoun_of_name``); "" when neither says."""
        return self.pronouns.get(person.id) or (pronoun_of_name(person.name or "") if person.kind == "person" else "")

    def _person_before(self, tok: Token) -> Optional[Source]:
        """Who "he", "she" or "the 27-year-old" is: the person who spoke last, unless a named
        person was the subject of a sentence since ("The envoy, Halvard Strom, has spent a year
        shuttling ... he told reporters"; "Marta Velk was banned ... The 27-year-old said"); "she"
        is not a person the article has called "he", nor the reverse."""
        reg = self.reg
        other = {"he": "she", "she": "he"}.get(tok.lower_)
        spoke = reg.recent(lambda s: s.kind in ("person", "anonymous_person") and
                           (other is None or self.pronoun_of(s) != other))
        spoke_at = max((m[0] for m in spoke.mentions), default=-1) if spoke is not None else -1
        first = tok.sent.start if tok.sent.start > 0 else 0
        window = self.doc[self.doc[first - 1].sent.start if first > 0 else 0:tok.i]
        # (a capitalised name: not a common noun NER took for one, "denied that the van was faulty")
        subjects = [e for e in self.ents if e.label_ == "PERSON" and window.start <= e.start and e.end <= tok.i
                    and e[-1].is_title and (e.root.dep_ in ("nsubj", "nsubjpass") or e.root.dep_ == "appos" and
                         e.root.head.dep_ in ("nsubj", "nsubjpass"))]
        if subjects and subjects[-1].start_char > spoke_at:
            name = re.sub(r"['’]s$", "", subjects[-1].text.strip())
            known = reg.by_name(name)
            if known is not None and known.kind == "person" and (other is None or self.pronoun_of(known) != other):
                return known
            root = subjects[-1].root  # (not "whose company, Orlin Salvage,": the name of a business)
            role = root.head.lemma_.lower() if root.dep_ == "appos" else ""
            if known is None and not self.names_an_organisation(name, role):  # not a company NER took for a person
                return reg.new("person", name=name, count=1, head=root.lemma_.lower())
        return spoke

    @staticmethod
    def _role_head(tokens: list[Token], person) -> str:
        """The head word of the description a name comes with: "operator" in "the port operator,
        Kessel Terminals", "spokeswoman" in "spokeswoman Anna Berg"; "" without one."""
        appos = _appositions_within(person, tokens)
        # (also a common word the tagger took for part of the name: "the junior doctors' union Kestrel")
        before = [t for t in tokens if t.i < person.start and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.is_lower)]
        # "A spokesman for the ministry, Evrard Hatherleigh": the noun the name is in apposition to
        described = person.root.head if person.root.dep_ == "appos" and person.root.head.pos_ == "NOUN" and \
            person.root.head.i < person.start else None
        word = described_noun(appos[0]) if appos else described if described is not None else \
            before[-1] if before else None
        return word.lemma_.lower() if word is not None else ""

    def _role(self, tokens: list[Token], person) -> Optional[str]:
        # "Its chief executive, Sara Lindqvist": the role is "chief executive"
        before = [t for t in tokens if t.i < person.start and t.dep_ not in ("det", "punct")
                  and not (t.dep_ == "poss" and t.pos_ == "PRON")]
        appos = _appositions_within(person, tokens)
        if appos:
            a = appos[0]
            toks = [t for t in a.subtree]
            while toks and toks[-1].is_punct:
                toks.pop()
            return _strip_det(_span_text(toks)) or None
        if before:
            return _strip_det(_span_text(before)) or None
        return None

    def note_members_included(self, group: Source, head: Token, speaker: Source) -> None:
        """"citing five people familiar with the investigation, including two of the company's security engineers": the
        two are a group of their own within the five ("The two engineers said" later), with the five's outlet."""
        including = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "including"), None)
        pobj = next((c for c in including.children if c.dep_ == "pobj"), None) if including is not None else None
        if pobj is None or group.kind != "anonymous_group":
            return
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None and pobj.like_num else pobj
        count = parse_count([t for t in pobj.subtree if of is None or t.i < of.i])
        if noun is None or noun.tag_ != "NNS" or count is None or (group.count or 0) <= count:
            return
        members = self.reg.new("anonymous_group", role=_strip_det(_span_text(list(pobj.subtree))), count=count,
                               parent=group.id, head=noun.lemma_.lower(), via=self.reg.via.get(group.id))
        members.mentions.append((pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)))
        if speaker.kind in ("outlet", "organization") and not self.reg.via.get(members.id):
            self.reg.via[members.id] = [speaker.name or speaker.role or "outlet"]

    def _whole_group(self, group: Source, stop: Callable[[Source], bool] = lambda s: False) -> Source:
        """The group a subset was drawn from, up to the largest the article spoke of ("all of them" after "two of
        them": the three cited first), until ``stop`` says so; not a body mentioned only inside the subset's own
        phrase ("Four of the commission's 15 members told X ... Two of them said": two of the four)."""
        while group.parent is not None and not stop(group):
            whole = next(s for s in self.reg.sources if s.id == group.parent)
            inside = [self.doc[i] for i, s in self.resolved.items() if s is group]
            heads = [i for i, s in self.resolved.items() if s is whole]
            if heads and all(any(h.left_edge.i <= i <= h.right_edge.i for h in inside) for i in heads):
                break
            group = whole
        return group

    def _member_of_recent_group(self, tokens: list[Token], lemma: str, via: Optional[list[str]] = None) -> Source:
        """"another source", "a third": one more person from the latest group of that kind."""
        reg = self.reg
        parent = reg.recent(lambda s: s.kind == "anonymous_group" and (
            not lemma or reg.heads.get(s.id) == lemma or lemma in GENERIC_ANONYMOUS))
        parent = self._whole_group(parent) if parent is not None else None  # the whole group, not a subset
        return reg.new("anonymous_person", role=_strip_det(_span_text(tokens)), count=1,
                       parent=parent.id if parent else None, head=lemma or (reg.heads.get(parent.id, "") if parent else ""),
                       via=reg.via.get(parent.id) if parent else via)

    def _anonymous(self, tokens: list[Token], head: Token) -> Source:
        reg = self.reg
        lemma = head.lemma_.lower()
        plural = head.tag_ in ("NNS", "NNPS") or lemma in ("people",) and head.lower_ == "people" or \
            lemma in UNNAMED_STAFF_NOUNS
        mods = [t for t in tokens if t.i < head.i]
        count = parse_count(mods)
        dets = [c.lower_ for c in head.children if c.dep_ in ("det", "predet")]
        # ("All five lawmakers": the parser may hang "all" on the number, not on the noun)
        dets += [t.lower_ for t in tokens if t.i < head.i and t.lower_ in ("all", "both")]
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        via: list[str] = []
        if poss is not None:
            outlet = self.outlet_for(list(poss.subtree))
            if outlet is None and lemma == "source" and poss.pos_ == "PROPN":
                # "the Kettlemere Wayfarer's sources": a named body with sources of its own is a newsroom
                name = _strip_det(_span_text([t for t in poss.subtree if t.tag_ != "POS"]))
                outlet = reg.by_name(name) or reg.new("outlet", name=name, head="")
            if outlet is not None:
                via = [outlet.name or outlet.role or "outlet"]
        # "people who spoke to the newspaper", "officials quoted by the agency", "the sources of the newspaper X"
        for t in head.subtree:  # the whole phrase: the source span leaves relative clauses out
            if t.dep_ == "pobj" and (t.head.lower_ in ("to", "by", "with") or t.head.lower_ == "of" and
                                     t.head.head.i == head.i and lemma == "source") and t.i > head.i:
                outlet = self.outlet_for(list(t.subtree))
                if outlet is not None:
                    via = [outlet.name or outlet.role or "outlet"]
        if count is None:
            if any(d in DETERMINER_COUNTS for d in dets):
                count = DETERMINER_COUNTS[next(d for d in dets if d in DETERMINER_COUNTS)]
            elif not plural:
                count = 1
        elif plural:  # "two government officials and a banker": the people of a counted conjunct add up
            for c in head.children:
                if c.dep_ == "conj" and c.i in {t.i for t in tokens} and c.pos_ == "NOUN":
                    more = parse_count([g for g in c.children if g.i < c.i]) or next(
                        (DETERMINER_COUNTS[g.lower_] for g in c.children if g.dep_ == "det" and
                         g.lower_ in DETERMINER_COUNTS), None)
                    if more is None and any(g.dep_ in ("det", "amod", "nummod") for g in c.children):
                        count = None  # "four officials and several bankers": no number for them all
                        break
                    count += more or 0  # ("six doctors and nurses": six in all)
        definite = any(d in ("the", "these", "those", "this", "that", "all", "both") for d in dets) or poss is not None
        if "another" in dets or not plural and any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in head.children):
            return self._member_of_recent_group(tokens, lemma, via)  # also "a third person", "the fourth official"
        if via and plural:  # "the paper's sources": the group the paper cited, when it said how many
            # (not a group of another size: "the 17 economists polled by the agency" after "nine council members")
            cited = reg.recent(lambda s: s.kind == "anonymous_group" and reg.via.get(s.id) == via
                               and s.parent is None and (count is None or s.count in (None, count)))
            if cited is None and via == [self.agency]:
                # "The agency's sources said" in the agency's own copy: the people it cited itself
                cited = reg.recent(lambda s: s.kind == "anonymous_group" and not reg.via.get(s.id) and
                                   s.parent is None and s.count is not None and count in (None, s.count))
            if cited is not None:
                return cited
        if via and not plural and count == 1 and lemma in GENERIC_ANONYMOUS:
            # "a prosecution source told the daily X. The paper's source said": the one person the paper had
            reached = reg.recent(lambda s: s.kind == "anonymous_person" and reg.via.get(s.id) == via)
            if reached is not None:
                return reached
        if definite and not via:
            def same(s: Source) -> bool:
                # "the people" is any group cited before; "the person", "the source" any one unnamed person
                generic = lemma in GENERIC_ANONYMOUS and (plural or s.kind == "anonymous_person")
                if not generic and reg.heads.get(s.id) != lemma and not (s.role and lemma in s.role.lower()):
                    return False
                if plural:
                    return s.kind == "anonymous_group" and (count is None or s.count in (None, count))
                return s.kind in ("anonymous_person", "person")
            found = reg.recent(same)
            while found is not None and plural and count is None and found.parent is not None:
                # "Two of the engineers said ... The people said": the whole group, not the two; but
                # "citing two of the commission's nine members ... The members told": the two, when the
                # whole group never spoke nor was cited
                parent = next(s for s in reg.sources if s.id == found.parent)
                if not parent.mentions:
                    break
                found = parent
            if found is not None:
                return found
        kind = "anonymous_person" if count == 1 else "anonymous_group"
        return reg.new(kind, role=_strip_det(_span_text(tokens)), count=count, head=lemma, via=via)


#: the words before a name that make it the one spoken to: "sent to X", "told X", "in an interview with X"
_ADDRESSEE_BEFORE = re.compile(r"\b(?:(?:sent|said|spoke|speaking|statement|comments?|e-?mail(?:ed)?|letter|written)"
                               r"\s+to|told|interview\s+with)\s+(?:the\s+)?$", re.IGNORECASE)


def _spoken_to(text: str, at: int) -> bool:
    """The name at ``at`` is the one spoken to: "sent to X", "told X", "in an interview with X"."""
    return _ADDRESSEE_BEFORE.search(text, max(0, at - 40), at) is not None


def _made_as_a_document(head: Token) -> bool:
    """A participle of writing, sending or publishing modifies the noun: "a notice sent to
    customers", "its published guidelines", "accounts filed last month"."""
    return any(c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.lemma_.lower() in DOCUMENT_PARTICIPLES
               for c in head.children)


def _shaped_like_a_name(words: Span) -> bool:
    """Two or three capitalised words with no word of a business's or an outlet's name: the shape of a
    person's name, whatever NER tagged them (``name_kinds.reads_as_a_persons_name`` asks more: a known
    first name and an uncommon last word)."""
    return 2 <= len(words) <= 3 and all(t.is_title for t in words) and \
        not {t.lower_ for t in words} & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS)


def _name_described_as_a_person(tokens: list[Token], head: Token) -> Optional[Span]:
    """"Adelgund Mardikian, who heads the animal welfare group ..., said", "Maravel Quennock, the leader of the
    opposition Green Harbour party, wrote": two or three capitalised words ending in the head, with a relative clause
    of "who" or a person's role set beside them, name a person, whatever NER and the tagger made of them."""
    if not any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children) or
               c.dep_ == "appos" and c.i > head.i and (
                   c.lemma_.lower() in PERSON_TITLES | PERSON_ROLE_NOUNS | {"leader"} or
                   c.pos_ == "NOUN" and names_a_person(c))  # ("a geologist")
               for c in head.children):
        return None
    ids, doc, k = {t.i for t in tokens}, head.doc, head.i
    while k - 1 in ids:
        if doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].dep_ == "compound" and \
                doc[k - 1].lower_ not in PERSON_TITLES | HONORIFICS:  # (not "Coach" in "Coach Andras Pely")
            k -= 1
        elif doc[k - 1].text == "-" and k - 2 in ids and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_ \
                and doc[k - 2].is_title:  # (a hyphenated surname: "Hildebrand Marrow-Tessick")
            k -= 2
        else:
            break
    words = [t.lower_ for t in doc[k:head.i + 1] if t.is_alpha]
    if not 2 <= len(words) <= 3 or not head.is_title or set(words) & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS):
        return None
    return doc[k:head.i + 1]


def _set_beside(name: Span, head: Token) -> bool:
    """The name stands in apposition to the phrase's head word ("the terminal operator, Meridia Terminals"),
    also where the parser coordinated it after the comma ("The chain's former auditor, Castleton Trask & Co,")."""
    root = name.root
    if root.dep_ == "appos" and root.head.dep_ == "appos" and root.head.head.i == head.i and \
            root.head.lemma_.lower() in ORGANIZATION_DESCRIPTORS:
        return True  # "Its owner, the shipping company Nyberholt Maritime Co.": the name of the body set beside it
    return root.head.i == head.i and (root.dep_ == "appos" or root.dep_ == "conj" and name.start > 0
                                      and name.doc[name.start - 1].text == ",")


def _capitalised_people_word(tokens: list[Token], head: Token) -> bool:
    """"Rowers" opening a headline, tagged a plural name: a word at the start of its line or sentence, and of its
    phrase ("Inspectors from the Torquessan Medicines Agency have ordered"), whose singular has the ending of a word
    for people ("rower", "farmer", "investor")."""
    doc = head.doc
    low = head.lower_
    return tokens[0].i == head.i and low.endswith("s") and (
        head.tag_ == "NNPS" or head.tag_ == "NNP" and len(tokens) > 1 and head.nbor(1).dep_ == "prep") and \
        (head.i == head.sent.start or doc[head.i - 1].is_space) and \
        low[:-1].endswith(PEOPLE_NOUN_ENDINGS) and low[:-1] not in NOT_PEOPLE_NOUNS


def _paper_of_a_people(tokens: list[Token], head: Token) -> bool:
    """"The Dalvessan daily", "The Ardessan newspaper", whatever NER and the tagger made of them: which country's
    paper, not its name, where the one capitalised word before the word for a paper is a people's adjective (one the
    article's own words show, ``name_kinds.is_a_demonym``, or a word no list knows with such an ending)."""
    if not (head.is_lower and head.lower_ in OUTLET_NOUNS and tokens[-1].i == head.i):
        return False
    words = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    named = [t for t in words if not t.is_lower]
    return len(named) == 1 and all(t.is_lower for t in words if t is not named[0]) and (
        shaped_like_a_demonym(named[0].text) or is_a_demonym(head.doc, named[0].text))


def _in_a_filing(cue: Token) -> bool:
    """"X said in a filing to the stock exchange": what files with an exchange or a register is a company."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() == "filing"
                                                             for g in c.children) for c in cue.children)


def _name_closing_the_phrase(person: Span, tokens: list[Token], head: Token) -> bool:
    """"A jeweller shot in the leg by X during a 2019 robbery in Velleport, Aldwinna Onsgaard, told": a person's full
    name set off by a comma at the end of the speaker's phrase names the one the phrase describes, wherever the
    parser hung it."""
    before = person.start - 1  # (past a rank: "..., Lt. Col. Annevyn Keszeli, declined")
    while before > tokens[0].i and _is_a_title(person.doc[before]):
        before -= 1
    return len(person) >= 2 and person.end == tokens[-1].i + 1 and before > tokens[0].i and \
        person.doc[before].text == "," and head.i not in (person.root.i, person.root.head.i) and \
        not names_a_person(person.root.head) and person.root.head.ent_type_ != "PERSON"
    # (not one set beside the phrase's head, which the other rules read; nor the name of a person the phrase names:
    # "A person close to the prime minister, Rinat Holl")


def _names_an_outlet(head: Token) -> bool:
    """"the agency", "the paper", "the news agency" and a headline's bare "paper says" name an outlet;
    "aid agencies" and "a paper" do not."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("news", "wire", "press") for c in head.children):
        return True
    if _other_agency(head):
        return False  # "Ratings agency Ferrovane"
    if head.lemma_.lower() in ("agency", "paper") and any(c.dep_ == "compound" and c.pos_ == "NOUN" or
                                                          c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                                                          for c in head.children):
        return False  # "the environment agency", "the U.N. children's agency", "a cabinet paper": not news
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    return head.tag_ == "NN" and (not dets or any(c.lower_ not in ("a", "an") for c in dets))


def _other_agency(t: Token) -> bool:
    """"agency" after a word that makes it another kind of agency than a news agency."""
    return t.lower_ in ("agency", "agencies") and t.i > 0 and t.nbor(-1).lower_ in OTHER_AGENCY_WORDS


def _news_outlet_word(t: Token) -> bool:
    """A lower-case word for an outlet ("the weekly", "the news website"; "agency" only as a news or press one)."""
    return t.is_lower and (t.lemma_.lower() in OUTLET_NOUNS - {"agency"} or
                           t.lower_ == "agency" and t.i > 0 and t.nbor(-1).lower_ in ("news", "press"))


def _speaks_for_itself(cue: list[Token], content: str) -> bool:
    """An outlet answering as a party, not passing on its reporting: a refusal or a denial ("declined to
    say how it had obtained the details", "did not say") or a statement about itself ("said it had
    obtained a copy", "said its reporters had ...")."""
    if any(t.lemma_.lower() in REFUSING_VERBS or t.dep_ == "neg" or any(c.dep_ == "neg" for c in t.children)
           for t in cue):
        return True
    first = re.sub(r"^(?:that\s+)?[\"\u201c]?", "", content.strip(), flags=re.I).split(" ", 1)[0].lower()
    return first in ("it", "its", "we", "our")


def _seen_by(tokens: list[Token], verbs: frozenset[str] = SEEING_VERBS) -> list[Token]:
    """Who saw the document these tokens name: "(a letter) seen by the Journal", "obtained by Meridian"; with
    ``verbs`` :data:`CARRYING_VERBS`, who put it out: "a memo published by the weekly Kantor"."""
    for t in tokens:
        # (also a participle the tagger read as a noun of a compound: "in an interview broadcast on Sunday by the
        # public broadcaster RTC")
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in verbs or \
                t.tag_ == "NN" and t.lower_ == "broadcast" and t.lower_ in verbs:
            by = next((c for c in t.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
            pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if pobj is not None:  # (not what is coordinated with it: "seen by the Bellringer and two officials",
                # nor a speaker the parser hung on it: "seen by NNS, Orvane's medical director, Dr. Henrik Aal, wrote",
                # nor when: "released by her management on Wednesday")
                when = {x.i for c in pobj.children if c.dep_ == "prep" and
                        any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for x in c.subtree}
                # (nor past the comma after it: "seen by Ferrowind Wire, Skyrelle's chief executive, X, wrote")
                comma = next((w.i for w in pobj.subtree if w.text == "," and w.i > pobj.i), len(t.doc))
                return [w for w in pobj.subtree if w.i not in when and w.i < comma and
                        not any((c.dep_ in ("cc", "conj") or c.dep_ == "punct" and c.text == ",") and w.i >= c.i
                                for c in pobj.children)]
    return []


#: the ``Found.path`` of a closing evidence clause the tagger misread ("..., the catalogue shows." with
#: "shows" a noun): its source is the document the extractor found
MISREAD_DOCUMENT_PATH = "misread_document"


def clause_read_as_relative(told: Token) -> Optional[Token]:
    """"The stewards told the paper they had asked ...", "told the same call that the company would cut ...": the
    parser read what was told as a relative clause of the one told; a clause right after it opening with a personal
    pronoun, or with a "that" the parser marked a complementiser before a subject of the clause's own, is that; so is
    one opening with a subject of its own and no relative word after an outlet or people told ("also told the
    newsletter the ministry had drawn up plans")."""
    audience = told.lemma_.lower() in OUTLET_NOUNS | ANONYMOUS_NOUNS | COLLECTIVE_PEOPLE_NOUNS or names_people(told)
    return next((g for g in told.children if g.dep_ == "relcl" and g.left_edge.i == told.i + 1 and (
        g.left_edge.dep_ in ("nsubj", "nsubjpass") and g.left_edge.tag_ == "PRP" or
        g.left_edge.lower_ == "that" and g.left_edge.dep_ == "mark" and
        any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children) or
        audience and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == g.left_edge.i and
                         c.tag_ not in ("WDT", "WP") for c in g.children) and
        not any(t.tag_ in ("WDT", "WP", "WP$") for t in g.subtree))), None)


def _recipient(cue: Token) -> list[Token]:
    """Who the cue's speaker spoke to: "told Meridian", "told the agency", "said to the paper",
    "spoke to the Ledger", "said in an interview with the broadcaster", "was quoted by the paper"."""
    if cue.lemma_.lower() in ("quote", "cite"):  # "was quoted (as saying) by the Kessel Express"
        by = next((t for t in cue.subtree if t.dep_ in ("prep", "agent") and t.lower_ == "by" and (
            t.head.i == cue.i or t.head.lemma_.lower() == "say" and t.head.head.head.i == cue.i)), None)
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None:
            tokens, doc = list(pobj.subtree), cue.doc
            k = tokens[-1].i + 1  # ("by the business daily Handelsvorta": a name the parser hung elsewhere)
            while k < len(doc) and (doc[k].lower_ in OUTLET_NOUNS or doc[k].pos_ == "PROPN" and doc[k].is_title):
                k += 1
            return list(doc[tokens[0].i:k]) if doc[k - 1].pos_ == "PROPN" else tokens
        quoting = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]  # "The agency quoted two officials"
        if not quoting and cue.tag_ == "VBG" and cue.dep_ == "advcl":  # "..., the daily X reported, quoting Y as"
            reporting = cue.head.head if cue.head.dep_ == "ccomp" else cue.head  # ("reported that ..., quoting")
            quoting = [c for c in reporting.children if c.dep_ == "nsubj"]
        if quoting and any(c.dep_ == "dobj" for c in cue.children):
            # (one phrase the parser split in two subjects: "The state news agency Kestpress quoted")
            return list(cue.doc[quoting[0].left_edge.i:quoting[-1].right_edge.i + 1])
    for c in cue.children:
        if c.dep_ == "dative" or (c.dep_ == "dobj" and cue.lemma_.lower() == "tell"):
            if c.dep_ == "dative" and c.lower_ == "to":
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            told = clause_read_as_relative(c)
            tokens = [t for t in c.subtree if told is None or t.i < told.left_edge.i]
            objects = [g for g in cue.children if g.dep_ == c.dep_ and g.i > c.i]
            if c.dep_ == "dobj" and objects and objects[-1].left_edge.i <= c.right_edge.i + 2:
                # "told the business daily Kettering Ledger": the parser made two objects of one phrase
                tokens = list(cue.doc[c.left_edge.i:objects[-1].right_edge.i + 1])
            # "told the radio station Orvik FM", where the parser hung the name on the verb
            run = _name_continued(tokens[-1])
            ids = {t.i for t in run} | {cue.i}
            if run and all(t.head.i in ids for t in run):
                tokens += run
            return tokens
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "in"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            if c.lower_ == "in":  # "in an interview with X"
                inner = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ in ("with", "to")), None)
                pobj = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner is not None else None
                # ("In an interview with the magazine X published on Monday": the parser made X the subject of a
                # clause)
                pobj = pobj or next((s for g in inner.children if g.dep_ == "pcomp" and g.tag_ in ("VBD", "VBN")
                                     for s in g.children if s.dep_ in ("nsubj", "nsubjpass")), None) \
                    if inner is not None else pobj
                if pobj is None:
                    continue
            # (not what is said of the letter or of whom it went to: "in a letter to the agency dated Feb. 28 and
            # released by her management on Wednesday")
            return _without_clauses(pobj)
    for c in cue.children:  # "Speaking to the broadcaster Radio Drumhollow, two fathers ... said": whom they spoke to
        if c.dep_ == "advcl" and c.i < cue.i and c.tag_ == "VBG" and c.lemma_.lower() in ("speak", "talk"):
            pobj = next((g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                         for g in p.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return list(pobj.subtree)
    return []


def _behind_a_verb(tok: Token, tokens: list[Token]) -> bool:
    """Within the source's ``tokens``, ``tok`` hangs on a participle that modifies a noun ("data
    *compiled* by the firm Navora"; not a relative clause: "a student who gave her name, Mira")."""
    ids = {t.i for t in tokens}
    while tok.head.i != tok.i and tok.head.i in ids:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl":
            return True
    return False


def _titled_name(tokens: list[Token], head: Token) -> Optional[tuple[str, str]]:
    """(name, role) of "role + First Last": "Opposition lawmaker Camila Reyes". Two or three
    capitalised words right after a lower-case noun that is no word for an organisation or outlet,
    none of them an organisation's or outlet's name word, name a person even where NER did not."""
    if head.pos_ != "PROPN" or head.ent_type_ in ("GPE", "NORP", "FAC", "DATE"):
        return None
    ids = {t.i for t in tokens}
    if head.i not in ids or head.i != max(t.i for t in tokens if t.pos_ == "PROPN"):
        return None
    run = [head]
    while run[0].i - 1 in ids and run[0].nbor(-1).pos_ == "PROPN" and run[0].nbor(-1).is_title and \
            run[0].nbor(-1).lower_ not in PERSON_TITLES | ANONYMOUS_NOUNS:  # "Finance Minister Araminta Ravensworth"
        run.insert(0, run[0].nbor(-1))
    role = [t for t in tokens if t.i < run[0].i and t.dep_ != "det"]
    words = {t.lower_ for t in run}
    if not 2 <= len(run) <= 3 or not all(t.is_title for t in run) or \
            words & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS):
        return None
    last = role[-1] if role else None
    if last is None or last.i != run[0].i - 1 or not (last.pos_ == "NOUN" and last.is_lower or
                                                       last.lower_ in PERSON_TITLES) or \
            last.lemma_ in ORGANIZATION_NOUNS | OUTLET_NOUNS:
        return None  # "the rights group Amnesty International": the role word says organisation
    return " ".join(t.text for t in run), _span_text(role)


def _persons_name_run(tokens: list[Token], head: Token) -> Optional[Span]:
    """The capitalised proper nouns around the phrase's head, or its apposition ("Its spokeswoman,
    Jolanthe Pennacott"), when they read as a person's name (``name_kinds.reads_as_a_persons_name``:
    "Rupprecht Dubrecht", which NER took for a company)."""
    ids = {t.i for t in tokens}
    if head.pos_ != "PROPN":
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i in ids), head)
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    doc, start, end = head.doc, head.i, head.i + 1
    while start - 1 in ids and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    while end in ids and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    span = doc[start:end]
    if reads_as_a_persons_name([t.text for t in span]):
        return span
    if head.lower_ in PERSON_TITLES:  # "Deputy Mayor for Finance Cedrina Pennimarch": the words closing the phrase
        last = max(ids)
        first = last
        while first - 1 in ids and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first > head.i:
            span = doc[first:last + 1]
    return _name_after_a_title(span, titled=any(_is_a_title(t) for t in tokens
                                                 if t.i < span.start or t.i in ids and t.i < span.end))


def _is_a_title(t: Token) -> bool:
    """A word for a person's title or rank, with or without its full stop ("Lt.", "Lt", "Councillor")."""
    return t.lower_ in PERSON_TITLES or t.lower_.rstrip(".") in PERSON_TITLES


def _name_after_a_title(run: Span, titled: bool) -> Optional[Span]:
    """The name that closes a run of capitalised words after a person's title (``titled``: "Councillor Brisolde
    Sandergrave", "Deputy Mayor for Finance Cedrina Pennimarch"): the words after the last common one, two or three
    of them, none a word of a body's name; the title says they name a person, whatever NER made of them."""
    words = list(run)
    k = len(words)
    while k > 0 and rare_word(words[k - 1].text) and words[k - 1].lower_ not in ORGANIZATION_NAME_WORDS:
        k -= 1
    name = words[k:]
    return run.doc[name[0].i:name[-1].i + 1] if titled and k > 0 and 2 <= len(name) <= 3 else None


def _capitalised_elsewhere(head: Token) -> bool:
    """"Ostravair denies it is selling ...": a headline's or sentence's first word the tagger took for a
    common noun (or an adverb: "Stromgard, through her lawyer, denied") is a name when the article also writes it
    capitalised inside a sentence, and not as the
    end of a longer name ("Ministry rejects report" beside "The Finance Ministry" is a description)."""
    if head.pos_ not in ("NOUN", "ADV") or not head.is_title or not head.is_sent_start or \
            head.lower_ in ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS:
        return False
    doc = head.doc
    # (or as the surname of a person named in full: "Greaves has rejected" after "Hobart Greaves")
    return any(t.text == head.text and not t.is_sent_start and (not doc[t.i - 1].is_title or
                                                               t.ent_type_ == "PERSON" and t.ent_iob_ == "I")
               for t in doc if t.i != head.i)


def _appositive_name(tokens: list[Token], head: Token) -> Optional[tuple[str, str]]:
    """(name, role) of "A spokeswoman for Quillport, Verity Coyle": a word for a person, then after a
    comma two or three capitalised words closing the phrase, whatever NER and the parser made of them
    (here one organisation "Quillport, Verity Coyle", the name hung on the company)."""
    if not names_a_person(head):
        return None
    words = [t for t in tokens if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    run = _comma_name_run(words, head)
    if run is None:
        return None
    k = words.index(run[0])
    named = words[k - 2]  # the word the name follows: "Quillport, Verity Coyle"
    root = next((t for t in run if t.head.i not in {r.i for r in run}), run[-1])
    if root.head.i == head.i or named.ent_type_ == "PERSON" or names_a_person(named):
        return None  # "Its chairman, Ulf Tander" (the apposition rules); "a person close to the prime
        # minister, Rinat Holl": the name is the minister's
    role = [t for t in words[:k - 1] if t.dep_ != "det" or t.i != words[0].i]
    return " ".join(t.text for t in run), _span_text(role)


def _comma_name_run(words: list[Token], head: Token) -> Optional[list[Token]]:
    """Two or three capitalised words between a comma after ``head`` and the phrase's end or the
    comma of a second apposition ("The head of the agency, Ismerelda Fortnacht, a physicist who ...")."""
    for k in range(2, len(words)):
        if words[k - 1].text != "," or words[k].i <= head.i:
            continue
        end = k
        while end < len(words) and words[end].pos_ == "PROPN" and words[end].is_title:
            end += 1
        run = words[k:end]
        if 2 <= len(run) <= 3 and (end == len(words) or words[end].text == ",") and \
                not {t.lower_ for t in run} & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS):
            return run
        return None  # only the first comma after the word for a person opens the name
    return None


def _name_in_apposition(tokens: list[Token], head: Token) -> Optional[tuple[str, str]]:
    """(name, role) of "The tournament's organiser, Aldgyth Sporrow": a word for a person with, in
    apposition, two or three capitalised words NER left untagged (a tagged name has its own rules)."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"), None) or \
        _name_hung_on_whom_one_speaks_for(tokens, head) or _name_hung_beside(tokens, head)
    if appos is None or appos.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return None
    # (the name's own words, not a relative clause hung on it: ", who has led the community since 2006")
    run = [t for t in appos.subtree if not t.is_punct and t.i <= appos.i]
    # ("The monastery's abbot, Father Kliment Nyberg": a title before the name says it is a person's)
    titled = 0
    while titled < len(run) - 2 and run[titled].lower_.rstrip(".") in PERSON_TITLES | HONORIFICS:
        titled += 1
    if not (names_a_person(head) or titled):
        return None
    if not 2 <= len(run) - titled <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in run) or \
            {t.lower_ for t in run} & (ORGANIZATION_NAME_WORDS | OUTLET_NAME_WORDS):
        return None
    role = [t for t in tokens if t.i < run[0].i and not t.is_punct and
            not (t.dep_ == "det" and t.i == tokens[0].i)]
    return " ".join(t.text for t in run[titled:]), _span_text(role)


def _name_hung_on_whom_one_speaks_for(tokens: list[Token], head: Token) -> Optional[Token]:
    """"A spokesman for Prime Minister Sanneke Brevick, Orlwin Olliphant, said": the parser set the spokesman's name
    beside the one he speaks for; a name closing the phrase after a comma belongs to its head word."""
    last = max((t.i for t in tokens if not t.is_punct), default=-1)
    return next((a for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                 for o in p.children if o.dep_ == "pobj"
                 for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i == last and
                 a.doc[a.left_edge.i - 1].text == ","), None)


def _name_hung_beside(tokens: list[Token], head: Token) -> Optional[Token]:
    """The name among ``tokens`` the parser hung beside the role ``head`` (``name_kinds.set_side_by_side``)."""
    ids = {t.i for t in tokens}
    return next((c for c in head.head.children if c.i in ids and set_side_by_side(head, c)), None) \
        if head.dep_ == "appos" else None


def _introduced_unnamed(head: Token) -> bool:
    """"The armed group" after "held by an armed group": the description repeats one the article
    introduced without a name, so it is no named organisation mentioned before."""
    mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    lemma = head.lemma_.lower()
    if not mods:
        # (a bare "The regulator" right after "The national transport safety regulator is expected to ..." as the
        # subject of the sentence before: that body, not one named earlier)
        doc = head.doc
        start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        return any(t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and
                   any(c.dep_ in ("amod", "compound") for c in t.children) and
                   not any(w.pos_ == "PROPN" and w.text[:1].isupper() or w.dep_ == "appos" for w in t.subtree)
                   for t in doc[start:head.i])
    return any(t.lemma_.lower() == lemma and mods <= {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
               and t.dep_ not in ("appos", "compound") and not any(c.dep_ == "appos" for c in t.children)
               for t in head.doc[:head.i])


def _describes_a_body(ent, head: Token) -> bool:
    """The name stands before the word for an outlet or body it describes ("the Arnskog business
    newspaper Kvartalsposten", "the Orlisk city council"): a place or owner, not who speaks."""
    if ent.end > head.i:
        return False
    return any(t.is_lower and t.lemma_.lower() in OUTLET_NOUNS | ORGANIZATION_NOUNS for t in head.doc[ent.end:head.i + 1])


def _names_another_than_the_speaker(name: Span, head: Token) -> bool:
    """A name in a phrase on the speaker's words that names where they are or whom they speak for, not them."""
    return _names_the_place_before(name, head) or _names_whom_they_speak_for(name, head)


def _names_the_place_before(name: Span, head: Token) -> bool:
    """The name set after a comma beside a word for a place in a phrase on ``head`` ("Police in the regional capital,
    Velmstadt") names that place, whatever NER and the parser made of it."""
    doc = head.doc
    if name.start < 2 or doc[name.start - 1].text != "," or len(name) > 1:
        return False  # (not two words, a person's name: "A coach from the northern region, Tilde Varnasse")
    place = doc[name.start - 2]
    return place.is_lower and place.lemma_.lower() in PLACE_NOUNS and _in_a_phrase_of(place, head)


def _names_whom_they_speak_for(name: Span, head: Token) -> bool:
    """The name in a phrase on a common noun ("Lawyers for the former chairman, Osbert X", "A spokesman for the
    streaming service Reelhaven") that names the person or body the phrase is about, set beside a word for one:
    whom they speak for, not who speaks ("A spokeswoman for Quillport, Verity Coyle" names her)."""
    doc = head.doc
    if head.pos_ != "NOUN" or name.start < 2 or not names_a_person(head):
        return False
    comma = doc[name.start - 1].text == ","
    described = doc[name.start - 2] if comma else doc[name.start - 1]
    if described.i == head.i or described.pos_ != "NOUN" or not _in_a_phrase_of(described, head):
        return False
    # (after a comma only a person beside a word for several: "A lawyer for the kiosk owner, X" and "A spokesman for
    # the ministry, Y" name who speaks)
    if comma:  # (or a business's name: "A lawyer for the largest of the firms, Tovarek Trading, said")
        return head.tag_ == "NNS" and names_a_person(described) or \
            bool({w.lower() for w in name.text.split()} & ORGANIZATION_NAME_WORDS)
    return described.lemma_.lower() in ORGANIZATION_DESCRIPTORS | OUTLET_NOUNS


def _in_a_phrase_of(tok: Token, head: Token) -> bool:
    """``tok`` sits in a prepositional phrase of the common noun ``head`` ("a filing by Halcyre with
    the Ormeda stock exchange"): it describes the source, it does not speak."""
    if head.pos_ != "NOUN" or tok.i == head.i:
        return False
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj":
            return True
        tok = tok.head
    return False


def _partitive(head: Token) -> bool:
    """"two of the people", "one of them": a number or quantifier with an "of" phrase."""
    return (head.like_num or head.lower_ in QUANTIFIERS) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _someone(tok: Token) -> bool:
    """A word that can name who speaks: a name, an unnamed source, a word for people."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP") or \
        tok.lemma_.lower() in ANONYMOUS_NOUNS or names_people(tok)


def _people_conjunct(tokens: list[Token]) -> Optional[list[Token]]:
    """The unnamed people coordinated with what comes first in a phrase ("the document and four
    officials who have read it"), or None."""
    ids = {t.i for t in tokens}
    head = _head_of(tokens)
    # (the parser may join them to who saw the document: "emails seen by the agency and three people")
    seers = [g for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in DOCUMENT_PARTICIPLES
             for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    for c in [c for h in [head, *seers] for c in h.children]:
        if c.dep_ == "conj" and c.i in ids:
            conjunct = [t for t in c.subtree if t.i in ids]
            if _cites_people(conjunct) or _partitive(_head_of(conjunct)):
                return conjunct
    return None


def _named_member(head: Token) -> Optional[Token]:
    """The name in apposition to "one of ..." ("One of them, Judge Kvetoslav Falkmoor", "one of the mothers,
    Jolanda, 44"): a person NER tagged, or a capitalised word it took for something else but a body."""
    # (also an apposition the parser read as a conjunct: a name after a comma and no "and")
    # (or after a person's title, whatever NER made of it: "One of the two rebels, Councillor Brisolde Sandergrave")
    return next((c for c in head.children if (c.dep_ == "appos" or c.dep_ == "conj" and _comma_no_and(head, c)) and
                 c.i > head.i and (_partitive(head) or head.lower_ == "other") and
                 (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" and c.is_title and (
                     c.ent_type_ != "ORG" or any(_is_a_title(t) for t in c.subtree if t.i < c.i) or
                     # (or a business one of a group of them: "Three container lines ... One of them, Vessenholt
                     # Lines, said")
                     c.lower_ in ORGANIZATION_NAME_WORDS or _one_of_the_bodies(head)))), None)


def _one_of_the_bodies(head: Token) -> bool:
    """"one of the utilities", or "one of them" after "Four power companies": a member of a group of businesses or
    bodies (so a name set beside it is that body's, whatever NER tagged)."""
    group = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if group is None:
        return False
    if group.lower_ == "them":  # the last counted group named before, in this sentence or the one before
        doc = head.doc
        start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        group = next((t for t in reversed(doc[start:head.i]) if t.tag_ == "NNS" and
                      any(c.dep_ == "nummod" for c in t.children)), None)
    if group is None:
        return False
    lemma = group.lemma_.lower()
    return lemma in ORGANIZATION_NOUNS or business_word(lemma)


def _comma_no_and(head: Token, conj: Token) -> bool:
    """The conjunct ``conj`` of ``head`` is set off by a comma with no conjunction before it."""
    return conj.doc[conj.left_edge.i - 1].text == "," and \
        not any(c.dep_ in ("cc", "preconj") and head.i < c.i < conj.i for c in head.children)


def _given_name_alone(named: Token, head: Token) -> bool:
    """A single word NER did not tag as a person, naming one of a group of people ("one of the mothers,
    Jolanda"): it is that person's name however NER read it."""
    group = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return named.ent_type_ != "PERSON" and not any(c.dep_ == "compound" for c in named.children) and \
        group is not None and (group.lemma_.lower() in ANONYMOUS_NOUNS or names_people(group))


def _without_leading_descriptor(name: Span) -> Span:
    """"Drugmaker Orvane recalls ..." opening a headline or a sentence: the capitalised word for a kind of
    business is its description, not part of the name (NER takes both); not "Carrier Holdings", whose other
    words are a name's words alone."""
    first, rest = name[0], name[1:]
    if len(name) >= 2 and first.is_sent_start and business_word(first.lower_) and \
            all(t.pos_ == "PROPN" and t.is_title for t in rest) and \
            not all(t.lower_ in ORGANIZATION_NAME_WORDS for t in rest):
        return rest
    return name


def _appositions_within(person: Span, tokens: list[Token]) -> list[Token]:
    """The appositions of a name inside the mention (one outside it is someone else's: "the operator,
    Saltmarch Cruises, 312 of the passengers" where the parser linked the name to the clause)."""
    ids = {t.i for t in tokens}
    return [c for c in person.root.children if c.dep_ == "appos" and c.i in ids]


def _people_word(word: str) -> bool:
    """"Engineers" (capitalised at a sentence's start, so tagged as a name): a plural word for people,
    which no outlet's name opens with ("Engineers at Stannerlight Grid reported in writing"; "The
    Observer" may be a paper)."""
    low = word.lower()
    one = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return one != low and (one in ANONYMOUS_NOUNS or one.endswith(PEOPLE_NOUN_ENDINGS) and one not in NOT_PEOPLE_NOUNS)


def _cites_people(cited: list[Token]) -> bool:
    """"citing officials", "citing three engineers involved in the launch": unnamed people, by an
    anonymity noun or a count; not "citing data" or "citing the ministry"."""
    head = _head_of(cited)
    # (or a counted collective: "citing six current and former campaign staff")
    return head.lemma_.lower() in ANONYMOUS_NOUNS or head.pos_ == "NOUN" and head.tag_ == "NNS" and (
        any(c.dep_ == "nummod" for c in head.children) or names_people(head)) or \
        head.lemma_.lower() in COLLECTIVE_PEOPLE_NOUNS and any(c.dep_ == "nummod" for c in head.children)


def _head_of(tokens: list[Token]) -> Token:
    """The span's head word: the first word that hangs outside it, but not a determiner or a
    possessor where a misparse hangs the noun outside too ("the fund's records" under a "show" read
    as a noun)."""
    ids = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in ids or t.head.i == t.i] or tokens
    subjects = [c for c in tops[0].children if c.dep_ == "nsubj" and c.i < tops[0].i] if len(tops) == 1 else []
    if tops[0].pos_ == "VERB" and tops[0].dep_ == "csubj" and len(subjects) >= 2 and subjects[0].pos_ == "NOUN":
        return subjects[0]  # "A safety code the ministry sends to organisers warns": a zero relative clause
    kept = [t for t in tops if t.dep_ not in ("det", "predet", "poss", "case", "amod", "nummod")]
    # (a noun before a word the tagger could not place: "the sports daily Gazzetta Ruvesca", "daily" an adverb)
    return next((t for t in kept if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")), kept[0] if kept else tops[0])


def without_relative_clause(tokens: list[Token]) -> list[Token]:
    """The source mention without a non-restrictive relative clause (", who declined to be named"):
    PolNeAR's source span keeps it after the verb, but it says nothing about who the speaker is."""
    for t in tokens:
        if t.dep_ == "relcl" and t.left_edge.i > tokens[0].i and t.doc[t.left_edge.i - 1].text in (",", "--", "—", "–"):
            kept = [k for k in tokens if k.i < t.left_edge.i - 1]
            return kept or tokens
    return tokens


def _note_cited_document(reg: _Registry, tokens: list[Token], reporter: Source) -> None:
    """A document an outlet or a body cited ("citing internal documents"): a source of its own, mentioned there, which
    reached us through whoever cited it ("The memo, dated Sept. 28, says" later)."""
    document = reg.new("document", role=_strip_det(_span_text(tokens)), head=_head_of(tokens).lemma_.lower(),
                       via=[reporter.name or reporter.role or "outlet"])
    document.mentions.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))


#: a name someone is known by in the story only: "who gave his name only as Harun", "identified only as Witness C"
_NAME_GIVEN_ONLY_AS = re.compile(r"\b(?:gave (?:his|her|their) (?:first )?name (?:only )?as|identified (?:[\w ]{0,30}?)"
                                 r"only as|named only as|known only as)\s+([A-Z][\w'-]*\.?(?:\s+[A-Z][\w'-]*\.?)?)")


def resolve_sources(doc: Doc, text: str, found: list, attributions: list[Attribution],
                    outlets: frozenset[str] = frozenset()) -> list[Source]:
    """Fill ``speaker``, ``source_count`` and ``via`` of each attribution; return the sources.
    ``outlets``: lower-cased names known to be news outlets."""
    # a wire dateline names the agency that "the agency" refers to: "GENEVA (Meridian) - ..."
    agency = agency_of(text)
    r = _Resolver(doc, text, outlets, agency)
    reg = r.reg
    if agency:
        reg.new("outlet", name=agency, head="agency")
    # organisations and people named anywhere before a pronoun can be its antecedent
    order = sorted(range(len(found)), key=lambda k: found[k].cue[0].i)
    for k in order:
        f, a = found[k], attributions[k]
        if not f.source:
            continue
        cue_head = max(f.cue, key=lambda t: t.pos_ == "VERB")
        who = without_relative_clause(f.source)
        # "according to internal emails seen by the agency and three people familiar with the
        # matter": the people, whose number the reader needs, speak for both
        who = (_people_conjunct(who) if _head_of(who).lemma_.lower() in DOCUMENT_NOUNS else None) or who
        if f.path == "tag" and f.source_head.lemma_.lower() not in UNNAMED_TAG_NOUNS:
            # "Headline — Agency": the tag names an outlet ("Headline - sources": a group)
            name = _span_text(f.source)
            src = reg.by_name(name) or reg.new("outlet", name=name, head=f.source_head.lemma_.lower())
        elif f.path == MISREAD_DOCUMENT_PATH:
            # "..., loading records submitted to the inquiry show.": a closing evidence clause the tagger
            # misread, whose document the extractor found
            src = reg.new("document", role=_strip_det(_span_text(who)), head=f.source_head.lemma_.lower())
        else:
            src = r.resolve(who, cue_head)
        if src.kind == "anonymous_person" and not src.name:
            # "A spokesman for the militia, who gave his name only as Harun, said": unnamed, but known by that name
            given = _NAME_GIVEN_ONLY_AS.search(_span_text(f.source))
            if given is not None:
                src.name = given.group(1).rstrip(".,")
        if src.kind in ("person", "anonymous_person"):  # "a census worker ... He did not respond": a man
            r.note_pronoun(src, who, a.content.text)
        if src.kind in ("unknown", "organization") and src.name and cue_head.lemma_.lower() == "report" and \
                not _people_word(src.name.split()[0]) and (
                f.cited and (_cites_people(f.cited) or _head_of(f.cited).lemma_.lower() in DOCUMENT_NOUNS) or
                f.path == "ccomp" and not set(re.findall(r"[a-z]+", src.name.lower())) & ORGANIZATION_NAME_WORDS
                and not described_as_business(doc, src.name)):
            # a name that reported, citing unnamed people or documents, or "reported that ..." with no word
            # of a business in it or around it, is a news outlet ("The Dawnquill reported that ...")
            src.kind = "outlet"
        src.mentions.append((a.source.spans[0][0], a.source.spans[0][1]))
        reg.mentioned(src)
        reg.words.setdefault(src.id, set()).update(w.lower() for w in _span_text(who).split())
        a.speaker = Speaker(source_id=src.id, name=src.name, kind=src.kind)
        if src.kind == "outlet":
            r.reporting.append(src.id)
        via = list(reg.via.get(src.id, []))
        # "X told Meridian", "sources told the agency": the statement reached us through that outlet
        told = r.outlet_for(_recipient(f.head)) if f.head is not None and src.kind != "outlet" else None
        reached: list[Token] = []
        if told is None and src.kind != "outlet" and who:  # "Four of them, reached by Harrowvane Press Agency, said"
            reached = _seen_by(list(_head_of(who).subtree), REACHING_VERBS)
            told = r.outlet_for(reached) if reached else None
        if told is not None:
            via = [told.name or told.role or "outlet"]
            if src.kind in ("anonymous_group", "anonymous_person") and (not reg.via.get(src.id) or reached):
                reg.via[src.id] = via  # the outlet's own sources from here on (those it reached itself, whoever
                # cited the group they belong to: "Nine co-authors asked ..., according to the notice. Four of them,
                # reached by the agency, said ... Two said")
        if not via and src.kind != "outlet":
            # "a letter seen by the Journal said", "In one message seen by the Journal, a manager wrote"
            seer = _seen_by(who) or next((_seen_by(list(c.subtree)) for c in cue_head.children
                                          if c.dep_ == "prep" and c.i < who[0].i), [])
            seen = r.outlet_for(seer)
            name = _strip_det(_span_text(seer)) if seer else ""
            own = agency and (name == agency or agency.startswith(name + " "))  # "seen by Brennock" (Press)
            if seen is None and seer and _head_of(seer).pos_ == "PROPN" and not own:
                seen = reg.by_name(name) or reg.new("outlet", name=name, head=_head_of(seer).lemma_.lower())
                reg.mentioned(src)  # the document, not the paper that saw it, is what "it" means next
            if seen is not None and not own and seen.name != agency:  # (the agency's own reporting: no via)
                via = [seen.name or seen.role or "outlet"]
                if src.kind == "document":
                    reg.via[src.id] = via
        if not via and src.kind != "outlet":
            # "according to an internal memo published by the weekly Kantor", "The ministry, in a statement carried
            # by the state news agency Saldopress, said": what an outlet put out reached us through it
            carrier = _seen_by(who, CARRYING_VERBS) or next((_seen_by(list(c.subtree), CARRYING_VERBS)
                                                             for c in cue_head.children if c.dep_ == "prep"), [])
            # (a paper, a site or a news agency: not "Satellite images published by the Orvandy Space Agency")
            carried = r.outlet_for(carrier) if any(_news_outlet_word(t) for t in carrier) else None
            if carried is not None and carried.name != agency:
                via = [carried.name or carried.role or "outlet"]
                if src.kind == "document":
                    reg.via[src.id] = via
        count = src.count
        if src.kind == "person":
            count = 1
        if f.cited:
            # ("citing the document and four officials who have read it": the officials are counted)
            # (or "citing tracking data and six chartering managers", "customs declarations and two of the dealer's
            # former employees": whatever comes first that is not people)
            people = _people_conjunct(f.cited) if _head_of(f.cited).lemma_.lower() in DOCUMENT_NOUNS or not (
                _cites_people(f.cited) or _partitive(_head_of(f.cited))) else None
            if people is not None and src.kind in ("outlet", "organization"):
                # ("reported, citing an internal memo and two officials. The memo, dated Sept. 28, says": the memo is
                # the report's source as well, reached through it)
                paper = [t for t in f.cited if t.i < people[0].i and t.dep_ != "cc" and not t.is_punct]
                if paper:
                    _note_cited_document(reg, paper, src)
            cited = people or f.cited
            cited_head = _head_of(cited)
            # "citing two of the people": members of the group the report cited before
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > cited_head.i for c in cited_head.children)
            # (the same words may have been a speaker already: "quoting a ministry official as saying")
            group = r.resolved.get(cited_head.i) if _cites_people(cited) or _partitive(cited_head) else None
            if group is None:
                group = r._as_member(Mention(cited, cited_head, cue_head)) if _partitive(cited_head) else \
                    r.resolve(cited, cue_head) if named and _cites_people(cited) else \
                    r._anonymous(cited, cited_head) if _cites_people(cited) else None
            # ("quoting the chief prosecutor, Osmunda Strollinger, as saying": a person the text names)
            if group is not None:
                group.mentions.append((cited[0].idx, cited[-1].idx + len(cited[-1])))
                r.resolved[cited_head.i] = group  # (the same words as a speaker: "quoting Y as saying")
                r.note_members_included(group, cited_head, src)
                citing = _head_of(cited).head  # ("The paper cited four people ..., two of whom said": the paper)
                by = next((r.outlet_for(list(c.subtree)) for c in citing.children if c.dep_ == "nsubj"), None) \
                    if citing.lemma_.lower() in ("cite", "quote") and citing.i != cue_head.i else None
                if src.kind in ("outlet", "organization"):
                    reg.via[group.id] = [src.name or src.role or "outlet"]
                    via = reg.via[group.id]
                elif via:  # "the report said, citing three people": the report's outlet cited them
                    reg.via[group.id] = via
                elif by is not None and by.kind == "outlet":
                    reg.via[group.id] = [by.name or by.role or "outlet"]
                    if src.kind in ("anonymous_group", "anonymous_person") and \
                            any(t.lower_ == "whom" for t in who or []):  # "..., two of whom said": of those cited
                        src.parent = group.id
                        reg.via[src.id] = via = list(reg.via[group.id])
                # (the speaker one of those cited keeps its own count: "citing four people ..., two of whom said")
                count = 1 if group.kind == "person" else src.count if src.parent == group.id else group.count
            elif src.kind == "outlet" and (relayed := r.outlet_for(f.cited)) is not None and relayed.id != src.id:
                # "The daily Handelsruf, citing the aviation newsletter Tailplane, reported": through Tailplane
                via = [relayed.name or relayed.role or "outlet"]
                relayed.mentions.append((f.cited[0].idx, f.cited[-1].idx + len(f.cited[-1])))
            elif _head_of(f.cited).lemma_.lower() in DOCUMENT_NOUNS and src.kind in ("outlet", "organization"):
                # "reported, citing internal documents": the documents are the report's source
                _note_cited_document(reg, f.cited, src)
                if src.kind == "outlet":  # what it reports has reached us through it, as from the people it cites
                    via = [src.name or src.role or "outlet"]
        if not via and src.kind == "outlet" and src.name and src.name != agency and \
                not _speaks_for_itself(f.cue, a.content.text):
            # "The paper said ...", "the trade journal X said on its website": what another outlet reports
            # reached this article through it, whether or not it said whom it had it from
            via = [src.name]
        a.source_count = count
        a.via = via
    for s in reg.sources:
        s.mentions.sort()
    # "According to the Evening Post, the suspect told investigators ...": a statement inside an
    # outlet's report reached us through that outlet
    for a in attributions:
        if a.via or (a.speaker is not None and a.speaker.kind == "outlet"):
            continue
        # (or the same statement framed twice: "X said Y, according to the newspaper")
        outer = next((b for b in attributions if b is not a and b.speaker is not None and
                      (any(s <= a.cue.start and a.cue.end <= e for s, e in b.content.spans) or
                       b.content.spans == a.content.spans and b.cue.text.lower() == "according to") and
                      (b.speaker.kind == "outlet" and b.speaker.name or b.via)), None)
        if outer is not None:
            a.via = [outer.speaker.name] if outer.speaker.kind == "outlet" and outer.speaker.name else list(outer.via)
    # a later mention may have settled who a source is ("Dravenholt Athletic dismissed ..., the club
    # said": a club); every attribution reports its source as finally known
    final = {s.id: s for s in reg.sources}
    for a in attributions:
        if a.speaker is not None and a.speaker.source_id in final:
            src = final[a.speaker.source_id]
            if a.speaker.kind == "person" and src.kind != "person" and a.source_count == 1:
                a.source_count = src.count  # (one person no more: a business NER took for one)
            a.speaker = Speaker(source_id=src.id, name=src.name, kind=src.kind)
    return reg.sources
