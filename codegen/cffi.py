"""Stage 3 (cffi): render the importable ``xen_abi_bindings`` package from a selection.

The package is data plus static code: per architecture, ``data/<arch>.json``
holds every type's C declaration (from ``xen_abi.codegen.lower``, so fixed-width and
explicitly padded), the catalogue's layout to check it against, and which
types and constants form the stable core or belong to one release; the
runtime modules (``codegen/templates/cffi/*.j2``) turn that into cffi FFIs
with no compiler and without importing ``abi``.
"""

from __future__ import annotations

import difflib
import hashlib
import json

from xen_abi.codegen.lower import Lowered, Lowerer, Record, Typedef
from xen_abi.codegen.macros import MacroFunction
from xen_abi.codegen.render import TEMPLATES, c_declaration, render
from xen_abi.codegen.select import ArchSelection, Selection, Span, portable_where
from xen_abi.common.jsontext import dump_json
from xen_abi.common.releases import version_key
from xen_abi.ir.archs import get_arch
from xen_abi.ir.model import Layout

DATA_SCHEMA = "xen-abi-bindings/3"
# Runtime modules: plain Python (codegen/templates/cffi/package/), copied as they are;
# only _meta.py is rendered.
STATIC = TEMPLATES / "cffi" / "package"


def _type_record(decl: Lowered, layout: Layout, where: str) -> dict:
    """What the runtime needs of one type: its declaration and the catalogue's layout."""
    out: dict = {
        "decl": c_declaration(decl),
        "kind": layout.kind,
        "size": layout.size,
        "align": layout.align,
        "where": where,
    }
    if isinstance(decl, Typedef) and not decl.dims:
        out["target"] = decl.ctype
    if isinstance(decl, Record):
        out["packed"] = decl.packed
        if not decl.packed and decl.natural_align != layout.align:
            # Over-aligned by an attribute (x86_32 tools' uint64_aligned_t): cffi cannot
            # raise an alignment, so natively it reads this; sizes and offsets stay exact.
            out["natural_align"] = decl.natural_align
        out["fields"] = [[f.name, f.offset, f.size, f.bit_offset, f.bit_width] for f in layout.fields]
        if decl.bitfields:
            out["bitfields"] = {b.name: [b.offset, b.unit, b.shift, b.width, b.signed] for b in decl.bitfields}
        if decl.views:
            out["views"] = decl.views
    return out


def _span(since: str | None, until: str | None) -> list:
    return [since, until]


def arch_data(selection: Selection, sel: ArchSelection) -> dict:
    """The ``data/<arch>.json`` document of one architecture."""
    arch = get_arch(sel.arch)
    lowerer = Lowerer(arch, sel.variants)
    types: dict[str, dict] = {}
    omitted: dict[str, str] = {}

    def add(lowered: dict[str, Lowered], ids: dict[str, str]) -> list[str]:
        """Record the declarations of ``ids`` (name -> variant); their names in dependency order."""
        order = []
        for name, decl in lowered.items():
            if name not in ids:
                continue
            if decl.size == 0:
                # cffi gives every struct at least one byte: a GNU C empty record
                # cannot be declared (members of its type are declared as no bytes).
                omitted[name] = "a record of size 0 (cffi gives every struct at least one byte)"
                continue
            vid = ids[name]
            variant = sel.variants[vid]
            types.setdefault(vid, _type_record(decl, variant.layout, variant.where))
            order.append(name)
        return order

    core_ids = {n: c.variant for n, c in sel.core_types.items()}
    core_lowered = lowerer.lower_set(sorted(core_ids.values()))
    core_order = add(core_lowered, core_ids)
    core = [[n, core_ids[n], *_span(sel.core_types[n].span.since, sel.core_types[n].span.until)] for n in core_order]
    per_release: dict[str, list] = {}
    for r in sel.releases:
        own = sel.release_types.get(r, {})
        present = {n: v for n, v in core_ids.items() if _covers(sel.core_types[n].span, r)}
        lowered = lowerer.lower_set(sorted({**present, **own}.values()))
        per_release[r] = [[n, own[n]] for n in add(lowered, own)]
    trees = _Trees()
    tools: dict[str, dict] = {}
    for r in sel.tools_releases:
        ids = sel.tools_types[r]
        lowered = lowerer.lower_set(sorted(ids.values()))
        tools[r] = {
            "types": [[n, ids[n]] for n in add(lowered, ids)],
            "constants": sel.tools_constants[r],
            "interface_macros": sel.tools_interface_macros[r],
            "macros": {n: trees.row(f) for n, f in sel.tools_macros[r].items()},
        }
    enums = {
        name: [*_span(ct.span.since, ct.span.until), [[e, v] for e, v in sel.variants[ct.variant].layout.enumerators]]
        for name, ct in sel.core_types.items()
        if sel.variants[ct.variant].layout.kind == "enum"
    }
    return {
        "schema": DATA_SCHEMA,
        "arch": sel.arch,
        "pointer_size": arch.pointer,
        "releases": list(sel.releases),
        "types": types,
        "core": core,
        "core_enums": enums,
        "omitted": dict(sorted(omitted.items())),
        "core_constants": {
            n: [c.value, *_span(c.span.since, c.span.until), c.where] for n, c in sel.core_constants.items()
        },
        "core_calls": {
            n: [c.call.number, c.call.hypercall, list(c.call.args), *_span(c.span.since, c.span.until), c.call.where]
            for n, c in sel.core_calls.items()
        },
        "release_calls": {
            r: {n: [c.number, c.hypercall, list(c.args)] for n, c in sel.release_calls.get(r, {}).items()}
            for r in sel.releases
        },
        # The guest types the hypervisor serves each call for (abi.guests): core calls at the newest release of
        # their span, the others at the newest release of the range that has them.
        "call_guests": dict(sorted(_call_guests(sel).items())),
        "per_release": per_release,
        "release_constants": {r: sel.release_constants.get(r, {}) for r in sel.releases},
        # Function-like macros (xen_abi.codegen.macros), evaluated by _macros.py; each tree stored once.
        "core_macros": {n: trees.row(m.function, m.span) for n, m in sel.core_macros.items()},
        "release_macros": {
            r: {n: trees.row(f) for n, f in sel.release_macros.get(r, {}).items()} for r in sel.releases
        },
        "macro_trees": trees.stored,
        "unsupported_macros": dict(sorted(sel.unsupported_macros.items())),
        "tools": _tools_deltas(tools),
    }


