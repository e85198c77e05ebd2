"""The ABI's constants: every object-like macro with its value where it has one; function-like macros as written.

cpp already expanded each macro at the end of the unit (see preprocess); we
evaluate that expansion as a C integer constant expression on the target
architecture, with the layout engine answering ``sizeof`` and casts.
"""

from __future__ import annotations

from xen_abi.frontend.cexpr import NotConstant
from xen_abi.frontend.layout import LayoutEngine
from xen_abi.frontend.preprocess import Preprocessed
from xen_abi.ir.model import Constant, Macro


def evaluate_constants(pre: Preprocessed, engine: LayoutEngine) -> dict[str, Constant]:
    constants: dict[str, Constant] = {}
    for name in sorted(pre.macros):
        macro = pre.macros[name]
        expansion = pre.expansions.get(name)
        value = None
        if expansion:
            try:
                value = engine.evaluate(expansion)[0]
            except NotConstant:
                value = None
        constants[name] = Constant(name, macro.text, value, f"{macro.file}:{macro.line}")
    return constants


def function_macros(pre: Preprocessed) -> dict[str, Macro]:
    """The tree's function-like macros (``XENMEMF_node(x)``), by name: recorded, never evaluated here."""
    return {
        name: Macro(name, m.params, m.text, f"{m.file}:{m.line}") for name, m in sorted(pre.function_macros.items())
    }
