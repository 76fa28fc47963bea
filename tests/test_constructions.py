"""Each construction wire copy is made of, on sentences written for these tests.

These run the real spaCy model and the shipped cue model; they assert spans, sources, counts,
reporting chains and modality rather than just "something was found".
"""
from __future__ import annotations

import pytest

import claimtrace


@pytest.fixture(scope="module")
def nlp():
    return claimtrace.load()


def run(nlp, text):
    return claimtrace.extract(text, nlp=nlp)


def by_cue(article, cue):
    hits = [a for a in article.attributions if a.cue.text == cue]
    assert hits, f"no attribution with cue {cue!r}; got {[a.cue.text for a in article.attributions]}"
    return hits[0]


def by_source(article, source):
    hits = [a for a in article.attributions if a.source is not None and a.source.text == source]
    got = [a.source and a.source.text for a in article.attributions]
    assert hits, f"no attribution with source {source!r}; got {got}"
    return hits[0]


def source_of(article, attribution):
    return next(s for s in article.sources if s.id == attribution.speaker.source_id)


def test_direct_quote_cue_after(nlp):
    text = '"We will not sign this agreement," Foreign Ministry spokeswoman Anna Berg said on Tuesday.'
    a = by_cue(run(nlp, text), "said")
    assert a.kind == "direct"
    assert a.content.text == '"We will not sign this agreement,"'
    assert a.source.text == "Foreign Ministry spokeswoman Anna Berg"
    assert a.speaker.name == "Anna Berg" and a.speaker.kind == "person"
    assert a.source_count == 1


def test_direct_quote_cue_before_with_colon(nlp):
    text = 'The chief negotiator, Tomas Reiner, said: "We came here to stop the killing, not to trade lists."'
    art = run(nlp, text)
    a = by_cue(art, "said")
    assert a.kind == "direct"
    assert a.content.text == '"We came here to stop the killing, not to trade lists."'
    src = source_of(art, a)
    assert src.name == "Tomas Reiner" and src.role == "chief negotiator"


def test_quote_split_around_the_cue(nlp):
    text = '"We are ready," Reiner said, "but not at any price."'
    a = by_cue(run(nlp, text), "said")
    assert a.kind == "direct"
    assert [text[s:e] for s, e in a.content.spans] == ['"We are ready,"', '"but not at any price."']


def test_quote_continues_after_the_cue_and_over_paragraphs(nlp):
    text = ('"The harvest is lost," the farmer said. "We have nothing left to sell.\n\n'
            '"Next year we will plant again, if the rain comes."\n\nOfficials did not comment.')
    a = by_cue(run(nlp, text), "said")
    pieces = [text[s:e] for s, e in a.content.spans]
    assert pieces == ['"The harvest is lost,"', '"We have nothing left to sell.',
                      '"Next year we will plant again, if the rain comes."']


@pytest.mark.parametrize("verb", ["warned", "insisted", "acknowledged", "added"])
def test_indirect_speech_with_reporting_verbs(nlp, verb):
    text = f"The finance minister {verb} that the budget would be cut by a fifth next year."
    a = by_cue(run(nlp, text), verb)
    assert a.kind == "indirect"
    assert a.content.text == "that the budget would be cut by a fifth next year"
    assert a.source.text == "The finance minister"


def test_told_agency_that(nlp):
    text = "The mayor told Meridian that the bridge would reopen in May."
    art = run(nlp, text)
    a = by_cue(art, "told")
    assert a.content.text == "that the bridge would reopen in May"
    assert a.source.text == "The mayor"


def test_denied(nlp):
    text = "The ministry denied that any soldiers had crossed the border."
    a = by_cue(run(nlp, text), "denied")
    assert a.content.text == "that any soldiers had crossed the border"
    assert a.speaker.kind == "organization"


def test_cue_after_indirect_content(nlp):
    text = "The talks will resume on Wednesday, a spokesman for the mediators said."
    art = run(nlp, text)
    a = by_cue(art, "said")
    assert a.content.text == "The talks will resume on Wednesday"
    assert a.source.text == "a spokesman for the mediators"
    assert a.speaker.kind == "anonymous_person" and a.source_count == 1


def test_cue_inside_the_content(nlp):
    text = "The ceasefire, the general said, would hold through the weekend."
    a = by_cue(run(nlp, text), "said")
    assert [text[s:e] for s, e in a.content.spans] == ["The ceasefire", "would hold through the weekend"]


@pytest.mark.parametrize("text, content", [
    ('Berg said the rebels\' offer was "a non-starter" for her government.',
     'the rebels\' offer was "a non-starter" for her government'),
    # a quote that finishes a clause: the clause before it is in the content
    ('Biden "has a lot of good roles to play," said Doyle, a party strategist.',
     'Biden "has a lot of good roles to play,"'),
    # a coordinated clause without a statement of its own stays in the content
    ('The union said it had not been consulted and would consider "all legal options."',
     'it had not been consulted and would consider "all legal options."'),
    ('Stefan Grau said his client denied any involvement and would be released "within days."',
     'his client denied any involvement and would be released "within days."'),
])
def test_mixed_speech(nlp, text, content):
    a = by_cue(run(nlp, text), "said")
    assert (a.kind, a.content.text) == ("mixed", content)


def test_according_to(nlp):
    text = "According to two people briefed on the talks, the delegations will meet again on Friday."
    a = by_cue(run(nlp, text), "According to")
    assert a.source.text == "two people briefed on the talks"
    assert a.content.text == "the delegations will meet again on Friday"
    assert a.source_count == 2 and a.speaker.kind == "anonymous_group"


def test_said_in_a_statement(nlp):
    text = "The Red Cross said in a statement that its teams could not reach the city."
    a = by_cue(run(nlp, text), "said in a statement")
    assert a.content.text == "that its teams could not reach the city"
    assert a.modality == "asserted" and a.hedges == []  # "could not reach": they were unable to, no guess


def test_in_an_interview_with(nlp):
    text = "In an interview with Meridian, the governor said the fires were under control."
    a = by_cue(run(nlp, text), "said")
    assert a.content.text == "the fires were under control"
    assert a.source.text == "the governor"


def test_outlet_reported_and_has_learned(nlp):
    art = run(nlp, "The Harbour Times reported that the port would close. Meridian has learned that the deal is off.")
    a = by_cue(art, "reported")
    assert a.speaker.kind == "outlet" and a.speaker.name == "Harbour Times"
    b = by_cue(art, "has learned")
    assert b.content.text == "that the deal is off"


def test_it_was_reported_by(nlp):
    text = "It was reported by the Harbour Times that the minister had resigned."
    a = by_cue(run(nlp, text), "was reported")
    assert a.source.text == "the Harbour Times"
    assert a.content.text == "that the minister had resigned"


def test_headline_agency_tag_and_sources_say(nlp):
    art = run(nlp, "Ceasefire deal near, sources say\n\nThe two sides met on Monday.")
    a = by_cue(art, "say")
    assert a.content.text == "Ceasefire deal near" and a.speaker.kind == "anonymous_group"
    art = run(nlp, "Port reopens after strike — Meridian\n\nDock workers returned on Monday.")
    b = by_cue(art, "—")
    assert b.content.text == "Port reopens after strike"
    assert b.speaker.name == "Meridian" and b.speaker.kind == "outlet"


def test_reporting_chain_outlet_citing_officials(nlp):
    text = ("The Harbour Times reported on Monday, citing three officials, that the minister would resign. "
            "Two of the sources said the decision was final.")
    art = run(nlp, text)
    a = by_cue(art, "reported")
    assert a.content.text == "that the minister would resign"
    assert a.source_count == 3
    assert a.via == ["Harbour Times"]
    b = by_cue(art, "said")
    assert b.source_count == 2
    assert b.via == ["Harbour Times"]
    sub = source_of(art, b)
    parent = next(s for s in art.sources if s.id == sub.parent)
    assert parent.count == 3 and parent.kind == "anonymous_group"


def test_papers_sources_and_people_who_spoke_to_the_newspaper(nlp):
    text = ("The Harbour Times said the port would close. The paper's sources said the decision was final. "
            "People who spoke to the newspaper said workers had not been told.")
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text == "said"]
    assert said[1].via == ["Harbour Times"]
    assert said[2].via == ["Harbour Times"]
    assert said[2].speaker.kind == "anonymous_group"


@pytest.mark.parametrize("subject,count,kind", [
    ("Five current and former officials familiar with the ministry's thinking", 5, "anonymous_group"),
    ("A dozen people", 12, "anonymous_group"),
    ("One person briefed on the talks", 1, "anonymous_person"),
    ("12 diplomats", 12, "anonymous_group"),
    ("Several officials", None, "anonymous_group"),
    ("A senior diplomat", 1, "anonymous_person"),
])
def test_anonymous_sources_and_counts(nlp, subject, count, kind):
    art = run(nlp, f"{subject} said the plan had been shelved.")
    a = by_cue(art, "said")
    assert a.source.text == subject
    assert a.speaker.kind == kind
    assert a.source_count == count


def test_subsets_keep_parent_and_chain(nlp):
    text = ("GENEVA (Meridian) - Meridian spoke to four officials. The agency's sources said the talks had stalled. "
            "Three of them said a deal could still be reached. Another source said the mediators were tired. "
            "All four officials said the talks would go on.")
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text == "said"]
    group = source_of(art, said[0])
    assert group.kind == "anonymous_group" and said[0].via == ["Meridian"]
    three = source_of(art, said[1])
    assert three.parent == group.id and said[1].source_count == 3 and said[1].via == ["Meridian"]
    another = source_of(art, said[2])
    assert another.kind == "anonymous_person" and another.parent == group.id
    assert said[3].source_count == 4


def test_pronouns_and_definite_descriptions_resolve(nlp):
    text = ("Colonel Ivo Stenk, a spokesman for the army, denied the report. "
            "He said no troops had moved. The rebels were regrouping, the colonel added.")
    art = run(nlp, text)
    first = by_cue(art, "denied")
    he = by_cue(art, "said")
    colonel = by_cue(art, "added")
    assert he.speaker.source_id == first.speaker.source_id == colonel.speaker.source_id
    assert he.speaker.name == "Ivo Stenk" and he.source_count == 1
    src = source_of(art, he)
    assert len(src.mentions) == 3


def test_they_resolves_to_a_group(nlp):
    text = "Three aid workers said the road was blocked. They said food would run out within a week."
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text == "said"]
    assert said[1].speaker.source_id == said[0].speaker.source_id
    assert said[1].source_count == 3


def test_named_source_with_apposition_role(nlp):
    text = "Anna Berg, a spokeswoman for the ministry, said the talks would continue."
    art = run(nlp, text)
    a = by_cue(art, "said")
    src = source_of(art, a)
    assert src.name == "Anna Berg" and src.role == "spokeswoman for the ministry"


@pytest.mark.parametrize("sentence,hedges", [
    ("The minister said the talks could collapse.", ["could"]),
    ("Officials said the plant may close next year.", ["may"]),
    ("The envoy said the deal would possibly be signed in May.", ["possibly"]),
    ("Analysts said the bank is likely to raise rates.", ["is likely to"]),
    ("The governor said the army had reportedly left the town.", ["reportedly"]),
])
def test_hedged_content(nlp, sentence, hedges):
    a = by_cue(run(nlp, sentence), "said")
    assert a.modality == "hedged"
    assert a.hedges == hedges


@pytest.mark.parametrize("sentence", [
    "The minister said the talks will resume on Monday.",
    "The minister said the army has left the town.",
    "The minister said the bridge is closed.",
])
def test_asserted_content(nlp, sentence):
    a = by_cue(run(nlp, sentence), "said")
    assert a.modality == "asserted" and a.hedges == []


def test_boilerplate_appeals_yield_no_attributions(nlp):
    text = ("Port strike ends after deal\n\n"
            "The union said the strike was over.\n\n"
            "Sign up for our morning briefing to get the news that matters in your inbox.\n\n"
            "Support independent journalism: become a member today.\n")
    art = run(nlp, text)
    assert art.title == "Port strike ends after deal"
    assert len(art.boilerplate) == 2
    for a in art.attributions:
        for s, e in a.content.spans + a.cue.spans:
            assert not any(bs <= s < be for bs, be in art.boilerplate)
    assert [a.cue.text for a in art.attributions] == ["said"]


def test_offsets_index_the_original_text(nlp):
    text = "Intro\r\n\r\n“We will not sign,” she said.\tThe minister said  the talks   could fail."
    art = run(nlp, text)
    assert art.text == text
    got = [(a.cue.spans, a.content.spans, a.source.spans) for a in art.attributions]
    # the quote starts after "Intro\r\n\r\n" (9 code points); the tab and double spaces count
    assert got == [([(33, 37)], [(9, 28)], [(29, 32)]), ([(52, 56)], [(58, 80)], [(39, 51)])]
    assert [a.content.text for a in art.attributions] == ["“We will not sign,”", "the talks   could fail"]


def test_spacy_component(nlp):
    import spacy

    bare = spacy.load(claimtrace.Settings().model)
    bare.add_pipe("claimtrace")
    doc = bare('"We will not sign," she said.')
    assert [a.kind for a in doc._.attributions] == ["direct"]
    assert doc._.sources and doc._.boilerplate == []


@pytest.mark.parametrize("dateline", ["LORENTH, June 12 (Meridian) - ", "REDBANK, Oregon, Aug 3 (Meridian) - ",
                                      "SANKT VÖLKERBRÜCK, May 2 (Meridian) - ", "ŁOMNICZE, Jan. 9 (Meridian) - "])
def test_dateline_is_not_the_source_and_names_the_agency(nlp, dateline):
    text = (dateline + "The opposition party said on Thursday that it would not accept "
            "the results. The agency's sources said a recount was likely.")
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text.startswith("said")]
    assert said[0].source.text == "The opposition party"
    assert said[0].content.text == "that it would not accept the results"
    assert said[1].via == ["Meridian"]


def test_ordinal_member_of_a_group(nlp):
    text = ("The paper's sources said the plan was ready. Two of the sources said it could change. "
            "A third said the minister was comfortable with it.")
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text == "said"]
    third = source_of(art, said[2])
    assert third.kind == "anonymous_person" and said[2].source_count == 1
    assert third.parent == said[0].speaker.source_id


def test_aid_agencies_are_not_an_outlet(nlp):
    text = "GENEVA (Meridian) - Aid agencies warned that food stocks were running out."
    a = by_cue(run(nlp, text), "warned")
    assert a.speaker.kind != "outlet" and a.via == []


def test_the_same_description_is_the_same_source(nlp):
    text = ("The main opposition party said it would not accept the result. "
            "The main opposition party also said it would appeal.")
    art = run(nlp, text)
    ids = {a.speaker.source_id for a in art.attributions}
    assert len(ids) == 1


def test_outlet_citing_officials_with_that_clause_as_root(nlp):
    text = ("The Brussels newspaper Le Courrier reported on Wednesday, citing four EU officials, that the "
            "Commission had softened its stance.")
    a = by_cue(run(nlp, text), "reported")
    assert a.content.text == "that the Commission had softened its stance"
    assert a.source_count == 4 and a.via == ["Le Courrier"]


def test_governing_verb_joins_an_infinitive_cue(nlp):
    art = run(nlp, "The minister refused to say whether the border would reopen.")
    a = by_cue(art, "refused to say")
    assert a.content.text == "whether the border would reopen"


@pytest.mark.parametrize("text, cue, content", [
    ("Police declined to confirm the report.", "declined to confirm", "the report"),
    ("A spokesman for the maritime court declined to say when a ruling was expected.", "declined to say",
     "when a ruling was expected"),
])
def test_a_refusal_is_one_record_not_also_the_refusing_verb_alone(nlp, text, cue, content):
    [a] = run(nlp, text).attributions
    assert (a.cue.text, a.content.text) == (cue, content)


def test_company_named_then_described(nlp):
    text = ("Medora Pharma said the contract was lawful. "
            "The company said it had done nothing wrong.")
    art = run(nlp, text)
    said = [a for a in art.attributions if a.cue.text == "said"]
    assert said[0].speaker.kind == "organization" and said[0].speaker.name == "Medora Pharma"
    assert said[1].speaker.source_id == said[0].speaker.source_id
    assert said[0].source_count is None  # an organisation is not a head count


def test_bare_number_of_people(nlp):
    text = "Of 14 current and former staff interviewed by Meridian, 10 said they had been questioned."
    a = by_cue(run(nlp, text), "said")
    assert a.source.text == "10" and a.source_count == 10 and a.speaker.kind == "anonymous_group"


def test_a_quote_that_ends_its_sentence_is_not_the_next_clauses_content(nlp):
    text = ('A spokeswoman said the company "does not comment on market rumour." '
            "Norcrest declined to comment.")
    art = run(nlp, text)
    declined = [a for a in art.attributions if a.cue.text.startswith("declined")]
    assert all("rumour" not in a.content.text for a in declined)


def test_the_papers_sources_are_the_group_it_cited(nlp):
    text = ("The Financial Daily reported on Monday, citing three officials, that the vote was close. "
            "The paper's sources said two members had dissented.")
    art = run(nlp, text)
    said = by_cue(art, "said")
    assert said.via == ["Financial Daily"] and said.source_count == 3


def test_an_outlets_account_is_a_document_relayed_by_it(nlp):
    text = ("It was reported by the Sunday Ledger that a rival had studied a bid. "
            "The Ledger's account said the rival had hired lawyers.")
    art = run(nlp, text)
    said = by_cue(art, "said")
    assert said.speaker.kind == "document" and said.via == ["Sunday Ledger"]
    assert by_cue(art, "was reported").speaker.kind == "outlet"


def test_a_paragraph_that_is_only_a_quote_continues_the_speaker(nlp):
    text = ('"We have nothing to hide," the minister said.\n\n'
            '"Every contract was signed by the book."\n\nThe opposition called for an inquiry.')
    a = by_cue(run(nlp, text), "said")
    assert [text[s:e] for s, e in a.content.spans] == [
        '"We have nothing to hide,"', '"Every contract was signed by the book."']


def test_headline_verbs_need_a_speaker_and_the_tag_is_not_content(nlp):
    art = run(nlp, "Ceasefire talks stall as mediators urge patience — Meridian\n\nThe talks resumed on Monday.")
    cues = [a.cue.text for a in art.attributions]
    assert "talks" not in cues
    urge = by_cue(art, "urge")
    assert urge.content.text == "patience" and urge.source.text == "mediators"


@pytest.mark.parametrize("text", [
    # one paragraph with its line break, as `echo ... | claimtrace extract -` or a JSONL text gives it
    "The ministry will close the plant, the Harbour Ledger reported on Friday, citing two people familiar "
    "with the matter. One of them said it could happen in May.\n",
    # a first line that is a paragraph of its own, not a headline
    "The ministry will close the plant, the Harbour Ledger reported, citing two people. One of them said it "
    "could happen in May.\n\nThe ministry did not comment.\n",
])
def test_a_first_line_that_is_a_paragraph_is_no_headline(nlp, text):
    art = run(nlp, text)
    one = by_cue(art, "said")
    assert one.source.text == "One of them" and one.content.text == "it could happen in May"
    assert one.via == ["Harbour Ledger"] and one.modality == "hedged"
    assert art.title is None

@pytest.mark.parametrize("sentence,source,name,role", [
    ("The co-chair of the panel, Mara Lind, said the report was ready.",
     "The co-chair of the panel, Mara Lind", "Mara Lind", "co-chair of the panel"),
    ("The non-profit said donations had fallen.", "The non-profit", None, "non-profit"),
    ("A Kyiv-based analyst said prices would rise.", "A Kyiv-based analyst", None, "Kyiv-based analyst"),
])
def test_a_piece_of_a_word_is_never_the_source(nlp, sentence, source, name, role):
    art = run(nlp, sentence)
    a = by_cue(art, "said")
    assert a.source.text == source
    src = source_of(art, a)
    assert (src.name, src.role) == (name, role)


@pytest.mark.parametrize("sentence,cue", [
    ("The minister has offered to resign over the contracts.", "has offered"),
    ("The union could agree to a new wage deal by April.", "could agree"),
    ("Figures showed that exports fell by 4 percent.", "showed"),
    ("The cuts would be announced in June.", "would be announced"),
    # whoever or whatever is warned is who heard the warning, not what it said
    ("Port authorities warned ships away from the outer harbour.", "warned"),
    ("The commission warned the company over late disclosures of contracts.", "warned"),
    # what someone shows is a thing or a look, not a statement
    ("In the second half the referee showed four yellow cards.", "showed"),
    ("Police showed no sign of moving the protesters from the square.", "showed"),
])
def test_acts_and_evidence_are_not_speech(nlp, sentence, cue):
    cues = [a.cue.text for a in run(nlp, sentence).attributions]
    assert not [c for c in cues if c.startswith(cue)], cues


def test_agreed_that_still_reports(nlp):
    a = by_cue(run(nlp, "The two sides agreed that the ceasefire would hold."), "agreed")
    assert a.content.text == "that the ceasefire would hold"


def test_a_question_asked_is_not_a_statement(nlp):
    art = run(nlp, "Asked about the report, Trade Minister Karel Dusek said the talks were going well.")
    assert [a.cue.text for a in art.attributions] == ["said"]
    assert source_of(art, art.attributions[0]).name == "Karel Dusek"


def test_sentence_final_reporting_clause_after_a_long_content(nlp):
    text = ("The ministry has agreed to suspend the new tariffs for six months while exporters and "
            "importers settle their claims, the Harbour Ledger reported on Friday, citing people "
            "familiar with the talks.")
    a = by_cue(run(nlp, text), "reported")
    assert a.content.text == ("The ministry has agreed to suspend the new tariffs for six months while "
                              "exporters and importers settle their claims")
    assert a.speaker.name == "Harbour Ledger" and a.via == ["Harbour Ledger"]


def test_told_the_outlet_and_the_agency_named_in_the_dateline(nlp):
    text = ("KARLSTAD (Meridian) - A customs official told Meridian that trucks were moving. "
            "Several sources told the agency that the border would stay open. "
            "The Harbour Ledger reported that the tariffs would go. The agency's sources said the talks were tense.")
    art = run(nlp, text)
    told = [a for a in art.attributions if a.cue.text == "told"]
    assert [a.via for a in told] == [["Meridian"], ["Meridian"]]
    assert by_cue(art, "said").via == ["Meridian"]  # "the agency" is Meridian, not the paper


# PolNeAR's boundary conventions (issue 10): checked on PolNeAR train, written here as sentences

def test_content_runs_on_over_the_rest_of_the_verb_phrase(nlp):
    a = by_cue(run(nlp, "The senator compared the new tariff to a tax on every family in the state."), "compared")
    assert a.content.text == "the new tariff to a tax on every family in the state"


def test_content_stops_at_an_adjunct_of_the_telling(nlp):
    a = by_cue(run(nlp, "The governor thanked the volunteers for their work when he visited the town."), "thanked")
    assert a.content.text == "the volunteers for their work"
    a = by_cue(run(nlp, "The mayor praised the firefighters during a news conference on Monday."), "praised")
    assert a.content.text == "the firefighters"


def test_a_clause_the_parser_hangs_on_the_cue_stays_in_the_content(nlp):
    text = "The agency said it did not count those meetings because they were part of her daily duties."
    a = by_cue(run(nlp, text), "said")
    assert a.content.text == "it did not count those meetings because they were part of her daily duties"


def test_a_raising_verb_has_no_source_and_keeps_its_subject_in_the_content(nlp):
    art = run(nlp, "The new plant is expected to employ about 400 people by next year.")
    a = by_cue(art, "is expected")
    assert a.source is None
    assert [art.text[s:e] for s, e in a.content.spans] == ["The new plant", "to employ about 400 people by next year"]


def test_a_quote_continues_past_a_relative_clause_in_the_source(nlp):
    text = ('"His knowledge is about 20 years old," said a longtime adviser, who declined to be named. '
            '"He does not know the new media."')
    a = by_cue(run(nlp, text), "said")
    assert a.source.text == "a longtime adviser, who declined to be named"  # after the verb it stays
    assert [text[s:e] for s, e in a.content.spans] == ['"His knowledge is about 20 years old,"',
                                                      '"He does not know the new media."']


def test_a_transcript_speaker_label(nlp):
    art = run(nlp, "TAPPER: Do you think the governor has campaigned as a healer?\n"
                   "FALLIN: I think he is trying to campaign as a healer.")
    labels = [(a.cue.text, a.source.text) for a in art.attributions if a.cue.text == ":"]
    assert labels == [(":", "TAPPER"), (":", "FALLIN")]


def test_a_pronoun_refers_to_the_person_mentioned_last_not_first(nlp):
    text = ("Harbour master Piet Oskam said the port would reopen on Monday.\n\n"
            "Shipping agent Lena Vosk said her firm had lost four days of trade.\n\n"
            "Oskam admitted that the clean-up had been slowed by a lack of tugs, which he said "
            "were needed at the northern terminal.")
    art = run(nlp, text)
    a = by_cue(art, "said")  # the first "said" is Oskam's own, with his full name
    assert a.speaker.name == "Piet Oskam"
    tugs = next(x for x in art.attributions if "northern terminal" in x.content.text and x.cue.text == "said")
    assert tugs.source.text == "he"
    assert tugs.speaker.name == "Piet Oskam"  # Oskam was named after Lena Vosk
    # the cue inside its own relative clause stays out of the content
    assert [text[s:e] for s, e in tugs.content.spans] == ["which", "were needed at the northern terminal"]



def test_but_said_after_a_reported_clause_is_the_speaker_s_next_statement(nlp):
    text = ('Port director Anja Velt acknowledged on Monday that the cranes had stopped but said they '
            'were "fully insured."')
    art = run(nlp, text)
    acknowledged, said = by_cue(art, "acknowledged"), by_cue(art, "said")
    assert acknowledged.content.text == "that the cranes had stopped"
    assert said.speaker.name == "Anja Velt"          # not "the cranes", the subject of the clause
    assert said.content.text.startswith('they were "fully insured')
    art = run(nlp, 'Mediator Karl Brandt said the talks were "progressing" but declined to give a timetable.')
    said, declined = by_cue(art, "said"), by_cue(art, "declined")
    assert said.content.text == 'the talks were "progressing"'
    assert declined.speaker.name == "Karl Brandt" and declined.content.text == "to give a timetable"


def test_the_ministry_is_the_organisation_not_a_person_described_by_it(nlp):
    art = run(nlp, "A former ministry official who worked on the tender told Meridian the price was agreed "
                   "early.\n\nHer deputy has been on leave since last week, the ministry said.")
    said, told = by_cue(art, "said"), by_cue(art, "told")
    assert (said.source.text, source_of(art, said).kind) == ("the ministry", "organization")
    assert said.speaker.source_id != told.speaker.source_id


def test_in_writing_joins_the_cue_instead_of_making_a_second_one(nlp):
    art = run(nlp, 'At least one official warned in writing that the price was "impossible to justify."')
    assert [(a.cue.text, a.content.text) for a in art.attributions] == \
        [("warned in writing", 'that the price was "impossible to justify."')]


def test_the_sources_are_the_group_named_last_not_the_headlines(nlp):
    text = ("Review calls for cuts to tank fleet, sources say\n\n"
            "BRENHOLT, Feb 10 (Meridian) - A confidential review recommends cutting the tank fleet by half, the "
            "national news agency CNA reported on Tuesday.\n\n"
            "CNA reported, citing six people who have read the draft, that the review proposes closing two "
            "headquarters. The agency's sources said the draft had been circulated in January.\n\n"
            "Two of the sources said the minister had not signed off on it. A third said he was comfortable with it.")
    art = run(nlp, text)
    agency = by_cue(art, "said")
    assert (agency.via, agency.source_count) == (["CNA"], 6)
    two = next(a for a in art.attributions if a.source.text == "Two of the sources")
    third = next(a for a in art.attributions if a.source.text == "A third")
    assert (two.via, two.source_count) == (["CNA"], 2)
    assert (third.via, third.source_count) == (["CNA"], 1)
    assert source_of(art, two).parent == source_of(art, third).parent == agency.speaker.source_id


def test_both_officials_are_the_pair_cited_before(nlp):
    text = ("LORENTH, June 12 (Meridian) - Two election officials told Meridian that recounts had been ordered in Sarel. "
            "Both officials said the order had come from the chairman.")
    art = run(nlp, text)
    told, both = by_cue(art, "told"), by_cue(art, "said")
    assert both.speaker.source_id == told.speaker.source_id
    assert (both.via, both.source_count) == (["Meridian"], 2)


def test_a_name_that_reports_citing_its_sources_is_an_outlet(nlp):
    art = run(nlp, "CNA reported, citing three officials, that the review proposes closing two headquarters.")
    a = by_cue(art, "reported")
    assert (a.speaker.kind, a.via, a.source_count) == ("outlet", ["CNA"], 3)


@pytest.mark.parametrize("sentence", [
    "The officials, who asked not to be named because they were not authorised to speak, said the count was late.",
    "The people, who asked not to be identified, said the board had approved the plan.",
    "A NATO official, who spoke on condition of anonymity, said the alliance had not been consulted.",
    "The guard, who asked that his name not be used, said the cells were overcrowded.",
])
def test_the_terms_of_anonymity_are_not_a_statement(nlp, sentence):
    art = run(nlp, sentence)
    assert [a.cue.text for a in art.attributions] == ["said"]


def test_an_elided_infinitive_says_nothing(nlp):
    art = run(nlp, "Of 14 staff interviewed, 10 said they had been questioned or expected to be.")
    assert [a.cue.text for a in art.attributions] == ["said"]


@pytest.mark.parametrize("sentence,content", [
    ('Lindqvist said the bank was ready, adding that the labour market remained "unusually tight."',
     'that the labour market remained "unusually tight."'),
    ("Lindqvist said the bank was ready, adding that the labour market remained \u201cunusually tight.\u201d",
     "that the labour market remained \u201cunusually tight.\u201d"),
    ('Berg said "a non-starter" was the only way to describe the offer.',
     '"a non-starter" was the only way to describe the offer'),
])
def test_a_partial_quote_at_the_end_of_the_content_keeps_its_closing_mark(nlp, sentence, content):
    art = run(nlp, "\n" + sentence)
    assert art.attributions[-1].content.text == content


@pytest.mark.parametrize("sentence,cue,via", [
    ("Baum was quoted as saying by the Kessel Express that he had never considered stepping down.",
     "was quoted as saying", ["Kessel Express"]),
    ("Health Minister Gabriel Ortiz was quoted as saying by the newspaper El Faro that the government would send 100,000 more doses.",
     "was quoted as saying", ["El Faro"]),
    ('"We are in contact with them," regional governor Amir Haddad said in an interview with state broadcaster TRV.',
     "said in an interview", ["TRV"]),  # the outlet is the via, not part of the cue
    # the cue is the quoting and the saying, around the outlet that quoted (as in "quoted X as saying")
    ("The minister was quoted by the newspaper El Faro as saying that more doses would arrive.",
     "was quoted as saying", ["El Faro"]),
])
def test_the_outlet_that_quoted_or_interviewed_the_speaker_is_the_via(nlp, sentence, cue, via):
    art = run(nlp, "\n" + sentence)
    assert [(a.cue.text, a.via) for a in art.attributions] == [(cue, via)]
    assert art.attributions[0].speaker.kind != "outlet"   # the outlet quoted; it is not the speaker


def test_said_on_a_call_that(nlp):
    art = run(nlp, "\nRavi Menon said on a call that costs would rise.")
    assert [(a.source.text, a.cue.text, a.content.text) for a in art.attributions] == \
        [("Ravi Menon", "said on a call", "that costs would rise")]


def test_another_is_one_more_member_of_the_group(nlp):
    art = run(nlp, "\nOne of the sources said the board had approved the offer. "
                   "Another said the largest shareholder wanted a higher price.")
    one, another = art.attributions
    assert source_of(art, another).parent == source_of(art, one).parent is not None
    assert (another.speaker.kind, another.source_count) == ("anonymous_person", 1)


def test_a_refusal_after_a_question_is_one_attribution(nlp):
    art = run(nlp, "The talks went on. Asked whether the fee cut would be permanent, Osei declined to comment.")
    assert [(a.cue.text, a.content.text) for a in art.attributions] == [("declined", "to comment")]


def test_was_expected_to_hedges(nlp):
    a = by_cue(run(nlp, "\nThe delegate said the final text was expected to mention support."), "said")
    assert a.modality == "hedged" and "was expected to" in a.hedges


@pytest.mark.parametrize("headline,source,content", [
    ("Exclusive: Castellan Motors in talks to buy battery maker Voltara - sources", "sources",
     "Castellan Motors in talks to buy battery maker Voltara"),
    ("Opposition leader says Marovia vote was rigged", "Opposition leader", "Marovia vote was rigged"),
    ("Airline to cut 1,200 jobs - report", "report", "Airline to cut 1,200 jobs"),
])
@pytest.mark.parametrize("banner", ["", "THE CORRIDOR POST\n\n"])
def test_headline_forms(nlp, headline, source, content, banner):
    art = run(nlp, banner + headline + "\n\nLIRENA, Sept 9 (Harbour Wire) - The count went on through the night.")
    [a] = art.attributions
    assert (a.source.text, a.content.text) == (source, content)
    assert a.speaker.kind != "outlet"


@pytest.mark.parametrize("sentence,name,kind", [
    ("Marek P.'s lawyer, Stefan Grau, said his client was innocent.", "Stefan Grau", "person"),
    ("Anna Berg's spokesman said the talks would resume.", None, "anonymous_person"),
])
def test_a_possessor_is_not_the_speaker(nlp, sentence, name, kind):
    [a] = run(nlp, "\n" + sentence).attributions
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


@pytest.mark.parametrize("sentence,first,second", [
    ("Small island nations on Tuesday demanded that wealthy countries commit at least $100 billion a year to a "
     "fund for climate-related losses, warning that some of their islands could become uninhabitable.",
     "that wealthy countries commit at least $100 billion a year to a fund for climate-related losses",
     "that some of their islands could become uninhabitable"),
    ("Opposition lawmaker Camila Reyes tweeted that the province's vaccination budget had been cut by 25 percent "
     "since 2022, calling it \"a scandal.\"",
     "that the province's vaccination budget had been cut by 25 percent since 2022", 'it "a scandal."'),
])
def test_a_trailing_reporting_participle_is_the_speakers_next_statement(nlp, sentence, first, second):
    art = run(nlp, "\n" + sentence)
    a, b = art.attributions
    assert (a.content.text, b.content.text) == (first, second)
    assert b.speaker.source_id == a.speaker.source_id


def test_a_subject_the_parser_split_in_two_is_one_source(nlp):
    art = run(nlp, "\nA confidential review recommends cutting the tank fleet by half, the national news agency CNA "
                   "reported on Tuesday.")
    [a] = art.attributions
    assert (a.source.text, a.speaker.name, a.speaker.kind) == ("the national news agency CNA", "CNA", "outlet")


@pytest.mark.parametrize("sentence,name,role,kind", [
    ("Opposition lawmaker Camila Reyes tweeted that the budget had been cut.", "Camila Reyes", "Opposition lawmaker",
     "person"),
    ("The rights group Amnesty International said the law was unjust.", "Amnesty International", None, "organization"),
    # the tagger calls the company a person too: the name the phrase is about is the one at its head
    ('"The report is wrong," Quessair spokeswoman Lotte Brannigan told The Clarion.', "Lotte Brannigan",
     "Quessair spokeswoman", "person"),
])
def test_a_role_before_a_name_the_tagger_missed(nlp, sentence, name, role, kind):
    art = run(nlp, "\n" + sentence)
    [a] = art.attributions
    src = source_of(art, a)
    assert (src.name, src.role, src.kind) == (name, role, kind)


def test_a_possessive_pronoun_is_not_part_of_the_role(nlp):
    art = run(nlp, "\nHalvard reported higher profit. Its chief executive, Sara Lindqvist, said the company was ready.")
    src = source_of(art, by_cue(art, "said"))
    assert (src.name, src.role) == ("Sara Lindqvist", "chief executive")


@pytest.mark.parametrize("sentence,kind,count", [
    ("A pharmacist said prices had doubled.", "anonymous_person", 1),
    ("Two fruit exporters told Meridian that shipments had stopped.", "anonymous_group", 2),
    ("The National Disaster Agency said 40 people had died.", "organization", None),
    ("The data protection regulator said the breach affected 40,000 customers.", "organization", None),
    ("Prices rose 4 percent, according to data compiled by the research firm Navora.", "document", None),
])
def test_speaker_kinds_of_unnamed_people_agencies_and_data(nlp, sentence, kind, count):
    [a] = run(nlp, "\n" + sentence).attributions
    assert (a.speaker.kind, a.source_count) == (kind, count)


