"""CPU time per call, the one measure both sides of bench/cost.py use (ours, and the seed's in
its own venv: this file has no dependency)."""

from __future__ import annotations

import statistics
import time


def measure(fn, rounds: int) -> float:
    """CPU seconds per call: median over `rounds` batches of at least 10 ms each."""
    n = 1
    while True:
        start = time.process_time()
        for _ in range(n):
            fn()
        if time.process_time() - start >= 0.01 or n >= 100_000:
            break
        n *= 4
    samples = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(n):
            fn()
        samples.append((time.process_time() - start) / n)
    return statistics.median(samples)
