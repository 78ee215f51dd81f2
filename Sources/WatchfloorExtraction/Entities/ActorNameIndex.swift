import WatchfloorModel

/// The actors of one article by kind and name, answering as a `[String: Int]` keyed by `kind.rawValue + ":" + name`
/// did, without building that string or hashing it with SipHash: ASCII names are keyed by their FNV-1a bytes (equal
/// ASCII strings have equal bytes), every non-ASCII name shares one key and is compared as a `String` (canonical
/// equality), and once a name that may equal an ASCII text under canonical equality is indexed (U+212A, U+037E,
/// U+1FEF), every lookup compares against every indexed actor.
struct ActorNameIndex {
    /// Up to this many indexed actors a lookup compares keys one by one (most articles); beyond it the keys go into a
    /// table, so that lookups stay constant-time. An empty 128-slot table cost about 4,400 instructions per article.
    static let linearLimit = 32
    /// The last actor indexed under each key, once more than `linearLimit` actors are indexed.
    private var heads: KeyMap<Int>?
    /// For each indexed actor (by position in `indexed`), the position of the previous one under the same key, or -1
    /// (kept with `heads`).
    private var previous: [Int] = []
    /// The key of each indexed actor, by position in `indexed`.
    private var keys: [UInt64] = []
    /// The actor indices, in the order they were added.
    private var indexed: [Int] = []
    /// Whether some indexed name could equal an ASCII name (or an ASCII name a lookalike): then keys cannot be trusted.
    private var scanAll = false

    /// An empty index with room for `n` actors before its arrays regrow.
    init(capacity n: Int = 0) {
        keys.reserveCapacity(n)
        indexed.reserveCapacity(n)
    }

    /// The key of a kind and name for `find` and `add` (made once for both).
    struct Key {
        /// The name's FNV-1a key mixed with the kind.
        fileprivate let value: UInt64
        /// Whether the name is not ASCII but may equal an ASCII name under canonical equality.
        fileprivate let lookalike: Bool
    }

    /// The key of `name` as an actor of `kind`.
    static func key(kind: ActorKind, name: String) -> Key {
        var nameKey = TimeToken.nonASCIIKey
        // Native strings lend their bytes; the key is `TimeToken.key(of:)`, whose loop over `utf8` is slower.
        if let fast = name.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes {
                if b >= 0x80 { return TimeToken.nonASCIIKey }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3
            }
            return h == TimeToken.nonASCIIKey ? TimeToken.nonASCIIKey &+ 1 : h
        }) {
            nameKey = fast
        } else {
            nameKey = TimeToken.key(of: name)
        }
        let tag: UInt64
        switch kind {
        case .person: tag = 1
        case .organization: tag = 2
        case .country: tag = 3
        }
        let lookalike = nameKey == TimeToken.nonASCIIKey && TimeToken.mayEqualASCII(name)
        return Key(value: nameKey &+ tag &* 0x9E37_79B9_7F4A_7C15, lookalike: lookalike)
    }

    /// The actor of `actors` indexed with this kind and name (whose key is `key`), or nil.
    func find(_ key: Key, kind: ActorKind, name: String, in actors: [EventActor]) -> Int? {
        // One actor per equal name was ever added (`add` follows a failed `find`), so at most one matches and the
        // order of the comparisons does not change the answer.
        if scanAll || key.lookalike {
            for a in indexed where actors[a].kind == kind && actors[a].name == name { return a }
            return nil
        }
        guard let heads else {
            for p in keys.indices where keys[p] == key.value {
                let a = indexed[p]
                if actors[a].kind == kind && actors[a].name == name { return a }
            }
            return nil
        }
        guard var p = heads[key.value] else { return nil }
        while p >= 0 {
            let a = indexed[p]
            if actors[a].kind == kind && actors[a].name == name { return a }
            p = previous[p]
        }
        return nil
    }

    /// Indexes actor `a` under `key`, which `find` did not find.
    mutating func add(_ a: Int, _ key: Key) {
        if key.lookalike { scanAll = true }
        keys.append(key.value)
        indexed.append(a)
        if heads != nil {
            previous.append(heads?[key.value] ?? -1)
            heads?[key.value] = indexed.count - 1
        } else if indexed.count > Self.linearLimit {
            var table = KeyMap<Int>(capacity: 2 * indexed.count)
            previous.reserveCapacity(indexed.count)
            for p in keys.indices {
                previous.append(table[keys[p]] ?? -1)
                table[keys[p]] = p
            }
            heads = table
        }
    }
}
