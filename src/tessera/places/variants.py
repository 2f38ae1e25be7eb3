"""Spelling variants of place names, generated from one McCune-Reischauer (MR) form.

Korean place names reach English text in several systems: MR with breves and apostrophes
(P'yŏngan-bukto), MR stripped of them (Pyongan-bukto), the DPRK's own (Phyongan, Ryanggang),
South Korea's Revised Romanization (Pyeonganbuk-do, Yanggang), with or without the unit's
suffix (-gun, County), spaced or joined (Kim Jong Suk, Kimjongsuk). Rather than list these by
hand, the gazetteer build derives them here from the MR form and the unit's kind.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = "'’ʼ‘`´"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

# Nouns that name the unit of the place before them: "Ryanggang province", "Changbai county" (the
# places stage reads them, and the events stage, which tells a place name's unit word from its name).
UNIT_NOUNS = frozenset({"province", "county", "city", "district", "town", "village", "prefecture", "region"})

# English and Korean suffixes of each kind of unit ("Pochon County", "Pochon-gun", "Pochongun").
SUFFIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "county": (("County",), ("gun", "kun")),
    "city": (("City",), ("si", "shi")),
    "special_city": (("City", "Special City", "Directly Governed City"), ("si", "jikhalsi", "teukbyeolsi")),
    "district": (("District",), ("guyok", "kuyok", "guyŏk", "kuyŏk")),
    "town": (("Town",), ("up", "ŭp", "eup")),
    "workers_district": (
        ("Workers' District", "Workers District", "workers' district"),
        ("rodongjagu", "nodongjagu"),
    ),
    "province": (("Province",), ("do", "to")),
    "prefecture": (("Prefecture",), ()),
}
HANGUL_SUFFIX = {
    "county": "군",
    "city": "시",
    "special_city": "시",
    "district": "구역",
    "town": "읍",
    "workers_district": "로동자구",
    "province": "도",
}
_DIRECTIONS = {"buk": "North", "puk": "North", "nam": "South"}
_PROVINCE_MR = re.compile(r"^(?P<root>.+?)-(?:(?P<dir>buk|puk|nam)(?:to|do)|do|to)$")


def fold(text: str) -> str:
    """Lower-case, breves and accents dropped, apostrophes removed: the key every match uses."""
    if text.isascii():  # the common case, without the Unicode round trip
        return text.replace("'", "").replace("`", "").lower()
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare)  # recompose Hangul syllables split by NFKD
    for a in _APOSTROPHES:
        bare = bare.replace(a, "")
    return bare.lower()


def key_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a name, hyphens and spaces alike separating them."""
    return tuple(_TOKEN.findall(fold(text)))


def plain(mr: str) -> str:
    """MR without breves or apostrophes: P'yŏngan → Pyongan."""
    decomposed = unicodedata.normalize("NFKD", mr)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    for a in _APOSTROPHES:
        out = out.replace(a, "")
    return out


def dprk(mr: str) -> str:
    """The DPRK's own romanization: aspirates written with h (P'yŏngan → Phyongan)."""
    out = re.sub(r"([PpTtKk])[’']", r"\1h", mr)
    out = re.sub(r"([Cc]h)[’']", r"\1", out)
    return plain(out)


def dprk_j(mr: str) -> str:
    """The DPRK's j for an unaspirated ch (Chŭngsan → Jungsan, Chŏngju → Jongju)."""
    out = re.sub(r"Ch(?![’'])", "J", mr)
    out = re.sub(r"ch(?![’'])", "j", out)
    return plain(out)


_VOWEL = "aeiouŏŭwy"


def revised(mr: str) -> str:
    """Revised Romanization from MR, by the rules that matter for place names.

    Aspirates lose their apostrophe (p' → p); plain stops become voiced before a vowel
    (Kapsan → Gapsan, Poch'ŏn → Bocheon); ŏ → eo, ŭ → eu.
    """
    out: list[str] = []
    s = mr
    i = 0
    while i < len(s):
        c = s[i]
        low = c.lower()
        two = s[i : i + 2].lower()
        if two == "ch":
            nxt = s[i + 2 : i + 3]
            if nxt in _APOSTROPHES and nxt:
                out.append("Ch" if c.isupper() else "ch")
                i += 3
                continue
            after = s[i + 2 : i + 3].lower()
            voiced = bool(after) and after in _VOWEL
            rep = "j" if voiced else "ch"
            out.append(rep.capitalize() if c.isupper() else rep)
            i += 2
            continue
        if low in "kpt":
            nxt = s[i + 1 : i + 2]
            if nxt and nxt in _APOSTROPHES:
                out.append(c)
                i += 2
                continue
            after = nxt.lower()
            if after and after in _VOWEL:
                rep = {"k": "g", "p": "b", "t": "d"}[low]
                out.append(rep.upper() if c.isupper() else rep)
            else:
                out.append(c)
            i += 1
            continue
        if c in _APOSTROPHES:  # n'g separator (Man'gyŏngdae)
            i += 1
            continue
        out.append(c)
        i += 1
    text = "".join(out)
    text = text.replace("ŏ", "eo").replace("Ŏ", "Eo").replace("ŭ", "eu").replace("Ŭ", "Eu")
    text = re.sub(r"([Ww])eo", r"\1o", text)
    text = re.sub(r"([Ee])ui", lambda m: "Ui" if m.group(1) == "E" else "ui", text)
    return plain(text)


