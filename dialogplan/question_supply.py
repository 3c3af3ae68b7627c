"""Whether a topic has questions enough for the prompts that ask people about it.

A prompt that puts one of the team's own questions to people reads as the team's; one whose
topic has none left falls back on a built-in general question ("What helped you first, the
last time it came up?"), which readers took for a form letter. Only the team can write more
questions, so the check says how many would do.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import date

from dialogplan.calendar_hooks import Announcements, recaps
from dialogplan.dates import MONTH_FULL, months
from dialogplan.entry import Entry
from dialogplan.findings import FINDINGS_LANGUAGE, Finding, Severity
from dialogplan.labels import channel_label
from dialogplan.question_shapes import asker_words, asks_the_team
from dialogplan.schedule import schedule_work
from dialogplan.seasons import asked_in
from dialogplan.strategy import Strategy, Topic
from dialogplan.team_material import (
    QUESTION_REST_DAYS,
    THREAD_MOVES,
    asks_about_the_team,
    fits_under_others,
    puts_a_question,
    questions_in_turn,
)
from dialogplan.trials import Extras, with_extras
from dialogplan.voice import register, voiced

#: Prompts on a topic falling back on a built-in question before the check says so: one or two
#: in a quarter read as variety.
MIN_WITHOUT = 3
#: Prompts falling back with which a topic is named along with others already short.
NEAR_WITHOUT = 2
#: The share of a topic's asking prompts that may fall back before the check says so.
MAX_SHARE_WITHOUT = 1 / 4
#: Questions a topic may have, as the strategy allows: the check tries up to this many.
MAX_QUESTIONS = 12
#: The questions people ask the team that the advice quotes, so a writer knows which.
SHOWN_THEIRS = 3
#: How a question people ask the team is worded, where the check cannot quote the words.
ASKER = {"en": 'as in "Can I …", "Do I need …"', "de": 'as in "Kann man …", "Brauche ich …"'}
#: How a question that asks people about themselves addresses them, for the advice.
ASKED_OF_THEM = {"en": 'as in "What did you try first?"',
                 "de": "as in „Was {hast du|haben Sie} zuerst ausprobiert?“"}  # fmt: skip
#: A question the team might add, for trying how many would do: it asks people about
#: themselves, in both registers, in any month, as the advice asks.
STAND_IN = {"en": "What did you try first, the last time ({n})?",
            "de": "Was {{hast du|haben Sie}} zuletzt ausprobiert ({n})?"}  # fmt: skip


def few_questions(
    strategy: Strategy, entries: Sequence[Entry], also: Mapping[str, Extras] | None = None
) -> Iterator[Finding]:
    """Topics whose prompts often find none of their questions free to ask, in one finding.

    ``also``: the minutes other findings suggest adding, by the findings that suggest them;
    the numbers asked for hold with them too. A writer who gave Facebook the 30 minutes the
    `unannounced` warning asked for, and the questions this one asked for, was asked for more
    questions (r551 writer).
    """
    silent = _silent(strategy, entries)
    asking, without = _supply(strategy, entries, silent)
    short = _short(strategy, asking, without)
    if not short:
        return
    wants = _wanted(strategy, entries, silent, asking, without)
    shown = sorted(short + _near(strategy, without, short), key=lambda pair: pair[0])
    tried: list[str] = []
    for source, extras in (also or {}).items():
        more = _wanted_with(strategy, extras)
        merged = {i: max(wants.get(i, 0), more.get(i, 0)) for i in {*wants, *more}}
        if merged != wants:
            wants, tried = merged, [*tried, source]
    minutes = _minutes_of(tried)
    days = [day for _, topic in shown for day in without[topic.title]]
    # "2 topics run short" above four listed left a writer guessing (r579 writer).
    counted = {i for i, _ in shown}
    later = sum(1 for i in wants if i not in counted and _room(strategy.topics[i]))
    also_short = (
        f"; with {minutes}, {later} more {'topic runs' if later == 1 else 'topics run'} short "
        "too (listed last)"
        if later
        else ""
    )
    yield Finding(
        "few-questions", Severity.WARNING, "", min(days), max(days),
        f"{_topics([t for _, t in shown])} short of questions of "
        f"{'its' if len(shown) == 1 else 'their'} own: {len(days)} of the "
        f"{sum(asking[t.title] for _, t in shown)} prompts that ask people about "
        f"{'it' if len(shown) == 1 else f'these {len(shown)} topics'} fall back on a built-in "
        f"general question instead of one of your own `questions`{also_short}",
        _advice(
            strategy,
            [(i, strategy.topics[i], wants[i]) for i in sorted(wants)],
            minutes,
            counted,
        ),
    )  # fmt: skip


def _short(
    strategy: Strategy, asking: Counter[str], without: dict[str, list[date]]
) -> list[tuple[int, Topic]]:
    """The topics with more prompts on a built-in question than the limit allows."""
    return [
        (i, topic)
        for i, topic in enumerate(strategy.topics)
        if len(without.get(topic.title, ())) >= _limit(asking[topic.title])
    ]


def _near(
    strategy: Strategy, without: dict[str, list[date]], short: Sequence[tuple[int, Topic]]
) -> list[tuple[int, Topic]]:
    """Topics close to running short, where the team writes questions for others anyway.

    The questions of one topic take turns with others' in a group's questions on no topic,
    so a second round found two more topics short for a writer who had added only the
    first's. One with all its questions has none to add: "Add 0 questions (all 12)" to a
    topic only close to running short asked for nothing.
    """
    return [
        (i, topic)
        for i, topic in enumerate(strategy.topics)
        if len(without.get(topic.title, ())) >= NEAR_WITHOUT
        and (i, topic) not in short
        and _room(topic)
    ]


def _silent(strategy: Strategy, entries: Sequence[Entry]) -> frozenset[int]:
    """The entries that ask no topic's question.

    A story about an event just gone asks what people took from it, not the topic's question.
    """
    return recaps(Announcements(strategy, str, entries), entries)


def _wanted(
    strategy: Strategy,
    entries: Sequence[Entry],
    silent: frozenset[int],
    asking: Counter[str],
    without: dict[str, list[date]],
) -> dict[int, int]:
    """How many more questions each short or nearly short topic wants, by its index.

    One close to running short is asked for as many as keep it under the limit once the
    others have theirs, and one at least: asked to bring it under two prompts without, a
    topic a boxing club had left as it was, with five of 23, was told to add 7 (all 12).
    """
    short = _short(strategy, asking, without)
    wants = {i: _more(strategy, entries, silent, i, _limit(asking[t.title])) for i, t in short}
    added = strategy
    for i, more in wants.items():
        added = _with_stand_ins(added, i, min(more, _room(strategy.topics[i])))
    for i, topic in _near(strategy, without, short):
        wants[i] = max(1, _more(added, entries, silent, i, _limit(asking[topic.title])))
    return wants


def _wanted_with(strategy: Strategy, extras: Extras) -> dict[int, int]:
    """:func:`_wanted` for the plan with ``extras`` more minutes, as a team would follow them."""
    trial = with_extras(strategy, extras)
    entries = schedule_work(trial)
    silent = _silent(trial, entries)
    return _wanted(trial, entries, silent, *_supply(trial, entries, silent))


def _supply(
    strategy: Strategy, entries: Sequence[Entry], silent: frozenset[int]
) -> tuple[Counter[str], dict[str, list[date]]]:
    """Per topic, the prompts that ask people about it, and the days of those left without."""
    asking: Counter[str] = Counter()
    without: dict[str, list[date]] = {}
    asked = questions_in_turn(strategy, entries, silent)
    for i, (entry, question) in enumerate(zip(entries, asked, strict=True)):
        if i in silent or not _asks_about_its_topic(entry):
            continue
        asking[entry.topic] += 1
        if not question:
            without.setdefault(entry.topic, []).append(entry.start.date())
    return asking, without


def _limit(asking: int) -> float:
    """How many of a topic's asking prompts may fall back before the check says so."""
    return max(MIN_WITHOUT, MAX_SHARE_WITHOUT * asking)


