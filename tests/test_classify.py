"""Stability classes with evidence, on the committed catalogue and on hand-made releases."""

from __future__ import annotations

import pytest
from xen_abi.analysis.classify import KINDS, LEGACY, Classification, Classifier, Stability, classify, interface_macros
from xen_abi.common.releases import series
from xen_abi.ir.model import (
    CallsABI,
    Config,
    ConfigABI,
    Constant,
    Hypercall,
    Layout,
    LegacyView,
    Provenance,
    ReleaseABI,
    SubOp,
    TypeEntry,
    Visibility,
)


def _release() -> ReleaseABI:
    """A release of our own: one guest-visible, one tools-only, one annotated and one legacy-only item."""
    prov = Provenance("directory", "demo", None, None, "sha256:0")
    release = ReleaseABI("9.9.0", prov, 0x00040000)
    lay = Layout("struct", 4, 4)
    guest = ConfigABI(
        Config("x86_64", Visibility.GUEST),
        types={"struct pub": TypeEntry("struct pub", lay, "pub.h:3")},
        constants={"PUB_X": Constant("PUB_X", "1", 1, "pub.h:9")},
    )
    tools = ConfigABI(
        Config("x86_64", Visibility.TOOLS),
        types={
            "struct pub": TypeEntry("struct pub", lay, "pub.h:3"),
            "struct ctl": TypeEntry("struct ctl", lay, "ctl.h:7"),
        },
        constants={
            "PUB_X": Constant("PUB_X", "1", 1, "pub.h:9"),
            "CTL_INTERFACE_VERSION": Constant("CTL_INTERFACE_VERSION", "0x12", 18, "ctl.h:2"),
        },
    )
    release.configs = {guest.config.key: guest, tools.config.key: tools}
    op = SubOp("CTL_plain", "ctl_op", 1, "ctl.h:20", ("struct ctl",), True, "test")
    stable_op = SubOp("CTL_state", "ctl_op", 2, "ctl.h:21", (), True, "test", annotation="ctl.h:21: stable interface")
    old_op = SubOp("CTL_old", "ctl_op", 3, "ctl.h:22", (), True, "test", annotation="ctl.h:22: obsolete since 0x0004")
    calls = {"ctl_op": Hypercall("ctl_op", 40, "xen.h:5"), "x_compat": Hypercall("x_compat", 6, "xen.h:6", None, "c")}
    release.calls = {
        guest.config.key: CallsABI(calls, {}),
        tools.config.key: CallsABI(calls, {o.name: o for o in (op, stable_op, old_op)}),
    }
    release.legacy = {
        "x86_64": LegacyView(
            types={"struct ancient": TypeEntry("struct ancient", lay, "pub.h:30")},
            calls=CallsABI({"dom0_op": Hypercall("dom0_op", 7, "xen.h:40", "platform_op")}, {}),
        )
    }
    return release


def test_each_class_with_its_evidence():
    r = _release()
    pub = classify(r, "x86_64", "struct pub", kind="type")
    assert pub == Classification(
        Stability.STABLE, "pub.h:3", "guest-visible: defined without __XEN__/__XEN_TOOLS__", None, "guest"
    )
    ctl = classify(r, "x86_64", "struct ctl", kind="type")
    assert (ctl.stability, ctl.interface_macro, ctl.visibility) == (
        Stability.TOOLS_ONLY,
        "CTL_INTERFACE_VERSION",
        "tools",
    )
    plain = classify(r, "x86_64", "CTL_plain", kind="subop")
    assert plain.stability is Stability.TOOLS_ONLY and plain.interface_macro == "CTL_INTERFACE_VERSION"
    state = classify(r, "x86_64", "CTL_state", kind="subop")
    assert state.stability is Stability.STABLE and state.visibility == "tools"
    assert "stable interface" in state.reason and "CTL_INTERFACE_VERSION does not cover it" in state.reason
    old = classify(r, "x86_64", "CTL_old", kind="subop")
    assert old.stability is Stability.DEPRECATED and "obsolete" in old.reason
    compat = classify(r, "x86_64", "x_compat", kind="hypercall")
    assert compat.stability is Stability.DEPRECATED and "*_compat" in compat.reason
    legacy = classify(r, "x86_64", "dom0_op", kind="hypercall")
    assert (legacy.stability, legacy.visibility, legacy.where) == (Stability.DEPRECATED, LEGACY, "xen.h:40")
    assert classify(r, "x86_64", "struct ancient", kind="type").stability is Stability.DEPRECATED
    assert classify(r, "x86_64", "struct nowhere", kind="type") is None
    assert classify(r, "arm64", "struct pub", kind="type") is None


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kind 'struct'"):
        classify(_release(), "x86_64", "struct pub", kind="struct")
    assert set(KINDS) == {"hypercall", "subop", "type", "constant"}


