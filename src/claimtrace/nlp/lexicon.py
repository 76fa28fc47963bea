"""Word lists the rules rely on, in one place so they can be reviewed and extended.

The reporting-verb list started from the standard speech/cognition verbs of attribution studies
and was checked against how often each lemma is annotated as a cue in the PolNeAR *train* part
(the verbs kept are cues in at least ~40% of their occurrences there, or are common in wire copy).
"""
from __future__ import annotations

#: Verbs that introduce speech or a stated position ("said", "warned", "denied").
SPEECH_VERBS = frozenset("""
say tell add ask write report note suggest announce argue accuse describe acknowledge declare
explain claim urge insist vow pledge promise warn indicate recall express cite reveal state
charge admit confirm predict list denounce reply remark conclude dismiss repeat assure stress
demand quote reiterate concede contend complain assert emphasize tweet post mention respond
deny reject criticize criticise praise blame question propose estimate disclose caution
testify allege observe point comment announce threaten brief inform advise recommend maintain
counter retort signal hint concur agree disagree dispute acknowledge affirm reaffirm proclaim
underline underscore highlight lament boast joke quip muse speculate wonder predict forecast
project calculate tally order instruct command request plead appeal call describe portray
characterize label dub term brand decry slam blast chide mock assail condemn welcome applaud
endorse tout echo contradict rebut refute deem mention explain elaborate clarify specify
detail outline publish release issue leak learn find show
""".split())

#: Verbs that report speech only when a quotation stands next to them ("he continued", "she laughed").
QUOTE_ONLY_VERBS = frozenset("""
continue laugh smile shout chant scream yell sigh add recall begin conclude shoot fire joke
interject interrupt exclaim whisper answer cry
""".split())

#: Verbs that report a belief, feeling or intention ("believes", "hopes", "wants").
COGNITION_VERBS = frozenset("""
think believe know expect hope fear worry feel want wish plan intend seek seem appear doubt
suspect understand assume consider regard view reckon guess imagine realize realise recognize
recognise conclude decide prefer
""".split())

#: Verbs that need an explicit complement (a clause or a quote) before they count as cues, since
#: their common senses are not about speech ("show the house", "find a job", "call a vote").
NEEDS_CLAUSE = frozenset("""
show find learn know call point issue release post publish list order appear seem consider
view regard feel understand recognize recognise decide plan want wish seek intend expect
""".split())

#: Verbs whose infinitive or prepositional complement is an act, not speech: "offered to resign",
#: "agreed to a deal", "wants to stay" (in PolNeAR *train* these structures are cues in under 40%
#: of their occurrences; "agreed that ..." with a clause still reports).
#: Linking verbs: after "X said it ..." they say nothing about what X is ("it was too early"), and
#: an "it" with one is the content's, not the speaker's ("..., but it was too early to say").
LINKING_VERBS = frozenset("be seem appear remain become look sound feel".split())
#: Verbs of seeming: their subject is the subject of their complement, not a speaker ("seemed to
#: overstay"), and in a content they hedge it ("appears to have shut down").
RAISING_ACTIVE = frozenset({"seem", "appear"})
ACT_VERBS = frozenset("agree offer want plan intend decide attempt aim prepare volunteer negotiate".split())
#: Verbs of evidence, and the things seen or counted that make them evidence rather than speech
#: ("figures showed", "the footage shows"; "a poll showed" stays: a poll is a document that states).
EVIDENCE_VERBS = frozenset("show reveal indicate demonstrate suggest confirm depict capture".split())
EVIDENCE_NOUNS = frozenset("""figure figures footage video image photo photograph picture imagery
recording statistic number chart graph map data datum""".split())

#: Nouns that act as cues when they carry the content ("the claim that ...", "his statement that").
CUE_NOUNS = frozenset("""
claim statement assertion allegation accusation warning announcement suggestion argument belief
view promise pledge vow insistence denial admission report assessment prediction estimate
remark comment suspicion fear hope concern notion idea accusations criticism doubt doubts
skepticism scepticism astonishment surprise support opposition mention note message question
questions call calls demand appeal plea objection objections complaint complaints
""".split())

