"""Example lines in the team's own voice and register.

Templates write each line once with its forms side by side: ``[ich|wir]`` follows the
team's voice, ``{du|Sie}`` how it addresses its audience („Das [frage ich|fragen wir] oft –
wie {siehst du|sehen Sie} das?“). Choosing the forms is the same for every line, so it
happens here rather than in template code. A bracket without "|" (from a title of the
strategy, say) stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

import yaml

#: ``[first|second]`` and ``{first|second}``: no bracket of the same kind inside.
_VOICE = re.compile(r"\[([^\[\]]*)\]")
_ADDRESS = re.compile(r"\{([^{}]*)\}")


def _choose(second: bool) -> Callable[[re.Match[str]], str]:  # noqa: FBT001 - one flag
    """A replacement taking the first or the second form of a bracket with forms."""

    def choose(match: re.Match[str]) -> str:
        forms = match.group(1).split("|")
        return forms[1 if second else 0] if len(forms) > 1 else match.group(0)

    return choose


def voiced(text: str, we: bool, sie: bool) -> str:  # noqa: FBT001 - a template filter's flags
    """``text`` with the second of ``[…|…]`` for "we" and of ``{…|…}`` for „Sie“."""
    return _ADDRESS.sub(_choose(sie), _VOICE.sub(_choose(we), text))


#: German words of the „du“ register: „du“, „dein…“, „ihr“, „euch“, „eur…“ ('Ihr' inside a
#: sentence is „Sie“, checked first).
_DU_WORDS = frozenset({"du", "dich", "dir", "ihr", "euch", "euer"})
_DU_STARTS = ("dein", "eure")
#: Words of the „Sie“ register, capitalised inside a sentence (at its start they may be "they").
_SIE_WORDS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"})
#: Where a sentence starts: after an end mark, a colon or an opening quote.
_SENTENCES = re.compile(r"(?<=[.!?:])\s+|[„“\"]")
#: A name in quotation marks: its words are the name's, whatever register the line speaks in
#: („Spielen Sie lieber Rommé oder „Mensch ärgere dich nicht“?“, r455's writer).
_QUOTED = re.compile(r"„[^“”„]*[“”]|‚[^‘’‚]*[‘’]|»[^«]*«|\"[^\"]*\"")


def _names_out(text: str) -> str:
    """The line without the names it quotes."""
    return _QUOTED.sub(" ", text)


@lru_cache(maxsize=4096)
def register(text: str) -> str | None:
    """The register a German line of the team's speaks in: "du", "Sie", or None for neither.

    Forms for both (``{deine|Ihre}``) say neither: they follow the channel.
    """
    found = register_words(text)
    return found[0] if found else None


def register_words(text: str) -> tuple[str, str] | None:
    """The register a German line speaks in, with the words outside braces that say it.

    „wollten Sie“ in „Welche Frage zu {deinem|Ihrem} Rücken wollten Sie …?“: a writer whose
    question had braces looked for the „Sie“ inside them (r663 writer).
    """
    for sentence in _SENTENCES.split(_ADDRESS.sub("", _names_out(text))):
        words = re.findall(r"\w+", sentence)
        for k, word in enumerate(words):
            said = f"{words[k - 1]} {word}" if k > 0 else word
            if k > 0 and word in _SIE_WORDS:
                return "Sie", said
            low = word.lower()
            if (low in _DU_WORDS and (k > 0 or low != "ihr")) or low.startswith(_DU_STARTS):
                return "du", said
    return None


#: The case „euch“ takes after a preposition, as its „Sie“ word: „mit euch“, „{euch|Ihnen}“;
#: „für euch“, „{euch|Sie}“. After any other word the verb decides it.
_EUCH_AFTER = {
    **dict.fromkeys(
        ("mit", "bei", "von", "zu", "aus", "nach", "seit", "gegenüber", "außer", "ab"), "Ihnen"
    ),
    **dict.fromkeys(("für", "durch", "gegen", "ohne", "um"), "Sie"),
}


def both_forms(said: str) -> str:
    """The braces for the pronoun ``said`` ends in, the „du“ form first: „{dich|Sie}“.

    „{du|Sie}“ offered for a question that said „dich“, and „{euch|Ihnen}“ for „für euch“,
    left writers to work out the case themselves (r697 writer). "" for a word not known, and
    for „euch“ after a verb, whose case the verb decides („hat euch“: „Ihnen“, „freut euch“:
    „Sie“).
    """
    words = said.split()
    word = words[-1] if words else ""
    before = words[-2].lower() if len(words) > 1 else ""
    if word.lower() == "euch":
        other = _EUCH_AFTER.get(before, "")
    else:
        other = _OTHER_FORM.get(word) or _OTHER_FORM.get(word.lower(), "")
    if not other:
        return ""
    du, sie = (other, word) if word in _SIE_WORDS else (word.lower(), other)
    return f"{{{du}|{sie}}}"


def swapped_forms(text: str) -> list[str]:
    """The ``{…|…}`` of a team's line that give the „Sie“ form first and the „du“ form second.

    The first form is for „du“: ``{Ihnen|dir}`` would say „dir“ where the team says „Sie“.
    """
    swapped = []
    for match in _ADDRESS.finditer(text):
        forms = match.group(1).split("|")
        if len(forms) != 2 or _one_form(forms):
            continue
        # „{sind|bist}“ names no pronoun, and its verbs tell the order (r626 writer).
        verbs = _lone_du_verb(forms[1]) and not _lone_du_verb(forms[0])
        if (_says_sie(forms[0]) and _says_du(forms[1])) or (verbs and not _says_du(forms[0])):
            swapped.append(match.group(0))
    return swapped


def _lone_du_verb(form: str) -> bool:
    """Whether a form is a „du“ verb alone: „bist“, „kannst“, „wolltest“."""
    words = form.split()
    alone = words[0] if len(words) == 1 else ""
    return bool(alone) and (_du_verb(alone) or (alone.endswith("st") and alone != "ist"))


def same_twice(text: str) -> list[str]:
    """The ``{…|…}`` of a team's line that give one form twice: ``{Hat Ihr|Hat Ihr}``."""
    return [
        match.group(0)
        for match in _ADDRESS.finditer(text)
        if len(forms := match.group(1).split("|")) == 2 and _one_form(forms)
    ]