class _Trees:
    """Macro expression trees by content: one compact JSON text each (a tree recurs in every release it is in)."""

    def __init__(self) -> None:
        self.stored: dict[str, str] = {}

    def row(self, function: MacroFunction, span: Span | None = None) -> list:
        """A macro's data row: [params, tree key, (since, until,) where, text]; its tree stored once."""
        text = json.dumps(function.tree, separators=(",", ":"))
        key = hashlib.sha256(text.encode()).hexdigest()[:16]
        self.stored[key] = text
        macro = function.macro
        spanned = [] if span is None else [span.since, span.until]
        return [list(macro.params), key, *spanned, portable_where(macro.where), macro.text]


def _tools_deltas(views: dict[str, dict]) -> dict[str, dict]:
    """Each release's tools view stored against the previous release's (releases in version order).

    With point releases most views equal or nearly equal their predecessor's, so
    storing each whole would multiply the data by the number of releases.  A view
    is ``{"base": previous release or None, "types": ops, "constants": delta,
    "interface_macros": delta, "macros": delta}``: ``ops`` rebuild the ordered ``[name, variant]``
    list (``["=", i, j]`` copies the base's items ``i:j``, ``["+", items]`` adds
    items), a delta is ``{"set": {...}, "del": [...]}`` against the base's mapping.
    The first view has no base and adds everything.  The variants themselves are
    shared by content in ``types`` already.
    """
    out: dict[str, dict] = {}
    previous: dict | None = None
    previous_release: str | None = None
    for release, view in views.items():
        base = previous or {"types": [], "constants": {}, "interface_macros": {}, "macros": {}}
        out[release] = {
            "base": previous_release,
            "types": _list_ops(base["types"], view["types"]),
            "constants": _mapping_delta(base["constants"], view["constants"]),
            "interface_macros": _mapping_delta(base["interface_macros"], view["interface_macros"]),
            "macros": _mapping_delta(base["macros"], view["macros"]),
        }
        previous, previous_release = view, release
    return out


def _list_ops(base: list[list[str]], items: list[list[str]]) -> list[list]:
    """Ops that rebuild ``items`` from ``base`` (see ``_tools_deltas``)."""
    matcher = difflib.SequenceMatcher(None, [tuple(x) for x in base], [tuple(x) for x in items], autojunk=False)
    ops: list[list] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(["=", i1, i2])
        elif j2 > j1:  # replace or insert; a deletion is just not copied
            ops.append(["+", items[j1:j2]])
    return ops


def _mapping_delta(base: dict, mapping: dict) -> dict:
    return {
        "set": {k: v for k, v in mapping.items() if base.get(k, _ABSENT) != v},
        "del": sorted(k for k in base if k not in mapping),
    }


_ABSENT = object()


def _call_guests(sel: ArchSelection) -> dict[str, list[str]]:
    out = {n: list(c.call.guests) for n, c in sel.core_calls.items()}
    for r in sel.releases:
        out.update({n: list(c.guests) for n, c in sel.release_calls.get(r, {}).items()})
    return out


def _covers(span: Span, release: str) -> bool:
    key = version_key(release)
    return (span.since is None or key >= version_key(span.since)) and (
        span.until is None or key <= version_key(span.until)
    )


def render_package(selection: Selection) -> dict[str, str]:
    """Every file of the package, by path relative to the package directory."""
    files: dict[str, str] = {}
    for arch, sel in selection.per_arch.items():
        files[f"data/{arch}.json"] = dump_json(arch_data(selection, sel))
    meta = {
        "releases": selection.releases,
        "archs": selection.archs,
        "with_tools_only": selection.with_tools_only,
        "provenance": sorted(selection.provenance.items()),
    }
    files["_meta.py"] = render("cffi/_meta.py.j2", **meta)
    for module in sorted(STATIC.glob("*.py")):
        files[module.name] = module.read_text(encoding="utf-8")
    files["py.typed"] = ""  # PEP 561: the runtime's type hints are for its users' type checkers
    return files
