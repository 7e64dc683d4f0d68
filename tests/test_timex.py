"""The ww_dates component: one sentence in, one TIMEX3 value out, in French and English.

Publication date of every case unless stated: Wednesday 6 August 2025.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.dates.component import TimexTagger
from wirewatch.nlp.dates.gate import gated_matches, non_capturing
from wirewatch.nlp.dates.lexicon import load_timex_lexicon
from wirewatch.records import TimeExpr

WEDNESDAY = dt.date(2025, 8, 6)


def run(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> Doc:
    """The pipeline up to ww_dates (what comes after it is not under test here)."""
    doc = nlp.make_doc(text)
    doc._.ww_published = published
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ww_dates":
            break
    return doc


def dates(nlp: Language, text: str, published: dt.date | None = WEDNESDAY) -> list[TimeExpr]:
    return list(run(nlp, text, published)._.ww_dates)


def value_of(nlp: Language, text: str, surface: str, published: dt.date | None = WEDNESDAY) -> str | None:
    found = [d for d in dates(nlp, text, published) if surface.lower() in d.text.lower()]
    assert found, f"no date found for {surface!r} in {text!r}: {dates(nlp, text, published)}"
    return found[0].value


CASES = [
    # absolute dates
    ("fr", "Le sommet s'est tenu le 6 août 2025 à Genève.", "6 août 2025", "2025-08-06"),
    ("en", "The summit was held on August 6, 2025 in Geneva.", "August 6, 2025", "2025-08-06"),
    ("fr", "Le rapport publié le 06/08/2025 a fait grand bruit.", "06/08/2025", "2025-08-06"),
    ("en", "The report released on 08/06/2025 caused a stir.", "08/06/2025", "2025-08-06"),
    ("fr", "La loi est entrée en vigueur en février 2022.", "février 2022", "2022-02"),
    ("en", "The law came into force in February 2022.", "February 2022", "2022-02"),
    ("fr", "Le traité a été signé en 1997.", "1997", "1997"),
    ("fr", "L'école a changé ses horaires dès octobre 98.", "octobre 98", "1998-10"),
    ("en", "The treaty was signed in 1997.", "1997", "1997"),
    ("fr", "Le pays a connu une forte croissance dans les années 1990.", "années 1990", "199"),
    ("en", "The country grew fast in the 1990s.", "1990s", "199"),
    # a day and month without a year: the nearest, oriented by tense
    ("fr", "Le ministre avait rencontré son homologue le 29 juillet.", "29 juillet", "2025-07-29"),
    ("en", "The new rules will apply from January 15.", "January 15", "2026-01-15"),
    ("fr", "Les combats ont repris en avril.", "avril", "2025-04"),
    ("en", "The fighting resumed in April.", "April", "2025-04"),
    # deictic and relative
    ("fr", "Le gouvernement a annoncé hier de nouvelles mesures.", "hier", "2025-08-05"),
    ("en", "The government announced new measures yesterday.", "yesterday", "2025-08-05"),
    ("fr", "Le chômage a reculé l'an dernier.", "l'an dernier", "2024"),
    ("en", "Unemployment fell last year.", "last year", "2024"),
    ("fr", "Les deux dirigeants se sont parlé cette semaine.", "cette semaine", "2025-W32"),
    ("en", "The two leaders spoke this week.", "this week", "2025-W32"),
    ("fr", "La ville a été reprise il y a trois ans.", "il y a trois ans", "2022"),
    ("en", "The town was retaken three years ago.", "three years ago", "2022"),
    ("fr", "Les prix ont fortement augmenté ces derniers mois.", "ces derniers mois", "PAST_REF"),
    ("en", "Prices have risen sharply in recent months.", "recent months", "PAST_REF"),
    ("fr", "La récolte sera meilleure au printemps prochain.", "printemps", "2026-SP"),
    ("en", "The harvest should improve next spring.", "next spring", "2026-SP"),
    # tense decides a bare weekday
    ("fr", "Le délai fixé par Washington expire vendredi.", "vendredi", "2025-08-08"),
    ("en", "The deadline set by Washington expires on Friday.", "Friday", "2025-08-08"),
    ("en", "Washington has given Moscow until Friday to answer.", "Friday", "2025-08-08"),
    ("en", "Markets are nervous ahead of Friday's deadline.", "Friday", "2025-08-08"),
    ("fr", "Les marchés s'inquiètent avant l'échéance de vendredi.", "vendredi", "2025-08-08"),
    ("fr", "Le ministre a déclaré mardi que les discussions continuaient.", "mardi", "2025-08-05"),
    ("en", "The minister said on Tuesday that talks would continue.", "Tuesday", "2025-08-05"),
    ("fr", "La délégation rencontrera le ministre lundi.", "lundi", "2025-08-11"),
    ("en", "The delegation will meet the minister on Monday.", "Monday", "2025-08-11"),
    ("en", "The envoy wants to meet the president on Friday.", "Friday", "2025-08-08"),
    ("fr", "L'envoyé s'apprête à rencontrer le président vendredi.", "vendredi", "2025-08-08"),
    ("fr", "Le club a perdu vendredi dernier.", "vendredi dernier", "2025-08-01"),
    ("en", "The club lost last Friday.", "last Friday", "2025-08-01"),
    # parts of day and times (day values by default)
    ("fr", "Les sirènes ont retenti mardi soir dans la capitale.", "mardi soir", "2025-08-05"),
    ("en", "Sirens sounded on Tuesday evening in the capital.", "Tuesday evening", "2025-08-05"),
    ("fr", "La réunion a commencé à 14 h 30 au ministère.", "14 h 30", "2025-08-06T14:30"),
    ("en", "The meeting started at 2:30 p.m. at the ministry.", "2:30 p.m.", "2025-08-06T14:30"),
    # a night from one day to the next is an interval
    ("fr", "Dans la nuit de mardi à mercredi, des drones ont frappé la ville.", "nuit de mardi à mercredi",
     "2025-08-05/2025-08-06"),
    ("en", "Overnight Tuesday into Wednesday, drones struck the city.", "Overnight Tuesday into Wednesday",
     "2025-08-05/2025-08-06"),
    # anaphora: the day before / after the day just named
    ("fr", "Le sommet s'est ouvert lundi 4 août ; la veille, des milliers de manifestants avaient défilé.",
     "la veille", "2025-08-03"),
    ("en", "The summit opened on Monday, August 4; the day before, thousands of protesters had marched.",
     "the day before", "2025-08-03"),
    ("fr", "Le ministre est arrivé le 4 août et a rencontré le président le lendemain.", "le lendemain", "2025-08-05"),
    ("en", "The minister arrived on August 4 and met the president the next day.", "the next day", "2025-08-05"),
    # future offsets, weekends, decades
    ("fr", "Les électeurs voteront dans deux semaines.", "dans deux semaines", "2025-W34"),
    ("en", "Voters will go to the polls in two weeks' time.", "two weeks", "2025-W34"),
    ("fr", "Des manifestations sont prévues ce week-end dans plusieurs villes.", "ce week-end", "2025-W32-WE"),
    ("en", "Protests are planned this weekend in several cities.", "this weekend", "2025-W32-WE"),
    ("fr", "La ville s'est vidée dans les années 90.", "années 90", "199"),
    ("en", "The city emptied in the '90s.", "'90s", "199"),
    ("fr", "La centrale devrait ouvrir mi-2027.", "2027", "2027"),
    ("en", "The plant should open in mid-2027.", "2027", "2027"),
    # vague references
    ("fr", "La situation est actuellement sous contrôle.", "actuellement", "PRESENT_REF"),
    ("en", "The situation is currently under control.", "currently", "PRESENT_REF"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value"), CASES)
def test_value(nlp_for: Callable[[str], Language], lang: str, text: str, surface: str, value: str) -> None:
    assert value_of(nlp_for(lang), text, surface) == value


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Ministers to meet in Geneva on Monday", "Monday"),
    ("fr", "Rencontrer le président lundi à Genève : le pari de l'envoyé", "lundi"),
])
def test_a_headline_infinitive_is_still_to_happen(nlp_for: Callable[[str], Language], lang: str, text: str,
                                                  surface: str) -> None:
    """The infinitive is the sentence's root: the coming Monday, not the nearer past one."""
    assert value_of(nlp_for(lang), text, surface) == "2025-08-11"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mardi, le ministre a déclaré : « Nous signerons l'accord demain »."),
    ("en", 'On Tuesday, the minister said: "We will sign the agreement tomorrow."'),
])
def test_relative_date_in_quote_is_anchored_on_the_speech_date(
        nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    surface = "demain" if lang == "fr" else "tomorrow"
    assert value_of(nlp_for(lang), text, surface) == "2025-08-06"


@pytest.mark.parametrize(("lang", "text", "surface", "value"), [
    ("fr", "Le ministre a déclaré mardi que l'accord serait signé le 6 août 2025.", "6 août 2025", "2025-08-06"),
    ("en", "The minister said on Tuesday the deal would be signed on August 6, 2025.", "August 6, 2025", "2025-08-06"),
    ("fr", "Le ministre a déclaré mardi que l'accord serait signé le 6 août 2025.", "mardi", None),
    ("en", "The minister said on Tuesday the deal would be signed on August 6, 2025.", "Tuesday", None),
])
def test_without_publication_date_only_absolute_dates_resolve(
        nlp_for: Callable[[str], Language], lang: str, text: str, surface: str, value: str | None) -> None:
    assert value_of(nlp_for(lang), text, surface, published=None) == value


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "La réunion prévue le 31 février 2025 n'a jamais eu lieu.", "31 février"),
    ("en", "The meeting planned for February 31, 2025 never took place.", "February 31"),
])
def test_malformed_date_has_no_value(nlp_for: Callable[[str], Language], lang: str, text: str, surface: str) -> None:
    assert value_of(nlp_for(lang), text, surface) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les sept mallettes contenaient 2 000 euros."),
    ("en", "Prices may rise as 2 000 people march."),
    ("fr", "Il a été très clair."),
    ("en", "The fall of the city shocked the region."),
    ("en", "Jan Egeland called for calm."),
    ("fr", "Le chef de l'Oct. Sud a démissionné."),
])
def test_no_false_date(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    assert dates(nlp_for(lang), text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Mercredi 6 août, à 9 h 15, le ministre a rencontré l'envoyé, qui était arrivé hier soir ; "
           "ils se reverront l'an prochain."),
    ("en", "On Wednesday, Aug. 6, at 9:15 a.m., the minister met the envoy, who had arrived yesterday evening; "
           "they will meet again next year."),
])
def test_offsets_match_the_text(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    found = dates(nlp_for(lang), text)
    assert len(found) >= 4
    assert all(text[d.start:d.end] == d.text for d in found)


@pytest.mark.parametrize(("lang", "text", "surface", "value"), [
    ("fr", "Les sirènes ont retenti mardi soir dans la capitale.", "mardi soir", "2025-08-05TEV"),
    ("en", "Sirens sounded on Tuesday evening in the capital.", "Tuesday evening", "2025-08-05TEV"),
])
def test_timex3_parts_of_day_on_request(nlp_for: Callable[[str], Language], lang: str, text: str, surface: str,
                                        value: str) -> None:
    nlp = nlp_for(lang)
    tagger = TimexTagger(nlp, "ww_dates_timex3", lang, "timex3", emit_durations=False)
    tagger.initialize()
    doc = tagger(run(nlp, text))
    assert next(d.value for d in doc._.ww_dates if surface in d.text) == value


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_compiles(lang: str) -> None:
    assert len(load_timex_lexicon(lang).rules) > 20


@pytest.mark.parametrize(("lang", "text", "surface", "value"), [
    ("fr", "Le pays est en guerre depuis trois ans.", "trois ans", "P3Y"),
    ("en", "The country has been at war for three years.", "three years", "P3Y"),
])
def test_durations_on_request(nlp_for: Callable[[str], Language], lang: str, text: str, surface: str,
                              value: str) -> None:
    nlp = nlp_for(lang)
    tagger = TimexTagger(nlp, "ww_dates_durations", lang, "day", emit_durations=True)
    tagger.initialize()
    doc = tagger(run(nlp, text))
    assert [(d.value, d.type) for d in doc._.ww_dates if surface in d.text] == [(value, "DURATION")]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le pays est en guerre depuis trois ans."),
    ("en", "The country has been at war for three years."),
])
def test_durations_are_not_emitted_by_default(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    assert dates(nlp_for(lang), text) == []


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "Le traité a été signé le 6 août 2025.", "2025-08-06"),
    ("en", "The treaty was signed on August 6, 2025.", "2025-08-06"),
])
def test_works_without_a_parser(lang: str, text: str, value: str) -> None:
    nlp = spacy.blank(lang)
    tagger = nlp.add_pipe("ww_dates")
    tagger.initialize(lambda: [], nlp=nlp)
    doc = nlp.make_doc(text)
    doc._.ww_published = WEDNESDAY
    assert [d.value for d in tagger(doc)._.ww_dates] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon le bilan de mai 12 personnes sont mortes."),
    ("en", "By May 12 people had died."),
])
def test_a_count_after_a_month_is_not_a_year(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    assert "2012-05" not in [d.value for d in dates(nlp_for(lang), text)]


def _rule_spans(lang: str, text: str, gated: bool) -> list[list[tuple[int, int]]]:
    lexicon = load_timex_lexicon(lang)
    assert lexicon.gate is not None
    starts = lexicon.gate.starts(text)
    return [[m.span() for m in (gated_matches(rule.regex, text, starts) if gated else rule.regex.finditer(text))]
            for rule in lexicon.rules]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le mardi 5 août 2025, puis le 12/05/2024, la nuit de lundi à mardi et dans deux semaines."),
    ("en", "On Tuesday, August 5, 2025, then on 12/05/2024, three weeks ago and the 21st century."),
    ("fr", "LE MARDI 5 AOÛT 2025 À 14 H, SELON LE MINISTÈRE."),
    ("en", "ON TUESDAY MAY 5 THE TALKS RESUMED."),
    ("en", "On Tueſday May 5 in İstanbul the talks resumed."),  # letters whose case folding is not plain
])
def test_rules_match_the_same_through_the_gate(lang: str, text: str) -> None:
    assert _rule_spans(lang, text, gated=True) == _rule_spans(lang, text, gated=False)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_joins_the_lower_case_gate(lang: str) -> None:
    gate = load_timex_lexicon(lang).gate
    assert gate is not None and gate.lowered is not None


@pytest.mark.parametrize(("source", "expected"), [
    (r"(?P<day>\d+)\s+(?P<month>mai)", r"(?:\d+)\s+(?:mai)"),
    (r"(\d)([/.])\d\2", r"(?:\d)(?:[/.])\d[\s\S]*?"),
    (r"[(]x(?=y)", r"[(]x(?=y)"),
])
def test_gate_sources_have_no_capturing_groups(source: str, expected: str) -> None:
    scan = non_capturing(source)
    assert scan is not None and "".join(scan.out) == expected


@pytest.mark.parametrize(("source", "lower_only"), [(r"le\s+\d+", True), (r"Le\s+\d+", False), (r"[A-Z]", False)])
def test_gate_knows_when_a_rule_is_in_lower_case(source: str, lower_only: bool) -> None:
    scan = non_capturing(source)
    assert scan is not None and scan.lower_only is lower_only
