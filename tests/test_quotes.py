"""The quote layer (``ww_quotes``): direct, partial and reported quotes, speakers, channels and dates.

Every sentence here is written for these tests. One behaviour per test, each in French and English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.quotes.component import QuoteComponent
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.marks import QuotedSpan, find_dialogue_lines, find_quote_marks
from wirewatch.nlp.quotes.mentions import roles_by_head
from wirewatch.nlp.quotes.structure import attribution_reaches
from wirewatch.records import Quote, TimeExpr

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


def only(quotes: list[Quote], direct: bool) -> list[Quote]:
    return [q for q in quotes if q.direct is direct]


# -- quotation marks on plain strings --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Il a dit « Nous verrons » hier.", ["Nous verrons"]),
    ("Il a dit «\u00a0Nous verrons\u00a0» hier.", ["Nous verrons"]),
    ("She said “we will see” today.", ["we will see"]),
    ('He said "we will see," then left.', ["we will see"]),
    ("Elle a parlé de ‹ dialogue › hier.", ["dialogue"]),
    ("Un “premier ‘mot’ cité” ici.", ["premier ‘mot’ cité"]),
    ("It’s the mayor’s ‘last word’ today.", ["last word"]),
])
def test_quote_marks_conventions(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quote_marks(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“First paragraph.\n“Second one,” he said.", ["First paragraph.", "Second one"]),
    ("« Première ligne.\nDeuxième ligne », a-t-il dit.", ["Première ligne.\nDeuxième ligne"]),
    ('"Left open at the end.\n\nNext paragraph.', ["Left open at the end."]),
])
def test_quote_marks_across_lines(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in find_quote_marks(text)] == expected


def test_dialogue_dash_lines_are_candidates() -> None:
    text = "Le maire a répondu :\n— Nous rouvrirons l'école lundi, a-t-il dit.\n- Liste : un élément"
    lines = find_dialogue_lines(text, find_quote_marks(text))
    assert [text[q.start:q.end] for q in lines] == ["Nous rouvrirons l'école lundi, a-t-il dit."]


# -- the component on real parses ----------------------------------------------------------------------
DIRECT_NAMED = {
    "fr": ("« Nous ne céderons rien sur ce dossier », a déclaré mardi la ministre Claire Dubreuil.",
           "Nous ne céderons rien sur ce dossier", "Claire Dubreuil"),
    "en": ("“We will not give up on this case,” Minister Claire Dubreuil said on Tuesday.",
           "We will not give up on this case", "Claire Dubreuil"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_direct_quote_with_named_speaker(parse: Parse, lang: str) -> None:
    text, said, speaker = DIRECT_NAMED[lang]
    quote = only(quotes_of(parse, lang, text), True)[0]
    assert (quote.text, quote.speaker) == (said, speaker)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_offsets_point_into_the_text(parse: Parse, lang: str) -> None:
    text = DIRECT_NAMED[lang][0]
    assert all(text[q.start:q.end] == q.text for q in quotes_of(parse, lang, text))


PRONOUN = {
    "fr": ("Le maire de Lyon, Paul Renard, a visité le chantier. « Les travaux avancent bien », a-t-il ajouté.",
           "Paul Renard"),
    "en": ("Lyon mayor Paul Renard visited the site on Monday. “The work is going well,” he added.",
           "Paul Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pronoun_speaker_is_the_person_before(parse: Parse, lang: str) -> None:
    text, speaker = PRONOUN[lang]
    assert only(quotes_of(parse, lang, text), True)[0].speaker == speaker


INTERRUPTED = {
    "fr": "« Le pont est fermé », a expliqué Marc Vidal, « et il le restera jusqu'à l'été. »",
    "en": "“The bridge is closed,” Marc Vidal explained, “and it will stay closed until the summer.”",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_interrupted_quote_gives_two_parts_with_one_speaker(parse: Parse, lang: str) -> None:
    direct = only(quotes_of(parse, lang, INTERRUPTED[lang]), True)
    assert [q.speaker for q in direct] == ["Marc Vidal", "Marc Vidal"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_interrupted_quote_parts_link_both_halves(parse: Parse, lang: str) -> None:
    first, second = only(quotes_of(parse, lang, INTERRUPTED[lang]), True)
    assert [p.text for p in first.parts] == [first.text, second.text]


REPORTED = {
    "fr": ("Le ministre Paul Renard a déclaré que les écoles rouvriraient lundi.",
           "les écoles rouvriraient lundi", "Paul Renard"),
    "en": ("Minister Paul Renard said that schools would reopen on Monday.",
           "schools would reopen on Monday", "Paul Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_after_the_verb(parse: Parse, lang: str) -> None:
    text, said, speaker = REPORTED[lang]
    quote = only(quotes_of(parse, lang, text), False)[0]
    assert (quote.text, quote.speaker) == (said, speaker)


POSTPOSED = {
    "fr": ("Trois ponts ont été fermés pendant la nuit, a indiqué le gouverneur Ivan Petrenko.",
           "Trois ponts ont été fermés pendant la nuit", "Ivan Petrenko"),
    "en": ("Three bridges were closed during the night, Governor Ivan Petrenko said.",
           "Three bridges were closed during the night", "Ivan Petrenko"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_before_a_postposed_attribution(parse: Parse, lang: str) -> None:
    text, said, speaker = POSTPOSED[lang]
    quote = only(quotes_of(parse, lang, text), False)[0]
    assert (quote.text, quote.speaker) == (said, speaker)


SOURCE = {
    "fr": ("Selon l'agence Reuters, deux navires ont quitté le port de Gdansk.",
           "deux navires ont quitté le port de Gdansk"),
    "en": ("According to Reuters, two ships left the port of Gdansk.", "two ships left the port of Gdansk"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_after_a_source_phrase(parse: Parse, lang: str) -> None:
    text, said = SOURCE[lang]
    quote = only(quotes_of(parse, lang, text), False)[0]
    assert quote.text == said and quote.speaker is not None and "Reuters" in quote.speaker


PARTIAL = {
    "fr": ("Le président Paul Renard a promis une « réponse ferme » aux blocages.", "réponse ferme"),
    "en": ("President Paul Renard promised a “firm response” to the blockades.", "firm response"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_partial_quote_inside_a_sentence(parse: Parse, lang: str) -> None:
    text, said = PARTIAL[lang]
    quote = only(quotes_of(parse, lang, text), True)[0]
    assert (quote.text, quote.speaker) == (said, "Paul Renard")


NAMES = {
    "fr": "Des milliers de personnes ont rejoint le mouvement « Debout ensemble » samedi à Nantes.",
    "en": "Thousands joined the “Stand Together” movement in Nantes on Saturday.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_names_are_not_quotes(parse: Parse, lang: str) -> None:
    assert quotes_of(parse, lang, NAMES[lang]) == []


CHANNEL = {
    "fr": "« Nous tiendrons la ligne », a écrit le maire Paul Renard sur Telegram.",
    "en": "“We will hold the line,” Mayor Paul Renard wrote on Telegram.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_channel_stated_in_the_attribution(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, CHANNEL[lang]), True)[0].channel == "Telegram"


FLOATING = {
    "fr": ("« La récolte sera mauvaise », a déclaré l'agriculteur Jean Morel.\n\n"
           "« Il n'a pas plu depuis deux mois et les puits sont vides. »"),
    "en": ("“The harvest will be poor,” farmer Jean Morel said.\n\n"
           "“It has not rained for two months and the wells are empty.”"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_floating_quote_continues_the_previous_speaker(parse: Parse, lang: str) -> None:
    direct = only(quotes_of(parse, lang, FLOATING[lang]), True)
    assert [q.speaker for q in direct] == ["Jean Morel", "Jean Morel"]


REPEATED = {
    "fr": "Le maire dénonce des « erreurs graves »\n\nLe maire Paul Renard a dénoncé des « erreurs graves » jeudi.",
    "en": "Mayor slams “serious mistakes”\n\nMayor Paul Renard denounced “serious mistakes” on Thursday.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_words_quoted_twice_are_one_quote(parse: Parse, lang: str) -> None:
    assert len(only(quotes_of(parse, lang, REPEATED[lang]), True)) == 1


UNATTRIBUTED = {
    "fr": "Les habitants parlent d'un « vrai cauchemar » depuis l'incendie.",
    "en": "Residents speak of a “real nightmare” since the fire.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reported_speech_without_a_speaker_is_left_out(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, UNATTRIBUTED[lang]), False) == []


SPEECH_DATE = {
    "fr": ("Mardi, le maire Paul Renard a déclaré : « Nous rouvrirons l'école. »", "Mardi"),
    "en": ("On Tuesday, Mayor Paul Renard said: “We will reopen the school.”", "Tuesday"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speech_date_from_the_attribution_clause(nlp_for: Callable[[str], Language], lang: str) -> None:
    text, day = SPEECH_DATE[lang]
    nlp = nlp_for(lang)
    doc = nlp(text)
    start = text.index(day)
    doc._.ww_dates = [TimeExpr(text=day, start=start, end=start + len(day), value="2025-08-05")]
    nlp.get_pipe("ww_quotes")(doc)
    assert only(doc._.ww_quotes, True)[0].date == "2025-08-05"


def test_french_dialogue_dash_with_incise(parse: Parse) -> None:
    text = "Le maire Paul Renard a pris la parole :\n— Nous rouvrirons l'école lundi, a-t-il dit."
    quote = only(quotes_of(parse, "fr", text), True)[0]
    assert (quote.text, quote.speaker) == ("Nous rouvrirons l'école lundi", "Paul Renard")


NOT_A_CHANNEL = {
    "fr": "« Nous tiendrons », a dit le maire Paul Renard au sujet du mouvement né sur Telegram.",
    "en": "“We will hold,” Mayor Paul Renard said of the movement that was born on Telegram.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_channel_only_when_the_attribution_governs_it(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, NOT_A_CHANNEL[lang]), True)[0].channel is None


RELATIVE = {
    "fr": ("Paul Renard, qui a déclaré que le pont rouvrirait en mai, a quitté la réunion.",
           "le pont rouvrirait en mai"),
    "en": ("Paul Renard, who said the bridge would reopen in May, left the meeting early.",
           "the bridge would reopen in May"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_relative_pronoun_speaker_is_its_antecedent(parse: Parse, lang: str) -> None:
    text, said = RELATIVE[lang]
    quote = only(quotes_of(parse, lang, text), False)[0]
    assert (quote.text, quote.speaker) == (said, "Paul Renard")


GENDERED = {
    "fr": "Mme Claire Dubreuil a reçu M. Paul Renard lundi. « Le dialogue reprend », a-t-elle déclaré.",
    "en": "Mrs. Claire Dubreuil met Mr. Paul Renard on Monday. “The dialogue resumes,” she said.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pronoun_skips_a_person_of_the_other_gender(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, GENDERED[lang]), True)[0].speaker == "Claire Dubreuil"


FALLBACK = {
    "fr": ("« Le port restera ouvert », a déclaré Paul Renard.", "Paul Renard"),
    "en": ("“The port will stay open,” Paul Renard said.", "Paul Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_speakers_fall_back_on_the_model_entities_without_the_entity_layer(
        bare_fr: Language, bare_en: Language, lang: str) -> None:
    nlp = {"fr": bare_fr, "en": bare_en}[lang]
    text, speaker = FALLBACK[lang]
    ensure_extensions()
    component = QuoteComponent(nlp, "ww_quotes", lang)
    component.initialize(lambda: [], nlp=nlp)
    doc = component(nlp(text))
    assert (doc._.ww_quotes[0].speaker, doc._.ww_quotes[0].speaker_entity) == (speaker, None)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_without_quotes_gives_none(parse: Parse, lang: str) -> None:
    assert quotes_of(parse, lang, "Paris.") == []


# -- speakers that are descriptions, resolved through the actor KB --------------------------------------
KB_DESCRIPTIONS = {
    # an alias of the KB after its determiner
    ("fr", "alias"): ("« Nous tenons toujours nos positions », a affirmé l'armée soudanaise.",
                      "Sudanese Armed Forces"),
    ("en", "alias"): ("“We still hold our positions,” the Sudanese army said.", "Sudanese Armed Forces"),
    # a short form of an alias that names a country / a possessive country read as its adjective
    ("fr", "short"): ("« Le port a été touché deux fois », a rapporté la télévision iranienne.",
                      "Islamic Republic of Iran Broadcasting"),
    ("en", "short"): ("“The port was hit twice,” Iran's state television reported.",
                      "Islamic Republic of Iran Broadcasting"),
    # an office and a country, with no holder in the article: the office described in English
    ("fr", "office"): ("« Les hôpitaux sont saturés », a déclaré le ministre israélien de la Santé.",
                       "Israeli Minister of Health"),
    ("en", "office"): ("“The hospitals are overwhelmed,” Israel's health minister said.", "Israeli Minister of Health"),
    # a capital city speaks for its country's government
    ("fr", "capital"): ("Washington a averti que les droits de douane augmenteraient la semaine prochaine.",
                        "United States government"),
    ("en", "capital"): ("Washington warned that the tariffs would rise again next week.",
                        "United States government"),
    # a short definite description: the fuller form named earlier
    ("fr", "antecedent"): ("Le parquet général ukrainien a ouvert une enquête jeudi. « Deux suspects sont "
                           "recherchés », a précisé le parquet.", "Office of the Prosecutor General of Ukraine"),
    ("en", "antecedent"): ("Ukraine's Prosecutor General's Office opened an inquiry on Thursday. “Two suspects are "
                           "being sought,” the office said.", "Office of the Prosecutor General of Ukraine"),
}


@pytest.mark.parametrize(("lang", "kind"), sorted(KB_DESCRIPTIONS))
def test_descriptive_speaker_resolved_through_the_kb(parse: Parse, lang: str, kind: str) -> None:
    text, speaker = KB_DESCRIPTIONS[(lang, kind)]
    assert parse(lang, text, "2025-06-20")._.ww_quotes[0].speaker == speaker


def test_a_persons_ministry_is_the_ministry_of_the_office_held(parse: Parse) -> None:
    """English possessive only ("X's ministry"); French names the person after the noun."""
    text = "“The figures will be published tomorrow,” Bruno Retailleau's ministry said."
    assert parse("en", text, "2025-03-01")._.ww_quotes[0].speaker == "French Ministry of the Interior"


UNRESOLVED_DESCRIPTION = {
    "fr": ("« Rien n'est décidé », a déclaré un responsable iranien.", "an Iranian official"),
    "en": ("“Nothing is decided,” an Iranian official said.", "an Iranian official"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_indefinite_description_is_not_resolved_to_a_known_actor(parse: Parse, lang: str) -> None:
    text, speaker = UNRESOLVED_DESCRIPTION[lang]
    assert parse(lang, text, "2025-06-20")._.ww_quotes[0].speaker == speaker


AGENT_SOURCE = {
    "fr": ("Selon des chiffres transmis par la préfecture de police de Paris, 40 personnes ont été interpellées.",
           "Paris Police Prefecture"),
    "en": ("According to figures released by the Paris police prefecture, 40 people were arrested.",
           "Paris Police Prefecture"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_figures_given_by_someone_are_theirs(parse: Parse, lang: str) -> None:
    text, speaker = AGENT_SOURCE[lang]
    assert parse(lang, text, "2025-06-20")._.ww_quotes[0].speaker == speaker


CLEFT = {
    "fr": ("Le port restera fermé tout l'hiver. C'est ce qu'a annoncé mardi le maire Paul Renard.",
           ("Le port restera fermé tout l'hiver", "Paul Renard")),
    "en": ("The port will stay closed all winter. That is what mayor Paul Renard announced on Tuesday.",
           ("The port will stay closed all winter", "Paul Renard")),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cleft_attribution_reports_the_sentence_before(parse: Parse, lang: str) -> None:
    text, expected = CLEFT[lang]
    quote = parse(lang, text)._.ww_quotes[0]
    assert (quote.text, quote.speaker) == expected


@pytest.mark.parametrize(("text", "said"), [
    ("At one point, Paul Renard referred to the mayor as a coward.", "the mayor as a coward"),
    ("The senator called on the minister to resign before Friday.", "the minister to resign before Friday"),
    ("During the interview, Paul Renard praised the mayor as a brave leader.", "the mayor as a brave leader"),
])
def test_what_a_speech_verb_with_an_object_reports(parse: Parse, text: str, said: str) -> None:
    """English only: the French verbs of this kind ("saluer") stay quote tags (see speech_verbs.tsv)."""
    assert [q.text for q in parse("en", text)._.ww_quotes] == [said]


MEMBER_OF = {
    "fr": ("« Nous répondrons », a déclaré un porte-parole de l'armée soudanaise.",
           "Sudanese Armed Forces spokesperson"),
    "en": ("“We will respond,” a spokesperson for the Sudanese army said.", "Sudanese Armed Forces spokesperson"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_office_of_a_known_organisation_is_named_after_it(parse: Parse, lang: str) -> None:
    text, speaker = MEMBER_OF[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


ATTRIBUTION_NEXT_SENTENCE = {
    "fr": ("Le conseil s'est réuni lundi.\n\n« Est-il dans notre intérêt d'agir maintenant ? » Lisa Marks, conseillère "
           "du maire pour le logement, a déclaré jeudi lors d'un forum."),
    "en": ("The council met on Monday.\n\n“Is it in our interest to act now?” Lisa Marks, the mayor’s adviser on "
           "housing, said at a forum on Thursday."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_question_is_attributed_by_the_bare_attribution_after_it(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, ATTRIBUTION_NEXT_SENTENCE[lang]), True)[0].speaker == "Lisa Marks"


def test_a_name_qualifying_a_noun_does_not_speak(parse: Parse) -> None:
    """English only: French puts such a name after a preposition ("un meeting de Renard"), as it does the
    organisation of a spokesperson ("le porte-parole du Kremlin"), which does speak."""
    text = "A man at a Renard campaign rally asked: “Why did you vote for the tax?”"
    assert parse("en", text)._.ww_quotes[0].speaker == "A man at a Renard campaign rally"


TEAM_AFTER_A_LONGER_NAME = {
    "fr": ("Le Club Équipe Voile du Port a organisé la course dimanche.\n\n"
           "« Nous sommes fiers de nos marins », a écrit l'équipe dans un communiqué.", "l'équipe"),
    "en": ("The Harbour Team Sailing Club hosted the race on Sunday.\n\n"
           "“We are proud of our sailors,” the team wrote in a statement.", "the team"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_description_names_an_earlier_mention_only_by_its_head_noun(parse: Parse, lang: str) -> None:
    text, speaker = TEAM_AFTER_A_LONGER_NAME[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


COORDINATED_SUBJECTS = {
    "fr": ("Le ministère de la Justice et la police ont affirmé que le port rouvrirait vendredi.",
           "Le ministère de la Justice et la police"),
    "en": ("The Justice Ministry and the police said the port would reopen on Friday.",
           "The Justice Ministry and the police"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_coordinated_subjects_speak_together_as_written(parse: Parse, lang: str) -> None:
    text, speaker = COORDINATED_SUBJECTS[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


TWO_TITLES = {
    "fr": "Le ministre de l'Intérieur et président du parti, Paul Renard, a affirmé que le port rouvrirait vendredi.",
    "en": "The interior minister and party president, Paul Renard, said the port would reopen on Friday.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_titles_of_one_person_are_not_two_speakers(parse: Parse, lang: str) -> None:
    assert parse(lang, TWO_TITLES[lang])._.ww_quotes[0].speaker == "Paul Renard"


AFTER_A_PREPOSITION = {
    "fr": ("Les inspecteurs ont examiné les comptes avant de confirmer que rien ne manquait dans le fonds.",
           "Les inspecteurs"),
    "en": ("The inspectors reviewed the accounts before confirming that nothing was missing from the fund.",
           "The inspectors"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_speech_verb_after_a_preposition_has_the_clause_subject(parse: Parse, lang: str) -> None:
    text, speaker = AFTER_A_PREPOSITION[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [speaker]


SUBJECT_INSIDE_THE_QUOTE = {
    "fr": ("« Je ne crois pas », a déclaré le maire Paul Renard, avant de suggérer que le vote avait été truqué "
           "par ses rivaux."),
    "en": "“I don’t think so,” Mayor Paul Renard said, before suggesting that the vote had been rigged by his rivals.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_inside_the_quotation_is_not_the_speaker_of_what_follows(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, SUBJECT_INSIDE_THE_QUOTE[lang]), False)[0].speaker == "Paul Renard"


INTERJECTED = {
    "fr": "« Parce que vous seriez en prison », a interrompu Paul Renard.",
    "en": "“Because you would be in jail,” Paul Renard interjected.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_interjection_is_attributed(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, INTERJECTED[lang]), True)[0].speaker == "Paul Renard"


SECOND_SPEECH_VERB = {
    "fr": ("Renard a aussi dit que le retard venait d'une grève au port, et a noté que la ville soutenait les dockers.",
           "la ville soutenait les dockers"),
    "en": ("Renard also said that the delay stemmed from a strike at the port, and noted the city supported the "
           "dockers.", "the city supported the dockers"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_second_speech_verb_shares_the_first_ones_subject(parse: Parse, lang: str) -> None:
    text, said = SECOND_SPEECH_VERB[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes if q.text == said] == ["Renard"]


MEMBERS = {
    "fr": ("Les Démocrates ont affirmé qu'une défaite dans l'Ohio ne changerait rien.", "Les Démocrates"),
    "en": ("But other leading Democrats said a defeat in Ohio would not matter much.", "other leading Democrats"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_members_of_a_party_speak_as_written(parse: Parse, lang: str) -> None:
    text, speaker = MEMBERS[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


PARTICIPLE_CLAUSE = {
    "fr": ("Des habitants interrogés après un discours du député Paul Renard affirment qu'ils veulent une nouvelle "
           "ligne de tram.", "residents"),
    "en": ("Residents interviewed after a speech by Mayor Paul Renard say that they want a new tram line.",
           "Residents"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_name_inside_a_participle_clause_of_the_subject_does_not_speak(parse: Parse, lang: str) -> None:
    text, speaker = PARTICIPLE_CLAUSE[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


NEGATED_IN_BETWEEN = {
    "fr": ("« Nous avons de nouvelles preuves », a déclaré Paul Renard, bien que les procureurs n’aient pas dit que "
           "l’affaire était rouverte. « Rappelez-vous qu’il leur faut un mandat pour cela. »"),
    "en": ("“We have new evidence,” Paul Renard said, though the prosecutors have not said the case is open again. "
           "“Remember that they need a warrant for this.”"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_floating_quote_skips_those_who_did_not_say(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, NEGATED_IN_BETWEEN[lang]), True)[-1].speaker == "Paul Renard"


INVERTED_AFTER_A_PHRASE = {
    "fr": "« Nous gagnerons », a affirmé dans une vidéo le maire de la ville, Paul Renard.",
    "en": "“We will win,” said in a video on Monday the city mayor, Paul Renard.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_inverted_speaker_is_not_the_object_of_a_preposition(parse: Parse, lang: str) -> None:
    assert parse(lang, INVERTED_AFTER_A_PHRASE[lang])._.ww_quotes[0].speaker == "Paul Renard"


EMOTIVE_VERB = {
    "fr": "Paul Renard a quitté la salle. « C’est une honte », s’est indigné Marc Vidal.",
    "en": "Paul Renard left the room. “This is a disgrace,” Marc Vidal fumed.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_emotive_speech_verb_attributes_the_quote(parse: Parse, lang: str) -> None:
    assert parse(lang, EMOTIVE_VERB[lang])._.ww_quotes[0].speaker == "Marc Vidal"


def test_a_speaker_parsed_as_the_root_keeps_its_own_words(parse: Parse) -> None:
    """English only: the French model parses such a sentence with the relative clause's verb as its root."""
    text = ("Ann Marks, whose son, Tom Marks, died in a crash last year, called on the congregation to make its "
            "voice heard at the polls.")
    assert parse("en", text)._.ww_quotes[0].speaker == "Ann Marks"


