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

import functools
import os
import posixpath
import re
import resource
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi.common import limits
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
_PRAGMA_PACK = re.compile(r"^#pragma\s+pack\s*\(")
_GUARD = re.compile(r"_H_*$|_H_\w*__$")


@dataclass(frozen=True)
class MacroDef:
    """An object-like macro as the headers define it."""

    name: str
    text: str
    file: str
    line: int


@dataclass(frozen=True)
class FunctionMacroDef:
    """A function-like macro as the headers define it."""

    name: str
    params: tuple[str, ...]
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
    function_macros: dict[str, FunctionMacroDef] = field(default_factory=dict)  # of the tree, last definition wins


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


def macro_names(root: Path, headers: list[str], all_headers: list[str]) -> list[str]:
    """Names that some header ``#define``s as an object-like macro (a quick scan); includes checked."""
    names: set[str] = set()
    tree = frozenset(all_headers)
    bodies: dict[bytes, tuple[list[bytes], str, bytes, int]] = {}
    for header in headers:
        data = (root / header).read_bytes()
        defined, header_bodies = _header_defines(header, data, tree)
        names.update(defined)
        for name, words, start in header_bodies:
            previous = bodies.get(name)
            if previous is None or len(words) > len(previous[0]):  # the largest of conditional definitions
                bodies[name] = (words, header, data, start)
    _check_expansion_sizes(bodies)
    return sorted(names)


@functools.lru_cache(maxsize=8192)
def _header_defines(
    header: str, data: bytes, tree: frozenset[str]
) -> tuple[frozenset[str], tuple[tuple[bytes, list[bytes], int], ...]]:
    """A header's object-like macro names and bodies (name, words, offset), its includes checked.

    Once per distinct content in a process: the configurations and releases of an ingest share most headers.
    """
    check_includes(header, data, tree)
    names = frozenset(m.decode() for m in _DEFINE_SCAN.findall(data))
    bodies = tuple((m.group(1), _WORD.findall(m.group(2)), m.start()) for m in _DEFINE_BODY.finditer(data))
    return names, bodies


_DEFINE_BODY = re.compile(rb"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(?![\w(])(.*)$", re.M)
_WORD = re.compile(rb"[A-Za-z_]\w*")


def _check_expansion_sizes(bodies: dict[bytes, tuple[list[bytes], str, bytes, int]]) -> None:
    """Refuse object-like macros whose expansion would exceed the limit, before cpp expands them.

    Each of ours is expanded once at the end of the unit, so ``#define A1 A0 A0`` twenty
    deep would have cpp write millions of tokens per name.  The estimate counts the
    identifiers of a body, a macro at its own size (a cycle once, as cpp stops there).
    """
    sizes: dict[bytes, int] = {}

    def size(name: bytes, active: frozenset[bytes]) -> int:
        if name in sizes:
            return sizes[name]
        if name not in bodies or name in active:
            return 1
        total = 0
        for word in bodies[name][0]:
            total += size(word, active | {name}) if word in bodies else 1
            if total > limits.MAX_EXPANSION_TOKENS:
                break
        sizes[name] = total
        return total

    for name, (_, header, data, start) in bodies.items():
        try:
            too_big = size(name, frozenset()) > limits.MAX_EXPANSION_TOKENS
        except RecursionError:
            too_big = True
        if too_big:
            raise XenAbiError(
                f"macro {name.decode()} expands to over {limits.MAX_EXPANSION_TOKENS} tokens (or nests too deeply)",
                file=header,
                line=data.count(b"\n", 0, start) + 1,
            )


_INCLUDE = re.compile(rb"^[ \t]*#[ \t]*include(?:_next)?\b[ \t]*(.*)$", re.M)
_INCLUDE_NAME = re.compile(r'<([^>]*)>|"([^"]*)"')


