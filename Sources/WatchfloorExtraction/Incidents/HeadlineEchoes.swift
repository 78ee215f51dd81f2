import WatchfloorModel

/// Drops the incidents of an article's headline that its body reports again.
///
/// A headline repeats the lead ("Floods kill 14 in Brazil's Minas Gerais" above "Floods ... have killed
/// at least 14 people ..."): kept, each event would be listed twice in the incidents pane and the
/// timeline. The body's incident stays because its sentence has the actors, the place and the time
/// that a headline shortens away.
enum HeadlineEchoes {
    /// `incidents` without those whose trigger is before `titleEnd` and that a body incident repeats:
    /// the same type and date, no other country and no other count (either may be missing on either side;
    /// a headline's country often names a target, "EU readies Russia sanctions", not a place). The
    /// first such body incident takes the headline's count when it states none. A headline event the body
    /// does not repeat, or tells differently ("kills 20" over "killed 14"), is kept.
    static func drop(_ incidents: [Incident], titleEnd: Int) -> [Incident] {
        var out = incidents
        drop(&out, titleEnd: titleEnd)
        return out
    }

    /// The same in place: the extractor's array is its own, so setting a count does not copy every incident first.
    /// Only body incidents change, so each headline read here is as the caller gave it.
    static func drop(_ incidents: inout [Incident], titleEnd: Int) {
        guard titleEnd > 0, incidents.contains(where: { $0.trigger.start < titleEnd }) else { return }
        var echoes: [Int] = []
        for h in incidents.indices where incidents[h].trigger.start < titleEnd {
            guard let b = incidents.indices.first(where: { incidents[$0].trigger.start >= titleEnd && repeats(incidents[$0], incidents[h]) })
            else { continue }
            if incidents[b].count == nil { incidents[b].count = incidents[h].count }
            echoes.append(h)
        }
        for h in echoes.reversed() { incidents.remove(at: h) }
    }

    /// Whether body incident `b` tells the same event as headline incident `h`.
    static func repeats(_ b: Incident, _ h: Incident) -> Bool {
        b.type == h.type && b.date == h.date
            && (h.country == nil || b.country == nil || h.country == b.country)
            && (h.count == nil || b.count == nil || h.count == b.count)
    }
}