#: what a company reports as figures, not as news: "reported sales of 1.9 billion crowns"
REPORTED_FIGURES = frozenset("sale profit loss revenue earnings income turnover margin deficit surplus growth".split())
#: What one claims as money, not as a statement ("claimed allowances", "claimed rent for flats").
CLAIMED_PAYMENTS = frozenset("""allowance expense benefit refund compensation subsidy payment money damages
reimbursement fee grant rent pension salary bonus insurance""".split())
#: Documents that lay down what is allowed: what they say "may" be done is permitted, not guessed.
RULE_NOUNS = frozenset("rule regulation law code policy guideline statute bylaw charter constitution".split())
#: Words for money counted ("about 31,000 euros"): an amount, whatever NER made of it.
CURRENCY_NOUNS = frozenset("""euro dollar pound crown franc yen yuan rupee rouble ruble lira zloty forint krona krone
dinar peso real rand shilling""".split())

#: Words that join a clause of the writer's own after an "according to" phrase ("..., according to X, so ...").
CLAUSE_JOINERS = frozenset("so but and while although though whereas yet which meaning".split())

#: Prepositional phrases that join a speech verb's cue ("said in a statement").
CUE_PP_NOUNS = frozenset("""
statement interview email e-mail letter post tweet speech briefing conference call message
remarks release filing note video broadcast podcast appearance testimony op-ed column blog
memo report writing notice ruling judgment judgement opinion presentation submission affidavit newsletter
bulletin communique communiqué announcement advisory circular readout assessment
""".split())
#: How something was sent, after "by": "said by email", "told the agency by telephone" (the phrase joins the
#: cue; "by" with anything else is an agent or a means of doing)
BY_MEANS_NOUNS = frozenset("email e-mail phone telephone text fax letter mail post".split())
#: Platforms a statement is posted on: "said on X", "wrote on Telegram" (the phrase joins the cue)
SOCIAL_PLATFORMS = frozenset("x twitter facebook telegram instagram tiktok youtube linkedin threads bluesky weibo "
                             "wechat vk mastodon".split())
#: Places online a statement is posted, after "on" with a determiner or possessor: "said on its website",
#: "wrote on his Facebook page" (the phrase joins the cue)
ONLINE_PLACES = frozenset("website webpage page account feed channel".split())
#: Media a statement goes out on, after "on" with or without a word before them: "said on local radio"
BROADCAST_MEDIA = frozenset("radio television tv air".split())
#: Nouns that join the cue only with a determiner or possessor ("said in a written reply", "wrote in a
#: one-page order", "said in its complaint"), not in set phrases ("in response to", "in order to").
CUE_PP_NOUNS_WITH_DET = frozenset("""
reply response answer order decision verdict declaration address sermon lecture complaint lawsuit
petition motion brief indictment transcript update
""".split())

#: Marks of an adverbial clause of time or purpose: a modal inside one hedges nothing ("before it
#: could be added", "so that aid could reach them").
TIME_AND_PURPOSE_MARKS = frozenset("before until till after once so that when while whenever".split())

#: "a letter seen by the Journal", "documents obtained by Meridian": the outlet that saw them is the via
SEEING_VERBS = frozenset("see obtain review view examine".split())
#: Verbs of an outlet putting out what it did not write: "a memo published by the weekly Kantor", "a statement
#: carried by the state news agency Saldopress" (whose it is stays with its author)
CARRYING_VERBS = frozenset("publish carry broadcast air print".split())
#: What a refusal to tell refuses ("would not discuss", "did not say"; not "would not call an election").
TELLING_VERBS = frozenset("say comment discuss elaborate confirm disclose reveal specify explain identify name".split())
#: Verbs of an outlet getting hold of its sources: "Four of them, reached by the agency, said" (told it)
REACHING_VERBS = frozenset("reach contact interview".split())

#: Verbs that answer what was said before: "denied that", "confirmed it" have that statement as content
ANSWERING_VERBS = frozenset("deny confirm reject dismiss dispute contest refute".split())

