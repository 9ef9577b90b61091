extension Findings {
    /// A guided question said in words from its id: "Marc's personal goals",
    /// "the date and measure of Zoé's commitment "Three mockups"", "who watches
    /// the risk "Zoé leaves"". Used wherever skipped questions are listed (the
    /// report, the risk review's avoidance signals); an id of a shape not
    /// known here is shown as it is.
    public static func describeQuestion(_ id: String, _ session: Session, _ t: Wording) -> String {
        describe(QuestionID(id), session, t) ?? id
    }

    static func describe(_ question: QuestionID, _ session: Session, _ t: Wording) -> String? {
        func partner(_ id: String) -> String { session.partnerName(id) }
        switch question {
        case .context(let topic): return t("doc.q.context.\(topic.rawValue)")
        case .represents(let p): return t("doc.q.context.represents", ["partner": partner(p)])
        case .declared(let p, let kind):
            return t("doc.q.expect.kind", ["partner": partner(p), "kinds": t("expect.plural.\(kind.rawValue)")])
        case .goals(let p): return t("doc.q.expect.goals", ["partner": partner(p)])
        case .tensions: return t("doc.q.expect.tensions")
        case .safeguard(let e): return t("doc.q.expect.safeguard", ["id": e])
        case .terms(let e), .link(let e):
            let item = session.expectations.withID(e)
            let which = { if case .terms = question { return "terms" } else { return "link" } }()
            return t(
                "doc.q.expect.\(which)", ["partner": partner(item?.partner ?? ""), "text": quote(item?.text ?? e, t)])
        case .effort(let e):
            let item = session.expectations.withID(e)
            return t(
                "doc.q.expect.effort", ["partner": partner(item?.partner ?? ""), "text": quote(item?.text ?? e, t)])
        case .needs: return t("doc.q.map.needs")
        case .rate(let n, let p): return t("doc.q.rate", ["need": session.needName(n), "partner": partner(p)])
        case .trait(let kind, let p):
            return t("doc.q.map.\(kind == .strength ? "strength" : "weakness")", ["partner": partner(p)])
        case .stageNames: return t("doc.q.stages.names")
        case .stage(let s, let part): return t("doc.q.stage.\(part.rawValue)", ["stage": session.stageName(s)])
        case .commit(let s, let p):
            return t("doc.q.stage.commit", ["stage": session.stageName(s), "partner": partner(p)])
        case .gate(let s, _): return t("doc.q.gate", ["stage": session.stageName(s)])
        case .agreement(let topic): return t("doc.q.agreement", ["topic": t(topic.labelKey)])
        case .zone(let zone): return t("doc.q.zone", ["zone": t(zone.labelKey)])
        case .scan(let reason): return t("doc.q.scan", ["reason": t(reason.labelKey)])
        case .scanRisk(let reason): return t("doc.q.scan.risk", ["reason": t(reason.labelKey)])
        case .risk(let r, let part):
            let text = session.risks.withID(r)?.text ?? r
            return t("doc.q.risk.\(part.rawValue)", ["text": quote(text, t)])
        case .health(let p, let ingredient):
            return t("doc.q.health", ["partner": partner(p), "ingredient": t(ingredient.labelKey)])
        case .phase: return t("doc.q.phase.current")
        case .phaseNote: return t("doc.q.phase.note")
        case .phaseVoice(let p): return t("doc.q.phase.voice", ["partner": partner(p)])
        case .followUp(_, let inner): return describe(inner, session, t)
        case .followUpAction(let a):
            let text = session.actions.withID(a)?.text ?? a
            return t("doc.q.followup.action", ["text": quote(text, t)])
        case .anythingNew, .other: return nil
        }
    }

    /// A declared text as the documents quote it: short, in the language's quotation marks.
    static func quote(_ text: String, _ t: Wording) -> String {
        t.quoted(text.truncated(to: 50))
    }
}
