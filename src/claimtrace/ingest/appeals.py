"""Find in-body text that is not the article: appeals to the reader and publishing chrome.

Extractors (and copy-pasted text) leave sign-up boxes, donation requests, "Read more:" links,
cookie notices, photo credits and wire trailers inside the body. They are not reporting, and the
attribution extractor must not read "Sign up for our newsletter, we said" as a claim, so their
character ranges go to ``Document.boilerplate``.

The detector works on paragraphs (lines, or hard-wrapped blocks) and recognises *mechanisms*,
not site phrases:

* structural labels that open a non-article line ("Read more:", "Related:", "Advertisement",
  "Photo:", "(Reporting by ...; Editing by ...)", "Copyright ... All rights reserved");
* imperative calls to action addressed to the reader at a sentence start ("Sign up", "Subscribe",
  "Donate", "Support our journalism", "Become a member", "Follow us on", "Download our app");
* reader-directed pitches: second person + a subscription/donation/newsletter/cookie vocabulary
  in a short paragraph with no reporting verb;
* lines that are only URLs, handles or share buttons.

Precision comes first: a paragraph that *reports* ("The campaign said donations rose 40
percent", "Subscribers complained, the company said") has no imperative, no reader address, or
a reporting verb, so it is never flagged by the soft rules; only the unambiguous structural
patterns ignore reporting verbs. All patterns are compiled once; cost is linear in the text.
"""
from __future__ import annotations

import re
from typing import Iterable

_I = re.IGNORECASE

