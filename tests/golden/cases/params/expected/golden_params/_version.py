"""Version of the API this client was generated from, and of the generator."""

__version__ = "1"
GENERATOR_VERSION = "0.1.0"
