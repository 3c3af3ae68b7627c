"""How a prompt names a contact: in full once, then by the first name where there is one.

A household ("Familie Wendling"), a formal address ("Frau Ostrowski") and an organisation
("Physiotherapie Sonnenhof", "Freiwillige Feuerwehr Wernthal") keep their whole name: their
first word is no first name (``dialogplan/data/name_words.yaml``). In German, an
organisation whose name starts with an adjective is quoted, because a sentence would have to
decline it („von der Freiwilligen Feuerwehr“): „Freiwillige Feuerwehr Wernthal“ reads right
after any preposition.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import yaml

from dialogplan.german_nouns import dative, genus
from dialogplan.word_stems import Stems, kind_of, stems


@cache
def _raw() -> dict[str, list[str]]:
    data: dict[str, list[str]] = yaml.safe_load(
        files("dialogplan").joinpath("data/name_words.yaml").read_text("utf-8")
    )
    return data


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    raw = _raw()
    ends = "|".join(re.escape(w) for w in raw["organisations"])
    return frozenset(raw["no_first_name"]), re.compile(f"(?:{ends})$", re.IGNORECASE)


@cache
def _titles() -> frozenset[str]:
    return frozenset(_raw()["titles"])


@cache
def _articles() -> frozenset[str]:
    return frozenset(_raw()["articles"])


def organisation(name: str) -> bool:
    """Whether a contact's name is an organisation's: one of its words ends like one.

    An abbreviation in capitals makes one too: "Vogelkundliche AG Mittelhessen", "NABU
    Gießen"; people's names carry initials with a full stop. So does a leading article:
    "The Book Hive". A name that gives the person the team knows there is that person's
    (:func:`person_at`).
    """
    return person_at(name) is None and not _couple(name) and _organisation(name)


def _couple(name: str) -> bool:
    """Whether a name is two people's, sharing a surname: "Jonas und Mira Feldhaus".

    Whatever the surname ends in: „Feldhaus“ ends like a „Gemeindehaus“, and a dance club's
    page was sent to comment on a couple's private profile as a neighbour's page (r573).
    """
    words = name.split()
    return (
        # A first name, „und“, a first name, the surname.
        len(words) == 4
        and words[1] in ("und", "and")
        and all(_name_word(w) for w in (words[0], words[2], words[3]))
    )


#: What parts an organisation from the person the team knows there: „Pflegedienst Sonnenhof –
#: Katrin Bär“, "Katrin Bär / Sonnenhof".
_AT = re.compile(r"\s+[–—-]\s+|\s*/\s*")


def _name_word(word: str) -> bool:
    """Whether a word reads as part of a person's name: capitalised, in any alphabet.

    „Anne-Marie“ too. „Gül Aydın“ was no person to a pattern of German letters, and the
    prompt named „das Familienzentrum Hohenzaber – Gül Aydın“ as it stood (r311). Capitals
    inside the word and an apostrophe too: "Fiona McAra" was written to as "Dunmarnock Primary
    Parent Council – Fiona McAra" (r589); "O'Neill". Not a word all in capitals ("NABU").
    """
    return all(
        len(part) > 1
        and part.replace("'", "").replace("’", "").isalpha()
        and part[0].isupper()
        and not part.isupper()
        for part in word.split("-")
    )


def person_at(name: str) -> tuple[str, str] | None:
    """The person and the organisation of a name that gives both, either way round; else None.

    „der Pflegedienst Sonnenhof – Katrin Bär heute“ read as a pasted label (r271): the person
    is the one written to.
    """
    cuts = list(_AT.finditer(name))
    if not cuts:
        return None
    # The organisation's own name may hold a separator: „Leipziger Westen – Nachbarschaft /
    # Henrik Lausch“ was pasted whole (r523). The person is the part after the last one …
    place, person = name[: cuts[-1].start()].strip(), name[cuts[-1].end() :].strip()
    # Teams write the organisation first („Kirchbrunner Anzeiger – Sabine Hofacker“), so a
    # person's name after it is the person, whatever the organisation's words; before it,
    # only where the other side is known to be an organisation's. After an organisation, a
    # surname may end like one: „Studierendenwerk – Jonas Ebbinghaus“ was pasted whole (r634).
    if _a_person(person, surname_free=_organisation(place)):
        return person, place
    # … or before the first.
    person, place = name[: cuts[0].start()].strip(), name[cuts[0].end() :].strip()
    if _a_person(person) and _organisation(place):
        return person, place
    return None


def _a_person(name: str, *, surname_free: bool = False) -> bool:
    """Whether a name reads as a person's: two or three capitalised words of no organisation.

    A title before it counts for nothing: „Hausarztpraxis am Schlossberg – Dr. Heike
    Rommelfanger“ was thanked as a whole, „für etwas, das Hausarztpraxis am Schlossberg – Dr.
    Heike Rommelfanger zuletzt geteilt hat“ (r384). With ``surname_free``, the last word may
    look like an organisation's („Ebbinghaus“).
    """
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".").casefold() in _titles():
        words = words[1:]
    judged = words[:-1] if surname_free else words
    return (
        2 <= len(words) <= 3
        and all(_name_word(w) for w in words)
        and not _organisation(" ".join(judged))
    )


def _organisation(name: str) -> bool:
    """Whether one of the name's words makes it an organisation's (:func:`organisation`)."""
    pattern = _words()[1]
    words = name.split()
    return (
        "&" in name
        or (len(words) > 1 and words[0].casefold() in _articles())
        or any(pattern.search(w) for w in words)
        or any(len(w) > 1 and w.isalpha() and w.isupper() for w in words)
    )


def noticeboard(group: str) -> bool:
    """Whether a group's name makes it a noticeboard, where nobody discusses a theme.

    A men's shed's questions about loneliness went to the „Kettlesford Community
    Noticeboard“, where people post lost cats and hedge trimmers for sale.
    """
    return bool(_word_starts("noticeboards").search(group.casefold()))


def neighbourhood(group: str) -> bool:
    """Whether a group's name makes it a neighbourhood's own, where people talk about living there.

    The words are ``neighbourhood_groups`` in ``name_words.yaml``.
    """
    return bool(_word_starts("neighbourhood_groups").search(group.casefold()))


def without_noticeboard_words(group: str) -> str:
    """A noticeboard's or a neighbourhood group's name without what makes it one, in lower case.

    What is left names its place and perhaps its subject: „Pferde Uelzen sucht und findet“
    leaves „pferde uelzen“.
    """
    kept = _word_starts("noticeboards").sub(" ", group.casefold())
    return _word_starts("neighbourhood_groups").sub(" ", kept).strip()


def local_words(text: str) -> bool:
    """Whether a group's name, or whom a goal is for, places people where they live.

    The words are ``local_groups`` in ``name_words.yaml``: neighbours, a village, residents.
    """
    return bool(_word_starts("local_groups").search(text.casefold()))


@cache
def _word_starts(key: str) -> re.Pattern[str]:
    """A list of ``name_words.yaml`` as one pattern, each word at the start of a word.

    „Gebiete“ holds no „biete“.
    """
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _raw()[key])) + ")")


#: Lower-case words a person's name may hold ("Ludwig van Beethoven"); any other ("Firth of
#: Lorn Paddlers", "Hof am See") makes a name no person's.
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "ter", "le", "la",
     "bin", "al", "el", "zu", "vom", "zur"}
)  # fmt: skip


#: Two people's names joined: „Dieter und Ursel Hambach“, "Sam and Alex Reid".
_JOINED = re.compile(r"\s(?:und|and)\s")


def household(name: str) -> bool:
    """Whether a contact is more than one person: a family, or two people's names joined."""
    words = name.split()
    if not words or person_at(name) is not None or organisation(name):
        return False
    return words[0].casefold() in _raw()["households"] or bool(_JOINED.search(name))


