#!/usr/bin/env python3
"""Writes a valid session with N partners, for the large-session tests and the
bench: each partner with three expectations, a rating of every need, a strength
and a weakness, health scores on every ingredient, and a risk and an action
owned; a few stages with commitments, phases, notes.

    python3 Tests/EndToEnd/large_session.py PATH N [TITLE]
"""
import json
import sys

KINDS = ["expectation", "interest", "contribution", "commitment", "concern"]
INGREDIENTS = ["vision", "trust", "leadership", "objectives", "care", "values", "decisions"]
ZONES = ["defection", "distance", "value", "evaluation", "other"]
DAY = "2026-03-09"


def large_session(partners, title="Grand réseau"):
    n_needs = 5
    session = {
        "schemaVersion": 2,
        "title": title,
        "language": "en",
        "createdAt": DAY + "T10:00:00Z",
        "context": {
            "purpose": "Bring many small workshops together in one shared offer for the region's shops.",
            "vision": "By 2028, one offer known across the region, run by the partners together.",
            "type": "network", "level": "act", "relationship": "acquaintances",
        },
        "partners": [], "expectations": [], "needs": [], "ratings": [], "traits": [], "tensions": [],
        "stages": [], "rules": [], "risks": [], "failureScan": {}, "health": [], "phases": [], "actions": [],
        "notes": [], "guide": {"answered": {}, "skipped": {}}, "checkpoints": [],
        "reviews": {"checkin": "2026-04-14", "formal": "2026-06-04"},
    }
    for n in range(1, n_needs + 1):
        session["needs"].append({"id": f"n{n}", "name": f"Need {n}: shared skill number {n}", "critical": n == 1})
    e = 0
    for p in range(1, partners + 1):
        pid = f"p{p}"
        session["partners"].append({
            "id": pid, "name": f"Partner {p:05d} Été", "role": f"role {p % 17}",
            "represents": f"Workshop {p} Ltd", "personalGoals": f"Grow workshop {p} by a fifth within two years",
        })
        for k in range(3):
            e += 1
            session["expectations"].append({
                "id": f"e{e}", "partner": pid, "kind": KINDS[(p + k) % len(KINDS)], "measure": "",
                "text": f"Expectation {e} of partner {p}: deliver on time, share the costs fairly, "
                        f"tell the others early when something slips, and keep the clients informed",
            })
        for n in range(1, n_needs + 1):
            session["ratings"].append({"need": f"n{n}", "partner": pid, "score": (p + n) % 4})
        session["traits"].append({"kind": "strength", "partner": pid, "text": f"Partner {p} listens to clients"})
        session["traits"].append({"kind": "weakness", "partner": pid, "text": f"Partner {p} is often late"})
        for i, ingredient in enumerate(INGREDIENTS):
            session["health"].append({"date": DAY, "ingredient": ingredient, "partner": pid, "score": (p + i) % 5 + 1})
        session["risks"].append({
            "id": f"r{p}", "impact": p % 5 + 1, "likelihood": (p * 3) % 5 + 1, "mitigation": "Warn three months ahead",
            "owner": pid, "status": "open", "text": f"Partner {p} takes a long outside job", "zone": ZONES[p % 5],
        })
        session["actions"].append({"created": DAY, "due": "2026-03-20", "id": f"a{p}", "owner": pid,
                                   "text": f"Send the joint quote to client {p}"})
    for s in range(1, 4):
        session["stages"].append({
            "id": f"s{s}", "name": f"Stage {s}", "deliverables": [f"Deliverable of stage {s}"],
            "entry": [{"text": f"Condition of stage {s}", "measure": "signed", "due": "2026-04-10"}],
            "exits": ["Each keeps its own clients"], "gates": [],
            "commitments": [{"partner": f"p{p}", "text": f"Commitment of partner {p} to stage {s}"}
                            for p in range(1, partners + 1, max(1, partners // 50))],
        })
    session["phases"] = [{"date": DAY, "phase": "euphoria", "note": "First meeting"}]
    session["notes"] = [{"date": DAY + "T10:00:00Z", "text": f"Note {i}"} for i in range(10)]
    session["counters"] = {"partner": partners, "expectation": e, "need": n_needs, "risk": partners,
                           "action": partners, "stage": 3}
    return session


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, count = sys.argv[1], int(sys.argv[2])
    title = sys.argv[3] if len(sys.argv) > 3 else "Grand réseau"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(large_session(count, title), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