def _topics(topics: Sequence[Topic]) -> str:
    """Who runs short: "A topic runs short" left a writer of one asking which (r464)."""
    return (
        f"The topic {topics[0].title!r} runs" if len(topics) == 1 else f"{len(topics)} topics run"
    )


def _asks_about_its_topic(entry: Entry) -> bool:
    """Whether the entry asks people a question of its topic's, where one is free.

    A follow-up in a thread takes the next question only where there is one, and a topic
    worded as a question is its own question.
    """
    return (
        bool(entry.topic)
        and not entry.topic.rstrip().endswith("?")
        and not entry.announce
        and entry.move not in THREAD_MOVES
        and puts_a_question(entry)
    )


def _more(
    strategy: Strategy, entries: Sequence[Entry], silent: frozenset[int], index: int, limit: float
) -> int:
    """How many more questions bring the topic's prompts under the limit, as a trial showed.

    Tried up to :data:`MAX_QUESTIONS` in all; one more than the room left for a topic that
    even that many would not carry. "More than 6" gave writers no number to write, and the
    next run asked for more again (r486, r487 writers).

    Each count is tried with stand-in questions in the same calendar: writers who added the
    "about 2" an estimate had asked for were asked for "about 2" again (r292's, r295's and
    r296's writers), since a question rests where it was asked and more prompts reach it.
    """
    topic = strategy.topics[index]
    room = _room(topic)
    for more in range(1, room + 1):
        trial = _with_stand_ins(strategy, index, more)
        if len(_supply(trial, entries, silent)[1].get(topic.title, ())) < limit:
            return more
    return room + 1