def first_name(name: str) -> str:
    """How a prompt names a contact the second time: "Kerensa" for "Kerensa Trethewey".

    A title ("Dr.", "Dr") is skipped; a name of one word, a household's, a formal one and an
    organisation's stay whole, as does one with a lower-case word that is no name particle.
    """
    known = person_at(name)
    if known is not None:
        return first_name(known[0])
    words = [w for w in name.split() if not w.endswith(".") and w.casefold() not in _titles()]
    if (
        len(words) < 2
        or words[0].casefold() in _words()[0]
        or organisation(name)
        or any(w.islower() and w not in _PARTICLES for w in words[1:])
        or any(not w[:1].isalpha() for w in name.split())
    ):
        return name
    return words[0]


def spoken(name: str, language: str) -> str:
    """The name as a sentence carries it; a German organisation led by an adjective quoted.

    „Freiwillige Feuerwehr Wernthal“: the first word says nothing of an organisation, a
    later one does. „Tanzschule Lange“ starts with the organisation and declines as it is.
    """
    known = person_at(name)
    if known is not None:
        person, place = known
        # „Sabine Brenneisen von der Familie Brenneisen“ said the name twice (r282).
        if person.split()[-1] in place.split():
            return person
        # Not in brackets: a profile link in brackets followed them (r276).
        if language == "de":
            return f"{person} {_from(place)}"
        return f"{person} from {_the(place)}"
    words = name.split()
    pattern = _words()[1]
    led = (
        len(words) > 1
        and not pattern.search(words[0])
        and words[0].casefold() not in _words()[0]
        and any(pattern.search(w) for w in words[1:])
    )
    return f"„{name}“" if language == "de" and led else name


