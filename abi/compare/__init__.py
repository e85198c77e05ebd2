"""Comparison of releases or trees: the change taxonomy (diff), suppressions, history, drift sides.

Imports: anything below (common, ir, frontend, store, analysis).
"""