def test_the_classifier_reads_interface_macros_once_per_release_and_arch():
    r = _release()
    c = Classifier(r, "x86_64")
    assert c.classify("struct ctl", kind="type").interface_macro == "CTL_INTERFACE_VERSION"
    assert c._macros == interface_macros(r, "x86_64") == {"ctl.h": "CTL_INTERFACE_VERSION"}


# -- the committed catalogue ------------------------------------------------------------------------


def test_dm_op_sub_ops_are_tools_only_in_4_9_to_4_14_and_stable_from_4_15(catalogue):
    # Point releases follow their series: no stable branch ever changed dm_op's class.
    for r in catalogue.releases:
        verdict = classify(catalogue.release(r), "x86_64", "XEN_DMOP_create_ioreq_server", kind="subop")
        minor = int(series(r).split(".")[1])
        if minor < 9:
            assert verdict is None, r
        elif minor < 15:
            assert verdict.stability is Stability.TOOLS_ONLY, r
            assert verdict.where.startswith("hvm/dm_op.h:")
        else:
            assert verdict.stability is Stability.STABLE, r
            assert verdict.reason == "guest-visible: defined without __XEN__/__XEN_TOOLS__"


def test_get_domain_state_is_stable_by_annotation_in_a_tools_only_header(catalogue):
    verdict = classify(catalogue.release("4.22.0"), "x86_64", "XEN_DOMCTL_get_domain_state", kind="subop")
    assert verdict.stability is Stability.STABLE and verdict.visibility == "tools"
    assert verdict.where.startswith("domctl.h:")
    assert "stable interface" in verdict.reason and "XEN_DOMCTL_INTERFACE_VERSION" in verdict.reason
    other = classify(catalogue.release("4.22.0"), "x86_64", "XEN_DOMCTL_createdomain", kind="subop")
    assert other.stability is Stability.TOOLS_ONLY and other.interface_macro == "XEN_DOMCTL_INTERFACE_VERSION"


def test_deprecated_by_legacy_interface_or_compat(catalogue):
    r = catalogue.release("4.22.0")
    dom0 = classify(r, "x86_64", "dom0_op", kind="hypercall")
    assert dom0.stability is Stability.DEPRECATED and dom0.visibility == LEGACY and dom0.where.startswith("xen.h:")
    assert classify(r, "x86_64", "event_channel_op_compat", kind="hypercall").stability is Stability.DEPRECATED
    level = classify(r, "x86_64", "struct xen_hvm_set_isa_irq_level", kind="type")
    assert level.stability is Stability.DEPRECATED and level.where.startswith("hvm/hvm_op.h:")
    assert classify(r, "x86_64", "HVMOP_set_isa_irq_level", kind="subop").stability is Stability.DEPRECATED


def test_types_and_constants_keep_their_base_classification(catalogue):
    r = catalogue.release("4.14.0")
    assert classify(r, "x86_64", "struct xen_dm_op", kind="type").stability is Stability.TOOLS_ONLY
    assert classify(r, "x86_64", "struct evtchn_send", kind="type").stability is Stability.STABLE
    macro = classify(r, "x86_64", "XEN_DOMCTL_INTERFACE_VERSION", kind="constant")
    assert macro.stability is Stability.TOOLS_ONLY and macro.interface_macro == "XEN_DOMCTL_INTERFACE_VERSION"