def test_another_after_a_lone_unnamed_person_is_one_more_of_that_kind(nlp):
    art = run(nlp, "\nAnalysts at Kronberg Securities said in a note that costs would rise. A pharmacist told NNS that "
                   "customers were worried. Another said she had received no instructions.")
    another = source_of(art, art.attributions[-1])
    assert (another.kind, another.count, another.parent) == ("anonymous_person", 1, None)


@pytest.mark.parametrize("sentence,name,kind,count", [
    ("A 24-year-old student who gave only her first name, Mira, said the protest was peaceful.", "Mira", "person", 1),
    ("A 30-year-old nurse said the ward was full.", None, "anonymous_person", 1),
])
def test_an_age_is_not_a_number_of_people(nlp, sentence, name, kind, count):
    [a] = run(nlp, "\n" + sentence).attributions
    assert (a.speaker.name, a.speaker.kind, a.source_count) == (name, kind, count)


def test_a_relative_with_the_same_surname_is_another_person(nlp):
    art = run(nlp, "\nTomas Brenn told the council last month that the plant was unsafe. His sister, Lena Brenn, "
                   "said the family wanted answers. Brenn added that they would sue.")
    sister = next(a for a in art.attributions if a.source.text == "His sister, Lena Brenn")
    added = by_cue(art, "added")
    assert source_of(art, sister).name == "Lena Brenn"
    assert sister.speaker.source_id != by_cue(art, "told").speaker.source_id
    assert added.speaker.source_id == sister.speaker.source_id



def test_a_final_reporting_clause_the_parser_hung_on_the_outlets_description(nlp):
    art = run(nlp, "\nA fund is close to buying the club, the sports website TerraceWatch reported on Wednesday, "
                   "citing three people with knowledge of the negotiations.")
    [a] = art.attributions
    assert (a.source.text, a.cue.text, a.content.text) == \
        ("the sports website TerraceWatch", "reported", "A fund is close to buying the club")
    assert (a.speaker.kind, a.via, a.source_count) == ("outlet", ["TerraceWatch"], 3)


def test_said_with_a_clause_the_parser_read_as_its_object(nlp):
    art = run(nlp, "\nTwo researchers told Northline the data appeared genuine. One of them said some of the files "
                   "dated back to 2019.")
    one = next(a for a in art.attributions if a.source.text == "One of them")
    assert one.content.text == "some of the files dated back to 2019"
    assert source_of(art, one).parent == art.attributions[0].speaker.source_id


@pytest.mark.parametrize("text, speaker", [
    # NER tags the invented company a person; another mention, a word for a business before it,
    # or its name as the start of a longer company name say otherwise
    ("Inspectors searched the offices of shipping operator Marveld Lusk on Monday. Two Marveld Lusk "
     "managers were questioned. Marveld Lusk said it was cooperating with the inquiry.", "Marveld Lusk"),
    ("The contract went to Tavrin Signal Systems in March. Tavrin said the award was lawful.", "Tavrin"),
])
def test_a_company_name_tagged_as_a_person_is_an_organisation_by_its_other_mentions(nlp, text, speaker):
    a = by_cue(run(nlp, text), "said")
    assert a.speaker.name == speaker and a.speaker.kind == "organization" and a.source_count is None


@pytest.mark.parametrize("text, cue, name, kind", [
    # one company-like clue ("said it was ...") does not make a person an organisation
    ("Finance Minister Lena Horvath spoke in Brussels. Lena Horvath said it was too early to judge.", "said",
     "Lena Horvath", "person"),
    # a description with an organisation's name in apposition names it
    ("The port operator, Kessel Terminals, said in a statement that it would resume talks on Monday.",
     "said in a statement", "Kessel Terminals", "organization"),
])
def test_a_names_kind_from_its_description_and_what_it_said(nlp, text, cue, name, kind):
    a = by_cue(run(nlp, text), cue)
    assert a.speaker.name == name and a.speaker.kind == kind


def test_a_notice_sent_to_customers_is_a_document_and_it_refers_to_it(nlp):
    art = run(nlp, "Vessa Telecom apologised on Monday. A notice sent to customers on Friday said no "
                   "passwords had been taken. It urged customers to change their PIN codes.")
    assert by_cue(art, "said").speaker.kind == "document"
    urged = by_cue(art, "urged")
    assert urged.speaker.kind == "document" and urged.speaker.source_id == by_cue(art, "said").speaker.source_id


@pytest.mark.parametrize("text, cue, kind", [
    ("Grain traders warned that prices could double by March.", "warned", "anonymous_group"),
    ("Its authors cautioned that the sample was small.", "cautioned", "anonymous_group"),
    ("Its published guidelines say a review takes three months.", "say", "document"),
])
def test_speakers_outside_the_noun_lists_by_their_form(nlp, text, cue, kind):
    assert by_cue(run(nlp, text), cue).speaker.kind == kind


def test_members_of_a_cited_group_keep_its_outlet_and_count(nlp):
    art = run(nlp, "Three people told the Harbour Ledger that the talks had stalled. Two of them said the "
                   "army was ready to move. The third said no offer had been made. A fourth person said the "
                   "envoy would return on Friday. Both officials cited by the paper asked not to be named.")
    two, third, fourth = by_cue(art, "said"), art.attributions[2], art.attributions[3]
    assert (two.source.text, two.source_count, two.via) == ("Two of them", 2, ["Harbour Ledger"])
    assert (third.source.text, third.speaker.kind, third.source_count, third.via) == \
        ("The third", "anonymous_person", 1, ["Harbour Ledger"])
    assert (fourth.source.text, fourth.source_count, fourth.via) == ("A fourth person", 1, ["Harbour Ledger"])


@pytest.mark.parametrize("text, cue, source, kind, count", [
    ("Two officials familiar with the plans said limits were being drafted. Both cautioned that no "
     "decision had been made.", "cautioned", "Both", "anonymous_group", 2),
    ("The Kessel Post, citing two officers, said the suspect had fled. One of the officers said he took "
     "a train. The other told the paper that he had been armed.", "told", "The other", "anonymous_person", 1),
    ("The valve was a known risk, the news site Orbitane reported, citing two engineers on the programme. The "
     "first, a propulsion specialist, said it had failed twice in tests.", "said", "The first, a propulsion "
     "specialist", "anonymous_person", 1),
])
def test_bare_quantifiers_are_members_of_the_group_cited_before(nlp, text, cue, source, kind, count):
    a = by_cue(run(nlp, text), cue)
    assert (a.source.text, a.speaker.kind, a.source_count) == (source, kind, count)


def test_a_government_agency_is_not_the_news_agency_and_the_agency_is_the_one_named_last(nlp):
    art = run(nlp, "OSLEN, May 4 (Meridian) - The regional environment agency said on Tuesday it had closed "
                   "six beaches. The agency said the toxin could cause rashes.")
    first = by_cue(art, "said")
    later = [a for a in art.attributions if a.source.text == "The agency"][0]
    assert first.speaker.kind == "organization"
    assert later.speaker.source_id == first.speaker.source_id


def test_the_paper_after_a_cabinet_paper_is_that_document(nlp):
    art = run(nlp, "The government plans to sell half of the water company, according to a draft cabinet paper. "
                   "The paper warns that "
                   "bills could rise by 15 percent.")
    assert by_cue(art, "warns").speaker.kind == "document"


def test_a_station_named_after_its_description_is_the_outlet(nlp):
    art = run(nlp, '"The windows shook," a man who lives near the port told the radio station Kessel FM.')
    assert by_cue(art, "told").via == ["Kessel FM"]


@pytest.mark.parametrize("text, cue, name, kind", [
    ("The farmers' cooperative said the study was flawed. Its chairman, Ulf Branstad, told reporters "
     "that fertiliser use had fallen.", "told", "Ulf Branstad", "person"),
    ("Ostrava denied any involvement. Ostravan forces were not in the area, the defence ministry said.",
     "denied", "Ostrava", "organization"),
    ("Chocolate maker Veltane Foods cut its forecast on Monday, saying cocoa prices had tripled.",
     "saying", "Veltane Foods", "organization"),
    # one of a group of businesses, named: that business, whatever NER made of its name
    ("Four power companies have asked for the cap to be lifted. One of them, Bracklewood Power, said it would lose "
     "money.", "said", "Bracklewood Power", "organization"),
    # a hyphenated surname NER cut, and a name set beside a word for a person's trade
    ("Deputy Energy Minister Hildebrand Marrow-Tessick said the field could run dry within a decade.", "said",
     "Hildebrand Marrow-Tessick", "person"),
    ("The field could run dry within a decade, said Hildebrand Marrow-Tessick, a geologist at the national survey.",
     "said", "Hildebrand Marrow-Tessick", "person"),
    # a place named in a phrase on the speakers is where they are, not who speaks
    ("Police in the regional capital, Velmstadt, said they had opened an inquiry into the vouchers.", "said", None,
     "organization"),
    ("Police in the provincial capital, Dornbrück, said they had received footage from the observers.", "said", None,
     "organization"),
    # "it" closing the sentence is the company named at its start
    ("Noctavia Orbital lost four satellites in orbit last month, the daily Dagskeld reported on Monday.\n\nNoctavia "
     "plans to launch a replacement batch in June, it said.", "said", "Noctavia", "organization"),
])
def test_what_a_name_is_from_its_description_and_the_article(nlp, text, cue, name, kind):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, speaker", [
    ('Asked whether the minister would resign, a ministry spokesman said the question was "not serious."',
     "a ministry spokesman"),
    ('Tessa Marlow, asked whether Veltane could become a takeover target, said: "We are focused on '
     'running this company."', "Tessa Marlow"),
])
def test_the_question_put_to_a_speaker_is_not_a_statement(nlp, text, speaker):
    art = run(nlp, text)
    assert [(a.cue.text, a.source.text) for a in art.attributions] == [("said", speaker)]


def test_a_live_pages_time_stamp_is_not_part_of_the_source(nlp):
    art = run(nlp, "16:40 - Police said two people had been taken to hospital.\n\n"
                   "16:15 - Kemtra said in a brief statement that there was no risk to the public. "
                   "The company did not say what had been stored in the hall.")
    assert [a.source.text for a in art.attributions] == ["Police", "Kemtra", "The company"]
    assert art.attributions[2].speaker.name == "Kemtra" and art.attributions[2].speaker.kind == "organization"


def test_a_relative_clause_that_reports_speech_is_the_next_attribution_not_the_source(nlp):
    art = run(nlp, "Such a government would probably fall within a year, according to Lukas Brandl, a "
                   "political scientist at Ardenza University, who said the Greens would be governing on "
                   "borrowed votes.")
    according, who = by_cue(art, "according to"), by_cue(art, "said")
    assert according.source.text == "Lukas Brandl, a political scientist at Ardenza University"
    assert who.speaker.name == "Lukas Brandl" and who.content.text == "the Greens would be governing on borrowed votes"


@pytest.mark.parametrize("text, content, name", [
    ("Coach Imre Dalla said the team was clean. Marta Velk, a sprinter, was banned for four years on "
     "Monday. The 27-year-old said she would appeal.", "she would appeal", "Marta Velk"),
    ("Coach Imre Dalla said the team was clean. The federation's envoy, Halvard Strom, has spent a year "
     "shuttling between the clubs. A deal is close, he told reporters.", "A deal is close", "Halvard Strom"),
])
def test_he_or_the_27_year_old_is_the_person_last_in_subject_position_not_only_the_last_speaker(
        nlp, text, content, name):
    [a] = [x for x in run(nlp, text).attributions if x.content.text == content]
    assert a.speaker.name == name and a.speaker.kind == "person"


def test_a_company_ner_took_for_a_person_is_no_antecedent(nlp):
    art = run(nlp, "Chocolate maker Veltane Foods cut its forecast on Monday. Chief executive Liesl Baranov said "
                   "prices had risen. Veltane has lost market share for two years. \"We could push prices up "
                   "further,\" she told reporters.")
    assert by_cue(art, "told").speaker.name == "Liesl Baranov"


@pytest.mark.parametrize("text, kind, name", [
    ("Coach Pely said the team was clean.", "person", "Pely"),
    ("The national anti-doping body said the samples were positive.", "organization", None),
    ("The weather service warned that more rain could fall.", "organization", None),
])
def test_titles_and_words_for_bodies(nlp, text, kind, name):
    a = run(nlp, text).attributions[0]
    assert (a.speaker.kind, a.speaker.name) == (kind, name)


def test_the_company_is_the_one_named_last_whether_or_not_it_spoke(nlp):
    art = run(nlp, "Selmat said it was cooperating with prosecutors. A rival, Doravel Medical, said in a statement "
                   "that it had never agreed prices. Selmat's chief executive, Lorcan Hesk, told analysts that "
                   "prices were fair. Asked whether Hesk would step aside, the company said it would not comment.")
    a = [x for x in art.attributions if x.source.text == "the company"][0]
    assert a.speaker.name == "Selmat" and a.speaker.kind == "organization"


@pytest.mark.parametrize("text, cue, content", [
    # a participle before the reporting clause is part of what was said
    ("A navy frigate rammed a coastguard ship before dawn on Tuesday, injuring four sailors, the defence "
     "ministry said in a statement.", "said in a statement",
     "A navy frigate rammed a coastguard ship before dawn on Tuesday, injuring four sailors"),
    # what a person in the content feared goes on with the content (and is an attribution of its own)
    ("Three members of the Unity Party told the agency that Castagne privately supported the plan but feared "
     "that a collapse of the coalition would force an early election.", "told",
     "that Castagne privately supported the plan but feared that a collapse of the coalition would force an "
     "early election"),
    # ", but he did not rule out ...": the narrator tells what the speaker did
    ('Transport Minister Jonatan Pirrie said it was "not the state\'s job to set pilots\' wages," but he did not '
     'rule out appointing a mediator.', "said", '''it was "not the state's job to set pilots' wages,"'''),
    # a participle after an interrupting reporting clause goes on with what was said ...
    ("The walkout grounded 212 flights on Friday, the airline said, forcing thousands of families to cancel "
     "holidays.", "said",
     "The walkout grounded 212 flights on Friday forcing thousands of families to cancel holidays"),
    # ... but not one that says how the telling went
    ("The official said the talks collapsed on Friday, speaking on condition of anonymity.", "said",
     "the talks collapsed on Friday"),
    ("A diplomat said the envoy had left, declining to be named.", "said", "the envoy had left"),
    # the day of the telling, a first half the parser coordinated with the reporting clause, a ruling
    ("Labour Minister Gunnvald Halvskar said on Thursday he would meet both sides next week.", "said",
     "he would meet both sides next week"),
    ("Deaths from cardiovascular causes were also lower in the treatment group, but the difference was not "
     "statistically significant, the researchers wrote.", "wrote",
     "Deaths from cardiovascular causes were also lower in the treatment group, but the difference was not "
     "statistically significant"),
    ("Judge Mirela Osk wrote in her ruling that the strike would cause disproportionate harm.",
     "wrote in her ruling", "that the strike would cause disproportionate harm"),
])
def test_where_the_content_ends_around_participles_and_conjuncts(nlp, text, cue, content):
    assert by_cue(run(nlp, text), cue).content.text == content


@pytest.mark.parametrize("text, cue, name", [
    ("The Harbour Concord, a grouping of nine coastal states, urged both navies to pull back.", "urged",
     "Harbour Concord"),
    ("Smart-home device maker Veltrica said on Wednesday it would recall 400,000 heaters.", "said", "Veltrica"),
    ("Ostrava accused its neighbour of ramming the ship. Its navy said the ship had cut across its bow.",
     "said", None),
])
def test_names_ner_could_not_place_by_their_description(nlp, text, cue, name):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.kind, a.speaker.name) == ("organization", name)


@pytest.mark.parametrize("text, cue, name", [
    # a name inside a quote is not what "the firm" refers to
    ("Norvale declined to comment. Ashmere Partners denied that it was interested. \"We have not made any offer for "
     "Norvale,\" the firm said in a statement.", "said in a statement", "Ashmere Partners"),
    # a telling verb joined to a progressive is the speaker's next statement, not the one of its clause's subject
    ("The guards' union SOZ said its members had been working 16-hour shifts since the stabbing and warned that the "
     "prison was \"one incident away from a riot.\"", "warned", "SOZ"),
])
def test_who_a_later_telling_belongs_to(nlp, text, cue, name):
    assert by_cue(run(nlp, "\n" + text), cue).speaker.name == name


def test_a_surname_names_the_person_introduced_before_even_if_they_had_not_spoken(nlp):
    art = run(nlp, "Veltrica, founded in 2019 by engineer Mara Ilvesten, employs about 900 people. Ilvesten told a "
                   "technology conference last month that the company was not for sale.")
    a = by_cue(art, "told")
    assert (a.speaker.kind, a.speaker.name) == ("person", "Mara Ilvesten")


@pytest.mark.parametrize("text", [
    "The two hulls only scraped each other at low speed, the navy said, speaking on condition of anonymity.",
    "The talks collapsed late on Friday, a diplomat said, declining to be named.",
])
def test_the_terms_a_source_spoke_on_are_no_attribution_of_their_own(nlp, text):
    assert [a.cue.text for a in run(nlp, text).attributions] == ["said"]


@pytest.mark.parametrize("text, full", [
    ("Norvale Group said the offer undervalued it. Norvale said it had received no formal approach.", "Norvale Group"),
    ("Tessaly Mining said output fell in May. Tessaly said it would recover.", "Tessaly Mining"),
    # a place named like the company ("in Norland") or a person who "said he" is someone else
    ("Norland Bank said rates would rise. Inflation in Norland is high. Norland said it would cut taxes.", None),
    ("Lind Group said profits rose. Lind said he was pleased with the year.", None),
])
def test_an_organisations_short_form_is_the_organisation_named_in_full(nlp, text, full):
    first, second = run(nlp, text).attributions
    assert (second.speaker.source_id == first.speaker.source_id) == (full is not None)
    if full is not None:
        assert (second.speaker.name, second.speaker.kind) == (full, "organization")


def test_an_outlet_reporting_citing_people_named_by_their_work_keeps_them_as_its_sources(nlp):
    art = run(nlp, "Halcyre shares fell 19 percent. The business daily Ormeda Dispatch reported, citing three engineers "
                   "involved in the launch, that a fuel valve had shown irregular pressure readings. Two of the engineers said the "
                   "launch team had discussed a delay. The people said the final decision had been taken by managers.")
    report, two, people = art.attributions
    assert (report.speaker.kind, report.speaker.name, report.source_count, report.via) == \
        ("outlet", "Ormeda Dispatch", 3, ["Ormeda Dispatch"])
    assert (two.source_count, two.via) == (2, ["Ormeda Dispatch"])
    # "the people": the whole group the outlet cited, not the two
    assert (people.source_count, people.via) == (3, ["Ormeda Dispatch"])


def test_a_that_clause_the_parser_coordinated_after_citing_is_the_content(nlp):
    art = run(nlp, "The news website Corvadia Now reported, citing two officials involved in the talks, that a ransom "
                   "of about 4 million dollars had been paid through a trading firm in the Gulf.")
    a = by_cue(art, "reported")
    assert a.content.text.startswith("that a ransom") and a.content.text.endswith("in the Gulf")
    assert (a.speaker.name, a.source_count) == ("Corvadia Now", 2)


@pytest.mark.parametrize("text, cue, kind", [
    ("The satellite was insured for half of its value, according to a filing by Halcyre with the Ormeda stock "
     "exchange.", "according to", "document"),
    ("The ferry was carrying 212 passengers and crew, according to the company's passenger manifest.",
     "according to", "document"),
])
def test_documents_whatever_names_hang_on_them(nlp, text, cue, kind):
    assert by_cue(run(nlp, text), cue).speaker.kind == kind


def test_a_description_repeating_an_unnamed_ones_is_not_the_company_named_last(nlp):
    art = run(nlp, "Five engineers held by an armed group in the north were freed on Friday. The men worked for the "
                   "construction group Brenvald Construct. Brenvald Construct said it did not comment on security. "
                   "The armed group, which calls itself the Northern Shield, said the release was a goodwill gesture.")
    assert [a.cue.text for a in art.attributions] == ["said", "said"]  # "calls itself": a name, not a statement
    company, armed = art.attributions
    assert armed.speaker.source_id != company.speaker.source_id
    assert armed.speaker.kind == "organization"


def test_a_conjunct_in_fronted_content_is_content_not_the_speakers_next_statement(nlp):
    a = run(nlp, "He signed a new contract with Marenza in 2024 and agreed to a release clause of 120 million euros, "
                 "club accounts show.").attributions[0]
    assert a.content.text.endswith("and agreed to a release clause of 120 million euros")


@pytest.mark.parametrize("text, modality", [
    ("Its second stage appears to have shut down early, according to preliminary telemetry data.", "hedged"),
    ("Officials said the two sides appeared close to a deal.", "hedged"),
    ("Police said the suspect appeared in court on Monday.", "asserted"),
])
def test_a_verb_of_seeming_in_the_content_hedges_it(nlp, text, modality):
    assert run(nlp, text).attributions[0].modality == modality


def test_a_person_close_to_someone_named_is_unnamed_and_no_outlet(nlp):
    a = run(nlp, "A person close to the prime minister, Rinat Holl, said Holl had personally lobbied the fund's "
                 "managing director.").attributions[0]
    assert (a.speaker.kind, a.speaker.name, a.source_count, a.via) == ("anonymous_person", None, 1, [])


@pytest.mark.parametrize("text, cues", [
    # who was warned or briefed is no content
    ("The weather service said winds had reached 70 km per hour and that it had warned shipping operators on "
     "Friday.", ["said"]),
    ("The coastguard briefed reporters in Tevasso on Saturday.", []),
    # ... but what they were told is
    ("The mayor told residents to leave the valley before nightfall.", ["told"]),
    ("Officials warned that the dam could fail.", ["warned"]),
])
def test_the_one_told_is_no_content(nlp, text, cues):
    assert [a.cue.text for a in run(nlp, text).attributions] == cues


@pytest.mark.parametrize("text, cue, kind, name", [
    ("Pelstrom held talks about selling its marine division, the Arnskog business newspaper Kvartalsposten "
     "reported last week, citing three people with knowledge of the discussions.", "reported", "outlet",
     "Kvartalsposten"),
    ("Cheesemaker Corbie Vale recalls 300 tonnes of soft cheese\n\nCheesemaker Corbie Vale Dairies is recalling "
     "soft cheese sold in four countries. Corbie Vale said in a statement that it had halted production.",
     "said in a statement", "organization", "Corbie Vale"),
    ('"We are deeply sorry," Managing Director Aurelie Penhallow said in the statement.', "said in the statement",
     "person", "Aurelie Penhallow"),
    ('Opposition lawmaker Kemal Dursa said any deal would be "paid for by the poor."', "said", "person", "Kemal Dursa"),
])
def test_who_speaks_behind_places_business_words_and_capitalised_titles(nlp, text, cue, kind, name):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.kind, a.speaker.name) == (kind, name)


@pytest.mark.parametrize("text, cue, outlet", [
    ("Fennick had drawn up plans to bring in agency drivers, the newspaper Solverton Herald reported on Wednesday, "
     "citing internal documents. The documents showed the company had budgeted 12 million euros for the plan, the "
     "paper said.", "showed", "Solverton Herald"),
    # (also a document cited beside people)
    ("\nOfficials have drawn up plans to move new arrivals to a disused army base, the daily Brescant Abendblatt "
     "reported, citing an internal memo and two officials. The memo, dated Sept. 28, says the base could hold up to "
     "9,000 people.", "says", "Brescant Abendblatt"),
])
def test_documents_an_outlet_cites_are_its_source_later(nlp, text, cue, outlet):
    shown = by_cue(run(nlp, text), cue)
    assert (shown.speaker.kind, shown.via) == ("document", [outlet])


def test_calling_off_a_strike_is_no_statement(nlp):
    art = run(nlp, "A labour court on Thursday ordered the union representing drivers at Fennick Express to call off "
                   "a planned 10-day strike, the biggest threat yet to parcel deliveries before the holidays.")
    assert [a.cue.text for a in art.attributions] == ["ordered"]


@pytest.mark.parametrize("text, source, name, count", [
    # the parser hangs "QTV reported" on "broadcaster" as a relative clause
    ("The broadcaster QTV reported, citing a senior official in the ruling party, that the prime minister had "
     "offered to resign last month.", "The broadcaster QTV", "QTV", 1),
    # ... or reads the that-clause's "that" as a determiner
    ("The news site Zenit24 reported, citing four election officials in the northern province of Rostemar, that "
     "ballot boxes from dozens of polling stations had been taken to district offices.", "The news site Zenit24",
     "Zenit24", 4),
    # NER calls the paper a person; the source is "the daily", the outlet the name
    ("The daily Vedrane Gazette, citing two security officials, reported that the network had been uncovered in "
     "August.", "The daily Vedrane Gazette", "Vedrane Gazette", 2),
])
def test_outlets_reporting_with_their_sources_whatever_the_parser_made_of_them(nlp, text, source, name, count):
    a = by_cue(run(nlp, text), "reported")
    assert (a.source.text, a.speaker.kind, a.speaker.name, a.source_count, a.via) == \
        (source, "outlet", name, count, [name])
    assert a.content.text.startswith("that ")


@pytest.mark.parametrize("before", [
    "",  # the parser makes "Asked ..." an adverbial clause ...
    # ... or, after this sentence, the subject of "said"
    "The observer mission said in a statement on Tuesday that the count had been marred by irregularities.\n\n",
])
def test_the_speaker_the_parser_hung_on_the_question_before_it(nlp, before):
    art = run(nlp, before + "Asked at a news conference whether the irregularities could have changed the outcome, the "
                   "head of the mission, Gudrun Teppich, said it was \"not our job to decide who won,\" adding that the "
                   "mission would publish its report within two months.")
    for cue in ("said", "adding"):
        a = by_cue(art, cue)
        assert (a.source.text, a.speaker.name) == ("the head of the mission, Gudrun Teppich", "Gudrun Teppich")
    assert not any(a.cue.text.startswith("Asked") for a in art.attributions)


@pytest.mark.parametrize("text, content", [
    # the speaker's next act, in the cue's tense, after a content with a modal
    ("The communique says the group will mobilise significant resources for poorer countries but sets no figure.",
     "the group will mobilise significant resources for poorer countries"),
    ("The draft says the bloc stands ready to ease the measures if Adravia frees the activists, but it leaves the "
     "timing open.", "the bloc stands ready to ease the measures if Adravia frees the activists"),
    # ... but not a content that goes on
    ("The minister said the talks had stalled, but it was too early to give up.",
     "the talks had stalled, but it was too early to give up"),
    ("Officials said the company had cut jobs and raised prices.", "the company had cut jobs and raised prices"),
    ('Her spokesman said she would meet both party leaders on Friday and was "confident a solution can be found."',
     'she would meet both party leaders on Friday and was "confident a solution can be found."'),
])
def test_what_the_speaker_did_next_is_not_what_was_said(nlp, text, content):
    assert run(nlp, text).attributions[0].content.text == content


def test_an_agency_named_after_its_description_in_two_subjects_is_that_agency(nlp):
    art = run(nlp, "TARSK (Rennick Press) - Sorvath's foreign ministry summoned Valmora's ambassador on Tuesday "
                   "evening, Sorvathi state news agency SNA reported, and a spokesman said mirror measures would follow.")
    a = by_cue(art, "reported")
    assert (a.source.text, a.speaker.name) == ("Sorvathi state news agency SNA", "SNA")


def test_as_reported_by_is_the_outlets_report_not_part_of_the_denial(nlp):
    art = run(nlp, "She denied that the talks had come close to collapse on Saturday night, as reported by the "
                   "broadcaster RVN.")
    denial, report = by_cue(art, "denied"), by_cue(art, "as reported by")
    assert denial.content.text == "that the talks had come close to collapse on Saturday night"
    assert (report.speaker.name, report.content.text) == ("RVN", "the talks had come close to collapse on Saturday night")


@pytest.mark.parametrize("text", ["The envoy was told to leave the country within 48 hours.",
                                  "Residents were urged to stay indoors."])
def test_a_passive_with_an_infinitive_is_what_was_done_to_the_subject(nlp, text):
    assert run(nlp, text).attributions == []


def test_the_paper_is_the_newspaper_named_before_even_where_it_did_not_speak(nlp):
    art = run(nlp, "Details of the case were published over the weekend by the newspaper Lorrand Evening Post. The "
                   "paper said it had obtained a copy of the record. According to the Evening Post, the suspect told "
                   "investigators he had left the shop.")
    paper, according = by_cue(art, "said"), by_cue(art, "According to")
    assert (paper.speaker.kind, paper.speaker.name) == ("outlet", "Lorrand Evening Post")
    assert according.speaker.source_id == paper.speaker.source_id


def test_the_club_is_the_club_named_before_and_every_record_says_what_it_finally_is(nlp):
    art = run(nlp, "Dravenholt Athletic dismissed head coach Ignaz Sandrelli on Sunday after a fifth defeat, the club "
                   "said in a statement.")
    club = by_cue(art, "said in a statement")
    assert (club.speaker.kind, club.speaker.name) == ("organization", "Dravenholt Athletic")
    assert all(a.speaker.kind == "organization" for a in art.attributions if a.speaker.source_id == club.speaker.source_id)


@pytest.mark.parametrize("text, modality", [
    ('"We simply could not wait any longer," the chairman said.', "asserted"),
    ('The prime minister said he could no longer "carry the votes."', "asserted"),
    ("The deal could collapse, officials said.", "hedged"),
])
def test_could_not_is_what_was_not_possible_not_a_guess(nlp, text, modality):
    assert run(nlp, text).attributions[0].modality == modality


def test_a_newspaper_word_alone_is_no_papers_name(nlp):
    art = run(nlp, "Post's parcel unit could go to Sorvian buyer, paper says\n\nThe state post office's parcel arm, "
                   "Varpak, may be sold to a company from Sorvia, the Orlisk Chronicle reported on Monday.")
    says = by_cue(art, "says")
    assert says.speaker.kind == "outlet" and says.speaker.name != "Post"


def test_a_statement_inside_an_outlets_report_reached_us_through_the_outlet(nlp):
    art = run(nlp, "According to the Evening Post, the suspect, a 31-year-old driver, told investigators he had been "
                   "in the shop that afternoon.")
    assert by_cue(art, "told").via == ["Evening Post"]
    assert by_cue(art, "According to").via == ["Evening Post"]


def test_what_another_outlet_reports_reached_us_through_it_but_not_what_it_says_of_itself(nlp):
    art = run(nlp, "KESTOVAR (Pellmark Wire) - The freighter is reportedly in talks to be sold for scrap, the trade "
                   "journal Bulkhead Weekly said on its website. The journal said the crew had been paid off in March. "
                   "Bulkhead Weekly said it had obtained the sale papers from a broker and declined to say who else "
                   "had seen them. The agency said the port was closed on Tuesday.")
    assert by_cue(art, "said on its website").via == ["Bulkhead Weekly"]
    assert by_source(art, "The journal").via == ["Bulkhead Weekly"]
    # the journal answering as a party to the story, and the article's own agency: nobody between
    assert by_source(art, "Bulkhead Weekly").via == []
    assert by_source(art, "The agency").via == []


def test_she_is_not_the_man_who_spoke_last(nlp):
    art = run(nlp, "Health Minister Anna Berg said the hospital would reopen. Labour Minister Gunnvald Halvskar said he "
                   "would meet both sides next week. She said the nurses would be paid.")
    assert [a.speaker.name for a in art.attributions] == ["Anna Berg", "Gunnvald Halvskar", "Anna Berg"]


@pytest.mark.parametrize("text,cue,name,kind,role", [
    # an apposition that names a person's job makes the name a person's, whatever NER said
    ('"Potash prices have peaked," said Radka Velinova, an analyst at Corbel Securities, "but the curbs will bite."',
     "said", "Radka Velinova", "person", "analyst at Corbel Securities"),
    # a surname whose full name the article gave only inside someone else's words
    ("Museum director Oskar Pellingham has offered to resign, according to two people close to the board.\n\n"
     "Asked about the audit, Pellingham said he would not hide behind paperwork.", "said", "Oskar Pellingham",
     "person", None),
    # a name after a comma closing a description of a person, though NER made it part of the company
    ("A spokeswoman for Quillport, Verity Coyle, on Tuesday rejected a report that the port was for sale.", "rejected a report",
     "Verity Coyle", "person", "spokeswoman for Quillport"),
    # ... but a name after a word for a person is that person's, not the speaker's
    ("A person close to the prime minister, Rinat Holl, said the loan was approved.", "said", None,
     "anonymous_person", "person close to the prime minister, Rinat Holl"),
    # a title before a name NER called an organisation; a name after a spokesman for a lower-case body
    ("Finance Minister Araminta Ravensworth said the fund had lost money.", "said", "Araminta Ravensworth", "person",
     "Finance Minister"),
    ("A spokesman for the ministry, Evrard Hatherleigh, said no decision had been taken.", "said",
     "Evrard Hatherleigh", "person", "spokesman for the ministry"),
    # an outlet's name NER cut short ("Pravenna" a person, "Today" a date)
    ("No one has been charged, the news website Pravenna Today reported, citing a person briefed on the case.",
     "reported", "Pravenna Today", "outlet", None),
])
def test_the_name_a_speaker_goes_by(nlp, text, cue, name, kind, role):
    art = run(nlp, "\n" + text)
    src = source_of(art, by_cue(art, cue))
    assert (src.name, src.kind, src.role) == (name, kind, role)


@pytest.mark.parametrize("text,kind,count", [
    ("Sandoval had asked neighbouring countries for more aircraft, his deputy said.", "anonymous_person", 1),
    ("The stadium's cost may rise further, according to the city's latest budget.", "document", None),
    ("The recall is expected to cost 5 million crowns, according to the ministry's own estimate.", "document", None),
])
def test_an_unnamed_deputy_is_a_person_and_a_budget_a_document(nlp, text, kind, count):
    art = run(nlp, "\n" + text)
    a = art.attributions[-1]
    assert (source_of(art, a).kind, a.source_count) == (kind, count)


def test_an_outlet_the_parser_coordinated_with_the_end_of_its_report_is_its_speaker(nlp):
    art = run(nlp, "\nThe ministry bought the software last year and used it against at least six journalists and two "
                   "opposition lawmakers, the daily Orlen Gazette reported on Thursday, citing three people familiar "
                   "with the purchase. Two of the sources said the budget was secret.")
    lead, later = art.attributions
    assert (lead.source.text, lead.cue.text, lead.source_count) == ("the daily Orlen Gazette", "reported", 3)
    assert lead.content.text.startswith("The ministry bought") and lead.content.text.endswith("opposition lawmakers")
    assert (later.via, later.source_count) == (["Orlen Gazette"], 2)


@pytest.mark.parametrize("text,source,content", [
    # a sentence-final "X told reporters": the ones told are no content, the sentence before is
    ("The fire is believed to have been started by sparks from a power line, regional fire chief Benedetta Orsani "
     "told reporters.", "regional fire chief Benedetta Orsani",
     "The fire is believed to have been started by sparks from a power line"),
    ("The ministry is believed to have used the software until October, according to the Gazette.", "the Gazette",
     "The ministry is believed to have used the software until October"),
])
def test_is_believed_to_inside_what_someone_says_hedges_it(nlp, text, source, content):
    art = run(nlp, "\n" + text)
    [a] = art.attributions  # no second, speakerless record for "is believed"
    assert (a.source.text, a.content.text, a.modality) == (source, content, "hedged")
    assert "is believed to" in a.hedges


@pytest.mark.parametrize("text,source,content", [
    # what was found, coordinated with what was checked, is more of the statement
    ("Auction house Orrick & Daun said it had checked the items against stolen-art databases before the sale and "
     "found no warning.", "Auction house Orrick & Daun",
     "it had checked the items against stolen-art databases before the sale and found no warning"),
    # a closing "..., <a document> said." the parser hung on the clause before as an apposition
    ("More than 400 objects cannot be found in the storerooms of the National Museum, an internal audit seen by "
     "Corvane Press said.", "an internal audit seen by Corvane Press",
     "More than 400 objects cannot be found in the storerooms of the National Museum"),
])
def test_sources_and_contents_the_parser_hides(nlp, text, source, content):
    [a] = run(nlp, "\n" + text).attributions
    assert (a.source.text, a.content.text) == (source, content)


def test_the_company_is_the_business_named_in_the_sentence_before(nlp):
    art = run(nlp, "\nShares in Dorvan Potash, the country's largest producer, fell 6 percent. The company said in a "
                   "filing that it was assessing the impact.")
    [a] = art.attributions
    assert (source_of(art, a).name, source_of(art, a).kind) == ("Dorvan Potash", "organization")


def test_the_company_makes_a_business_of_a_name_ner_took_for_a_persons(nlp):
    art = run(nlp, "\nA freight train carrying fertiliser derailed on a river bridge early on Monday, spilling its "
                   "load into the water, the national rail operator Vossbahn said. The company said nobody had been "
                   "hurt.")
    first, company = art.attributions
    assert (first.speaker.name, first.speaker.kind, first.source_count) == ("Vossbahn", "organization", None)
    assert company.speaker.source_id == first.speaker.source_id


