#!/bin/bash -eu
# ClusterFuzzLite: the same build as OSS-Fuzz's (fuzz/oss-fuzz/build.sh).
exec bash "$SRC/imapkit/fuzz/oss-fuzz/build.sh"
