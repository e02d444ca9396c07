#!/usr/bin/env python3
"""Generate Sources/ActorGraphExtraction/Lexicon/countries.tsv once, from data
that maintained packages ship:

- ISO 3166-1 codes and names: Debian's `iso-codes` package
  (/usr/share/iso-codes/json/iso_3166-1.json);
- demonyms, capitals and alternative spellings: the PyPI package `countryinfo`.

Only UN member states (193) and the two observer states are written. A few
curated additions (marked CURATED below) cover the short forms newspapers use
and the packages lack ("U.S.", "Britain", "Burkinabe" …).

usage: python3 scripts/generate_countries.py [OUT.tsv]
(run inside a venv with `pip install countryinfo`)
"""
import glob
import json
import os
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
UN_OBSERVERS = ["VAT", "PSE"]

# CURATED: display names where the package's choice is outdated or not the usual English short form.
DISPLAY = {
    "VAT": "Holy See", "MKD": "North Macedonia", "SWZ": "Eswatini", "CZE": "Czechia",
    "CIV": "Côte d'Ivoire", "CPV": "Cabo Verde", "TLS": "Timor-Leste", "FSM": "Micronesia",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "BHS": "Bahamas", "GMB": "Gambia", "PSE": "Palestine",
}
# CURATED: short names and codes that newspapers use.
EXTRA_ALIASES = {
    "USA": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "DR of Congo"],
    "COG": ["Congo-Brazzaville", "Congo Republic"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "TUR": ["Turkey", "Türkiye", "Turkiye"],
    "CZE": ["Czech Republic"], "MMR": ["Burma"], "SWZ": ["Swaziland"], "MKD": ["Macedonia"],
    "CPV": ["Cape Verde"], "TLS": ["East Timor"], "VAT": ["Vatican", "Vatican City"],
    "PSE": ["State of Palestine", "Palestinian territories"], "KOR": ["South Korea"],
    "PRK": ["North Korea", "DPRK"], "RUS": ["Russian Federation"], "NLD": ["Holland", "The Netherlands"],
    "GMB": ["The Gambia"], "BHS": ["The Bahamas"], "CAF": ["CAR", "Central African Republic"],
    "SSD": ["South Sudan"], "BFA": ["Burkina"], "BIH": ["Bosnia"], "ZAF": ["South Africa"], "GNB": ["Guinea-Bissau"],
    "GNQ": ["Equatorial Guinea"], "FSM": ["Federated States of Micronesia"], "CMR": ["Cameroun"],
}
# CURATED: demonyms beyond the package's single form.
EXTRA_DEMONYMS = {
    "BFA": ["Burkinabe", "Burkinabè"], "USA": ["American", "Americans", "US"], "GBR": ["British", "Briton", "Britons"],
    "NLD": ["Dutch"], "FRA": ["French", "Frenchman"], "DEU": ["German", "Germans"], "CIV": ["Ivorian", "Ivorians"],
    "NER": ["Nigerien", "Nigeriens"], "MRT": ["Mauritanian", "Mauritanians"], "TCD": ["Chadian", "Chadians"],
    "DNK": ["Danish", "Dane", "Danes"], "SWE": ["Swedish", "Swede", "Swedes"], "FIN": ["Finnish", "Finn", "Finns"],
    "CHN": ["Chinese"], "JPN": ["Japanese"], "ESP": ["Spanish", "Spaniard", "Spaniards"], "POL": ["Polish", "Pole", "Poles"],
    "TUR": ["Turkish", "Turk", "Turks"], "IRL": ["Irish"], "CHE": ["Swiss"], "PRT": ["Portuguese"],
    "ARE": ["Emirati", "Emiratis"], "COD": ["Congolese"], "SEN": ["Senegalese"], "TGO": ["Togolese"],
    "BEN": ["Beninese"], "GIN": ["Guinean", "Guineans"], "SDN": ["Sudanese"], "SSD": ["South Sudanese"],
    "LBN": ["Lebanese"], "VNM": ["Vietnamese"], "UKR": ["Ukrainian", "Ukrainians"], "RUS": ["Russian", "Russians"],
    "PSE": ["Palestinian", "Palestinians"], "ISR": ["Israeli", "Israelis"],
}
EXTRA_CAPITALS = {"NLD": ["The Hague"], "USA": ["Washington"], "CIV": ["Abidjan"], "BOL": ["La Paz"],
                  "ZAF": ["Pretoria"], "SWZ": ["Mbabane"], "MYS": ["Putrajaya"], "LKA": ["Colombo"],
                  "BEN": ["Cotonou"], "TZA": ["Dar es Salaam"], "ISR": [], "PSE": []}
# Capitals that are also ordinary words or cities that rarely stand for governments.
DROP_CAPITALS = {"Washington D.C.", "Vatican City State", "Jerusalem", "Ramallah"}


def latin(text):
    return all(ch.isascii() or ("\u00c0" <= ch <= "\u024f") for ch in text)


def plural(demonym):
    if " " in demonym:
        return []
    if demonym.endswith("man"):
        return [demonym[:-3] + "men"]
    if demonym.endswith(("an", "i")):
        return [demonym + "s"]
    return []


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "Sources", "ActorGraphExtraction", "Lexicon", "countries.tsv")
    iso = {c["alpha_3"]: c for c in json.load(open(ISO_JSON))["3166-1"]}
    import countryinfo
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    info = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "*.json"))):
        item = json.load(open(path, encoding="utf-8"))
        code = (item.get("ISO") or {}).get("alpha3")
        if code:
            info[code] = item
    codes = UN_MEMBERS + UN_OBSERVERS
    assert len(UN_MEMBERS) == 193 and len(set(codes)) == 195, (len(UN_MEMBERS), len(set(codes)))
    rows = []
    for code in sorted(codes, key=lambda c: iso[c]["name"]):
        c, i = iso[code], info.get(code, {})
        name = DISPLAY.get(code) or i.get("name") or c.get("common_name") or c["name"]
        aliases = []
        for a in [c.get("common_name"), c["name"], (c.get("official_name") or "").removeprefix("the "), i.get("name")] \
                + list(i.get("altSpellings") or []) + EXTRA_ALIASES.get(code, []):
            if not a or "," in a or "(" in a or not latin(a):
                continue
            if len(a) <= 3 and a not in EXTRA_ALIASES.get(code, []):
                continue  # two- and three-letter codes collide with ordinary words
            if a != name and a not in aliases:
                aliases.append(a)
        demonyms = []
        for d in ([i.get("demonym")] if i.get("demonym") else []) + EXTRA_DEMONYMS.get(code, []):
            for form in [d] + plural(d):
                if form and form not in demonyms:
                    demonyms.append(form)
        capitals = []
        for cap in ([i.get("capital")] if i.get("capital") else []) + EXTRA_CAPITALS.get(code, []):
            if cap and cap not in DROP_CAPITALS and cap != name and cap not in aliases and cap not in capitals:
                capitals.append(cap)
        attrs = [f"iso2={c['alpha_2']}", f"iso3={code}"]
        if demonyms:
            attrs.append("demonyms=" + "|".join(demonyms))
        if capitals:
            attrs.append("capitals=" + "|".join(capitals))
        attrs.append("un=" + ("observer" if code in UN_OBSERVERS else "member"))
        rows.append("\t".join(["country", name, "|".join(aliases), ";".join(attrs)]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/generate_countries.py from iso-codes (ISO 3166-1) and countryinfo.\n")
        f.write("# record\tname\taliases (|)\tattributes (key=value;…, lists with |)\n")
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} countries to {out}")


if __name__ == "__main__":
    main()