def test_a_modal_in_a_relative_clause_does_not_hedge_the_statement(nlp):
    art = run(nlp, '\n"Every tanker was full and every aircraft that could fly was flying," the minister said. '
                   'He said in a notice that the fires could spread.')
    assert [a.modality for a in art.attributions] == ["asserted", "hedged"]


def test_something_seen_inside_a_statement_is_no_statement_of_its_own(nlp):
    art = run(nlp, "\nInterior Minister Radek Sovrin said the ministry acts within the law and that he had never seen "
                   "a list of targets.")
    assert [a.cue.text for a in art.attributions] == ["said"]


@pytest.mark.parametrize("text", [
    "Tevalink said to be selling its towers to Velsund fund",      # a headline's "reportedly"
    "Prosecutors may question the procurement director as early as next week.",  # who is questioned
])
def test_no_one_speaks(nlp, text):
    assert run(nlp, text + "\n\nThe talks went on.").attributions == []


def test_questioning_someone_inside_a_statement_is_no_statement_of_its_own(nlp):
    art = run(nlp, "\nPolice are expected to question the four winners next week, according to a police spokesman.")
    assert [a.cue.text for a in art.attributions] == ["according to"]


def test_all_three_after_two_of_them_is_the_whole_group(nlp):
    art = run(nlp, "\nThe contractor passed money to a consultancy, the Northgate Ledger reported, citing three people "
                   "familiar with the matter. The payments were hidden, two of the sources said. All three said the "
                   "payments had been flagged by auditors.")
    lead, two, three = art.attributions
    assert three.speaker.source_id == next(s.id for s in art.sources if s.role and s.role.startswith("three people"))
    assert (three.source_count, three.via) == (3, ["Northgate Ledger"])


def test_a_coordinated_would_goes_on_with_what_was_said(nlp):
    [a] = run(nlp, '\nTennesholm said he had "followed instructions" and would explain everything to the '
                   'committee.').attributions
    assert a.content.text == 'he had "followed instructions" and would explain everything to the committee'


def test_what_a_person_named_in_the_content_did_next_is_still_content(nlp):
    art = run(nlp, "\nThe director said Rook had visited the observatory in October and promised that its budget was "
                   "safe.")
    said = by_cue(art, "said")
    assert said.content.text == "Rook had visited the observatory in October and promised that its budget was safe"


@pytest.mark.parametrize("text,name,kind", [
    # the regulator named in narration, not the wire agency of the dateline
    ("OSTLEY (Ostley Wire) - Engineers told the agency they had found cracks in the Velmora dam.\n\nThe dam is "
     "overseen by the Water Safety Agency, which has its headquarters in Karsten Vale. The agency said it would send "
     "its own inspectors.", "Water Safety Agency", "organization"),
    ("The port was sold without a tender, according to a register kept by the Dravensholt Port Authority. The port "
     "authority said it had found no clause that barred a sale.", "Dravensholt Port Authority", "organization"),
])
def test_the_body_a_description_names(nlp, text, name, kind):
    art = run(nlp, "\n" + text)
    src = source_of(art, art.attributions[-1])
    assert (src.name, src.kind) == (name, kind)


def test_the_day_of_a_statement_is_not_in_the_cue(nlp):
    text = "\nThe National Statistics Office said in a statement on Tuesday that no data had been lost."
    [a] = run(nlp, text).attributions
    assert (a.cue.text, a.content.text) == ("said in a statement", "that no data had been lost")


def test_she_is_not_the_unnamed_man_just_called_he(nlp):
    art = run(nlp, "\nPlanning Minister Severina Mallowgrave said no data had been lost. Two census workers told Garrowby "
                   "News that forms had gone missing. One of them said the tablets had failed. He did not respond to "
                   "later requests for comment.\n\nAsked whether the census would be repeated, she said: \"We will go "
                   "back door to door if we have to.\"")
    last = art.attributions[-1]
    assert source_of(art, last).name == "Severina Mallowgrave"


def test_a_spokeswoman_is_no_he_and_a_past_perfect_goes_on_with_the_content(nlp):
    art = run(nlp, "\nEconomy Minister Bertrand Faversham said the request had never reached him and had asked "
                   "officials to find out why. A spokeswoman for Quarrydown Capital, Yvaine Drummore, said the deal "
                   "was off. He said no decision had been taken.")
    first, last = art.attributions[0], art.attributions[-1]
    assert first.content.text == "the request had never reached him and had asked officials to find out why"
    assert source_of(art, last).name == "Bertrand Faversham"


def test_the_regulator_and_a_daily_told(nlp):
    art = run(nlp, "\nThe fund is supervised by the Financial Conduct Board. The regulator said it had found no breach. "
                   "Chief executive Liesbet Vandermolen told the business daily Kettering Ledger that the brewery would "
                   "close.")
    regulator, told = art.attributions
    assert source_of(art, regulator).name == "Financial Conduct Board"
    assert told.via == ["Kettering Ledger"]


def test_the_paper_dated_june_is_the_document_seen_before(nlp):
    art = run(nlp, "\nThe ministry plans to close 14 village schools, according to a ministry paper seen by the Halloway "
                   "Sentinel.\n\nThe paper, dated June, says the schools have fewer than 40 pupils each.")
    first, second = art.attributions
    assert second.speaker.source_id == first.speaker.source_id and source_of(art, second).kind == "document"


def test_a_fronted_participle_or_phrase_is_no_content(nlp):
    """"Speaking to reporters in Tavelmoor on Monday, the minister warned of ...": how the telling went,
    not what was said; the verb's own complement is the content."""
    art = run(nlp, "\nSpeaking to reporters in Tavelmoor on Monday, the minister warned of a long and costly winter.\n\n"
                   "Walking through the flooded square, Mayor Osgood Penwarden talked about his years as a ferryman.")
    warned, talked = art.attributions
    assert (warned.cue.text, warned.content.text) == ("warned of", "a long and costly winter")
    assert (talked.cue.text, talked.content.text) == ("talked about", "his years as a ferryman")


def test_a_past_perfect_after_the_clause_goes_on_with_what_was_said(nlp):
    """"said ... that it had no evidence but had asked the regulator to ...": one statement, no record for
    "had asked"; a refusal coordinated the same way ("but would not say why") stays the speaker's own act."""
    art = run(nlp, "\nThe port authority said in a statement on Friday that it had found no fault in the cranes but had "
                   "asked the safety board to inspect them again.\n\nThe harbour master said the berth would reopen on "
                   "Monday but would not say why it had closed.")
    cues = [a.cue.text for a in art.attributions]
    assert "had asked" not in cues
    assert by_cue(art, "said in a statement").content.text == (
        "that it had found no fault in the cranes but had asked the safety board to inspect them again")
    assert by_cue(art, "said").content.text == "the berth would reopen on Monday"
    assert any(c.startswith("would not say") for c in cues), cues


def test_agreeing_an_outline_is_a_deal_not_a_statement(nlp):
    art = run(nlp, "\nBrisland and Coyvere have agreed the outline of a 90-day truce along the Marrel valley, the weekly "
                   "Tollhouse Review reported on Tuesday, citing three diplomats.")
    assert [a.cue.text for a in art.attributions] == ["reported"]
    assert art.attributions[0].speaker.name == "Tollhouse Review"


def test_a_report_closing_after_a_company_name_is_the_outlets(nlp):
    """", ... merge with Vellany's Ostergard Group, the Quarry Gazette reported": the parser hangs the clause on the
    last noun before the comma; the company is neither the speaker nor part of the source."""
    art = run(nlp, "\nHolmfirth Glass is in talks to merge with Vellany's Ostergard Group, the Quarry Gazette reported "
                   "on Monday, citing two people with knowledge of the talks.")
    a = by_cue(art, "reported")
    assert a.source.text == "the Quarry Gazette"
    assert (a.speaker.kind, a.speaker.name) == ("outlet", "Quarry Gazette")
    assert a.via == ["Quarry Gazette"] and a.source_count == 2


def test_a_relative_clause_after_a_body_is_no_closing_report(nlp):
    art = run(nlp, "\nThe navy is run by the Coastal Defence Council, which has not commented publicly on the talks since "
                   "April.")
    assert art.attributions == []


def test_neither_confirm_nor_deny_is_one_cue_and_a_refusal(nlp):
    from claimtrace.link.claims import is_refusal
    from claimtrace.stance.lexicon import is_denial_cue

    art = run(nlp, "\nCouncil leader Mirabel Ostrowe would neither confirm nor deny that the budget paper existed when "
                   "asked by Lanterne Radio.")
    a = art.attributions[0]
    assert a.cue.text == "would neither confirm nor deny"
    assert a.content.text == "that the budget paper existed"  # the asking is the outlet's, not what was said
    assert is_refusal(a.cue.text, a.content.text) and not is_denial_cue(a.cue.text)


def test_he_and_she_follow_first_names_and_what_people_said_of_themselves(nlp):
    """The article never says which pronoun goes with Ingeborg Faraday or with Tobiah Quennell, but their
    first names do; "Lindqvist said ... and that he would ..." says it of Lindqvist."""
    art = run(nlp, "\nIts chairman, Tobiah Quennell, said the ballot boxes had been sealed. The campaign manager, Ingeborg "
                   "Faraday, told Radio Harth the count was fair. He said the recount would be public.\n\n"
                   "Ostmar Lindqvist said both sides had asked for time and that he would meet them on Friday. Minister "
                   "Yselde Varrow said the talks were stuck. She said no text was ready.")
    he, she = art.attributions[2], art.attributions[-1]
    assert source_of(art, he).name == "Tobiah Quennell"
    assert source_of(art, she).name == "Yselde Varrow"


def test_a_spokeswoman_for_a_union_named_after_a_comma_is_a_person(nlp):
    art = run(nlp, "\nA spokeswoman for the dockers' union, Petronella Askew, said the figures were wrong.\n\n"
                   "The Istrel Observer Mission said it had seen no fraud.")
    spokeswoman, mission = art.attributions
    assert (source_of(art, spokeswoman).kind, source_of(art, spokeswoman).name) == ("person", "Petronella Askew")
    assert source_of(art, mission).kind == "organization"  # "Observer" names papers, "Mission" a body


def test_a_common_first_name_makes_a_person_whatever_ner_said(nlp):
    """NER took "Pennacott" for a place and "Ballastre" for a company; their first names and surnames say
    people. A description of a body still wins ("The farmers' cooperative, Osmer Agri")."""
    art = run(nlp, "\nThe prosecutor's office confirmed the searches. Its spokeswoman, Jolanthe Pennacott, told reporters "
                   "nobody had been charged.\n\nGaspard Ballastre said relatives had learned of the deal from a "
                   "newspaper.")
    told, said = art.attributions[-2:]
    assert (source_of(art, told).kind, source_of(art, told).name) == ("person", "Jolanthe Pennacott")
    assert (source_of(art, said).kind, source_of(art, said).name) == ("person", "Gaspard Ballastre")


def test_an_outlet_named_after_its_description_keeps_its_whole_name(nlp):
    """"the broadcaster Ulmestan Today" (NER stopped at the place, the parser read "Today" as a time),
    "the shipping journal Anchorline" (one untagged word), "The financial weekly Pellmark Digest"."""
    art = run(nlp, "\nThe envoy, Hedwig Lorrimer, said in an interview with the broadcaster Ulmestan Today that the "
                   "talks had stalled.\n\nTwo crane drivers told the shipping journal Anchorline that the strike would "
                   "last a month.\n\nThe financial weekly Pellmark Digest reported that a bid was being prepared.")
    interview, drivers, weekly = art.attributions
    assert interview.via == ["Ulmestan Today"] and interview.cue.text == "said in an interview"
    assert drivers.via == ["Anchorline"]
    assert (weekly.speaker.kind, weekly.speaker.name) == ("outlet", "Pellmark Digest")


def test_what_closes_the_telling_is_no_content(nlp):
    """", without giving a number", ", but gave no details": how the telling went; a quotation opened
    in the content runs on to its end though the parser hung its second half on the cue."""
    art = run(nlp, "\nDefence Minister Odile Carrow said that her country's losses were \"a fraction\" of the enemy's, "
                   "without giving a number.\n\nA government spokesman, Tobin Aske, said the attack had been traced to "
                   "servers abroad, but gave no details.\n\nHe told the radio station Marl FM that crews \"have not "
                   "lost a single house, and we do not intend to.\"")
    losses, attack, crews = art.attributions
    assert losses.content.text == 'that her country\'s losses were "a fraction" of the enemy\'s'
    assert attack.content.text == "the attack had been traced to servers abroad"
    assert crews.content.text == 'that crews "have not lost a single house, and we do not intend to."'


def test_a_check_that_failed_and_a_pledged_act_are_no_statements(nlp):
    art = run(nlp, "\nThe Kestlow Herald reported that the hostages would be freed. Fenmarrow Wire could not "
                   "independently confirm the Herald's report.\n\nThe militia has pledged to release the two oldest "
                   "hostages.\n\nSatellite data showed the fire had burned 31,000 hectares.")
    cues = [a.cue.text for a in art.attributions]
    assert "could not independently confirm" not in cues and "showed" not in cues
    assert len([c for c in cues if "pledged" in c]) <= 1  # one verb, at most one record


def test_a_speaker_the_parser_hung_on_the_clause_before(nlp):
    """"... spread towards Kelsbury, regional fire chief Aldwin Stobbart told reporters on Saturday.": the
    speaker became the object of "towards"; the phrase after the comma is who told."""
    art = run(nlp, "\nMore than 14,000 people have been ordered out of their homes as a wildfire driven by strong "
                   "winds spread towards Kelsbury, regional fire chief Aldwin Stobbart told reporters on Saturday.")
    a = by_cue(art, "told")
    assert a.source.text == "regional fire chief Aldwin Stobbart" and source_of(art, a).name == "Aldwin Stobbart"
    assert a.content.text == ("More than 14,000 people have been ordered out of their homes as a wildfire driven by "
                              "strong winds spread towards Kelsbury")


def test_a_newsrooms_sources_by_name_and_an_inverted_closing_clause(nlp):
    """"the Kettlemere Wayfarer's sources", "the sources of the newspaper Ondrecourt Crier": a named body
    with sources of its own is the via; ", writes the newspaper." is an inverted reporting clause."""
    art = run(nlp, "\nThe commission will order a recount at 14 polling stations, the Kettlemere Wayfarer's sources "
                   "said on Monday.\n\nBrasnova Holdings is negotiating to buy the operator, according to the sources "
                   "of the newspaper Ondrecourt Crier.\n\nThe price would be 1.4 billion grivets, writes the newspaper.")
    wayfarer, crier, writes = art.attributions
    assert wayfarer.via == ["Kettlemere Wayfarer"] and crier.via == ["Ondrecourt Crier"]
    assert (writes.source.text, writes.content.text) == ("the newspaper", "The price would be 1.4 billion grivets")
    assert writes.speaker.kind == "outlet"


def test_bodies_named_by_the_head_of_their_name(nlp):
    """"the directorate" after "the Directorate of Military Medicine"; "The Zelvonian company Brasnova
    Holdings" (not the people's name before it); a press union is no paper; "had no plans" after a
    past-tense cue goes on with what was said."""
    art = run(nlp, "\nThe toll is compiled by the Directorate of Military Medicine. The directorate said its figures "
                   "were complete.\n\nThe Zelvonian company Brasnova Holdings said no price had been agreed.\n\n"
                   "The Aldermark Press Union said the ruling was fair.\n\nTransport Minister Eberhard Oxenholme said "
                   "the government was watching but had no plans to order the dockers back to work.")
    directorate, company, union, minister = art.attributions
    assert source_of(art, directorate).name == "Directorate of Military Medicine"
    assert source_of(art, company).name == "Brasnova Holdings"
    assert source_of(art, union).kind == "organization"
    assert minister.content.text == "the government was watching but had no plans to order the dockers back to work"


def test_a_closing_clause_the_parser_gave_two_subjects_and_a_site_that_is_its_own(nlp):
    """"... after an audit found that the company underpaid royalties, the Durnhollow Lamp's sources said":
    the parser hung the clause on "found" with both subjects; the last, after the comma, speaks. "Kestrune
    said on its website": a body's own medium, so no person."""
    art = run(nlp, "\nThe ministry is preparing to revoke the concession after an audit found that the company "
                   "underpaid royalties by 210 million dravels, the Durnhollow Lamp's sources said on Tuesday.\n\n"
                   "The president has nominated Briony Salvin as governor, Kestrune said on its website on Friday.")
    sources = by_cue(art, "said")
    assert sources.source.text == "the Durnhollow Lamp's sources" and sources.via == ["Durnhollow Lamp"]
    assert sources.content.text.startswith("The ministry is preparing to revoke the concession")
    site = art.attributions[-1]
    assert (source_of(art, site).kind, source_of(art, site).name) == ("organization", "Kestrune")


def test_a_company_named_short_first_is_one_source_with_its_full_name(nlp):
    art = run(nlp, "Greyfallow calls royalty report false\n\nGreyfallow Minerals on Wednesday rejected a report "
                   "that it had underpaid royalties. \"Every dravel has been paid,\" the company said.")
    names = {source_of(art, a).name for a in art.attributions}
    assert names == {"Greyfallow Minerals"}


def test_an_agency_quoting_officials_as_saying_and_a_place_word_before_a_noun(nlp):
    """"The Tarrowin News Agency quoted two officials as saying ...": the officials speak (two), through
    the agency; "A senior Dramond defence official", "the Merovan coastguard": the place's word is no
    one's name."""
    art = run(nlp, "\nThe Tarrowin News Agency quoted two Dramond officials as saying the document had been shared "
                   "with allied governments.\n\nA senior Dramond defence official told Bramblecote Press the figures "
                   "were right.\n\nThe Merovan coastguard said at least 41 people had drowned.")
    quoted, official, coastguard = art.attributions
    assert (quoted.cue.text, quoted.source.text) == ("quoted as saying", "two Dramond officials")
    assert quoted.source_count == 2 and quoted.via == ["Tarrowin News Agency"]
    assert quoted.content.text == "the document had been shared with allied governments"
    assert source_of(art, official).kind == "anonymous_person" and source_of(art, official).name is None
    assert source_of(art, coastguard).kind == "organization" and source_of(art, coastguard).name is None


def test_clauses_and_speakers_the_parser_misplaced(nlp):
    """"conceded at a news conference that the jet had been ...": a complementiser the parser took for a
    relative pronoun; "Sidony Dunhaverly warned": a name read as an adverb; "said public-sector pay claims
    this year could add ...": the clause's subject read as the verb's object; "A local newspaper, the
    Trellisburg Courier, reported on Sunday that ...": the main verb read as a participle."""
    art = run(nlp, "\nChief executive Ermintrude Oakenshaw conceded at a news conference in the capital that the jet "
                   "had been through routine maintenance.\n\nAviation safety consultant Sidony Dunhaverly warned that "
                   "panels of this kind were rarely checked.\n\nHe said public-sector pay claims this year could add "
                   "0.4 percentage points to inflation.\n\nA local newspaper, the Trellisburg Courier, reported on "
                   "Sunday that the suspect had posted threats online.")
    conceded, warned, said, reported = art.attributions
    assert (conceded.cue.text, conceded.content.text) == (
        "conceded", "that the jet had been through routine maintenance")
    assert (warned.cue.text, warned.source.text) == ("warned", "Aviation safety consultant Sidony Dunhaverly")
    assert said.content.text == "public-sector pay claims this year could add 0.4 percentage points to inflation"
    assert reported.source.text == "A local newspaper, the Trellisburg Courier" and reported.speaker.kind == "outlet"


def test_the_pilots_are_the_pilots_counted_before_and_several_is_a_count(nlp):
    art = run(nlp, "\nThree pilots at the airline told the Ashwend Press Agency that nine jets had been grounded. The "
                   "pilots said crews had been told to keep quiet.\n\nSeveral branch secretaries in the north told "
                   "Pellisford Wire they would campaign for a no vote.")
    told, pilots, secretaries = art.attributions
    assert pilots.speaker.source_id == told.speaker.source_id and pilots.source_count == 3
    assert source_of(art, secretaries).kind == "anonymous_group"


def test_a_participle_read_as_a_verb_a_place_word_deep_in_a_phrase_and_a_body_ner_called_a_work(nlp):
    """"... to extend by six months the state of emergency declared after last autumn's riots": the
    parser coordinated the participle with "voted", it states nothing; "A senior Dramond defence
    official, who asked not to be named ...": unnamed; "The association" after "The Flight Crew
    Association" (a work of art to NER)."""
    art = run(nlp, "\nDornavia's parliament voted 214 to 139 on Thursday to extend by six months the state of emergency "
                   "declared after last autumn's riots.\n\nA senior Dramond defence official, who asked not to be named "
                   "because the assessment is classified, told Bramblecote Press the figures were right.\n\nThe Flight "
                   "Crew Association, which represents about 1,200 pilots, called for a review. The association said "
                   "its members had reported loose fittings.")
    assert not [a for a in art.attributions if a.cue.text.startswith("declared")]
    official = by_cue(art, "told")
    assert source_of(art, official).kind == "anonymous_person"
    assert source_of(art, art.attributions[-1]).name == "Flight Crew Association"


def test_a_surname_after_a_full_name_seen_only_as_a_possessor(nlp):
    art = run(nlp, "\nThe court ordered a recount after Solveig Vennecombe's challenge was heard on Monday. Vennecombe "
                   "says the count was rigged. She told supporters she would not give up.")
    says, told = art.attributions[-2:]
    assert (source_of(art, says).kind, source_of(art, says).name) == ("person", "Solveig Vennecombe")
    assert told.speaker.source_id == says.speaker.source_id


def test_a_sentence_opening_surname_the_tagger_took_for_a_noun(nlp):
    """"Greaves has rejected the allegations" after "Transport Minister Hobart Greaves": the tagger
    read "Greaves" as a plural noun; the article named the person in full."""
    art = run(nlp, "\nThe newspaper said Orlavane Group had paid a consultancy run by a friend of Transport Minister "
                   "Hobart Greaves.\n\nGreaves has rejected the allegations.")
    rejected = art.attributions[-1]
    assert (source_of(art, rejected).kind, source_of(art, rejected).name) == ("person", "Hobart Greaves")


@pytest.mark.parametrize("text, cue", [
    ("The company said in a written reply to questions that it had done nothing wrong.",
     "said in a written reply to questions"),
    ("The court said in a one-page order that the hearing would resume on Monday.", "said in a one-page order"),
    ("The union said in its complaint that the bank had withheld wages.", "said in its complaint"),
    # set phrases and what a refusal is about stay out of the cue
    ("He said in response to a question that the plan was dead.", "said"),
    ("The minister declined to comment on the verdict.", "declined to comment on"),
])
def test_how_it_was_said_joins_the_cue(nlp, text, cue):
    assert by_cue(run(nlp, text), cue)


def test_a_modal_in_a_clause_of_time_or_purpose_hedges_nothing(nlp):
    art = run(nlp, "The hospital said 40 bodies were awaiting identification before they could be added to the toll. "
                   "Officials said the talks could collapse.")
    waiting, talks = art.attributions
    assert (waiting.modality, waiting.hedges) == ("asserted", [])
    assert source_of(art, waiting).kind == "organization"
    assert (talks.modality, talks.hedges) == ("hedged", ["could"])


def test_a_body_introduced_with_its_parent_is_no_reference_back(nlp):
    """"The observer mission of the Arvelle Council" after the "Central Electoral Commission": a new
    body (and "mission" is no word of "Commission")."""
    art = run(nlp, "The Central Electoral Commission said turnout was 61 percent. The observer mission of the Arvelle "
                   "Council said in a preliminary statement that voting had been orderly.")
    mission = by_cue(art, "said in a preliminary statement")
    assert source_of(art, mission).kind == "organization"
    assert source_of(art, mission).name != "Central Electoral Commission"


def test_a_document_seen_by_an_outlet_reaches_us_through_it(nlp):
    art = run(nlp, "\nSELWICK, May 4 (Corvane Press) - The Westmark Journal reported on Monday that two drugmakers had "
                   "agreed prices.\n\nA letter seen by the Journal said the talks began in April. In one message seen "
                   "by the Journal, a Stelmark sales manager wrote that the increase \"must look independent.\"\n\n"
                   "An internal audit seen by Corvane Press said the talks began in March.")
    letter, message, audit = (by_cue(art, "said"), by_cue(art, "wrote"),
                              [a for a in art.attributions if a.content.text.endswith("March")][0])
    assert source_of(art, letter).kind == "document" and letter.via == ["Westmark Journal"]
    assert source_of(art, message).kind == "anonymous_person" and message.via == ["Westmark Journal"]
    assert audit.via == []  # the agency's own reporting


def test_an_outlet_citing_people_keeps_its_report_when_the_parser_hangs_it_on_them(nlp):
    """"The daily X, citing two diplomats, reported ...": the parser hung "reported" on "diplomats"."""
    art = run(nlp, "The swap was brokered by Mirravel, whose envoy spent six weeks shuttling between the two capitals. "
                   "The daily Sevenhithe Daybook, citing two Mirravelian diplomats, reported last week that the deal had "
                   "nearly collapsed over the names of three pilots. The diplomats said Ostravia had insisted on the "
                   "release until the final night, according to the newspaper.")
    reported, said = by_cue(art, "reported"), by_cue(art, "said")
    assert reported.source.text == "The daily Sevenhithe Daybook"
    assert (source_of(art, reported).kind, reported.source_count) == ("outlet", 2)
    assert said.via == ["Sevenhithe Daybook"] and said.source_count == 2
    # a trailing "according to" is through whom the statement came, not part of it; that framing
    # gives the same statement
    assert said.content.text == "Ostravia had insisted on the release until the final night"
    assert by_cue(art, "according to").content.text == said.content.text


def test_a_trailing_according_to_after_a_quote(nlp):
    art = run(nlp, 'Judge Annelie Brusk ruled that the risk of an unfair trial was "remote," according to a copy of the '
                   "ruling seen by Kilverston Wire.")
    ruled = by_cue(art, "ruled")
    assert ruled.content.text == 'that the risk of an unfair trial was "remote,"'
    assert ruled.via == ["Kilverston Wire"]
    assert by_cue(art, "according to").content.text == ruled.content.text


def test_a_closing_report_by_an_outlet_the_tagger_misread(nlp):
    """"..., the news site Pollenby Sounding reported ...": the parser hung "reported" on "site" past
    the name; later "the people" keep the site as via, and "an interview with the Sounding" (a noun
    to the tagger) names it."""
    art = run(nlp, "\nCAWDERMERE, April 8 (Sallowmead Press) - Arlenmoor's government plans to buy a majority stake in "
                   "the Kelsby shipyard to stop it from closing, the news site Pollenby Sounding reported on Thursday, "
                   "citing five people familiar with the plan.\n\nThree of the people said the plan had been drawn up "
                   "in January.\n\nIndustry Minister Jorvald Wyndraker said in an interview with the Sounding that the "
                   "government was looking at every option.")
    reported = by_cue(art, "reported")
    assert (source_of(art, reported).kind, source_of(art, reported).name) == ("outlet", "Pollenby Sounding")
    three = by_cue(art, "said")
    assert (three.source_count, three.via) == (3, ["Pollenby Sounding"])
    minister = by_cue(art, "said in an interview")
    assert minister.via == ["Pollenby Sounding"]


def test_an_outlet_named_in_apposition_to_its_description(nlp):
    """"Varlonne's public broadcaster, Telvarra": NER made the name a person; "the broadcaster" later."""
    art = run(nlp, "Varlonne's public broadcaster, Telvarra, reported on Wednesday that Haldemayne had been seen at a "
                   "marina, citing a port official. The port official told the broadcaster that the yacht had been "
                   "moored there since June.")
    reported, told = by_cue(art, "reported"), by_cue(art, "told")
    assert (source_of(art, reported).kind, source_of(art, reported).name) == ("outlet", "Telvarra")
    assert told.via == ["Telvarra"]


def test_an_outlet_described_once_is_an_outlet_when_it_speaks_later(nlp):
    art = run(nlp, "The memo, first reported by the Tavoshkan daily Ilvermark Vedette on Tuesday, said at least 60 "
                   "monitors had been detained.\n\nThe mission may be replaced by a smaller civilian team, the Ilvermark "
                   "Vedette said, citing a Concordat official.")
    said = art.attributions[-1]
    assert (source_of(art, said).kind, source_of(art, said).name) == ("outlet", "Ilvermark Vedette")
    assert said.source_count == 1 and said.modality == "hedged"


def test_a_report_citing_members_of_its_group_and_the_person_quoted_later(nlp):
    art = run(nlp, "\nSENDRAL, June 2 (Marrowby Newswire) - Calvoria has offered bondholders a deal that would cut their "
                   "debt by 40 percent, the financial paper Quintavalle Strongbox reported, citing four people familiar "
                   "with the talks.\n\nThe offer would also push back repayments by seven years, the paper said, citing "
                   "two of the people.\n\nOne of the people cited by the Strongbox said several funds were ready to "
                   "accept the terms. \"If the growth payment is in, we are close,\" the person was quoted as saying.")
    paper = by_cue(art, "said")
    assert (paper.source_count, paper.via) == (2, ["Quintavalle Strongbox"])
    one, quoted = art.attributions[-2:]
    assert quoted.cue.text == "was quoted as saying"
    assert quoted.speaker.source_id == one.speaker.source_id
    assert (quoted.source_count, quoted.via) == (1, ["Quintavalle Strongbox"])


def test_bodies_described_where_they_are_named_and_answers_to_what_was_said_before(nlp):
    art = run(nlp, "The rector offered to resign on Thursday. An independent panel said his thesis had been copied. The "
                   "case was first raised by Copyhound, an anonymous online group. Copyhound said in a post on its "
                   "website that the panel had confirmed every finding.\n\nTwo professors told VRN that the first chair "
                   "had stepped down under pressure. The rector's office denied that. It said the first chair had "
                   "left for health reasons.")
    assert source_of(art, art.attributions[0]).kind == "organization"
    assert source_of(art, by_cue(art, "said in a post on its website")).kind == "organization"
    denied = by_cue(art, "denied")
    assert denied.content.text == "that" and source_of(art, denied).kind == "organization"
    it = [a for a in art.attributions if a.source.text == "It"][0]
    assert it.speaker.source_id == denied.speaker.source_id


def test_a_charge_he_denies(nlp):
    art = run(nlp, "Ullwater ran the Ostmark fund until 2024. Prosecutors in Velland say Ullwater hid 400 million "
                   "vellars in losses from auditors for five years, a charge he denies.")
    say, denies = by_cue(art, "say"), by_cue(art, "denies")
    assert say.content.text == "Ullwater hid 400 million vellars in losses from auditors for five years"
    assert denies.source.text == "he" and denies.speaker.name == "Ullwater"
    assert denies.content.text == say.content.text


def test_a_platform_joins_the_cue_and_a_passive_conjunct_goes_on_with_the_content(nlp):
    art = run(nlp, "Tavrenia's foreign ministry said on X that it had sent a rescue team. The panel concluded that the "
                   "copying was \"systematic and deliberate\" and could not be explained by the practices of the time.")
    assert by_cue(art, "said on X").content.text == "that it had sent a rescue team"
    assert by_cue(art, "concluded").content.text.endswith("could not be explained by the practices of the time")


def test_something_shown_to_people_is_no_statement(nlp):
    art = run(nlp, "Monitors at the checkpoint showed reporters the shell of a patrol car burned in July. An officer "
                   "said the crew had escaped.")
    assert [a.cue.text for a in art.attributions] == ["said"]


def test_a_country_whose_adjective_drops_its_last_letter_is_no_person(nlp):
    """"Varlonne" beside "a Varlonnian citizen": NER called the country a person."""
    art = run(nlp, "Varlonne has formally asked Ostrevane to extradite shipping magnate Corradin Haldemayne, three "
                   "officials told Hollenbrae Press. Ostrevane's Justice Ministry said it had received a request "
                   "concerning a Varlonnian citizen.")
    asked = by_cue(art, "has formally asked")
    assert source_of(art, asked).kind == "organization"


def test_people_named_inside_what_others_said_speak_later_under_their_full_names(nlp):
    art = run(nlp, "\nTOLLENBRISK, Oct 19 (Quillfeather Wire) - Brevanya's electoral commission is preparing to postpone "
                   "the runoff by six weeks, the public broadcaster Channel Vesper reported on Monday, citing two of the "
                   "commission's nine members.\n\nThe members told Channel Vesper that the commission's chairman, "
                   "Adelbrand Kossuthey, had drafted the decision. The misprinted ballots list opposition candidate "
                   "Corina Varescu under the wrong party symbol.\n\n\"That is simply not true,\" Kossuthey said in a "
                   "statement. The chairman denied that any ballots had been misprinted.\n\nVarescu, who came second "
                   "in the first round, called the plan \"a coup by stationery.\" The cabinet called the report "
                   "premature but did not deny it.")
    members = by_cue(art, "told")
    assert (members.source_count, members.via) == (2, ["Channel Vesper"])  # the two cited, not all nine
    statement, denied = by_cue(art, "said in a statement"), by_cue(art, "denied")
    assert statement.speaker.name == denied.speaker.name == "Adelbrand Kossuthey"
    called = [a for a in art.attributions if a.source.text.startswith("Varescu")][0]
    assert (source_of(art, called).kind, source_of(art, called).name) == ("person", "Corina Varescu")
    assert not [a for a in art.attributions if a.cue.text.endswith("deny")]  # "did not deny it" answers nothing


def test_a_quoting_agency_split_in_two_subjects_a_company_in_apposition_and_a_that_before_a_quote(nlp):
    art = run(nlp, 'The state news agency Kestpress quoted Ostrynn as saying that "no one will be called up by a '
                   'newspaper." The ship\'s owner, Blackfen Maritime, said in an emailed statement that the crew had '
                   'done nothing wrong. "We will not sign," Berg said.')
    quoted = by_cue(art, "quoted as saying")
    assert quoted.via == ["Kestpress"]
    assert quoted.kind == "mixed"  # the reporter's "that" before the quotation
    owner = by_cue(art, "said in an emailed statement")
    assert (source_of(art, owner).kind, source_of(art, owner).name) == ("organization", "Blackfen Maritime")
    assert by_cue(art, "said").kind == "direct"


def test_a_closing_speaker_with_a_relative_clause_and_a_participle_after(nlp):
    art = run(nlp, "Rescue teams had pulled 23 people alive from the snow by nightfall, Hendrika Solvanger, who leads the "
                   "mountain rescue unit at Varnaskel, told reporters at the resort, adding that the search would go on "
                   "through the night. Interior Minister Bellamy Cordwain wrote on social media that he had ordered a "
                   "review.\n\nThe resort's operator said in a statement that the slope had been reopened on Saturday "
                   "morning \"after all standard checks had been completed.\"")
    told, adding = by_cue(art, "told"), by_cue(art, "adding")
    assert told.content.text == "Rescue teams had pulled 23 people alive from the snow by nightfall"
    assert told.speaker.name == adding.speaker.name == "Hendrika Solvanger"
    assert by_cue(art, "wrote on social media").speaker.name == "Bellamy Cordwain"
    # a quotation that opens right after what was said finishes it
    assert by_cue(art, "said in a statement").content.text.endswith('"after all standard checks had been completed."')


def test_names_ner_missed_or_called_a_body_in_apposition_to_a_word_for_a_person(nlp):
    art = run(nlp, "One of the people said the regulator's chairman at the time, Halsted Vormann, had been told of the "
                   "meeting. Vormann, who left the regulator in December, denied any wrongdoing. \"I learned about this "
                   "from the newspaper,\" he told reporters.\n\nThe tournament's organiser, Aldgyth Sporrow, noticed "
                   "that he left the hall. \"He would go out,\" Sporrow told Morvaine Wire.")
    denied, he = by_cue(art, "denied"), next(a for a in art.attributions if a.source.text == "he")
    assert (source_of(art, denied).kind, denied.speaker.name) == ("person", "Halsted Vormann")
    assert he.speaker.source_id == denied.speaker.source_id
    noticed = by_cue(art, "noticed")
    assert noticed.speaker.name == "Aldgyth Sporrow" and source_of(art, noticed).kind == "person"
    assert art.attributions[-1].speaker.source_id == noticed.speaker.source_id


