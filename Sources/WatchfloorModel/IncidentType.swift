/// The two-level incident taxonomy, with its CAMEO and ACLED counterparts (see docs/EXTRACTION.md).
public enum IncidentType: String, Sendable, Codable, CaseIterable {
    case attackAir = "attack.air"
    case attackDrone = "attack.drone"
    case attackMissile = "attack.missile"
    case attackShelling = "attack.shelling"
    case attackBombing = "attack.bombing"
    case attackArmed = "attack.armed"
    case attackOther = "attack.other"
    case interception
    case clash
    case casualties
    case arrest
    case protest
    case sanctions
    case agreement
    case talks
    case statement
    case deployment
    case election
    case economy
    case disaster

    /// The first level of the type: `attack` for every `attack.*`, else the type itself.
    public var family: String {
        rawValue.split(separator: ".").first.map(String.init) ?? rawValue
    }

    /// A three-letter tag for narrow columns.
    public var tag: String {
        switch self {
        case .attackAir: "AIR"
        case .attackDrone: "DRN"
        case .attackMissile: "MSL"
        case .attackShelling: "SHL"
        case .attackBombing: "BMB"
        case .attackArmed: "ARM"
        case .attackOther: "ATK"
        case .interception: "INT"
        case .clash: "CLH"
        case .casualties: "CAS"
        case .arrest: "ARR"
        case .protest: "PRO"
        case .sanctions: "SAN"
        case .agreement: "AGR"
        case .talks: "TLK"
        case .statement: "STM"
        case .deployment: "DEP"
        case .election: "ELE"
        case .economy: "ECO"
        case .disaster: "DIS"
        }
    }

    /// The closest CAMEO code (root or sub-code), nil where CAMEO has none.
    public var cameo: String? {
        switch self {
        case .attackAir: "195"
        case .attackDrone: "1952"
        case .attackMissile: "195"
        case .attackShelling: "194"
        case .attackBombing: "183"
        case .attackArmed: "193"
        case .attackOther: "18"
        case .interception: "19"
        case .clash: "19"
        case .casualties: "18"
        case .arrest: "173"
        case .protest: "141"
        case .sanctions: "163"
        case .agreement: "057"
        case .talks: "046"
        case .statement: "01"
        case .deployment: "154"
        case .election, .economy, .disaster: nil
        }
    }

    /// The ACLED event type and sub-type it corresponds to, nil where ACLED does not code it.
    public var acled: String? {
        switch self {
        case .attackAir, .attackDrone: "Explosions/Remote violence: Air/drone strike"
        case .attackMissile, .attackShelling: "Explosions/Remote violence: Shelling/artillery/missile attack"
        case .attackBombing: "Explosions/Remote violence: Remote explosive/landmine/IED"
        case .attackArmed: "Violence against civilians: Attack"
        case .attackOther: "Violence against civilians: Attack"
        case .interception: "Strategic developments: Disrupted weapons use"
        case .clash: "Battles: Armed clash"
        case .casualties: "(fatalities field of the event it belongs to)"
        case .arrest: "Strategic developments: Arrests"
        case .protest: "Protests: Peaceful protest"
        case .agreement: "Strategic developments: Agreement"
        case .deployment: "Strategic developments: Other"
        case .sanctions, .talks, .statement, .election, .economy, .disaster: nil
        }
    }
}