# --- structural: the line opens with a label that only chrome uses --------------------------
_LABEL = re.compile(
    r"""^[\W_]{0,3}(?:
        read\ (?:more|also|next|this|the\ latest|related)|also\ read|more\ to\ read|see\ also|
        related(?:\ (?:articles?|stories|story|coverage|content|links?|reading|topics|news|posts?|video))?|
        (?:you\ )?(?:may|might)\ also\ (?:like|enjoy|be\ interested\ in)|recommended(?:\ for\ you|\ reading|\ stories|\ articles)?|
        further\ reading|more\ (?:stories|news|from|on\ this|coverage|headlines|reading|like\ this)\b[^:|]{0,40}|
        most\ (?:read|popular|viewed|shared)|trending(?:\ now|\ stories|\ news)?|top\ stories|editor'?s?’?s?\ picks?|
        latest\ (?:news|stories|headlines|videos?)|don'?’?t\ miss|in\ case\ you\ missed\ it|ICYMI|
        sponsored(?:\ content|\ post)?|paid\ (?:content|post|partnership)|partner\ content|promoted|
        watch(?:\ now|\ live|\ the\ video|\ more)?|listen(?:\ now|\ to\ this\ (?:article|story))?|
        video|podcast|photos?|gallery|advertisement|ad|
        share(?:\ this)?(?:\ (?:article|story|page|post))?|follow\ us|
        (?:photo|image|picture|video)\ (?:credit|courtesy|source)s?|credits?|courtesy(?:\ of)?|source\ image
    )(?:\s*[:|»>›→•]|\s+[–—-]\s|\s*$)""",
    _I | re.VERBOSE,
)
# A label alone on its line ("Related", "Read more") introduces a list of links below it.
_LABEL_ONLY = re.compile(
    r"""^[\W_]{0,3}(?:
        (?:read\ (?:more|also|next)|also\ read|see\ also|more\ on\ this(?:\ story)?)\s*:|
        (?:related(?:\ \w+){0,2}|(?:you\ )?(?:may|might)\ also\ like|recommended(?:\ \w+){0,2}|further\ reading|
        more\ (?:stories|news|from\ [\w ]{1,30})|most\ (?:read|popular|viewed)|trending(?:\ now)?|top\ stories|
        latest\ (?:news|stories)|editor'?s?’?s?\ picks?)[\W_]{0,3}
    )\s*$""",
    _I | re.VERBOSE,
)
_CHROME_LINE = re.compile(
    r"^[\W_]{0,3}(?:advertisement|advertising|ad|sponsored|skip\ (?:to\ )?(?:main\ )?(?:content|ad|advertisement)|"
    r"(?:story|article|text)\ continues\ (?:below|after)(?:\ (?:this\ )?(?:advertisement|ad))?|"
    r"continue\ reading(?:\ (?:below|the\ main\ story|the\ story))?|scroll\ (?:down\ )?to\ continue(?:\ reading)?|"
    r"(?:show|load|view)\ (?:more|all)(?:\ comments)?|(?:\d+\s)?comments?|comment\ now|leave\ a\ (?:comment|reply)|"
    r"back\ to\ top|print(?:\ this)?(?:\ (?:article|page))?|close|menu|toggle\ \w+|loading\.*)[\W_]{0,3}$",
    _I | re.VERBOSE,
)
_SHARE_WORDS = frozenset(
    "share shares sharing tweet email e-mail mail print facebook twitter x whatsapp linkedin reddit "
    "pinterest telegram messenger flipboard copy link copied save saved bookmark comments comment "
    "on this article story via sms threads bluesky tumblr pocket gift".split()
)
_COPYRIGHT = re.compile(
    r"^\W{0,3}(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}|\w+\s+\d{4}))|\ball rights reserved\b|"
    r"\bmay not be (?:\w+,? )*?(?:published|reproduced|rewritten|redistributed|broadcast|republished|copied)\b",
    _I,
)
# Wire trailers name the reporters and editors, not sources: not article content.
_WIRE_TRAILER = re.compile(
    r"^[\W_]{0,3}(?:(?:additional\ )?(?:reporting|writing|editing|edited|compiled|research|production|"
    r"fact-?checking|translation|graphics?)\ by\b|with\ (?:additional\ )?(?:reporting|assistance)\ from\b|"
    r"reporters?:\s|editors?:\s|editing:\s|"
    r"to\ contact\ the\ (?:reporters?|editors?|author)|contact\ (?:the\ )?(?:reporter|author|writer)s?\b)",
    _I | re.VERBOSE,
)
_CONTRIBUTED = re.compile(
    r"^\W{0,3}(?:this\ (?:story|article|report|piece|post)\ (?:was|is|has\ been)\ )?(?:originally|first)\ "
    r"(?:published|posted|appeared|ran)\ (?:by|in|on|at)\b|"
    r"^\W{0,3}(?:this\ (?:story|article|report|piece)\ (?:was|is|has\ been)\ )?(?:republished|reproduced|reprinted)\ "
    r"(?:here\ )?(?:with|under|by|from)\b|"
    r"\b(?:contributed|contributing)\ (?:to\ )?(?:this|the)\ (?:report|story|article)\b|"
    r"\bcontributed\ reporting\b|\bthis\ (?:report|story|article)\ (?:was\ )?(?:produced|written|reported)\ (?:by|in\ partnership|with)\b",
    _I | re.VERBOSE,
)
_UPDATED = re.compile(
    r"\b(?:this|the)\ (?:story|article|post|report|piece|page)\ (?:has\ been|was|had\ been|have\ been|is\ being)\ "
    r"(?:(?:\w+\ ){0,2})(?:updated|corrected|amended|edited|changed|revised)\b|"
    r"^\W{0,3}an?\ (?:earlier|previous|prior)\ version\ of\ this\ (?:story|article|report|post|piece)",
    _I | re.VERBOSE,
)
# "Updated 3:45 p.m. ET", "Published: March 3, 2024": metadata lines, short by nature.
_TIMESTAMP = re.compile(
    r"^\W{0,3}(?:updated|update|published|posted|last\ (?:updated|modified)|first\ published|originally\ published)"
    r"(?:\s+(?:on|at)\b|\s*:)?\s*(?:\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    _I | re.VERBOSE,
)
# "5 min read", "June 3, 2026 | 5 min read": a reading-time line
_READ_TIME = re.compile(r"\b\d{1,2}[\s-]*min(?:ute)?s?\.?\s+read\b|\breading\s+time\s*:?\s*\d{1,2}\s*min", _I)
# "By Touchline 24 staff, with Pelham Wire", "By Anna Berg and Tomas Ferro in Tarsk": a byline on its
# own line (names, numbers and the few words bylines are made of, nothing else)
_BYLINE_LINE = re.compile(
    r"^(?:By|BY|Von|Par|Por)\s+(?:(?:[A-Z\u00c0-\u024f][\w.'’&-]*|\d+|and|with|in|for|of|the|staff|reporters?|"
    r"correspondents?|writers?|editors?|wire|services?)[\s,;&|]*){1,16}$")
