"""A Python client generator for OpenAPI 3.0 and 3.1.

The pipeline, one module per stage: ``loader`` (spec file to OpenAPI object), ``lower`` (OpenAPI object to
the intermediate model in ``ir``), ``render`` (IR to source texts through Jinja2 templates), ``format``
(black) and ``writer`` (atomic, minimal writes). ``cli`` ties them together.
"""

__version__ = "0.1.0"
