extension Session {
    /// Gives an item a new id, with every reference to it: the items that name
    /// it, the checkpoint copies, the guide's question ids, the follow-up under
    /// way and the conflicts. Used by `tandem merge` when both branches gave one id to different items.
    public mutating func renameID(_ kind: IDKind, from old: String, to new: String) {
        state.renameID(kind, from: old, to: new)
        for index in checkpoints.indices {
            checkpoints[index].state.renameID(kind, from: old, to: new)
            if kind == .checkpoint, checkpoints[index].id == old { checkpoints[index].id = new }
        }
        func renamed(_ question: String) -> String {
            guard question.contains(old) else { return question }
            return question.split(separator: ".", omittingEmptySubsequences: false)
                .map { $0 == old ? new : String($0) }.joined(separator: ".")
        }
        guide.answered = Dictionary(guide.answered.map { (renamed($0.key), $0.value) }, uniquingKeysWith: max)
        guide.skipped = Dictionary(guide.skipped.map { (renamed($0.key), $0.value) }, uniquingKeysWith: max)
        if var underway = reviews.underway {
            switch kind {
            case .checkpoint: if underway.checkpoint == old { underway.checkpoint = new }
            case .action: underway.actions = underway.actions.map { $0 == old ? new : $0 }
            case .risk: underway.risks = underway.risks.map { $0 == old ? new : $0 }
            default: break
            }
            reviews.underway = underway
        }
        let field = SessionMerge.field(of: kind)
        for index in conflicts.indices where conflicts[index].field == field {
            conflicts[index].item = conflicts[index].item.split(separator: "/", omittingEmptySubsequences: false)
                .map { $0 == old ? new : String($0) }.joined(separator: "/")
        }
    }
}

extension SessionState {
    /// The module data with an item's id changed, and every field that refers to it.
    mutating func renameID(_ kind: IDKind, from old: String, to new: String) {
        func swap(_ value: inout String) { if value == old { value = new } }
        switch kind {
        case .partner:
            for i in partners.indices { swap(&partners[i].id) }
            if var author = context.author {
                swap(&author)
                context.author = author
            }
            for i in expectations.indices { swap(&expectations[i].partner) }
            for i in ratings.indices { swap(&ratings[i].partner) }
            for i in peerRatings.indices {
                swap(&peerRatings[i].partner)
                swap(&peerRatings[i].by)
            }
            for i in traits.indices { swap(&traits[i].partner) }
            for i in stages.indices {
                for j in stages[i].commitments.indices { swap(&stages[i].commitments[j].partner) }
            }
            for i in risks.indices { swap(&risks[i].owner) }
            for i in actions.indices { swap(&actions[i].owner) }
            for i in health.indices { swap(&health[i].partner) }
            for i in phaseVoices.indices { swap(&phaseVoices[i].partner) }
            for i in stages.indices {
                for j in stages[i].gates.indices {
                    guard var terms = stages[i].gates[j].exitTerms, let value = terms.removeValue(forKey: old) else {
                        continue
                    }
                    terms[new] = value
                    stages[i].gates[j].exitTerms = terms
                }
            }
        case .expectation:
            for i in expectations.indices {
                swap(&expectations[i].id)
                for j in expectations[i].answeredBy.indices { swap(&expectations[i].answeredBy[j]) }
            }
            renameSafeguardsAndSettlements()
        case .tension:
            for i in tensions.indices { swap(&tensions[i].id) }
        case .need:
            for i in needs.indices { swap(&needs[i].id) }
            for i in ratings.indices { swap(&ratings[i].need) }
            for i in peerRatings.indices { swap(&peerRatings[i].need) }
        case .stage:
            for i in stages.indices { swap(&stages[i].id) }
        case .rule:
            for i in rules.indices { swap(&rules[i].id) }
            renameSafeguardsAndSettlements()
        case .risk:
            for i in risks.indices { swap(&risks[i].id) }
            renameSafeguardsAndSettlements()
        case .action:
            for i in actions.indices { swap(&actions[i].id) }
        case .checkpoint:
            break  // checkpoints are the session's, not the modules'
        }

        /// What answers a concern (a commitment, a rule, a risk) and what
        /// settled a tension (a rule, a commitment), by id.
        func renameSafeguardsAndSettlements() {
            for i in expectations.indices {
                guard var safeguards = expectations[i].safeguards else { continue }
                for j in safeguards.indices { swap(&safeguards[j]) }
                expectations[i].safeguards = safeguards
            }
            for i in tensions.indices {
                for j in tensions[i].between.indices { swap(&tensions[i].between[j]) }
                if var settled = tensions[i].settledBy {
                    swap(&settled)
                    tensions[i].settledBy = settled
                }
            }
        }
    }
}
