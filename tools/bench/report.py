#!/usr/bin/env python3
"""Prints the `make bench` tables from the RESULT lines of tools/bench/run.sh.

    python3 tools/bench/report.py build-bench/results.txt
"""
import shlex
import sys

WORKLOADS = ["fetch", "literal", "commands"]
DESCR = {
    "fetch": "FETCH-heavy sync (ENVELOPE, BODYSTRUCTURE, header literals)",
    "literal": "literal-heavy (BODY[] of 10-200 KB)",
    "commands": "client commands (SEARCH, FETCH, STORE, APPEND, IDLE, ...)",
}
# The targets of issue 9, in MB/s of input.
TARGETS = {"fetch": 1000, "literal": 10000, "commands": 500}


def load(path):
    results, notes, machine = {}, [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("RESULT "):
                kv = {}
                for tok in shlex.split(line[7:]):
                    if "=" in tok:
                        k, v = tok.split("=", 1)
                        kv[k] = v
                results[(kv.get("runner"), kv.get("workload"))] = kv
            elif line.startswith("NOTE "):
                notes.append(line[5:])
            elif line.startswith("MACHINE "):
                machine.append(line[8:])
    return results, notes, machine


def num(d, k, default=None):
    try:
        return float(d[k])
    except (KeyError, TypeError, ValueError):
        return default


def fmt(v, digits=None):
    """1234567 -> '1 234 567'; small values keep some decimals."""
    if v is None:
        return "-"
    if digits is None:
        digits = 0 if abs(v) >= 100 else 1 if abs(v) >= 10 else 2
    s = f"{v:,.{digits}f}"
    return s.replace(",", " ")


def si(v):
    if v is None:
        return "-"
    for div, suf in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= div:
            return f"{v / div:.3g}{suf}"
    return f"{v:.3g}"


def rate(d):
    if not d or num(d, "mbs_med") is None:
        return "-"
    if num(d, "mbs_med") > 100000:
        # the framer on literal data: skipped by count, never read
        return "> 100 000 (skips literals)"
    return f"{fmt(num(d, 'mbs_med'))} ({fmt(num(d, 'mbs_min'))}-{fmt(num(d, 'mbs_max'))})"


def table(headers, rows, aligns):
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))
    out = []

    def line(cells):
        parts = []
        for i, c in enumerate(cells):
            parts.append(c.rjust(widths[i]) if aligns[i] == "r" else c.ljust(widths[i]))
        return "  ".join(parts).rstrip()

    out.append(line(headers))
    out.append(line(["-" * w for w in widths]))
    for r in rows:
        out.append(line(r))
    return "\n".join(out)


