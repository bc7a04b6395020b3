"""Counts printed by `make_corpus.py --stats`, the numbers quoted in README.md."""

from __future__ import annotations

from collections import Counter, defaultdict

from maker import Maker, Post


def report(name: str, m: Maker, rows: list[tuple[dict, dict, Post]]) -> None:
    truths = [t for _, t, _ in rows]
    print(f"== {name}: {len(rows)} posts, exploitative {sum(t['exploitative'] for t in truths)}")
    langs = sorted({p.lang for _, _, p in rows})
    cases = Counter((t["case"], p.lang) for _, t, p in rows)
    print("case".ljust(28) + "".join(lang.rjust(6) for lang in langs) + "   all")
    for case in sorted({c for c, _ in cases}):
        counts = [cases[(case, lang)] for lang in langs]
        print(case.ljust(28) + "".join(str(c).rjust(6) for c in counts) + str(sum(counts)).rjust(6))
    print("language totals:", dict(Counter(p.lang for _, _, p in rows)))
    print("typologies:", dict(Counter(t["typology"] for t in truths)))
    print("platforms:", dict(Counter(r["platform"] for r, _, _ in rows)))
    sizes: dict[str, int] = Counter(t["network"] for t in truths if t["network"])
    exploit = {g.nid: g for g in m.groups.values() if g.typology}
    benign = {g.nid: g for g in m.groups.values() if not g.typology}
    ex_sizes = sorted(sizes[n] for n in exploit)
    print(f"exploitative networks {len(exploit)}: sizes {ex_sizes}")
    print(
        f"  mean {sum(ex_sizes) / len(ex_sizes):.1f}; burner {sum(g.kind == 'burner' for g in exploit.values())};"
        f" bilingual {sum(bool(g.lang2) for g in exploit.values())}; two typologies"
        f" {sum(bool(g.typ2) for g in exploit.values())}; with no-contact posts"
        f" {sum(g.quiet_rate > 0 for g in exploit.values())}"
    )
    print("  by typology:", dict(Counter(g.typology for g in exploit.values())))
    print("  by language:", dict(Counter(g.lang for g in exploit.values())))
    print("  phones per network:", dict(sorted(Counter(len(g.phones) for g in exploit.values()).items())))
    print("  author modes:", dict(Counter(g.author_mode for g in exploit.values())))
    print(f"benign organisations {len(benign)}:", sorted((g.org_kind, g.lang, sizes[n]) for n, g in benign.items()))
    print("shared templates (typology, language, verbatim, networks, lone copies):")
    for sh in m.shared:
        nids = sorted(m.groups[k].nid or "" for k in sh.users)
        print(f"  {sh.typology} {sh.lang} verbatim={sh.verbatim} networks={nids} singles={sh.singles}")
    owners: dict[str, set[str]] = defaultdict(set)
    for r, t, p in rows:
        if r["author"]:
            owners[r["author"]].add(t["network"] or p.group or r["id"])
    shared_authors = {a: len(g) for a, g in owners.items() if len(g) > 1}
    print(
        f"authors: {len(owners)} distinct, {sum(r['author'] is None for r, _, _ in rows)} posts without;"
        f" authors spanning several groups: {sorted(shared_authors.items(), key=lambda kv: -kv[1])[:12]}"
    )
    sel_types = Counter(s["type"] for t in truths for s in t["selectors"])
    print("selectors:", dict(sel_types), "posts without any:", sum(not t["selectors"] for t in truths))
    two_plat = defaultdict(set)
    for t in truths:
        for s in t["selectors"]:
            if s["type"] == "handle" and t["network"]:
                plat, handle = s["value"].split(":", 1)
                two_plat[(t["network"], handle)].add(plat)
    print("handles seen on two platforms:", sum(len(v) > 1 for v in two_plat.values()))
    contact_components(m, rows)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def contact_components(m: Maker, rows: list[tuple[dict, dict, Post]]) -> None:
    """How far contacts alone join each network: pieces its posts with contacts fall into when only
    selectors no other group prints are used (helplines and quoting posts excluded)."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r, t, _ in rows:
        if t["case"] not in ("news_quoting_ad", "forum_quoting_ad"):
            for s in t["selectors"]:
                holders[(s["type"], s["value"])].add(t["network"] or r["id"])
    posts: dict[str, list[set[tuple[str, str]]]] = defaultdict(list)
    for _, t, _ in rows:
        if t["network"]:
            keys = {(s["type"], s["value"]) for s in t["selectors"]}
            posts[t["network"]].append({k for k in keys if len(holders[k]) == 1})
    pieces: dict[str, int] = {}
    for nid, sets in posts.items():
        withc = [s for s in sets if s]
        parent = list(range(len(withc)))
        first: dict[tuple[str, str], int] = {}
        for i, keys in enumerate(withc):
            for k in keys:
                if k in first:
                    parent[_root(parent, i)] = _root(parent, first[k])
                else:
                    first[k] = i
        pieces[nid] = len({_root(parent, i) for i in range(len(withc))})
    kinds = {g.nid: g.kind for g in m.groups.values()}
    split = sorted((nid, n, kinds.get(nid)) for nid, n in pieces.items() if n > 1)
    print(
        f"networks joined by contacts into one piece: {sum(n == 1 for n in pieces.values())} of {len(pieces)};"
        f" split: {split}"
    )
