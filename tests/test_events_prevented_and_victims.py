"""Acts kept from happening, and who an attack's victims are: a prevented act is negated ("foiled a plot to bomb",
« a déjoué un attentat »); an animal shot is no one attacked; a gunman killed is the target, not a weapon; people
named by what they were doing (worshippers, crew) are actors; the victims a verb names are the target of the act
its subject names ("An Israeli airstrike killed two Syrian soldiers", "a strike wounded three firefighters"); a
passive's adverbial clause tells what the victims were doing ("killed while fighting ISIS"); one who ends an act is
not its doer; captives freed by troops are rescued, not released. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def attacks(parse: Parse, lang: str, text: str) -> list:
    return [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "French police foiled a plot to bomb a church in Lyon."),
    ("en", "Security forces thwarted an attack on the embassy in Kabul"),
    ("fr", "La police a déjoué un attentat contre une synagogue à Berlin."),
])
def test_a_prevented_attack_is_negated(parse: Parse, lang: str, text: str) -> None:
    assert [e.modality for e in attacks(parse, lang, text)] == ["negated"]


@pytest.mark.parametrize(("lang", "text", "modalities"), [
    ("en", "Troops prevented militants from storming the base", []),
    ("en", "Militants stormed the base", ["asserted"]),  # the same act told as done
    ("fr", "Les soldats ont empêché les rebelles d'attaquer la ville", []),
    ("fr", "Les rebelles ont attaqué la ville", ["asserted"]),
])
def test_an_act_someone_was_prevented_from_doing_is_not_told_as_done(parse: Parse, lang: str, text: str,
                                                                      modalities: list[str]) -> None:
    assert [e.modality for e in attacks(parse, lang, text) if e.modality == "asserted"] == modalities


@pytest.mark.parametrize("text", [
    "Police prevented an attack on a synagogue in Berlin, arresting two suspects.",
    "Police foiled a plot to bomb a synagogue in Berlin, arresting two suspects",
])
def test_an_arrest_made_with_the_prevention_is_told(parse: Parse, text: str) -> None:
    arrests = [e for e in events_of(parse, "en", text) if e.type == "COERCE"]
    assert [e.modality for e in arrests] == ["asserted"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police shot dead a tiger in Assam."),
    ("en", "Poachers killed three rhinos in a national park"),
    ("fr", "Des policiers ont abattu un tigre dans un village indien."),
])
def test_an_animal_killed_is_no_attack(parse: Parse, lang: str, text: str) -> None:
    assert attacks(parse, lang, text) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police shot dead a robber in Assam."),
    ("en", "Poachers killed three rangers in a national park"),
    ("fr", "Des policiers ont abattu un voleur dans un village indien."),
])
def test_a_person_killed_in_the_same_words_is_an_attack(parse: Parse, lang: str, text: str) -> None:
    assert len(attacks(parse, lang, text)) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israeli troops killed a Palestinian gunman in Jenin."),
    ("fr", "Des soldats israéliens ont tué un tireur palestinien à Jénine."),
])
def test_a_gunman_killed_is_the_target(parse: Parse, lang: str, text: str) -> None:
    [attack] = attacks(parse, lang, text)
    assert attack.target is not None and attack.target.sector == "rebels"


@pytest.mark.parametrize(("lang", "text", "sector"), [
    ("en", "Gunmen attacked worshippers at a church in Burkina Faso, killing 15.", "civilians"),
    ("en", "The crew of a grain freighter were abducted by pirates near Mombasa", "civilians"),
    ("fr", "Des hommes armés ont attaqué l'équipage d'un cargo au large du Nigeria.", "civilians"),
])
def test_people_named_by_what_they_did_are_the_target(parse: Parse, lang: str, text: str, sector: str) -> None:
    [attack] = attacks(parse, lang, text)
    assert attack.target is not None and attack.target.sector == sector


def test_pirates_are_the_doers(parse: Parse) -> None:
    [attack] = attacks(parse, "en", "The crew of a grain freighter were abducted by pirates near Mombasa")
    assert attack.source is not None and attack.source.sector == "rebels"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "An Israeli airstrike killed two Syrian soldiers."),
    ("en", "An Israeli airstrike killed two Syrian soldiers"),
    ("fr", "Une frappe aérienne israélienne a tué deux soldats syriens."),
])
def test_the_victims_the_verb_names_are_the_target_of_the_act_its_subject_names(parse: Parse, lang: str,
                                                                               text: str) -> None:
    [attack] = attacks(parse, lang, text)
    assert attack.target is not None and (attack.target.sector, attack.target.country) == ("military", "SYR")


def test_what_the_victims_were_doing_names_no_target(parse: Parse) -> None:
    [attack] = attacks(parse, "en", "Two men were killed while fighting ISIS in Syria.")
    assert attack.target is not None and "Islamic State" not in attack.target.name


@pytest.mark.parametrize("text", [
    "Police ended the kidnapping of two children in Lagos",
    "Police ended the kidnapping of two children in Lagos.",
])
def test_who_ends_an_act_is_not_its_doer(parse: Parse, text: str) -> None:
    [attack] = attacks(parse, "en", text)
    assert attack.source is None or attack.source.sector != "police"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Special forces stormed the building and freed the hostages"),
    ("fr", "Les forces spéciales ont libéré les otages retenus dans l'immeuble."),
])
def test_captives_freed_by_troops_are_no_release(parse: Parse, lang: str, text: str) -> None:
    assert [e for e in events_of(parse, lang, text) if e.type == "RETREAT"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hamas freed three Israeli hostages on Saturday"),
    ("fr", "Le Hamas a libéré trois otages israéliens samedi."),
])
def test_captives_freed_by_their_captors_are_released(parse: Parse, lang: str, text: str) -> None:
    assert [e.mode for e in events_of(parse, lang, text) if e.type == "RETREAT"] == ["release"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile strike wounded three Ukrainian firefighters in Kharkiv."),
    ("en", "A Russian missile strike wounded three Ukrainian firefighters in Kharkiv"),
    ("fr", "Une frappe russe a blessé trois pompiers ukrainiens à Kharkiv."),
])
def test_the_casualties_of_an_act_named_as_subject_are_its_target(parse: Parse, lang: str, text: str) -> None:
    [attack] = attacks(parse, lang, text)
    assert attack.target is not None and attack.target.country == "UKR" and attack.target.sector != "civilians"
