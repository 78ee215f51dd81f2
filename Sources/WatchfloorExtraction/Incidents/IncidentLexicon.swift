import WatchfloorModel

/// How strongly a trigger word signals an incident on its own.
enum TriggerStrength: Sendable {
    /// Fires alone ("airstrike", "arrested").
    case strong
    /// Fires only in a sentence with a conflict word ("strike", "hit", "fire" as in gunfire).
    case conflictOnly
    /// Fires only with a cue of its own nearby (see `IncidentDetector.passesCue`).
    case cued
}

/// One trigger: a word sequence and the incident type it signals.
struct IncidentTrigger: Sendable {
    var words: [String]
    var type: IncidentType
    var strength: TriggerStrength
    /// The tokens to match, hyphens as their own tokens ("cease-fire" is "cease", "-", "fire"), split once here.
    var sequence: [String] = []
    /// A second incident the same words report ("shot dead" is a shooting and a death).
    var also: IncidentType?
}

/// The incident trigger lexicon (inflected forms listed, no stemming at run time), built once.
enum IncidentLexicon {
    /// Triggers keyed by their first word; longer phrases first.
    static let byFirstWord: [String: [IncidentTrigger]] = {
        var table: [String: [IncidentTrigger]] = [:]
        func add(_ type: IncidentType, _ strength: TriggerStrength, _ phrases: [String], also: IncidentType? = nil) {
            for p in phrases {
                let words = p.split(separator: " ").map(String.init)
                var sequence: [String] = []
                for w in words {
                    for (n, part) in w.split(separator: "-").enumerated() {
                        if n > 0 { sequence.append("-") }
                        sequence.append(String(part))
                    }
                }
                // Keyed by the first token: the tokenizer splits "cease-fire" at its hyphen.
                guard let first = sequence.first else { continue }
                table[first, default: []].append(IncidentTrigger(words: words, type: type, strength: strength, sequence: sequence, also: also))
            }
        }
        add(.attackDrone, .strong, [
            "drone attack", "drone attacks", "drone strike", "drone strikes", "drone raid", "drone raids",
            "kamikaze drones", "kamikaze drone", "drone assault",
        ])
        add(.attackMissile, .strong, [
            "missile attack", "missile attacks", "missile strike", "missile strikes", "rocket attack", "rocket attacks",
            "rocket fire", "missile barrage", "rocket barrage", "rockets were fired", "missiles were fired",
            "fired missiles", "fired rockets", "launched missiles", "launched rockets", "fired a missile",
            "fired a rocket", "ballistic missiles", "cruise missiles",
        ])
        add(.attackAir, .strong, [
            "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids", "air attack",
            "air attacks", "aerial bombardment", "aerial attack", "bombing raid", "bombing raids", "warplanes",
        ])
        add(.attackShelling, .strong, [
            "shelling", "shelled", "shells", "artillery fire", "artillery", "mortar", "mortars", "bombardment",
            "bombarded", "bombarding", "bombard",
        ])
        add(.attackBombing, .strong, [
            "bombing", "bombings", "bombed", "car bombing", "suicide bombing", "suicide attack", "bomb attack",
            "bomb blast", "explosion", "explosions", "blast", "blasts", "exploded", "explode", "explodes", "detonated",
            "detonate", "detonating", "blew up", "blown up", "went off", "gone off", "blew himself up", "blew herself up",
            "blew themselves up", "blown himself up", "blew itself up",
        ])
        add(.attackArmed, .strong, [
            "shooting", "shootings", "gunmen", "gunman", "gunfire", "opened fire", "open fire", "ambush",
            "ambushed", "stabbing", "stabbed", "gunfight",
            "firefight", "assassination", "assassinations", "assassinated", "beheaded", "hanged", "hostage",
            "hostages", "kidnapped", "kidnapping", "abducted", "hijacked", "robbery", "robbed", "arson",
        ])
        add(.attackArmed, .strong, [
            "shot dead", "shot and killed", "shot to death", "stabbed to death", "beaten to death", "hacked to death",
            "gunned down", "massacre", "massacres", "massacred", "massacring",
        ], also: .casualties)
        add(.attackOther, .strong, [
            "attack", "attacks", "attacked", "attacking", "assault", "assaults", "assaulted", "invasion",
            "invaded", "invade", "invading", "coup", "raid", "raids", "raided", "retaliated", "retaliation",
            "offensive", "annihilated", "annihilating", "terrorist attack", "terror attack",
            "poisoned", "incursion",
        ])
        add(.attackOther, .conflictOnly, ["strike", "strikes", "struck", "hit", "hits", "targeted", "targeting", "destroyed"])
        add(.interception, .strong, [
            "intercepted", "interception", "intercept", "intercepting", "shot down", "downed", "repelled",
            "neutralized", "neutralised",
        ])
        add(.clash, .strong, [
            "clash", "clashes", "clashed", "fighting", "battle", "battles", "battled", "battling", "skirmish",
            "skirmishes", "combat", "hostilities", "firefights", "exchanged fire", "war", "fought",
        ])
        add(.casualties, .strong, [
            "killed", "kill", "kills", "killing", "killings", "dead", "died", "die", "dies", "death", "deaths",
            "wounded", "wounding", "injured", "injuring", "injuries", "injury", "casualties", "casualty",
            "fatalities", "fatality", "fatal", "death toll", "slain", "murdered", "murder", "murders", "homicide",
            "homicides", "executed", "genocide", "passed away", "perished", "maimed", "tortured",
            "torture", "raped", "rape", "starvation", "starved", "wounds", "slaying", "slayings", "maiming",
            "committed suicide", "commit suicide", "committing suicide", "claimed the lives", "claiming the lives",
            "lost their lives", "lost his life", "lost her life", "slaughter", "slaughtered", "slaughtering", "starve", "starving", "torturing", "mutilated", "mutilate",
            "mutilating", "exterminated", "exterminate", "extermination", "decapitated", "decapitating", "deceased",
        ])
        add(.arrest, .strong, [
            "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detention", "detaining", "jailed",
            "imprisoned", "custody", "apprehended", "captured", "seized", "nabbed", "rounded up", "taken into custody",
            "incarcerated", "imprisonment", "prison sentence",
        ])
        add(.protest, .strong, [
            "protest", "protests", "protested", "protesting", "protesters", "protestors", "demonstration",
            "demonstrations", "demonstrators", "rally", "rallies", "rallied", "riot", "riots", "rioters",
            "marched", "sit-in", "took to the streets", "take to the streets", "taking to the streets", "general strike", "walkout",
        ])
        add(.sanctions, .strong, [
            "sanctions", "sanction", "sanctioned", "embargo", "embargoes", "export ban", "asset freeze",
            "blacklisted", "tariffs",
        ])
        add(.agreement, .strong, [
            "agreement", "agreements", "treaty", "treaties", "pact", "accord", "accords", "ceasefire",
            "cease-fire", "truce", "peace deal", "memorandum", "signed a deal", "signed an agreement",
            "reached a deal", "struck a deal", "partnership agreement", "armistice",
        ])
        add(.agreement, .cued, ["deal", "agreed"])
        add(.talks, .strong, [
            "talks", "negotiations", "negotiation", "negotiate", "negotiated", "negotiating", "summit", "met",
            "meeting", "meetings", "meet", "dialogue", "discussed", "discussions", "discussion", "convene",
            "convened", "conferred", "conferring", "phone call", "telephone call", "spoke by phone",
            "debate", "debates", "debated", "mediation", "consultations", "visited", "hosted",
        ])
        add(.statement, .strong, [
            "announced", "announcement", "declared", "declaration", "warned", "warning", "warnings",
            "threatened", "threatens", "threaten", "threatening", "vowed", "pledged", "condemned", "condemnation",
            "urged", "called on", "called for", "reiterated", "proclaimed", "broadcast", "asserted",
            "emphasized", "emphasised", "insisted", "statement", "press conference", "accused", "blamed",
            "denounced", "demanded", "ultimatum", "blackmail", "blackmailed", "blackmailing", "intimidation", "intimidate",
            "intimidated", "intimidating", "expressed",
        ])
        add(.deployment, .strong, [
            "deploy", "deployed", "deploying", "deployment", "deployments", "sent troops", "send troops",
            "sending troops", "mobilization", "mobilisation", "mobilized", "reinforcements", "stationed",
            "troop buildup", "troops into",
        ])
        add(.election, .strong, [
            "election", "elections", "vote", "voted", "voting", "ballot", "ballots", "referendum",
            "elected", "re-elected", "reelected", "polls", "runoff", "electoral", "president-elect",
        ])
        add(.economy, .strong, ["recession", "devaluation", "budget deficit", "trade deficit", "hyperinflation"])
        add(.economy, .cued, [
            "inflation", "gdp", "exports", "imports", "economy", "unemployment", "interest rates", "interest rate",
            "oil prices", "output", "growth", "prices", "currency",
        ])
        add(.disaster, .strong, [
            "earthquake", "earthquakes", "quake", "flood", "floods", "flooding", "wildfire", "wildfires",
            "blaze", "hurricane", "typhoon", "cyclone", "tsunami", "landslide", "landslides", "avalanche",
            "drought", "eruption", "crash", "crashed", "collision", "collided", "collide", "derailed", "derailment",
            "fire", "fires", "famine", "epidemic", "outbreak", "storm", "heatwave", "sank", "capsized",
        ])
        for key in table.keys {
            table[key]?.sort { $0.words.count > $1.words.count }
        }
        return table
    }()

