"""find_boilerplate: appeals and chrome inside a wire-style article are flagged, reporting is not."""
import pytest

from claimtrace.ingest.appeals import find_boilerplate

ARTICLE = """Lawmakers reject budget deal, sources say

WASHINGTON (Wirefeed) - A bipartisan group of lawmakers on Tuesday rejected a proposed budget deal, two people familiar with the talks said, raising the risk of a government shutdown.

Sign up for our Morning Briefing newsletter to get the day's top stories delivered to your inbox.

"We will not sign a bill that guts the agency," Senator Jane Holloway told reporters outside the Capitol.

The campaign said donations rose 40 percent in the third quarter, driven by small donors who subscribe to its monthly giving program.

Read more: Shutdown looms as talks stall

Subscriptions to the Treasury's savings-bond program fell sharply last year, officials said.

Advertisement

If you value independent journalism, please consider supporting us with a donation today.

Follow us on Twitter @wirefeednews

Story continues below advertisement

The White House declined to comment on the talks. Aides said the president would not sign up for a deal that cut defense spending.

Photo: Jane Doe/Reuters

Share this article

We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.

This story has been updated to include comment from the Treasury.

(Reporting by Tom Brandt; Additional reporting by Ana Ruiz; Editing by Mark Heller)

Copyright 2024 Wirefeed. All rights reserved.
"""

APPEALS = [
    "Sign up for our Morning Briefing newsletter to get the day's top stories delivered to your inbox.",
    "Read more: Shutdown looms as talks stall",
    "Advertisement",
    "If you value independent journalism, please consider supporting us with a donation today.",
    "Follow us on Twitter @wirefeednews",
    "Story continues below advertisement",
    "Photo: Jane Doe/Reuters",
    "Share this article",
    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
    "This story has been updated to include comment from the Treasury.",
    "(Reporting by Tom Brandt; Additional reporting by Ana Ruiz; Editing by Mark Heller)",
    "Copyright 2024 Wirefeed. All rights reserved.",
]


def flagged(text):
    return [text[s:e] for s, e in find_boilerplate(text)]


def test_every_kind_of_appeal_is_flagged_and_nothing_else():
    assert flagged(ARTICLE) == APPEALS


def test_offsets_index_the_text_exactly():
    ranges = find_boilerplate(ARTICLE)
    for (s, e), expected in zip(ranges, APPEALS):
        assert ARTICLE[s:e] == expected
        assert ARTICLE.find(expected) == s
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ranges, ranges[1:]))


def test_offsets_are_code_points_with_non_ascii_text_before():
    text = "Émile Zoë said “yes” — naïvely. ✓\n\nSubscribe to our newsletter for more.\n"
    (s, e), = find_boilerplate(text)
    assert text[s:e] == "Subscribe to our newsletter for more."


@pytest.mark.parametrize("paragraph", [
    "The campaign said donations rose 40 percent in the third quarter.",
    "Subscriptions to the streaming service fell by 2 million, the company said.",
    "Netflix urged customers to sign up for its cheaper ad-supported plan.",
    "Follow-up talks are scheduled for next week in Geneva.",
    "Support for the measure fell to 41 percent, according to a poll released on Monday.",
    '"Subscribe to our channel," the YouTuber told his fans before the livestream ended.',
    "Donors who gave more than $1,000 were invited to a dinner with the candidate.",
    "Readers who subscribe to the print edition will see the price rise to $3 a week, the publisher said.",
    "Share prices fell 3 percent in early trading in London.",
    "Copyright infringement lawsuits against AI developers have multiplied this year.",
    "The newsletter, which has 200,000 subscribers, was sold to a private equity firm for $40 million.",
    "Related-party transactions at the bank drew scrutiny from regulators.",
    "Photos shared on social media showed smoke rising over the port.",
])
def test_news_paragraphs_that_mention_the_vocabulary_are_not_flagged(paragraph):
    text = "Officials met on Tuesday to discuss the plan.\n\n" + paragraph + "\n"
    assert flagged(text) == []


def test_trailing_pitch_in_a_news_paragraph_flags_only_the_pitch():
    text = ("The agency approved the drug on Friday after a two-year review. "
            "Check out our guide to the new rules here.\n")
    assert flagged(text) == ["Check out our guide to the new rules here."]


def test_related_list_after_a_label_is_flagged():
    text = ("The minister resigned on Monday.\n\nRelated:\n\n- Minister faces inquiry over contracts\n\n"
            "- Opposition demands early election\n\nThe inquiry will report in March, officials said.\n")
    assert flagged(text) == ["Related:", "- Minister faces inquiry over contracts",
                             "- Opposition demands early election"]


