/// Word tables for the time tagger, built once.
enum TimeLexicon {
    /// Month names and abbreviations to month numbers.
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        for (i, name) in full.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3))] = i + 1
        }
        m["sept"] = 9
        m["mar"] = 3  // also a verb in lower case; only capitalised forms are taken
        return m
    }()

    /// Weekday names and abbreviations to ISO weekday numbers (Monday 1).
    static let weekdays: [String: Int] = {
        var m: [String: Int] = [:]
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, name) in full.enumerated() {
            m[name] = i + 1
        }
        for (abbr, d) in [("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4),
                          ("fri", 5), ("sat", 6), ("sun", 7)] {
            m[abbr] = d
        }
        return m
    }()

    /// Every word that can start an expression: the scan skips all others with one lookup.
    static let startWords: Set<String> = {
        var set: Set<String> = [
            "the", "early", "late", "mid", "middle", "earlier", "later", "end", "beginning", "start", "today",
            "yesterday", "tomorrow", "now", "currently", "nowadays", "presently", "recently", "recent", "these",
            "this", "last", "next", "coming", "previous", "following", "current", "latest", "same", "that", "past",
            "fiscal", "year", "q", "h", "nineteen", "two", "several", "few", "many", "some", "nearly", "about",
            "almost", "around", "roughly", "more", "over", "just", "right",
        ]
        set.formUnion(months.keys)
        set.formUnion(weekdays.keys)
        set.formUnion(seasons.keys)
        set.formUnion(ordinals.keys)
        set.formUnion(cardinals.keys)
        set.formUnion(decadeWords.keys)
        return set
    }()

    /// How a start word must be followed before the rules are tried (a cheap filter for frequent words).
    enum Gate: Sendable {
        /// Always try the rules (month and weekday names, "yesterday").
        case always
        /// Try only when a time unit follows within three tokens ("two days ago", "a year earlier").
        case unitSoon
        /// Try only when the next token is a number, a hyphen or a temporal word ("the third quarter", "last week").
        case temporalNext
    }

    /// The gate of each start word.
    static let gates: [String: Gate] = {
        var g: [String: Gate] = [:]
        for w in startWords { g[w] = .always }
        for w in cardinals.keys { g[w] = .unitSoon }
        for w in ["several", "few", "many", "some", "nearly", "about", "almost", "around", "roughly", "more", "over", "just"] {
            g[w] = .unitSoon
        }
        for w in ["the", "this", "last", "next", "coming", "previous", "following", "current", "latest", "same", "that",
                  "past", "early", "late", "mid", "middle", "earlier", "later", "end", "beginning", "start", "fiscal",
                  "year", "these", "recent", "first", "second", "third", "fourth", "final"] {
            g[w] = .temporalNext
        }
        // Spelled years and "more recently" need their own look.
        g["nineteen"] = .always
        g["more"] = .always
        return g
    }()

    /// `gates` keyed by token key, for the scan's per-word test.
    static let gateTable = WordTable(gates)
    /// `units` keyed by token key.
    static let unitSet = WordSet(units)
    /// `temporalFollowers` keyed by token key.
    static let temporalFollowerSet = WordSet(temporalFollowers)
    /// `months` keyed by token key.
    static let monthTable = WordTable(months)
    /// `weekdays` keyed by token key.
    static let weekdayTable = WordTable(weekdays)
    /// `futureCues` keyed by token key.
    static let futureCueSet = WordSet(futureCues)
    /// `pastCues` keyed by token key.
    static let pastCueSet = WordSet(pastCues)
    /// `cardinals` keyed by token key.
    static let cardinalTable = WordTable(cardinals)

    /// Time units counted in "N units ago".
    static let units: Set<String> = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "thousand",
        "few",
    ]

    /// Words that may follow a `temporalNext` start word inside an expression.
    static let temporalFollowers: Set<String> = {
        var set = startWords
        set.formUnion(units)
        set.formUnion(["weekend", "quarter", "quarters", "period", "half", "future", "present", "near", "century",
                       "fiscal", "of", "in", "end", "days", "times", "s"])
        return set
    }()

    /// Number words to values ("three" 3, "twenty" 20, "a" 1).
    static let cardinals: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "dozen": 12, "couple": 2,
    ]

    /// Ordinal words to values ("third" 3).
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "final": 4, "last": 4,
    ]

    /// Decade words ("nineties" 9).
    static let decadeWords: [String: Int] = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
        "eighties": 8, "nineties": 9,
    ]

    /// Season words to TIMEX3 season codes.
    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
    ]

    /// Words that make a clause about the future ("will", "next").
    static let futureCues: Set<String> = [
        "will", "shall", "next", "upcoming", "scheduled", "tomorrow", "ll", "planned", "slated", "would", "until",
    ]

    /// Words that mark a clause as past ("said", "was").
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "ago", "last", "yesterday", "earlier", "previously", "announced",
        "reported", "told", "killed", "died", "met", "signed",
    ]

    /// Nouns that show a four-digit number is a quantity, not a year ("2020 people").
    static let quantityNouns: Set<String> = [
        "people", "persons", "troops", "soldiers", "men", "women", "children", "civilians", "workers",
        "employees", "jobs", "shares", "barrels", "tons", "tonnes", "units", "cars", "vehicles", "homes",
        "houses", "votes", "km", "kilometers", "kilometres", "miles", "feet", "meters", "metres", "acres",
        "points", "dollars", "euros", "yen", "pounds", "rupees", "members", "students", "deaths", "cases",
        "refugees", "prisoners", "police", "officers", "fighters", "rebels", "militants", "drones", "missiles",
        "rockets", "shells", "bombs", "tanks", "aircraft", "planes", "jets", "ships", "boats", "times",
        "hours", "minutes", "seconds", "days", "years", "stores", "plants", "locations", "percent", "pct",
        "cents", "degrees", "kg", "mph", "hectares", "words", "pages", "copies", "flights", "passengers",
    ]
}
