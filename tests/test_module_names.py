"""Each module binds each of its top-level names once.

A second pattern bound to an earlier one's name replaces it for every function of the module,
the ones above it too, with no error (dates.py held three such twins: `_FROM_BEFORE`,
`_IN_BEFORE` and `_WEEKDAY_JUST_BEFORE`, each read where the first was meant)."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "briefgen"


def _bound_twice(path: Path, root: Path = SRC) -> list[str]:
    first: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in first:
                    twice.append(f"{path.relative_to(root)}:{node.lineno}: {target.id} "
                                 f"(first bound at line {first[target.id]})")
                first.setdefault(target.id, node.lineno)
    return twice


def test_no_module_binds_a_top_level_name_twice():
    twice = [line for path in sorted(SRC.rglob("*.py")) for line in _bound_twice(path)]
    assert not twice, "\n".join(twice)


def test_the_check_sees_a_name_bound_twice(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("x")\ndef f():\n    return _A\n'
                      '_A = re.compile("y")\n', encoding="utf-8")
    assert _bound_twice(module, tmp_path) == ["m.py:5: _A (first bound at line 2)"]