def _one_form(forms: list[str]) -> bool:
    """Whether both forms of a ``{…|…}`` say the same: one mistake, said by ``same_twice``."""
    return forms[0].strip() == forms[1].strip()


def du_twice(text: str) -> list[str]:
    """The ``{…|…}`` of a team's line whose second form says „du“ or „ihr“, not „Sie“.

    ``{Hast du|Habt ihr}`` gives the channels that say „Sie“ a plural „du“.
    """
    return [
        match.group(0)
        for match in _ADDRESS.finditer(text)
        if len(forms := match.group(1).split("|")) == 2
        and _says_du(forms[1])
        and not _says_sie(forms[1])
        and not _says_sie(forms[0])  # swapped, and said so by swapped_forms
        and not _one_form(forms)  # one form twice, said so by same_twice
    ]


#: A verb right before ``{du|Sie}`` in one register's form: „wolltest {du|Sie}“ reads „wolltest
#: Sie“ where the team says „Sie“, „würden {du|Sie}“ reads „würden du“ where it says „du“.
#: Words with those endings that are no verb are left alone. Forms that go on after the
#: pronoun count too: „tragen {du es|Sie es}“ reads „tragen du es“.
#: The same before ``{ihr|Sie}``: „bestellt {ihr|Sie}“ reads „bestellt Sie“ (r356).
_VERB_BEFORE = re.compile(
    r"\b(\w+(?:st|en|t|d))\s+\{\s*(du|ihr)\b[^{}|]*\|\s*Sie\b[^{}|]*\}", re.IGNORECASE
)
_NOT_VERBS = frozenset(
    {"erst", "zuerst", "meist", "fast", "sonst", "selbst", "längst", "just", "wen", "denen",
     "einen", "keinen", "welchen", "deinen", "ihren", "eben", "oben", "unten", "neben",
     # A relative pronoun or an article: „einer, den {du|Sie} selbst gemacht {hast|haben}“.
     "den", "diesen", "jenen", "allen", "manchen", "solchen", "seinen", "unseren", "euren",
     "gegen", "wegen", "zwischen", "morgen", "jüngst", "zumindest",
     # before {ihr|Sie}: words in t or d that are no verb
     "nicht", "jetzt", "oft", "seit", "damit", "weit", "bereit", "gut", "mit", "nichts",
     "dort", "sofort", "bisher", "und", "als", "samt", "bald", "gerade", "wird"}
)  # fmt: skip