#: The German article of an organisation's name by case and gender; "von" and "bei" with the
#: article they merge with („vom Tourismusverein“, „bei der Imkerei“).
_ARTICLES: dict[str, dict[str, str]] = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "akk": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
    "von": {"m": "vom", "f": "von der", "n": "vom", "pl": "von den"},
    "bei": {"m": "beim", "f": "bei der", "n": "beim", "pl": "bei den"},
}


def declined(name: str, case: str) -> str:
    """A German organisation's name with the article its place in a sentence needs.

    „Schreib der Imkerei Sonnenhang“, „frag den Tourismusverein Lindower Seen“: without it
    the sentence reads like a telegram. The gender comes from the first word's ending
    (:mod:`dialogplan.german_nouns`); a person, a household, a quoted name and an
    organisation whose first word does not tell stay as they are. ``von`` and ``bei``
    return the preposition too, merged where German merges it.
    """
    gender = genus(_lead(name)) if len(name.split()) > 1 and organisation(name) else ""
    if not gender or name.startswith("„") or _spoken_person(name):
        return f"{case} {name}" if case in ("von", "bei") else name
    return f"{_ARTICLES[case][gender]} {_in_case(name, gender, case)}"


#: A person named with their organisation, as :func:`spoken` says it: „Wolfgang Kersting vom
#: Heimatverein“ is Wolfgang, whom no article goes before („zu den Beiträgen vom Wolfgang
#: Kersting …“, r330 writer).
_SPOKEN_AT = re.compile(r"\s(?:vom|von der|von den|von|beim|bei der|from)\s")


def _spoken_person(name: str) -> bool:
    """Whether a name is a person's, with their organisation after it (:data:`_SPOKEN_AT`)."""
    found = _SPOKEN_AT.search(name)
    words = name[: found.start()].split() if found else []
    return (
        1 < len(words) <= 3 and all(map(_name_word, words)) and not _organisation(" ".join(words))
    )


#: A town's or valley's name at the end of an organisation's („Museumsbahn Rabental“): its
#: gender is the place's, not the organisation's.
_PLACE_NAME = re.compile(
    r"[A-ZÄÖÜ]\w*(?:tal|dorf|stadt|berg|burg|bach|hausen|heim|feld|ingen|hofen|rode|itz)"
)


def _from(place: str) -> str:
    """Where a person comes from, with the article its gender asks for; „von“ where none tells.

    „vom Pflegedienst Sonnenhof“, „von den Landfrauen Felsbachtal“: the gender of the first
    word, else of the head word („vom Kirchbrunner Anzeiger“), unless that is a place's name.
    """
    gender = genus(_lead(place)) or (
        "" if _PLACE_NAME.fullmatch(place.rsplit(maxsplit=1)[-1]) else genus(place)
    )
    return (
        f"{_ARTICLES['von'][gender]} {_in_case(place, gender, 'von')}" if gender else f"von {place}"
    )


@cache
def _with_the() -> frozenset[str]:
    return frozenset(_raw()["with_the"])


def _the(place: str) -> str:
    """An English organisation's name as it reads after "from": "the Felsham Gazette"."""
    words = place.split()
    takes = (
        len(words) > 1
        and words[-1].casefold() in _with_the()
        and words[0].casefold() not in _articles()
        and not any(w.endswith(("'s", "’s")) for w in words)
    )
    return f"the {place}" if takes else place


def _lead(name: str) -> str:
    """The word whose gender an organisation's name takes: the first but an abbreviation.

    „Ev. Kirchengemeinde St. Petri“ is a „Kirchengemeinde“.
    """
    words = name.split()
    return next((w for w in words if not w.endswith(".") and not _ADJECTIVE.fullmatch(w)), words[0])