AFTER_A_REPORTED_CLAUSE = {
    "fr": ("Paul Renard a dit à Marc Vidal que la fuite était « très inquiétante », avant de noter qu’Anne Morel est "
           "« quelqu’un de bien »."),
    "en": ("Paul Renard told Marc Vidal that the leaked news was “very, very troubling,” before noting that Anne "
           "Morel is “a good person.”"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_speech_verb_hung_on_a_reported_clause_has_the_reporters_subject(parse: Parse, lang: str) -> None:
    assert {q.speaker for q in parse(lang, AFTER_A_REPORTED_CLAUSE[lang])._.ww_quotes} == {"Paul Renard"}


OTHER_GENDER = {
    "fr": ("M. Renard a rencontré des électeurs lundi. Dans un entretien, Mme Renard a affirmé que les accusations "
           "avaient été planifiées par des rivaux.", "Mme Renard"),
    "en": ("Mr. Renard met voters in Ohio on Monday. In an interview, Mrs. Renard said she believes the accusations "
           "were planned by rivals.", "Mrs. Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_honorific_of_the_other_gender_is_another_person(parse: Parse, lang: str) -> None:
    text, speaker = OTHER_GENDER[lang]
    assert parse(lang, text)._.ww_quotes[0].speaker == speaker


# -- a title phrase holding two titles: the one at its head speaks (not a hash-seed-dependent pick) ----------
TITLE_AT_THE_HEAD = {
    "fr": "Selon le porte-parole de la présidente, les négociations avec le syndicat ont échoué. "
          "La présidente Anna Berg et le porte-parole Tom Lind sont partis.",
    "en": "President Anna Berg’s spokesman said the talks with the union had failed. Spokesman Tom Lind left.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_title_at_the_head_of_the_subject_names_the_speaker(parse: Parse, lang: str) -> None:
    assert parse(lang, TITLE_AT_THE_HEAD[lang])._.ww_quotes[0].speaker == "Tom Lind"


ROLES_BY_HEAD = {
    "fr": ("le porte-parole de la présidente", {"présidente": "president", "porte-parole": "spokesperson"}),
    "en": ("President Anna Berg’s spokesman", {"president": "president", "spokesman": "spokesperson"}),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_roles_are_ranked_from_the_head_of_the_phrase(nlp_for: Callable[[str], Language], lang: str) -> None:
    words, titles = ROLES_BY_HEAD[lang]
    doc = nlp_for(lang)(words)
    assert roles_by_head(doc[0:len(doc)], titles) == ["spokesperson", "president"]


LINES = {
    "fr": "Grève à Lyon\nLes conducteurs de bus ont cessé le travail lundi matin.",
    "en": "Strike in Lyon\nThe bus drivers stopped work on Monday morning.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_break_opens_a_sentence(parse: Parse, lang: str) -> None:
    doc = parse(lang, LINES[lang])
    after_break = next(t for t in doc if t.i > 0 and "\n" in doc[t.i - 1].text_with_ws)
    assert after_break.is_sent_start


# -- the grammar the rules read is data ------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_grammar_set_is_given_for_each_language(lang: str) -> None:
    names = {row["set"] for row in lexicons.read_tsv(lang, "quote_dependencies.tsv")}
    names |= {row["class"] for row in lexicons.read_tsv(lang, "quote_function_words.tsv")}
    assert names == set(QuoteGrammar.__dataclass_fields__)


@pytest.mark.parametrize(("lang", "label"), [("fr", "nsubj"), ("en", "nsubj")])
def test_the_grammar_reads_the_parsers_labels(lang: str, label: str) -> None:
    assert label in QuoteGrammar.load(lang).active_subject


# -- speech needs an attribution that reaches it -------------------------------------------------------------
SCARE_QUOTES = {
    "fr": "Le club a remporté un « doublé historique » dimanche, tandis que le maire Paul Renard a annoncé un défilé.",
    "en": "The club won a “historic double” on Sunday, while Mayor Paul Renard announced a parade.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_scare_quote_in_the_narrators_clause_is_not_speech(parse: Parse, lang: str) -> None:
    assert only(quotes_of(parse, lang, SCARE_QUOTES[lang]), True) == []


GOVERNED_PHRASE = {
    "fr": ("La directrice Claire Morel a qualifié de « doublé historique » la victoire du club.", "doublé historique"),
    "en": ("Principal Claire Morel described the win as a “historic double” on Sunday.", "historic double"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quoted_phrase_the_speech_verb_governs_is_speech(parse: Parse, lang: str) -> None:
    text, said = GOVERNED_PHRASE[lang]
    assert [(q.text, q.speaker) for q in only(quotes_of(parse, lang, text), True)] == [(said, "Claire Morel")]


def _hand_built(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    ensure_extensions()
    return Doc(Language().vocab, words=words, heads=heads, deps=deps, pos=pos)


def _cue_and_span(doc: Doc, verb: int, subject: int, quoted: int) -> tuple[Cue, QuotedSpan]:
    tok = doc[quoted]
    return (Cue(doc[verb], "verb", doc[:], subject=doc[subject]),
            QuotedSpan(tok.idx, tok.idx + len(tok.text), tok.idx - 2, tok.idx + len(tok.text) + 2))


def test_a_phrase_under_the_speech_verb_is_reached_on_a_hand_built_parse() -> None:
    # Ann described it as “chaos”
    doc = _hand_built(["Ann", "described", "it", "as", "“", "chaos", "”"], [1, 1, 1, 1, 5, 3, 5],
                      ["nsubj", "ROOT", "dobj", "prep", "punct", "pobj", "punct"],
                      ["PROPN", "VERB", "PRON", "ADP", "PUNCT", "NOUN", "PUNCT"])
    cue, span = _cue_and_span(doc, 1, 0, 5)
    assert attribution_reaches(cue, span, doc[5:6], doc.text, frozenset({"conj"}))


def test_a_phrase_inside_the_speakers_words_is_not_reached_on_a_hand_built_parse() -> None:
    # Members of “Unity” said no
    doc = _hand_built(["Members", "of", "“", "Unity", "”", "said", "no"], [5, 0, 3, 1, 3, 5, 5],
                      ["nsubj", "prep", "punct", "pobj", "punct", "ROOT", "dobj"],
                      ["NOUN", "ADP", "PUNCT", "PROPN", "PUNCT", "VERB", "DET"])
    cue, span = _cue_and_span(doc, 5, 0, 3)
    assert not attribution_reaches(cue, span, doc[3:4], doc.text, frozenset({"conj"}))


def test_a_phrase_of_another_subjects_coordinated_verb_is_not_reached_on_a_hand_built_parse() -> None:
    # Ann won a “double” and Bo said so
    doc = _hand_built(["Ann", "won", "a", "“", "double", "”", "and", "Bo", "said", "so"],
                      [1, 1, 4, 4, 1, 4, 1, 8, 1, 8],
                      ["nsubj", "ROOT", "det", "punct", "dobj", "punct", "cc", "nsubj", "conj", "advmod"],
                      ["PROPN", "VERB", "DET", "PUNCT", "NOUN", "PUNCT", "CCONJ", "PROPN", "VERB", "ADV"])
    cue, span = _cue_and_span(doc, 8, 7, 4)
    assert not attribution_reaches(cue, span, doc[4:5], doc.text, frozenset({"conj"}))


# -- a speaker is never a thing ------------------------------------------------------------------------------
THINGS = [
    ("fr", "Le décret précise que les commerces doivent fermer à midi.", "décret"),
    ("fr", "La décision affirme que les contrats signés l'an dernier sont nuls.", "décision"),
    ("en", "The decree states that all shops must close at noon.", "decree"),
    ("en", "This new levy says that importers must pay the tax twice.", "levy"),
]


@pytest.mark.parametrize(("lang", "text", "thing"), THINGS)
def test_a_thing_is_never_a_speaker(parse: Parse, lang: str, text: str, thing: str) -> None:
    assert not any(thing in (q.speaker or "").lower() for q in quotes_of(parse, lang, text))


SPEAKING_NOUNS = {
    "fr": ("Des habitants affirment que l'eau est coupée depuis trois jours.", "residents"),
    "en": ("Residents say that the water has been cut off for three days.", "Residents"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_people_named_by_a_common_noun_still_speak(parse: Parse, lang: str) -> None:
    text, speaker = SPEAKING_NOUNS[lang]
    assert [q.speaker for q in only(quotes_of(parse, lang, text), False)] == [speaker]


# -- attributions French news writes (and English the same ways) ---------------------------------------------
INCISES = [
    ("fr", "Le maire Paul Renard a visité l'école mardi. « Nous la rouvrirons lundi », poursuit le maire."),
    ("fr", "Le maire Paul Renard a visité l'école mardi. « Nous la rouvrirons lundi », selon lui."),
    ("en", "Mayor Paul Renard visited the school on Tuesday. “We will reopen it on Monday,” the mayor continued."),
    ("en", "Mayor Paul Renard visited the school on Tuesday. “We will reopen it on Monday,” according to him."),
]


@pytest.mark.parametrize(("lang", "text"), INCISES)
def test_an_incise_attributes_the_quote_before_it(parse: Parse, lang: str, text: str) -> None:
    assert [q.speaker for q in only(quotes_of(parse, lang, text), True)] == ["Paul Renard"]


PARTICIPLES = {
    "fr": "La directrice Claire Morel a défendu le projet mardi, estimant que « l'école doit rouvrir au plus vite ».",
    "en": "Principal Claire Morel defended the plan on Tuesday, arguing that “the school must reopen very soon.”",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_participle_clause_attributes_to_the_subject(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in only(quotes_of(parse, lang, PARTICIPLES[lang]), True)] == ["Claire Morel"]


PREVIOUS_SENTENCE = {
    "fr": "La directrice Claire Morel ne cache pas son inquiétude. « Les élèves ont perdu trois semaines de cours. »",
    "en": "Principal Claire Morel does not hide her concern. “The pupils have lost three weeks of lessons.”",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quote_after_a_sentence_without_attribution_is_its_subjects(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in only(quotes_of(parse, lang, PREVIOUS_SENTENCE[lang]), True)] == ["Claire Morel"]


# -- the outlet is the channel, not the speaker --------------------------------------------------------------
OUTLETS = {
    "fr": "« Nous ne partirons pas », a confié à Reuters la directrice Claire Morel.",
    "en": "“We are not leaving,” Principal Claire Morel told Reuters.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_outlet_told_is_the_channel_not_the_speaker(parse: Parse, lang: str) -> None:
    quote = only(quotes_of(parse, lang, OUTLETS[lang]), True)[0]
    assert (quote.speaker, quote.channel) == ("Claire Morel", "Reuters")


RELAYED = {
    "fr": "« Nous ne partirons pas », a affirmé la directrice Claire Morel, citée par Reuters.",
    "en": "Reuters quoted Principal Claire Morel as saying the school would stay open.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_outlet_relaying_the_words_is_the_channel(parse: Parse, lang: str) -> None:
    quote = quotes_of(parse, lang, RELAYED[lang])[0]
    assert (quote.speaker, quote.channel) == ("Claire Morel", "Reuters")


def test_a_complement_clause_read_as_a_relative_of_the_listener_is_reported(parse: Parse) -> None:
    text = "La directrice Claire Morel a déclaré à Reuters que l'école resterait ouverte."
    assert [(q.text, q.speaker) for q in quotes_of(parse, "fr", text)] == [
        ("l'école resterait ouverte", "Claire Morel")]


DOCUMENTS = {
    "fr": ("Un communiqué du syndicat des enseignants affirme que les cours reprendront lundi.",
           "syndicat des enseignants"),
    "en": ("A statement from the teachers' union says that lessons will resume on Monday.", "the teachers' union"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_document_speaks_for_its_issuer_and_is_the_channel(parse: Parse, lang: str) -> None:
    text, issuer = DOCUMENTS[lang]
    quote = only(quotes_of(parse, lang, text), False)[0]
    assert issuer in (quote.speaker or "") and quote.channel is not None and quote.channel in text


# -- described sources in English, like canonical names -------------------------------------------------------
DESCRIBED_IN_FRENCH = [
    ("Selon des habitants et des secouristes, l'eau a monté de deux mètres en une nuit.", "residents and rescuers"),
    ("L'eau a monté de deux mètres en une nuit, a indiqué un responsable local.", "a local official"),
    ("L'eau a monté de deux mètres en une nuit, affirment des experts européens.", "European experts"),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED_IN_FRENCH)
def test_a_described_source_is_given_in_english(parse: Parse, text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == [speaker]


def test_a_description_with_an_unknown_word_stays_as_written(parse: Parse) -> None:
    text = "Des enseignants du lycée affirment que l'eau a monté de deux mètres en une nuit."
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == ["Des enseignants du lycée"]


SAME_SOURCE = {
    "fr": ("Selon la préfecture, douze maisons ont été inondées. Quarante personnes ont été évacuées, selon la même "
           "source."),
    "en": ("Twelve houses were flooded, the prefecture said. Forty people were evacuated, according to the same "
           "source."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_source_is_the_source_before(parse: Parse, lang: str) -> None:
    speakers = [q.speaker for q in quotes_of(parse, lang, SAME_SOURCE[lang])]
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] == speakers[0]


TITLE_BESIDE_A_NAME = {
    "fr": ("Le ministre de l'Éducation Paul Renard a visité l'école. « Nous la rouvrirons lundi », a ajouté le "
           "ministre."),
    "en": ("The education minister of the region, Paul Renard, visited the school. “We will reopen it on Monday,” "
           "the minister added."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_alone_is_the_person_named_beside_it_before(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in only(quotes_of(parse, lang, TITLE_BESIDE_A_NAME[lang]), True)] == ["Paul Renard"]


DATELINES = {
    "fr": "LYON (AFP) - La directrice Claire Morel a assuré que l'école resterait ouverte.",
    "en": "LYON (AFP) - Principal Claire Morel said the school would stay open.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_outlet_of_a_dateline_is_not_the_channel(parse: Parse, lang: str) -> None:
    assert [(q.speaker, q.channel) for q in quotes_of(parse, lang, DATELINES[lang])] == [("Claire Morel", None)]
