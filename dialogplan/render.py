"""Turn scheduled calendar entries into titles and concrete, dialogue-oriented prompts.

Wording lives in Jinja templates, one per move and language (``templates/<language>/<move>.j2``),
so a team can rephrase a single move without touching code: the strategy's own template folder
is passed in as ``overrides`` and rendered in a sandbox, because those files are user input.
Templates format; they do not decide: what a prompt may say about an entry is worked out in
:mod:`dialogplan.prompt_context`.

Every template sees these variables:

``move``, ``move_label``
    the move's name (``ask``) and its label in the plan's language (``Frage stellen``)
``channel``, ``channel_label``
    the catalogue name (``linkedin``) and its display label (``LinkedIn``)
``turn``
    this entry's number among the channel's entries of this move (0, 1, 2 …): built-in
    templates pick each part of a prompt (opening, step, example line) from a list of
    variants with it, so combinations repeat only after the product of the lists' lengths
``variant``
    ``turn`` modulo 3, for templates that offer three phrasings
``seed``
    a number of the client's own (0–1008), the same on every run: the built-in templates add
    it to ``turn``, so two teams' plans do not read the same wordings in the same order
``confidential``
    true where the team's name says what it learns from its people is theirs (a GP practice,
    a firm of accountants): stories and articles from its own work recognise no one
``place``
    where the move happens: ``{"id", "kind", "text", "find"}``; ``kind`` is own, others,
    groups, dm, inbox or other-blogs, ``text`` a phrase such as "in deinem LinkedIn-Feed",
    ``find`` how to find what is there, or ""; all "" when the channel has no place for it
``who``
    the people the entry is for, a plural noun phrase in the nominative (the channel's
    ``audience``, else the goal's ``who``), or ""; always "" for moves about people the
    team meets anyway (congratulate, thank, reply, away, back, review)
``goal_who``, ``goal_question``
    the entry's goal's people (its ``who``) and its own question, or "", on every move: a
    goal's question is for that kind of person, so a prompt offers it to them only
``where``
    where the entry's goal's people can be found, as the strategy names it (pages, groups,
    hashtags, accounts; a tuple, maybe empty), keeping only places this channel reaches: a
    place naming another platform, or a hashtag where nobody browses by hashtag, is left out,
    and one naming this platform at its end loses it ("… Noticeboard on Facebook"); empty
    for the moves ``who`` leaves out, congratulations excepted; an entry with a topic keeps
    the goal's groups and pages but not its hashtags (looking for new contacts keeps them),
    and looking through others' posts on a topic leaves out places named after the
    strategy's ``area``
``where_groups``
    the places of ``where`` that are groups ("the Dublin SaaS founders group"), a tuple
``moment``
    None, or the stretch of the team's year that touches the entry (a season of its trade, a
    deadline, listing the entry's topic, or any when the entry has none):
    ``{"title", "noun", "until", "phase"}``, ``until`` its last day, ``phase`` ``"begins"``
    or ``"ends"`` in its first or last days, else ``"middle"``
``meet_at``
    where the team meets people on this channel, as the strategy says it, or ""
``meet_next``
    for a meeting: the team's next date its person could come to, as ``announce``, or None
``writes_first``
    false where the team's account cannot message people who never wrote to it (a Facebook
    page): a message can only answer one
``topic``, ``topic_noun``, ``topic_kind``, ``topic_search``, ``topic_talk``
    the topic's title (or ""), its short noun form (or ""), ``own``, ``theme`` or "", for a
    theme what to type to find others' posts on it (its title where short, else its noun), and how
    people talk about it: ``problem``, ``taste``, ``story``, ``debate`` or "" (unknown); for
    work going back to a question whose wording says it, how that question is answered
``topic_question``
    true when the topic's title (stripped) ends with "?": a question-shaped title reads only
    as a quoted label ("die Frage „…“"), never in a slot that adds its own full stop; false
    for a topic with ``questions`` and a ``short`` form, whose posts ask those instead
``question``
    for a move that puts a question to people, one of the topic's own ``questions`` from the
    strategy (see :func:`~dialogplan.team_material.questions_in_turn`), taking turns in date
    order and never asked twice on a channel within six weeks, or "" (under someone else's
    post, a comment's, one that addresses the person, never one about the team nor one
    people ask it); for a reply round
    the topic's next question after the one its post asked, to take the conversation
    further, or ""
``question_faq``
    true when ``question`` is one people ask the team ("How can you tell if the frame is
    still sound?", „Brauche ich Vorkenntnisse?“): an own post answers it and asks what
    others would add, rather than putting it back to them
``question_talk``
    what ``question``'s wording says its answers are (:func:`~dialogplan.question_shapes.talk_of`);
    ``questions`` where it asks people for their questions, whose answers the team gives;
    ``quiz`` where it asks for a guess, which the replies resolve
``question_for``
    the offer or event whose own ``question`` the entry's ``question`` is, like
    ``announce`` (``job`` for an opening), else None
``question_seeks``
    true when the entry is a group post on no topic that says whom the team looks for
    (``goal_sought``): its ``question`` is the goal's own, or "" where the post asks for
    tips on the search
``group_on_topic``
    true when the entry's ``group`` is kept to its topic alone (it lists only that theme)
``noticeboard``
    true when the entry's ``group`` is its town's noticeboard by its name (``Ahlden sucht
    und findet``), named after nothing the topics are about
``local_group``
    true when the entry's ``group`` is about the team's place: its town's noticeboard, a
    group whose name places it where its members live or shares a word with the strategy's
    ``area`` (``Eltern in Hollerbach``), or a group of a goal whose ``who`` is empty or of the
    place; a question there on nothing else asks what people of the place know
``asked_before``
    for an ``ask`` or ``group-ask`` whose ``question`` an own post asked before, the last
    such post to the same people, else the last anywhere, as ``{"day", "channel",
    "channel_id", "group", "in_groups", "thread"}`` (all but the day and ``thread`` empty
    when it was the same people; ``thread`` when it was asked in the comments under a post);
    else None
``tags``
    the channel's ``tags`` from the strategy: hashtags, keywords or accounts where the
    team's people talk there (a tuple, maybe empty); an entry looking through others' posts
    on a topic leaves out those named after the strategy's ``area`` (#leipziggohlis is about
    the area, not the topic)
``local_angle``, ``local_angle_id``
    "" or, for work on a neighbourhood's pages and groups (which has no topic), the kind of
    post it looks for there, a noun phrase such as "a neighbour asking for a recommendation",
    and its id in ``places.yaml`` (``recommendation``), to choose lines that fit it
``person``
    None, or the contact a named entry is for: ``{"name", "first", "talk", "asked",
    "answered", "their", "profile", "platform", "on", "group", "tier", "reason", "news",
    "since", "fits"}``; ``first`` the first name, for the second mention; ``talk`` the
    contacts file's ``talk_about`` or ""; ``asked`` true where that is the person's own open
    question (their question about …, or ends in "?"), in the first entry that names them;
    ``answered`` true where it is, in the later ones;
    ``their`` in English "her" or "his" where the team's notes on them say so, else "their"
    ("" in German);
    ``group`` the channel's group the team's note places them in, or ""; ``fits`` is
    None or ``{"who", "question"}``, the goal whose people the team's own note says the
    contact is one of
``nearby``
    for a congratulation that names nobody, up to two of the team's contacts on the channel
    whose news is at most 45 days old and not yet congratulated in the plan, the latest
    first: ``{"name", "first", "profile", "news", "their", "said"}``, ``news`` its kind
    (``job``, ``founding``, ``anniversary``, ``award``, ``milestone`` or ``other``); short of
    two, one contact without recent news (none whose news was congratulated on), in turn,
    in at most one round of three (``news`` ""), with what the team shares with them as a
    line to them says it (``said``, once a plan and only four weeks or more from an entry
    naming them, else ""); else ()
``look_in``
    for a congratulation that names nobody and congratulates no contact's news: a contact on
    the channel whose new role or business is three weeks to four months old and whom no
    entry named in three weeks either side, once a plan, for the quiet week's question how it
    has gone: ``{"name", "first", "their", "news", "months"}`` (``news`` as for ``person``;
    ``months`` from two months after the news: the first months, not weeks); else None
``rules``
    ``{"hashtags", "max_length", "note_limit", "tags"}``: only the platform rules that matter
    for this move here, each an int or None, all None for moves that publish nothing; and
    ``tags``, the hashtags a post carries, as the strategy spells them: those naming the
    ``area`` first, then the goal's, then the channel's in turn, at most three and at most
    ``hashtags`` (empty where no hashtags are taken, or none is known)
``later``
    None, or the first entry that carries this one's work on (a comment round on the posts a
    listening round saved): ``{"move", "weekday", "day", "days_later"}``
``earlier``
    None, or the entry this one goes back to (a reply round's post, or the entry it
    continues): ``{"move", "weekday", "day", "days_ago", "topic", "topic_noun", "group",
    "group_names_topic", "announce", "invited", "question", "seeks", "question_talk",
    "question_asks", "question_faq", "place", "place_kind", "angle", "angle_id"}``
    (``announce``: the title an
    earlier announcement invited to, or ""; ``invited``: that event or offer, shaped like
    ``announce``, or None; ``question``: the topic question the earlier entry offered, or "";
    ``seeks``: true for a group post that said whom the team looks for (``question_seeks``);
    ``question_talk``: what its wording says its answers are, ``taste``, ``story``,
    ``debate``, ``problem``, ``referral``, ``questions`` or ""
    (:func:`~dialogplan.question_shapes.talk_of`); ``question_asks``: for an open
    question, what it asks for, ``place``, ``person``, ``time``, ``amount``, ``sign``,
    ``way``, ``reason``, ``thing`` or ``yesno``, else ""
    (:func:`~dialogplan.question_shapes.asks_for`); ``question_faq``: true
    when it is one people ask the team, which the earlier post answered;
    ``place``: the earlier entry's place id, ``place_kind`` its kind, own,
    others, groups, dm, inbox or other-blogs, both "" when it has none; ``angle`` and
    ``angle_id``: the kind of neighbourhood post it looked for, as ``local_angle``, or "")
``news``, ``offline``
    the news kinds the platform shows (job, founding, anniversary, award, milestone) and
    whether moving a contact to a call or a coffee fits it
``group``, ``groups_joined``
    the community the entry happens in, or ""; true for group work without a named group
    (it happens in the groups the team joined)
``announce``
    "" or the event or offer an ``announce`` entry invites to: ``title``, ``kind`` (event or
    offer), ``url`` (or ""), ``day`` (the event's day, "" for offers), ``days_until`` (0 for
    offers), ``until`` (an offer's last day within four weeks, or all along for one of two
    months or less; else ""), ``noun`` (its ``short``, or ""), ``question`` (the team's
    question to people about it, else that of the
    entry's goal where it invites to it, or ""),
    ``online`` (true for an event whose place starts "online" or "per Zoom"), ``drop_in``
    (true for an event of three hours or more, which people come to any time), ``event`` (for
    an offer that leads to an event, a sign-up for it: that event, with the same fields, or
    None); for an event
    over several days
    ``last`` (its last day), ``days``, ``days_left``, ``running`` (begun, not over) and
    ``opens_in`` (days until it is open again: 1 on an evening after its hours; else
    ""/1/0/false/0); for an offer that meets every week, ``weekly`` (its weekdays' names),
    ``at`` and ``place`` (its start and place), ``session_in`` (days to its next time within
    a week, else -1), ``session_weekday``, ``session_date`` (that day, as ``day``) and
    ``evening`` (it starts at 17:00 or later);
    ``about`` (the short form of the first topic it lists, or ""); ``details`` (what people
    need to know before they come, in the team's words, or ""); ``helping`` (true for an
    event whose name makes it a day of work, as a work party);
    ``{{ announce }}`` prints the title
``event_soon``
    None, or for an own post (ask, story, article), a share, a reply round, a thank-you
    round (not under someone else's post), the note after a break or a listening entry on
    the day of one of the strategy's events or in the week before it (four weeks, on one of
    its topics; within the week only when it lists none or the entry's, but on its eve and
    its day, until it ends, whatever the topic; the note before a break only then),
    announcing nothing itself: that event, like ``announce``; ``days_until`` is 0 on the day
    itself
``event_past``
    None, or for a thank-you round, a story, an own question or piece, a reply round, a
    comment or a listening entry in the week after one of the strategy's events that event, like
    ``announce``; ``days_until`` counts back (-1 the day after); an event that ended an hour
    or more before the entry, the same day, counts too, with ``days_until`` 0 and ``over``
    true; ``next_day``: for an event of a series (a goal's ``invite`` list), the next one's
    day, else ""
``invite``
    None, or the offer or event the entry points the interested ones to, like ``announce``
    plus ``ending`` (true in an offer's last week): each week, on the first reply round,
    thank-you (not under someone else's post), meeting, group help, article or story of a
    channel whose goal invites to it or whose topic it lists, and in an offer's last days on
    every article and story for its people; while the offer runs, or in the six weeks before
    the event. Of ``event_soon``, ``event_past``, ``invite`` and ``moment`` an entry gets at
    most one, the first in that order.
``we``, ``sie``
    how the team speaks on this channel: true for "we"/„wir“ (false: "I"/„ich“, and always
    for messages from a personal profile, as on LinkedIn), and, in German, true when it says
    „Sie“ to its audience (false: „du“)
``occasion``
    "", ``year-end``, ``new-year`` or ``summer``
``topic_people``
    for an own question or story, a share, a comment or a listening entry on a topic, up to
    two of the team's contacts on the same platform whose note touches the topic (a word of
    six letters or more in it: "Runs a neighbourhood podcast" for "Podcasts or live radio?"),
    each ``{"name", "first", "profile", "on", "page", "own_profile", "fresh", "org"}``
    (``fresh``: their news while it is at most three weeks old, shaped as ``person.news``,
    else None; ``org``: a business, school or club by its name, which passes a post on rather
    than answering it); a person rests 21 days after being named; else ()
``pause``
    for ``away`` and ``back``: ``{"first", "last", "back", "reason", "kind", "feast",
    "short"}``, the break's first and last day, the first working day after it, the
    blackout's ``reason`` (or "") and what it was for, told from the reason: ``busy``,
    ``conference``, ``learning``, ``fair``, ``works``, ``rest``, ``holiday`` or ""; for public
    holidays the feast they are for: ``easter``, ``whitsun``, ``christmas`` or ""; ``short``
    for a week or less
``skips``
    for ``away``: the first weekly offer for the channel's people whose time falls on a day
    of the break the team keeps free: ``{"off", "offer", "sure"}``, that day, the offer as of
    the day after the break (its ``session_date`` the next time), and whether the day closes
    it for sure (a public holiday, a blackout whose reason says so); else None
``after_break``
    for ``away``: what comes first in the two weeks after the break, an event people can
    still sign up for or an offer that begins, for the channel's people:
    ``{"item", "day", "closes", "first"}``, shaped like ``announce`` (never a job), its day
    (an offer's first), for an event whose sign-up ends before it, that last day (else ""),
    and whether it comes before the next time of the weekly offer in ``skips``; else None
``break_ahead``
    for ``reply`` on the working day before a break of three days or more:
    ``{"first", "back", "tomorrow"}``, its first day and the day the team answers again (as
    ``day`` gives them) and whether it begins the next day; else None
``resumes``
    for ``back`` without an event of the coming week, and not after a course, a conference
    or a fair: the offer that meets every week for the channel's people whose time today has
    begun (``met_today``) or comes within the week, as ``announce``; else None
    (``dialogplan/data/break_words.yaml``); else None
``event_booked``
    for ``reply``, ``thank``, ``ask`` and ``story`` in the team's own spaces that no hook
    above names an event: one of the channel's people's events on the entry's day (before it
    ends) or the next, whose sign-up has closed, as ``announce``; said to those who come,
    never as an invitation; else None
``why_now``
    for an own question post (``ask``) that no hook above gives a reason: the next event in
    four weeks for its people that belongs in a thread on its topic, as ``announce``: why the
    question comes now; else None
``review``
    for ``review``: ``{"month", "asks", "channels", "events"}``, the month's name, its own
    questions asked at least two days before (at most three, each ``{"weekday", "day",
    "channel_label", "group", "topic", "topic_noun"}``), the labels of the planned channels and the
    strategy's events of the four weeks before and after the review (each ``{"title",
    "noun", "day", "past", "running", "closes", "closed"}``; ``past`` once it ended, on the
    day too; ``closes`` the last day to sign up still to come, ``closed`` once it has passed);
    else None
``follows_up_title``, ``follows_up_start``
    for a reply round, the title and local date/time of the own post it follows up, else ``""``
``start``, ``minutes``
    the entry's local date/time as people read it, and its planned minutes
``warm_up``
    true while a new channel is still in its listening weeks
``new_channel``
    true on a channel the strategy marks ``new``, in the plan's first three months: it has
    few followers and no regular commenters yet
``language``, ``client``
    the plan's language (``de`` or ``en``) and the client's display name
``conventions``, ``goal``, ``goal_text``, ``audience``
    the platform's conventions (``hashtags``, ``max_length``: 0 means none or no limit,
    ``mentions``), the goal id and text and the strategy's audience sentence: kept for teams'
    own templates; the built-in ones never paste them

Days (``day``, ``first`` …) read ``Di., 12.01.`` or ``Tue 12 Jan``, weekdays are spelled out.
Templates can also use the ``number`` filter (``{{ rules.max_length | number(language) }}``)
for digit grouping in the plan's language. How templates are found, sandboxed and their
errors located is :mod:`dialogplan.prompt_templates`.

No prompt repeats, strategy strings and numbers masked, what its channel showed in the four
weeks before it, nor a sentence its move showed on any channel in that time, as far as the
next few ``turn`` values allow; sentences the plan already showed twice are avoided as well
(``_vary_repeats``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from jinja2 import Template

from dialogplan.calendar_hooks import Announcement
from dialogplan.dates import format_start, undated
from dialogplan.entry import ENTRY_COLUMNS, Entry, RenderedCalendar, RenderedEntry
from dialogplan.prompt_context import Contexts
from dialogplan.prompt_templates import (
    PromptTemplateError,
    environment,
    load_move,
    render_prompt,
    template_dir,
)
from dialogplan.prompt_text import Masker, RecentSentences, RecentTexts, Sentences, named_in
from dialogplan.strategy import Strategy

__all__ = ["PromptTemplateError", "environment", "format_start", "render", "template_dir"]

#: How many later turns a repeating prompt tries before it is left as it is.
REPHRASINGS = 3
#: A sentence the plan already showed this many times, on any channel, is worn out: a prompt
#: that would show it once more tries its rephrasings too.
WORN_OUT = 3


def render(
    strategy: Strategy,
    entries: Sequence[Entry],
    overrides: Mapping[str, str] | None = None,
) -> RenderedCalendar:
    """Give every entry a title and a prompt, in the plan's language.

    ``overrides`` maps template names such as ``"de/ask.j2"`` to a team's own template text;
    they replace the built-in template of that name and run in a sandbox.
    """
    facts = Contexts(strategy, entries)
    templates: dict[str, Template] = {}
    contexts: list[dict[str, Any]] = []
    prompts: list[str] = []
    for i, entry in enumerate(entries):
        if entry.move not in templates:
            templates[entry.move] = load_move(overrides, f"{strategy.language}/{entry.move}.j2")
        contexts.append(facts(i))
        prompts.append(render_prompt(templates[entry.move], contexts[-1]))

    rephrase = _Rephrase(contexts, prompts, templates)
    _vary_repeats(entries, prompts, rephrase, Masker(strategy), Sentences(strategy.language))
    return tuple(
        RenderedEntry(**_fields(entry, prompt, context), title=title, prompt=prompt)
        for entry, title, prompt, context in zip(
            entries, facts.titles, prompts, rephrase.contexts, strict=True
        )
    )


def _fields(entry: Entry, prompt: str, context: Mapping[str, Any]) -> dict[str, Any]:
    """An entry's scheduled fields, with the invitation its prompt makes, if any.

    A post on an event's topic that points to it invites people as an announcement does:
    the calendar carries its link, and the check counts it; so does a meeting that invites
    to the team's next date. Only what the prompt says counts, so a team's template that
    leaves the event out invites to nothing.
    """
    fields = {name: getattr(entry, name) for name in ENTRY_COLUMNS}
    hook = context.get("meet_next") or context.get("event_soon") or context.get("invite")
    if entry.move == "announce" or not isinstance(hook, Announcement):
        return fields
    names = (hook.title, undated(hook.title), hook.noun, hook.url)
    if any(name and named_in(name, prompt) for name in names):
        fields["invites"] = hook.title
        if hook.url and hook.url in prompt:
            fields["url"] = hook.url
    return fields


class _Rephrase:
    """Renders an entry's prompt again with a later turn (and phrasing)."""

    def __init__(
        self,
        contexts: list[dict[str, Any]],
        prompts: list[str],
        templates: dict[str, Template],
    ) -> None:
        self.contexts, self.prompts, self.templates = contexts, prompts, templates

    def tries(self, i: int) -> Iterator[tuple[dict[str, Any], str]]:
        """The entry's context and prompt ``1 … REPHRASINGS`` turns later."""
        context = self.contexts[i]
        template = self.templates[context["move"]]
        for step in range(1, REPHRASINGS + 1):
            turn = context["turn"] + step
            later = {**context, "turn": turn, "variant": (context["variant"] + step) % 3}
            yield later, render_prompt(template, later)

    def kind(self, i: int) -> tuple[object, ...]:
        """What decides which sentences an entry's template can say at all."""
        context = self.contexts[i]
        place, earlier = context.get("place"), context.get("earlier")
        return (
            context["move"],
            context["channel"],
            place["id"] if place else "",
            context.get("topic_kind"),
            bool(context.get("topic_noun")),
            context.get("topic_question"),
            earlier["move"] if earlier else "",
            context.get("occasion"),
            bool(context.get("group")),
            context.get("groups_joined"),
            context.get("warm_up"),
        )

    def take(self, i: int, context: dict[str, Any], prompt: str) -> None:
        """Use this context and prompt for the entry from now on."""
        self.contexts[i], self.prompts[i] = context, prompt


