# The pandas peer of `kume stats clusters` for the benchmark: the same region x cluster x year
# table (employment, establishments, both location quotients, the US Cluster Mapping flags and
# the European Cluster Observatory stars) from the same CBP file and cluster definition.
#
# Usage: /usr/bin/python3 bench/stats/peer_pandas.py DATA.csv DEFINITIONS.csv OUT.csv
# Needs Debian's pandas: apt-get install -y python3-pandas
#
# The method, as in ../shared/data/README.md and Kume's core/stats: suppressed employment cells
# (empflag A-M with emp 0) are filled; only rows at the definition's level (6-digit NAICS) count:
# those in the definition go to their cluster, the rest count in the region's total only; the
# nation is the sum of the regions; LQ uses the traded (or local) total, lq_total all employment;
# flags use type-7 quantiles over the regions with employment > 0 in the traded cluster and year;
# stars rank a region among all regions with employment that year (ties share the best rank).

import sys

try:
    import numpy as np
    import pandas as pd
except ImportError:
    sys.exit("peer_pandas.py needs Debian's pandas: apt-get install -y python3-pandas")

FILL = {"A": 10, "B": 60, "C": 175, "E": 375, "F": 750, "G": 1750, "H": 3750,
        "I": 7500, "J": 17500, "K": 37500, "L": 75000, "M": 100000}


def read_definition(path):
    d = pd.read_csv(path, dtype=str)
    d.columns = [c.strip() for c in d.columns]
    d = d.rename(columns={"NAICS": "industry", "TradedLocal": "type", "Cluster": "cluster"})
    d["industry"] = d["industry"].str.strip()
    d["type"] = d["type"].str.strip().str.lower()
    d["cluster"] = d["cluster"].str.strip()
    return d[["industry", "cluster", "type"]].drop_duplicates("industry")


def main(data_path, definition_path, out_path):
    definition = read_definition(definition_path)
    region_columns = ["fipstate", "fipscty"]
    header = pd.read_csv(data_path, nrows=0).columns
    regions = [c for c in region_columns if c in header]
    df = pd.read_csv(
        data_path,
        usecols=["naics", *regions, "year", "emp", "empflag", "est"],
        dtype={"naics": str, "fipstate": str, "fipscty": str, "empflag": str},
    )
    df["region"] = df[regions[0]] if len(regions) == 1 else df[regions[0]] + df[regions[1]]
    # Only the definition's level counts: 6-digit codes (fillers such as 31---- are parents).
    df = df[df["naics"].str.fullmatch(r"\d{6}")]
    fill = df["empflag"].map(FILL)
    suppressed = df["empflag"].notna() & ~(df["emp"] > 0)
    df["emp"] = np.where(suppressed, fill.fillna(0), df["emp"].fillna(0))

    df = df.merge(definition, left_on="naics", right_on="industry", how="left")
    df["type"] = df["type"].fillna("uncovered")

    totals = df.pivot_table(index=["region", "year"], columns="type", values="emp",
                            aggfunc="sum", fill_value=0)
    for column in ("traded", "local", "uncovered"):
        if column not in totals:
            totals[column] = 0.0
    totals["all"] = totals["traded"] + totals["local"] + totals["uncovered"]
    nation = totals.groupby("year")[["traded", "local", "all"]].sum()

    covered = df[df["type"] != "uncovered"]
    cells = covered.groupby(["region", "cluster", "year"], sort=False).agg(
        employment=("emp", "sum"), establishments=("est", "sum"), type=("type", "first")
    ).reset_index()
    nation_cluster = cells.groupby(["cluster", "year"])["employment"].sum().rename("nation")
    cells = cells.join(nation_cluster, on=["cluster", "year"])
    cells = cells.join(totals[["traded", "local", "all"]], on=["region", "year"])
    cells = cells.join(nation.add_prefix("nation_"), on="year")

    traded = cells["type"] == "traded"
    region_total = np.where(traded, cells["traded"], cells["local"])
    nation_total = np.where(traded, cells["nation_traded"], cells["nation_local"])
    cells["lq"] = (cells["employment"] / region_total) / (cells["nation"] / nation_total)
    cells["lq_total"] = (cells["employment"] / cells["all"]) / (cells["nation"] / cells["nation_all"])

    # US Cluster Mapping flags: traded clusters, regions with employment > 0.
    cells = cells[cells["employment"] > 0].copy()
    groups = cells[cells["type"] == "traded"].groupby(["cluster", "year"])
    q = pd.DataFrame({
        "lq25": groups["lq"].quantile(0.25), "lq50": groups["lq"].quantile(0.5),
        "lq75": groups["lq"].quantile(0.75), "lq90": groups["lq"].quantile(0.9),
        "emp25": groups["employment"].quantile(0.25),
        "est25": groups["establishments"].quantile(0.25),
    })
    cells = cells.join(q, on=["cluster", "year"])
    sizeable = (cells["type"] == "traded") & (cells["employment"] > cells["emp25"]) & (
        cells["establishments"] > cells["est25"])
    cells["qualifying"] = sizeable & (cells["lq"] > cells["lq25"])
    cells["significant"] = sizeable & (cells["lq"] > cells["lq50"])
    cells["strong"] = sizeable & (cells["lq"] >= cells["lq75"]) & (cells["lq"] >= 1)
    cells["strong10"] = sizeable & (cells["lq"] >= cells["lq90"]) & (cells["lq"] >= 1)

    # Stars: every region with employment that year competes, with 0 where it has none.
    competing = totals[totals["all"] > 0].reset_index()[["region", "year", "all"]]
    cube = competing.merge(pd.DataFrame({"cluster": cells["cluster"].unique()}), how="cross")
    cube = cube.merge(cells[["region", "cluster", "year", "employment"]],
                      on=["region", "cluster", "year"], how="left")
    cube["employment"] = cube["employment"].fillna(0)
    cube["share"] = cube["employment"] / cube["all"]
    by = cube.groupby(["cluster", "year"])
    n = by["region"].transform("size")
    limit = n * 0.1 + 1e-9
    cube["stars_size"] = by["employment"].rank(method="min", ascending=False) <= limit
    cube["stars_focus"] = by["share"].rank(method="min", ascending=False) <= limit
    cells = cells.merge(cube[["region", "cluster", "year", "stars_size", "stars_focus"]],
                        on=["region", "cluster", "year"], how="left")
    cells["stars_specialisation"] = cells["lq_total"] >= 2

    columns = ["region", "cluster", "year", "type", "employment", "establishments", "lq",
               "lq_total", "qualifying", "significant", "strong", "strong10", "stars_size",
               "stars_specialisation", "stars_focus"]
    out = cells[columns].sort_values(["region", "cluster", "year"])
    for flag in columns[8:]:
        out[flag] = out[flag].map({True: "true", False: "false"})
    out.to_csv(out_path, index=False, float_format="%.17g")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: peer_pandas.py DATA.csv DEFINITIONS.csv OUT.csv")
    main(*sys.argv[1:])
