"""Denials found, paired with the claim group they answer, and contradictions flagged: over small
wire-style articles written for these tests, parsed by the real pipeline. The story records are
built here by hand (as the linker builds them) so these functions are tested on their own."""
from __future__ import annotations

import dataclasses

import pytest

import claimtrace
from claimtrace.link.records import ClaimGroup, Story, StoryArticle
from claimtrace.stance.denials import (find_contradictions, find_denials, negated_statements, pair_denials,
                                       with_denials)

REPORT = ("Troops to leave border by spring, officials say\n\n"
          "LONDON (Harbour Times) - The government will withdraw its troops from the border by spring, "
          "three senior officials told the Harbour Times on condition of anonymity. Two of them said the "
          "decision was taken last week.")
DENIAL_BY_SPEAKER = ("Ministry denies troop withdrawal report\n\n"
                     "MOSCOW (Meridian) - The Defence Ministry on Tuesday denied a report that the government "
                     "will withdraw its troops from the border by spring.\n\n"
                     "\"This report does not correspond to reality,\" ministry spokeswoman Anna Berg told "
                     "reporters.")
DENIAL_REPORTED = ("Minister rejects pullout report\n\n"
                   "Foreign Minister Omar Haddad on Tuesday rejected the Harbour Times report that troops "
                   "would leave the border as baseless.")
RELAY = ("Government may pull troops from border, sources say\n\n"
         "The government could withdraw its troops from the border by spring, according to two officials "
         "who spoke on condition of anonymity. The plan has not been confirmed.")
REFUSAL = "\"We will not withdraw our troops from the border,\" Defence Minister Anna Berg said on Friday."
SAME_TOPIC = ("Border crossing reopens\n\n"
              "The main border crossing reopened on Thursday after repairs, customs official Jan Novak said. "
              "He said traffic was light.")


@pytest.fixture(scope="module")
def articles():
    texts = {"report": REPORT, "deny": DENIAL_BY_SPEAKER, "reported": DENIAL_REPORTED, "relay": RELAY,
             "refusal": REFUSAL, "topic": SAME_TOPIC}
    return {k: claimtrace.extract(t) for k, t in texts.items()}


def story_of(*members: str, articles) -> Story:
    claims = [
        ClaimGroup(id="c-withdraw", text="The government will withdraw its troops from the border by spring",
                   sources=["three senior officials"], source_count=3, via=["Harbour Times"],
                   modality="asserted", articles=["report", "relay"], first_seen=None),
        ClaimGroup(id="c-decision", text="the decision was taken last week", sources=["Two of them"],
                   source_count=2, via=["Harbour Times"], modality="asserted", articles=["report"],
                   first_seen=None),
        ClaimGroup(id="c-crossing", text="traffic was light", sources=["Jan Novak"], source_count=1, via=[],
                   modality="asserted", articles=["topic"], first_seen=None),
    ]
    return Story(id="s1", title="Troops to leave border", first_seen=None, last_seen=None,
                 articles=[StoryArticle(revision_id=m, input=m, url=None, outlet=articles[m].outlet,
                                        published=None, role="relay") for m in members],
                 origins=["Harbour Times"], independent_reports=1, claims=claims)


def one_article_story(story_id: str, claims: list[ClaimGroup], article: str, role: str,
                      origins: tuple[str, ...] = ()) -> Story:
    """A story record of one article (its revision id and input ``article``) and these claim groups."""
    return Story(id=story_id, title=None, first_seen=None, last_seen=None, claims=claims, origins=list(origins),
                 articles=[StoryArticle(revision_id=article, input=article, url=None, outlet=None, published=None,
                                        role=role)])


def relayed_claim(claim_id: str, text: str, sources: list[str], count, via: list[str], day: str) -> ClaimGroup:
    """An asserted claim group carried by article "a" alone, first seen on ``day``."""
    return ClaimGroup(id=claim_id, text=text, sources=sources, source_count=count, via=via, modality="asserted",
                      articles=["a"], first_seen=day)


def denials_paired(story: Story, text: str) -> set[tuple[str, str]]:
    """(denier, claim id) of the denials found in ``text``, read as the story's article "a"."""
    return {(link.denier, link.claim_id) for link in pair_denials(story, {"a": claimtrace.extract(text)})}


def relay_story_of_the_day(story_id: str, claims: list[ClaimGroup], day: str) -> Story:
    """A story of one relay (article "a") published on ``day``, the story's first day."""
    story = one_article_story(story_id, claims, "a", "relay")
    return dataclasses.replace(story, first_seen=day, articles=[
        dataclasses.replace(story.articles[0], published=f"{day}T08:00:00Z")])


def test_denials_in_one_article_say_who_denies(articles):
    found = find_denials(articles["deny"])
    named = {d.speaker for d in found if d.on_record}
    assert {"Defence Ministry", "Anna Berg"} <= named
    berg = next(d for d in found if d.speaker == "Anna Berg")
    assert "does not correspond to reality" in berg.cues and berg.voice == "named"


def test_relay_and_same_topic_articles_hold_no_denial(articles):
    assert find_denials(articles["relay"]) == []     # "has not been confirmed" hedges, it does not deny
    assert find_denials(articles["topic"]) == []
    assert find_denials(articles["report"]) == []


def test_denial_by_the_speaker_is_paired_with_the_claim_it_answers(articles):
    story = story_of("report", "deny", "topic", articles=articles)
    links = pair_denials(story, articles)
    denied = {(link.denier, link.claim_id) for link in links}
    # the ministry denies the report, and its spokeswoman on record: both answer the withdrawal claim
    assert {("Anna Berg", "c-withdraw"), ("Defence Ministry", "c-withdraw")} <= denied
    assert not any(link.claim_id == "c-crossing" for link in links)
    filled = with_denials(story, links)
    by_id = {g.id: g for g in filled.claims}
    assert "Defence Ministry" in by_id["c-withdraw"].denied_by
    assert by_id["c-crossing"].denied_by == []
    assert story.claims[0].denied_by == []               # the input story is left as it was


def test_denial_reported_by_an_outlet_names_the_report(articles):
    story = story_of("report", "reported", articles=articles)
    links = [link for link in pair_denials(story, articles) if link.denier == "Omar Haddad"]
    assert links and links[0].report == "Harbour Times"
    filled = with_denials(story, links)
    assert "Omar Haddad" in {g.id: g for g in filled.claims}["c-withdraw"].denied_by


def test_on_record_refusal_contradicts_the_anonymous_claim(articles):
    refusal = negated_statements(articles["refusal"])
    assert refusal and refusal[0].speaker == "Anna Berg" and refusal[0].negates
    story = story_of("report", "refusal", articles=articles)
    links = pair_denials(story, articles)
    assert [(link.denier, link.claim_id) for link in links] == [("Anna Berg", "c-withdraw")]
    contradictions = find_contradictions(story, links)
    assert [(c.kind, c.claim_a, c.sources_b) for c in contradictions] == [("denial", "c-withdraw", ["Anna Berg"])]


