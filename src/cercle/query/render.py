"""Rich tables for the query commands (the CLI prints these; ``--json`` prints the dicts instead)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _flags(ev: dict) -> str:
    return f" [{', '.join(ev['flags'])}]" if ev.get("flags") else ""


def evidence_lines(tie: dict, limit: int | None = None) -> Text:
    text = Text()
    for ev in tie["evidence"][:limit]:
        where = " · ".join(x for x in (ev.get("source") or ev.get("title"), ev.get("date")) if x)
        text.append("« " + ev["sentence"].strip() + " »", style="italic")
        if ev.get("attribution"):
            text.append(f" ({ev['attribution']})")
        if ev.get("negated"):
            text.append(" [négation]", style="red")
        text.append(f"\n  — {where or ev['article_id']}{_flags(ev)}\n", style="dim")
    text.rstrip()
    return text


def _attrs(tie: dict) -> str:
    parts = []
    if tie.get("statuses"):
        parts.append(" → ".join(dict.fromkeys(s["status"] for s in tie["statuses"])))
    elif tie.get("status"):
        parts.append(tie["status"])
    parts += [a["text"] for a in tie.get("amounts", [])]
    if tie.get("share") is not None:
        parts.append(f"{tie['share']:g} %")
    if tie.get("role"):
        parts.append(tie["role"])
    if tie.get("negated"):
        parts.append("NIÉ")
    return "; ".join(parts)


def tie_table(ties: list[dict], title: str = "", other: bool = False) -> Table:
    table = Table(title=title, show_lines=True, expand=True)
    table.add_column("type")
    table.add_column("lien", ratio=1)
    table.add_column("attributs")
    table.add_column("sources", justify="right")
    table.add_column("vu", no_wrap=True)
    table.add_column("preuve", ratio=3)
    for t in ties:
        arrow = "↔" if t["symmetric"] else "→"
        link = (f"{arrow} {t['other']['name']}" if other and t.get("direction") == "out" or
                other and t.get("direction") == "both" else
                f"← {t['other']['name']}" if other else f"{t['subject']} {arrow} {t['object']}")
        seen = t["first_seen"] or ""
        if t["last_seen"] and t["last_seen"] != t["first_seen"]:
            seen += f"\n{t['last_seen']}"
        table.add_row(t["type"], link, _attrs(t), str(t["sources"]), seen, evidence_lines(t))
    return table


def print_who(console: Console, card: dict) -> None:
    head = Text(f"{card['name']}", style="bold")
    head.append(f"  {card['type']}  ·  {card['sources']} source(s)  ·  id {card['id']}", style="dim")
    console.print(head)
    if card["aliases"]:
        console.print("aussi : " + ", ".join(card["aliases"][:15]))
    if card.get("flags"):
        console.print("signalements : " + ", ".join(card["flags"]), style="yellow")
    if card.get("first_seen"):
        console.print(f"vu du {card['first_seen']} au {card['last_seen']}", style="dim")
    for tie_type, group in card["ties"].items():
        shown = len(group["items"])
        title = f"{tie_type} — {group['count']} lien(s)" + (f", {shown} affichés" if shown < group["count"] else "")
        console.print(tie_table(group["items"], title, other=True))
    if not card["ties"]:
        console.print("aucun lien enregistré")


def print_paths(console: Console, paths: list[dict]) -> None:
    if not paths:
        console.print("aucun chemin trouvé")
    for i, p in enumerate(paths, 1):
        console.print(Text(f"Chemin {i} — {p['length']} lien(s)", style="bold"))
        table = Table(show_lines=True, expand=True)
        for col in ("de", "type", "vers", "sources"):
            table.add_column(col)
        table.add_column("preuve", ratio=3)
        for h in p["hops"]:
            arrow = "↔" if h["symmetric"] else ("→" if h["from"] == h["subject_id"] else "←")
            table.add_row(h["from_name"], f"{arrow} {h['type']}", h["to_name"], str(h["sources"]),
                          evidence_lines(h, 1))
        console.print(table)


def print_timeline(console: Console, entries: list[dict]) -> None:
    table = Table(show_lines=True, expand=True)
    for col in ("date", "type", "lien", "statut"):
        table.add_column(col, no_wrap=col == "date")
    table.add_column("preuve", ratio=3)
    for e in entries:
        t = e["tie"]
        table.add_row(e["date"] or "?", t["type"], f"{t['subject']} → {t['object']}", e["status"] or "",
                      evidence_lines(t, 2))
    console.print(table)


def print_top(console: Console, rows: list[dict], metric: str) -> None:
    table = Table(title=f"acteurs centraux ({metric})")
    for col in ("#", "nom", "type", "degree", "weighted_degree", "pagerank", "betweenness"):
        table.add_column(col, justify="right" if col not in ("nom", "type") else "left")
    for i, r in enumerate(rows, 1):
        table.add_row(str(i), r["name"], r["type"], str(r["degree"]), str(r["weighted_degree"]),
                      f"{r['pagerank']:.4f}", "—" if r["betweenness"] is None else f"{r['betweenness']:.4f}")
    console.print(table)


def print_communities(console: Console, groups: list[dict], show: int = 12) -> None:
    table = Table(title="communautés (Louvain)")
    table.add_column("#")
    table.add_column("taille", justify="right")
    table.add_column("membres principaux")
    for g in groups:
        names = ", ".join(m["name"] for m in g["members"][:show]) + (" …" if g["size"] > show else "")
        table.add_row(str(g["id"]), str(g["size"]), names)
    console.print(table)


def print_interlocks(console: Console, result: dict) -> None:
    labels = {"owners": "actionnaires communs", "board_members": "administrateurs communs",
              "leaders": "dirigeants communs"}
    for role, label in labels.items():
        items = result[role]
        console.print(Text(f"{label} de {result['a']} et {result['b']} : {len(items)}", style="bold"))
        for it in items:
            console.print(f"• {it['name']} ({it['type']})")
            for t in it["ties_a"] + it["ties_b"]:
                console.print(evidence_lines(t, 1))
