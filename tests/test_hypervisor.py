"""Implementation facts (abi.hypervisor), checked against the hypervisor's own tables.

The check re-reads ../shared/xen-hypervisor independently of the parser: the
header text gives each release's hypercall numbers; every fact's evidence
line must name a hypercall of the same number with the marker the status
claims, and a number said to be absent must be absent from the table text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CORPUS
from xen_abi.common.releases import is_point_release
from xen_abi.frontend.hypervisor import (
    ARCH_GUESTS,
    HypervisorSource,
    parse_c_tables,
    parse_entry_table,
    release_facts,
)
from xen_abi.ir.model import Config, Impl

HYPERVISOR = CORPUS.parent / "xen-hypervisor"
needs_hypervisor = pytest.mark.skipif(
    not (HYPERVISOR / "4.22.0").is_dir(), reason=f"hypervisor sources not found at {HYPERVISOR}"
)

# Names the hypervisor's tables use for a public number (also reviewed in abi/data/hypervisor.toml).
_INTERNAL = {"paging_domctl_cont": "arch_1", "paging_domctl_continuation": "arch_1"}


def header_numbers(release: str) -> dict[str, int]:
    """Every ``#define __HYPERVISOR_name value`` of the release's headers, aliases resolved."""
    raw: dict[str, str] = {}
    for path in sorted((CORPUS / release).rglob("*.h")):
        for m in re.finditer(r"#\s*define\s+__HYPERVISOR_(\w+)\s+(\w+)", path.read_text(errors="replace")):
            raw.setdefault(m.group(1), m.group(2))
    out: dict[str, int] = {}
    for name, value in raw.items():
        seen = set()
        while value.startswith("__HYPERVISOR_") and value not in seen:
            seen.add(value)
            value = raw.get(value[len("__HYPERVISOR_") :], value)
        if value.isdigit():
            out[name] = int(value)
    for internal, public in _INTERNAL.items():
        if public in out:
            out[internal] = out[public]
    return out


def row_name(line: str) -> str | None:
    """The hypercall a table line names, read without the parser."""
    for pattern in (
        r"^\s*(?:HYPERCALL|COMPAT_CALL|HVM_CALL|HYPERCALL_ARM|HYPERCALL_DEPRECATED)\s*\(\s*(\w+)",
        r"^\s*\[\s*__HYPERVISOR_(\w+)\s*\]",
        r"^\s*\.quad\s+(?:do_|compat_)?(\w+)",
        r"^([a-z_]\w*)\s+\S",
    ):
        m = re.match(pattern, line)
        if m:
            return m.group(1)
    return None


def table_text(lines: list[str], start: int) -> str:
    """The table opened at line ``start`` (1-based), up to its closing brace (or the file's end)."""
    body = []
    for line in lines[start - 1 :]:
        body.append(line)
        if re.match(r"^\s*}\s*;", line):
            break
    return "\n".join(body)


def entry_positions(lines: list[str], numbers: dict[str, int]) -> dict[int, range]:
    """Line -> the hypercall numbers a positional entry.S table line stands for (a .rept body: several)."""
    out: dict[int, range] = {}
    index = 0
    block: range | None = None
    started = False
    for n, line in enumerate(lines, 1):
        if re.search(r"ENTRY\((compat_)?hypercall_table\)", line):
            started, index = True, 0
            continue
        if not started:
            continue
        if re.match(r"^\s*\.rept\s+__HYPERVISOR_(\w+)", line):
            target = numbers[re.match(r"^\s*\.rept\s+__HYPERVISOR_(\w+)", line).group(1)]
            block = range(index, target)
        elif ".rept" in line or line.startswith("ENTRY("):
            started = False
        elif ".endr" in line and block is not None:
            index, block = block.stop, None
        elif ".quad" in line:
            out[n] = block if block is not None else range(index, index + 1)
            if block is None:
                index += 1
    return out


