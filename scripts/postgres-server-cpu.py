#!/usr/bin/env python3
"""CPU seconds (user + system) of a PostgreSQL test server: the postmaster, its live
backends, and the backends it has reaped (counted in its children's times).

    python3 scripts/postgres-server-cpu.py PGDATA/postmaster.pid

Used by postgres-figures.sh and postgres-ingest-cpu.sh around an ingest."""
import os, sys

pid = open(sys.argv[1]).readline().strip()
tick = os.sysconf("SC_CLK_TCK")


def fields(p):
    with open(f"/proc/{p}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()


total = sum(int(x) for x in fields(pid)[11:15])
for p in os.listdir("/proc"):
    if p.isdigit():
        try:
            f = fields(p)
        except OSError:
            continue
        if f[1] == pid:
            total += int(f[11]) + int(f[12])
print(total / tick)