def check_includes(header: str, data: bytes, tree: frozenset[str]) -> None:
    """Refuse an include that could leave the tree: absolute, climbing out with ``..``, or computed.

    The tree is what the catalogue records (its hash covers exactly those
    files); a header read from elsewhere would be unrecorded input, and
    ``#include "/dev/zero"`` would make cpp allocate without bound.
    """
    for m in _INCLUDE.finditer(data):
        line = data.count(b"\n", 0, m.start()) + 1
        spec = m.group(1).strip().decode("utf-8", "replace")
        literal = _INCLUDE_NAME.match(spec)
        if literal is None:
            raise XenAbiError(f"computed or malformed #include {spec[:60]!r}", file=header, line=line)
        name = literal.group(1) if literal.group(1) is not None else literal.group(2)
        if name.startswith("/") or "\0" in name:
            raise XenAbiError(
                f"#include {spec[:60]} names an absolute path, outside the header tree", file=header, line=line
            )
        # cpp tries a quoted name beside the including file first, then at the root (-iquote); a <name> at
        # the root of our stubs and of the tree (<public/...> is the tree itself).
        beside = posixpath.normpath(posixpath.join(posixpath.dirname(header), name))
        candidates = [beside] if spec[0] == '"' else []
        if not (candidates and beside in tree):
            candidates.append(posixpath.normpath(name[len("public/") :] if name.startswith("public/") else name))
        if any(c == ".." or c.startswith("../") for c in candidates):
            raise XenAbiError(f"#include {spec[:60]} reaches outside the header tree", file=header, line=line)


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
    names = macro_names(root, headers, all_headers)
    with tempfile.TemporaryDirectory(prefix="xen-abi-alias-") as alias:
        # Some headers (arch-arm/smccc.h) include <public/xen.h>, Xen's own
        # include path for this tree: give them that name for it.
        (Path(alias) / "public").symlink_to(root.resolve(), target_is_directory=True)
        command = cpp_command(arch, visibility, interface_version, root, Path(alias))
        result = _run_until_clean(command, headers, names, unavailable, root)
        text, macros, functions, expansions, owner = _split_output(result.stdout, Path(alias) / "public", names)
    headers = [h for h in headers if h not in unavailable]
    return Preprocessed(text, macros, expansions, tuple(headers), unavailable, owner, functions)


def _run_until_clean(
    command: list[str], headers: list[str], names: list[str], unavailable: dict[str, Unavailable], root: Path
) -> subprocess.CompletedProcess[str]:
    """Run cpp, dropping the headers that fail, until the unit preprocesses."""
    headers = list(headers)
    while True:
        unit = _unit_source(headers, names)
        result = _run_cpp([*command, "-"], unit, root)
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


