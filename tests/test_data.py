"""Loading the three data formats, normalising them, and refusing bad input clearly."""

from __future__ import annotations

import pytest

from buddy.data import DataError, Dataset, load_dataset, write_csv


def make_xlsx(path, rows, sheet="Sheet1", header=("구분", "유저", "챗봇")):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if header is not None:
        ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_xlsx_rows_with_utterance_answer_or_both_are_read(tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [
        ("감정/우울감", "요즘 우울해요", "많이 힘드셨겠어요."),
        ("감정/우울감", "기운이 없어", None),
        ("감정/우울감", None, "천천히 이야기해 주세요."),
        ("증상/불면", "잠이 안 와요", None),
    ])
    ds = load_dataset(path)
    assert ds.texts == ["요즘 우울해요", "기운이 없어", "잠이 안 와요"]
    assert ds.labels == ["감정/우울감", "감정/우울감", "증상/불면"]
    assert ds.answers == {"감정/우울감": ["많이 힘드셨겠어요.", "천천히 이야기해 주세요."]}


def test_text_is_nfkc_normalised_trimmed_and_exact_duplicates_dropped(tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [
        ("감정/우울감 ", "  요즘   우울해요\n", None),
        ("감정/우울감", "요즘 우울해요", None),          # duplicate after normalisation
        ("감정/불안감", "ＡＢＣ 불안해요", None),          # full-width letters → ASCII
    ])
    ds = load_dataset(path)
    assert ds.texts == ["요즘 우울해요", "ABC 불안해요"]
    assert ds.labels == ["감정/우울감", "감정/불안감"]


def test_xlsx_without_the_expected_sheet_names_the_sheets_found(tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [("감정/우울감", "우울해", None)], sheet="Data")
    with pytest.raises(DataError, match=r"w\.xlsx: no sheet named 'Sheet1' \(sheets: Data\)"):
        load_dataset(path)


def test_xlsx_with_a_wrong_header_names_row_one_and_the_missing_field(tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [("감정/우울감", "우울해")], header=("category", "text"))
    with pytest.raises(DataError) as err:
        load_dataset(path)
    assert err.value.row == 1 and err.value.field == "구분"
    assert "w.xlsx" in str(err.value)


def test_xlsx_row_without_a_category_names_its_row_and_field(tmp_path):
    path = make_xlsx(tmp_path / "w.xlsx", [("감정/우울감", "우울해", None), (None, "이건 뭐지", None)])
    with pytest.raises(DataError, match=r"row 3, field '구분': category is empty"):
        load_dataset(path)


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file at all")
    with pytest.raises(DataError, match="broken.xlsx: cannot read as an Excel workbook"):
        load_dataset(path)


def test_missing_file_and_unknown_extension_are_refused(tmp_path):
    with pytest.raises(DataError, match="no such file or directory"):
        load_dataset(tmp_path / "nope.xlsx")
    odd = tmp_path / "data.json"
    odd.write_text("{}", encoding="utf-8")
    with pytest.raises(DataError, match="unknown data format '.json'"):
        load_dataset(odd)


def test_legacy_three_file_directory_is_read_with_crlf_and_lf(tmp_path):
    (tmp_path / "wellness_dialog_category.txt").write_bytes("감정/우울감    0\r\n증상/불면    1\r\n".encode())
    (tmp_path / "wellness_dialog_question.txt").write_bytes(
        "감정/우울감    요즘 너무 우울해\r\n증상/불면    밤에 잠이 안 와\n\n감정/우울감    의욕이 없어요\n".encode())
    (tmp_path / "wellness_dialog_answer.txt").write_text(
        "감정/우울감    마음이 무거우시군요.\n증상/불면    잠을 못 자면 정말 힘들죠.\n", encoding="utf-8")
    ds = load_dataset(tmp_path)
    assert ds.texts == ["요즘 너무 우울해", "밤에 잠이 안 와", "의욕이 없어요"]
    assert ds.answers["증상/불면"] == ["잠을 못 자면 정말 힘들죠."]
    assert all("\r" not in t for t in ds.texts)


def test_legacy_line_without_the_separator_names_file_and_line(tmp_path):
    (tmp_path / "x_question.txt").write_text("감정/우울감    우울해\n감정/우울감 탭없이\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x_question\.txt, row 2: expected 'category<4 spaces>text'"):
        load_dataset(tmp_path)


def test_a_directory_without_a_question_file_says_what_it_expects(tmp_path):
    with pytest.raises(DataError, match=r"no \*_question\.txt found"):
        load_dataset(tmp_path)


def test_csv_and_tsv_with_optional_answer_column_are_read(tmp_path):
    csv_path = tmp_path / "d.csv"
    csv_path.write_text('category,text,answer\n감정/우울감,"우울해, 정말",\n감정/우울감,,힘드셨겠어요.\n',
                        encoding="utf-8")
    ds = load_dataset(csv_path)
    assert ds.texts == ["우울해, 정말"] and ds.answers == {"감정/우울감": ["힘드셨겠어요."]}
    tsv_path = tmp_path / "d.tsv"
    tsv_path.write_text("text\tcategory\n잠이 안 와\t증상/불면\n", encoding="utf-8")
    ds = load_dataset(tsv_path)
    assert ds.labels == ["증상/불면"] and ds.answers == {}


@pytest.mark.parametrize("content, message", [
    ("", "the file is empty"),
    ("category,utterance\n감정/우울감,우울해\n", "unknown column 'utterance'"),
    ("category,text\n감정/우울감,우울해,남는칸\n", "row 2: 3 fields where the header has 2"),
    ("category,text,answer\n,,\n,우울해,\n", "row 3, field 'category': category is empty"),
    ("category,text,answer\n감정/우울감,,\n", "row 2, field 'text': row has neither"),
    ("category,text,answer\n감정/우울감,,답만 있어요\n", "no user utterances found"),
])
def test_bad_csv_gives_one_clear_error_naming_file_row_and_field(tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_dataset(path)
    assert message in str(err.value) and "bad.csv" in str(err.value)


def test_csv_that_is_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "euckr.csv"
    path.write_bytes("category,text\n감정/우울감,우울해\n".encode("euc-kr"))
    with pytest.raises(DataError, match="not valid UTF-8"):
        load_dataset(path)


def test_written_csv_reads_back_to_the_same_dataset_and_fingerprint(tmp_path, small_dataset):
    path = tmp_path / "round.csv"
    write_csv(small_dataset, path)
    again = load_dataset(path)
    assert again.examples == small_dataset.examples
    assert again.answers == small_dataset.answers
    assert again.fingerprint() == small_dataset.fingerprint()


def test_fingerprint_changes_when_one_utterance_changes(small_dataset):
    changed = Dataset(list(small_dataset.examples), small_dataset.answers)
    first = changed.examples[0]
    changed.examples[0] = type(first)(first.category, first.text + "!")
    assert changed.fingerprint() != small_dataset.fingerprint()


def test_the_embedded_demo_data_is_rich_enough(demo_dataset):
    s = demo_dataset.summary()
    assert s["categories"] >= 30 and s["min_utterances_per_category"] >= 8
    assert all(len(demo_dataset.answers.get(c, [])) >= 3 for c in demo_dataset.categories)
    assert {"감정/자살충동", "증상/자살시도", "증상/자해"} <= set(demo_dataset.categories)


def test_shared_wellness_xlsx_loads_with_all_its_categories(shared_xlsx):
    ds = load_dataset(shared_xlsx)
    s = ds.summary()
    assert s["categories"] == 359
    assert 4600 <= s["utterances"] <= 4717
    assert s["answers"] > 900