# A caption ending in its credit: "... outside the court. (AP Photo/Jane Doe)".
_CAPTION_CREDIT = re.compile(
    r"\((?-i:[A-Z]{2,6}\s)?(?:photo|photograph|image|picture|file\ photo|illustration|screenshot)s?\b[^()]{0,80}\)\W*$",
    _I | re.VERBOSE,
)
# A short credit line: "Photo: Jane Doe/Reuters", "Image by X", "REUTERS/Jane Doe".
_PHOTO_CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|illustration|file\ photo|top\ image|main\ image|lead\ image)s?\b[^.]{0,60}?"
    r"(?:\bby\b|/|\bcourtesy\b|\bcredit\b)|"
    r"[\w.'’-]+\s?/\s?(?:Getty\ Images|AFP|AP|Reuters|EPA|Shutterstock|Bloomberg|Alamy|iStock|Xinhua|"
    r"AAP|Sipa|ZUMA|NurPhoto|Anadolu|Unsplash|Pexels)\b[^.]{0,40}$|^(?:REUTERS|AP|AFP|EPA)/[A-Z]",
    _I | re.VERBOSE,
)
_COOKIES = re.compile(
    r"\b(?:we|this\ (?:web)?site|our\ (?:web)?site|our\ partners)\ (?:and\ our\ partners\ )?(?:use|uses|store)\ cookies\b|"
    r"\b(?:accept|reject|manage|allow|decline)\ (?:all\ |optional\ |non-essential\ )?cookies\b|"
    r"\bcookie\ (?:policy|settings|preferences|notice|consent|statement)\b|"
    r"\bby\ (?:continuing|clicking|using|browsing|signing\ up|subscribing|submitting|registering|entering)\b[^.]{0,80}\byou\ "
    r"(?:agree|consent|accept|acknowledge)|\byou\ (?:agree|consent)\ to\ (?:our|the)\ (?:terms|privacy|use\ of\ cookies)",
    _I | re.VERBOSE,
)

