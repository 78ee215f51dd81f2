import Dispatch
import Foundation
import Synchronization
import WatchfloorCore

/// Copies the sample articles into the demo directory one at a time, like files landing from a feed:
/// each is written under a hidden name and renamed into place, so the watcher sees it whole.
enum DemoFeeder {
    /// A monitor job that copies `files` into `directory`, one every `interval` seconds.
    static func make(files: [String], directory: String, interval: Double) -> MonitorSession.BackgroundJob {
        { inbox in
            let stop = DispatchSemaphore(value: 0)
            let stopped = Mutex(false)
            inbox.post(.notify(Notice("demo: \(files.count) sample articles will land in \(directory), one every \(interval.formatted()) s")))
            Thread.detachNewThread {
                for file in files {
                    // Waiting on the semaphore doubles as the sleep, and ends at once on stop.
                    if stop.wait(timeout: .now() + interval) == .success { return }
                    if stopped.withLock({ $0 }) { return }
                    let name = (file as NSString).lastPathComponent
                    let hidden = directory + "/." + name + ".part"
                    do {
                        try Data(contentsOf: URL(fileURLWithPath: file)).write(to: URL(fileURLWithPath: hidden))
                        try FileManager.default.moveItem(atPath: hidden, toPath: directory + "/" + name)
                    } catch {
                        inbox.post(.notify(Notice("demo: could not copy \(name): \(error.localizedDescription)", isError: true)))
                    }
                }
            }
            return {
                stopped.withLock { $0 = true }
                stop.signal()
            }
        }
    }
}
