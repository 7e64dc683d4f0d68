"""A guard on the project's source: spaCy tokens are never compared with ``is``.

spaCy builds a new ``Token`` object on every access (``doc[i]``, ``t.head``, ``t.children``), so ``a is b`` is
False even for the same token and ``a is not b`` always True: compare ``a == b`` or ``a.i == b.i``. The guard
reads every module of the package (``ast``) and fails on an ``is`` / ``is not`` whose operand is a name or an
attribute that commonly holds a token; comparisons with a constant (``None``, ``True``, ``False``) are fine.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "wirewatch"
TOKEN_NAMES = frozenset({"token", "tok", "head", "verb", "trigger", "root"})
def holds_a_token(node: ast.expr) -> bool:
    """A name or attribute named like a token: ``token``, ``verb``, ``x.head``, ``source_token`` …"""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
    return name is not None and (name in TOKEN_NAMES or name.endswith("_token"))


def identity_comparisons(source: str) -> list[str]:
    """The ``is`` / ``is not`` comparisons of ``source`` that involve a token-named operand, as source text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
            if not isinstance(op, ast.Is | ast.IsNot):
                continue
            if isinstance(left, ast.Constant) or isinstance(right, ast.Constant):
                continue
            if holds_a_token(left) or holds_a_token(right):
                found.append(ast.unparse(ast.Compare(left, [op], [right])))
    return found


@pytest.mark.parametrize(("source", "flagged"), [
    ("if head is verb: pass", ["head is verb"]),
    ("while t.head is not t: pass", ["t.head is not t"]),
    ("x = [t for t in ts if t is not source_token]", ["t is not source_token"]),
    ("ok = tok is cue.token", ["tok is cue.token"]),
    ("if token.head is None: pass", []),
    ("if root is not None and verb is True: pass", []),
    ("if story is not current: pass", []),  # not a token's name: objects that are kept are compared as such
])
def test_the_guard_flags_token_names_only(source: str, flagged: list[str]) -> None:
    assert identity_comparisons(source) == flagged


def test_no_token_is_compared_by_identity() -> None:
    found = [
        (str(path.relative_to(PACKAGE)), comparison)
        for path in sorted(PACKAGE.rglob("*.py"))
        for comparison in identity_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert found == []
