#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Benchmark of `tendere lsp` as an editor meets it: a client on the
server's standard streams times completion, hover, document symbols, the
diagnostics that follow an edit and the quick fixes of a warning, on the Formazione sample and on a generated
model of about 5,000 lines (the sample with its processes replaced by
generated ones, as benchmark.py makes them). Reports p50 and p95 in
milliseconds after a warm-up. Run after the build:

    python3 releng/benchmark/lsp_benchmark.py [--runs 200] [--lines 5000]
"""
import argparse
import json
import queue
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchmark import ROOT, synthetic_model

JAR = ROOT / "releng/it.tendere.cli.jar/target/tendere.jar"


class Server:
    """`java -jar tendere.jar lsp`, spoken to in LSP frames."""

    def __init__(self, folder: Path):
        self.process = subprocess.Popen(["java", "-Xmx1g", "-jar", str(JAR), "lsp"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.responses = {}
        self.diagnostics = queue.Queue()
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        self.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {
            "textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": True},
                             "completion": {"completionItem": {"snippetSupport": True}}}}})
        self.notify("initialized", {})

    def _read(self):
        out = self.process.stdout
        while True:
            length = 0
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(out.read(length))
            if "id" in message and "method" not in message:
                with self.lock:
                    self.responses[message["id"]] = message
                    self.lock.notify_all()
            elif message.get("method") == "textDocument/publishDiagnostics":
                self.diagnostics.put((time.perf_counter(), message["params"]))
            elif "id" in message:  # a request from the server (configuration, registration): answered empty
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        with self.lock:
            while ident not in self.responses:
                self.lock.wait(120)
            return self.responses.pop(ident)

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(30)


def position(text: str, offset: int) -> dict:
    return {"line": text.count("\n", 0, offset), "character": offset - text.rfind("\n", 0, offset) - 1}


def percentiles(samples):
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def measure(name: str, text: str, runs: int, warmup: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "modello.tendere"
        model.write_text(text, encoding="utf-8")
        uri = model.as_uri()
        server = Server(Path(folder))
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "tendere", "version": 1,
                                                                "text": text}})
        server.diagnostics.get(timeout=300)
        doc = {"uri": uri}
        # a tool reference in the last phase: the far end of the file
        reference = position(text, text.rindex("strumenti ") + len("strumenti "))
        timings = {}

        def timed(label, call):
            samples = []
            for i in range(warmup + runs):
                start = time.perf_counter()
                call()
                if i >= warmup:
                    samples.append((time.perf_counter() - start) * 1000)
            timings[label] = percentiles(samples)

        timed("completion", lambda: server.request("textDocument/completion",
                                                   {"textDocument": doc, "position": reference}))
        timed("hover", lambda: server.request("textDocument/hover", {"textDocument": doc, "position": reference}))
        timed("document symbols", lambda: server.request("textDocument/documentSymbol", {"textDocument": doc}))

        # diagnostics after an edit: a role's headcount changed back and forth, the time to the next publication
        texts = [text, text.replace("\t\t\tpersone 2\n", "\t\t\tpersone 3\n", 1)]
        version = [1]

        def edit():
            version[0] += 1
            while not server.diagnostics.empty():
                server.diagnostics.get_nowait()
            start = time.perf_counter()
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version[0]},
                                                     "contentChanges": [{"text": texts[version[0] % 2]}]})
            published, _ = server.diagnostics.get(timeout=300)
            return published - start

        samples = []
        for i in range(warmup // 5 + runs // 4):
            elapsed = edit()
            if i >= warmup // 5:
                samples.append(elapsed * 1000)
        timings["diagnostics after an edit"] = percentiles(samples)

        # the quick fixes of a warning (the coordination point lost), asked as an editor asks on the warning's line
        version[0] += 1
        while not server.diagnostics.empty():
            server.diagnostics.get_nowait()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version[0]}, "contentChanges": [
            {"text": text.replace("\t\t\tcoordinamento\n", "", 1)}]})
        warning = server.diagnostics.get(timeout=300)[1]["diagnostics"][0]
        timed("code actions (quick fixes)", lambda: server.request("textDocument/codeAction", {
            "textDocument": doc, "range": warning["range"], "context": {"diagnostics": [warning]}}))
        server.close()
        return {"name": name, "lines": text.count("\n"), "timings": timings}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--lines", type=int, default=5000)
    args = parser.parse_args()
    sample = (ROOT / "models/formazione.tendere").read_text(encoding="utf-8")
    processes = 1
    while synthetic_model(processes).count("\n") < args.lines:
        processes += 1
    results = [measure("formazione.tendere", sample, args.runs, args.warmup),
               measure(f"generated, {processes} processes", synthetic_model(processes), args.runs, args.warmup)]
    print("| model | lines | request | p50 ms | p95 ms |")
    print("|---|---:|---|---:|---:|")
    for result in results:
        for label, (p50, p95) in result["timings"].items():
            print(f"| {result['name']} | {result['lines']:,} | {label} | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