# --- calls to action: an imperative addressed to the reader, at a sentence start ------------
# A sentence boundary just before a position (tested on the few characters before it).
_BOUNDARY_BEFORE = re.compile(r"(?:[.!?:|•»…][\"”’)]*\s+[\"“‘(]?|\s[-–—|]\s+)$")
_CTA = re.compile(
    r"""(?:please\s+|so\s+|now,?\s+|then\s+|and\s+)?(?:
        sign\ up|signup|subscribe(?!d|rs?\b)|resubscribe|
        register\ (?:now|today|here|free|for\ free|for\ (?:our|the|a)|to\ (?:get|receive|read|continue|unlock|access))|
        donate\b|give\ (?:now|today|monthly|once|to\ (?:us|our|\w+\ (?:journalism|newsroom)))|
        make\ a\ (?:\w+\ )?(?:donation|contribution|gift)|contribute\ (?:now|today|to\ (?:our|us))|
        support\ (?:us|our\b|independent|local|quality|nonprofit|non-profit|public|trusted|fact-based|this\ (?:work|site|journalism|newsroom))|
        (?:become|be)\ a\ (?:\w+\ )?(?:member|subscriber|supporter|patron|donor|insider|friend\ of)|
        join\ (?:us|our|today|now|the\ (?:conversation|discussion|community|club|newsletter)|thousands|\d[\d,]*|free)|
        follow\ (?:us|me|@|[\w.'’ -]{1,40}\ on\ (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|youtube|mastodon|google))|
        like\ us\ on|find\ us\ on|connect\ with\ us|
        download\ (?:our|the\ (?:free\ )?[\w ]{0,20}app|now|it\ (?:now|free|here))|get\ (?:our|the)\ (?:free\ )?(?:\w+\ )?app|
        get\ (?:the\ latest|breaking|unlimited|full|our|access|exclusive|\w+\ (?:delivered|sent)|more\ (?:stories|news|of))|
        click\ (?:here|on\ the|the\ link|below|to)|tap\ (?:here|to|the)|
        (?:read|see|view|watch|listen\ to)\ (?:more|the\ full|our|the\ latest|here|it\ here|the\ (?:video|report|story)\ here)|
        watch\ (?:now|live|the\ (?:video|full)|more)|listen\ (?:now|live|here)|
        share\ (?:this|your\ (?:story|thoughts|tips?|views)|on)|check\ out\ (?:our|the\ latest|more)|
        learn\ more\b|find\ out\ more\b|sign\ in|log\ ?in|create\ (?:an|a\ free|your)\ account|
        don'?’?t\ miss|never\ miss|stay\ (?:informed|up\ to\ date|up-to-date|updated|connected|in\ the\ know|tuned\ for\ more)|
        want\ (?:more|the\ latest|to\ (?:read|know|stay|get|support))|already\ (?:a\ (?:subscriber|member)|have\ an\ account|registered)|
        start\ (?:your|a)\ (?:free\ )?(?:trial|subscription|membership)|try\ (?:it|us|\w+)\ (?:free|for\ (?:free|\$|£|€))|
        unlock\ (?:this|unlimited|full|more|the)|enjoy\ (?:unlimited|full|this\ (?:article|story))|
        (?:got|have)\ a\ (?:news\ )?(?:tip|story\ (?:idea|tip))|send\ (?:us\ )?(?:a|your)\ (?:tip|news\ tip|story|letter)|
        email\ us\ at|contact\ us\ at|write\ to\ us|tell\ us\ (?:what|your|how)|let\ us\ know|
        thanks?\ (?:you\ )?for\ (?:reading|visiting|your\ support|supporting|subscribing|signing\ up)|
        if\ you\ (?:value|enjoy(?:ed)?|appreciate|like(?:d)?|love(?:d)?|found|believe\ in|rely\ on)\ (?:this|our|what|the\ work|independent|local|quality|reading|[\w-]+\ journalism)|
        (?:enjoy(?:ed)?|like(?:d)?|love(?:d)?)\ (?:this|our)\ (?:article|story|newsletter|content|journalism|podcast|reporting|work|site)|
        (?:enjoyed|liked|loved)\ what\ you|
        consider\ (?:supporting|donating|subscribing|becoming|making|a\ (?:donation|subscription|gift))|
        you(?:'ve|’ve|\ have)\ (?:read|reached|used)\ (?:your|\d|all|\w+\ of\ your)|
        you\ (?:can|could)\ (?:help\ (?:us|support|keep|fund)|support\ (?:us|our))|help\ us\ (?:keep|continue|fund|report|do|make|grow|reach|sustain)|
        this\ (?:article|story|content|newsletter)\ is\ (?:free|available|for\ subscribers|exclusive)
    )""",
    _I | re.VERBOSE,
)
# The capitalised first words of _CTA's alternatives (case-sensitive on purpose, see _cta_start).
_CTA_CANDIDATE = re.compile(
    r"(?:Sign|Signup|Subscribe|Resubscribe|Register|Donate|Give|Make|Contribute|Support|Become|Be|Join|"
    r"Follow|Like|Find|Connect|Download|Get|Click|Tap|Read|See|View|Watch|Listen|Share|Check|Learn|Log|"
    r"Create|Don|Never|Stay|Want|Already|Start|Try|Unlock|Enjoy|Enjoyed|Liked|Loved|Love|Got|Have|Send|"
    r"Email|Contact|Write|Tell|Let|Thanks|Thank|If|Consider|You|Help|This|Please|So|Now|Then|And)\b"
)
# Words that make a pitch a pitch: what it wants from the reader, or who "we" are.
_PITCH = re.compile(
    r"\b(?:we|our|ours|inbox|journalism|newsroom|reporters|free|here|below|"
    r"this\ (?:site|website|page|newsletter|podcast|channel)|per\ (?:month|week|year)|a\ (?:month|week)|"
    r"twitter|facebook|instagram|tiktok|youtube|linkedin|whatsapp|telegram|bluesky|threads)\b|"
    r"(?-i:\b[Uu]s\b)|[$£€]\s?\d|https?://|www\.|(?<!\w)@\w",
    _I | re.VERBOSE,
)
# Who is speaking to whom: publisher "we", the reader "you", and verbs that mark reporting.
_WE_RX = re.compile(r"\b(?:[Ww]e|WE|[Oo]ur|OUR|[Uu]s)\b")  # not "US", the country
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_READER_RX = re.compile(r"\byou(?:rs?)?\b")
_REPORTING = frozenset(
    """said says say told tells urged urges asked asks wrote writes announced reported reports stated
    added argued argues claimed claims testified alleged warned insisted acknowledged noted explained
    recalled complained""".split()
)
_REPORTING_RX = re.compile(r"\b(?:" + "|".join(sorted(_REPORTING)) + r"|according to)\b")
# A site header or section menu: short capitalised items between separators, "4 min read".
_NAV_LINE = re.compile(
    r"^(?:[A-Z0-9][\w&'’.-]*(?:\ [\w&'’.-]+){0,3}|\d+\ min(?:ute)?s?\ read)"
    r"(?:\ ?[|•·]\ ?(?:[A-Z0-9][\w&'’.-]*(?:\ [\w&'’.-]+){0,3}|\d+\ min(?:ute)?s?\ read)){1,12}$",
    re.VERBOSE)
