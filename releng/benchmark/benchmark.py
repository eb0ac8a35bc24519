#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Benchmark of `tendere generate`: synthetic models of growing size (N
processes of 8 phases each, the rest of the Formazione sample model), each
generated in all four formats (or those --formats names) by a cold process,
several times; reports the median wall time, the peak heap (from the JVM's GC
log), the peak resident memory and the size of the files. Run after the build:

    python3 releng/benchmark/benchmark.py [--sizes 1,10,100,1000] [--runs 3] [--formats docx,odt,pdf,html]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ROOT / "releng/it.tendere.cli.product/target/products/it.tendere.cli.product/linux/gtk/x86_64/bin/tendere"
PERFORMERS = ["provincia", "comune", "provincia", "entrambi", "provincia", "comune", "esterno", "provincia"]


def synthetic_model(processes: int) -> str:
    """The Formazione sample with its processes replaced by `processes` generated ones of 8 phases."""
    text = (ROOT / "models/formazione.tendere").read_text(encoding="utf-8")
    start = text.index("\tprocessi {\n") + len("\tprocessi {\n")
    end = text.index("\t\tstrumento schedaProfili")
    lines = []
    for p in range(1, processes + 1):
        lines.append(f'\t\tprocesso P{p} "Processo sintetico numero {p} per la misura delle prestazioni" {{')
        for f in range(1, 9):
            performer = PERFORMERS[f - 1]
            lines.append(f'\t\t\tfase f{f} "Fase {f} del processo {p}, con un titolo di lunghezza realistica" {{')
            lines.append(f"\t\t\t\tsvolta da {performer}")
            if performer == "esterno":
                lines.append("\t\t\t\tsoggetto ateneo")
            lines.append("\t\t\t\tstrumenti elearning, questionario")
            if f in (1, 4):
                lines.append("\t\t\t\tessenziale")
            if performer == "entrambi":
                lines.append('\t\t\t\tconfine "La Provincia istruisce, il Comune decide"')
            lines.append("\t\t\t}")
        lines.append("\t\t}")
    # every tool of the sample stays used
    lines.append('\t\tprocesso PZ "Uso degli altri strumenti" {')
    for i, tool in enumerate(["schedaProfili", "schedaFabbisogno", "scadenzario", "catalogo", "affidamento"]):
        lines.append(f'\t\t\tfase u{i} "Uso di {tool}" {{\n\t\t\t\tsvolta da provincia\n\t\t\t\tstrumenti {tool}\n'
                     f'\t\t\t\tessenziale\n\t\t\t}}')
    lines.append("\t\t}")
    return text[:start] + "\n".join(lines) + "\n" + text[end:]


def run(tendere: Path, model: Path, out: Path, formats: str):
    gc_log = out / "gc.log"
    env = dict(os.environ)
    # the product's own options (bin/tendere), unless TENDERE_BENCH_OPTS replaces them; the GC log through the
    # java launcher's JDK_JAVA_OPTIONS, which adds to them
    if "TENDERE_BENCH_OPTS" in env:
        env["TENDERE_JAVA_OPTS"] = env["TENDERE_BENCH_OPTS"]
    else:
        env.pop("TENDERE_JAVA_OPTS", None)
    env["JDK_JAVA_OPTIONS"] = f"-Xlog:gc:file={gc_log}"
    started = time.perf_counter()
    completed = subprocess.run(["/usr/bin/time", "-f", "%M", str(tendere), "generate", str(model), "--format", formats,
                                "--out", str(out), "--force"], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"tendere failed ({completed.returncode}):\n{completed.stdout}\n{completed.stderr}")
    rss_kb = int(completed.stderr.strip().splitlines()[-1])
    heap = [int(m.group(1)) for m in re.finditer(r"(\d+)M->\d+M\(\d+M\)", gc_log.read_text())] or [0]
    return wall, max(heap), rss_kb / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,10,100,1000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tendere", default=str(PRODUCT))
    parser.add_argument("--formats", default="docx,odt,pdf,html")
    args = parser.parse_args()
    tendere = Path(args.tendere)
    formats = args.formats.split(",")
    print("| processes | diagrams | median wall time (s) | peak heap (MB) | peak RSS (MB) | "
          + " | ".join(f"{f.upper()} (KB)" for f in formats) + " |")
    print("|---:|---:|---:|---:|---:|" + "---:|" * len(formats))
    for size in [int(s) for s in args.sizes.split(",")]:
        work = Path(tempfile.mkdtemp(prefix=f"tendere-bench-{size}-"))
        try:
            model = work / f"sintetico-{size}.tendere"
            model.write_text(synthetic_model(size), encoding="utf-8")
            results = [run(tendere, model, work, args.formats) for _ in range(args.runs)]
            sizes = [next(work.glob(f"sezione-2*.{ext}")).stat().st_size / 1024 for ext in formats]
            diagrams = 2 + (size * 2) + 2  # organisation, overview, two maps per 8-phase process, the tools process
            print(f"| {size} | {diagrams} | {statistics.median(r[0] for r in results):.2f} "
                  f"| {max(r[1] for r in results)} | {max(r[2] for r in results):.0f} | "
                  + " | ".join(f"{k:.0f}" for k in sizes) + " |", flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
