"""Issue 24.6: the CLI sends what the file holds. A quoted CSV cell keeps its line breaks (LF, CRLF, U+2028), and
a JSONL line holding U+2028 / U+0085 (legal inside a JSON string) is one item, not a broken line."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from amili.cli import main, read_items
from amili.sandbox import Sandbox

LETTER = "Dear customer,\nplease pay\u2028by Friday\r\nThanks"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


def remote(root: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    # `-o table`: these tests read the human summary (piped output defaults to json)
    code = main(["--environment", "sandbox", "--base-url", root, "-o", "table", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def test_a_quoted_csv_cell_keeps_its_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(f"customerNo,name,address.city\r\n1,{csv_cell(LETTER)},Oslo\r\n2,B,\r\n".encode())
    rows = read_items(path)
    assert [r.data for r in rows] == [
        {"customerNo": "1", "name": LETTER, "address": {"city": "Oslo"}},
        {"customerNo": "2", "name": "B"},
    ]
    assert rows[1].where == "line 5"  # the physical line the record ends on (the cell spans three)


def test_a_csv_file_with_a_byte_order_mark_and_bare_lf_lines(tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(("\ufeffcustomerNo,name\n1," + csv_cell("a\u2028b\u0085c") + "\n").encode())
    assert [r.data for r in read_items(path)] == [{"customerNo": "1", "name": "a\u2028b\u0085c"}]


def test_a_jsonl_line_holding_unicode_line_separators_is_one_item(tmp_path: Path) -> None:
    path = tmp_path / "customers.jsonl"
    rows = [{"customerNo": "1", "name": "a\u2028b"}, {"customerNo": "2", "name": "c\u0085d\u2029e\x0cf"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    assert [(r.where, r.data) for r in read_items(path)] == [("line 1", rows[0]), ("line 2", rows[1])]


def test_a_jsonl_file_with_crlf_line_ends_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "customers.jsonl"
    path.write_bytes(b'{"customerNo": "1"}\r\n\r\n{"customerNo": "2", "name": "x\xe2\x80\xa8y"}\r\n')
    assert [(r.where, r.data) for r in read_items(path)] == [
        ("line 1", {"customerNo": "1"}),
        ("line 3", {"customerNo": "2", "name": "x\u2028y"}),
    ]


def test_a_broken_jsonl_line_is_still_named(tmp_path: Path) -> None:
    path = tmp_path / "customers.jsonl"
    path.write_text('{"customerNo": "1", "name": "a\u2028b"}\n{oops\n', encoding="utf-8")
    with pytest.raises(Exception, match="line 2: not valid JSON"):
        read_items(path)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_cli_sends_multiline_text_unchanged(served_sandbox: tuple[Sandbox, str], tmp_path: Path, fmt: str) -> None:
    sandbox, root = served_sandbox
    path = tmp_path / f"customers.{fmt}"
    if fmt == "csv":
        path.write_bytes(f"customerNo,name\n1,{csv_cell(LETTER)}\n2,Plain\n".encode())
    else:
        rows = [{"customerNo": "1", "name": LETTER}, {"customerNo": "2", "name": "Plain"}]
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, err = remote(root, "arm", "customers", "submit", str(path), "--clientno", "7")
    assert code == 0, err
    assert "2 succeeded, 0 failed" in out
    customers = sandbox.state.arm_clients[7].customers
    assert customers["1"]["name"] == LETTER
    assert customers["2"]["name"] == "Plain"