def test_negated_claim_groups_from_different_sources_contradict():
    story = Story(id="s2", title=None, first_seen=None, last_seen=None, claims=[
        ClaimGroup(id="a", text="the army will withdraw from the northern border", sources=["officials"],
                   source_count=None, via=["Harbour Times"], modality="asserted", articles=["x"], first_seen=None),
        ClaimGroup(id="b", text="the army will not withdraw from the northern border", sources=["Anna Berg"],
                   source_count=1, via=[], modality="asserted", articles=["y"], first_seen=None),
        ClaimGroup(id="c", text="the talks will not resume before May", sources=["diplomats"],
                   source_count=None, via=[], modality="asserted", articles=["y"], first_seen=None),
    ])
    found = find_contradictions(story)
    assert [(c.kind, c.claim_a, c.claim_b) for c in found] == [("negation", "a", "b")]


COMPANY_DENIAL = ("Kestrel Post denies plan to close 300 branches\n\n"
                  "ORLEN (Meridian) - Kestrel Post on Tuesday denied a Harbour Times report that it planned to "
                  "close 300 branches and cut 2,000 jobs.\n\n"
                  "\"No decision has been taken,\" company spokeswoman Carla Venn told Meridian. The union's "
                  "leader, Bruno Aldane, accused the board of washing its hands of the dispute. Meridian asked "
                  "the communications ministry about the report; it declined to comment on what it called "
                  "speculation.")
OWN_WORDS = ("Minister rules out new offer\n\n"
             "Finance Minister Oskar Lindqvist ruled out any new pay offer for striking nurses on Tuesday. "
             "\"There will be no new money for a settlement,\" Lindqvist said.")


def test_a_company_named_like_a_paper_denies_on_the_record_and_refusals_to_comment_do_not_deny():
    articles = {"deny": claimtrace.extract(COMPANY_DENIAL)}
    claims = [
        ClaimGroup(id="c-close", text="Kestrel Post plans to close 300 of its 800 branches and cut about 2,000 jobs",
                   sources=["an internal plan seen by the Harbour Times", "Kestrel Post"], source_count=None,
                   via=["Harbour Times"], modality="asserted", articles=["x"], first_seen=None),
        ClaimGroup(id="c-queue", text="the union will meet the board in May", sources=["Bruno Aldane"],
                   source_count=1, via=[], modality="asserted", articles=["x"], first_seen=None)]
    story = one_article_story("s3", claims, "deny", "relay", origins=["Harbour Times"])
    links = pair_denials(story, articles)
    # a headline "Kestrel Post plans ..." among the claim's sources does not make the claim Kestrel Post's own
    assert ("Kestrel Post", "c-close") in {(link.denier, link.claim_id) for link in links}
    # "accused the board of washing its hands of the dispute" and "declined to comment on ... speculation"
    # deny nothing
    assert not any(link.denier in ("Bruno Aldane", "communications ministry") for link in links)
    assert {d.speaker for d in find_denials(articles["deny"])} <= {"Kestrel Post", "Carla Venn"}


def test_a_negated_statement_pairs_only_with_a_claim_it_says_is_not_so():
    articles = {"own": claimtrace.extract(OWN_WORDS)}
    claims = [
        # a report of the minister's own refusal, and a claim about something else he did not negate
        ClaimGroup(id="c-ruled", text="nurses would strike longer after Finance Minister Oskar Lindqvist ruled out "
                   "new money for a settlement", sources=["Striking nurses"], source_count=None, via=[],
                   modality="asserted", articles=["x"], first_seen=None),
        ClaimGroup(id="c-money", text="the government will find new money for a settlement with the nurses",
                   sources=["union officials"], source_count=None, via=[], modality="asserted", articles=["x"],
                   first_seen=None),
        ClaimGroup(id="c-overtime", text="new nurses are working overtime for a settlement",
                   sources=["union officials"], source_count=None, via=[], modality="asserted", articles=["x"],
                   first_seen=None)]
    story = one_article_story("s4", claims, "own", "original")
    assert {link.claim_id for link in pair_denials(story, articles)} == {"c-money"}


def test_a_negation_answers_a_claim_only_where_it_applies_to_the_claims_words():
    text = ('"We are not asking for luxury, we are asking for rest," union chairman Quentin Lask told Tessera. '
            '"The airline will not cancel the strike pay," he said.')
    articles = {"a": claimtrace.extract(text)}
    claims = [ClaimGroup(id="c-rest", text="the union chairman as saying the pilots were asking for rest",
                         sources=["The agency"], source_count=None, via=[], modality="asserted", articles=["x"],
                         first_seen=None),
              ClaimGroup(id="c-pay", text="the airline will cancel the strike pay of the pilots",
                         sources=["two managers"], source_count=2, via=[], modality="asserted", articles=["x"],
                         first_seen=None)]
    story = one_article_story("s5", claims, "a", "original")
    assert {link.claim_id for link in pair_denials(story, articles)} == {"c-pay"}


def test_a_full_name_the_tagger_could_not_place_denies_on_the_record():
    text = ("The chief executive of Hallvik Energy rejected a Dellport Standard report on Wednesday.\n\n"
            '"The report does not correspond to reality," Oren Castellane told The Lantern.')
    found = [d for d in find_denials(claimtrace.extract(text)) if d.on_record]
    assert "Oren Castellane" in {d.speaker for d in found}


def test_a_speaker_who_did_not_deny_a_report_denies_nothing():
    text = ("The Defence Ministry did not deny on Tuesday that the government will withdraw its troops from the "
            "border by spring.\n\n"
            "Ministry spokeswoman Anna Berg denied that the troops had already begun to leave.")
    found = find_denials(claimtrace.extract(text))
    assert "Defence Ministry" not in {d.speaker for d in found}
    assert "Anna Berg" in {d.speaker for d in found}


def test_a_headline_naming_the_country_of_a_denying_ministry_adds_no_second_denier():
    text = ("Quessany denies plan to merge state banks\n\n"
            "LIRABEL (Halyard) - Quessany's Finance Ministry on Wednesday rejected as false a Lirabel Monitor report "
            "that the government was preparing to merge the country's three state-owned banks into one lender.")
    assert {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record} == {"Finance Ministry"}


def test_a_headline_office_that_denies_is_the_office_denying_in_the_body():
    """"Dravic PM's office denies asking Kell to resign" over "the prime minister's office denied ...":
    one office, not two deniers."""
    text = ("Dravic PM's office denies asking Kell to resign\n\n"
            "HARNBY (Halyard) - Prime Minister Ida Roan has asked her deputy, Ossian Kell, to resign by the end of "
            "June, the Harnby Ledger reported on Monday.\n\nThe prime minister's office denied the report on Monday.")
    assert {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record} == {"prime minister's office"}


