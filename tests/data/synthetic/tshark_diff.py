#!/usr/bin/env python3
"""Differential test of the trace reassembler against tshark, over random seeds.

    (build /tmp/tshark_diff as tshark_diff.c says)
    python3 tshark_diff.py /tmp/tshark_diff FIRST_SEED COUNT [OUTDIR]

For each seed, tshark_diff writes OUTDIR/SEED.pcap and our streams; this script
has tshark follow every stream (raw) and compares both directions of every
connection byte for byte, and the number of connections.  Exit status 1 on any
difference; the captures of differing seeds are kept for study.
"""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from truth import follow, streams_of  # noqa: E402


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    tool, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    out = sys.argv[4] if len(sys.argv) > 4 else "/tmp/tshark_diff.out"
    os.makedirs(out, exist_ok=True)
    bad = conns = 0
    for seed in range(first, first + count):
        rc = subprocess.run([tool, str(seed), out]).returncode
        pcap = os.path.join(out, "%d.pcap" % seed)
        ours = os.path.join(out, "%d.ours" % seed)
        diffs = [] if rc == 0 else ["tshark_diff exited %d" % rc]
        flows = follow(pcap, streams_of(pcap), allow_missing=True)
        mine = sorted(f for f in os.listdir(ours) if f.endswith(".c2s"))
        if len(mine) != len(flows):
            diffs.append("%d connections, tshark %d" % (len(mine), len(flows)))
        for k, (_nodes, data) in flows.items():
            conns += 1
            for d, name in enumerate(("c2s", "s2c")):
                p = os.path.join(ours, "%d.%s" % (k + 1, name))
                got = open(p, "rb").read() if os.path.exists(p) else None
                if got != bytes(data[d]):
                    diffs.append("connection %d %s differs" % (k + 1, name))
        if diffs:
            bad += 1
            print("seed %d: %s" % (seed, "; ".join(diffs)))
        else:
            os.unlink(pcap)
            shutil.rmtree(ours)
    print("%d seeds, %d connections, %d seeds differ" % (count, conns, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
