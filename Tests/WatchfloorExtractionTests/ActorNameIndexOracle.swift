import Testing
import WatchfloorModel
@testable import WatchfloorExtraction

/// Feeds names to an `ActorNameIndex` as the actor builder does (find, else add) and checks every answer against the
/// dictionary keyed by "kind:name" that the index replaced.
enum ActorNameIndexOracle {
    /// Checks `names` in order, every `countryEvery`-th one as a country and the others as organisations.
    static func check(_ names: [String], countryEvery: Int) {
        var oracle: [String: Int] = [:]
        var index = ActorNameIndex()
        var actors: [EventActor] = []
        for (n, name) in names.enumerated() {
            let kind: ActorKind = n % countryEvery == 0 ? .country : .organization
            let expected = oracle[kind.rawValue + ":" + name]
            let key = ActorNameIndex.key(kind: kind, name: name)
            let found = index.find(key, kind: kind, name: name, in: actors)
            #expect(found == expected, "\(name)")
            if found == nil {
                actors.append(EventActor(name: name, kind: kind, role: nil, country: nil, spans: []))
                index.add(actors.count - 1, key)
                oracle[kind.rawValue + ":" + name] = actors.count - 1
            }
        }
    }
}
