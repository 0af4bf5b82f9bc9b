"""Reference pipeline for the Pouls benchmark: the tools an analyst would use.

pandas reads the native CSV files (product.md §5) and aggregates; networkx computes betweenness
with the same definition as Pouls (edge length 1/weight, normalised, exact up to 2000 nodes,
else 256 sampled pivots scaled by n/k: `betweenness_centrality(k=256)`, python-igraph 0.10
offers no pivot sampling); python-igraph's multilevel method computes Louvain.
Usage: python3 bench/reference/analyse.py DIR [--as-of 2024-12-31] [--measured-pivots K]
With --measured-pivots K < 256, betweenness runs from K pivots and its time is extrapolated to
256 (one single-source Dijkstra per pivot: time is linear in pivots); the output says so.
Prints one JSON line of timings and results.
"""
import json
import sys
import time

import igraph as ig
import networkx as nx
import numpy as np
import pandas as pd

EXACT_MAX_NODES = 2000
PIVOTS = 256


def gini(values):
    x = np.sort(np.asarray(values, dtype=float))
    n = len(x)
    if n == 0 or x.sum() == 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float(2 * (ranks * x).sum() / (n * x.sum()) - (n + 1) / n)


def main():
    folder = sys.argv[1]
    as_of = pd.Timestamp(sys.argv[sys.argv.index("--as-of") + 1] if "--as-of" in sys.argv else "2024-12-31")
    t0 = time.perf_counter()
    members = pd.read_csv(f"{folder}/members.csv", parse_dates=["joined_at"])
    events = pd.read_csv(f"{folder}/events.csv", parse_dates=["date"])
    attendance = pd.read_csv(f"{folder}/attendance.csv")
    messages = pd.read_csv(f"{folder}/messages.csv", parse_dates=["timestamp"])
    t1 = time.perf_counter()

    # Activities: attendances dated by their event, and messages, up to asOf (day granularity).
    att = attendance.drop(columns=["date"]).merge(events[["id", "date"]], left_on="event", right_on="id")
    end = as_of + pd.Timedelta(days=1)
    acts = pd.concat([
        att[["participant", "date"]].rename(columns={"participant": "member", "date": "day"}),
        pd.DataFrame({"member": messages["author"], "day": messages["timestamp"].dt.tz_localize(None).dt.floor("D")}),
    ])
    acts = acts[acts["day"] < end]
    monthly_active = acts.groupby(acts["day"].dt.to_period("M"))["member"].nunique()
    last_year = acts[acts["day"] >= end - pd.Timedelta(days=365)]
    g = gini(last_year.groupby("member").size().to_numpy())
    t2 = time.perf_counter()

    # Network: +1 per event both attended, +1 per reply (either way).
    att = att[att["date"] < end].drop_duplicates(["event", "participant"])
    pairs = att[["event", "participant"]].merge(att[["event", "participant"]], on="event")
    pairs = pairs[pairs["participant_x"] < pairs["participant_y"]]
    co = pd.DataFrame({"a": pairs["participant_x"], "b": pairs["participant_y"]})
    msgs = messages[messages["timestamp"].dt.tz_localize(None) < end]
    replies = msgs[msgs["reply_to"].notna()][["author", "reply_to"]].merge(
        msgs[["id", "author"]], left_on="reply_to", right_on="id")
    replies = replies[replies["author_x"] != replies["author_y"]]
    lo = np.minimum(replies["author_x"].to_numpy(), replies["author_y"].to_numpy())
    hi = np.maximum(replies["author_x"].to_numpy(), replies["author_y"].to_numpy())
    edges = pd.concat([co, pd.DataFrame({"a": lo, "b": hi})]).groupby(["a", "b"]).size().reset_index(name="weight")
    G = nx.Graph()
    G.add_weighted_edges_from(edges.itertuples(index=False, name=None))
    for _, _, data in G.edges(data=True):
        data["length"] = 1 / data["weight"]
    t3 = time.perf_counter()

    n = G.number_of_nodes()
    k = None if n <= EXACT_MAX_NODES else PIVOTS
    measured = k
    if k is not None and "--measured-pivots" in sys.argv:
        measured = min(k, int(sys.argv[sys.argv.index("--measured-pivots") + 1]))
    betweenness = nx.betweenness_centrality(G, k=measured, normalized=True, weight="length", seed=1)
    t4 = time.perf_counter()
    betweenness_seconds = (t4 - t3) * (k / measured if k else 1)

    h = ig.Graph.TupleList(edges.itertuples(index=False, name=None), directed=False, weights=True)
    communities = h.community_multilevel(weights="weight")
    t5 = time.perf_counter()
    print(json.dumps({
        "side": "reference",
        "readSeconds": t1 - t0,
        "aggregateSeconds": t2 - t1,
        "networkSeconds": t3 - t2,
        "betweennessSeconds": betweenness_seconds,
        "betweennessPivotsMeasured": measured,
        "louvainSeconds": t5 - t4,
        "totalSeconds": t5 - t0 - (t4 - t3) + betweenness_seconds,
        "members": len(members),
        "messages": len(messages),
        "nodes": n,
        "edges": G.number_of_edges(),
        "modularity": communities.modularity,
        "communities": len(communities),
        "gini": g,
        "activeLastMonth": int(monthly_active.iloc[-1]) if len(monthly_active) else 0,
        "maxBetweenness": max(betweenness.values(), default=0),
    }))


if __name__ == "__main__":
    main()