#: Words that hedge the attributed content: it may or may not be so.
HEDGE_WORDS = frozenset("""
could may might possibly perhaps maybe reportedly allegedly apparently probably likely unlikely
seemingly presumably purportedly supposedly potentially conceivably arguably
""".split())
HEDGE_PHRASES = (
    ("is", "likely", "to"), ("are", "likely", "to"), ("was", "likely", "to"), ("were", "likely", "to"),
    ("is", "expected", "to"), ("are", "expected", "to"), ("was", "expected", "to"), ("were", "expected", "to"),
    ("not", "ruled", "out"),
    *((be, verb, "to") for be in ("is", "are", "was", "were")
      for verb in ("believed", "thought", "understood", "said", "rumoured", "rumored", "alleged", "suspected")),
)
#: Cue lemmas that themselves hedge what follows.
HEDGING_CUES = frozenset("suggest speculate hint believe think suspect guess expect appear seem estimate".split())

#: Nouns for people who speak without being named.
ANONYMOUS_NOUNS = frozenset("""
source official person people individual aide adviser advisor diplomat insider employee staffer
member officer executive banker analyst lawyer investigator negotiator resident witness expert
colleague associate ally confidant lawmaker legislator politician operative strategist donor
spokesman spokeswoman spokesperson representative minister commander soldier worker analyst
economist trader manager director agent envoy delegate participant attendee observer
farmer teacher doctor nurse villager driver student parent survivor refugee protester
activist campaigner organiser organizer volunteer guard officer policeman firefighter relative neighbour neighbor
rescuer medic researcher scientist voter supporter critic opponent candidate mediator
negotiator ambassador general colonel captain commander mayor governor senator judge
prosecutor investigator auditor inspector deputy
""".split())
#: Words for a person by their post that are no anonymity words ("Navy chief ordered ..." is no unnamed
#: source): "The head of the union, X", "Castellwood's running mate, Y" name a person.
PERSON_ROLE_NOUNS = frozenset("head chief boss chair mate".split())
#: Anonymous nouns so general that "the sources" can refer to any group cited before.
GENERIC_ANONYMOUS = frozenset("source sources person people individual".split())

#: Head nouns that make a source an organisation that reports the news.
OUTLET_NOUNS = frozenset("""
newspaper paper agency outlet broadcaster network magazine channel daily tabloid website site
station wire publication newsletter journal weekly monthly broadsheet
""".split())
#: Words inside an organisation's name that mark it as a news outlet.
OUTLET_NAME_WORDS = frozenset("""
news times post journal daily herald tribune gazette press reuters bloomberg agency tv radio
bbc cnn nbc abc cbs fox msnbc politico axios guardian telegraph independent observer economist
chronicle courier mirror express sun standard week weekly monthly magazine review insider
associated afp dpa xinhua tass interfax kyodo yonhap ansa efe wire broadcasting television
ledger inquirer examiner sentinel dispatch bulletin globe mail register monitor courant clarion
beacon record recorder star advertiser enquirer argus packet citizen today""".split())

#: Sorts of outlet, by the noun that describes one: "the agency" means the agency named before,
#: not the newspaper it quoted.
OUTLET_CLASSES = {
    "agency": frozenset("agency wire service".split()),
    "paper": frozenset("newspaper paper daily tabloid weekly magazine publication".split()),
    "broadcaster": frozenset("broadcaster network channel station".split()),
}
#: ... and by the words of its name.
OUTLET_CLASS_NAME_WORDS = {
    "agency": frozenset("""agency press reuters afp dpa xinhua tass interfax kyodo yonhap ansa efe wire
                         associated""".split()),
    "paper": frozenset("""times post journal daily herald tribune gazette chronicle courier mirror express
                        sun standard ledger inquirer examiner sentinel dispatch globe mail register
                        courant clarion beacon guardian telegraph independent observer economist
                        record recorder star advertiser enquirer argus packet citizen
                        magazine weekly monthly review""".split()),
    "broadcaster": frozenset("tv radio bbc cnn nbc abc cbs fox msnbc broadcasting television".split()),
}

