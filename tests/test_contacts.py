"""The contacts file: every problem a team can make in its spreadsheet, with its exact message."""

from __future__ import annotations

import pickle
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogplan import contacts as contacts_module
from dialogplan.contacts import (
    COLUMNS,
    Birthday,
    Contacts,
    KeepInTouch,
    default_intervals,
    parse_contacts,
)
from dialogplan.errors import ContactsError, StrategyError
from dialogplan.spreadsheet import FORMULA_START, neutralise
from dialogplan.strategy import parse_strategy

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 2)
HEADER = "name,channel,tier,profile,last_contact,news,news_date,birthday,note"


def read(text: str, keep: KeepInTouch | None = None) -> Contacts:
    return parse_contacts(text.encode("utf-8"), "contacts.csv", keep, today=TODAY)


def problems(text: str) -> list[str]:
    with pytest.raises(ContactsError) as caught:
        read(text)
    return str(caught.value).splitlines()


def test_a_full_row_is_typed() -> None:
    people = read(
        f"{HEADER}\n"
        "Eleanor Whitcombe,LinkedIn,close,https://example.com/in/ew,2026-10-14,"
        "New COO,2027-03-08,02-29,Former client\n"
    )
    (person,) = people
    assert person.row == 2
    assert person.name == "Eleanor Whitcombe"
    assert person.channel == "linkedin"
    assert (person.tier, person.interval) == ("close", timedelta(days=30))
    assert person.profile == "https://example.com/in/ew"
    assert person.last_contact == date(2026, 10, 14)
    assert person.due == date(2026, 11, 13)
    assert person.news is not None
    assert (person.news.text, person.news.day) == ("New COO", date(2027, 3, 8))
    assert person.birthday == Birthday(2, 29)
    assert person.birthday.in_year(2027) == date(2027, 2, 28)
    assert person.birthday.in_year(2028) == date(2028, 2, 29)
    assert person.note == "Former client"
    assert people.source == "contacts.csv"
    assert len(people.digest) == 64


def test_only_the_required_columns_are_needed() -> None:
    (person,) = read("Tier,NAME,channel\n45,Ana,xing\n")
    assert (person.name, person.channel, person.tier) == ("Ana", "xing", None)
    assert person.interval == timedelta(days=45)
    assert (person.profile, person.last_contact, person.news, person.birthday) == (
        "",
        None,
        None,
        None,
    )
    assert person.due is None


def test_a_german_excel_export_reads_as_it_is() -> None:
    """BOM, semicolons, DD.MM.YYYY dates, DD.MM. birthdays and labels in German."""
    data = (
        "\ufeffname;channel;tier;last_contact;birthday;note\r\n"
        'Jutta Rehlinger;XING;close;12.11.2026;14.03.;"Architektin; Trier"\r\n'
        "Bernd Kallenfels;Facebook-Seite;regular;;14.03.1979;\r\n"
    ).encode()
    jutta, bernd = parse_contacts(data, "kontakte.csv", today=TODAY)
    assert (jutta.channel, jutta.last_contact, jutta.note) == (
        "xing",
        date(2026, 11, 12),
        "Architektin; Trier",
    )
    assert jutta.birthday == Birthday(3, 14)
    assert (bernd.channel, bernd.birthday) == ("facebook", Birthday(3, 14, 1979))


@pytest.mark.parametrize("form", ["03-14", "--03-14", "14.03.", "14.3", "1985-03-14", "14.03.1985"])
def test_birthday_forms(form: str) -> None:
    (person,) = read(f"name,channel,tier,birthday\nAna,xing,close,{form}\n")
    assert person.birthday is not None
    assert (person.birthday.month, person.birthday.day) == (3, 14)


def test_the_strategy_overrides_the_default_days_per_tier() -> None:
    keep = KeepInTouch(close=21)
    close, loose = read("name,channel,tier\nA,xing,close\nB,xing,loose\n", keep)
    assert close.interval == timedelta(days=21)
    assert loose.interval == timedelta(days=default_intervals()["loose"])
    assert dict(default_intervals()) == {"close": 30, "regular": 90, "loose": 180}


def test_the_same_name_is_two_people_when_profiles_or_channels_differ() -> None:
    people = read(
        "name,channel,tier,profile\n"
        "Callum Reid,linkedin,loose,https://example.com/in/a\n"
        "Callum Reid,linkedin,loose,https://example.com/in/b\n"
        "Callum Reid,xing,loose,https://example.com/in/a\n"
    )
    assert len(people) == 3


