"""Preprocess a header tree for one (architecture, visibility), freestanding.

One translation unit includes every header of the tree that belongs to the
architecture.  GNU cpp runs with ``-undef -nostdinc``, our own predefined
macros and our own ``<stdint.h>``, so neither the host's compiler nor its C
library (whose ``<features.h>`` the corpus shadows) can change the result.
``-dD`` keeps every ``#define`` in place, which gives each macro its
header:line; a block appended after the headers makes cpp expand every
object-like macro for us, so constants are evaluated from cpp's own
expansion rather than from a re-implementation of the preprocessor.

A header that fails (``#error``, a missing include) is recorded as
unavailable with cpp's message and the unit is preprocessed again without it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi.common.errors import XenAbiError
from xen_abi.ir.archs import COMMON_PREDEFINED, Arch, header_belongs
from xen_abi.ir.model import Unavailable, Visibility

STUB_INCLUDE = Path(__file__).resolve().parents[1] / "include"
TU_NAME = "xen-abi-unit.c"
_EXPANSION_MARK = "__xen_abi_expansions__"
_EXPANSION_PREFIX = "__xen_abi_x__"
_LINEMARKER = re.compile(r'^# (\d+) "((?:[^"\\]|\\.)*)"((?: \d)*)$')
_DIAGNOSTIC = re.compile(r"^(.*?):(\d+):(?:\d+:)? (error|fatal error): (.*)$")
_INCLUDED_FROM = re.compile(r"^(?:In file included|\s+) from (.*?):(\d+)[:,]$")
_DEFINE = re.compile(r"^#define ([A-Za-z_]\w*)(\(?)(.*)$")
_DEFINE_SCAN = re.compile(rb"^\s*#\s*define\s+([A-Za-z_]\w*)(?![\w(])", re.M)
_GUARD = re.compile(r"_H_*$|_H_\w*__$")


@dataclass(frozen=True)
class MacroDef:
    """An object-like macro as the headers define it."""

    name: str
    text: str
    file: str
    line: int


@dataclass
class Preprocessed:
    """cpp's output for one configuration, split into what each later stage needs."""

    text: str  # C for the parser: directives blanked, line markers kept
    macros: dict[str, MacroDef]  # object-like macros of the tree, last definition wins
    expansions: dict[str, str]  # macro name -> its full expansion at the end of the unit
    headers: tuple[str, ...]  # top-level headers in the unit
    unavailable: dict[str, Unavailable] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)  # file -> top-level header that first included it


def find_cpp() -> str:
    """The C preprocessor we drive: GNU cpp (gcc -E) is on every Debian machine."""
    for name in ("cpp", "gcc"):
        path = shutil.which(name)
        if path:
            return path
    raise XenAbiError("no C preprocessor found: install gcc (apt-get install gcc)")


def unit_headers(all_headers: list[str], arch: Arch) -> list[str]:
    """The headers of a tree that belong to ``arch``, generic ones first.

    Arch-specific headers come last because several (``arch-x86/hvm/save.h``)
    only make sense once the generic header that includes them has set up
    its macros; once included through it, the direct include is a no-op.
    """
    mine = [h for h in all_headers if h.endswith(".h") and header_belongs(arch, h)]
    return sorted(mine, key=lambda h: (h.startswith("arch-"), h))


def visibility_defines(visibility: Visibility, interface_version: int | None) -> list[str]:
    if visibility is Visibility.TOOLS:
        return ["-D__XEN_TOOLS__"]
    # A modern guest asks for the latest interface; left undefined it would get
    # the legacy interface 0 (old hypercall numbers, compat names).
    if interface_version is None:
        return []
    return [f"-D__XEN_INTERFACE_VERSION__=0x{interface_version:08x}"]


def cpp_command(
    arch: Arch, visibility: Visibility, interface_version: int | None, root: Path, alias: Path
) -> list[str]:
    args = [find_cpp()]
    if args[0].endswith("gcc"):
        args.append("-E")
    args += ["-undef", "-nostdinc", "-dD", "-std=gnu17", "-I", str(STUB_INCLUDE), "-I", str(alias)]
    args += ["-iquote", str(root)]
    for name, value in (*COMMON_PREDEFINED, *arch.predefined):
        args.append(f"-D{name}={value}")
    args += visibility_defines(visibility, interface_version)
    return args


def macro_names(root: Path, headers: list[str]) -> list[str]:
    """Names that some header ``#define``s as an object-like macro (a quick scan)."""
    names: set[str] = set()
    for header in headers:
        names.update(m.decode() for m in _DEFINE_SCAN.findall((root / header).read_bytes()))
    return sorted(names)


def preprocess(
    root: Path,
    all_headers: list[str],
    arch: Arch,
    visibility: Visibility,
    interface_version: int | None,
    excluded: dict[str, Unavailable] | None = None,
) -> Preprocessed:
    """Preprocess the tree materialized at ``root`` for one configuration.

    ``excluded`` names headers already known to be unusable (a later stage
    failed on them); they are left out and reported as unavailable.
    """
    unavailable: dict[str, Unavailable] = dict(excluded or {})
    headers = [h for h in unit_headers(all_headers, arch) if h not in unavailable]
    names = macro_names(root, headers)
    with tempfile.TemporaryDirectory(prefix="xen-abi-alias-") as alias:
        # Some headers (arch-arm/smccc.h) include <public/xen.h>, Xen's own
        # include path for this tree: give them that name for it.
        (Path(alias) / "public").symlink_to(root.resolve(), target_is_directory=True)
        command = cpp_command(arch, visibility, interface_version, root, Path(alias))
        result = _run_until_clean(command, headers, names, unavailable, root)
        text, macros, expansions, owner = _split_output(result.stdout, Path(alias) / "public", names)
    headers = [h for h in headers if h not in unavailable]
    return Preprocessed(text, macros, expansions, tuple(headers), unavailable, owner)


