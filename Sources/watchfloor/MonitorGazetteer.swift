import Synchronization
import WatchfloorData
import WatchfloorExtraction

/// The bundled gazetteer, loaded on first use (on whichever thread asks first) so the monitor's
/// first frame does not wait for it; the ingest thread and the country picker share one copy.
final class MonitorGazetteer: Sendable {
    private let state = Mutex<Result<Gazetteer, LoadFailure>?>(nil)

    /// Why the gazetteer could not be loaded.
    struct LoadFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The gazetteer, loading it if needed.
    func get() -> Result<Gazetteer, LoadFailure> {
        state.withLock { cached in
            if let cached { return cached }
            let loaded: Result<Gazetteer, LoadFailure>
            do {
                loaded = .success(try GazetteerLoader.loadBundled())
            } catch {
                loaded = .failure(LoadFailure(description: "country and place names unavailable: \(error)"))
            }
            cached = loaded
            return loaded
        }
    }

    /// The gazetteer, or nil if it cannot be loaded.
    var value: Gazetteer? { try? get().get() }
}