def verbs_outside(text: str) -> list[tuple[str, str]]:
    """The verbs a team's line leaves outside its ``{du|Sie}``, each with the form it gets wrong.

    ``wolltest {du|Sie}`` gives „wolltest Sie“; ``würden {du|Sie}`` gives „würden du“.
    """
    found = []
    for match in _VERB_BEFORE.finditer(text):
        verb, pronoun = match.group(1), match.group(2).lower()
        if verb.casefold() in _NOT_VERBS or (pronoun == "du" and not verb.endswith(("st", "en"))):
            continue
        wrong = f"{verb} {pronoun}" if verb.endswith("en") else f"{verb} Sie"
        found.append((match.group(0), wrong))
    return found


def du_pronoun_outside(text: str) -> list[str]:
    """„du“ with the verb before it, left outside the ``{du|Sie}`` forms of a line that has some.

    „Welchen Fehler aus {deinem|Ihrem} Gründungsjahr würdest du heute vermeiden?“ asked
    „würdest du“ where the team says „Sie“ (r648 writer). Only a line with forms.
    """
    if not _ADDRESS.search(text):
        return []
    bare = _ADDRESS.sub(" ", _names_out(text))
    return [m.group(0) for m in re.finditer(r"\b\w+\s+du\b", bare)]


#: The „Sie“ forms of „du“ words a line may leave outside its braces, for the way to write them.
_SIE_OF = {"dein": "Ihr", "deine": "Ihre", "deinen": "Ihren", "deinem": "Ihrem",
           "deiner": "Ihrer", "deines": "Ihres", "euer": "Ihr", "eure": "Ihre",
           "euren": "Ihren", "eurem": "Ihrem", "eurer": "Ihrer", "eures": "Ihres",
           "dir": "Ihnen", "dich": "Sie"}  # fmt: skip


def du_outside(text: str) -> list[tuple[str, str]]:
    """The „du“ words a line with ``{du|Sie}`` forms leaves outside them, with their „Sie“ form.

    „{Habt ihr|Haben Sie} euren Sommerurlaub …?“ asks „Haben Sie euren Sommerurlaub“ on the
    channels that say „Sie“. Only a line with forms: one without is checked as a whole.
    """
    if not _ADDRESS.search(text):
        return []
    # Forms without braces („dir|sich“) have a finding of their own.
    sie = _BARE.sub("", voiced(_names_out(text), we=False, sie=True))
    return [(word, _SIE_OF[word.lower()]) for word in re.findall(r"\w+", sie)
            if word.lower() in _SIE_OF]  # fmt: skip


#: ``{du|Sie}`` forms and the words after them in the same clause, up to a word that follows.
#: A dash starts a clause too: „{Hast du|Haben Sie} … müssen – und was hat dir gefehlt?“ was
#: told to write „was hat sich“ (r559 writer).
_FORMS_THEN = r"\{([^{}|]*)\|([^{}|]*)\}((?:\s+[^\s{}|,;:.!?„“\"–—]+)*?)\s+"


def taken_in(text: str, word: str) -> str | None:
    """The ``{du|Sie}`` forms before a „du“ word left outside them, rewritten to hold it.

    „{Magst du|Möchten Sie} dir … anschauen“ gives ``{Magst du dir|Möchten Sie sich}``: writers
    told to write {dir|sich} could not tell whether the verb went in as well (r486, r487).
    With „du“ in the forms, „dir“ and „dich“ point back to the one addressed: „sich“.
    None where no forms stand before the word in its clause.
    """
    match = re.search(_FORMS_THEN + re.escape(word) + r"\b", _names_out(text))
    if match is None:
        return None
    du, sie = match.group(1).strip(), match.group(2).strip()
    between = match.group(3).split()
    back = word.lower() in {"dir", "dich"} and "du" in du.lower().split()
    said = "sich" if back else _SIE_OF[word.lower()]
    return f"{{{' '.join([du, *between, word])}|{' '.join([sie, *between, said])}}}"