def _with_stand_ins(strategy: Strategy, index: int, count: int) -> Strategy:
    """A copy of the plan's strategy with ``count`` stand-in questions added to one topic."""
    topic = strategy.topics[index]
    added = tuple(_stand_in(strategy.language, index, n) for n in range(count))
    topics = list(strategy.topics)
    topics[index] = topic.model_copy(update={"questions": (*topic.questions, *added)})
    return strategy.model_copy(update={"topics": tuple(topics)})


def _room(topic: Topic) -> int:
    """How many more questions the topic may have."""
    return max(MAX_QUESTIONS - len(topic.questions), 0)


def _stand_in(language: str, index: int, n: int) -> str:
    """A question of the kind the advice asks for, numbered as one more.

    Copies of the topic's own carried what kept them from some prompts, and the trial counted
    what the copies did, not what the team's next question would: one in „Sie“ only never went
    to a channel that says „du“, one naming January waited for January, and a vet's practice
    and a boxing club were told "all 12" where 4 to 6 did (r488, r491). It asks people about
    themselves, in both registers, in any month, as the advice's example does. Numbered by
    topic too, so that those of two topics tried together are two questions.
    """
    return STAND_IN[language].format(n=f"{index + 1}.{n + 1}")


def _advice(
    strategy: Strategy,
    wants: Sequence[tuple[int, Topic, int]],
    minutes: str = "",
    shown: Collection[int] = (),
) -> str:
    """How many more questions each topic wants, and which kind works where.

    ``minutes``: the minutes of other warnings the numbers were tried with (:func:`_minutes_of`),
    or "". ``shown``: the topics the warning counts; one more only with another warning's minutes
    says so: "4 topics run short" above five named left a writer counting (r559 writer).
    """
    # "Add 2 to" left out what to add, and "topics[1]" counts from 0 where writers count
    # from 1: the noun and the topic's place as people count it come along.
    # A topic with all its questions has none to add: it was told "Add 0 questions (all 12)".
    full = [topic for _, topic, _ in wants if not _room(topic)]
    if len(full) == len(wants):
        return (
            f"{_names(full)} {'has' if len(full) == 1 else 'have'} all {MAX_QUESTIONS} "
            f"questions already, and {'it comes' if len(full) == 1 else 'they come'} up too "
            f"often for {MAX_QUESTIONS}: {_too_often(len(full)).split('; ', 1)[1]}"
        )
    items = {
        i: f"{_questions(topic, more)} to {topic.title!r} ({_ordinal(i + 1)} topic, "
        f"topics[{i}].questions{_OWN if topic.kind == 'own' else ''})"
        for i, topic, more in wants
        if _room(topic)
    }
    # The topics only the other warning's minutes make short come in a list of their own:
    # "3 topics run short" above four, one of them "once you add …", left writers unsure
    # which to write now (r682, r684, r688 writers).
    now = [item for i, item in items.items() if i in shown or not shown]
    then = [item for i, item in items.items() if shown and i not in shown]
    add = [f"Add{_listed(now)}"] if now else []
    add += [f"If you add {minutes}, {'also' if now else 'add'}{_listed(then)}"] if then else []
    return (
        "\n".join(add) + "\n"
        "Write ones people can answer in a line from their own experience, "
        f"asked of them ({_asked_of_them(strategy)}). "
        f"{_tried(wants, minutes, _plan_months(strategy))}{_one_form(strategy, wants)} "
        "A question rests "
        f"{QUESTION_REST_DAYS // 7} weeks where it was asked, so a few more go a long way."
        f"{_asked_of_you(strategy, wants)}{_not_under_others(strategy, wants)}"
    )


