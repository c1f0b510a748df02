#!/usr/bin/env python3
"""Write tshark's reassembly of every capture in a folder as ground truth.

For NAME.pcap or NAME.pcapng, writes NAME.streams/K.c2s and K.s2c: the payload
of connection K (1-based, tshark stream K-1) as `tshark -q -z follow,tcp,raw,N`
prints it.  The client is the endpoint not on port 143 or 993; when neither or
both are, tshark's node 0 (the first packet's sender) - as imapkit decides
without a SYN or content.  Also NAME.streams/streams.tsv with the endpoints.

    python3 truth.py [FOLDER]
"""
import os
import re
import subprocess
import sys

SERVER_PORTS = {"143", "993"}
SEP = "=" * 67 + "\n"


def streams_of(pcap):
    out = subprocess.run(["tshark", "-r", pcap, "-T", "fields", "-e", "tcp.stream"],
                         capture_output=True, text=True, check=True).stdout.split()
    return sorted({int(x) for x in out if x})


def first_frames(pcap):
    out = subprocess.run(["tshark", "-r", pcap, "-T", "fields", "-e", "frame.number",
                          "-e", "tcp.stream"], capture_output=True, text=True, check=True).stdout
    first = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[1]:
            first.setdefault(int(parts[1]), int(parts[0]))
    return first


def follow(pcap, streams, allow_missing=False):
    args = ["tshark", "-r", pcap, "-q"]
    for k in streams:
        args += ["-z", "follow,tcp,raw,%d" % k]
    txt = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    result = {}
    for block in txt.split(SEP):
        m = re.search(r"Filter: tcp.stream eq (\d+)", block)
        if not m:
            continue
        nodes = re.findall(r"Node [01]: (.*):(\d+)\n", block)
        data = [bytearray(), bytearray()]
        body = block.split("\n")
        start = next(i for i, l in enumerate(body) if l.startswith("Node 1:")) + 1
        for line in body[start:]:
            if not line.strip():
                continue
            data[1 if line.startswith("\t") else 0] += bytes.fromhex(line.strip())
        if not allow_missing and b"bytes missing in capture file" in bytes(data[0] + data[1]):
            raise SystemExit("%s: tshark marks a lost segment; not usable as ground truth" % pcap)
        node0_server = nodes[0][1] in SERVER_PORTS and nodes[1][1] not in SERVER_PORTS
        if node0_server:
            data.reverse()
            nodes.reverse()
        result[int(m.group(1))] = (nodes, data)
    return result


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(folder)):
        if not (name.endswith(".pcap") or name.endswith(".pcapng")):
            continue
        pcap = os.path.join(folder, name)
        out = os.path.join(folder, name.rsplit(".", 1)[0] + ".streams")
        os.makedirs(out, exist_ok=True)
        for f in os.listdir(out):
            os.unlink(os.path.join(out, f))
        flows = follow(pcap, streams_of(pcap))
        first = first_frames(pcap)
        rows = ["# K\ttcp.stream\tfirst_frame\tclient\tserver\tc2s_bytes\ts2c_bytes"]
        for k in sorted(flows):
            nodes, (c2s, s2c) = flows[k]
            with open(os.path.join(out, "%d.c2s" % (k + 1)), "wb") as f:
                f.write(c2s)
            with open(os.path.join(out, "%d.s2c" % (k + 1)), "wb") as f:
                f.write(s2c)
            ep = ["%s:%s" % n for n in nodes]
            rows.append("%d\t%d\t%d\t%s\t%s\t%d\t%d" % (k + 1, k, first[k], ep[0], ep[1],
                                                        len(c2s), len(s2c)))
        with open(os.path.join(out, "streams.tsv"), "w") as f:
            f.write("\n".join(rows) + "\n")
        print("%s: %d connections" % (name, len(flows)))


if __name__ == "__main__":
    main()