@needs_hypervisor
def test_every_header_number_has_a_fact_with_evidence_per_guest_type(catalogue):
    checked = 0
    for r in catalogue.releases:
        release = catalogue.release(r)
        facts = release.hypervisor
        assert facts is not None
        if is_point_release(r):
            # No tables for a point release (../shared has the x.y.0 ones): every fact unknown, none copied.
            assert facts.source is None and not facts.tables, r
            assert all(f.status is Impl.UNKNOWN for per in facts.facts.values() for f in per.values()), r
            continue
        assert facts.source == f"xen-hypervisor/{r}", r
        numbers = header_numbers(r)
        archs = {Config.parse(k).arch for k in release.configs}
        guests = {g for a in archs for g in ARCH_GUESTS[a]}
        assert set(facts.guests) == guests, r
        # Every number the header text defines, and the catalogue has in a view, has facts.
        in_views = {n for calls in release.calls.values() for n in calls.hypercalls}
        assert {numbers[n] for n in in_views if n in numbers} <= {numbers[n] for n in facts.facts if n in numbers}, r
        for key, calls in release.calls.items():
            for name in calls.hypercalls:
                for guest in ARCH_GUESTS[Config.parse(key).arch]:
                    assert guest in facts.facts.get(name, {}), (r, name, guest)
        files: dict[str, list[str]] = {}
        for name, per_guest in facts.facts.items():
            number = numbers.get(name)
            for guest, fact in per_guest.items():
                assert fact.status is not Impl.UNKNOWN, (r, name, guest)  # every release has tables
                assert fact.where, (r, name, guest)
                path, line = fact.where.rsplit(":", 1)
                lines = files.setdefault(path, (HYPERVISOR / r / path).read_text(errors="replace").split("\n"))
                text = lines[int(line) - 1]
                if fact.entry is None:
                    # Absent from the table: the line opens it, and no row of it names this number.
                    assert "table" in text, (r, name, guest, text)
                    body = table_text(lines, int(line))
                    if text.startswith("table:"):
                        columns = text.split()[1:]
                        if guest in columns:
                            rows = {ln.split()[0] for ln in body.split("\n")[1:] if ln and ln[0].isalpha()}
                            assert not any(numbers.get(n) == number for n in rows), (r, name, guest)
                        checked += 1
                        continue
                    named = set(re.findall(r"(?:CALL|HYPERCALL\w*)\s*\(\s*(\w+)|__HYPERVISOR_(\w+)\s*\]", body))
                    names = {a or b for a, b in named}
                    assert not any(numbers.get(n) == number for n in names), (r, name, guest, names)
                else:
                    assert fact.entry in text, (r, name, guest, text)
                    if path.endswith(".S"):
                        assert number in entry_positions(lines, numbers)[int(line)], (r, name, guest, text)
                    if "ni_hypercall" not in text:
                        named = row_name(text)
                        handler = named if named in numbers else (named or "").removeprefix("do_")
                        assert numbers.get(handler) == number, (r, name, guest, text)
                    if fact.status is Impl.DEPRECATED:
                        assert "HYPERCALL_DEPRECATED" in text or re.search(r"\sdep(\s|$)", text), text
                    elif fact.status is Impl.NOT_IMPLEMENTED:
                        assert fact.entry == "-" or "ni_hypercall" in text, text
                    else:
                        assert "ni_hypercall" not in text and fact.entry not in ("-", "dep"), text
                checked += 1
    assert checked > 6000  # 24 releases, ~50 names, 4 to 7 guest types each


@needs_hypervisor
@pytest.mark.parametrize(
    ("release", "name", "guest", "status", "condition"),
    [
        ("4.12.0", "tmem_op", "pv64", Impl.IMPLEMENTED, "CONFIG_TMEM"),
        ("4.13.0", "tmem_op", "pv64", Impl.NOT_IMPLEMENTED, None),
        ("4.22.0", "tmem_op", "hvm64", Impl.NOT_IMPLEMENTED, None),
        ("4.2.0", "arch_0", "arm", Impl.IMPLEMENTED, None),  # the experimental ARM ABI of 4.2
        ("4.3.0", "arch_0", "arm", Impl.IMPLEMENTED, None),  # do_arch_0, a debug printk
        ("4.4.0", "arch_0", "arm", Impl.NOT_IMPLEMENTED, None),
        ("4.22.0", "arch_0", "pv64", Impl.IMPLEMENTED, None),  # mca shares number 48 on x86
        ("4.22.0", "mca", "pv32", Impl.IMPLEMENTED, None),
        ("4.22.0", "mca", "hvm64", Impl.NOT_IMPLEMENTED, None),
        ("4.22.0", "arch_0", "arm", Impl.NOT_IMPLEMENTED, None),
        ("4.16.0", "set_trap_table", "arm", Impl.NOT_IMPLEMENTED, None),
        ("4.5.0", "set_trap_table", "pv32", Impl.IMPLEMENTED, None),
        ("4.5.0", "set_segment_base", "pv32", Impl.NOT_IMPLEMENTED, None),  # compat_ni_hypercall
        ("4.22.0", "sched_op_compat", "arm", Impl.DEPRECATED, None),
        ("4.15.0", "dm_op", "arm", Impl.IMPLEMENTED, "CONFIG_IOREQ_SERVER"),
        ("4.22.0", "memory_op", "riscv64", Impl.NOT_IMPLEMENTED, None),
        ("4.22.0", "arch_1", "hvm64", Impl.IMPLEMENTED, "CONFIG_X86 && CONFIG_PAGING && !CONFIG_PV_SHIM_EXCLUSIVE"),
        ("4.0.0", "hvm_op", "hvm32", Impl.IMPLEMENTED, None),  # the x86_64 build's table, not the i386 one
    ],
)
def test_facts_a_xen_developer_would_sign(catalogue, release, name, guest, status, condition):
    fact = catalogue.release(release).hypervisor.fact(name, guest)
    assert (fact.status, fact.condition) == (status, condition), fact


