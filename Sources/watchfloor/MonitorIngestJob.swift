import Dispatch
import Synchronization
import WatchfloorCore
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorStore

/// The background ingest of the watched directory, as a monitor job: loads the gazetteer off the
/// main thread, scans the backlog, then watches; every event is posted to the monitor's inbox.
enum MonitorIngestJob {
    /// A job that ingests `directory` into `store`.
    static func make(store: EventStore, gazetteer: MonitorGazetteer, directory: String) -> MonitorSession.BackgroundJob {
        { inbox in
            let watch = Mutex<IngestWatch?>(nil)
            let stopped = Mutex(false)
            DispatchQueue.global(qos: .utility).async {
                let extractor: Extractor
                switch gazetteer.get() {
                case .success(let g): extractor = Extractor(gazetteer: g)
                case .failure(let failure):
                    inbox.post(.ingest(.warning(failure.description)))
                    extractor = Extractor(gazetteer: Gazetteer())
                }
                let service = IngestService(store: store, extractor: extractor)
                do {
                    let started = try service.startWatching(paths: [directory]) { event in
                        inbox.post(.ingest(activity(event)))
                    }
                    let keep = stopped.withLock { isStopped -> Bool in
                        if !isStopped { watch.withLock { $0 = started } }
                        return !isStopped
                    }
                    if !keep { started.stop() }
                } catch {
                    inbox.post(.ingest(.warning("not watching \(directory): \(error)")))
                }
            }
            return {
                stopped.withLock { $0 = true }
                watch.withLock { $0?.stop() }
            }
        }
    }

    /// The monitor's view of an ingest event. A failed store write is one problem for the status bar,
    /// not an error per file (`StoreWriteFailure` knows the pipeline's wording of it).
    static func activity(_ event: IngestEvent) -> IngestActivity {
        if let reason = StoreWriteFailure.reason(in: event) { return .storeWriteFailed(reason: reason) }
        switch event {
        case .stored(let path, _, _, _, _): return .stored(path: path)
        case .unchanged(let path): return .unchanged(path: path)
        case .failed(let path, let message): return .failed(path: path, message: message)
        case .removed(let path): return .removed(path: path)
        case .progress(let done, let total): return .progress(done: done, total: total)
        case .warning(let text): return .warning(text)
        }
    }
}