#: The „du“ forms of „Sie“ words a line may leave outside its braces.
_DU_OF = {"Ihnen": "dir", "Ihr": "dein", "Ihre": "deine", "Ihrem": "deinem", "Ihren": "deinen",
          "Ihrer": "deiner", "Ihres": "deines"}  # fmt: skip
#: The other form of each word, as braces pair them (:func:`both_forms`); „euch“ takes its
#: case from the word before it.
_OTHER_FORM = {**_SIE_OF, "du": "Sie", "ihr": "Sie", **_DU_OF, "Sie": "du"}


def sie_outside(text: str) -> list[tuple[str, str]]:
    """The „Sie“ words a line with ``{du|Sie}`` forms leaves outside them, with their „du“ form.

    „{wünschst du dir|wünschen Sie sich} … bei Ihren Patienten“ says „Ihren“ to the channels
    that say „du“ (an orthopaedic workshop's writer found it; validate had not). Inside a
    sentence only: at its start „Ihr“ may be „ihr“.
    """
    if not _ADDRESS.search(text):
        return []
    # Where the line's „du“ forms speak to several people, so does the fix: „{deinem|Ihrem}“
    # in „Hättet ihr Lust, mit Ihrem Verein …“ would read „ihr … deinem“ (r667 writer).
    several = any(_IHR_WORDS.search(m.group(1).split("|")[0]) for m in _ADDRESS.finditer(text))
    du_of = {w: _IHR_OF.get(du, du) for w, du in _DU_OF.items()} if several else _DU_OF
    found = []
    for sentence in _SENTENCES.split(_ADDRESS.sub(" ", _names_out(text))):
        words = re.findall(r"\w+", sentence)
        found += [(w, du_of[w]) for k, w in enumerate(words) if k > 0 and w in du_of]
    return found


#: The „du“ words of several people, in a line's own „du“ forms.
_IHR_WORDS = re.compile(r"\b(?:ihr|euch|euer|eure[mnrs]?)\b", re.IGNORECASE)
#: The „du“ of several people for each „du“ word of one.
_IHR_OF = {"du": "ihr", "dir": "euch", "dich": "euch", "dein": "euer", "deine": "eure",
           "deinem": "eurem", "deinen": "euren", "deiner": "eurer", "deines": "eures"}  # fmt: skip


#: A clause of a team's line: up to a comma or an end mark.
_CLAUSES = re.compile(r"[,;:.!?]")


#: ``{…du|…Sie}`` followed by „sich“: the reflexive of the „Sie“ form only.
_SICH_AFTER = re.compile(r"(\{([^{}|]*)\|([^{}|]*)\})\s+sich\b")


def sich_after(text: str) -> list[tuple[str, str, str]]:
    """The ``{du|Sie}`` forms a „sich“ follows: the line as „du“ reads it, the fix, the forms.

    „{Könntest du|Könnten Sie} sich vorstellen …?“ reads „Könntest du sich“ where the team
    says „du“ (r431 writer): „sich“ belongs inside the braces, with „dir“ or „dich“ for „du“.
    """
    found = []
    for match in _SICH_AFTER.finditer(text):
        forms, du, sie = match.group(1), match.group(2).strip(), match.group(3).strip()
        if "du" in du.split():
            found.append((f"{du} sich", f"{{{du} dir|{sie} sich}}", forms))
    return found


#: An infinitive clause that starts with „sich“: „…, sich in einem Verein zu engagieren“.
_SICH_CLAUSE = re.compile(
    r",\s+((?:um|ohne|statt|anstatt)\s+)?sich\b([^,;:.!?{}|]*?\b(?:zu\s+\w+|\w+zu\w*en))\s*(?=[,;:.!?]|$)"
)


def sich_in_clause(text: str) -> list[tuple[str, str]]:
    """The „sich“ of an infinitive clause in a line that addresses people: as read, and the fix.

    „Was hat {dich|Sie} davon abgehalten, sich in einem Verein zu engagieren?“ says „dich …
    sich“ where the team says „du“ (r559): the clause's „sich“ is the one addressed.
    """
    if not _ADDRESS.search(text):
        return []
    return [
        (f"{m.group(1) or ''}sich{m.group(2)}", f"{m.group(1) or ''}{{dich|sich}}{m.group(2)}")
        for m in _SICH_CLAUSE.finditer(text)
    ]