def test_no_such_plan_denies_the_matter_named_just_before():
    text = ("The Finance Ministry on Wednesday rejected a report that the government was preparing to merge the "
            "country's three state-owned banks into one lender.\n\n"
            '"There is no such plan. The ministry has not discussed it with anyone," ministry spokesman Rupert '
            "Sallow told Halyard.")
    claims = [ClaimGroup(id="c-merge", text="Quessany's government is preparing to merge its three state-owned "
                         "banks into a single lender next year", sources=["four people familiar with the plan"], source_count=4,
                         via=["Lirabel Monitor"], modality="asserted", articles=["x"], first_seen=None)]
    story = one_article_story("s6", claims, "a", "relay")
    links = pair_denials(story, {"a": claimtrace.extract(text)})
    assert ("Rupert Sallow", "c-merge") in {(link.denier, link.claim_id) for link in links}


def test_no_decision_has_been_taken_answers_the_report_it_follows():
    text = ("Vardenian Post on Tuesday denied an Orlisk Chronicle report that it planned to close 310 branches and "
            "cut 2,200 jobs.\n\n"
            '"No decision has been taken on the branch network," company spokeswoman Carla Venn told Pennant.')
    found = find_denials(claimtrace.extract(text))
    assert "Carla Venn" in {d.speaker for d in found if d.on_record}
    claims = [ClaimGroup(id="c-close", text="Vardenian Post plans to close 310 of its branches and cut 2,200 jobs",
                         sources=["an internal restructuring plan"], source_count=None, via=["Orlisk Chronicle"],
                         modality="asserted", articles=["x"], first_seen=None)]
    links = pair_denials(one_article_story("s7", claims, "a", "relay"), {"a": claimtrace.extract(text)})
    assert ("Carla Venn", "c-close") in {(link.denier, link.claim_id) for link in links}
    # a refusal is still no denial, and "no decision" from an unnamed source denies nothing on the record
    quiet = claimtrace.extract('"No decision has been taken," one official said, declining to be named.')
    assert [d for d in find_denials(quiet) if d.on_record] == []


def test_a_denial_recalled_from_before_the_story_began_denies_none_of_its_claims():
    text = ("Ostrevia plans to raise VAT on restaurant meals to 13% from January, three officials told the Kalmora "
            "Spectator.\n\n"
            "Last month the Finance Ministry dismissed as speculation the newspaper's report that food VAT would "
            "rise, and Deputy Finance Minister Radko Hessel said no decision had been taken.")
    claims = [relayed_claim("c-rest", "Ostrevia plans to raise VAT on restaurant meals to 13% from January",
                            ["three officials"], 3, ["Kalmora Spectator"], "2026-06-02")]
    story = relay_story_of_the_day("s8", claims, "2026-06-02")
    assert pair_denials(story, {"a": claimtrace.extract(text)}) == []
    # the same denial in an article of a story that began before it still answers the claim
    earlier = dataclasses.replace(story, first_seen="2026-05-01")
    assert {link.denier for link in pair_denials(earlier, {"a": claimtrace.extract(text)})} >= {"Finance Ministry"}


def test_the_outlet_that_carried_a_denial_is_no_denier():
    text = ("Barley tax plan denied\n\nDeputy agriculture minister Piran Truscott told Weathervane there was no such "
            "plan, and the Agriculture Ministry dismissed The Bellringer's report as speculation, Weathervane "
            "reported.")
    assert {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record} == {
        "Piran Truscott", "Agriculture Ministry"}


def test_a_denial_recalled_in_a_month_before_the_story_and_a_group_reporting_a_denial():
    text = ("Ostravel will limit barley exports to 900,000 tonnes, two officials told The Bellringer.\n\n"
            "In May the Agriculture Ministry dismissed as speculation the newspaper's report of an export tax.")
    claims = [relayed_claim("c-quota", "Ostravel will limit barley exports to 900,000 tonnes", ["two officials"], 2,
                            ["The Bellringer"], "2026-07-01"),
              ClaimGroup(id="c-told", text="Truscott told Weathervane there was no such plan, and the ministry dismissed "
                         "the report as speculation", sources=["Weathervane"], source_count=None, via=[],
                         modality="asserted", articles=["a"], first_seen="2026-07-01")]
    story = relay_story_of_the_day("s9", claims, "2026-07-01")
    assert pair_denials(story, {"a": claimtrace.extract(text)}) == []
    # in a story that began in April, the May denial answers it, but never the group that reports a denial
    april = dataclasses.replace(story, first_seen="2026-04-20")
    assert {(link.denier, link.claim_id) for link in pair_denials(april, {"a": claimtrace.extract(text)})} == {
        ("Agriculture Ministry", "c-quota")}


def test_a_company_denying_in_a_headline_answers_the_long_claim_its_few_words_carry():
    """"Tellwyn denies plan to close Marrow dairy": the headline names the company (a common noun to the
    tagger, but written capitalised inside a sentence and spoken for by a spokeswoman) and carries most of the
    long claim's matter in six words; it denies that claim beside the spokeswoman in the body."""
    text = ("Tellwyn denies plan to close Marrow dairy\n\n"
            "A spokeswoman for Tellwyn, Rosalba Quint, on Tuesday rejected a report in the Ferrant Courier that the "
            "company would close its dairy in Marrow.")
    article = claimtrace.extract(text)
    assert {(d.speaker, d.on_record) for d in find_denials(article)} >= {("Tellwyn", True), ("Rosalba Quint", True)}
    claims = [ClaimGroup(id="c-close", text="Tellwyn, the country's second-largest food group, plans to close its "
                         "80-year-old dairy in Marrow next spring with the loss of about 200 jobs, according to an "
                         "internal plan", sources=["an internal plan seen by the Ferrant Courier"], source_count=None,
                         via=["Ferrant Courier"], modality="asserted", articles=["x"], first_seen=None)]
    links = pair_denials(one_article_story("s9", claims, "a", "relay"), {"a": article})
    assert {(link.denier, link.claim_id) for link in links} == {("Tellwyn", "c-close"), ("Rosalba Quint", "c-close")}


def test_a_denial_of_a_report_the_sentence_before_recalls_answers_none_of_the_storys_claims():
    text = ("Skarvey Airways chief executive Eudo Prask has resigned, the airline's board said on Monday.\n\n"
            "The Tallowmark reported last month, citing two government officials, that the government planned to "
            "sell 51 percent of Skarvey to Corsadine Holdings. The ministry dismissed that report as speculation, "
            "and Corsadine called it fabricated.")
    claims = [relayed_claim("c-sale", "the government planned to sell 51 percent of Skarvey to Corsadine Holdings",
                            ["two government officials"], 2, ["The Tallowmark"], "2026-03-16")]
    story = relay_story_of_the_day("s10", claims, "2026-03-16")
    article = claimtrace.extract(text)
    # the denials are there, on the record (the ministry unnamed but a body speaking for itself) ...
    assert {d.speaker for d in find_denials(article) if d.on_record} >= {"ministry", "Corsadine"}
    # ... but they answered last month's report, before this story began
    assert pair_denials(story, {"a": article}) == []
    earlier = dataclasses.replace(story, first_seen="2026-02-10")
    assert {link.denier for link in pair_denials(earlier, {"a": article})} >= {"ministry"}