def test_an_apostrophe_that_protects_a_formula_is_removed() -> None:
    (person,) = read("name,channel,tier,note\n'=Ana,xing,close,'-5 kg\n")
    assert (person.name, person.note) == ("=Ana", "-5 kg")
    (plain,) = read("name,channel,tier,note\n'Ana',xing,close,'quoted'\n")
    assert (plain.name, plain.note) == ("'Ana'", "'quoted'")


def test_short_rows_leave_the_missing_cells_empty() -> None:
    (person,) = read(f"{HEADER}\nAna,xing,close\n")
    assert person.note == ""


def test_a_header_alone_is_a_file_without_people() -> None:
    assert len(read("name,channel,tier\n")) == 0


EVERY_PROBLEM = [
    (
        "name,channel,tier,nots\n",
        "contacts.csv:1: nots: unknown column 'nots'; did you mean 'note'?",
    ),
    (
        "name,channel,tier,email\n",
        "contacts.csv:1: email: unknown column 'email'; known columns: " + ", ".join(COLUMNS),
    ),
    ("name,channel\n", "contacts.csv:1: tier: required column is missing from the header"),
    ("name,channel,tier,Tier\n", "contacts.csv:1: Tier: column appears twice; keep one"),
    (
        "Ana Beispiel,linkedin,close\n",
        "contacts.csv:1: expected a header row naming the columns ("
        + ", ".join(COLUMNS)
        + "), the first row names none of them",
    ),
    ("", "contacts.csv: the file is empty; start with a header: " + ",".join(COLUMNS)),
    (
        "name,channel,tier\nAna,xing,close,Berlin\n",
        (
            "contacts.csv:2: column 4: holds a value, but the header names no column there; "
            "if a cell holds the separator, put quotes around that cell"
        ),
    ),
    (
        "name,channel,tier,note\nAna,xing,close,Chor, Kita\n",
        (
            "contacts.csv:2: column 5: holds a value, but the header names no column there; "
            "the row has 5 cells where the header has 4: a cell that holds the separator, "
            "most often the note, needs quotes around it"
        ),
    ),
    (
        "name,channel,tier\n,xing,close\n",
        "contacts.csv:2: name: is required but empty; give the person's name",
    ),
    (
        'name,channel,tier\n"Ana\nBeispiel",xing,close\n',
        "contacts.csv:2: name: holds a line break; write the name on one line",
    ),
    (
        f"name,channel,tier\n{'A' * 201},xing,close\n",
        "contacts.csv:2: name: is 201 characters long; keep it to 200",
    ),
    (
        "name,channel,tier\nAna,,close\n",
        "contacts.csv:2: channel: is required but empty; give where you usually talk",
    ),
    (
        "name,channel,tier\nAna,linkedn,close\n",
        "contacts.csv:2: channel: unknown channel 'linkedn'; did you mean 'linkedin'?",
    ),
    (
        "name,channel,tier\nAna,telephone,close\n",
        "contacts.csv:2: channel: unknown channel 'telephone'; known channels: "
        + ", ".join(sorted(set(contacts_module.channel_names().values()))),
    ),
    (
        "name,channel,tier\nAna,xing,\n",
        (
            "contacts.csv:2: tier: is required but empty; give close, regular, loose or a whole "
            "number of days such as 45"
        ),
    ),
    (
        "name,channel,tier\nAna,xing,weekly\n",
        (
            "contacts.csv:2: tier: expected close, regular, loose or a whole number of days such "
            "as 45, got 'weekly'"
        ),
    ),
    (
        "name,channel,tier\nAna,xing,0\n",
        "contacts.csv:2: tier: '0' days is out of range; give 1 to 3,650 days",
    ),
    (
        "name,channel,tier\nAna,xing,3651\n",
        "contacts.csv:2: tier: '3651' days is out of range; give 1 to 3,650 days",
    ),
    (
        "name,channel,tier,profile\nAna,xing,close,example.com/in/ana\n",
        "contacts.csv:2: profile: write it as a full web address starting with https://",
    ),
    (
        "name,channel,tier,profile\nAna,xing,close,Ana at the fair\n",
        (
            "contacts.csv:2: profile: expected a web address starting with https:// or a handle "
            "such as @name or @name@example.social"
        ),
    ),
    (
        "name,channel,tier,profile\nAna,xing,close,https://\n",
        "contacts.csv:2: profile: is no web address: give one like https://example.com/name",
    ),
    (
        f"name,channel,tier,profile\nAna,xing,close,https://example.com/{'a' * 300}\n",
        "contacts.csv:2: profile: is 320 characters long; keep it to 300",
    ),
    (
        "name,channel,tier,last_contact\nAna,xing,close,05/01/2026\n",
        (
            "contacts.csv:2: last_contact: expected a date as YYYY-MM-DD or DD.MM.YYYY, "
            "got '05/01/2026'"
        ),
    ),
    (
        "name,channel,tier,last_contact\nAna,xing,close,2026-02-30\n",
        "contacts.csv:2: last_contact: '2026-02-30' is not a day in the calendar",
    ),
    (
        "name,channel,tier,last_contact\nAna,xing,close,1999-12-31\n",
        (
            "contacts.csv:2: last_contact: '1999-12-31': year 1999 is outside the years "
            "dialogplan plans in (2000–2100)"
        ),
    ),
    (
        "name,channel,tier,last_contact\nAna,xing,close,2026-12-03\n",
        (
            "contacts.csv:2: last_contact: '2026-12-03' lies after today (2026-12-02, this "
            "computer's date, not the plan's start); a last contact is a conversation that "
            "took place: give its day, or leave the cell empty"
        ),
    ),
    (
        "name,channel,tier,news\nAna,xing,close,New job\n",
        (
            "contacts.csv:2: news_date: is empty, but 'news' is given; give the day of the news "
            "(YYYY-MM-DD), so that a congratulation can be timed"
        ),
    ),
    (
        "name,channel,tier,news_date\nAna,xing,close,2027-01-10\n",
        (
            "contacts.csv:2: news: is empty, but 'news_date' is given; say what happened (a new "
            "job, a founding, an award) or clear 'news_date'"
        ),
    ),
    (
        f"name,channel,tier,news,news_date\nAna,xing,close,{'n' * 301},2027-01-10\n",
        "contacts.csv:2: news: is 301 characters long; keep it to 300",
    ),
    (
        "name,channel,tier,birthday\nAna,xing,close,March 14\n",
        (
            "contacts.csv:2: birthday: expected a birthday as MM-DD (03-14), DD.MM. (14.03.) or "
            "a full date (1985-03-14, 14.03.1985)"
        ),
    ),
    (
        "name,channel,tier,birthday\nAna,xing,close,14-03\n",
        (
            "contacts.csv:2: birthday: is not a day in the calendar; write the month before the "
            "day in MM-DD, the day first in DD.MM."
        ),
    ),
    (
        "name,channel,tier,birthday\nAna,xing,close,1899-03-14\n",
        "contacts.csv:2: birthday: the year lies outside 1900–2100",
    ),
    (
        "name,channel,tier,birthday\nAna,xing,close,2027-03-14\n",
        "contacts.csv:2: birthday: lies after today; give the year of birth, or only MM-DD",
    ),
    (
        f"name,channel,tier,note\nAna,xing,close,{'x' * 2001}\n",
        "contacts.csv:2: note: is 2,001 characters long; keep it to 2,000",
    ),
    (
        "name,channel,tier,note\nAna,xing,close,bell\x07\n",
        (
            "contacts.csv:2: note: holds a control character (U+0007) that no spreadsheet "
            "shows; remove it"
        ),
    ),
    (
        "name,channel,tier,profile\nAna,xing,close,@ana\nana,xing,loose,@ANA\n",
        (
            "contacts.csv:3: name: the same person as row 2 (same name, channel and profile); "
            "merge the two rows, or tell the two people apart by their profile"
        ),
    ),
    (
        'name,channel,tier,note\nAna,xing,close,"open\nBen,xing,close,\n',
        "contacts.csv:2: a quote opened in this row is never closed; close it or remove it",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    EVERY_PROBLEM,
    ids=[f"{n:02d}-{m.split(': ')[1][:30]}" for n, (_, m) in enumerate(EVERY_PROBLEM)],
)
def test_each_problem_has_its_exact_message(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_a_control_character_in_a_name_is_reported_once() -> None:
    assert problems("name,channel,tier\n\x1b,xing,close\n") == [
        (
            "contacts.csv:2: name: holds a control character (U+001B) that no spreadsheet "
            "shows; remove it"
        ),
        "contacts.csv:2: name: is required but empty; give the person's name",
    ]
    assert len(problems("name,channel,tier\nA\x1bna,xing,close\n")) == 1


def test_a_file_that_is_not_utf8_names_the_line() -> None:
    data = "name,channel,tier\nAna,xing,close\nJürgen,xing,close\n".encode("cp1252")
    with pytest.raises(ContactsError) as caught:
        parse_contacts(data, "contacts.csv")
    assert str(caught.value) == (
        "contacts.csv:3: is not UTF-8 text (byte 34); save it as 'CSV UTF-8' "
        "(in Excel: 'CSV UTF-8 (Comma delimited)')"
    )


def test_a_utf16_file_is_named_as_such() -> None:
    with pytest.raises(ContactsError, match=r"contacts.csv:1: is UTF-16 text; save it as"):
        parse_contacts("name,channel,tier\n".encode("utf-16"), "contacts.csv")


def test_too_many_rows_and_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contacts_module._ContactsReader, "max_rows", 2)
    assert problems("name,channel,tier\nA,xing,close\nB,xing,close\nC,xing,close\n") == [
        (
            "contacts.csv:4: the contacts file holds more than 2 rows; keep the people the team "
            "really means to stay in touch with"
        )
    ]
    monkeypatch.setattr(contacts_module._ContactsReader, "max_bytes", 10)
    assert problems("name,channel,tier\n") == [
        "contacts.csv: the contacts file holds 18 bytes; a contacts file may hold at most 10"
    ]


def test_every_problem_comes_at_once_in_file_order() -> None:
    found = problems(
        "name;channel;tier;last_contact\n"
        "Ana;linkedn;close;\n"
        "Ben;xing;sometimes;2026-13-01\n"
        "Cem;xing;close;\n"
        ";xing;close;\n"
    )
    assert [line.split(": ", 2)[:2] for line in found] == [
        ["contacts.csv:2", "channel"],
        ["contacts.csv:3", "last_contact"],
        ["contacts.csv:3", "tier"],
        ["contacts.csv:5", "name"],
    ]


SECRETS = ("Zelda Quast", "https://example.com/in/zq", "Promoted to CFO", "secret note")


def test_messages_never_quote_what_a_person_wrote() -> None:
    """A failing client's message may reach Prefect: it names rows and columns, no people."""
    found = problems(
        "name,channel,tier,profile,news,birthday,note,extra\n"
        "Zelda Quast,linkedn,close,https://example.com/in/zq,Promoted to CFO,31.02.,"
        "secret note,secret note\n"
        "Zelda Quast,linkedn,close,https://example.com/in/zq,Promoted to CFO,31.02.,"
        "secret note,x\n"
        "Zelda Quast\n"
    )
    text = "\n".join(found)
    assert len(found) > 5
    assert not [secret for secret in (*SECRETS, "31.02") if secret in text]


def test_no_repr_shows_a_name_a_profile_news_a_birthday_or_a_note() -> None:
    people = read(
        "name,channel,tier,profile,news,news_date,birthday,note\n"
        "Zelda Quast,linkedin,close,https://example.com/in/zq,Promoted to CFO,2026-11-01,"
        "1980-07-04,secret note\n"
    )
    strategy = parse_strategy(
        (ROOT / "plans" / "harbourline-advisory" / "strategy.yaml").read_text("utf-8")
    ).with_people(people)
    shown = " ".join(repr(x) for x in (people, *people, people.people[0].news, strategy))
    assert "linkedin" in shown
    assert not [secret for secret in (*SECRETS, "1980") if secret in shown]


def test_people_travel_with_the_strategy_through_copies_and_processes() -> None:
    people = read("name,channel,tier\nAna,xing,close\n")
    text = (ROOT / "plans" / "harbourline-advisory" / "strategy.yaml").read_text("utf-8")
    strategy = parse_strategy(text)
    assert len(strategy.people) == 0
    attached = strategy.with_people(people)
    assert attached.people is people
    assert len(strategy.people) == 0  # the original stays as it was
    assert pickle.loads(pickle.dumps(attached)).people == people  # noqa: S301 - our own bytes
    assert attached.model_copy(update={"months": 3}).people is people


def strategy_with(extra: str) -> str:
    text = (ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml").read_text("utf-8")
    return text + extra


def test_the_strategy_names_its_file_and_days_per_tier() -> None:
    strategy = parse_strategy(
        strategy_with("contacts: people/contacts.csv\nkeep_in_touch: {close: 14}\n")
    )
    assert strategy.contacts == "people/contacts.csv"
    assert strategy.keep_in_touch.days("close") == 14
    assert strategy.keep_in_touch.days("regular") == 90


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ("contacts: ../contacts.csv\n", "contacts", "is not a file inside the strategy's folder"),
        ("contacts: /etc/contacts.csv\n", "contacts", "is not a file inside the strategy's folder"),
        ("keep_in_touch: {weekly: 7}\n", "keep_in_touch.weekly", "unknown field"),
        ("keep_in_touch: {close: 0}\n", "keep_in_touch.close", "greater than or equal to 1"),
        ("keep_in_touch: {loose: 3651}\n", "keep_in_touch.loose", "less than or equal to 3650"),
    ],
)
def test_strategy_fields_are_checked(extra: str, field: str, message: str) -> None:
    with pytest.raises(StrategyError) as caught:
        parse_strategy(strategy_with(extra), "strategy.yaml")
    (problem,) = caught.value.problems
    assert problem.path == field
    assert message in problem.message


