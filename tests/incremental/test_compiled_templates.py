"""Compiled templates are kept per version of the generator's code: code compiled for one version's filters
(whether a filter takes the template context is fixed at compile time) is never run by another.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.incremental import templates


def test_each_generator_version_has_its_own_compiled_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates, "_generator_digest", lambda: "aaaa")
    first = templates.bytecode_cache(tmp_path)
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"t": "{{ 1 | f }}"}), bytecode_cache=first
    )
    env.filters["f"] = lambda value: f"plain {value}"
    assert env.get_template("t").render() == "plain 1"
    assert list((tmp_path / "templates" / "aaaa").iterdir())

    # Another version whose filter takes the context: the code compiled for the first must not be used.
    monkeypatch.setattr(templates, "_generator_digest", lambda: "bbbb")
    second = templates.bytecode_cache(tmp_path)
    env = jinja2.Environment(
        loader=jinja2.DictLoader({"t": "{{ 1 | f }}"}), bytecode_cache=second
    )
    env.filters["f"] = jinja2.pass_context(
        lambda context, value: f"with context {value}"
    )
    assert env.get_template("t").render() == "with context 1"
    assert sorted(p.name for p in (tmp_path / "templates").iterdir()) == ["bbbb"]


def test_no_cache_folder_means_no_compiled_templates_kept() -> None:
    assert templates.bytecode_cache(None) is None
