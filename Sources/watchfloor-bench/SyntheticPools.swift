/// The names the synthetic corpus draws from, and the names in the samples it replaces.
///
/// Fictional people (first x last names), real cities and countries with their ISO codes, so the
/// extractor's gazetteer resolves places and the store sees many distinct actors and countries.
enum SyntheticPools {
    /// Given names from many regions.
    static let firstNames = [
        "Amara", "Bashir", "Camila", "Dmytro", "Elif", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
        "Kwame", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tomasz",
        "Uma", "Viktor", "Wanjiru", "Xavier", "Yasmin", "Zoran", "Aisha", "Bruno", "Chen", "Daria",
        "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Julia", "Karim", "Lucia", "Mikhail", "Nour",
        "Olga", "Pablo", "Rania", "Sergei", "Tariq", "Ulrike", "Vera", "Walid", "Yusuf", "Zainab",
        "Anders", "Beatriz", "Cyril", "Dalia", "Erik", "Florin", "Giorgi", "Helena", "Idris", "Jana",
    ]

    /// Family names from many regions.
    static let lastNames = [
        "Okafor", "Haddad", "Kowalski", "Tanaka", "Moreau", "Petrenko", "Silva", "Nasser", "Lindqvist", "Mensah",
        "Rahimi", "Novak", "Castillo", "Yilmaz", "Ivanova", "Osei", "Schneider", "Karimi", "Dubois", "Mwangi",
        "Horvat", "Alvarez", "Sato", "Bakr", "Kovalenko", "Oliveira", "Hussein", "Jensen", "Nguyen", "Abiodun",
        "Popescu", "Herrera", "Kuznetsov", "Farah", "Lehmann", "Mahmoud", "Rossi", "Shevchenko", "Tembo", "Varga",
        "Wojcik", "Zulu", "Aziz", "Bianchi", "Celik", "Demir", "Eriksen", "Fischer", "Gashi", "Hakimi",
        "Ibrahim", "Jovanovic", "Kaya", "Lopes", "Markovic", "Nowak", "Otieno", "Pavlov", "Qureshi", "Reyes",
        "Sokolov", "Toure", "Usman", "Vasquez", "Wagner", "Yousef", "Zhang", "Adeyemi", "Bondarenko", "Costa",
    ]

    /// Cities with the ISO 3166-1 alpha-2 code of their country.
    static let cities: [(name: String, country: String)] = [
        ("Nairobi", "KE"), ("Mombasa", "KE"), ("Lagos", "NG"), ("Abuja", "NG"), ("Kano", "NG"), ("Accra", "GH"),
        ("Dakar", "SN"), ("Bamako", "ML"), ("Niamey", "NE"), ("Ouagadougou", "BF"), ("Khartoum", "SD"),
        ("Addis Ababa", "ET"), ("Mogadishu", "SO"), ("Kinshasa", "CD"), ("Goma", "CD"), ("Kampala", "UG"),
        ("Juba", "SS"), ("Tripoli", "LY"), ("Benghazi", "LY"), ("Cairo", "EG"), ("Tunis", "TN"), ("Algiers", "DZ"),
        ("Rabat", "MA"), ("Kyiv", "UA"), ("Kharkiv", "UA"), ("Odesa", "UA"), ("Dnipro", "UA"), ("Zaporizhzhia", "UA"),
        ("Lviv", "UA"), ("Moscow", "RU"), ("Belgorod", "RU"), ("Kursk", "RU"), ("Rostov-on-Don", "RU"),
        ("Minsk", "BY"), ("Warsaw", "PL"), ("Vilnius", "LT"), ("Riga", "LV"), ("Tallinn", "EE"), ("Helsinki", "FI"),
        ("Stockholm", "SE"), ("Berlin", "DE"), ("Paris", "FR"), ("London", "GB"), ("Madrid", "ES"), ("Rome", "IT"),
        ("Athens", "GR"), ("Belgrade", "RS"), ("Pristina", "XK"), ("Sarajevo", "BA"), ("Bucharest", "RO"),
        ("Chisinau", "MD"), ("Tbilisi", "GE"), ("Yerevan", "AM"), ("Baku", "AZ"), ("Ankara", "TR"),
        ("Istanbul", "TR"), ("Damascus", "SY"), ("Aleppo", "SY"), ("Beirut", "LB"), ("Amman", "JO"),
        ("Jerusalem", "IL"), ("Gaza", "PS"), ("Baghdad", "IQ"), ("Mosul", "IQ"), ("Erbil", "IQ"), ("Tehran", "IR"),
        ("Riyadh", "SA"), ("Sanaa", "YE"), ("Aden", "YE"), ("Doha", "QA"), ("Dubai", "AE"), ("Kabul", "AF"),
        ("Islamabad", "PK"), ("Karachi", "PK"), ("Peshawar", "PK"), ("New Delhi", "IN"), ("Mumbai", "IN"),
        ("Srinagar", "IN"), ("Dhaka", "BD"), ("Kathmandu", "NP"), ("Colombo", "LK"), ("Yangon", "MM"),
        ("Bangkok", "TH"), ("Manila", "PH"), ("Jakarta", "ID"), ("Beijing", "CN"), ("Shanghai", "CN"),
        ("Taipei", "TW"), ("Seoul", "KR"), ("Pyongyang", "KP"), ("Tokyo", "JP"), ("Caracas", "VE"),
        ("Bogota", "CO"), ("Lima", "PE"), ("Quito", "EC"), ("La Paz", "BO"), ("Santiago", "CL"),
        ("Buenos Aires", "AR"), ("Sao Paulo", "BR"), ("Brasilia", "BR"), ("Mexico City", "MX"), ("Havana", "CU"),
        ("Port-au-Prince", "HT"), ("Washington", "US"), ("New York", "US"), ("Ottawa", "CA"),
    ]