def test_an_unnamed_office_denies_on_the_record_and_not_confirm_or_deny_is_a_refusal():
    article = claimtrace.extract("The prime minister's office denied the report. Aldmarsh would not confirm or deny "
                                 "that the meeting had taken place.")
    denials = find_denials(article)
    assert [(d.speaker, d.on_record) for d in denials] == [("prime minister's office", True)]
    refusal = article.attributions[-1]
    assert refusal.cue.text == "would not confirm or deny"


def test_shooting_down_a_drone_denies_nothing_shooting_down_a_report_does():
    drone = claimtrace.extract("Quessary says it shot down a Tarnovelian drone near the border post.")
    report = claimtrace.extract("Defence Minister Anna Berg shot down the report on Tuesday.")
    assert find_denials(drone) == []
    assert len(find_denials(report)) == 1


def test_no_such_order_denies_the_order_reported_unless_said_at_the_time_of_a_recalled_report():
    claims = [relayed_claim("c-order", "Admiral Tiberin Lackford personally ordered the patrol boat Corriwen into "
                            "waters that Tressany claims", ["The Harrowline"], None, [], "2026-03-20")]
    now = claimtrace.extract("The Harrowline reported on Thursday that Admiral Tiberin Lackford personally ordered "
                             "the patrol boat Corriwen into waters that Tressany claims. Veskarra's defence ministry "
                             "said on Friday that no such order had ever been given.")
    story = relay_story_of_the_day("s11", claims, "2026-03-20")
    assert {link.denier for link in pair_denials(story, {"a": now})} == {"Veskarra's defence ministry"}
    then = claimtrace.extract("Last month The Harrowline reported that Admiral Tiberin Lackford ordered the patrol "
                              "boat Corriwen into waters that Tressany claims. The ministry said at the time that no "
                              "such order had been given.")
    assert pair_denials(story, {"a": then}) == []


def test_saying_no_a_day_after_a_report_denies_that_report():
    """"X said ... that he had never taken money ..., a day after Radio Tessel reported that he had
    been paid ...": the sentence names the report the negation answers."""
    text = ("KORVIN (Halyard) - Goalkeeper Ivo Brandt said on Tuesday that he had never taken money from anyone to "
            "lose a match, a day after Radio Tessel reported that he had been paid 30,000 crowns before the final.")
    article = claimtrace.extract(text)
    said = next(a for a in article.attributions if a.cue.text == "said")
    assert said.content.text == "that he had never taken money from anyone to lose a match"
    claims = [relayed_claim("c-paid", "he had been paid 30,000 crowns before the final", ["Radio Tessel"], None,
                            [], "2026-05-05"),
              relayed_claim("c-other", "the club will appeal the ban", ["Ivo Brandt"], 1, [], "2026-05-05")]
    links = pair_denials(one_article_story("s9", claims, "a", "relay"), {"a": article})
    assert {(link.denier, link.claim_id) for link in links} == {("Ivo Brandt", "c-paid")}
    # saying no to something else, with no report named after it, denies nothing
    other = claimtrace.extract("Goalkeeper Ivo Brandt said on Tuesday that he would not play in the final.")
    assert pair_denials(one_article_story("s9", claims, "a", "relay"), {"a": other}) == []


def test_a_month_inside_what_was_reported_recalls_no_earlier_report():
    """"... put up prices in January, The Gullbrook reported on Wednesday": January is when the prices
    rose, not when the report came; the denial after it answers this story's report."""
    text = ("CASTRAVEL (Aldvane) - Managers at Tarrow Pharma discussed raising insulin prices with a rival before "
            "both firms put up prices in January, The Gullbrook reported on Wednesday.\n\nTarrow Pharma rejected "
            "the report as fiction.")
    story = relay_story_of_the_day("s10", [relayed_claim(
        "c-talks", "Managers at Tarrow Pharma discussed raising insulin prices with a rival", ["Gullbrook"], None, [],
        "2026-02-11")], "2026-02-11")
    assert denials_paired(story, text) == {("Tarrow Pharma", "c-talks")}


def test_a_denial_recalled_from_earlier_this_month_denies_none_of_a_new_storys_claims():
    text = ("Brevania will set up a 90-million-dalen fund to clean up the Cullmouth coast, the finance ministry "
            "said on Monday.\n\nEarlier this month Ambermere Mutual denied a Radio Tessel report that it had refused "
            "to pay for the cleanup of the Cullmouth coast.")
    story = relay_story_of_the_day("s11", [relayed_claim(
        "c-fund", "Brevania will set up a 90-million-dalen fund to clean up the Cullmouth coast", ["finance ministry"],
        None, [], "2026-06-29")], "2026-06-29")
    assert denials_paired(story, text) == set()
    # in a story that began earlier in the month, the same denial still answers it
    earlier = dataclasses.replace(story, first_seen="2026-06-08")
    assert denials_paired(earlier, text) == {("Ambermere Mutual", "c-fund")}


def test_a_quote_that_says_no_denies_a_claim_with_a_never_of_its_own_elsewhere():
    """'"We have never paid anyone at the agency"' says no to "paid an agency official ... over engine
    tests that were never run": the claim's own "never" is about other words, so it is still the one
    denied; a claim that says the same no ("never paid anyone") agrees rather than denies."""
    text = ('"We have never paid anyone at the agency, and we never will," Cindermoor spokeswoman Pernilla '
            'Sarkholt told Kestrel TV.')
    claims = [relayed_claim("c-paid", "Cindermoor Propulsion paid an agency official 2 million marks to sign off "
                            "engine tests that were never run", ["Tavistrel"], None, [], "2026-04-02"),
              relayed_claim("c-agree", "the company had never paid anyone at the agency", ["the company"], None, [],
                            "2026-04-02")]
    story = one_article_story("s-never", claims, "a", "relay")
    assert denials_paired(story, text) == {("Pernilla Sarkholt", "c-paid")}


def test_dismissing_the_report_as_something_else_answers_the_storys_main_claim(articles):
    """"dismissed the report as 'built on an old spreadsheet'" shares no words with any claim and names no
    outlet: it answers the story's report, so its main claim (the first group); a claim the denier made
    is never his to deny."""
    text = ("Opera chief dismisses lift report\n\nVESSENDALE (Tillerman) - The opera house's general director, "
            "Cosmo Fossbrook, dismissed the report as \"built on an old spreadsheet.\"")
    dismissal = claimtrace.extract(text)
    story = dataclasses.replace(story_of("report", articles=articles), articles=[
        StoryArticle(revision_id=m, input=m, url=None, outlet=None, published=None, role="relay")
        for m in ("report", "dismissal")])
    [link] = [lk for lk in pair_denials(story, {"report": articles["report"], "dismissal": dismissal})
              if lk.denier == "Cosmo Fossbrook"]
    assert link.claim_id == "c-withdraw"
    own = dataclasses.replace(story, claims=[dataclasses.replace(story.claims[0], sources=["Cosmo Fossbrook"])])
    assert not [lk for lk in pair_denials(own, {"report": articles["report"], "dismissal": dismissal})
                if lk.denier == "Cosmo Fossbrook"]


