#!/usr/bin/env python3
"""Where an API request's CPU goes, from a perf profile of the running API:

    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 (set on the API process, so perf can name JIT-compiled code)
    perf record -g -F 999 -p API_PID -o api.data -- sleep 10        (while wrk loads it)
    perf script -i api.data | python3 benchmarks/perf-buckets.py

Each sample counts once: for the engine, the token validation and the JSON body reading or writing when any frame of its
stack is theirs (in that order), else for the part named by its innermost frame (rate limiter, authorization, the rest
of the API, Kestrel and sockets), else for the runtime or "other".
"""
import collections
import re
import sys

# Whole-stack parts, checked in this order: a sample with any frame of theirs is theirs.
STACK_PARTS = [
    ("engine (OutlookGuard.Core: parse + rules)", re.compile(r"\[OutlookGuard\.Core\]|\[MimeKit\]")),
    ("token validation (JwtBearer, IdentityModel, RSA)", re.compile(r"IdentityModel|JwtBearer|libcrypto|System\.Security\.Cryptography")),
    ("JSON response (serialize + write)", re.compile(r"HttpResponseJsonExtensions|HttpResultsHelper|JsonSerializer.*Serialize|Utf8JsonWriter")),
    ("JSON request (read body + deserialize)", re.compile(r"JsonRequestBody")),
]
# The rest, by the innermost frame that names one of these.
FRAME_PARTS = [
    ("rate limiter", re.compile(r"RateLimit")),
    ("authorization + caller", re.compile(r"Authorization\.|OutlookGuard\.Api\.Auth\.")),
    ("other OutlookGuard.Api", re.compile(r"\[OutlookGuard\.Api\]")),
    ("Kestrel, sockets, HTTP pipeline", re.compile(r"Kestrel|System\.Net\.Sockets|Pipelines|Microsoft\.AspNetCore|libSystem\.Native|\[kernel")),
]


def part_of(stack: list[str]) -> str:
    text = "\n".join(stack)
    for name, pattern in STACK_PARTS:
        if pattern.search(text):
            return name
    for frame in stack:  # innermost first
        for name, pattern in FRAME_PARTS:
            if pattern.search(frame):
                return name
    return "runtime (GC, type system, thread pool)" if "libcoreclr" in stack[0] else "other"


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    stack: list[str] = []
    for line in list(sys.stdin) + ["\n"]:
        if line.strip() and line[0] in " \t":
            stack.append(line.strip())
        elif not line.strip() and stack:
            counts[part_of(stack)] += 1
            stack = []
    total = sum(counts.values()) or 1
    for name, n in counts.most_common():
        print(f"{100 * n / total:5.1f}%  {name}")
    print(f"samples: {sum(counts.values())}")


if __name__ == "__main__":
    main()