#: Head nouns that make a source a document rather than a speaker.
DOCUMENT_NOUNS = frozenset("""
report statement document memo memorandum letter filing study poll survey data record records
transcript email e-mail assessment review audit analysis paper draft plan proposal complaint
lawsuit indictment ruling order decision cable email emails documents figures estimates
account story article notice guideline guidelines guidance circular directive decree bulletin
communique advisory affidavit deposition submission petition dossier minutes manifesto verdict
judgment judgement warrant forecast projection tally census result results finding findings
message text copy summary leaflet invoice contract law rule rules regulation regulations charter
test tests reading readings manifest logbook log logs filings certificate certificates timeline chronology
annex appendix
constitution bill budget accounts estimate catalogue catalog register prospectus permit licence license
briefing inventory code handbook manual protocol list spreadsheet agreement treaty receipt receipts
diary note notes readout readouts version post posts tweet tweets opinion sheet index presentation slides request
""".split())
#: Participles that make a noun a document: "a notice *sent* to customers", "its *published*
#: guidelines", "accounts *filed* last month", "emails *seen* by the agency".
DOCUMENT_PARTICIPLES = frozenset("""publish send file issue post release see obtain review leak circulate
sign date submit draft write address distribute share""".split())
#: Endings of nouns for people who do something ("exporters", "processors", "authors",
#: "economists", "residents", "fishermen"), for unnamed speakers outside the noun lists.
PEOPLE_NOUN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "eer", "ee", "man", "men", "woman", "women")
#: ... and common nouns with those endings that are not people.
NOT_PEOPLE_NOUNS = frozenset("""number paper order letter matter center centre sector factor error
monitor water weather computer chapter quarter border meter filter register ledger fee coffee
degree guarantee""".split())
#: Headline tags that name no one: "Talks stall - sources", "Airline to cut jobs - report".
UNNAMED_TAG_NOUNS = ANONYMOUS_NOUNS | DOCUMENT_NOUNS

#: Documents an outlet publishes: "the report" / "the story" is the latest outlet's, when one reported.
OUTLET_REPORT_NOUNS = frozenset("report story article account".split())
#: What an outlet makes of its own: "the Ledger's account", "the paper's tally" (not "the Marelle Star's licence").
#: (lemmas; not "figure": "the agency's annual figures" are a health agency's as often as a news agency's)
OUTLET_WORK_NOUNS = OUTLET_REPORT_NOUNS | frozenset("analysis tally survey poll investigation count review calculation "
                                                    "estimate".split())
#: What makes an agency no news agency: "ratings agency Ferrovane", "the space agency", "a travel agency".
OTHER_AGENCY_WORDS = frozenset("rating ratings credit space intelligence employment travel advertising talent "
                               "recruitment insurance property estate environment environmental energy aid tax "
                               "customs border security health food drug medicines debt labour labor staffing "
                               "adoption dating".split())
#: What follows a surname in a person's full name ("Corvain Dunnicliff Jr.").
NAME_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
LOWER_NAME_SUFFIXES = frozenset(w.lower() for w in NAME_SUFFIXES)

#: Head nouns of organisations that are not outlets.
ORGANIZATION_NOUNS = frozenset("""
ministry government department agency office committee council commission company firm bank
campaign party administration police military army authority authorities court union group
board embassy cabinet parliament congress senate house presidency kremlin pentagon
regulator watchdog inspectorate opposition coalition alliance federation association institute
university charity body service hospital clinic school club league foundation bureau tribunal
assembly directorate secretariat mission delegation command navy panel inquiry unit squad taskforce
syndicate cooperative consortium guild brigade militia headquarters exchange centre center branch chapter
society registry
""".split())

#: Words that describe a business or body when they stand before its name or as its description
#: ("battery maker Solvik", "the port operator, Kessel Terminals", "the weather service").
ORGANIZATION_DESCRIPTORS = ORGANIZATION_NOUNS | frozenset("""
maker operator producer manufacturer carrier airline insurer lender retailer supplier giant
conglomerate startup chain utility brand provider group exporter importer distributor miner
developer builder club charity lab laboratory consortium cooperative trust fund navy coastguard contractor
subcontractor platform marketplace recycler refiner shipper wholesaler brokerage chipmaker carmaker
automaker drugmaker
guard force forces grouping bloc network organisation organization
""".split())
#: ... of which these say "organisation" on their own; the others also describe people ("film
#: producer", "property developer") and count for less.
STRONG_ORGANIZATION_DESCRIPTORS = ORGANIZATION_NOUNS | frozenset("""
maker manufacturer carrier airline insurer lender retailer supplier conglomerate startup utility
provider distributor consortium cooperative giant contractor subcontractor platform marketplace
""".split())
#: What a place name takes to name its people or things: "Ostrana" -> "Ostranan", "Valdoria" -> "Valdorian".
DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ic")