    /// Countries with their ISO 3166-1 alpha-2 codes.
    static let countries: [(name: String, code: String)] = [
        ("Kenya", "KE"), ("Nigeria", "NG"), ("Ghana", "GH"), ("Senegal", "SN"), ("Mali", "ML"), ("Niger", "NE"),
        ("Burkina Faso", "BF"), ("Sudan", "SD"), ("Ethiopia", "ET"), ("Somalia", "SO"), ("Uganda", "UG"),
        ("South Sudan", "SS"), ("Libya", "LY"), ("Egypt", "EG"), ("Tunisia", "TN"), ("Algeria", "DZ"),
        ("Morocco", "MA"), ("Ukraine", "UA"), ("Russia", "RU"), ("Belarus", "BY"), ("Poland", "PL"),
        ("Lithuania", "LT"), ("Latvia", "LV"), ("Estonia", "EE"), ("Finland", "FI"), ("Sweden", "SE"),
        ("Germany", "DE"), ("France", "FR"), ("Britain", "GB"), ("Spain", "ES"), ("Italy", "IT"), ("Greece", "GR"),
        ("Serbia", "RS"), ("Kosovo", "XK"), ("Romania", "RO"), ("Moldova", "MD"), ("Georgia", "GE"),
        ("Armenia", "AM"), ("Azerbaijan", "AZ"), ("Turkey", "TR"), ("Syria", "SY"), ("Lebanon", "LB"),
        ("Jordan", "JO"), ("Israel", "IL"), ("Iraq", "IQ"), ("Iran", "IR"), ("Saudi Arabia", "SA"), ("Yemen", "YE"),
        ("Qatar", "QA"), ("Afghanistan", "AF"), ("Pakistan", "PK"), ("India", "IN"), ("Bangladesh", "BD"),
        ("Nepal", "NP"), ("Myanmar", "MM"), ("Thailand", "TH"), ("Philippines", "PH"), ("Indonesia", "ID"),
        ("China", "CN"), ("Taiwan", "TW"), ("South Korea", "KR"), ("North Korea", "KP"), ("Japan", "JP"),
        ("Venezuela", "VE"), ("Colombia", "CO"), ("Peru", "PE"), ("Ecuador", "EC"), ("Bolivia", "BO"),
        ("Chile", "CL"), ("Argentina", "AR"), ("Brazil", "BR"), ("Mexico", "MX"), ("Cuba", "CU"), ("Haiti", "HT"),
        ("Canada", "CA"),
    ]