def verbs_after(text: str) -> list[tuple[str, str, str]]:
    """The „du“ verbs a line leaves after its ``{du|Sie}`` forms, and how to write them.

    Each with the clause as the „Sie“ channels read it and the forms to write instead:
    „den {du vorher|Sie vorher} gar nicht kanntest“ reads „Sie vorher gar nicht kanntest“
    where the team says „Sie“: a verb at the end of a clause goes inside the braces too,
    ``{du vorher gar nicht kanntest|Sie vorher gar nicht …}``.
    """
    found = []
    for clause in _CLAUSES.split(text):
        # After the last form with „du“ itself: a verb before one is verbs_outside's.
        forms = _ADDRESS.finditer(clause)
        subjects = [f for f in forms if "du" in f.group(1).split("|")[0].split()]
        if not subjects:
            continue
        last = subjects[-1]
        du, sie = (form.strip() for form in last.group(1).split("|"))
        rest = re.findall(r"\w+", _ADDRESS.sub(" ", clause[last.end() :]))
        reading = voiced(clause.strip(), we=False, sie=True)
        for k, word in enumerate(rest):
            if _du_verb(word):
                words_du = " ".join([du, *rest[:k], word])
                words_sie = " ".join([sie, *rest[:k]])
                found.append((word, reading, f"{{{words_du}|{words_sie} …}}"))
    return found


#: „du“ forms of the verbs a clause most often ends in; past forms end in „-test“/„-dest“.
_DU_VERBS = frozenset(
    {"bist", "hast", "kannst", "willst", "musst", "sollst", "darfst", "magst", "weißt", "wirst",
     "warst"}
)  # fmt: skip


#: Words that open a clause whose verb comes last: „bevor du dich entscheidest“. Not the
#: question words, which open questions as often („Wo sitzt du am liebsten draußen?“).
#: Relative pronouns: „die {du|Sie} noch tragen“ ends in a verb as a clause with „dass“ does
#: (r626 writer).
_RELATIVE = frozenset(
    {"der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche", "welcher",
     "welches", "welchen", "welchem"}
)  # fmt: skip
_SUBORDINATE = frozenset(
    {"bevor", "damit", "dass", "wenn", "ob", "weil", "als", "nachdem", "sobald", "während",
     "obwohl", "falls", "seit", "seitdem", "sodass"}
)  # fmt: skip


#: „Sie“ verbs whose „du“ form no ending rule gives.
_DU_FORMS = {
    "haben": "hast", "können": "kannst", "wollen": "willst", "müssen": "musst",
    "dürfen": "darfst", "mögen": "magst", "wissen": "weißt", "werden": "wirst",
    "sehen": "siehst", "geben": "gibst", "nehmen": "nimmst", "lesen": "liest",
    "essen": "isst", "helfen": "hilfst", "treffen": "triffst", "fahren": "fährst",
    "tragen": "trägst", "laufen": "läufst", "lassen": "lässt", "sprechen": "sprichst",
    # strong verbs a writer suggested „herauswachsst“ for (r607 writer)
    "wachsen": "wächst", "halten": "hältst", "fallen": "fällst", "schlafen": "schläfst",
    "laden": "lädst", "raten": "rätst", "braten": "brätst", "waschen": "wäschst",
    "schlagen": "schlägst", "stoßen": "stößt", "vergessen": "vergisst", "messen": "misst",
    "sterben": "stirbst", "werfen": "wirfst", "brechen": "brichst", "empfehlen": "empfiehlst",
    "stehlen": "stiehlst", "treten": "trittst", "gelten": "giltst", "werben": "wirbst",
    "befehlen": "befiehlst", "blasen": "bläst", "fangen": "fängst", "graben": "gräbst",
}  # fmt: skip

#: Prefixes a verb of :data:`_DU_FORMS` keeps in front: „herauswachsen“ → „herauswächst“.
_PREFIXES = frozenset(
    {"ab", "an", "auf", "aus", "bei", "durch", "ein", "fest", "her", "heraus", "herein", "hin",
     "hinaus", "los", "mit", "nach", "vor", "vorbei", "weg", "weiter", "zu", "zurück",
     "zusammen", "be", "ent", "er", "ge", "ver", "zer", "über", "unter", "um", "wieder",
     "hinter", "frei", "fort", "aufrecht", "dabei", "daran", "heim"}
)  # fmt: skip