def _vary_repeats(
    entries: Sequence[Entry],
    prompts: list[str],
    rephrase: _Rephrase,
    mask: Masker,
    split: Sentences,
) -> None:
    """Rephrase prompts that repeat what their channel showed lately, or what the plan wore out.

    Entries are taken in date order. A prompt is rendered again with later turns when its
    masked text appeared on its channel in the last four weeks, when one of its masked
    sentences or quoted example lines appeared in that move's prompts on any channel in the
    last four weeks (the previous one counts however long ago it was), or when one of them
    already appeared :data:`WORN_OUT` times in that move's prompts anywhere in the plan.
    Sentences are counted per move, so a team's template for one move never changes the
    prompts of another.
    Of the prompt and its rephrasings the one with the least of that wins, in this order:
    whole-prompt repeat, sentences repeated on the channel, worn-out sentences; ties go to the
    earliest. A prompt that reads the same in every turn (a team's template without ``turn``
    or ``variant``) stays.

    What every rephrasing of an entry says is fixed for entries of its kind (same move,
    channel, place, kind of topic …): it no longer counts for them, so the guard does not
    render every rephrasing again and again to avoid a sentence no turn avoids.
    """
    memory = _Memory(mask, split)
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        entry = entries[i]
        memory.advance(entry)
        kind = rephrase.kind(i)
        best = memory.cost(entry, prompts[i], kind)
        if any(best):
            common = split.units(mask(prompts[i]))
            for context, prompt in rephrase.tries(i):
                common = common & split.units(mask(prompt))
                candidate = memory.cost(entry, prompt, kind)
                if candidate < best:
                    best = candidate
                    rephrase.take(i, context, prompt)
                    if not any(best):
                        break
            else:  # no rephrasing was free of repeats: remember what none of them avoids
                memory.fix(kind, common)
        memory.remember(entry, prompts[i])