def _unprotected_text(cell: str) -> bool:
    """Whether a cell can be told from a protected one.

    An apostrophe before a formula character is how an export protects a cell, so the reader
    takes it off; a name or note written that way by hand reads back without it.
    """
    return not (cell[:1] == "'" and cell[1:2] in FORMULA_START)


ROW = st.fixed_dictionaries(
    {
        "name": st.text(
            st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
            min_size=1,
            max_size=40,
        ).filter(lambda s: s.strip() == s and s != "" and _unprotected_text(s)),
        "channel": st.sampled_from(["linkedin", "xing", "mastodon", "instagram"]),
        "tier": st.one_of(
            st.sampled_from(["close", "regular", "loose"]), st.integers(1, 3650).map(str)
        ),
        "note": st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=60)
        .map(str.strip)
        .filter(_unprotected_text),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(ROW, max_size=8, unique_by=lambda r: (r["name"].casefold(), r["channel"])),
    st.sampled_from([",", ";"]),
    st.booleans(),
)
def test_what_a_spreadsheet_writes_reads_back(
    rows: list[dict[str, str]], separator: str, bom: bool
) -> None:
    """Rows written as a spreadsheet writes them (quoted, protected) read back unchanged."""
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(["name", "channel", "tier", "note"])
    writer.writerows(neutralise([r["name"], r["channel"], r["tier"], r["note"]]) for r in rows)
    data = (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")
    people = parse_contacts(data, "contacts.csv")
    assert [(p.name, p.channel, p.note) for p in people] == [
        (r["name"], r["channel"], r["note"]) for r in rows
    ]


#: Pieces that make files close to valid: separators, quotes, line breaks, names of columns.
PIECES = [*",;\"'\n\r\t ab=@-0123.:/\ufeff\x00\x85", *COLUMNS, "close", "linkedin", "2026-01-31"]


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=400)
    | st.lists(st.sampled_from(PIECES), max_size=60).map(
        lambda parts: "".join(parts).encode("utf-8")
    )
)
def test_any_bytes_give_contacts_or_a_clean_error(data: bytes) -> None:
    """Whatever a file holds, the reader answers with people or located problems, never a crash."""
    try:
        people = parse_contacts(data, "contacts.csv", today=TODAY)
    except ContactsError as exc:
        problems = exc.problems
    else:
        problems = []
        assert all(p.name for p in people)
    assert all(p.source == "contacts.csv" and p.message for p in problems)


