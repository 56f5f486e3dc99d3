"""Loading, normalising and validating wellness dialogue data.

Three formats are read into one :class:`Dataset`:

* the AI Hub wellness ``.xlsx`` (sheet ``Sheet1``, header ``구분`` / ``유저`` / ``챗봇``);
* the older KoBERT project's directory of three text files ``*_category.txt``,
  ``*_question.txt`` and ``*_answer.txt`` (``category<4 spaces>text`` per line);
* CSV / TSV with a header ``category,text[,answer]``.

Every problem is raised as :class:`DataError`, whose message names the file, the row
and the field, so that the CLI can print it and exit without a traceback.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from buddy.text import normalize

logger = logging.getLogger(__name__)

XLSX_SHEET = "Sheet1"
XLSX_HEADER = ("구분", "유저", "챗봇")
LEGACY_SEPARATOR = "    "
MAX_FIELD_CHARS = 10_000


class DataError(ValueError):
    """Raised when a data file is missing, malformed or empty."""

    def __init__(self, message: str, path: str | os.PathLike | None = None,
                 row: int | None = None, field: str | None = None) -> None:
        where = []
        if path is not None:
            where.append(str(path))
        if row is not None:
            where.append(f"row {row}")
        if field is not None:
            where.append(f"field '{field}'")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
        self.path = None if path is None else str(path)
        self.row = row
        self.field = field


@dataclass(frozen=True)
class Example:
    """One labelled user utterance."""

    category: str
    text: str


@dataclass
class Dataset:
    """Utterances with their categories, and the answers written for each category.

    Attributes:
        examples: Labelled user utterances, in file order, exact duplicates removed.
        answers: Category → answers, in file order, duplicates removed.
        source: Where the data came from (a path), for messages and fingerprints.
    """

    examples: list[Example] = field(default_factory=list)
    answers: dict[str, list[str]] = field(default_factory=dict)
    source: str = ""

    @property
    def texts(self) -> list[str]:
        return [e.text for e in self.examples]

    @property
    def labels(self) -> list[str]:
        return [e.category for e in self.examples]

    @property
    def categories(self) -> list[str]:
        """All categories (with utterances or with answers), sorted."""
        return sorted({e.category for e in self.examples} | set(self.answers))

    def fingerprint(self) -> str:
        """A SHA-256 of the normalised content, independent of file format."""
        h = hashlib.sha256()
        for e in self.examples:
            h.update(f"U\t{e.category}\t{e.text}\n".encode())
        for cat in sorted(self.answers):
            for a in self.answers[cat]:
                h.update(f"A\t{cat}\t{a}\n".encode())
        return "sha256:" + h.hexdigest()

    def summary(self) -> dict:
        counts = Counter(self.labels)
        return {
            "source": self.source,
            "utterances": len(self.examples),
            "categories": len(self.categories),
            "categories_with_utterances": len(counts),
            "answers": sum(len(v) for v in self.answers.values()),
            "categories_with_answers": len(self.answers),
            "min_utterances_per_category": min(counts.values()) if counts else 0,
        }

    def answer_map(self) -> dict[str, list[str]]:
        """Category → answers, sorted by category: what a model directory's answers.json holds."""
        return {cat: list(v) for cat, v in sorted(self.answers.items())}

    def extra_examples(self, labels, answer_weight: float, category_weight: float
                       ) -> tuple[list[str], list[str], list[float]]:
        """Category answers and category names as extra training text, for ``labels`` only.

        Returns texts, their categories and their sample weights; a weight of 0 leaves
        that kind out. Both engines use them as extra signal, like the utterances.
        """
        texts, cats, weights = [], [], []
        known = set(labels)
        if answer_weight > 0:
            for cat, answers in sorted(self.answers.items()):
                if cat in known:
                    texts.extend(answers)
                    cats.extend([cat] * len(answers))
                    weights.extend([answer_weight] * len(answers))
        if category_weight > 0:
            for cat in labels:
                texts.append(" ".join(cat.split("/")))
                cats.append(cat)
                weights.append(category_weight)
        return texts, cats, weights

    def subset(self, indices) -> "Dataset":
        """A dataset with the examples at ``indices`` and all the answers."""
        return Dataset([self.examples[i] for i in indices], self.answers, self.source)