def _limit_cpp() -> None:
    """In the cpp child: bound its output file and memory, so hostile macros or includes cannot exhaust ours."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.MAX_PREPROCESSED_BYTES, limits.MAX_PREPROCESSED_BYTES))
    resource.setrlimit(resource.RLIMIT_AS, (limits.CPP_MEMORY, limits.CPP_MEMORY))


@functools.cache
def _prlimit() -> str | None:
    return shutil.which("prlimit")


def _bounded(command: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    """``command`` under _limit_cpp's bounds: set by util-linux's prlimit, which then execs cpp, where it exists.

    A ``preexec_fn`` makes Python fork the whole worker (hundreds of MB of
    memos: tens of ms a run, and a page fault for each page it writes after);
    without one it uses vfork.
    """
    tool = _prlimit()
    if tool is None:
        return command, _limit_cpp
    bounds = [f"--fsize={limits.MAX_PREPROCESSED_BYTES}", f"--as={limits.CPP_MEMORY}"]
    return [tool, *bounds, "--", *command], None


def _run_cpp(command: list[str], unit: str, root: Path) -> subprocess.CompletedProcess[str]:
    """Run cpp with bounded output, memory and time; its output decoded as UTF-8 or a file:line error."""
    with tempfile.TemporaryFile() as out:
        bounded, preexec = _bounded(command)
        try:
            proc = subprocess.run(
                bounded,
                input=unit.encode(),
                stdout=out,
                stderr=subprocess.PIPE,
                check=False,
                cwd=root,
                timeout=limits.CPP_TIMEOUT,
                preexec_fn=preexec,
            )
        except subprocess.TimeoutExpired:
            raise XenAbiError(f"the C preprocessor took more than {limits.CPP_TIMEOUT} s (runaway macros?)") from None
        except OSError as exc:
            raise XenAbiError(f"cannot run the C preprocessor: {exc}") from None
        if proc.returncode == -signal.SIGXFSZ:
            raise XenAbiError(
                f"the preprocessed headers exceed {limits.MAX_PREPROCESSED_BYTES >> 20} MiB (runaway macro expansion?)"
            )
        out.seek(0)
        raw = out.read()
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0 or "virtual memory exhausted" in stderr or "out of memory" in stderr:
        raise XenAbiError("the C preprocessor ran out of memory or was killed (runaway macro expansion?)")
    try:
        stdout = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = raw[: exc.start].decode("utf-8", "replace")
        file, line = _output_location(text)
        raise XenAbiError(
            f"byte 0x{raw[exc.start]:02x} is not UTF-8 (outside a comment)", file=file, line=line
        ) from None
    return subprocess.CompletedProcess(command, proc.returncode, stdout, stderr)


def _output_location(text: str) -> tuple[str | None, int | None]:
    """The header and line where cpp's output ``text`` ends (by its last line marker)."""
    last = None
    for m in re.finditer(r'^# (\d+) "([^"]*)"', text, re.M):
        last = m
    if last is None:
        return None, None
    file = _tree_path(last.group(2), "\0") or last.group(2)
    return file, int(last.group(1)) + text.count("\n", last.end()) - 1


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
    if norm.startswith(stubs):
        return f"<{norm[len(stubs) :]}>"
    if os.path.isabs(norm):
        # check_includes refuses the spellings that get here; this catches any other way out of the tree.
        raise XenAbiError("a header outside the header tree was included", file=os.path.basename(norm))
    return raw


def _split_output(
    output: str, alias: Path, names: list[str]
) -> tuple[str, dict[str, MacroDef], dict[str, FunctionMacroDef], dict[str, str], dict[str, str]]:
    body, _, tail = output.partition(_EXPANSION_MARK)
    lines = body.split("\n")
    macros: dict[str, MacroDef] = {}
    functions: dict[str, FunctionMacroDef] = {}
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
                if rel is not None and m.group(2):
                    # cpp -dD writes "#define NAME(a, b) body": the parameter list ends at the first ")".
                    params, _, text = m.group(3).partition(")")
                    name, body_text = m.group(1), " ".join(text.split())
                    param_list = tuple(p.strip() for p in params.split(",")) if params.strip() else ()
                    functions.pop(name, None)
                    macros.pop(name, None)
                    functions[name] = FunctionMacroDef(name, param_list, body_text, rel, lineno)
                elif rel is not None:
                    name, text = m.group(1), " ".join(m.group(3).split())
                    functions.pop(name, None)
                    if not (text == "" and _GUARD.search(name)):
                        macros[name] = MacroDef(name, text, rel, lineno)
            elif line.startswith("#undef "):
                macros.pop(line.split()[1], None)
                functions.pop(line.split()[1], None)
            elif _PRAGMA_PACK.match(line):
                lineno += 1
                continue  # kept for the parser: it changes layouts (also what _Pragma("pack(1)") becomes)
            lines[i] = ""
        lineno += 1
    expansions: dict[str, str] = {}
    found = [ln for ln in tail.split("\n") if ln.startswith(_EXPANSION_PREFIX)]
    for name, line in zip(names, found, strict=False):
        expanded = line[len(_EXPANSION_PREFIX) :].strip()
        if len(expanded) > limits.MAX_EXPANSION_BYTES:
            where = macros.get(name)
            raise XenAbiError(
                f"macro {name} expands to {len(expanded)} bytes; the limit is {limits.MAX_EXPANSION_BYTES >> 10} KiB",
                file=where.file if where else None,
                line=where.line if where else None,
            )
        if expanded != name:
            expansions[name] = expanded
    return "\n".join(lines), macros, functions, expansions, owner
