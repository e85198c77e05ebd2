"""Draft the library mapping from Xen's library sources (a starting point for review, not the data).

``python -m xen_abi.audit.draft ../shared/xen-tools/4.22.0 > draft.toml`` reads
each public function of Xen's user-space libraries (the names their ``.map``
files export, or ``xenctrl.h`` declares) and lists, with file:line, the
hypercalls, sub-ops, ioctls and other public functions its body names.  The
committed ``abi/data/libraries.toml`` is this draft after review: entries
checked by reading the code, wrong ones dropped, kernel-side effects of
ioctls added with their source.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from xen_abi.compare.history import of_catalogue
from xen_abi.store.catalogue import Catalogue

LIBRARIES = {
    "call": "libxencall",
    "devicemodel": "libxendevicemodel",
    "evtchn": "libxenevtchn",
    "foreignmemory": "libxenforeignmemory",
    "gnttab": "libxengnttab",
    "toolcore": "libxentoolcore",
    "manage": "libxenmanage",
    "ctrl": "libxenctrl",
}
# Only Linux's back end of each library: the one a Linux dom0 runs.
OTHER_OS = (
    "freebsd.c",
    "netbsd.c",
    "solaris.c",
    "minios.c",
    "compat.c",
    "gnttab_unimp.c",
    "gntshr_unimp.c",
    "xc_freebsd.c",
    "xc_netbsd.c",
    "xc_solaris.c",
    "xc_minios.c",
)
DEFINITION = re.compile(r"^(?:[A-Za-z_][\w \t\*]*?[\s\*])?([a-z_]\w*)\s*\(")
TOKEN = re.compile(r"\b(__HYPERVISOR_\w+|IOCTL_\w+|[A-Za-z_]\w*)\b")


def exported(root: Path) -> set[str]:
    names: set[str] = set()
    for path in sorted((root / "tools/libs").glob("*/*.map")):
        names.update(re.findall(r"^\s+([a-z]\w+);", path.read_text(), re.M))
    header = (root / "tools/include/xenctrl.h").read_text()
    names.update(re.findall(r"\b(xc_\w+)\s*\(", header))
    return names


def functions(path: Path) -> list[tuple[str, int, list[tuple[int, str]]]]:
    """(name, line, body lines) of each function defined at column 0."""
    lines = path.read_text(errors="replace").splitlines()
    out: list[tuple[str, int, list[tuple[int, str]]]] = []
    i = 0
    while i < len(lines):
        m = DEFINITION.match(lines[i])
        if m and not lines[i].rstrip().endswith(";") and not lines[i].startswith(("#", " ", "\t")):
            start = i
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith(("{", ";")):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith("{"):
                k = j
                while k < len(lines) and lines[k] != "}":
                    k += 1
                out.append((m.group(1), start + 1, [(n + 1, lines[n]) for n in range(j, k)]))
                i = k
        i += 1
    return out


def _direct(rel: str, body: list[tuple[int, str]], subops: set[str], names: set[str]) -> list[tuple[str, str, str]]:
    """(kind, name, file:line) of what a body names directly."""
    found: list[tuple[str, str, str]] = []
    for n, text in body:
        if text.lstrip().startswith(("*", "/*", "//")):
            continue  # a comment line names things it does not do
        code = text.split("/*")[0].split("//")[0]
        for tok in dict.fromkeys(TOKEN.findall(code)):
            at = f"{rel}:{n}"
            if tok.startswith("__HYPERVISOR_"):
                found.append(("hypercall", tok[len("__HYPERVISOR_") :], at))
            elif tok.startswith("IOCTL_"):
                found.append(("ioctl", tok, at))
            elif tok in subops:
                found.append(("subop", tok, at))
            elif tok in names and re.search(rf"\b{tok}\s*\(", code):
                found.append(("call", tok, at))
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[0])
    history = of_catalogue(Catalogue.load())
    subops = {name for kind, name in history.items if kind == "subop"}
    public = exported(root)
    # Every function of each library's common code and Linux back end; internal ones
    # (osdep_*, do_domctl, static helpers) are followed into, public ones stay links.
    defined: dict[str, tuple[str, str, int, list[tuple[int, str]]]] = {}
    for lib, library in LIBRARIES.items():
        for path in sorted((root / "tools/libs" / lib).glob("*.c")):
            if path.name in OTHER_OS:
                continue
            rel = path.relative_to(root).as_posix()
            for name, line, body in functions(path):
                defined.setdefault(name, (library, rel, line, body))
                # libxenctrl has no symbol map: every function it does not make static is exported.
                text = path.read_text(errors="replace").splitlines()[line - 1]
                if lib == "ctrl" and name.startswith("xc_") and not text.startswith("static"):
                    public.add(name)
    names = set(defined)

    def uses_of(name: str, seen: set[str]) -> list[tuple[str, str, str]]:
        library, rel, _, body = defined[name]
        out: list[tuple[str, str, str]] = []
        for kind, tok, at in _direct(rel, body, subops, names):
            if kind != "call" or tok in public:
                if not (kind == "call" and tok == name):
                    out.append((kind, tok, at))
            elif tok not in seen and defined[tok][0] == library:
                out += uses_of(tok, seen | {tok})
        return out

    for name, (library, rel, line, _) in defined.items():
        if name not in public:
            continue
        uses = list(dict.fromkeys(uses_of(name, {name})))
        print(f"[function.{name}]")
        print(f'library = "{library}"')
        print(f'defined = "{rel}:{line}"')
        items = [f'{{ {kind} = "{tok}", at = "{at}" }}' for kind, tok, at in uses]
        print("uses = [" + "".join(f"\n  {u}," for u in items) + ("\n]" if items else "]"))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
