"""The Python target: binds the IR to Python (type spelling and imports, names a module shadows, the template
view) and renders ``templates/package`` and ``templates/project`` into a package.

``runtime/`` holds the client runtime as real source files, copied into every generated package (a user can
replace any of them from their template folder). ``render`` renders, ``format`` lays the texts out with black,
``snapshot`` records the bound API for review.
"""
