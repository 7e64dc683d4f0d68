"""Generate the country rows, and each major country's government, armed forces and ministries, of
``kb/data/actors.jsonl``.

Country names come from ``pycountry`` (English, and French through its gettext locales), corrected by the
tables below to the forms news uses (the English Wikipedia title: "Russia", not "Russian Federation"); the
Wikidata ids are the countries' items. Institution rows are built from a country's demonyms: "Russian
forces" / "forces russes" → Russian Armed Forces. Every other line of the file (people, organisations, media)
is written by hand and kept as it is: this script replaces only the rows whose ids it generates.

    python -m wirewatch.kb.tools.build_countries            # rewrite kb/data/actors.jsonl in place
    python -m wirewatch.kb.tools.build_countries --check    # exit 1 when the file is not up to date
"""

from __future__ import annotations

import gettext
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from wirewatch.kb.tools.generated_file import write_or_check

ACTOR_FILE = Path(__file__).parents[1] / "data" / "actors.jsonl"

# The 193 UN member states, the two observer states, Taiwan, Kosovo and Western Sahara: ISO3 → Wikidata id.
COUNTRY_QIDS_FILE = Path(__file__).parents[1] / "data" / "country_qids.tsv"
NON_ISO_CODES: frozenset[str] = frozenset({"XKX"})