@pytest.mark.parametrize("text, cue, source, kind, content", [
    ("Four people were killed when soldiers fired on their car, relatives and local officials said.", "said",
     "relatives and local officials", "anonymous_group", "Four people were killed when soldiers fired on their car"),
    ("The stadium's safety certificate states that no more than 9,000 fans an hour may pass the gates.", "states",
     "The stadium's safety certificate", "document", "that no more than 9,000 fans an hour may pass the gates"),
    # a body's website is a document: its owner, the possessor, is not the speaker (nor the last outlet named)
    ("The court will rule on Friday, according to the Constitutional Court's website.", "according to",
     "the Constitutional Court's website", "document", "The court will rule on Friday"),
    ("Velsmark has about 400,000 customers, according to its website.", "according to", "its website", "document",
     "Velsmark has about 400,000 customers"),
    ("The company said at the time that the report was false.", "said", "The company", "organization",
     "that the report was false"),
    ("Dornholt's trial is due to begin on Oct. 6, court records show.", "show", "court records", "document",
     "Dornholt's trial is due to begin on Oct. 6"),
    ("Two of the people said the cuts would be presented to the board on Nov. 20 and announced the same week.",
     "said", "Two of the people", "anonymous_group",
     "the cuts would be presented to the board on Nov. 20 and announced the same week"),
    # a document closing the sentence, also where the parser read "catalogue shows" as one noun
    ("The mine employs about 2,100 people, its latest annual report shows.", "shows", "its latest annual report",
     "document", "The mine employs about 2,100 people"),
    ("The vase had been valued at 400,000 crowns, the auction catalogue shows.", "shows", "the auction catalogue",
     "document", "The vase had been valued at 400,000 crowns"),
    ("The previous loan was cancelled in 2019 after the deficit widened, the bank's records show.", "show",
     "the bank's records", "document", "The previous loan was cancelled in 2019 after the deficit widened"),
    ("The overrun has reached 90 million crowns, a court filing by the main contractor shows.", "shows",
     "a court filing by the main contractor", "document", "The overrun has reached 90 million crowns"),
    # ... and between commas, before a comment on what it shows (the parser read "Television show" as a noun)
    ("Thirty-seven employees gave 410,000 krovels to the campaign in two days, bank records seen by Ombrisk "
     "Television show, almost three times the legal cap.", "show", "bank records seen by Ombrisk Television",
     "document", "Thirty-seven employees gave 410,000 krovels to the campaign in two days"),
    # the parser made a word of what was said a second subject of "says"
    ('The study, due to go to the council in December, says poor planning "may have added months" to the project.',
     "says", "The study, due to go to the council in December", "document",
     'poor planning "may have added months" to the project'),
])
def test_closing_and_misparsed_speakers_and_contents(nlp, text, cue, source, kind, content):
    art = run(nlp, text)
    a = by_cue(art, cue)
    assert (a.source.text, source_of(art, a).kind, a.content.text) == (source, kind, content)
    assert len(art.attributions) == 1


def test_an_according_to_phrase_between_subject_and_verb_leaves_the_subject_in_the_content(nlp):
    """"The B sample, according to the agency's rules, must be tested ...": what the rules say is the
    whole clause, in two pieces around the phrase; a fronted or closing phrase keeps one piece."""
    art = run(nlp, "The B sample, according to the agency's rules, must be tested within 30 days. According to two "
                   "officials, the plan would cost 2 billion crowns.")
    rules, officials = art.attributions
    assert [art.text[s:e] for s, e in rules.content.spans] == ["The B sample", "must be tested within 30 days"]
    assert officials.content.text == "the plan would cost 2 billion crowns"


def test_a_subject_before_an_interrupting_speaker_joins_the_quoted_predicate(nlp):
    """'The attempt, one of the five people said, "was a rehearsal ..."': the quote is the predicate of
    the subject before the interruption, so both are what was said (mixed speech)."""
    art = run(nlp, 'Coup plotters held\n\nThe attempt, one of the five people said, "was a rehearsal that went '
                   'badly wrong."\n\n"The deal is dead," Berg said.')
    attempt, deal = art.attributions
    assert (attempt.content.text, attempt.kind) == ('The attempt "was a rehearsal that went badly wrong."', "mixed")
    assert (deal.content.text, deal.kind) == ('"The deal is dead,"', "direct")


def test_a_fronted_question_is_no_part_of_the_quoted_answer(nlp):
    """'Asked whether she would concede ..., X told supporters: "..."': the parser hung "told" inside the
    question; what she told them is the quote after the colon, not the question."""
    art = run(nlp, 'Asked whether she would concede if she lost, Brackenlow told supporters: "I have never lost an '
                   'honest vote, and I will not lose this one."')
    [a] = art.attributions
    assert (a.content.text, a.kind) == ('"I have never lost an honest vote, and I will not lose this one."', "direct")


def test_a_person_word_in_apposition_names_a_person_whose_surname_ner_took_for_a_place(nlp):
    art = run(nlp, "Castellwood's spokesman, Delphis Vintenberg, told reporters the campaign had video.")
    assert (art.attributions[0].speaker.name, source_of(art, art.attributions[0]).kind) == \
        ("Delphis Vintenberg", "person")


def test_a_document_that_appears_to_show_something_states_it_hedged(nlp):
    """"Satellite images ... appeared to show a crack": the images speak, hedged; "The talks appeared to
    stall" has no speaker."""
    art = run(nlp, "Satellite images taken on Saturday appeared to show a fresh crack in the slope. The talks "
                   "appeared to stall on Friday.")
    [a] = art.attributions
    assert (a.source.text, source_of(art, a).kind, a.cue.text, a.content.text, a.modality) == (
        "Satellite images taken on Saturday", "document", "appeared to show",
        "a fresh crack in the slope", "hedged")


def test_a_passive_verb_of_speech_with_an_agent_says_the_label_of_its_subject(nlp):
    """"The lining was described by a second chemist ... as '...'": the agent speaks, and what is said is
    the subject with its label; a passive of doing ("was opened by the mayor") says nothing."""
    art = run(nlp, 'The lining was described by a second chemist, in a memo, as "the one product we should not be '
                   'defending." The bridge was opened by the mayor as crowds watched.')
    [a] = art.attributions
    assert (a.source.text, a.cue.text, a.content.text, a.kind) == (
        "a second chemist", "was described", 'The lining "the one product we should not be defending."', "mixed")


def test_how_they_told_it_after_an_interrupting_speaker_is_no_part_of_what_was_said(nlp):
    art = run(nlp, "Repairs could take weeks, two of them said, speaking on condition of anonymity because they were "
                   "not authorised to speak.")
    assert art.attributions[0].content.text == "Repairs could take weeks"


def test_a_clause_joined_right_after_an_interrupting_speaker_is_the_narrators(nlp):
    """", the coast guard said, and dozens more are believed to be missing": what the narrator adds after
    the reporting clause is no part of what was said (nor hedges it); "The talks, he said, will fail"
    keeps both halves."""
    art = run(nlp, "Twelve bodies were recovered, the coast guard said, and dozens more are believed to be missing. "
                   "The talks, he said, will fail.")
    bodies, talks = art.attributions
    assert (bodies.content.text, bodies.modality) == ("Twelve bodies were recovered", "asserted")
    assert talks.content.text == "The talks will fail"


def test_the_agencys_sources_in_its_own_copy_are_the_people_it_cited(nlp):
    """In the agency's own copy (its dateline), "the agency's sources" are the four people it cited
    itself, not a new group of unknown size."""
    art = run(nlp, "\nLINDQUAY, June 18 (Pellowith Wire) - Hackers stole the data of 1.2 million customers of Tallowmead "
                   "Bank, according to four people briefed on the bank's investigation.\n\nThe agency's sources said "
                   "the vendor was also used by two other banks.")
    four, sources = art.attributions
    assert sources.speaker.source_id == four.speaker.source_id and sources.source_count == 4


def test_all_five_lawmakers_are_the_five_cited_before(nlp):
    """"All five lawmakers said" (the parser hangs "all" on the number) is the group of five cited in the
    lead, not a new one."""
    art = run(nlp, "\nDORVANSK, March 3 (Kellgate Wire) - The coalition is likely to lose the vote, five lawmakers from "
                   "three parties told Kellgate Wire.\n\nAll five lawmakers said the vote could still be postponed.")
    five, all_five = art.attributions
    assert all_five.speaker.source_id == five.speaker.source_id and all_five.source_count == 5


def test_a_given_name_ner_left_out_of_a_person_is_part_of_the_name(nlp):
    """NER tags only the surname of "Oswynna Graybrook" (and the given name as a place)."""
    art = run(nlp, "Oswynna Graybrook, a political analyst at Tarlow University, said the vote was close.")
    assert [a.speaker.name for a in art.attributions] == ["Oswynna Graybrook"]


def test_a_paper_that_reported_citing_documents_is_an_outlet(nlp):
    art = run(nlp, "Quennelow Pharmaceuticals lost its licence on Thursday. The Lanternpost reported last month, citing "
                   "internal documents, that staff had found an impurity. The company said at the time that the report "
                   "was false.")
    reported = by_cue(art, "reported")
    assert source_of(art, reported).kind == "outlet"
    assert by_cue(art, "said").speaker.name != reported.speaker.name


def test_called_false_a_report_that(nlp):
    art = run(nlp, "Quennelow Pharmaceuticals on Tuesday called false a newspaper report that two batches of its drug "
                   "failed a purity test.")
    called = by_cue(art, "called")
    assert called.content.text == "false a newspaper report that two batches of its drug failed a purity test"
    assert called.speaker.name == "Quennelow Pharmaceuticals"


def test_data_closing_a_sentence_is_its_source_data_opening_one_tells_a_fact(nlp):
    closing = run(nlp, "Its shares fell 4 percent on Monday, exchange data showed.")
    showed = by_cue(closing, "showed")
    assert (showed.source.text, source_of(closing, showed).kind) == ("exchange data", "document")
    assert showed.content.text == "Its shares fell 4 percent on Monday"
    assert run(nlp, "Trading data showed more than 3 million shares changed hands.").attributions == []


def test_data_whose_publisher_is_named_speak_for_it_unless_another_speaker_says_so(nlp):
    """"Customs data published by the daily X show that ...": a document with the one who made it public
    named is a source, also fronted; not when someone is said to have said it, nor when it "did not show"."""
    art = run(nlp, "Customs data published by the business daily Trgovnik show that two of the largest wholesalers "
                   "exported more than 200,000 packs of the syrup in December alone.")
    show = by_cue(art, "show")
    assert (show.source.text, source_of(art, show).kind) == (
        "Customs data published by the business daily Trgovnik", "document")
    assert show.content.text == ("that two of the largest wholesalers exported more than 200,000 packs of the syrup "
                                 "in December alone")
    nested = run(nlp, "He said figures published by the institute show about 60 launchers at the range.")
    assert [a.cue.text for a in nested.attributions] == ["said"]
    assert run(nlp, "The footage released on Friday by the family did not show whether he had a gun in his "
                    "hand.").attributions == []


def test_a_time_clause_after_what_evidence_appears_to_show_dates_what_is_shown(nlp):
    art = run(nlp, "The trawler's tracking data, published by a maritime monitoring group, appear to show the boat "
                   "turning back toward Morvennan waters about 40 minutes before it was boarded.")
    shown = by_cue(art, "appear to show")
    assert shown.content.text == "the boat turning back toward Morvennan waters about 40 minutes before it was boarded"


def test_a_speaker_before_a_whose_clause_the_parser_made_a_clause_of_its_own_speaks(nlp):
    """"The council's chairman, Ingolf Vandrupp, whose own bill doubled ..., said the refunds were ...":
    the parser made the whose-clause, with the phrase before it, a clause of "said"; the phrase speaks,
    and what follows "said" is what was said. So with "a copy of which was obtained by" hung as an
    adverbial clause before "warned"."""
    art = run(nlp, "The council's chairman, Ingolf Vandrupp, whose own bill doubled in a single winter, said the "
                   "refunds were \"far too small\" and had come \"years too late.\"")
    [a] = art.attributions
    assert (a.speaker.name, a.content.text) == (
        "Ingolf Vandrupp", 'the refunds were "far too small" and had come "years too late."')
    art = run(nlp, "A 2019 survey commissioned by the regional government, a copy of which was obtained by Drossmere "
                   "Wire, warned that at least 14 streets stood above cavities \"at risk of sudden collapse.\"")
    [a] = art.attributions
    assert (a.source.text, source_of(art, a).kind, a.cue.text) == (
        "A 2019 survey commissioned by the regional government", "document", "warned")


def test_an_outlet_which_cited_people_says_whose_word_it_has_and_states_nothing_itself(nlp):
    art = run(nlp, "The daily Morgenvarde, which cited three officials, reported that the deal was off.")
    [a] = art.attributions
    assert (a.cue.text, a.speaker.name, a.source_count, a.via) == ("reported", "Morgenvarde", 3, ["Morgenvarde"])
    art = run(nlp, "According to the news site Vrakport, which cited two people close to the inquiry, the shipping "
                   "agent named on the cargo papers has been arrested.")
    assert [a.cue.text for a in art.attributions] == ["According to"]


def test_a_closing_after_clause_whose_verb_takes_an_object_is_said_not_a_report_before_it(nlp):
    """", after the devices added phantom night-time use to customers' bills, the minister said": "added"
    with an object is no report (", a day after Radio Venlow reported that ..." is one)."""
    art = run(nlp, "Energy suppliers must refund some 200,000 households that were overcharged by faulty meters, the "
                   "biggest billing error in the country's history, after the devices added phantom night-time use to "
                   "customers' bills, Energy Minister Hiltrude Haldestrom said on Monday.")
    said = by_cue(art, "said")
    assert said.content.text.endswith("after the devices added phantom night-time use to customers' bills")


def test_a_clause_of_the_writers_after_an_according_to_phrase_is_no_part_of_what_was_said(nlp):
    art = run(nlp, "Scrap bronze fetches about 9 euros a kilogram, according to figures from the Kelvash metals "
                   "exchange, so a large bell can be worth more than 10,000 euros to a dealer.")
    assert by_cue(art, "according to").content.text == "Scrap bronze fetches about 9 euros a kilogram"


def test_a_closing_outlet_after_a_place_the_parser_took_for_its_subject_reports_the_clause_before(nlp):
    art = run(nlp, "The storm was not picked up by the weather service's radar until about 40 minutes before it "
                   "reached Sorne, the regional broadcaster Radio Dellmark reported, citing two meteorologists.")
    [a] = art.attributions
    assert (a.speaker.name, a.source.text, a.content.text) == (
        "Radio Dellmark", "the regional broadcaster Radio Dellmark",
        "The storm was not picked up by the weather service's radar until about 40 minutes before it reached Sorne")


def test_a_closing_audit_read_as_a_noun_speaks_and_claiming_allowances_is_no_statement(nlp):
    """"..., an internal audit seen by Olmsby Wire shows.": the parser made "Wire shows" a noun; "claimed
    housing allowances" asks for money."""
    art = run(nlp, "At least 17 members of parliament claimed housing allowances of up to 2,400 euros a month for "
                   "flats they owned themselves, an internal audit seen by Olmsby Wire shows.")
    [a] = art.attributions
    assert (a.source.text, source_of(art, a).kind, a.cue.text) == (
        "an internal audit seen by Olmsby Wire", "document", "shows")
    assert a.content.text.startswith("At least 17 members of parliament claimed housing allowances")


def test_names_that_go_on_past_ner_and_common_words_that_end_a_name(nlp):
    """"A riders' group, Daverholt on Two Wheels": the name runs over its preposition; "Highbrindle Events"
    (its last word tagged a plural common noun) names a company, not a group of people; "the unit" and an
    incident log are a body and a document."""
    art = run(nlp, "A riders' group, Daverholt on Two Wheels, criticised the ban and said the city should have "
                   "built more cycle lanes instead.")
    assert by_cue(art, "said").speaker.name == "Daverholt on Two Wheels"
    art = run(nlp, "SELBRECQ (Tollbright) - Highbrindle Events, the promoter of the Sunreach Festival, on Tuesday "
                   "denied a report that it had sold about 52,000 tickets.")
    denied = by_cue(art, "denied a report")
    assert (denied.speaker.name, denied.speaker.kind) == ("Highbrindle Events", "organization")
    art = run(nlp, "Eleven people were arrested in dawn raids on two bottling plants, the country's food fraud unit "
                   "said. An incident log from the station shows that the escalator had been stopped twice.")
    assert by_cue(art, "said").speaker.kind == "organization"
    assert source_of(art, by_cue(art, "shows")).kind == "document"


def test_a_hedge_over_a_misparsed_subject_clause_is_no_statement_of_its_own(nlp):
    """"Asking rents in the capital appear to have levelled off ..., according to figures from X": the parser
    made "Asking rents" a clausal subject; "appear" still hedges, no one says it but the figures."""
    art = run(nlp, "Asking rents in the capital appear to have levelled off since the bill was tabled in January, "
                   "according to figures from the property listings site Bovista.")
    [a] = art.attributions
    assert (a.cue.text, a.modality) == ("according to", "hedged")


def test_one_of_a_group_named_by_a_bare_number_is_one_person(nlp):
    art = run(nlp, "Six growers interviewed by Wexholt Wire said they had lost their entire crop. Four of them said "
                   "their insurance did not cover hail damage, and one said she would have to sell her land.")
    one = next(a for a in art.attributions if a.source.text == "one")
    assert (one.speaker.kind, source_of(art, one).count) == ("anonymous_person", 1)
    assert by_cue(art, "said").speaker.kind == "anonymous_group"


def test_what_a_speaker_interrupts_runs_on_past_an_auxiliary_the_parser_hung_it_on(nlp):
    art = run(nlp, "Rescue service director Ysmelda Brennskog said the whales were exhausted. Several of the dead "
                   "animals, Brennskog said, had bleeding around the ears that is rarely seen in natural strandings.")
    said = [a for a in art.attributions if a.source.text == "Brennskog"][0]
    assert said.content.text == ("Several of the dead animals had bleeding around the ears that is rarely seen in "
                                 "natural strandings")


def test_results_shared_by_a_named_team_state_what_they_show(nlp):
    art = run(nlp, "Preliminary results from post-mortem examinations on 12 of the whales, shared with Scarrowby Wire "
                   "by the veterinary team that carried them out, show gas bubbles in the organs of four animals.")
    [a] = art.attributions
    assert (source_of(art, a).kind, a.cue.text, a.content.text) == (
        "document", "show", "gas bubbles in the organs of four animals")


def test_names_ner_took_for_places_or_cut_at_a_particle(nlp):
    """"The state motorway operator, Vialto" (NER: a place) names the operator; "the regional daily La Vigie
    de Brassonne" is one name; "The syndicate" after "the president of the ... Syndicate, X" is the body."""
    art = run(nlp, "The state motorway operator, Vialto, denied that the signs had been out of service.")
    assert (art.attributions[0].speaker.kind, art.attributions[0].speaker.name) == ("organization", "Vialto")
    art = run(nlp, "At least 30 restaurants bought truffles, the regional daily La Vigie de Brassonne reported, citing "
                   "an investigator.")
    assert art.attributions[0].speaker.name == "La Vigie de Brassonne"
    art = run(nlp, '"A chef cannot tell the difference," the president of the Brassonne Truffle Growers\' Syndicate, '
                   "Amadine Corrosk, told Oldwick Wire. The syndicate, whose 400 members harvest most of the truffles, "
                   "said fraud may cost growers 15 million euros a year.")
    assert by_cue(art, "said").speaker.kind == "organization"


def test_hedges_that_are_not_the_speakers(nlp):
    """"a labelling law, which parliament is expected to pass" qualifies a noun; "you could hear" is what
    someone heard; the law "is expected to pass" is a guess."""
    art = run(nlp, "The minister said a labelling law, which parliament is expected to pass in the spring, would "
                   "require sellers to state the species.")
    assert art.attributions[0].modality == "asserted"
    art = run(nlp, '"You could hear the metal tearing," said Bertalan Ovsky.')
    assert art.attributions[0].modality == "asserted"
    assert run(nlp, "The minister said the law is expected to pass in the spring.").attributions[0].modality == "hedged"


def test_a_clause_of_the_source_named_after_according_to_is_not_the_main_verbs(nlp):
    art = run(nlp, "Heavy rain is forecast from Saturday, according to the national weather service, which warned "
                   "that water levels in the cave could rise by two metres.")
    assert sorted(a.cue.text for a in art.attributions) == ["according to", "warned"]


def test_a_quote_alone_in_the_next_paragraph_goes_on_with_the_quote_a_colon_introduced(nlp):
    art = run(nlp, 'Bertalan Ovsky, a lorry driver, told the broadcaster DRT: "You could hear one crash after '
                   'another."\n\n"Then the screaming started."\n\nThe police said the road would reopen.')
    told = by_cue(art, "told")
    assert told.content.text == '"You could hear one crash after another." "Then the screaming started."'


def test_she_is_not_the_company_named_in_her_relative_clause(nlp):
    art = run(nlp, "Salvage crews might refloat the ship on Saturday, said Hedwig Larchmont, whose company, Orlin "
                   "Salvage, was hired by the owner on Tuesday. But she said the attempt could fail.")
    said, she = art.attributions[0], art.attributions[-1]
    assert she.source.text == "she" and she.speaker.source_id == said.speaker.source_id


def test_they_after_one_of_the_people_are_the_people(nlp):
    art = run(nlp, "The weekly Tidemark reported, citing five people familiar with the auction, that the bids were "
                   "rigged. Three of the people told the weekly that executives met at a hotel. One of the people said "
                   "the chairman had been told. They said the bids were entered within minutes.")
    they = next(a for a in art.attributions if a.source.text == "They")
    assert (they.source_count, they.via) == (5, ["Tidemark"])


def test_a_bodys_website_is_a_document_not_the_outlet_named_before(nlp):
    art = run(nlp, "Kelvision reported the attack on Monday. The embassy's website said consular services were "
                   "suspended until further notice.")
    said = by_cue(art, "said")
    assert source_of(art, said).kind == "document" and said.speaker.name != "Kelvision"


def test_the_time_after_how_it_was_said_stays_out_of_the_cue(nlp):
    art = run(nlp, "The shelling stopped at dawn, Velmoravia's army said in a statement an hour later. The commission "
                   "said in a report last month that detainees had been kept in overcrowded cells.")
    assert [a.cue.text for a in art.attributions] == ["said in a statement", "said in a report"]


def test_how_it_was_said_after_the_one_told_joins_the_cue(nlp):
    """"told investors on a call": the phrase joins the cue, the one told (an outlet: the via) does not."""
    art = run(nlp, "The airline's finance chief, Odile Marchetti, told investors on a call on Wednesday that fares "
                   "would rise. Transport Minister Ilse Varnholt told Kestrel Radio in an interview that she backed "
                   "the plan.")
    call, interview = art.attributions
    assert (call.cue.text, call.content.text) == ("told on a call", "that fares would rise")
    assert (interview.cue.text, interview.via) == ("told in an interview", ["Kestrel Radio"])


def test_by_email_or_telephone_joins_the_cue_but_not_what_follows_it(nlp):
    """"said by email", "told X by telephone from Ostrel": how it was sent is part of the cue, as "in a
    statement" is; where it came from, and "by" naming an agent, are not."""
    art = run(nlp, '"We have never hidden a test result," a Harrowby spokesman said by email. "They fired anyway," '
                   'Danek Sorrelwick told Pellmoor Press by telephone from Ostrel. The bridge was opened by the mayor, '
                   'the council said.')
    assert [a.cue.text for a in art.attributions] == ["said by email", "told by telephone", "said"]
    assert art.attributions[1].via == ["Pellmoor Press"]


def test_a_denial_of_doing_something(nlp):
    """"denied paying the referee": the gerund is what was denied; "did not deny" denies nothing."""
    art = run(nlp, "The club denied paying the referee before the match. Its coach did not deny meeting him.")
    assert [(a.cue.text, a.content.text) for a in art.attributions] == [
        ("denied", "paying the referee before the match")]


def test_what_was_told_to_the_paper_when_the_parser_made_it_a_relative_clause(nlp):
    art = run(nlp, "The Harbour Courier, citing three dock workers, reported that two cranes had failed. The workers "
                   "told the paper they had warned managers in May and were ignored.")
    told = by_cue(art, "told")
    assert told.content.text == "they had warned managers in May and were ignored"
    assert (told.via, told.source_count) == (["Harbour Courier"], 3)


@pytest.mark.parametrize("group, count", [
    ("Three officials and a lawyer involved in the case", 4),
    ("Two diplomats and three officials", 5),
    ("Five nurses and doctors at the clinic", 5),  # the number counts them all
    ("Two officials and several bankers", None),
])
def test_counted_groups_joined_by_and_add_up(nlp, group, count):
    art = run(nlp, f"The talks have stalled over the border, {group.lower()} said.")
    assert [a.source_count for a in art.attributions] == [count]


def test_a_modal_of_measure_or_of_what_nobody_could_do_hedges_nothing(nlp):
    art = run(nlp, 'The firm denied that it had sold more tickets than the hall could hold. "The doors shut and nobody '
                   'could get out," said Ottilie Brand. The mayor said the hall could reopen in June.')
    assert [(a.modality, a.hedges) for a in art.attributions] == [
        ("asserted", []), ("asserted", []), ("hedged", ["could"])]


def test_a_word_that_sets_a_body_apart_names_another_body(nlp):
    """"the foreign ministry" after "the interior ministry", "the central bank" after a named bank."""
    art = run(nlp, "Valdoria's interior ministry said the border was closed. The ministry said it would reopen on "
                   "Monday. The Valdorian foreign ministry said it had not been told. Norrick Bank said it had frozen "
                   "the accounts. The central bank said it would review the case. The interior ministry declined to "
                   "say more.")
    speakers = [a.speaker.source_id for a in art.attributions]
    assert speakers[0] == speakers[1] == speakers[5]
    assert len(set(speakers)) == 4


@pytest.mark.parametrize("text, names", [
    ("The concert's organiser, Quillfen Events, said it had followed police advice. Harbrook Roadways said the road "
     "was not for sale.", ["Quillfen Events", "Harbrook Roadways"]),  # a plural word for a business
    ("The plant's operator, Haldenberg Chemie, told Dorrin Press in an emailed statement that a valve had failed. "
     "Haldenberg denied that any inspection had flagged the valve.",
     ["Haldenberg Chemie", "Haldenberg Chemie"]),  # a foreign word for one, and its short form
])
def test_a_business_named_with_a_plural_or_foreign_business_word_is_no_person(nlp, text, names):
    art = run(nlp, text)
    assert [(source_of(art, a).kind, a.speaker.name) for a in art.attributions] == [
        ("organization", name) for name in names]


def test_an_outlet_citing_another_outlet_relays_it(nlp):
    art = run(nlp, "The business daily Handelsruf, citing the aviation newsletter Tailplane, reported on Tuesday "
                   "that the merger would be delayed. The newsletter said talks had stalled.")
    reported, said = art.attributions
    assert reported.via == ["Tailplane"]
    assert (source_of(art, said).kind, said.speaker.name) == ("outlet", "Tailplane")


def test_who_after_a_person_familiar_with_something(nlp):
    """"a person familiar with its deliberations, who said": the parser hung "who" on the last noun."""
    art = run(nlp, "The sluices were opened on Friday, according to a person familiar with its deliberations, who "
                   "said the engineers had found no fault.")
    according, said = art.attributions
    assert said.speaker.source_id == according.speaker.source_id
    assert source_of(art, said).kind == "anonymous_person"


def test_sources_coordinated_with_a_document_are_counted(nlp):
    """"citing the document and four officials", "according to emails seen by the agency and three
    people familiar with the matter": the people are counted, and later subsets are theirs."""
    art = run(nlp, "TARLOW (Quarnby Wire) - Managers knew for months that samples had failed, according to internal "
                   "emails seen by Quarnby Wire and three people familiar with the matter. Two of the people said the "
                   "plant was cleaned twice.\n\nSarnovia has rebuilt its missile stock, the daily Ternfold Vigil "
                   "reported, citing the document and four officials who have read it. All four said the assessment "
                   "was written with high confidence.")
    according = by_cue(art, "according to")
    two = next(a for a in art.attributions if a.source.text == "Two of the people")
    assert (according.source_count, source_of(art, according).kind) == (3, "anonymous_group")
    assert source_of(art, two).parent == according.speaker.source_id
    reported, four = by_cue(art, "reported"), next(a for a in art.attributions if a.source.text == "All four")
    assert (reported.source_count, four.source_count, four.via) == (4, 4, ["Ternfold Vigil"])


def test_what_was_found_without_a_clause_is_no_statement(nlp):
    art = run(nlp, "Guards found the cells empty at dawn. Inspectors found that the locks had been cut.")
    assert [a.cue.text for a in art.attributions] == ["found"]
    assert art.attributions[0].content.text == "that the locks had been cut"


def test_a_closing_clause_the_parser_cut_off_as_its_own_sentence(nlp):
    """"..., offered to resign on Monday evening, the ministry said.": the parser ended the sentence
    at the comma; what the ministry said is the piece before it."""
    art = run(nlp, "The airport's director, Pellam Osterby, offered to resign on Monday evening, the ministry said. "
                   "The minister accepted.")
    said = by_cue(art, "said")
    assert said.content.text == "The airport's director, Pellam Osterby, offered to resign on Monday evening"
    assert source_of(art, said).kind == "organization"


def test_a_closing_report_the_parser_hung_on_the_verb_is_not_its_content(nlp):
    art = run(nlp, "Harlen PM's office denies asking Vosk to quit\n\nMERROW (Halyard) - Prime Minister Ada Quell has "
                   "asked her deputy, Teodor Vosk, to resign, the Merrow Ledger reported on Monday.")
    asked, reported = by_cue(art, "has asked"), by_cue(art, "reported")
    assert asked.content.text == "her deputy, Teodor Vosk, to resign"
    assert reported.content.text == "Prime Minister Ada Quell has asked her deputy, Teodor Vosk, to resign"


def test_ruling_someone_off_a_ballot_is_a_decision_not_a_statement(nlp):
    art = run(nlp, "On June 3 the commission ruled opposition candidate Mirela Tovsk off the ballot for mayor of "
                   "Harnby. The court ruled that the vote was valid. The minister ruled out a recount.")
    assert [a.cue.text for a in art.attributions] == ["ruled", "ruled out"]
    assert art.attributions[0].content.text == "that the vote was valid"


@pytest.mark.parametrize("text, name", [
    ("KORVIN (Halyard) - Goalkeeper Ivo Brandt said on Tuesday that he was fit.", "Ivo Brandt"),
    ("Novelist Maren Tolle told the festival that she had finished a new book.", "Maren Tolle"),
])
def test_a_capitalised_role_before_a_name_is_no_part_of_it(nlp, text, name):
    art = run(nlp, text)
    assert [(source_of(art, a).kind, a.speaker.name) for a in art.attributions] == [("person", name)]


def test_a_closing_report_the_tagger_read_as_a_participle(nlp):
    """"..., The Gullwether reported on Wednesday, citing internal emails.": a "reported" with a subject
    of its own after the comma is a past tense, whatever the tagger called it; "the state of emergency
    declared after the riots" stays no statement."""
    art = run(nlp, "CASTRAVEL (Aldvane) - Managers at Corvatine Pharma discussed raising insulin prices together with "
                   "rival Almsbury Labs before both firms put up prices in January, The Gullwether reported on "
                   "Wednesday, citing internal emails.")
    reported = by_cue(art, "reported")
    assert reported.content.text.startswith("Managers at Corvatine Pharma discussed")
    assert source_of(art, reported).kind == "outlet"
    quiet = run(nlp, "Parliament voted on Thursday to extend the state of emergency declared after last autumn's "
                     "riots.")
    assert [a.cue.text for a in quiet.attributions if "declared" in a.cue.text] == []


def test_the_agency_is_the_outlet_called_an_agency_not_a_paper_recalled_later(nlp):
    art = run(nlp, "Tarrow Pharma is to build a 300-million-merk insulin plant in Pellow that will employ about 650 "
                   "people, the agency Brelvane reported on Thursday.\n\nAccording to Brelvane, the plant will double "
                   "the company's output of Vitora insulin pens by 2029. The agency quoted chief executive Ulla Ashby "
                   "as saying that more pens made in Orvia would mean fewer shortages.\n\nIn February The Gullbrook "
                   "reported that Tarrow managers had discussed insulin prices with their rival Halden Labs. Tarrow "
                   "said at the time that the report was fiction.\n\nBuilding is due to begin in June, the agency "
                   "said.")
    assert art.attributions[-1].speaker.name == "Brelvane"


@pytest.mark.parametrize("text, cue, source, content, kind, name", [
    # the outlet's description hung on the clause before
    ("Calvetti failed a medical, the sports daily Gazzetta Morvana reported on Thursday, citing people close to "
     "both clubs.", "reported", "the sports daily Gazzetta Morvana", "Calvetti failed a medical", "outlet",
     "Gazzetta Morvana"),
    # a role and a name, closed by the apposition's own comma
    ("The mask must stay in Varnholm, the museum's director, Ottmar Lindqvell, said on Wednesday.", "said",
     "the museum's director, Ottmar Lindqvell", "The mask must stay in Varnholm", "person", "Ottmar Lindqvell"),
])
def test_a_closing_speaker_phrase_the_parser_hung_on_the_clause_before(nlp, text, cue, source, content, kind, name):
    art = run(nlp, text)
    said = by_cue(art, cue)
    assert (said.source.text, said.content.text) == (source, content)
    assert (source_of(art, said).kind, said.speaker.name) == (kind, name)


def test_one_of_a_group_named_in_apposition_speaks_under_the_name(nlp):
    art = run(nlp, "Three judges dissented. One of them, Judge Kvetla Brannoch, wrote that the majority had erred. "
                   "Two of them said the fine was too high.")
    wrote, said = art.attributions
    assert (source_of(art, wrote).kind, wrote.speaker.name) == ("person", "Kvetla Brannoch")
    assert (source_of(art, said).kind, said.source_count) == ("anonymous_group", 2)


def test_a_remark_others_replayed_closes_no_content(nlp):
    art = run(nlp, 'Governor Ostrand said there was "no plan B" for the currency, a remark opposition lawmakers have '
                   'since replayed on social media.')
    assert by_cue(art, "said").content.text == 'there was "no plan B" for the currency'


def test_quoted_as_saying_keeps_a_second_clause_without_a_subject(nlp):
    art = run(nlp, 'TARVA quoted Prime Minister Ilmar Vostek as saying the government "respects the independence '
                   'of the courts" and had "no role" in the case.')
    assert art.attributions[0].content.text == ('the government "respects the independence of the courts" and had '
                                                '"no role" in the case')


def test_a_participle_after_a_rejected_suggestion_is_the_rejecters_next_statement(nlp):
    art = run(nlp, "The company that runs the Dunmarrow ski lifts, Pellsen Lifts, rejected suggestions that summer "
                   "skiing on the glacier had weakened the ice, saying in a statement that the pistes were closed in "
                   "July.")
    rejected, saying = art.attributions
    assert rejected.content.text == "that summer skiing on the glacier had weakened the ice"
    assert saying.speaker.source_id == rejected.speaker.source_id


def test_was_quoted_by_an_outlet_as_saying(nlp):
    art = run(nlp, "Chief executive Ludmila Varga was quoted by the business daily Handelsbrook as saying the reserve "
                   "prices had been set too high.")
    quoted = art.attributions[0]
    assert (quoted.cue.text, quoted.content.text) == ("was quoted as saying",
                                                      "the reserve prices had been set too high")
    assert (quoted.speaker.name, quoted.via) == ("Ludmila Varga", ["Handelsbrook"])


@pytest.mark.parametrize("text, source, content", [
    ("The ferry was carrying 31 more cars than its certificate allowed, loading records submitted to the inquiry "
     "show.", "loading records submitted to the inquiry", "The ferry was carrying 31 more cars than its certificate "
     "allowed"),
    ("A margin of fewer than 50 votes triggers a second count, the commission's published guidelines state.",
     "the commission's published guidelines", "A margin of fewer than 50 votes triggers a second count"),
])
def test_closing_documents_the_tagger_read_as_nouns(nlp, text, source, content):
    art = run(nlp, text)
    [a] = art.attributions
    assert (a.source.text, source_of(art, a).kind, a.content.text) == (source, "document", content)


def test_a_closing_outlet_hung_deep_in_the_clause_before(nlp):
    art = run(nlp, "PIRAVO, Aug 29 (Hesket Wire) - Rovani Athletic goalkeeper Florin Vallmont's 30-million-euro move "
                   "to Calvetti has collapsed after the two clubs fell out over the results of his medical, the sports "
                   "daily Gazzetta Morvana reported on Thursday, citing people close to both clubs.")
    reported = by_cue(art, "reported")
    assert (source_of(art, reported).kind, reported.speaker.name) == ("outlet", "Gazzetta Morvana")
    assert reported.content.text.endswith("over the results of his medical")


