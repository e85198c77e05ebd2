#!/usr/bin/env python3
"""The reliability campaign of issue 14, in the project: seeded mutations of real trees, catalogues and commands.

Every case copies real input into its own directory (a release tree from
../shared/xen-headers, a catalogue ingested from two of them), breaks it the
way an attacker or a careless user would, runs one ``xen-abi`` command in a
subprocess and judges the outcome:

* traceback  -- "Traceback" on stderr, or an error that is not one ``xen-abi: error:`` line;
* hang       -- no exit within the time limit;
* undocumented exit -- a status README does not document for that command;
* half-written -- after a failure the output is not exactly what it was before, or after
  success it is incomplete, or a staging/temp file is left beside it;
* escape     -- a file appears outside the case directory, code injected into generated C
  (a symbol from a comment), or the committed catalogue changed.

``--quick`` (CI, .ci/run) runs for a time budget of about two minutes on two
cores; the default (long) mode runs ``--cases`` cases (default 2000) over full
release trees and more commands.  The same ``--seed`` gives the same cases.
Prints the figures README quotes and exits 1 if any count is not zero.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("XEN_ABI_CORPUS") or REPO.parent / "shared" / "xen-headers")
COMMITTED = REPO / "abi" / "data" / "catalogue"
# The headers xen.h needs on x86: a real tree that ingests in about a second (quick mode).
SUBSET = (
    "xen.h",
    "xen-compat.h",
    "arch-x86/xen.h",
    "arch-x86/xen-x86_32.h",
    "arch-x86/xen-x86_64.h",
    "event_channel.h",
)
STAGING_MARKS = (".xen-abi-new", ".xen-abi-old", ".tmp")
BITMASK_COMMANDS = ("diff", "check")

# Snippets a hostile or broken header may hold; each was a defect of the original campaign or is one like it.
SNIPPETS = [
    b"}}}\n",
    b"int \xff\xfe bad;\n",
    b"struct fz_n {" + b"struct {" * 300 + b"int z;" + b"} m;" * 300 + b"};\n",
    b"int fz_p[" + b"(" * 5000 + b"1" + b")" * 5000 + b"];\n",
    b"struct fz_self { int a; struct fz_self b; };\n",
    b"#define FZ0 x x\n" + b"".join(b"#define FZ%d FZ%d FZ%d\n" % (i, i - 1, i - 1) for i in range(1, 24)),
    b'#include "/dev/zero"\n',
    b'#include "../../../../../../../../etc/hostname"\n',
    b"#include </etc/passwd>\n",
    b"#define FZ_H <x.h>\n#include FZ_H\n",
    b"struct fz_a { char x[-1]; };\n",
    b"struct fz_b { char x[0xFFFFFFFFFFFFFFFF]; };\n",
    b"struct fz_c { int x:40; };\n",
    b"struct fz_d { _Bool b:2; };\n",
    b"struct fz_e { int a:3; int z:0; };\n",
    b"struct fz_f { int a; };\nstruct fz_f { long b; };\n",
    b"struct fz_g { int n; char x[]; int m; };\n",
    b"struct fz_h { void v; };\n",
    b"#pragma pack(1)\nstruct fz_i { char c; long long x; int b:3; };\n#pragma pack()\n",
    b'_Pragma("pack(2)") struct fz_j { char c; int x; }; _Pragma("pack()")\n',
    b"#pragma pack(3)\n",
    b"struct fz_k { struct { struct { int a:3; }; } m; };\n",
    b"/* unterminated comment\n",
    b"/* */ */ /* <img src=x onerror=alert(1)> \"' `| */\n",
    b"#error fuzz\n",
    b"struct fz_l { int a; } __attribute__((fuzz));\n",
    b"struct fz_m { int " + b"x" * 5000 + b"; };\n",
    b'#define FZ_STR "' + b"\\" * 3 + b"\n",
    b"typedef struct fz_o fz_o_t;\nstruct fz_p2 { fz_o_t o; };\n",
    b"enum fz_q { FZ_Q = 0x7fffffffffffffffff };\n",
    b"\x00\x00\x00",
    b"struct " + b"fz_r" * 2000 + b" { int a; };\n",
]
HOSTILE_NAMES = [
    "../../ESCAPED",
    "a/b",
    "4.22\n0",
    "x" * 300,
    "9" * 20_000,
    '4.22.0" if __import__("os").system("touch PWNED") else "',
    "",
    "-rf",
    "fz*/ int INJECTED = 1; /*",
]
HOSTILE_DIRS = ["fz*/ int INJECTED = 1; ", "<img src=x onerror=alert(1)>", 'q"uote', "new\nline", "sp ace"]


@dataclass
class Case:
    number: int
    family: str
    argv: list[str]
    cwd: Path
    output: Path | None = None  # what the command may write (checked for half-written output)
    before: dict[str, bytes] | None = None  # the output's files before the run (None: absent)
    kill_after: float | None = None  # seconds after which the run is killed (a kill at a random moment)
    note: str = ""
    inspect: Callable[[], str | None] | None = None  # after a successful run: what was injected, if anything


@dataclass
class Tally:
    """The figures, counted from several threads (hence the lock)."""

    cases: int = 0
    tracebacks: int = 0
    hangs: int = 0
    undocumented_exits: int = 0
    half_written: int = 0
    escapes: int = 0
    statuses: Counter = field(default_factory=Counter)
    families: Counter = field(default_factory=Counter)
    findings: list[str] = field(default_factory=list)
    campaign_errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, case: Case, status: int | None = None) -> None:
        with self.lock:
            if status is None:
                self.cases += 1
                self.families[case.family] += 1
            else:
                self.statuses[status] += 1

    def add(self, kind: str, case: Case, detail: str) -> None:
        with self.lock:
            setattr(self, kind, getattr(self, kind) + 1)
            self.findings.append(
                f"{kind}: case {case.number} ({case.family}) {case.note} {case.argv!r}: {detail[:500]}"
            )


def snapshot(path: Path) -> dict[str, bytes] | None:
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_file():
        return {"": path.read_bytes()}
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def tree_hash(path: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(path.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(path).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def xen_abi(*args: str) -> list[str]:
    return [sys.executable, "-m", "xen_abi", *args]


# -- case families ------------------------------------------------------------------------------


class Campaign:
    def __init__(self, work: Path, seed: int, quick: bool) -> None:
        self.work = work
        self.seed = seed
        self.quick = quick
        self.base_tree = work / "base" / "4.22.0"
        self.base_catalogue = work / "base" / "catalogue"

    def prepare(self) -> None:
        """A real tree to mutate (a subset in quick mode) and a real catalogue of two releases to corrupt."""
        for release in ("4.21.0", "4.22.0"):
            subset = self.work / "base" / "subset" / release
            for rel in SUBSET:
                (subset / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(CORPUS / release / rel, subset / rel)
            argv = xen_abi(
                "ingest", str(subset), "-o", str(self.base_catalogue), "--arch", "x86_64", "-q", "--no-cache"
            )
            subprocess.run(argv, cwd=REPO, check=True, timeout=600)
        if self.quick:
            shutil.copytree(self.work / "base" / "subset" / "4.22.0", self.base_tree)
        else:
            shutil.copytree(CORPUS / "4.22.0", self.base_tree)

    def make(self, number: int) -> Case:
        rng = random.Random(self.seed * 1_000_003 + number)
        case_dir = self.work / f"case{number:05d}"
        case_dir.mkdir()
        families: list[tuple[str, Callable[[random.Random, Path, int], Case], int]] = [
            ("header", self.header_case, 5),
            ("catalogue", self.catalogue_case, 3),
            ("cli", self.cli_case, 3),
            ("kill", self.kill_case, 1),
            ("suppressions", self.suppression_case, 1),
            ("render", self.render_case, 2),
        ]
        _, make, _ = rng.choices(families, weights=[w for *_, w in families])[0]
        return make(rng, case_dir, number)

    # A header tree mutated, ingested.
    def header_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        tree = case_dir / "src" / "4.22.0"
        shutil.copytree(self.base_tree, tree)
        headers = sorted(p for p in tree.rglob("*.h"))
        target = rng.choice(headers)
        data = bytearray(target.read_bytes())
        note = []
        for _ in range(rng.randint(1, 3)):
            op = rng.choice(["snippet", "snippet", "snippet", "bytes", "delete", "duplicate", "truncate", "newfile"])
            pos = rng.randrange(len(data) + 1)
            if op == "snippet":
                data[pos:pos] = b"\n" + rng.choice(SNIPPETS)
            elif op == "bytes":
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            elif op == "delete":
                del data[pos : pos + rng.randint(1, 400)]
            elif op == "duplicate":
                data[pos:pos] = data[pos : pos + rng.randint(1, 400)]
            elif op == "truncate":
                del data[pos:]
            else:
                folder = tree / rng.choice(HOSTILE_DIRS)
                folder.mkdir(parents=True, exist_ok=True)
                (folder / "fz.h").write_bytes(b"/* <img src=x onerror=alert(1)> */\n" + rng.choice(SNIPPETS))
            note.append(op)
        target.write_bytes(bytes(data))
        out = case_dir / "out" / "cat"
        argv = ["ingest", str(tree), "-o", str(out), "--arch", "x86_64", "--no-cache", "-q"]
        if rng.random() < 0.15:
            argv += ["--name", rng.choice(HOSTILE_NAMES)]
        if rng.random() < 0.2:  # into an existing catalogue: it must stay whole
            shutil.copytree(self.base_catalogue, out)
        return Case(
            number, "header", xen_abi(*argv), case_dir, out, snapshot(out), note=f"{target.name}:{'+'.join(note)}"
        )

    # A catalogue corrupted, then read by a command.
    def catalogue_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        cat = case_dir / "cat"
        shutil.copytree(self.base_catalogue, cat)
        files = sorted(p for p in cat.rglob("*.json"))
        target = rng.choice(files)
        op = rng.choice(["value", "value", "truncate", "nest", "digits", "delete", "entry", "bytes"])
        text = target.read_text()
        if op == "value":
            data = json.loads(text)
            _replace_random_value(rng, data)
            text = json.dumps(data)
        elif op == "truncate":
            text = text[: rng.randrange(len(text))]
        elif op == "nest":
            text = "[" * 100_000 + "]" * 100_000
        elif op == "digits":
            text = text.replace("4", "4" + "9" * 5000, 1)
        elif op == "entry":
            text = rng.choice(['{"schema": "xen-abi-catalogue/1", "releases": [1, {"release": "x"}]}', "null", "[]"])
        elif op == "bytes":
            text = text[: len(text) // 2] + "\udcff" + text[len(text) // 2 :]
        if op == "delete":
            target.unlink()
        else:
            target.write_bytes(text.encode("utf-8", "surrogateescape"))
        commands = [
            ["layouts", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "guest"],
            ["show", "struct vcpu_time_info", "--release", "4.22.0", "--arch", "x86_64"],
            ["constants", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "tools"],
            ["stable", "--from", "4.21.0"],
            ["hypercalls", "--release", "4.22.0"],
            ["diff", "4.21.0", "4.22.0", "--format", rng.choice(["text", "json", "junit", "sarif", "markdown"])],
            ["drift-history", "-o", str(case_dir / "history")],
            ["codegen", "c", "--from", "4.21.0", "-o", str(case_dir / "c"), "-q"],
            ["report", "-o", str(case_dir / "site"), "-q", "--jobs", "1"],
        ]
        argv = rng.choice(commands)
        out = Path(argv[argv.index("-o") + 1]) if "-o" in argv else None
        return Case(number, "catalogue", xen_abi("--catalogue", str(cat), *argv), case_dir, out, None, note=op)

    # Hostile command lines: names, numbers and paths.
    def cli_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        special = case_dir / "special"
        kind = rng.choice(["fifo", "symlink", "file", "dir", "missing", "foreign"])
        if kind == "fifo":
            os.mkfifo(special)
        elif kind == "symlink":
            (case_dir / "elsewhere").write_text("keep")
            special.symlink_to(case_dir / "elsewhere")
        elif kind == "file":
            special.write_text("keep")
        elif kind in ("dir", "foreign"):
            special.mkdir()
            if kind == "foreign":
                (special / "index.html").write_text("<h1>mine</h1>")
                (special / "notes.txt").write_text("keep")
        path = rng.choice([str(special), str(special), "", "/", "x" * 300, str(case_dir / ("y" * 256) / "z")])
        number_arg = rng.choice(["-1", "0", "1", "2", "10" * 50, "abc", "1e3"])
        cat = str(self.base_catalogue)
        commands = [
            ["ingest", str(self.base_tree), "-o", path, "--arch", "x86_64", "--no-cache", "-q", "--jobs", number_arg],
            ["ingest", str(self.base_tree), "-o", str(case_dir / "cat"), "--name", rng.choice(HOSTILE_NAMES), "-q"],
            ["--catalogue", cat, "diff", "4.21.0", "4.22.0", "--format", "json", "-o", path],
            ["--catalogue", cat, "diff", "4.21.0", rng.choice(["4.22.0", "nope", "../x", ""]), "--bogus"],
            ["--catalogue", cat, "check", "--baseline", "4.21.0", "--headers", rng.choice([path, str(self.base_tree)])],
            ["--catalogue", cat, "codegen", rng.choice(["c", "rust", "cffi"]), "-o", path, "-q", "--from", "4.21.0"],
            ["--catalogue", cat, "codegen", "rust", "--name", rng.choice(HOSTILE_NAMES), "-o", str(case_dir / "r")],
            ["--catalogue", cat, "report", "-o", path, "-q", "--jobs", number_arg],
            ["--catalogue", cat, "drift-history", "-o", path],
            ["--catalogue", cat, "verify", "--max-mismatches", number_arg, "--release", "4.22.0", "--arch", "x86_64"],
            ["headers", str(self.base_tree), "-o", path],
            ["--catalogue", rng.choice([path, "/dev/null", ""]), "layouts", "--release", "4.22.0", "--arch", "x86_64"],
        ]
        argv = rng.choice(commands)
        out = special if path == str(special) and path in argv else None
        return Case(number, "cli", xen_abi(*argv), case_dir, out, snapshot(special), note=kind)

    # A writer killed at a random moment: the output is the old or the new one, whole.
    def kill_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        out = case_dir / "cat"
        shutil.copytree(self.base_catalogue, out)
        tree = case_dir / "src" / "4.22.0"
        shutil.copytree(self.base_tree, tree)
        with open(tree / "xen.h", "ab") as f:
            f.write(b"\n#define FUZZ_KILL_CASE 1\n")
        argv = ["ingest", str(tree), "-o", str(out), "--arch", "x86_64", "--no-cache", "-q"]
        return Case(number, "kill", xen_abi(*argv), case_dir, out, snapshot(out), kill_after=rng.uniform(0.3, 4.0))

    # A valid catalogue whose paths and notes carry payloads: every generator must keep them inert.
    def render_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        cat = case_dir / "cat"
        shutil.copytree(self.base_catalogue, cat)
        doc = cat / "releases" / "4.22.0.json"
        payload = rng.choice(PAYLOADS)
        data = _with_payload(json.loads(doc.read_text()), payload)
        for entries in data.get("calls", {}).get("hypercalls", {}).values():
            for entry in entries:
                entry[3] = payload
        doc.write_text(json.dumps(data))
        target = rng.choice(["c", "rust", "cffi", "report"])
        out = case_dir / ("pkg/fz_bindings" if target == "cffi" else target)
        if target == "report":
            argv = ["--catalogue", str(cat), "report", "-o", str(out), "-q", "--jobs", "1"]
        else:
            argv = ["--catalogue", str(cat), "codegen", target, "--from", "4.21.0", "-o", str(out), "-q"]
        return Case(number, "render", xen_abi(*argv), case_dir, out, None, note=target, inspect=lambda: _injected(out))

    def suppression_case(self, rng: random.Random, case_dir: Path, number: int) -> Case:
        supp = case_dir / "s.toml"
        supp.write_text(
            rng.choice(
                [
                    "a = " + "[" * 5000 + "]" * 5000,
                    '[[suppress]]\nname = "*"\n',
                    '[[suppress]]\nname = "struct *"\nreason = "<img src=x onerror=alert(1)>"\nkind = ["*"]\n',
                    "\x00\xff",
                    '[[suppress]]\nreason = "x"\nname = ' + '"' + "a" * 100_000 + '"\n',
                ]
            ),
            errors="surrogateescape",
        )
        fmt = rng.choice(["text", "markdown", "junit", "sarif", "json"])
        argv = ["--catalogue", str(self.base_catalogue), "diff", "4.21.0", "4.22.0", "--suppressions", str(supp)]
        out = case_dir / f"drift.{fmt}"
        return Case(number, "suppressions", xen_abi(*argv, "--format", fmt, "-o", str(out)), case_dir, out, None)


PAYLOADS = [
    "fz*/ int INJECTED = 1; /*",
    '" + __import__("os").system("touch PWNED") + "',
    "<img src=x onerror=alert(1)><script>alert(2)</script>",
    "x\n#define INJECTED 1\nint INJECTED_TOO;\n",
    "]]> \x01 \u2028 `|` \\",
]


def _with_payload(value: object, payload: str) -> object:
    """Every declaration site (``hdr.h:N``) becomes ``payload/hdr.h:N``."""
    if isinstance(value, str) and value.endswith(tuple(f":{d}" for d in "0123456789")) and ".h:" in value:
        return f"{payload}/{value}"
    if isinstance(value, list):
        return [_with_payload(v, payload) for v in value]
    if isinstance(value, dict):
        return {k: _with_payload(v, payload) for k, v in value.items()}
    return value


def _injected(out: Path) -> str | None:
    """What a payload turned into in generated output: a C symbol, a file written on import, live HTML."""
    for header in out.glob("*.h"):
        obj = out / "fz.o"
        cc = subprocess.run(["gcc", "-c", "-x", "c", "-std=gnu11", "-o", str(obj), str(header)], capture_output=True)
        if cc.returncode:
            return f"the C header does not compile: {cc.stderr.decode(errors='replace')[:300]}"
        if b"INJECTED" in subprocess.run(["nm", str(obj)], capture_output=True).stdout:
            return "a symbol from a comment reached the object file"
    if (out / "_meta.py").exists():
        env = {**os.environ, "PYTHONPATH": str(out.parent)}
        imp = subprocess.run([sys.executable, "-c", f"import {out.name}._meta"], cwd=out.parent, env=env)
        if imp.returncode or (out.parent / "PWNED").exists():
            return "the Python bindings do not import cleanly"
    for page in out.rglob("*.html"):
        if "<img src=x" in page.read_text(encoding="utf-8", errors="replace"):
            return f"live HTML in {page.name}"
    for rs in out.rglob("*.rs"):
        for line in rs.read_text().splitlines():
            if "INJECTED" in line and not line.lstrip().startswith("//"):
                return f"payload outside a Rust comment in {rs.name}"
    return None


def _replace_random_value(rng: random.Random, data: object, depth: int = 0) -> None:
    """Replace one value somewhere in ``data`` by one of another type."""
    for _ in range(64):
        if isinstance(data, dict) and data:
            key = rng.choice(sorted(data))
            if (depth > 2 and rng.random() < 0.5) or not isinstance(data[key], (dict, list)) or not data[key]:
                data[key] = rng.choice([None, "big", -1, 1 << 70, [], {}, [1, 2], "../../x", True, 1.5])
                return
            data = data[key]
        elif isinstance(data, list) and data:
            i = rng.randrange(len(data))
            if (depth > 2 and rng.random() < 0.5) or not isinstance(data[i], (dict, list)) or not data[i]:
                data[i] = rng.choice([None, "big", -1, 1 << 70, [], {}, "x\ny", True])
                return
            data = data[i]
        else:
            return
        depth += 1


# -- judging --------------------------------------------------------------------------------------


def command_of(argv: list[str]) -> str:
    words = argv[3:]  # after python -m abi
    return next((w for i, w in enumerate(words) if not w.startswith("-") and words[i - 1 : i] != ["--catalogue"]), "")


def failed(argv: list[str], status: int) -> bool:
    """Whether the run reported an error (diff and check: bit 1 of their bitmask; others: non-zero)."""
    return bool(status & 1) if command_of(argv) in BITMASK_COMMANDS and status >= 0 else status != 0


def allowed(argv: list[str], status: int, killed: bool) -> bool:
    """The exit statuses README documents for the command."""
    if killed:
        return status in (-signal.SIGKILL, 0, 2, 3, 4)
    command = command_of(argv)
    if command in BITMASK_COMMANDS:
        return status in (1, 3) or (status & 3 == 0 and status & ~0b111100 == 0)  # bits 4..32: at most 60
    return status in (0, 2, 3, 4) or (command == "verify" and status == 5)


def judge(case: Case, tally: Tally, timeout: float, committed_files: set[str]) -> None:
    tally.count(case)
    outside_before = _outside_listing(case)
    killed = False
    proc = subprocess.Popen(
        case.argv, cwd=case.cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        if case.kill_after is not None:
            try:
                proc.wait(timeout=case.kill_after)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                killed = True
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        tally.add("hangs", case, f"no exit in {timeout:.0f} s")
        return
    status = proc.returncode
    tally.count(case, status)
    stderr = err.decode("utf-8", "replace")
    if "Traceback" in stderr:
        tally.add("tracebacks", case, stderr[-800:])
    elif failed(case.argv, status) and status != -signal.SIGKILL and not _one_line_error(stderr, status):
        tally.add("tracebacks", case, f"status {status}, not one error line: {stderr[:300]!r}")
    if not allowed(case.argv, status, killed):
        tally.add("undocumented_exits", case, f"status {status}: {stderr[:300]}")
    if case.output is not None:
        _check_output(case, status, killed, tally)
    if any(name in ("PWNED", "ESCAPED", "ESCAPED.json") for name in os.listdir(case.cwd)) or (
        _outside_listing(case) != outside_before
    ):
        tally.add("escapes", case, "a file appeared outside the case's output")
    if case.inspect is not None and status == 0 and (injected := case.inspect()):
        tally.add("escapes", case, injected)
    if {p.name for p in COMMITTED.rglob("*")} != committed_files:
        tally.add("escapes", case, "the committed catalogue changed")


def _one_line_error(stderr: str, status: int) -> bool:
    lines = [ln for ln in stderr.strip().splitlines() if not ln.startswith("xen-abi: warning:")]
    if status == 2 and lines and lines[0].startswith("usage:"):
        return lines[-1].startswith("xen-abi") and ": error: " in lines[-1]  # argparse's own usage message
    if status == 3 and lines and lines[0].startswith("usage:"):
        return True  # diff/check: the same, as 2 with 1
    return len(lines) == 1 and lines[0].startswith(("xen-abi: error: ", "xen-abi: interrupted"))


def _outside_listing(case: Case) -> list[str]:
    """Everything in the campaign's work directory outside this case: it must never change."""
    root = case.cwd.parent
    return sorted(p.name for p in root.iterdir() if p != case.cwd and not p.name.startswith("case"))


