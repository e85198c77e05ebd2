"""Compile the generated crate's no_std core for other targets, with no std for them installed.

A ``#![no_std]`` crate needs only ``core`` (and the ``compiler_builtins`` the compiler
injects) for its target.  rustc can build ``core``'s metadata for any target it knows
from the library sources of the same version (Debian's ``rust-src`` for Debian's
rustc, or rustup's ``rust-src`` component), with ``RUSTC_BOOTSTRAP`` because ``core``
uses unstable features; a stub ``compiler_builtins`` is enough for metadata.  Checking
the crate (``--emit=metadata``) against that sysroot evaluates every ``const``
layout assertion for the target: the compile is the layout test.

    python tests/rust_targets.py generated/rust [TARGET ...]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# Our architectures as Rust targets (Linux, the dom0 and guest platforms xen-abi covers).
TARGETS = {
    "x86_64": "x86_64-unknown-linux-gnu",
    "x86_32": "i686-unknown-linux-gnu",
    "arm64": "aarch64-unknown-linux-gnu",
    "arm32": "armv7-unknown-linux-gnueabihf",
    "riscv64": "riscv64gc-unknown-linux-gnu",
    "ppc64": "powerpc64le-unknown-linux-gnu",
}
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "xen-abi-rust-sysroot"


def toolchain() -> tuple[str, Path] | None:
    """A rustc and the ``library/`` sources of its own version, or None."""
    candidates = [shutil.which("rustc"), "/usr/bin/rustc"]
    for rustc in dict.fromkeys(c for c in candidates if c):
        try:
            out = subprocess.run([rustc, "--version"], capture_output=True, text=True, check=True).stdout
            sysroot = subprocess.run([rustc, "--print", "sysroot"], capture_output=True, text=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            continue
        version = out.split()[1]
        for lib in (Path(sysroot) / "lib/rustlib/src/rust/library", Path(f"/usr/src/rustc-{version}/library")):
            if (lib / "core/src/lib.rs").is_file():
                return rustc, lib
    return None


def sysroot(rustc: str, library: Path, target: str) -> Path:
    """A sysroot holding ``core`` (metadata) and a stub ``compiler_builtins`` for ``target``, cached."""
    version = subprocess.run([rustc, "--version"], capture_output=True, text=True, check=True).stdout.split()[1]
    root = CACHE / version
    lib = root / "lib/rustlib" / target / "lib"
    if (lib / "libcompiler_builtins.rmeta").is_file():
        return root
    lib.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "RUSTC_BOOTSTRAP": "1"}
    common = [rustc, "--edition", "2021", "--crate-type", "rlib", "--target", target, "--emit=metadata"]
    subprocess.run(
        [*common, "--crate-name", "core", "-o", str(lib / "libcore.rmeta"), str(library / "core/src/lib.rs")],
        env=env,
        check=True,
        capture_output=True,
    )
    stub = lib / "compiler_builtins.rs"
    stub.write_text("#![no_std]\n#![feature(compiler_builtins)]\n#![compiler_builtins]\n")
    out = lib / "libcompiler_builtins.rmeta"
    subprocess.run(
        [*common, "--sysroot", str(root), "--crate-name", "compiler_builtins", "-o", str(out), str(stub)],
        env=env,
        check=True,
        capture_output=True,
    )
    return root


def check(crate: Path, target: str, out_dir: Path) -> subprocess.CompletedProcess[str]:
    """``rustc --emit=metadata`` of the crate's no_std core (feature ``std`` off) for ``target``."""
    found = toolchain()
    if found is None:
        raise RuntimeError("no rustc with its library sources (apt-get install rust-src)")
    rustc, library = found
    root = sysroot(rustc, library, target)
    cmd = [rustc, "--edition", "2021", "--crate-type", "lib", "--crate-name", "xen_abi_bindings"]
    cmd += ["--target", target, "--sysroot", str(root), "--emit=metadata", "--cap-lints", "warn"]
    cmd += ["-o", str(out_dir / f"{target}.rmeta"), str(crate / "src/lib.rs")]
    return subprocess.run(cmd, capture_output=True, text=True)


def main(argv: list[str]) -> int:
    crate = Path(argv[0])
    targets = argv[1:] or list(TARGETS.values())
    out = CACHE / "out"
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for target in targets:
        done = check(crate, target, out)
        print(f"{target}: {'ok' if done.returncode == 0 else 'FAILED'}", flush=True)
        if done.returncode != 0:
            print(done.stderr[-4000:], file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