def _listed(items: Sequence[str]) -> str:
    """Items after "Add": one in the sentence, more one a line.

    The topics and their numbers in one paragraph of 900 characters had writers copy the
    warning into an editor to read it (r557, r558 writers).
    """
    return f" {items[0]}." if len(items) == 1 else ":" + "".join(f"\n- {i}" for i in items)


#: After an own topic: writers asked for its questions thought it needed none, as it is the
#: team's subject (r558, r566, r567 writers); "your own subject: for your own posts" was
#: read as terse (r578 writer).
_OWN = "; your own subject, so its questions go in your own posts"


def _asked_of_them(strategy: Strategy) -> str:
    """The example of a question asked of people, in the forms the plan's channels say.

    „{hast du|haben Sie}“ left a writer whose channels all say „du“ wondering whether
    braces were needed (r575 writer).
    """
    example = ASKED_OF_THEM[strategy.language]
    said = {strategy.says_sie(c) for c in strategy.channels}
    return voiced(example, we=True, sie=said.pop()) if len(said) == 1 else example


def _minutes_of(sources: Sequence[str]) -> str:
    """The minutes of the warnings that change the numbers, as the advice names them."""
    if not sources:
        return ""
    named = sources[0] if len(sources) == 1 else "the `unannounced` warnings"
    return f"the minutes suggested by {named}"


def _plan_months(strategy: Strategy) -> frozenset[int]:
    """The months of the year the plan reaches."""
    return frozenset(first.month for first, _ in months(strategy.start, strategy.last_day))


def _tried(wants: Sequence[tuple[int, Topic, int]], minutes: str, reached: frozenset[int]) -> str:
    """What the trial of the numbers showed, in a sentence of its own.

    "(tried on a copy of your plan)" mid-sentence puzzled writers, who read the questions
    after it as the ones tried (r464 writer). The numbers hold for the plan as it is: a
    writer who added the questions asked for and more hours at once was asked for more
    (r484 writer), since more hours make more prompts that ask; writers who moved time
    between channels read "more hours or channels want more" as not theirs (r537, r541
    writers).
    """
    full = [topic for _, topic, more in wants if more > _room(topic)]
    number = "Each number" if len(wants) > 1 else "The number"
    # The numbers "are enough" and "not enough" in one sentence said the same thing twice in
    # a paragraph writers found too long to read in a terminal (r491): the filled-up topics
    # are said once, after it.
    # A writer who added two questions, one naming winter, was asked for two more (r508
    # writer): where the topic has one, a question of a season counts only in its months.
    seasonal = [
        (q, asked)
        for _, topic, _ in wants
        for q in topic.questions
        if (asked := asked_in(q, _months_of(topic)))
    ]
    # With the minutes another warning suggests, tried too: a writer who followed both was
    # asked for more questions (r551 writer).
    both = f", and with {minutes}, and is enough either way"
    said = (
        f"{number} was tried on a copy of your plan with its present hours and channels"
        + (both if minutes else " and is enough")
        + (_in_season(seasonal, reached) if seasonal else "")
        + "; other changes to hours or channels change it: run validate again then."
    )
    if not full:
        return said
    # "6 or more … 6 were not enough" gave writers no number to write (r472, r474, r475,
    # r486, r487): the topic is filled up, and the rest is said as what it is.
    return (
        f"{said} Even {MAX_QUESTIONS} questions do not cover every prompt on "
        f"{_names(full)}: {_too_often(len(full))}"
    )


def _months_of(topic: Topic) -> frozenset[int] | None:
    """The months a topic sets itself (``months``), as its questions are scheduled with them."""
    return frozenset(topic.months) if topic.months else None


def _in_season(
    questions: Sequence[tuple[str, frozenset[int] | None]], reached: frozenset[int]
) -> str:
    """The clause on questions of a season, naming them and their months.

    Writers who added the numbers asked for were asked for more, and could not tell which of
    their questions counted only in some months (r627, r630 writers), nor that the topic's
    `months` count too where they meet its season (r657, r661, r665 writers).
    """
    # "'…' only in December" in a plan of January to April left its writer to see that the
    # question never came up at all (r674 writer).
    shown = "; ".join(
        f"{q!r} only in {_months(asked or frozenset())}"
        + ("" if (asked or frozenset()) & reached else ", which this plan does not reach")
        for q, asked in questions[:SHOWN_THEIRS]
    )
    more = "; …" if len(questions) > SHOWN_THEIRS else ""
    return (
        " for questions that suit any month (one naming a season or a month counts only then, "
        f"and in its topic's `months` where they meet the season: {shown}{more})"
    )