#: An adjective before a name's head word, in its strong form: „Oberhessischer“, „Freies“.
_STRONG = re.compile(r"[A-ZÄÖÜ]\w*(?:isch|lich|ig|end)e[rs]|(?:Neu|Frei|Allgemein)e[rs]")
#: The same adjective before a feminine name's head word: „Oberhessische“, „Freie“,
#: „Berufsbildende“.
_FEMININE = re.compile(r"[A-ZÄÖÜ]\w*(?:isch|lich|ig|end)e|(?:Neu|Frei|Allgemein)e")
#: Either: a word the name's gender is not told by („vom Berufsbildende Schule“, r607).
_ADJECTIVE = re.compile(f"{_STRONG.pattern}|{_FEMININE.pattern}")
#: A masculine head word that takes -n after an article: „vom Oberhessischen Boten“, „vom
#: Schwäbischen Seeboten“.
_WEAK = re.compile(r"[A-ZÄÖÜ]?\w*[Bb]ote")


def _in_case(name: str, gender: str, case: str) -> str:
    """The name in the dative where the case asks for it.

    „von den Lions-Freunden Kornhausen“, not „von den Lions-Freunde“; „vom Oberhessischen
    Boten“, not „vom Oberhessischer Bote“ (a town's „Kirchbrunner“ does not change).
    """
    if case not in ("dat", "von", "bei"):
        return name
    if gender == "pl":
        lead = _lead(name)
        return name.replace(lead, dative(lead), 1)
    words = name.split(" ")
    if gender == "f":
        # „von der Oberhessischen Rundschau“, not „von der Oberhessische Rundschau“ (r406).
        return " ".join([f"{w}n" if _FEMININE.fullmatch(w) else w for w in words[:-1]] + words[-1:])
    if gender not in ("m", "n") or not any(_STRONG.fullmatch(w) for w in words[:-1]):
        return name
    words = [f"{w[:-2]}en" if _STRONG.fullmatch(w) else w for w in words[:-1]] + words[-1:]
    if gender == "m" and _WEAK.fullmatch(words[-1]):
        words[-1] += "n"
    return " ".join(words)


def possessive(name: str) -> str:
    """An English name with its possessive: "Priya's", "Firth of Lorn Paddlers'".

    A person from an organisation (:func:`spoken`) takes it on the person: "Gwen's", not
    "Gwen from the Harbour Users' Association's".
    """
    person = name.split(" from ", maxsplit=1)[0]
    if person != name and _a_person(person):
        name = person
    return f"{name}'" if name.endswith("s") else f"{name}'s"


#: The English pronouns a team's own note uses of a person, by the one its words say.
_SAID = {
    "her": frozenset({"she", "her", "hers", "herself"}),
    "his": frozenset({"he", "him", "his", "himself"}),
}


def whose(*notes: str) -> str:
    """The possessive the team's own notes on a person use: "her", "his" or "their".

    Margaret's note said "the session she promised", and the prompt went on "under a recent
    post of theirs". Only where the notes say one and not the other; else "their".
    """
    words = set(re.findall(r"[a-z]+", " ".join(notes).casefold()))
    said = [word for word, forms in _SAID.items() if words & forms]
    return said[0] if len(said) == 1 else "their"


#: A note on what to talk about that is the person's own open question: „ihre Frage nach
#: festem Spülmittel“, "his question about dual sourcing", or a question as they put it.
_THEIR_QUESTION = re.compile(
    r"^(?:ihre|seine|deren|dessen|his|her|their)\s+(?:frage|fragen|question|questions|query)\b|\?$",
    re.IGNORECASE,
)


def asked(talk: str) -> bool:
    """Whether what to talk about is a question the person asked the team, to be answered.

    A newsletter reply round offered Merle „eine Rückfrage zu dem, was euch verbindet: ihre
    Frage nach festem Spülmittel“: she had asked, and waits for an answer.
    """
    return bool(_THEIR_QUESTION.search(talk.strip()))


def private_matter(talk: str) -> bool:
    """Whether what to talk about is private (``private_words.yaml``): said in a message only."""
    return bool(kind_of(talk, _private_words()))


@cache
def _private_words() -> Stems:
    return stems("private_words.yaml", ("private",), whole=True)