    /// Words that make a sentence about armed conflict (lets "strike", "hit" and "fire" count).
    static let conflictContext: Set<String> = [
        "military", "army", "troops", "forces", "soldiers", "drone", "drones", "missile", "missiles", "rocket",
        "rockets", "airstrike", "airstrikes", "bomb", "bombs", "artillery", "militants", "rebels", "insurgents",
        "fighters", "war", "shelling", "positions", "taliban", "isis", "hamas", "hezbollah", "jets", "warplanes",
        "aircraft", "attack", "attacks", "killed", "wounded", "targets", "target", "ukrainian", "russian",
        "israeli", "strikes", "weapons", "defense", "defence", "ministry", "offensive", "front", "explosive",
    ]

    /// Weapon words that refine a generic attack into a subtype.
    static let weapons: [String: IncidentType] = [
        "drone": .attackDrone, "drones": .attackDrone, "uav": .attackDrone, "uavs": .attackDrone,
        "missile": .attackMissile, "missiles": .attackMissile, "rocket": .attackMissile, "rockets": .attackMissile,
        "atacms": .attackMissile, "ballistic": .attackMissile, "himars": .attackMissile,
        "airstrike": .attackAir, "airstrikes": .attackAir, "warplanes": .attackAir, "jets": .attackAir,
        "aircraft": .attackAir, "helicopter": .attackAir, "helicopters": .attackAir, "air": .attackAir,
        "artillery": .attackShelling, "mortar": .attackShelling, "mortars": .attackShelling, "shells": .attackShelling,
        "bomb": .attackBombing, "bombs": .attackBombing, "explosive": .attackBombing, "explosives": .attackBombing,
        "suicide": .attackBombing, "ied": .attackBombing,
        "gunmen": .attackArmed, "gunman": .attackArmed, "gun": .attackArmed, "guns": .attackArmed,
        "rifle": .attackArmed, "rifles": .attackArmed, "knife": .attackArmed, "armed": .attackArmed,
    ]