def test_a_deniers_own_side_is_no_main_claim(articles):
    """The director's quote that the lift was inspected leads two denial articles, but it is his side of
    it: once his denial is paired, the claim he denies comes first and his own group after it."""
    from claimtrace.stance.denials import DenialLink

    story = story_of("report", articles=articles)
    quote = ClaimGroup(id="c-quote", text='"We are not withdrawing anyone from the border,"', sources=["Anna Berg"],
                       source_count=1, via=[], modality="asserted", articles=["report", "relay"], first_seen=None)
    story = dataclasses.replace(story, claims=[quote, *story.claims])
    denial = find_denials(articles["deny"], "deny")[0]
    linked = with_denials(story, [DenialLink(story_id="s1", denier="Anna Berg", claim_id="c-withdraw", report=None,
                                             overlap=1.0, evidence=denial)])
    assert [g.id for g in linked.claims] == ["c-withdraw", "c-decision", "c-crossing", "c-quote"]
    assert linked.claims[0].denied_by == ["Anna Berg"]


def test_a_quote_of_two_deniers_one_named_by_its_country_is_their_side_not_the_main_claim(articles):
    """"Hallendar" said the same as "Hallendar's fisheries directorate", which denies: the quote both
    carry is the deniers' side (a possessive does not make another name), so it goes after the claim."""
    from claimtrace.stance.denials import DenialLink

    story = story_of("report", articles=articles)
    quote = ClaimGroup(id="c-quote", text='"There is no agreement and there has been no talk of one,"',
                       sources=["Anna Berg", "Hallendar"], source_count=None, via=[], modality="asserted",
                       articles=["report", "relay"], first_seen=None)
    story = dataclasses.replace(story, claims=[quote, *story.claims])
    denial = find_denials(articles["deny"], "deny")[0]
    linked = with_denials(story, [
        DenialLink(story_id="s1", denier=name, claim_id="c-withdraw", report=None, overlap=1.0, evidence=denial)
        for name in ("Anna Berg", "Hallendar's fisheries directorate")])
    assert [g.id for g in linked.claims][0] == "c-withdraw"
    assert linked.claims[-1].id == "c-quote"


def test_a_month_inside_what_a_named_report_told_recalls_nothing():
    from claimtrace.link.recalled import recalled_from_before

    assert not recalled_from_before("The account follows a television report on Thursday, citing two members of "
                                    "staff, that the lift had had no valid certificate since March 2025.",
                                    "2026-11-12T14:00:00Z", "2026-11-12T09:00:00Z")
    assert recalled_from_before("In May the ministry dismissed a report that it planned to sell the airline.",
                                "2026-11-12T14:00:00Z", "2026-11-10T09:00:00Z")


def test_a_report_dated_weeks_before_and_denied_at_the_time_answers_none_of_a_follow_ups_claims():
    """"The Ravelstone reported on October 8 ... The statistics office called that report false at the time.",
    in an article of October 29: the denial belongs to the earlier story; a report dated in the article's
    own week is the story's."""
    text = ("Parliament on Thursday ordered a new count of the northern province of Uskerdale after auditors found "
            "that 131,500 people in the census total could not be traced.\n\nThe Ravelstone reported on October 8, "
            "citing internal documents, that about 140,000 people had been added to the Uskerdale total.\n\nThe "
            "statistics office called that report false at the time.")
    claims = [relayed_claim("c-count", "about 140,000 people had been added to the Uskerdale total",
                            ["The Ravelstone"], None, [], "2026-10-29")]
    story = one_article_story("s12", claims, "a", "relay")
    story = dataclasses.replace(story, first_seen="2026-10-29", articles=[
        dataclasses.replace(story.articles[0], published="2026-10-29T09:00:00Z")])
    assert denials_paired(story, text) == set()
    recent = dataclasses.replace(story, first_seen="2026-10-10", articles=[
        dataclasses.replace(story.articles[0], published="2026-10-10T09:00:00Z")])
    assert denials_paired(recent, text) == {("statistics office", "c-count")}


def test_a_denied_report_about_another_matter_answers_no_claim_of_this_story():
    """"whose office denied a newspaper report ... about the census in Uskerdale" next to a minister's claim
    on prices: the report it denies was about something this story does not say."""
    text = ("Planning Minister Romaric Haldersby told the agency the government's cap on bread and milk prices was "
            "working.\n\nThe National Statistics Office denied a newspaper report on Thursday about the census in "
            "Uskerdale.")
    claims = [relayed_claim("c-cap", "the government's cap on bread and milk prices was working",
                            ["Romaric Haldersby"], 1, [], "2026-10-16")]
    story = relay_story_of_the_day("s13", claims, "2026-10-16")
    assert denials_paired(story, text) == set()
    census = [relayed_claim("c-census", "the census total for Uskerdale was padded from an old register",
                            ["The Ravelstone"], None, [], "2026-10-16")]
    assert denials_paired(relay_story_of_the_day("s13", census, "2026-10-16"), text) == {
        ("National Statistics Office", "c-census")}


def test_being_denied_boarding_rejecting_calls_and_refusing_to_say_why_deny_nothing():
    """"Passengers were denied boarding": someone was refused something; "dismissed calls for an inquiry":
    a demand turned down; "would not say why the radar had not taken over": what was left open."""
    text = ("Passengers on the national carrier Quentair were denied boarding until mid-afternoon. Transport "
            "Minister Victorine Stallmere dismissed calls from the controllers' union for an independent inquiry. "
            "Aerolume chief executive Josselin Colderwood would not say why the backup radar had not taken over.")
    article = claimtrace.extract(text)
    assert find_denials(article, "a") == []
    assert negated_statements(article, "a") == []
    claims = [relayed_claim("c-radar", "the backup radar had taken over when the main radar failed", ["Aerolume"],
                            None, [], "2026-10-20")]
    assert denials_paired(relay_story_of_the_day("s14", claims, "2026-10-20"), text) == set()


def test_not_having_been_told_denies_nothing():
    """"The national health inspectorate said it had not been told of any readings above the limit": what a
    body does not know is no denial of the readings reported."""
    text = "The national health inspectorate said it had not been told of any readings above the limit."
    claims = [relayed_claim("c-boron", "readings above the boron limit were recorded at the plant in May",
                            ["Radio Kessock"], None, [], "2027-08-02")]
    assert negated_statements(claimtrace.extract(text), "a") == []
    assert denials_paired(relay_story_of_the_day("s15", claims, "2027-08-02"), text) == set()


def test_the_holder_of_a_named_bodys_office_says_no_on_the_record_after_a_report():
    """"The director of the Druvenian Wildlife Service said ... that his service had never released a bear ...,
    after The Lanthorn reported that ...": one person, known by the office, on the record; "A senior official at
    the service" said the same is anonymous and denies nothing."""
    claims = [relayed_claim("c-moved", "the bear that killed a hiker had been moved into the park last autumn",
                            ["Lanthorn"], None, [], "2028-07-20")]
    text = ("TALMERICK - The director of the Druvenian Wildlife Service said on Thursday that his service had never "
            "released a bear in Korrenvald National Park, after The Lanthorn reported that the bear that killed a "
            "hiker there had been moved into the park last autumn.")
    story = relay_story_of_the_day("s16", claims, "2028-07-20")
    assert denials_paired(story, text) == {("director of the Druvenian Wildlife Service", "c-moved")}
    anonymous = text.replace("The director of", "A senior official at")
    assert denials_paired(story, anonymous) == set()