    /// People named in the samples, as (given, family) so a later surname-only mention maps consistently.
    static let samplePersons: [(first: String, last: String)] = [
        ("Oleksandr", "Hrytsenko"), ("Volodymyr", "Zelenskyy"), ("Nabil", "Abdallah"), ("Marta", "Lindqvist"),
        ("Irakli", "Kobakhidze"), ("Tamar", "Kvaratskhelia"), ("Kaja", "Kallas"), ("Rafael", "Grossi"),
        ("Kazem", "Gharibabadi"), ("Esmaeil", "Baghaei"), ("Masoud", "Pezeshkian"), ("Viktor", "Lyashenko"),
        ("Galina", "Morozova"), ("Vladimir", "Putin"), ("Benjamin", "Netanyahu"), ("Jordan", "Whitfield"),
        ("Rajiv", "Sethi"), ("Omar", "Abdullah"), ("Márcio", "Teixeira"), ("Tayyip", "Erdoğan"), ("Hakan", "Fidan"),
        ("Ömer", "Bolat"), ("Mark", "Rutte"), ("Dmitry", "Peskov"), ("Kęstutis", "Budrys"),
        ("Alexander", "Lukashenko"), ("Sviatlana", "Tsikhanouskaya"), ("Heorhii", "Tykhyi"), ("Sunita", "Gurung"),
        ("Anna", "Kovács"), ("Nicolás", "Maduro"), ("Edmundo", "González"), ("Luis Ernesto", "Paredes"),
        ("Dhan Bahadur", "Rokaya"), ("Ram Prasad", "Joshi"), ("Ana Paula", "Ferreira"), ("Majed", "al-Ansari"),
    ]

    /// Places named in the samples.
    static let samplePlaces = [
        "Kharkiv", "Sumy", "Shostka", "Odesa", "Kyiv", "El Fasher", "Omdurman", "Khartoum", "Bahri", "Tbilisi",
        "Vienna", "Geneva", "Tehran", "Belgorod", "Shebekino", "Kursk", "Bryansk", "Sudzha", "Makhnovka", "Doha",
        "Deir al-Balah", "Bint Jbeil", "Amman", "Srinagar", "Jammu", "Kupwara", "Poonch", "Ipatinga",
        "Belo Horizonte", "Porto Alegre", "Ankara", "Baghdad", "Brussels", "Vilnius", "Minsk", "Kathmandu",
        "Moscow", "Washington", "New Delhi", "Islamabad", "Caracas", "Maracaibo", "Niamey", "Téra", "Tillabéri",
        "Belgrade", "Niš", "Atlanta", "Bajhang", "Chainpur", "Jajarkot",
    ]

    /// Countries named in the samples.
    static let sampleCountries = [
        "Ukraine", "Russia", "Sudan", "Georgia", "Iran", "Britain", "France", "Germany", "Israel", "Lebanon",
        "Qatar", "Egypt", "Taiwan", "China", "India", "Pakistan", "Brazil", "Turkey", "Iraq", "Latvia", "Sweden",
        "Hungary", "Finland", "Belarus", "Poland", "Lithuania", "Nepal", "Serbia", "Venezuela", "Niger", "Mali",
        "Burkina Faso", "Spain", "Estonia", "Jordan",
    ]

    /// Incident types weighted roughly as wire news mixes them (attacks and statements most common).
    static let incidentTypes: [IncidentTypeWeight] = [
        .init(raw: "attack.drone", weight: 6), .init(raw: "attack.missile", weight: 5), .init(raw: "attack.air", weight: 5),
        .init(raw: "attack.shelling", weight: 5), .init(raw: "attack.armed", weight: 4), .init(raw: "attack.bombing", weight: 2),
        .init(raw: "attack.other", weight: 2), .init(raw: "interception", weight: 3), .init(raw: "clash", weight: 4),
        .init(raw: "casualties", weight: 6), .init(raw: "arrest", weight: 4), .init(raw: "protest", weight: 4),
        .init(raw: "sanctions", weight: 3), .init(raw: "agreement", weight: 2), .init(raw: "talks", weight: 4),
        .init(raw: "statement", weight: 8), .init(raw: "deployment", weight: 3), .init(raw: "election", weight: 1),
        .init(raw: "economy", weight: 1), .init(raw: "disaster", weight: 2),
    ]

    /// Roles given to synthetic person actors.
    static let roles: [String?] = ["President", "Prime Minister", "Foreign Minister", "spokesman", "Governor", "General", nil, nil]
}

/// An incident type's raw value and how often the synthetic store uses it.
struct IncidentTypeWeight: Sendable {
    /// `IncidentType` raw value.
    var raw: String
    /// Relative frequency.
    var weight: Int
}
