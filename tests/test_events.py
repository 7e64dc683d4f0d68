"""The event layer (``ww_events``): one sentence in, one assertion out, in French and English.

Sentences are written for these tests; the full pipeline runs (entities, dates and places feed the events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc, Token

from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon, read_plover_table
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.records import PLOVER_TYPES, Event

Parse = Callable[..., Doc]
PUBLISHED = "2025-03-12"  # a Wednesday

SHELLING = {
    "en": "Russian forces shelled a hospital in Kharkiv on Tuesday, killing three people and wounding 14.",
    "fr": "Les forces russes ont bombardé un hôpital à Kharkiv mardi, tuant trois personnes et en blessant 14.",
}


def events_of(parse: Parse, lang: str, text: str) -> list[Event]:
    doc = parse(lang, text, published=PUBLISHED)
    return list(doc._.ww_events)


def only_event(parse: Parse, lang: str, text: str, event_type: str) -> Event:
    found = [e for e in events_of(parse, lang, text) if e.type == event_type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_shelling_is_an_assault(parse: Parse, lang: str) -> None:
    assert only_event(parse, lang, SHELLING[lang], "ASSAULT").cameo is not None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_demonym_makes_the_source_country(parse: Parse, lang: str) -> None:
    event = only_event(parse, lang, SHELLING[lang], "ASSAULT")
    assert event.source is not None and event.source.country == "RUS"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_actor_noun_gives_the_sector(parse: Parse, lang: str) -> None:
    event = only_event(parse, lang, SHELLING[lang], "ASSAULT")
    assert event.source is not None and event.source.sector == "military"


@pytest.mark.parametrize(("lang", "field", "value"), [
    ("en", "killed", 3), ("en", "injured", 14), ("fr", "killed", 3), ("fr", "injured", 14),
])
def test_toll_from_words_and_digits(parse: Parse, lang: str, field: str, value: int) -> None:
    assert getattr(only_event(parse, lang, SHELLING[lang], "ASSAULT"), field) == value


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_place_comes_from_the_places_layer(parse: Parse, lang: str) -> None:
    event = only_event(parse, lang, SHELLING[lang], "ASSAULT")
    assert event.place is not None and event.place.country == "UKR"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_date_comes_from_the_attached_expression(parse: Parse, lang: str) -> None:
    assert only_event(parse, lang, SHELLING[lang], "ASSAULT").date == "2025-03-11"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_evidence_offsets_are_exact(parse: Parse, lang: str) -> None:
    text = SHELLING[lang] + " " + SHELLING[lang]
    for event in events_of(parse, lang, text):
        for mention in (event.evidence, *event.other_evidence):
            assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish president met the German chancellor in Ankara on Monday."),
    ("fr", "Le président turc a rencontré le chancelier allemand à Ankara lundi."),
])
def test_a_meeting_is_a_consultation(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["CONSULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish president met the German chancellor in Ankara on Monday."),
    ("fr", "Le président turc a rencontré le chancelier allemand à Ankara lundi."),
])
def test_meeting_target_is_the_guest(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "CONSULT")
    assert event.target is not None and event.target.country == "DEU"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two soldiers were killed by rebels near the border."),
    ("fr", "Deux soldats ont été tués par des rebelles près de la frontière."),
])
def test_passive_agent_is_the_source(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector == "rebels"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two soldiers were killed by rebels near the border."),
    ("fr", "Deux soldats ont été tués par des rebelles près de la frontière."),
])
def test_passive_subject_counts_the_dead(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army did not attack the town."),
    ("fr", "L'armée n'a pas attaqué la ville."),
])
def test_negated_event_is_marked(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").modality == "negated"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The farmers' union said it would blockade the capital next week."),
    ("fr", "Le syndicat agricole a menacé de bloquer la capitale la semaine prochaine."),
])
def test_future_pressure_is_a_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The farmers' union said it would blockade the capital next week."),
    ("fr", "Le syndicat agricole a menacé de bloquer la capitale la semaine prochaine."),
])
def test_threat_is_future(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "THREATEN").modality == "future"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister said the weather would stay mild this week."),
    ("fr", "Le ministre a déclaré que le temps resterait doux cette semaine."),
])
def test_a_plain_statement_is_no_event(parse: Parse, lang: str, text: str) -> None:
    assert events_of(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters rallied in Lyon on Saturday against the pension reform."),
    ("fr", "Des manifestants ont manifesté à Lyon samedi contre la réforme des retraites."),
])
def test_demonstration_is_a_protest(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested 40 demonstrators in Lyon on Saturday."),
    ("fr", "La police a interpellé 40 manifestants à Lyon samedi."),
])
def test_arrests_are_coercion(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "COERCE").mode == "arrest"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian drones struck a school in Sumy on Tuesday, killing four people. "
           "The strike on the school in Sumy killed four people, officials said."),
    ("fr", "Des drones russes ont frappé une école à Soumy mardi, tuant quatre personnes. "
           "La frappe sur l'école de Soumy a tué quatre personnes, selon les autorités."),
])
def test_the_same_strike_told_twice_is_one_event(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert len(event.other_evidence) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian drones struck a school in Sumy on Tuesday, killing four people."),
    ("fr", "Des drones russes ont frappé une école à Soumy mardi, tuant quatre personnes."),
])
def test_weapon_word_sets_the_mode(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").mode == "drone"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_confidence_is_a_probability(parse: Parse, lang: str) -> None:
    assert all(0.0 <= e.confidence <= 1.0 for e in events_of(parse, lang, SHELLING[lang]))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_trigger_lexicon_types_are_plover(lang: str) -> None:
    lexicon = load_event_lexicon(lang)
    types = {entry.type for entries in lexicon.triggers.values() for entry in entries}
    assert types <= set(PLOVER_TYPES)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_plover_type_has_a_trigger(lang: str) -> None:
    lexicon = load_event_lexicon(lang)
    types = {entry.type for entries in lexicon.triggers.values() for entry in entries}
    assert set(PLOVER_TYPES) <= types


# what each look-up of the layer accepts: the word finder must offer it every such token
LIST_WORDS: dict[str, Callable[[Token, EventLexicon], bool]] = {
    "trigger": lambda token, lex: bool(lookup(token, lex)),
    "casualty": lambda token, lex: (token.lemma_.lower(), token.pos_) in lex.casualties
    or (token.lower_, token.pos_) in lex.casualties,
    "demonym": lambda token, lex: token.lower_ in lex.demonyms,
}


@pytest.mark.parametrize("word_list", sorted(LIST_WORDS))
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_word_finder_misses_no_word_of_a_list(parse: Parse, lang: str, word_list: str) -> None:
    lexicon = load_event_lexicon(lang)
    doc = parse(lang, SHELLING[lang], published=PUBLISHED)
    expected = {token.i for token in doc if LIST_WORDS[word_list](token, lexicon)}
    assert expected and expected <= {token.i for token in lexicon.tokens(doc[:], word_list)}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_word_finder_keeps_to_its_span(parse: Parse, lang: str) -> None:
    lexicon = load_event_lexicon(lang)
    doc = parse(lang, SHELLING[lang], published=PUBLISHED)
    last = lexicon.tokens(doc[:], "trigger")[-1]
    assert all(token.i < last.i for token in lexicon.tokens(doc[: last.i], "trigger"))


def test_plover_table_gives_aerial_assault_cameo_195() -> None:
    assert read_plover_table()[("ASSAULT", "aerial")] == "195"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“This shelling of a school is pure cruelty,” the Ukrainian foreign minister said."),
    ("fr", "« Ce bombardement d'une école est une pure cruauté », a déclaré le ministre ukrainien."),
])
def test_condemning_words_in_speech_are_an_accusation(parse: Parse, lang: str, text: str) -> None:
    assert "ACCUSE" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The German chancellor said that Hungary must release the detained journalists."),
    ("fr", "Le chancelier allemand a déclaré que la Hongrie devait libérer les journalistes détenus."),
])
def test_what_another_must_do_is_a_request(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norway will give Malawi a grant of 20 million dollars for new schools."),
    ("fr", "La Norvège va donner au Malawi une aide de 20 millions de dollars pour de nouvelles écoles."),
])
def test_promised_aid_is_an_agreement(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["AGREE"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters rallied in Lyon on Saturday against the pension reform."),
    ("fr", "Des manifestants ont manifesté à Lyon samedi contre la réforme des retraites."),
])
def test_description_takes_the_country_of_its_place(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "PROTEST")
    assert event.source is not None and event.source.country == "FRA"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Iranian defence minister said the United States would pay a heavy price."),
    ("fr", "Le ministre iranien de la Défense a déclaré que les États-Unis paieraient un prix très lourd."),
])
def test_a_price_to_pay_is_a_threat(parse: Parse, lang: str, text: str) -> None:
    assert "THREATEN" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish president met the German chancellor in Ankara. The two leaders had already met in January."),
    ("fr", "Le président turc a rencontré le chancelier allemand à Ankara. Les deux dirigeants s'étaient déjà "
           "rencontrés en janvier."),
])
def test_a_telling_dated_months_before_is_another_event(parse: Parse, lang: str, text: str) -> None:
    assert len([e for e in events_of(parse, lang, text) if e.type == "CONSULT"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian drones struck a school in Sumy on Tuesday. Twelve people were injured."),
    ("fr", "Des drones russes ont frappé une école à Soumy mardi. Douze personnes ont été blessées."),
])
def test_a_toll_told_after_the_attack_is_its_toll(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").injured == 12


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He scored with a powerful strike in the twelfth minute."),
    ("fr", "Il a ouvert le score d'une frappe puissante."),
])
def test_an_act_with_no_doer_and_no_recipient_is_not_recorded(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israeli jets struck a depot in Gaza on Monday. Egypt condemned the strike."),
    ("fr", "Des avions israéliens ont frappé un dépôt à Gaza lundi. L'Égypte a condamné la frappe."),
])
def test_condemning_an_attack_accuses_its_doer(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ACCUSE")
    assert event.target is not None and event.target.country == "ISR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers tortured two prisoners in the camp."),
    ("fr", "Des soldats ont torturé deux prisonniers dans le camp."),
])
def test_torture_is_an_assault(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Qatar launched a mediation effort between Egypt and Sudan on Monday."),
    ("fr", "Le Qatar a lancé lundi une mission de médiation entre l'Égypte et le Soudan."),
])
def test_a_light_noun_lets_its_modifier_name_the_event(parse: Parse, lang: str, text: str) -> None:
    assert "CONSULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israel struck Iran. On Friday, Israeli jets struck Iran, killing six people."),
    ("fr", "Israël a frappé l'Iran. Vendredi, des avions israéliens ont frappé l'Iran, tuant six personnes."),
])
def test_the_fuller_telling_is_the_evidence(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").evidence.text.startswith(("On Friday", "Vendredi"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Diplomats from both countries held talks in Istanbul on Monday."),
    ("fr", "Des diplomates des deux pays ont tenu des négociations à Istanbul lundi."),
])
def test_the_venue_of_a_meeting_is_not_its_partner(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "CONSULT")
    assert event.target is None or event.target.country != "TUR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "“We will punish the attackers,” said Iranian President Masoud Pezeshkian."),
    ("fr", "« Nous punirons les agresseurs », a déclaré le président iranien Massoud Pezeshkian."),
])
def test_we_in_a_quote_is_its_speaker(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "THREATEN")
    assert event.source is not None and event.source.country == "IRN"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A spokesman for Iran's army threatened Israel with a harsh response."),
    ("fr", "Un porte-parole de l'armée iranienne a menacé Israël d'une riposte sévère."),
])
def test_a_country_one_level_down_the_phrase_is_the_actors(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "THREATEN")
    assert event.source is not None and event.source.country == "IRN"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President John Okafor rejected the demands of the Nigerian unions."),
    ("fr", "Le président Jean Okafor a rejeté les revendications des syndicats nigérians."),
])
def test_a_story_placed_nowhere_takes_the_country_of_its_demonyms(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "REJECT")
    assert event.source is not None and event.source.country == "NGA"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Saudi-led forces shelled a rebel camp on Sunday."),
    ("fr", "Les forces saoudiennes ont bombardé un camp rebelle dimanche."),
])
def test_a_country_leading_the_actor_is_its_country(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.country == "SAU"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Iranian army promised a strong response to the attack."),
    ("fr", "L'armée iranienne a promis une riposte forte à l'attaque."),
])
def test_a_promise_of_force_is_a_threat(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["THREATEN"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russia-Ukraine talks resumed in Istanbul on Monday."),
    ("fr", "La Russie et l'Ukraine ont négocié à Istanbul lundi."),
])
def test_both_sides_named_together_meet_each_other(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "CONSULT")
    assert event.target is not None and event.target.country == "UKR"


@pytest.mark.parametrize(("lang", "text"), [
    # a statement, not an act: a participle adjoined to an act is that act's words (``accompanying_stances``)
    ("en", "Israel issued a statement on Friday, accusing Syria of arming Hezbollah."),
    ("fr", "Israël a publié un communiqué vendredi, accusant la Syrie d'armer le Hezbollah."),
])
def test_a_participle_shares_the_main_clause_subject(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ACCUSE")
    assert event.source is not None and event.source.country == "ISR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian missiles struck Dnipro on Monday: at least 40 people were killed and 120 wounded."),
    ("fr", "Des missiles russes ont frappé Dnipro lundi : au moins 40 personnes ont été tuées et 120 blessées."),
])
def test_an_elliptic_second_figure_is_read(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").injured == 120


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The regime has imprisoned the director several times for his films."),
    ("fr", "Le régime a emprisonné le réalisateur à plusieurs reprises pour ses films."),
])
def test_a_repeated_past_is_background_not_an_event(parse: Parse, lang: str, text: str) -> None:
    assert "COERCE" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hungary rejected the new sanctions against Russia on Monday."),
    ("fr", "La Hongrie a rejeté les nouvelles sanctions contre la Russie."),
])
def test_what_a_stance_is_about_is_not_a_second_event(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["REJECT"]