def _months(months: Collection[int]) -> str:
    """Months as a span where they run on: "December to February", "March and April"."""
    # A season may run over the new year: start from a month whose month before is not in it.
    start = next((m for m in sorted(months) if (m - 2) % 12 + 1 not in months), min(months))
    run = sorted(months, key=lambda m: (m - start) % 12)
    names = [MONTH_FULL[FINDINGS_LANGUAGE][m - 1] for m in run]
    if len(run) > 2 and all((b - a) % 12 == 1 for a, b in itertools.pairwise(run)):
        return f"{names[0]} to {names[-1]}"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _too_often(count: int) -> str:
    """Why some prompts of a topic filled with questions keep a built-in one, and what helps."""
    if count == 1:
        return (
            "it comes up too often for its own questions alone; to change that, give it `months` "
            "so that it comes up only then."
        )
    return (
        "they come up too often for their own questions alone; to change that, give them "
        "`months` so that they come up only then."
    )


def _names(topics: Sequence[Topic]) -> str:
    """The topics' titles, joined as people list them."""
    titles = [repr(topic.title) for topic in topics]
    return titles[0] if len(titles) == 1 else f"{', '.join(titles[:-1])} and {titles[-1]}"


def _questions(topic: Topic, more: int) -> str:
    """The count of questions to add, with its noun: "2 questions", "6 questions (12 in all, …)".

    Writers guessed what "(all 12)" meant (r488, r491): it says that 12 is the most.
    """
    if more > _room(topic):
        room = _room(topic)
        return (
            f"{room} question{'' if room == 1 else 's'} ({MAX_QUESTIONS} in all, the most a "
            "topic may have)"
        )
    return f"{more} question{'' if more == 1 else 's'}"


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _asked_of_you(strategy: Strategy, wants: Sequence[tuple[int, Topic, int]]) -> str:
    """Which of the topics' questions read as people's questions to the team, and so never go out.

    A knife shop's writer wrote four questions for a topic and was asked for more, without
    knowing that some of the four did not count (r391 writer).
    """
    theirs = [q for _, t, _ in wants for q in t.questions if asks_the_team(q, strategy.language)]
    if not theirs:
        return ""
    # "reads as a question people ask you" left writers unsure whether to fix it, and why
    # (r464, r467 writers): it is a note, with the words that make it one where the check
    # can name them, and the way to word it for others.
    if len(theirs) == 1:
        quoted, them, are = f"the question you wrote, {theirs[0]!r},", "it", "is"
    else:
        shown = ", ".join(map(repr, theirs[:SHOWN_THEIRS]))
        more = ", …" if len(theirs) > SHOWN_THEIRS else ""
        quoted = f"{len(theirs)} of the questions you wrote ({shown}{more})"
        them, are = "them", "are"
    words = [asker_words(q, strategy.language) for q in theirs[:SHOWN_THEIRS]]
    # The words of some beside none for others read as the words of all: "When is it safe to
    # plant out?" was said to be worded "How do I …" (r670 writer).
    quoted_words = [f'"{w} …"' for w in dict.fromkeys(words) if w]
    said = ", ".join(quoted_words + ([ASKER[strategy.language]] if not all(words) else []))
    # "A note, nothing to fix" inside a warning left writers unsure whether to act (r485,
    # r486, r487): it says what to check, and what to do either way.
    # "worded as someone asking you would word it" and "the numbers above leave it out"
    # were read twice (r577, r579 writers): whose question it is, and what it is not in.
    return (
        f"\nCheck this too: {quoted} {are} worded as a question people put to you "
        f"({said}), so {'it is' if them == 'it' else 'they are'} answered in your own "
        f"posts and never put to others; the counts of questions to add do not include "
        f"{them}. If you meant that, leave {them} as {'it is' if them == 'it' else 'they are'}; "
        f"if you meant {them} for others, ask about their own experience instead."
    )


