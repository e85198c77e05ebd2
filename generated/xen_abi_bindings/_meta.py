"""What these bindings were generated from (rendered by ``xen-abi codegen cffi``; do not edit)."""

# The release range, oldest first: the stable core is identical across it.
RELEASES: tuple[str, ...] = (
    "4.15.0",
    "4.16.0",
    "4.17.0",
    "4.18.0",
    "4.19.0",
    "4.20.0",
    "4.21.0",
    "4.22.0",
)
ARCHES: tuple[str, ...] = (
    "x86_32",
    "x86_64",
    "arm32",
    "arm64",
    "riscv64",
    "ppc64",
)
# Whether each release's tools-only view is included (for_release(..., tools=True)).
WITH_TOOLS_ONLY = True
# sha256 over each release's header tree, as catalogued by xen-abi.
PROVENANCE: dict[str, str] = {
    "4.15.0": "sha256:b784b3984196949650fd61bc387d8ab2dbe6b02b3d3ad8ec856975345a383d90",
    "4.16.0": "sha256:2b8f77abdcc66b1329d894a616b08d9e739c155f54018efed8b5948cd9c22d6d",
    "4.17.0": "sha256:da0e074b4e8b15fd7d309af18970163cf12b66dbfa2589630b4756f4e57806d1",
    "4.18.0": "sha256:13e8bc09a08545e1f1d441c60de4b58d0924e3b37f2d99fad0f00000f1537ac7",
    "4.19.0": "sha256:6e5b869e26d031545c78dfb6550c6214a74323eda5685f8a07959b9a10054275",
    "4.20.0": "sha256:223468989b7b4deffb4efbfe7bc02bc4a170e397cdeba19512ab202f389ff85f",
    "4.21.0": "sha256:579b8045481ef8f4c9c6e91f17a0faf7f6f619f6566129d5068ca1a55d4d1e51",
    "4.22.0": "sha256:da007a1d92d9b5c07cd06db1051c56471985210f6baaca512bacb91bfe30b4ad",
}
