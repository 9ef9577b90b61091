extension Findings {
    /// A guided question said in words from its id: "Marc's personal goals",
    /// "the date and measure of Zoé's commitment "Three mockups"", "who watches
    /// the risk "Zoé leaves"". Used wherever skipped questions are listed (the
    /// report, the risk review's avoidance signals); an id of a shape not
    /// known here is shown as it is.
    public static func describeQuestion(_ id: String, _ session: Session, _ t: Wording) -> String {
        let parts = id.split(separator: ".").map(String.init)
        guard let module = parts.first else { return id }
        let rest = Array(parts.dropFirst())
        let said: String?
        switch module {
        case "context": said = contextQuestion(rest, session, t)
        case "expectations": said = expectationsQuestion(rest, session, t)
        case "map": said = mapQuestion(rest, session, t)
        case "stages": said = stagesQuestion(rest, session, t)
        case "gate": said = rest.first.map { t("doc.q.gate", ["stage": session.stageName($0)]) }
        case "risks": said = risksQuestion(rest, session, t)
        case "health": said = healthQuestion(rest, session, t)
        case "phase": said = t(rest == ["note"] ? "doc.q.phase.note" : "doc.q.phase.current")
        case "followup": said = followUpQuestion(Array(rest.dropFirst()), session, t)
        default: said = nil
        }
        return said ?? id
    }

    /// A declared text as the documents quote it: short, in straight quotes.
    static func quote(_ text: String) -> String {
        "\"" + text.truncated(to: 50) + "\""
    }

    static func contextQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        switch rest.first {
        case "purpose", "vision", "type", "level", "relationship", "partners":
            return rest.count == 1 ? t("doc.q.context.\(rest[0])") : nil
        case "represents" where rest.count == 2:
            return t("doc.q.context.represents", ["partner": session.partnerName(rest[1])])
        default: return nil
        }
    }

    static func expectationsQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        guard rest.count == 2 else { return nil }
        if let kind = ExpectationKind(rawValue: rest[1]) {
            return t(
                "doc.q.expect.kind",
                ["partner": session.partnerName(rest[0]), "kinds": t("expect.plural.\(kind.rawValue)")])
        }
        if rest[1] == "goals" { return t("doc.q.expect.goals", ["partner": session.partnerName(rest[0])]) }
        guard rest[1] == "terms" || rest[1] == "link" else { return nil }
        let item = session.expectations.first { $0.id == rest[0] }
        return t(
            "doc.q.expect.\(rest[1])",
            ["partner": session.partnerName(item?.partner ?? ""), "text": quote(item?.text ?? rest[0])])
    }

    static func mapQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        switch rest.first {
        case "needs" where rest.count == 1: return t("doc.q.map.needs")
        case "rate" where rest.count == 3:
            return t("doc.q.rate", ["need": session.needName(rest[1]), "partner": session.partnerName(rest[2])])
        case "strength" where rest.count == 2, "weakness" where rest.count == 2:
            return t("doc.q.map.\(rest[0])", ["partner": session.partnerName(rest[1])])
        default: return nil
        }
    }

    static func stagesQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        if rest == ["names"] { return t("doc.q.stages.names") }
        guard rest.count >= 2 else { return nil }
        let stage = session.stageName(rest[0])
        switch rest[1] {
        case "entry", "exit", "review", "deliverables":
            return t("doc.q.stage.\(rest[1])", ["stage": stage])
        case "commit" where rest.count == 3:
            return t("doc.q.stage.commit", ["stage": stage, "partner": session.partnerName(rest[2])])
        default: return nil
        }
    }

    static func risksQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        guard rest.count >= 2 else { return nil }
        switch rest[0] {
        case "zone":
            return RiskZone(rawValue: rest[1]).map { t("doc.q.zone", ["zone": t($0.labelKey)]) }
        case "scan":
            guard let reason = FailureReason(rawValue: rest[1]) else { return nil }
            return t(rest.count == 3 ? "doc.q.scan.risk" : "doc.q.scan", ["reason": t(reason.labelKey)])
        default:
            guard ["rate", "owner", "mitigation"].contains(rest[1]) else { return nil }
            let text = session.risks.first { $0.id == rest[0] }?.text ?? rest[0]
            return t("doc.q.risk.\(rest[1])", ["text": quote(text)])
        }
    }

    static func healthQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        guard rest.count == 2, let ingredient = Ingredient(rawValue: rest[1]) else { return nil }
        return t("doc.q.health", ["partner": session.partnerName(rest[0]), "ingredient": t(ingredient.labelKey)])
    }

    /// A follow-up's question, its checkpoint id dropped: `action.a1`, `phase`, `risk.r1`, `health.p1.trust`.
    static func followUpQuestion(_ rest: [String], _ session: Session, _ t: Wording) -> String? {
        switch rest.first {
        case "action" where rest.count == 2:
            let text = session.actions.first { $0.id == rest[1] }?.text ?? rest[1]
            return t("doc.q.followup.action", ["text": quote(text)])
        case "phase" where rest.count <= 2:
            return t(rest.count == 2 ? "doc.q.phase.note" : "doc.q.phase.current")
        case "risk" where rest.count == 2:
            return risksQuestion([rest[1], "rate"], session, t)
        case "health" where rest.count == 3:
            return healthQuestion(Array(rest.dropFirst()), session, t)
        default: return nil
        }
    }
}
