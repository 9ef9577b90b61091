extension Findings {
    /// What in the session does not fit the declared phase, one sentence per signal.
    public static func phase(_ analysis: PhaseAnalysis, _ session: Session, _ t: Wording) -> [Finding] {
        analysis.signals.map { Finding(phaseSignal($0, session, t)) }
    }

    public static func phaseSignal(_ signal: PhaseSignal, _ session: Session, _ t: Wording) -> String {
        switch signal {
        case .criticalRisks(let ids):
            return t("phase.signal.critical", ["list": t.list(ids)])
        case .heldGates(let gates):
            let list = gates.map {
                t(
                    "phase.signal.gate.item",
                    [
                        "stage": session.stageName($0.stage), "verdict": t($0.verdict.labelKey),
                        "date": t.date($0.date),
                    ])
            }
            return t("phase.signal.gates", ["list": t.list(list)])
        case .perceptionGaps(let gaps, let more):
            let list =
                gaps.map { perceptionGap($0, session, t, key: "phase.signal.gap.item") }
                + (more > 0 ? [t("health.gap.more", ["count": String(more)])] : [])
            return t("phase.signal.gaps", ["list": list.joined(separator: t.separator)])
        case .healthConcerns(let ingredients):
            return t("phase.signal.concerns", ["list": t.list(ingredients.map { t($0.labelKey) })])
        case .overdueActions(let ids):
            return t("phase.signal.overdue", ["list": t.list(ids)])
        case .unansweredExpectations(let ids):
            return t("phase.signal.unanswered", ["list": t.list(ids)])
        case .scanFlags(let reasons):
            return t("phase.signal.scan", ["list": t.list(reasons.map { t($0.labelKey) })])
        case .crisisUndescribed:
            return t("phase.signal.undescribed")
        case .stale(let days):
            return t("phase.signal.stale", ["days": t.days(days)])
        case .partnersSeeOtherwise(let voices):
            return t("phase.signal.voices", ["list": voiceList(voices, session, t)])
        }
    }

    /// "Zoé: crisis (3 December 2026); Marc: performance (3 December 2026, "the pilot sold")".
    public static func voiceList(_ voices: [PhaseVoice], _ session: Session, _ t: Wording) -> String {
        voices.map { voice in
            let key = voice.note.isEmpty ? "phase.voice.item" : "phase.voice.item.note"
            return t(
                key,
                [
                    "partner": session.partnerName(voice.partner), "phase": t(voice.phase.labelKey),
                    "date": t.date(voice.date), "note": t.quoted(voice.note),
                ])
        }.joined(separator: t.separator)
    }

    /// Each partner's view of the phase, then, when they differ, the
    /// disagreement said as such; nothing when no partner gave a view.
    public static func phaseVoices(_ analysis: PhaseAnalysis, _ session: Session, _ t: Wording) -> [Finding] {
        guard !analysis.voices.isEmpty else { return [] }
        let list = voiceList(analysis.voices, session, t)
        guard analysis.partnersDisagree else {
            return [Finding(t("phase.voices", ["list": list]))]
        }
        return [Finding(t("phase.voices.split", ["list": list]), .warning)]
    }
}
