"""Invented multi-report events for the merge and export tests (no real report's text)."""

from __future__ import annotations

from datetime import date

from tessera.model import Actor, Event, Place, Source, Span, TimeSpan, Victims

HUNCHUN = Place("Hunchun", "CN", "Jilin", None, 42.868, 130.357, "city")
JILIN = Place("Jilin", "CN", "Jilin", None, 43.7, 126.2, "province")
CHINA = Place("China", "CN", precision="country")
NK = Place("North Korea", "KP", precision="country")
HYESAN = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
HOERYONG = Place("Hoeryong", "KP", "North Hamgyong", None, 42.44, 129.75, "city")
TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city", "Tumen")
NAMYANG = Place("Namyang", "KP", "North Hamgyong", None, 42.95, 129.86, "city", "Namyang")


def ev(
    eid: str,
    doc: str,
    text: str,
    etype: str = "repatriation",
    when: tuple[str, str] | None = None,
    precision: str = "day",
    count: tuple[int | None, int | None] | None = None,
    published: str | None = None,
    outlet: str = "Invented Wire",
    status: str = "occurred",
    perps: list[Actor] | None = None,
    **places: Place,
) -> Event:
    ts = TimeSpan.unknown()
    if when:
        ts = TimeSpan(date.fromisoformat(when[0]), date.fromisoformat(when[1]), precision)
    return Event(
        id=eid,
        type=etype,
        status=status,
        evidence=[Span(doc, 0, len(text), text)],
        sources=[Source(doc, outlet, None, published)],
        summary=text,
        when=ts,
        victims=Victims(None, *count) if count else None,
        perpetrators=perps or [],
        confidence=0.7,
        **places,
    )


def two_reports(
    etype: str,
    text_a: str,
    text_b: str,
    *,
    a: dict | None = None,
    b: dict | None = None,
    **both,
) -> tuple[Event, Event]:
    """One happening told by two invented reports: report A from Hyesan in March 2025 (published
    2 April), report B from Hoeryong in the same month (published 20 April). `a` and `b` override
    either side's fields (when, precision, published, where, status...); `both` goes to both."""
    side_a = {"when": ("2025-03-01", "2025-03-31"), "precision": "month", "published": "2025-04-02"}
    side_b = {**side_a, "published": "2025-04-20"}
    first = ev("a", "docA", text_a, etype, **{"where": HYESAN, **side_a, **(a or {}), **both})
    second = ev("b", "docB", text_b, etype, **{"where": HOERYONG, **side_b, **(b or {}), **both})
    return first, second


def repatriation_reports() -> list[Event]:
    """One mass repatriation told by three outlets, plus an unrelated one a month later."""
    return [
        ev(
            "a1",
            "docA",
            "Chinese police handed about 120 North Korean women over at the Hunchun crossing on 14 March.",
            when=("2024-03-14", "2024-03-14"),
            count=(120, 120),
            origin=HUNCHUN,
            destination=NK,
            outlet="Invented Daily",
            published="2024-03-16",
        ),
        ev(
            "b1",
            "docB",
            "Around 150 defectors were sent back from China through Hunchun in mid-March.",
            when=("2024-03-11", "2024-03-20"),
            precision="month_part",
            count=(150, None),
            origin=HUNCHUN,
            destination=NK,
            outlet="Invented Weekly",
            published="2024-03-25",
        ),
        ev(
            "c1",
            "docC",
            "Rights groups say China forcibly returned more than 100 North Koreans this month.",
            when=("2024-03-01", "2024-03-31"),
            precision="month",
            count=(101, None),
            origin=CHINA,
            destination=NK,
            outlet="Invented Monitor",
            published="2024-03-30",
        ),
        ev(
            "d1",
            "docD",
            "Chinese authorities repatriated 40 North Koreans through Hunchun on 20 April.",
            when=("2024-04-20", "2024-04-20"),
            count=(40, 40),
            origin=HUNCHUN,
            destination=NK,
            outlet="Invented Daily",
            published="2024-04-22",
        ),
    ]


def three_executions_one_report() -> list[Event]:
    """One report listing three public executions in one city on three dates."""
    return [
        ev(
            "x1",
            "docE",
            "A man was publicly executed in Hyesan on 2 May for selling copper.",
            "execution",
            when=("2023-05-02", "2023-05-02"),
            count=(1, 1),
            where=HYESAN,
            published="2023-06-01",
        ),
        ev(
            "x2",
            "docE",
            "Two women were executed in Hyesan on 17 May for smuggling.",
            "execution",
            when=("2023-05-17", "2023-05-17"),
            count=(2, 2),
            where=HYESAN,
            published="2023-06-01",
        ),
        ev(
            "x3",
            "docE",
            "A third execution in Hyesan followed on 29 May.",
            "execution",
            when=("2023-05-29", "2023-05-29"),
            count=(1, 1),
            where=HYESAN,
            published="2023-06-01",
        ),
        ev(
            "y1",
            "docF",
            "Authorities in Hyesan shot a man by firing squad on 17 May before a crowd.",
            "execution",
            when=("2023-05-17", "2023-05-17"),
            count=(1, 1),
            where=HYESAN,
            published="2023-05-20",
        ),
        ev(
            "y2",
            "docG",
            "Two women were executed in Hyesan on 17 May for smuggling, a source said.",
            "execution",
            when=("2023-05-17", "2023-05-17"),
            count=(2, 2),
            where=HYESAN,
            published="2023-05-21",
        ),
    ]
