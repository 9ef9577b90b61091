import TandemCore

/// Expectations: per partner, a list question per kind (each commitment then
/// asks for its date and measure), the personal-goals question, then a
/// linking step where each expectation meets what the others bring, the
/// tensions between what was said side by side, and what answers each concern.
///
/// The list stays stable while it is answered: a question, once present, keeps
/// its place (new ones only appear after the current one), so the engine's
/// index never jumps over a question.
enum ExpectationsFlow {
    static let flow = GuideFlow(id: "expectations", questions: questions) { shell in shell.showExpectations() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list: [GuideQuestion] = []
        let close = session.context.relationship == .friends || session.context.relationship == .family
        for partner in session.partners {
            for kind in ExpectationKind.allCases {
                list.append(kindQuestion(partner, kind))
                if kind == .commitment {
                    list += session.items(of: partner.id, .commitment).flatMap {
                        [termsQuestion(partner, $0), effortQuestion(partner, $0)]
                    }
                }
            }
            list.append(
                GuideQuestion(
                    id: .goals(partner: partner.id), key: "expectations.goals",
                    arguments: ["partner": partner.name], none: .settles, insistent: close,
                    current: { s in s.partners.withID(partner.id)?.personalGoals }
                ) { shell, answer throws(ShellError) in try shell.setPersonalGoals(partner.id, answer) })
        }
        // Candidates depend only on whose expectation it is: worked out once per partner, when first shown.
        let answering = Set(
            ExpectationKind.allCases.filter(\.canAnswer).flatMap { session.items(of: $0) }.map(\.partner)
                .filter { session.partner(withID: $0) != nil })
        var shown: [String: Candidates] = [:]
        for item in session.items(of: .expectation) {
            guard let owner = session.partner(withID: item.partner) else { continue }
            // Someone else brings something: the candidates are not empty.
            guard answering.count > 1 || (answering.count == 1 && !answering.contains(owner.id)) else { continue }
            let candidates = shown[owner.id] ?? Candidates(owner.id, session)
            shown[owner.id] = candidates
            list.append(linkQuestion(item, owner, candidates))
        }
        if session.partners.count >= 2, session.expectations.count >= 2 {
            list.append(tensionQuestion(session))
        }
        for concern in session.expectations where concern.kind == .concern {
            guard let owner = session.partner(withID: concern.partner) else { continue }
            list.append(safeguardQuestion(concern, owner))
        }
        return list
    }

    /// "Which of these pull against each other?" with everything said listed
    /// side by side, whole; one pair per answer (`e2 e5 NOTE`) until Enter.
    static func tensionQuestion(_ session: Session) -> GuideQuestion {
        // The list is laid out only when the question is shown, not each time the guide's progress is read.
        GuideQuestion(
            id: .tensions, key: "expectations.tensions",
            shownArguments: {
                let said = session.expectations.filter { $0.kind != .contribution }
                return ["items": wholeBlock(said, session)]
            },
            repeats: true, none: .settles,
            current: { s in s.tensions.map { $0.between.joined(separator: "↔") }.joined(separator: " · ") }
        ) { shell, answer throws(ShellError) in try shell.addTension(answered: answer) }
    }

    /// "What answers this worry?" — a commitment, a rule or a risk's mitigation, by id.
    static func safeguardQuestion(_ concern: Expectation, _ owner: Partner) -> GuideQuestion {
        GuideQuestion(
            id: .safeguard(expectation: concern.id), key: "expectations.safeguard",
            arguments: ["partner": owner.name, "id": concern.id, "text": concern.text], none: .settles,
            current: { s in s.expectations.withID(concern.id)?.safeguards?.joined(separator: ", ") }
        ) { shell, answer throws(ShellError) in try shell.setSafeguards(concern.id, answer) }
    }

    /// Item lines `  e4  Marc, concern — text`, the text whole and wrapped under itself.
    static func wholeBlock(_ items: [Expectation], _ session: Session) -> String {
        guard !items.isEmpty else { return "  —" }
        let idWidth = items.map(\.id.count).max() ?? 2
        return items.map { item in
            let owner = session.partnerName(item.partner)
            let text = "  " + item.id.fitted(to: idWidth) + "  " + owner + " — " + item.text
            return text.wrapped(width: 78, hangingIndent: 4 + idWidth)
        }.joined(separator: "\n")
    }

