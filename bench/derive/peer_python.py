# The Python peer of `npm run bench:derive`: the same correlation and clustering steps as
# bench/derive/steps.ts, with numpy, scipy and networkx (Debian's /usr/bin/python3), on the
# matrices steps.ts wrote; timings inside the script, reading excluded. Prints one JSON line.
#
#   peer_python.py WORK_DIR REGIONS INDUSTRIES K RUNS
#
# Each step runs RUNS times; the median is reported.
import json
import resource
import sys
import time

import networkx
import numpy as np
import scipy
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.cluster.vq import kmeans2
from scipy.spatial.distance import squareform


def read(work, name, dtype, shape):
    return np.fromfile(f"{work}/{name}", dtype=dtype).reshape(shape)


def timed(seconds, name, runs, step):
    """Runs step() `runs` times, records the median seconds under `name`, returns the last result."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - started)
    seconds[name] = sorted(times)[len(times) // 2]
    return result


def adjusted_rand_index(a, b):
    """Hubert & Arabie's ARI from the contingency table (sklearn is not installed)."""
    _, a = np.unique(a, return_inverse=True)
    _, b = np.unique(b, return_inverse=True)
    table = np.zeros((a.max() + 1, b.max() + 1))
    np.add.at(table, (a, b), 1)
    pairs = lambda x: (x * (x - 1) / 2).sum()
    index, rows, columns = pairs(table), pairs(table.sum(1)), pairs(table.sum(0))
    expected = rows * columns / pairs(np.array([len(a)]))
    top = (rows + columns) / 2
    return 1.0 if top == expected else (index - expected) / (top - expected)


def main():
    work, regions, n, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    employment = read(work, "employment_shares.f64", np.float64, (regions, n))
    establishments = read(work, "establishment_shares.f64", np.float64, (regions, n))
    kume_correlation = read(work, "correlation.f64", np.float64, (n, n))
    percentiles = read(work, "combined_percentiles.f64", np.float64, (n, n))
    kume_hierarchical = read(work, "hierarchical.i32", np.int32, (n,))
    seconds = {}

    def correlations():
        np.corrcoef(establishments, rowvar=False)
        return np.corrcoef(employment, rowvar=False)

    correlation = timed(seconds, "correlation", runs, correlations)
    both = ~np.isnan(correlation) & ~np.isnan(kume_correlation)
    correlation_difference = float(np.abs(correlation[both] - kume_correlation[both]).max())

    distance = 1 - percentiles / 100
    np.fill_diagonal(distance, 0)
    condensed = squareform(distance, checks=False)
    hierarchical = timed(
        seconds,
        "hierarchical",
        runs,
        lambda: fcluster(linkage(condensed, "average"), k, "maxclust"),
    )

    rows = percentiles / 100

    def kmeans():
        best = None
        for seed in range(1, 5):  # four k-means++ starts, as Kume's default restarts
            centres, labels = kmeans2(rows, k, minit="++", seed=seed, iter=100)
            inertia = ((rows - centres[labels]) ** 2).sum()
            if best is None or inertia < best[0]:
                best = (inertia, labels)
        return best

    timed(seconds, "kmeans", runs, kmeans)

    def louvain():
        graph = networkx.Graph()
        graph.add_nodes_from(range(n))
        sources, targets = np.nonzero(np.triu(percentiles >= 90, 1))
        weights = (percentiles[sources, targets] / 100).tolist()
        graph.add_weighted_edges_from(zip(sources.tolist(), targets.tolist(), weights))
        communities = networkx.community.louvain_communities(
            graph, weight="weight", resolution=1, seed=1
        )
        return communities, sum(1 for node in graph if graph.degree(node) == 0)

    communities, unlinked = timed(seconds, "louvain", runs, louvain)

    print(
        json.dumps(
            {
                "versions": {
                    "numpy": np.__version__,
                    "scipy": scipy.__version__,
                    "networkx": networkx.__version__,
                },
                "seconds": seconds,
                "correlation_max_difference": correlation_difference,
                "hierarchical_ari_with_kume": adjusted_rand_index(hierarchical, kume_hierarchical),
                "louvain_communities": len(communities),
                "louvain_unlinked": unlinked,
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


main()