def test_the_readme_states_the_limits_and_defaults() -> None:
    """The Contacts section says what the code enforces."""
    from dialogplan import limits

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Contacts")[1].split("\n## ")[0]
    assert f"{limits.MAX_CONTACTS:,} people" in section
    assert f"{limits.MAX_CONTACTS_BYTES // 2**20} MiB" in section
    assert f"1 to {limits.MAX_INTERVAL_DAYS}" in section
    for tier, days in default_intervals().items():
        assert f"`{tier}` every {days}" in section


def test_a_german_header_and_channel_names_read_as_the_english_ones() -> None:
    """A German team writes „Kanal;Stufe;Notiz“ and „Facebook-Gruppe“; the file reads alike."""
    data = (
        "Name;Kanal;Profil;Stufe;Letzter Kontakt;Notiz\n"
        "Aylin Demir;Facebook-Gruppe;;close;;Vertrauensfrau im Betrieb\n"
        "Jonas Reiter;Facebook Seite;;45;03.02.2027;\n"
        "Greta Vogt;E-Mail;;loose;;\n"
    )
    people = parse_contacts(data.encode("utf-8"), "kontakte.csv").people
    assert [(p.name, p.channel, p.note) for p in people] == [
        ("Aylin Demir", "facebook-group", "Vertrauensfrau im Betrieb"),
        ("Jonas Reiter", "facebook", ""),
        ("Greta Vogt", "newsletter", ""),
    ]
    assert people[1].last_contact == date(2027, 2, 3)
