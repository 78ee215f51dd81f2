/// Words whose following period belongs to them ("Gov.", "Calif.", "Corp."), and how the
/// sentence splitter treats them: titles never end a sentence, the others only before a
/// typical sentence opener.
enum Abbreviations {
    /// How an abbreviation behaves at a possible sentence end.
    enum Role: UInt8 {
        /// A title or prefix that is followed by a name ("Mr.", "Lt.", "Gen."): never sentence-final.
        case title
        /// Followed by a number ("No. 5", "Jan. 31"): final only when no number follows.
        case beforeNumber
        /// Could end a sentence ("Corp.", "Calif.", "Jr.", "U.S.", "etc.").
        case ambiguous
    }

    /// Titles and honorifics that precede a name.
    static let titles = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gov", "sen", "sens", "rep", "reps", "lt", "col",
        "gen", "sgt", "capt", "maj", "adm", "cmdr", "cmdt", "cpl", "pvt", "pfc", "brig", "rev", "hon", "pres",
        "supt", "insp", "det", "amb", "fr", "sr", "sra", "srta", "gens", "lieut", "atty", "sec", "secy", "st", "ste",
        "mt", "ft", "pt", "rt", "msgr", "cdr", "comdr", "spc", "ens", "mssrs", "dept", "univ", "assn", "vs", "v",
    ]
    /// Words normally followed by a number.
    static let beforeNumber = [
        "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "art", "fig", "vol", "p", "pp", "ch", "sec", "para", "ca", "approx", "est", "tel",
    ]
    /// Abbreviations that may also end a sentence: company forms, US state forms, suffixes.
    static let ambiguous = [
        "corp", "inc", "co", "ltd", "bros", "cos", "jr", "etc", "al", "ave", "blvd", "rd", "hwy", "mfg", "intl",
        "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nebr", "nev", "okla", "ore", "oreg", "pa",
        "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wisc", "wyo", "ariz", "dak", "ida", "ut", "me", "nh",
        "bhd", "pty", "plc", "ag", "sa", "nv", "spa", "gmbh", "dist", "govt", "min", "mins", "hrs", "yr", "yrs",
        "bn", "mln", "bln", "pct", "am", "pm", "oz", "lb", "lbs", "kg", "km", "cm", "mm", "ft", "sq", "mi",
    ]

    /// Keys of the abbreviations (text without the period), with their role.
    static let table: KeyMap<Role> = {
        var t = KeyMap<Role>()
        for w in ambiguous { t[TextHash.key(w)] = .ambiguous }
        for w in beforeNumber { t[TextHash.key(w)] = .beforeNumber }
        for w in titles { t[TextHash.key(w)] = .title }
        return t
    }()

    /// Words that typically open a sentence; after an ambiguous abbreviation they signal a new sentence.
    static let openers: KeySet = {
        let words = [
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
            "but", "and", "in", "on", "at", "for", "as", "after", "before", "when", "while", "if", "his", "her", "its",
            "their", "our", "some", "many", "most", "no", "not", "one", "two", "three", "both", "all", "also",
            "however", "meanwhile", "earlier", "later", "last", "on", "since", "during", "under", "according", "by",
            "from", "with", "officials", "police", "analysts", "shares", "sales", "net", "revenue", "profit",
            "what", "why", "how", "who", "where", "so", "yet", "still", "then", "now", "today", "yesterday", "such",
            "other", "another", "each", "every", "my", "your", "more", "several", "few", "despite", "although",
            "though", "because", "until", "reuters", "mr", "mrs", "ms", "dr", "president",
        ]
        return KeySet(words.map { TextHash.key($0) })
    }()
}
