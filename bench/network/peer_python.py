# The Python peers of `npm run bench:network`: igraph or networkx on the same CSV edge list, timing
# betweenness alone (and for igraph Louvain with modularity) inside the script, reading excluded.
#
#   peer_python.py igraph EDGES BETWEENNESS_OUT [KUME_OUTPUT]
#   peer_python.py networkx EDGES BETWEENNESS_OUT
#
# Prints one JSON line. With KUME_OUTPUT (kume network metrics CSV), also igraph's modularity of
# Kume's communities on the same graph.
import csv
import json
import random
import sys
import time


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return [(r[0], r[1]) for r in rows]


def write_betweenness(path, names, values):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["node", "betweenness"])
        out.writerows(zip(names, values))


def run_igraph(edges_path, out_path, kume_path):
    import igraph

    edges = read_edges(edges_path)
    index = {}
    for s, t in edges:
        index.setdefault(s, len(index))
        index.setdefault(t, len(index))
    g = igraph.Graph(n=len(index), edges=[(index[s], index[t]) for s, t in edges], directed=False)
    names = list(index)
    started = time.perf_counter()
    betweenness = g.betweenness(directed=False)
    betweenness_seconds = time.perf_counter() - started
    random.seed(1)
    started = time.perf_counter()
    communities = g.community_multilevel()
    modularity = g.modularity(communities.membership)
    louvain_seconds = time.perf_counter() - started
    write_betweenness(out_path, names, betweenness)
    result = {
        "library": "igraph",
        "version": igraph.__version__,
        "betweenness_seconds": betweenness_seconds,
        "louvain_seconds": louvain_seconds,
        "modularity": modularity,
        "communities": len(communities),
    }
    if kume_path:
        membership = [0] * len(index)
        with open(kume_path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                membership[index[row["node"]]] = int(row["community"])
        result["kume_modularity"] = g.modularity(membership)
    return result


def run_networkx(edges_path, out_path):
    import networkx

    g = networkx.Graph()
    g.add_edges_from(read_edges(edges_path))
    started = time.perf_counter()
    betweenness = networkx.betweenness_centrality(g, normalized=False)
    betweenness_seconds = time.perf_counter() - started
    names = list(betweenness)
    write_betweenness(out_path, names, [betweenness[n] for n in names])
    return {
        "library": "networkx",
        "version": networkx.__version__,
        "betweenness_seconds": betweenness_seconds,
    }


if __name__ == "__main__":
    library, edges_path, out_path = sys.argv[1:4]
    extra = sys.argv[4] if len(sys.argv) > 4 else None
    if library == "igraph":
        print(json.dumps(run_igraph(edges_path, out_path, extra)))
    else:
        print(json.dumps(run_networkx(edges_path, out_path)))
