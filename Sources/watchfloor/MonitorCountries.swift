import Foundation
import WatchfloorCore

/// Country lookups for the monitor: `--country` values and what is typed in the country picker.
struct MonitorCountries: Sendable {
    let gazetteer: MonitorGazetteer

    /// A code for what the user typed: the gazetteer's answer (names, demonyms, alpha-2/alpha-3),
    /// else any two letters taken as an alpha-2 code.
    func resolve(_ query: String) -> String? {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let code = gazetteer.value?.resolveCountry(trimmed) { return code }
        if trimmed.count == 2, trimmed.allSatisfy({ $0.isASCII && $0.isLetter }) { return trimmed.uppercased() }
        return nil
    }

    /// The resolver the effect performer uses.
    var resolver: EffectPerformer.CountryResolver {
        let me = self
        return { query in
            let code = me.resolve(query)
            return (code, code.flatMap { me.gazetteer.value?.countryName(code: $0) })
        }
    }

    /// Parses `RU,IR` / `Russia,Iranian`; throws naming the first value it cannot resolve.
    func parseList(_ text: String) throws -> Set<String> {
        var codes: Set<String> = []
        for part in text.split(separator: ",") {
            let value = String(part)
            guard let code = resolve(value) else {
                throw UnknownCountry(value: value.trimmingCharacters(in: .whitespaces))
            }
            codes.insert(code)
        }
        return codes
    }

    /// A `--country` value that is not a country.
    struct UnknownCountry: Error, CustomStringConvertible {
        let value: String
        var description: String { "unknown country '\(value)': use an ISO code (RU), a name (Russia) or a demonym (Russian)" }
    }
}