_HANDLES_ONLY = re.compile(r"^(?:[\W_]*@\w{2,})+[\W_]*$")
_SUB_VOCAB = re.compile(
    r"\b(?:newsletters?|inbox|subscri\w+|membership|donat\w+|paywall|free\ articles?|unlimited\ access|"
    r"digital\ access|ad-free|sign\ up|signup|log\ ?in|sign\ in)\b",
    _I | re.VERBOSE,
)
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = re.compile(r"[\"“”«»]")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")
# What a newsletter's blurb promises: "the day's top stories, delivered every weekday morning".
_BLURB = re.compile(
    r"\b(?:inbox|delivered|every\ (?:morning|evening|weekday|day|week|friday|sunday)|straight\ to|"
    r"hand-?picked|curated|newsletters?|top\ stories|must-reads?|briefing|the\ (?:day|week)['’]s\ (?:moves|news|"
    r"headlines|biggest\ stories)|before\ the\ (?:open|bell))\b", _I | re.VERBOSE)
# How a publication speaks of itself to the reader before asking for money: "X is funded by its
# readers", "Enjoying The Ledgerline?", "Like what you read?"
_SELF_PITCH = re.compile(
    r"\b(?:funded|supported|financed|paid\ for|made\ possible)\ (?:entirely\ |only\ |solely\ )?by\ "
    r"(?:its\ |our\ |their\ )?(?:readers|members|subscribers)\b|\breader[- ](?:funded|supported)\b|"
    r"\bfree\ (?:for\ (?:everyone|all)\ )?to\ read\b|\breaders\ chip\ in\b|"
    r"^(?:enjoy(?:ing|ed)?|lik(?:e|ing|ed)|lov(?:e|ing|ed)|valu(?:e|ing))\b[^.!?]{0,40}\?$", _I | re.VERBOSE)
_LIST_ITEM = re.compile(r"^(?:[-–•*·▪►]|\d{1,2}[.)])\s+\S.{0,150}$")
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")


