"""Replies: fallbacks, no repeats within a session, clarifying questions, crisis, goodbyes."""

from __future__ import annotations

import random

import pytest

from buddy.chatbot import SAFETY_QUESTION_GAP_AFTER_NO, Chatbot, MessageError
from buddy.model import load_model
from buddy.replies import SessionState, answer_pool, is_closing, pick, reply_texts


@pytest.fixture(scope="module")
def bot(lexical_model_dir):
    return Chatbot(load_model(lexical_model_dir), seed=0)


def test_a_category_without_answers_falls_back_to_its_parent_then_its_group():
    answers = {"감정/우울감": ["부모 답변"], "증상": []}
    assert answer_pool("감정/우울감/아침", answers) == ("감정/우울감", ["부모 답변"])
    key, pool = answer_pool("증상/특이한증상", answers)
    assert key == "*증상" and pool == reply_texts()["group_replies"]["증상"]
    key, pool = answer_pool("처음보는그룹/무언가", {})
    assert key == "*" and pool and all(pool)


def test_answers_do_not_repeat_in_a_session_until_all_are_used():
    options = ["가", "나", "다", "라"]
    state = SessionState()
    rng = random.Random(1)
    first_round = [pick("cat", options, state, rng) for _ in options]
    assert sorted(first_round) == sorted(options)
    assert pick("cat", options, state, rng) in options  # then it starts over


@pytest.mark.parametrize("text", ["고마워, 이만 종료해줘 버디.", "종료", "대화 종료할게", "bye", "잘 있어!"])
def test_closing_phrases_end_the_chat(text):
    assert is_closing(text)


@pytest.mark.parametrize("text", ["다 끝내고 싶어", "그만 살고 싶어", "오늘 일이 끝났어", "요즘 우울해"])
def test_ordinary_and_crisis_messages_are_not_closing_phrases(text):
    assert not is_closing(text)


def test_every_reply_has_a_non_empty_answer_from_the_predicted_category(bot):
    state = SessionState()
    reply = bot.respond("요즘 잠이 안 와서 너무 괴로워요", state)
    assert reply.kind == "answer" and reply.category == "증상/불면"
    assert reply.answer in bot.model.answers["증상/불면"]
    assert len(reply.top_k) >= 5 and not reply.crisis
    assert state.history[-1].category == "증상/불면"


def test_the_same_question_gets_different_answers_within_a_session(bot):
    state = SessionState()
    pool = bot.model.answers["증상/불면"]
    got = [bot.respond("잠이 안 와요", state).answer for _ in range(len(pool))]
    assert sorted(got) == sorted(pool)


def test_low_confidence_gets_a_clarifying_question_not_a_random_answer(lexical_model_dir):
    model = load_model(lexical_model_dir)
    model.threshold = 1.01  # nothing is confident enough
    reply = Chatbot(model, seed=0).respond("음")
    assert reply.kind == "clarify" and reply.answer in reply_texts()["clarify"]


def test_a_suicidal_message_gets_the_crisis_reply_with_109_and_1577_0199(bot):
    reply = bot.respond("죽고 싶어")
    assert reply.crisis and reply.kind == "crisis" and reply.risk == "high"
    assert "109" in reply.answer and "1577-0199" in reply.answer
    assert {r.number for r in reply.resources} >= {"109", "1577-0199"}


def test_a_closing_phrase_says_goodbye_and_ends_the_session(bot):
    state = SessionState()
    reply = bot.respond("고마워, 이만 종료해줘 버디.", state)
    assert reply.end and reply.kind == "goodbye" and state.ended


def test_recurring_distress_offers_the_resources_again_gently(bot):
    state = SessionState()
    replies = [bot.respond(t, state) for t in ["요즘 너무 우울해", "계속 우울하고 기운이 없어",
                                                 "우울해서 아무것도 못 하겠어", "오늘 날씨는 그냥 그래"]]
    assert not any(r.crisis for r in replies)
    assert not replies[0].resources and not replies[1].resources
    assert replies[2].resources and reply_texts()["resources_reminder"] in replies[2].answer
    assert replies[3].resources  # a mild message still carries them, without repeating the text
    assert reply_texts()["resources_reminder"] not in replies[3].answer


# a message in the concern band: the classifier between its two thresholds, the test model's mass low
CONCERN = "아무것도 하기 싫고 다 놓고 싶어"


def test_a_concern_message_asks_plainly_about_suicide_and_attaches_the_contacts(bot):
    reply = bot.respond(CONCERN, SessionState())
    assert reply.risk == "concern" and not reply.crisis
    assert any(q in reply.answer for q in reply_texts()["safety_question"])
    assert {r.number for r in reply.resources} >= {"109", "1577-0199"}


@pytest.mark.parametrize("answer", ["응", "네 가끔요", "ㅇㅇ", "솔직히 좀 그래", "아니 근데 가끔은 들어", "가끔 있어요"])
def test_yes_to_the_safety_question_gets_the_crisis_reply(bot, answer):
    state = SessionState()
    bot.respond(CONCERN, state)
    reply = bot.respond(answer, state)
    assert reply.crisis and reply.kind == "crisis" and reply.risk == "high"
    assert "answer:yes_to_safety_question" in reply.reasons and "109" in reply.answer


