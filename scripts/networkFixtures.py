#!/usr/bin/python3
# Writes the networkx reference values that packages/core/src/network tests compare against, one
# JSON file per graph in packages/core/test/fixtures/network/. Run once with Debian's networkx
# (/usr/bin/python3 scripts/networkFixtures.py, then npx prettier --write on the JSON); the JSON is
# committed, the data files are not.

import json
import math
import os
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "packages", "core", "test", "fixtures", "network")
PADGETT = os.path.join(ROOT, "..", "shared", "data", "networks", "padgett.paj")


def read_paj(path, relation):
    """Nodes and the arcs of one relation ('Business' or 'Marital') of a Pajek file."""
    names, arcs, section = {}, [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("*"):
                section = "vertices" if line.lower().startswith("*vertices") and not names else (
                    "arcs" if line.startswith("*Arcs") and relation in line else None)
                continue
            if section == "vertices" and line:
                number, rest = line.split(None, 1)
                names[int(number)] = rest.split('"')[1]
            elif section == "arcs" and line:
                a, b = line.split()[:2]
                arcs.append((names[int(a)], names[int(b)]))
    return [names[k] for k in sorted(names)], arcs


def clean(value):
    return None if value is None or (isinstance(value, float) and not math.isfinite(value)) else value


def column(G, nodes, values):
    return [clean(float(values[v])) for v in nodes]


def fixture(name, nodes, edges, directed, description, louvain_seed=None, graph_from=None):
    """edges: (source, target, weight) as the test will feed buildGraph; duplicates are summed."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    weighted = any(w != 1 for _, _, w in edges)
    for s, t, w in edges:
        if G.has_edge(s, t):
            G[s][t]["weight"] += w  # Kume merges duplicates by summing their weights
        else:
            G.add_edge(s, t, weight=w)
    expected = {
        "degreeOut": column(G, nodes, dict(G.out_degree() if directed else G.degree())),
        "degreeIn": column(G, nodes, dict(G.in_degree() if directed else G.degree())),
        "degreeTotal": column(G, nodes, dict(G.degree())),
        "weightedOut": column(G, nodes, dict(G.out_degree(weight="weight") if directed else G.degree(weight="weight"))),
        "weightedIn": column(G, nodes, dict(G.in_degree(weight="weight") if directed else G.degree(weight="weight"))),
        "betweenness": column(G, nodes, nx.betweenness_centrality(G, normalized=False)),
        "betweennessNormalized": column(G, nodes, nx.betweenness_centrality(G, normalized=True)),
        "closeness": column(G, nodes, nx.closeness_centrality(G)),
        "clustering": column(G, nodes, nx.clustering(G)),
        "density": nx.density(G),
        "reciprocity": nx.overall_reciprocity(G) if directed and G.number_of_edges() else None,
        "componentCount": nx.number_weakly_connected_components(G) if directed else nx.number_connected_components(G),
        "isolates": sorted(nodes.index(v) for v in nx.isolates(G)),
        "edgeCount": G.number_of_edges(),
    }
    try:
        expected["eigenvector"] = column(G, nodes, nx.eigenvector_centrality(G, max_iter=1000))
    except nx.PowerIterationFailedConvergence:
        expected["eigenvector"] = None
    if weighted:
        expected["weightedBetweenness"] = column(G, nodes, nx.betweenness_centrality(G, normalized=False, weight="weight"))
        expected["weightedEigenvector"] = column(G, nodes, nx.eigenvector_centrality(G, max_iter=1000, weight="weight"))
    if louvain_seed is not None:
        communities = nx.community.louvain_communities(G, seed=louvain_seed)
        expected["louvainModularity"] = nx.community.modularity(G, communities)
        community = [0] * len(nodes)
        for c, members in enumerate(communities):
            for v in members:
                community[nodes.index(v)] = c
        expected["louvainCommunity"] = community
    data = {
        "name": name,
        "description": description,
        "source": f"networkx {nx.__version__}, scripts/networkFixtures.py",
        "directed": directed,
        "nodes": nodes,
        "edges": [list(e) for e in edges],
        "expected": expected,
    }
    if graph_from is not None:
        # The graph stays in ../shared/data (never copied into the repository): the test reads it there.
        del data["nodes"], data["edges"]
        data["graphFrom"] = graph_from
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print(name, len(nodes), "nodes", len(edges), "edges")


def main():
    karate = nx.karate_club_graph()
    fixture("karate", [str(v) for v in karate.nodes], [(str(u), str(v), 1) for u, v in karate.edges], False,
            "Zachary's karate club (unweighted)", louvain_seed=42)
    if os.path.exists(PADGETT):
        for relation in ("Marital", "Business"):
            nodes, arcs = read_paj(PADGETT, relation)
            pairs = sorted({tuple(sorted(a)) for a in arcs})
            fixture("padgett" + relation, nodes, [(a, b, 1) for a, b in pairs], False,
                    f"Padgett's Florentine families, {relation.lower()} ties (undirected, with isolates)",
                    graph_from={"file": "networks/padgett.paj", "relation": relation})
    else:
        print("padgett.paj not found at", PADGETT, "- Florentine fixtures not regenerated", file=sys.stderr)
    directed_edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "b"), ("d", "e"), ("e", "f"),
                      ("f", "d"), ("a", "c"), ("g", "a"), ("c", "a"), ("f", "e")]
    fixture("smallDirected", list("abcdefgh"), [(s, t, 1) for s, t in directed_edges], True,
            "A small directed graph with reciprocal arcs, a source node g and an isolate h", louvain_seed=3)
    disconnected = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "f"), ("f", "g"), ("g", "e"),
                    ("g", "h"), ("h", "i"), ("j", "k")]
    fixture("disconnected", list("abcdefghijklm"), [(s, t, 1) for s, t in disconnected], False,
            "Four components and two isolates (l, m)", louvain_seed=5)
    weighted = [("a", "b", 2.5), ("b", "c", 1.0), ("a", "c", 4.0), ("c", "d", 0.5), ("d", "e", 3.0),
                ("b", "e", 2.0), ("e", "f", 1.5), ("d", "f", 1.0), ("a", "f", 6.0)]
    fixture("weighted", list("abcdef"), weighted, False, "A weighted undirected graph", louvain_seed=7)
    messy = [("a", "b", 1), ("b", "a", 2), ("a", "b", 1), ("b", "c", 1), ("c", "c", 1), ("c", "d", 1),
             ("d", "a", 1), ("c", "c", 2), ("a", "a", 1)]
    fixture("selfLoopsAndDuplicates", list("abcd"), messy, False,
            "Duplicate edges (a-b three times, both ways) summed, and self-loops on a and c", louvain_seed=9)
    planted = nx.planted_partition_graph(5, 30, 0.3, 0.02, seed=11)
    fixture("plantedPartition", [str(v) for v in planted.nodes], [(str(u), str(v), 1) for u, v in planted.edges],
            False, "Planted partition: 5 groups of 30, p_in 0.3, p_out 0.02, seed 11", louvain_seed=13)
    directed_planted = nx.DiGraph(nx.planted_partition_graph(4, 20, 0.35, 0.03, seed=17, directed=True))
    fixture("plantedDirected", [str(v) for v in directed_planted.nodes],
            [(str(u), str(v), 1) for u, v in directed_planted.edges], True,
            "Directed planted partition: 4 groups of 20, p_in 0.35, p_out 0.03, seed 17", louvain_seed=19)


if __name__ == "__main__":
    main()
