#!/usr/bin/env python3
"""Make an independent benchmark corpus of `timeline` policy records.

The corpus models a large, messy, real-world tracker rather than a uniform
"N policies x K events" grid:

* an international tracker of government measures: countries (and, for some
  federal countries, states/provinces/prefectures) x measure types (school
  closures, curfews, travel restrictions, eviction moratoria, asylum
  reception, ...), filed as international/<region>/<cc>/[<subunit>/]<id>.y(a)ml;
* a national tracker of long-lived programmes (US TPS designations, refugee
  ceilings, sanctions programmes, EU/UK measures ...), filed as
  national/<jurisdiction>/<agency>/<id>.y(a)ml, plus a few flat legacy files
  at the top level.

Events per policy are heavy-tailed (most policies have 1-5 events, some
50-300, a few 1000+). Text is varied (long folded/literal block scalars,
unicode in many scripts, quotes, colons, '#', values that YAML 1.1 would
mistype unless quoted), and the optional record features (aliases, context,
announced, authority, case, set, note, uncertain dates, several sources,
quotes, updated, extracted provenance, last_reviewed) appear in realistic
proportions. Status changes follow docs/validation.md, and action/status
pairs are the ones the validator accepts without an `action-status` warning.

All content is synthetic: names of places and institutions are real, but
the events, numbers, titles, quotes and URL paths are generated.

Usage:
    python3 make_corpus.py --seed 7 --events 100000 --out DIR
    python3 make_corpus.py --seed 7 --events 10000 --out DIR --warnings none

Only the standard library and PyYAML (for its YAML 1.1 resolver, to decide
which scalars need quotes) are used. Output is deterministic for a given
(--seed, --events, --warnings).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
import time
import unicodedata
from datetime import date
from functools import lru_cache

import yaml

TODAY = date(2025, 6, 30).toordinal()        # nothing is dated after this
EPOCH = date(1990, 1, 1).toordinal()          # nothing is dated before this
REVIEW_FLOOR = date(2024, 7, 5).toordinal()   # last_reviewed within 365 days of TODAY
COVID0 = date(2020, 1, 20).toordinal()


@lru_cache(maxsize=None)
def iso(o: int) -> str:
    return date.fromordinal(o).isoformat()


@lru_cache(maxsize=None)
def ymd(o: int) -> tuple[int, int, int]:
    d = date.fromordinal(o)
    return d.year, d.month, d.day


def d_(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


# --------------------------------------------------------------------------
# YAML scalar emission
# --------------------------------------------------------------------------

_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"
_RISKY_FIRST = set("0123456789+-.~<=yYnNtTfFoO")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_BAD = re.compile(r"[,\[\]{}]")
_NUMERICISH = re.compile(r"^[-+]?[0-9.][0-9._:eE+-]*$")
_YN = {"y", "Y", "n", "N", "yes", "no", "on", "off", "true", "false", "null", "~"}


@lru_cache(maxsize=200_000)
def _typed_other(s: str) -> bool:
    """True when YAML 1.1 would read s as something else than text."""
    if s.lower() in _YN or _NUMERICISH.match(s):
        return True
    if s[0] in _RISKY_FIRST:
        return _RESOLVER.resolve(yaml.ScalarNode, s, (True, False)) != _STR_TAG
    return False


def plain_ok(s: str, flow: bool = False) -> bool:
    if not s or s[0] in _INDICATORS or s[0] == " " or s[-1] in " :":
        return False
    if ": " in s or " #" in s or "\t" in s or "\n" in s:
        return False
    if flow and _FLOW_BAD.search(s):
        return False
    return not _typed_other(s)


def q(s: str, flow: bool = False, style: float = 0.0) -> str:
    """One-line scalar: plain when safe, else single quotes (sometimes double)."""
    if plain_ok(s, flow):
        return s
    if style < 0.3 and "\\" not in s and '"' not in s:
        return '"' + s + '"'
    return "'" + s.replace("'", "''") + "'"


def wrap(text: str, width: int) -> list[str]:
    out, cur, n = [], [], 0
    for w in text.split(" "):
        if cur and n + 1 + len(w) > width:
            out.append(" ".join(cur))
            cur, n = [w], len(w)
        else:
            n += len(w) + (1 if cur else 0)
            cur.append(w)
    if cur:
        out.append(" ".join(cur))
    return out


def emit_text(lines: list, ind: str, key: str, text: str, rng: random.Random, block_from: int = 90,
              col: int = 0) -> None:
    """key: text, as plain/quoted, folded (>-, >) or literal (|, |-) block."""
    if "\n" in text:
        chomp = "" if text.endswith("\n") else "-"
        lines.append(f"{ind}{key}: |{chomp}")
        sub = ind + "  "
        for ln in text.rstrip("\n").split("\n"):
            lines.append(sub + ln if ln else "")
        return
    if len(text) >= block_from and rng.random() < 0.8:
        # folded: single spaces only, so folding restores the text exactly
        chomp = "-" if rng.random() < 0.93 else ""
        lines.append(f"{ind}{key}: >{chomp}")
        sub = ind + "  "
        width = 78 - len(sub) - col if rng.random() < 0.8 else 110 - col
        for ln in wrap(text, max(width, 30)):
            lines.append(sub + ln)
        return
    lines.append(f"{ind}{key}: {q(text, style=rng.random())}")


def flow_value(v, rng) -> str:
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, Date):
        return v.s
    if isinstance(v, list):
        return "[" + ", ".join(flow_value(x, rng) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{q(k, flow=True)}: {flow_value(x, rng)}" for k, x in v.items()) + "}"
    return q(v, flow=True, style=rng.random())


def emit_value(lines: list, ind: str, key: str, v, rng) -> None:
    """key: value in block style (lists/maps block or flow at random)."""
    if isinstance(v, list) and v and rng.random() < 0.45:
        lines.append(f"{ind}{key}:")
        for x in v:
            lines.append(f"{ind}  - {flow_value(x, rng)}")
    elif isinstance(v, dict) and v and rng.random() < 0.5:
        lines.append(f"{ind}{key}:")
        for k, x in v.items():
            emit_value(lines, ind + "  ", q(k), x, rng)
    else:
        lines.append(f"{ind}{key}: {flow_value(v, rng)}")


class Date:
    """An attribute value that is a date (written as a bare YAML date)."""
    __slots__ = ("s",)

    def __init__(self, o: int):
        self.s = iso(o)


# --------------------------------------------------------------------------
# Reference data (real places and institutions; everything else is synthetic)
# --------------------------------------------------------------------------

# cc, region, English name, local name, language, currency, government web domain
COUNTRIES = [
    ("fr", "europe", "France", "France", "fr", "EUR", "gouvernement.fr"),
    ("de", "europe", "Germany", "Deutschland", "de", "EUR", "bundesregierung.de"),
    ("es", "europe", "Spain", "España", "es", "EUR", "lamoncloa.gob.es"),
    ("it", "europe", "Italy", "Italia", "it", "EUR", "governo.it"),
    ("pt", "europe", "Portugal", "Portugal", "pt", "EUR", "portugal.gov.pt"),
    ("nl", "europe", "Netherlands", "Nederland", "nl", "EUR", "rijksoverheid.nl"),
    ("be", "europe", "Belgium", "Belgique / België", "fr", "EUR", "belgium.be"),
    ("ch", "europe", "Switzerland", "Schweiz / Suisse", "de", "CHF", "admin.ch"),
    ("at", "europe", "Austria", "Österreich", "de", "EUR", "bundeskanzleramt.gv.at"),
    ("pl", "europe", "Poland", "Polska", "pl", "PLN", "gov.pl"),
    ("se", "europe", "Sweden", "Sverige", "sv", "SEK", "regeringen.se"),
    ("gr", "europe", "Greece", "Ελλάδα", "el", "EUR", "gov.gr"),
    ("ie", "europe", "Ireland", "Éire", "en", "EUR", "gov.ie"),
    ("gb", "europe", "United Kingdom", "United Kingdom", "en", "GBP", "gov.uk"),
    ("no", "europe", "Norway", "Norge", "en", "NOK", "regjeringen.no"),
    ("dk", "europe", "Denmark", "Danmark", "en", "DKK", "regeringen.dk"),
    ("cz", "europe", "Czechia", "Česko", "en", "CZK", "vlada.cz"),
    ("hu", "europe", "Hungary", "Magyarország", "en", "HUF", "kormany.hu"),
    ("ro", "europe", "Romania", "România", "en", "RON", "gov.ro"),
    ("hr", "europe", "Croatia", "Hrvatska", "en", "EUR", "vlada.gov.hr"),
    ("ua", "europe", "Ukraine", "Україна", "en", "UAH", "kmu.gov.ua"),
    ("jp", "asia-pacific", "Japan", "日本", "ja", "JPY", "kantei.go.jp"),
    ("cn", "asia-pacific", "China", "中国", "zh", "CNY", "gov.cn"),
    ("tw", "asia-pacific", "Taiwan", "臺灣", "zh", "TWD", "ey.gov.tw"),
    ("kr", "asia-pacific", "South Korea", "대한민국", "ko", "KRW", "korea.kr"),
    ("in", "asia-pacific", "India", "भारत", "en", "INR", "india.gov.in"),
    ("id", "asia-pacific", "Indonesia", "Indonesia", "en", "IDR", "indonesia.go.id"),
    ("ph", "asia-pacific", "Philippines", "Pilipinas", "en", "PHP", "gov.ph"),
    ("vn", "asia-pacific", "Viet Nam", "Việt Nam", "vi", "VND", "chinhphu.vn"),
    ("th", "asia-pacific", "Thailand", "ประเทศไทย", "en", "THB", "thaigov.go.th"),
    ("my", "asia-pacific", "Malaysia", "Malaysia", "en", "MYR", "malaysia.gov.my"),
    ("sg", "asia-pacific", "Singapore", "Singapura", "en", "SGD", "gov.sg"),
    ("au", "asia-pacific", "Australia", "Australia", "en", "AUD", "pm.gov.au"),
    ("nz", "asia-pacific", "New Zealand", "Aotearoa", "en", "NZD", "beehive.govt.nz"),
    ("pk", "asia-pacific", "Pakistan", "پاکستان", "en", "PKR", "pakistan.gov.pk"),
    ("bd", "asia-pacific", "Bangladesh", "বাংলাদেশ", "en", "BDT", "bangladesh.gov.bd"),
    ("eg", "middle-east-north-africa", "Egypt", "مصر", "ar", "EGP", "cabinet.gov.eg"),
    ("sa", "middle-east-north-africa", "Saudi Arabia", "السعودية", "ar", "SAR", "my.gov.sa"),
    ("ae", "middle-east-north-africa", "United Arab Emirates", "الإمارات", "ar", "AED", "u.ae"),
    ("ma", "middle-east-north-africa", "Morocco", "المغرب", "ar", "MAD", "maroc.ma"),
    ("tn", "middle-east-north-africa", "Tunisia", "تونس", "ar", "TND", "pm.gov.tn"),
    ("jo", "middle-east-north-africa", "Jordan", "الأردن", "ar", "JOD", "jordan.gov.jo"),
    ("lb", "middle-east-north-africa", "Lebanon", "لبنان", "ar", "LBP", "pcm.gov.lb"),
    ("iq", "middle-east-north-africa", "Iraq", "العراق", "ar", "IQD", "gov.iq"),
    ("qa", "middle-east-north-africa", "Qatar", "قطر", "ar", "QAR", "gco.gov.qa"),
    ("tr", "middle-east-north-africa", "Türkiye", "Türkiye", "tr", "TRY", "tccb.gov.tr"),
    ("il", "middle-east-north-africa", "Israel", "ישראל", "en", "ILS", "gov.il"),
    ("us", "americas", "United States", "United States", "en", "USD", "whitehouse.gov"),
    ("ca", "americas", "Canada", "Canada", "en", "CAD", "canada.ca"),
    ("mx", "americas", "Mexico", "México", "es", "MXN", "gob.mx"),
    ("br", "americas", "Brazil", "Brasil", "pt", "BRL", "gov.br"),
    ("ar", "americas", "Argentina", "Argentina", "es", "ARS", "argentina.gob.ar"),
    ("cl", "americas", "Chile", "Chile", "es", "CLP", "gob.cl"),
    ("co", "americas", "Colombia", "Colombia", "es", "COP", "presidencia.gov.co"),
    ("pe", "americas", "Peru", "Perú", "es", "PEN", "gob.pe"),
    ("ec", "americas", "Ecuador", "Ecuador", "es", "USD", "comunicacion.gob.ec"),
    ("gt", "americas", "Guatemala", "Guatemala", "es", "GTQ", "guatemala.gob.gt"),
    ("hn", "americas", "Honduras", "Honduras", "es", "HNL", "presidencia.gob.hn"),
    ("sv", "americas", "El Salvador", "El Salvador", "es", "USD", "presidencia.gob.sv"),
    ("pa", "americas", "Panama", "Panamá", "es", "PAB", "presidencia.gob.pa"),
    ("cr", "americas", "Costa Rica", "Costa Rica", "es", "CRC", "presidencia.go.cr"),
    ("do", "americas", "Dominican Republic", "República Dominicana", "es", "DOP", "presidencia.gob.do"),
    ("za", "sub-saharan-africa", "South Africa", "South Africa", "en", "ZAR", "gov.za"),
    ("ng", "sub-saharan-africa", "Nigeria", "Nigeria", "en", "NGN", "statehouse.gov.ng"),
    ("ke", "sub-saharan-africa", "Kenya", "Kenya", "en", "KES", "president.go.ke"),
    ("gh", "sub-saharan-africa", "Ghana", "Ghana", "en", "GHS", "presidency.gov.gh"),
    ("et", "sub-saharan-africa", "Ethiopia", "ኢትዮጵያ", "en", "ETB", "pmo.gov.et"),
    ("sn", "sub-saharan-africa", "Senegal", "Sénégal", "fr", "XOF", "sec.gouv.sn"),
    ("ci", "sub-saharan-africa", "Côte d'Ivoire", "Côte d'Ivoire", "fr", "XOF", "gouv.ci"),
    ("cm", "sub-saharan-africa", "Cameroon", "Cameroun", "fr", "XAF", "spm.gov.cm"),
    ("ug", "sub-saharan-africa", "Uganda", "Uganda", "en", "UGX", "statehouse.go.ug"),
    ("rw", "sub-saharan-africa", "Rwanda", "Rwanda", "en", "RWF", "gov.rw"),
]
CC = {c[0]: c for c in COUNTRIES}

# subnational units: cc -> [(code, English name, local name)]
SUBUNITS = {
    "us": [(c.lower(), n, n) for c, n in [
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
        ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("DC", "District of Columbia"),
        ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"),
        ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"),
        ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
        ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
        ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
        ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"), ("OR", "Oregon"),
        ("PA", "Pennsylvania"), ("PR", "Puerto Rico"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
        ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
        ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"),
        ("WY", "Wyoming")]],
    "de": [("by", "Bavaria", "Freistaat Bayern"), ("bw", "Baden-Württemberg", "Baden-Württemberg"),
           ("be", "Berlin", "Berlin"), ("bb", "Brandenburg", "Brandenburg"), ("hb", "Bremen", "Freie Hansestadt Bremen"),
           ("hh", "Hamburg", "Freie und Hansestadt Hamburg"), ("he", "Hesse", "Hessen"),
           ("ni", "Lower Saxony", "Niedersachsen"), ("nw", "North Rhine-Westphalia", "Nordrhein-Westfalen"),
           ("rp", "Rhineland-Palatinate", "Rheinland-Pfalz"), ("sl", "Saarland", "Saarland"),
           ("sn", "Saxony", "Freistaat Sachsen"), ("st", "Saxony-Anhalt", "Sachsen-Anhalt"),
           ("sh", "Schleswig-Holstein", "Schleswig-Holstein"), ("th", "Thuringia", "Freistaat Thüringen"),
           ("mv", "Mecklenburg-Vorpommern", "Mecklenburg-Vorpommern")],
    "ca": [("on", "Ontario", "Ontario"), ("qc", "Quebec", "Québec"), ("bc", "British Columbia", "British Columbia"),
           ("ab", "Alberta", "Alberta"), ("mb", "Manitoba", "Manitoba"), ("sk", "Saskatchewan", "Saskatchewan"),
           ("ns", "Nova Scotia", "Nouvelle-Écosse"), ("nb", "New Brunswick", "Nouveau-Brunswick"),
           ("nl", "Newfoundland and Labrador", "Newfoundland and Labrador"), ("pe", "Prince Edward Island", "Île-du-Prince-Édouard"),
           ("yt", "Yukon", "Yukon"), ("nt", "Northwest Territories", "Territoires du Nord-Ouest"), ("nu", "Nunavut", "ᓄᓇᕗᑦ")],
    "jp": [("13", "Tokyo", "東京都"), ("27", "Osaka", "大阪府"), ("01", "Hokkaido", "北海道"), ("23", "Aichi", "愛知県"),
           ("40", "Fukuoka", "福岡県"), ("47", "Okinawa", "沖縄県"), ("14", "Kanagawa", "神奈川県"), ("11", "Saitama", "埼玉県"),
           ("12", "Chiba", "千葉県"), ("26", "Kyoto", "京都府"), ("28", "Hyogo", "兵庫県"), ("04", "Miyagi", "宮城県"),
           ("34", "Hiroshima", "広島県"), ("22", "Shizuoka", "静岡県")],
    "au": [("nsw", "New South Wales", "New South Wales"), ("vic", "Victoria", "Victoria"), ("qld", "Queensland", "Queensland"),
           ("wa", "Western Australia", "Western Australia"), ("sa", "South Australia", "South Australia"),
           ("tas", "Tasmania", "Tasmania"), ("act", "Australian Capital Territory", "Australian Capital Territory"),
           ("nt", "Northern Territory", "Northern Territory")],
    "br": [("sp", "São Paulo", "São Paulo"), ("rj", "Rio de Janeiro", "Rio de Janeiro"), ("mg", "Minas Gerais", "Minas Gerais"),
           ("am", "Amazonas", "Amazonas"), ("ba", "Bahia", "Bahia"), ("rs", "Rio Grande do Sul", "Rio Grande do Sul"),
           ("pe", "Pernambuco", "Pernambuco"), ("ce", "Ceará", "Ceará"), ("pa", "Pará", "Pará"), ("df", "Distrito Federal", "Distrito Federal")],
    "es": [("md", "Madrid", "Comunidad de Madrid"), ("ct", "Catalonia", "Catalunya"), ("an", "Andalusia", "Andalucía"),
           ("pv", "Basque Country", "Euskadi"), ("vc", "Valencia", "Comunitat Valenciana"), ("ga", "Galicia", "Galicia"),
           ("cn", "Canary Islands", "Canarias"), ("ib", "Balearic Islands", "Illes Balears"), ("ar", "Aragon", "Aragón"),
           ("cl", "Castile and León", "Castilla y León")],
    "it": [("lom", "Lombardy", "Lombardia"), ("laz", "Lazio", "Lazio"), ("ven", "Veneto", "Veneto"), ("cam", "Campania", "Campania"),
           ("pie", "Piedmont", "Piemonte"), ("emr", "Emilia-Romagna", "Emilia-Romagna"), ("sic", "Sicily", "Sicilia"),
           ("tos", "Tuscany", "Toscana"), ("pug", "Apulia", "Puglia"), ("sar", "Sardinia", "Sardegna")],
    "in": [("mh", "Maharashtra", "महाराष्ट्र"), ("dl", "Delhi", "दिल्ली"), ("ka", "Karnataka", "ಕರ್ನಾಟಕ"), ("tn", "Tamil Nadu", "தமிழ்நாடு"),
           ("kl", "Kerala", "കേരളം"), ("up", "Uttar Pradesh", "उत्तर प्रदेश"), ("wb", "West Bengal", "পশ্চিমবঙ্গ"),
           ("gj", "Gujarat", "ગુજરાત"), ("rj", "Rajasthan", "राजस्थान"), ("pb", "Punjab", "ਪੰਜਾਬ")],
    "mx": [("cmx", "Mexico City", "Ciudad de México"), ("jal", "Jalisco", "Jalisco"), ("nle", "Nuevo León", "Nuevo León"),
           ("bc", "Baja California", "Baja California"), ("chh", "Chihuahua", "Chihuahua"), ("tam", "Tamaulipas", "Tamaulipas"),
           ("son", "Sonora", "Sonora"), ("coa", "Coahuila", "Coahuila de Zaragoza"), ("chp", "Chiapas", "Chiapas"),
           ("yuc", "Yucatán", "Yucatán")],
    "cn": [("hb", "Hubei", "湖北省"), ("sh", "Shanghai", "上海市"), ("bj", "Beijing", "北京市"), ("gd", "Guangdong", "广东省"),
           ("zj", "Zhejiang", "浙江省"), ("sc", "Sichuan", "四川省"), ("xj", "Xinjiang", "新疆维吾尔自治区"), ("jl", "Jilin", "吉林省")],
    "fr": [("idf", "Île-de-France", "Île-de-France"), ("ara", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"),
           ("pac", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur"), ("occ", "Occitanie", "Occitanie"),
           ("hdf", "Hauts-de-France", "Hauts-de-France"), ("gua", "Guadeloupe", "Guadeloupe"), ("may", "Mayotte", "Mayotte"),
           ("cor", "Corsica", "Corse")],
}

# Measure types: key, English name, short noun phrase, family, attribute specs
# family: covid (2020-2023 mostly), housing, migration (1995-2025), civil (2005-2025), economy (2005-2025)
MEASURES = [
    ("school-closures", "School closures", "the closure of schools", "covid"),
    ("workplace-closures", "Workplace closures", "the workplace closure order", "covid"),
    ("public-events", "Cancellation of public events", "the ban on public events", "covid"),
    ("gathering-limits", "Limits on gatherings", "the limit on gatherings", "covid"),
    ("stay-at-home", "Stay-at-home order", "the stay-at-home order", "covid"),
    ("curfew", "Night curfew", "the curfew", "covid"),
    ("international-travel", "International travel restrictions", "the international travel restrictions", "covid"),
    ("mask-mandate", "Face-covering mandate", "the mask mandate", "covid"),
    ("testing-policy", "Public testing policy", "the public testing policy", "covid"),
    ("contact-tracing", "Contact tracing", "the contact-tracing programme", "covid"),
    ("vaccination-mandate", "Vaccination mandate", "the vaccination mandate", "covid"),
    ("vaccine-pass", "Vaccine pass", "the vaccine pass", "covid"),
    ("quarantine-hotels", "Managed isolation and quarantine", "hotel quarantine for arrivals", "covid"),
    ("income-support", "Emergency income support", "the emergency income-support scheme", "economy"),
    ("eviction-moratorium", "Eviction moratorium", "the eviction moratorium", "housing"),
    ("debt-relief", "Debt and mortgage relief", "the loan-repayment deferral", "economy"),
    ("state-of-emergency", "State of emergency", "the state of emergency", "civil"),
    ("asylum-reception", "Asylum reception programme", "the asylum reception programme", "migration"),
    ("border-closure", "Land border closure", "the border closure", "migration"),
    ("humanitarian-visa", "Humanitarian visa programme", "the humanitarian visa programme", "migration"),
    ("deportation-moratorium", "Deportation moratorium", "the moratorium on deportations", "migration"),
    ("protest-restrictions", "Restrictions on demonstrations", "the restrictions on demonstrations", "civil"),
    ("internet-shutdown", "Internet shutdown", "the internet shutdown", "civil"),
    ("fuel-subsidy", "Fuel price subsidy", "the fuel subsidy", "economy"),
    ("price-controls", "Price controls on staple goods", "the price cap on staple goods", "economy"),
    ("export-ban", "Export restrictions on food and medical goods", "the export restriction", "economy"),
]
MEASURE = {m[0]: m for m in MEASURES}
LOCAL_KEYS = ["school-closures", "curfew", "mask-mandate", "stay-at-home", "international-travel",
              "state-of-emergency", "eviction-moratorium", "vaccine-pass", "asylum-reception",
              "border-closure", "gathering-limits"]

LANG = {
    "fr": dict(
        names=["Fermeture des établissements scolaires", "Couvre-feu", "Port du masque obligatoire", "Confinement",
               "Restrictions de voyage internationales", "État d'urgence sanitaire", "Trêve hivernale prolongée",
               "Passe sanitaire", "Dispositif national d'accueil des demandeurs d'asile", "Fermeture des frontières",
               "Limitation des rassemblements"],
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"],
        date="{d} {M} {y}",
        decree="Décret n° {y}-{n} du {ld} relatif à : {ml}",
        gazette=("Journal officiel de la République française", "legifrance.gouv.fr"),
        authorities=["Ministère des Solidarités et de la Santé", "Premier ministre", "Ministère de l'Intérieur",
                     "Conseil de défense sanitaire", "Préfecture de police"],
        news=[("Le Monde", "lemonde.fr"), ("Le Figaro", "lefigaro.fr"), ("France Info", "francetvinfo.fr"),
              ("Libération", "liberation.fr")],
        quotes=["La mesure « {ml} » est applicable à compter du {ld} sur l'ensemble du territoire.",
                "Les dispositions du présent décret entrent en vigueur le {ld} : elles sont applicables jusqu'à nouvel ordre.",
                "« Nous n'avons pas le choix », a déclaré le ministre lors d'un point presse le {ld}."],
    ),
    "de": dict(
        names=["Schulschließungen", "Ausgangssperre", "Maskenpflicht", "Ausgangsbeschränkungen", "Einreisebeschränkungen",
               "Epidemische Lage von nationaler Tragweite", "Kündigungsmoratorium", "3G-/2G-Regel",
               "Aufnahme von Asylsuchenden", "Grenzschließung", "Kontaktbeschränkungen"],
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"],
        date="{d}. {M} {y}",
        decree="Verordnung über {ml} vom {ld} (GVBl. S. {n})",
        gazette=("Bundesgesetzblatt", "recht.bund.de"),
        authorities=["Bundesministerium für Gesundheit", "Bundesregierung", "Bundesministerium des Innern und für Heimat",
                     "Ministerpräsidentenkonferenz", "Robert Koch-Institut"],
        news=[("Der Spiegel", "spiegel.de"), ("Süddeutsche Zeitung", "sueddeutsche.de"), ("tagesschau.de", "tagesschau.de"),
              ("Frankfurter Allgemeine Zeitung", "faz.net")],
        quotes=["Die Regelung „{ml}“ gilt ab dem {ld} bis auf Weiteres.",
                "Diese Verordnung tritt am {ld} in Kraft; § 3 Abs. 2 gilt entsprechend.",
                "„Wir müssen jetzt handeln“, sagte die Ministerin am {ld} in Berlin."],
    ),
    "es": dict(
        names=["Cierre de centros educativos", "Toque de queda", "Uso obligatorio de mascarilla", "Confinamiento domiciliario",
               "Restricciones a la entrada de viajeros", "Estado de alarma", "Moratoria de desahucios", "Pasaporte COVID",
               "Sistema de acogida de protección internacional", "Cierre de fronteras", "Limitación de reuniones"],
        months=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"],
        date="{d} de {M} de {y}",
        decree="Real Decreto {n}/{y}, de {ld}, por el que se regula: {ml}",
        gazette=("Boletín Oficial del Estado", "boe.es"),
        authorities=["Ministerio de Sanidad", "Consejo de Ministros", "Ministerio del Interior", "Presidencia del Gobierno",
                     "Consejo Interterritorial del Sistema Nacional de Salud"],
        news=[("El País", "elpais.com"), ("El Mundo", "elmundo.es"), ("RTVE", "rtve.es"), ("La Vanguardia", "lavanguardia.com"),
              ("Clarín", "clarin.com"), ("El Universal", "eluniversal.com.mx")],
        quotes=["La medida «{ml}» será aplicable a partir del {ld} en todo el territorio nacional.",
                "El presente real decreto entrará en vigor el {ld}: sus efectos se prorrogarán hasta nuevo aviso.",
                "«No es una decisión fácil», afirmó el ministro el {ld}."],
    ),
    "pt": dict(
        names=["Suspensão das aulas presenciais", "Toque de recolher", "Uso obrigatório de máscara", "Isolamento social",
               "Restrições de entrada no país", "Estado de calamidade pública", "Suspensão de despejos",
               "Passaporte da vacina", "Acolhimento de refugiados", "Fechamento de fronteiras", "Limite de aglomerações"],
        months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro"],
        date="{d} de {M} de {y}",
        decree="Decreto nº {n}, de {ld} — dispõe sobre {ml}",
        gazette=("Diário Oficial da União", "in.gov.br"),
        authorities=["Ministério da Saúde", "Presidência da República", "Ministério da Justiça e Segurança Pública",
                     "Governo do Estado", "Conselho de Ministros"],
        news=[("Folha de S.Paulo", "folha.uol.com.br"), ("O Globo", "oglobo.globo.com"), ("Público", "publico.pt"),
              ("G1", "g1.globo.com")],
        quotes=["A medida “{ml}” passa a valer a partir de {ld} em todo o território.",
                "Este decreto entra em vigor em {ld}: ficam revogadas as disposições em contrário.",
                "“Não há alternativa”, disse o governador em {ld}."],
    ),
    "it": dict(
        names=["Chiusura delle scuole", "Coprifuoco", "Obbligo di mascherina", "Lockdown", "Restrizioni agli ingressi dall'estero",
               "Stato di emergenza", "Blocco degli sfratti", "Green pass", "Sistema di accoglienza e integrazione",
               "Chiusura delle frontiere", "Divieto di assembramento"],
        months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                "novembre", "dicembre"],
        date="{d} {M} {y}",
        decree="Decreto-legge {ld}, n. {n}: misure urgenti in materia di «{ml}»",
        gazette=("Gazzetta Ufficiale della Repubblica Italiana", "gazzettaufficiale.it"),
        authorities=["Presidenza del Consiglio dei Ministri", "Ministero della Salute", "Ministero dell'Interno",
                     "Dipartimento della Protezione Civile", "Regione"],
        news=[("Corriere della Sera", "corriere.it"), ("la Repubblica", "repubblica.it"), ("ANSA", "ansa.it"),
              ("Il Sole 24 Ore", "ilsole24ore.com")],
        quotes=["La misura «{ml}» si applica dal {ld} su tutto il territorio nazionale.",
                "Il presente decreto entra in vigore il {ld}; le disposizioni hanno efficacia fino a nuova comunicazione.",
                "«È una scelta dolorosa ma necessaria», ha detto il premier il {ld}."],
    ),
    "nl": dict(
        names=["Sluiting van scholen", "Avondklok", "Mondkapjesplicht", "Intelligente lockdown", "Inreisbeperkingen",
               "Noodverordening", "Huisuitzettingsmoratorium", "Coronatoegangsbewijs", "Opvang asielzoekers",
               "Grenssluiting", "Samenscholingsverbod"],
        months=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"],
        date="{d} {M} {y}",
        decree="Besluit van {ld}, houdende regels over {ml} (Stb. {y}, {n})",
        gazette=("Staatscourant", "officielebekendmakingen.nl"),
        authorities=["Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerraad", "Veiligheidsberaad",
                     "Ministerie van Justitie en Veiligheid"],
        news=[("NOS", "nos.nl"), ("de Volkskrant", "volkskrant.nl"), ("NRC", "nrc.nl")],
        quotes=["De maatregel ‘{ml}’ geldt vanaf {ld} tot nader order.",
                "Dit besluit treedt in werking met ingang van {ld}."],
    ),
    "pl": dict(
        names=["Zamknięcie szkół", "Godzina policyjna", "Obowiązek zakrywania ust i nosa", "Ograniczenie przemieszczania się",
               "Ograniczenia wjazdu do Polski", "Stan epidemii", "Zakaz eksmisji", "Unijny Certyfikat COVID",
               "Przyjmowanie cudzoziemców ubiegających się o ochronę", "Zamknięcie granic", "Limit zgromadzeń"],
        months=["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"],
        date="{d} {M} {y} r.",
        decree="Rozporządzenie Rady Ministrów z dnia {ld} w sprawie: {ml} (Dz.U. {y} poz. {n})",
        gazette=("Dziennik Ustaw", "isap.sejm.gov.pl"),
        authorities=["Rada Ministrów", "Ministerstwo Zdrowia", "Ministerstwo Spraw Wewnętrznych i Administracji",
                     "Straż Graniczna"],
        news=[("Gazeta Wyborcza", "wyborcza.pl"), ("Rzeczpospolita", "rp.pl"), ("TVN24", "tvn24.pl")],
        quotes=["Przepis „{ml}” obowiązuje od dnia {ld} do odwołania.",
                "Rozporządzenie wchodzi w życie z dniem {ld}."],
    ),
    "el": dict(
        names=["Κλείσιμο σχολείων", "Απαγόρευση κυκλοφορίας", "Υποχρεωτική χρήση μάσκας", "Καραντίνα", "Περιορισμοί εισόδου",
               "Κατάσταση έκτακτης ανάγκης", "Αναστολή εξώσεων", "Πιστοποιητικό εμβολιασμού", "Υποδοχή αιτούντων άσυλο",
               "Κλείσιμο συνόρων", "Απαγόρευση συναθροίσεων"],
        months=["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
                "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
        date="{d} {M} {y}",
        decree="ΚΥΑ Δ1α/ΓΠ.οικ. {n}/{y} ({ld}): {ml}",
        gazette=("Εφημερίδα της Κυβερνήσεως", "et.gr"),
        authorities=["Υπουργείο Υγείας", "Υπουργείο Προστασίας του Πολίτη", "Υπουργείο Μετανάστευσης και Ασύλου",
                     "Γενική Γραμματεία Πολιτικής Προστασίας"],
        news=[("Καθημερινή", "kathimerini.gr"), ("ΕΡΤ", "ertnews.gr"), ("Το Βήμα", "tovima.gr")],
        quotes=["Το μέτρο «{ml}» ισχύει από {ld} έως νεωτέρας.",
                "Η ισχύς της παρούσας αρχίζει από {ld}."],
    ),
    "sv": dict(
        names=["Stängning av skolor", "Utegångsförbud", "Munskyddsrekommendation", "Hemarbete", "Inreseförbud",
               "Särskilda befogenheter", "Vräkningsstopp", "Vaccinationsbevis", "Mottagande av asylsökande",
               "Gränsstängning", "Begränsning av allmänna sammankomster"],
        months=["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december"],
        date="{d} {M} {y}",
        decree="Förordning ({y}:{n}) om {ml}",
        gazette=("Svensk författningssamling", "svenskforfattningssamling.se"),
        authorities=["Folkhälsomyndigheten", "Regeringskansliet", "Socialdepartementet", "Migrationsverket"],
        news=[("Dagens Nyheter", "dn.se"), ("Svenska Dagbladet", "svd.se"), ("SVT Nyheter", "svt.se")],
        quotes=["Åtgärden ”{ml}” gäller från och med den {ld} tills vidare.",
                "Denna förordning träder i kraft den {ld}."],
    ),
    "ja": dict(
        names=["臨時休校", "夜間外出自粛要請", "マスク着用の要請", "外出自粛要請", "水際対策", "緊急事態宣言", "家賃支援給付金",
               "ワクチン・検査パッケージ", "難民認定制度", "入国制限", "イベント開催制限"],
        months=None, date="{y}年{m}月{d}日",
        decree="{ml}に関する政令（{era}{ey}年政令第{n}号）",
        gazette=("官報", "kanpo.go.jp"),
        authorities=["厚生労働省", "内閣官房", "出入国在留管理庁", "新型コロナウイルス感染症対策本部", "都道府県知事"],
        news=[("NHK", "www3.nhk.or.jp"), ("朝日新聞", "asahi.com"), ("読売新聞", "yomiuri.co.jp"), ("日本経済新聞", "nikkei.com"),
              ("The Japan Times", "japantimes.co.jp")],
        quotes=["「{ml}」は{ld}から実施する。", "本政令は、{ld}から施行する。",
                "首相は{ld}の記者会見で「国民の皆様のご協力をお願いしたい」と述べた。"],
    ),
    "zh": dict(
        names=["停课不停学", "宵禁", "强制佩戴口罩", "居家隔离", "入境管控措施", "突发公共卫生事件一级响应", "暂停驱逐",
               "健康码", "难民甄别", "关闭边境口岸", "限制聚集"],
        months=None, date="{y}年{m}月{d}日",
        decree="国务院关于{ml}的通知（国发〔{y}〕{n}号）",
        gazette=("中华人民共和国国务院公报", "gov.cn"),
        authorities=["国家卫生健康委员会", "国务院联防联控机制", "国家移民管理局", "省人民政府", "行政院"],
        news=[("新华社", "news.cn"), ("人民日报", "people.com.cn"), ("财新", "caixin.com"), ("中央社", "cna.com.tw"),
              ("South China Morning Post", "scmp.com")],
        quotes=["“{ml}”措施自{ld}起施行。", "本通知自{ld}起执行，至另行通知为止。",
                "发言人在{ld}表示：“防控措施将根据疫情形势动态调整。”"],
    ),
    "ko": dict(
        names=["등교 중지", "통행금지", "마스크 착용 의무화", "자택 대기", "입국 제한", "감염병 위기경보 심각 단계",
               "퇴거 유예", "방역패스", "난민 심사", "국경 봉쇄", "사적모임 인원 제한"],
        months=None, date="{y}년 {m}월 {d}일",
        decree="{ml}에 관한 고시 제{y}-{n}호",
        gazette=("대한민국 관보", "gwanbo.go.kr"),
        authorities=["질병관리청", "보건복지부", "중앙재난안전대책본부", "법무부 출입국·외국인정책본부"],
        news=[("연합뉴스", "yna.co.kr"), ("KBS", "news.kbs.co.kr"), ("The Korea Herald", "koreaherald.com")],
        quotes=["「{ml}」 조치는 {ld}부터 시행한다.", "이 고시는 {ld}부터 시행한다."],
    ),
    "ar": dict(
        names=["إغلاق المدارس", "حظر التجول", "إلزامية ارتداء الكمامة", "الحجر المنزلي", "قيود السفر الدولي", "حالة الطوارئ",
               "وقف تنفيذ الإخلاء", "الجواز الصحي", "استقبال طالبي اللجوء", "إغلاق الحدود", "منع التجمعات"],
        months=["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        date="{d} {M} {y}",
        decree="قرار رقم {n} لسنة {y} بشأن {ml}",
        gazette=("الجريدة الرسمية", "gov"),
        authorities=["وزارة الصحة", "مجلس الوزراء", "وزارة الداخلية", "اللجنة العليا لمكافحة فيروس كورونا"],
        news=[("الأهرام", "ahram.org.eg"), ("الجزيرة", "aljazeera.net"), ("العربية", "alarabiya.net"), ("الشرق الأوسط", "aawsat.com"),
              ("Arab News", "arabnews.com")],
        quotes=["يبدأ تطبيق «{ml}» اعتبارا من {ld}.", "يعمل بهذا القرار من تاريخ {ld} وحتى إشعار آخر.",
                "قال المتحدث باسم الحكومة في {ld}: «الإجراءات مؤقتة»."],
    ),
    "tr": dict(
        names=["Okulların kapatılması", "Sokağa çıkma yasağı", "Zorunlu maske kullanımı", "Evde kal uygulaması",
               "Uluslararası seyahat kısıtlamaları", "Olağanüstü hal", "Tahliye yasağı", "HES kodu", "Geçici koruma",
               "Sınır kapısı kapatma", "Toplantı yasağı"],
        months=["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
        date="{d} {M} {y}",
        decree="{ml} hakkında Cumhurbaşkanı Kararı (Karar Sayısı: {n})",
        gazette=("Resmî Gazete", "resmigazete.gov.tr"),
        authorities=["Sağlık Bakanlığı", "İçişleri Bakanlığı", "Cumhurbaşkanlığı", "Göç İdaresi Başkanlığı"],
        news=[("Anadolu Ajansı", "aa.com.tr"), ("Hürriyet", "hurriyet.com.tr"), ("BBC Türkçe", "bbc.com")],
        quotes=["“{ml}” uygulaması {ld} tarihinden itibaren geçerlidir.", "Bu Karar {ld} tarihinde yürürlüğe girer."],
    ),
    "vi": dict(
        names=["Đóng cửa trường học", "Giới nghiêm", "Bắt buộc đeo khẩu trang", "Giãn cách xã hội", "Hạn chế nhập cảnh",
               "Tình trạng khẩn cấp", "Hoãn trục xuất", "Hộ chiếu vắc-xin", "Tiếp nhận người xin tị nạn",
               "Đóng cửa biên giới", "Hạn chế tụ tập"],
        months=None, date="ngày {d} tháng {m} năm {y}",
        decree="Nghị quyết số {n}/NQ-CP về {ml}",
        gazette=("Công báo", "congbao.chinhphu.vn"),
        authorities=["Bộ Y tế", "Thủ tướng Chính phủ", "Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"],
        news=[("VnExpress", "vnexpress.net"), ("Tuổi Trẻ", "tuoitre.vn"), ("VietnamPlus", "vietnamplus.vn")],
        quotes=["Biện pháp “{ml}” được áp dụng từ {ld}.", "Nghị quyết này có hiệu lực kể từ {ld}."],
    ),
}
for _lx in LANG.values():
    _lx["local"] = dict(zip(LOCAL_KEYS, _lx["names"]))

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

GLOBAL_NEWS = [("Reuters", "reuters.com"), ("Associated Press", "apnews.com"), ("Agence France-Presse", "afp.com"),
               ("BBC News", "bbc.com"), ("Al Jazeera English", "aljazeera.com"), ("The Guardian", "theguardian.com"),
               ("Deutsche Welle", "dw.com"), ("France 24", "france24.com"), ("The New York Times", "nytimes.com"),
               ("Financial Times", "ft.com"), ("Bloomberg", "bloomberg.com"), ("NPR", "npr.org"),
               ("The Washington Post", "washingtonpost.com"), ("Politico Europe", "politico.eu")]
TRACKERS = [("Oxford COVID-19 Government Response Tracker", "bsg.ox.ac.uk"), ("ACAPS", "acaps.org"),
            ("UNHCR", "unhcr.org"), ("International Organization for Migration", "iom.int"),
            ("Human Rights Watch", "hrw.org"), ("Amnesty International", "amnesty.org"),
            ("World Health Organization", "who.int"), ("Access Now", "accessnow.org"),
            ("International Monetary Fund", "imf.org"), ("Eviction Lab, Princeton University", "evictionlab.org"),
            ("Migration Policy Institute", "migrationpolicy.org"), ("ECRE / Asylum Information Database", "asylumineurope.org")]

COURTS = {
    "us": [("U.S. District Court for the Northern District of Texas", "{a}:{y2}-cv-{n:05d}-{j}"),
           ("U.S. District Court for the Northern District of California", "{a}:{y2}-cv-{n:05d}-{j}"),
           ("U.S. District Court for the District of Columbia", "1:{y2}-cv-{n:05d}"),
           ("U.S. District Court for the Southern District of New York", "1:{y2}-cv-{n:05d}"),
           ("U.S. Court of Appeals for the Fifth Circuit", "No. {y2}-{n}"),
           ("U.S. Court of Appeals for the Ninth Circuit", "No. {y2}-{n}"),
           ("Supreme Court of the United States", "No. {y2}A{s}")],
    "fr": [("Conseil d'État", "n° {n6}"), ("Conseil constitutionnel", "n° {y}-{n3} QPC"), ("Tribunal administratif de Paris", "n° {n7}/{s}")],
    "de": [("Bundesverfassungsgericht", "1 BvR {n3}/{y2}"), ("Bayerischer Verwaltungsgerichtshof", "20 NE {y2}.{n3}"),
           ("Oberverwaltungsgericht Berlin-Brandenburg", "OVG 11 S {n2}/{y2}")],
    "es": [("Tribunal Constitucional", "recurso de inconstitucionalidad n.º {n4}-{y}"), ("Tribunal Supremo", "recurso n.º {n3}/{y}")],
    "it": [("Tribunale amministrativo regionale del Lazio", "n. {n5}/{y}"), ("Consiglio di Stato", "n. {n4}/{y}"),
           ("Corte costituzionale", "sentenza n. {n3}/{y}")],
    "br": [("Supremo Tribunal Federal", "ADPF {n3}"), ("Superior Tribunal de Justiça", "HC {n6}/{s2}")],
    "gb": [("High Court of Justice (Administrative Court)", "CO/{n4}/{y}"), ("Court of Appeal (Civil Division)", "C1/{y}/{n4}"),
           ("Supreme Court of the United Kingdom", "UKSC {y}/{n4}")],
    "jp": [("東京地方裁判所", "令和{ey}年(行ウ)第{n3}号"), ("最高裁判所", "令和{ey}年(行ツ)第{n3}号")],
    "in": [("Supreme Court of India", "W.P.(C) No. {n3}/{y}"), ("Delhi High Court", "W.P.(C) {n4}/{y}")],
    "za": [("High Court of South Africa, Gauteng Division", "Case no. {n5}/{y}"), ("Constitutional Court of South Africa", "CCT {n3}/{y2}")],
    "ke": [("High Court of Kenya at Nairobi", "Petition No. {n3} of {y}")],
    "il": [("Supreme Court of Israel sitting as the High Court of Justice", "HCJ {n4}/{y2}")],
    "ca": [("Federal Court of Canada", "T-{n4}-{y2}"), ("Ontario Superior Court of Justice", "CV-{y2}-{n8}-0000")],
    "au": [("High Court of Australia", "P{n2}/{y}"), ("Federal Court of Australia", "VID {n3}/{y}")],
    "*": [("Constitutional Court", "Case No. {n3}/{y}"), ("Supreme Court", "Case {y}-{n4}"),
          ("Administrative Court", "No. {n5}/{y}"), ("High Court", "Petition {n3} of {y}")],
}
PLAINTIFFS = ["Association for Civil Rights", "Immigrant Defenders Law Center", "State of Texas", "State of Louisiana",
              "Asociación Pro Derechos Humanos", "La Cimade", "Ligue des droits de l'Homme", "Pro Asyl e.V.",
              "Gesellschaft für Freiheitsrechte e.V.", "Asociación Libre de Abogados", "Restaurant Owners' Guild",
              "Chamber of Commerce", "Parents' Union", "National Tenants Federation", "Tenants Union of Washington State",
              "Alabama Association of Realtors", "Innovation Law Lab", "East Bay Sanctuary Covenant",
              "Landlords' Association", "M. Dupont et autres", "Müller u. a.", "García y otros", "Al-Haddad et al.",
              "Conectas Direitos Humanos", "田中ほか", "Kenya Human Rights Commission", "Helen Suzman Foundation"]

# national tracker: long-lived programmes (jurisdiction, agency dir, id stem, name, first year, family, attribute scheme)
NATIONAL = []
for _cn, _yr in [("El Salvador", 2001), ("Honduras", 1999), ("Nicaragua", 1999), ("Haiti", 2010), ("Somalia", 1991),
                 ("Sudan", 1997), ("Syria", 2012), ("Yemen", 2015), ("Nepal", 2015), ("Venezuela", 2021),
                 ("Ukraine", 2022), ("Afghanistan", 2022), ("Ethiopia", 2022), ("Burma", 2021), ("Cameroon", 2022),
                 ("Liberia", 1991), ("Sierra Leone", 1997), ("Guinea", 2014), ("South Sudan", 2011), ("Lebanon", 2024),
                 ("Montserrat", 1997), ("Burundi", 1997), ("Kosovo", 1998), ("Angola", 2000), ("Bosnia and Herzegovina", 1992)]:
    NATIONAL.append(("US", "us/uscis/tps", "us-tps-" + _cn.lower().replace(" ", "-"),
                     f"Temporary Protected Status for {_cn}", _yr, "tps"))
NATIONAL += [
    ("US", "us/state/prm", "us-refugee-admissions-ceiling", "Refugee admissions ceiling", 1990, "ceiling"),
    ("US", "us/dhs", "us-visa-waiver-program", "Visa Waiver Program", 1990, "list"),
    ("US", "us/uscis", "us-h-1b-cap", "H-1B numerical cap", 1991, "ceiling"),
    ("US", "us/state", "us-diversity-visa-program", "Diversity Immigrant Visa Program", 1995, "ceiling"),
    ("US", "us/uscis", "us-daca", "Deferred Action for Childhood Arrivals (DACA)", 2012, "program"),
    ("US", "us/cdc", "us-title-42-expulsions", "Title 42 expulsions", 2020, "program"),
    ("US", "us/dhs", "us-public-charge-rule", "Public charge ground of inadmissibility", 1999, "program"),
    ("US", "us/dhs", "us-expedited-removal-scope", "Scope of expedited removal", 1997, "program"),
    ("US", "us/dhs", "us-chnv-parole", "Parole processes for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)", 2022, "program"),
    ("US", "us/dhs", "us-uniting-for-ukraine", "Uniting for Ukraine", 2022, "program"),
    ("US", "us/state/prm", "us-central-american-minors", "Central American Minors (CAM) Refugee and Parole Program", 2014, "program"),
    ("US", "us/dhs", "us-safe-third-country-canada", "U.S.–Canada Safe Third Country Agreement", 2004, "program"),
    ("US", "us/cbp", "us-metering-ports-of-entry", "Metering at southwest-border ports of entry", 2016, "program"),
    ("US", "us/eoir", "us-immigration-court-backlog-rules", "EOIR case-completion quotas", 2018, "program"),
    ("US", "us/state", "us-travel-ban-proclamations", "Entry restrictions by presidential proclamation (\"travel ban\")", 2017, "list"),
    ("US", "us/treasury/ofac", "us-ofac-iran-sanctions", "Iran sanctions program (OFAC)", 1995, "dense"),
    ("US", "us/treasury/ofac", "us-ofac-russia-sanctions", "Russia-related sanctions (OFAC)", 2014, "dense"),
    ("US", "us/treasury/ofac", "us-ofac-venezuela-sanctions", "Venezuela-related sanctions (OFAC)", 2015, "dense"),
    ("US", "us/treasury/ofac", "us-ofac-north-korea-sanctions", "North Korea sanctions (OFAC)", 2008, "dense"),
    ("US", "us/treasury/ofac", "us-ofac-cuba-embargo", "Cuban Assets Control Regulations", 1990, "dense"),
    ("US", "us/commerce/bis", "us-bis-entity-list", "Entity List (Export Administration Regulations)", 1997, "dense"),
    ("US", "us/state", "us-travel-advisory-levels", "State Department travel advisory levels", 2018, "dense"),
    ("US", "us/cbp", "us-port-of-entry-hours", "Port-of-entry operating hours and lanes", 2002, "dense"),
    ("EU", "eu/council", "eu-russia-restrictive-measures", "EU restrictive measures against Russia", 2014, "dense"),
    ("EU", "eu/council", "eu-temporary-protection-ukraine", "Temporary protection for people fleeing Ukraine", 2022, "program"),
    ("EU", "eu/commission", "eu-digital-covid-certificate", "EU Digital COVID Certificate", 2021, "program"),
    ("EU", "eu/council", "eu-external-border-restrictions", "Temporary restriction on non-essential travel into the EU", 2020, "list"),
    ("GB", "gb/home-office", "gb-rwanda-asylum-partnership", "UK–Rwanda Migration and Economic Development Partnership", 2022, "program"),
    ("GB", "gb/home-office", "gb-hong-kong-bno-visa", "British National (Overseas) visa route", 2021, "program"),
    ("GB", "gb/hm-treasury", "gb-russia-sanctions", "UK sanctions relating to Russia", 2014, "dense"),
    ("GB", "gb/home-office", "gb-homes-for-ukraine", "Homes for Ukraine sponsorship scheme", 2022, "program"),
    ("CA", "ca/ircc", "ca-temporary-public-policy-ukraine", "Canada–Ukraine authorization for emergency travel (CUAET)", 2022, "program"),
    ("AU", "au/home-affairs", "au-offshore-processing", "Regional processing (offshore detention) of asylum seekers", 2001, "program"),
    ("DE", "de/bmi", "de-familiennachzug-subsidiaer", "Familiennachzug zu subsidiär Schutzberechtigten", 2016, "ceiling"),
    ("JP", "jp/isa", "jp-technical-intern-training", "技能実習制度 (Technical Intern Training Program)", 1993, "ceiling"),
]
NATIONAL_DENSE = [n for n in NATIONAL if n[5] == "dense"]
NATIONAL_REG = [n for n in NATIONAL if n[5] != "dense"]

ISO2 = ["AF", "AO", "BD", "BR", "BI", "CM", "CN", "CO", "CU", "ER", "ET", "HT", "IN", "IR", "IQ", "KP", "LY", "MM", "NG",
        "NI", "NO", "PK", "RU", "SD", "SO", "SS", "SY", "TR", "UA", "VE", "YE", "ZA", "ZW", "BY", "ON", "Y"]
CITIES = ["San Ysidro", "Calexico", "Nogales", "El Paso", "Eagle Pass", "Laredo", "Hidalgo", "Brownsville", "Ceuta",
          "Melilla", "Lampedusa", "Lesbos", "Calais", "Dover", "Tijuana", "Ciudad Juárez", "Tapachula", "Chios",
          "Samos", "Evros", "Ventimiglia", "Bihać", "Röszke", "Kuźnica", "Nauru", "Manus Island", "Darien", "Necoclí"]
SECTORS = ["retail", "hospitality", "gyms", "cinemas", "hairdressers", "construction", "manufacturing", "nightclubs",
           "places of worship", "museums", "public transport", "schools", "universities", "shops", "outdoors",
           "workplaces", "health workers", "teachers", "public servants", "over-60s", "care homes", "food", "fuel"]
PRODUCTS = ["wheat", "rice", "maize", "sugar", "palm oil", "onions", "face masks", "ventilators", "hand sanitiser",
            "paracetamol", "fertiliser", "sunflower oil", "eggs", "diesel"]
HS = ["1001.99", "1006.30", "1005", "1701", "1511.10", "0703.10", "6307.90", "9019.20", "3808.94", "3004.90", "3102"]


# --------------------------------------------------------------------------
# Transitions (docs/validation.md) and action/status pairs (probed with the CLI)
# --------------------------------------------------------------------------

# (status, action, weight) choices from each current status; None = first event
NEXT = {
    None: [("active", "implemented", 55), ("active", None, 8), ("announced", "announced", 14),
           ("proposed", "proposed", 12), ("active", "reinstated", 2), ("suspended", "suspended", 2),
           ("enjoined", "enjoined", 1), ("terminated", "terminated", 1)],
    "proposed": [("proposed", "amended", 20), ("announced", "announced", 20), ("active", "implemented", 40),
                 ("terminated", "terminated", 10), ("terminated", "superseded", 3), ("enjoined", "enjoined", 2),
                 ("suspended", "suspended", 3), ("proposed", None, 2)],
    "announced": [("active", "implemented", 65), ("announced", "amended", 10), ("terminated", "terminated", 8),
                  ("suspended", "suspended", 6), ("enjoined", "enjoined", 6), ("announced", "announced", 3),
                  ("active", "reinstated", 2)],
    "active": [("active", "expanded", 30), ("active", "narrowed", 22), ("active", "amended", 30), ("active", None, 6),
               ("active", "rebranded", 1), ("active", "enjoined", 0.5),
               ("suspended", "suspended", 4), ("enjoined", "enjoined", 2), ("terminated", "terminated", 4),
               ("terminated", "superseded", 1), ("terminated", "vacated", 0.5)],
    "suspended": [("active", "resumed", 45), ("suspended", "amended", 15), ("suspended", "expanded", 3),
                  ("terminated", "terminated", 22), ("enjoined", "enjoined", 4), ("active", "reinstated", 6),
                  ("suspended", None, 3), ("terminated", "superseded", 2)],
    "enjoined": [("active", "stayed", 30), ("active", "vacated", 14), ("enjoined", "narrowed", 8), ("enjoined", "enjoined", 8),
                 ("suspended", "suspended", 10), ("terminated", "terminated", 20), ("terminated", "vacated", 10)],
    "terminated": [("active", "reinstated", 30), ("announced", "announced", 18), ("suspended", "vacated", 12),
                   ("suspended", "stayed", 5), ("terminated", "amended", 10), ("terminated", "terminated", 5),
                   ("proposed", "proposed", 12), ("active", "implemented", 8)],
}
_NEXT_TABLE = {k: ([c[:2] for c in v], [c[2] for c in v]) for k, v in NEXT.items()}
# "churn-free" (attribute-only) updates for long-lived active policies
ACTIVE_UPDATES = [("active", "amended"), ("active", "expanded"), ("active", "narrowed"), ("active", None)]
ACTIVE_UPDATE_W = [40, 28, 24, 8]
COURT_ACTIONS = {"enjoined", "stayed", "vacated"}

# warnings we deliberately produce in --warnings realistic mode (transition warnings)
WARN_TRANSITIONS = {"active": ("proposed", "proposed"), "suspended": ("proposed", "proposed")}


def next_status(rng, cur, churn):
    if cur == "active" and rng.random() > churn:
        return rng.choices(ACTIVE_UPDATES, ACTIVE_UPDATE_W)[0]
    opts, w = _NEXT_TABLE[cur]
    return rng.choices(opts, w)[0]


# --------------------------------------------------------------------------
# Attributes
# --------------------------------------------------------------------------

def attr_specs(measure_or_scheme, cur, country):
    """[(key, generator)]; generator(rng, o) -> value."""
    ccy = country[5] if country else "USD"
    sub = [s[1] for s in SUBUNITS.get(country[0], [])] if country else []
    areas = sub or [f"Region {c}" for c in "ABCDEFGH"]

    def ints(lo, hi, step=1):
        return lambda r, o: r.randrange(lo, hi, step)

    def pick(vals):
        return lambda r, o: r.choice(vals)

    def sample(pool, lo, hi):
        return lambda r, o: r.sample(pool, r.randint(lo, min(hi, len(pool))))

    def later(lo, hi):
        return lambda r, o: Date(min(o + r.randint(lo, hi), TODAY + 400))

    def money(lo, hi):
        return lambda r, o: round(r.uniform(lo, hi), 2)

    m = measure_or_scheme
    S = {
        "school-closures": [("level", pick(["open", "partial", "closed", "hybrid", "remote only", "closed: exams excepted"])),
                            ("grades", sample(["pre-K", "primary", "lower secondary", "upper secondary", "university"], 1, 4)),
                            ("students_affected", ints(1000, 9_000_000, 500)), ("regions", sample(areas, 1, 4))],
        "workplace-closures": [("sectors", sample(SECTORS[:10], 1, 5)), ("capacity_pct", ints(0, 101, 5)),
                               ("essential_only", pick([True, False]))],
        "public-events": [("max_attendance", ints(0, 50_000, 50)), ("venues", sample(SECTORS[3:10], 1, 3))],
        "gathering-limits": [("indoor_max", ints(2, 100)), ("outdoor_max", ints(5, 500, 5)), ("households", ints(1, 4))],
        "stay-at-home": [("exemptions", sample(["work", "groceries", "medical", "exercise", "care", "funerals"], 1, 4)),
                         ("radius_km", pick([1, 5, 10, 20, 1.5, 2.5])), ("permit_required", pick([True, False]))],
        "curfew": [("start", pick(["18:00", "19:00", "20:00", "21:00", "22:00", "23:00"])),
                   ("end", pick(["05:00", "06:00", "04:30"])), ("areas", sample(areas, 1, 5))],
        "international-travel": [("banned_countries", sample(ISO2, 1, 14)), ("quarantine_days", pick([0, 5, 7, 10, 14, 21])),
                                 ("pre_departure_test", pick(["none", "PCR 72h", "antigen 24h", "PCR or antigen"])),
                                 ("vaccination_required", pick([True, False])), ("level", pick(["level 1", "level 2", "level 3", "level 4"]))],
        "mask-mandate": [("settings", sample(SECTORS[9:16], 1, 4)), ("min_age", pick([2, 6, 10, 12, 16])),
                         ("fine_" + ccy.lower(), ints(20, 2000, 10)), ("mask_type", pick(["any", "medical", "FFP2/N95"]))],
        "testing-policy": [("eligibility", pick(["symptomatic", "key workers", "everyone", "close contacts"])),
                           ("free_tests_per_week", ints(0, 8)), ("cost_" + ccy.lower(), money(0, 45))],
        "contact-tracing": [("app_name", pick(["TousAntiCovid", "Corona-Warn-App", "COCOA", "Immuni", "NHS COVID-19", "Aarogya Setu", "PeduliLindungi"])),
                            ("downloads", ints(10_000, 50_000_000, 1000)), ("mandatory", pick([True, False]))],
        "vaccination-mandate": [("groups", sample(SECTORS[16:21], 1, 3)), ("deadline", later(14, 120)),
                                ("penalty", pick(["suspension without pay", "fine", "none: reporting only", "dismissal"]))],
        "vaccine-pass": [("venues", sample(SECTORS[:12], 2, 6)), ("validity_days", pick([180, 270, 365])),
                         ("minimum_age", pick([12, 16, 18]))],
        "quarantine-hotels": [("nights", pick([7, 10, 14, 21])), ("cost_" + ccy.lower(), money(500, 4000)),
                              ("designated_hotels", ints(5, 200))],
        "income-support": [("monthly_amount_" + ccy.lower(), money(100, 3000)), ("recipients", ints(1000, 20_000_000, 100)),
                           ("duration_months", ints(1, 19))],
        "eviction-moratorium": [("covered", pick(["all tenants", "income-qualified tenants", "commercial tenants", "tenants with COVID-19 hardship declarations"])),
                                ("expires", later(30, 200)), ("arrears_threshold_" + ccy.lower(), ints(0, 20000, 100))],
        "debt-relief": [("deferral_months", ints(1, 13)), ("covered_loans", sample(["mortgages", "student loans", "SME loans", "consumer credit"], 1, 3))],
        "state-of-emergency": [("scope", pick(["nationwide", "regional", "specified prefectures"])), ("renewal_days", pick([15, 30, 60, 90])),
                               ("legal_basis", pick(["Art. 116 of the Constitution", "Emergency Powers Act", "Law No. 2020-290", "§ 5 IfSG"]))],
        "asylum-reception": [("daily_capacity", ints(50, 5000, 10)), ("centers", sample(CITIES, 1, 5)),
                             ("nationalities", sample(ISO2[:30], 1, 6)), ("processing_days", ints(7, 400)),
                             ("governing_instrument", pick(["Circular No. 12/2019", "Ley 12/2009", "AsylG § 44", "Decreto 40/2024"]))],
        "border-closure": [("crossings", sample(CITIES, 1, 6)), ("exempt_categories", sample(["freight", "citizens", "residents", "diplomats", "cross-border workers"], 1, 3)),
                           ("hours", pick(["00:00-24:00", "06:00-22:00", "closed"]))],
        "humanitarian-visa": [("quota", ints(100, 100_000, 100)), ("nationalities", sample(ISO2[:30], 1, 4)), ("valid_months", pick([6, 12, 18, 24]))],
        "deportation-moratorium": [("nationalities", sample(ISO2[:30], 1, 5)), ("expires", later(60, 540))],
        "protest-restrictions": [("max_participants", ints(0, 5000, 10)), ("zones", sample(areas, 1, 3))],
        "internet-shutdown": [("regions", sample(areas, 1, 4)), ("services", sample(["mobile data", "WhatsApp", "Facebook", "X", "Telegram", "all internet"], 1, 3)),
                              ("partial", pick([True, False]))],
        "fuel-subsidy": [("price_per_litre_" + ccy.lower(), money(0.3, 3.0)), ("budget_" + ccy.lower(), ints(10**6, 10**10, 10**6))],
        "price-controls": [("products", sample(PRODUCTS, 1, 5)), ("cap_pct", pick([0.0, 2.5, 5.0, 10.0, 12.5]))],
        "export-ban": [("products", sample(PRODUCTS, 1, 4)), ("hs_codes", sample(HS, 1, 4)), ("quota_tonnes", ints(0, 2_000_000, 1000))],
        # national schemes
        "tps": [("designation_end", later(180, 560)), ("eligible_arrival_cutoff", lambda r, o: Date(o - r.randint(0, 400))),
                ("registration_period", lambda r, o: {"start": Date(o), "end": Date(min(o + r.choice([60, 180, 540]), TODAY + 600))}),
                ("beneficiaries", ints(200, 700_000, 100)), ("federal_register", lambda r, o: f"{ymd(o)[0] - 1935} FR {r.randint(1000, 99999)}")],
        "ceiling": [("ceiling", ints(10_000, 200_000, 500)),
                    ("allocations", lambda r, o: {"Africa": r.randrange(1000, 40000, 500), "East Asia": r.randrange(1000, 20000, 500),
                                                  "Europe and Central Asia": r.randrange(500, 20000, 500),
                                                  "Latin America/Caribbean": r.randrange(500, 30000, 500),
                                                  "Near East/South Asia": r.randrange(1000, 40000, 500), "Unallocated reserve": r.randrange(0, 10000, 500)}),
                    ("fiscal_year", lambda r, o: f"FY{ymd(o)[0] + 1}")],
        "list": [("countries", sample(ISO2 + ["AT", "BE", "CL", "HR", "DE", "IL", "JP", "KR", "QA"], 3, 16)),
                 ("exceptions", sample(["lawful permanent residents", "diplomats", "air crew", "spouses of citizens", "case-by-case waivers"], 0, 3))],
        "program": [("daily_capacity", ints(100, 3000, 50)), ("ports", sample(CITIES, 1, 8)), ("enrollment", ints(0, 100_000, 10)),
                    ("governing_memo", pick(["Nielsen guidance of 2019-01-25", "Mayorkas memo of 2021-10-29", "Noem memo of 2025-01-23",
                                             "Circular 3/2023", "Ministerial direction No. 99"])),
                    ("fee_usd", pick([0, 85, 410, 495, 580]))],
        "dense": [("designations", ints(10, 20000)), ("latest_additions", sample(["entity", "vessel", "aircraft", "individual", "bank"], 1, 3)),
                  ("general_licenses", lambda r, o: [f"GL {r.randint(1, 130)}{r.choice(['', 'A', 'B', 'C'])}" for _ in range(r.randint(0, 3))]),
                  ("federal_register", lambda r, o: f"{ymd(o)[0] - 1935} FR {r.randint(1000, 99999)}")],
    }
    return S[m]


# --------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------

def local_date(lang, o):
    y, m, d = ymd(o)
    lx = LANG.get(lang)
    if not lx:
        return f"{d} {EN_MONTHS[m - 1]} {y}"
    M = lx["months"][m - 1] if lx["months"] else ""
    return lx["date"].format(d=d, m=m, y=y, M=M)


def en_date(o, rng):
    y, m, d = ymd(o)
    return f"{EN_MONTHS[m - 1]} {d}, {y}" if rng.random() < 0.5 else f"{d} {EN_MONTHS[m - 1]} {y}"


REASONS = ["case numbers rose sharply", "hospital occupancy passed 80 %", "a new variant was detected",
           "the seven-day incidence fell below 50 per 100,000", "the courts questioned its legal basis",
           "arrivals at the coast tripled", "officials cited \"an unprecedented surge\"", "the governing coalition split",
           "inflation reached 9.1 % year-on-year", "the parliament refused to renew it", "reception centres were full",
           "unions threatened a general strike", "the health ministry's advisory board recommended it",
           "the budget for the programme ran out", "a cyclone hit the coastal districts"]
GROUPS = ["children under 12", "vaccinated travellers", "cross-border workers", "essential workers", "unaccompanied minors",
          "people with disabilities", "outdoor venues", "rural districts", "students sitting exams", "religious services",
          "small businesses with fewer than 10 employees", "holders of a valid residence permit"]
FINDINGS = ["the measure lacked a statutory basis", "the agency had not considered reliance interests",
            "it was \"arbitrary and capricious\" under the APA", "the restriction was disproportionate",
            "the decree exceeded the powers delegated by the emergency law", "notice-and-comment was skipped",
            "it violated the right of assembly", "the plaintiffs were likely to succeed on the merits"]
INSTRUMENTS = ["Executive Order", "Decree", "Ministerial Order", "Regulation", "Public Health Order", "Emergency Directive",
               "Cabinet Resolution", "Circular", "Proclamation", "Interim Final Rule"]


def fill_detail(rng, attrs):
    """A phrase from the attributes just set (numbers with thousands separators, lists, times)."""
    if not attrs:
        return rng.choice(["with no change to its scope", "pending a review by the health authorities",
                           "according to the official notice", "after consultation with the regions",
                           "as announced at a press conference the previous evening"])
    k, v = next(iter(attrs.items()))
    key = k.replace("_", " ")
    if v is None:
        return f"dropping the {key} requirement"
    if isinstance(v, bool):
        return f"{key}: {'yes' if v else 'no'}"
    if isinstance(v, int):
        return f"setting the {key} to {v:,}"
    if isinstance(v, float):
        return f"setting the {key} to {v}"
    if isinstance(v, Date):
        return f"with the {key} moved to {v.s}"
    if isinstance(v, list):
        if not v:
            return f"clearing the list of {key}"
        return f"{key} now {', '.join(map(str, v[:6]))}" + (" and others" if len(v) > 6 else "")
    if isinstance(v, dict):
        return f"with a new {key}"
    return f"{key} set to \"{v}\""


def summary_for(rng, status, action, ctx, attrs, o):
    m = ctx["short"]
    A = ctx["authority"]
    area = ctx["area"]
    det = fill_detail(rng, attrs)
    M = m[0].upper() + m[1:]
    if action == "implemented" or (action is None and status == "active" and ctx.get("first")):
        s = rng.choice([f"{A} brought {m} into force in {area}: {det}.",
                        f"{M} took effect in {area} under {rng.choice(INSTRUMENTS)} #{rng.randint(1, 999)}, {det}.",
                        f"{A} began applying {m} in {area}; {det}."])
    elif action == "expanded":
        s = rng.choice([f"{M} was extended {rng.choice(['to more districts', 'for another 30 days', 'to ' + rng.choice(GROUPS)])}, {det}.",
                        f"{A} widened {m} after {rng.choice(REASONS)}: {det}."])
    elif action == "narrowed":
        s = rng.choice([f"{A} exempted {rng.choice(GROUPS)} from {m}; {det}.",
                        f"{M} was relaxed as {rng.choice(REASONS)} ({det})."])
    elif action == "amended":
        if status == "active":
            s = rng.choice([f"{A} amended {m}: {det}.", f"{M} was renewed for another {rng.choice([7, 14, 15, 30, 60, 90])} days, {det}.",
                            f"{rng.choice(INSTRUMENTS)} No. {rng.randint(1, 400)}/{ymd(o)[0]} changed the rules of {m} ({det})."])
        else:
            s = f"{A} revised the text of {m} while it remained {status}: {det}."
    elif action == "suspended":
        s = rng.choice([f"{A} suspended {m} in {area} \"until further notice\".",
                        f"{M} was paused for {rng.randint(2, 12)} weeks while {rng.choice(REASONS)}."])
    elif action == "resumed":
        s = f"{A} resumed {m} after a {rng.randint(2, 30)}-week pause, {det}."
    elif action in COURT_ACTIONS:
        c = ctx["case_obj"]
        cn = c["name"] if c else "the pending case"
        court = ctx["court"]
        if action == "enjoined" and status == "enjoined":
            s = f"The {court} enjoined {m} in {cn}, finding that {rng.choice(FINDINGS)}."
        elif action == "enjoined":
            s = f"The {court} issued an injunction against {m} in {cn}, but stayed it the same day, so the policy kept operating."
        elif status == "active":
            s = f"The {court} {'stayed' if action == 'stayed' else 'vacated'} the lower court's order in {cn}, so {m} applied again."
        elif status == "suspended":
            s = (f"The {court} {'stayed' if action == 'stayed' else 'vacated'} the termination of {m} in {cn}; "
                 f"the policy revived on paper but nobody operated it.")
        elif status == "terminated":
            s = f"The {court} vacated {m} in {cn}, holding that {rng.choice(FINDINGS)}."
        else:
            s = f"The {court} {action} part of the order in {cn}; {m} stayed {status}."
    elif action == "terminated":
        s = rng.choice([f"{A} lifted {m} in {area}.", f"{M} expired on {en_date(o, rng)} and was not renewed.",
                        f"{A} ended {m}, citing that {rng.choice(REASONS)}."])
    elif action == "reinstated":
        s = f"{A} reinstated {m} in {area} as {rng.choice(REASONS)}: {det}."
    elif action == "rebranded":
        s = f"{A} renamed {m} to “{ctx['name']} {rng.choice(['Plus', '2.0', 'Programme', 'Scheme'])}” without changing its rules."
    elif action == "superseded":
        s = f"{M} was replaced by a new {rng.choice(INSTRUMENTS).lower()} adopted on {en_date(o, rng)}."
    elif action == "proposed":
        s = f"{A} proposed {m} in a draft {rng.choice(INSTRUMENTS).lower()} published for comment ({rng.randint(15, 60)}-day period)."
    elif action == "announced":
        s = f"{A} announced that {m} would start in {area} on {en_date(o + rng.randint(3, 40), rng)}."
    else:
        s = f"{A} published an update on {m}: {det}."
    if rng.random() < 0.08:
        s += " " + rng.choice([f"Officials said the decision followed {rng.choice(REASONS)}.",
                               f"Critics, including {rng.choice(PLAINTIFFS)}, called it \"a step backwards\".",
                               f"The change was published in the official gazette the same day (ref. {rng.randint(100, 99999)}).",
                               "Enforcement was left to local authorities, with fines for repeat offences."])
    return s


NOTES = [
    "Effective date disputed: {p1} gives {d1} but {p2} reports {d2}; the earlier date is used here.",
    "The original text in the official gazette was not retrieved; the summary relies on {p1}'s reporting.",
    "Sources disagree on the figures: {n1} according to {p1}, {n2} according to {p2}.",
    "Announced at a press conference; the implementing order was published later. Times in the order are local time (UTC{tz}).",
    "Whether the measure was enforced in practice is NOT confirmed: no enforcement data was found.",
    "Translated from the {lang} original: wording may differ slightly from the official version.",
]


def note_for(rng, ctx, o):
    p1, p2 = rng.choice(GLOBAL_NEWS)[0], rng.choice(ctx["news"])[0]
    t = rng.choice(NOTES).format(p1=p1, p2=p2, d1=iso(o), d2=iso(max(EPOCH, o - rng.randint(1, 9))),
                                 n1=f"{rng.randint(100, 90000):,}", n2=f"{rng.randint(100, 90000):,}",
                                 tz=rng.choice(["+1", "+2", "+9", "-5", "+5:30", "+3"]), lang=ctx["lang_name"])
    r = rng.random()
    if r < 0.25:
        t2 = rng.choice(NOTES).format(p1=p2, p2=p1, d1=iso(o), d2=iso(o), n1="fewer", n2="more", tz="+0",
                                      lang=ctx["lang_name"])
        return t + "\n\n" + t2 + ("\n" if rng.random() < 0.5 else "")
    if r < 0.4:
        return t + " " + rng.choice(["See also the context entries below.", "To be re-checked at the next review.",
                                     "Reviewer's comment: \"keep until the court rules\"."])
    return t


LANG_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
              "pl": "Polish", "el": "Greek", "sv": "Swedish", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
              "ar": "Arabic", "tr": "Turkish", "vi": "Vietnamese", "en": "English"}

_slug_re = re.compile(r"[^a-z0-9]+")


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return _slug_re.sub("-", s.lower()).strip("-")[:60] or "item"


# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------

def make_sources(rng, ctx, o, ann, extracted, warn):
    """List of source dicts (ordered keys vary per record)."""
    r = rng.random()
    n = 1 if r < 0.55 else 2 if r < 0.8 else 3 if r < 0.92 else rng.randint(4, 8)
    if ctx["dense"]:
        n = 1 if r < 0.85 else 2
    out = []
    base = ann if ann is not None else o
    for i in range(n):
        kind = rng.random()
        pub_o = min(TODAY, max(EPOCH, base - rng.randint(0, 3) + (rng.randint(0, 20) if rng.random() < 0.4 else 0)))
        y = ymd(pub_o)[0]
        if extracted and i == 0:
            pub_o = o
            pname, dom = rng.choice(GLOBAL_NEWS + ctx["news"])
            title = rng.choice([f"{ctx['country_en']}: {ctx['name']} {rng.choice(['ends', 'returns', 'is extended', 'is paused', 'faces court test'])}",
                                f"What changes on {en_date(o, rng)} for {ctx['name'].lower()}"])
            url = f"https://www.{dom}/{y}/{ymd(pub_o)[1]:02d}/{slugify(title)}-{rng.randint(1000, 99999)}"
        elif kind < 0.35 and ctx["lx"] and ctx["ml"] != ctx["measure_name"]:
            pname, dom = ctx["lx"]["gazette"]
            if dom == "gov":
                dom = ctx["gov"]
            title = ctx["lx"]["decree"].format(y=y, n=rng.randint(1, 2400), ld=local_date(ctx["lang"], base),
                                               ml=ctx["ml"], era="令和" if y >= 2019 else "平成",
                                               ey=y - 2018 if y >= 2019 else y - 1988)
            url = rng.choice([f"https://www.{dom}/eli/decret/{y}/{ymd(base)[1]}/{ymd(base)[2]}/{rng.randint(10**6, 10**7)}/jo/texte",
                              f"https://{dom}/document?id={ctx['cc'].upper()}-{y}-{rng.randint(1, 99999):05d}&lang={ctx['lang']}",
                              f"https://www.{dom}/{y}/{rng.randint(1, 400)}/pdf"])
        elif kind < 0.55:
            pname = ctx["authority"]
            dom = ctx["gov"]
            title = rng.choice([f"{ctx['name']}: {rng.choice(['press release', 'updated guidance', 'questions and answers', 'official notice'])}",
                                f"{rng.choice(INSTRUMENTS)} {rng.randint(1, 300)}-{y} — {ctx['name']} ({ctx['area']})",
                                f"Statement by {ctx['authority']} on {ctx['name'].lower()}"])
            url = f"https://www.{dom}/{rng.choice(['news', 'press', 'actualites', 'aktuelles', 'noticias', 'media-releases'])}/{slugify(title)}"
            if rng.random() < 0.15:
                url += f"?utm_source=rss&utm_medium=rss&utm_campaign={slugify(ctx['name'])}"
        elif kind < 0.85:
            pname, dom = rng.choice(GLOBAL_NEWS + ctx["news"] + ctx["news"])
            title = rng.choice([f"{ctx['country_en']} {rng.choice(['tightens', 'eases', 'extends', 'ends', 'reimposes'])} {ctx['short'].replace('the ', '', 1)} as {rng.choice(REASONS)}",
                                f"What to know about {ctx['area']}'s {ctx['name'].lower()}",
                                f"'{rng.choice(['We had no choice', 'A necessary step', 'Too little, too late'])}': {ctx['area']} and the {ctx['name'].lower()}",
                                f"{ctx['ml']} — {rng.choice(['live updates', 'explainer', 'analysis', 'Q&A'])}"])
            url = f"https://{rng.choice(['www.', '', 'amp.', 'edition.'])}{dom}/{rng.choice(['world', 'news', 'politics', 'health', 'article'])}/{y}/{ymd(pub_o)[1]:02d}/{ymd(pub_o)[2]:02d}/{slugify(title)}"
            if rng.random() < 0.05:
                url = url.replace("https://", "http://", 1)
        else:
            pname, dom = rng.choice(TRACKERS)
            title = f"{ctx['country_en']}: {rng.choice(['policy tracker entry', 'country update', 'Situation report #' + str(rng.randint(1, 400)), 'Flash update'])} ({en_date(pub_o, rng)})"
            url = f"https://www.{dom}/{rng.choice(['data', 'reports', 'country', 'en/news'])}/{ctx['cc']}/{rng.randint(1000, 999999)}"
            if rng.random() < 0.05:
                url += "#" + rng.choice(["section-3", "table-2", "footnote-14"])
            elif rng.random() < 0.04:   # an IRI: unencoded non-ASCII path, as copied from a browser bar
                pname, title = "Wikipedia", f"{ctx['ml']} – Wikipedia"
                wl = ctx["lang"] if ctx["lang"] != "en" else "en"
                url = f"https://{wl}.wikipedia.org/wiki/{ctx['ml'].replace(' ', '_')}"
        s = {"url": url, "title": title, "publisher": pname, "published": pub_o}
        if rng.random() < 0.05:
            s["updated"] = min(TODAY, pub_o + rng.randint(1, 200))
        if extracted and i == 0 or rng.random() < 0.3:
            if ctx["lx"] and rng.random() < 0.5:
                s["quote"] = rng.choice(ctx["lx"]["quotes"]).format(ml=ctx["ml"], ld=local_date(ctx["lang"], o))
            else:
                s["quote"] = rng.choice([f"{ctx['name']} will apply from {en_date(o, rng)}",
                                         f"\"We are {rng.choice(['extending', 'ending', 'suspending', 'tightening'])} {ctx['short']},\" the spokesperson said on {en_date(base, rng)}.",
                                         f"effective {en_date(o, rng)}: {rng.choice(REASONS)}",
                                         f"According to the notice, {rng.choice(GROUPS)} are affected."])
        if extracted and i == 0:
            s["provenance"] = "extracted"
        elif rng.random() < 0.01:
            s["provenance"] = "curated"
        if warn and rng.random() < 0.004:
            del s[rng.choice(["publisher", "published"])]
        out.append(s)
    return out


SRC_ORDERS = [("url", "title", "publisher", "published", "updated", "quote", "provenance"),
              ("title", "url", "publisher", "published", "updated", "quote", "provenance"),
              ("url", "title", "published", "publisher", "quote", "updated", "provenance"),
              ("publisher", "title", "url", "published", "updated", "quote", "provenance")]


def emit_sources(lines, ind, sources, rng, order):
    lines.append(f"{ind}sources:")
    if rng.random() < 0.1:
        ind_item = ind          # "- url:" at the key's own indent (also valid YAML)
    else:
        ind_item = ind + "  "
    for s in sources:
        first = True
        for k in order:
            if k not in s:
                continue
            v = s[k]
            pre = f"{ind_item}- " if first else f"{ind_item}  "
            first = False
            if k in ("published", "updated"):
                lines.append(f"{pre}{k}: {iso(v) if rng.random() < 0.93 else repr(iso(v))}")
            elif k == "url":
                lines.append(f"{pre}url: {q(v, style=rng.random())}")
            else:
                sub = []
                emit_text(sub, "", k, v, rng, block_from=110, col=len(pre))
                lines.append(pre + sub[0])
                pad = " " * len(pre)
                lines.extend((pad + x) if x else "" for x in sub[1:])


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------

EVENT_ORDERS = [
    ("date", "not_before", "not_after", "announced", "status", "action", "summary", "authority", "case", "set", "note", "sources"),
    ("date", "not_before", "not_after", "status", "action", "summary", "sources", "set", "note", "authority", "case", "announced"),
    ("status", "date", "not_before", "not_after", "action", "summary", "announced", "authority", "case", "note", "set", "sources"),
    ("date", "not_after", "not_before", "status", "summary", "action", "authority", "announced", "set", "case", "sources", "note"),
    ("summary", "date", "not_before", "not_after", "status", "action", "announced", "sources", "authority", "case", "set", "note"),
]
TOP_ORDERS = [
    ("comment", "id", "name", "aliases", "jurisdiction", "summary", "last_reviewed", "events", "context"),
    ("id", "name", "jurisdiction", "last_reviewed", "summary", "aliases", "context", "events"),
    ("name", "id", "summary", "aliases", "jurisdiction", "events", "context", "last_reviewed"),
    ("id", "name", "aliases", "summary", "events", "last_reviewed", "jurisdiction", "context"),
]


def sample_dates(rng, n, start, end):
    span = end - start + 1
    if n <= span // 2:
        s = set()
        while len(s) < n:
            s.add(rng.randint(start, end))
        out = sorted(s)
        for i in range(1, n):            # ~1.5 % same-day pairs (they apply in file order)
            if rng.random() < 0.015:
                out[i] = out[i - 1]
        return out
    return sorted(rng.randint(start, end) for _ in range(n))


def choose_span(rng, family, n, first_year):
    """(start, end) ordinals for n events of a policy of this family."""
    if family == "covid":
        start = COVID0 + int(rng.expovariate(1 / 45)) if n < 800 else COVID0 + rng.randint(0, 20)
        if rng.random() < 0.2:                                        # later waves
            start = d_(2020, 9) + rng.randint(0, 500)
        length = max(n * rng.uniform(3, 12), rng.uniform(20, 900))
        if n >= 400:
            length = max(length, TODAY - start)
    elif family == "housing":
        start = d_(2020, 3, 10) + rng.randint(0, 120) if rng.random() < 0.85 else d_(2008) + rng.randint(0, 5000)
        length = max(n * rng.uniform(10, 30), rng.uniform(30, 700))
    elif family in ("migration", "tps", "program", "list", "ceiling"):
        lo = max(EPOCH, d_(first_year)) if first_year else d_(1995)
        start = lo + rng.randint(0, max(0, TODAY - lo - 400)) if first_year is None else lo + rng.randint(0, 200)
        length = max(n * rng.uniform(20, 120), rng.uniform(60, 4000))
    elif family == "dense":
        lo = max(EPOCH, d_(first_year)) if first_year else d_(1998)
        start = lo + rng.randint(0, 60)
        length = TODAY - start
    else:  # civil, economy
        start = d_(2005) + rng.randint(0, 6600)
        length = max(n * rng.uniform(5, 60), rng.uniform(10, 1500))
    start = min(start, TODAY - 1)
    end = min(TODAY, start + int(length))
    if family != "covid" and end - start < n * 2:      # long-lived: spread over years, not several a day
        end = TODAY
        start = max(EPOCH, min(start, end - n * 3))
    if end - start < 2:
        start = end - 2
    return start, end


class Gen:
    def __init__(self, seed, target, out, warn):
        self.rng = random.Random(seed)
        self.target = target
        self.out = out
        self.warn = warn
        self.used_ids = set()
        self.stats = dict(files=0, events=0, bytes=0, dirs=set(), max_events=0, max_id="", yml=0,
                          uncertain=0, not_before_only=0, announced=0, case=0, set=0, note=0, bom=0, iri=0,
                          sources=0, quotes=0, extracted=0, context=0, policies_with_context=0, last_reviewed=0,
                          aliases=0, summary=0, reversed=0, crlf=0, comments=0, same_day=0, hist={}, statuses={},
                          actions={}, folded=0, block_literal=0)

    # ---------------- counts ----------------
    def plan_counts(self):
        rng, T = self.rng, self.target
        counts = []
        if T >= 200_000:
            counts.append(min(20_000, int(T * 0.02)))
        if T >= 8_000:
            k = 2 if T < 50_000 else 3
            counts += [int(math.exp(rng.uniform(math.log(1000), math.log(3500)))) for _ in range(k)]
        total = sum(counts)
        while total < T:
            u = rng.random()
            if u < 0.30:
                n = 1
            elif u < 0.46:
                n = 2
            elif u < 0.57:
                n = 3
            elif u < 0.64:
                n = rng.randint(4, 5)
            elif u < 0.885:
                n = int(math.exp(rng.uniform(math.log(6), math.log(50))))
            elif u < 0.995:
                n = int(math.exp(rng.uniform(math.log(50), math.log(301))))
            else:
                n = int(math.exp(rng.uniform(math.log(1000), math.log(3500))))
            n = min(n, T - total)
            counts.append(n)
            total += n
        rng.shuffle(counts)
        return counts

    # ---------------- slots ----------------
    def plan_slots(self, counts):
        rng = self.rng
        combos = []
        for c in COUNTRIES:
            for m in MEASURES:
                combos.append((c[0], None, m[0]))
        for cc, subs in SUBUNITS.items():
            for s in subs:
                for m in MEASURES:
                    if MEASURE[m[0]][3] in ("covid", "housing", "civil") or rng.random() < 0.2:
                        combos.append((cc, s, m[0]))
        rng.shuffle(combos)
        dense_pool = list(NATIONAL_DENSE)
        rng.shuffle(dense_pool)
        dense_intl = [(c[0], None, "international-travel") for c in COUNTRIES] + \
                     [(c[0], None, "state-of-emergency") for c in COUNTRIES]
        rng.shuffle(dense_intl)
        reg_pool = list(NATIONAL_REG)
        rng.shuffle(reg_pool)
        ci = 0
        slots = []
        for n in counts:
            if n >= 1000 and (dense_pool or dense_intl):
                if dense_pool and (rng.random() < 0.6 or not dense_intl):
                    slots.append(("national", dense_pool.pop(), n))
                else:
                    slots.append(("intl", dense_intl.pop(), n))
                continue
            pn = 0.04 if n <= 5 else 0.12 if n < 50 else 0.3
            if reg_pool and rng.random() < pn:
                slots.append(("national", reg_pool.pop(), n))
                continue
            combo = combos[ci % len(combos)]
            ci += 1
            slots.append(("intl", combo, n))
        return slots

    # ---------------- contexts ----------------
    def intl_ctx(self, combo, n):
        rng = self.rng
        cc, sub, mk = combo
        c = CC[cc]
        lang = c[4]
        lx = LANG.get(lang)
        m = MEASURE[mk]
        base = f"{cc}-{sub[0]}-{mk}" if sub else f"{cc}-{mk}"
        k = 1
        pid = base
        while pid in self.used_ids:
            k += 1
            pid = f"{base}-{k}"
        self.used_ids.add(pid)
        area = sub[1] if sub else c[2]
        name = f"{m[1]} ({area})" if rng.random() < 0.7 else f"{area}: {m[1].lower()}"
        if k > 1:
            name += f" — {['', '', 'second', 'third', 'fourth', 'fifth'][k] if k <= 5 else str(k) + 'th'} instance"
        ml = (lx["local"].get(mk) if lx else None) or m[1]
        region = c[1]
        if sub:
            d = f"international/{region}/{cc}/{slugify(sub[1])}"
            if rng.random() < 0.02:
                d += "/archive"
        else:
            d = f"international/{region}/{cc}"
        if sub and cc == "us":
            auth = rng.choice([f"Governor of {sub[1]}", f"{sub[1]} Department of Health", f"{sub[1]} Legislature"])
        elif sub:
            auth = rng.choice([f"Government of {sub[1]}", sub[2] if sub[2] != sub[1] else f"{sub[1]} regional government",
                               f"{sub[1]} health authority"])
        else:
            auth = rng.choice(lx["authorities"]) if lx and rng.random() < 0.4 else rng.choice(
                [f"Government of {c[2]}", f"{c[2]}'s Ministry of Health", f"{c[2]}'s Ministry of the Interior",
                 f"President of {c[2]}", f"{c[2]}'s Council of Ministers", f"Prime Minister of {c[2]}"])
        jur = cc.upper() + (f"-{sub[0].upper()}" if sub else "")
        fam = m[3]
        news = [(p, dd) for p, dd in (lx["news"] if lx else [])] or GLOBAL_NEWS[:4]
        courts = COURTS.get(cc, COURTS["*"])
        aliases = []
        if lx and ml != m[1]:
            aliases.append(ml)
        if sub and sub[2] != sub[1]:
            aliases.append(f"{ml} ({sub[2]})")
        if rng.random() < 0.3:
            aliases.append(f"{c[3]} {m[1].lower()}")
        if rng.random() < 0.1:
            aliases.append(f"{cc.upper()}-{mk.split('-')[0].upper()}-{rng.randint(1, 99):02d}")
        attrs_scheme = mk
        return dict(id=pid, dir=d, name=name, short=m[2], area=area, authority=auth, jur=jur, family=fam,
                    first_year=None, lang=lang, lx=lx, ml=ml, news=news, courts=courts, cc=cc, country=c,
                    country_en=c[2], gov=c[6], aliases=aliases, scheme=attrs_scheme, lang_name=LANG_NAMES.get(lang, "English"),
                    dense=n >= 1000, measure_name=m[1])

    def national_ctx(self, nat, n):
        rng = self.rng
        jur, agency, stem, name, year, scheme = nat
        pid = stem
        k = 1
        while pid in self.used_ids:
            k += 1
            pid = f"{stem}-{k}"
        self.used_ids.add(pid)
        cc = jur.lower() if jur.lower() in CC else "us"
        c = CC.get(cc) if jur != "EU" else ("eu", "europe", "the European Union", "EU", "en", "EUR", "consilium.europa.eu")
        lx = LANG.get(c[4]) if c[4] != "en" else None
        agency_name = {"uscis": "U.S. Citizenship and Immigration Services", "dhs": "U.S. Department of Homeland Security",
                       "state": "U.S. Department of State", "prm": "Bureau of Population, Refugees, and Migration",
                       "cdc": "Centers for Disease Control and Prevention", "cbp": "U.S. Customs and Border Protection",
                       "eoir": "Executive Office for Immigration Review", "ofac": "Office of Foreign Assets Control",
                       "bis": "Bureau of Industry and Security", "council": "Council of the European Union",
                       "commission": "European Commission", "home-office": "Home Office", "hm-treasury": "HM Treasury",
                       "ircc": "Immigration, Refugees and Citizenship Canada", "home-affairs": "Department of Home Affairs",
                       "bmi": "Bundesministerium des Innern", "isa": "出入国在留管理庁", "tps": "U.S. Citizenship and Immigration Services"}
        auth = agency_name.get(agency.split("/")[-1], agency)
        short = "the " + (name[4:] if name.startswith("The ") else name)
        aliases = []
        if "(" in name:
            aliases.append(name[name.index("(") + 1:name.index(")")])
        if stem.startswith("us-tps-"):
            aliases += [f"TPS {name.split(' for ')[1]}", f"TPS-{stem[7:].upper()[:12]}"]
        news = GLOBAL_NEWS[:8]
        return dict(id=pid, dir=f"national/{agency}", name=name, short=short, area=c[2] if jur != "EU" else "the EU",
                    authority=auth, jur=jur, family=scheme, first_year=year, lang=c[4], lx=lx, ml=name, news=news,
                    courts=COURTS.get(cc, COURTS["*"]), cc=cc, country=c, country_en=c[2], gov=c[6] if jur != "US" else "dhs.gov",
                    aliases=aliases, scheme=scheme, lang_name="English", dense=n >= 1000 or scheme == "dense",
                    measure_name=name)

    # ---------------- one record ----------------
    def make_case(self, ctx, o):
        rng = self.rng
        court, fmt = rng.choice(ctx["courts"])
        y, _, _ = ymd(o)
        dock = fmt.format(a=rng.randint(1, 6), y2=f"{y % 100:02d}", n=rng.randint(1, 99999), j=rng.choice(["Z", "JCB", "KS", "DCG"]),
                          s=rng.randint(100, 999), n2=rng.randint(1, 99), n3=rng.randint(1, 999), n4=rng.randint(1, 9999),
                          n5=rng.randint(1, 99999), n6=rng.randint(100000, 999999), n7=rng.randint(1000000, 9999999),
                          n8=rng.randint(10**7, 10**8 - 1), y=y, ey=max(1, y - 2018), s2=rng.randint(2000, 3000))
        defendant = rng.choice([ctx["authority"], f"Government of {ctx['country_en']}", "Minister of the Interior",
                                "Biden", "Trump", "Mayorkas", "Noem", "Nielsen", "Premier ministre", "Freistaat Bayern",
                                "Secretary of State for the Home Department"])
        case = {"court": court, "name": f"{rng.choice(PLAINTIFFS)} v. {defendant}"}
        if rng.random() < 0.8:
            case["docket"] = dock
        if rng.random() < 0.2:
            case["citation"] = rng.choice([f"{rng.randint(1, 600)} U.S. {rng.randint(1, 999)} ({y})",
                                           f"{rng.randint(1, 99)} F.4th {rng.randint(1, 1200)}", f"[{y}] UKSC {rng.randint(1, 60)}",
                                           f"BVerfGE {rng.randint(150, 170)}, {rng.randint(1, 400)}", f"ECLI:FR:CESEL:{y}:{rng.randint(400000, 499999)}.{y % 100}"])
        return court, case

    def record(self, kind, key, n):
        rng = self.rng
        warn = self.warn
        ctx = self.intl_ctx(key, n) if kind == "intl" else self.national_ctx(key, n)
        start, end = choose_span(rng, ctx["family"] if kind == "national" else MEASURE[key[2]][3], n, ctx["first_year"])
        dates = sample_dates(rng, n, start, end)
        churn = 0.02 if ctx["dense"] else (0.12 if n > 40 else 0.35)
        specs = attr_specs(ctx["scheme"], None, ctx["country"])
        set_p = 0.9 if ctx["dense"] else 0.45
        attrs = {}
        events = []
        cur = None
        seen = set()
        covidish = kind == "intl" and MEASURE[key[2]][3] in ("covid", "housing")
        prev_o = None
        for i, o in enumerate(dates):
            last = i == n - 1
            if cur is None:
                st, act = rng.choices(*_NEXT_TABLE[None])[0]
                if n == 1 and rng.random() < 0.5:
                    st, act = "active", "implemented"
            elif last and covidish and n >= 2 and rng.random() < 0.65:
                st, act = ("terminated", "terminated") if cur != "terminated" else ("terminated", "amended")
            else:
                st, act = next_status(rng, cur, churn)
            if warn and cur in WARN_TRANSITIONS and rng.random() < 0.0015:
                st, act = WARN_TRANSITIONS[cur]
            ev = {"_o": o, "status": st}
            if act is not None:
                ev["action"] = act
            ctx["first"] = cur is None
            # set
            changed = {}
            if (rng.random() < set_p or cur is None and rng.random() < 0.7) and specs:
                for kk, g in rng.sample(specs, rng.randint(1, min(3, len(specs)))):
                    changed[kk] = g(rng, o)
                if attrs and rng.random() < 0.05:
                    changed[rng.choice(list(attrs))] = None
                for kk, v in changed.items():
                    if v is None:
                        attrs.pop(kk, None)
                    else:
                        attrs[kk] = v
                ev["set"] = changed
            # court
            ctx["case_obj"] = None
            ctx["court"] = "court"
            if act in COURT_ACTIONS or (act == "terminated" and rng.random() < 0.03):
                court, case = self.make_case(ctx, o)
                ctx["court"] = court
                if rng.random() < 0.85:
                    ev["case"] = case
                    ctx["case_obj"] = case
                ev["authority"] = court
            elif rng.random() < 0.35:
                ev["authority"] = ctx["authority"]
            summ = summary_for(rng, st, act, ctx, changed, o)
            while (o, st, summ) in seen:
                summ = summary_for(rng, st, act, ctx, changed, o) + f" (Notice {rng.randint(2, 9999)}.)"
            seen.add((o, st, summ))
            ev["summary"] = summ
            # uncertain date: only strictly between neighbours
            nxt = dates[i + 1] if i + 1 < n else TODAY + 1
            u = rng.random()
            extracted = False
            if u < 0.025 and (prev_o is None or prev_o < o) and o < nxt:
                ev["not_after"] = o
                if rng.random() < 0.55:
                    nb = o - rng.randint(1, 45)
                    if prev_o is not None and nb <= prev_o:
                        nb = prev_o + 1
                    if nb < o:
                        ev["not_before"] = nb
                extracted = rng.random() < 0.6
            elif warn and u < 0.0262 and last and o < TODAY:
                ev["not_before"] = o      # open window: realistic curator mistake -> warning
            else:
                ev["date"] = o
                if rng.random() < 0.22:
                    ann = max(EPOCH, o - (0 if rng.random() < 0.3 else rng.randint(1, 40)))
                    ev["announced"] = ann
            if rng.random() < (0.05 if ctx["dense"] else 0.16):
                ev["note"] = note_for(rng, ctx, o)
            ev["sources"] = make_sources(rng, ctx, o, ev.get("announced"), extracted, warn)
            events.append(ev)
            cur = st
            prev_o = o
        return ctx, events, attrs

    def write_record(self, kind, key, n):
        rng = self.rng
        st = self.stats
        ctx, events, attrs = self.record(kind, key, n)
        last_o = max(e.get("date") or e.get("not_after") or e.get("not_before") for e in events)
        L = []
        crlf = rng.random() < 0.004
        top = rng.choice(TOP_ORDERS) if rng.random() < 0.5 else TOP_ORDERS[0]
        eorder = EVENT_ORDERS[0] if rng.random() < 0.6 else rng.choice(EVENT_ORDERS)
        sorder = SRC_ORDERS[0] if rng.random() < 0.7 else rng.choice(SRC_ORDERS)
        eind = "  " if rng.random() < 0.85 else ""
        blank_between = rng.random() < 0.5
        reverse = n >= 2 and rng.random() < 0.03 and len({e["_o"] for e in events}) == n
        has_summary = rng.random() < 0.7
        has_alias = ctx["aliases"] and rng.random() < 0.8
        has_jur = rng.random() < 0.88
        has_rev = rng.random() < 0.45
        has_ctx = rng.random() < 0.08
        for k in top:
            if k == "comment":
                if rng.random() < 0.12:
                    L.append("# yaml-language-server: $schema=../../docs/record.schema.json")
                    st["comments"] += 1
            elif k == "id":
                L.append(f"id: {ctx['id']}")
            elif k == "name":
                L.append(f"name: {q(ctx['name'], style=rng.random())}")
            elif k == "aliases" and has_alias:
                al = ctx["aliases"]
                if rng.random() < 0.5:
                    L.append("aliases: [" + ", ".join(q(a, flow=True, style=rng.random()) for a in al) + "]")
                else:
                    L.append("aliases:")
                    L.extend(f"  - {q(a, style=rng.random())}" for a in al)
                st["aliases"] += 1
            elif k == "jurisdiction" and has_jur:
                L.append(f"jurisdiction: {q(ctx['jur'])}")
            elif k == "summary" and has_summary:
                scope = rng.choice(["This record tracks the national rules only; local variations are noted in attributes.",
                                    "This record tracks what the responsible authority declared, not how far it was enforced.",
                                    f"Dates are effective dates in local time; announcements are given separately."])
                text = (f"{ctx['measure_name']} in {ctx['area']}: {rng.choice(['the measures', 'the rules', 'the programme'])} "
                        f"adopted by {ctx['authority']}. {scope} Attributes: {', '.join(sorted(attrs)) or 'none'}.")
                if rng.random() < 0.2:
                    text += f" Known locally as “{ctx['ml']}”."
                emit_text(L, "", "summary", text, rng, block_from=80)
                st["summary"] += 1
            elif k == "last_reviewed" and has_rev:
                lo = max(REVIEW_FLOOR, last_o)
                L.append(f"last_reviewed: {iso(rng.randint(lo, TODAY))}")
                st["last_reviewed"] += 1
            elif k == "context" and has_ctx:
                L.append("context:")
                nctx = rng.randint(1, 4)
                st["policies_with_context"] += 1
                for _ in range(nctx):
                    st["context"] += 1
                    co = rng.randint(max(EPOCH, events[0]["_o"] - 900), min(TODAY, last_o + 30))
                    pre = "  - "
                    if rng.random() < 0.15:
                        L.append(f"{pre}not_after: {iso(co)}")
                    else:
                        L.append(f"{pre}date: {iso(co)}")
                    emit_text(L, "    ", "summary", rng.choice([
                        f"{ctx['country_en']} registered {rng.randint(10, 90000):,} new cases in a single day, the highest so far.",
                        f"Parliament debated {ctx['short']} for {rng.randint(2, 30)} hours; the opposition called it \"unconstitutional\".",
                        f"{rng.choice(PLAINTIFFS)} filed a complaint against {ctx['short']}.",
                        f"The underlying framework law dates from {rng.randint(1950, 2019)} and was amended {rng.randint(1, 12)} times."]), rng)
                    if rng.random() < 0.3:
                        emit_text(L, "    ", "note", note_for(rng, ctx, co), rng)
                    emit_sources(L, "    ", make_sources(rng, ctx, co, None, False, self.warn), rng, sorder)
            elif k == "events":
                L.append("events:")
                seq = reversed(events) if reverse else events
                if reverse:
                    st["reversed"] += 1
                prev = None
                for ev in seq:
                    if blank_between and prev is not None:
                        L.append("")
                    if prev is not None and prev == ev["_o"]:
                        st["same_day"] += 1
                    prev = ev["_o"]
                    if rng.random() < 0.004:
                        L.append(f"{eind}# {rng.choice(['TODO: confirm the effective date', 'checked against the gazette', 'see issue tracker', 'translation pending'])}")
                    self.emit_event(L, eind, ev, eorder)
        text = "\n".join(L) + "\n"
        if crlf:
            text = text.replace("\n", "\r\n")
            st["crlf"] += 1
        ext = ".yaml"
        if rng.random() < (0.6 if ctx["cc"] in ("jp", "br", "ca", "za") else 0.12):
            ext = ".yml"
            st["yml"] += 1
        if kind == "intl" and rng.random() < 0.01:
            d = "legacy"
        else:
            d = ctx["dir"]
        if rng.random() < 0.003:
            d = "."
        path = os.path.join(self.out, d, ctx["id"] + ext)
        if d not in st["dirs"]:
            os.makedirs(os.path.join(self.out, d), exist_ok=True)
            st["dirs"].add(d)
        data = text.encode("utf-8")
        if rng.random() < 0.002:        # a UTF-8 byte-order mark, as some Windows editors write
            data = b"\xef\xbb\xbf" + data
            st["bom"] += 1
        with open(path, "wb") as f:
            f.write(data)
        st["files"] += 1
        st["bytes"] += len(data)
        st["events"] += n
        if n > st["max_events"]:
            st["max_events"], st["max_id"] = n, ctx["id"]
        b = "1" if n == 1 else "2-5" if n <= 5 else "6-49" if n < 50 else "50-300" if n <= 300 else "301-999" if n < 1000 else "1000+"
        st["hist"][b] = st["hist"].get(b, 0) + 1

    def emit_event(self, L, eind, ev, order):
        rng = self.rng
        st = self.stats
        first = True
        ind = eind + "  "
        for k in order:
            if k not in ev:
                continue
            v = ev[k]
            pre = f"{eind}- " if first else ind
            first = False
            if k in ("date", "not_before", "not_after", "announced"):
                s = iso(v)
                if rng.random() < 0.05:
                    s = f"'{s}'" if rng.random() < 0.5 else f'"{s}"'
                L.append(f"{pre}{k}: {s}")
                if k == "not_after":
                    st["uncertain"] += 1
                elif k == "not_before" and "not_after" not in ev:
                    st["not_before_only"] += 1
                elif k == "announced":
                    st["announced"] += 1
            elif k == "status":
                L.append(f"{pre}status: {v}")
                st["statuses"][v] = st["statuses"].get(v, 0) + 1
            elif k == "action":
                L.append(f"{pre}action: {v}")
                st["actions"][v] = st["actions"].get(v, 0) + 1
            elif k in ("summary", "note", "authority"):
                sub = []
                emit_text(sub, "", k, v, rng, block_from=100 if k != "authority" else 10**9, col=len(ind))
                if len(sub) > 1:
                    st["block_literal" if sub[0].endswith(("|", "|-")) else "folded"] += 1
                L.append(pre + sub[0])
                L.extend((ind + x) if x else "" for x in sub[1:])
                if k == "note":
                    st["note"] += 1
            elif k == "case":
                st["case"] += 1
                if rng.random() < 0.3:
                    L.append(f"{pre}case: " + flow_value(v, rng))
                else:
                    L.append(f"{pre}case:")
                    for ck, cv in v.items():
                        L.append(f"{ind}  {ck}: {q(cv, style=rng.random())}")
            elif k == "set":
                st["set"] += 1
                sub = []
                emit_value(sub, "", "set", v, rng)
                L.append(pre + sub[0])
                L.extend(ind + x for x in sub[1:])
            elif k == "sources":
                st["sources"] += len(v)
                for s in v:
                    if "quote" in s:
                        st["quotes"] += 1
                    if s.get("provenance") == "extracted":
                        st["extracted"] += 1
                    if not s["url"].isascii():
                        st["iri"] += 1
                if pre != ind:  # sources first (never happens with our orders)
                    L.append(pre.rstrip() + " sources:")
                    emit_sources(L, ind, v, rng, SRC_ORDERS[0])
                else:
                    emit_sources(L, ind, v, rng, SRC_ORDERS[0] if rng.random() < 0.7 else rng.choice(SRC_ORDERS))

    def run(self):
        counts = self.plan_counts()
        slots = self.plan_slots(counts)
        for kind, key, n in slots:
            self.write_record(kind, key, n)
        c = sorted(counts)
        self.stats["events_per_policy"] = {"min": c[0], "p50": c[len(c) // 2], "p90": c[int(len(c) * 0.9)],
                                           "p99": c[int(len(c) * 0.99)], "max": c[-1],
                                           "share_of_events_in_1000plus": round(sum(x for x in c if x >= 1000) / sum(c), 3)}
        return self.stats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--events", type=int, default=10_000, help="total number of events (hit exactly)")
    ap.add_argument("--out", required=True, help="output folder (must not exist, or use --force)")
    ap.add_argument("--warnings", choices=["realistic", "none"], default="realistic",
                    help="realistic: a small rate of curator mistakes that `validate` reports as warnings "
                         "(source-incomplete, open-window, transition); none: aim for zero warnings")
    ap.add_argument("--force", action="store_true", help="replace --out if it exists")
    ap.add_argument("--stats", help="write corpus statistics as JSON to this file")
    a = ap.parse_args(argv)
    if a.events < 1:
        ap.error("--events must be >= 1")
    if os.path.exists(a.out):
        if not a.force:
            ap.error(f"{a.out} exists (use --force to replace it)")
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    t0 = time.time()
    g = Gen(a.seed, a.events, a.out, a.warnings == "realistic")
    st = g.run()
    st["dirs"] = len(st["dirs"])
    st["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(st, indent=1, sort_keys=True, ensure_ascii=False))
    if a.stats:
        with open(a.stats, "w") as f:
            json.dump(st, f, indent=1, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
