"""The grammatical gender of a German short form, so prompts can put the right article.

„Am Samstag ist das Hoffest“ needs „das“; a wrong guess reads worse than no article, so the
guess is made only where the head word's ending decides it (``dialogplan/data/
german_genders.yaml``) and is "" otherwise.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from importlib.resources import files

import yaml

#: The genders in the order a tie between endings of one length is decided.
GENDERS = ("pl", "f", "n", "m")


@cache
def _data() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The cut words and every (ending, gender), longest ending first; read once."""
    raw = yaml.safe_load(files("dialogplan").joinpath("data/german_genders.yaml").read_text())
    endings = [(ending, g) for g in GENDERS for ending in raw["endings"][g]]
    endings.sort(key=lambda pair: -len(pair[0]))  # stable: equal lengths keep GENDERS order
    return tuple(raw["cuts"]), tuple(endings)


#: A year after the head word, which names the edition, not the thing: „Anpaddeln 2027“.
_YEAR = re.compile(r"(?<=\S)\s+\d{4}$")


def _head(noun: str) -> str:
    """The part of a short form up to its head word: „Kennenlerntermine“ of „… ohne Behandlung“."""
    head = noun.strip()
    # At the first cut word, wherever it stands: „Lesung an der Mühle“ cut at „der“ first
    # left „Lesung an“.
    ends = [i for i in (head.find(cut) for cut in _data()[0]) if i >= 0]
    return _YEAR.sub("", head[: min(ends)] if ends else head)


#: Words that join two nouns into one short form.
_JOINED = re.compile(r"\s(?:und|&|oder)\s")


@cache
def genus(noun: str) -> str:
    """The gender of a short form, "f", "m", "n" or "pl" (Hoffest: n); "" when unsure.

    Two nouns joined by „und" take an article each, which one guess cannot give: „auf die
    Ausbildungsplatz und ZFA-Stelle" read wrong, „auf Ausbildungsplatz und ZFA-Stelle" does not.
    """
    head = _head(noun)
    if _JOINED.search(head):
        return ""
    words = [w.rstrip('“"').lstrip('„"') for w in head.split(" ")]
    found = _gender_of(words[-1].lower())
    # „Workshop Kräuterseife“: a noun of known gender named by an unknown one after it.
    if not found and len(words) > 1 and words[-1][:1].isupper():
        found = _gender_of(words[0].lower())
    return found


def _gender_of(word: str) -> str:
    """The gender one word's ending tells, or ""."""
    return next((g for ending, g in _data()[1] if word.endswith(ending)), "")


@cache
def dative(noun: str) -> str:
    """The short form as a dative needs it: „zu den Kennenlernterminen ohne Behandlung“.

    Only a plural changes: its head word takes the -n it lacks.
    """
    if genus(noun) != "pl":
        return noun
    head = _head(noun).rstrip()
    if head.endswith(("n", "s")):
        return noun
    return head + "n" + noun.strip()[len(head) :]


#: The definite article in the nominative, by gender.
_THE = {"f": "die", "m": "der", "n": "das", "pl": "die"}


def nominative(noun: str) -> str:
    """A short form of an adjective and a noun with its article: „die offene Werkstatt“.

    The team writes the adjective as it stands alone („offenes Treffen“, „offener Abend“);
    after „das“ and „der“ it ends in -e, in the plural in -en. "" for any other shape, or
    when the noun's gender is unsure: „‚offene Werkstatt‘ ist am Samstag“ read as a seam,
    but a wrong ending reads worse.
    """
    return with_adjective(noun, "nom")


#: The definite article by case and gender.
_ARTICLES = {
    "nom": _THE,
    "akk": {"f": "die", "m": "den", "n": "das", "pl": "die"},
    "dat": {"f": "der", "m": "dem", "n": "dem", "pl": "den"},
}
#: An adjective's ending where it stands alone before a noun, by the noun's gender.
_STRONG = {"f": "e", "m": "er", "n": "es", "pl": "e"}


def with_adjective(noun: str, case: str) -> str:
    """An adjective and a noun with the article of ``case``: „dem offenen Clubabend“, or "".

    After the article the adjective ends in -e in the nominative singular and in the
    accusative of „die“ and „das“, in -en everywhere else.
    """
    words = noun.split()
    if len(words) != 2 or not words[0].isalpha() or not words[0].islower():
        return ""
    adjective, head = words
    gender = genus(head) if head[:1].isupper() else ""
    if not gender or not adjective.endswith(_STRONG[gender]):
        return ""
    stem = adjective[: -len(_STRONG[gender])]
    short = gender != "pl" and (case == "nom" or (case == "akk" and gender != "m"))
    head = dative(head) if case == "dat" else head
    return f"{_ARTICLES[case][gender]} {stem}{'e' if short else 'en'} {head}"


#: A preposition and the article after it, said as one word: „zum“, „vom“, „zur“.
_CONTRACTED = {("zu", "dem"): "zum", ("zu", "der"): "zur", ("von", "dem"): "vom"}
#: The case each preposition of the prompts takes.
_CASE_AFTER = {"zu": "dat", "von": "dat", "auf": "akk"}


