"""Code generation from the catalogue: jinja2 templates and their renderers."""