def du_form(verb: str) -> str:
    """The „du“ form of a „Sie“ verb: „entscheiden“ → „entscheidest“, „machen“ → „machst“.

    A strong verb keeps its prefix („herauswächst“); a stem ending in a hiss takes only
    „t“ („reist“), one in -el or -er drops the e of the ending („sammelst“), and one whose
    ending needs a vowel to be heard takes „est“ („öffnest“).
    """
    for infinitive, form in _DU_FORMS.items():
        prefix = verb.removesuffix(infinitive)
        if verb.endswith(infinitive) and (not prefix or prefix in _PREFIXES):
            return prefix + form
    if verb.endswith(("eln", "ern")):
        return verb[:-1] + "st"
    stem = verb.removesuffix("en")
    if stem.endswith(("s", "ß", "z", "x")):
        return stem + "t"
    return stem + ("est" if _needs_e(stem) else "st")


def _needs_e(stem: str) -> bool:
    """Whether a verb's stem needs an „e“ before its ending to be heard: „arbeit-e-st“."""
    return stem.endswith(("d", "t")) or re.search(r"(?:ch|[bdfgkpstw])[mn]$", stem) is not None


#: „Sie“ verbs whose form for „ihr“ no ending rule gives.
_IHR_VERBS = {"sind": "seid", "Sind": "Seid", "wissen": "wisst", "Wissen": "Wisst"}


def ihr_form(verb: str) -> str:
    """The „ihr“ form of a „Sie“ verb: „würden“ → „würdet“, „haben“ → „habt“.

    The plural ending is „t“ on the stem, „et“ where the stem needs a vowel to be heard
    („arbeitet“, „öffnet“); „sind“ and „wissen“ go their own way.
    """
    if verb in _IHR_VERBS:
        return _IHR_VERBS[verb]
    if not verb.endswith("n"):
        return ""
    stem = verb.removesuffix("en") if verb.endswith("en") else verb.removesuffix("n")
    return stem + ("et" if _needs_e(stem) else "t")


def verbs_at_end(text: str) -> list[tuple[str, str]]:
    """The „Sie“ verbs that end a clause after a ``{du|Sie}`` form with no verb of its own.

    „bevor {du dich|Sie sich} für ein Ehrenamt entscheiden?“ reads „bevor du dich … für ein
    Ehrenamt entscheiden“ where the team says „du“ (r434 writer). Each with the verb and the
    clause as the „du“ channels read it; :func:`du_form` gives the verb to write.
    """
    found = []
    for clause in _CLAUSES.split(text):
        words = re.findall(r"\w+", _ADDRESS.sub(" ", clause))
        forms = list(_ADDRESS.finditer(clause))
        if not words or not forms or not _opens_subordinate(clause, words[0]):
            continue
        du = forms[-1].group(1).split("|")[0].split()
        # A form with its own verb („müsstest du“) makes the clause's last word an infinitive.
        own_verb = any(_du_verb(w) or w.endswith(("st", "t")) for w in du if w != "du")
        last = words[-1]
        at_end = last.islower() and last.endswith("en") and clause.rstrip().endswith(last)
        if "du" in du and not own_verb and at_end:
            found.append((last, " ".join(voiced(clause.strip(), we=False, sie=False).split())))
    return found


def _opens_subordinate(clause: str, first: str) -> bool:
    """Whether a clause's first word makes it end in its verb: „dass“, or „die“ before forms.

    A relative pronoun counts only right before the forms: „Die {du|Sie} …“ at a sentence's
    start, or „die Schuhe“, is no relative clause.
    """
    if first.lower() in _SUBORDINATE:
        return True
    follows = re.match(rf"\s*{re.escape(first)}\s*\{{", clause)
    return first.lower() in _RELATIVE and follows is not None and clause[:1].isspace()


def _du_verb(word: str) -> bool:
    """Whether a word is a „du“ verb: „kanntest“, „würdest“, „bist“; never „ist“, „gepasst“."""
    past = word.endswith(("test", "dest")) and word not in _NOT_VERBS
    return word.islower() and (past or word in _DU_VERBS)


