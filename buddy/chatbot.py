"""The chatbot core: one object that the CLI and the web app both talk to.

:class:`Chatbot` joins a loaded model, the safety layer and the reply policy:
``respond(text, session)`` classifies a message, checks it for crisis, and returns a
:class:`Reply` with the answer and everything a client needs to show.
"""

from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from buddy.model import BuddyModel, Prediction, load_model
from buddy.replies import SessionState, Turn, answer_pool, is_closing, pick, reply_texts
from buddy.safety import CrisisDetector, RiskAssessment, Resource, crisis_reply, load_resources, safety_answer
from buddy.text import normalize

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
# Categories whose recurrence across a session means the person keeps struggling.
DISTRESS_MARKERS = ("자살", "자해", "우울", "불안", "절망", "공허", "무기력", "외로움", "힘듦", "공황")
DISTRESS_WINDOW = 4
DISTRESS_MIN = 3
# After asking the safety question, wait this many turns before asking it again.
SAFETY_QUESTION_GAP = 2
# After a plain "no" to it, wait this many turns: asked again and again, a person who said no is not
# heard. The contacts stay attached to every concern reply, and a crisis is answered as ever.
SAFETY_QUESTION_GAP_AFTER_NO = 10


class MessageError(ValueError):
    """A message that cannot be answered (empty, or too long)."""


@dataclass
class Reply:
    """Everything buddy says and knows about one message.

    Attributes:
        answer: The text to show.
        kind: ``"answer"``, ``"clarify"`` (confidence below threshold), ``"crisis"``,
            or ``"goodbye"``.
        category: Top category (``None`` for a goodbye).
        confidence: Probability of the top category.
        top_k: Ranked ``(category, score)`` pairs.
        crisis: True when the message shows suicide or self-harm risk.
        risk: ``"none"``, ``"concern"`` or ``"high"``.
        reasons: Which safety signals fired.
        resources: Crisis contacts to show (empty unless offered).
        end: True after a closing phrase.
    """

    answer: str
    kind: str
    category: str | None = None
    confidence: float = 0.0
    top_k: list[tuple[str, float]] = field(default_factory=list)
    crisis: bool = False
    risk: str = "none"
    reasons: tuple[str, ...] = ()
    resources: list[Resource] = field(default_factory=list)
    end: bool = False

    def to_dict(self) -> dict:
        return {
            "answer": self.answer,
            "kind": self.kind,
            "category": self.category,
            "confidence": round(self.confidence, 6),
            "top_k": [{"category": c, "score": round(s, 6)} for c, s in self.top_k],
            "crisis": self.crisis,
            "risk": self.risk,
            "reasons": list(self.reasons),
            "resources": [r.to_dict() for r in self.resources],
            "end": self.end,
        }


def resolve_model_path(path: str | os.PathLike | None) -> Path | None:
    """``path``, else ``$BUDDY_MODEL``, else ``None`` (meaning: the embedded demo model)."""
    if path:
        return Path(path)
    env = os.environ.get("BUDDY_MODEL")
    return Path(env) if env else None