class _Builder:
    """Accumulates rows, normalising and de-duplicating as it goes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.examples: list[Example] = []
        self.answers: dict[str, list[str]] = {}
        self._seen_examples: set[Example] = set()
        self._seen_answers: set[tuple[str, str]] = set()
        self.duplicates = 0

    def _clean(self, value, row: int, name: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            if isinstance(value, (int, float)):
                value = str(value)
            else:
                raise DataError(f"expected text, got {type(value).__name__}", self.path, row, name)
        value = normalize(value)
        if len(value) > MAX_FIELD_CHARS:
            raise DataError(f"value is {len(value)} characters long (limit {MAX_FIELD_CHARS})",
                            self.path, row, name)
        return value

    def add(self, row: int, category, text=None, answer=None, *,
            category_field: str = "category", text_field: str = "text",
            answer_field: str = "answer") -> None:
        category = self._clean(category, row, category_field).strip("/ ")
        text = self._clean(text, row, text_field)
        answer = self._clean(answer, row, answer_field)
        if not category:
            if not text and not answer:
                return  # a blank row
            raise DataError("category is empty", self.path, row, category_field)
        category = "/".join(part.strip() for part in category.split("/") if part.strip())
        if not text and not answer:
            raise DataError("row has neither an utterance nor an answer", self.path, row, text_field)
        if text:
            ex = Example(category, text)
            if ex in self._seen_examples:
                self.duplicates += 1
            else:
                self._seen_examples.add(ex)
                self.examples.append(ex)
        if answer:
            key = (category, answer)
            if key not in self._seen_answers:
                self._seen_answers.add(key)
                self.answers.setdefault(category, []).append(answer)

    def build(self) -> Dataset:
        if not self.examples:
            raise DataError("no user utterances found (the file is empty or has only answers)", self.path)
        if self.duplicates:
            logger.info("dropped %d duplicate utterance rows from %s", self.duplicates, self.path)
        return Dataset(self.examples, self.answers, str(self.path))


def load_dataset(path: str | os.PathLike) -> Dataset:
    """Load a dataset from an ``.xlsx`` file, a ``.csv``/``.tsv`` file or a legacy directory.

    Raises:
        DataError: The path is missing, of an unknown kind, or its content is malformed.
    """
    p = Path(path)
    if not p.exists():
        raise DataError("no such file or directory", p)
    if p.is_dir():
        return load_legacy_dir(p)
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return load_xlsx(p)
    if suffix in (".csv", ".tsv", ".txt"):
        return load_csv(p)
    raise DataError(f"unknown data format '{suffix or p.name}' (expected .xlsx, .csv, .tsv or a "
                    "directory with *_category.txt / *_question.txt / *_answer.txt)", p)


def load_xlsx(path: str | os.PathLike, sheet: str = XLSX_SHEET) -> Dataset:
    """Load the AI Hub wellness workbook (header ``구분`` / ``유저`` / ``챗봇``)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    p = Path(path)
    try:
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise DataError(f"cannot read as an Excel workbook ({exc.__class__.__name__}: {exc})", p) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise DataError(f"cannot read as an Excel workbook ({exc.__class__.__name__}: {exc})", p) from exc
    try:
        if sheet not in wb.sheetnames:
            raise DataError(f"no sheet named '{sheet}' (sheets: {', '.join(wb.sheetnames)})", p)
        rows = wb[sheet].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            raise DataError("the sheet is empty", p, 1)
        names = [normalize(str(h)) if h is not None else "" for h in header]
        missing = [h for h in XLSX_HEADER[:2] if h not in names]
        if missing:
            raise DataError(f"header must contain {' / '.join(XLSX_HEADER)}; missing "
                            f"{', '.join(missing)} (found {', '.join(n for n in names if n) or 'nothing'})",
                            p, 1, missing[0])
        ci, ui = names.index("구분"), names.index("유저")
        ai = names.index("챗봇") if "챗봇" in names else None
        b = _Builder(p)
        for rownum, row in enumerate(rows, start=2):
            row = tuple(row) + (None,) * 3

            b.add(rownum, row[ci], row[ui], row[ai] if ai is not None else None,
                  category_field="구분", text_field="유저", answer_field="챗봇")
        return b.build()
    finally:
        wb.close()


