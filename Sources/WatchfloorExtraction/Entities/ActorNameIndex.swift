import WatchfloorModel

/// The actors of one article by kind and name, answering as a `[String: Int]` keyed by `kind.rawValue + ":" + name`
/// did, without building that string or hashing it with SipHash: ASCII names are keyed by their FNV-1a bytes (equal
/// ASCII strings have equal bytes), every non-ASCII name shares one key and is compared as a `String` (canonical
/// equality), and once a name that may equal an ASCII text under canonical equality is indexed (U+212A, U+037E,
/// U+1FEF), every lookup compares against every indexed actor.
struct ActorNameIndex {
    /// The last actor indexed under each key.
    private var heads = KeyMap<Int>()
    /// For each indexed actor (by position in `indexed`), the position of the previous one under the same key, or -1.
    private var previous: [Int] = []
    /// The actor indices, in the order they were added.
    private var indexed: [Int] = []
    /// Whether some indexed name could equal an ASCII name (or an ASCII name a lookalike): then keys cannot be trusted.
    private var scanAll = false

    /// The actor of `actors` indexed with this kind and name, or nil.
    func find(kind: ActorKind, name: String, in actors: [EventActor]) -> Int? {
        if scanAll || (Self.key(of: name) == TimeToken.nonASCIIKey && TimeToken.mayEqualASCII(name)) {
            // The dictionary held one value per key: the first actor added with an equal key is the one it kept.
            for a in indexed where actors[a].kind == kind && actors[a].name == name { return a }
            return nil
        }
        guard var p = heads[Self.key(kind: kind, name: name)] else { return nil }
        while p >= 0 {
            let a = indexed[p]
            if actors[a].kind == kind && actors[a].name == name { return a }
            p = previous[p]
        }
        return nil
    }

    /// Indexes actor `a`, which `find` did not find under this kind and name.
    mutating func add(_ a: Int, kind: ActorKind, name: String) {
        let k = Self.key(kind: kind, name: name)
        if Self.key(of: name) == TimeToken.nonASCIIKey && TimeToken.mayEqualASCII(name) { scanAll = true }
        previous.append(heads[k] ?? -1)
        indexed.append(a)
        heads[k] = indexed.count - 1
    }

    /// The FNV-1a key of an ASCII name, or `TimeToken.nonASCIIKey`.
    static func key(of name: String) -> UInt64 {
        TimeToken.key(of: name)
    }

    /// The name's key mixed with its kind (a collision only costs a comparison).
    static func key(kind: ActorKind, name: String) -> UInt64 {
        let tag: UInt64
        switch kind {
        case .person: tag = 1
        case .organization: tag = 2
        case .country: tag = 3
        }
        return key(of: name) &+ tag &* 0x9E37_79B9_7F4A_7C15
    }
}