class _Memory:
    """What the plan has said so far: per channel lately, and per move in the whole plan."""

    def __init__(self, mask: Masker, split: Sentences) -> None:
        self.mask, self.split = mask, split
        self.texts: dict[str, RecentTexts] = {}
        #: Sentences of each move lately, on any channel: a team working on three channels
        #: reads them all, so the same example line on two channels is a repeat too.
        self.lately: dict[str, RecentSentences] = {}
        #: Sentences by move: each template answers for its own, so replacing one template
        #: never changes what another move says.
        self.used: Counter[tuple[str, str]] = Counter()
        #: Per kind of entry, what every rephrasing said: no other turn avoids it.
        self.fixed: dict[tuple[object, ...], frozenset[str]] = {}

    def _windows(self, entry: Entry) -> tuple[RecentTexts, RecentSentences]:
        # made on first use only: every check of every rephrasing asks for them
        if entry.channel not in self.texts:
            self.texts[entry.channel] = RecentTexts(keep_last=True)
        if entry.move not in self.lately:
            self.lately[entry.move] = RecentSentences(keep_last=True)
        return self.texts[entry.channel], self.lately[entry.move]

    def advance(self, entry: Entry) -> None:
        """Forget what lies more than the window before this entry."""
        for window in self._windows(entry):
            window.advance(entry)

    def cost(self, entry: Entry, prompt: str, kind: tuple[object, ...]) -> tuple[bool, int, int]:
        """Whole-prompt repeat, sentences repeated lately, sentences the plan wore out."""
        whole, recent = self._windows(entry)
        text = self.mask(prompt)
        same = self.fixed.get(kind, frozenset())
        units = self.split.units(text) - same
        used, move = self.used.get, entry.move  # a Counter's missing key costs a method call
        worn = sum(used((move, unit), 0) >= WORN_OUT for unit in units)
        return text in whole, recent.count(units), worn

    def fix(self, kind: tuple[object, ...], common: frozenset[str]) -> None:
        """Sentences no rephrasing of this kind avoids stop counting for it."""
        self.fixed[kind] = self.fixed.get(kind, frozenset()) | common

    def remember(self, entry: Entry, prompt: str) -> None:
        """Note the prompt the entry keeps."""
        whole, recent = self._windows(entry)
        text = self.mask(prompt)
        units = self.split.units(text)
        whole.add(entry, text)
        recent.add(entry, units)
        self.used.update((entry.move, unit) for unit in units)