def test_a_that_clause_after_citing_the_parser_made_adverbial(nlp):
    """"reported last week, citing internal messages, that ...": the that-clause is what was reported."""
    art = run(nlp, 'The Consumer Product Safety Office said owners should unplug the heaters immediately and contact'
                   ' Calmera for a refund.\n\nThe job cuts had been widely expected. Tech news site BitHarbor reported'
                   ' last week, citing internal messages, that Calmera planned to close its hardware design centre '
                   'in the city of Ostrek. Two employees at the centre told Pennwick they had been told on Wednesday'
                   ' morning that the site would shut by June.')
    reported = by_cue(art, "reported")
    assert reported.content.text == "that Calmera planned to close its hardware design centre in the city of Ostrek"
    assert source_of(art, reported).kind == "outlet"


def test_a_surname_after_a_title_in_apposition_is_the_person_whatever_ner_said(nlp):
    art = run(nlp, "Five delegates were offered cash to vote for its incumbent president, Fortunat Melbrandine, in "
                   "Saturday's election, the sports daily Pitchmark reported.\n\nMelbrandine denied the report. \"I "
                   "have never bought a vote,\" he told reporters.\n\nGrower Tibalt Arnecourt said he was not "
                   "surprised.")
    denied, told, grower = art.attributions[-3:]
    assert (source_of(art, denied).kind, denied.speaker.name) == ("person", "Fortunat Melbrandine")
    assert told.speaker.source_id == denied.speaker.source_id
    assert grower.speaker.name == "Tibalt Arnecourt"


def test_a_body_described_as_a_group_is_no_outlet_whatever_its_name(nlp):
    art = run(nlp, "The court fined the paper 2 million korun. The press freedom group Open Page said the ruling would "
                   "chill reporting. The state news agency BNK reported the fine.")
    said, reported = art.attributions
    assert (source_of(art, said).kind, said.speaker.name) == ("organization", "Open Page")
    assert source_of(art, reported).kind == "outlet"


def test_what_someone_was_told_to_do_past_a_time_the_parser_hung_it_on(nlp):
    """"has told public bodies since 2024 not to pay": the parser hangs "not to pay" on the year; the
    content is the one told and what they were told, not the one told alone."""
    art = run(nlp, "Paying a ransom is not illegal in Quenmora, but the government has told public bodies since 2024 "
                   "not to pay, saying it encourages further attacks. The union urged members since May not to strike.")
    assert by_cue(art, "has told").content.text == "public bodies since 2024 not to pay"
    assert by_cue(art, "urged").content.text == "members since May not to strike"


def test_a_closing_document_phrase_that_opens_with_an_adjective(nlp):
    """", internal emails seen by The Thistlecombe show.": the tagger reads "Thistlecombe show" as a
    noun; the phrase after the comma opens with an adjective and is still the document that speaks."""
    art = run(nlp, "The Pernmoor hospitals trust paid hackers a ransom of 1.8 million marrens in March, internal "
                   "emails seen by The Thistlecombe show.")
    [shown] = art.attributions
    assert (shown.cue.text, source_of(art, shown).kind) == ("show", "document")
    assert shown.content.text == "The Pernmoor hospitals trust paid hackers a ransom of 1.8 million marrens in March"


def test_a_document_a_copy_of_which_was_seen_speaks_not_who_saw_it(nlp):
    """"The accounts, a copy of which was seen by Cobwell Wire, show that ...": the parser makes the
    relative clause the root and "show" its conjunct; the accounts speak, not the agency."""
    art = run(nlp, "The trust's 2024 accounts, a copy of which was seen by Cobwell Wire, show that the trust bought "
                   "41,000 shares in the broadcaster Velacast in March 2023.")
    shown = by_cue(art, "show")
    assert (shown.source.text, source_of(art, shown).kind) == ("The trust's 2024 accounts", "document")


def test_told_the_station_she_had_been_asked_with_the_speaker_before(nlp):
    """"One of them, X, told the station she had been ...": "told" has its subject, so "the station" is
    no inverted speaker; the passive clause the parser hung on "station" is what she told it."""
    art = run(nlp, 'Radio Lestria spoke to residents. One of them, Jutta Wendholm in the eastern district of '
                   'Ulmarsk, told the station she had been "asked to delete my own neighbours."')
    told = by_cue(art, "told")
    assert told.speaker.name == "Jutta Wendholm"
    assert told.content.text == 'she had been "asked to delete my own neighbours."'
    assert told.via == ["Radio Lestria"]


def test_warning_a_body_of_people_with_nothing_said_is_no_statement(nlp):
    """"an alarm that warns staff when chlorine levels drop": "staff" is who is warned, and nothing is
    said to them, so there is no attribution (and no relative pronoun as a speaker)."""
    art = run(nlp, "The unit had an alarm that warns staff when chlorine levels drop. The captain warned the crew.")
    assert art.attributions == []


def test_wanting_someone_to_act_is_a_wish_not_a_statement(nlp):
    """"which wants the Supreme Court to restore the names": the parser reads "the Supreme Court to
    restore" as a clause of "wants"; a wish is no statement (an act verb with an infinitive)."""
    art = run(nlp, "The ruling was welcomed by the opposition Civic Front, which wants the Supreme Court to restore "
                   "the names. The party agreed that the rolls had been cleaned.")
    assert [a.cue.text for a in art.attributions] == ["agreed"]


def test_what_someone_could_hear_is_no_guess(nlp):
    art = run(nlp, '"I could hear people calling for help, and then I could not hear anything," said Mirella Oskarsen. '
                   'A court spokeswoman said the court could hear a challenge within weeks.')
    heard, court = art.attributions
    assert (heard.modality, court.modality, court.hedges) == ("asserted", "hedged", ["could"])


def test_a_closing_outlet_the_parser_made_an_apposition_of_the_subject(nlp):
    """"X's head of security, Y, offered to resign on Sunday, the news radio station Radio Veldpost
    reported": the parser made the whole sentence the subject of "reported", the outlet its apposition."""
    art = run(nlp, "The rail operator's head of security, Pankraz Wrangsey, offered to resign on Sunday, the news "
                   "radio station Radio Veldpost reported on Monday. The operator has not accepted his resignation, "
                   "the station said.")
    reported, said = art.attributions
    assert (reported.speaker.name, source_of(art, reported).kind) == ("Radio Veldpost", "outlet")
    assert reported.content.text == ("The rail operator's head of security, Pankraz Wrangsey, offered to resign on "
                                     "Sunday")
    assert said.speaker.source_id == reported.speaker.source_id


def test_a_company_name_ner_tagged_only_in_part_keeps_its_first_word(nlp):
    """NER tags only "Estates" of "Hallowby Estates" (as a place); the body speaks under its whole name."""
    art = run(nlp, 'Hallowby Estates, which owns the block, said in a statement that the top two floors "were part of '
                   'the original design".')
    said = by_cue(art, "said in a statement")
    assert (said.speaker.name, source_of(art, said).kind) == ("Hallowby Estates", "organization")


def test_the_head_of_a_body_named_after_a_comma_is_a_person(nlp):
    """"The head of X, Name, said": where the parser hangs the name on the body rather than on "head",
    the person is still named ("head" and "chief" are words for a person)."""
    art = run(nlp, "The head of the national pilots' union, Zdeslav Kasperek, said the strike \"could not have been "
                   "avoided.\"")
    said = by_cue(art, "said")
    assert (said.speaker.name, said.speaker.kind) == ("Zdeslav Kasperek", "person")
    assert source_of(art, said).role == "head of the national pilots' union"


def test_a_name_with_a_which_clause_is_a_body_and_its_backshifted_conjunct_was_said(nlp):
    art = run(nlp, 'Korvale, which has run the ferry line since 2011, said it was "shocked" and was cooperating '
                   'with investigators. It denied that the ferry had been overloaded.')
    said, denied = art.attributions
    assert (said.speaker.name, said.speaker.kind) == ("Korvale", "organization")
    assert said.content.text == 'it was "shocked" and was cooperating with investigators'
    assert denied.speaker.source_id == said.speaker.source_id


def test_who_after_according_to_is_the_person_cited(nlp):
    """"..., according to one of the people, who said ...": the parser hangs the relative clause on
    "according"; "who" is the one person cited, the same source."""
    art = run(nlp, "Investigators are examining the crane, three people with knowledge of the inquiry said. A welder "
                   "employed by a contractor had warned about the crane in a message to his foreman, according to "
                   "one of the people, who said the message had been passed to the police.")
    according = by_cue(art, "according to")
    who = next(a for a in art.attributions if a.source is not None and a.source.text == "who")
    assert who.speaker.source_id == according.speaker.source_id
    assert source_of(art, who).count == 1 and source_of(art, who).parent is not None


def test_an_outlet_after_a_place_and_an_outlet_word_and_quoting_as_saying(nlp):
    """"the Dravenmoor daily Kestelpost reported, quoting Y as saying Z": the outlet is Kestelpost (NER
    reads the place as a person and "daily" as a date), and Y says Z through it."""
    art = run(nlp, "Police have arrested the ship's captain, the Dravenmoor daily Kestelpost reported, quoting the "
                   "harbour master, Anselm Quivery, as saying the ship had ignored two warnings.")
    reported = by_cue(art, "reported")
    assert (reported.speaker.name, reported.speaker.kind) == ("Kestelpost", "outlet")
    quoted = next(a for a in art.attributions if a.cue.text.startswith("quoting"))
    assert (quoted.speaker.name, quoted.speaker.kind) == ("Anselm Quivery", "person")
    assert quoted.content.text == "the ship had ignored two warnings"
    assert quoted.via == ["Kestelpost"]
    assert len([s for s in art.sources if s.kind in ("person", "anonymous_person")]) == 1


def test_a_document_a_copy_of_which_was_seen_speaks(nlp):
    art = run(nlp, "TARVIK (Hallgrave Wire) - A safety permit issued to the mine in March, a copy of which was seen "
                   "by Hallgrave Wire, states that no shift may last longer than ten hours.")
    states = by_cue(art, "states")
    assert states.speaker.kind == "document"
    assert states.source.text == "A safety permit issued to the mine in March"


def test_a_common_noun_ner_took_for_a_name_is_nobody_he_can_be(nlp):
    art = run(nlp, 'Its owner, Zoltan Verebely, denied that the van was faulty. "Our vans are checked every '
                   'morning," he said.')
    assert [a.speaker.name for a in art.attributions] == ["Zoltan Verebely", "Zoltan Verebely"]


def test_a_but_clause_after_the_reporting_clause_goes_on_with_what_was_said(nlp):
    """"X, the director told a news conference, but Y": the joined clause is more of what was said, in a
    span of its own; the reporting clause between is no part of it. One that names a source of its own
    ("dozens more are believed to be missing") is the narrator's."""
    art = run(nlp, "None of the miners is badly hurt, the hospital's director, Ilse Wodrow, told a news conference, "
                   "but two were kept in overnight. Ten people drowned, the coast guard said, and dozens more are "
                   "believed to be missing.")
    told = by_cue(art, "told")
    assert [art.text[s:e] for s, e in told.content.spans] == ["None of the miners is badly hurt",
                                                             "but two were kept in overnight"]
    assert by_cue(art, "said").content.text == "Ten people drowned"


def test_a_plural_were_after_one_speaker_goes_with_the_reported_clause(nlp):
    art = run(nlp, 'A cook who worked in the kitchen until last month told the agency that staff had complained '
                   'about the fridge "again and again" but were told to keep cooking.')
    assert by_cue(art, "told").content.text == ('that staff had complained about the fridge "again and again" but '
                                               'were told to keep cooking')


@pytest.mark.parametrize("text, cue, content", [
    ("The hospital's director, Vasil Ornatek, said in a written reply to questions that the hospital had relied on "
     "the ministry.", "said in a written reply to questions", "that the hospital had relied on the ministry"),
    ("The broadcaster Radio Orlen said on its website that inspectors had closed the kitchen.",
     "said on its website", "that inspectors had closed the kitchen"),
    ('The board declined to comment, saying only that "the safety of the riders comes first."', "saying",
     'that "the safety of the riders comes first."'),
])
def test_how_it_was_said_is_cue_and_how_much_is_not_content(nlp, text, cue, content):
    assert by_cue(run(nlp, text), cue).content.text == content


def test_who_was_told_is_no_speaker(nlp):
    """"The minister was warned in writing that ...": the subject of a passive verb of telling is who was
    told; with no "by" there is no record (with one, the teller speaks); "Engineers at X reported ..."
    at a sentence's start are people, not a news outlet."""
    art = run(nlp, "The harbour master was warned in writing in January that the ferry was overloaded. The mayor was "
                   "told by engineers that the bridge was unsafe. Engineers at Corvane Grid reported in writing last "
                   "year that a transformer was overheating, the union said.")
    assert [(a.speaker.name or a.source.text, a.cue.text) for a in art.attributions
            if a.cue.text.startswith(("was", "reported"))] == [("engineers", "was told"),
                                                                ("Engineers at Corvane Grid", "reported in writing")]
    assert by_cue(art, "reported in writing").speaker.kind != "outlet"


def test_a_closing_told_with_a_named_or_gathered_audience_keeps_the_fronted_content(nlp):
    """"..., four officials told Harnmoor Wire on Monday." (NER leaves the name untagged) and "..., the
    volcanologist told a briefing in Port Ellery, adding ...": the one told is no content; what was
    said is the clause before."""
    art = run(nlp, "Oil from the grounded tanker Morrigan has spread along at least 40 km of the coast, far more than "
                   "the owner has admitted, four officials involved in the clean-up told Harnmoor Wire on Monday. "
                   "Lava was flowing toward the village of Ferrau but was unlikely to reach houses before Monday, the "
                   "institute's chief seismologist, Edda Rownsley, told a briefing in Port Ellery, adding that a "
                   "second eruption \"cannot be ruled out.\"")
    oil, lava = [a for a in art.attributions if a.cue.text == "told"]
    assert oil.content.text.startswith("Oil from the grounded tanker Morrigan has spread")
    assert oil.via == ["Harnmoor Wire"] and oil.source_count == 4
    assert lava.content.text == ("Lava was flowing toward the village of Ferrau but was unlikely to reach houses "
                                 "before Monday")
    assert lava.modality == "hedged"


def test_a_quote_closed_by_its_comma_ends_before_the_speakers_words(nlp):
    art = run(nlp, 'Two farmers said soldiers had knocked on every door before dawn. "We left with what we were '
                   'wearing," one of them, farmer Tobin Ashmere, said by telephone from a school in Varrick.')
    quoted = by_cue(art, "said by telephone")
    assert (quoted.content.text, quoted.kind) == ('"We left with what we were wearing,"', "direct")
    assert quoted.speaker.name == "Tobin Ashmere"


def test_a_condition_between_what_was_said_and_the_speaker_is_said(nlp):
    art = run(nlp, "Ash may fall as far as the capital, Dunmere, if the wind turns west, the weather office warned "
                   "on its website.")
    assert by_cue(art, "warned on its website").content.text == ("Ash may fall as far as the capital, Dunmere, if the "
                                                                 "wind turns west")


def test_quoting_someone_inside_a_reported_clause_and_what_the_parser_hung_after_it(nlp):
    """"reported that X, quoting Y as saying Z but W": Y says "Z but W" through the daily; the daily's
    content stops before the quoting."""
    art = run(nlp, 'The daily Nachtpost reported that the video was first posted on a chess forum, quoting a moderator '
                   'of the site as saying it had been removed within minutes but copied "thousands of times."')
    reported = by_cue(art, "reported")
    assert reported.content.text == "that the video was first posted on a chess forum"
    quoted = next(a for a in art.attributions if a.cue.text.startswith("quoting"))
    assert quoted.content.text == 'it had been removed within minutes but copied "thousands of times."'
    assert quoted.via == ["Nachtpost"] and quoted.speaker.kind == "anonymous_person"


@pytest.mark.parametrize("text, source_text, name, kind", [
    ("At least 310 people have died in the heatwave gripping the south since July 12, more than three times the "
     "official figure, according to doctors at five hospitals in the region.",
     "doctors at five hospitals in the region", None, "anonymous_group"),
    ("Morgue staff in Tevarro said refrigerated trucks had been brought in.", "Morgue staff in Tevarro", None,
     "anonymous_group"),
    ('The contractor, Aerovance Agri, said its pilots had followed the instructions "to the letter".',
     "The contractor, Aerovance Agri", "Aerovance Agri", "organization"),
    ("The boat was carrying about 70 people, according to the rescue charity Shorelight Sea Watch.",
     "the rescue charity Shorelight Sea Watch", "Shorelight Sea Watch", "organization"),
])
def test_who_speaks_by_their_description(nlp, text, source_text, name, kind):
    a = run(nlp, text).attributions[0]
    assert (a.source.text, a.speaker.name, a.speaker.kind) == (source_text, name, kind)


@pytest.mark.parametrize("text, cue, content", [
    ("The clinic's director, Vasil Ornatek, said in a written reply to questions that the man appeared to have been "
     "supervised by senior surgeons.", "said in a written reply to questions",
     "that the man appeared to have been supervised by senior surgeons"),
    ('Later, the ministry said in a second statement late on Wednesday that its forces "do not target homes."',
     "said in a second statement", 'that its forces "do not target homes."'),
])
def test_how_it_was_said_and_when(nlp, text, cue, content):
    assert by_cue(run(nlp, text), cue).content.text == content


def test_a_refusals_open_question_and_a_relative_clauses_seeming_are_nobodys_claim(nlp):
    """"declined to say when the captain first called for assistance": nobody says the captain called;
    "a video in which the president appears to order ..." describes the video, it hedges nothing."""
    art = run(nlp, "A spokesman, Ferko Dalmessy, declined to say when the captain first called for assistance. "
                   "A doctored video in which President Ilmar Texandrel appears to order the evacuation of the "
                   "capital was made abroad, the country's cyber security agency said on Thursday.")
    assert not [a for a in art.attributions if "called" in a.cue.text]
    assert by_cue(art, "said").modality == "asserted"


def test_state_radio_is_a_broadcaster_the_text_does_not_name(nlp):
    art = run(nlp, "DESHMAR (Welsby Wire) - Sarvani state radio, quoting the interior ministry, said police had "
                   "arrested two men. State television said the president would speak on Friday.")
    radio, television = art.attributions
    assert (radio.speaker.kind, source_of(art, radio).role) == ("outlet", "Sarvani state radio")
    assert television.speaker.kind == "outlet" and television.speaker.source_id != radio.speaker.source_id


def test_a_name_between_commas_after_a_fronted_according_to_is_the_sources(nlp):
    """"According to the operator, Ferrowby Cruises, 312 passengers ...": the parser made the name the
    clause's subject; it names the operator, and "Ferrowby" later is the same company."""
    art = run(nlp, "According to the operator, Ferrowby Cruises, 312 of the 2,900 passengers and 41 crew members have "
                   "been treated for vomiting since the ship left port on Friday. Ferrowby rejected the crew "
                   "members' account, saying in a statement that every sick employee had been sent to their cabin.")
    according = by_cue(art, "According to")
    assert according.source.text == "the operator, Ferrowby Cruises"
    assert (according.speaker.name, according.speaker.kind) == ("Ferrowby Cruises", "organization")
    assert according.content.text.startswith("312 of the 2,900 passengers")
    assert by_cue(art, "rejected").speaker.source_id == according.speaker.source_id


@pytest.mark.parametrize("text, cue, name, kind", [
    ('"I love the girl I raised," said one of the mothers, Jolanda, 44, who gave only her first name.', "said",
     "Jolanda", "person"),
    ("The printer, Harwendel Security Print, denied that its presses were at fault.", "denied",
     "Harwendel Security Print", "organization"),
    ("The permit, a copy of which was published by the city on Monday, says work was approved only on a rear wall.",
     "says", None, "document"),
    ("The trawler's owner, Kestrelholm Fisheries, a family firm that has fished the bank since the 1970s, said in a "
     "statement that the crew had done nothing wrong.", "said in a statement", "Kestrelholm Fisheries", "organization"),
    # a platform named before is a company when it speaks alone
    ("Ticket platform Seatrail sold about 11,000 seats twice, the consumer authority said.\n\nSeatrail said in a "
     "statement that a software fault had caused the double sales.", "said in a statement", "Seatrail", "organization"),
    # a name NER did not tag, right after a word for a body, names the body ("The company" is it next)
    ("Ride-hailing company Tovecar said on Friday that every driver had passed a check.\n\nThe company denied "
     "the report.", "denied", "Tovecar", "organization"),
    # a fire brigade is a body
    ("Nobody was hurt in the blaze, the city's fire brigade said.", "said", None, "organization"),
    # "adding" after a speaker the parser hung on the clause before is that speaker's
    ("Most of the victims had bought the liquor at a kiosk near the village of Smolyany, Health Commissioner "
     "Vittorine Ravelstock told reporters in Dravello, adding that some survivors could lose their sight.", "adding",
     "Vittorine Ravelstock", "person"),
    # "coast guard" is the coastguard, a body, not an unnamed guard
    ("Tessamar's coast guard denied that it had ignored the ship's distress call.", "denied", None, "organization"),
    # a word of the quote the parser made a second subject is not the speaker after the verb
    ('"We were told nothing for four hours. Nobody from the airline, nobody from the airport," said Eskander '
     "Marrowvane, a teacher bound for Sandvollen.", "said", "Eskander Marrowvane", "person"),
    # an outlet's name the parser made an adverb of the verb is still its name
    ("The local news site Dravello Today reported that the kiosk had been fined twice.", "reported",
     "Dravello Today", "outlet"),
    # a name inside a relative clause on the speaker does not speak
    ("Harvel rejects report on sausages\n\nTHRELWICK (Pressvane) - Harvel Meats, the processor that makes sausages "
     "for chef Marco Delgado, on Thursday rejected as \"untrue\" a report by Tollbridge Television that it had used "
     "horse meat.", "rejected", "Harvel Meats", "organization"),
])
def test_who_speaks_where_the_parser_or_ner_misleads(nlp, text, cue, name, kind):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, cue, name, kind, modality", [
    ("The organiser, the Kelmworth Gliders' Club, said in a statement that the pilot had flown at the show for 11 "
     "years.", "said in a statement", "Kelmworth Gliders' Club", "organization", "asserted"),
    ("A safety briefing handed to pilots on Friday, a copy of which was obtained by Castrell Wire, says no aircraft "
     "may fly lower than 150 metres over the crowd line.", "says", None, "document", "asserted"),
    ("The Seaboard Builders' Chamber said the decision would cost thousands of construction jobs.", "said",
     "Seaboard Builders' Chamber", "organization", "asserted"),
])
def test_bodies_and_documents_by_their_names_and_a_rule_is_no_guess(nlp, text, cue, name, kind, modality):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.name, a.speaker.kind, a.modality) == (name, kind, modality)


def test_according_to_closing_a_sentence_tells_all_of_it_unless_it_frames_a_statement(nlp):
    """", according to two officials" after "X did Y after investigators found that Z" or "knew that Z before
    the company recalled any product" gives the whole sentence (what someone found, or a verb with only an
    object, is no statement it frames); after "The diplomats said Z" it gives Z."""
    art = run(nlp, "Velmark has frozen its visa scheme after auditors found that dozens of applicants had forged "
                   "bank statements, according to two senior officials. Managers knew for months that samples had "
                   "tested positive before the company recalled any product, according to internal emails. The "
                   "diplomats said the talks had failed, according to the newspaper.")
    visas, samples, talks = [a for a in art.attributions if a.cue.text == "according to"]
    assert visas.content.text.startswith("Velmark has frozen its visa scheme after auditors found")
    assert samples.content.text.startswith("Managers knew for months")
    assert talks.content.text == "the talks had failed"


def test_a_name_ending_in_a_word_for_a_document_that_denies_is_a_body(nlp):
    """"Kelderby Marine Survey on Thursday denied a report ...": a document states, it does not deny; the
    name is a company's, and "the company" next is that company."""
    art = run(nlp, "VELSITHE (Marlspire) - Kelderby Marine Survey on Thursday denied a report by Quillmere Television "
                   "that divers from a ship it had chartered placed explosives on the pipeline.\n\nIn a statement sent "
                   "to Marlspire, the company said the ship had been surveying a cable route and carried no divers.")
    denied, said = art.attributions
    assert (denied.speaker.name, denied.speaker.kind) == ("Kelderby Marine Survey", "organization")
    assert said.speaker.source_id == denied.speaker.source_id


def test_the_report_is_no_person_whose_description_mentions_a_report(nlp):
    art = run(nlp, "The captain of the survey ship named in a television report on the blast said on Thursday that "
                   "his crew had never been near the pipe. The report, citing people familiar with the "
                   "investigation, said traces of explosive had been found on the pipe.")
    captain, report = [a for a in art.attributions if a.cue.text == "said"]
    assert report.speaker.kind == "document" and report.speaker.source_id != captain.speaker.source_id


def test_said_by_phone_is_how_it_was_said_not_who_said_it(nlp):
    """"said by satellite phone": the parser makes "by" a passive's agent; it is the medium (part of the cue)."""
    a = by_cue(run(nlp, "The station leader, glaciologist Sarette Lindgaard, said by satellite phone from the ship "
                        "that the fire had started in the generator room."), "said by satellite phone")
    assert (a.speaker.name, a.speaker.kind) == ("Sarette Lindgaard", "person")
    assert a.content.text == "that the fire had started in the generator room"


def test_a_phrase_closing_what_was_said_before_the_speaker_is_said(nlp):
    """", a move pushed through by the then government ..., opposition lawmaker X said": the parser made the
    phrase a second subject of "said"; it glosses what was said and is no part of who said it."""
    text = ("The hearing opened on Monday.\n\nThe shortfall is likely to revive questions about the transfer of 40 "
            "tonnes of gold from a custodian bank abroad to Velidra in 2016, a move pushed through by the then "
            "government over the objections of the bank's own staff, opposition lawmaker Radvan Holtaway said.")
    a = by_cue(run(nlp, text), "said")
    assert a.source.text == "opposition lawmaker Radvan Holtaway"
    assert a.content.text.startswith("The shortfall") and a.content.text.endswith("the bank's own staff")


def test_a_denial_after_but_is_the_speakers_not_the_pronoun_in_what_it_said(nlp):
    art = run(nlp, "The prosecutor general's office said it would not oppose compensation but denied that "
                   "investigators had withheld evidence from the defence.")
    said, denied = by_cue(art, "said"), by_cue(art, "denied")
    assert denied.source.text == said.source.text == "The prosecutor general's office"
    assert denied.content.text == "that investigators had withheld evidence from the defence"


def test_a_document_whose_participle_the_parser_read_as_a_verb_speaks(nlp):
    """"A safety review of the ship carried out last year, seen by X, says ...": the parser made "carried" a
    past tense and the phrase a clause before "says"; the review speaks, what follows is what it says."""
    art = run(nlp, "A safety review of the Grisbane carried out last year, seen by Quillmarsh Wire, says its hull "
                   "was certified for dives to 4,000 metres and was last inspected in March.")
    a = by_cue(art, "says")
    assert a.speaker.kind == "document" and a.source.text.startswith("A safety review of the Grisbane")
    assert a.content.text == "its hull was certified for dives to 4,000 metres and was last inspected in March"


def test_an_outlet_after_a_word_for_one_the_tagger_made_a_name(nlp):
    a = by_cue(run(nlp, "Two analysts told the business daily Marktvoll that the recall could cost Pimbleton up "
                        "to 40 million euros."), "told")
    assert a.via == ["Marktvoll"] and a.source_count == 2


def test_what_a_report_left_unsaid_and_a_closing_report_the_parser_hung_on_an_object(nlp):
    """", without saying where it had obtained the information": how the outlet told it, neither content nor a
    statement; ", the broadcaster Ostwell TV reported on Wednesday" read as a reduced relative on a second
    object of "picked up" is no part of what was picked up, and that narration inside the report is no record."""
    art = run(nlp, "The rider may also face a criminal investigation for sporting fraud, the public broadcaster "
                   "VLR reported, without saying where it had obtained the information.")
    [a] = art.attributions
    assert (a.cue.text, a.content.text) == ("reported", "The rider may also face a criminal investigation for "
                                                        "sporting fraud")
    art = run(nlp, "Sonar operators on the Merrowind picked up faint knocking sounds at roughly 30-minute intervals "
                   "overnight, the Sellavian broadcaster Ostwell TV reported on Wednesday, citing a crew member on "
                   "the ship.")
    [a] = art.attributions
    assert a.cue.text == "reported" and a.content.text.endswith("intervals overnight") and a.via == ["Ostwell TV"]


def test_a_closing_speaker_the_parser_hung_on_the_clause_before_as_an_apposition(nlp):
    """"..., the ship's manager, Gullwing Maritime, said on Sunday.": the phrase (with its own apposition) was
    made one more apposition of the clause's object; it is who speaks, and the clause before is what it said."""
    [a] = run(nlp, "PORT ISSEVAL, June 23 (Ambermoor Wire) - Armed men boarded a bulk carrier loaded with "
                   "fertiliser off the coast of Tessamar late on Saturday and are holding all 21 members of its crew, "
                   "the ship's manager, Gullwing Maritime, said on Sunday.").attributions
    assert (a.speaker.name, a.speaker.kind) == ("Gullwing Maritime", "organization")
    assert a.content.text.startswith("Armed men boarded") and a.content.text.endswith("all 21 members of its crew")


@pytest.mark.parametrize("text", [
    "Text messages went undelivered for a day, Marvella, the largest of the country's three mobile operators, "
    "said on Friday.",
    "Bills will rise by a fifth next month, Marvella, the biggest of the country's two energy suppliers, said on "
    "Tuesday.",
])
def test_a_name_described_as_one_of_a_class_of_bodies_is_a_body(nlp, text):
    """"X, the largest of the country's three mobile operators": an adjective with "of" and a word for a kind
    of business says what the name is, though NER calls it a person."""
    [a] = run(nlp, text).attributions
    assert (a.speaker.name, a.speaker.kind) == ("Marvella", "organization")


def test_one_of_a_class_of_people_stays_a_person(nlp):
    [a] = run(nlp, "Rates will stay high into next year, Odile Fanchwick, one of the bank's senior economists, "
                   "said.").attributions
    assert (a.speaker.name, a.speaker.kind) == ("Odile Fanchwick", "person")


def test_a_that_clause_after_a_citing_phrase_keeps_its_subject(nlp):
    """"reported, citing four people ..., that a screen meant to ... had been switched off": the parser hung
    the that-clause's subject (with its own participle) on "citing"; all of the clause is what was reported."""
    [a] = run(nlp, "The daily Vallendorf reported, citing four people who work in the ministry's control room, "
                   "that a confirmation screen meant to stop false launches had been switched off for weeks to "
                   "speed up tests.").attributions
    assert a.content.text == ("that a confirmation screen meant to stop false launches had been switched off for "
                              "weeks to speed up tests")
    assert a.source_count == 4 and a.via == ["Vallendorf"]


def test_a_phrase_the_parser_hung_on_the_comma_before_the_speaker_is_said(nlp):
    """"..., injuring more than 80, most of them in a crush at the door, the fire brigade said": the phrase
    between what was said and the closing speaker was hung on a comma of "said"; it is part of what was said."""
    [a] = run(nlp, "A fire tore through a packed nightclub in the port city of Vellmouth early on Sunday, killing "
                   "at least 27 people and injuring more than 80, most of them in a crush at the only open door, "
                   "the city's fire brigade said.").attributions
    assert a.content.text.startswith("A fire tore through")
    assert a.content.text.endswith("injuring more than 80, most of them in a crush at the only open door")


def test_a_named_member_after_a_quote_the_parser_hung_on_the_quoted_clause_speaks(nlp):
    """'"...," one of them, 34-year-old nurse X, told the paper.': the parser made "told" a conjunct of the
    quote's verb and the phrase an object inside the quoted clause; the named member speaks the quote,
    through the paper the group spoke to (not "We" told "the paper")."""
    art = run(nlp, 'Four passengers told the Harlow Gazette that the lifeboats had been locked. "We pushed and '
                   'pushed, and the gate would not move," one of them, 34-year-old nurse Liesel Marrenbeck, told '
                   'the paper.')
    a = art.attributions[-1]
    assert (a.speaker.name, a.speaker.kind) == ("Liesel Marrenbeck", "person")
    assert a.content.text == '"We pushed and pushed, and the gate would not move,"' and a.kind == "direct"
    assert a.via == ["Harlow Gazette"]


def test_an_outlets_name_the_parser_made_an_adverb_and_its_sources_later(nlp):
    """"The news site Verrin Now reported, citing three officials ...": "Now" read as an adverb of "reported"
    with the name's first word on it; the site is the outlet (not "news site"), and the officials its."""
    art = run(nlp, "The news site Verrin Now reported, citing three officials at the port authority, that a tanker "
                   "carrying 40 crew had been missing since Monday night. One of the officials said tugs had been "
                   "unable to leave port because of the storm.")
    first, second = art.attributions
    assert (first.speaker.name, first.speaker.kind, first.source_count) == ("Verrin Now", "outlet", 3)
    assert second.via == ["Verrin Now"] and second.source_count == 1


def test_a_that_clause_read_as_a_relative_clause_on_whom_an_outlet_cites(nlp):
    """"reported, citing four current and former inspectors, that senior managers had known ...": the parser
    hung the that-clause on "inspectors" as a relative clause; it is what was reported, and no part of the
    cited group (whose later subset keeps the outlet as via)."""
    art = run(nlp, "The investigative site Pellucid reported, citing four current and former inspectors, that "
                   "senior managers at the water company had known about the leaks since 2020. Two of the "
                   "inspectors said they had been told to stop filing reports.")
    reported = by_cue(art, "reported")
    assert reported.speaker.name == "Pellucid" and reported.source_count == 4
    assert reported.content.text == "that senior managers at the water company had known about the leaks since 2020"
    two = by_cue(art, "said")
    assert two.via == ["Pellucid"] and two.source_count == 2
    sources = {s.id: s for s in art.sources}
    assert sources[sources[two.speaker.source_id].parent].role == "four current and former inspectors"


def test_a_name_saying_it_did_something_is_a_body(nlp):
    """"The bus operator, X Coaches, denied ..., saying it had fitted ...": the participle that goes on telling
    speaks of the name as "it" (NER calls it a person)."""
    art = run(nlp, "The bus operator, Marvella Coaches, denied that the bus had been speeding, saying it had fitted "
                   "speed limiters to every vehicle in 2024.")
    assert {(a.speaker.name, a.speaker.kind) for a in art.attributions} == {("Marvella Coaches", "organization")}


def test_a_phrase_the_parser_hung_on_a_closing_cue_before_its_speaker_is_said(nlp):
    """"Prosecutors have charged 14 people, ..., with felling ..., the prosecutor's office said": the parser
    hung "with felling ..." on "said"; it ends what was said, before the speaker's comma."""
    [a] = run(nlp, "Prosecutors have charged 14 people, including four park rangers and the owner of a timber "
                   "company, with felling thousands of protected oak trees in the Harrowmoor national park and "
                   "selling the wood abroad with forged permits, the state prosecutor's office said in a statement "
                   "on Friday.").attributions
    assert a.content.text.startswith("Prosecutors have charged 14 people")
    assert a.content.text.endswith("selling the wood abroad with forged permits")


def test_a_named_member_of_a_group_that_told_an_outlet_told_it_too(nlp):
    art = run(nlp, "Three nurses told the regional newspaper Harbury Echo that the ward had been short of staff for "
                   "months. One of them, senior nurse Ottavia Brennholt, said she had worked four double shifts in "
                   "a week.")
    a = by_cue(art, "said")
    assert (a.speaker.name, a.speaker.kind, a.via) == ("Ottavia Brennholt", "person", ["Harbury Echo"])


def test_an_object_cut_short_inside_the_quotation_it_opens_runs_to_the_quotes_end(nlp):
    """'Brannick declared “I think the pact may be finished. Nobody ... wants it any more.”': the parser's
    phrase for what was declared ends inside the quotation that opens right before it; the content is the
    whole quotation, marks included."""
    [a] = run(nlp, "In a television interview Brannick declared “I think the pact may be finished. Nobody in Ostrel "
                   "wants it any more.”").attributions
    assert a.content.text == "“I think the pact may be finished. Nobody in Ostrel wants it any more.”"
    assert a.kind == "direct"


def test_a_lines_first_word_stays_in_its_sentence(nlp):
    """After a line break a sentence starts, but not again after its first word: the parser cut "Gulf" off the
    headline ("Gulf | investor close to buying ..., sources say") when a banner line came before it."""
    art = run(nlp, "THE DAILY LEDGER | National\n\nGulf investor close to buying Harrowgate Rovers, sources say\n\n"
                   "The agency said on Monday that the problem had been fixed.\n")
    said = [a for a in art.attributions if a.cue.text == "say"]
    assert [a.content.text for a in said] == ["Gulf investor close to buying Harrowgate Rovers"]