@pytest.mark.parametrize("answer", ["아니", "아니요 그런 건 아니에요", "없어", "네 괜찮아요", "그런 생각은 안 해요"])
def test_no_to_the_safety_question_is_thanked_and_not_escalated(bot, answer):
    state = SessionState()
    bot.respond(CONCERN, state)
    reply = bot.respond(answer, state)
    assert not reply.crisis and reply.answer in reply_texts()["safety_no"]


def test_a_no_that_says_more_keeps_its_own_answer_and_the_contacts(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    reply = bot.respond("아니 그냥 다 포기하고 싶어", state)
    assert reply.risk != "none" and reply.resources
    assert reply.answer not in reply_texts()["safety_no"]


def test_a_bare_yes_is_not_a_crisis_when_no_safety_question_was_asked(bot):
    state = SessionState()
    bot.respond("오늘 점심 먹었어", state)
    assert not bot.respond("응", state).crisis


def test_the_answer_is_read_only_right_after_the_question(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    bot.respond("오늘 점심 먹었어", state)
    assert not bot.respond("응", state).crisis


def test_the_safety_question_is_not_repeated_on_the_next_turns(bot):
    state = SessionState()
    first = bot.respond(CONCERN, state)
    again = bot.respond("힘들어 죽겠어", state)
    assert again.risk == "concern" and again.resources
    assert any(q in first.answer for q in reply_texts()["safety_question"])
    assert not any(q in again.answer for q in reply_texts()["safety_question"])


def test_the_question_asked_survives_a_session_round_trip(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    restored = SessionState.from_dict(state.to_dict())
    assert restored.asked_at == state.asked_at >= 1
    assert bot.respond("응", restored).crisis


def _asks(reply) -> bool:
    return any(q in reply.answer for q in reply_texts()["safety_question"])


def test_without_an_answer_the_safety_question_comes_back_after_its_gap(bot):
    state = SessionState()
    assert _asks(bot.respond(CONCERN, state))
    bot.respond("오늘 점심 먹었어", state)  # no answer to it
    later = [bot.respond(CONCERN, state) for _ in range(2)]
    assert not _asks(later[0]) and _asks(later[1])


def test_after_a_no_the_safety_question_waits_longer_while_the_contacts_stay(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    assert bot.respond("아니요", state).answer in reply_texts()["safety_no"]
    later = [bot.respond(CONCERN, state) for _ in range(SAFETY_QUESTION_GAP_AFTER_NO)]
    assert all(r.risk == "concern" and {x.number for x in r.resources} >= {"109", "1577-0199"} for r in later)
    assert not any(_asks(r) for r in later)
    assert _asks(bot.respond(CONCERN, state))  # long after the no, asked again


def test_after_a_no_a_crisis_still_gets_the_crisis_reply_and_the_no_survives_a_round_trip(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    bot.respond("아니", state)
    restored = SessionState.from_dict(state.to_dict())
    assert restored.denied_at == state.denied_at >= 2
    assert not _asks(bot.respond(CONCERN, restored))
    reply = bot.respond("오늘 밤에 옥상에서 뛰어내릴 거야", restored)
    assert reply.crisis and reply.kind == "crisis" and "109" in reply.answer


def test_a_crisis_after_a_no_outdates_it_and_the_question_may_come_again(bot):
    state = SessionState()
    bot.respond(CONCERN, state)
    bot.respond("아니요", state)
    assert bot.respond("오늘 밤에 옥상에서 뛰어내릴 거야", state).crisis
    assert _asks(bot.respond(CONCERN, state))


def test_after_a_crisis_even_a_mild_message_keeps_the_resources(bot):
    state = SessionState()
    assert bot.respond("죽고 싶어", state).crisis
    reply = bot.respond("오늘 점심 먹었어", state)
    assert not reply.crisis and {r.number for r in reply.resources} >= {"109", "1577-0199"}


def test_session_state_round_trips_through_a_plain_dict(bot):
    state = SessionState()
    bot.respond("잠이 안 와요", state)
    again = SessionState.from_dict(state.to_dict())
    assert again == state
    assert "잠이 안 와요" not in str(state.to_dict())  # the user's text is not stored


@pytest.mark.parametrize("text, message", [("", "empty"), ("   \n", "empty"), ("가" * 2001, "limit 2000"),
                                           (None, "must be a string")])
def test_empty_huge_or_non_text_messages_are_refused_clearly(bot, text, message):
    with pytest.raises(MessageError, match=message):
        bot.respond(text)


def test_predict_records_keep_order_and_report_bad_lines_without_failing(bot):
    records = bot.predict_records(["우울해", "", "잠이 안 와"])
    assert [r["text"] for r in records] == ["우울해", "", "잠이 안 와"]
    assert records[1] == {"text": "", "error": "message is empty"}
    assert set(records[0]) >= {"text", "category", "confidence", "top_k", "crisis", "answer"}


def test_logs_never_contain_the_message_text_even_at_debug_level(bot, caplog):
    import logging

    secret = "어젯밤 옥상에서 뛰어내리려고 했어 비밀이야"
    with caplog.at_level(logging.DEBUG):
        reply = bot.respond(secret, SessionState())
        bot.predict_records([secret])
    assert reply.crisis
    assert caplog.records, "expected the safety layer to log that a crisis was detected"
    assert secret not in caplog.text and "옥상" not in caplog.text