def _run_until_clean(
    command: list[str], headers: list[str], names: list[str], unavailable: dict[str, Unavailable], root: Path
) -> subprocess.CompletedProcess[str]:
    """Run cpp, dropping the headers that fail, until the unit preprocesses."""
    headers = list(headers)
    while True:
        unit = _unit_source(headers, names)
        try:
            result = subprocess.run([*command, "-"], input=unit, capture_output=True, text=True, check=False, cwd=root)
        except OSError as exc:
            raise XenAbiError(f"cannot run the C preprocessor: {exc}") from None
        failed = _failed_headers(result.stderr, headers) if result.returncode else {}
        if not failed:
            if result.returncode:
                first = result.stderr.strip().splitlines()[:1]
                raise XenAbiError(f"the C preprocessor failed: {' '.join(first) or result.returncode}")
            break
        for header, reason in failed.items():
            unavailable[header] = Unavailable(header, reason)
        headers = [h for h in headers if h not in failed]
    return result


def _unit_source(headers: list[str], names: list[str]) -> str:
    lines = ["#include <stdint.h>", "#include <stddef.h>"]
    lines += [f'#include "{h}"' for h in headers]
    lines.append(_EXPANSION_MARK)
    lines += [f"{_EXPANSION_PREFIX} {n}" for n in names]
    return "\n".join(lines) + "\n"


def _failed_headers(stderr: str, headers: list[str]) -> dict[str, str]:
    """Map cpp's errors to the top-level headers whose inclusion led to them."""
    failed: dict[str, str] = {}
    chain: list[tuple[str, int]] = []
    for line in stderr.splitlines():
        if m := _INCLUDED_FROM.match(line):
            chain.append((m.group(1), int(m.group(2))))
            continue
        m = _DIAGNOSTIC.match(line)
        if not m:
            if not line.startswith(" "):
                chain = []
            continue
        file, lineno, message = m.group(1), int(m.group(2)), m.group(4)
        top = [n for f, n in chain if f in ("<stdin>", "-")]
        # The unit's line N (1-based) is header N-2: two stub includes come first.
        if top:
            index = top[-1] - 3
        elif file in ("<stdin>", "-"):
            index = lineno - 3
        else:
            index = -1
        if 0 <= index < len(headers):
            header = headers[index]
            where = _tree_path(file, "\0") or file
            failed.setdefault(header, f"{where}:{lineno}: {message}")
        chain = []
    return failed


def _tree_path(raw: str, alias: str) -> str | None:
    """A line marker's file as a path in the tree, or None when outside it.

    cpp runs in the tree, so its headers appear relative; the stubs appear
    absolute, and ``<public/...>`` includes under the alias directory.
    """
    if raw.startswith("<"):
        return None
    norm = os.path.normpath(raw)
    if not os.path.isabs(norm):
        return norm
    if norm.startswith(alias):
        return norm[len(alias) :]
    return None


def _outside_name(raw: str) -> str:
    """A file outside the tree as the catalogue names it: our stubs as ``<stdint.h>``.

    Never a path of this machine, so the catalogue is the same wherever it is built.
    """
    norm = os.path.normpath(raw)
    stubs = str(STUB_INCLUDE) + os.sep
    return f"<{norm[len(stubs) :]}>" if norm.startswith(stubs) else raw


def _split_output(
    output: str, alias: Path, names: list[str]
) -> tuple[str, dict[str, MacroDef], dict[str, str], dict[str, str]]:
    body, _, tail = output.partition(_EXPANSION_MARK)
    lines = body.split("\n")
    macros: dict[str, MacroDef] = {}
    owner: dict[str, str] = {}
    top: str | None = None  # the top-level header being read
    file, lineno = "", 0
    rel_cache: dict[str, str | None] = {}
    base = str(alias) + os.sep
    for i, line in enumerate(lines):
        if line.startswith("#"):
            if m := _LINEMARKER.match(line):
                lineno = int(m.group(1))
                raw = m.group(2)
                if raw not in rel_cache:
                    rel_cache[raw] = _tree_path(raw, base)
                file = raw
                # Rewrite markers to paths relative to the tree: coordinates
                # then name headers the same way whatever the temp dir was.
                rel = rel_cache[raw]
                lines[i] = f'# {lineno} "{rel if rel is not None else _outside_name(raw)}"{m.group(3)}'
                if rel is not None:
                    if " 1" in m.group(3) and top is None:
                        top = rel
                    owner.setdefault(rel, top or rel)
                elif raw in ("<stdin>", "-"):
                    top = None
                continue
            if m := _DEFINE.match(line):
                rel = rel_cache.get(file)
                if rel is not None and not m.group(2):
                    name, text = m.group(1), " ".join(m.group(3).split())
                    if not (text == "" and _GUARD.search(name)):
                        macros[name] = MacroDef(name, text, rel, lineno)
            elif line.startswith("#undef "):
                macros.pop(line.split()[1], None)
            lines[i] = ""
        lineno += 1
    expansions: dict[str, str] = {}
    found = [ln for ln in tail.split("\n") if ln.startswith(_EXPANSION_PREFIX)]
    for name, line in zip(names, found, strict=False):
        expanded = line[len(_EXPANSION_PREFIX) :].strip()
        if expanded != name:
            expansions[name] = expanded
    return "\n".join(lines), macros, expansions, owner