def main():
    results, notes, machine = load(sys.argv[1] if len(sys.argv) > 1 else "build-bench/results.txt")
    get = lambda runner, w: results.get((runner, w))
    print("imapkit benchmark (make bench)")
    for m in machine:
        print("  " + m)
    print("  rates: MB/s (10^6 bytes) of input per CPU-second of the process, one core;"
          " median of the runs (min-max)")
    print()

    # ---- 1. the headline: imapkit beside libetpan ----
    rows = []
    for w in WORKLOADS:
        ik, et, v = get("imapkit-parse", w), get("libetpan", w), get("imapkit-verify", w)
        if not ik:
            continue
        mb = num(ik, "bytes", 0) / 1e6
        r_ik, r_et = num(ik, "mbs_med"), num(et, "mbs_med") if et else None
        ratio = f"{r_ik / r_et:.1f}x" if r_ik and r_et else "n/a"
        target = TARGETS.get(w)
        met = "-" if not target else ("met" if r_ik >= target else f"{100 * r_ik / target:.0f}%")
        rows.append([
            w, f"{mb:.1f}", fmt(num(ik, "msgs")),
            rate(ik), si(num(ik, "mps_med")),
            rate(et) if et else "n/a", si(num(et, "mps_med")) if et else "-",
            ratio, f"{fmt(target)} ({met})" if target else "-",
        ])
    print("1. Parsing: framer + parser, tree built, arena reset per message")
    print(table(["workload", "MB", "messages", "imapkit MB/s", "msg/s", "libetpan MB/s", "msg/s",
                 "imapkit/libetpan", "target MB/s"], rows,
                "llrlrlrrl"))
    print()

    # ---- 2. the other rates ----
    rows = []
    for w in WORKLOADS:
        fr, js, wi = get("imapkit-framer", w), get("imapkit-json", w), get("imapkit-wire", w)
        if not fr and not js:
            continue
        jout = f"{fmt(num(js, 'writer_mbs_med'))} ({fmt(num(js, 'writer_mbs_min'))}-{fmt(num(js, 'writer_mbs_max'))})" if js else "-"
        jsz = f"{num(js, 'out_bytes', 0) / max(num(js, 'bytes', 1), 1):.2f}x" if js else "-"
        wout = f"{fmt(num(wi, 'writer_mbs_med'))}" if wi else "-"
        rows.append([w, rate(fr), rate(js), jout, jsz, rate(wi), wout])
    print("2. Framer alone; parse + JSON writer; parse + wire generator")
    print(table(["workload", "framer MB/s", "parse+JSON MB/s in", "JSON writer MB/s out",
                 "JSON/input", "parse+wire MB/s in", "wire MB/s out"], rows, "lllrrlr"))
    print("   (writer rates: output bytes over the extra time the writer adds to parsing, same run;")
    print("   the framer skips literal data by count, so on the literal stream it reads a few bytes a message)")
    print()

    # ---- 3. memory and allocations ----
    rows = []
    for w in WORKLOADS:
        v, ik, et = get("imapkit-verify", w), get("imapkit-parse", w), get("libetpan", w)
        if not v:
            continue
        msgs = max(num(v, "msgs", 1), 1)
        ik_rss = num(ik, "maxrss_kb") if ik else None
        ik_in = num(ik, "rss_input_kb") if ik else None
        et_rss = num(et, "maxrss_kb") if et else None
        et_in = num(et, "rss_input_kb") if et else None
        rows.append([
            w,
            f"{fmt(num(ik, 'allocs_per_msg'), 3) if ik else '-'}",
            f"{fmt(num(et, 'allocs_per_msg'), 1) if et else 'n/a'}",
            f"{fmt(num(v, 'nodes', 0) / msgs, 1)}",
            f"{fmt(num(v, 'arena_mean'))} B",
            f"{fmt(num(v, 'arena_max'))} B",
            f"{num(v, 'arena_ratio_total', 0):.2f}x",
            f"{num(v, 'arena_ratio_max_1k', 0):.2f}x",
            f"{num(v, 'arena_ratio_max', 0):.0f}x ({fmt(num(v, 'arena_ratio_max_len'), 0)} B)",
            f"{fmt((ik_rss - ik_in) / 1024, 1) if ik_rss and ik_in else '-'}",
            f"{fmt((et_rss - et_in) / 1024, 1) if et_rss and et_in else 'n/a'}",
        ])
    print("3. Allocations and memory")
    print(table(["workload", "imapkit mallocs/msg", "libetpan mallocs/msg", "nodes/msg",
                 "arena/msg mean", "arena/msg max", "arena/input", "max x size (msgs>=1KB)",
                 "max x size (any)", "imapkit RSS+ MB", "libetpan RSS+ MB"], rows,
                "lrrrrrrrrrr"))
    print("   mallocs: malloc+calloc+realloc calls in the timed runs per message (imapkit: the whole")
    print("   process, arena included, after one warm-up pass). RSS+: peak RSS above the loaded input.")
    print()

    # ---- 4. instructions per byte ----
    rows = []
    for w in WORKLOADS:
        ci, ce = get("imapkit-callgrind", w), get("libetpan-callgrind", w)
        if not ci:
            continue
        ib = num(ci, "ir", 0) / max(num(ci, "bytes", 1), 1)
        eb = num(ce, "ir", 0) / max(num(ce, "bytes", 1), 1) if ce else None
        rows.append([w, fmt(num(ci, "bytes", 0) / 1e6, 1), f"{ib:.2f}",
                     f"{eb:.2f}" if eb else "n/a", f"{eb / ib:.1f}x" if eb and ib else "-"])
    if rows:
        print("4. Instructions per input byte (valgrind --tool=callgrind, one pass over a slice)")
        print(table(["workload", "slice MB", "imapkit", "libetpan", "libetpan/imapkit"], rows,
                    "lrrrr"))
        print()

    # ---- 5. trace decoder ----
    t = get("trace", "pcap")
    if t:
        rates = [float(x) for x in t.get("rates", "").split()]
        if rates:
            med = sorted(rates)[len(rates) // 2]
            print(f"5. Trace decoder: imapkit trace --format json on a pcap of "
                  f"{num(t, 'bytes', 0) / 1e6:.1f} MB of IMAP ({fmt(num(t, 'msgs'))} messages): "
                  f"{fmt(med)} MB/s of IMAP payload (median of {len(rates)}; "
                  f"{fmt(min(rates))}-{fmt(max(rates))}), JSON written to /dev/null")
            print()

    checks = []
    for w in WORKLOADS:
        v, et = get("imapkit-verify", w), get("libetpan", w)
        if v and num(v, "errors", 0):
            checks.append(f"imapkit: {w}: {fmt(num(v, 'errors'))} messages failed to parse")
        if v and num(v, "generic_msgs", 0):
            checks.append(f"imapkit: {w}: {fmt(num(v, 'generic_msgs'))} of {fmt(num(v, 'msgs'))} "
                          f"messages went to the generic fallback (typed grammar missing)")
        if et and et.get("verified") != "yes":
            checks.append(f"libetpan: {w}: not verified ({et.get('responses')} responses)")
        if et and et.get("verified") == "yes":
            checks.append(f"libetpan: {w}: parsed all {fmt(num(et, 'msgs'), 0)} messages "
                          f"({fmt(num(et, 'responses'), 0)} responses), the same count as imapkit")
    for n in notes:
        checks.append(n)
    tot = get("total", None)
    if tot:
        checks.append(f"bench ran in {tot.get('seconds')} s")
    if checks:
        print("Notes")
        for c in checks:
            print("  - " + c)


if __name__ == "__main__":
    main()