class Chatbot:
    """A model plus the safety layer and reply policy.

    Args:
        model: A loaded :class:`BuddyModel`.
        detector: Crisis detector (default settings when omitted).
        resources: Crisis contacts (the packaged or ``$BUDDY_CRISIS_RESOURCES`` list).
        seed: Seed of the answer choice (``None``: random).
    """

    def __init__(self, model: BuddyModel, detector: CrisisDetector | None = None,
                 resources: list[Resource] | None = None, seed: int | None = None) -> None:
        self.model = model
        self.detector = detector or CrisisDetector()
        self.resources = resources if resources is not None else load_resources()
        self._rng = random.Random(seed)

    @classmethod
    def load(cls, model_path: str | os.PathLike | None = None, **kwargs) -> "Chatbot":
        """Load ``model_path`` (or ``$BUDDY_MODEL``, or the embedded demo model)."""
        path = resolve_model_path(model_path)
        if path is None:
            from buddy.demo import load_demo_model

            model = load_demo_model()
        else:
            model = load_model(path)
        return cls(model, **kwargs)

    def warm_up(self) -> None:
        """Load everything lazy (Kiwi, sentence embedder) with one throwaway message."""
        self.analyse(["안녕하세요"])

    # ------------------------------------------------------------------ classify

    @staticmethod
    def check_message(text: object) -> str:
        """The normalised message, or :class:`MessageError` if it is empty or too long."""
        if not isinstance(text, str):
            raise MessageError("message must be a string")
        t = normalize(text)
        if not t:
            raise MessageError("message is empty")
        if len(t) > MAX_MESSAGE_CHARS:
            raise MessageError(f"message is {len(t)} characters long (limit {MAX_MESSAGE_CHARS})")
        return t

    def analyse(self, texts: Sequence[str], k: int = 5) -> list[tuple[Prediction, RiskAssessment]]:
        """Classify and risk-assess a batch of (already checked) texts."""
        preds = self.model.predict(list(texts), k=k)
        return [(p, self.detector.assess(t, p.crisis_mass)) for t, p in zip(texts, preds)]

    # ------------------------------------------------------------------ respond

    def _distress_recurs(self, state: SessionState) -> bool:
        recent = state.history[-DISTRESS_WINDOW:]
        distressed = sum(1 for t in recent if t.crisis or any(m in t.category for m in DISTRESS_MARKERS))
        earlier_crisis = any(t.crisis for t in state.history[:-1])
        return distressed >= DISTRESS_MIN or earlier_crisis

    def compose(self, pred: Prediction, risk: RiskAssessment, state: SessionState | None) -> Reply:
        """Turn one analysed message into a :class:`Reply`, updating ``state``."""
        common = dict(category=pred.category, confidence=pred.confidence, top_k=pred.top_k,
                      crisis=risk.crisis, risk=risk.risk, reasons=risk.reasons)
        if risk.crisis:
            reply = Reply(crisis_reply(self.resources, risk.risk), "crisis",
                          resources=list(self.resources), **common)
        elif pred.confidence < self.model.threshold:
            reply = Reply(pick("*clarify", reply_texts()["clarify"], state, self._rng), "clarify", **common)
        else:
            key, pool = answer_pool(pred.category, self.model.answers)
            reply = Reply(pick(key, pool, state, self._rng), "answer", **common)
        if state is not None:
            state.record(Turn(pred.category, pred.confidence, risk.crisis, risk.risk, time.time()))
        if not risk.crisis and risk.risk == "concern":
            # An ambiguous signal in this very message: ask about suicide plainly (asking does
            # not plant the idea) unless just asked, attach the contacts, and read the next
            # message as the answer (see :meth:`respond`).
            reply.resources = list(self.resources)
            if state is None or self._may_ask(state):
                question = pick("*safety_question", reply_texts()["safety_question"], state, self._rng)
                reply.answer = f"{reply.answer}\n\n{question}"
                if state is not None:
                    state.asked_at = state.reminded_at = state.turns
        elif not risk.crisis and state is not None and self._distress_recurs(state):
            # Distress that keeps recurring in the session (or an earlier crisis): keep the
            # contacts attached, and say so gently every few turns.
            reply.resources = list(self.resources)
            if state.turns - state.reminded_at >= DISTRESS_WINDOW:
                reply.answer = f"{reply.answer}\n\n{reply_texts()['resources_reminder']}"
                state.reminded_at = state.turns
        elif risk.crisis and state is not None:
            state.reminded_at = state.turns
            state.denied_at = -1  # a crisis after a "no" outdates it: the question may come again
        return reply

    @staticmethod
    def _may_ask(state: SessionState) -> bool:
        """Whether the safety question may be asked now (not just asked, not just answered no)."""
        asked_long_ago = state.asked_at < 0 or state.turns - state.asked_at > SAFETY_QUESTION_GAP
        denied_long_ago = state.denied_at < 0 or state.turns - state.denied_at > SAFETY_QUESTION_GAP_AFTER_NO
        return asked_long_ago and denied_long_ago

    @staticmethod
    def _answer_to_question(text: str, state: SessionState | None) -> str | None:
        """``"yes"`` / ``"no"`` / ``"unclear"`` when ``text`` follows buddy's safety question."""
        if state is None or state.asked_at != state.turns:  # asked_at is -1 until asked
            return None
        return safety_answer(text)

    def respond(self, text: str, state: SessionState | None = None) -> Reply:
        """Answer one message; ``state`` (if given) is updated in place.

        Raises:
            MessageError: The message is empty or too long.
        """
        t = self.check_message(text)
        if is_closing(t):
            pred, risk = self.analyse([t])[0]
            if not risk.crisis:
                if state is not None:
                    state.ended = True
                return Reply(pick("*goodbye", reply_texts()["goodbye"], state, self._rng), "goodbye", end=True)
            return self.compose(pred, risk, state)
        pred, risk = self.analyse([t])[0]
        answer = self._answer_to_question(t, state)
        if answer == "yes":
            # recorded even when the message alone already reads as a crisis (솔직히 좀 그래)
            if not risk.crisis:
                logger.info("crisis detected (reasons: yes to the safety question)")
            risk = RiskAssessment(crisis=True, risk="high", reasons=risk.reasons + ("answer:yes_to_safety_question",))
        reply = self.compose(pred, risk, state)
        # a plain no is thanked; a no that goes on to say more (a rule fired) keeps its own answer
        said_more = any(r.startswith("rule:") for r in risk.reasons)
        if answer == "no" and not said_more and reply.kind in ("answer", "clarify"):
            reply.answer = pick("*safety_no", reply_texts()["safety_no"], state, self._rng)
            reply.kind = "answer"
            if state is not None:
                state.denied_at = state.turns
        return reply

    def predict_records(self, texts: Sequence[str], k: int = 5) -> list[dict]:
        """``buddy predict`` records: one dict per text, each answered independently.

        Empty lines give a record with ``"error"`` instead of failing the batch.
        """
        records: list[dict | None] = [None] * len(texts)
        good: list[tuple[int, str]] = []
        for i, raw in enumerate(texts):
            try:
                good.append((i, self.check_message(raw)))
            except MessageError as exc:
                records[i] = {"text": raw, "error": str(exc)}
        analysed = self.analyse([t for _, t in good], k=k) if good else []
        for (i, t), (pred, risk) in zip(good, analysed):
            reply = self.compose(pred, risk, None)
            records[i] = {
                "text": texts[i],
                "category": pred.category,
                "confidence": round(pred.confidence, 6),
                "top_k": [{"category": c, "score": round(s, 6)} for c, s in pred.top_k],
                "crisis": risk.crisis,
                "risk": risk.risk,
                "reasons": list(risk.reasons),
                "answer": reply.answer,
                "kind": reply.kind,
            }
        return records  # type: ignore[return-value]