def _not_under_others(strategy: Strategy, wants: Sequence[tuple[int, Topic, int]]) -> str:
    """Which of the topics' questions never go under other people's posts, and why.

    A record shop's writer added the questions asked for, two of them debates that ask
    about no one ("Should shops put leftovers online the same evening?"), and was asked for
    more (r560 writer): the numbers were tried with questions asked of people.
    """
    language = strategy.language
    # An own topic's questions go into the team's own posts only: a farm shop's were quoted
    # as never put under other people's posts (r576 writer).
    found = [
        q
        for _, t, _ in wants
        if t.kind != "own"
        for q in t.questions
        if not asks_the_team(q, language) and not fits_under_others(q, language)
    ]
    if not found:
        return ""
    shown = ", ".join(map(repr, found[:SHOWN_THEIRS])) + (
        ", …" if len(found) > SHOWN_THEIRS else ""
    )
    one = len(found) == 1
    # "about no one in particular, or about you" left a writer guessing which one was meant,
    # "questions asked of them" whom "them" meant (r577 writer), "questions like that"
    # which kind (r594 writer), and "no one in particular" what it meant, and whether the
    # question was used at all (r599, r601 writers).
    ours = sum(map(asks_about_the_team, found))
    about = {0: "the subject in general", len(found): "your own work"}.get(
        ours, "the subject in general or your own work"
    )
    # Writers could not tell which words made a question "general" (r627, r633, r635, r637
    # writers): one about the subject addresses no one, and the note says so, with the way
    # to ask the reader.
    general = ours < len(found)
    return (
        f"\nAlso: {'the question' if one else f'{len(found)} of the questions'} you wrote "
        f"({shown}) {'asks' if one else 'ask'} about {about}, not about the reader's own "
        f"experience, so {'it goes' if one else 'they go'} into your own posts only, never "
        "under other people's posts, where a comment asks the person about their own "
        "experience; the numbers above leave "
        f"{'it' if one else 'them'} out: they count only questions that ask people about "
        "their own experience." + (_ASK_THE_READER[language] if general else "")
    )


#: How a question about the subject comes to ask the reader: with the word for them, said in
#: the findings' English with the plan's own forms (a German line in an English warning read
#: as a slip, r652 writer).
_ASK_THE_READER = {
    "en": " A question about the subject has no “you” in it; one that asks the reader does "
    "(“… for you?”, “… at your place?”).",
    "de": " A question about the subject addresses no one; one that asks the reader says "
    "„du“, „ihr“ or „Sie“ („… bei {dir|Ihnen}?“, „… für {euch|Sie}?“).",
}


def _one_form(strategy: Strategy, wants: Sequence[tuple[int, Topic, int]]) -> str:
    """Where the topics' questions in one register are never asked on the other's channels.

    A mill association was asked for six more questions on a topic whose „du“ questions
    could not go to its „Sie“ page; writing them in both forms ended the shortage (r354).
    The message quotes them and names those channels: writers could not tell which questions
    it meant, and a topic none of whose channels says the other loses nothing (r446, r447).
    „ihr“ is named too: a question asking „bei euch“ said neither „du“ nor „Sie“ to its
    writer (r661 writer).
    """
    one: list[str] = []
    elsewhere: set[str] = set()
    for _, topic, _ in wants:
        # A question people ask the team keeps their words: „bei euch“ there is the team
        # (r630 writer), said by :func:`_asked_of_you`.
        for question in topic.questions:
            if asks_the_team(question, strategy.language):
                continue
            other = _other_register(strategy, topic, register(question))
            if other:
                one.append(question)
                elsewhere.update(other)
    if not one:
        return ""
    whose = "its" if len(wants) == 1 else "their"
    count = (
        f"{len(one)} of {whose} questions speak"
        if len(one) > 1
        else f"One of {whose} questions speaks"
    )
    quoted = ", ".join(map(repr, one[:SHOWN_THEIRS])) + (", …" if len(one) > SHOWN_THEIRS else "")
    labels = ", ".join(channel_label(c, FINDINGS_LANGUAGE) for c in sorted(elsewhere))
    return (
        f" {count} to people as „du“, „ihr“ or „Sie“ only ({quoted}) and "
        f"{'are' if len(one) > 1 else 'is'}"
        f" never asked where the channel says the other ({labels}): written with both forms in "
        f"braces („{{du|Sie}}“) {'they count' if len(one) > 1 else 'it counts'} everywhere, often "
        "in place of new ones."
    )


def _other_register(strategy: Strategy, topic: Topic, said: str | None) -> list[str]:
    """The channels serving a topic's goals that address people otherwise than ``said``."""
    if said is None:
        return []
    goals = set(strategy.goals_of_topic(topic))
    return [
        c
        for c in strategy.channels
        if strategy.says_sie(c) != (said == "Sie") and goals & set(strategy.goals_of(c))
    ]


__all__ = ["few_questions"]