def test_a_capitalised_word_for_a_business_opening_a_headline_describes_the_name(nlp):
    """"Drugmaker Pellavine recalls ...": the word for a kind of business is the description, the name is
    Pellavine, and "the company" later is the same body."""
    art = run(nlp, "THE DAILY LEDGER | Business\n\nDrugmaker Pellavine recalls heart pill after contamination found"
                   "\n\nThe company said on Monday that the problem had been fixed.")
    assert {a.speaker.name for a in art.attributions} == {"Pellavine"}
    assert {a.speaker.kind for a in art.attributions} == {"organization"}


def test_a_coordinated_act_on_a_number_of_people_goes_on_with_what_was_said(nlp):
    """"said agents had searched two lorries ... and questioned three drivers": "questioned" with a number of
    people as its object is what the agents did, not the spokeswoman's next statement."""
    [a] = run(nlp, "A customs spokeswoman, Officer Linnea Drabowski, said agents had searched two lorries at the "
                   "border crossing and questioned three drivers, who were later released.").attributions
    assert a.content.text == ("agents had searched two lorries at the border crossing and questioned three drivers, "
                              "who were later released")


def test_unnamed_people_doing_something_to_a_thing_is_narration(nlp):
    """"Beekeepers dumped crates of dead bees outside the governor's office": plural, uncounted people and a verb
    that neither tells, thinks nor takes a side, with a thing as its object, make no record; a side they take
    and what they say still do."""
    art = run(nlp, "Beekeepers dumped crates of dead bees outside the regional governor's office on Monday, the "
                   "third protest this month.")
    assert art.attributions == []
    art = run(nlp, "Beekeepers said the spraying had killed half of their hives.")
    assert [a.cue.text for a in art.attributions] == ["said"]
    art = run(nlp, "Others in the farmers' union have opposed the spraying plan since it was announced in March.")
    assert [a.cue.text for a in art.attributions] == ["have opposed"]


@pytest.mark.parametrize("text, name, kind", [
    # the name's own "its", in the clause of a telling verb coordinated with the first (the parser hung "said" on
    # the denied clause), outweighs "owner", a word for someone that companies are too
    ("The stadium's owner, Pellacombe Leisure, denied that any warning had been ignored and said its engineers had "
     "checked every barrier before the match.", "Pellacombe Leisure", "organization"),
    ("The shop's owner, Hilda Marrowfield, denied that any warning had been ignored and said her staff had checked "
     "every door.", "Hilda Marrowfield", "person"),
    # a surname NER calls a company is the person named in full beside a word for a person
    ("The charity, the Harrowdale Orphans' Trust, said its chief executive, Ealdred Quimby, had been suspended on "
     "Friday. Quimby, who founded the trust in 2004 after losing his own home in a fire, denied through his lawyer "
     "that he had taken any money.", "Ealdred Quimby", "person"),
])
def test_who_denies_by_what_the_article_says_of_the_name(nlp, text, name, kind):
    a = by_cue(run(nlp, text), "denied")
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


def test_one_after_a_subset_is_one_of_the_whole_group(nlp):
    """"Three of them said ..., but one said ...": "one" is one more of the five residents, not of the three."""
    art = run(nlp, "Five residents told the Kelmarsh Courier that the tower's alarms had failed. Three of them said "
                   "they had smelled smoke for an hour, but one said the alarms had gone off twice that week.")
    sources = {s.id: s for s in art.sources}
    one = sources[art.attributions[-1].speaker.source_id]
    assert (one.kind, one.count, sources[one.parent].count) == ("anonymous_person", 1, 5)
    assert art.attributions[-1].via == ["Kelmarsh Courier"]


def test_a_telling_participle_takes_what_was_coordinated_after_it(nlp):
    """"denied that X, saying in a statement that Y and was Z": "and was Z" goes on with Y; the denial is X."""
    art = run(nlp, "The ministry denied that the minister was seriously ill, saying in a statement that she had "
                   "\"a mild fever\" and was \"working from home as usual.\"")
    assert by_cue(art, "denied").content.text == "that the minister was seriously ill"
    assert by_cue(art, "saying in a statement").content.text == (
        "that she had \"a mild fever\" and was \"working from home as usual.\"")


def test_a_quote_goes_on_after_words_the_parser_cut_off_the_speakers_sentence(nlp):
    [a] = run(nlp, '"Nobody is telling us anything, and silence is never good news," said Jovanka Pellinor, who '
                   'leads the opposition Civic Dawn bloc in parliament. "We have a right to know who is running the '
                   'country."').attributions
    assert a.content.text.endswith('"We have a right to know who is running the country."')


def test_what_someone_could_do_is_no_hedge(nlp):
    [a] = run(nlp, '"We gave what we could because we had seen the pictures," said Aldona Quarrie.').attributions
    assert (a.modality, a.hedges) == ("asserted", [])


def test_a_phrase_the_parser_made_a_second_subject_before_the_closing_speaker_is_said(nlp):
    [a] = run(nlp, "Nine horses died at the Fellmoor course in the space of four weeks this spring, most of them "
                   "after falling at the last fence in heavy rain, the racing authority said on Friday.").attributions
    assert a.content.text.endswith("this spring, most of them after falling at the last fence in heavy rain")


def test_a_clause_the_parser_hung_on_in_a_statement_without_that_is_what_was_said(nlp):
    [a] = run(nlp, "The National Fencing Federation said in a statement it had suspended Orlov from selection duties "
                   "\"as a precaution\" while police investigate.").attributions
    assert (a.cue.text, a.speaker.name, a.speaker.kind) == ("said in a statement", "National Fencing Federation",
                                                            "organization")
    assert a.content.text.startswith("it had suspended Orlov from selection duties")


def test_a_closing_speaker_with_a_relative_clause_the_parser_hung_on_what_was_said(nlp):
    art = run(nlp, "The minister could lose his seat if the inquiry finds against him, a senior member of the "
                   "party's board, who asked not to be named, said.")
    [a] = art.attributions
    assert a.content.text == "The minister could lose his seat if the inquiry finds against him"
    speaker = source_of(art, a)
    assert (speaker.kind, speaker.count) == ("anonymous_person", 1)
    assert a.source.text.startswith("a senior member of the party's board")


@pytest.mark.parametrize("text, name, kind", [
    ("The cooperative, Agrovel, denied that its seed mix had spread the blight.", "Agrovel", "organization"),
    ("The coach, Aurelij Vickerage, denied the claims on Tuesday.", "Aurelij Vickerage", "person"),
])
def test_a_word_for_a_body_or_a_person_before_the_name_and_its_comma_says_what_it_is(nlp, text, name, kind):
    a = by_cue(run(nlp, text), "denied")
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


@pytest.mark.parametrize("group", ["rowers", "jockeys"])
def test_a_headlines_capitalised_word_for_people_is_no_name_and_their_subsets_are_of_the_counted_group(nlp, group):
    art = run(nlp, f"THE HALBERDEEN POST | Sport\n\n{group.title()} say club coach took cash for seats in the boat\n\n"
                   "By Post sport staff, with Wellcross Wire | Updated 18:22 | 4 min read\n\n"
                   "MIROVSKA, Nov. 4 (Wellcross Wire) - The head coach of the national squad demanded payments of up "
                   "to 5,000 euros from athletes in exchange for places at next year's championships, six "
                   f"{group} say in a complaint filed with the sports ministry.\n\nTwo of the {group} said they had "
                   "paid, and a third said she had been dropped from the squad after refusing.")
    sources = {s.id: s for s in art.sources}
    two = sources[by_cue(art, "said").speaker.source_id]
    assert (two.count, sources[two.parent].count) == (2, 6)
    third = sources[art.attributions[-1].speaker.source_id]
    assert sources[third.parent].count == 6
    if group == "rowers":  # (NER calls the headline's "Jockeys" a person: left alone)
        assert not any(s.name == "Rowers" for s in art.sources)


def test_a_plain_phrase_with_a_word_for_a_paper_before_a_name_that_reports_is_the_outlet(nlp):
    # (the tagger made "sports" the subject and "daily" an adjective of the name)
    art = run(nlp, "The ministry is expected to decide within a month, Tremaine added.\n\nThe sports daily Brankar "
                   "reported on Sunday that federation officials had known about the payments since at least 2022, "
                   "citing emails it had obtained.")
    a = by_cue(art, "reported")
    assert (a.speaker.name, a.speaker.kind) == ("Brankar", "outlet")


def test_a_quote_split_around_a_speaker_with_a_long_apposition_is_one_statement(nlp):
    [a] = run(nlp, '"If the dam fails," said Oskar Tellvane, a retired engineer who now runs the Lakeside Watch, '
                   '"every house below it is gone."').attributions
    assert a.content.text == '"If the dam fails," "every house below it is gone."'


def test_according_to_after_a_closing_speaker_is_no_part_of_what_was_said(nlp):
    art = run(nlp, "A third firm, which is not named in the report, may have joined at least one of the meetings, "
                   "one of the people who attended them said, according to the newspaper.")
    said = by_cue(art, "said")
    assert said.content.text == ("A third firm, which is not named in the report, may have joined at least one of "
                                 "the meetings")
    # the newspaper gives the same statement, not the saying of it
    assert by_cue(art, "according to").content.text == said.content.text


@pytest.mark.parametrize("text, cue, name", [
    ("The monastery's abbot, Father Kliment Nyberg, who has led the community since 2006, said the library had been "
     "locked every night.", "said", "Kliment Nyberg"),
    # a name with a person's role set beside it is a person's
    ("Maravel Quennock, the leader of the opposition Green Harbour party, wrote on social media that the lease was a "
     "mistake.", "wrote on social media", "Maravel Quennock"),
    # "A spokesman for Prime Minister X, Y, said": the parser set Y beside X; Y speaks, not X, and not nobody
    ("A spokesman for Prime Minister Sanneke Brevick, Orlwin Olliphant, said she respected the bank's independence.",
     "said", "Orlwin Olliphant"),
])
def test_a_title_or_a_role_beside_a_name_names_a_person(nlp, text, cue, name):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.kind, a.speaker.name) == ("person", name)


def test_an_outlet_named_with_an_acronym_after_a_word_for_a_broadcaster_reports(nlp):
    a = by_cue(run(nlp, "SARVASK, June 9 (Corriewell Wire) - The president is preparing to pardon at least 14 former "
                        "ministers before parliament breaks for the summer, the private broadcaster Plamen TV reported "
                        "on Monday, citing three officials in the justice ministry."), "reported")
    assert (a.speaker.kind, a.speaker.name) == ("outlet", "Plamen TV")


def test_a_name_ending_in_a_word_for_a_building_material_is_a_companys(nlp):
    art = run(nlp, "One of the five, a former sales director at Halvermoor, told the newspaper that the companies gave "
                   "each project a code name.\n\nHalvermoor, which was founded in 1911 and employs 2,300 people, "
                   "supplied cement for 31 motorway sections.\n\nHalvermoor Cement denied taking part in any cartel.")
    a = by_cue(art, "denied")
    assert (a.speaker.kind, a.speaker.name) == ("organization", "Halvermoor Cement")


def test_a_closing_speaker_coordinated_with_what_was_said_tells_it_to_whom_it_names(nlp):
    """"..., his spokeswoman, X, told the broadcaster Radio Tarnhelm.": the parser coordinated the telling with
    what was told; the broadcaster is who heard it, the clause before is what was said."""
    art = run(nlp, "Interior Minister Cathal Borrowdale has ordered a review of border patrols but the flights "
                   "will continue, his spokeswoman, Saoirse Kilbride, told the broadcaster Radio Tarnhelm.")
    a = by_cue(art, "told")
    assert a.content.text.startswith("Interior Minister Cathal Borrowdale has ordered a review of border patrols")
    assert a.content.text.endswith("the flights will continue")
    assert (a.speaker.name, a.via) == ("Saoirse Kilbride", ["Radio Tarnhelm"])


def test_what_was_said_stops_where_someone_else_goes_on_telling(nlp):
    art = run(nlp, "The Supreme Court annulled the mayoral vote in two wards on Friday and ordered a new count within "
                   "30 days, the court's press office said, and electoral board chairman Radko Pelling told reporters "
                   "the board would \"respect the ruling in full.\"")
    a = by_cue(art, "said")
    assert a.content.text.endswith("ordered a new count within 30 days") and a.kind == "indirect"


@pytest.mark.parametrize("text, cue, name", [
    ("The chain's former auditor, Castleton Trask & Co, denied that it had signed off the accounts.", "denied",
     "Castleton Trask & Co"),
    ("The manufacturer, Clearbrook Pharma, said in a statement it had withdrawn all batches.", "said in a statement",
     "Clearbrook Pharma"),
])
def test_a_companys_name_set_after_a_word_for_its_role_is_the_company_in_full(nlp, text, cue, name):
    a = by_cue(run(nlp, text), cue)
    assert (a.speaker.kind, a.speaker.name) == ("organization", name)


def test_a_verb_of_telling_coordinated_with_a_passive_shares_it_and_goes_on_with_what_was_said(nlp):
    [a] = run(nlp, "Three of them said the children had been sent home and told to come back next week.").attributions
    assert a.content.text == "the children had been sent home and told to come back next week"


def test_a_name_with_a_who_clause_is_a_persons_whatever_ner_made_of_it(nlp):
    [a] = run(nlp, "Adelgund Mardikian, who heads the animal welfare group Paws of Dorvanek, said the shelters were "
                   "full.").attributions
    assert (a.speaker.kind, a.speaker.name) == ("person", "Adelgund Mardikian")


def test_a_statement_the_parser_made_an_adverbial_clause_of_a_closing_cue_is_what_was_said(nlp):
    """"A climber fell and two others were hurt, ..., rescuers said": no word makes the clause before the closing cue
    an adverbial one; a participle or a "when" clause stays the telling's circumstance."""
    art = run(nlp, "An amateur triathlete drowned and three others were pulled from the river during the rafting leg of "
                   "a race near Orlby, and one of them may have broken his back, medics at Orlby General Hospital said "
                   "on Monday.")
    a = by_cue(art, "said")
    assert a.content.text.startswith("An amateur triathlete drowned") and a.content.text.endswith("broken his back")
    assert a.source.text == "medics at Orlby General Hospital" and a.modality == "hedged"
    art = run(nlp, "When the ferry docked at the quay on Friday night, the captain said the cargo was safe.")
    assert by_cue(art, "said").content.text == "the cargo was safe"


def test_a_role_before_a_closing_name_speaks_with_it(nlp):
    """"..., one remains in intensive care, the clinic's director, X, told a news conference": the parser made the role
    a part of the clause before; it belongs to the speaker, not to what was said."""
    a = by_cue(run(nlp, "Of the four, one remains in intensive care, the clinic's director, Brannoch Elderwyke, told a "
                        "news conference."), "told")
    assert a.content.text == "Of the four, one remains in intensive care"
    assert a.source.text == "the clinic's director, Brannoch Elderwyke" and a.speaker.name == "Brannoch Elderwyke"


def test_a_closing_speaker_with_a_restrictive_relative_clause_tells_the_clause_before(nlp):
    a = by_cue(run(nlp, "The leak appeared to come from a cracked valve, which was found to be rusted, a plumber who "
                        "inspected the boiler on Monday told the broadcaster Radio Vessendal."), "told")
    assert a.source.text == "a plumber who inspected the boiler on Monday" and a.speaker.kind == "anonymous_person"
    assert a.content.text == "The leak appeared to come from a cracked valve, which was found to be rusted"
    assert a.via == ["Radio Vessendal"]


def test_an_outlets_letters_are_part_of_its_name(nlp):
    art = run(nlp, "Two engineers told the broadcaster TV Marsko that the dam had been leaking for weeks.")
    assert by_cue(art, "told").via == ["TV Marsko"]


@pytest.mark.parametrize("text, cue, kind", [
    ("An inventory drawn up by the museum in 2004 says the chest held nine gold coins.", "says", "document"),
    ("A fire code the interior ministry sends to theatres each year warns that every exit must be lit.", "warns",
     "document"),
    ("The Sevrenik militia, which has held the area since 2022, said on its Telegram channel that the fire had been "
     "started by an army shell.", "said on its Telegram channel", "organization"),
    ("The separatists' defence headquarters rejected that account.", "rejected", "organization"),
    ("The aid agency Sheltra said in a statement that it had sent 300 family tents.", "said in a statement",
     "organization"),
    ("The U.N. children's agency said it was horrified by reports of the deaths.", "said", "organization"),
    ("Granvelde Energi, which runs the plant, said in a stock exchange filing that the restart would cost 40 million "
     "crowns.", "said in a stock exchange filing", "organization"),
])
def test_what_kind_of_speaker_a_description_names(nlp, text, cue, kind):
    """An inventory or a code states as a document; a militia, a headquarters, an aid or a children's agency (no news
    agency) and what files with a stock exchange are organisations."""
    assert by_cue(run(nlp, text), cue).speaker.kind == kind


def test_why_a_source_spoke_anonymously_is_no_statement_of_theirs(nlp):
    art = run(nlp, "Four porters said they had not been paid. Two of them, speaking on condition of anonymity because "
                   "they feared for their jobs, said the wages were weeks late.")
    assert sorted(a.cue.text for a in art.attributions) == ["said", "said"]


@pytest.mark.parametrize("text,cue,start", [
    ("Transport Minister Ilse Varrowdene ordered an inquiry on Monday and suspended the port's safety director, her "
     "office said.", "said", "Transport Minister Ilse Varrowdene ordered an inquiry"),
    # a request for something, or to be kept informed, is an act too
    ("The government has asked allies for more air-defence systems for the port, and two have agreed to send them, "
     "Deputy Infrastructure Minister Koen Straveling said.", "said", "The government has asked allies"),
    ("One official said the minister's office had asked to be kept informed.", "said",
     "the minister's office had asked"),
    # and so is what someone knew or wants, as another tells it
    ("The party also wants the post of deputy finance minister for its candidate, according to the daily "
     "Morvenpost's report on Thursday.", "according to", "The party also wants the post"),
])
def test_an_order_told_inside_another_statement_is_no_statement_of_its_own(nlp, text, cue, start):
    """"X ordered an inquiry and suspended the director, her office said": an act the office tells of."""
    [a] = run(nlp, text).attributions
    assert a.cue.text == cue and a.content.text.startswith(start)


def test_a_lead_the_parser_left_unlabelled_before_a_closing_cue_is_what_was_said(nlp):
    """"A courier firm whose vans are hired every week by ... lost hundreds of parcels ... and told its drivers to
    "sign for them anyway" ..., four former drivers told X": the parser hung the whole lead on the closing cue as an
    unlabelled dependent; it is what the four said, and the counted group is theirs."""
    art = run(nlp, "A polling company whose surveys are broadcast every week by the country's biggest radio station made "
                   "up hundreds of interviews in the run-up to this month's local elections and told its staff to "
                   "\"fill the gaps\" when too few people answered the phone, five former employees told Vessmark Wire.")
    a = next(a for a in art.attributions if a.source is not None and a.source.text == "five former employees")
    assert a.content.text.startswith("A polling company whose surveys") and a.speaker.kind == "anonymous_group"
    # (nor a speaker made of the lead's words, nor the quote as what those who answered the phone said)
    assert all("made up hundreds" not in (b.source.text if b.source else "") for b in art.attributions)
    assert all(b.content.text != '"fill the gaps"' for b in art.attributions)


def test_appeared_to_hedges_though_the_tagger_made_the_verb_after_it_a_noun(nlp):
    a = by_cue(run(nlp, "The firm's published figures appeared to overstate support for the governing Heartland Alliance "
                        "by four to six points in the final month of the campaign, said Heribert Vaskeli, a statistician "
                        "at the University of Hollenstad."), "said")
    assert a.modality == "hedged" and "appeared" in a.hedges


def test_the_outlet_interviewing_a_speaker_is_named_without_the_comma_after_it(nlp):
    a = by_cue(run(nlp, "In an interview with the broadcaster TV Norrbeck, Transport Minister Lambrecht Vessaline said the "
                        "contract would be reviewed."), "said")
    assert a.via == ["TV Norrbeck"]


def test_a_speaker_with_a_relative_clause_of_two_verbs_still_speaks(nlp):
    a = by_cue(run(nlp, "The trawler's owner, Brisk Fisheries, a family firm that has fished the bank since the 1970s and "
                        "lost another boat to a storm there in 2019, said in a statement that the boat had been inside "
                        "its own waters."), "said in a statement")
    assert a.speaker.name == "Brisk Fisheries"


@pytest.mark.parametrize("text, cue", [
    ("The two leaders agreed to meet in the spring, according to a readout of the call released by the president's "
     "office.", "according to"),
    ("The prime minister had listened carefully, the Orvish version of the call said.", "said"),
])
def test_a_readout_or_a_version_of_a_call_states_as_a_document(nlp, text, cue):
    assert by_cue(run(nlp, text), cue).speaker.kind == "document"


def test_a_fronted_participle_is_no_part_of_who_speaks(nlp):
    a = by_cue(run(nlp, "Speaking for the president, Haskeby's spokeswoman, Liss Varnworth, told reporters that the "
                        "deal would stand."), "told")
    assert a.source.text == "Haskeby's spokeswoman, Liss Varnworth" and a.speaker.name == "Liss Varnworth"


def test_what_was_said_stops_where_the_speaker_goes_on_with_though_she_added(nlp):
    art = run(nlp, "The court could suspend Hallowsett from office while it considers the case, constitutional law "
                   "professor Mauvelle Tarrowfeld said, though she added that no Brannavian court had ever taken "
                   "such a step.")
    said = by_cue(art, "said").content.text
    assert said == "The court could suspend Hallowsett from office while it considers the case"
    assert by_cue(art, "added").content.text == "that no Brannavian court had ever taken such a step"
    # (a verb of telling in another sense, after "after", goes on with what was said)
    art = run(nlp, "Energy suppliers must refund some 200,000 households that were overcharged, the biggest billing "
                   "error in the country's history, after the meters added phantom night-time use to customers' bills, "
                   "Energy Minister Hiltrude Haldestrom said on Monday.")
    assert by_cue(art, "said").content.text.endswith("to customers' bills")


def test_one_of_the_three_after_three_of_them_is_one_of_those_three(nlp):
    art = run(nlp, "Four deputies from the ruling party broke ranks. Three of them told Kestrelwold News Agency they "
                   "had been offered posts. One of the three said the offer had been made on Sunday.")
    three, one = by_cue(art, "told"), by_cue(art, "said")
    assert source_of(art, one).parent == three.speaker.source_id and source_of(art, three).count == 3


def test_a_companys_short_name_is_the_companys_where_it_says_it_though_a_family_member_shares_it(nlp):
    """"Pellcroft said in a filing that it had received ...", where the article also names the trust's chairman
    Menno Pellcroft: the company speaks, and "it added" goes on with the company."""
    art = run(nlp, "Private equity firm Vallisgrove Capital has made an approach to buy Pellcroft Biscuits, the maker "
                   "of Goldcrumb shortbread, people familiar with the matter said.\n\nPellcroft said in a filing to "
                   "the stock exchange that it had received an expression of interest. There was no certainty that an "
                   "offer would be made, it added.\n\nThe trust's chairman, Menno Pellcroft, said in a statement that "
                   "the family would judge any proposal.")
    filing, added = by_cue(art, "said in a filing to the stock exchange"), by_cue(art, "added")
    assert (filing.speaker.kind, filing.speaker.name) == ("organization", "Pellcroft")
    assert added.speaker.source_id == filing.speaker.source_id
    assert by_cue(art, "said in a statement").speaker.name == "Menno Pellcroft"


def test_what_was_told_a_call_is_not_the_call(nlp):
    a = by_cue(run(nlp, "Finance chief Jelmer Ellingwood told the same call that the company would cut capital "
                        "spending by about 15 percent next year."), "told")
    assert a.content.text == "that the company would cut capital spending by about 15 percent next year"


def test_what_managers_told_staff_to_expect_is_no_statement_and_them_are_the_counted_speakers(nlp):
    art = run(nlp, "Four people who work at the Kelmsby plant, which employs about 1,300 people, told Quorndale Wire "
                   "that managers had told staff on Wednesday to expect weeks of short-time work. Two of them said "
                   "night shifts had already been cancelled for November.")
    assert [a.cue.text for a in art.attributions] == ["told", "said"]
    four, two = art.attributions
    assert source_of(art, two).parent == four.speaker.source_id


@pytest.mark.parametrize("text", [
    "Two engineers said the dam was safe, but none said they had been told to record the tests.",
    "Tillarne, which reported sales of 1.9 billion crowns last year, said it would appeal.",
])
def test_nobody_saying_and_a_companys_reported_sales_make_no_record(nlp, text):
    assert len(run(nlp, text).attributions) == 1


def test_a_report_named_after_what_was_said_is_no_part_of_it(nlp):
    a = by_cue(run(nlp, "Theodulf Tilbrough, chief executive of Cindermoor Assurance, said on Monday he intended to "
                        "stay in the job, after a report in the financial press that the insurer's board was looking "
                        "for his successor."), "said")
    assert a.content.text == "he intended to stay in the job"


def test_a_phrase_the_parser_coordinated_with_a_closing_speaker_closes_what_was_said(nlp):
    """"... killed at least 26 people on Sunday, many of them women and children ..., the health ministry ... said": the
    parser made "many of them ..." a subject coordinated with the ministry; it is the end of what was said."""
    art = run(nlp, "An air strike on a flour mill in the rebel-held town of Dubrenka killed at least 26 people on "
                   "Sunday, many of them women and children who had queued for bread since before dawn, the health "
                   "ministry of the rebel administration in the north said, adding that the toll could rise.")
    a = by_cue(art, "said")
    assert a.source.text == "the health ministry of the rebel administration in the north"
    assert a.content.text.endswith("many of them women and children who had queued for bread since before dawn")


def test_someone_elses_statement_after_while_is_no_part_of_what_was_said(nlp):
    art = run(nlp, "Five residents told the agency there were no fighters. One of the three, a schoolteacher, said her "
                   "sister and two nephews were among the dead, while another said the mill's owner had been handing "
                   "out free bread to displaced families for weeks.")
    assert by_cue(art, "said").content.text == "her sister and two nephews were among the dead"


def test_the_other_two_are_the_rest_of_the_group_and_say_what_follows_them(nlp):
    art = run(nlp, "Four other traders told Quillhampton Wire the shelling lasted about 40 minutes. Two of them "
                   "said they had seen no fighters in the market; the other two said they had been lying under their "
                   "trucks.")
    four, two, other = art.attributions
    assert other.source.text == "the other two" and other.content.text == "they had been lying under their trucks"
    assert other.speaker.source_id != two.speaker.source_id
    assert source_of(art, other).parent == four.speaker.source_id and source_of(art, other).count == 2


def test_a_role_hung_beside_a_closing_name_is_the_speakers(nlp):
    a = by_cue(run(nlp, "Twenty-seven people died, among them 11 children, and at least 40 were taken to hospital with "
                        "burns, the chairman of the committee that runs the camp, Ilyas Aldemarov, told Eddersby Wire "
                        "by phone."), "told by phone")
    assert a.source.text == "the chairman of the committee that runs the camp, Ilyas Aldemarov"
    assert a.content.text.endswith("were taken to hospital with burns") and a.speaker.name == "Ilyas Aldemarov"
    a = by_cue(run(nlp, "In a letter to pharmacists seen by Vessmark Wire, Brennick's medical director, Dr. Oskar "
                        "Felm, wrote that the batches had been made at a single plant."), "wrote")
    assert a.source.text == "Brennick's medical director, Dr. Oskar Felm"
    assert (a.speaker.kind, a.speaker.name) == ("person", "Oskar Felm")


def test_a_peoples_adjective_before_newspaper_names_no_newspaper(nlp):
    """"The Ardessan newspaper reported", in an article that names Ardesse: which country's paper, not its name."""
    art = run(nlp, "Ardesse's army said on Friday that it had hit a depot. The Ardessan newspaper reported, citing two "
                   "officers, that the strike had been ordered by the general staff.")
    assert by_cue(art, "reported").speaker.name is None


def test_two_names_ner_ran_together_over_on_the_are_two(nlp):
    art = run(nlp, "Worn brakes caused the crash, according to a report by the agency Calderline on the Transport "
                   "Ministry's interim findings. The brakes overheated on the hill, the agency reported.")
    assert by_cue(art, "reported").speaker.name == "Calderline"


def test_a_network_named_where_something_was_posted_is_part_of_the_cue(nlp):
    """"said in a post on the social network Chatterly that ...": the tagger made the name an adverb and the parser hung
    what was said on it; the name closes the cue and the that-clause is what was said."""
    a = by_cue(run(nlp, "Its chairman, Wolfhart Fallowmead, said in a post on the social network Chatterly that the "
                        "cameras \"fail all the time\" and that nobody checks them."),
               "said in a post on the social network Chatterly")
    assert a.content.text.startswith("that the cameras") and a.speaker.name == "Wolfhart Fallowmead"


def test_a_place_before_based_is_no_person(nlp):
    a = by_cue(run(nlp, "The registry, the Lissholm-based Verdance Registry, said on Wednesday it had frozen the "
                        "project's remaining credits."), "said")
    assert (a.speaker.kind, a.speaker.name) == ("organization", "Verdance Registry")


def test_figures_from_a_ministry_state_what_they_show(nlp):
    a = by_cue(run(nlp, "Figures from the health ministry show that 46 people were treated for complications last "
                        "year."), "show")
    assert a.speaker.kind == "document" and a.content.text.startswith("that 46 people")


def test_a_report_told_after_what_was_said_is_no_part_of_it(nlp):
    """", after a newspaper report said one had missed": the telling answers the report; neither the report's words
    nor a fragment of its frame ("after a") belong to what was said."""
    art = run(nlp, "KELDERHAUGH - The commander of the Calverian air force said on Thursday that both missiles fired "
                   "at a drone over the air base on Sunday night had struck it, after a newspaper report said one had "
                   "missed and fallen on a farm.")
    assert by_cue(art, "said").content.text.endswith("had struck it")


def test_the_one_a_statement_was_sent_to_is_not_the_company_meant(nlp):
    """"In a statement sent to Pelmark, the airline said": the agency it was sent to is no airline; the airline is
    the one named before."""
    text = ("Harrowgate Air on Tuesday called \"a fabrication\" a report by the Wendle Courier that it had hired "
            "replacement pilots. In a statement sent to Pelmark, the airline said it had hired no pilots during the "
            "strike.")
    art = run(nlp, text)
    assert source_of(art, by_cue(art, "called")).name == "Harrowgate Air"
    a = by_cue(art, "said")
    assert a.source.text == "the airline" and source_of(art, a).name == "Harrowgate Air"


def test_a_peoples_adjective_before_daily_describes_the_paper_named_before(nlp):
    """"The Ostrelian daily reported": which country's paper, in an article that does not name the country; the
    report is the paper's named before, not an outlet called "Ostrelian" ("The Oregonian" is a known word)."""
    for word in ("Tolvessan", "Dravessan", "Varvessan"):  # (what NER and the tagger make of them differs)
        text = (f'Harrowgate Air on Wednesday called "a fabrication" a report by The Wendle Courier. The {word} daily '
                "reported, citing an email and two Harrowgate managers, that the airline had asked Brisk Leasing of "
                "Tarnby for up to 40 crews.")
        a = by_cue(run(nlp, text), "reported")
        assert a.speaker.kind == "outlet" and a.speaker.name == "Wendle Courier"


def test_an_office_holder_named_in_the_next_paragraph_is_that_person(nlp):
    text = ("TRELLSBY - The managing director of the Trellsby Water Board said on Friday she had never ordered the "
            "pumps to be shut down.\n\n"
            "\"Nobody asked me to switch anything off,\" Hedda Quernsby told Pelmark.\n\n"
            "Quernsby said the pumps had been checked in June.")
    art = run(nlp, text)
    first, quote = by_cue(art, "said"), by_cue(art, "told")
    assert first.speaker.source_id == quote.speaker.source_id
    assert source_of(art, first).name == "Hedda Quernsby" and source_of(art, first).kind == "person"
    # one of many (an indefinite description) is no one named later
    text = ("A Trellsby store manager said suppliers had been asked to wait for payment.\n\n"
            "Hedda Quernsby, a farmer, told Pelmark she was owed 40,000 crowns.")
    art = run(nlp, text)
    assert by_cue(art, "said").speaker.source_id != by_cue(art, "told").speaker.source_id


def test_a_subset_of_a_group_drawn_from_a_body_in_its_own_phrase_belongs_to_that_group(nlp):
    """"Four of the board's 15 members told X ... Two of them said ... A third said": of the four, not of the 15
    the board has, who never spoke."""
    text = ("Four of the board's 15 members told Pelmark the count had been halted for two hours. Two of them said "
            "they had not been told why. A third said a server had failed.")
    art = run(nlp, text)
    four = by_cue(art, "told").speaker.source_id
    two = by_source(art, "Two of them")
    third = by_source(art, "A third")
    assert source_of(art, two).parent == four and source_of(art, third).parent == four
    assert source_of(art, two).count == 2


@pytest.mark.parametrize("sentence, cue", [
    ("The election commission said in a bulletin posted on its website that turnout was 61 percent.",
     "said in a bulletin"),
    ("Health commissioner Gerda Vollrath said on local radio that the clinic would reopen on Monday.",
     "said on local radio"),
])
def test_a_bulletin_and_a_broadcast_are_part_of_the_cue(nlp, sentence, cue):
    assert by_cue(run(nlp, sentence), cue).content.text.endswith(("61 percent", "on Monday"))


def test_what_an_outlet_published_or_carried_reached_us_through_it(nlp):
    text = ("The ministry drew up plans to close 200 polling stations, according to an internal memo published on "
            "Sunday by the investigative weekly Tarnsby Ledger. The ministry, in a statement carried by the state news "
            "agency Ostpress, said the memo was a draft.")
    art = run(nlp, text)
    assert by_cue(art, "according to").via == ["Tarnsby Ledger"]
    assert by_cue(art, "said").via == ["Ostpress"]
    # a space agency is no news agency: what it published is its own
    text = "Satellite images published by the Vellmark Space Agency appeared to show a fresh crack in the dam."
    assert by_cue(run(nlp, text), "appeared to show").via == []


def test_a_name_run_on_into_what_was_told_names_only_itself(nlp):
    """NER ran "told Tollmark the ministry had asked" into one name; "The ministry said" later is no "Tollmark the
    ministry"."""
    text = ("Four officials at regional election offices told Tollmark the ministry had asked them in September to "
            "list polling stations with \"unreliable staff.\" The ministry said the request was routine.")
    a = by_source(run(nlp, text), "The ministry")
    assert a.speaker.name is None or "Tollmark" not in a.speaker.name


def test_sources_an_outlet_reached_itself_speak_through_it_whoever_cited_their_group(nlp):
    text = ("Nine of the paper's 11 co-authors asked for the retraction, according to a notice in the Quillby Journal "
            "of Medicine. Four of them, reached by Pelmark News Agency, said they had never seen the raw images. Two "
            "said they had raised doubts in 2020.")
    art = run(nlp, text)
    four = by_source(art, "Four of them")
    two = by_source(art, "Two")
    assert four.via == two.via == ["Pelmark News Agency"]


@pytest.mark.parametrize("text, source, name", [
    ("Gene therapy trial paused after deaths, company says\n\n"
     "Biotech company Quarvell Bio has paused a trial of its gene therapy after two patients died, the company said "
     "in a filing on Monday.", "the company", "Quarvell Bio"),
    ("Rolling cuts left homes without power.\n\n"
     "Dravenmoss General Hospital took in 37 people with heatstroke on Monday, most of them over 70.\n\n"
     "The hospital said its generators had \"performed as designed.\"", "The hospital", "Dravenmoss General Hospital"),
])
def test_a_body_referred_to_by_a_word_is_the_one_named(nlp, text, source, name):
    """A headline's unnamed company is the business the lead names; "The hospital" keeps the name's first word NER
    left out ("Dravenmoss General Hospital", tagged "General Hospital")."""
    a = by_source(run(nlp, text), source)
    assert a.speaker.kind == "organization" and a.speaker.name == name


def test_a_verb_its_own_that_introduces_says_nothing_of_the_clause_before_it(nlp):
    """The parser hung "The newspaper X reported, citing ..." on the "is expected" of the that-clause: only the report
    is a statement."""
    text = ("The newspaper Morgenspeil reported on Thursday, citing two officials at the inspectorate, that the "
            "inspectorate is expected to order checks at the pharmacies of all 14 public hospitals in the region.")
    [a] = run(nlp, text).attributions
    assert a.cue.text == "reported" and a.content.text.startswith("that the inspectorate is expected")


def test_why_a_source_was_not_named_and_a_recall_of_goods_are_no_statements(nlp):
    text = ("\"We were told nothing for nine days,\" said the father of one of the boys, who asked that his family not "
            "be named. Toymaker Quillbeck Toys is recalling 1.4 million building sets after magnets came loose, the "
            "safety regulator said on Monday.")
    cues = [a.cue.text for a in run(nlp, text).attributions]
    assert cues == ["said", "said"]