def test_rejecting_someones_call_for_something_denies_nothing():
    text = "Agriculture Minister Petronilla Owlett rejected the farmers' union's call for full compensation."
    assert find_denials(claimtrace.extract(text), "a") == []


def test_the_sentence_of_a_quote_that_says_no_is_what_must_share_the_claims_matter():
    """Of a two-sentence quote, the sentence whose negation applies to the claim is compared with it ("We have
    never bought a kilo of horse meat in forty years" against "bought about 60 tonnes of horse meat ... last
    year"), not the quote's other sentence; a short line of a quote about something else ("There is no other
    road") and a sentence opening with a condition deny nothing."""
    claims = [relayed_claim("c-horse", "Skarrowby Meats bought about 60 tonnes of horse meat from a trader in "
                            "Carrowdale last year and sold it on as beef", ["Tollbridge Television"], None, [],
                            "2028-07-27")]
    story = relay_story_of_the_day("s17", claims, "2028-07-27")
    owner = ('"We have never bought a kilo of horse meat in forty years. Those delivery notes are not ours," '
             "Alvaro Vennicombe, who owns Skarrowby Meats, told The Lanthorn.")
    assert denials_paired(story, owner) == {("Alvaro Vennicombe", "c-horse")}
    other = ('"Traders in Carrowdale sell horse meat every day. There is no other trade here," Carrowdale mayor '
             "Ilse Marwick told The Lanthorn.")
    conditional = ('"Those are serious claims. If they are true, no Carrowdale trader bought horse meat last year '
                   'without a licence," Carrowdale mayor Ilse Marwick told The Lanthorn.')
    assert denials_paired(story, other) == denials_paired(story, conditional) == set()


def test_calling_a_report_simply_wrong_denies_it():
    text = ("CALLOWMERE (Quillstream) - The interior ministry said on Tuesday that a report by Merriday Television "
            "that it planned to move the Callowmere police drugs squad to the national force was \"simply wrong\".")
    [denial] = [d for d in find_denials(claimtrace.extract(text), "a") if d.on_record]
    assert denial.speaker == "interior ministry" and denial.cues == ["simply wrong"]
    # "went wrong" is no verdict on a report
    assert find_denials(claimtrace.extract("The ministry said something had gone wrong with the count."), "a") == []


def test_a_claim_of_dismissing_someone_can_be_denied_and_dismissing_someone_denies_nothing():
    """"voted to dismiss national coach X" is a claim, not a report of a denial: calling it false denies it; "the
    board voted to dismiss the coach" itself denies nothing (a denial verb with another sense and no statement
    as its object)."""
    claims = [relayed_claim("c-dismiss", "the federation's board voted on Saturday to dismiss national coach Elidir "
                            "Farquhar", ["Harbour Ledger"], None, [], "2029-09-17")]
    story = relay_story_of_the_day("s19", claims, "2029-09-17")
    text = ("STELLMOOR - The Orsavian Basketball Federation on Monday called false a report by the Harbour Ledger that "
            "its board had voted to dismiss national coach Elidir Farquhar.")
    assert denials_paired(story, text) == {("Orsavian Basketball Federation", "c-dismiss")}
    for acting in ("The board of the Orsavian Basketball Federation voted on Saturday to dismiss national coach Elidir "
                   "Farquhar after a third defeat in a row.",
                   "The Kestrel Rail board on Monday rejected a takeover bid from Harrow Capital."):
        assert not [d for d in find_denials(claimtrace.extract(acting)) if d.on_record]


def test_calling_a_report_a_fantasy_denies_it():
    [d] = find_denials(claimtrace.extract("Quillmarch Devices called the report \"a fantasy\" and said it would sue."), "a")
    assert d.on_record and d.cues == ["a fantasy"]


def test_a_denial_of_a_report_recalled_from_this_month_belongs_to_that_report():
    """"A newspaper reported this month that ... The ministry has denied that report.", in an article of the 29th about
    something else: the denial answers a report of about two weeks before, not this story's claims."""
    claims = [relayed_claim("c-cancel", "the board had cancelled the ministry's laptop contract with Quillmarch Devices",
                            ["Brightfold"], None, [], "2033-09-29")]
    story = relay_story_of_the_day("s31", claims, "2033-09-29")
    text = ("The board cancelled the ministry's laptop contract with Quillmarch Devices, the agency Brightfold reported. "
            "A newspaper reported this month that the contract had been written at Quillmarch's offices. The Education "
            "Ministry has denied that report.")
    assert denials_paired(story, text) == set()
    assert denials_paired(story, text.replace("this month", "on Thursday")) != set()


def test_a_denial_of_a_report_recalled_from_a_dated_day_belongs_to_that_report():
    """"On March 1 her spokesman said there was no truth in the report", in an article of March 22: the denial answers
    a report of three weeks before, not this story's claims (not the end of March, which is not over); one of two days
    before answers this story's."""
    claims = [relayed_claim("c-quit", "Vossbeck had handed the prime minister a resignation letter",
                            ["Kestlemoor Gazette"], None, [], "2032-03-22")]
    story = relay_story_of_the_day("s32", claims, "2032-03-22")
    text = ("Lutgarde Vossbeck stepped down as foreign minister on Monday, two aides told The Kestlemoor Gazette. "
            "The Gazette had reported that Vossbeck handed the prime minister a resignation letter. On March 1 her "
            "spokesman, Ulfert Talgarth, said there was \"no truth\" in the report.")
    assert denials_paired(story, text) == set()
    assert denials_paired(story, text.replace("March 1 ", "March 20 ")) == {("Ulfert Talgarth", "c-quit")}



def test_opposite_words_exclude_each_other_unnegated():
    from claimtrace.stance.lexicon import opposes

    assert opposes("that the ferry had passed its April inspection", "its boiler had failed the check")
    assert opposes("that Farquhar would remain national coach", "the board had voted to dismiss him")
    assert not opposes("that the ferry had not passed its April inspection", "its boiler had failed the check")
    assert not opposes("that the ferry would sail again in May", "its boiler had failed the check")