def _check_output(case: Case, status: int, killed: bool, tally: Tally) -> None:
    out = case.output
    assert out is not None
    leftovers = _leftovers(out)
    after = snapshot(out)
    if killed and status == -signal.SIGKILL:
        # Recovery happens on the next run: let a reader run it, then the output must be old or new, whole.
        reader = ("layouts", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "guest")
        subprocess.run(xen_abi("--catalogue", str(out), *reader), capture_output=True)
        after = snapshot(out)
        leftovers = _leftovers(out)
        if after != case.before and not _complete_catalogue(out):
            tally.add("half_written", case, "killed: neither the old nor a complete new catalogue")
        if leftovers:
            tally.add("half_written", case, f"killed: leftovers after recovery {leftovers}")
        return
    if leftovers:
        tally.add("half_written", case, f"leftovers {leftovers}")
    if failed(case.argv, status) and after != case.before:
        tally.add("half_written", case, f"failed with status {status} yet changed {out}")
    if status == 0 and case.family == "header" and not _complete_catalogue(out):
        tally.add("half_written", case, "success but the catalogue does not load")


def _leftovers(out: Path) -> list[str]:
    if not out.parent.is_dir():
        return []
    return [p.name for p in out.parent.iterdir() if any(m in p.name for m in STAGING_MARKS)]