def south_initial(name: str) -> str:
    """South Korean initial sound rule: Ryanggang → Yanggang, Rason → Nason, Nyongbyon → Yongbyon."""

    def fix(word: str) -> str:
        low = word.lower()
        if low.startswith(("ry", "ri")):
            rest = word[1:]
            return rest[:1].upper() + rest[1:]
        if low.startswith("r"):
            return ("N" if word[0].isupper() else "n") + word[1:]
        if low.startswith(("ny", "ni")) and len(word) > 3:
            rest = word[1:]
            return rest[:1].upper() + rest[1:]
        return word

    return " ".join(fix(w) for w in name.split(" "))


def spacings(root: str) -> set[str]:
    """Kim Jong Suk, Kimjongsuk, Kim-jong-suk, Kim Jongsuk for a root written with spaces."""
    words = root.split()
    if len(words) < 2:
        return {root}
    joined = words[0] + "".join(w.lower() for w in words[1:])
    return {
        root,
        joined,
        "-".join([words[0], *(w.lower() for w in words[1:])]),
        words[0] + " " + "".join(w.lower() for w in words[1:]),
    }


def shi_initial(name: str) -> str:
    """시 written as English hears it at the start of a word: Sinŭiju → Shinŭiju, Sinpo → Shinpo."""
    return re.sub(r"\b([Ss])i", r"\1hi", name)


def ri_split(name: str) -> str:
    """A village name's final 리 written as its unit, hyphenated: Chongori → Chongo-ri, Jongori → Jongo-ri."""
    return re.sub(r"(\w{3,})ri\b", r"\1-ri", name) if name.endswith("ri") else name


_UNVOICED = {"k": "g", "p": "b", "t": "d", "ch": "j"}
_WORD_INITIAL_STOP = re.compile(r"(?:(?<=^)|(?<=[\s\-]))(ch|k|p|t)(?![’'h])(?=[aeiouŏŭwy])", re.I)


def _voice_initials(text: str) -> str:
    """Each word's plain initial stop voiced, as the South writes it: Tanch'ŏn → Danch'ŏn, Kim → Gim."""

    def voice(m: re.Match[str]) -> str:
        rep = _UNVOICED[m.group(1).lower()]
        return rep.capitalize() if m.group(1)[0].isupper() else rep

    return _WORD_INITIAL_STOP.sub(voice, text)


# The vowels ŏ and ŭ as each way of writing them renders them: McCune-Reischauer stripped of its
# breves, Revised Romanization's digraphs (with wŏ written weo as often as wo), and by ear.
_VOWEL_SYSTEMS = (
    (("ŏ", "o"), ("ŭ", "u")),
    (("wŏ", "weo"), ("ŏ", "eo"), ("ŭ", "eu")),
    (("ŏ", "u"), ("ŭ", "u")),
)


# Letters written as heard: gy as ky (Man'gyŏngdae → Mankyongdae, not the ng+y of P'yŏngyang),
# ngg as ngk, n as m before a labial, oe as oi or as the we it is said (Hoeryŏng → Hweryong).
_BY_EAR_LETTERS = tuple(
    (re.compile(a), b)
    for a, b in (("(?<!n)gy", "ky"), ("ngg", "ngk"), ("np", "mp"), ("nb", "mb"), ("oe", "oi"), ("oe", "we"))
)


_PLAIN_CH = re.compile(r"[Cc]h(?![’'])")


def _choices(mr: str) -> list[str]:
    """Every combination, over the whole name, of the orthographic choices writers make independently of
    one another (see `informal`): each is a syllable-level rule, so it carries to any name."""
    forms = {mr}
    if re.search(r"(?<![aeoiyŏŭ])u", mr, re.I):  # a ㅜ, not the second half of a diphthong
        forms |= {re.sub(r"(?<![aeoiyŏŭ])u", "oo", f) for f in forms}
    forms |= {_voice_initials(f) for f in forms}
    for pattern, new in _BY_EAR_LETTERS:  # on McCune-Reischauer, whose n'g keeps n+g apart from ng
        forms |= {pattern.sub(new, f) for f in forms}
    out: set[str] = set()
    for f in forms:
        for n, system in enumerate(_VOWEL_SYSTEMS):
            # with the South's vowels goes its j for a plain ch: Chŏngju is Jeongju, never Cheongju
            g = _PLAIN_CH.sub(lambda m: "J" if m.group()[0] == "C" else "j", f) if n == 1 else f
            for a, b in system:
                g = g.replace(a, b).replace(a.capitalize(), b.capitalize())
            out.add(plain(g))
    return sorted(out)


