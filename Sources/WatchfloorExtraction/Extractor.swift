import WatchfloorModel

/// Extracts who, what, where and when from an article. Pure: text in, facts out.
public struct Extractor: Sendable {
    /// The tables used for lookups.
    public let gazetteer: Gazetteer
    private let tokenizer = Tokenizer()
    private let splitter = SentenceSplitter()
    private let timeTagger = TimeTagger()
    private let incidentDetector = IncidentDetector()
    private let timelineBuilder = TimelineBuilder()

    /// Creates an extractor over a loaded gazetteer.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Extracts the facts from one article, resolving dates against its published date.
    public func extract(_ article: Article) -> Extraction {
        let scalars = ScalarBuffer.scalars(of: article.text)
        let tokens = tokenizer.tokenize(scalars)
        let tokenSentences = splitter.split(scalars, tokens: tokens)
        let sentences = tokenSentences.map(\.span)

        // Parts 1-3: mentions, countries, actors.
        var finder = MentionFinder(
            gazetteer: gazetteer, scalars: scalars, tokens: tokens, sentences: tokenSentences, bodyStart: article.bodyStart)
        let resolver = EntityResolver(gazetteer: gazetteer, tokens: tokens)
        var candidates = resolver.resolveCountries(resolver.resolvePeople(finder.run()))
        ScoreLines.relabelTeams(&candidates, tokens: tokens, dateline: finder.dateline?.tokens)
        // Fields are read in place: filtering copied every candidate (retaining and releasing its entries and role).
        var mentions: [Mention] = []
        mentions.reserveCapacity(candidates.count)
        for k in candidates.indices where candidates[k].named {
            let first = candidates[k].spanFirst
            let last = candidates[k].last
            let country = candidates[k].country
            mentions.append(Mention(
                span: Span(start: tokens[first].start, end: tokens[last].end), text: finder.text(first, last),
                kind: candidates[k].kind, country: country >= 0 ? gazetteer.countries[Int(country)].code : nil))
        }
        let actors = ActorBuilder(gazetteer: gazetteer, tokens: tokens, finder: finder).build(candidates)
        Self.assignPersonCountries(&mentions, actors: actors)
        let bounds = Self.leadBounds(tokenSentences, bodyStart: article.bodyStart)
        let countries = CountryCounter(gazetteer: gazetteer)
            .count(candidates, tokens: tokens, leadEnd: bounds.lead, titleEnd: bounds.title, dateline: finder.dateline?.tokens)

        // Parts 4-6 (the "times" helper's Time/ and Incidents/ folders).
        // One pass of the time tokenizer serves the tagger, the incident detector and the timeline labels.
        let timeTokens = TimeTokenizer.tokenize(scalars)
        let times = timeTagger.tag(scalars, tokens: timeTokens, anchor: article.published)
        var incidents = incidentDetector.detect(
            scalars, tokens: timeTokens, sentences: sentences, mentions: mentions, actors: actors, times: times,
            published: article.published,
            dateline: finder.dateline.map { Span(start: tokens[$0.tokens.lowerBound].start, end: tokens[$0.tokens.upperBound].end) })
        // Only a real headline (a title line above headers): without one, `leadBounds` takes the first sentence.
        HeadlineEchoes.drop(&incidents, titleEnd: article.bodyStart > 0 ? bounds.title : 0)
        let timeline = timelineBuilder.build(
            scalars, tokens: timeTokens, sentences: sentences, incidents: incidents, times: times, mentions: mentions,
            published: article.published)

        return Extraction(
            mentions: mentions, countries: countries, actors: actors, times: times, incidents: incidents,
            timeline: timeline, sentences: sentences)
    }

    /// Gives each person mention the country of the actor it belongs to ("Putin" after "Russian President Vladimir Putin").
    static func assignPersonCountries(_ mentions: inout [Mention], actors: [EventActor]) {
        // Sorted spans searched by halving instead of a `[Span: String]` (SipHash per span and per mention); where two
        // actors hold one span, the later one wins, as the dictionary's later write did.
        var spans: [(span: Span, order: Int, country: String)] = []
        for a in actors.indices where actors[a].kind == .person {
            guard let c = actors[a].country else { continue }
            for s in actors[a].spans { spans.append((s, spans.count, c)) }
        }
        guard !spans.isEmpty else { return }
        spans.sort { $0.span != $1.span ? $0.span < $1.span : $0.order < $1.order }
        for i in mentions.indices where mentions[i].kind == .person {
            let span = mentions[i].span
            // The first entry after `span`; the one before it is the last with `span`, if any.
            var lo = 0
            var hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].span <= span { lo = mid + 1 } else { hi = mid }
            }
            mentions[i].country = lo > 0 && spans[lo - 1].span == span ? spans[lo - 1].country : nil
        }
    }

    /// Where the title ends and where the lead (the first two body sentences) ends, in code points.
    static func leadBounds(_ sentences: [TokenSentence], bodyStart: Int) -> (title: Int, lead: Int) {
        let title = bodyStart > 0 ? bodyStart : (sentences.first?.end ?? 0)
        var body = 0
        var lead = title
        for sent in sentences where sent.start >= title {
            body += 1
            lead = sent.end
            if body == 2 { break }
        }
        return (title, lead)
    }
}