def load_csv(path: str | os.PathLike) -> Dataset:
    """Load CSV or TSV with a header ``category,text[,answer]`` (delimiter by extension)."""
    p = Path(path)
    delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read ({exc.strerror})", p) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError("not valid UTF-8 text", p, line) from exc
    if not content.strip():
        raise DataError("the file is empty", p)
    reader = csv.reader(content.splitlines(), delimiter=delimiter)
    try:
        header = [normalize(h).lower() for h in next(reader)]
    except csv.Error as exc:
        raise DataError(f"malformed header ({exc})", p, 1) from exc
    allowed = {"category", "text", "answer"}
    unknown = [h for h in header if h not in allowed]
    if unknown or "category" not in header or "text" not in header:
        raise DataError(f"header must be category,text[,answer]; got {','.join(header)}"
                        + (f" (unknown column '{unknown[0]}')" if unknown else ""),
                        p, 1, unknown[0] if unknown else ("category" if "category" not in header else "text"))
    idx = {h: header.index(h) for h in header}
    b = _Builder(p)
    rownum = 1
    try:
        for rownum, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise DataError(f"{len(row)} fields where the header has {len(header)} "
                                "(quote fields that contain the delimiter)", p, rownum)
            row = row + [""] * (len(header) - len(row))
            b.add(rownum, row[idx["category"]], row[idx["text"]],
                  row[idx["answer"]] if "answer" in idx else None)
    except csv.Error as exc:
        raise DataError(f"malformed CSV ({exc})", p, rownum) from exc
    return b.build()


def _read_legacy_lines(path: Path) -> list[tuple[int, str, str]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError("not valid UTF-8 text", path) from exc
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if LEGACY_SEPARATOR not in line:
            raise DataError("expected 'category<4 spaces>text'", path, lineno)
        cat, _, rest = line.partition(LEGACY_SEPARATOR)
        out.append((lineno, cat, rest))
    return out


def load_legacy_dir(path: str | os.PathLike) -> Dataset:
    """Load the older project's ``*_category.txt`` / ``*_question.txt`` / ``*_answer.txt``.

    ``*_category.txt`` (a category list) is optional; ``*_question.txt`` is required.
    """
    p = Path(path)
    found = {}
    for kind in ("category", "question", "answer"):
        hits = sorted(p.glob(f"*_{kind}.txt"))
        if len(hits) > 1:
            raise DataError(f"more than one *_{kind}.txt: {', '.join(h.name for h in hits)}", p)
        found[kind] = hits[0] if hits else None
    if found["question"] is None:
        raise DataError("no *_question.txt found (expected *_category.txt, *_question.txt, "
                        "*_answer.txt with 'category<4 spaces>text' per line)", p)
    b = _Builder(found["question"])
    for lineno, cat, text in _read_legacy_lines(found["question"]):
        b.add(lineno, cat, text, None)
    if found["answer"] is not None:
        b.path = found["answer"]
        for lineno, cat, text in _read_legacy_lines(found["answer"]):
            b.add(lineno, cat, None, text)
        b.path = found["question"]
    ds = b.build()
    if found["category"] is not None:
        try:
            lines = found["category"].read_bytes().decode("utf-8-sig").splitlines()
        except UnicodeDecodeError as exc:
            raise DataError("not valid UTF-8 text", found["category"]) from exc
        # Each line is "category<4 spaces>index" in the old project; only the names matter.
        listed = {normalize(line.partition(LEGACY_SEPARATOR)[0]).strip("/ ") for line in lines if line.strip()}
        unknown = sorted({e.category for e in ds.examples} - listed)
        if listed and unknown:
            logger.warning("%d categories of %s are not listed in %s", len(unknown),
                           found["question"].name, found["category"].name)
    ds.source = str(p)
    return ds


def write_csv(dataset: Dataset, path: str | os.PathLike) -> None:
    """Write ``dataset`` as CSV (``category,text,answer``), readable by :func:`load_csv`."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["category", "text", "answer"])
        for e in dataset.examples:
            w.writerow([e.category, e.text, ""])
        for cat, answers in dataset.answers.items():
            for a in answers:
                w.writerow([cat, "", a])


def dump_json(obj, path: str | os.PathLike) -> None:
    """Write ``obj`` as indented UTF-8 JSON with Korean left readable."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