def _complete_catalogue(path: Path) -> bool:
    sys.path.insert(0, str(REPO))
    from xen_abi.common.errors import XenAbiError
    from xen_abi.compare.history import of_catalogue
    from xen_abi.store.catalogue import Catalogue

    try:
        catalogue = Catalogue.load(path)
        for name in catalogue.releases:
            catalogue.release(name)
        of_catalogue(catalogue)
    except XenAbiError:
        return False
    return True


# -- running ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="CI mode: a time budget over a small real tree")
    parser.add_argument("--budget", type=float, default=120.0, help="quick mode: seconds of cases (default 120)")
    parser.add_argument("--cases", type=int, default=2000, help="long mode: number of cases (default 2000)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=None, help="seconds before a case counts as a hang")
    parser.add_argument("--json", metavar="FILE", help="also write the figures and findings as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (printed)")
    args = parser.parse_args(argv)
    if not (CORPUS / "4.22.0" / "xen.h").is_file():
        print(f"campaign: no corpus at {CORPUS}", file=sys.stderr)
        return 2
    timeout = args.timeout or (90.0 if args.quick else 300.0)
    committed_hash = tree_hash(COMMITTED)
    committed_files = {p.name for p in COMMITTED.rglob("*")}
    work = Path(tempfile.mkdtemp(prefix="xen-abi-fuzz-"))
    started = time.monotonic()
    tally = Tally()
    try:
        campaign = Campaign(work, args.seed, args.quick)
        campaign.prepare()
        prepared = time.monotonic()

        def run_one(number: int) -> None:
            if args.quick and time.monotonic() - prepared > args.budget:
                return
            case = campaign.make(number)
            try:
                judge(case, tally, timeout, committed_files)
            except Exception as exc:  # a bug of the campaign itself must not hide the other cases
                tally.findings.append(f"campaign error in case {number}: {type(exc).__name__}: {exc}")
                tally.campaign_errors += 1
            if not args.keep:
                shutil.rmtree(case.cwd, ignore_errors=True)

        total = 100_000 if args.quick else args.cases
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(run_one, range(total)))
    finally:
        if args.keep:
            print(f"campaign: work directory kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if tree_hash(COMMITTED) != committed_hash:
        tally.escapes += 1
        tally.findings.append("escapes: the committed catalogue (abi/data/catalogue) changed")
    took = time.monotonic() - started
    figures = {
        "mode": "quick" if args.quick else "long",
        "seed": args.seed,
        "cases": tally.cases,
        "tracebacks": tally.tracebacks,
        "hangs": tally.hangs,
        "undocumented_exits": tally.undocumented_exits,
        "half_written": tally.half_written,
        "escapes": tally.escapes,
        "seconds": round(took, 1),
        "families": dict(sorted(tally.families.items())),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
    }
    for finding in tally.findings:
        print(finding)
    print(
        f"fuzz ({figures['mode']}, seed {args.seed}): {tally.cases} cases in {took:.0f} s: "
        f"tracebacks {tally.tracebacks}, hangs {tally.hangs}, undocumented exits {tally.undocumented_exits}, "
        f"half-written {tally.half_written}, escapes {tally.escapes}; statuses {figures['statuses']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps({**figures, "findings": tally.findings}, indent=1) + "\n")
    bad = tally.tracebacks + tally.hangs + tally.undocumented_exits + tally.half_written + tally.escapes
    bad += tally.campaign_errors
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