def after_preposition(noun: str, preposition: str) -> str:
    """An adjective's short form after „zu“, „von“ or „auf“: „zum offenen Clubabend“.

    "" where :func:`with_adjective` is unsure.
    """
    phrase = with_adjective(noun, _CASE_AFTER[preposition])
    if not phrase:
        return ""
    article, rest = phrase.split(" ", 1)
    joined = _CONTRACTED.get((preposition, article))
    return f"{joined} {rest}" if joined else f"{preposition} {phrase}"


#: Articles a short form may be written with: its gender is the rest's.
_LEADING_ARTICLES = ("der", "die", "das", "Der", "Die", "Das")


def phrase_genus(noun: str) -> str:
    """The gender of a short form as the prompts decline it, or "" where unsure.

    A name of two capitalised words takes the second's gender only after a place's adjective
    in -er („Kirchbrunner Tafel“); a noun named by a second one whose ending says nothing
    takes the first's („der Workshop Kräuterseife“); any other such name none.
    """
    first, _, rest = noun.strip().partition(" ")
    words = (rest if rest and first in _LEADING_ARTICLES else noun.strip()).split(" ")
    if not (len(words) > 1 and words[1][:1].isupper()):
        return genus(noun)
    if len(words) != 2:
        return ""
    lead, head = words
    if (
        lead.isalpha()
        and lead[:1].isupper()
        and lead.endswith("er")
        and genus(head) in ("f", "n", "pl")
    ):
        return genus(head)
    # Both of one gender leave no doubt: „der Infoabend Wachdienst“ (r640).
    return genus(lead) if genus(head) in ("", genus(lead)) else ""


#: A masculine article or possessive, nominative to accusative: „dein Stand“ → „deinen Stand“.
_TO_ACCUSATIVE = {"der": "den", "dein": "deinen", "ihr": "ihren", "Ihr": "Ihren", "sein": "seinen",
                  "mein": "meinen", "unser": "unseren", "euer": "euren", "ein": "einen",
                  "kein": "keinen"}  # fmt: skip
_TO_NOMINATIVE = {acc: nom for nom, acc in _TO_ACCUSATIVE.items()}


def accusative(phrase: str) -> str:
    """A phrase the team noted, as „für“ or „an“ need it: „für deinen Honigstand“ (r354)."""
    return _recased(phrase, _TO_ACCUSATIVE, always="der")


def nominative_phrase(phrase: str) -> str:
    """A phrase noted in the accusative, as a colon needs it: „Aufhänger: sein Titel“ (r358)."""
    return _recased(phrase, _TO_NOMINATIVE)


def _recased(phrase: str, words: dict[str, str], always: str = "") -> str:
    """The phrase with its first word in the other case where its noun is masculine.

    Forms for both registers stay in their braces: „{dein|Ihr} Stand“ → „{deinen|Ihren} Stand“.
    ``always`` is the word changed whatever the noun: „der“ is masculine by itself. Adjectives
    before the noun change with it: „den gemeinsamen Wagenbau“ → „der gemeinsame Wagenbau“.
    """
    first, _, rest = phrase.partition(" ")
    braced = first.startswith("{") and first.endswith("}") and "|" in first
    forms = first[1:-1].split("|") if braced else [first]
    if not rest or not all(form in words for form in forms):
        return phrase
    adjectives, noun = _adjectives(rest)
    # The noun's gender is its own, not that of a phrase after it: „unser gemeinsamer
    # Schnupperabend Fels im Oktober“ stayed nominative after „an“ (r632).
    head = " ".join(itertools.takewhile(lambda w: not w[:1].islower(), noun.split(" ")))
    if forms != [always] and phrase_genus(head or noun) != "m":
        return phrase
    changed = [words[form] for form in forms]
    definite = forms[0] in ("der", "den")
    declined = [_adjective(a, definite=definite, to=words) for a in adjectives]
    return " ".join([f"{'{' + '|'.join(changed) + '}' if braced else changed[0]}", *declined, noun])


def _adjectives(rest: str) -> tuple[list[str], str]:
    """The adjectives before a phrase's noun, and the phrase from the noun on."""
    words = rest.split(" ")
    count = next((n for n, w in enumerate(words) if not (w.isalpha() and w.islower())), 0)
    return words[:count], " ".join(words[count:])


def _adjective(word: str, *, definite: bool, to: dict[str, str]) -> str:
    """A masculine adjective after the article's new case: „gemeinsamen“ → „gemeinsame“."""
    ending = "e" if definite else "er"
    if to is _TO_ACCUSATIVE:
        return f"{word.removesuffix(ending)}en" if word.endswith(ending) else word
    return f"{word.removesuffix('en')}{ending}" if word.endswith("en") else word


__all__ = [
    "accusative",
    "after_preposition",
    "dative",
    "genus",
    "nominative",
    "nominative_phrase",
    "phrase_genus",
    "with_adjective",
]
