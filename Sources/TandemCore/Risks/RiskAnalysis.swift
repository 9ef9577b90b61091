/// Something worth saying about the risks; the shell words it.
public enum RiskFinding: Equatable, Sendable {
    case noRisks
    /// Risks with no likelihood × impact yet, by id.
    case unrated([String])
    /// A high or critical risk nobody has a plan for (not mitigated nor closed).
    case unmitigated(risk: String, band: RiskBand)
    /// A high or critical risk nobody owns.
    case unowned(risk: String, band: RiskBand)
    /// One of the four zones of the method with no risk named in it;
    /// `close` when the partners are friends or family and the zone is
    /// distance; `skipped` when its guided question was skipped.
    case zoneNotDiscussed(RiskZone, close: Bool, skipped: Bool)
    /// Guided questions on a sensitive topic were skipped (from any module;
    /// the zone questions of the risk review are said by `zoneNotDiscussed`).
    case avoided(AvoidanceTopic, questions: [String], close: Bool)
    /// Critical needs rest on one partner each (the map says which, once) and
    /// no open risk is named in the defection zone they feed: need and partner ids.
    case dependencyWithoutRisk([ComplementarityAnalysis.Dependency])
    /// Reasons of failure the scan says apply (yes) or might (unsure), and those of them with no risk listed.
    case scanFlagged(yes: [FailureReason], unsure: [FailureReason], withoutRisk: [FailureReason])
    /// Reasons of failure not scanned yet.
    case scanOpen(count: Int)
    /// The scan went through every reason and none applies.
    case scanClear
}

/// The risk register read as a coach would: bands, a heat map, what is
/// missing. Pure: the shell words the findings and draws the map.
public enum RiskAnalysis {
    /// The zones of the method, asked about one by one in the guide.
    public static let coreZones: [RiskZone] = [.defection, .distance, .value, .evaluation]

    /// Highest score first; equal scores by impact, then by id. Unrated risks
    /// come after the rated ones, and closed risks last of all.
    public static func sorted(_ risks: [Risk]) -> [Risk] {
        risks.sorted { a, b in
            let closedA = a.status == .closed
            let closedB = b.status == .closed
            if closedA != closedB { return closedB }
            switch (a.score, b.score) {
            case (nil, nil): return naturalOrder(a.id, b.id)
            case (nil, _?): return false
            case (_?, nil): return true
            case (let x?, let y?):
                if x != y { return x > y }
                if a.impact != b.impact { return (a.impact ?? 0) > (b.impact ?? 0) }
                return naturalOrder(a.id, b.id)
            }
        }
    }

    /// Ids of the rated risks that are not closed, by cell:
    /// `map[likelihood - 1][impact - 1]`, each list in id order.
    public static func heatMap(_ risks: [Risk]) -> [[[String]]] {
        var map = Array(repeating: Array(repeating: [String](), count: 5), count: 5)
        for risk in risks where risk.status != .closed {
            guard let l = risk.likelihood, let i = risk.impact, Risk.scale.contains(l), Risk.scale.contains(i) else {
                continue
            }
            map[l - 1][i - 1].append(risk.id)
        }
        return map.map { row in row.map { $0.sorted(by: naturalOrder) } }
    }

    /// The band of one cell of the heat map.
    public static func band(likelihood: Int, impact: Int) -> RiskBand {
        RiskBand(score: likelihood * impact)
    }

    /// Findings in the order of the view: urgent first, then what was not talked about, then the scan.
    public static func findings(in session: Session) -> [RiskFinding] {
        findings(
            in: session, dependencies: ComplementarityAnalysis.dependencies(in: session).map { ($0.need, $0.partner) })
    }

    public static func findings(in session: Session, dependencies: [(need: String, partner: String)]) -> [RiskFinding] {
        var findings: [RiskFinding] = []
        let live = session.risks.filter { $0.status != .closed }
        let close = session.context.relationship == .friends || session.context.relationship == .family
        if session.risks.isEmpty { findings.append(.noRisks) }
        for risk in sorted(live) {
            guard let band = risk.band, band >= .high else { continue }
            if risk.mitigation.isEmpty, risk.status != .mitigated {
                findings.append(.unmitigated(risk: risk.id, band: band))
            }
            if risk.owner.isEmpty { findings.append(.unowned(risk: risk.id, band: band)) }
        }
        let unrated = live.filter { $0.score == nil }.map(\.id)
        if !unrated.isEmpty { findings.append(.unrated(unrated)) }
        for zone in coreZones where !session.risks.contains(where: { $0.zone == zone }) {
            let skipped = session.guide.wasSkipped(.zone(zone))
            findings.append(.zoneNotDiscussed(zone, close: close && zone == .distance, skipped: skipped))
        }
        for (topic, questions) in AvoidanceTopic.skipped(in: session.guide) {
            let others = questions.filter { id in !coreZones.contains { QuestionID.zone($0).raw == id } }
            if !others.isEmpty { findings.append(.avoided(topic, questions: others, close: close)) }
        }
        // The map describes each dependency; the review only says what it lacks: a defection risk.
        if !dependencies.isEmpty, !live.contains(where: { $0.zone == .defection }) {
            findings.append(.dependencyWithoutRisk(dependencies.map { .init(need: $0.need, partner: $0.partner) }))
        }
        findings += scanFindings(session)
        return findings
    }

    static func scanFindings(_ session: Session) -> [RiskFinding] {
        let answers = FailureReason.allCases.map { ($0, session.failureScan[$0.rawValue]) }
        let yes = answers.filter { $0.1 == .yes }.map(\.0)
        let unsure = answers.filter { $0.1 == .unsure }.map(\.0)
        let open = answers.filter { $0.1 == nil }.count
        var findings: [RiskFinding] = []
        if !yes.isEmpty || !unsure.isEmpty {
            let withoutRisk = (yes + unsure).filter { reason in !session.risks.contains { $0.reason == reason } }
            findings.append(.scanFlagged(yes: yes, unsure: unsure, withoutRisk: withoutRisk))
        } else if open == 0 {
            findings.append(.scanClear)
        }
        if open > 0 { findings.append(.scanOpen(count: open)) }
        return findings
    }

    /// Orders ids as a person would: `r2` before `r10`.
    /// Runs of digits compare as numbers, other characters by scalar value.
    public static func naturalOrder(_ a: String, _ b: String) -> Bool {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        var left = a.unicodeScalars[...]
        var right = b.unicodeScalars[...]
        while let x = left.first, let y = right.first {
            if isDigit(x) && isDigit(y) {
                let (l, r) = (left.prefix(while: isDigit), right.prefix(while: isDigit))
                let (m, n) = (l.drop { $0 == "0" }, r.drop { $0 == "0" })
                if m.count != n.count { return m.count < n.count }
                if !m.elementsEqual(n) { return m.lexicographicallyPrecedes(n) { $0.value < $1.value } }
                left = left.dropFirst(l.count)
                right = right.dropFirst(r.count)
            } else {
                if x != y { return x.value < y.value }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        return left.isEmpty && !right.isEmpty
    }
}