def informal(mr: str) -> set[str]:
    """How English-language writers spell Korean by ear, outside any one system, each choice made over
    the whole name and combined with the others: ŏ written o, eo or u (Ch'ŏngjin → Chongjin, Cheongjin,
    Chungjin), ŭ written u or eu, wŏ written weo (Wŏnsan → Weonsan); a plain initial stop voiced as in
    the South while the vowels stay McCune-Reischauer's (Tanch'ŏn → Danchon); u written oo (Musan →
    Moosan, Sunch'ŏn → Soonchun); gy written ky (Hamgyŏng → Hamkyong, Hamkyung); ngg written ngk
    (Yanggang → Yangkang); n written m before p or b, as it is said (Manp'o → Mampo); oe written oi
    (Hoeryŏng → Hoiryong, Hoiryeong) or we, as it is said (Hoeryŏng → Hweryong)."""
    bare = plain(mr)
    return {f for f in _choices(mr) if f and f != bare}


def root_forms(mr: str, by_ear: bool = True) -> set[str]:
    """Every romanization of one MR root, each in every spacing (without the `informal` ones when
    `by_ear` is false: the build keeps those only where no other place claims them)."""
    forms = {mr, plain(mr), dprk(mr), dprk_j(mr), revised(mr), *(informal(mr) if by_ear else ())}
    forms |= {south_initial(f) for f in list(forms)}
    forms |= {shi_initial(f) for f in list(forms)}
    forms |= {ri_split(f) for f in list(forms)}
    out: set[str] = set()
    for f in forms:
        out |= spacings(f)
    return {f for f in out if f}


def with_suffixes(roots: set[str], kind: str) -> set[str]:
    """Each root bare, with its English suffix, and with its Korean suffix hyphenated or joined."""
    english, korean = SUFFIXES.get(kind, ((), ()))
    out = set(roots)
    for r in roots:
        out |= {f"{r} {e}" for e in english}
        out |= {f"{r}-{k}" for k in korean}
        out |= {f"{r}{k}" for k in korean}
    return out


def province_variants(mr: str, by_ear: bool = True) -> set[str]:
    """P'yŏngan-bukto → North Pyongan, Pyongan-bukto, Pyeonganbuk-do, North Phyongan Province …"""
    m = _PROVINCE_MR.match(mr)
    if not m:
        return with_suffixes(root_forms(mr, by_ear), "province")
    roots = root_forms(m.group("root"), by_ear)
    direction = m.group("dir")
    if direction is None:
        return with_suffixes(roots, "province")
    english = _DIRECTIONS[direction]
    korean_mr = ("bukto", "pukto", "bukdo") if english == "North" else ("namdo",)
    korean_rr = "buk" if english == "North" else "nam"
    out: set[str] = set()
    for r in roots:
        for en in (english, english[0] + ".", english + "ern"):
            out |= {f"{en} {r}", f"{en} {r} Province"}
        for k in korean_mr:
            out |= {f"{r}-{k}", f"{r}{k}", f"{r} {k}"}
        out |= {f"{r}{korean_rr}-do", f"{r}-{korean_rr}-do", f"{r}{korean_rr}do", f"{r} {korean_rr}-do"}
        if by_ear:
            # the direction written as heard and spaced as the syllables are said: "Hamkyung Book Do",
            # "Pyongan Nam Do" (u written oo, as in Moosan)
            for d in {korean_rr, korean_rr.replace("u", "oo")}:
                out |= {f"{r} {d} do", f"{r}{d}do", f"{r}-{d}-do", f"{r} {d}-do"}
    return out


def variants(
    mr: str, kind: str, old: tuple[str, ...] = (), hangul: str = "", by_ear: bool = True
) -> set[str]:
    """All spellings of one unit: its MR form's romanizations, suffixes, old names and Hangul."""
    out = province_variants(mr, by_ear) if kind == "province" else with_suffixes(root_forms(mr, by_ear), kind)
    for name in old:
        out |= with_suffixes(root_forms(name, by_ear), kind)
    if hangul:
        out.add(hangul)
        if kind in HANGUL_SUFFIX and not hangul.endswith(HANGUL_SUFFIX[kind]):
            out.add(hangul + HANGUL_SUFFIX[kind])
    return out
