import WatchfloorCore
import WatchfloorModel

/// The status bar: directory, counts, filters, ingest progress, errors, last article time, and
/// on the right the help key and the clock. While `/` is typed it becomes the text-filter prompt; a notice
/// replaces the left part until the next key.
struct StatusBarView {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, theme: Theme) {
        let rect = state.layout.status
        guard !rect.isEmpty else { return }
        let base = theme[.status]
        let accent = theme[.statusAccent].over(base)
        let error = theme[.statusError].over(base)
        buffer.fill(rect, style: base)
        let clock = DateText.clock(state.now, utcOffset: state.utcOffset)
        let right = " ? help  " + clock + " "
        let rightWidth = DisplayText.width(right)
        let leftWidth = max(0, rect.width - rightWidth)
        buffer.write(right, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth, style: base)

        var segments: [(String, Style)] = []
        if case .textFilter(let editor) = state.overlay {
            segments.append((" / ", accent))
            segments.append((editor.text + "▏", base))
            segments.append(("  Enter keeps · Esc undoes", theme[.dim].over(base)))
        } else if let notice = state.notice {
            // A one-off message takes the bar until the next key, so it is never cut for the counts.
            segments.append((notice.isError ? " ! " : " › ", notice.isError ? error : accent))
            segments.append((notice.text, notice.isError ? error : accent))
        } else {
            segments = summary(base: base, accent: accent, error: error)
        }
        var x = rect.x
        for (text, style) in segments {
            let room = leftWidth - (x - rect.x)
            guard room > 0 else { break }
            x += buffer.write(truncating: text, x: x, y: rect.y, maxWidth: room, style: style)
        }
    }

    private func summary(base: Style, accent: Style, error: Style) -> [(String, Style)] {
        var s: [(String, Style)] = []
        s.append((" " + shortened(state.watchedDirectory ?? "store only", to: 28), base))
        if let problem = state.storeWriteProblem {
            // First after the directory: while it lasts nothing new is stored, which matters more than any count.
            s.append(("  store write failed: " + problem + " (retrying)", error))
        }
        if state.statsLoaded {
            s.append(("  " + NumberText.grouped(state.stats.articles), accent))
            s.append((state.stats.articles == 1 ? " article" : " articles", base))
            s.append(("  " + NumberText.grouped(state.stats.incidents), accent))
            s.append((state.stats.incidents == 1 ? " incident" : " incidents", base))
        } else {
            s.append(("  loading…", base))
        }
        let f = state.filter
        if !f.isEmpty {
            var parts: [String] = []
            if !f.countries.isEmpty { parts.append(f.countries.sorted().joined(separator: ",")) }
            if !f.types.isEmpty { parts.append(f.types.map(\.tag).sorted().joined(separator: ",")) }
            if let text = f.text, !text.isEmpty { parts.append("\"" + text + "\"") }
            s.append(("  filter ", base))
            s.append((parts.joined(separator: " "), accent))
            if let cap = state.histogram?.textCap, cap.text == f.text {
                s.append((" in the newest " + NumberText.grouped(cap.articles) + " matching articles", base))
            }
        }
        if let progress = state.ingestProgress, progress.isRunning {
            s.append(("  ingesting \(NumberText.grouped(progress.done))/\(NumberText.grouped(progress.total))", accent))
        }
        if state.stats.errors > 0 {
            s.append(("  \(NumberText.grouped(state.stats.errors)) error\(state.stats.errors == 1 ? "" : "s") (e)", error))
        }
        if let last = state.stats.lastIngestAt {
            s.append(("  last " + DateText.clock(last, utcOffset: state.utcOffset, today: state.today), base))
        }
        return s
    }

    /// A path cut from the left ("…/news/today") so its end, the part that tells directories apart, stays.
    private func shortened(_ path: String, to limit: Int) -> String {
        let scalars = Array(path)
        guard scalars.count > limit else { return path }
        return "…" + String(scalars.suffix(limit - 1))
    }
}