@pytest.mark.parametrize("claim, text, denier, said, answering_nothing", [
    # "passed" excludes the report's "failed"; the holder of a named body's office answers on the record
    ("the ferry's boiler had failed its annual pressure check in April",
     "TALMERICK - The head of Orvane Ferries said on Wednesday that the ferry which caught fire off Talmerick had "
     "passed its April inspection, after a newspaper report said its boiler had failed the check.",
     "head of Orvane Ferries", "had passed its April inspection", ["would sail again in May"]),
    # the report's negation bears on the statement's words
    ("the software update on the emergency line had not been tested at all",
     "PELLINSTOW - The chief executive of Signalmore Systems said on Wednesday that the software update on the "
     "emergency line had been tested for weeks, after a newspaper report said it had not been tested at all.",
     "chief executive of Signalmore Systems", "had been tested for weeks", ["would be replaced in March"]),
    # no negation, no word that excludes the report's: another account of the facts; a reaction (what will be done,
    # that it is looked into) or a hedged account answers nothing
    ("faults in the pump at the Dunmere sluice had gone unrepaired for weeks",
     "DUNMERE - The chief executive of Vessal Waterworks said on Thursday that the pump at the Dunmere sluice had been "
     "replaced four days before the flood, after a newspaper report said faults there had gone unrepaired for weeks.",
     "chief executive of Vessal Waterworks", "the pump at the Dunmere sluice had been replaced four days before the "
     "flood", ["its engineers were looking into the matter", "the company would give its records to the inquiry",
               "the pump may have been replaced four days before the flood"]),
    # the report named as a thing ("after a report in the financial press that ..."), not as someone's telling
    ("the insurer's board was looking for a successor to its chief executive",
     "Theodulf Tilbrough, chief executive of Cindermoor Assurance, said on Monday he intended to stay in the job, "
     "after a report in the financial press that the insurer's board was looking for his successor.",
     "Theodulf Tilbrough", "he intended to stay in the job", ["he would answer every question"]),
])
def test_a_statement_framed_as_answering_a_report_named_after_it_answers_it(claim, text, denier, said,
                                                                            answering_nothing):
    """"X said ..., after a newspaper report said ...": the sentence names what the statement answers; it denies the
    report when it says no, says what excludes the report's words or gives another account of the facts."""
    claims = [relayed_claim("c-report", claim, ["Harbour Ledger"], None, [], "2029-02-14")]
    story = relay_story_of_the_day("s17", claims, "2029-02-14")
    assert denials_paired(story, text) == {(denier, "c-report")}
    for other in answering_nothing:
        assert denials_paired(story, text.replace(said, other)) == set(), other


def test_calling_a_report_a_label_before_naming_it_gives_the_caller_as_denier():
    """'Harrowgate Air called "a fabrication" a report by X that ...' (the label before the report it labels): the
    airline denies, not the outlet whose copy it is."""
    text = ("PELMARK - Harrowgate Air on Tuesday called \"a fabrication\" a report by the Wendle Courier that it had "
            "hired replacement pilots to fly during the strike.")
    [d] = [d for d in find_denials(claimtrace.extract(text), "a") if d.on_record]
    assert d.speaker == "Harrowgate Air" and d.cues == ["fabrication"]


def test_a_negated_statement_contradicts_the_affirmed_clause_of_another():
    """A union says "pilots had not had a pay rise ... and that some had been rostered for seven night duties in a
    row"; the airline's "no pilot had been rostered for more than four night duties in a row" contradicts the clause
    that says something happened, not the one that is itself negated."""
    claims = [relayed_claim("c-roster", "that pilots had not had a pay rise since 2031 and that some had been rostered "
                            "for seven night duties in a row this year", ["Pilots' Association"], None, [],
                            "2036-06-02"),
              relayed_claim("c-pay", "that pilots had not had a pay rise since 2031", ["Flight Crew Union"], None, [],
                            "2036-06-02")]
    story = relay_story_of_the_day("s31", claims, "2036-06-02")
    text = ("Harrowgate Air said no pilot had been rostered for more than four night duties in a row, the limit set in "
            "its agreement with the association.")
    assert denials_paired(story, text) == {("Harrowgate Air", "c-roster")}
    assert denials_paired(story, "Harrowgate Air said pilots had not had a pay rise since 2031 because of losses.") \
        == set()
    # a clause of a few words is no matter of its own: "... is a lot for a town like ours, but it is not the end of X"
    claims = [relayed_claim("c-cut", "Galdwin Tractors will cut 250 jobs at its Dunsgarrow factory through voluntary "
                            "departures by the end of the year", ["Pelmark"], None, [], "2041-10-17")]
    story = relay_story_of_the_day("s32", claims, "2041-10-17")
    text = ('"Two hundred and fifty jobs is a lot for a town like ours, but it is not the end of Dunsgarrow," union '
            "leader Joska Templeman said.")
    assert denials_paired(story, text) == set()


@pytest.mark.parametrize("text,denier", [
    ("The Annals of Cellular Renewal on Tuesday retracted three papers from the laboratory of Professor Ysanne "
     "Quellhurst.", None),
    ("The Harrowgate Clarion on Tuesday retracted its report that the mayor had sold the stadium.",
     "Harrowgate Clarion"),
])
def test_retracting_papers_denies_nothing_retracting_a_report_does(text, denier):
    """A journal withdrawing its own papers is a publisher's act, no denial of anyone's claim; a paper retracting
    its report takes the report back."""
    found = {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record}
    assert found == ({denier} if denier else set())


def test_a_report_called_wrong_in_every_detail_is_denied():
    text = ("The Tollby Museum said on Thursday that a report by the Tollby Herald that thieves had tried to break in "
            "was \"wrong in every detail\".")
    [d] = [d for d in find_denials(claimtrace.extract(text), "a") if d.on_record]
    assert d.speaker == "Tollby Museum" and d.cues == ["wrong in every detail"]


def test_a_time_inside_what_is_denied_does_not_make_the_denial_a_recalled_one():
    """"said on Wednesday it was not true that it had been warned two years ago that ...": "two years ago" dates
    the claim, not the denial, which answers this story's report."""
    claims = [relayed_claim("c-bridge", "Hollisford Borough Council was told in 2034 that the Tanneford Bridge should "
                            "be closed to lorries within a year", ["Danmere Gazette"], None, [], "2036-06-03")]
    story = dataclasses.replace(relay_story_of_the_day("s33", claims, "2036-06-03"), first_seen="2036-06-03")
    story = dataclasses.replace(story, articles=[dataclasses.replace(story.articles[0],
                                                                     published="2036-06-04T08:00:00Z")])
    text = ("HOLLISFORD (Stellwire) - Hollisford Borough Council said on Wednesday it was not true that it had been "
            "warned two years ago that the Tanneford Bridge was unsafe, answering a report by The Danmere Gazette.")
    assert denials_paired(story, text) == {("Hollisford Borough Council", "c-bridge")}


def test_disowning_the_reports_evidence_denies_the_reports_main_claim():
    """"said the draft quoted by the newspaper had not been written by his team": a denial of the report in other
    words, answering the story's main claim though it shares one word with it; a refusal about something the paper
    did not quote denies nothing."""
    claims = [relayed_claim("c-offer", "Karvennia's negotiators offered on Monday to withdraw their troops from the "
                            "occupied town of Velichno if Soltrava gave up its claim to the islands",
                            ["The Colverton Herald"], None, ["The Colverton Herald"], "2037-03-04")]
    story = one_article_story("s-draft", claims, "a", "relay")
    text = ("General Ivodor Praskin, who leads Karvennia's delegation, said the draft quoted by the newspaper had not "
            "been written by his team.")
    assert denials_paired(story, text) == {("Ivodor Praskin", "c-offer")}
    other = "General Ivodor Praskin, who leads Karvennia's delegation, said the talks had not been easy."
    assert denials_paired(story, other) == set()
    # the negation first: what he never put his name to is the document the paper described
    first = ("General Ivodor Praskin, who leads Karvennia's delegation, said he had never put his name to the draft "
             "described by the newspaper.")
    assert denials_paired(story, first) == {("Ivodor Praskin", "c-offer")}
    # not having read the report is no denial of it
    unread = ("General Ivodor Praskin, who leads Karvennia's delegation, said he had not read the draft described by "
              "the newspaper.")
    assert denials_paired(story, unread) == set()


