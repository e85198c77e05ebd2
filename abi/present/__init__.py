"""Rendering to text, Markdown, JSON, JUnit, SARIF and GitLab: pahole, drift formats, query answers.

Imports: anything below (up to xen_abi.queries); no argparse.
"""
