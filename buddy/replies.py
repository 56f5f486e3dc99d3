"""Choosing what buddy says: category answers with fallbacks, clarifying questions,
goodbyes, and the per-session memory that keeps answers from repeating.
"""

from __future__ import annotations

import json
import random
import re
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources

from buddy.text import normalize

HISTORY_LENGTH = 10


@lru_cache(maxsize=1)
def reply_texts() -> dict:
    """The packaged generic replies, clarifying questions, goodbyes and closing phrases."""
    with importlib_resources.files("buddy.resources").joinpath("replies.json").open(encoding="utf-8") as f:
        return json.load(f)


@dataclass
class Turn:
    """What the session remembers of one turn (never the user's text)."""

    category: str
    confidence: float
    crisis: bool
    risk: str
    time: float

    @classmethod
    def from_dict(cls, d: dict) -> "Turn":
        return cls(str(d["category"]), float(d["confidence"]), bool(d["crisis"]),
                   str(d.get("risk", "none")), float(d["time"]))


@dataclass
class SessionState:
    """Per-session state needed for replies: used answers and recent turns.

    Attributes:
        used: Category (or fallback pool key) → indices of answers already given.
        history: The last :data:`HISTORY_LENGTH` turns, oldest first.
        created: Creation time (Unix seconds).
        updated: Time of the last turn.
        ended: True after a closing phrase.
        reminded_at: Turn count at which the resources were last offered in the text.
        asked_at: Turn count at which buddy last asked its safety question (the next
            message is read as the answer).
        denied_at: Turn count at which the person last answered that question with a plain no.
        turns: Number of turns so far.
    """

    used: dict[str, list[int]] = field(default_factory=dict)
    history: list[Turn] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    ended: bool = False
    reminded_at: int = -1
    asked_at: int = -1
    denied_at: int = -1
    turns: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "SessionState":
        return cls(
            used={str(k): [int(i) for i in v] for k, v in d.get("used", {}).items()},
            history=[Turn.from_dict(t) for t in d.get("history", [])],
            created=float(d.get("created", time.time())),
            updated=float(d.get("updated", time.time())),
            ended=bool(d.get("ended", False)),
            reminded_at=int(d.get("reminded_at", -1)),
            asked_at=int(d.get("asked_at", -1)),
            denied_at=int(d.get("denied_at", -1)),
            turns=int(d.get("turns", 0)),
        )

    def record(self, turn: Turn) -> None:
        self.history.append(turn)
        del self.history[:-HISTORY_LENGTH]
        self.turns += 1
        self.updated = turn.time


def pick(pool_key: str, options: list[str], state: SessionState | None, rng: random.Random) -> str:
    """Pick one of ``options`` not yet used in this session (all used → start over)."""
    if state is None:
        return options[rng.randrange(len(options))]
    used = set(state.used.get(pool_key, []))
    fresh = [i for i in range(len(options)) if i not in used]
    if not fresh:
        used, fresh = set(), list(range(len(options)))
    i = fresh[rng.randrange(len(fresh))]
    state.used[pool_key] = sorted(used | {i})
    return options[i]


def answer_pool(category: str, answers: dict[str, list[str]]) -> tuple[str, list[str]]:
    """The answers for ``category``: its own, else its nearest ancestor's, else its group's.

    Returns the key the pool was found under and the pool; never empty.
    """
    parts = category.split("/")
    for n in range(len(parts), 0, -1):
        key = "/".join(parts[:n])
        if answers.get(key):
            return key, answers[key]
    groups = reply_texts()["group_replies"]
    group = parts[0]
    if group in groups:
        return f"*{group}", groups[group]
    return "*", groups["*"]


_PUNCT = re.compile(r"[\s.,!?~…·'\"]+")


def is_closing(text: str) -> bool:
    """True for a closing phrase such as "고마워, 이만 종료해줘 버디." or "종료"."""
    t = normalize(text).lower()
    if "종료" in t:
        return True
    bare = _PUNCT.sub(" ", t).replace("버디", " ").replace("고마워요", " ").replace("고마워", " ")
    bare = " ".join(bare.split())
    return bare in reply_texts()["closing_phrases"]