def test_hard_wrapped_paragraph_is_judged_as_one():
    text = ("Officials said the talks would resume on Monday after a weekend\n"
            "break, and that both sides had agreed to sign up to a framework\n"
            "for the next round of negotiations in Geneva.\n\n"
            "Sign up for our free newsletter\n"
            "to get the latest news in your inbox.\n")
    got = flagged(text)
    assert got == ["Sign up for our free newsletter\nto get the latest news in your inbox."]


def test_empty_and_plain_texts():
    assert find_boilerplate("") == []
    assert find_boilerplate("\n\n  \n") == []
    assert find_boilerplate("The minister said the deal was dead.") == []


def test_a_long_article_is_flagged_the_same_way_throughout():
    """Fifty copies in a row: every copy's appeals are found at their own offsets, nothing else."""
    text = ARTICLE * 50
    got = find_boilerplate(text)
    assert [text[s:e] for s, e in got] == APPEALS * 50
    assert [s - len(ARTICLE) * (k // len(APPEALS)) for k, (s, _) in enumerate(got)] == \
        [s for s, _ in find_boilerplate(ARTICLE)] * 50


def test_closing_appeal_block_in_plain_text():
    text = ("The port reopened on Monday, the harbour master said.\n\n"
            "Sign up for The Harbour Daily.\n"
            "The day's top stories, delivered to your inbox every weekday morning.\n\n"
            "We rely on readers, not billionaires. Members say it keeps local news alive. Donate today.\n")
    assert flagged(text) == [
        "Sign up for The Harbour Daily.",
        "The day's top stories, delivered to your inbox every weekday morning.",
        "We rely on readers, not billionaires. Members say it keeps local news alive. Donate today."]


def test_reader_directed_sentences_before_a_pitch_join_it():
    text = "Officials met on Tuesday.\n\nOur journalism depends on readers like you. Please donate today.\n"
    assert flagged(text) == ["Our journalism depends on readers like you. Please donate today."]


def test_news_next_to_an_appeal_stays_news():
    text = ("Sign up for our free newsletter.\n\n"
            "The minister resigned on Monday.\n\n"
            "\u201cWe will rebuild our town,\u201d the mayor told residents.\n\n"
            "Our correspondent said the roads were closed.\n")
    assert flagged(text) == ["Sign up for our free newsletter."]


@pytest.mark.parametrize("line", [
    "This story was originally published by Meridian.",
    "Originally published in the Harbour Ledger.",
    "Republished with permission from Meridian.",
    "World | Business | Opinion | Sport",
    "Northgate Herald Online | Markets | 4 min read",
    "June 3, 2026 | 5 min read",
    "By Touchline 24 staff, with Pelham Wire",
    "By Anna Berg and Tomas Ferro in Tarsk",
    "By Greyholm News Online staff | From Tessaly Wire | 3 min read",
    "Hallowmere Times business team | Source: Pellion News | Reading time: 4 minutes",
])
def test_republishing_wrappers_are_chrome(line):
    text = "The bridge reopened on Monday, officials said.\n\n" + line + "\n"
    assert flagged(text) == [line]


def test_a_site_pattern_from_the_component_config():
    import re

    text = "The bridge reopened on Monday.\n\nHarbour app: news on the go\n"
    assert flagged(text) == []
    assert [text[s:e] for s, e in find_boilerplate(text, [re.compile(r"^harbour app:", re.I)])] == [
        "Harbour app: news on the go"]


@pytest.mark.parametrize("text, appeal", [
    ("The ferry sank on Friday.\n\nCoastwatch News is funded by its readers. Become a member from 3 crowns a month "
     "and help us keep local news free.\n",
     "Coastwatch News is funded by its readers. Become a member from 3 crowns a month and help us keep local news free."),
    ("Bonds barely moved.\n\nEnjoying The Ledgerline? Our journalism is free for everyone because readers like you "
     "support it. Donate now.\n",
     "Enjoying The Ledgerline? Our journalism is free for everyone because readers like you support it. Donate now."),
    ("The museum closed.\n\nKestrelford Daily Post is free to read because readers chip in. Donate today - every "
     "amount keeps our reporters in the archives.\n",
     "Kestrelford Daily Post is free to read because readers chip in. Donate today - every amount keeps our reporters "
     "in the archives."),
    ("Shares fell 4 percent.\n\nCountinghouse Markets Daily: the day's moves, before the open. Sign up free.\n",
     "Countinghouse Markets Daily: the day's moves, before the open. Sign up free."),
])
def test_how_a_publication_speaks_of_itself_before_asking_belongs_to_the_appeal(text, appeal):
    assert flagged(text) == [appeal]


@pytest.mark.parametrize("line", ["By Tuesday, the ministry said the talks had failed.",
                                  "By the end of the week the fleet had left port."])
def test_a_sentence_starting_with_by_is_no_byline(line):
    assert flagged("The bridge reopened.\n\n" + line + "\n") == []
