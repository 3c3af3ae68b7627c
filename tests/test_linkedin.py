"""LinkedIn's connections export, turned into a contacts file: realistic files and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogplan.contacts import COLUMNS, parse_contacts
from dialogplan.errors import ConnectionsError
from dialogplan.linkedin import EXPORT_COLUMNS, contacts_from_connections

#: An export as LinkedIn writes it: notes, a blank line, the header, invented people.
EXPORT = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Marta,Kowalczyk,https://example.com/in/marta-kowalczyk,,Nordkai Logistik GmbH,"
    "Head of Operations,12 Mar 2024\n"
    'Jonas,Feldhaus,https://example.com/in/jonas-feldhaus,jonas@example.org,"Feldhaus, '
    'Berg & Partner",Geschäftsführer,03 Jan 2023\n'
    "Amélie,Durand,https://example.com/in/amelie-durand,,,,28 Feb 2022\n"
    ",,,,,,05 Feb 2022\n"
    "=HYPERLINK(1),Mallory,https://example.com/in/mallory,,,-Sales,01 Sep 2021\n"
    "Marta,Kowalczyk,https://example.com/in/marta-kowalczyk/,,,,\n"
)

EXPECTED = (
    "\ufeffname,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\r\n"
    "Marta Kowalczyk,linkedin,https://example.com/in/marta-kowalczyk,loose,,,,,"
    '"Head of Operations, Nordkai Logistik GmbH; connected 2024-03-12",\r\n'
    "Jonas Feldhaus,linkedin,https://example.com/in/jonas-feldhaus,loose,,,,,"
    '"Geschäftsführer, Feldhaus, Berg & Partner; connected 2023-01-03",\r\n'
    "Amélie Durand,linkedin,https://example.com/in/amelie-durand,loose,,,,,"
    "connected 2022-02-28,\r\n"
    "'=HYPERLINK(1) Mallory,linkedin,https://example.com/in/mallory,loose,,,,,"
    "'-Sales; connected 2021-09-01,\r\n"
)


def test_a_realistic_export_becomes_a_contacts_file() -> None:
    imported = contacts_from_connections(EXPORT.encode("utf-8"), "Connections.csv")
    assert imported.data.decode("utf-8") == EXPECTED
    assert (imported.people, imported.nameless, imported.repeated) == (4, 1, 1)
    assert "Marta" not in repr(imported)


def test_the_output_reads_back_as_a_valid_contacts_file() -> None:
    imported = contacts_from_connections(EXPORT.encode("utf-8"), "Connections.csv")
    people = parse_contacts(imported.data, "contacts.csv")
    assert [p.name for p in people] == [
        "Marta Kowalczyk",
        "Jonas Feldhaus",
        "Amélie Durand",
        "=HYPERLINK(1) Mallory",
    ]
    assert {(p.channel, p.tier, p.last_contact) for p in people} == {("linkedin", "loose", None)}
    assert people.people[3].note == "-Sales; connected 2021-09-01"


def test_the_same_export_gives_the_same_bytes() -> None:
    first = contacts_from_connections(EXPORT.encode("utf-8"), "a.csv")
    assert contacts_from_connections(EXPORT.encode("utf-8"), "b.csv").data == first.data


def test_an_export_without_notes_and_with_a_bom_and_crlf() -> None:
    text = "\ufeff" + ",".join(EXPORT_COLUMNS) + "\r\nAna,Lima,https://example.com/in/al,,,,\r\n"
    imported = contacts_from_connections(text.encode("utf-8"), "Connections.csv")
    assert imported.data.decode("utf-8").splitlines()[1] == (
        "Ana Lima,linkedin,https://example.com/in/al,loose,,,,,,"
    )


def test_a_profile_that_is_no_web_address_is_left_out() -> None:
    text = ",".join(EXPORT_COLUMNS) + "\nAna,Lima,javascript:alert(1),,,,\n"
    imported = contacts_from_connections(text.encode("utf-8"), "Connections.csv")
    assert imported.data.decode("utf-8").splitlines()[1] == "Ana Lima,linkedin,,loose,,,,,,"


def refusal(data: bytes) -> list[str]:
    with pytest.raises(ConnectionsError) as caught:
        contacts_from_connections(data, "Connections.csv")
    return str(caught.value).splitlines()


DOWNLOAD = (
    "download Connections.csv on LinkedIn: Settings, Data privacy, Get a copy of your data, "
    "Connections"
)
HEADER = "'First Name,Last Name,URL,Email Address,Company,Position,Connected On'"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        ",".join(COLUMNS).encode() + b"\nAna,linkedin,,loose,,,,,\n",
        b"Notes:\n" * 25 + ",".join(EXPORT_COLUMNS).encode() + b"\n",
    ],
    ids=["empty", "a-contacts-file", "header-too-late"],
)
def test_anything_else_is_refused_naming_what_was_expected(data: bytes) -> None:
    assert refusal(data) == [
        (
            f"Connections.csv: is not LinkedIn's connections export: no header {HEADER} in its "
            f"first 20 rows (LinkedIn puts a few 'Notes:' lines before it); {DOWNLOAD}"
        )
    ]


def test_a_header_without_the_url_column_is_refused() -> None:
    assert refusal(b"Notes:\n\nFirst Name,Last Name,Company\nAna,Lima,X\n") == [
        (
            f"Connections.csv:3: the header has no column 'URL'; LinkedIn's export has {HEADER}; "
            f"{DOWNLOAD}"
        )
    ]


def test_broken_rows_are_refused_with_their_lines() -> None:
    header = ",".join(EXPORT_COLUMNS)
    data = f'{header}\nAna,Lima,https://example.com/in/al,,,,,extra\nBen,"Open,,,,,\n'
    assert refusal(data.encode()) == [
        (
            "Connections.csv:2: holds 8 cells, but the header names 7 columns; download the "
            "export again"
        ),
        "Connections.csv:3: a quote opened in this row is never closed; close it or remove it",
    ]


def test_text_that_is_not_utf8_is_refused() -> None:
    data = (",".join(EXPORT_COLUMNS) + "\nJürgen,Lima,,,,,\n").encode("cp1252")
    assert refusal(data) == [
        (
            "Connections.csv:2: is not UTF-8 text (byte 70); save it as 'CSV UTF-8' "
            "(in Excel: 'CSV UTF-8 (Comma delimited)')"
        )
    ]


NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(NAMES, NAMES, NAMES, NAMES, NAMES), max_size=6))
def test_every_export_gives_a_valid_contacts_file(rows: list[tuple[str, ...]]) -> None:
    """Whatever names and companies people have, the output reads back as contacts."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for first, last, url, company, position in rows:
        writer.writerow([first, last, f"https://example.com/in/{url}", "", company, position, ""])
    imported = contacts_from_connections(buffer.getvalue().encode("utf-8"), "Connections.csv")
    people = parse_contacts(imported.data, "contacts.csv")
    assert len(people) == imported.people
    assert imported.people + imported.nameless + imported.repeated == len(rows)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_contacts_file_or_a_clean_refusal(data: bytes) -> None:
    try:
        imported = contacts_from_connections(data, "Connections.csv")
    except ConnectionsError as exc:
        problems = exc.problems
    else:
        problems = []
        parse_contacts(imported.data, "contacts.csv")
    assert all(p.source == "Connections.csv" and p.message for p in problems)