#: Words in a proper name that make it an organisation rather than a person.
ORGANIZATION_NAME_WORDS = frozenset("""
pharma group bank corp corporation inc ltd plc llc company co holdings capital partners fund cruises ferries print
printing chamber fisheries works
ministry department agency office council commission committee party union association
institute university college foundation federation league alliance authority board bureau
securities energy airlines motors industries systems technologies labs laboratories services
foods mining minerals metals steel chemicals pharmaceuticals biologics therapeutics shipping logistics
airways aerospace automotive electric resources brands networks semiconductor semiconductors robotics
insurance investments ventures properties dairy dairies farms brewery breweries bakeries mills plastics
textiles mission maritime marine lines shipyard shipyards telecom telecoms communications construction
engineering consulting advisory solutions software petroleum oil gas utilities railways rail freight cargo
ports terminals events entertainment productions studios roadways highways motorways tours hotels resorts
stores estates meats poultry seafood packers racing coaches travel transport trading chemie werke gruppe gmbh ag spa nv bv oyj
research recycling grid ratings exchange bio biotech biosciences machinery machines equipment
cement concrete timber lumber bricks aggregates packaging cables
biscuits toys confectionery beverages drinks spirits wines distillery distillers apparel footwear tyres tires
cosmetics devices appliances instruments tools paints glassworks furniture scientific publishing publishers
media aero aviation pensions pension trust trustees asset assets lending leasing
""".split())

#: Lower-case particles inside a name ("La Vigie de Brassonne", "Hendrik van der Berg").
NAME_PARTICLES = frozenset("de du des di da del della van von der den al el".split())
#: Prepositions inside a body's name ("Daverholt on Two Wheels", "Friends of the Valley", "Parents for Safe Roads").
NAME_PREPOSITIONS = frozenset("on of for against without in".split())

#: Abbreviated ranks and titles the tokenizer would split from their full stop, so that a sentence ended there ("the
#: city's police chief, Cmdr. Mirabet Verhaven, told"): ``api.load_pipeline`` keeps each one token, as "Dr." is
RANK_ABBREVIATIONS = ("Cmdr.", "Cdr.", "Comdr.", "Cmdt.", "Lieut.", "Brig.", "Cpl.", "Pvt.", "Adm.", "Supt.", "Insp.",
                      "Det.", "Maj.", "Capt.", "Sgt.", "Lt.", "Col.")
#: Titles written before a person's name: "Coach Pely", "Judge Arden", "Dr. Amadi".
PERSON_TITLES = frozenset(w.lower() for w in RANK_ABBREVIATIONS) | frozenset("""
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof. professor doctor coach judge justice
captain capt. colonel col. general gen. major sergeant sgt. lieutenant lt. admiral marshal inspector commander
detective constable superintendent commissioner chief president premier chancellor minister
senator sen. governor gov. mayor ambassador bishop archbishop cardinal father pastor rabbi imam rev rev. reverend
sheikh prince princess king queen director officer executive chairman chairwoman chairperson spokesman
spokeswoman spokesperson secretary manager founder treasurer prosecutor envoy deputy
goalkeeper striker defender midfielder winger captain referee umpire footballer player cyclist jockey
skier swimmer runner rower skater sprinter climber golfer wrestler athlete biathlete gymnast
driver boxer actor actress singer author novelist poet painter architect chef lawyer attorney surgeon nurse
scientist researcher economist analyst activist lawmaker legislator councillor councilor candidate grower
farmer winemaker fisherman
""".split())

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "both": 2, "a": 1,
    "an": 1, "single": 1, "pair": 2, "couple": 2,
}

#: verbs of perception: with a plain object ("saw the list") they report no statement
PERCEPTION_VERBS = frozenset("see hear watch notice witness".split())

#: verbs of finding out that state something only with a clause ("found that ...", not "found no warning")
FINDING_VERBS = frozenset("find show learn know see understand".split())

#: verbs that make any noun subject of a headline a speaker ("Opposition leader says ...")
HEADLINE_SPEECH_VERBS = frozenset("say tell warn deny claim insist urge vow pledge admit accuse".split())