def _is_share_line(toks: list[str]) -> bool:
    return 0 < len(toks) <= 10 and all(t in _SHARE_WORDS for t in toks) and any(
        t in ("share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "email", "print", "reddit")
        for t in toks)


def _cta_start(p: str) -> int | None:
    """Offset of the first sentence in ``p`` that opens with a call to action, or None.

    Past the paragraph start, only a capitalised word right after a sentence boundary counts:
    imperatives open sentences, while "(see here)" or "... to stay informed" inside a sentence
    are reporting. Candidates are found with a case-sensitive scan for capitalised CTA verbs
    (fast: the regex engine skips every lower-case character) and only then checked in full.
    """
    if _CTA.match(p):
        return 0
    for m in _CTA_CANDIDATE.finditer(p, 1):
        pos = m.start()
        if _BOUNDARY_BEFORE.search(p[max(0, pos - 6):pos]) and _CTA.match(p, pos):
            return pos
    return None


def _starts_upper(p: str) -> bool:
    m = _FIRST_LETTER.search(p)
    return bool(m) and m.group().isupper()


def _appeal_start(p: str) -> int | None:
    """Where the appeal in one paragraph (already stripped) starts: 0 for the whole paragraph,
    an offset for a trailing pitch ("... Check out our guide to X."), None for an article paragraph.

    Cheap tests gate the expensive ones: anchored patterns and substring / token-set checks run
    first, unanchored regexes only when their keywords are present. Typical news paragraphs are
    rejected after a handful of set lookups.
    """
    if len(p) > 1500:  # ~250+ words: a long paragraph can only end in a pitch
        start = _cta_start(p)
        if start and start > len(p) - 400:
            tail = p[start:]
            if tail.count(" ") < 40 and _PITCH.search(tail) and not _REPORTING_RX.search(tail.lower()):
                return start
        return None
    n = p.count(" ") + 1  # words, near enough for the length limits, and ~30x cheaper than a regex
    lp = p.lower()
    # structural chrome: safe even with reporting verbs, but only on short lines
    if n <= 40 and ((_starts_upper(p) and _LABEL.match(p)) or _CHROME_LINE.match(p)):
        return 0
    if n <= 12:
        toks = _WORD.findall(lp)
        if not toks:
            return 0 if p in ("•", "|", "·") else None
        if _is_share_line(toks):
            return 0
    if n <= 60:
        if ("©" in p or "(c)" in lp or "copyright" in lp or "rights reserved" in lp or "may not be" in lp) \
                and _COPYRIGHT.search(p):
            return 0
        if _starts_upper(p) and _WIRE_TRAILER.match(p):
            return 0
        if ("updated" in lp or "corrected" in lp or "amended" in lp or "edited" in lp or "changed" in lp
                or "revised" in lp or "version of this" in lp) and _UPDATED.search(p):
            return 0
        if p.endswith(")") and _CAPTION_CREDIT.search(p):
            return 0
    if n <= 40 and ("contribut" in lp or "this report" in lp or "this story" in lp or "this article" in lp
                    or "published" in lp or "appeared" in lp or "republished" in lp or "reproduced" in lp
                    or "reprinted" in lp) and _CONTRIBUTED.search(p):
        return 0
    if n <= 12 and _TIMESTAMP.match(p) or n <= 20 and ("read" in lp or "reading" in lp) and _READ_TIME.search(p):
        return 0
    if n <= 16 and p[:1] in "BVP" and _BYLINE_LINE.match(p):
        return 0
    if n <= 15 and _PHOTO_CREDIT.search(p):
        return 0
    if n <= 120 and ("cookie" in lp or "you agree" in lp or "you consent" in lp or "you accept" in lp
                     or "you acknowledge" in lp) and _COOKIES.search(p):
        return 0
    if "@" in p and _HANDLES_ONLY.match(p):
        return 0
    if n <= 20 and ("|" in p or "•" in p or "·" in p) and _NAV_LINE.match(p):
        return 0
    # soft rules: an imperative or reader-directed pitch, never in a sentence that reports
    start = _cta_start(p)
    if start is not None:
        tail = p[start:]
        words = n if start == 0 else tail.count(" ") + 1
        if words <= (80 if start == 0 else 40) and (words <= 8 or _PITCH.search(tail)) \
                and not _REPORTING_RX.search(tail.lower()):
            return start
    if n <= 50 and "you" in lp and _SUB_VOCAB.search(p) and _WE_RX.search(p) and _READER_RX.search(lp) \
            and not _REPORTING_RX.search(lp):
        return 0
    return None


def _paragraphs(text: str):
    """Yield (start, end) of paragraphs: each non-empty line, except that a line which does not
    end a sentence and is followed by a line starting in lower case continues into it (hard-
    wrapped prose), so a wrapped appeal is judged whole and a wrapped news paragraph never split."""
    pos = 0
    cur: tuple[int, int] | None = None
    for line in text.splitlines(keepends=True):
        s = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            if cur:
                yield cur
                cur = None
            continue
        lead = len(body) - len(body.lstrip())
        span = (s + lead, s + len(body.rstrip()))
        if cur and stripped[0].islower() and not _TERMINAL.search(text[cur[0]:cur[1]]):
            cur = (cur[0], span[1])
            continue
        if cur:
            yield cur
        cur = span
    if cur:
        yield cur


def find_boilerplate(text: str, extra_patterns: Iterable[re.Pattern] = ()) -> list[tuple[int, int]]:
    """Code-point ranges of ``text`` that are appeals or chrome, in order, non-overlapping.

    A range covers a whole paragraph without its surrounding whitespace, or the trailing
    sentences of a paragraph that ends in a pitch. After a list label ("Related:", "More
    stories") the following bulleted or headline-like lines are flagged too: they are the
    links the label introduces. An appeal is a block: the reader-directed sentences and short
    paragraphs around it ("Our journalism depends on readers like you.", a newsletter's blurb)
    belong to it. ``extra_patterns``: a site's own chrome; a paragraph one matches is flagged.
    """
    paragraphs = list(_paragraphs(text))
    starts: list[int | None] = []  # per paragraph: where its appeal starts, or None
    in_list = 0
    for s, e in paragraphs:
        p = text[s:e]
        if in_list:
            if _LIST_ITEM.match(p) or (len(_WORD.findall(p)) <= 15 and not _TERMINAL.search(p) and ":" not in p):
                starts.append(0)
                in_list -= 1
                continue
            in_list = 0
        start = 0 if any(rx.search(p) for rx in extra_patterns) else _appeal_start(p)
        if start is not None and start > 0:
            start = _block_start(p, start)
        starts.append(start)
        if start == 0 and len(p) <= 40 and _LABEL_ONLY.match(p):
            in_list = 6
    _grow_blocks(text, paragraphs, starts)
    return [(s + start, e) for (s, e), start in zip(paragraphs, starts) if start is not None]


def _addresses_reader(p: str) -> bool:
    """A short paragraph or sentence that speaks to the reader about the publication: "you" or the
    publisher's "we"/"our", or a newsletter's blurb; never one that reports or quotes."""
    if p.count(" ") >= 50 or _QUOTE_MARKS.search(p):
        return False
    lp = p.lower()
    if _REPORTING_RX.search(lp):
        return False
    return bool(_READER_RX.search(lp) or _WE_RX.search(p) or _BLURB.search(p) or _SELF_PITCH.search(p.strip()))


def _block_start(p: str, start: int) -> int:
    """Move an appeal's start back over the reader-directed sentences just before it; a short
    paragraph that opens by speaking to the reader and ends in an appeal is one whole appeal,
    whatever it says in between ("We rely on readers. Members say ... Donate today.")."""
    first = _SENTENCE_END.search(p)
    if p.count(" ") < 80 and not _QUOTE_MARKS.search(p) and first is not None and \
            _addresses_reader(p[:first.start() + 1]):
        return 0
    while start > 0:
        before = p[:start].rstrip()
        cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
        if not _addresses_reader(before[cut:]):
            break
        start = cut
    return start


def _grow_blocks(text: str, paragraphs: list[tuple[int, int]], starts: list) -> None:
    """Flag the reader-directed paragraphs next to a whole-paragraph appeal, until none is left."""
    changed = True
    while changed:
        changed = False
        for k, (s, e) in enumerate(paragraphs):
            if starts[k] is not None:
                continue
            neighbours = [starts[j] for j in (k - 1, k + 1) if 0 <= j < len(paragraphs)]
            if 0 in neighbours and _addresses_reader(text[s:e]):
                starts[k] = 0
                changed = True
