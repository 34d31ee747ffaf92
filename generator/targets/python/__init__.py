"""The Python target. ``runtime/`` holds the client runtime as real source files, copied into every
generated package (a user can replace any of them from their template folder)."""