    /// Words that cancel an incident when they govern its trigger ("no casualties", "not arrested").
    static let negators: Set<String> = ["no", "not", "never", "without", "neither", "nor", "none", "nobody", "n't", "denied", "deny", "denies", "denying", "dismissed", "rejected"]

    /// Words that make the clause hypothetical ("if", "would").
    static let hypothetical: Set<String> = ["if", "unless", "would", "could", "might", "whether", "threatened", "threatens", "threatening", "plans", "planned", "planning", "intends", "wants", "hopes", "may", "should", "lifting", "lift", "ease", "easing", "avoid", "prevent", "justification", "possible", "potential", "proposed",
        "ban", "banned", "banning", "bans", "prohibited", "outlawed"]

    /// Words that end a clause for the polarity and argument windows.
    static let clauseBreakers: Set<String> = ["but", "while", "although", "though", "however", "whereas", "as", "after", "before", "when", "which", "who"]

    /// Noun triggers that name something else when another noun follows them ("election laws", "protest movement",
    /// "detention centres", "attack helicopters"): the compound is an institution, a rule, a period or a thing.
    static let nounTriggers: Set<String> = [
        "election", "elections", "vote", "votes", "voting", "ballot", "ballots", "polls", "electoral", "protest", "protests",
        "attack", "attacks", "war", "death", "deaths", "murder", "murders", "homicide", "homicides", "torture", "rape",
        "bombing", "shooting", "combat", "battle", "summit", "meeting", "riot", "riots", "sanctions", "sanction", "arrest",
        "detention", "assault", "massacre", "genocide", "coup", "invasion", "raid", "crash", "flood", "famine", "hostage",
        "hostages", "assassination", "explosion", "blast", "debate", "negotiation", "negotiations", "talks", "strike",
        "airstrike", "ceasefire", "treaty", "custody", "imprisonment", "fire", "kill", "warning", "warnings", "rally", "rallies",
    ]