def test_a_party_the_claim_names_denies_its_act_in_other_words():
    """"Skellan Dredging ... denied making any payment to the mayor's family" answers "Skellan Dredging paid £240,000
    to the mayor's wife's firm" though the two share one word: the claim is about the denier. Another firm's same
    words answer nothing, nor does a denial the firm "has" made before."""
    claims = [relayed_claim("c-pay", "Skellan Dredging paid £240,000 to Carnsew Consulting, the firm of the mayor's "
                            "wife, while winning harbour contracts worth £6.8 million without a tender",
                            ["The Marrowdean Chronicle"], 2, ["The Marrowdean Chronicle"], "2038-06-10")]
    story = relay_story_of_the_day("s-pay", claims, "2038-06-10")
    text = ("Skellan Dredging, in a statement sent to Kelpwire, denied making any payment to the mayor's family and "
            "said all of its harbour contracts had been won in open tender.")
    assert denials_paired(story, text) == {("Skellan Dredging", "c-pay")}
    other = ("Polgrave Marine, in a statement sent to Kelpwire, denied making any payment to the mayor's family and "
             "said all of its harbour contracts had been won in open tender.")
    assert denials_paired(story, other) == set()
    recalled = "Skellan Dredging has denied making any payment to the mayor's family."
    assert denials_paired(story, recalled) == set()


@pytest.mark.parametrize("text,denier", [
    # the object the parser read as the label's compound, and a report called an "account"
    ("In a statement sent to Brackwire, housing director Lynette Rudd called the newspaper's account untrue and said "
     "each of the 14 tenancies had been approved by the lettings panel.", "Lynette Rudd"),
    # the report's evidence in no document of the speaker's
    ("Pendrick Surveys, the firm that inspected the bridge for the council, said the closure recommendation quoted by "
     "the newspaper appeared in no report it had written.", "Pendrick Surveys"),
    # a demand turned down is no denial, with the demand in the cue and its clause the content
    ("The company rejected the union's demand that the council take over the crossings.", None),
])
def test_denials_in_other_shapes_answer_the_reports_main_claim(text, denier):
    claim = "the union demanded that the council take over the crossings from the company" if denier is None else \
        "Orlinghay council should have closed the Ludmere bridge two years before it fell, engineers told the council"
    claims = [relayed_claim("c-x", claim, ["The Orlinghay Herald"], 2, ["The Orlinghay Herald"], "2039-10-01")]
    story = relay_story_of_the_day("s-x", claims, "2039-10-01")
    assert denials_paired(story, text) == ({(denier, "c-x")} if denier else set())


def test_in_denial_is_a_state_of_mind_not_a_denial():
    text = ("Opposition assembly member Senan Strathock said the board had been \"in denial for years\" about waiting "
            "times at the infirmary.")
    assert [d for d in find_denials(claimtrace.extract(text)) if d.on_record] == []
    text = "The board said the report was untrue and that nobody there had been in denial about waiting times."
    assert {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record} == {"board"}


def test_a_denial_of_earlier_reports_answers_another_story():
    """"Haldraven has dismissed earlier reports of a leak from the dam", in a later story that repeats the leak: a
    recall of the answer to the earlier report, not a denial of this story's claim."""
    claims = [relayed_claim("c-leak", "the Greyslope dam had leaked cadmium into the river below the mine for two "
                            "years", ["Tarnvale Television"], None, ["Tarnvale Television"], "2039-11-20")]
    story = relay_story_of_the_day("s-suit", claims, "2039-11-20")
    text = "Residents sued the company on Monday. Haldraven has dismissed earlier reports of a leak from the dam."
    assert denials_paired(story, text) == set()
    text = "Residents sued the company on Monday. Haldraven dismissed the report of a leak from the dam."
    assert denials_paired(story, text) == {("Haldraven", "c-leak")}


@pytest.mark.parametrize("text, denier", [
    # "there is no such ...", "not a word of truth": a verdict of falsity in other words
    ('"There is no such clause in any paper we have seen," Deputy Foreign Minister Ilvar Rostenko told Stormwire.',
     "Ilvar Rostenko"),
    ('Mines minister Jelka Varnost said there was "not a word of truth" in the radio station\'s report that her '
     'ministry had been sent the letter.', "Jelka Varnost"),
    # a content that ends before ", according to ..." is the denier's own, not the agency's frame around it
    ("Sarven's chief negotiator, Ilvar Rostenko, has called the newspaper's report false, according to the agency "
     "Stormwire.", "Ilvar Rostenko"),
])
def test_denials_in_other_words_and_inside_an_agencys_frame(text, denier):
    assert denier in {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record}


def test_what_is_refused_to_someone_is_no_denial():
    text = ("Police denied the families entry to the pithead yard for most of the afternoon. Flooding has denied "
            "rescuers access to the lower galleries since Tuesday night, rescue chief Emmer Pallas said.")
    assert find_denials(claimtrace.extract(text)) == []


def test_a_denial_told_as_having_come_earlier_answers_none_of_the_storys_claims():
    text = ("Lumora shares jumped 12 percent on their first day of trading on Tuesday.\n\n"
            "Finance Minister Anzel Grietval had denied earlier a television report that a fund run by his "
            "brother-in-law had been promised Lumora shares at the bottom of the price range.")
    claims = [relayed_claim("c-fund", "a fund run by the minister's brother-in-law had been promised Lumora shares at "
                            "the bottom of the price range", ["two bankers"], 2, ["Orbis Television"], "2026-06-18")]
    story = relay_story_of_the_day("s11", claims, "2026-06-18")
    assert denials_paired(story, text) == set()
    # told as news of the day, the same denial answers the claim
    assert denials_paired(story, text.replace("had denied earlier", "denied on Tuesday")) == {
        ("Anzel Grietval", "c-fund")}
    # a past perfect with the time it came put after what it denied: before the story too
    later = text.replace("had denied earlier a television report", "had rejected a television report").replace(
        "price range.", "price range as a fabrication last month.")
    assert denials_paired(story, later) == set()


@pytest.mark.parametrize("text, denier", [
    # an unnamed spokesman for a named company denies on its record
    ("A spokesman for Brellano Mobility told the agency there had been no such visits and that the villa had been let "
     "to holidaymakers.", "Brellano Mobility"),
    ('The Dravessan Medicines Agency said it had "no record of any such submission" from Velloria in February.',
     "Dravessan Medicines Agency"),
])
def test_denials_on_a_bodys_record(text, denier):
    assert denier in {d.speaker for d in find_denials(claimtrace.extract(text)) if d.on_record}