#: Forms glued to the word before them: „würde{st du| Sie}“ splits one verb across the braces.
_GLUED = re.compile(r"(\w+)\{([^{}|]*)\|([^{}|]*)\}")


def glued_forms(text: str) -> list[tuple[str, str, str]]:
    """The ``{du|Sie}`` forms of a team's line that begin inside a word, with both readings.

    ``würde{st du| Sie}`` reads „würdest du“ and „würde Sie“: a form must hold whole words.
    """
    found = []
    for match in _GLUED.finditer(text):
        stem, du, sie = match.groups()
        if _says_du(du) or _says_sie(sie):
            found.append(
                (match.group(0), " ".join((stem + du).split()), " ".join((stem + sie).split()))
            )
    return found


#: Two forms joined by "|" outside braces: „dir|sich“ is printed as it stands.
_BARE = re.compile(r"(?<![\w{|])(\w+)\|(\w+)(?![\w|}])")


def bare_forms(text: str) -> list[str]:
    """The ``du|Sie`` forms of a team's line written without their braces.

    „{Willst du|Wollen Sie} dir|sich … ansehen?“ would ask „dir|sich“ on every channel.
    """
    outside = re.sub(r"\{[^{}]*\}", " ", text)
    return [
        match.group(0)
        for match in _BARE.finditer(outside)
        if _says_du(match.group(1)) or _says_sie(match.group(2))
    ]


def _says_sie(form: str) -> bool:
    return any(w in _SIE_WORDS for w in re.findall(r"\w+", form))


def _says_du(form: str) -> bool:
    words = (w.lower() for w in re.findall(r"\w+", form))
    return any(w in _DU_WORDS or w.startswith(_DU_STARTS) for w in words)


def speaks_as(text: str, sie: bool) -> bool:  # noqa: FBT001 - one flag, as in voiced()
    """Whether a team's line may stand where people are addressed with „Sie“ (or not)."""
    found = register(text)
    return found is None or (found == "Sie") == sie


#: "our", "my" or "your" before a word in lower case (a possessive, not part of a title), and
#: "we" and "us": the words that turn round when the team's phrase is said to the team.
_TURNED = re.compile(
    r"\b(?:[Oo]ur|[Mm]y|[Yy]our)(?= [a-z])|\b(?:[Oo]urs|[Mm]ine|[Yy]ours)\b|\b(?:we|us|me)\b"
    r"|\bI(?= [a-z])"
)
#: Whose it is, said to the team: the team's things are "yours", the other person's "theirs";
#: what "we" did, "you" did.
_TO_THE_TEAM = {"our": "your", "my": "your", "your": "their", "we": "you", "us": "you",
                "ours": "yours", "mine": "yours", "yours": "theirs", "me": "you",
                "i": "you"}  # fmt: skip


def yours(phrase: str) -> str:
    """The team's phrase as the prompt says it to the team: "our workshops", "your workshops".

    "the linocut series we framed for her" is, to the team, the series you framed for her;
    "the two spaniels she sent me" those she sent you (r473).

    A phrase the team wrote to the other person turns round too: "a call about your next
    release" is, to the team, a call about their next release. A title keeps its words: "Our
    Town" is a play, not the team's town.
    """
    return _TURNED.sub(lambda m: _TO_THE_TEAM[m.group(0).lower()], phrase)


#: German first-person singular words: „mein…“, „mir“, „mich“.
_ICH_WORDS = re.compile(r"\b([Mm])(ein(?:e|em|en|er|es)?|ir|ich)\b")


#: The words of the „du“ register a phrase to the reader may hold: „denen du folgst“, „dir“.
_TO_THE_READER = re.compile(r"\b(?:du|dir|dich|dein\w*)\b")
#: A bracket with forms, either kind: the forms are chosen already.
_FORMS = re.compile(r"(\[[^\[\]]*\]|\{[^{}]*\})")


def ours(phrase: str) -> str:
    """A German phrase to the reader with its „ihr“ forms beside, for a team: ``[…|…]``.

    „über euren Feed und die Profile …, die du länger nicht angeschaut hast“ changed from
    „ihr“ to „du“ within a sentence (r471): the whole phrase turns, verbs and all.
    """
    parts = _FORMS.split(phrase)
    return "".join(_both(part) if k % 2 == 0 else part for k, part in enumerate(parts))


