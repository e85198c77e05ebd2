"""What a guest can use: the headers' classes joined with what the hypervisor implements.

The headers tell which numbers and layouts exist, and whether a guest or
only the toolstack sees them (``analysis.classify``); the hypervisor's tables tell
which numbers it dispatches, for which guest type (``frontend.hypervisor``, stored
in each release document).  This module joins the two, for the queries, the
report and the bindings:

- guest types per arch (``x86_64``: ``pv64`` and ``hvm64``; ``arm32`` and
  ``arm64``: ``arm``; ...), and ``--guest`` resolved to an arch;
- the *interface class* of a multiplexed hypercall: its number is one thing,
  its interface another (``domctl``: number stable, interface tools-only,
  versioned by ``XEN_DOMCTL_INTERFACE_VERSION``, one stable sub-op);
- whether a hypercall is callable by some guest type of an arch in a release,
  and the class a guest sees: ``not implemented`` (the number exists, the
  hypervisor never dispatched it there: ``set_trap_table`` on Arm),
  ``removed`` (it did and stopped: ``tmem_op`` from 4.13), ``no guest view``
  (a configuration whose guest headers do not compile: ppc64 4.18 to 4.21).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xen_abi.analysis.classify import Classifier, Stability
from xen_abi.common.errors import UsageError
from xen_abi.frontend.hypercalls import load_table
from xen_abi.frontend.hypervisor import subop_limit
from xen_abi.ir.archs import ARCH_GUESTS, GUEST_ARCH, GUESTS
from xen_abi.ir.model import CALLABLE, Config, Fact, Impl, ReleaseABI, Visibility

__all__ = ["CALLABLE"]

DATA_TABLE = "abi/data/hypervisor.toml"


def arch_guests(arch: str) -> tuple[str, ...]:
    return ARCH_GUESTS.get(arch, ())


def resolve_guest(guest: str | None, arch: str | None, default_arch: str) -> tuple[str, tuple[str, ...]]:
    """(arch, the guest types asked about): ``--guest hvm64`` alone means x86_64; ``--guest arm`` arm64."""
    if guest is None:
        chosen = arch or default_arch
        return chosen, arch_guests(chosen)
    if guest not in GUESTS:
        raise UsageError(f"unknown guest type {guest!r}; valid: {', '.join(GUESTS)}")
    chosen = arch or GUEST_ARCH.get(guest, guest)
    if guest not in arch_guests(chosen):
        valid = ", ".join(arch_guests(chosen)) or "none"
        raise UsageError(f"a {guest} guest is not built for {chosen}; guest types of {chosen}: {valid}")
    return chosen, (guest,)


def no_guest_view(release: ReleaseABI, arch: str) -> str | None:
    """Why a supported arch has no guest view in this release (its guest headers do not compile), or None."""
    if arch in release.unsupported_archs:
        return None
    return release.unsupported_configs.get(Config(arch, Visibility.GUEST).key)


# -- multiplexed hypercalls ------------------------------------------------------------------------------


def multiplexed() -> dict[str, str | None]:
    """Hypercall -> the command struct carrying its sub-ops (None when the sub-ops have none)."""
    return {f.hypercall: f.command for f in load_table().families}


@dataclass(frozen=True)
class Interface:
    """The interface class of a multiplexed hypercall in one release on one arch."""

    hypercall: str
    stability: Stability  # STABLE or TOOLS_ONLY
    macro: str | None  # the *_INTERFACE_VERSION macro versioning a tools-only interface
    stable_subops: tuple[str, ...]
    subops: int  # every sub-op the release defines for it on this arch
    reason: str

    def text(self) -> str:
        """``number stable, interface tools-only (XEN_DOMCTL_INTERFACE_VERSION), 1 stable sub-op: get_domain_state``."""
        n = len(self.stable_subops)
        if self.stability is Stability.STABLE:
            return f"number stable, interface stable ({n} of {self.subops} sub-ops stable)"
        versioned = f" ({self.macro})" if self.macro else ""
        if not n:
            return f"number stable, interface tools-only{versioned}, no stable sub-op"
        names = ", ".join(_short(s, self.hypercall) for s in self.stable_subops)
        return f"number stable, interface tools-only{versioned}, {n} stable sub-op{'s' if n > 1 else ''}: {names}"

    def to_json(self) -> dict[str, object]:
        return {
            "class": str(self.stability),
            "interface_macro": self.macro,
            "stable_subops": list(self.stable_subops),
            "subops": self.subops,
            "reason": self.reason,
            "text": self.text(),
        }


def _short(subop: str, hypercall: str) -> str:
    for family in load_table().families:
        if family.hypercall == hypercall and subop.startswith(family.prefix):
            return subop[len(family.prefix) :]
    return subop


def interface(release: ReleaseABI, arch: str, hypercall: str, classifier: Classifier | None = None) -> Interface | None:
    """A multiplexed hypercall's interface class; None for a hypercall without sub-ops.

    Tools-only when its command struct is (``struct xen_domctl`` only with
    ``__XEN_TOOLS__``: the interface is the toolstack's, versioned by the
    header's macro, whatever few sub-ops are annotated stable); otherwise
    stable when at least one of its sub-ops is, tools-only when none is.
    """
    families = multiplexed()
    if hypercall not in families:
        return None
    classifier = classifier or Classifier(release, arch)
    names: set[str] = set()
    for vis in (Visibility.GUEST, Visibility.TOOLS):
        calls = release.calls.get(Config(arch, vis).key)
        if calls is not None:
            names.update(n for n, s in calls.subops.items() if s.hypercall == hypercall)
    stable: list[str] = []
    macro: str | None = None
    for name in sorted(names):
        verdict = classifier.classify(name, kind="subop")
        if verdict is None:
            continue
        if verdict.stability is Stability.STABLE:
            stable.append(name)
        macro = macro or verdict.interface_macro
    command = families[hypercall]
    verdict = classifier.classify(command, kind="type") if command else None
    if verdict is not None and verdict.stability is Stability.TOOLS_ONLY:
        reason = f"{command} is tools-only ({verdict.where})"
        return Interface(
            hypercall, Stability.TOOLS_ONLY, verdict.interface_macro or macro, tuple(stable), len(names), reason
        )
    if stable:
        return Interface(hypercall, Stability.STABLE, None, tuple(stable), len(names), "has guest-visible sub-ops")
    return Interface(hypercall, Stability.TOOLS_ONLY, macro, (), len(names), "no sub-op is guest-visible")


# -- callable by which guest types -------------------------------------------------------------------------


@dataclass(frozen=True)
class Usability:
    """One hypercall in one release, for the guest types asked about."""

    facts: dict[str, Fact] = field(default_factory=dict)  # guest -> fact

    @property
    def callable(self) -> tuple[str, ...]:
        return tuple(g for g, f in self.facts.items() if f.status in CALLABLE)

    @property
    def known(self) -> bool:
        """Some fact is known (the hypervisor's tables were read for this release)."""
        return any(f.status is not Impl.UNKNOWN for f in self.facts.values())

    @property
    def usable(self) -> bool:
        """Callable by one of the guest types, or not known to be otherwise."""
        return bool(self.callable) or not self.known

    def text(self) -> str:
        """``pv64 hvm64: implemented`` / ``pv64: implemented; hvm64: not implemented``."""
        groups: dict[str, list[str]] = {}
        for g, f in self.facts.items():
            groups.setdefault(f.text(), []).append(g)
        return "; ".join(f"{' '.join(gs)}: {t}" for t, gs in groups.items())

    def evidence(self) -> str:
        return "; ".join(
            f"{g}: {f.where}" + (f" ({f.entry})" if f.entry else "") for g, f in self.facts.items() if f.where
        )


def usability(release: ReleaseABI, hypercall: str, guests: tuple[str, ...], subop: str | None = None) -> Usability:
    """The hypervisor's facts for ``hypercall`` (or one of its sub-ops) and each of ``guests``.

    Unknown where the release has no facts.  A sub-op is callable where its
    hypercall is, unless the reviewed table says the handler serves only
    some commands for that guest type (``platform_op`` on Arm).
    """
    facts = release.hypervisor
    if facts is None:
        return Usability({g: Fact(Impl.UNKNOWN, None, None) for g in guests})
    out = {}
    for g in guests:
        fact = facts.fact(hypercall, g)
        limit = subop_limit(hypercall, g) if subop is not None else None
        if limit is not None and fact.status in CALLABLE and subop not in limit.implemented:
            fact = Fact(Impl.NOT_IMPLEMENTED, f"{DATA_TABLE} ({limit.reason})", None)
        out[g] = fact
    return Usability(out)


@dataclass(frozen=True)
class GuestClass:
    """What a guest sees of an item: the header class, unless the hypervisor or the guest view says otherwise."""

    stability: Stability
    where: str | None
    reason: str


def guest_class(
    header: Stability,
    where: str | None,
    reason: str,
    use: Usability,
    ever_callable: str | None,
    *,
    no_view: str | None = None,
) -> GuestClass:
    """The class shown for an item whose hypercall has ``use`` in this release.

    ``ever_callable`` is the last earlier release in which a guest type of the
    arch could call the hypercall (None: never), so a number the hypervisor
    stopped dispatching is ``removed`` from that release on, and one it never
    dispatched is ``not implemented``.
    """
    if no_view is not None:
        return GuestClass(Stability.NO_GUEST_VIEW, where, f"the guest view does not compile: {no_view}")
    if use.known and not use.callable:
        evidence = use.evidence()
        if ever_callable is not None:
            return GuestClass(
                Stability.REMOVED,
                where,
                f"the hypervisor no longer implements it (last in {ever_callable}; the header keeps the number): "
                f"{evidence}",
            )
        return GuestClass(Stability.NOT_IMPLEMENTED, where, f"the hypervisor does not implement it: {evidence}")
    return GuestClass(header, where, reason)