@needs_hypervisor
def test_support_md_status_is_kept_where_it_applies(catalogue):
    support = catalogue.release("4.22.0").hypervisor.support
    assert support["dm_op"]["arm"].status == "Tech Preview"
    assert support["dm_op"]["arm"].where.startswith("SUPPORT.md:")
    assert "pv64" not in support.get("dm_op", {})
    assert "tmem_op" not in support  # not implemented anywhere: no feature status to show


def test_without_hypervisor_sources_every_fact_is_unknown(catalogue):
    release = catalogue.release("4.15.0")
    facts = release_facts(release, None)
    assert facts.source is None and set(facts.unknown) == set(facts.guests)
    assert {f.status for per in facts.facts.values() for f in per.values()} == {Impl.UNKNOWN}
    assert facts.facts["memory_op"].keys() == {"pv32", "pv64", "hvm32", "hvm64", "arm"}


def test_conditionals_follow_the_64_bit_build():
    text = b"""
#if defined(__i386__)
static hvm_hypercall_t *hvm_hypercall32_table[NR_hypercalls] = {
    HYPERCALL(memory_op),
};
#else /* defined(__x86_64__) */
static hvm_hypercall_t *hvm_hypercall32_table[NR_hypercalls] = {
    HYPERCALL(xen_version),
#ifdef CONFIG_TMEM
    HYPERCALL(tmem_op),
#else
    [ __HYPERVISOR_memory_op ] = NULL,
#endif
};
#endif
"""
    table = parse_c_tables("hvm.c", text)["hvm_hypercall32_table"]
    assert table.where == "hvm.c:7"
    assert set(table.by_name) == {"xen_version", "tmem_op", "memory_op"}
    assert table.by_name["tmem_op"].condition == "CONFIG_TMEM"
    assert table.by_name["memory_op"].status is Impl.NOT_IMPLEMENTED
    assert table.by_name["memory_op"].condition == "!CONFIG_TMEM"


def test_positional_entry_table_with_rept():
    text = b"""ENTRY(hypercall_table)
        .quad do_set_trap_table     /*  0 */
        .quad do_ni_hypercall
        .rept __HYPERVISOR_arch_0-((.-hypercall_table)/8)
        .quad do_ni_hypercall
        .endr
        .quad do_mca                /* 48 */
        .rept NR_hypercalls-((.-hypercall_table)/8)
        .quad do_ni_hypercall
        .endr
"""
    table = parse_entry_table("entry.S", text, "hypercall_table", {"arch_0": 48})
    assert table is not None
    assert table.by_number[0].status is Impl.IMPLEMENTED
    assert table.by_number[1].status is Impl.NOT_IMPLEMENTED
    assert table.by_number[47].where == "entry.S:5"
    assert (table.by_number[48].entry, table.by_number[48].where) == ("do_mca", "entry.S:7")
    assert 49 not in table.by_number


def test_source_hash_is_stable(tmp_path: Path):
    a = HypervisorSource("x", {"SUPPORT.md": b"a", "xen/x.c": b"b"})
    b = HypervisorSource("x", {"xen/x.c": b"b", "SUPPORT.md": b"a"})
    assert a.tree_hash == b.tree_hash
