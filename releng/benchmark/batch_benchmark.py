#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Benchmark of `tendere generate MODEL…` for whoever generates for many
Provinces: N sample-sized models (the Formazione sample as N fictional
Provinces, as compare_benchmark.py makes them) in one process, all three
formats, against one model alone (the cost of a run per model). Cold
processes of the plain jar with -Xmx1g, several runs; median wall time, peak
heap (GC log), peak RSS. Run after the build:

    python3 releng/benchmark/batch_benchmark.py [--models 100] [--runs 3]
"""
import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_benchmark import measure, province, report  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tendere-batch-"))
    try:
        rng = random.Random(7)
        models = []
        for number in range(1, args.models + 1):
            model = folder / f"provincia-{number:03d}.tendere"
            model.write_text(province(number, rng), encoding="utf-8")
            models.append(str(model))
        print("| command | runs | median wall time | peak heap | peak RSS | exit |")
        print("|---|---:|---:|---:|---:|---|")
        one, many = [], []
        for _ in range(args.runs):
            for runs, chosen in ((one, models[:1]), (many, models)):
                out = folder / "out"
                shutil.rmtree(out, ignore_errors=True)
                runs.append(measure(["generate"] + chosen + ["--out", str(out)], folder))
                written = len(list(out.glob("sezione-2-*")))
                assert written == 3 * len(chosen), f"{written} files for {len(chosen)} models"
        report("`generate` of 1 model (DOCX, PDF, HTML)", one)
        report(f"`generate` of {args.models} models in one process (DOCX, PDF, HTML)", many)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