def test_an_e_mail_is_one_word_and_an_abbreviation_keeps_its_dot(nlp):
    text = ("All five said the e-mail had not told them which documents had been taken. A timeline attached to the "
            "notice shows that the first alarm went off at 10:02 a.m., 11 minutes before trading stopped.")
    art = run(nlp, text)
    assert by_cue(art, "said").content.text == "the e-mail had not told them which documents had been taken"
    shows = by_cue(art, "shows")
    assert shows.speaker.kind == "document" and "10:02 a.m." in shows.content.text


def test_a_business_described_by_its_trade_is_an_organisation(nlp):
    text = ("Shares in battery recycler Torvalla fell 31 percent on Thursday after short seller Brannock Research said "
            "in a report that the plant was idle. Torvalla called the report false and said the plant had processed "
            "31,000 tonnes.")
    art = run(nlp, text)
    assert by_cue(art, "said in a report").speaker.kind == "organization"
    assert by_source(art, "Torvalla").speaker.kind == "organization"


def test_the_other_official_is_another_member_of_the_group(nlp):
    text = ("Two officials at the trade ministry told Pelmark the licence had been suspended. The suspension could "
            "cost the company a fifth of its sales, one of the officials said. The other official said the ministry "
            "had acted on intelligence reports.")
    art = run(nlp, text)
    one = by_source(art, "one of the officials")
    other = by_source(art, "The other official")
    assert one.speaker.source_id != other.speaker.source_id
    assert source_of(art, other).parent == source_of(art, one).parent is not None


def test_a_clause_coordinated_after_a_reporting_participles_clause_goes_on_with_it(nlp):
    text = ("Zippelo confirmed the breach in a post on its website late on Monday, saying it had reset every user's "
            "password and had \"no evidence\" that the stolen data had been used for fraud.")
    assert by_cue(run(nlp, text), "saying").content.text.endswith("had been used for fraud")


@pytest.mark.parametrize("text, said, refuser", [
    ("Grennaway's spokeswoman, Irmtrud Olvenshaw, said the mayor \"does not trade libraries for votes\" but would not "
     "discuss what had been said at a private meeting.", 'the mayor "does not trade libraries for votes"',
     "Irmtrud Olvenshaw"),
    ("The Skirrowby police force said in a statement that the officer had \"believed his life was in danger\" and had "
     "been suspended from duty, but did not say what the rider had been holding.",
     'that the officer had "believed his life was in danger" and had been suspended from duty', None),
])
def test_a_refusal_coordinated_inside_what_was_said_is_the_speakers(nlp, text, said, refuser):
    art = run(nlp, text)
    first, refusal = art.attributions
    assert first.content.text == said
    assert refusal.speaker.source_id == first.speaker.source_id
    # (but what a speaker says of themself goes on: "said he had heard the rumours and would not comment on them")
    text = "Vendel Ostrabeck said he had heard the rumours like everyone else and would not comment on them."
    assert run(nlp, text).attributions[0].content.text.endswith("would not comment on them")


def test_what_was_said_before_x_quoted_y_as_saying_is_ys(nlp):
    text = ("Councillor Konradin Penmarrow leads the opposition group. The group plans to put forward its own budget "
            "next month, Radio Harkenvale quoted Penmarrow as saying.")
    a = by_source(run(nlp, text), "Penmarrow")
    assert a.content.text.startswith("The group plans") and a.via == ["Radio Harkenvale"]
    assert a.speaker.kind == "person"


def test_a_name_closing_a_long_description_names_the_one_described(nlp):
    text = ("A jeweller shot in the leg by Haskel during a 2019 robbery in Velleport, Aldwinna Onsgaard, told the "
            "regional broadcaster TV Velleport she had not slept since hearing the news.")
    a = run(nlp, text).attributions[0]
    assert a.speaker.kind == "person" and a.speaker.name == "Aldwinna Onsgaard" and a.via == ["TV Velleport"]
    # the name of a person the description names is not the speaker's
    text = "A person close to the prime minister, Rinat Holl, said Holl had lobbied the fund's director."
    assert run(nlp, text).attributions[0].speaker.kind == "anonymous_person"


def test_money_claimed_and_profit_posted_are_no_statements_and_a_that_after_a_video_opens_what_was_said(nlp):
    text = ("Penwhistle, who claimed about 31,000 euros in hotel costs last year, said in a video posted on his "
            "official page that every stay had been for city business. The company posted a net profit of 52 million "
            "crowns for the quarter.")
    [a] = run(nlp, text).attributions
    assert a.cue.text == "said in a video" and a.content.text == "that every stay had been for city business"


def test_a_name_the_tagger_made_an_adverb_speaks(nlp):
    text = ("The bills were approved by the mayor's chief of staff, Maudlyn Stromgard, officials said. Stromgard, "
            "through her lawyer, denied telling staff not to ask questions.")
    a = by_cue(run(nlp, text), "denied")
    assert a.speaker.kind == "person" and a.speaker.name == "Maudlyn Stromgard"


def test_what_rules_say_may_be_done_is_allowed_not_guessed(nlp):
    text = "City rules adopted in 2021 say officials may book a hotel only when a meeting ends late."
    assert by_cue(run(nlp, text), "say").modality == "asserted"
    assert by_cue(run(nlp, "The report says prices may rise."), "says").modality == "hedged"


def test_them_after_people_the_agency_met_are_those_people(nlp):
    """"Pelmark spoke to five users ... Three of them said": of the five, not of a paper's sources cited before; but
    where the group spoke in the sentence before, "them" are they ("Four people told X ... in a town of 1,300 people.
    Two of them said")."""
    text = ("The Wendle Courier reported, citing three people, that the data had been stolen. Two of them said the "
            "company had known about the theft since March.\n\n"
            "Pelmark spoke to five users who had received the company's warning on Monday. Three of them said they "
            "had since been sent text messages.")
    art = run(nlp, text)
    three = by_source(art, "Three of them")
    assert source_of(art, three).parent is not None and three.via == []
    assert next(s for s in art.sources if s.id == source_of(art, three).parent).count == 5
    text = ("Four people who work at the plant, which employs about 1,300 people, told Pelmark that staff had been "
            "sent home. Two of them said night shifts had been cancelled.")
    art = run(nlp, text)
    assert source_of(art, by_source(art, "Two of them")).parent == by_cue(art, "told").speaker.source_id


def test_an_outlet_meeting_people_is_its_own_reporting(nlp):
    text = ("Grevholt Wire spoke to five users who had received the warning on Monday. Three of them said they had "
            "been sent text messages.")
    assert [a.cue.text for a in run(nlp, text).attributions] == ["said"]


def test_a_role_set_beside_a_closing_name_is_no_part_of_what_was_said(nlp):
    text = ("The union will impose sanctions on 31 tankers and for the first time will target a bank outside Korsovia, "
            "the union's foreign policy chief, Armindo Pallisandre, said on Wednesday.")
    a = by_cue(run(nlp, text), "said")
    assert a.content.text.endswith("a bank outside Korsovia") and a.speaker.name == "Armindo Pallisandre"


@pytest.mark.parametrize("text, cue, said", [
    ("The 14-page communique, released shortly before midnight, says the leaders \"remain committed to freedom of "
     "navigation in all waters of the Harth Sea,\" without naming any country.", "says",
     'the leaders "remain committed to freedom of navigation in all waters of the Harth Sea,"'),
    ("A court filing made public on Wednesday says a civilian contractor at the base was arrested in December on "
     "suspicion of passing documents to a foreign state, and names the attache as his contact.", "says",
     "a civilian contractor at the base was arrested in December on suspicion of passing documents to a foreign "
     "state"),
    ("Saltmark has reportedly moved an artillery battery to within 10 kilometres of the border, the Kovrenian daily "
     "Orlova Vesti said, citing satellite images.", "said",
     "Saltmark has reportedly moved an artillery battery to within 10 kilometres of the border"),
    ("Ambertrade's chairman, Mateus Oblevsky, told shareholders in a letter that the bank had \"always complied with "
     "the laws of Isskar\" and had never handled Korsovian money.", "told in a letter",
     'that the bank had "always complied with the laws of Isskar" and had never handled Korsovian money'),
])
def test_what_was_said_ends_where_the_narrator_takes_over(nlp, text, cue, said):
    """", without naming any country" (how it was said), "... and names the attache" (the document's next act, in the
    present of "says" against the past of what it says), the outlet's description hung on the clause before its name,
    and a that-clause the parser read as a relative one with "that" the object of a preposition that has one."""
    assert by_cue(run(nlp, text), cue).content.text == said


def test_a_relative_clauses_speaker_and_an_outlet_after_its_description(nlp):
    text = ("The radar was built by the state-owned firm Vyshen Radiotechnika, whose spokesman, Ilya Dorvash, said "
            "none of its \"critical technical documentation\" had been compromised. Kennard Quellhorn told the "
            "Telvara daily Varnhelm Tidings that his firm had done real work. A legal annex to the decision, seen by "
            "Fellhampton Press, argues that the bank ignored warnings.")
    art = run(nlp, text)
    assert by_cue(art, "said").speaker.name == "Ilya Dorvash"
    assert by_cue(art, "told").via == ["Varnhelm Tidings"]
    assert by_cue(art, "argues").speaker.kind == "document"


def test_people_an_outlet_reached_and_a_sentence_after_a_time(nlp):
    """"X reached seven residents ... by telephone. All of them said ... Two of them said ... shortly after 4 a.m. One
    of the two said": the seven are the group (the reaching no statement), and "a.m." ends its sentence."""
    text = ("Drummelcroft Wire reached seven residents of Brenzhov, the first village below the dam, by telephone. All "
            "of them said the only warning had come from neighbours. Two of them said they had heard a roar shortly "
            "after 4 a.m. One of the two, a retired railway worker, said the water had reached his window in minutes.")
    art = run(nlp, text)
    assert [a.source.text for a in art.attributions] == ["All of them", "Two of them",
                                                        "One of the two, a retired railway worker"]
    everyone, two, one = art.attributions
    assert source_of(art, everyone).count == 7 and two.content.text.endswith("shortly after 4 a.m.")
    assert source_of(art, two).parent == source_of(art, everyone).parent
    assert source_of(art, one).parent == two.speaker.source_id


def test_people_who_spoke_to_the_agency_are_them(nlp):
    text = ("Two officials told Radio Eldvik the list had been sent. Four mothers of hostages who attended the hearing "
            "spoke to Morvenhall News Agency afterwards. All of them said they had learned about the list from the "
            "radio.")
    a = by_source(run(nlp, text), "All of them")
    assert a.source_count == 4 and a.via != ["Radio Eldvik"]


@pytest.mark.parametrize("text, cue, said, modality", [
    ("At least 14 people were killed, the regional emergencies department said in its latest update on Wednesday.",
     "said in its latest update", "At least 14 people were killed", "asserted"),
    ("Demand outstripped what the country's power plants could supply, the national grid operator Calvenne Grid "
     "said in a post on its website.", "said in a post on its website",
     "Demand outstripped what the country's power plants could supply", "asserted"),
    ("Its chief executive, Radegonde Fessmarsh, told the state broadcaster VRK that the company would pay for "
     "temporary housing, though she declined to say when the dam had last been inspected.", "told",
     "that the company would pay for temporary housing", "asserted"),
])
def test_an_update_a_measure_and_a_refusal_joined_after(nlp, text, cue, said, modality):
    a = by_cue(run(nlp, text), cue)
    assert a.content.text == said and a.modality == modality


def test_what_was_asked_of_others_patients_admitted_and_an_outlets_own_check_are_no_statements(nlp):
    text = ("Chief Inspector Magnhilde Varrow told reporters that prosecutors had been asked to consider criminal "
            "charges. Dravenmoss General Hospital admitted 37 people with heatstroke on Monday. Dulverby Wire could "
            "not confirm the report. The ship's owner, Ashgill Maritime, has said little in public.")
    assert [a.cue.text for a in run(nlp, text).attributions] == ["told"]
    assert by_cue(run(nlp, "The minister admitted two mistakes in the budget."), "admitted")


def test_a_number_closes_an_outlets_name(nlp):
    text = "Its spokesman, Serafin Dulgarov, told the broadcaster Tarnowel 24 that the truce may not survive."
    assert by_cue(run(nlp, text), "told").via == ["Tarnowel 24"]


def test_a_body_called_an_agency_is_no_news_agency_and_a_rank_before_a_name_is_a_persons(nlp):
    text = ("STAVENMOUTH (Ambrelane) - Inspectors from the Torquessan Medicines Agency have ordered Helvecor Biologics "
            "to stop filling vials after finding lapses in its clean room, the agency said on Monday. Divers were "
            "expected to reach the wreck by midday, a coastguard spokesman, Lieutenant Commander Oswyn Dewhollow, told "
            "the regional broadcaster Radio Tarnsey.")
    art = run(nlp, text)
    assert by_cue(art, "said").speaker.kind == "organization"
    assert all(s.kind != "outlet" or s.name in ("Ambrelane", "Radio Tarnsey") for s in art.sources)
    told = by_cue(art, "told")
    assert told.speaker.kind == "person" and told.speaker.name == "Oswyn Dewhollow"


def test_a_closing_speaker_hung_on_the_clause_before_a_conjoined_verb(nlp):
    text = ("The Footplate Union plans to extend the walkout to Friday unless the company improves its offer, the "
            "union's chairman, Ottmund Hegeslund, told a rally outside the company's headquarters.")
    a = by_cue(run(nlp, text), "told")
    assert a.speaker.name == "Ottmund Hegeslund" and a.content.text.endswith("unless the company improves its offer")


def test_a_noun_the_parser_made_a_verb_before_the_verb_that_tells(nlp):
    """"A filing with the national companies register shows that ...": "register" read as the verb and "shows" as
    its object; the filing shows, and "register" is no cue."""
    text = "A filing with the national companies register shows that the promoter posted a loss of 3.1 million euros."
    [a] = run(nlp, text).attributions
    assert a.cue.text == "shows" and a.speaker.kind == "document" and a.source.text.startswith("A filing")


def test_a_second_statement_coordinated_inside_the_first_is_no_part_of_it(nlp):
    text = ("All of them said the authorities had not published the names of the dead, and two of them said they had "
            "heard gunfire inside the walls before dawn.")
    first, second = run(nlp, text).attributions
    assert first.content.text == "the authorities had not published the names of the dead"
    assert second.content.text == "they had heard gunfire inside the walls before dawn"


def test_an_abbreviation_ending_a_sentence_before_a_quotation_ends_it(nlp):
    """'... said in a post on X. "The critics ..."': the tokenizer keeps "X." as an initial; the quotation after it
    is a new sentence that goes on with the speaker's quote, and the cue stops before the full stop."""
    art = run(nlp, '"Markets have given their verdict, and it is a good one," Finance Minister Jolvan Soltvik said '
                   'in a post on X. "The critics can now stop talking about a crisis."\n\nBond yields fell.\n')
    a = by_cue(art, "said in a post on X")
    assert source_of(art, a).name == "Jolvan Soltvik" and a.kind == "direct"
    assert a.content.text.endswith('"The critics can now stop talking about a crisis."')


@pytest.mark.parametrize("text,cue,via", [
    # a report whose paper is named in its by-phrase reached us through that paper
    ("The accounts belong to a relative of a board member, according to a report on Monday by the daily Lanvarre.",
     "according to", ["Lanvarre"]),
    # an outlet that cites a document is the way what it reports reached us, as when it cites people
    ("The delay could stretch into July, the business daily Rosqvale Mercantile reported, citing an internal e-mail "
     "sent by the company.", "reported", ["Rosqvale Mercantile"]),
    # the report the parser set beside the outlet's description is the outlet's
    ("A second round is expected to open next week, according to the Selvanian broadcaster Dvornet's late-night "
     "report.", "according to", ["Dvornet"]),
])
def test_an_outlets_report_through_its_by_phrase_or_its_documents_comes_through_it(nlp, text, cue, via):
    a = by_cue(run(nlp, text), cue)
    assert a.via == via


@pytest.mark.parametrize("text,source,content", [
    # a comma and "and" before the next statement close nothing
    ("Three nurses spoke to the daily Korrenbode. All three told the paper their complaints had gone unanswered, and "
     "one of them said a sink had been broken for weeks.", "All three", "their complaints had gone unanswered"),
    # "One of them said X; the other said Y": the parser made the second telling what the first said
    ("Two officials told the agency the rules had been used before. One of them said the agency's board had approved "
     "the award in a meeting that lasted less than 20 minutes; the other said the minister's office had asked to be "
     "kept informed.", "One of them",
     "the agency's board had approved the award in a meeting that lasted less than 20 minutes"),
    # a relative clause on quoted words that end the statement is the narrator's gloss
    ('Opposition leader Thorwin Lendrevik said his party would table a new motion "as soon as the rules allow," '
     "which under the constitution means in six months.", "Opposition leader Thorwin Lendrevik",
     'his party would table a new motion "as soon as the rules allow,"'),
    # who was told is no part of what was said, where the parser hung the that-clause on them
    ("Prime Minister Ilse Vashenko later told a meeting of her party's deputies that the coalition would not be "
     "governed by fear.", "Prime Minister Ilse Vashenko", "that the coalition would not be governed by fear"),
    # a clause after the semicolon that closes the quoted words is the narrator's
    ("Two officials told the weekly Zemlar that a lawmaker had pushed for the change. Both officials said the payment "
     "rules had been rewritten in 2022 \"at the request of the big producers\"; the weekly did not name the lawmaker.",
     "Both officials", 'the payment rules had been rewritten in 2022 "at the request of the big producers"'),
    # "had" after a modal clause is what was said, backshifted ("has no power"), not the speaker's next act
    ("The council's chairwoman, Ilvenna Marrowquist, spoke on Monday. She said the council could attach conditions "
     "on news output but had no power to block a sale on political grounds.", "She",
     "the council could attach conditions on news output but had no power to block a sale on political grounds"),
    # what the letter was, between the cue and the that-clause, is no part of what it said
    ("Education Minister Casparin Whitlaw's office said in a letter to the council, dated Sept. 30 and seen by "
     "Harrowgale Wire, that small rural schools should be closed only \"as a last resort\" and only after parents had "
     "been consulted.", "Education Minister Casparin Whitlaw's office",
     'that small rural schools should be closed only "as a last resort" and only after parents had been consulted'),
    # the subject of what was said, set off by an apposition, is part of it
    # a that-clause coordinated after a telling participle goes on with what the participle tells
    ("The chief negotiator, Deputy Finance Minister Halvessa Vollenstray, set out the offer in a letter to the "
     "agrarians' leadership on Tuesday, saying the finance ministry was \"not on the table\" but that the party could "
     "have the interior and agriculture portfolios.",
     "The chief negotiator, Deputy Finance Minister Halvessa Vollenstray",
     'the finance ministry was "not on the table" but that the party could have the interior and agriculture '
     "portfolios"),
    ("One of them said the agrarians' leader, Dr. Yselka Morrungsholm, had turned down a compromise offered by the "
     "caretaker government late on Wednesday.", "One of them",
     "the agrarians' leader, Dr. Yselka Morrungsholm, had turned down a compromise offered by the caretaker government "
     "late on Wednesday"),
])
def test_what_was_said_ends_where_the_speakers_words_end(nlp, text, source, content):
    art = run(nlp, text)
    a = by_source(art, source)
    assert a.content.text == content and len([b for b in art.attributions if b.source and b.source.text == source]) == 1


@pytest.mark.parametrize("text,cue,kind,name", [
    # a word for a body that the tagger took for part of the name still describes it
    ("Doctors walked out of state hospitals on Monday, the junior doctors' union Kestrel said.", "said",
     "organization", "Kestrel"),
    # "Ratings" closes the name of a business
    ("Sterlingham Ratings, which cut the country's rating on Sept. 9, said in a report that the debt would peak in "
     "2027.", "said in a report", "organization", "Sterlingham Ratings"),
    ("Shares of Orlenfort Mutual will resume trading on Tuesday, the Orlenfort stock exchange said.", "said",
     "organization", None),
    # "the company" is the business named before it, not the place whose exchange it filed with
    ("VINTRECOURT, June 11 (Lindhorst Press) - Oskavar Bio has stopped a trial of its kidney drug after signs of "
     "liver injury, the company said in a filing to the Vintrecourt stock exchange on Tuesday. Two of the seven "
     "patients needed hospital treatment, the company said.", "said", "organization", "Oskavar Bio"),
    ("The local branch of the teachers' union accused the council of cutting where it hurts least and said it would "
     "back the parents' court case.", "said", "organization", None),
    ("The players were paid 5,000 euros a match, according to the charge sheet, a copy of which was seen by "
     "Quarrymead Wire. It says the organiser may also have approached players at two other clubs.", "says",
     "document", None),
    # (but a business named on what it owns is the one meant: its jet)
    ("TALLOWMERE, March 3 (Meridian) - Flights were cancelled after a Corvalis Air jet carrying 186 people made an "
     "emergency landing on Sunday, the airline said.", "said", "organization", "Corvalis Air"),
])
def test_bodies_described_or_named_as_bodies_are_organisations(nlp, text, cue, kind, name):
    art = run(nlp, text)
    a = [x for x in art.attributions if x.cue.text == cue][-1]
    src = source_of(art, a)
    assert (src.kind, src.name) == (kind, name)


@pytest.mark.parametrize("text,source,hedged", [
    ("The Health Ministry said a delivery had been held up by a fault and was now expected to arrive in early June.",
     "The Health Ministry", True),
    ("A second package of sanctions is expected in March, envoy Kessendra Skepwith told reporters.",
     "envoy Kessendra Skepwith", True),
    # a forecast about something the content names is no hedge on the claim
    ("The minister said the bill, which is expected to pass, would cut taxes.", "The minister", False),
    # nor what was left open
    ("A spokesman for the court declined to say when a ruling was expected.", "A spokesman for the court", False),
])
def test_a_passive_expected_forecasts_however_it_is_worded(nlp, text, source, hedged):
    a = by_source(run(nlp, text), source)
    assert (a.modality == "hedged") == hedged


def test_a_title_ner_took_into_a_name_is_the_role(nlp):
    art = run(nlp, "Rates will rise if food prices keep climbing, Governor Perrisande Vethermoor told a news "
                   'conference.\n\n"We would rather act too early," Vethermoor said.\n')
    for cue in ("told", "said"):
        src = source_of(art, by_cue(art, cue))
        assert (src.kind, src.name, src.role) == ("person", "Perrisande Vethermoor", "Governor")


def test_a_that_clause_read_as_relative_on_a_verb_with_its_own_object_is_what_was_said(nlp):
    """"said in a filing published with the decision that X had used forged certificates": "that" is no object
    of "used", which has one; the clause is what the agency said, and "The agency" is that body later."""
    art = run(nlp, "BRAKMOOR, Jan. 14 (Drummoch Wire) - The Trellian Union froze the assets of an arms broker on "
                   "Tuesday.\n\nThe bloc's sanctions agency, the Office of Restrictive Measures (ORM), said in a "
                   "filing published with the decision that Tervody had used forged end-user certificates from two "
                   "countries.\n\nThe agency said banks that keep handling his payments could face fines.\n")
    filing = by_cue(art, "said in a filing")
    assert filing.content.text == "that Tervody had used forged end-user certificates from two countries"
    assert filing.source.text.endswith("(ORM)")
    later = [a for a in art.attributions if a.source and a.source.text == "The agency"][0]
    assert source_of(art, later).name == "Office of Restrictive Measures"


def test_speaking_to_an_outlet_before_the_cue_gives_it_as_via(nlp):
    a = by_cue(run(nlp, "Speaking to the broadcaster Radio Drumhollow, two fathers of infected babies, who asked not "
                        "to be named, said they had learned of the outbreak from other parents."), "said")
    assert a.via == ["Radio Drumhollow"] and a.source_count == 2


def test_the_centre_is_the_body_named_with_a_for_phrase(nlp):
    art = run(nlp, "The National Centre for Infection Control has sent four epidemiologists to Morrowick. The strain "
                   "could spread in units that do not screen every admission, the centre said.")
    assert source_of(art, by_cue(art, "said")).name == "National Centre for Infection Control"


def test_a_report_that_cited_people_gives_them_to_the_papers_sources(nlp):
    """"according to the daily X's report on Thursday, which cited two people present at the talks. The paper's
    sources said ...": the two are the paper's sources, and the report stands on their word."""
    art = run(nlp, "The party also wants the post of deputy finance minister for its candidate, according to the daily "
                   "Morvenpost's report on Thursday, which cited two people present at the talks. The paper's sources "
                   "said the prime minister's team had been caught off guard by the request.")
    report = by_cue(art, "according to")
    assert report.source_count == 2 and report.via == ["Morvenpost"]
    sources = by_source(art, "The paper's sources")
    assert sources.source_count == 2 and sources.via == ["Morvenpost"]


def test_a_raising_passive_takes_no_that_clause_coordinated_after_it(nlp):
    """"said that the debt is expected to peak in 2027 and that a downgrade could follow": the second that-clause
    goes on with what the agency said; the debt says nothing."""
    art = run(nlp, "Sterlingham Ratings, which cut the country's rating on Sept. 9, said in a report on Wednesday that "
                   "the country's debt is expected to peak at 112 percent of economic output in 2027 and that a "
                   "further downgrade \"could follow\" if the budget deficit does not narrow. Its lead analyst, "
                   "Marhild Denhoff, told Carradice Press the strong demand \"does not change the arithmetic.\"")
    assert [a.cue.text for a in art.attributions] == ["said in a report", "told"]


def test_a_fronted_according_to_with_a_relative_clause_ends_at_its_comma(nlp):
    """"According to a legal opinion ..., which the agency has seen, a lawmaker who ... could lose his seat": the
    parser set the main clause's subject beside the source; the source is the opinion, a document."""
    art = run(nlp, "According to a legal opinion from parliament's legal service, which Nettlewood Press has seen, a "
                   "lawmaker who abstains in return for a government post could lose his seat.")
    a = by_cue(art, "According to")
    assert a.source.text == "a legal opinion from parliament's legal service, which Nettlewood Press has seen"
    assert a.content.text == "a lawmaker who abstains in return for a government post could lose his seat"
    assert source_of(art, a).kind == "document" and a.modality == "hedged"


@pytest.mark.parametrize("text,source,name,role", [
    # a name closing a long title, which NER took for a body's
    ("Deputy Mayor for Finance Cedrina Pennimarch said the city would run on emergency spending rules.",
     "Deputy Mayor for Finance Cedrina Pennimarch", "Cedrina Pennimarch", None),
    # a member of a group, or the other one, named after a title
    ("Two councillors voted against the budget. One of the two rebels, Councillor Brisolde Sandergrave, told the "
     "local broadcaster Arvenna FM that she could not vote for it.",
     "One of the two rebels, Councillor Brisolde Sandergrave", "Brisolde Sandergrave", "Councillor"),
    ("Two councillors voted against the budget. One of them said the vote was rushed. The other, Councillor Gilda "
     "Felwick, said in a post on Facebook that the budget had been written behind closed doors.",
     "The other, Councillor Gilda Felwick", "Gilda Felwick", "Councillor"),
    # a rank after the comma that sets off the name closing a long description
    ("The commander of the border police at Gorvask, Lt. Col. Annevyn Keszeli, declined to say how long the "
     "restrictions would last.", "The commander of the border police at Gorvask, Lt. Col. Annevyn Keszeli",
     "Annevyn Keszeli", None),
    # an abbreviated rank the tokenizer would have split from its full stop, ending the sentence there
    ("A police officer who shot dead a driver has been suspended, the city's police chief, Cmdr. Mirabet Verhaven, "
     "told a news conference on Sunday.", "the city's police chief, Cmdr. Mirabet Verhaven", "Mirabet Verhaven", None),
])
def test_a_name_after_a_persons_title_names_the_person(nlp, text, source, name, role):
    art = run(nlp, text)
    src = source_of(art, by_source(art, source))
    assert src.kind == "person" and src.name == name and (role is None or src.role == role)


def test_a_letter_to_a_body_called_agency_reached_no_outlet(nlp):
    """"In a letter to the agency dated Feb. 28 and released by her management on Wednesday, X wrote": the agency is
    the anti-doping agency named before, and what is said of the letter names no outlet ("Wednesday")."""
    art = run(nlp, "Skier Volkhaven banned for four years, vows to appeal\n\nSKARVEDAL, March 4 (Skarvedal Press) - "
                   "Idrala Volkhaven has been banned for four years, the National Anti-Doping Agency said in a "
                   "statement.\n\nVolkhaven, 27, showed little emotion as the ruling was read out.\n\nIn a letter to "
                   "the agency dated Feb. 28 and released by her management on Wednesday, Volkhaven wrote that she had "
                   "taken a blood-pressure medicine on a doctor's advice.")
    wrote = by_cue(art, "wrote")
    assert wrote.via == [] and source_of(art, wrote).kind == "person"
    assert not [s for s in art.sources if s.kind == "outlet" and s.name == "Wednesday"]


def test_the_agency_with_a_relative_clause_is_the_body_named_before(nlp):
    art = run(nlp, "TAVELMOOR, Oct. 3 (Tavelmoor Press) - Inspectors searched the offices of three supermarket chains "
                   "on Tuesday, the country's Competition Agency said in a statement.\n\nThe agency, which can fine "
                   "companies up to 10 percent of their annual turnover, said its officers had copied pricing files.")
    a = [x for x in art.attributions if x.source and x.source.text == "The agency"][0]
    assert source_of(art, a).name == "Competition Agency"


def test_a_datelines_place_is_no_company_and_a_business_name_closes_with_its_trade(nlp):
    art = run(nlp, "MASKENFELD, Oct. 2 (Tavelmoor Press) - Grendahl Machinery will close its tractor plant in "
                   "Maskenfeld by the end of next year, cutting about 1,900 jobs, the company said in a filing to the "
                   "Velspar stock exchange on Wednesday.")
    assert source_of(art, by_cue(art, "said in a filing to the Velspar stock exchange")).name == "Grendahl Machinery"


def test_who_saw_a_letter_ends_at_the_comma_before_the_speaker(nlp):
    art = run(nlp, "In a letter to staff seen by Ferrowind Wire, Skyrelle's chief executive, Lorrimer Tallemark, "
                   "wrote that the company \"cannot pay more than it earns\" and that fares would rise.")
    a = by_cue(art, "wrote")
    assert source_of(art, a).name == "Lorrimer Tallemark" and "Lorrimer Tallemark" not in a.via


@pytest.mark.parametrize("text,source,content", [
    # the second statement's speaker, which the parser made a conjunct inside the first
    ("Three members of the committee spoke after the session. All three said the agency should publish its contract "
     "with Kestrilane, and one of them, opposition lawmaker Wendrik Larrowby, said the agency may have broken "
     "procurement rules by not putting the contract out to tender.", "All three",
     "the agency should publish its contract with Kestrilane"),
    ("Three members of the committee spoke after the session. All three said the agency should publish its contract "
     "with Kestrilane, and one of them, opposition lawmaker Wendrik Larrowby, said the agency may have broken "
     "procurement rules by not putting the contract out to tender.", "opposition lawmaker Wendrik Larrowby",
     "the agency may have broken procurement rules by not putting the contract out to tender"),
    # a that-clause on "a statement" before a quotation the parser made the cue's own clause
    ("The Cabin Crew Union (CCU) said in a statement that its members would return to work at 6 a.m. on Wednesday "
     "but could stage further stoppages in August \"if management keeps pretending nothing is wrong.\"",
     "The Cabin Crew Union (CCU)", "that its members would return to work at 6 a.m. on Wednesday but could stage "
     "further stoppages in August \"if management keeps pretending nothing is wrong.\""),
    # once the quoted words close what was said, a telling the clause's subject cannot have done is the speaker's
    ('The campaign group Atomwatch said the faked tests were "exactly what we have warned about for a decade" and '
     "called for the plant to be closed for good.", "The campaign group Atomwatch",
     'the faked tests were "exactly what we have warned about for a decade"'),
])
def test_a_second_statement_is_no_part_of_the_first(nlp, text, source, content):
    assert by_source(run(nlp, text), source).content.text == content


def test_a_name_after_one_of_a_group_of_people_names_a_person(nlp):
    """"one of the engineers, Kazimer Rastollo, said": NER took the name for a body; one of a group of people is a
    person, and "he" after him is him."""
    art = run(nlp, "Speaking by telephone from a military hospital in Morvain, one of the engineers, Kazimer Rastollo, "
                   "said the captors had moved them between caves every two or three weeks. \"We were never beaten,\" "
                   "he said.")
    first, second = art.attributions[0], art.attributions[-1]
    assert source_of(art, first).kind == "person" and source_of(art, first).name == "Kazimer Rastollo"
    assert source_of(art, second).name == "Kazimer Rastollo"


def test_a_place_before_a_title_is_the_office_and_the_name_after_it_the_person(nlp):
    art = run(nlp, "In a letter dated Jan. 20, the mediators' chief, former Thessary president Orsanne Velsicourt, "
                   "wrote that a deal \"may still be possible by spring.\"")
    assert source_of(art, by_cue(art, "wrote")).name == "Orsanne Velsicourt"


def test_a_group_that_calls_itself_a_name_speaks_after_a_fronted_phrase(nlp):
    """"In a post on Telegram, the group, which calls itself the X, said": the parser hung the group on "Telegram"; it
    is the speaker, and its name is the one it calls itself."""
    art = run(nlp, "In a post on Telegram, the group, which calls itself the Ruskari Defence Front, said it had "
                   "released the engineers as a gesture of good faith.")
    src = source_of(art, by_cue(art, "said"))
    assert (src.kind, src.name) == ("organization", "Ruskari Defence Front")


@pytest.mark.parametrize("text,speaker,outlet,content", [
    ("Rival ministers said on Friday the plan was dead, Radio Skaldmere reported.", "Rival ministers",
     "Radio Skaldmere", "the plan was dead"),
    ("The company said on Friday it would close the plant in Harrowgate, the Keldane Courier reported, citing two "
     "people familiar with the plan.", "The company", "Keldane Courier", "it would close the plant in Harrowgate"),
])
def test_a_closing_report_wraps_the_statement_before_it(nlp, text, speaker, outlet, content):
    """"X said Y, Z reported": Z reported the whole sentence; X's statement is Y, and it reached us through Z
    (whom Z cites are Z's sources, not X's)."""
    art = run(nlp, text)
    inner, outer = by_source(art, speaker), by_cue(art, "reported")
    assert inner.content.text == content and inner.via == [outlet] and inner.source_count is None
    assert outer.content.text.startswith(speaker) and outer.content.text.endswith(content)


def test_a_news_site_named_after_its_description_is_the_reports_outlet(nlp):
    """"according to a report by the news site Kardavel Today, which cited two police officers": the parser hung
    the name away from "site"; the report and the officers are the site's, not the wire's."""
    art = run(nlp, "KARDAVEL, April 8 (Hadleston Wire) - The van had been reported stolen a week before the attack, "
                   "according to a report by the news site Kardavel Today, which cited two police officers. The "
                   "attackers appear to have known when the guards changed shifts, the site's sources said.")
    assert by_cue(art, "according to").via == ["Kardavel Today"]
    later = by_source(art, "the site's sources")
    assert later.via == ["Kardavel Today"] and later.source_count == 2


def test_a_body_set_off_after_the_clause_before_it_speaks(nlp):
    """"... after medical checks, Clearspring Relief, which has worked in the region since 2009, said in a
    statement": the parser made "checks" the subject; the body after the comma (a "which", so no person) speaks,
    and what it said is the clause before, hedge and all."""
    art = run(nlp, "The three are expected to fly home on Saturday after medical checks, Clearspring Relief, which has "
                   "worked in the region since 2009, said in a statement.")
    a = by_cue(art, "said in a statement")
    assert (source_of(art, a).kind, source_of(art, a).name) == ("organization", "Clearspring Relief")
    assert a.content.text == "The three are expected to fly home on Saturday after medical checks"
    assert a.modality == "hedged" and len(art.attributions) == 1


def test_the_papers_source_is_the_one_person_who_told_the_paper(nlp):
    art = run(nlp, "HALSTERBURG, March 3 (Strathcarrow Wire) - Two of the storekeepers have agreed to testify against "
                   "the haulier, a prosecution source told the Halsterburg daily Morgenwacht. The paper's source said "
                   "they had been offered shorter sentences in return.")
    first, later = by_cue(art, "told"), by_source(art, "The paper's source")
    assert later.speaker.source_id == first.speaker.source_id and later.via == ["Morgenwacht"]


