"""What event a date names: the hooks a language file chooses by name
(``mentions: dates: event:``), each reading its words from that section.

An event is a label and a key that groups the statements of one event
across reports (so that disagreeing dates can be flagged); ``meeting-<slug>``
is the report's own meeting. The hooks differ in how they cut the text
around a date, not in the language:

- ``none``: no event.
- ``clauses``: languages that write clauses between commas in sentences
  (English, French, Spanish, Russian): a session of the Conference named in
  the sentence after the date (``cop_session``, group ``n``: its ordinal,
  ``{ordinals}`` in the pattern; ``ordinal_endings`` cuts that many letters
  off each ordinal for languages that decline them), unless the clause says
  something was held (``held``); the report's own meeting (the clause says
  a meeting, ``meeting``, of a working group, ``working_group``, was held,
  and the dates overlap the report's or the paragraph stands under a
  heading matching ``duration``); anything else held.
- ``ideographic-clauses``: languages whose clauses end at ideographic
  punctuation (``clause``): the same steps, with a session of the
  Conference also named just before (``cop_body`` then
  ``cop_session_split``), a kind of event named after the date
  (``event_nouns``) and a numbered meeting of a working group
  (``nth_meeting``, labelled by the first of ``nth_meeting_groups`` whose
  word is in the heading or the text before).
- ``nearby``: the report's own meeting when the dates overlap it and a word
  of holding (``held``) stands near the date; else none.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import ids
from ..language_files import Section, alternatives
from ..languages import LanguageProfile
from ..model import Report
from .base import Element, sentence_at

Event = tuple[str, str]


def _ordinal_number(language: LanguageProfile, printed: str) -> int:
    """The number of an ordinal as printed (whole or its stem): the first of
    the language's ordinals that starts with it, else the numeral's value."""
    return next((i for i, word in enumerate(language.ordinals, 1) if word.startswith(printed)), None) \
        or int(ids.clean_number(printed))


def _label(text: str, strip: str) -> str:
    return re.sub(r"\s+", " ", text).strip(strip)[:60]


class NoEvent:
    keys: tuple = ()

    def __init__(self, words: Section, section: Section, language: LanguageProfile):
        pass

    def __call__(self, element: Element, report: Report, match: re.Match, start: dt.date, end: dt.date) -> Event:
        return "", ""


class Clauses:
    keys = ("held", "meeting", "working_group", "duration", "cop_session", "cop_label", "ordinal_endings")

    def __init__(self, words: Section, section: Section, language: LanguageProfile):
        cut = words.value("ordinal_endings", int, 0)
        if cut:
            stems = alternatives((word[:-cut] for word in language.ordinals), True)
            words = Section(words.path, words.data, words.prefix, words.placeholders + (("ordinals", stems),))
        self.language = language
        self.sentence = section.pattern("sentence")
        self.held, self.meeting = words.pattern("held"), words.pattern("meeting")
        self.working_group, self.duration = words.pattern("working_group"), words.pattern("duration")
        self.cop_session, self.cop_label = words.pattern("cop_session"), words.text("cop_label")

    def __call__(self, element: Element, report: Report, match: re.Match, start: dt.date, end: dt.date) -> Event:
        text = element.text
        s_start, sentence = sentence_at(self.sentence, text, match.start())
        after = text[match.end():s_start + len(sentence)]
        clause_start = max(text.rfind(",", s_start, match.start()) + 1, s_start)
        comma = text.find(",", match.end(), s_start + len(sentence))
        clause = text[clause_start:comma if comma >= 0 else s_start + len(sentence)]
        held = bool(self.held.search(clause))
        cop = self.cop_session.search(after)
        if cop and not held:
            n = _ordinal_number(self.language, cop["n"])
            return self.cop_label.format(n=cop["n"], nth=self.language.ordinal(n)), f"cop-session-{n}"
        overlaps = start <= report.meeting.end and report.meeting.start <= end
        if held and self.meeting.search(clause) and self.working_group.search(clause) and (
                overlaps or self.duration.search(element.heading)):
            return report.title, f"meeting-{report.slug}"
        if held:
            return _label(clause, ",.; "), f"{report.slug}-{element.id}-{match.start()}"
        return "", ""


class IdeographicClauses:
    keys = ("clause", "cop_session", "cop_body", "cop_session_split", "cop_label", "event_nouns", "held",
            "meeting", "working_group", "duration", "nth_meeting", "nth_meeting_groups", "nth_meeting_label")

    def __init__(self, words: Section, section: Section, language: LanguageProfile):
        self.language = language
        self.clause = words.pattern("clause")
        self.cop_session, self.cop_split = words.pattern("cop_session"), words.pattern("cop_session_split")
        self.cop_body, self.cop_label = words.text("cop_body"), words.text("cop_label")
        self.event_nouns, self.held = words.pattern("event_nouns"), words.pattern("held")
        self.meeting, self.working_group = words.pattern("meeting"), words.pattern("working_group")
        self.duration, self.nth_meeting = words.pattern("duration"), words.pattern("nth_meeting")
        self.groups, self.nth_label = words.pairs("nth_meeting_groups"), words.text("nth_meeting_label")

    def __call__(self, element: Element, report: Report, match: re.Match, start: dt.date, end: dt.date) -> Event:
        text = element.text
        c_start, clause = sentence_at(self.clause, text, match.start())
        after = text[match.end():c_start + len(clause)]
        before = text[c_start:match.start()]
        cop = self.cop_session.match(after)
        if not cop and before.rstrip().endswith(self.cop_body):
            cop = self.cop_split.match(after)
        if cop:
            n = _ordinal_number(self.language, cop["n"])
            return self.cop_label.format(n=cop["n"], nth=self.language.ordinal(n)), f"cop-session-{n}"
        noun = self.event_nouns.search(after)
        if noun:
            label = re.sub(r"\s+", " ", before + match.group() + after[:noun.end()]).strip()[-60:]
            return label, f"{report.slug}-{element.id}-{match.start()}"
        held = bool(self.held.search(clause) and self.meeting.search(clause))
        overlaps = start <= report.meeting.end and report.meeting.start <= end
        if held and self.working_group.search(clause) and (overlaps or self.duration.search(element.heading)):
            return report.title, f"meeting-{report.slug}"
        nth = self.nth_meeting.search(after)
        if held and nth:
            group = next(name for word, name in self.groups if word in element.heading + before)
            return self.nth_label.format(group=group, n=nth["n"]), f"{group}-{ids.clean_number(nth['n'])}"
        if held and self.held.search(after):
            return _label(clause, "，。；： "), f"{report.slug}-{element.id}-{match.start()}"
        return "", ""


class Nearby:
    keys = ("held",)
    #: How far around the date a word of holding counts (characters before, after).
    BEFORE, AFTER = 80, 40

    def __init__(self, words: Section, section: Section, language: LanguageProfile):
        self.held = words.pattern("held")

    def __call__(self, element: Element, report: Report, match: re.Match, start: dt.date, end: dt.date) -> Event:
        meeting = report.meeting
        near = element.text[max(0, match.start() - self.BEFORE):match.end() + self.AFTER]
        if start <= meeting.end and meeting.start <= end and self.held.search(near):
            return report.title, f"meeting-{report.slug}"
        return "", ""


#: Event hooks by the name language files give them.
EVENTS = {"none": NoEvent, "clauses": Clauses, "ideographic-clauses": IdeographicClauses, "nearby": Nearby}
