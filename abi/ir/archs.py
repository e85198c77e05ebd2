"""The C ABI facts of each architecture xen-abi lays out, kept as data.

Sizes and alignments of the base types follow each psABI (i386 SysV,
x86-64 SysV, ARM EABI hard-float, AArch64, RISC-V LP64, PPC64 ELFv2); the
predefined macros are the subset of the compiler's that the Xen headers
test, so that our freestanding preprocessing sees what clang sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from xen_abi.common.errors import UsageError


@dataclass(frozen=True)
class Scalar:
    """A base C type on one architecture."""

    size: int
    align: int
    signed: bool = True
    integer: bool = True


@dataclass(frozen=True)
class Arch:
    name: str
    clang_target: str
    pointer: int
    long: int
    long_long_align: int  # 4 on i386: 64-bit integers are 4-aligned inside structs
    double_align: int
    long_double: tuple[int, int]  # (size, align)
    char_signed: bool
    predefined: tuple[tuple[str, str], ...]
    # Header selection: a path starting with "arch-" is ours only when it
    # starts with one of ``own_headers`` and is not in ``foreign_headers``.
    own_headers: tuple[str, ...]
    foreign_headers: tuple[str, ...]
    # The header whose presence says a release supports this architecture.
    marker_header: str

    def scalars(self) -> dict[str, Scalar]:
        """Every spelling of a base type the headers may use, with its layout."""
        ll = Scalar(8, self.long_long_align)
        ull = Scalar(8, self.long_long_align, signed=False)
        lng = Scalar(self.long, self.long)
        ulng = Scalar(self.long, self.long, signed=False)
        table = {
            "_Bool": Scalar(1, 1, signed=False),
            "char": Scalar(1, 1, signed=self.char_signed),
            "signed char": Scalar(1, 1),
            "unsigned char": Scalar(1, 1, signed=False),
            "short": Scalar(2, 2),
            "unsigned short": Scalar(2, 2, signed=False),
            "int": Scalar(4, 4),
            "unsigned int": Scalar(4, 4, signed=False),
            "long": lng,
            "unsigned long": ulng,
            "long long": ll,
            "unsigned long long": ull,
            "float": Scalar(4, 4, integer=False),
            "double": Scalar(8, self.double_align, integer=False),
            "long double": Scalar(*self.long_double, integer=False),
            "void": Scalar(1, 1, integer=False),  # GNU: sizeof(void) == 1
        }
        return table


_X86 = ("arch-x86/", "arch-x86_32.h", "arch-x86_64.h")

ARCHES: dict[str, Arch] = {
    a.name: a
    for a in (
        Arch(
            name="x86_32",
            clang_target="i386-linux-gnu",
            pointer=4,
            long=4,
            long_long_align=4,
            double_align=4,
            long_double=(12, 4),
            char_signed=True,
            predefined=(("__i386__", "1"), ("__i386", "1"), ("__ILP32__", "1")),
            own_headers=_X86,
            foreign_headers=("arch-x86/xen-x86_64.h", "arch-x86_64.h"),
            marker_header="arch-x86/xen.h",
        ),
        Arch(
            name="x86_64",
            clang_target="x86_64-linux-gnu",
            pointer=8,
            long=8,
            long_long_align=8,
            double_align=8,
            long_double=(16, 16),
            char_signed=True,
            predefined=(("__x86_64__", "1"), ("__x86_64", "1"), ("__amd64__", "1"), ("__LP64__", "1")),
            own_headers=_X86,
            foreign_headers=("arch-x86/xen-x86_32.h", "arch-x86_32.h"),
            marker_header="arch-x86/xen.h",
        ),
        Arch(
            name="arm32",
            clang_target="armv7a-linux-gnueabihf",
            pointer=4,
            long=4,
            long_long_align=8,
            double_align=8,
            long_double=(8, 8),
            char_signed=False,
            predefined=(("__arm__", "1"), ("__ARM_EABI__", "1"), ("__ARM_ARCH", "7"), ("__ILP32__", "1")),
            own_headers=("arch-arm.h", "arch-arm/"),
            foreign_headers=(),
            marker_header="arch-arm.h",
        ),
        Arch(
            name="arm64",
            clang_target="aarch64-linux-gnu",
            pointer=8,
            long=8,
            long_long_align=8,
            double_align=8,
            long_double=(16, 16),
            char_signed=False,
            predefined=(("__aarch64__", "1"), ("__LP64__", "1")),
            own_headers=("arch-arm.h", "arch-arm/"),
            foreign_headers=(),
            marker_header="arch-arm.h",
        ),
        Arch(
            name="riscv64",
            clang_target="riscv64-linux-gnu",
            pointer=8,
            long=8,
            long_long_align=8,
            double_align=8,
            long_double=(16, 16),
            char_signed=False,
            predefined=(("__riscv", "1"), ("__riscv_xlen", "64"), ("__LP64__", "1")),
            own_headers=("arch-riscv.h", "arch-riscv/"),
            foreign_headers=(),
            marker_header="arch-riscv.h",
        ),
        Arch(
            name="ppc64",
            clang_target="powerpc64le-linux-gnu",
            pointer=8,
            long=8,
            long_long_align=8,
            double_align=8,
            long_double=(16, 16),
            char_signed=False,
            predefined=(
                ("__powerpc64__", "1"),
                ("__powerpc__", "1"),
                ("__PPC64__", "1"),
                ("__LITTLE_ENDIAN__", "1"),
                ("__LP64__", "1"),
            ),
            own_headers=("arch-ppc.h", "arch-ppc/"),
            foreign_headers=(),
            marker_header="arch-ppc.h",
        ),
    )
}

ARCH_NAMES: tuple[str, ...] = tuple(ARCHES)
DEFAULT_ARCH = "x86_64"  # where a command needs one arch and none is given

# What every target predefines that the headers look at: GNU C (clang says
# __GNUC__ 4) in C17 mode without __STRICT_ANSI__, so anonymous unions and
# flexible arrays take their modern form.
COMMON_PREDEFINED: tuple[tuple[str, str], ...] = (
    ("__GNUC__", "4"),
    ("__GNUC_MINOR__", "2"),
    ("__CHAR_BIT__", "8"),
)


def get_arch(name: str) -> Arch:
    try:
        return ARCHES[name]
    except KeyError:
        raise UsageError(f"unknown architecture {name!r}; valid: {', '.join(ARCH_NAMES)}") from None


def header_belongs(arch: Arch, path: str) -> bool:
    """Whether a header of the tree is part of this architecture's view.

    Generic headers belong to every arch; ``arch-*`` headers only to their own,
    since including a foreign arch header redefines the arch's core types.
    """
    if not path.startswith("arch-"):
        return True
    if path in arch.foreign_headers:
        return False
    return path.startswith(arch.own_headers)


# Guest types, in the order Xen's hypercall-defs.c lists its callers, then the newer arches (frontend.hypervisor).
GUESTS = ("pv32", "pv64", "hvm32", "hvm64", "arm", "riscv64", "ppc64")
# The guest types a guest built against one arch's headers can be.
ARCH_GUESTS: dict[str, tuple[str, ...]] = {
    "x86_32": ("pv32", "hvm32"),
    "x86_64": ("pv64", "hvm64"),
    "arm32": ("arm",),
    "arm64": ("arm",),
    "riscv64": ("riscv64",),
    "ppc64": ("ppc64",),
}
# The arch a guest type's answers are given on when none is named.
GUEST_ARCH = {"pv32": "x86_32", "hvm32": "x86_32", "pv64": "x86_64", "hvm64": "x86_64", "arm": "arm64"}