#: verbs whose subject is the subject of their complement, not a speaker: active (lexicon.RAISING_ACTIVE)
#: and passive ("is expected to", "is believed to")
RAISING_PASSIVE = frozenset({"expect", "believe", "think", "say", "report", "project", "predict", "estimate",
                             "know", "consider", "rumor", "rumour", "suppose", "allege"})

#: participles after a reporting clause that say how the telling went, not more of what was said
TELLING_PARTICIPLES = frozenset({"speak", "talk", "refer", "give", "offer", "provide"})

#: act verbs whose direct object is what was done, never what was said ("agreed the outline")
DEAL_VERBS = frozenset("agree prepare attempt volunteer negotiate".split())

#: verbs whose direct object is the one told, not what is said
ADDRESSEE_VERBS = frozenset("""warn tell inform notify brief advise alert remind assure reassure question
interview""".split())

#: words for people as a body that have no ending of a word for people ("warns staff", "told the crew")
COLLECTIVE_PEOPLE_NOUNS = frozenset("staff crew public families police troops children personnel population".split())
#: gatherings one tells something to: "told a briefing in Port Casmeny", "told a news conference", "told parliament"
AUDIENCE_NOUNS = frozenset("""briefing conference meeting session hearing rally gathering summit audience crowd
forum assembly parliament congress committee seminar symposium""".split())

#: verbs that tell someone what to do: "urged members not to strike", "ordered troops to withdraw"
DIRECTIVE_VERBS = frozenset("urge ask order instruct call press encourage request implore beg direct".split())

#: "asked not to be named", "spoke on condition of anonymity": why a source is unnamed, not a statement
ANONYMITY_VERBS = frozenset({"ask", "request", "speak", "insist", "demand", "agree", "decline", "refuse"})

ANONYMITY_PARTICIPLES = frozenset({"name", "identify", "quote", "disclose", "cite"})

#: words in a source's phrase that say whether "he" or "she" can be that person
FEMININE_WORDS = frozenset("""spokeswoman chairwoman businesswoman congresswoman councilwoman mrs ms mother
daughter wife sister widow actress""".split())

MASCULINE_WORDS = frozenset("""spokesman chairman businessman congressman councilman mr father son husband
brother widower actor""".split())

#: words before a surname that are no first name
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame gen col capt lt maj sgt adm sen rep gov president "
                       "minister judge justice father rev".split())

#: verbs of refusing, whose infinitive says what was refused ("refused to disclose the records")
REFUSING_VERBS = frozenset({"decline", "refuse"})
#: what someone gives when they tell: "would not give a figure", "did not provide details"
INFORMATION_NOUNS = frozenset(
    "figure number detail estimate name reason date timetable timeline breakdown total".split())
#: words for a place a name may be set beside ("the regional capital, Velmstadt")
PLACE_NOUNS = frozenset("capital city town village region province district county state port island".split())

#: words for a kind of body that refer back to one named before only when alone ("The regulator said",
#: not "the national medicines regulator" nor "The regulator, the Agency for ...")
BARE_GENERIC_NOUNS = frozenset("regulator watchdog operator insurer lender carrier retailer producer supplier "
                               "utility contractor subcontractor manufacturer developer builder distributor".split())
#: words for a firm doing work for another, which mean the business the text named since ("The billing system was run
#: by Ebbelind Data Services Ltd. The contractor said ...")
FIRMS_HIRED = frozenset("contractor subcontractor manufacturer developer builder distributor".split())

#: words for someone who speaks for a body ("a spokeswoman for X": X is an organisation)
SPOKESPEOPLE = frozenset("spokeswoman spokesman spokesperson spokespeople spokesmen spokeswomen".split())


#: verbs of taking a side that are neither speech nor thought ("Others in the community have opposed the
#: resolution"): a stance PolNeAR annotates, kept when unnamed people hold it (``extractor._crowd_acting``)
STANCE_VERBS = frozenset("oppose support back favour favor protest".split())

#: Offices a named body's holder speaks from on the record, though unnamed ("The director of the Wildlife Service").
OFFICE_NOUNS = ("director", "head", "chief", "executive", "president", "chairman", "chairwoman", "chair", "governor",
                "mayor", "commissioner", "minister", "secretary", "manager", "owner", "founder", "ranger", "editor",
                "warden", "principal", "captain", "commander", "prosecutor", "superintendent", "ombudsman")
