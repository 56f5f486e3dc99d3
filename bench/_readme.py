"""Write a benchmark's table into README.md between ``<!-- bench:NAME -->`` markers."""

from __future__ import annotations

from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def write_section(name: str, markdown: str, readme: Path = README) -> bool:
    """Replace the text between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``.

    Returns False (and changes nothing) when the markers are absent.
    """
    text = readme.read_text(encoding="utf-8")
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    if start not in text or end not in text:
        return False
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{start}\n{markdown.strip()}\n{end}{tail}", encoding="utf-8")
    return True