#: Words that make a note on what to talk about unsafe to say to the person: who "she" or
#: „er“ is, or whom "them" means, a line to that very person cannot tell.
_UNSAID = {
    "en": re.compile(
        r"\b(?:they|them|theirs|themsel(?:f|ves)|yours?|you)\b|\bs?he's\b", re.IGNORECASE
    ),
    "de": re.compile(
        r"\b(?:er|sie|ihm|ihn|ihnen|du|dich|dir|dein\w*|euch|euer|eure\w*|deren|dessen)\b"
    ),
}
#: After "her", a word that shows it is no possessive: "we wrote to her about the fair".
_NOT_AFTER_HER = re.compile(
    r"\bher\s+(?:a|an|the|about|to|for|with|and|or|at|in|on|that|this|when|how|what|some|our|up|back)\b",
    re.IGNORECASE,
)
#: The person's possessives as the team's notes write them, followed by the next word.
_THEIR_WORD = {
    "en": re.compile(r"\b(her|his|their)(\s+\S)", re.IGNORECASE),
    "de": re.compile(r"\b(ihr|sein)(e|en|em|er|es)?(\s+\S)"),
}


#: A note that is a question of its own, not a thing: "who leads the Harrowmere Lakes bat walk"
#: read "What's the latest with who leads …?" in a line (r339).
_CLAUSE = {
    "en": re.compile(r"(?:who|whom|what|when|where|whether|if|how|why|which)\b", re.IGNORECASE),
    "de": re.compile(r"(?:wer|wen|wem|was|wann|wo|wohin|ob|wie|warum|welche\w*)\b", re.IGNORECASE),
}


#: "she" or "he" in an English note, with the adverbs that may stand before its verb.
_SUBJECT = re.compile(
    r"\b(?:s?he)(\s+(?:(?:always|also|still|just|often|usually|sometimes|never|now|really"
    r"|already|even)\s+)*)(\w+n't|\w+)",
    re.IGNORECASE,
)
#: The person as the object of the note, or themselves: "him", "hers", "herself".
_OBJECT = {"him": "you", "hers": "yours", "himself": "yourself", "herself": "yourself"}
_OBJECTS = re.compile(rf"\b({'|'.join(_OBJECT)})\b", re.IGNORECASE)
#: Verbs whose form with "you" is not their "he" form without its "s".
_IRREGULAR = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}


def _with_you(verb: str) -> str:
    """A verb as it follows "you": "wants" becomes "want", "isn't" "aren't"; past stays."""
    stem, nt = (verb[:-3], "n't") if verb.lower().endswith("n't") else (verb, "")
    low = stem.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low] + nt
    if low.endswith("ies") and len(low) > 4:
        return stem[:-3] + "y" + nt
    if low.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return stem[:-2] + nt
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return stem[:-1] + nt
    return verb


def _to_you(talk: str) -> str:
    """An English note on the person, turned to them.

    "the hay he let us have" becomes "the hay you let us have", "the loaf she bakes for her
    stall" "the loaf you bake for your stall".
    """
    turned = _SUBJECT.sub(lambda m: f"you{m[1]}{_with_you(m[2])}", talk)
    turned = _OBJECTS.sub(lambda m: _OBJECT[m[1].lower()], turned)
    turned = re.sub(r"\bher$", "you", turned)
    return _THEIR_WORD["en"].sub(lambda m: "your" + m[2], turned)


def said_to(talk: str, language: str) -> str:
    """What to talk about as a line to the person says it; "" where that is not safe.

    "the linocut series we framed for her winter show" becomes "… for your winter show" in a
    line to Helen; „ihre Eichentreppe“ becomes „{deine|Ihre} Eichentreppe“ in the register
    the strategy chose. A note that speaks of the person as "she" or „er“ stays out of
    lines: the prompt cannot turn it round without guessing.
    """
    if _UNSAID[language].search(talk) or _CLAUSE[language].match(talk.strip()):
        return ""
    if language == "en":
        return "" if _NOT_AFTER_HER.search(talk) else _to_you(talk)
    # A bare „ihr“ before a word in lower case is no possessive: „mit ihr gesprochen“.
    if any(not m[2] and not m[3][-1].isupper() for m in _THEIR_WORD["de"].finditer(talk)):
        return ""
    return _THEIR_WORD["de"].sub(lambda m: f"{{dein{m[2] or ''}|Ihr{m[2] or ''}}}{m[3]}", talk)


__all__ = [
    "asked",
    "declined",
    "first_name",
    "local_words",
    "neighbourhood",
    "noticeboard",
    "organisation",
    "possessive",
    "said_to",
    "spoken",
    "whose",
]