def _both(part: str) -> str:
    """A piece without forms, with its „ihr“ form from its first „du“ word on.

    What comes before stays outside, so that a capital at the start of a sentence lands on it.
    """
    found = _TO_THE_READER.search(part)
    if found is None:
        return part
    head, rest = part[: found.start()], part[found.start() :]
    return f"{head}[{rest}|{_many(rest, '')}]"


#: German first-person plural possessives: „unser“, „unserer“.
_UNSER = re.compile(r"\b([Uu])nser(e|em|en|er|es)?\b")


def dein(phrase: str) -> str:
    """The team's German phrase in an instruction to the team.

    „an meinem Stand“ becomes „an deinem Stand“, „in unserer Beratungsstelle“ „in eurer“: the
    instruction says „euren Austausch“, and „unserer“ beside it read as the plan's own voice
    (r557). „bei uns“ stays, the reader is one of „uns“.
    """
    mine = _ICH_WORDS.sub(lambda m: ("D" if m[1] == "M" else "d") + m[2], phrase)
    return _UNSER.sub(
        lambda m: ("E" if m[1] == "U" else "e") + ("ur" + m[2] if m[2] else "uer"), mine
    )


__all__ = [
    "dein",
    "du_outside",
    "ihr_form",
    "ours",
    "register",
    "register_words",
    "sich_in_clause",
    "speaks_as",
    "to_many",
    "voiced",
    "yours",
]


class _Plural(NamedTuple):
    """The forms :func:`to_many` changes, from ``data/plural_address.yaml``."""

    words: dict[str, str]
    verbs: dict[str, str]
    imperatives: dict[str, str]
    not_verbs: frozenset[str]


@cache
def _plural_words() -> _Plural:
    raw = yaml.safe_load(
        files("dialogplan").joinpath("data/plural_address.yaml").read_text(encoding="utf-8")
    )
    return _Plural(raw["words"], raw["verbs"], raw["imperatives"], frozenset(raw["not_verbs"]))


def to_many(text: str) -> str:
    """A line to one person, for a couple or a household: the „du“ forms of its brackets as „ihr“.

    „{Bist du|Sind Sie} dabei?“ → „{Seid ihr|Sind Sie} dabei?“: „Sie“ is the same for one
    and for many, and the data file says the rest (``data/plural_address.yaml``).
    """

    def plural(match: re.Match[str]) -> str:
        forms = match.group(1).split("|")
        if len(forms) != len(("du", "Sie")):
            return match.group(0)
        return "{" + _many(forms[0], forms[1]) + "|" + forms[1] + "}"

    return _ADDRESS.sub(plural, text)


def _many(du: str, sie: str) -> str:
    """The „ihr“ form of a bracket's „du“ form, its „Sie“ form telling an imperative."""
    words, verbs, orders, _ = _plural_words()
    tokens = re.split(r"(\W+)", du)
    with_du = "du" in (w.lower() for w in tokens)
    order = bool(re.match(r"\w+ Sie\b", sie)) and not with_du
    out = []
    for k, word in enumerate(tokens):
        low = word.lower()
        if low in words:
            out.append(_cased(words[low], word))
        elif k == 0 and order and word:
            out.append(orders.get(word) or _order(word))
        elif with_du and (word.islower() or k == 0) and (low in verbs or _verb(low)):
            out.append(_cased(verbs.get(low) or _conjugated(low), word))
        else:
            out.append(word)
    return "".join(out)


def _cased(said: str, word: str) -> str:
    """``said`` with the capital ``word`` had at a sentence's start."""
    return said.capitalize() if word[:1].isupper() else said


def _verb(word: str) -> bool:
    """Whether a word in a line with „du“ is its verb: ending in -st, and no adverb."""
    return word.isalpha() and word.endswith("st") and word not in _plural_words().not_verbs


def _conjugated(verb: str) -> str:
    """„kommst“ → „kommt“, „arbeitest“ → „arbeitet“."""
    return f"{verb[:-3]}et" if verb.endswith("est") else f"{verb[:-2]}t"


def _order(verb: str) -> str:
    """„Komm“ → „Kommt“, „Melde“ → „Meldet“, „Halt“ → „Haltet“."""
    return f"{verb}et" if verb.endswith(("d", "t")) and not verb.endswith("e") else f"{verb}t"