    /// Verbs and nouns of fighting that a policy object makes figurative ("fighting terrorism", "war on drugs").
    static let fightWords: Set<String> = ["fighting", "fight", "fought", "combat", "combating", "combatting", "battle", "battling",
        "battles", "war", "wars", "attack", "attacking", "attacks"]
    /// Policy objects of fighting words.
    static let abstractTargets: Set<String> = [
        "terrorism", "terror", "crime", "corruption", "poverty", "disease", "diseases", "inflation", "drugs", "cancer",
        "extremism", "racism", "hunger", "unemployment", "obesity", "virus", "epidemic", "piracy", "fraud", "illiteracy",
        "discrimination", "radicalization", "radicalisation", "smuggling", "trafficking", "pandemic", "change", "symptoms",
    ]
    /// Modifiers that make an attack or battle figurative or not armed ("political battle", "cyber attack").
    static let figurativeModifiers: Set<String> = [
        "political", "legal", "court", "custody", "verbal", "personal", "rhetorical", "cyber", "scathing", "blistering",
        "withering", "stinging", "partisan", "ideological", "uphill", "budget", "bidding", "takeover", "ratings", "turf",
        "culture", "heart", "panic", "asthma", "anxiety",
    ]
    /// Heads after which a noun trigger is a modifier, not an event ("election campaign", "voting rolls").
    static let nonEventHeads: Set<String> = [
        "campaign", "campaigns", "season", "law", "laws", "official", "officials", "monitor", "monitors", "observer",
        "observers", "day", "roll", "rolls", "pattern", "patterns", "total", "totals", "commission", "commissions",
        "committee", "system", "systems", "rules", "fraud", "cycle", "movement", "movements", "center", "centers",
        "centre", "centres", "camp", "camps", "chamber", "chambers", "spiral", "helicopter", "helicopters", "dog", "dogs",
        "ad", "ads", "squad", "squads", "rate", "rates", "rights", "machine", "machines", "booth", "booths", "code",
        "song", "songs", "plane", "planes", "aircraft", "jet", "jets", "submarine", "submarines", "threat", "threats",
        "risk", "risks", "plan", "plans", "plot", "plots", "map", "maps", "simulation", "zone", "zones", "capability",
        "capabilities", "age", "bloc", "record", "records", "coverage", "chest", "drill", "drills", "exercise", "exercises",
        "scenario", "scenarios", "insurance", "survivor", "survivors", "museum", "memorial", "anniversary", "movie", "film",
        "novel", "game", "video", "videos", "warrant", "warrants", "facility", "facilities", "penalty", "row", "range", "ranges",
        "signs", "sign", "label", "labels", "light", "lights", "shot", "shots",
        "plotter", "plotters", "forces", "speech", "speeches", "gear", "leader", "leaders", "participants", "weapon", "weapons", "rifle", "rifles",
        "effort", "efforts", "crime", "crimes", "criminal", "criminals", "correspondent", "correspondents", "veteran", "veterans",
    ]
    /// People nouns that tell of an event only as its subject ("protesters marched"), not as an object
    /// ("intimidating protesters") or beside another word for the same event ("gunmen attacked").
    static let participantNouns: Set<String> = [
        "protesters", "protestors", "demonstrators", "rioters", "gunman", "gunmen",
    ]
    /// Words after which a following trigger names a charge, not an incident ("charges of murder", "convicted of assault").
    static let legalWords: Set<String> = [
        "charge", "charges", "charged", "convicted", "conviction", "accused", "guilty", "suspicion", "acquitted", "indicted",
        "counts", "count", "trial",
    ]
    /// Base verbs that, right after "to", state an aim or a plan ("to attack the virus", "continue to ambush"), not a
    /// reported act; only for violence, arrests, protests and casualties (talks and votes are reported when scheduled).
    static let infinitiveVerbs: Set<String> = [
        "attack", "combat", "ambush", "kill", "bomb", "invade", "assault", "raid", "shoot", "strike", "hit", "destroy",
        "arrest", "detain", "protest", "rally", "fight", "execute", "murder", "torture", "rape", "kidnap", "abduct",
        "slaughter", "massacre", "die", "attacking", "capture", "seize", "imprison", "jail", "shell", "bombard", "target",
        "riot", "clash", "battle", "wound", "injure", "starve", "assassinate", "detonate", "explode", "hijack",
    ]
}