@pytest.mark.parametrize("text,cue,content", [
    # a participle before a closing reporting clause is part of what was said
    ("Calvonia ordered four Taskovian diplomats to leave the country on Friday, accusing them of photographing a "
     "naval dockyard, the Foreign Ministry said.", "said",
     "Calvonia ordered four Taskovian diplomats to leave the country on Friday, accusing them of photographing a "
     "naval dockyard"),
    # a clause set against what was said goes on with it
    ("The paper's sources said the Kolvenian side asked for time to study it, while the Saridani delegation walked "
     "out after less than an hour.", "said",
     "the Kolvenian side asked for time to study it, while the Saridani delegation walked out after less than an "
     "hour"),
    # a noun the parser coordinated with the verb ("states" is no statement)
    ("They said the change had been pushed by Dhalmar and two other oil-producing states during closed talks on Friday "
     "night.", "said", "the change had been pushed by Dhalmar and two other oil-producing states during closed talks "
     "on Friday night"),
    # a document set off with its participle before the verb, which the parser made a clause of its own
    ("The commission's final report, published alongside the decision, says Vardanian dairies received state "
     "subsidies worth 210 million crowns last year.", "says",
     "Vardanian dairies received state subsidies worth 210 million crowns last year"),
])
def test_what_goes_on_with_what_was_said(nlp, text, cue, content):
    assert by_cue(run(nlp, text), cue).content.text == content


@pytest.mark.parametrize("text,outlet", [
    ("A union official told the public broadcaster Radio Skaldmere that the strike would end on Monday.",
     "Radio Skaldmere"),
    ("The charity was run by a former deputy mayor, according to a report on Monday by the news website Ostrevenna "
     "Today, which cited court filings.", "Ostrevenna Today"),
])
def test_an_outlets_name_the_parser_or_ner_broke_up(nlp, text, outlet):
    """The tagger's adverb in "Radio Skaldmere"; NER's date in "Ostrevenna Today" (capitalised mid-sentence: a name)."""
    assert run(nlp, text).attributions[0].via == [outlet]


def test_a_research_journal_is_no_news_outlet(nlp):
    art = run(nlp, "The journal, the Annals of Cellular Renewal, said it had found duplicated images in 41 figures.")
    src = source_of(art, by_cue(art, "said"))
    assert (src.kind, src.name) == ("organization", "Annals of Cellular Renewal")


@pytest.mark.parametrize("text,name", [
    ("Chief Prosecutor Cadwyr Aalstrom called the ruling \"a painful lesson\" for his office and said prosecutors were "
     "reviewing 11 other cases.", "Cadwyr Aalstrom"),
    ("Fenwarren Police Chief Constable Maddoc Ferrebough apologised to the family and said four officers had been "
     "suspended on full pay.", "Maddoc Ferrebough"),
])
def test_a_name_ner_cut_short_after_a_title(nlp, text, name):
    """NER took the last title word and the given name ("Prosecutor Cadwyr") and left the surname out."""
    art = run(nlp, text)
    assert source_of(art, by_cue(art, "said")).name == name


@pytest.mark.parametrize("text,outlet,count", [
    ("Thousands of fish died in the river, according to a report by the regional broadcaster Lenvar Radio, which "
     "cited two mill workers. The broadcaster's sources said the valve had been left open.", "Lenvar Radio", 2),
    ("The utility will sell its grid stake, according to a report in the business weekly Pengeflod, which cited four "
     "people close to the talks. All four said the deal was done.", "Pengeflod", 4),
])
def test_the_outlet_of_a_report_and_its_sources(nlp, text, outlet, count):
    """The outlet a report is by or in, without the relative clause on it, gives via to the report and to the people it
    cited, who stay counted."""
    art = run(nlp, text)
    assert [a.via for a in art.attributions] == [[outlet], [outlet]]
    assert art.attributions[1].source_count == count


@pytest.mark.parametrize("text", [
    "A refrigerated van was reported stolen from a depot in Tallisk on Sept. 2.",
    "Ballots were found in a van that the courier firm reported stolen on Monday, police said.",
])
def test_a_thing_reported_stolen_is_no_statement(nlp, text):
    assert [a.cue.text for a in run(nlp, text).attributions if a.cue.text.startswith(("report", "was report"))] == []


def test_a_closing_report_after_a_quote_that_ends_its_clause(nlp):
    """'Six images had been altered "in a way that cannot be accidental," the magazine X reported': what was reported
    is the clause the quote ends, not the quoted words alone."""
    art = run(nlp, "At least six images in the study had been altered \"in a way that cannot be accidental,\" the "
                   "science magazine Fieldnote reported on Tuesday.")
    a = by_cue(art, "reported")
    assert a.kind == "mixed" and a.content.text.startswith("At least six images")


def test_evidence_read_inside_a_statement_is_the_speakers_reading(nlp):
    art = run(nlp, "The state environment agency said satellite images appeared to show a plume of methane stretching "
                   "more than 30 km east of the field.")
    [a] = art.attributions
    assert a.cue.text == "said" and a.modality == "hedged"


def test_the_paper_in_a_wire_story_about_a_study_is_the_studys_paper(nlp):
    """An agency's copy names no newspaper; "according to the paper" after a study published in a journal is the
    study's paper (a document), not the agency of the dateline."""
    art = run(nlp, "HASKETT, Dec 3 (Meridian News Service) - Older people who walk every day are less likely to "
                   "develop dementia, a study found. The study, published in the Northern Journal of Neurology, "
                   "followed 41,000 people for 11 years.\n\nAmong those who walked at least 20 minutes a day, 6.1 "
                   "percent developed dementia, according to the paper.")
    src = source_of(art, by_cue(art, "according to"))
    assert src.kind == "document"


@pytest.mark.parametrize("text,name", [
    # its own "its", in a part of what it said
    ("Skellan Dredging, in a statement sent to Kelpwire, denied making any payment to the mayor's family and said all "
     "of its harbour contracts had been won in open tender.", "Skellan Dredging"),
    # a "which" after a name with an apostrophe in it
    ("The Seafarers' Welfare Network, which represents crews in 40 ports, said the sailors were rationing drinking "
     "water.", "Seafarers' Welfare Network"),
])
def test_what_the_article_says_of_a_name_makes_it_a_body(nlp, text, name):
    art = run(nlp, text)
    src = source_of(art, art.attributions[-1])
    assert (src.kind, src.name) == ("organization", name)


def test_a_relative_pronoun_inside_quoted_words_is_no_speaker(nlp):
    art = run(nlp, "Yestrel, reached by telephone, said exporters would lose buyers across the Inner Sea \"that took us "
                   "twenty years to win\" and asked the ministry for more time to honour existing contracts.")
    assert [a.source.text for a in art.attributions] == ["Yestrel"]


def test_a_gloss_with_a_speaker_of_its_own_leaves_the_content(nlp):
    """", a process she said could take two days": her own statement, a record of its own, not more of the one
    before (whose hedge it would otherwise lend)."""
    art = run(nlp, "Returning officer Zenaida Westerlund said the recovered ballots would be counted once each had "
                   "been checked against the postal register, a process she said could take two days.")
    first = art.attributions[0]
    assert first.content.text.endswith("against the postal register") and first.modality == "asserted"
    assert by_cue(art, "said").content.text == first.content.text


def test_a_publisher_named_like_a_company_is_a_body(nlp):
    art = run(nlp, "The journal retracted the study after images in it were found to have been altered, the journal's "
                   "publisher, Quillbright Scientific, said on Wednesday.")
    src = source_of(art, by_cue(art, "said"))
    assert (src.kind, src.name) == ("organization", "Quillbright Scientific")


@pytest.mark.parametrize("text,cue,kind,name", [
    # the sentence's verb read as a participle on its subject
    ("The cathedral chapter, which owns the library, rejected as \"baseless\" suggestions that it had ignored the "
     "board's advice, saying cameras had been ordered in January.", "saying", "organization", None),
    # a union of press workers is a union
    ("The National Union of Press Workers said its members will vote next week on a one-day strike.", "said",
     "organization", "National Union of Press Workers"),
    # "Media" names a company
    ("The Dalmoor Evening Post will stop printing at the end of January, its publisher, Halsgrove Media, said.",
     "said", "organization", "Halsgrove Media"),
    # "the company" closing a lead is the business the lead's clause is about
    ("STRAVENHOLM, June 2 (Trevandine News Agency) - Skeldair, the country's second-largest airline, has grounded 23 "
     "of its 46 jets after inspectors found cracks in the fan blades of two engines, the company said in a "
     "statement.", "said in a statement", "organization", "Skeldair"),
])
def test_who_the_body_is(nlp, text, cue, kind, name):
    art = run(nlp, text)
    src = source_of(art, by_cue(art, cue))
    assert src.kind == kind and (name is None or src.name == name)


def test_a_backshifted_verb_after_a_that_clause_read_as_relative_goes_on_with_it(nlp):
    art = run(nlp, "Drabcombe chief executive Essylt Demmering told analysts on a call that the board had \"no interest "
                   "whatsoever\" in a deal at that price and would keep paying its quarterly dividend.")
    assert art.attributions[0].content.text.endswith("and would keep paying its quarterly dividend")


def test_a_report_whose_subject_the_parser_made_the_root(nlp):
    """"The public broadcaster NRV reported on Monday, citing four people ..., that ...": the parser left the outlet as
    the root and hung the verb, the citing and the that-clause on it; the outlet reported the clause, and the four
    are its sources later."""
    art = run(nlp, "The public broadcaster NRV reported on Monday, citing four people who attended a cabinet meeting "
                   "on June 2, that the batteries had been promised to Ashkaria in a letter signed by Defence Minister "
                   "Reino Halvorsky in May. Three of them said Halvorsky had not informed the prime minister before "
                   "signing.")
    report, later = by_cue(art, "reported"), by_source(art, "Three of them")
    assert report.content.text.startswith("that the batteries") and report.source_count == 4
    assert later.via == ["NRV"] and later.source_count == 3


def test_the_company_named_two_sentences_before(nlp):
    art = run(nlp, "The ballots had been collected on Friday by a courier firm, Swiftmarrow Couriers, the police "
                   "spokesman told a news conference. Officers are trying to trace a van.\n\nThe company said in a "
                   "statement that one of its drivers had not returned to the depot on Friday night.")
    assert source_of(art, by_cue(art, "said in a statement")).name == "Swiftmarrow Couriers"


@pytest.mark.parametrize("text, cue, content", [
    # a relative clause in a phrase before the verb is no that-clause of the verb
    ("The bank ended the peg on Thursday, after spending half of its reserves on defending a rate that most traders "
     "had long stopped believing in, Gov. Calder Sorvist told a news conference.", "told",
     "The bank ended the peg on Thursday, after spending half of its reserves on defending a rate that most traders "
     "had long stopped believing in"),
    # a gloss set off between what was said and the outlet, which the parser hung on the verb
    ("The National Bank of Trevalda is likely to cut its main interest rate by half a percentage point at its meeting "
     "on Sept. 24, its first cut in three years, the business daily Wechselblatt reported on Monday, citing two of the "
     "nine members of the bank's policy council.", "reported", "The National Bank of Trevalda is likely to cut its "
     "main interest rate by half a percentage point at its meeting on Sept. 24, its first cut in three years"),
    # a concession with a subject of its own goes on with what was said; an act with nothing said is no statement
    ("They said the pause could begin as early as Friday, though the militia had not yet agreed.", "said",
     "the pause could begin as early as Friday, though the militia had not yet agreed"),
    # a thing's being done, in the present, is no telling that came after the statement
    ("They said a lawsuit could be filed as early as October, before the new bonds are issued.", "said",
     "a lawsuit could be filed as early as October, before the new bonds are issued"),
    # a reporting clause between the subject of what was said and its verb
    ("The currency fell 11 percent on Thursday. The marrasco, analysts at Halmquist Securities wrote in a note to "
     "clients, is likely to find a floor within weeks.", "wrote in a note",
     "The marrasco is likely to find a floor within weeks"),
    # what someone had told before, or told to someone, is all of what the one "according to" tells
    ("Half a dozen Verlond managers had warned the board as early as 2023 that the portfolio held too many bonds, "
     "according to two former directors of the insurer.", "according to",
     "Half a dozen Verlond managers had warned the board as early as 2023 that the portfolio held too many bonds"),
    ("Militiamen at the checkpoint told the drivers they had no orders to let the trucks pass, according to the "
     "convoy's leader, Dr. Edrin Martenholt.", "according to",
     "Militiamen at the checkpoint told the drivers they had no orders to let the trucks pass"),
    # a reaction's phrase stops before ", according to the agency"
    ("The minister has called the plan a disaster, according to the Harbour Times.", "has called",
     "the plan a disaster"),
])
def test_where_what_was_said_ends_when_the_parser_hides_it(nlp, text, cue, content):
    assert by_cue(run(nlp, "\n" + text), cue).content.text == content


@pytest.mark.parametrize("text, cue, source, name, kind, count", [
    # a name after the speaker's role, which the parser made a second subject
    ('"We are closer than ever," said Kavelmark\'s envoy to the talks, Ambassador Tamira Quorrendahl, who has chaired '
     'every session.', "said", "Kavelmark's envoy to the talks, Ambassador Tamira Quorrendahl, who has chaired every "
     "session", "Tamira Quorrendahl", "person", 1),
    # the name after the verb, which the parser made its object
    ("Children are likely to start dying of hunger within weeks unless food gets through, warned Olwen Treddick, "
     "head of nutrition at the charity Tendmere.", "warned", "Olwen Treddick, head of nutrition", "Olwen Treddick",
     "person", 1),
    # a priest's title is no part of his name
    ("The Rev. Amadour Tamsward, the parish priest in Vellamar, said about 600 people had spent the night in his "
     "church. He said the roof had held.", "said", "The Rev. Amadour Tamsward, the parish priest in Vellamar",
     "Amadour Tamsward", "person", 1),
    # a ratings agency is no news agency
    ('Ratings agency Ferrovane cut Corvessa to "restricted default" on Tuesday, saying the offer amounted to a '
     'distressed exchange under its rules.', "saying", "Ratings agency Ferrovane", "Ferrovane", "organization", None),
    # half a dozen is six
    ("Half a dozen Verlond managers said the portfolio held too many bonds.", "said", "Half a dozen Verlond managers",
     None, "anonymous_group", 6),
    # a pension fund is a business, whatever NER made of its name
    ("One of the funds, Sandmere Pensions, said it wanted to be treated like every other creditor.", "said",
     "One of the funds, Sandmere Pensions", "Sandmere Pensions", "organization", None),
])
def test_who_speaks_when_the_parser_or_ner_misplace_it(nlp, text, cue, source, name, kind, count):
    art = run(nlp, "\n" + text)
    a = by_cue(art, cue)
    assert (a.source.text, a.speaker.name, a.speaker.kind, a.source_count) == (source, name, kind, count)


def test_the_paper_is_the_one_the_body_names_not_the_headlines_unnamed_one(nlp):
    art = run(nlp, "Central bank set for first rate cut in three years, paper says\n\n"
                   "DOMBRAVEN, Sept. 16 (Ousterby News Agency) - The National Bank of Trevald is likely to cut its "
                   "main rate on Sept. 24, the business daily Wechselberg reported on Monday, citing two of the nine "
                   "members of the bank's policy council.\n\nAccording to the paper, Governor Traugot Prellitz has "
                   "not yet made up his mind.")
    a = by_cue(art, "According to")
    assert (a.speaker.name, a.via) == ("Wechselberg", ["Wechselberg"])


def test_an_unnamed_person_keeps_the_name_they_gave(nlp):
    art = run(nlp, "\nA spokesman for the militia, who gave his name only as Harun, said the convoy had been stopped "
                   "because it did not have the right papers.")
    a = by_cue(art, "said")
    assert (a.speaker.kind, a.speaker.name, a.source_count) == ("anonymous_person", "Harun", 1)


def test_an_interview_broadcast_by_a_station_reached_us_through_it(nlp):
    art = run(nlp, "\nThe lender's mission chief, Sevrine Galdeholm, said in an interview broadcast on Sunday by the "
                   "public broadcaster RTC that the debt was unsustainable.")
    a = by_source(art, "The lender's mission chief, Sevrine Galdeholm")
    assert (a.cue.text, a.via) == ("said in an interview", ["RTC"])


@pytest.mark.parametrize("text, source, parent_role", [
    # "them" in a clause joined to one whose subject opens the sentence: those people, not a group cited before
    ("Half a dozen managers had warned the board, according to two former directors of the insurer.\n\nSavers queued "
     "outside the head office on Saturday morning, and several of them said they had heard nothing since Friday.",
     "several of them", "Savers"),
    # a counted group of another size is another group, whoever polled it
    ("DOMBRAVEN, Sept. 16 (Ousterby News Agency) - The central bank will cut rates, the daily Wechselberg reported, "
     "citing two of the nine members of the policy council. Eleven of the 17 economists polled by Ousterby News Agency "
     "last week said they expected the first cut in October.", "Eleven of the 17 economists polled by Ousterby News "
     "Agency", "17 economists polled by Ousterby News Agency"),
])
def test_the_group_a_subset_belongs_to(nlp, text, source, parent_role):
    art = run(nlp, "\n" + text)
    member = source_of(art, by_source(art, source))
    assert next(s.role for s in art.sources if s.id == member.parent) == parent_role


@pytest.mark.parametrize("text, cue, name, kind", [
    # a name with "Jr.", which NER took with the surname only
    ("Chief Executive Corvain Dunnicliff Jr. told analysts on a conference call that the stolen files held names.",
     "told on a conference call", "Corvain Dunnicliff Jr.", "person"),
    # "The contractor" after the business named in the sentence before
    ("Kalvora Telecom said the data of 4.3 million customers had been stolen. The billing system was run by Ebbelind "
     "Data Services Ltd. The contractor said in an emailed statement that its own systems had not been breached.",
     "said in an emailed statement", "Ebbelind Data Services Ltd.", "organization"),
    # "A group calling itself X"
    ("A group calling itself Greywake claimed responsibility for the attack on Monday, saying it would publish the "
     "files.", "saying", "Greywake", "organization"),
    # a body's name set beside the word for it, itself set beside the role
    ("The cable was cut by a ship. Its owner, the shipping company Nyberholt Maritime Co., said the crew had noticed "
     "nothing unusual.", "said", "Nyberholt Maritime Co.", "organization"),
    # "who" after a place in the speaker's description is the speaker
    ('"I handed over my passport, and now it is for sale," said Lusanna Kirrowen, a 52-year-old baker from St. '
     'Merrinhow, who said she had heard nothing from the company.', None, "Lusanna Kirrowen", "person"),
    # a presentation is a document
    ("An internal presentation from 2022, which Blethwick gave to the committee, says the sales brought in about 30 "
     "million euros a year.", "says", None, "document"),
])
def test_who_speaks_in_the_names_of_businesses_and_people(nlp, text, cue, name, kind):
    art = run(nlp, "\n" + text)
    a = by_cue(art, cue) if cue else by_source(art, "who")
    assert (a.speaker.name, a.speaker.kind) == (name, kind)


def test_a_surname_with_jr_is_the_person_named_in_full(nlp):
    art = run(nlp, "\nKasperl Trescothy Jr., who runs a payments company in Kestow, said half of his customers had "
                   "been unable to pay by card. \"We went back to paper receipts,\" he said. Trescothy said it was "
                   "bad.")
    assert len({a.speaker.source_id for a in art.attributions}) == 1


def test_the_members_a_report_includes_and_all_of_them(nlp):
    art = run(nlp, "\nThe attackers had been inside the network since Aug. 19, the technology news site Byteline "
                   "reported on Wednesday, citing five people familiar with the investigation, including two of the "
                   "company's security engineers. The two engineers said alerts had been switched off. According to "
                   "all five, Kalvora learned of the breach late.")
    two, five = by_source(art, "The two engineers"), by_source(art, "all five")
    report = by_cue(art, "reported")
    assert (two.source_count, two.via, source_of(art, two).parent) == (2, ["Byteline"], report_group(art, report))
    assert (five.source_count, five.via, five.speaker.source_id) == (5, ["Byteline"], report_group(art, report))


def report_group(art, report):
    """The id of the group of people an outlet's report cited (the source with the report's count)."""
    return next(s.id for s in art.sources if s.kind == "anonymous_group" and s.count == report.source_count)


def test_an_interview_with_a_magazine_the_parser_made_a_clause(nlp):
    art = run(nlp, '\nIn an interview with the science magazine Perigee Quarterly published on Monday, Stellwane said '
                   'a valve in the upper stage "appears to have stuck open" for about four seconds.')
    assert by_cue(art, "said").via == ["Perigee Quarterly"]


@pytest.mark.parametrize("text, cue, content", [
    # what someone has said before, or an outlet reports, is all of what the one "according to" tells
    ("Police have said they have no immediate plans to release the recordings, according to attorneys for the family.",
     "according to", "Police have said they have no immediate plans to release the recordings"),
    ("The Harbour Ledger reports that the ministry will cut the tariff, according to the Roper Institute.",
     "according to", "The Harbour Ledger reports that the ministry will cut the tariff"),
])
def test_what_the_frame_of_according_to_holds(nlp, text, cue, content):
    assert by_cue(run(nlp, "\n" + text), cue).content.text == content


@pytest.mark.parametrize("text, cue, source, content", [
    # an outlet's name set beside its word, its closing "reported" read as a relative clause on the name
    ("The builder, Ombray Civil Works, paid the money through a consultancy registered in Malvessa, the investigative "
     "site Kettlebright reported in March, citing bank records and two former employees of the firm.", "reported",
     "the investigative site Kettlebright", "The builder, Ombray Civil Works, paid the money through a consultancy "
     "registered in Malvessa"),
    # who the one of them is, set off after a fronted "according to"
    ("Two former employees spoke to the site. According to one of them, a former accountant, the payments were booked "
     "as advisory services.", "According to", "one of them, a former accountant",
     "the payments were booked as advisory services"),
    # the question put to the speaker, which the tagger made the sentence's verb
    ('Transport Minister Imrich Stoval, asked about the case at a news conference, said only that the ministry had '
     '"tightened every rule since then."', "said", "Transport Minister Imrich Stoval",
     'that the ministry had "tightened every rule since then."'),
    # the subject of what was said, with a participle set off after it, which the parser made the verb's object
    ("The two said a second former executive of the bank, now living in Belmarra, could also face an extradition "
     "request.", "said", "The two", "a second former executive of the bank, now living in Belmarra, could also face an "
     "extradition request"),
    # an inverted reporting clause between the subject of what was said and its verb
    ("The talks, said Deputy Minister Kiavna Pratchell, will resume on Monday.", "said",
     "Deputy Minister Kiavna Pratchell", "The talks will resume on Monday"),
    # a gloss the parser made the cue's object closes nothing that was said
    ('Justice Minister Gelvo Olderwin said on Sunday that inmates at Brannaz ate "better than many pensioners," a '
     'remark that opposition lawmakers called "a disgrace."', "said", "Justice Minister Gelvo Olderwin",
     'that inmates at Brannaz ate "better than many pensioners,"'),
    # the speaker's role the parser hung on the last word of what was said
    ("DRANHOLT, Sept. 7 (Gorsemont Wire) - More than 140 inmates have refused food for nine days in protest against a "
     "ban on family visits imposed after a guard was stabbed in August, the prison's governor, Supt. Destrel "
     "Kettleholm, said on Sunday.", "said", "the prison's governor, Supt. Destrel Kettleholm", "More than 140 inmates "
     "have refused food for nine days in protest against a ban on family visits imposed after a guard was stabbed in "
     "August"),
])
def test_sources_and_contents_in_misparsed_closing_and_inverted_clauses(nlp, text, cue, source, content):
    a = by_cue(run(nlp, "\n" + text), cue)
    assert (a.source.text, a.content.text) == (source, content)


@pytest.mark.parametrize("text, source, kind, count, parent", [
    # a request runs to pages and says things: a document
    ("Ustrenia's extradition request, which runs to 310 pages, says the bank lost at least 900 million crowns.",
     "Ustrenia's extradition request", "document", None, False),
    # "The youngest of them" is one of them
    ("Four relatives of strikers told Gorsemont Wire that they had not heard from the men. The youngest of them, a "
     "19-year-old, said inmates were being locked in for 23 hours a day.", "The youngest of them, a 19-year-old",
     "anonymous_person", 1, True),
])
def test_documents_and_members_by_their_words(nlp, text, source, kind, count, parent):
    art = run(nlp, "\n" + text)
    a = by_source(art, source)
    assert (a.speaker.kind, a.source_count, source_of(art, a).parent is not None) == (kind, count, parent)


def test_a_document_of_a_thing_named_like_a_paper_is_not_that_papers(nlp):
    art = run(nlp, "\nThe ferry Marelle Star was carrying 434 passengers when it capsized in the strait on Tuesday, "
                   "according to loading records seen by The Harbour Ledger. The Marelle Star's licence allowed 350 "
                   "passengers and 24 crew. According to the Ledger's tally, 40 ships were waiting.")
    assert by_cue(art, "According to").via == ["Harbour Ledger"]
    assert by_source(art, "The Marelle Star's licence").via == []


@pytest.mark.parametrize("text, cue, source, content", [
    # a coordinated verb in the tense of reported speech after a that-clause the parser hung on "a statement"
    ('Marrick Foods said in a statement posted on its website that it had withdrawn all packs of its Elsworth cheddar '
     'and Tamber blue "as a precaution" and was working with the inspectors.', "said in a statement", "Marrick Foods",
     'that it had withdrawn all packs of its Elsworth cheddar and Tamber blue "as a precaution" and was working with '
     'the inspectors'),
    # an apposition before a closing reporting clause is part of what that clause reports ...
    ("Hundreds of fish have died and at least 40 birds have fallen ill in a spill of diesel that river wardens have "
     "traced to a tank owned by Ostrel Haulage, a family-run firm whose barges work most canals in the region, the "
     "national waterways agency said on Friday.", "said", "the national waterways agency",
     "Hundreds of fish have died and at least 40 birds have fallen ill in a spill of diesel that river wardens have "
     "traced to a tank owned by Ostrel Haulage, a family-run firm whose barges work most canals in the region"),
    # ... but not the speaker's role with the name set beside it
    ("The union will hold a ballot on strike action next month and will urge members to reject the offer, and for the "
     "first time will invite retired members to vote, the union's general secretary, Orrin Halvestrand, said on "
     "Monday.", "said", "the union's general secretary, Orrin Halvestrand",
     "The union will hold a ballot on strike action next month and will urge members to reject the offer, and for the "
     "first time will invite retired members to vote"),
    # a gloss with a speaker of its own, which the parser made the telling's object, is her statement, not the told
    ("Deputy Mayor Ilse Varnholm told reporters at the scene that all 31 barges of the same type would be taken out "
     "of service until they had been checked, a move she said could disrupt the deliveries of 400 shops a day.",
     "told", "Deputy Mayor Ilse Varnholm",
     "that all 31 barges of the same type would be taken out of service until they had been checked"),
    # a closing telling the parser coordinated with the clause before it, its speaker hung on that clause
    ("The tram seems to have been travelling far too fast for the bend, the city's traffic commissioner, Ivo "
     "Brandsen, told the local television station Nordkanal.", "told", "the city's traffic commissioner, Ivo Brandsen",
     "The tram seems to have been travelling far too fast for the bend"),
    ('The barges were "loaded by mistake together with scrap metal," Skellmark\'s director, Halvar Brunn, wrote in a '
     'letter to the council seen by Gallowfen Wire.', "wrote in a letter to the council",
     "Skellmark's director, Halvar Brunn", 'The barges were "loaded by mistake together with scrap metal,"'),
    # a common noun the tagger took for a name after "said" is what was said, not an inverted speaker
    ('Its chief executive, Maren Oskby, said the tram, one of 30 built at the Lindau works in 2012, "may have left the '
     'rails at speed," but warned against guessing.', "said", "Its chief executive, Maren Oskby",
     'the tram, one of 30 built at the Lindau works in 2012, "may have left the rails at speed,"'),
    # and the verb after the quote the parser coordinated inside it is the speaker's too
    ('Its chief executive, Maren Oskby, said the tram, one of 30 built at the Lindau works in 2012, "may have left the '
     'rails at speed," but warned against guessing.', "warned against", "Its chief executive, Maren Oskby",
     "guessing"),
    # a participle set off after whom it was told describes them; what was told follows its comma
    ("Five people who worked in the bank's loans department until last year told the consumer programme Geldwacht, "
     "broadcast on Tuesday, that staff had been given monthly targets for rejecting claims.", "told",
     "Five people who worked in the bank's loans department", "that staff had been given monthly targets for "
     "rejecting claims"),
    # people who spoke, then "said" and a name: the name begins what they said (no inverted speaker)
    ("One of them, who asked not to be named because the talks are private, said Veltrana, the group's largest "
     "producer, was pushing for a deeper cut.", "said", "One of them",
     "Veltrana, the group's largest producer, was pushing for a deeper cut"),
    # refusing to give a figure is the speaker's refusal, not what was said
    ('A ministry spokesman said the figure was "a first draft" that had since been changed, but would not give a new '
     'number.', "said", "A ministry spokesman", 'the figure was "a first draft" that had since been changed'),

    # the relative on a fronted document, which the parser left out of its phrase, is no part of what it says
    ("According to a letter from the agency to Pellwood, a copy of which was seen by Kestrelgate Wire, the sample "
     "contained a banned drug.", "According to", "a letter from the agency to Pellwood",
     "the sample contained a banned drug"),
    ("According to the charge sheet, a copy of which was seen by Pellmark News, the importers declared the coats at 2 "
     "dinars each, while their own records show they sold them for 40.", "According to", "the charge sheet",
     "the importers declared the coats at 2 dinars each, while their own records show they sold them for 40"),
    # what the clause's subject expects goes on with what was said (not the speaker's next act)
    ('Sports Minister Ilsabeth Garnock said the government would not interfere in the league\'s affairs but expected '
     '"complete transparency" from its board.', "said", "Sports Minister Ilsabeth Garnock",
     'the government would not interfere in the league\'s affairs but expected "complete transparency" from its '
     'board'),
    # a plain past refusal after a past perfect is the speaker's, whoever "they" are
    ("Prosecutors in Velmar said they had opened a criminal investigation into four former employees of the bank but "
     "declined to name them.", "said", "Prosecutors in Velmar",
     "they had opened a criminal investigation into four former employees of the bank"),
    # the one spoken to and the speaker after it, both set off by commas
    ("In an interview with the public broadcaster Radio Kestmark, the unit's director, Ottilie Brandwater, said the "
     "bank had ignored warnings.", "said", "the unit's director, Ottilie Brandwater", "the bank had ignored warnings"),
])
def test_who_said_what_around_glosses_conjuncts_participles_documents_and_refusals(nlp, text, cue, source, content):
    a = by_cue(run(nlp, "\n" + text), cue)
    assert (a.source.text, a.content.text) == (source, content)


def test_a_bare_word_for_a_body_after_an_unnamed_one_is_that_body(nlp):
    art = run(nlp, "\nCorvell Shipping said the ferries were safe. The national maritime safety regulator is expected "
                   "to decide next week whether to order inspections of Corvell ferries across the country, a person "
                   "with knowledge of its plans told Gallowfen Wire. The regulator, in a statement, said it was "
                   '"in close contact" with the company.')
    a = by_source(art, "The regulator")
    assert (a.speaker.kind, a.speaker.name) == ("organization", None)


def test_members_of_a_cited_group_called_by_another_word_keep_its_chain(nlp):
    art = run(nlp, "\nThe fire started in a lorry on the lower deck, the shipping weekly Haldersblad reported, "
                   "citing four stevedores who were on the ferry at the time. Three of the men said they had been told "
                   "to keep loading after smoke was seen. The fourth, a forklift driver, said the alarms had been "
                   "switched off.")
    three, fourth = by_source(art, "Three of the men"), by_source(art, "The fourth, a forklift driver")
    cited = source_of(art, three).parent
    assert [s.count for s in art.sources if s.id == cited] == [4]
    assert (three.via, fourth.via, source_of(art, fourth).parent) == (["Haldersblad"], ["Haldersblad"], cited)


def test_a_counted_staff_cited_and_whom_of_them_spoke(nlp):
    art = run(nlp, "\nThe campaign took loans from a shipping firm it never declared, the weekly Querholt reported on "
                   "Tuesday, citing six current and former campaign staff. Two of the six said the loans were arranged "
                   "by the party treasurer. A third said the treasurer had destroyed the records.\n\nThe fund is close "
                   "to a deal with its creditors, the newspaper Vellblad reported, citing four people involved in the "
                   "talks, two of whom said the finance ministry had told the fund to hold out.")
    assert by_cue(art, "reported").source_count == 6
    two, third = by_source(art, "Two of the six"), by_source(art, "A third")
    assert (two.via, third.via) == (["Querholt"], ["Querholt"])
    assert source_of(art, third).parent == source_of(art, two).parent
    whom = by_source(art, "two of whom")
    assert (whom.source_count, whom.via) == (2, ["Vellblad"])


def test_what_an_outlet_was_told_after_it_without_that(nlp):
    art = run(nlp, "\nThe energy newsletter Oilgrid, citing two officials at the oil ministry, reported on Monday that "
                   "the kingdom might cut output on its own. The officials also told the newsletter the ministry had "
                   "drawn up plans to reduce loadings at the Varro export terminal from June.")
    a = by_cue(art, "also told")
    assert (a.content.text, a.via, a.source_count) == (
        "the ministry had drawn up plans to reduce loadings at the Varro export terminal from June", ["Oilgrid"], 2)


@pytest.mark.parametrize("text, cue, kind", [
    ("The Lindemark Voters Network, a nonprofit group that sent 200 monitors to polling stations, said in a "
     "preliminary assessment that it had seen no sign of tampering.", "said in a preliminary assessment",
     "organization"),
    ("The country's cardiologists' society warned that some patients might wait longer for surgery.", "warned",
     "organization"),
    ("The Orrin Islands ship registry, under whose flag the tanker sails, said it had opened an inquiry.", "said",
     "organization"),
])
def test_assessments_societies_and_registries(nlp, text, cue, kind):
    assert by_cue(run(nlp, "\n" + text), cue).speaker.kind == kind


def test_the_people_cited_are_all_of_them_after_a_subset_spoke(nlp):
    art = run(nlp, "\nThe mine had ignored warnings about the shaft, the newspaper Grubenblatt reported, citing four "
                   "miners who worked there. Three of the miners said managers had been told of the cracks in March. "
                   "According to the miners, the pumps failed twice in April.")
    a = by_cue(art, "According to")
    assert (a.source_count, a.via, source_of(art, a).parent) == (4, ["Grubenblatt"], None)


def test_whom_a_paper_cited_in_a_sentence_of_its_own(nlp):
    art = run(nlp, "\nThe newspaper Vellblad reported on Saturday that the fund would accept a smaller payout. The "
                   "paper cited four people involved in the talks, two of whom said the finance ministry had told the "
                   "fund to hold out.")
    assert [a.cue.text for a in art.attributions] == ["reported", "said"]  # citing is no statement
    whom = by_source(art, "two of whom")
    cited = next(s for s in art.sources if s.id == source_of(art, whom).parent)
    assert (whom.via, whom.source_count, cited.count) == (["Vellblad"], 2, 4)


@pytest.mark.parametrize("text, kind, name, via", [
    ('A spokesman for the streaming service Reelhaven said the company was "looking closely" at the rights.',
     "anonymous_person", None, []),
    ("A lawyer for the largest of the firms, Varrow Trading, said his client had paid every duty.", "anonymous_person",
     None, []),
    ('A spokeswoman for the streaming service Viewmoor said the company was "looking closely" at the rights but had '
     'made no decision.', "anonymous_person", None, []),
    ('Lawyers for the former chairman, Osbert Tillingford, who stepped down in 2019 citing ill health, said he '
     '"categorically rejects" the findings.', "anonymous_group", None, []),
    ("In an interview with the public broadcaster Radio Kestmark, the unit's director, Ottilie Brandwater, said the "
     "bank had ignored warnings.", "person", "Ottilie Brandwater", ["Radio Kestmark"]),
])
def test_whom_a_speaker_speaks_for_or_to_is_not_the_speaker(nlp, text, kind, name, via):
    a = by_cue(run(nlp, "\n" + text), "said")
    assert (a.speaker.kind, a.speaker.name, a.via) == (kind, name, via)


def test_people_cited_beside_documents_keep_their_chain(nlp):
    art = run(nlp, "\nThe dealer in Varnholt relabelled the drills as farm tools before shipping them on, the engineering "
                   "weekly Drehbank reported, citing export papers and two of the dealer's former employees. Both said "
                   "they had been told never to discuss the buyer on the telephone.\n\nSeveral shipowners have begun "
                   "sending vessels around the peninsula instead, the shipping newspaper Kielbrief reported, citing "
                   "tracking data and six chartering managers. Four of the six said their companies would avoid the "
                   "strait until October.")
    assert [(a.source_count, a.via) for a in art.attributions] == [
        (2, ["Drehbank"]), (2, ["Drehbank"]), (6, ["Kielbrief"]), (4, ["Kielbrief"])]
