#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Benchmark of Tendere Studio's start: the time from launching
`bin/tendere-studio models/formazione.tendere` to a visible main window whose
title names the open model («formazione.tendere – Tendere Studio»), polled
every 20 ms with xwininfo on an Xvfb display. Each run starts a new JVM with
a new, empty workspace (-data); the first run also warms the system's file
cache and is reported but left out of the median. The time to the main
window's first showing (800 pixels wide or more, titled «Tendere Studio») is
reported too, and the time until the «Diagrammi» view's graphical editor has
drawn its first diagram (the studio, started with -Dtendere.trace=true, says
so on standard output). Run after the build, on a
machine with xvfb and x11-utils:

    python3 releng/benchmark/studio_start.py [--runs 6]
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STUDIO = ROOT / ("releng/it.tendere.studio.product/target/products/it.tendere.studio.product/"
                 "linux/gtk/x86_64/bin/tendere-studio")
TITLE = "formazione.tendere \u2013 Tendere Studio"
TIMEOUT_S = 120


def main_windows(display: str) -> list[tuple[str, int]]:
    """The studio's windows wide enough to be its main window (the workbench also has small hidden ones)."""
    tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True).stdout
    windows = []
    for match in re.finditer(r'"([^"]*Tendere Studio[^"]*)":.*?\s(\d+)x(\d+)\+', tree):
        if int(match.group(2)) >= 800:
            windows.append((match.group(1), int(match.group(2))))
    return windows


def one_run(display: str) -> tuple[float, float, float]:
    """Seconds to the first main window, to the window with the model open, and to its first diagram drawn."""
    data = tempfile.mkdtemp(prefix="tendere-studio-bench-")
    # the product's own JVM options (bin/tendere-studio), the trace through the java launcher's JDK_JAVA_OPTIONS
    env = {**os.environ, "DISPLAY": display, "LANG": "it_IT.UTF-8", "JDK_JAVA_OPTIONS": "-Dtendere.trace=true"}
    env.pop("TENDERE_STUDIO_JAVA_OPTS", None)
    start = time.monotonic()
    window = model = None
    drawn = threading.Event()
    drawn_at = []
    studio = subprocess.Popen([str(STUDIO), "-data", data, str(ROOT / "models/formazione.tendere")],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              start_new_session=True)

    def read() -> None:
        for line in studio.stdout:
            if line.startswith("tendere-trace: primo diagramma disegnato") and not drawn.is_set():
                drawn_at.append(time.monotonic() - start)
                drawn.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        while time.monotonic() - start < TIMEOUT_S:
            now = time.monotonic() - start
            for name, width in main_windows(display):
                if window is None:
                    window = now
                if model is None and name.startswith(TITLE):
                    model = now
            if model is not None and drawn.is_set():
                return window, model, drawn_at[0]
            if studio.poll() is not None:
                raise SystemExit(f"the studio stopped with {studio.returncode} before showing its window")
            time.sleep(0.02)
        raise SystemExit(f"no window «{TITLE}» with its diagram after {TIMEOUT_S} s")
    finally:
        os.killpg(studio.pid, signal.SIGTERM)
        studio.wait()
        shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6)
    args = parser.parse_args()
    if not STUDIO.exists():
        raise SystemExit(f"build first: {STUDIO} is missing")
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        times = [one_run(display) for _ in range(args.runs)]
    finally:
        xvfb.terminate()
        xvfb.wait()
    for label, index in (("window shown", 0), ("model open", 1), ("diagram drawn", 2)):
        values = [run[index] for run in times]
        measured = values[1:] if len(values) > 1 else values
        print(f"{label:>13}: runs (s) " + " ".join(f"{t:.2f}" for t in values)
              + f"; median of runs 2..{len(values)} {statistics.median(measured):.2f} s"
              + f" (min {min(measured):.2f}, max {max(measured):.2f})")


if __name__ == "__main__":
    main()
