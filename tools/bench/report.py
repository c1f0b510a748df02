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


SUITES = {
    "tls13-aes128gcm": "TLS 1.3 TLS_AES_128_GCM_SHA256",
    "tls13-chacha20": "TLS 1.3 TLS_CHACHA20_POLY1305_SHA256",
    "tls12-aes128gcm": "TLS 1.2 ECDHE_RSA_WITH_AES_128_GCM_SHA256",
}


def trace_section(results, get):
    """5. imapkit trace: beside parsing the same bytes; TLS; memory on big captures."""
    t = get("trace", "pcap")
    if not t or num(t, "cpu_med") is None:
        return
    payload = num(t, "bytes", 0)
    mbs = lambda cpu: payload / 1e6 / cpu if cpu else None
    cpus = lambda d: [float(x) for x in d.get("cpus", "").split()] if d else []
    rng = lambda d: f"{min(cpus(d)):.3f}-{max(cpus(d)):.3f}" if cpus(d) else "-"
    mb = lambda kb: f"{kb / 1024:.1f} MB" if kb else "-"
    print(f"5. Trace decoder: imapkit trace on a pcap of {payload / 1e6:.1f} MB of IMAP "
          f"({fmt(num(t, 'msgs'))} messages, one connection, 1448-byte segments; "
          f"load {t.get('load', '?')}), output to /dev/null")
    rows = []
    tcpu = num(t, "cpu_med")
    rows.append(["imapkit trace --format json CAPTURE", f"{tcpu:.3f} ({rng(t)})",
                 fmt(mbs(tcpu)), mb(num(t, "rss_kb")), "1.00x"])
    parse = {}
    for f in ("json", "none"):
        s_, c_ = get(f"trace-parse-{f}", "server"), get(f"trace-parse-{f}", "client")
        if not s_ or not c_:
            continue
        cpu = num(s_, "cpu_med", 0) + num(c_, "cpu_med", 0)
        parse[f] = cpu
        rss = max(num(s_, "rss_kb", 0), num(c_, "rss_kb", 0))
        rows.append([f"imapkit parse --format {f}, the two streams", f"{cpu:.3f}",
                     fmt(mbs(cpu)), mb(rss), f"{tcpu / cpu:.2f}x" if cpu else "-"])
    print(table(["same IMAP bytes", "CPU s (median)", "MB/s", "peak RSS", "trace / this"],
                rows, "lrrrr"))
    cg, tiny = get("trace-callgrind", "small"), get("trace-callgrind", "tiny")
    # per byte without the fixed costs: the slice minus the tiny one
    marg = None
    if cg and tiny and num(cg, "bytes", 0) > num(tiny, "bytes", 0):
        db = num(cg, "bytes") - num(tiny, "bytes")
        marg = {k: (num(cg, k, 0) - num(tiny, k, 0)) / db for k in ("ir_trace", "ir_tls", "ir_parse")}
    if parse.get("json"):
        line = (f"   trace / parse, same bytes, same JSON: {tcpu / parse['json']:.2f}x in CPU time")
        if cg and num(cg, "ir_parse"):
            line += (f", {num(cg, 'ir_trace') / num(cg, 'ir_parse'):.2f}x in instructions "
                     f"(callgrind, whole processes, {num(cg, 'bytes') / 1e6:.2f} MB slice")
            if marg and marg["ir_parse"]:
                line += (f"; per byte beyond start-up {marg['ir_trace']:.1f} / {marg['ir_parse']:.1f}"
                         f" = {marg['ir_trace'] / marg['ir_parse']:.2f}x")
            line += ")"
        print(line + " (issue target: at most 2x)")
    if parse.get("none"):
        print(f"   against parsing with no output at all (framer + parser only): "
              f"{tcpu / parse['none']:.2f}x (trace always writes its output)")
    print()

    plain = tcpu
    rows = [["plaintext (port 143)", fmt(num(t, "capture_bytes", 0) / 1e6, 1),
             f"{plain:.3f} ({rng(t)})", fmt(mbs(plain)), "-", mb(num(t, "rss_kb"))]]
    for key, name in SUITES.items():
        d = get("trace-tls", key)
        if not d:
            continue
        cpu = num(d, "cpu_med")
        rows.append([name, fmt(num(d, "capture_bytes", 0) / 1e6, 1), f"{cpu:.3f} ({rng(d)})",
                     fmt(mbs(cpu)), f"{100 * (cpu - plain) / plain:+.0f} %", mb(num(d, "rss_kb"))])
    if len(rows) > 1:
        print("   The same conversation in implicit TLS (port 993), decrypted with its key log "
              "(imapkit trace --format json --keylog):")
        print(table(["capture", "capture MB", "CPU s (median)", "MB/s of IMAP",
                     "CPU vs plaintext", "peak RSS"], rows, "lrrrrr"))
        if cg and num(cg, "ir_tls") and num(cg, "ir_trace"):
            extra = num(cg, "ir_tls") - num(cg, "ir_trace")
            line = (f"   instructions (callgrind, {num(cg, 'bytes') / 1e6:.2f} MB slice, TLS 1.3 AES-128-GCM): "
                    f"{100 * extra / num(cg, 'ir_trace'):+.1f} % over the plaintext trace")
            if marg and marg["ir_trace"]:
                line += (f"; per byte beyond fixed costs (start-up, libcrypto provider and keys) "
                         f"{marg['ir_tls'] - marg['ir_trace']:.1f} more, "
                         f"{100 * (marg['ir_tls'] - marg['ir_trace']) / marg['ir_trace']:+.1f} %")
            print(line)
        print()

    pipes = [d for (r, w), d in results.items() if r == "trace-pipe"]
    if pipes:
        rows = []
        for d in pipes:
            how, k = d.get("workload", "-").split("-")
            what = (f"{k} connections one after another" if how == "conns"
                    else f"1 connection, the streams {k} times over")
            ok = num(d, "bytes") == num(d, "expect")
            cpu = num(d, "cpu_med")
            rows.append([what, fmt(num(d, "bytes", 0) / 1e6, 0) + ("" if ok else " (short!)"),
                         mb(num(d, "rss_kb")), fmt(num(d, "bytes", 0) / 1e6 / cpu) if cpu else "-"])
        print("   Memory on large captures, generated into a pipe (imapkit trace --format json -),"
              " at N and 2N times the workload:")
        print(table(["capture", "MB of IMAP", "peak RSS", "MB/s"], rows, "lrrr"))
        print("   (the size scales with BENCH_SCALE; peak RSS follows the connections open at once,"
              " not the capture's size)")
        print()


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
    trace_section(results, get)

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