# English Wikipedia titles where pycountry's name differs.
EN_NAMES: dict[str, str] = {
    "BHS": "The Bahamas", "BOL": "Bolivia", "BRN": "Brunei", "CPV": "Cape Verde", "CHN": "China",
    "COG": "Republic of the Congo", "COD": "Democratic Republic of the Congo", "CIV": "Ivory Coast",
    "CZE": "Czech Republic", "FSM": "Federated States of Micronesia", "GMB": "The Gambia", "IRN": "Iran",
    "PRK": "North Korea", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova", "PSE": "State of Palestine",
    "RUS": "Russia", "SYR": "Syria", "TZA": "Tanzania", "TLS": "East Timor", "TUR": "Turkey",
    "VAT": "Vatican City", "VEN": "Venezuela", "VNM": "Vietnam", "TWN": "Taiwan", "XKX": "Kosovo",
    "USA": "United States",
}
# French usual names where pycountry's French name is an inverted official form ("Russie, Fédération de").
FR_NAMES: dict[str, str] = {
    "BOL": "Bolivie", "BRN": "Brunei", "FSM": "Micronésie", "IRN": "Iran", "KOR": "Corée du Sud",
    "PRK": "Corée du Nord", "LAO": "Laos", "MDA": "Moldavie", "PSE": "Palestine", "RUS": "Russie",
    "SYR": "Syrie", "TZA": "Tanzanie", "VAT": "Vatican", "VEN": "Venezuela", "TWN": "Taïwan", "XKX": "Kosovo",
    "VNM": "Viêt Nam", "BHS": "Bahamas", "GMB": "Gambie", "COD": "République démocratique du Congo",
    "CPV": "Cap-Vert", "TLS": "Timor oriental", "CZE": "Tchéquie", "MKD": "Macédoine du Nord",
    "SLB": "Îles Salomon",
}
EN_ALIASES: dict[str, list[str]] = {
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America", "the United States", "the US"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "the UK"],
    "RUS": ["Russian Federation"], "CHN": ["People's Republic of China", "PRC", "mainland China"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"], "KOR": ["Republic of Korea", "ROK"],
    "IRN": ["Islamic Republic of Iran", "Persia"], "ARE": ["UAE", "U.A.E.", "Emirates"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa"], "COG": ["Congo-Brazzaville", "Congo Republic"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"], "CZE": ["Czechia"], "TUR": ["Türkiye", "Turkiye"],
    "MMR": ["Burma"], "NLD": ["Holland"], "SWZ": ["Swaziland"], "TLS": ["Timor-Leste"], "CPV": ["Cabo Verde"],
    "PSE": ["Palestine", "Palestinian territories"], "VAT": ["the Vatican", "Vatican"],
    "MKD": ["Macedonia"], "SAU": ["Saudi", "KSA"], "BIH": ["Bosnia"], "SYR": ["Syrian Arab Republic"],
    "VNM": ["Viet Nam"], "LAO": ["Lao PDR"], "CAF": ["CAR"], "DEU": ["Federal Republic of Germany"],
    "TWN": ["Republic of China", "Chinese Taipei"], "BHS": ["Bahamas"], "GMB": ["Gambia"],
}
FR_ALIASES: dict[str, list[str]] = {  # not "Angleterre": England, a place of the gazetteer (as "England" in English)
    "USA": ["Etats-Unis", "USA", "Amérique"], "GBR": ["Grande-Bretagne"],
    "RUS": ["Fédération de Russie"], "CHN": ["République populaire de Chine", "RPC", "Chine continentale"],
    "PRK": ["RPDC", "République populaire démocratique de Corée"], "KOR": ["République de Corée"],
    "IRN": ["République islamique d'Iran", "Perse"], "ARE": ["EAU", "Émirats", "Émirats arabes unis"],
    "COD": ["RDC", "RD Congo", "Congo-Kinshasa"], "COG": ["Congo-Brazzaville"], "CZE": ["République tchèque"],
    "TUR": ["Türkiye"], "MMR": ["Birmanie"], "PSE": ["État de Palestine",
    "Territoires palestiniens"], "VAT": ["Cité du Vatican"], "MKD": ["Macédoine"],
    "SAU": ["Arabie"], "BIH": ["Bosnie"], "SWZ": ["Swaziland"], "MDA": ["Moldova"], "TLS": ["Timor-Leste"],
    "KGZ": ["Kirghizstan"], "BLR": ["Biélorussie", "Belarus"], "VNM": ["Vietnam"], "MUS": ["île Maurice"],
    "SLV": ["El Salvador"], "SUR": ["Suriname"], "SSD": ["Sud-Soudan"],
    "DEU": ["République fédérale d'Allemagne", "RFA"], "CPV": ["Cap Vert"],
}


@dataclass(frozen=True)
class Institutions:
    """A country's demonyms and the canonical names of its government, armed forces and two ministries."""

    en: tuple[str, ...]  # English demonyms/attributive forms: ("US", "U.S.", "American")
    fr: str  # French adjective, masculine singular; "turc/turque" gives an irregular feminine
    government: str = ""
    armed_forces: str = ""
    foreign_ministry: str = ""
    defence_ministry: str = ""
    extra: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # kind → {lang: extra aliases}
    drop: frozenset[str] = frozenset()  # generated forms that name something else ("US Army" is one branch)


INSTITUTIONS: dict[str, Institutions] = {
    "RUS": Institutions(("Russian",), "russe", "Government of Russia", "Russian Armed Forces",
                        "Ministry of Foreign Affairs of Russia", "Ministry of Defence of Russia",
                        {"armed_forces": {"en": ["Russian Army"], "fr": ["armée de Moscou"]},
                         "foreign_ministry": {"en": ["MID"], "fr": ["MID"]}}),
    "UKR": Institutions(("Ukrainian",), "ukrainien", "Government of Ukraine", "Armed Forces of Ukraine",
                        "Ministry of Foreign Affairs of Ukraine", "Ministry of Defence of Ukraine",
                        {"armed_forces": {"en": ["ZSU", "AFU", "Ukraine's armed forces"],
                                          "fr": ["armée de Kiev", "armée de Kyiv"]}}),
    "USA": Institutions(("US", "U.S.", "American", "United States"), "américain",
                        "United States government", "United States Armed Forces",  # the article's short name
                        # ("U.S. government"): its title, "Federal government of …", is written by no news
                        "United States Department of State", "United States Department of Defense",
                        {"foreign_ministry": {"en": ["State Department", "Department of State"],
                                              "fr": ["département d'État", "Département d'État américain"]},
                         "defence_ministry": {"en": ["Department of Defense", "DoD", "Department of War",
                                                     "War Department"],
                                              "fr": ["département de la Défense", "ministère de la Guerre"]},
                         # "the Trump administration", « l'administration Biden »: news and its annotation
                         # name the president there (a mention of Donald Trump), so no leader's name is an alias
                         "government": {"en": ["US administration", "American administration"],
                                        "fr": ["administration américaine"]}},
                        frozenset({"US army", "U.S. army", "United States army"})),
    "FRA": Institutions(("French",), "français", "Government of France", "French Armed Forces",
                        "Ministry for Europe and Foreign Affairs", "French Ministry of the Armed Forces",
                        {"defence_ministry": {"en": ["Ministry of the Armed Forces"],
                                              "fr": ["ministère des Armées"]},
                         "foreign_ministry": {"en": ["French Foreign Ministry"],
                                              "fr": ["ministère de l'Europe et des Affaires étrangères"]}}),
    "GBR": Institutions(("British", "UK", "U.K."), "britannique", "Government of the United Kingdom",
                        "British Armed Forces", "Foreign, Commonwealth and Development Office",
                        "UK Ministry of Defence",
                        {"foreign_ministry": {"en": ["Foreign Office", "FCDO"], "fr": ["Foreign Office"]},
                         "defence_ministry": {"en": ["MoD"]},
                         "government": {"en": ["HM Government", "Her Majesty's Government",
                                               "His Majesty's Government"]}}),
    "DEU": Institutions(("German",), "allemand", "Federal Government of Germany", "Bundeswehr",
                        "Federal Foreign Office", "German Federal Ministry of Defence",
                        {"foreign_ministry": {"en": ["Auswärtiges Amt"], "fr": ["Auswärtiges Amt"]}}),
    "ITA": Institutions(("Italian",), "italien", "Government of Italy", "Italian Armed Forces"),
    "ESP": Institutions(("Spanish",), "espagnol", "Government of Spain", "Spanish Armed Forces"),
    "POL": Institutions(("Polish",), "polonais", "Government of Poland", "Polish Armed Forces"),
    "CAN": Institutions(("Canadian",), "canadien", "Government of Canada", "Canadian Armed Forces",
                        "Global Affairs Canada", "Department of National Defence"),
    "JPN": Institutions(("Japanese",), "japonais", "Government of Japan", "Japan Self-Defense Forces",
                        extra={"armed_forces": {"en": ["JSDF", "Self-Defense Forces"],
                                                "fr": ["Forces japonaises d'autodéfense"]}}),
    "CHN": Institutions(("Chinese",), "chinois", "Government of China", "People's Liberation Army",
                        "Ministry of Foreign Affairs of the People's Republic of China",
                        "Ministry of National Defense of the People's Republic of China",
                        {"armed_forces": {"en": ["PLA"], "fr": ["Armée populaire de libération", "APL"]},
                         "government": {"en": ["Beijing government"], "fr": ["gouvernement de Pékin"]}}),
    "IND": Institutions(("Indian",), "indien", "Government of India", "Indian Armed Forces",
                        "Ministry of External Affairs", "Ministry of Defence of India",
                        {"foreign_ministry": {"en": ["MEA"]}}),
    "BRA": Institutions(("Brazilian",), "brésilien", "Government of Brazil", "Brazilian Armed Forces"),
    "MEX": Institutions(("Mexican",), "mexicain", "Government of Mexico", "Mexican Armed Forces"),
    "ARG": Institutions(("Argentine", "Argentinian"), "argentin", "Government of Argentina",
                        "Argentine Armed Forces"),
    "ZAF": Institutions(("South African",), "sud-africain", "Government of South Africa",
                        "South African National Defence Force", extra={"armed_forces": {"en": ["SANDF"]}}),
    "AUS": Institutions(("Australian",), "australien", "Government of Australia", "Australian Defence Force",
                        "Department of Foreign Affairs and Trade", "Australian Department of Defence",
                        {"armed_forces": {"en": ["ADF"]}}),
    "KOR": Institutions(("South Korean",), "sud-coréen", "Government of South Korea",
                        "Republic of Korea Armed Forces"),
    "PRK": Institutions(("North Korean",), "nord-coréen", "Government of North Korea", "Korean People's Army",
                        extra={"armed_forces": {"en": ["KPA"], "fr": ["Armée populaire de Corée"]},
                               "government": {"en": ["Pyongyang regime"], "fr": ["régime de Pyongyang"]}}),
    "IDN": Institutions(("Indonesian",), "indonésien", "Government of Indonesia",
                        "Indonesian National Armed Forces", extra={"armed_forces": {"en": ["TNI"]}}),
    "TUR": Institutions(("Turkish",), "turc/turque", "Government of Turkey", "Turkish Armed Forces",
                        extra={"armed_forces": {"en": ["TAF"]}}),
    "SAU": Institutions(("Saudi", "Saudi Arabian"), "saoudien", "Government of Saudi Arabia",
                        "Saudi Arabian Armed Forces"),
    "ISR": Institutions(("Israeli",), "israélien", "Government of Israel", "Israel Defense Forces",
                        "Ministry of Foreign Affairs of Israel", "Ministry of Defense of Israel",
                        {"armed_forces": {"en": ["IDF", "Tsahal", "Israeli Defence Forces", "Israeli Defense Forces",
                                                 "Israel Defence Forces"],
                                          "fr": ["Tsahal", "Forces de défense d'Israël", "IDF",
                                                 "Forces de défense israéliennes"]}}),
    "IRN": Institutions(("Iranian",), "iranien", "Government of Iran", "Islamic Republic of Iran Armed Forces",
                        extra={"armed_forces": {"en": ["Iran's armed forces"]},
                               "government": {"en": ["Tehran regime", "Iranian regime"],
                                              "fr": ["régime iranien", "régime de Téhéran"]}}),
    "IRQ": Institutions(("Iraqi",), "irakien", "Government of Iraq", "Iraqi Armed Forces"),
    "SYR": Institutions(("Syrian",), "syrien", "Government of Syria", "Syrian Armed Forces",
                        extra={"armed_forces": {"en": ["Syrian Arab Army"], "fr": ["Armée arabe syrienne"]}}),
    "LBN": Institutions(("Lebanese",), "libanais", "Government of Lebanon", "Lebanese Armed Forces",
                        extra={"armed_forces": {"en": ["LAF"]}}),
    "JOR": Institutions(("Jordanian",), "jordanien", "Government of Jordan", "Jordanian Armed Forces"),
    "EGY": Institutions(("Egyptian",), "égyptien", "Government of Egypt", "Egyptian Armed Forces"),
    "QAT": Institutions(("Qatari",), "qatari/qatarie", "Government of Qatar", "Qatar Armed Forces",
                        extra={"foreign_ministry": {"fr": ["diplomatie qatarienne"]}}),
    "ARE": Institutions(("Emirati", "UAE"), "émirati/émiratie", "Government of the United Arab Emirates",
                        "United Arab Emirates Armed Forces"),
    "KWT": Institutions(("Kuwaiti",), "koweïtien", "Government of Kuwait", "Kuwait Armed Forces"),
    "BHR": Institutions(("Bahraini",), "bahreïni/bahreïnie", "Government of Bahrain", "Bahrain Defence Force"),
    "OMN": Institutions(("Omani",), "omanais", "Government of Oman", "Sultan of Oman's Armed Forces"),
    "YEM": Institutions(("Yemeni",), "yéménite", "Government of Yemen", "Yemeni Armed Forces"),
    "SDN": Institutions(("Sudanese",), "soudanais", "Government of Sudan", "Sudanese Armed Forces",
                        extra={"armed_forces": {"en": ["SAF"], "fr": ["FAS"]}}),
    "LBY": Institutions(("Libyan",), "libyen", "Government of Libya", "Libyan Army"),
    "BLR": Institutions(("Belarusian", "Belarussian"), "biélorusse", "Government of Belarus",
                        "Armed Forces of Belarus", extra={"armed_forces": {"fr": ["armée bélarusse"]}}),
    "EST": Institutions(("Estonian",), "estonien", "Government of Estonia", "Estonian Defence Forces"),
    "LVA": Institutions(("Latvian",), "letton/lettone", "Government of Latvia", "Latvian National Armed Forces"),
    "LTU": Institutions(("Lithuanian",), "lituanien", "Government of Lithuania", "Lithuanian Armed Forces"),
    "FIN": Institutions(("Finnish",), "finlandais", "Government of Finland", "Finnish Defence Forces"),
    "SWE": Institutions(("Swedish",), "suédois", "Government of Sweden", "Swedish Armed Forces"),
    "NOR": Institutions(("Norwegian",), "norvégien", "Government of Norway", "Norwegian Armed Forces"),
    "DNK": Institutions(("Danish",), "danois", "Government of Denmark", "Danish Defence"),
    "NLD": Institutions(("Dutch",), "néerlandais", "Government of the Netherlands", "Netherlands Armed Forces"),
    "BEL": Institutions(("Belgian",), "belge", "Federal Government of Belgium", "Belgian Armed Forces"),
    "HUN": Institutions(("Hungarian",), "hongrois", "Government of Hungary", "Hungarian Defence Forces"),
    "ROU": Institutions(("Romanian",), "roumain", "Government of Romania", "Romanian Armed Forces"),
    "MDA": Institutions(("Moldovan",), "moldave", "Government of Moldova", "Armed Forces of Moldova"),
    "GEO": Institutions(("Georgian",), "géorgien", "Government of Georgia", "Defense Forces of Georgia"),
    "ARM": Institutions(("Armenian",), "arménien", "Government of Armenia", "Armed Forces of Armenia"),
    "AZE": Institutions(("Azerbaijani",), "azerbaïdjanais", "Government of Azerbaijan",
                        "Azerbaijani Armed Forces"),
    "VEN": Institutions(("Venezuelan",), "vénézuélien", "Government of Venezuela",
                        "National Bolivarian Armed Forces of Venezuela", extra={"armed_forces": {"en": ["FANB"],
                                                                                                 "fr": ["FANB"]}}),
    "PAK": Institutions(("Pakistani",), "pakistanais", "Government of Pakistan", "Pakistan Armed Forces"),
    "AFG": Institutions(("Afghan",), "afghan", "Government of Afghanistan", "Afghan Armed Forces"),
    "ETH": Institutions(("Ethiopian",), "éthiopien", "Government of Ethiopia", "Ethiopian National Defense Force"),
    "NGA": Institutions(("Nigerian",), "nigérian", "Government of Nigeria", "Nigerian Armed Forces"),
    "MLI": Institutions(("Malian",), "malien", "Government of Mali", "Malian Armed Forces",
                        extra={"armed_forces": {"en": ["FAMa"], "fr": ["FAMa"]}}),
    "COD": Institutions(("Congolese",), "congolais", "Government of the Democratic Republic of the Congo",
                        "Armed Forces of the Democratic Republic of the Congo",
                        extra={"armed_forces": {"en": ["FARDC"], "fr": ["FARDC"]}}),
}
INSTITUTION_KINDS: dict[str, tuple[str, str]] = {  # kind → (role, sector)
    "government": ("government", "government"),
    "armed_forces": ("armed forces", "military"),
    "foreign_ministry": ("ministry", "government"),
    "defence_ministry": ("ministry", "government"),
}


def french_forms(adjective: str) -> tuple[str, str, str, str]:
    """Masculine and feminine, singular and plural of a French adjective of nationality."""
    masc, _, fem = adjective.partition("/")
    if not fem:
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith("ien"):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    masc_pl = masc if masc.endswith(("s", "x")) else masc + "s"
    return masc, fem, masc_pl, fem + "s"


def institution_aliases(kind: str, country_en: str, inst: Institutions) -> dict[str, list[str]]:
    """The English and French surface forms of one institution of a country, from its demonyms."""
    masc, fem, masc_pl, fem_pl = french_forms(inst.fr)
    en: list[str] = []
    fr: list[str] = []
    if kind == "government":
        for dem in inst.en:
            en += [f"{dem} government", f"{dem} authorities", f"{dem} regime"]
        en += [f"government of {country_en}", f"{country_en}'s government"]
        fr += [f"gouvernement {masc}", f"autorités {fem_pl}", f"exécutif {masc}", f"régime {masc}"]
    elif kind == "armed_forces":
        for dem in inst.en:
            en += [f"{dem} armed forces", f"{dem} forces", f"{dem} army", f"{dem} military", f"{dem} troops",
                   f"{dem} soldiers", f"{dem} security forces"]
        en += [f"{country_en}'s armed forces", f"{country_en}'s military", f"{country_en}'s army",
               f"{country_en}'s forces"]
        fr += [f"forces armées {fem_pl}", f"forces {fem_pl}", f"armée {fem}", f"troupes {fem_pl}",
               f"militaires {masc_pl}", f"soldats {masc_pl}", f"forces de sécurité {fem_pl}"]
    elif kind == "foreign_ministry":
        for dem in inst.en:
            en += [f"{dem} Foreign Ministry", f"{dem} Ministry of Foreign Affairs", f"{dem} foreign office"]
        en += [f"Foreign Ministry of {country_en}", f"{country_en}'s Foreign Ministry"]
        fr += [f"ministère {masc} des Affaires étrangères", f"diplomatie {fem}",
               f"ministère des Affaires étrangères {masc}"]
    else:
        for dem in inst.en:
            en += [f"{dem} Defence Ministry", f"{dem} Defense Ministry", f"{dem} Ministry of Defence",
                   f"{dem} Ministry of Defense"]
        en += [f"Defence Ministry of {country_en}", f"{country_en}'s Defence Ministry"]
        fr += [f"ministère {masc} de la Défense", f"ministère de la Défense {masc}"]
    extra = inst.extra.get(kind, {})
    return {lang: _unique([f for f in forms + extra.get(lang, []) if f not in inst.drop])
            for lang, forms in (("en", en), ("fr", fr))}


def _unique(forms: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for form in forms:
        if form.casefold() not in seen:
            seen.add(form.casefold())
            out.append(form)
    return out


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def country_qids() -> dict[str, str]:
    rows = [line.split("\t") for line in COUNTRY_QIDS_FILE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {iso3: qid for iso3, qid in rows[1:]}


def country_rows() -> list[dict[str, object]]:
    """One LOC row per country: Wikidata id, English title, English and French names and variants."""
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    rows: list[dict[str, object]] = []
    for iso3, qid in country_qids().items():
        record = pycountry.countries.get(alpha_3=iso3)
        en_forms: list[str] = []
        fr_forms: list[str] = []
        if record is not None:
            for attr in ("common_name", "name", "official_name"):
                value = getattr(record, attr, None)
                if value and "," not in value and "(" not in value:
                    en_forms.append(value)
            fr_name = french.gettext(record.name)
            if "," not in fr_name and "(" not in fr_name:
                fr_forms.append(fr_name)
        name = EN_NAMES.get(iso3) or (en_forms[0] if en_forms else iso3)
        if iso3 in FR_NAMES:
            fr_forms.insert(0, FR_NAMES[iso3])
        aliases = {
            "en": _unique([name, *en_forms, *EN_ALIASES.get(iso3, [])]),
            "fr": _unique([*fr_forms, *FR_ALIASES.get(iso3, [])]),
        }
        rows.append({"id": qid, "name": name, "type": "LOC", "country": iso3, "role": "country",
                     "aliases": {lang: forms for lang, forms in aliases.items() if forms}})
    return rows


def institution_rows() -> list[dict[str, object]]:
    """Government, armed forces, foreign and defence ministry rows of each country in INSTITUTIONS."""
    rows: list[dict[str, object]] = []
    for iso3, inst in INSTITUTIONS.items():
        country_en = EN_NAMES.get(iso3) or _country_name(iso3)
        for kind, (role, sector) in INSTITUTION_KINDS.items():
            name = getattr(inst, kind) or _default_name(kind, country_en)
            rows.append({"id": f"ww:{_slug(kind)}-{iso3.lower()}", "name": name, "type": "ORG", "country": iso3,
                         "role": role, "sector": sector,
                         "aliases": institution_aliases(kind, country_en, inst)})
    return rows


def _country_name(iso3: str) -> str:
    record = pycountry.countries.get(alpha_3=iso3)
    return str(getattr(record, "common_name", None) or record.name) if record else iso3


def _default_name(kind: str, country_en: str) -> str:
    article = "the " if country_en.startswith(("United", "Netherlands", "Democratic", "Czech")) else ""
    return {
        "government": f"Government of {article}{country_en}",
        "armed_forces": f"Armed Forces of {article}{country_en}",
        "foreign_ministry": f"Ministry of Foreign Affairs of {article}{country_en}",
        "defence_ministry": f"Ministry of Defence of {article}{country_en}",
    }[kind]


def merge(generated: list[dict[str, object]], existing_lines: list[str]) -> list[str]:
    """Generated rows first, then every existing line whose id the generator does not produce."""
    ids = {row["id"] for row in generated}
    kept = [line for line in existing_lines if line.strip() and json.loads(line)["id"] not in ids]
    return [json.dumps(row, ensure_ascii=False) for row in generated] + kept


def main(argv: list[str]) -> int:
    existing = ACTOR_FILE.read_text(encoding="utf-8").splitlines() if ACTOR_FILE.is_file() else []
    lines = merge(country_rows() + institution_rows(), existing)
    text = "\n".join(lines) + "\n"
    return write_or_check(ACTOR_FILE, text, "python -m wirewatch.kb.tools.build_countries", "--check" in argv,
                          f"{len(lines)} actors")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