    /// What the other partners bring and commit to, as the lines the link question shows;
    /// worked out the first time a question of this partner is shown, then kept.
    final class Candidates {
        private let owner: String
        private let session: Session
        private var known: [String: String]?

        init(_ owner: String, _ session: Session) {
            self.owner = owner
            self.session = session
        }

        /// The `example`, `contributions` and `commitments` placeholders.
        var arguments: [String: String] {
            if let known { return known }
            let items = session.answerCandidates(for: owner)
            let worked = [
                "example": items.prefix(2).map(\.id).joined(separator: " "),
                "contributions": ExpectationsFlow.block(items.filter { $0.kind == .contribution }, session),
                "commitments": ExpectationsFlow.block(items.filter { $0.kind == .commitment }, session),
            ]
            known = worked
            return worked
        }
    }

    /// "What does Zoé expect?" — one item per answer until an empty one.
    static func kindQuestion(_ partner: Partner, _ kind: ExpectationKind) -> GuideQuestion {
        GuideQuestion(
            id: .declared(partner: partner.id, kind), key: "expectations.\(kind.rawValue)",
            arguments: ["partner": partner.name], repeats: true, none: kind.noneSettles ? .settles : .refused,
            current: { s in s.items(of: partner.id, kind).map(\.text).joined(separator: " · ") }
        ) { shell, answer throws(ShellError) in try shell.addExpectation(partner.id, kind, answer) }
    }

    /// "By when, and how will you know?" for one commitment; the answer is
    /// `DATE, MEASURE`, either part optional: one of the two settles it.
    static func termsQuestion(_ partner: Partner, _ item: Expectation) -> GuideQuestion {
        GuideQuestion(
            id: .terms(expectation: item.id), key: "expectations.terms",
            arguments: ["partner": partner.name, "id": item.id, "text": item.text], none: .refused,
            current: { s in
                guard let now = s.expectations.withID(item.id) else { return nil }
                return [now.due?.description ?? "", now.measure].filter { !$0.isEmpty }.joined(separator: ", ")
            }
        ) { shell, answer throws(ShellError) in try shell.setCommitmentTerms(item.id, answer) }
    }

    /// "How many hours a week will it take?" — the load is compared by these.
    static func effortQuestion(_ partner: Partner, _ item: Expectation) -> GuideQuestion {
        GuideQuestion(
            id: .effort(expectation: item.id), key: "expectations.effort",
            arguments: ["partner": partner.name, "id": item.id, "text": item.text],
            none: .settles,
            current: { s in s.expectations.withID(item.id)?.effort.map(String.init) }
        ) { shell, answer throws(ShellError) in try shell.setEffort(item.id, typed: answer) }
    }

    /// "Which of these answer it?" with the other partners' contributions and commitments listed by id.
    static func linkQuestion(_ item: Expectation, _ owner: Partner, _ candidates: Candidates) -> GuideQuestion {
        GuideQuestion(
            id: .link(expectation: item.id), key: "expectations.link",
            arguments: ["partner": owner.name, "id": item.id, "text": item.text],
            shownArguments: { candidates.arguments }, none: .settles,
            current: { s in s.expectations.withID(item.id)?.answeredBy.joined(separator: ", ") }
        ) { shell, answer throws(ShellError) in try shell.relinkExpectation(item.id, answer) }
    }

    /// Candidate lines `  e4  Marc — text`, cut to fit 80 columns; "—" when there are none.
    static func block(_ items: [Expectation], _ session: Session) -> String {
        guard !items.isEmpty else { return "  —" }
        let idWidth = items.map(\.id.count).max() ?? 2
        return items.map { item in
            let owner = session.partnerName(item.partner)
            return "  " + item.id.fitted(to: idWidth) + "  " + (owner + " — " + item.text).truncated(to: 76 - idWidth)
        }.joined(separator: "\n")
    }
}

extension ExpectationKind {
    /// Whether "none" is a real answer for this kind: no particular interest,
    /// nothing committed yet, no concern. A partner expects and brings something.
    var noneSettles: Bool {
        switch self {
        case .interest, .commitment, .concern: return true
        case .expectation, .contribution: return false
        }
    }
}
