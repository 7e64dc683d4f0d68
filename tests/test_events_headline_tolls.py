"""A headline "EVENT-NOUN at PLACE: N VICTIMS PARTICIPLE" tells the act and its toll in one sentence, with or
without a final full stop, in French and English: the count after the colon does not open a sentence of its own
(``headline_structure.counted_after_colon``), a casualty participle the tagger read as an adjective keeps its
verb's kind (« dix personnes tuées »), and an English past with a counted subject after the colon is an elliptic passive
whose subject is the victims ("two police officers wounded", ``headline_tolls``). A mishap noun codes nothing,
and a speaker's colon before a quotation is no toll. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event

END = ["", "."]

HEADLINES = [
    ("fr", "Attentat à Kaboul : dix personnes tuées", "civilians", "killed", 10),
    ("fr", "Fusillade à Marseille : trois personnes tuées", "civilians", "killed", 3),
    ("fr", "Attaque à Lyon : deux policiers blessés", "police", "injured", 2),
    ("fr", "Embuscade au Mali : cinq soldats tués", "military", "killed", 5),
    ("en", "Attack in Lyon: two police officers wounded", "police", "injured", 2),
    ("en", "Shooting in Denver: three people killed", "civilians", "killed", 3),
    ("en", "Attack in Kabul: ten people killed", "civilians", "killed", 10),
    ("en", "Bombing in Kabul: five soldiers killed", "military", "killed", 5),
]


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text", "sector", "field", "figure"), HEADLINES)
def test_the_headline_codes_the_act_on_its_victims(parse: Parse, lang: str, text: str, sector: str, field: str,
                                                   figure: int, end: str) -> None:
    event = only_event(parse, lang, text + end, "ASSAULT")
    assert event.target is not None and event.target.sector == sector
    assert getattr(event, field) == figure


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shooting in Denver: three people killed"), ("en", "Attack in Lyon: two police officers wounded"),
])
def test_the_counted_victims_are_not_the_doers(parse: Parse, lang: str, text: str, end: str) -> None:
    assert only_event(parse, lang, text + end, "ASSAULT").source is None


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text, *_ in HEADLINES])
def test_offsets_stay_true_to_the_text(parse: Parse, lang: str, text: str, end: str) -> None:
    event = only_event(parse, lang, text + end, "ASSAULT")
    assert (text + end)[event.evidence.start:event.evidence.end] == event.evidence.text


@pytest.mark.parametrize("end", END)
@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Accident à Lyon : trois personnes tuées"),
    ("fr", "Explosion de gaz à Lyon : deux personnes tuées"),
    ("en", "Car accident in Texas: three people killed"),
    ("en", "Stampede in Mumbai: ten people killed"),
])
def test_a_mishap_headline_codes_nothing(parse: Parse, lang: str, text: str, end: str) -> None:
    assert [e for e in events_of(parse, lang, text + end) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Macron : « Nous ne céderons pas »"), ("en", 'Biden: "We will not give in"'),
])
def test_a_quotation_after_a_colon_is_no_toll(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    assert list(doc._.ww_events) == [] and len(doc._.ww_quotes) == 1
