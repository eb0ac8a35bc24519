#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Benchmark of the comparisons: `tendere compare` of N generated Provinces
(variations of the Formazione sample: name, Comuni, form, Base/Avanzato
positioning, who performs each phase) in one process, and `tendere diff` of
two synthetic models of P processes of 8 phases that differ in a few places.
Each a cold process of the plain jar with -Xmx1g, several runs; reports the
median wall time, the peak heap (the JVM's GC log) and the peak resident
memory. Run after the build:

    python3 releng/benchmark/compare_benchmark.py [--provinces 100] [--processes 1000] [--runs 3]
"""
import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import ROOT, synthetic_model  # noqa: E402  (the same synthetic models as the document's benchmark)

JAR = ROOT / "releng/it.tendere.cli.jar/target/tendere.jar"
FORMS = ["unità-dedicata", "struttura-provinciale", "ente-strumentale", "società-in-house"]
ASPECTS = ["struttura", "staffing", "competenze", "processi", "digitalizzazione", "servizi", "rapporto",
           "governance", "flessibilità"]


def province(number: int, rng: random.Random) -> str:
    """The Formazione sample as another fictional Province's model."""
    text = (ROOT / "models/formazione.tendere").read_text(encoding="utf-8").replace("Valdaro", f"Provincia{number}")
    total = rng.randint(48, 120)
    text = text.replace("\tcomuni 47\n", f"\tcomuni {total}\n", 1)
    text = text.replace("comuni coinvolgibili 40", f"comuni coinvolgibili {rng.randint(10, 47)}")
    text = re.sub(r"forma [\w-]+", "forma " + rng.choice(FORMS), text, count=1)
    for aspect in ASPECTS:
        current, target = rng.choice([("base", "avanzato"), ("avanzato", "avanzato")])
        text = re.sub(rf"\t\t\t{aspect} attuale \w+ obiettivo \w+", f"\t\t\t{aspect} attuale {current} obiettivo {target}",
                      text, count=1)
    # some phases change hands between Provincia and Comune
    return re.sub(r"svolta da (provincia|comune)\n",
                  lambda m: "svolta da " + rng.choice(["provincia", "comune"]) + "\n", text)


def measure(args, folder: Path):
    gc_log = folder / "gc.log"
    command = ["java", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", f"-Xlog:gc:file={gc_log}",
               "-jar", str(JAR)] + args
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, cwd=folder, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rss_kb = int(result.stderr.strip().splitlines()[-1])
    # the heap in use when a collection started: its peak is the most the command held
    heap = max((int(m.group(1)) for m in re.finditer(r"(\d+)M->", gc_log.read_text())), default=0)
    return elapsed, heap, rss_kb // 1024, result.returncode, result.stdout


def report(name, runs):
    times = [r[0] for r in runs]
    print(f"| {name} | {len(runs)} | {statistics.median(times):.2f} s ({min(times):.2f}–{max(times):.2f}) "
          f"| {max(r[1] for r in runs)} MB | {max(r[2] for r in runs)} MB | exit {runs[0][3]} |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--provinces", type=int, default=100)
    parser.add_argument("--processes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        models = []
        for number in range(1, options.provinces + 1):
            model = folder / f"provincia-{number:03}.tendere"
            model.write_text(province(number, rng), encoding="utf-8")
            models.append(model.name)
        runs = [measure(["compare", *models, "--out", "out", "--force"], folder) for _ in range(options.runs)]
        print("| command | runs | median wall time | peak heap | peak RSS | |")
        print("|---|---:|---:|---:|---:|---|")
        report(f"`compare` of {options.provinces} Provinces (HTML, DOCX, XLSX)", runs)
        old = synthetic_model(options.processes)
        new = re.sub(r'(processo P(\d*0) "[^\n]*\n\t\t\tfase f1 [^\n]*\n\t\t\t\tsvolta da )provincia', r"\1comune", old)
        (folder / "old.tendere").write_text(old, encoding="utf-8")
        (folder / "new.tendere").write_text(new, encoding="utf-8")
        runs = [measure(["diff", "old.tendere", "new.tendere"], folder) for _ in range(options.runs)]
        said = [line for line in runs[0][4].splitlines() if line.startswith("  > ")]
        assert len(said) == options.processes // 10, f"{len(said)} moves said"
        report(f"`diff` of two {options.processes}-process models ({options.processes // 10} phases moved)", runs)


if __name__ == "__main__":
    main()
