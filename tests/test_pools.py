"""The build's process pools (generator/pools.py)."""
from __future__ import annotations

import multiprocessing
import signal
import time

from generator.pools import Workers


def test_a_stopped_pool_kills_its_busy_workers():
    """A build that stops does not wait for its workers' work (the
    segmenting worker loads jieba's dictionary from the build's start)."""
    pool = Workers(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    future = pool.submit(time.sleep, 20)
    while not future.running():
        time.sleep(0.05)
    processes = list(pool._processes.values())
    pool.stop()
    assert processes and all(p.exitcode == -signal.SIGKILL for p in processes)
