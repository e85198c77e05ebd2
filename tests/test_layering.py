"""The package's layering, read from the source: a lower stage never imports a higher one.

Every module of xen_abi (folders abi/ and codegen/) is parsed with ``ast``; every import
counts, including those inside functions (lazy imports) and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = {"xen_abi": ROOT / "abi", "xen_abi.codegen": ROOT / "codegen"}

# The pipeline, bottom to top.  A module may import its own group and any group of a lower
# rank; never a higher one, nor another group of the same rank.
RANKS: dict[str, int] = {
    "xen_abi": 0,  # the package's __init__: its version, nothing else
    "common": 0,
    "ir": 1,
    "frontend": 2,
    "store": 3,
    "analysis": 4,
    "compare": 5,
    "build": 6,
    "queries": 6,
    "present": 7,
    "audit": 7,  # reads queries, compare, store and frontend; renders its own report
    "report": 8,
    "codegen": 8,
    "cli": 9,
    "__main__": 10,  # python -m xen_abi: the CLI
}


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in sorted(folder.rglob("*.py")):
            rel = path.relative_to(folder)
            if rel.parts[0] == "templates":  # files the generators copy out, not modules of the package
                continue
            parts = [*package.split("."), *rel.with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            if package == "xen_abi" and name.startswith("xen_abi.codegen"):
                continue
            found.setdefault(name, path)
    return found


MODULES = _modules()


def _group(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "xen_abi"


def _imports(path: Path, module: str) -> list[tuple[int, str]]:
    """(line, imported module) for every import statement anywhere in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # "from xen_abi.compare import history" imports the module xen_abi.compare.history.
            out += [(node.lineno, f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base) for a in node.names]
    return out


def test_every_module_has_a_rank() -> None:
    assert MODULES, "no modules found"
    assert {_group(m) for m in MODULES} <= set(RANKS)


def test_a_lower_layer_never_imports_a_higher_one() -> None:
    bad = []
    for module, path in MODULES.items():
        mine = _group(module)
        for line, target in _imports(path, module):
            if not target.startswith("xen_abi"):
                continue
            theirs = _group(target)
            if theirs != mine and RANKS[theirs] >= RANKS[mine]:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {mine} (rank {RANKS[mine]}) imports {target}")
    assert not bad, "\n".join(bad)


def test_argparse_only_in_the_cli() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{line}"
        for module, path in MODULES.items()
        if _group(module) != "cli"
        for line, target in _imports(path, module)
        if target == "argparse"
    ]
    assert not bad, bad


def test_nothing_imports_the_old_top_level_names() -> None:
    """``abi`` and ``codegen`` are folders, not import names: those are taken on the package index."""
    files = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    bad = []
    for rel in files:
        path = ROOT / rel
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            bad += [f"{rel}:{node.lineno}: {n}" for n in names if n.split(".")[0] in ("abi", "codegen")]
    assert not bad, "\n".join(bad)


def test_the_generated_bindings_import_nothing_of_the_tool() -> None:
    folder = ROOT / "generated" / "xen_abi_bindings"
    bad = [
        f"{path.name}:{node.lineno}"
        for path in sorted(folder.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom | ast.Import)
        and any(
            n.split(".")[0] == "xen_abi"
            for n in ([a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""])
        )
    ]
    assert not bad, bad


def test_help_imports_no_parser_templates_ffi_or_report() -> None:
    """``xen-abi --help`` builds the whole parser but imports what no command has run yet."""
    code = (
        "import sys\n"
        "from xen_abi.cli.main import build_parser\n"
        "build_parser().format_help()\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    loaded = set(done.stdout.split())
    heavy = {m for m in loaded if m.split(".")[0] in ("pycparser", "jinja2", "cffi", "clang")}
    heavy |= {m for m in loaded if m.startswith(("xen_abi.report.", "xen_abi.present.", "xen_abi.frontend.ingest"))}
    assert not heavy, sorted(heavy)


@pytest.mark.parametrize(
    ("mirror", "source"),
    [
        ("xen_abi.cli.drift.FAIL_ON", "xen_abi.compare.drift.FAIL_ON"),
        ("xen_abi.cli.report.FORMATS", "xen_abi.report.site.FORMATS"),
        ("xen_abi.cli.codegen.DEFAULT_FROM", "xen_abi.codegen.select.DEFAULT_FROM"),
    ],
)
def test_names_the_cli_restates_for_a_light_help_agree(mirror: str, source: str) -> None:
    import importlib

    def value(dotted: str) -> tuple[object, ...]:
        module, _, name = dotted.rpartition(".")
        return tuple(getattr(importlib.import_module(module), name))

    assert value(mirror) == value(source)


def test_package_data_ships_every_file_the_package_reads() -> None:
    """A wheel carries *.py and pyproject's package-data globs: every template and data file must match one."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapped: dict[str, str] = config["package-dir"]

    def folder_of(name: str) -> Path:
        prefix = max((p for p in mapped if name == p or name.startswith(p + ".")), key=len)
        return ROOT / mapped[prefix] / Path(*name[len(prefix) :].split(".")[1:])

    folders = {name: folder_of(name) for name in config["packages"] if name != "xen_abi_bindings"}
    missing = []
    for path in sorted(p for root in (ROOT / "abi", ROOT / "codegen") for p in root.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts or (path.suffix == ".py" and "templates" not in path.parts):
            continue
        owner = max((n for n, f in folders.items() if path.is_relative_to(f)), key=lambda n: len(folders[n].parts))
        rel = path.relative_to(folders[owner])
        globs = config["package-data"].get(owner, [])
        if not any(rel.match(g) and len(rel.parts) == len(Path(g).parts) for g in globs):
            missing.append(f"{path.relative_to(ROOT)} (package {owner})")
    assert not missing, "\n".join(missing)
