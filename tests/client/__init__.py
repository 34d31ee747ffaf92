"""Behaviour tests of the generated Framelane client over real HTTP on loopback."""
