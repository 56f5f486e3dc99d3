"""Safety layer: crisis detection that does not miss, and the crisis resources.

Detection combines three things:

1. **Rules** over one Kiwi analysis of the message. Patterns are written against the
   lemma/POS stream (``죽/VV 고/EC 싶/VX``), so inflected, spaced and unspaced forms
   (죽고 싶다 / 죽고싶어 / 죽을래 / 뛰어내릴까) match the same rule. A second, small
   set of patterns runs on the message with spaces removed to catch informal spellings
   Kiwi does not analyse (주글래, 죽고시퍼, 살기시러, 자해 흉터).
2. **Guards** against common false alarms (intensifier idioms such as 배고파 죽겠어,
   grief, fear of dying in panic, fiction/news/campaign mentions, 죽인다 meaning great,
   dead batteries, 유서 깊은, 선을 긋다 …). A guard only cancels or softens the specific
   rule matches it explains (by span or, for context guards, by sentence and rule kind),
   so ``배고파 죽겠어… 아니 진짜로 죽고 싶어`` is still a crisis.
3. The **model signal**: the classifier's summed probability on :data:`CRISIS_CATEGORIES`
   (``crisis_mass``). It can only add risk: mass >= ``model_threshold`` makes the risk
   "high", unless a guard explained the message (an idiom, a dead battery, a softened
   statement, …): then the model can only raise it to "concern" (see
   ``guarded_model_threshold``).

Risk levels: ``"high"`` (crisis: reply with resources), ``"concern"`` (ambiguous distress
such as 힘들어 죽겠어, 다 포기하고 싶어, a softened statement like 죽고 싶지는 않은데,
or someone else's suicide) and ``"none"``.

**Only "high" sets** ``crisis=True``. "concern" is deliberately kept out of ``crisis`` so
that common idioms do not replace the conversation with a hotline list; callers may
still add a gentle check-in (``crisis_reply(resources, risk="concern")``). Recall is
protected by making every direct, planned, past-attempt, self-harm and passive-ideation
statement "high" on its own.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import logging
import os
import re
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Iterable

from buddy.text import kiwi_tokens, normalize

logger = logging.getLogger(__name__)

CRISIS_CATEGORIES: tuple[str, ...] = ("감정/자살충동", "증상/자살시도", "증상/자해")
RISK_LEVELS: tuple[str, ...] = ("none", "concern", "high")
RESOURCES_ENV = "BUDDY_CRISIS_RESOURCES"

_RESOURCE_FIELDS = ("name", "number", "hours", "description")


# --------------------------------------------------------------------------- resources


@dataclass(frozen=True)
class Resource:
    """One crisis contact (a hotline or an emergency number)."""

    name: str
    number: str
    hours: str
    description: str

    def to_dict(self) -> dict:
        """Return the resource as a plain JSON-serialisable dict."""
        return dataclasses.asdict(self)


def _default_resources_text() -> tuple[str, str]:
    env = os.environ.get(RESOURCES_ENV)
    if env:
        path = Path(env)
        return str(path), path.read_text(encoding="utf-8")
    ref = importlib_resources.files("buddy") / "resources" / "crisis_resources.json"
    return str(ref), ref.read_text(encoding="utf-8")


def load_resources(path: str | os.PathLike | None = None) -> list[Resource]:
    """Load the crisis contacts.

    Args:
        path: A JSON file shaped ``{"region": ..., "resources": [{"name", "number",
            "hours", "description"}, ...]}``. Defaults to ``$BUDDY_CRISIS_RESOURCES``
            when set, else the file packaged with buddy.

    Returns:
        The resources in file order.

    Raises:
        ValueError: The file is not valid JSON or an entry lacks a non-empty string
            field; the message names the file and the field.
        FileNotFoundError: The file does not exist.
    """
    if path is None:
        where, text = _default_resources_text()
    else:
        where = str(path)
        text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        raise ValueError(f"{where}: expected an object with a 'resources' list")
    if not data["resources"]:
        raise ValueError(f"{where}: 'resources' is empty")
    out: list[Resource] = []
    for i, entry in enumerate(data["resources"]):
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: resources[{i}] is not an object")
        values = {}
        for field in _RESOURCE_FIELDS:
            value = entry.get(field)
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{where}: resources[{i}].{field} is missing or not a non-empty string")
            values[field] = value.strip()
        out.append(Resource(**values))
    logger.debug("loaded %d crisis resources from %s", len(out), where)
    return out


# --------------------------------------------------------------------------- assessment


@dataclass(frozen=True)
class RiskAssessment:
    """The outcome of :meth:`CrisisDetector.assess`.

    Attributes:
        crisis: True when the reply must be the crisis reply (risk "high").
        risk: One of :data:`RISK_LEVELS`.
        reasons: Why, e.g. ``("rule:plan_means", "guard:intensifier_idiom", "model:0.71")``.
    """

    crisis: bool
    risk: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict:
        """Return the assessment as a plain JSON-serialisable dict."""
        return {"crisis": self.crisis, "risk": self.risk, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class RuleSignal:
    """What the rules alone found in one message.

    Attributes:
        risk: Rules-only risk level.
        rules: Names of rules that matched and survived the guards as "high".
        softened: Names of rules whose match a guard softened to "concern" (plus
            concern-level rules).
        guards: Names of guards that fired anywhere in the message.
        residual: The message with each denied or outgrown statement cut out ("힘들긴
            한데 죽고 싶은 건 아니야" -> "힘들긴 한데"), for the classifier to judge what
            remains; None when nothing was cut.
    """

    risk: str
    rules: tuple[str, ...]
    softened: tuple[str, ...]
    guards: tuple[str, ...]
    residual: str | None = None

    @property
    def crisis(self) -> bool:
        """True when the rules alone call it a crisis."""
        return self.risk == "high"


# --------------------------------------------------------------------------- pattern DSL
# The token stream is rendered as " form/TAG form/TAG ... " (irregular markers such as
# "-I" dropped); a token pattern is " (?:FORM)/(?:TAG)" followed by a space.


def _t(form: str = r"\S+?", tag: str = r"[A-Z_]+") -> str:
    return rf" (?:{form})/(?:{tag})(?= )"


def _opt(p: str) -> str:
    return rf"(?:{p})?"


def _gap(n: int) -> str:
    return rf"(?: \S+){{0,{n}}}"


_ANY_J = r"J[A-Z]+"
_DIE = _t("죽|뒤지|디지|뒈지", "VV|VX")
_BUR = _opt(_t("어|아", "EC") + _t("버리", "VX"))
_WANT = _t("고|구|곤", "EC") + _opt(_t("만|도|는|야", "JX")) + _t("싶|파", "VX|VV")
_EOMI_INTENT = _t("을래|ᆯ래|래|을래요|ᆯ래요|을랭|을게|ᆯ게|을게요|ᆯ게요|을께|ᆯ께|을께요|ᆯ께요|을란다|련다", "EF|EC")
_EOMI_QUESTION = _t("을까|ᆯ까|을까요|ᆯ까요", "EF|EC") + r"(?! 보/VX)"
_EOMI_PURPOSE = _t("으려|려|으려고|려고|으러|러|고자|으려면|려면|으려다|려다|으려다가|려다가|려고요|으려고요|려구|려구요|으려구|으려구요", "EC|EF")
_VANISH = (r"(?:" + _t("사라지|증발하|소멸하|없어지|지워지|흩어지", "VV") + "|" + _t("없|지우", "VA|VV") + _t("어|아", "EC") + _t("지", "VX") + ")")
_NOT_SEEM = r"(?! (?:이/JKS )?(?:같/VA|같이/JKB|같이/MAG|처럼/JKB))"
_DRUG = _t("수면제|약|진통제|안정제|신경안정제|수면유도제|타이레놀|우울증약|정신과약|항우울제|알약|졸피뎀|감기약|두통약", "NN[GP]")
_STRONG_DRUG = "수면제|진통제|안정제|신경안정제|수면유도제|타이레놀|우울증약|정신과약|항우울제|졸피뎀"
_BODY = "손목|팔|팔목|허벅지|다리|몸|살|손등|발목|피부|목|배|가슴"
# Kiwi reads a bare 팔 as the numeral eight (팔/NR): "팔 그었어" (found by the twelfth round)
_BODY_TAG = "NNG|NR"
_BLADE = "칼|커터칼|커터|면도날|면도칼|유리|유리조각|가위|샤프|컴퍼스"
# life itself: 삶, 인생, 목숨, 사는 거, 살아 있는 것, 숨 쉬는 것
_LIFE = (r"(?:" + _t("삶|인생|목숨|생명|이번생|생", "NNG") + "|" + r"(?:" + _t("숨", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("쉬", "VV") + "|" + _t("살|사|살아가|존재하", "VV") + ")"
         + _opt(_t("어|아", "EC") + _t("있", "VX|VA")) + r"(?:" + _t("는|ᆫ", "ETM") + _t("것|거|게", "NNB") + "|" + _t("기", "ETN") + "))")
_FAMILY = "엄마|아빠|어머니|아버지|부모|부모님|가족|동생|언니|오빠|누나|형|할머니|할아버지|여동생|남동생|아들|딸|남편|아내|애들"
_FIRST_PERSON = frozenset({"나", "저", "내", "제"})

# kinds: "wish" (first-person wish/intent), "wish_if" (conditional wish; needs no other
# subject), "act" (plan/means/self-harm act, any tense), "mention" (bare 자살/자해/… noun),
# "low" (concern-level distress), "fear" (fear of dying), "near" (near-miss idiom).
_HIGH_KINDS = frozenset({"wish", "wish_if", "act", "mention", "sleep"})
# rules whose wording makes the speaker the one who acts, whoever else the sentence names first
# (엄마가 팔에 밴드 뭐냐고 물어서 고양이가 할퀴었다고 거짓말했어: the lie is the speaker's)
_SPEAKERS_OWN = frozenset({"hiding_wounds", "false_departure"})
# rules that already read the others in the message (a friend's story then owned, another's words obeyed, a
# country's law wished for): no negation, quote or third-person check softens them (found by the twenty-third
# round); the speaker's own by their wording too, so none of them is listed in _SPEAKERS_OWN
_OWNED_AFTER_ALL = frozenset({"self_reveal", "told_to_die", "assisted_dying"})
# one's own body part and a blow at it, on the space-free text (제 얼굴을 주먹으로 때려요)
_STRUCK_PART = r"(?:얼굴|머리|뺨|가슴|배|허벅지|다리|팔)"
_OWN_BODY_PART = r"(?:내|제|자기)" + _STRUCK_PART
_BLOW = r"(?:때려|때리|때렸|쳐|쳤|치고|치는)"
# what pricks or scratches, on the space-free text (샤프로 팔 찍었음, 허벅지를 바늘로 찔렀어)
_SHARP_TOOL = r"(?:샤프|볼펜|컴퍼스|연필|커터칼|커터|칼|가위|바늘|핀|옷핀|손톱)"
# a scald poured on a limb (일부러 제 다리에 뜨거운 물 부었어요)
_SCALD_LIMB = r"(?:손|팔|손목|손등|허벅지|다리|살|손바닥|발|발등)(?:에|에다|에다가)"
_HOT_LIQUID = r"(?:뜨거운|끓는|팔팔끓는)(?:물|국|커피|기름)(?:을|를)?"
_POUR = r"(?:부었|부어|붓|쏟았|쏟아)"
# "want" in dialect after 고 (죽고 잡데이, 사라지고 잡당께)
_DIALECT_WANT = r"(?:잡|잪|접)(?:다|당|어|아|네|소|데이|구먼|지라)"
# medicine saved up and then handed in (예전에 모아뒀던 약 약국에 폐기 맡겼어)
_SAVED_PILLS = r"(?:약|수면제|진통제|타이레놀|알약|안정제)"


def _not_after(words: str) -> str:
    """Lookbehinds for the space-free text: the match does not follow any of ``words`` ("a|b")."""
    return "".join(f"(?<!{w})" for w in words.split("|"))


# what makes a bare 약 an everyday medicine (감기약, 두통약, 보약, 치약 …), on the space-free text
_EVERYDAY_MEDICINE = "감기|두통|소화|혈압|위장|변비|비염|멀미|영양|보|치"


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: str
    pattern: re.Pattern
    raw: bool = False  # matched on the space-free text instead of the token stream


def _rules(name: str, kind: str, *patterns: str, raw: bool = False) -> list[_Rule]:
    return [_Rule(name, kind, re.compile(p), raw) for p in patterns]


# punishing oneself (나한테 벌 주려고, 나 같은 건 벌 받아야 돼) and the harm it is done with (found by the twenty-second round)
_SELF_PUNISH = (r"(?:나한테|나에게|저한테|저에게|나자신(?:한테|에게)?|스스로(?:한테|에게)?|(?:내|제)몸(?:이|에|에게|한테)?|나같은(?:건|거|애|년|놈|인간)(?:은|는)?)"
                r"(?<!처)벌(?:을)?(?:받아야|주려고|주려구|줘야|주는중|받게하려)")
_SELF_HARM_WORDS = "굶|안먹|토하|토했|먹토|게워|때리|때려|때렸|긋|그어|그었|약을|피가|피나|피났|상처|주먹|망가|아프게|아파야|꼬집|뛸거|칼|자해"


# a friend's story the writer then owns (친구 아니고 저예요, 그거 나야, 걔 이름이 내 이름이랑 똑같아: found by the
# twenty-third round), and the risk it must be told beside
_REVEAL = (r"(?:(?:친구|걔|그사람|그애)(?:는|가)?(?:아니고|아니라|가아니고|가아니라)[,.]?(?:사실)?(?:저|나)(?:예요|에요|야|임|입니다|였어)"
           r"|(?:그냥말할게|솔직하게|사실은?|실은)[.,…]*(?:그거|그게|걔가|그친구가)?(?:저예요|저에요|나야|나임|접니다|저입니다|내얘기|제얘기)"
           r"|(?:그거|그게|걔가)(?:나야|나임|저예요|접니다)|(?:그친구가|걔가|그게|그거)?사실(?:은)?(?:저|나)(?:라서|여서|예요|야|임|였어)"
           r"|(?:아니|아뇨)[.,…]*(?:그냥|사실)?(?:나|저)(?:예요|에요|야|임|입니다)|[ㅋㅎᄏᄒ]+나임(?:$|[.!ㅋㅎᄏᄒ])"
           r"|(?:사실|실은)(?:그거|그게|그말)?(?:은)?(?:내가|제가)[^?]{0,20}?(?:하는말|하는생각)(?:이라서|이야|이에요|임)"
           r"|(?:걔|그친구|친구)(?:의)?이름(?:이|은)?(?:내|제)이름(?:이랑|과|하고)(?:똑같|같)"
           r"|(?:내가|제가)[^?]{0,12}?(?:그렇게|그말)(?:을)?말했(?:거든|어|어요)[.,]?(?:진심으로|진짜로))")
_REVEAL_RISK = ("죽고싶|죽으려|죽기로|죽는지|죽을래|죽을거|죽으면|자살|자해|끝내고싶|끝났으면|없어지고싶|없어지면|사라지고싶|살가치|살이유|난간|목매|뛰어내|"
                "몇통|몇알|너가져|그었|긋")


_RULES: list[_Rule] = [
    # ---- direct statements: wanting / intending to die
    *_rules(
        "wish_to_die", "wish",
        _DIE + _BUR + _WANT,
        _DIE + _BUR + _EOMI_INTENT,
        _DIE + _BUR + _EOMI_QUESTION,
        _DIE + _BUR + _EOMI_PURPOSE,
        _DIE + _BUR + _t("어야|아야|어야지|아야지|어야겠|어야지요", "EC|EF"),
        _DIE + _t("기", "ETN") + _t("로", "JKB"),
        _DIE + _BUR + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획|준비|작정|결심|예정|날|용기", "NN[GB]") + _NOT_SEEM,
        _DIE + _t("는|은|ᆫ", "ETM") + _t("것|거|게", "NNB") + _opt(_t("이|가", "JKS")) + _gap(2) + _t("낫|나", "VA|VV"),
        # 그냥 제가 죽는 게 더 쉬울 것 같아요, 죽는 게 차라리 편하겠다 (not 죽는 게 쉬운 줄 알아?)
        _DIE + _t("는", "ETM") + _t("것|거|게", "NNB") + _opt(_t("이|가", "JKS")) + _opt(_t("더|훨씬|차라리|제일|오히려|그냥", "MAG"))
        + _t("쉽|편하", "VA") + r"(?! (?:은|ᆫ|는)/ETM (?:줄)/)",
        # 확 죽어 버릴까 보다 / 죽을까 보다 (intent, unlike 죽을까 봐 = fear)
        _DIE + _BUR + _t("을까|ᆯ까", "EC|EF") + _t("보", "VX") + _t("다|다아|당", "EF"),
        _DIE + _t("을|ᆯ|는", "ETM") + _t("방법|법|곳|장소", "NN[GB]"),
        _DIE + _t("는|ᆫ", "ETM") + _t("것|거|게", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _opt(_t("별로|하나도|전혀|더", "MAG")) + _t("무섭|두렵", "VA") + _t("지", "EC") + _opt(_t(r"\S+", "JX")) + _t("않", "VX"),
        _DIE + _t("을|ᆯ", "ETM") + _t("수", "NNB") + _opt(_t("도|가|는|있", r"\S+")) + _t("있", "VA|VV|VX") + _t("을까|ᆯ까|을까요|나|나요|을지|는지", "E[FC]"),
        _t("나|저", "NP") + _opt(_t("가|는|ᆫ|만|도|이", _ANY_J)) + _opt(_t("그냥|차라리|확|이대로|지금|오늘|하나|한|명", r"\S+"))
        + r"(?:" + _DIE + "|" + _VANISH + ")" + _t("어도|아도|으면|면", "EC"),
        _t("죽음", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("답|해결|해결책|방법|탈출구|유일|출구|길", "NNG") + _opt(_opt(_t(r"\S+", _ANY_J)) + _t("없", "VA")),
        _DIE + _t("지", "EC") + _t("못", "MAG|VX") + _gap(2) + _t("살", "VV"),
        _t("못", "MAG") + _DIE + _t("고|어서|아서", "EC") + _gap(1) + _t("있|살", r"\S+"),
        _t("나|저|자신|스스로", r"\S+") + _opt(_t("를|을|ᆯ", _ANY_J)) + _t("죽이", "VV") + _BUR + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        _t("죽", "VV") + _t("고", "EC") + _t("파", "VV|VX"),
    ),
    *_rules(
        "wish_to_die", "wish",
        r"죽고싶|죽구싶|쥭고싶|주꼬싶|죽고시[퍼펐프포펑]|죽고파|주글[래랭까께]|죽을[랭래]|죽어버리(?:고싶|고시|려|ㄹ|릴|자)"
        r"|주거버리|뒤[지져]고싶|디지고싶|뒤져버리고|뒤질래|죽어야[지겠]|죽을까(?!봐|바|봐서)|자살각|죽[고구]십|죽[구]시[퍼펐프포]|자살마렵",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish_if",
        _DIE + _BUR + _t("으면|면", "EC") + _gap(4) + _t("편하|편해지|끝나|끝|해결|해결되|낫|나|행복|자유|쉬|슬프|슬퍼하|모르|알", r"\S+"),
        _DIE + _BUR + _t("었|았", "EP") + _t("으면|면", "EC|EF"),
    ),
    # ---- suicide stated as intent / thought (never cancelled by context guards)
    *_rules(
        "suicidal_intent", "wish",
        _t("자살|자해|투신|자결", "NNG") + _t("하", "XSV|VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE
        + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획|예정|방법", "NN[GB]") + _NOT_SEEM + ")",
        _t("자살|자해", "NNG") + _opt(_t("하", "XSV|VV") + _t("고|ᆯ|을|는|ᆫ", "EC|ETM") + _opt(_t("싶", "VX") + _t("은|ᆫ", "ETM"))) + _t("충동|생각|욕구|욕망|마음|계획|각|방법", "NNG"),
    ),
    # ---- passive ideation
    *_rules(
        "passive_ideation", "wish",
        _VANISH + _BUR + _WANT,
        _VANISH + _BUR + _EOMI_INTENT,
        _t("그만", "MAG") + _gap(1) + _t("살", "VV"),
        _t("살", "VV") + _gap(2) + _t("기", "ETN") + _opt(_t("가|도|는", _ANY_J)) + _t("싫", "VA"),
        _t("살", "VV") + _opt(_t("어|아", "EC") + _t("있", "VX|VA")) + _WANT + _t("지", "EC") + _opt(_t("는|도|가|ᆫ", "JX|JKS")) + _t("않", "VX"),
        _t("내일|아침|다음날|내일아침", "NNG|MAG") + _opt(_t(r"\S+", _ANY_J)) + r"(?:" + _t("안", "MAG") + _t("오", "VV") + "|" + _t("오", "VV") + _t("지", "EC") + _t("않|말", "VX") + ")" + _t("었|았", "EP") + _t("으면|면", "EC"),
        _t("안|못", "MAG") + _t("뜨|깨|깨어나", "VV") + _WANT,
        _t("태어나", "VV") + _t("ᆫ|은", "ETM") + _t("것|거|게", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _t("후회|원망|죄|저주|실수", "NNG"),
        _t("높|옥상|창문|창밖|층|다리|건물|아래|베란다|난간", r"\S+") + _gap(4) + _t("떨어지|추락하", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE + ")",
        _t("살", "VV") + _WANT + _t("은|ᆫ", "ETM") + _t("마음|생각|의지|의욕|이유", "NNG") + _opt(_t("이|가|은|는|도|ᆫ", _ANY_J)) + _gap(2) + _t("없", "VA"),
        _t("살|사", "VV") + _opt(_t("어|아", "EC") + _t("있", "VX|VA")) + r"(?:" + _t("는|ᆫ", "ETM") + _t("것|거|게", "NNB") + "|" + _t("기", "ETN") + ")"
        + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("싫|지겹|끔찍하", r"\S+"),
        _t("살|사|살아가|버티|견디", "VV") + _opt(_t("어|아", "EC") + _t("있|가", "VX|VA|VV")) + _t("ᆯ|을", "ETM") + _t("이유|의미|가치|자신|용기|의욕|필요|목적|희망", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(1)
        + r"(?:" + _t("없|모르|잃|잃어버리|사라지", "VA|VV") + "|" + _t("못", "MAG") + _t("찾|느끼", "VV") + ")",
        _t("살", "VV") + _t("어야|아야", "EC") + _t("하", "VX|VV") + _t("ᆯ|을|는", "ETM") + _t("이유|의미|필요", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("없|모르", "VA|VV"),
        _t("살|사", "VV") + _t("는|ᆫ", "ETM") + _t("것|거|게", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _gap(1)
        + r"(?:" + _t("의미|가치|소용|쓸모", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("없", "VA") + "|" + _t("무", "XPN") + _t("의미", "NNG") + "|" + _t("헛되|무의미하", r"\S+") + ")",
        _t("살", "VV") + _t("어서|아서|어|아|어도|아도|어봤자|아봤자|어 봤자", "EC") + _opt(_t("보", "VX") + _t("었|았", "EP") + _t("자", "EC")) + _gap(1) + _t("뭐|무엇|뭣", "NP"),
        _t("다|모두|전부|그만|이제|모든|삶|인생|목숨|여기서|다들|거|걸|것", r"\S+") + _gap(2) + _t("끝내|끝장내|마치", "VV") + _BUR
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획", "NNB|NNG") + _NOT_SEEM + ")",
        _t("세상|이승", "NNG") + _gap(2) + _t("떠나|하직|등지", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_PURPOSE + ")",
        _t("곁|하늘나라|저세상|저승", "NNG") + _opt(_t("으로|로|에", "JKB")) + _t("가|따라가", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_PURPOSE + ")",
        r"(?:" + _t("나|저", "NP") + _opt(_t("가|이|만|는|ᆫ|도", _ANY_J)) + _opt(_t("같", "VA") + _t("은|ᆫ", "ETM") + _t("것|거|애|놈|년|사람|존재", "NN[GB]") + _opt(_t(r"\S+", _ANY_J)))
        + _opt(_t("그냥|차라리|이제|하나", r"\S+")) + r"(?:" + _t("없", "VA") + "|" + _VANISH + ")|" + _VANISH + ")"
        # (사라지는 트릭 어떻게 하는 거야: an adnominal 는 only with 것/편 — 사라지는 게 나아)
        + r"(?:" + _t("는", "ETM") + _t("것|거|게|걸|편|쪽", "NN[GB]") + "|" + _t("으면|면|어야|아야", "EC") + ")"
        + _gap(4) + _t("낫|나|편하|편해지|행복|행복하|좋|괜찮|잘되|하|맞|되", r"\S+"),
    ),
    *_rules(
        "passive_ideation", "sleep",
        _t("영원히|평생", "MAG") + _gap(1) + _t("잠들|자|쉬|잠자|눈감", "VV") + r"(?:" + _WANT + "|" + _t("었|았", "EP") + _t("으면|면", "EC") + ")",
    ),
    *_rules(
        "passive_ideation", "wish",
        r"살기(?:싫|시러|실어|싫어)|그만살(?:고|래|까|자|아야)|살고싶지(?:가|는)?않|사라지[고구]싶|사라져버리고싶|없어지[고구]싶|없어져버리고싶|눈안떴으면|눈을안떴으면",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish_if",
        _VANISH + _BUR + _t("었|았", "EP") + _t("으면|면", "EC"),
        _t("눈", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("안|못", "MAG") + _t("뜨|떠지", "VV") + _gap(3) + _t("으면|면|기를|길", r"\S+"),
        _t("눈", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("뜨", "VV") + _t("지", "EC") + _opt(_t(r"\S+", "JX")) + _t("않|못하|말", "VX") + _gap(2) + _t("으면|면|기를|길", r"\S+"),
        _t("자|잠들|영원히|아침|내일|다시|다시는|잠|자다가", r"\S+") + _gap(3) + _t("안|못", "MAG") + _t("깨|깨어나|일어나|뜨", "VV") + _gap(3) + _t("으면|면", "EC"),
        _t("자|잠들|영원히|아침|내일|다시|다시는|잠", r"\S+") + _gap(2) + _t("깨|깨어나|일어나", "VV") + _t("지", "EC") + _opt(_t(r"\S+", "JX")) + _t("않|못하|말", "VX") + _gap(2) + _t("으면|면", "EC"),
        _t("태어나", "VV") + _t("지", "EC") + _opt(_t(r"\S+", "JX")) + _t("말|않", "VX"),
        _t("안|못", "MAG") + _t("태어나", "VV") + _t("었|았", "EP") + _t("으면|더라면|어야", "EC"),
    ),
    # ---- plans and means (any tense; context guards may cancel news/fiction/others)
    *_rules(
        "plan_means", "act",
        _t("뛰어내리", "VV"),
        _t("뛰", "VV") + _t("어", "EC") + _t("내리", "VV") + _t("려고|으려고|려|ᆯ까|ᆯ래|려다가|려다", "E[CF]"),
        _t("차|트럭|버스|지하철|선로|기차|열차|강|바다|한강|물|철로|도로|찻길|철길", "NN[GP]") + _gap(2) + _t("뛰어들", "VV"),
        _t("목", "NNG") + _opt(_t("을|를", "JKO")) + _t("매|매달|메", "VV"),
        _DRUG + _gap(4) + _t("모으|사모으|쌓|모이", "VV"),
        _t("모으", "VV") + _gap(3) + _DRUG,
        _DRUG + _gap(3) + _t("한꺼번에|왕창|한번에|몽땅|통째|통째로|잔뜩|한움큼|과다|전부", "MAG|NNG") + _gap(2) + _t("먹|삼키|털|털어넣|복용", r"\S+"),
        _DRUG + _gap(1) + _t("한", "MM") + _t("통|병|봉지|판|움큼|줌", "NN[GB]") + _gap(2) + _t("먹|삼키|털|털어넣|복용", r"\S+"),
        _DRUG + _gap(4) + _t("응급실|위세척", "NNG"),
        _DRUG + _gap(3) + _t("털|털어넣", "VV"),
        _DRUG + _gap(2) + r" [1-9][0-9]+/SN" + _t("알|정|개|봉|통", "NN[GB]") + _gap(2) + _t("먹|삼키|털|털어넣|복용|모으|모으|모이", r"\S+"),
        _t("목", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("밧줄|로프|끈|줄|넥타이|전깃줄", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("걸|감|매|매달", "VV"),
        _t("밧줄|로프|끈|줄", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("목", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("걸|감|매|매달|조르", "VV"),
        _t("농약|독약|청산가리|쥐약|제초제|락스|부동액|살충제|염산|세제", "NN[GP]") + _gap(2) + _t("먹|마시|삼키", "VV"),
        _t("연탄", "NNG") + _gap(2) + _t("피우|사", "VV"),
        _t("난간", "NNG") + _gap(3) + _t("서|올라가|올라서|오르|매달리|넘|걸치|딛", "VV"),
        _t("유언|유서", "NNG") + _gap(3) + _t("남기|쓰", "VV"),
        _t("삶|인생|목숨|생|숨|생명", "NNG") + _opt(_t("을|를|ᆯ", "JKO")) + _gap(1) + _t("끊|끝내|마감|거두|끝장", "VV|NNG"),
    ),
    *_rules(
        "plan_means", "act",
        r"뛰어내리|뛰어내릴|뛰어내렸|뛰어내려|목매(?!일|번)|목을매|목맸|목을맸|목맬|목을맬|목멜|목을멜|목메달|목을메|과다복용|음독|위세척|극단(?:적인?)?(?:선택|결정)|투신|번개탄|유서"
        r"|극단적인?생각(?:이|을|만|도)?(?:들|나|자꾸|계속|해|했|하게)|한강물?온도|한강수온",
        raw=True,
    ),
    *_rules(
        "plan_means", "wish",
        _t("뛰어내리|뛰어들", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE + ")",
    ),
    # ---- self-harm
    *_rules(
        "self_harm", "act",
        _t(_BODY, _BODY_TAG) + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("긋|그|지지", "VV"),
        _t(_BLADE, "NNG") + _opt(_t("로|으로", "JKB")) + _gap(2) + _t("긋|그|찌르|지지", "VV"),
        _t("스스로|자신|자기", r"\S+") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("해치|때리|다치|학대|긋|찌르", r"\S+"),
        _t(_BODY + "|스스로|나|자신", r"\S+") + _opt(_t(r"\S+", _ANY_J)) + _opt(_t("또|다시|몰래|또다시|일부러", "MAG")) + _t("상처|흉터|피", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("내|만들", "VV"),
        _t("피", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("나", "VV") + _t("ᆯ|을", "ETM") + _t("때", "NNG") + _t("까지", "JX") + _gap(3) + _t("긁|때리|뜯|물|박|깨물|쥐어뜯|할퀴", "VV"),
        _t("벽|머리", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("머리|벽", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("박|찧", "VV"),
        _t("담뱃불|라이터|담배", "NNG") + _gap(3) + _t("지지", "VV"),
    ),
    *_rules(
        "self_harm", "act",
        _t(_BODY, _BODY_TAG) + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t(_BLADE, "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("대|갖다대", "VV"),
    ),
    *_rules("self_harm", "act", r"칼빵|손목긋|손목을긋|손목그[었어은을]", raw=True),
    *_rules("self_harm", "mention", r"자해|자햬|쟈해", raw=True),
    *_rules("past_attempt", "mention", r"자살(?:시도|기도|미수)|(?:죽으려|자살하려)(?:고)?(?:했|시도)", raw=True),
    *_rules(
        "self_harm", "wish",
        _t("긋", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        _t("나|저", "NP") + _t("가|이", "JKS") + _gap(1) + _t("긋", "VV"),
        _t("나|저|자신|스스로", r"\S+") + _opt(_t("를|을|ᆯ|에게|한테", _ANY_J)) + _t("해치|때리|다치|학대|괴롭히|벌주", "VV") + _BUR + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        # 요즘 자꾸 나를 다치게 하고 싶어 (found by fresh48)
        _t("나|저|자신|스스로", r"\S+") + _opt(_t("를|을|ᆯ|에게|한테", _ANY_J)) + _t("해치|때리|다치|아프", "VV|VA") + _t("게", "EC") + _t("하|만들", "VV|VX") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
    ),
    # ---- the word itself (자살 시도, 자살 충동 ...); context guards apply
    *_rules("suicide_mention", "mention", r"자살|자결", raw=True),
    # ---- how painful a way of dying is (물에 빠져 죽는 건 많이 고통스럽나요?)
    *_rules("method_question", "wish",
            r"죽(?:는|을)(?:건|게|거|것|때)(?:은|는|이)?(?:많이|너무|얼마나|덜|안)?(?:고통스럽|고통스러|아프|아픈|아플|괴롭|괴로)", raw=True),
    # ---- farewells already sent (작별 인사 보냈어요); leaving a school or job is guarded
    *_rules("farewell", "act",
            # 작별 선물 다 돌렸어, 고양이는 친구한테 맡기기로 했고 (putting affairs in order)
            r"작별선물(?:을|도)?(?:다|전부|모두|미리)?(?:돌렸|나눠줬|줬|보냈)",
            r"(?:물건|짐|소지품)(?:을|도)?(?:다|전부|모두)?정리했[^?]{0,16}?(?:고양이|강아지|반려견|반려묘|햄스터|새)(?:는|를|도)?[^?]{0,10}?(?:맡기기로|맡겼|부탁했|부탁해뒀|보내기로)",
            # 다음 생엔 행복하게 태어날게 다들 안녕
            r"다음생(?:엔|에는|에|에서)?[^?]{0,16}?(?:안녕|잘있어|잘지내)",
            r"작별인사(?:를|도|까지)?(?:다|전부|모두|미리)?(?:보냈|했|남겼|돌렸|해뒀|해놨)[^?]{0,20}?(?:이제|정말|진짜)(?:정말|진짜)?(?:갈게|떠날게|안녕|끝낼게|마지막)",
            r"(?:계정|sns|SNS|인스타|카톡|프사)[^?]{0,12}?(?:지우|지웠|삭제|탈퇴)[^?]{0,20}?작별인사", raw=True),
    # ---- spellings Kiwi does not analyse, matched on the space-free text
    *_rules(
        "wish_to_die", "wish",
        # 주꼬시퍼, 쥬고싶어, 죽구싶다, 죽고십다, 듀고시퍼 (주고 싶어 = "want to give" is not one)
        r"(?:주꼬|쥬고|쥬꼬|쥭고|죽구|죽꼬|듀고|뒤지구|디지구)(?:싶|십|시퍼|시프|시포|시펑|파)|죽고(?:십|시퍼|시프|시포|시펑)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 차가 와도 안 피하고 싶어, 트럭이 달려오면 그냥 서 있고 싶다
        r"(?:차|트럭|버스|기차|열차|지하철|오토바이)(?:가|이)?(?:와도|오면|달려와도|달려오면|와서|오는데|다가와도)(?:그냥|그대로)?"
        r"(?:안피하|피하기싫|피하지않|안비키|비키기싫|가만히있|서있고싶|그대로있고싶)",
        # 아직 살아 있다는 게 실망스러워, 눈 뜨면 살아 있어서 실망해
        r"살아있(?:다는|는|단|어서|음에|다니)(?:게|것이|거|사실이|사실에)?(?:너무|또|정말|진짜)?(?:실망|원망스|원망해|짜증|화가나|지긋지긋|끔찍)",
        r"눈(?:을|이)?(?:뜨|떠|떴)(?:면|는데|을때|으면|서|니|자마자)(?:또|아직|다시)?(?:살아|실망)",
        # 요즘 매일 죽음에 대해 생각해요 언제 어떻게 할지까지
        r"죽음(?:에대해|에대해서|을|에대한|에관해)?[^?]{0,10}?생각[^?]{0,16}?(?:언제|어떻게|방법|장소)[^?]{0,6}?(?:할지|할까|죽을지|정했)",
        # 그냥 끝을 기다리는 중이야, 죽을 날만 기다려
        r"(?:그냥|조용히|이제|그저)끝(?:을|만)기다리|죽을날(?:만|을)기다리",
        # 나 같은 건 죽는 게 맞아, 죽는 게 답인 것 같아요
        r"(?:나|저|난|전|내가|제가)(?:같은건|같은게|같은애는|같은사람은|는|도)?[^?]{0,24}?죽는(?:게|것이|거)[^?]{0,8}?(?:맞|답|정답|옳|도움되|도움이되|나을|낫)",
        # 살고 싶다는 생각이 안 들어, 살고 싶은 마음이 전혀 없어
        r"살고싶(?:다는|은)(?:생각|마음|의지|이유)(?:이|은|도|가)?(?:전혀|하나도|별로|더이상|이제)?(?:안들|안드|없|안생|사라졌|안나)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 화가 나면 주먹으로 제 얼굴을 때려요, 내가 내 머리를 벽에 박아
        r"(?:내가|제가|나는|저는|혼자|스스로|나도모르게|저도모르게|화가나면|화나면|답답하면|짜증나면|힘들면|습관처럼|자꾸|방에서|화장실에서|욕실에서)"
        r".{0,8}(?:내|제|자기|나의|저의)(?:얼굴|머리|뺨|몸|배|허벅지|팔|다리|가슴|손|주먹)(?:을|를|이|에)?.{0,6}"
        r"(?:때리|때려|때렸|쳐요|쳐서|치고|쳤|박아|박고|박았|긁어|꼬집|깨물|할퀴|뜯어)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 밤마다 어디에 줄을 걸지 생각해요, 벨트로 목 조여봤어, 옥상 비번 알아냄 오늘밤 올라가서 뛸거
        r"어디(?:에|다)?(?:줄|끈|밧줄|로프|벨트)(?:을|를)?(?:걸지|걸까|걸면|매달지|맬지|묶을지)",
        r"(?:벨트|끈|줄|수건|넥타이|밧줄|로프|전선)(?:로|으로)목(?:을|를)?(?:조여|졸라|조르|조였|감아|감았|매)",
        r"옥상[^?]{0,24}?(?:뛸거|뛸래|뛸게|뛰려고|뛰어내릴|떨어질거|떨어질래|떨어지려고)",
        # 2번 시도했는데 3번째는 성공할 듯
        r"(?:두|세|네|2|3|4|몇)번(?:이나|째|도)?(?:시도|자살시도)했[^?]{0,16}?(?:성공|이번엔|다음엔|준비|또할)",
        # 농약 먹고 죽을라고 (dialect purpose ending)
        r"(?:먹고|마시고|뛰어내려서|뛰어들어서)죽(?:을라고|으려고|을려고|을라구|으려구|을래|을거|을라카|을끼다)",
        # 마포대교 가는 버스 탔어 (no bus ride excuses this bridge)
        r"마포대교(?:로|에|까지)?(?:가는|가고있|가는중|왔|도착|가려고|갈거|갈래|가요|간다)",
        # 총 사러 갈 거예요 저 쏘려고
        r"(?:나|저|나를|저를|날|절|스스로|자신|내머리|제머리)(?:를|을|에)?(?:쏘려|쏠려|쏠거|쏘고싶|쏴버릴|쏘겠|쏴버리고)",
        r"총(?:으로|을|로)?[^?]{0,10}?(?:자살|머리에대|관자놀이|입에물)",
        # 요즘 비번 날마다 어떻게 죽을지 생각해요
        r"(?:어떻게|어디서|어떤방법으로)죽(?:을지|을까|어야할지|으면좋을지)",
        # not 언제 죽을지 몰라서 무서워요 (fear of an illness, not a date chosen)
        r"언제죽(?:을지|을까|어야할지|으면좋을지)(?!(?:도|는)?(?:몰|모르|모름|모른))",
        # 가족들 보험금 받게 사고처럼 보이게 죽는 방법
        r"(?:죽는|죽을|자살하는|자살할)(?:방법|법)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 저한테 벌 주려고 사흘째 아무것도 안 먹고 있어요
        r"(?:벌주려고|벌을주려고|벌주려|벌주느라|벌로)[^?]{0,12}?(?:안먹|굶|밥을안|끼니를)",
        # 스스로를 벌주려고 일부러 다치게 해요
        r"(?:스스로|자신|나|저|내몸|제몸)(?:를|을|에게|한테)?[^?]{0,10}?(?:일부러|고의로)(?:막|자꾸)?(?:다치게|아프게|상처를?내|상처내)",
        raw=True,
    ),
    # 방금 약 엄청 먹었어 어지러워 (a medicine taken as directed is guarded)
    *_rules("means_preparation", "act",
            r"약(?:을|를)?(?:엄청|잔뜩|한움큼|왕창|한꺼번에|몽땅|통째로|한통)(?:다)?(?:먹었|삼켰|털어넣|들이켰)", raw=True),
    *_rules(
        "plan_means", "wish",
        # 텐트 안에 번개탄 피우고 잘 거야 (the grill guard does not cover sleeping in its smoke)
        r"(?:번개탄|연탄|숯)(?:을|를)?(?:피우|피워|피운|피울|펴|피고|켜).{0,10}(?:자|잘|잠들|잠이|안깨|다시안|영원히|눈감)",
        raw=True,
    ),
    # ---- life itself as the object of ending / giving up / stopping
    *_rules(
        "passive_ideation", "wish",
        # 삶을 포기하고 싶어, 인생 내려놓을래, 사는 거 그만두고 싶어, 그만 숨 쉬고 싶어
        _LIFE + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("포기|놓|내려놓|놓아버리|그만두|그만하|끝내|끝장내|마감하|정리하|정리|마감", r"\S+") + _opt(_t("하", "XSV")) + _BUR
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획", "NNB|NNG") + _NOT_SEEM + ")",
        _LIFE + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("그만", "MAG") + _opt(_t("하|두", "VV|XSV")) + _gap(1)
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        # 다 내려놓고 싶어. 이 삶 자체를 (object after the verb)
        _t("포기|놓|내려놓|놓아버리|그만두|끝내", r"\S+") + _opt(_t("하", "XSV")) + _BUR + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")" + _gap(4) + _t("삶|인생|목숨|생|생명", "NNG"),
        _t("그만", "MAG") + _t("숨", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("쉬", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        # 살아있는 게 벌 같아 빨리 끝났으면 / 숨 쉬는 것도 지겨워
        _LIFE + _opt(_t(r"\S+", _ANY_J)) + _gap(8) + _t("끝나|끝내|멈추", "VV") + _t("었|았", "EP") + _t("으면|면", "EC"),
        _LIFE + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("지겹|지긋지긋하|싫|끔찍하|버겁", "VA"),
        # 이번 생은 여기까지인 것 같아
        _t("생|인생|삶|이번생", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("여기", "NP") + _t("까지", "JX"),
    ),
    *_rules(
        "by_own_hand", "wish",
        # 내 손으로 끝내고 싶어
        _t("나|저", "NP") + _t("의", "JKG") + _t("손", "NNG") + _t("으로|로", "JKB") + _gap(2) + _t("끝내|죽|마무리하|마무리", r"\S+"),
        # 이대로 안 깨어났으면, 안 깼으면
        _t("안|못", "MAG") + _t("깨|깨어나", "VV") + _t("었|았", "EP") + _t("으면|으면은|면", "EC"),
        # 내일 해 뜨는 거 안 보고 싶어
        _t("해|내일|아침", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("뜨|오|밝", "VV") + _t("는|ᆫ", "ETM") + _t("것|거", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _t("안|못", "MAG") + _t("보", "VV") + _WANT,
        # 나 하나 없어도 세상은 잘 돌아가겠지, 나 없어도 아무도 모를걸, 내가 없으면 안 싸우겠지
        _t("나|저", "NP") + _opt(_t("가|는|ᆫ|만|도|이|하나", r"\S+")) + _opt(_t("하나|한|명|정도|쯤|따위", r"\S+")) + _t("없", "VA") + _t("어도|아도|으면|면|어져도", "EC")
        + _gap(3) + _t("돌아가|모르|지내|키우|쓰|슬퍼하|신경|상관없|싸우|알|기억하|찾|편하|행복하|돌보|챙기|살", r"\S+"),
        _t("나|저", "NP") + _opt(_t("가|는|ᆫ|도|이", _ANY_J)) + _t("없", "VA") + _t("을|ᆯ", "ETM") + _t("거|것", "NNB"),
    ),
    # ---- slang and English
    *_rules(
        "wish_to_die", "wish",
        r"살자(?:하고싶|하고시|할래|할까|마렵|각|하려|할거)|(?i:wan(?:t|na)(?:to)?die|killmyself|(?<![a-z0-9])kms(?![a-z])|enditall|endmylife"
        r"|don'?twanttoliv|don'?twanttobealive|wishiwasdead|wishiweredead)",
        raw=True,
    ),
    # suicide, suicidal: a mention like 자살, so the same guards read it (주인공이 suicide 하는 장면,
    # suicide attempt 환자 intake, suicidal 아니야; found by fresh151)
    *_rules("suicide_mention", "mention", r"(?i:suicid(?:al|e)?)", raw=True),
    *_rules("self_harm", "act", r"(?i:cutmyself|selfharm|hurtmyself)", raw=True),
    # ---- indirect wording: euphemisms, methods and farewells that name no death word
    *_rules(
        "end_it", "wish",
        # 나 오늘 진짜 끝내도 되지?
        _t("오늘|오늘밤|내일|이번|주말|곧|밤|새벽|여기|이대로|조용히|혼자|진짜|정말|그냥|이제", r"\S+") + _gap(1) + _t("끝내|끝장내", "VV") + _t("어도|아도", "EC") + _t("되", "VV"),
    ),
    *_rules(
        "plan_means", "act",
        # 약 30알 먹었어 (약 read as "about")
        _t("약", "MM") + r" [1-9][0-9]+/SN" + _t("알|정", "NN[GB]") + _gap(2) + _t("먹|삼키|털어넣", "VV") + _t("었|았", "EP"),
    ),
    *_rules(
        "lethal_dose", "act",
        r"치사량",
        # 염산 마시면 바로 죽나요, 모르핀 한 번에 많이 쓰면 편하게 갈 수 있을까요
        r"(?:염산|황산|양잿물|락스|세제|부동액|농약|청산가리|모르핀|펜타닐|인슐린|마약|헤로인|제초제|살충제|쥐약|독극물|독약)(?:을|를|이|가)?[^?]{0,12}?"
        r"(?:마시|먹|삼키|쓰|맞|주사|넣)(?:으면|면)[^?]{0,8}?(?:죽|갈수|가나|편하게|고통|안깨|영원히|끝)",
        r"(?:한번에|한꺼번에|왕창|많이|잔뜩)(?:쓰|먹|맞|넣|투여하|주사하|삼키)(?:으면|면)[^?]{0,6}?(?:편하게|조용히)?(?:갈수|가나|죽|끝|안깨)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 끈 샀어 튼튼한 걸로
        r"(?:끈|줄|밧줄|로프)(?:을|를|도|하나)?(?:샀|사놨|사뒀|구했|준비했)[^?]{0,8}?(?:튼튼|질긴|두꺼운|단단|안끊어)",
        r"(?:튼튼한|질긴|안끊어지는)(?:끈|줄(?!넘기)|밧줄|로프)(?:을|를|로|으로|도|하나)?(?:샀|사놨|사뒀|구했|준비했|사러|주문)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 오토바이로 일부러 과속해서 어디 부딪히고 싶다
        r"일부러[^?]{0,16}?(?:부딪히|부딪치|박|들이받|사고나|사고내|치이|떨어지|굴러떨어)(?:고싶|고파|려고|ㄹ까|을까|ㄹ래|을래|버리고|어버리고|아버리고)",
        raw=True,
    ),
    *_rules(
        "plan_location", "act",
        # 옥상인데 무섭지 않아 이상하게
        r"(?:옥상|난간|다리위|절벽|창틀)(?:이야|인데|이에요|입니다|에서|에있|에왔)?[^?]{0,6}?(?:무섭지않|안무서|하나도안무|겁이안나|겁안나|겁이하나도)",
        # 다리 위에 서 있는데 물이 까맣다 무섭지는 않네 (found by fresh59 and fresh61: standing there, the water below, no fear)
        r"(?<!출렁)(?<!구름)(?<!유리)(?:다리|대교|철교|난간|옥상)(?:위)?(?:에|에서)?(?:서있|나와있|올라와있|와있|올라섰|서서)[^?]{0,20}?(?:물|강|아래|밑|바닥)"
        r"[^?]{0,14}?(?:무섭지(?:는|도)?않|안무섭|겁(?:도|이|은)?안나|겁(?:도|이)?없)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 베란다 난간에 기대서 아래를 오래 봐요. 어제는 한쪽 다리를 올려봤어요 (found by fresh62; not a flowerpot put on it)
        r"난간[^.?!]{0,16}?(?:한쪽다리|다리|발|한발|몸)(?:를|을|도|만|까지)?(?:올려|올렸|올리|걸쳐|걸쳤|넘겨|넘겼)",
        r"(?:창문|창틀|창밖)[^.?!]{0,10}?(?:한쪽다리|다리|발|한발|몸)(?:를|을|도|만|까지|하나)?(?:걸쳐봤|걸쳐봄|걸쳤|넘겨봤|넘겼|내밀어봤)",
        r"(?:베란다|난간|창문|창틀|옥상)[^.?!]{0,12}?(?:기대서|기대어|기대고|매달려)[^.?!]{0,6}?(?:아래|밑)(?:를|을)?(?:오래|한참(?:을)?|계속|자꾸)(?:봐|보고|보게|내려다)",
        # 오늘은 철길에 누워볼까 싶다 (found by fresh59)
        r"(?:철길|철로|선로|기찻길|찻길|도로|고속도로)(?:에|위에|위로|한가운데)(?:그냥)?(?:누워|드러누워|뛰어들어)(?:볼까|버릴까|야지|야겠|볼래|버리고싶|있고싶|버려야)",
        # 숙소 들어와서 문 잠그고 끈 걸 데 찾고 있다 (found by fresh60)
        r"(?:끈|줄|밧줄|로프|넥타이|목)(?:을|를)?(?:걸|맬|매달)(?:데|곳|만한데|만한곳|자리)(?:를|을)?(?:찾|봐두|알아보|보러)",
        # 어느 나무가 좋을지 보러 (found by fresh60: after a loss, the tree chosen)
        r"(?:어느|어떤)(?:나무|가지|나뭇가지)(?:가|에)?(?:좋을지|튼튼할지|괜찮을지|나을지)(?:보러|찾으러|고르러|봐두|보고)(?![^?]{0,20}?(?:심|묘목|화원|화분|정원|마당|분재))",
        # 가스밸브 열어놓고 누워있음 (found by fresh61)
        r"(?:가스|가스밸브|가스레인지|밸브|중간밸브)(?:를|을)?(?:열어|틀어)(?:놓고|두고|놨|뒀)[^.?!]{0,6}?(?:누워|누웠|자려|잘거|잠들)",
        raw=True,
    ),
    *_rules(
        "means_preparation", "act",
        # 약 다 먹었어 지금 좀 어지러움 (found by fresh61: all of it, then its effect)
        r"약(?:을|를)?(?:다|전부|통째|한통다)(?:먹었|삼켰|털어넣)[^.?!]{0,12}?(?:어지러|어지럽|토할|눈이감|정신이몽|몽롱|잠이쏟|숨이)",
        # 장난이야 신경 쓰지 마 근데 사실 약 몇 개 먹음 (found by fresh61: a joke, then the confession)
        r"(?:장난|농담|신경쓰지마|아무것도아니)[^?]{0,24}?(?:근데|그런데|그치만|하지만)?(?:사실|솔직히|실은)(?:은)?약(?:을|를)?(?:몇개|몇알|좀|조금|많이|좀많이)(?:먹었|먹음|삼켰)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 애 못 보면 사는 의미 없다. 준비는 끝났다 (found by fresh60: the preparation done, not a task)
        r"(?:사는|살|살아갈)(?:의미|이유|낙)(?:가|도|는)?(?:없|사라)[^?]{0,20}?준비(?:는|가|도)?(?:다)?(?:끝났|됐|마쳤|끝냈)",
        # 약 먹고 쓰러진 거 엄마가 발견해서 병원 왔어 (found by fresh58; the hospital is no sign of a prescription here)
        r"약(?:을|를)?(?:먹고|삼키고|털어넣고)[^.?!]{0,4}?쓰러(?:진|졌)[^.?!]{0,20}?(?:발견|병원|응급실|입원|구급차)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 내일 아침 해 뜨는 거 안 볼 거임 ㅂㅂ (found by fresh61)
        r"(?:내일|다음날)(?:아침)?(?:해|아침해|해뜨는거|해뜨는걸|해뜨는것|해뜨는모습)(?:를|은|는|도)?(?:안볼|볼일없|보지않을|볼일이없)",
        # 이젠 눈물도 안 나 그냥 조용히 사라질 준비 중 (found by fresh61)
        r"사라질준비(?:중|를|가|하|했|됐|다|끝)",
        # 이렇게 살 바엔 안 사는 게 낫지 (found by fresh61)
        r"살(?:바엔|바에야|바에는|바에)(?:차라리|그냥)?(?:안사는|죽는|없어지는|사라지는|끝내는)(?:게|것이|편이|거)(?:낫|나아|좋|맞)",
        # 두 달 전에 한강에서 건져졌다. 아직도 왜 살렸는지 모르겠다; 왜 그냥 죽게 안 놔뒀는지 (found by fresh58 and fresh60)
        r"왜(?:나를|날|저를|절|나까지|굳이|그냥)?(?:살렸|살려놨|살려냈|살려놓)(?:는지|냐|을까|어|나|는데)",
        r"왜(?:그냥)?죽게(?:안|내버려두지|놔두지|두지)(?:놔뒀|놔두|내버려|뒀|않)",
        # 내일 출근 안 한다. 앞으로도 안 한다. 다 끝낸다 (found by fresh60)
        r"(?:앞으로도|영원히|다시는)(?:안|못)[^?]{0,10}?(?:다|전부|모든걸)끝낸다",
        # 숨 쉬는 것도 아까워 (found by fresh62: not worth the air)
        r"숨(?:쉬는|쉬고있는)(?:것|거|게)(?:도|조차|마저|자체가)?(?:아까|사치|죄스럽|죄송|미안)",
        # 요즘 밤이 되민 바당 보멍 들어가 죽어불카 (found by fresh59: Jeju, 죽어버릴까)
        r"죽어(?:불카|불까|불랑|불켜|뿔카|삘까)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish_if",
        # 오늘 술 먹고 운전할 거다. 어디 박고 죽든 상관없다 (found by fresh60; not 걔가 죽든 말든, someone else)
        r"죽든(?:말든|살든|지말든지|지)?(?:상관없|상관안|알바아니|신경안|관심없)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 생리 끊긴 지 4개월인데 더 안 먹을 거야. 쓰러질 때까지; 더 빼다가 죽어도 괜찮아 (found by fresh62)
        r"(?:안먹을|굶을|안먹고버틸)(?:거|꺼|래|게|겁니다)[^?]{0,6}?(?:쓰러질때까지|죽을때까지|죽더라도|죽어도)",
        r"(?:빼다가|굶다가|안먹다가|토하다가)(?:죽어도|죽더라도|쓰러져도)(?:괜찮|상관없|좋|돼)",
        # 다이어트 실패한 날은 제 뺨을 제가 스무 대씩 때려요; 지팡이로 내 다리를 막 때렸다 … 이 쓸모없는 다리 (found by fresh62 and fresh59)
        r"(?:제|내)" + _STRUCK_PART + r"(?:을|를)(?:제가|내가|스스로|제손으로|내손으로)[^.?!]{0,8}?(?:때려|때렸|때리|쳐요|쳤|후려)",
        r"(?:지팡이|망치)(?:으로|로)(?:내|제)(?:다리|머리|뺨|얼굴|허벅지|가슴|무릎)(?:를|을)[^.?!]{0,6}?(?:때렸|때려|때리|쳤|내리쳤|내려쳤)"
        r"[^?]{0,24}?(?:쓸모없|쓸데없|미워|한심)",
        # 일 끝나고 집 오면 허벅지를 망치로 내려친다 (found by fresh60; not 망치로 맞은 것처럼 아프다)
        r"(?:허벅지|다리|무릎|손|팔|머리)(?:를|을)(?:망치|주먹|돌|몽둥이)(?:로|으로)(?:내려친|내리친|내려쳐|내리쳐|찧|내려쳤|내리쳤)",
        # 데이트폭력 당하고 나서 … 일부러 뜨거운 물 부어서 화상 냈어요 (found by fresh62)
        r"일부러[^.?!]{0,24}?화상(?:을)?(?:냈|내|입혔|입었)",
        # 머리카락 쥐어뜯다가 한 움큼 빠짐 멈출 수가 없어 두피에서 피나 (found by fresh61)
        r"(?:(?:머리카락|머리털|머리)(?:을|를)?(?:쥐어뜯|뜯)|(?:머리카락|머리털)(?:을|를)?뽑)[^?]{0,30}?(?:피나|피가|멈출수가없|멈출수없|못멈추|피날때까지)",
        # 담배로 팔 지졌어 ㅋㅋ 괜찮아 별거 아님 (found by fresh58)
        r"(?:담배|담뱃불|라이터|촛불)(?:로|으로)(?:내|제)?(?:팔|손목|손등|허벅지|다리|배|손)(?:을|를|에)?(?:지졌|지져|지지|지짐|댔|대고)",
        raw=True,
    ),
    # ---- found by the fresh66-69 sets (illness, a second language, faith)
    *_rules(
        "plan_means", "act",
        # 항암 6차 끝나면 옥상 가서 바람 좀 쐬려고. 마지막으로 (found by fresh67)
        r"(?:옥상|다리|한강|대교|절벽)(?:에|에서|가서|올라가서|위에서)[^?]{0,20}?(?:쐬려|보려|가려|올라가려|서있으려)[^?]{0,4}?[.…~]*마지막으로",
        # 말 못하게 되기 전에, 손 움직일 수 있을 때 끝내야 할 것 같아 (found by fresh67)
        r"(?:움직일수있을|걸을수있을|할수있을|움직일수있는|정신있을)(?:때|동안)[^?]{0,6}?끝내(?:야|려|야지|야겠|고싶|ᆯ래|려고|버려)",
        # 진통제 처방 받을 때마다 조금씩 빼서 모았어. 이제 충분한 것 같아; 약국 여러 군데 다니면서 타이레놀 조금씩 샀어요 (found by fresh67 and fresh68)
        r"(?:약|진통제|수면제|타이레놀|수면유도제|안정제|신경안정제|처방약)[^?]{0,30}?(?:조금씩|몇알씩|하나씩|몰래)[^?]{0,12}?(?:모았|모아|모으|샀|사모)"
        r"[^?]{0,16}?(?:충분|많이모았|많이모였|꽤모았|다모았|꽤모였|이만큼)",
        # 자살한 사람도 장례미사 해주시나요? 제 거 미리 여쭤보는 거예요 (found by fresh69)
        r"자살[^.!]{0,30}?(?:장례|미사|장례식|천국|구원)[^.!]{0,30}?(?:제거|제것|내거|내꺼|제꺼)(?:를|도)?미리",
        # 나 괜찮아 걱정마 ㅎㅎ 그냥 약을 좀 많이 먹은거야 한 통 (found by fresh68; "괜찮아" here reassures, so the
        # medicine-as-directed guard must not read it; not 감기약 좀 많이 먹었어)
        r"(?:걱정마|괜찮아)[^?]{0,16}?(?<!감기)(?<!두통)(?<!진통)(?<!소화)(?<!비타민)(?<!영양)(?<!한)약(?:을|를)?(?:좀|조금)?(?:많이|잔뜩|한통|왕창)먹",
        raw=True,
    ),
    *_rules(
        "plan_means", "wish",
        # 유서에 성경 구절 하나 넣으려는데 (found by fresh69: one's own will being written, not a text's)
        r"(?<!의)(?<!님)유서에[^?]{0,20}?(?:넣으려|쓰려|적으려|남기려|넣을까|쓸까|적을까)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 합병증으로 빨리 죽으면 오히려 좋지 (found by fresh67)
        r"빨리죽으면(?:오히려|차라리|그게)?(?:좋|낫|편하)",
        # 간병 살인 뉴스 보는데 … 나도 엄마랑 같이 가고 싶어 (found by fresh67)
        r"(?:간병살인|동반자살|동반)[^?]{0,30}?같이(?:가고싶|갈까|가야|가려|죽고싶)",
        # 의사 선생님은 … 저는 이미 마음 정했어요. 이번 달 말까지만 살 거예요 (found by fresh67)
        r"까지만(?:살|살아있을|살아볼)(?:거|게|래|려고|기로|겠|꺼)(?![^?]{0,20}?(?:이사|월세|전세|계약|기숙사|자취|그집|이집|여기서))",
        # 자살 같은 건 안 해요. 그냥 약이랑 치료 다 끊어서 자연스럽게 가려는 거예요 (found by fresh67)
        r"(?:약|치료|투석|항암)(?:이랑|과|와|도|을|를)?[^.?!]{0,8}?(?:끊어서|끊고|중단하고|안받고)[^.?!]{0,4}?(?:(?:자연스럽게|조용히|편하게|그냥)(?:가려|갈거|떠나려)|죽으려)",
        # 活不下去了, 想死, 不想活; Vietnamese muốn chết, tự tử (found by fresh68)
        r"活不下去|想死|不想活|自杀|muốnchết|tựtử",
        # 요즘 계속 죽는 생각 해요 (found by fresh68)
        r"죽는생각(?:을|만|이|도)?(?:계속|자주|많이|매일|자꾸)?(?:해요|해|합니다|했어|들어|들어요|나요|난다|밖에)",
        # 환생 믿어 … 그래서 이번 생 일찍 접으려고 (found by fresh69)
        r"이번생(?:은|을)?(?:일찍|그만|여기서)(?:접|끝내|마감)",
        # 할머니가 꿈에 나와서 오라고 하셨어. 가야 할 것 같아 (found by fresh69: the dead calling)
        r"꿈(?:에|속에|에서)[^?]{0,16}?(?:오라고|데리러|부르)[^?]{0,20}?(?:가야|갈게|갈거|가려|따라가)",
        # 그냥 하늘나라 가서 쉬고 싶다는 거지 오늘밤쯤; 하나님 만나러 직접 가는 수밖에; 천국 가는 지름길 (found by fresh69)
        r"(?:하늘나라|천국|저승)(?:에|로)?(?:가서[^.?!]{0,8}?(?:쉬고싶|살고싶|만나고싶)|가고싶|가고파|갈래|가려고|갈거|가야겠)",
        r"(?:하나님|하느님|주님|부처님|예수님)(?:을|를)?(?:만나러|곁으로|품으로)(?:직접|먼저|이제|그냥)?(?:가는|갈|가려|가고싶|가야)",
        r"(?:천국|하늘나라|저승)(?:에|으로|로)?(?:가는|갈)(?:지름길|방법|길)",
        # 난 그냥 이 몸부터 끊고 싶어; 저도 저를 버리려고요 (found by fresh69)
        r"(?:이|내)몸(?:부터|을|을먼저)?(?:끊고싶|버리고싶|끝내고싶|없애고싶)",
        r"(?:나도|저도)(?:나를|저를|스스로를|내자신을|제자신을)(?:버리려|버릴래|버릴거|포기하려|놓으려)",
        raw=True,
    ),
    *_rules(
        "farewell_departure", "act",
        # 엄마 미안해 con xin lỗi mẹ. 나 먼저 가요 멀리 (found by fresh68: words of another language between)
        r"미안(?:해|해요|하다)[^?]{0,40}?먼저(?:가요|갈게|갈께|간다|떠나요|떠날게)",
        # 난 진짜 괜찮아 걱정 마 … 내 적금이랑 차는 언니가 가져 (found by fresh67)
        r"(?:괜찮아|걱정마)[^?]{0,40}?(?:내|제)[^.?!]{0,16}?(?:은|는)(?:언니|누나|오빠|형|동생|엄마|아빠|네|너)(?:가|이)?(?:가져|가지세요|가져가|써)",
        # 오늘이 우리 마지막 채팅이에요. 고마웠어요 (found by fresh68)
        r"마지막(?:채팅|대화|메시지|톡)(?:이에요|예요|이야|야|입니다|이네요|네요|일거|일것)[^?]{0,20}?(?:고마웠|감사했|안녕)",
        raw=True,
    ),
    # ---- found by the fresh72-75 sets
    *_rules(
        "method_question", "wish",
        # 밧줄 어디서 사야 안 의심받아요? (found by fresh73)
        r"(?:밧줄|로프|번개탄|연탄|수면제|농약|청산가리|끈|수면유도제)[^?]{0,12}?(?:어디서|어떻게)(?:사야|구해야|구하면|사면|사요)[^?]{0,10}?(?:안의심|의심안|들키지않|안들키|티안나|모르게)",
        # 이 약이랑 소주랑 같이 먹으면 확실하죠? (found by fresh73)
        r"(?:약|수면제|진통제|안정제)(?:이랑|랑|하고|과|와|을|를)?(?:술|소주|맥주|양주|막걸리)(?:이랑|하고|과|와|랑)?(?:같이|함께)?먹으면[^.]{0,6}?(?:확실|죽|안깨|끝나|편하게)",
        raw=True,
    ),
    *_rules(
        "plan_location", "act",
        # 학교 옥상 문 안 잠기는 시간 알아냈어 (found by fresh74)
        r"옥상(?:문|출입문|가는문)(?:이)?(?:안잠기는|열리는|열려있는|안잠겨있는)(?:시간|때|날|요일)(?:을|를)?(?:알아냈|알아놨|알아|확인|봐뒀|봐놨)",
        raw=True,
    ),
    *_rules(
        "past_attempt", "mention",
        # 지난달에 한강 갔다가 경찰한테 잡혔음 (found by fresh73)
        r"(?:한강|다리|대교|옥상|철로|선로)(?:에)?(?:갔다가|올라갔다가|나갔다가)[^.?!]{0,8}?(?:경찰|구조대|119|소방관)(?:한테|에게|에|이|가)?(?:잡혔|구조|붙잡|끌려|데려)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 스스로 뺨을 때리면서 정신 차리라고 했어요 멍이 들 정도로 (found by fresh73; not a slap to stay awake)
        r"(?:스스로|제손으로|내손으로)(?:내|제)?" + _STRUCK_PART + r"(?:을|를)?(?:때리|때려|때렸|쳤|치고|후려)[^?]{0,24}?(?:멍|피가|피나|부을|부었)",
        # 상처 아물면 또 뜯어요 (found by fresh73)
        r"상처(?:가)?(?:아물면|아물만하면|나으면|딱지앉으면)[^?]{0,6}?(?:또|다시|바로)(?:뜯|긁|째|벌려|벌리)",
        # 밥 먹을 자격이 없는 것 같아서 이틀째 굶고 있어요 일부러요 (found by fresh73)
        r"(?:먹을|밥먹을|살)자격(?:이|도)?없[^?]{0,20}?(?:굶|안먹)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 병원에서 퇴원했는데 아무것도 달라진 게 없어요 또 하고 싶어요 (found by fresh73)
        r"퇴원(?:했|하고|한지)[^?]{0,30}?(?:또|다시)(?:하고싶|시도하고싶|할것같|하려고)",
        # 걱정 마 ㅎㅎ 그냥 좀 오래 자고 싶을 뿐이야. 아주 오래 (found by fresh74)
        r"걱정마[^?]{0,10}?(?:오래|푹|영원히)자고싶[^?]{0,12}?(?:아주오래|영원히|아주아주|깨지않|안깨)",
        raw=True,
    ),
    *_rules(
        "method_question", "wish",
        # 취업 포기. 인생도 포기. 방법 알아보는 중 (found by fresh72)
        r"(?:인생|삶|목숨)(?:도|을|까지)?포기[^?]{0,12}?방법(?:을)?(?:알아보|찾아보|검색|찾는)",
        raw=True,
    ),
    *_rules(
        "plan_location", "act",
        # 며칠째 잠도 안 오고, 자꾸 높은 데만 찾게 돼요 (found by fresh75)
        r"(?:높은데|높은곳|옥상|다리위)(?:만|를|을)?(?:자꾸)?(?:찾게돼|찾게되|찾아다니|찾아보게)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 회사 옥상 비번 알아냈다 ㅎㅎ 금요일 퇴근 후에 올라가서 (found by fresh75: a way in got, whatever the hour)
        r"옥상(?:문)?(?:비번|비밀번호|열쇠|키|출입카드)(?:을|를|도)?(?:알아냈|알아놨|구했|복사|챙겼)",
        # 연탄 사러 갔는데 캠핑 가냐고 물어봐서 그렇다고 했다. 캠핑 아닌데 (found by fresh75)
        r"(?:연탄|번개탄|숯)[^.]{0,40}?캠핑(?:은|이|도)?(?:아닌데|아니야|아니고|아님)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 밥 안 먹은 지 나흘째. 나 같은 건 먹을 자격도 없어서 (found by fresh75)
        r"(?:안먹은지|굶은지|굶은게|밥안먹은지)[^?]{0,20}?(?:먹을|밥먹을|살)자격(?:이|도)?없",
        # 벌 받아야 할 것 같아서 오늘 끓는 물에 손 담갔어 (found by fresh75)
        r"(?:끓는물(?:에)?(?:내|제)?(?:손|발|팔|손목)(?:을|를)?(?:일부러|그냥)?|뜨거운물(?:에)?(?:내|제)?(?:손|발|팔|손목)(?:을|를)?일부러)(?:담갔|담궜|담가|넣었|집어넣)",
        # 손등을 계속 깨물었어 피 날 때까지 (found by fresh72)
        r"(?:손등|손|팔|입술|손가락|팔뚝)(?:을|를)?(?:계속|자꾸|세게)?(?:깨물|물어뜯)[^?]{0,10}?피(?:날때까지|가날때까지|나도록)",
        # 살 빼려는 거 아니고 그냥 나 굶기고 싶어 (found by fresh72)
        r"(?:나|나를|날|저를|제자신을|내자신을|나자신을|저자신을)굶기(?:고싶|려고|는중|고있)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 다 내려놓고 싶다는 게 퇴사 얘기가 아니야. 삶 얘기야 (found by fresh75)
        r"(?:퇴사|회사|일|직장|학교|과제)(?:얘기|이야기|말)(?:가|는)?아니(?:야|라|고|에요|예요)[^?]{0,6}?(?:삶|인생|사는거|살아있는거|사는것)(?:얘기|이야기|말)",
        # 휴가 복귀하기 싫어서 탈영이냐 죽느냐 둘 중 하나 고민 중 (found by fresh72; not 죽느냐 사느냐)
        r"냐죽느냐(?!사느냐)[^?]{0,10}?(?:고민|둘중)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 팀장님 죄송합니다 그동안 폐만 끼쳤습니다 … 찾지 마세요 (found by fresh75)
        r"(?:그동안|죄송|미안)[^?]{0,60}?찾지(?:마세요|마|말아|말아줘|말아주세요|마라|마십시오)(?:$|[.!~…])",
        raw=True,
    ),
    *_rules(
        "giving_away", "act",
        # 노트북이랑 아이패드 후배들한테 다 나눠줬어. 이제 나한텐 필요 없을 것 같아서 (found by fresh72)
        r"(?:나눠줬|줘버렸|다줬|나눠주고|물려줬|다나눠|줬)[^?]{0,16}?(?:이제|곧|어차피|앞으로)(?:나한텐|나한테|나는|난|저한텐|저한테|전|저는|내겐|제겐)필요(?:없을|없어|없으니|없을것)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 상담 선생님께 감사하다고 전해주세요. 다음 상담은 못 갈 것 같아서요 (found by fresh74)
        r"(?:감사하다고|고마웠다고|고맙다고|감사했다고)(?:꼭)?(?:전해|말해)(?:주세요|줘|줄래|주실래요)[^?]{0,20}?(?:못갈|못올|못가|마지막|없을)",
        # 엄마 아빠한테 편지 썼어. 나 없어도 너무 슬퍼하지 말라고 (found by fresh74)
        r"편지(?:를)?(?:썼|남겼|써놨|써뒀|남겨놨)[^?]{0,16}?(?:나|내가|제가)없어도[^?]{0,10}?(?:슬퍼하지|울지|힘들어하지|아파하지)(?:말|마)",
        # 내일 회사 안 가도 돼. 출근할 일 없을 거니까 (found by fresh74)
        r"(?:출근할|학교갈|일어날|출근|등교할)일(?:이|도)?없을(?:거니까|테니까|거야|거예요|거라)",
        # 상담 선생님들께 그동안 감사했다고 문자 돌렸어요. 이젠 정말 마지막이라서요 (found by fresh62)
        r"그동안(?:고마웠|감사했|고마웠었)(?:다고|다는)?[^.?!]{0,12}?(?:문자|연락|카톡|메시지|편지|인사)(?:를|을)?(?:돌렸|보냈|남겼|다보냈|다돌렸)[^?]{0,20}?(?:마지막|끝이)",
        # 걱정 마라 별일 없다. 떠나기 전에 정리할 거 정리하고 있을 뿐이다 (found by fresh60)
        r"(?:별일없|걱정마)[^?]{0,16}?떠나기전에(?:정리|주변정리|신변정리)",
        raw=True,
    ),
    *_rules(
        # a step that ends it: not a view or a commute, so the leisure-place guard does not apply
        "one_step", "act",
        # 여기서 발 한 발짝만 떼면 다 끝나
        r"(?:한발짝|한걸음|한발|발)(?:만)?(?:더)?(?:떼면|내디디면|나가면|앞으로가면|내밀면)[^?]{0,6}?(?:끝|편해|죽|떨어)",
        # 지하철 들어올 때 한 발짝만 나가면 끝이겠다 (after work, too)
        r"(?:지하철|전철|열차|기차)(?:이|가)?(?:들어올때|올때|들어오면|오면|들어오는데)[^?]{0,10}?(?:한발짝|한걸음|한발|발)(?:만)?(?:나가면|앞으로가면|내디디면|내밀면|떼면|앞으로)",
        # 높은 데 올라가면 자꾸 한 발 내딛고 싶어져요
        r"(?:높은데|높은곳|옥상|난간|다리|절벽|창틀)[^.?!]{0,12}?(?:한발짝|한걸음|한발|발)(?:만|을)?(?:내딛고싶|내디디고싶|내밀고싶|떼고싶|내딛고파)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 생명보험 수익자를 아내로 바꿔놨어요
        r"(?:보험|생명보험|보험금)[^?]{0,6}?수익자[^?]{0,12}?(?:바꿨|바꿔놨|바꿔뒀|바꾸었|변경했|변경해놨|돌려놨)",
        raw=True,
    ),
    *_rules(
        "plan_means", "wish",  # "wish": the grill guard (campsite, meat) does not apply to a closed car
        # 차에서 번개탄 피우려고 (in a closed car or room, whatever campsite it is driven to)
        r"(?:차에서|차안에서|차안|차속에서|방에서|방안에서|밀폐된곳에서|텐트안에서|욕실에서|화장실에서)(?:번개탄|연탄|숯)(?:을|를)?(?:피우|피워|피울|펴|켜)(?![^?]{0,3}(?:면안|안돼|안되|위험|조심|큰일|질식|사고))",
        raw=True,
    ),
    *_rules(
        "water", "act",
        # 저수지 깊은 데 들어가가 안 나올라꼬
        r"(?:바다|강|한강|호수|저수지|강물)[^?]{0,10}?들어가[^?]{0,4}?(?:안나오|안나올|다시안나|못나오게|안나오게)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 면도칼 보면 손이 가요, 팔에 흉터 또 늘었어
        r"(?:면도칼|면도날|커터칼|커터|칼날)(?:을|를|만)?(?:보면|볼때마다|보니까|보이면)[^?]{0,6}?(?:손이가|손이자꾸|긋고싶|그어|대보고)",
        r"(?:팔|손목|허벅지|팔목)(?:에|에도)?(?:흉터|상처|자국)(?:가|이)?(?:또|자꾸|계속)(?:늘었|늘어|생겼)",
        raw=True,
    ),
    *_rules(
        "end_it", "wish",
        # 끝내는 게 모두를 위한 거 같아
        r"끝내는(?:게|것이|거)[^?]{0,6}?(?:모두를위한|모두에게좋|모두를위해|가족을위한|가족을위해|다들을위한|맞는것같|낫겠|나을것같|답인것같|답같)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 타이레놀 몇 알 먹어야 죽어요?
        r"몇(?:알|정|통|병|봉지)[^?]{0,24}?(?:죽|사망|간이망가|안깨|못깨|영원히|심장멈|심장이멈|숨멈|숨이멈|의식잃)",
        # 배기가스가 차 안으로 들어오게 하려면 호스 어떻게 연결해요
        r"배기가스[^?]{0,12}?(?:차안|차속|실내|방안)|(?:머플러|배기구)[^?]{0,8}?호스",
        # 가스 밸브 열어놓고 자면 조용히 갈 수 있을까
        r"가스(?:밸브|레인지|불|를|를다|관)?[^?]{0,6}?(?:열어놓고|틀어놓고|켜놓고|새게하고|새게해놓고|열고|틀고)[^?]{0,6}?"
        r"(?:자면|잠들면|자고싶|잘래|죽|누우면)(?![^?]{0,12}(?:위험|큰일|불나|화재|조심|안전))",
        # 방문고리에 줄 걸어봐
        r"(?:문고리|방문고리|샤워봉|옷걸이봉|옷장봉)(?:에|에다|에다가)?(?:줄|끈|밧줄|로프|벨트|넥타이|수건|전깃줄|스카프)(?:을|를)?(?:걸(?!이)|매|묶)",
        r"(?:줄|끈|밧줄|로프|벨트|넥타이)(?:을|를)?(?:문고리|방문고리)(?:에|에다)?(?:걸(?!이)|매|묶)",
        # 사고처럼 보이게 하려구요
        r"사고(?:처럼|인것처럼|사처럼|사로|로)(?:보이게|위장|꾸미)",
        raw=True,
    ),
    *_rules(
        "method_question", "act",
        # 조용히 가는 방법 없나, 고통 없이 가는 법
        r"(?:조용히|고통없이|안아프게|아프지않게|깔끔하게)(?:빨리)?(?:가는|갈수있는|떠나는|죽는|잠드는|끝내는|끝낼수있는)(?:방법|법|길)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 트럭이 나 치고 갔으면 좋겠다, 차에 치였으면
        r"(?:차|트럭|버스|자동차|덤프트럭|택시|오토바이|기차|열차|지하철)(?:가|이|에|에게|한테)?(?:좀|그냥|확)?(?:나|저|날|절|나를|저를)?(?:좀|그냥|확)?"
        r"(?:치고|쳐|치어|받아|받고|박아|들이받)(?:버리고)?(?:갔으면|줬으면|버렸으면|주면좋겠|줬음|버리면좋겠)",
        r"(?:차|트럭|버스|자동차|기차|열차|지하철)(?:에|에게|한테)?(?:확|그냥)?(?:치였으면|치여서죽|치여죽|치이고싶|치여버렸으면|치이면좋겠|받혔으면)",
        # 누가 나 좀 죽여줬으면
        r"(?:누가|누군가|아무나|누구라도|신이|하느님이|하나님이|저승사자가|주님이|하느님께서|하나님께서)(?:나|저|날|절|나를|저를)?(?:좀|그냥|제발|빨리|얼른|어서)?"
        r"(?:죽여줬으면|죽여주면|죽여줘|죽여주세요|죽여주었으면|데려갔으면|데려가줬으면|데려가주면|데려가줘|데려가주세요|데려가주셨으면|데려가셨으면|데려가)",
        # 인생 접으려고, 현생 gg 치고 싶다
        r"(?:인생|삶|현생|이번생|목숨)(?:을|를|도|은|는)?(?:그냥|진짜|이제)?(?:접|하직|로그아웃|탈주|퇴사|은퇴|게임오버시키|게임오버|gg|GG|지지)(?:치)?"
        r"(?:으려|려고|하려|할래|할거|하고싶|고싶|고파|을래|을거|을게|을까|할까|기로|어버리|을란다|칠래|칠까|칠거|각|할각|을각)",
        # 현실에서 영원히 탈주하고 싶다, 나도 삭제될 차례
        # (이 세상에서도 퇴사하려구요: found by fresh50)
        r"(?:영원히|현실에서|현생에서|이세상에서|세상에서|인생에서)(?:도)?(?:영원히)?(?:탈주|로그아웃|하차|삭제|강퇴|종료|은퇴|퇴장|퇴사|졸업)"
        r"(?:하고싶|하고파|할래|할거|할꺼|할게|하려|할까|되고싶|되고파|될차례|당하고싶|되었으면|됐으면|되면좋겠|하면좋겠|했으면)",
        r"(?:나|저)(?:도|는|만)?(?:이제)?(?:삭제|사라질|없어질)(?:될)?차례",
        # 할머니 계신 곳으로 가고 싶어 하늘에서 보고 싶어서
        r"(?:계신|가신|먼저간)곳(?:으로|에)(?:가고싶|가고파|갈래|가려|따라가)[^?]{0,16}?하늘|하늘[^?]{0,16}?(?:계신|가신|먼저간)곳(?:으로|에)(?:가고싶|가고파|갈래|가려|따라가)",
        # 비행기가 그냥 떨어졌으면 좋겠어요 (the one I am on)
        r"(?:비행기|배|버스|기차|열차|엘리베이터|엘베)(?:가|이)?(?:그냥|확|차라리)?(?:떨어졌으면|추락했으면|가라앉았으면|침몰했으면|사고났으면|뒤집혔으면)",
        # 무지개다리 건넜는데 나도 거기 건너가면 만날 수 있겠지
        r"무지개다리[^?]{0,30}?(?:나도|저도)[^?]{0,10}?(?:건너가|따라가|건너갈|따라갈)",
        # 나 하나 죽는다고 세상 안 변하잖아, 그때 같이 죽었어야 했는데
        r"(?:나|저|내가|제가)(?:하나|한명)?(?:죽는다고|죽어도|없어진다고|사라진다고)(?:세상|아무것도|아무도|달라질|변하)",
        r"(?:내가|나도|나만|저도|제가|그때)(?:그때)?(?:같이|함께)?죽었어야(?:했는데|했어|하는데|됐는데)",
        r"살아남은(?:게|것이|거)[^?]{0,16}?(?:같이|함께)(?:갔어야|죽었어야)",
        # 굶어서 갈라고
        r"굶어(?:서)?(?:죽으려|죽을래|죽을거|죽고싶|죽어버리|갈라고|가려고|갈란다|갈래|갈거)",
        # (?i) English: sleep forever
        r"(?i:sleepforever|neverwakeup|don'?twanttowakeup|donewithlife|takemylife|endmyself)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "sleep",
        # 자는 듯이 데려가 달라고 빌어
        r"(?:자는듯이|자듯이|잠자듯이?|자는것처럼)(?:조용히|편하게|그냥|편히)?(?:데려가(?:달|줘|주|줬|주세|갔으면)|가(?:고싶|고파|고시|면좋겠|게해|길|기를)|갔으면"
        r"|죽(?:고싶|었으면|으면좋겠|게해|길|기를)|떠나(?:고싶|면좋겠)|떠났으면)",
        raw=True,
    ),
    *_rules(
        "after_me", "wish",
        # 혼자 사는 늙은이 죽어도 아무도 모를 거여, 아무도 내가 없어진 걸 모를 거야
        r"(?:내가|제가|나|저|난|전|늙은이|이몸)(?:하나|혼자)?(?:죽어도|죽으면|사라져도|없어져도)(?:아무도|누구도)(?:모를|몰라|모르|안슬퍼|슬퍼하지않|신경안|찾지않|안찾)",
        r"(?:아무도|누구도)(?:내가|제가)(?:없어진|사라진|죽은)(?:걸|것|거|줄|지)(?:도)?(?:모를|몰라|모르)",
        raw=True,
    ),
    *_rules(
        "no_return", "act",
        # 산에 올라가서 안 내려오려고요, 바다 보러 왔어 돌아갈 생각은 없어
        r"(?:산|바다|옥상|다리|절벽|강|섬|숲|한강|저수지|아무데나|아무데|아무도없는곳|먼곳|어디든)(?:에|으로|로|에서|위로|보러|까지|나|가서)?[^?]{0,12}?"
        r"(?:안내려오려|안내려올|다시는안내려|다시안내려|안돌아가려|안돌아갈|안돌아오|돌아가지않|돌아오지않|돌아갈생각(?:은|이|도)?(?:없|어수|엇수|읎|엄서)|돌아올생각(?:은|이|도)?(?:없|어수|엇수|읎|엄서))",
        raw=True,
    ),
    *_rules(
        "plan_location", "act",
        # 오늘 밤 다리 위로 갈거야
        r"(?:다리|대교|옥상|난간|절벽)(?:위|위로|끝|끝으로)(?:로)?(?:갈거|갈게|갈래|가려고|간다|올라갈|올라간다)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 아이들 얼굴 마지막으로 보고 가려구요, 다들 잘 지내 난 이제 먼 곳으로 갈게
        r"마지막으로[^?]{0,12}?(?:보고|듣고|안아보고|만나고)(?:가려|갈게|갈께|갈래|떠나려|떠날게|가려고|가려구|갈거)",
        r"(?:먼곳|먼길|하늘나라|저세상|다른세상)(?:으로|로|을|에)?(?:갈게|떠날게|가요|떠나요|갑니다|떠납니다|갈께|가려|떠나려|갈래|떠날래)",
        # 아끼던 물건들 다 나눠줬어 이제 미련 없다, 통장이랑 땅문서 정리해서 보냈어 할 일 다 했으니
        r"(?:물건|옷|책|짐|소지품|게임기|장비|아끼던|통장|땅문서|재산|집문서|비밀번호|비번|계좌|유품)[^?]{0,16}?(?:다|전부|모두)?(?:나눠줬|나눠주|줘버렸|줬|팔았|팔고|처분했|정리했|정리해서|보냈|넘겼|맡겼)"
        r"[^?]{0,20}?(?:미련없|미련도없|여한없|여한이없|할일다했|이제끝|준비끝|준비다했|삭제될차례|갈란다|떠날게)",
        # 이 계정 마지막 글입니다 다들 건강하세요, 내일이 D-day 다들 안녕
        r"마지막(?:글|게시물|포스팅|피드|트윗)[^?]{0,12}?(?:다들|모두|안녕|건강하|잘지내|잘있|고마웠|감사했)",
        r"(?i:d-?day|디데이)[^?]{0,12}?(?:다들|모두)?(?:안녕|잘있어|잘지내|고마웠|미안)",
        raw=True,
    ),
    # ---- where and how: lethality questions, acquiring the means, standing at a height
    *_rules(
        "plan_means", "act",
        # 타이레놀 몇 알 먹으면 죽어? / 몇 층에서 떨어져야 죽어
        r"(?:" + _DRUG + "|" + _t("농약|독약|쥐약|제초제|락스|몇|층|높이|물", r"\S+") + ")" + _gap(5) + _t("으면|면|어야|아야", "EC") + _gap(1) + _DIE
        + _t("어|나|나요|어요|을까|ᆯ까|을까요|ᆯ까요|는지|니|냐|ᆫ대|대", "EF|EC"),
        # 15층이면 확실하겠지
        r" [0-9]+/SN" + _t("층", "NN[GB]") + _t("이", "VCP") + _t("면", "EC") + _gap(2) + _t("확실|충분|즉사|죽", r"\S+"),
        # 농약/번개탄/밧줄 사놨어, 준비했어
        _t("농약|독약|청산가리|쥐약|제초제|번개탄|연탄|밧줄|로프|수면제|졸피뎀|수면유도제|신경안정제", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(2)
        + _t("사|사두|구하|구입|구매|주문|준비|챙기|숨기|마련|모으|사놓", r"\S+") + _gap(1) + _t("었|았|놓|두|ᆫ|은|었었", r"\S+"),
        # 약 다 먹었어
        _t(_STRONG_DRUG, "NN[GP]") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("다|전부|몽땅", "MAG") + _t("먹|삼키|털어넣", "VV") + _t("었|았|어|아|버리", r"\S+"),
        _t("방금|이미|벌써|몰래|아까", "MAG") + _DRUG + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("다|전부|몽땅", "MAG") + _t("먹|삼키|털어넣", "VV") + _t("었|았|어|아|버리", r"\S+"),
        # 물에 빠져 버릴까, 바다에 들어가 버릴까
        _t("바다|강|한강|물|호수|저수지|강물|바닷물", "NN[GP]") + _t("에|으로|로|속", r"\S+") + _gap(1)
        + r"(?:" + _t("빠지|뛰어들", "VV") + _BUR + "|" + _t("들어가|걸어가|걸어들어가", "VV") + _t("어|아", "EC") + _t("버리", "VX") + ")"
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE + ")",
        # 날짜 정했어 (no event named before it), 이번 주말에 실행할 거야
        r"(?:^|(?<!/NNG)(?<!/NNP)(?<!/NP))" + _t("날짜|디데이|날", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("정하|잡", "VV") + _t("었|았", "EP"),
        r"(?<!/JKO)(?<!/NNG)" + _t("실행|결행|감행", "NNG") + _t("하", "XSV") + _t("ᆯ|을", "ETM") + _t("거|것|예정|계획", "NN[GB]"),
    ),
    *_rules(
        "plan_location", "act",
        _t(r"한강|마포대교|\S*대교", "NN[GP]") + _gap(2) + _t("위|난간", "NNG"),
        _t(r"옥상|난간|한강|마포대교|\S*대교|베란다|창틀|절벽|철로|선로|철길", "NN[GP]") + _opt(_t(r"\S+", _ANY_J)) + _gap(1)
        + _t("올라오|올라가|오르|오|가|서|도착하|도착|나가|왔|나와", r"\S+") + _gap(2) + _t("었|았|있|는|ᆯ까|을까|려고|려|는중|중|ᆫ|은", r"\S+"),
        _t("난간", "NNG") + _gap(3) + _t("서|있", r"\S+"),
    ),
    # ---- farewells and putting affairs in order
    *_rules(
        "farewell", "act",
        # 그동안 고마웠어 이제 안녕 / 다들 고마웠어요 미안해요 안녕히
        _t("동안|지금까지|여태|여태껏|이제껏|들|모두|다들|모든", r"\S+") + _gap(2) + _t("고맙|감사하|감사|미안하|미안|고마웠", r"\S+") + _gap(6)
        + r"(?:" + _t("안녕|안녕히", "IC|MAG|NNG") + "|" + _t("잘", "MAG") + _t("있|지내|살", r"\S+") + _t("어|아|어요|아요|라", "EF|EC") + ")",
        _t("고맙|감사하|감사|미안하|미안|고마웠", r"\S+") + _gap(4) + _t("이제|영원히|정말|진짜", "MAG") + _t("안녕|안녕히", "IC|MAG|NNG"),
        _t("마지막", "NNG") + _opt(_t(r"\S+", "JKB|VCP|JKG")) + _gap(3) + _t("인사|작별|메시지|문자|연락|편지|부탁|말|톡|카톡", r"\S+"),
        _t("이|이것|이거", r"\S+") + _opt(_t(r"\S+", _ANY_J)) + _t("마지막", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("이|VCP", "VCP"),
        # 이제 그만할래 안녕
        _t("그만|이제", "MAG") + _gap(1) + _t("하|끝내|가|떠나", "VV") + _EOMI_INTENT + _gap(3) + _t("안녕|안녕히", "IC|MAG|NNG"),
        # 엄마한테 미안하다고 전해줘
        _t(_FAMILY, "NNG") + _opt(_t("님", "XSN")) + _t("한테|에게|께", "JKB") + _t("미안|사랑|미안하", r"\S+") + _opt(_t("하", "XSA|XSV")) + _t("다고|ᆫ다고|는다고", "EC") + _gap(1) + _t("전하", "VV") + _t("어|아", "EC") + _t("주", "VX"),
        # 내 장례식, 내 유품, 내가 죽으면
        _t("나|저", "NP") + _t("의", "JKG") + _t("장례식|장례|유품|영정|영정사진|묘비|무덤|유골|빈소", "NNG"),
        # 내 물건 정리했어 이제 필요 없으니까
        _t("물건|짐|소지품|유품|옷|책|방|계정", "NNG") + _gap(3) + _t("정리|처분|나누|나눠주|버리|주|물려주|넘기", r"\S+") + _gap(6) + _t("필요", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("없", "VA"),
        # 더 이상 볼 일 없을 거야 잘 있어, 다시는 못 볼 거야
        _t("더|다시|다시는|영원히|이제", r"\S+") + _gap(3) + _t("보|만나", "VV") + _t("ᆯ|을", "ETM") + _t("일|수", "NN[GB]") + _opt(_t(r"\S+", _ANY_J)) + _t("없", "VA"),
    ),
    # ---- self-harm: relief from pain or blood, burning, repeating it, holding the blade
    *_rules(
        "self_harm", "act",
        _t("피", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(3) + _t("보", "VV") + _t("어야|아야|면|으면|니까|고|어야지|아야지", "EC") + _gap(3)
        + _t("진정|안정|살|편하|편해지|나아지|시원하|풀리|괜찮|숨|낫", r"\S+"),
        _t("스스로|자신|나|저|내|몸", r"\S+") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("아프", "VA") + _t("게", "EC") + _t("하|만들", "VV|VX"),
        _t("담뱃불|라이터|다리미|불", "NNG") + _gap(4) + _t("화상|지지|지졌", r"\S+"),
        _t(_BODY, _BODY_TAG) + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("화상", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("입히|내", "VV"),
        _t(_BODY, _BODY_TAG) + _t("에", "JKB") + _t("대|긋|그", "VV") + _t("ᆯ|을", "ETM") + _t(_BLADE, "NNG"),
        _t(_BLADE, "NNG") + _gap(6) + _t("또|다시", "MAG") + _t("하", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
    ),
    *_rules("blade_in_hand", "act", _t(_BLADE, "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("들|쥐|잡", "VV") + _t("고", "EC") + _t("있", "VX") + _t(r"\S+", "EF")),
    *_rules("self_harm", "act", r"(?:손목|팔목|팔|허벅지)(?:을|를|에)?(?:또|다시|또다시|몰래)(?:함|했|하고|그었|그어|긋)|(?:또|다시|몰래|일부러)그(?:었|어서|어버렸|음|어봤)|담배빵|담뱃빵|🔪.{0,6}(?:손목|팔|허벅지)|(?:손목|팔|허벅지).{0,6}🔪", raw=True),
    *_rules(
        "past_attempt", "mention",
        r"(?:^| \S+/(?:SF|EF|EC|MAG|MAJ|IC|JKB|NP)(?= ))" + _opt(_t(r"\S+", "MM|SN|NR")) + _t("번", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _t("시도", "NNG") + _opt(_t("하", "XSV")) + _gap(3) + _t("실패|살아남|깨어나|응급실", r"\S+"),
    ),
    # ================================================================ families (generalised)
    # (a) a first-person death predicate in a conditional / evaluative / future frame
    *_rules(
        "death_frame", "wish_if",
        # 차에 치여서 죽으면 좋겠다, 죽어 버리면 다 편하겠지
        _DIE + _BUR + _t("으면|면", "EC") + _gap(1) + _t("좋|편하|낫|시원하|후련하", "VA|VV") + _t("겠|ᆯ|을", "EP|ETM"),
        # 병 걸려서 / 사고라도 나서 죽었으면 (an accident or illness as the wished-for cause)
        _t("사고|병|암|교통사고|지진|벼락|차|트럭", r"\S+") + _gap(4) + _DIE + _BUR + _t("었|았", "EP") + _t("으면|으면은|면|기를", r"\S+"),
    ),
    *_rules(
        "after_me", "act",
        # 제가 죽고 나서도 알 수 있게, 내가 떠나고 나면 읽으라고: arranging things for after one's own death
        _t("나|저", "NP") + _opt(_t("가|이|는|ᆫ", _ANY_J)) + _gap(1) + _t("죽|떠나|가", "VV") + _t("고", "EC") + _t("나", "VX") + _t("면|서|어서|어도|서도", "EC"),
        _t("나|저", "NP") + _opt(_t("가|이|는|ᆫ", _ANY_J)) + _gap(1) + _DIE + _t("ᆫ|은", "ETM") + _t("뒤|후|다음", "NNG|NNB"),
    ),
    # (b) means + preparation / consumption, no death verb needed
    *_rules(
        "means_preparation", "act",
        # 면도칼 꺼내 놨어, 커터칼 챙겨 뒀어, 번개탄 숨겨 놨어
        _t(_BLADE + "|번개탄|연탄|밧줄|로프|농약|독약|쥐약|제초제|청산가리|" + _STRONG_DRUG, "NN[GP]") + _opt(_t(r"\S+", _ANY_J)) + _gap(5)
        + _t("꺼내|챙기|준비하|숨기|남기|모으|모아두|구하|갈|넣", "VV") + _t("어|아", "EC") + _t("놓|두|노|둬", "VX"),
        _t(_BLADE + "|번개탄|연탄|밧줄|로프|농약|독약|쥐약|제초제|청산가리|" + _STRONG_DRUG, "NN[GP]") + _opt(_t(r"\S+", _ANY_J)) + _gap(3)
        + _t("꺼내|모으|준비", r"\S+") + _opt(_t("하", "XSV")) + _t("었|았", "EP"),
        # 목 조를 끈, 목 맬 줄 찾고 있어
        _t("목", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("조르|매|걸|감", "VV") + _t("ᆯ|을", "ETM") + _t("끈|줄|밧줄|로프|넥타이|데|곳|것|거|수건|전선", r"\S+"),
        # 농약 … 마시려고, 약 모아 둔 거 오늘 다 먹을 거야
        _t("농약|독약|청산가리|쥐약|제초제|락스|부동액|살충제|" + _STRONG_DRUG, "NN[GP]") + _gap(8) + _t("먹|마시|삼키|털어넣", "VV")
        + r"(?:" + _EOMI_PURPOSE + "|" + _EOMI_INTENT + "|" + _WANT + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획", "NNB|NNG") + _NOT_SEEM + ")",
        # 약통에 있는 거 전부 털어 넣었어, 약 다 삼켰어
        _DRUG + _gap(6) + _t("털", "VV") + _t("어|아", "EC") + _t("넣", "VV"),
        _DRUG + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("다|전부|몽땅|통째로|한꺼번에", "MAG|NNG") + _t("삼키|털어넣", "VV"),
        # 욕조에 물 받아 놓고 칼 …
        _t("욕조|욕실|화장실", "NNG") + _gap(6) + _t(_BLADE, "NNG"),
        # 차 안에 연탄/번개탄, 창문 테이프로 막고
        _t("번개탄|연탄", "NNG") + _gap(8) + _t("테이프|창문|밀폐|차|방", r"\S+"),
    ),
    # (c) euphemisms: departure with farewell, leaving 'this world', metaphors of ending life
    *_rules(
        "farewell_departure", "act",
        # 엄마 미안해 먼저 갈게 / 먼저 가서 미안해 다들 잘 지내
        _t("미안|미안하|고맙|고마웠|사랑|죄송|용서", r"\S+") + _gap(5) + _t("먼저", "MAG") + _gap(1) + _t("가|떠나", "VV"),
        _t("먼저", "MAG") + _gap(1) + _t("가|떠나", "VV") + _gap(5) + r"(?:" + _t("미안|미안하|죄송|용서|안녕|안녕히", r"\S+") + "|" + _t("잘", "MAG") + _t("있|지내|살", r"\S+") + ")",
        # 떠날 준비 다 했어
        _t("떠나|가", "VV") + _t("ᆯ|을", "ETM") + _t("준비", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("다|끝|마치|되|하|모두", r"\S+"),
        # 아무도 날 필요로 하지 않아 떠나는 게 맞아 (no destination or object named)
        r"(?<!/JKO)(?<!/JKB)(?<!/NNG)(?<!/NNP)" + _t("떠나|가|사라지|없어지", "VV") + _t("는|ᆫ", "ETM") + _t("것|거|게", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _opt(_t("더|제일|차라리", "MAG")) + _t("맞|낫|나", "VV|VA"),
        # 이 메시지가 마지막일 거야
        _t("메시지|문자|연락|톡|카톡|글|편지|인사|말|대화", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("마지막", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("이", "VCP"),
    ),
    *_rules(
        "world_metaphor", "wish",
        # 세상에서 로그아웃하고 싶다, 인생에서 퇴장하고 싶다, 이 세상 소풍 끝내려고요, 삶의 전원을 꺼버리고 싶어
        _t("세상|인생|삶|이승|이번생|현생|지구|생", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(3)
        + _t("로그|로그아웃|아웃|퇴장|소풍|전원|하직|종료|강제종료|작별|스위치|플러그|졸업", r"\S+") + _gap(3)
        + _t("하|끝내|마치|끄|누르|뽑|내리", "VV|XSV") + _BUR
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_PURPOSE + "|" + _EOMI_QUESTION + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획", "NNB|NNG") + _NOT_SEEM + ")",
        # 별이 되고 싶다 … 영영 / 하늘의 별이 될래
        _t("별", "NNG") + _t("이", "JKC") + _t("되", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")" + _gap(4) + _t("영영|영원히|오늘|하늘|먼저|이제", r"\S+"),
        _t("하늘|영영|영원히|이제|먼저", r"\S+") + _gap(3) + _t("별", "NNG") + _t("이", "JKC") + _t("되", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        # 내일 아침엔 나 이 세상에 없을 거야
        _t("나|저", "NP") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _t("세상|이승|지구", "NNG") + _t("에", "JKB") + _opt(_t(r"\S+", "JX")) + _t("없", "VA") + _t("을|ᆯ", "ETM") + _t("거|것", "NNB"),
        # 한 발짝만 가면 끝 (at the edge)
        _t("선로|철로|철길|난간|옥상|창문|창틀|베란다|절벽|다리|대교|한강", r"\S+") + _gap(8) + _t("발짝|발|걸음", r"\S+") + _gap(3) + _t("면|으면", "EC") + _gap(1) + _t("끝|죽|떨어지|편하", r"\S+"),
    ),
    *_rules(
        "world_metaphor", "sleep",
        # 긴 잠에 들고 싶어 다시는 깨지 않는 / 영원한 잠
        _t("영원하|길", "VA|XSA") + _t("ᆫ|은", "ETM") + _t("잠", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("들|자|빠지|잠들", "VV") + _WANT + _gap(3)
        + r"(?:" + _t("깨", "VV") + _t("지", "EC") + _opt(_t(r"\S+", "JX")) + _t("않|말", "VX") + "|" + _t("안|못", "MAG") + _t("깨|깨어나", "VV") + ")",
        _t("영원하", "VA|XSA") + _t("ᆫ|은", "ETM") + _t("잠", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("들|자|빠지|잠들", "VV") + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
    ),
    # existence negation / burden, first person
    *_rules(
        "existence_negation", "wish_if",
        # 그냥 사라질까, 조용히 사라지려고 (someone else as subject cancels it)
        _VANISH + _BUR + r"(?:" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE + ")",
    ),
    *_rules(
        "existence_negation", "wish",
        # 나를 없애고 싶어, 나 자신을 지워 버리고 싶어
        _t("나|저|자신|스스로", r"\S+") + _opt(_t("를|을|ᆯ", _ANY_J)) + _t("없애|지우|지워버리", "VV") + _BUR + r"(?:" + _WANT + "|" + _EOMI_INTENT + ")",
        # 살아 있는 게 민폐 같아, 사는 것 자체가 짐이야
        _LIFE + _opt(_t("자체", "NNG")) + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("민폐|폐|짐|죄|죄악|형벌|벌|고문", "NNG"),
        # 왜 또 살아 있나 싶어
        _t("왜", "MAG") + _gap(1) + _t("살", "VV") + _opt(_t("어|아", "EC") + _t("있", "VX|VA")) + _t("나|는지|지|는가", "EC|EF") + _t("싶|모르", "VX|VV"),
        # 다 귀찮다 숨 쉬는 것조차
        _t("귀찮|지겹|싫|버겁|힘들", "VA|VV") + _gap(3) + _LIFE + _t("조차|마저|까지", "JX"),
        _LIFE + _t("조차|마저|까지", "JX") + _t("귀찮|지겹|싫|버겁|힘들", "VA|VV") + r"(?! \S+/EC(?= ) (?:정도|만큼)/)(?! \S+/ETM(?= ) (?:정도|만큼)/)",
    ),
    # ending it: no object, with a time or a place (오늘 밤에 끝낼 거야, 내일 옥상에서 끝낼 거야)
    *_rules(
        "end_it", "wish",
        _t("오늘|오늘밤|내일|이번|주말|곧|밤|새벽|옥상|한강|다리|여기|거기|그곳|저기|이대로|조용히|혼자", r"\S+") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("끝내|끝장내|마무리하", "VV") + _BUR
        + r"(?:" + _EOMI_INTENT + "|" + _t("을|ᆯ", "ETM") + _t("거|것|생각|계획", "NNB|NNG") + _NOT_SEEM + "|" + _EOMI_PURPOSE + ")",
    ),
    # water: 한강 물 차갑겠지 들어가면 금방 끝나려나, 바다에 걸어 들어가고 싶다 다시 안 나오게
    *_rules(
        "water", "act",
        _t("바다|강|한강|물|호수|저수지|강물|바닷물|계곡", "NN[GP]") + _gap(5) + _t("들어가|뛰어들|빠지|걸어들어가", "VV") + _t("면|으면", "EC") + _gap(2) + _t("끝나|죽|편하|편해지|끝|정신|의식|기절", r"\S+"),
        _t("바다|강|한강|물|호수|저수지|강물|바닷물|계곡|차도|찻길|선로|철길|철로|기찻길", "NN[GP]") + _gap(3) + _t("걷|걸", "VV") + _t("어|아", "EC") + _t("들어가", "VV"),
        # 저 강에 들어가고 싶어요, 선로로 들어갈까 (a river or a track, not the sea or a pool)
        _t("강|한강|저수지|강물|차도|찻길|선로|철길|철로|기찻길", "NN[GP]") + _t("에|으로|로|속|에다|에다가", r"\S+") + _gap(1) + _t("들어가|걸어들어가", "VV")
        + r"(?:" + _WANT + "|" + _EOMI_INTENT + "|" + _EOMI_QUESTION + "|" + _EOMI_PURPOSE + ")",
        _t("들어가|걸어들어가|뛰어들", "VV") + _gap(4) + _t("다시|영영|영원히", "MAG") + _gap(1) + _t("안|못", "MAG") + _t("나오", "VV"),
    ),
    # looking down from the edge
    *_rules(
        "plan_location", "act",
        _t("베란다|옥상|난간|창밖|창문|창틀|대교|절벽|지붕", "NN[GP]") + _gap(4) + _t("내려다보|내려보", "VV") + _t("고|면서|며", "EC") + _gap(1) + _t("있|서|앉", r"\S+"),
    ),
    # (d) self-harm relapse: the mention may have been denied first (안 하려고 버텼는데 결국 또 했어)
    *_rules(
        "relapse", "act",
        _t("자해|칼|커터|커터칼|면도칼|면도날|손목|팔목|허벅지|긋|그", r"\S+") + _gap(10) + _t("결국|또|다시|또다시", "MAG") + _gap(1) + _t("하|긋|그", "VV") + _t("었|았|어버리|고말", r"\S+"),
        _t("참|버티|견디|끊|안", r"\S+") + _gap(4) + _t("결국", "MAG") + _gap(1) + _t("또|다시", "MAG") + _gap(1) + _t("하", "VV") + _t("었|았", "EP") + _gap(6) + _t(_BODY + "|자국|상처|흉터|피", "NNG"),
        _t("결국|또|다시|또다시", "MAG") + _gap(1) + _t(_BLADE, "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("들|잡|쥐|꺼내", "VV") + _t("었|았", "EP"),
    ),
    *_rules(
        "self_harm", "wish",
        # 화장실 가서 그으려고
        _t("긋", "VV") + r"(?:" + _EOMI_PURPOSE + "|" + _EOMI_QUESTION + ")",
    ),
    # 초성: ㅈㅅ 하고 싶다, ㅈㅅ각, ㅈㄱㅅㅍ (ㅈㅅ alone also means 죄송)
    *_rules(
        "wish_to_die", "wish",
        r"[ㅈᄌ][ㅅᄉ](?:하고싶|하고시|하구싶|할래|할까|하려|할거|각|마렵|하고파|충동|생각)|[ㅈᄌ][ㄱᄀ][ㅅᄉ][ㅍᄑㄷᄃ]|[ㅈᄌ][ㄱᄀ][ㅍᄑ](?![가-힣])",
        raw=True,
    ),
    # ---- concern-level signals (do not set crisis)
    *_rules(
        "death_intensifier", "low",
        _DIE + _t("겠", "EP"),
        _DIE + _t("을|ᆯ", "ETM") + _t("만큼|정도|지경", "NN[GB]"),
        _DIE + _t("도록", "EC"),
    ),
    *_rules(
        "fear_of_dying", "fear",
        _DIE + _t("을|ᆯ", "ETM") + _t("것|거", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _t("같", "VA"),
        _DIE + _t("을까|ᆯ까", "EC|EF") + _t("보", "VX"),
        _DIE + _t("는|ᆫ", "ETM") + _t("거|것", "NNB") + _opt(_t(r"\S+", _ANY_J)) + _t("아니", "VCN"),
    ),
    *_rules("near_death", "near", _DIE + _t("는|은|을|ᆯ", "ETM") + _t("줄|뻔", "NNB")),
    *_rules(
        "hopelessness", "low",
        _t("죽음", "NNG") + _gap(3) + _t("생각|떠오르|유혹|끌리|떠올리", r"\S+"),
        _t("다|모두|전부|모든|인생|삶|거|걸|것", r"\S+") + _gap(1) + _t("포기|놓|내려놓|놓아버리", r"\S+") + _opt(_t("하", "XSV")) + _BUR + _WANT,
        _t("더|더는|이상|더이상", r"\S+") + _gap(2) + r"(?:" + _t("못", "MAG") + _t("버티|견디|참", "VV") + "|" + _t("버티|견디", "VV") + _gap(3) + _t("없", "VA") + ")",
        _t("다|모두|전부|모든", r"\S+") + _gap(2) + _t("끝나", "VV") + _t("었|았", "EP") + _t("으면|면", "EC"),
        _t("살|사", "VV") + _t("기|는", "ETN|ETM") + _gap(2) + _t("힘들|지옥|괴롭|버겁|지치|지겹|지긋지긋", r"\S+"),
        _t("왜", "MAG") + _t("살|사", "VV") + _t("는지|아야|어야", "EC") + _gap(2) + _t("모르", "VV"),
        _t("마지막", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("인사|작별", "NNG"),
        _t("끝내", "VV") + _BUR + _WANT,
    ),
    # ---- indirect wording found by the fresh20–fresh27 sets
    *_rules(
        "burden", "wish",
        # 더 이상 짐 안 될게. 약속해 (a promise to stop being a burden, not a plan to earn)
        r"(?:더이상|더는|이제|앞으로)(?:너한테|너희한테|가족한테|엄마한테|아빠한테|부모님께|누구한테도|아무한테도|모두에게|가족에게)?(?:짐|부담|민폐|걸림돌)(?:이|은|도|가)?"
        r"(?:안될게|안될께|안될게요|되지않을게|안될거야|안될거예요|안될께요)(?![^.?!]{0,24}?(?:취업|알바|벌|일하|독립|용돈|자립|공부|열심히|출근|갚))",
        raw=True,
    ),
    *_rules(
        "nowhere_to_return", "act",
        # 휴가 나가면 부대로 안 돌아와요. 아무 데도 안 돌아갈 거예요 (not a stay: nowhere at all)
        r"아무데도(?:안|못)(?:돌아가|돌아갈|돌아와|돌아올)",
        raw=True,
    ),
    *_rules(
        "lethal_dose", "act",
        # 염화칼륨 정맥으로 들어가면 얼마나 빨리 심장이 멈춰요?
        r"(?:얼마나|몇|어떻게|어느정도|몇알|몇개|몇mg|얼마)[^.!]{0,20}?(?:심장이?|숨이?)(?:멈|멎)(?:춰|추|춥|출|췄|을까|나|어|는지|을지)[^.!]{0,6}?\?",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 수면제 처방 받을 때 뭐라고 말해야 많이 줘요? 한 번에 모아야 해서
        r"(?:수면제|수면유도제|졸피뎀|신경안정제|안정제|진통제|타이레놀|항우울제|정신과약)[^!]{0,50}?(?:모아야|모으려|모을려|모아둘|모아놓을|모아서먹|한번에먹|한꺼번에먹)"
        r"(?![^.?!]{0,10}?(?:버리|폐기|수거|반납|분리))",
        # 높은 건물 옥상 문은 보통 잠겨 있어요? 그냥 궁금해서 (a question about means, "just curious")
        r"(?:옥상|치사량|몇층|몇알|심장|수면제|번개탄|농약|가스|동맥|난간|떨어지면|뛰어내리면|목을매면|물에빠지면)[^.!]{0,30}?\?(?:그냥|걍|단순히)궁금",
        r"(?:그냥|걍|단순히)궁금해서(?:그러는데|묻는건데|물어보는데)[^.!]{0,30}?(?:옥상|치사량|몇층|몇알|심장이?멈|수면제|번개탄|농약|동맥|난간|떨어지면|뛰어내리면|목을매면)",
        # 줄을 사다가 방문 고리에 걸어 봤어요
        r"(?:줄|끈|넥타이|벨트|밧줄|로프|스카프)(?:을|를)?[^.?!]{0,10}?(?:문고리|방문고리|고리|천장|샤워기|옷걸이|행거|문손잡이)에(?:다)?(?:걸어|묶어|매|걸었|묶었)",
        # 같이 죽을 사람 구한다는 글 … 연락해 볼까 해요 (a suicide pact); not 같이 갈 사람이 없어서 (no company)
        r"같이(?:죽을|죽어줄)(?:사람|분|친구|동행)|같이갈(?:사람|분|친구|동행)(?!(?:이|가|도|은|는)?(?:없|아무도|하나도|한명도))",
        # 다음엔 아무도 모르게 할 거예요 (after a rescue)
        r"다음엔[^.?!]{0,10}?(?:아무도모르게|확실하게|실패안하게|실수없이)(?:할거|할게|할래|하려고|해야지|끝낼)",
        # 예전에 두 번 시도했었어요. 요즘 그때랑 똑같은 기분이에요
        r"시도(?:했었|했던|한적)[^?]{0,24}?(?:그때랑|그때와|그때처럼|그때만큼)(?:똑같|비슷|같은|같아)",
        # 총구를 제 턱에 대보게 됩니다
        r"(?:총구|총|칼|칼날|칼끝|면도날)(?:를|을)?(?:제|내|나의|저의)?(?:턱|머리|관자놀이|목|손목|가슴|이마)에(?:대|겨누|갖다)",
        # 기숙사에서 줄 걸 데 찾고 있어요
        r"(?<!빨랫)(?<!빨래)(?<!전기)(?<!커튼)(?<!해먹)(?<!그네)(?<!전구)줄(?:을)?걸(?:데|곳|만한데|만한곳|자리)(?:를|을)?(?:찾|없|있나|봐|알아)",
        # 칼을 베개 밑에 두고 자요 언제든 쓸 수 있게 (a blade kept ready)
        r"(?:칼|커터칼|면도칼|면도날|가위|약|수면제|끈|밧줄)(?:을|를|이랑|도)?[^.?!]{0,16}?(?:두고|숨겨|챙겨|넣어|놔|모아)[^.?!]{0,10}?(?:언제든|언제라도|언제든지|바로)(?:쓸수있게|쓰려고|먹을수있게|쓸수있도록)",
        # 극단적인 생각 때문에 무서워요
        r"극단적인?생각(?:때문에|땜에|때문|이자꾸|이계속|이떠나질)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 우리 엄마가 나 없어도 너무 오래 울지 않았으면 좋겠다 (grief foreseen for one's own absence)
        r"(?:나|내가|저|제가)(?:하나)?없(?:어도|으면|어지면|어져도)[^.?!]{0,10}?(?:울지|슬퍼하지|슬퍼말|아파하지|힘들어하지)(?:않았으면|말았으면|말고|마|말아|않길|않기를|않으면)",
        # 이번엔 커브에서 안 꺾을 거야 (a crash meant)
        r"(?:커브|코너|급커브)(?:에서|길에서)?(?:그냥|일부러|이번엔)?(?:안꺾|핸들안꺾|핸들을안꺾|핸들안틀|핸들을안틀)",
        # 죽어서라도 복수하고 싶어요
        r"죽어서라도(?:복수|알리|보여주|보여줄|갚아주|벌을)",
        # 여기 절벽 경치 좋네. 아무도 없고 딱이다
        r"(?:절벽|옥상|난간|다리위|철교|선로|낭떠러지)[^?]{0,20}?아무도없(?:고|어서|으니|네|다)[^?]{0,6}?(?:딱|좋|조용)",
        # 죽는 거 말고는 답이 안 보여요
        r"죽는(?:거|것|길|수)(?:말고는|말곤|밖에|외에는|외엔|빼고는)(?:다른)?(?:답|방법|길|수)(?:이|가|은|도)?(?:없|안보|모르|안떠오)",
        # 제가 떠나면 애들은 남편이 잘 키우겠죠 (others foreseen living on without me)
        r"(?:내가|제가|나|저)(?:떠나면|떠나도|가고나면|가버리면|떠나고나면)[^.?!]{0,20}?(?:잘키우|잘돌보|잘살|잘지내|잘크|키우겠|돌보겠|살겠|지내겠)",
        # 다음 생엔 좀 나은 사람으로 태어날게 (a promise for the next life, not a joke about it)
        r"다음생(?:에는|엔|에|에선|에서는)[^.?!ㅋ]{0,20}?(?:태어날게|태어날께|태어날게요|태어날께요|다시만나자|다시만나요|꼭만나)(?!.{0,6}ㅋ)",
        # 제가 갑자기 안 나와도 당황 안 하시게; 나중에 소식 들으면 너무 놀라지 마
        r"(?:갑자기|내일부터|어느날)(?:안나와도|안나오더라도|없어져도|사라져도|연락이안돼도|연락안돼도)(?=[^.?!]{0,10}?(?:당황|놀라|걱정))",
        r"소식(?:을)?(?:들으면|들어도|듣게되면|듣더라도|들려도)(?:너무)?(?:놀라지|슬퍼하지|울지|자책하지)(?:마|말|않)",
        # 빚지고 가기 싫어서 (settling debts before "going")
        r"(?:빚|신세)(?:지고|진채로|진채|남기고)(?:가기|떠나기|죽기|가긴|떠나긴)(?:싫|는싫|는좀)",
        # 나 같은 건 벌 받아야 돼 … 밥도 안 먹고 잠도 안 잘 거야 (self-punishment)
        r"(?:나|저)같은(?:건|게|애는|사람은|년은|놈은)(?:벌받아야|맞아야|굶어야|아파야|고통받아야)",
        # 이제 떠나도 걱정 없어요 (after finding a home for the cat)
        r"(?:이제|이젠)(?:떠나도|가도|죽어도|없어져도|사라져도)(?:아무)?(?:걱정|여한|미련|후회)(?:이|은|도|가|할게|할거)?(?:없|하나도없)",
        # 내가 나한테 뭘 할지 몰라서 무서워요
        r"(?:내가|제가)(?:나한테|나에게|저한테|저에게|나를|저를|내몸에|제몸에)(?:뭘|무슨짓을|무슨일을|어떻게|무슨짓)(?:할지|저지를지|해버릴지)",
        # 차라리 이걸 나한테 쓰고 싶다 (a gun, a blade turned on oneself)
        r"(?:이걸|이거|총|총을|칼|칼을|약을)(?:그냥|차라리)?(?:나한테|나에게|저한테|저에게|내게|제게|내몸에|제몸에)(?:쓰고싶|써버리고싶|쏘고싶|겨누고싶|대고싶|쓰고파)",
        # 짐만 되는 몸으로 사느니 죽는 게 맞는 것 같아요
        r"사느니(?:차라리|그냥)?(?:죽는게|죽는것이|죽는거|죽어버리는게|죽는편이)(?:낫|맞|나을|답|편)",
        # adults' euphemisms: 나쁜 마음이 들어서, 모진 마음 먹었어요, 인자 고마 살란다 (dialect)
        r"(?:나쁜|모진|몹쓸)(?:마음|맘|생각)(?:이|을|도|만|까지)?(?:자꾸|계속|또)?(?:들|먹|품|하게|해|(?=했))",
        r"(?:고마|고만)(?:살란다|살련다|살래|살끼다|살기로|살란다카이|살고싶|살란께|살랑께)",
        # 그때 응급실에서 왜 날 살렸는지 몰라요
        r"왜(?:날|나를|저를|절)(?:살렸|살려놨|살려냈|구했|깨웠|살려줬)",
        # 이러다 그냥 가 버렸으면 좋겠어요 (가다: to die)
        r"(?:이러다|이대로|자다가|술먹고|술마시다)(?:가|가다가)?(?:그냥)?(?:가버렸으면|가버리면좋겠|갔으면좋겠|가버리고싶)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        r"자햏",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 동생한테 그동안 고마웠다고, 엄마 잘 부탁한다고 문자 보냈어요
        r"그동안(?:고마웠|감사했)[^?]{0,24}?(?:잘부탁|부탁한다|부탁해|부탁드)|(?:잘부탁|부탁한다|부탁해)[^?]{0,24}?그동안(?:고마웠|감사했)",
        # 마지막으로 엄마 산소에 다녀왔어요. 인사는 다 했어요; 마지막으로 누구랑 얘기하고 싶었어요
        r"마지막으로[^?]{0,30}?인사(?:는|도)?(?:다|이미|모두)(?:했|드렸|하고왔|나눴)",
        r"마지막으로(?:누구랑|누군가랑|누군가와|누구하고|누구한테|아무나|아무하고|아무랑)[^.?!]{0,10}?(?:얘기|이야기|말|대화|듣고|목소리)",
        # 다들 안녕. 짧았지만 고마웠어 잘 살아
        r"(?:다들|모두|얘들아|여러분)(?:안녕|잘있어|잘있어요)[^?]{0,20}?(?:짧았지만|그동안|지금까지)[^?]{0,10}?(?:고마웠|즐거웠|행복했)",
        r"짧았지만(?:고마웠|즐거웠|행복했)[^?]{0,10}?(?:잘살아|잘지내|안녕)",
        raw=True,
    ),
    *_rules(
        "settled_affairs", "act",
        # 땅 문서는 동생한테 넘겼어. 인제 나만 정리하믄 돼
        r"(?:이제|인제|이젠)(?:나만|저만|나도|내만|남은건나)(?:정리하|정리허|정리)(?:면|믄|문)?(?:돼|된다|끝|되|됨)",
        # 이번 겨울은 넘기지 않을 작정이오
        r"(?:이번|올|올해|다가오는)(?:겨울|해|봄|여름|가을|명절|설|추석|생일|크리스마스)(?:은|을|는|도)?(?:넘기지않을|안넘길|못넘길|넘기지않기로|안넘기기로)(?:작정|생각|거|계획|것)",
        # 생명보험 가입한 지 2년 지났는지 … 그날만 기다린다 (the suicide clause of a life insurance)
        r"(?:생명)?보험[^.?!]{0,24}?(?:2년|이년|두해)[^.?!]{0,12}?(?:지났|지나|지남|지나면|지나야)[^.?!]{0,30}?(?:기다|그날|그때|되면)",
        raw=True,
    ),
    *_rules(
        "lethal_dose_self", "act",
        # 치사량 계산을 자꾸 제 몸무게로 해보게 돼요 (study is no alibi for one's own weight)
        r"(?:치사량|독성|ld50)[^.?!]{0,20}?(?:제|내|나의|저의)몸무게",
        raw=True,
    ),
    *_rules(
        "no_return", "act",
        # 가족들 자는 동안 나가서 안 돌아오려고요
        r"(?:나가서|떠나서|집을나가서|집나가서)(?:다시는|다신|영영)?(?:안|못)돌아(?:오려|올거|올게|올래|가려|갈거|갈게|올생각)",
        raw=True,
    ),
    *_rules(
        "giving_away", "act",
        # 아끼던 물건들 친구들한테 다 나눠줬어
        r"(?:아끼던|아끼는|소중한|제일좋아하던|애장|좋아하던)[^.?!]{0,6}?(?:물건|것들|거|옷|책|게임기|카메라|기타)[^.?!]{0,16}?(?:다|전부|모두)(?:나눠줬|나눠주|줘버렸|줬|나눠드렸|나눠드리|보내줬)",
        raw=True,
    ),
    # ---- indirect wording found by the fresh29, fresh30 and fresh32 sets
    *_rules(
        "plan_means", "act",
        # 트럭 앞으로 그냥 들어가 볼까 하는 생각 (stepping in front of a vehicle, as a wish)
        r"(?:트럭|차|버스|기차|지하철|전철|열차|덤프|화물차|달리는차|오는차)(?:앞으로|앞에)(?:그냥|확|콱|일부러)?"
        r"(?:들어가볼까|들어갈까|들어가버릴까|들어가버리고싶|뛰어들까|뛰어들고싶|뛰어들어버릴까|뛰어들어볼까|뛰어들려고|몸을던질까|몸을던지고싶)",
        # 처방받아서 모아둔 게 두 달치예요 (a hoard counted)
        r"(?:수면제|수면유도제|졸피뎀|신경안정제|안정제|진통제|마약성진통제|항우울제|정신과약)[^.?!]{0,30}?(?:모아둔|모아놓은|모아뒀|모아놨|쌓아둔|쌓아놨)(?:게|거|것이|것)?"
        r"[^.?!]{0,6}?(?:[0-9]+|한|두|세|네|몇|여러)(?:달|개월|주|통|봉지|알|병)",
        # KCl 앰플 보면 내 혈관에 넣는 생각만 나요; 펜토바르비탈 한 병 빼돌렸어요 (a clinician's means)
        r"(?:내|제|나의|저의)(?:혈관|정맥|팔|몸)에(?:다)?(?:넣|주사하|주사|꽂|놓)(?:는생각|는상상|고싶|을까|어버릴까|어볼까|어보고싶|어버리고싶)",
        r"(?:펜토바르비탈|염화칼륨|[Kk][Cc][Ll]|인슐린|프로포폴|펜타닐|모르핀|청산가리|시안화|마취제|근이완제|석시닐콜린|베큐로늄)[^.?!]{0,12}?"
        r"(?:빼돌|훔쳐|훔쳤|몰래가져|몰래챙|숨겨놨|숨겨뒀|챙겨왔|모아뒀|모아놨)",
        # 차 안에서 배기가스 호스 연결할 곳 보고 있었어
        r"(?:배기가스|배기관|머플러)[^.?!]{0,10}?호스|호스[^.?!]{0,10}?(?:배기가스|배기관|머플러)",
        # 바당 보멍 그냥 들어가 불카; 내 고마 바다에 빠질란다 (drowning, in dialect too)
        r"(?:바다|바당|바닷물|강|강물|한강|저수지|호수|댐|물)(?:에|으로|속으로|속에|더레|디)?[^.?!]{0,6}?(?:그냥|확|콱|고마|마)?"
        r"(?:들어가불카|들어가뿔까|들어가버릴까|들어가버리고싶|들어가버릴란|빠질란다|빠질란|빠져버릴|빠져버리고싶|빠져죽(?:을란|을래|을까|고싶|어버릴|으려|을거|겠다)|뛰어들까|뛰어들고싶|뛰어들란다|뛰어들어버릴)",
        # 빚 독촉 전화 받을 때마다 베란다 밑을 내려다봐요; 여기서 내려다보니까 물이 하나도 안 무서워 보여
        r"(?:때마다|자꾸|밤마다)[^.?!]{0,16}?(?:베란다|옥상|난간|창밖|창문|다리|대교)[^.?!]{0,6}?(?:밑|아래)?(?:을|를|로)?내려다",
        r"내려다(?:보|봐|봤)[^.?!]{0,12}?(?:물이|바닥이|땅이|아래가|밑이)?(?:하나도|별로|전혀)?(?:안무서|무섭지않|편해보|포근해보|괜찮아보|편안해보)",
        # 애 안고 창가에 서 있으면 같이 떨어지는 생각이 나
        r"(?:창가|창문|베란다|옥상|난간|높은곳|다리위)[^?]{0,24}?(?:떨어지는|뛰어내리는|떨어질|뛰어내릴)(?:생각|상상|충동)",
        # 오늘 밤 한강 갈 거야. 말리지 마
        r"(?:한강|대교|다리|옥상|바다|절벽)(?:에|으로|로|위로)?(?:갈거|간다|가려고|갈게|갈래|가는중|왔어|왔다|나왔)[^?]{0,10}?말리지(?:마|말|말아)",
        # 올가미 매듭 묶는 법 검색했어요 (a noose; a snare for animals is guarded)
        r"올가미(?:를|매듭)?[^.?!]{0,8}?(?:묶는법|매는법|만드는법|만들|묶었|묶어|검색|매듭)",
        # 관사에 밧줄 걸어둘 곳 봐뒀어요
        r"(?:밧줄|로프|넥타이|벨트)(?:을|를)?(?:걸어둘|걸|맬|묶을|매달)(?:데|곳|만한데|만한곳|자리)(?:를|을|도|는)?(?:찾|봐뒀|봐두|알아|있|정해|점찍)",
        # 수면제 같이 먹으면 어떻게 되는지 지금 해보려고
        r"(?:수면제|수면유도제|졸피뎀|안정제|진통제|약)[^.?!]{0,8}?(?:술이랑|소주랑|술과|같이|함께|섞어)[^.?!]{0,6}?먹으면[^.?!]{0,12}?(?:해보려|먹어보려|시험해보|지금해볼|해볼거)",
        raw=True,
    ),
    *_rules(
        "self_strangle", "act",
        # 자꾸 목을 조르는 상상을 해요 어제는 실제로 해봤어요 (another's neck is guarded)
        r"(?:내|제|스스로|혼자)?목을?(?:조르|졸라|조른|졸랐)(?:는상상|고싶|봤|보고|버릴|어봤|었|려고|는걸|는버릇|곤|게돼|게되|게됐)",
        # 목 조르는 거 혼자 해봤어 (this was caught only by 혼자 해 read as 자해 before the word-boundary check)
        r"(?:내|제)?목을?조르는(?:거|것|걸)을?(?:혼자|스스로|몰래)해(?:봤|봄|보고|보는|봐|본다|요)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 어제는 일부러 머리도 박았어요; 일부러 벽에 주먹을 쳤어요
        r"일부러[^.?!]{0,8}?(?:머리(?:를|도|로)?(?:박|찧|때리|부딪)|벽에(?:머리|주먹|손)|주먹으로벽|나를때리|내몸을|스스로를때리|자신을때리|손을(?:다치게|깨물))",
        # 피 보면 마음이 가라앉아서 자꾸 상처를 내게 돼
        r"(?:자꾸|또|계속|일부러|매일|몰래)(?:몸에|팔에|손목에|허벅지에|다리에)?상처(?:를)?(?:내게|내고|냈|내요|내는|낸다|내버)",
        # 자해 안 한 지 2년 됐었는데 … 다시 시작했어요
        r"자해[^?]{0,40}?(?:다시|또)(?:시작|손을댔|손대기시작)(?:했|됐|해버렸|하게됐|했어|했다)",
        raw=True,
    ),
    *_rules(
        "self_identified_risk", "wish",
        # 상담사로서 자살 위험신호 체크리스트 다 알아요. 지금 제가 거기 거의 다 해당돼요
        r"(?:위험신호|위험징후|경고신호|체크리스트|고위험군|위험군|위험요인|위험평가|척도)[^?]{0,40}?(?:제가|내가|저도|나도|저|나)[^.?!]{0,12}?(?:다|거의다|전부|대부분|많이)?해당",
        # 클라이언트한테 하던 안전계획을 나한테 써야 하는 상황
        r"안전계획(?:을|를)?(?:나한테|저한테|나에게|저에게|제게|내게|나자신에게|제자신에게)(?:써야|세워야|적용해야|써야하는)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 시약병 보면서 이거 마시면 끝나겠다 (a means looked at as an ending)
        r"(?:(?:이거|이걸|이것|저거)(?:을|를)?(?:다|전부|한꺼번에)?(?:마시면|삼키면|털어넣으면)"
        r"|(?:이약|시약|농약|락스|(?<!감기)(?<!두통)(?<!소화)(?<!비타민)(?<!영양)약)(?:을|를)?(?:다|전부|한꺼번에)?(?:마시면|먹으면|삼키면|털어넣으면|맞으면))(?:다|모든게|전부)?"
        r"(?:끝나겠|끝날까|끝날텐데|끝이겠|끝이려나|끝나려나|편해지겠|편하겠)",
        # 암 재발이래요. 치료 안 받고 그냥 스스로 마무리하려고요
        r"(?:치료|항암|수술)(?:를|을)?(?:안받고|거부하고|포기하고|그만두고|안하고)[^.?!]{0,10}?스스로(?:마무리|정리|끝내|끝맺)|(?:그냥|조용히|이쯤에서|여기서)스스로(?:마무리|끝내|끝맺|정리)하(?:려|ㄹ|겠)",
        # 나보고 죽으라고 해 진짜 죽어주려고 (not 너를 위해서라면 죽어 줄 수도)
        r"(?<!위해)(?<!위해서)(?<!대신)(?<!라면)죽어(?:주려고|줄게|줄께|줄까|줘야지|주지뭐|줄거야|주겠|줘버릴)",
        # 이젠 그냥 죽는 게 치료인가 싶다
        r"죽는(?:게|것이|거)(?:치료|해결책|유일한방법|유일한답|탈출구)(?:인가|일까|인것같|같|이야|이다|인듯|겠)",
        # 나 그냥 없어지는 게 모두한테 이득인 것 같아
        r"(?:없어지는|사라지는|죽는|떠나는)(?:게|것이|편이)(?:모두|다들|다|가족|회사|팀|세상)(?:에게|한테|들한테|들에게|에)?(?:이득|이로|도움이|좋은일|효도)",
        # 이번 주 지나면 나 때문에 걱정할 일도 없을 거야
        r"(?:지나면|뒤엔|뒤에는|후엔|후에는|어차피|곧)[^.?!]{0,12}?(?:나|저|내)때문에(?:걱정|고생|힘들|울|속상|신경쓸|속썩)(?:할|을|일)?(?:일|사람|날)?(?:도|은|이)?(?:없을거|없어질거|없을테니|없을게|없을겁|끝날거)",
        # 관에 누워 계신 분들이 부러울 정도예요 (envying the dead)
        r"(?:죽은|돌아가신|고인|관에누워계신|관에누운|먼저간|먼저떠난)(?:사람|사람들|분|분들|이|친구|이들)?(?:이|들이|들|께서)?(?:부러|부럽)",
        # 그 사람 떠난 지 1년 되는 날 나도 같은 데로 가려구요
        r"(?:나도|저도)(?:같은데|같은곳|그곳|그데|거기|그사람곁|곁|옆)(?:로|으로)(?:가려|갈거|갈게|갈께|가고싶|갈래|따라가)",
        # 빚에 쫓겨서 식구들 다 데리고 같이 가야 하나 (a family suicide thought)
        r"(?:식구들|식구|애들|아이들|가족|처자식|새끼들)(?:을|를)?(?:다|모두)?(?:데리고|데려)(?:같이|함께)(?:가야하나|갈까|가야겠|가는게|죽|떠나야하나)(?=[^.?!]{0,12}?생각)",
        raw=True,
    ),
    *_rules(
        "better_dead", "wish_if",
        # 이런 날 죽으면 덜 억울할 것 같단 생각; 죽으면 좀 재밌으려나 (another subject is no wish)
        r"죽으면(?:좀|더|덜|다|차라리|오히려)?(?:덜억울|편하|편할|편해지|편해질|나을|낫|좋겠|좋을|재밌|재미있|행복|홀가분|괜찮을|해결)[^.?!]{0,4}?(?:려나|까|겠|것같|거같|듯)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 그동안 나 때문에 고생 많았지, 미안하고 고마웠어 안녕
        r"미안(?:하고|했고)[,]?(?:그동안|정말|진짜)?고마웠(?:어|다|어요|습니다)?[.,!~]*(?:안녕|잘있어|잘지내|잘살아)",
        # 가족 단톡방에 사랑한다고 남겼어요. 이제 폰 끌게요
        r"(?:사랑한다고|고마웠다고|미안하다고|사랑해라고)[^.?!]{0,10}?(?:남겼|보냈|써놨|적어놨)[^?]{0,20}?(?:폰(?:을)?끌|전원(?:을)?끌|연락(?:을)?끊|이제갈게|이제안녕)",
        raw=True,
    ),
    *_rules(
        "farewell", "wish",
        # 엄마가 그렇게 좋아했는데 이렇게 끝내서 미안해요 (an earlier clause's subject is not the speaker's act)
        r"이렇게(?:끝내서|먼저가서|떠나서|가서|먼저떠나서)(?:정말|너무|진짜)?(?:미안|죄송)",
        raw=True,
    ),
    *_rules(
        "giving_away", "act",
        # 그냥 내 물건 누구 줄지 정리하고 있었을 뿐이야. 너 내 기타 가질래?
        r"(?:내|제)(?:물건|물건들|짐|옷|책|것들)(?:을|를)?(?:누구|누구한테|누구에게)(?:줄지|줘야할지|나눠줄지|남길지)",
        raw=True,
    ),
    # ---- indirect wording found by the fresh34, fresh35 and fresh36 sets
    *_rules(
        "passive_ideation", "wish",
        # 치료받느라 가족 고생시키느니 제가 스스로 먼저 정리하는 게 맞는 것 같아요 (rather than be a burden)
        r"(?:고생시키느니|고생시킬바에|짐이되느니|짐되느니|짐이될바에|짐될바에|폐끼치느니|민폐끼치느니|피해주느니|부담주느니|부담될바에)"
        r"[^.?!]{0,20}?(?:정리하|정리할|끝내|떠나|떠날|먼저가|가는게|죽|사라지|사라질|없어지|없어질)",
        # 재수까지 망함 ㅋㅋ 이제 진짜 죽을 타이밍인듯
        r"죽을타이밍(?:인듯|인가|이다|임|이네|같|이야|인것|왔)",
        # 작년에 먼저 간 친구 따라가고 싶어 (following the dead)
        r"먼저(?:간|떠난|가신|떠나신|보낸)[^.?!]{0,8}?따라(?:가고싶|갈까(?!봐|바)|가야겠|가야할|가야될|가려고|갈래|갈거|가면좋|가버리고싶)",
        # 하늘에서 엄마가 부르는 것 같아 이제 가야 할 것 같아 (not 엄마가 부르네 가야겠다: dinner)
        r"(?:하늘|저세상|저승|천국|먼저간|먼저가신|돌아가신)[^.?!]{0,12}?부르(?:는것같|시는것같|는거같|신다|는듯|는데)[^?]{0,12}?(?:가야할것같|가야겠|가야될것같|가야지|갈때가된것같|갈때가됐)",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish",
        # 억울해서 죽음으로라도 결백을 증명하고 싶어요
        r"죽음으로(?:라도|써|서라도|써라도)?[^.?!]{0,12}?(?:증명|보여주|보여줄|항의|갚|속죄|사죄|책임지)"
        r"(?:하고싶|고싶|하겠|겠|할거|할래|하려|려고|할까|할게|할수밖에|하는수밖에|할수있다면)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 학원 끝나고 철길 가볼거임 기차 몇시에 지나가는지 확인해둠
        r"(?:철길|선로|철로|기찻길|철도)[^.?!]{0,20}?(?:기차|열차|전철|지하철|ktx|KTX)[^.?!]{0,8}?(?:몇시|시간|언제)[^.?!]{0,10}?(?:확인|알아봤|알아둠|알아뒀|체크|봐둠|봐뒀|외워)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 친구들한테 하나씩 고맙다고 연락돌리는중.. 마지막이니까
        r"(?:고맙다고|고마웠다고|미안하다고|미안했다고|사랑한다고)[^.?!]{0,20}?(?:연락|문자|톡|카톡|전화)[^?]{0,12}?(?:마지막이니까|마지막이라서|마지막이라|마지막으로)",
        raw=True,
    ),
    *_rules(
        "giving_away", "act",
        # 알바비 받은걸로 동생 선물 사줬어 마지막으로 해주는 선물임
        r"마지막으로(?:해주는|주는|사주는|남기는|해준|사준|준)(?:선물|용돈)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 시험 망한거 보고 샤프로 팔 계속 찍었음 피남
        _SHARP_TOOL + r"(?:끝|날|심)?(?:로|으로)[^.?!]{0,6}?(?:팔|손목|허벅지|손등|다리|팔뚝|살|피부)(?:을|를|에)?(?:계속|막|자꾸|일부러|몇번)?"
        r"(?:찍었|찍어|찍음|찍고|긁었|긁어|긁음|그었|그어|찔렀|찔러|쑤셨)",
        # 너무 힘들어서 가스레인지 불에 손을 갖다 댔어요. 물집이 잡혔는데 속은 좀 시원했어요 (a burn, with relief)
        r"(?:불|라이터|가스레인지|촛불|다리미|고데기|담뱃불|뜨거운물|냄비)(?:에|로|으로)?[^.?!]{0,6}?(?:손|팔|손목|손등|허벅지|살(?!짝)|손바닥)(?:을|를)?(?:일부러|그냥|계속)?"
        r"(?:갖다댔|갖다대|대고|댔|지졌|지지)[^?]{0,30}?(?:시원|개운|후련|나아졌|덜괴|살것같|진정|괜찮아졌)",
        raw=True,
    ),
    # ---- self-harm told without the word 자해, found by the fresh43 set
    *_rules(
        "self_harm", "act",
        # 남편 몰래 욕실에서 긋고 나와요, 회사 화장실에서 점심시간에 그었어요 (no line, stroke or match in between)
        r"(?:몰래|아무도모르게|욕실에서|화장실에서|방에서)(?:(?!선|줄|금|획|그림|성냥|낙서)[^.?!]){0,12}?(?:긋고|그었|그어|긋는|그은)(?![^.?!]{0,2}?(?:선|줄|금|획|그림|낙서))",
        # 그어도 그어도 모자라서 점점 깊어져요 (not 선을 그어도)
        r"(?<!선을)(?<!줄을)(?<!금을)(?<!선)(?<!줄)(?:그어도그어도|그어도(?:모자라|부족|시원하지|안시원)|그을수록[^.?!]{0,6}?(?:깊어|깊게|세게))",
        # 시험 망치고 집에 와서 책상에 머리를 계속 찧었어 (not an accident with a doorframe)
        r"(?:책상|벽|바닥|모서리|거울|벽에다)(?:에|에다|에다가)?머리(?:를)?(?:계속|자꾸|일부러|막|미친듯이|몇번이고|여러번|쾅쾅)[^.?!]{0,4}?(?:찧|박)",
        # 컵 깨진 조각으로 손바닥 일부러 베었어
        # (not 다리를 일부러 베개 위에, 팔을 일부러 지지해)
        r"(?:손바닥|손목|팔|팔목|허벅지|손등|다리|살|피부)(?:을|를|에)?(?:일부러|고의로)(?:막|또|다시|계속)?(?:베었|베어|벴|벤|그었|그어|긋|찔렀|찌르|찔러|지졌|지져)",
        r"(?:일부러|고의로)(?:손바닥|손목|팔|팔목|허벅지|손등|살)(?:을|를)?(?:베었|베어|벴|벤|그었|그어|긋|찔렀|찔러|지졌|지져)",
        # 엄마한테 들켜서 칼 다 뺏겼는데 연필깎이 칼날 빼서 또 했어
        # 학교에서 샤프로 팔 긁는 거 다시 시작했어요 (found by fresh50: a relapse told as a habit restarted)
        r"(?:긋는|긁는|찍는|자해하는|지지는|뜯는|때리는)(?:거|것|걸|짓)(?:을|를)?(?:다시|또)(?:시작|하게됐|하게되|했)",
        # 별건 아닌데 아까 칼로 팔에 글씨 새겼어 (found by fresh48; a blade, not a tattoo)
        r"(?:칼|커터칼|커터|면도칼|면도날|칼날|바늘|컴퍼스|가위)(?:로|으로)[^.?!]{0,6}?(?:팔|손목|팔목|허벅지|손등|다리|팔뚝|살|피부|배)(?:에|에다|에다가)[^.?!]{0,8}?(?:새겼|새겨|새기|새김)",
        # 멍이 들어야 마음이 좀 가라앉아요 (a wound sought for relief)
        r"(?:멍이|멍|피가|피|상처가)(?:좀|조금|약간)?(?:들어야|나야|봐야|생겨야)[^.?!]{0,8}?(?:가라앉|진정|풀려|풀리|나아|살것같|괜찮아|시원|안정)",
        # 어제 일부러 제 다리에 뜨거운 물 부었어요 (found by fresh49; a scald on purpose, not an accident)
        r"(?:일부러|고의로)[^.?!]{0,6}?" + _SCALD_LIMB + _HOT_LIQUID + _POUR,
        _HOT_LIQUID + r"(?:일부러|고의로)[^.?!]{0,6}?" + _SCALD_LIMB + _POUR,
        r"칼날(?:을|만)?(?:빼서|빼내서|분리해서|꺼내서)[^.?!]{0,8}?(?:또|다시)(?:했|그었|그어|긋)",
        # 머리카락 뽑을 때 아픈 게 좋아서 일부러 계속 뽑아
        r"아픈(?:게|것이|거|느낌이)(?:좋아서|좋아|좋아요|좋더라)[^.?!]{0,14}?(?:뽑|긁|뜯|때리|때려|꼬집|깨물|물어뜯|찌르|찔러)",
        # 요즘은 주먹으로 제 얼굴을 때려요, 제 머리를 주먹으로 쳤어요 (found by fresh42; someone else's fist is guarded)
        r"(?:주먹으로|손바닥으로|손으로)" + _OWN_BODY_PART + r"(?:을|를)?(?:(?:피멍|멍|피)(?:이|가)?(?:들|날|나)(?:때까지|도록))?(?:막|계속|자꾸|세게|마구)?" + _BLOW,
        _OWN_BODY_PART + r"(?:을|를)?(?:주먹으로|손바닥으로)(?:막|계속|자꾸|세게|마구)?" + _BLOW,
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 죽을 사람한테 짐이 왜 필요해; 제가 곧 스스로 갈 거라 뒷정리 (found by fresh50)
        r"죽을사람(?:한테|에게|이|이니까)[^.?!]{0,8}?(?:왜필요|필요없|무슨소용|뭐가필요|뭐하러)",
        # (not 이제 스스로 갈 수 있어, a child walking to school alone)
        r"(?:곧|먼저|조만간)스스로(?:갈|떠날)(?:거|꺼|테니|생각|려고|거라|거니까|거예요)|(?:곧|먼저|조만간)스스로(?:가려|떠나려)",
        # 처방받은 수면제 안 먹고 조금씩 모아뒀어 (found by fresh48: saved instead of taken, whoever prescribed it)
        r"(?:수면제|약|진통제|안정제|신경안정제|수면유도제|항우울제|알약)(?:을|를|은|는)?(?:안먹고|먹지않고|먹는척만?하고|안삼키고|삼키지않고)[^.?!]{0,10}?(?:모아|모았|모으|숨겨|숨겼|쌓아|챙겨두)",
        # ㅋㅋ 걱정 마 그냥 우리 아파트 옥상 문 열려 있는지 확인만 해봤어
        r"옥상(?:문|출입문|으로가는문)(?:이)?(?:열려있는지|열리는지|잠겼는지|안잠겼는지|잠겨있는지)[^.?!]{0,10}?(?:확인했|확인해봤|확인해봄|확인만|확인하고왔|확인하러|가봤|봤|알아봤|보고왔)",
        raw=True,
    ),
    # ---- old people's words and dialect, found by the fresh54 set (and teenagers' slang, fresh55)
    *_rules(
        "wish_to_die", "wish",
        # 그냥 콱 죽어삐고 싶다, 죽어뿔까; 죽고 잡다 (dialect for 죽어버리고 싶다, 죽고 싶다)
        r"죽어(?:삐고|뿌고|불고|부고)(?:싶|잡|파)|죽어(?:삘|뿔|뿌릴)(?:까|라꼬|란다|끼다|래|께)|(?:죽|뒤지|디지)고" + _DIALECT_WANT,
        # 현실에서 진짜 리셋하고 싶어 죽어서
        r"(?:리셋|다시태어나|환생)(?:하고싶|하고파|할래|하려)[^.?!]{0,3}?죽어서",
        # 학교 폭파각 이런 거 말고 진짜 나를 죽여서 없애고 싶어 (fresh55)
        r"(?:나를|날|저를|절|내자신을|나자신을)죽여(?:서|버려서)?(?:없애고|지우고)싶",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 그냥 조용히 사라지고 잡당께; 나가 없어져도 아무도 안 서운해할 것이여
        r"(?:사라지|없어지)고" + _DIALECT_WANT,
        r"(?:내가|제가|나가|내|나)(?:하나)?(?:죽어도|사라져도|없어져도)(?:아무도|누구도)(?:안)?(?:서운해|섭섭해|슬퍼|울어|찾지)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 요새 곡기를 끊었다 (refusing food to die; not 곡기 끊은 친구 걱정)
        r"곡기(?:를|도|마저|까지)?(?:끊었|끊고|끊을|끊어|끊는다|끊은지|끊겠|끊으려|끊을라)(?!다는|대|다고|다더|다카|다네|답니다|단다|다는디|다드라)",
        # 밥도 안 묵고 … 말라서 가뿔라꼬, 눈 오는 날 밖에 누워 있으믄 얼어서 가겠지
        # (not 화분이 말라가게 생겼어, 길이 얼어서 가겠어?)
        r"(?<!길이)(?<!길)(?<!도로가)(?<!땅이)(?<!물이)(?:말라서|굶어서|얼어서)(?:가겠|가겄|가뿔|가삘|가버리|가버릴|갈라|갈끼|갈란|가야지|가뿌)",
        # 손주 돌잔치 보고 나믄 고마 갈라꼬 한다; 나도 갈라꼬 날 받아놨다
        # (not 피곤해서 고마 갈라꼬, going home; not 이사 떠날 날 받아놨어 or 시골에 갈라고 날 잡았어)
        r"고마(?:가뿔|가삘|가버릴)(?:라꼬|란다|끼다|라고)|(?<!에)(?<!로)(?:갈라꼬|가뿔라꼬|갈라고)날(?:을|짜를|짜)?(?:받아놨|받아뒀|잡아놨|정해놨|정했)",
        # 오늘 밤 영감 곁으로 갈란다 (following a dead spouse, with a time; not 이제 남편한테 간다, a visit)
        # 잘 있거래이 그동안 말동무 해줘서 고맙다 내는 오늘 밤 영감한테 간다 (a farewell, then to the dead spouse)
        r"잘있(?:거래이|그래이|어라|거라|그라)[^?]{0,40}?(?:영감|할멈|할망구|바깥양반)(?:한테|곁으로|옆으로)(?:간다|갈란다|갈라꼬|가련다|갈끼다)",
        r"(?:오늘밤에?|인자|이제|곧|고마)(?:영감|할멈|할망구|남편|마누라|아내|집사람|바깥양반)(?:곁으로|옆으로|있는데로|따라)(?:간다|갈란다|갈라꼬|갈게|갈께|가야겠|가련다|갈끼다|가께|갈거)",
        # 수의 꺼내 입고 그대로 누워서 눈 감아불고 싶당께; 수의 꺼내 놨슈 그거 입고 약 먹고 누울라고유
        r"수의(?!사|학)[^.?!]{0,12}?입고[^.?!]{0,14}?(?:누워|누울|눈감|눈을감|약|가고|갈라|죽|떠나)",
        # 소주에 약 타가 묵으믄 안 아프게 가나 (not a warning: 소주에 약 타 먹으면 안 된다)
        r"(?:소주|술|막걸리)에[^.?!]{0,4}?(?:약|수면제|농약|쥐약)(?:을|를)?(?:타|섞어)(?![^.?!]{0,12}?(?:안된|안돼|안되|위험|조심|말라|마라|큰일))",
        # 뒷산 소나무에 끈 매달 자리 봐놨데이; 밧줄 걸 나무를 찾아봤다 (not a hammock's or a washing line's 줄)
        r"(?:나무|소나무|대들보|들보|기둥|철봉)(?:에|에다)?(?:끈|밧줄|노끈|로프)(?:을|를)?(?:매달|걸|맬|묶을)[^.?!]{0,4}?(?:자리|데|곳|가지)",
        r"(?:밧줄|노끈|로프)(?:을|를)?(?:걸|맬|매달|묶을)(?:만한)?(?:나무|가지|자리|데|곳|기둥)",
        # 오늘 밤에 옥상 올라갈 거야 ㅋㅋ 장난 아님 (fresh55; not to see the stars or hang the washing)
        r"(?:오늘밤에?|오늘|이따가?|내일|새벽에)옥상(?:에|으로)?(?:올라갈|올라가려|갈거|가려고|간다|올라간다)(?![^.?!]{0,14}?(?:보러|구경|빨래|고기|바베큐|캠핑|파티|청소|담배|사진|별|불꽃|운동|텃밭|화분|이불|고추|공사|수리|방수|물탱크|안테나|태양광))",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 허벅지를 바늘로 콕콕 찔렀드래요 (the body named before the tool)
        r"(?:팔|손목|허벅지|손등|다리|팔뚝|팔목)(?:을|를|에)?" + _SHARP_TOOL + r"(?:로|으로)[^.?!]{0,4}?(?:찍었|찍어|긁었|긁어|그었|그어|찔렀|찔러|쑤셨)",
        # 오늘도 한 번 긋고 나니까 좀 살 것 같음 (relief after cutting; the relief guard must not hide it)
        r"(?:긋고나니까|긋고나니|긋고나면|그었더니|그으니까|그어야|긋고나서)[^.?!]{0,8}?(?:살것같|살겠|살만|진정|풀려|풀리|시원)",
        raw=True,
    ),
    *_rules(
        "hiding_wounds", "act",
        # 다리 상처 보고 남친이 물어봐서 넘어졌다고 거짓말했어; 누가 물어보면 고양이가 할퀴었다고 해야지
        r"(?:상처|흉터|자국|붕대|밴드)[^?]{0,30}?(?:넘어졌다고|넘어져서그렇다고|할퀴었다고|긁혔다고|다쳤다고|부딪혔다고|데었다고|베였다고|고양이라고|강아지라고|넘어진거라고)"
        r"(?:거짓말|둘러대|둘러댔|둘러댈|해야지|해야겠|핑계)",
        raw=True,
    ),
    *_rules(
        "hidden_scars", "act",
        # 흉터 들킬까봐 체육 시간마다 아프다고 빠져요 (a surgery or acne scar is guarded)
        r"(?:흉터|상처|자국)(?:들)?(?:가|이|를|을)?(?:들킬까|안들키게|들키지않게|들킬것같|들킬까봐)",
        r"(?:흉터|상처)(?:를|을|들)?(?:가리려고|숨기려고|가리느라|숨기느라)[^?]{0,16}?(?:긴팔|토시|팔찌|반팔못|반팔을못|반팔도못)",
        raw=True,
    ),
    # ---- found by the fresh42 and fresh44 sets
    *_rules(
        "farewell", "act",
        # 애들은 왜 그러냐고 웃는데 저는 작별 인사였어요; 작별인사 하러 왔어
        r"(?:저는|나는|난|전|나한텐|저한텐|사실|실은)[^.?!]{0,6}?작별인사(?:였|인데|야|예요|라고|인셈)",
        r"작별인사(?:를)?(?:하러|드리러)(?:왔|온)",
        # 키우던 고양이 친구한테 맡겼어 이제 정리할 건 다 한 것 같아 (found by fresh43; a move or a trip is guarded)
        r"(?:고양이|강아지|반려견|반려묘|햄스터|앵무새)(?:는|를|도)?[^?]{0,12}?(?:맡겼|맡기기로|부탁했|보냈)[^?]{0,16}?"
        r"(?:정리할(?:건|것|거|게)(?:은|는)?(?:다|전부|모두)?(?:했|끝났|한것같|끝난것같)|이제다정리)",
        raw=True,
    ),
    *_rules(
        "false_departure", "act",
        # 당분간 어디 간다고 했는데 사실 돌아올 생각 없어 (a trip as the cover story; emigrating is guarded)
        r"(?:간다고|떠난다고|간다구|다녀온다고)(?:했|말했|둘러댔|해놨|해뒀)[^?]{0,12}?(?:사실|실은|근데)[^.?!]{0,4}?(?:돌아올|돌아갈)(?:생각|마음|계획)(?:은|이)?(?:없|전혀없)",
        raw=True,
    ),
    *_rules(
        "after_me", "act",
        # 이제 애는 언니가 키워주면 돼요 (a child handed over for good; a trip is guarded)
        r"(?:이제|나대신|저대신)[^.?!]{0,4}?(?:애|애들|아이|아이들|딸|아들|우리애)(?:는|은|들은|를|을)?[^.?!]{0,6}?(?:키워주면|키워줄거|맡아서키워|키워주세요|키워줘)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 언제 쓰러져서 안 일어나도 상관없어, 자다가 안 깨도 괜찮아 (not 내일 늦게 일어나도 괜찮아)
        r"(?:쓰러져서|쓰러지고|자다가|영영|다시는|영원히)(?:그대로)?(?:안|못)(?:일어나|깨어나|깨)(?:도|면)(?:상관없|괜찮|좋겠|좋을|돼|될것같)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 여행 다녀오면 그때 하려고요. 마지막으로 좋은 추억 하나는 남겨주고 싶어서요
        r"(?:다녀오면|끝나면|지나면|다녀와서|끝나고)[^.?!]{0,6}?(?:하려고|할거|할래|하려구)[^?]{0,30}?마지막(?:으로)?[^.?!]{0,12}?(?:추억|기억)",
        # 집에 오면 창문 앞에 서 있는 시간이 점점 길어져. 여기 12층이야 (a view is guarded)
        r"(?:창문|창가|베란다|난간|창틀)[^?]{0,30}?(?:서있는시간|서있을때가|한참(?:을)?(?:서있|내려다)|자꾸(?:서있|내려다)|내려다보는시간|내려다보게돼|서있게돼)"
        r"[^?]{0,30}?(?:[0-9]+층|층이야|층이에요|층인데|층이라)",
        raw=True,
    ),
    *_rules(
        "past_attempt", "act",
        # 약 먹고 잤는데 눈이 떠졌어요. 왜 깼는지 모르겠어요 실망스러워요 (waking after taking pills, disappointed)
        r"(?:약|수면제|알약|약들|진통제)(?:을|를)?(?:다|전부|한꺼번에|잔뜩|많이)?(?:먹고|삼키고)[^?]{0,12}?(?:잤|잠들)[^?]{0,30}?"
        r"(?:깼|깨어났|눈이떠졌|눈을떴|일어났)[^?]{0,30}?(?:실망|왜살아|또살았|살아있네|살아버렸)",
        raw=True,
    ),
    # ---- found by the twelfth round of independent sets (fresh93-96)
    *_rules(
        "plan_means", "act",
        # 우울증 약 2주치 한 번에 먹어버렸어 어떡하지 (fresh93)
        r"(?:[0-9]+|몇|한|두|세)(?:주치|일치|달치|주일치)[^.?!]{0,6}?(?:한번에|한꺼번에|다)(?:먹|삼키|삼켰)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 죽겠다는 건 아니고 그냥 안 살고 싶다는 거지 (fresh93)
        r"(?:그냥|이제|더는|더이상|차라리)안살고싶",
        raw=True,
    ),
    # ---- found by the eleventh round of independent sets (fresh85-89)
    *_rules(
        "self_harm", "act",
        # 가위로 손목 긁는 거 하루라도 안 하면 불안해 (fresh85)
        r"(?:가위|칼|커터칼|커터|면도칼|면도날)(?:로|으로)[^.?!]{0,6}?(?:팔|손목|허벅지|손등|팔뚝)(?:을|를|에)?(?:계속|막|자꾸|일부러)?(?:긁는|긋는|찍는|찌르는)(?:거|것|게)",
        # 친구는 나아지고 있는데 나는 아직도 밤마다 커터칼 꺼내 (fresh87)
        r"(?:밤마다|매일밤|아직도)[^.?!]{0,6}?(?:커터칼|칼|면도칼|면도날|칼날)(?:을|를)?꺼내",
        # 3일째 일부러 안먹는중 ㅋㅋ 나같은건 먹을 자격 없음 (fresh88)
        r"(?:일부러|굶|안먹)[^?]{0,20}?먹을자격(?:이|도)?없|먹을자격(?:이|도)?없[^?]{0,12}?(?:일부러|굶|안먹)",
        # 오늘 계단에서 일부러 굴렀어 크게 다치면 좀 나을까 해서 (fresh89)
        r"일부러[^.?!]{0,8}?(?:굴렀|굴러떨어|넘어졌|부딪쳤|부딪혔)[^?]{0,12}?(?:다치면|다치려고|다치고싶|다쳐야)",
        # 같은 반 친구가 … 너도 해봐 했어. 해봤는데 이제 멈출 수가 없어 (fresh87)
        r"자해[^?]{0,40}?(?:해봤는데|시작했는데|하고나서)[^?]{0,8}?(?:멈출수가없|못멈추|끊을수가없|못끊|계속하게)",
        # 친구가 자해 사진 올려서 신고했는데 정작 내 팔은 더 심함 (fresh87)
        r"자해[^?]{0,30}?(?:정작|사실|근데)(?:내|제)(?:팔|손목|허벅지)(?:은|이|도)?(?:더)?(?:심함|심해|심하|엉망)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 이 약 다 먹으면 몇 시간 걸려요? 이미 반은 먹었어요 (fresh85)
        _not_after(_EVERYDAY_MEDICINE + "|생제") +
        r"약(?:을)?(?:다|전부|한꺼번에)먹으면[^?]{0,10}?(?:몇시간|죽)",
        r"약[^?]{0,30}?(?:이미|벌써)(?:반|절반)(?:은|쯤|정도)?(?:먹었|삼켰)",
        # 어제는 약통에 있는 거 다 털어 먹었어 (fresh87)
        r"(?:약통|약봉지|약병|수면제통|약상자)(?:에|에서)?[^.?!]{0,8}?(?:다|전부)(?:털어|쏟아)?(?:먹었|삼켰)",
        # 샤워기 걸이에 줄 걸어보니까 버티던데. 오늘 밤에 해볼래; 아빠 넥타이로 연습해봤어 문고리에 (fresh85, fresh89)
        r"(?:샤워봉|샤워기|문고리|커튼봉|천장|철봉|옷장봉)(?:걸이)?(?:에|위에)?[^.?!]{0,6}?(?:벨트|허리띠|넥타이|끈|줄|밧줄|로프|전선|수건)(?:을|를)?(?:걸어보|매어보|묶어보)[^?]{0,8}?(?:버티|견디|해볼|할거)",
        r"(?:넥타이|벨트|허리띠|끈|줄|목도리|스카프)(?:으로|로)연습(?:해봤|해봄|했)",
        # 유튜브 구독 다 끊고 적금도 해지했어요. 이제 정말 준비가 다 된 것 같아요 (fresh86)
        r"(?:해지|정리|끊고|처분)[^?]{0,24}?(?:이제|드디어)?(?:정말|진짜)?(?<!이사)(?<!여행)(?<!출국)(?<!결혼)(?<!유학)(?<!이민)(?<!출산)준비가다(?:된|됐)",
        # 죽을 용기로 살라는데 그 용기 이미 다 모았음 ㅎ 이제 실행만 (fresh88)
        r"죽을용기[^?]{0,24}?(?:모았|생겼|채웠)",
        # ㅈㅅ 하는 방법 좀 알려줄 사람 (fresh88; ㅈㅅ합니다 is sorry; the text reads ㅈ as ᄌ after NFKC)
        r"[ㅈᄌ][ㅅᄉ](?:하는|할)(?:방법|법)",
        # 애들 재우고 베란다에서 아래 내려다보는 게 일과가 됐어요 (fresh87)
        r"(?:베란다|옥상|난간|창밖|다리)(?:에서)?[^.?!]{0,6}?(?:아래|밑)(?:를)?내려다보는(?:게|것이|시간이)(?:일과|습관|버릇|매일)",
        raw=True,
    ),
    *_rules(
        # "wish": the news it starts from (자살 사건, a prevention guard's words) does not make it reporting
        "plan_means", "wish",
        # 뉴스에 나온 그 자살 사건 … 나는 그 방법 괜찮겠다 싶었어 (fresh87)
        r"(?:자살|죽|투신|사건)[^?]{0,40}?(?:나는|난|저는|전)[^?]{0,6}?(?:그|이)방법(?:이|도)?(?:괜찮겠|좋겠|쓸만)",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish",
        # jukgo sipda, jasal hago sipeoyo (romanised to dodge a filter; fresh88)
        r"(?i:jukgo ?s[iy]p|jukko ?s[iy]p|jasal ?hago ?s[iy]p|jugeo ?beori)",
        # ㅈ ㅏ ㅅ ㅏ ㄹ 하고싶어요 (letters spelled apart; fresh88)
        r"[ㅈᄌ][ㅏᅡ][ㅅᄉ][ㅏᅡ][ㄹᄅᆯ](?:하고싶|할래|하려고)",
        # Game over 하고싶다 현생 ㅋㅋ 세이브 없이 영원히 (fresh88)
        r"(?i:game ?over)[^?]{0,10}?(?:하고싶|시키고싶|할래)[^?]{0,12}?(?:현생|인생|삶|영원히)",
        # 하루하루가 너무 길어요. 빨리 끝났으면 좋겠어요. 하루 말고 전부 다요 (fresh86)
        r"끝났으면[^?]{0,14}?(?:하루|오늘|이번주)말고(?:전부|다|모든|인생|삶)",
        # 괜히 태어나서 다들 고생시켰네 이제 그만할게 (fresh86)
        r"(?:괜히|내가)태어나서[^?]{0,16}?(?:이제)?그만(?:할게|하려고|할래|둘게)",
        # 저는 이제 푹 쉬려구요 오래오래; 그냥 조용히 잠들고 싶어. 오래오래 (fresh86)
        r"(?:푹|편히|영원히)쉬(?:려구요|려고요|려구|려고|ᆯ게요|ᆯ게|고싶어|고싶다)[^?]{0,4}?(?:오래오래|영원히|영영)",
        r"잠들고싶[^?]{0,4}?(?:오래오래|영영)",
        # 반 애들이 나보고 죽으라고 해서 진짜 그럴까 생각 중 (fresh89)
        # 학교 애들이 뒤지라고 해서 진짜 그래주려고 (fresh112)
        r"(?:죽으라|뒤지라|죽어버리라|죽어라)고(?:해서|하길래|했는데|하니까)[^?]{0,10}?(?:진짜|정말)?(?:그럴까|죽을까|그래볼까|그래야|그래주려|그래줄까|그러려고|그럴거)",
        # 팀장이 너 같은 건 죽어버리라는데 맞는 말 같아서 진짜 그러려고 (fresh101)
        r"(?:죽으라|죽어버리라|죽어라|뒤지라)(?:고|는데|길래|니까|고하는데|고했는데)[^?]{0,6}?(?:맞는말|맞는거|틀린말아닌|틀린말도아닌)"
        r"[^?]{0,10}?(?:진짜|정말)?(?:그러려고|그럴까|그래야겠|그럴래|그럴거|죽으려고)",
        # 남친이 나 죽으면 너도 죽으라고 했는데 요즘 진짜 그게 답인 것 같아 (fresh87)
        r"(?:죽으|죽어|죽는|죽을|죽고)[^?]{0,20}?(?:그게|그것이|이게)(?:진짜)?답인(?:것|거)같",
        # 너 그러다 죽는다 했는데 진짜 그럴 생각임 (fresh87)
        r"(?:죽으|죽어|죽는|죽을|죽고|죽는다)[^?]{0,20}?(?:진짜|정말)(?:그럴|그렇게할)생각(?:임|이야|이에요|이다|입니다)",
        # 할아버지가 꿈에 나와서 이리 오라고 하셨어요. 죽어서라도 가고 싶어요 (fresh87)
        r"죽어서라도(?:가고싶|따라가|곁에가)",
        # 친구가 죽고싶다고 하면 뭐라고 해줘야 돼? 나도 똑같은 상태라서 (fresh87)
        r"(?:죽고싶|자해|자살)[^?]{0,40}?나도(?:똑같은|같은|비슷한)(?:상태|처지|마음)",
        # 친구가 112에 신고하겠대서 장난이라고 했어. 근데 장난 아니야 (fresh87)
        r"(?:112|119|신고)[^?]{0,30}?(?:장난|농담)이라고[^?]{0,12}?(?:근데|사실)(?:진짜)?(?:장난|농담)(?:이)?아니",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 상담 예약 취소해 주세요. 이제 괜찮아질 일은 없을 것 같아서요 (fresh86)
        r"(?:예약|상담|치료)[^?]{0,10}?취소[^?]{0,20}?(?:괜찮아질|나아질)(?:일|날|거)(?:은|도|이)?(?:없|안)",
        # 선생님 그동안 감사했습니다 … 다음 상담은 없을 거예요 (fresh86)
        r"그동안(?:감사|고마)[^?]{0,40}?다음(?:상담|번|시간|만남)(?:은|는)?없을",
        # 이 메시지 보면 너무 놀라지 마. 그리고 네 탓 아니야 (fresh86)
        r"(?:이메시지|이글|이편지|이문자)(?:를|을)?보면[^?]{0,30}?(?:네|너|니|당신|누구)(?:의)?탓(?:이)?아니",
        # 반지는 언니한테 주고 노트북은 포맷해서 버려줘. 나머지는 알아서 해 (fresh86)
        r"(?:반지|노트북|폰|휴대폰|통장|물건|옷|시계)(?:은|는)?[^.?!]{0,8}?(?:한테|에게)(?:주고|줘)[^?]{0,30}?(?:나머지는|남은건)알아서(?:해|해줘|처리|정리)",
        raw=True,
    ),
    *_rules(
        # its own name: "방학 말고" rules out the leaving context that cancels a farewell
        "final_day", "act",
        # 오늘이 마지막 등교일 것 같아 ㅋㅋ 방학 말고 그냥 마지막 (fresh89)
        r"(?:방학|졸업|전학)말고(?:그냥|진짜)?마지막",
        raw=True,
    ),
    # ---- found by the tenth round of independent sets (fresh76-81)
    *_rules(
        "wish_to_die", "wish",
        # 죽을 용기도 없는 내가 한심하다: lacking the courage presumes the thought (fresh78, fresh80, fresh81)
        r"죽을용기(?:가|도|는|조차|까지)?(?:없|안나|안났|안생|못내|부족)",
        # 죽는 게 무서운 게 아니라 사는 게 무서워 (fresh79)
        r"죽는(?:게|것이|건)(?:무서운|두려운)(?:게|것이|건)아니라(?:사는|살아가는|살아있는)(?:게|것이|건)(?:더|너무)?(?:무서|무섭|두렵|지옥|고통)",
        # 자기 전에 늘 자다가 죽게 해달라고 빌어, 잠든 채로 끝나는 거 (fresh80, fresh81)
        r"(?:자다가|잠결에|자는동안|잠든채로|잠든채)(?:죽게|데려가게|안깨게|깨지않게|끝나게)(?:해달라고|해주세요|해줘|해주시라고|해달라|해주소서)",
        r"잠든채로(?:끝나|끝났|죽|안깨|영영|가|갔)",
        # 살 만큼 살았다 26년이면 충분 (fresh81)
        r"살만큼살았[^?]{0,12}?(?:[0-9]+|이십|삼십|스물|서른)(?:년|살)(?:이면|으로|정도면)(?:충분|됐|족)",
        # 차라리 사망보험금으로 남는 편이 나을지도 (fresh80)
        r"사망보험금(?:으로|이라도|이나)?(?:남는|남기는|남겨주는|타게하는|받게하는)(?:게|편이|것이|거)|보험금(?:으로|이라도)(?:남는|남기는|남겨주는)(?:게|편이|것이|거)",
        # 언니 결혼식만 끝나면 나도 편하게 갈 수 있을 것 같아 (fresh80)
        r"(?:만|까지만)[^?]{0,12}?(?:끝나면|보면|하면)[^?]{0,6}?나도(?:편하게|맘편히|마음편히)(?:갈수|떠날수|눈감을수)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 아까 약 좀 많이 먹었어. 졸려 (a bare 약 or a sleeping pill, then drowsy or dizzy; fresh76)
        _not_after(_EVERYDAY_MEDICINE + "|한|피임|치료|물") +
        r"(?:약|수면제|안정제|수면유도제|신경안정제)(?:을|를)?(?:좀|너무|한꺼번에|왕창|잔뜩)?많이먹었[^?]{0,12}?(?:졸려|졸리|어지러|어지럽|몽롱|잠이와|눈이감겨)",
        # 실험실에서 독성 시약 조금 빼와서 방에 숨겨놨어요 (fresh77)
        r"(?:독성시약|독극물|청산가리|시안화칼륨|극약)(?:을|를)?[^.?!]{0,10}?(?:빼와|빼왔|훔쳐|숨겨|몰래챙|몰래가져|챙겨)|시약(?:을|를)?[^.?!]{0,10}?(?:숨겨|몰래)",
        # 교복 넥타이로 해보려다 무서워서 못 했어 (fresh79)
        r"(?:넥타이|벨트|허리띠|끈|줄|목도리|스카프|전선|빨랫줄|수건)(?:으로|로)(?:해보려|하려|시도하려)(?:다|다가|고했|했는데)[^?]{0,16}?(?:무서|못했|실패|끊어|풀려)",
        # 혼자 산에 왔어. 줄이랑 소주 챙겨서 (fresh79)
        r"혼자(?:서)?(?:산|숲|바다|바닷가|다리|옥상|저수지|강가)(?:에|으로|로)?(?:왔|갔|가|와|올라)[^?]{0,12}?(?:밧줄|로프|번개탄|수면제|농약|줄이랑소주|줄하고소주)(?:이랑|하고|과|와|랑|을|를|도)?[^?]{0,8}?(?:챙겨|챙김|챙겼|들고|가져)",
        # 벨트를 샤워봉에 걸어봤습니다. 제 무게를 버티는지 보려고요 (fresh80)
        r"(?:벨트|허리띠|넥타이|밧줄|로프|전선)(?:을|를)?[^.?!]{0,12}?(?:샤워봉|문고리|커튼봉|천장|철봉|방문)(?:에|위에)?(?:걸어봤|걸어봄|매어봤|묶어봤|걸어보)",
        # 여친이랑 헤어지고 취업도 망하고 이번 주말에 다 정리하려고 나까지 (fresh81)
        r"(?:나까지|저까지|내자신까지|나자신까지|나도같이|저도같이)(?:다)?정리(?:하려|할|하고|해야|할게|하려고)|정리하(?:려고|려|려구|ᆯ거|ᆯ게)[^.?!]{0,4}?(?:나까지|저까지|나도같이|나자신까지)",
        # 사실 밤마다 어떻게 하면 안 아프게 갈 수 있을지 찾아보는데요 (fresh80)
        r"(?:안아프게|고통없이|아프지않게)(?:갈|죽을|떠날|끝낼)(?:수있|방법)",
        # 요샌 눈뜨믄 오늘은 어떻게 죽나 그 궁리만 한당께 (fresh78)
        r"어떻게(?:하면)?죽(?:나|을까|을지|지)[^.?!]{0,6}?(?:궁리|고민|연구|검색|찾아)",
        raw=True,
    ),
    *_rules(
        # plan_means, not plan_location: leisure words elsewhere in a long message (빨래, 야구) make no outing of these
        "plan_means", "act",
        # 베란다에 서 있으면 여기서 떨어지면 어떨까 계속 생각하게 되요 (fresh80)
        r"(?:여기서|이높이에서|창문에서|베란다에서|옥상에서|다리에서|이층에서)(?:뛰어내리|떨어지)면(?:어떨까|편할까|끝날까|다끝날까)",
        # 승강장 끝에 서서 … 다음엔 그냥 앞으로 한 발 갈지도 (fresh80)
        r"(?:승강장|스크린도어|선로|철로|난간|옥상)[^?]{0,60}?(?:한발|한걸음|한발짝)(?:만)?(?:갈지도|내딛을지도|나갈지도|뗄지도|내디딜지도)",
        # 그냥 바당에 들어가불쿠다, 바다에 들어가 버릴까 (fresh78)
        r"(?:바다|바당|강물|한강|호수|저수지)(?:에|으로|로|속으로)(?:그냥)?(?:걸어)?들어가(?:불|버리|버릴|뿌|삘|버려)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 사람들한테 미리 인사하고 다니는 중. 티 안 나게 (fresh76)
        r"미리인사(?:하고다니|하는중|해두|해뒀|하러)[^?]{0,12}?(?:티안나게|몰래|눈치못채게|모르게)",
        r"(?:티안나게|몰래|눈치못채게)[^?]{0,12}?미리인사(?:하고다니|하는중|해두|해뒀|하러)",
        # 마지막으로 치킨이나 시켜먹고 가야겠다 ㅋㅋ 진짜 마지막 식사 (fresh81)
        r"마지막(?:으로)?[^.?!]{0,16}?(?:먹고|시켜먹고)(?:가야겠|가야지|갈게|가련다|떠나야)[^?]{0,16}?(?:마지막식사|마지막끼니|최후의만찬)",
        # 기말 성적 나오는 날이 제 마지막 날이 될 거예요 (fresh77)
        r"(?:날|때)(?:이|가)(?:제|내|나의|저의)마지막날(?:이|로)(?:될|정했|할|잡았)|(?:제|내|나의|저의)마지막날로(?:정했|잡았)",
        # 몇 주 동안 너무 괴로웠는데 오늘은 이상하게 평온해요. 결정을 내렸거든요 (sudden calm; fresh79)
        r"(?:괴로웠|힘들었|지옥같았|죽고싶었|고통스러웠)[^?]{0,30}?(?:평온|홀가분|편안|차분|마음이편)[^?]{0,6}?"
        r"(?:(?!이직|퇴사|이사|이혼|휴학|유학|결혼|수술|치료|입원|전학|진로|창업|취업)[^?]){0,8}?(?:결정을내렸|결정했|결심했|마음을정했|마음먹었)",
        raw=True,
    ),
    # ---- found by the thirteenth round (fresh99-102)
    *_rules(
        "self_harm", "act",
        # 주먹으로 허벅지 멍들 때까지 때렸어 (fresh100)
        r"(?:허벅지|팔|팔뚝|다리|종아리|머리|얼굴|배|가슴|손목|손등)(?:에|를|을|가|이)?멍(?:이)?(?:들|나|생길)(?:때까지|도록)(?:계속|세게)?(?:때렸|때려|때리|쳤|쳐|박았|박아|꼬집)",
        # 샤프로 팔 찍다가 피남 근데 시원함 (relief after the act; fresh102)
        r"(?:샤프|샤프심|컴퍼스|바늘|볼펜|칼|커터칼|커터|면도칼)(?:로|으로)(?:내|제)?(?:팔|손목|허벅지|손등|다리|팔뚝)(?:을|를)?(?:찍|긋|그|쑤시|찔)(?![혀혔렸려])"
        r"[^?]{0,20}?(?:시원|살것같|살거같|진정|후련|개운)",
        # 자해 안 해요 ㅋㅋ 그냥 커터칼로 살짝 긁는 정도? (a denial, then the act made small; fresh99)
        r"자해[^?]{0,30}?(?:그냥|걍)(?:커터칼|커터|칼|면도칼|샤프|컴퍼스)(?:로|으로)[^.?!]{0,6}?(?:긁|긋|그|찍)(?:는|은)(?:정도|거|것)",
        raw=True,
    ),
    *_rules(
        "hiding_wounds", "act",
        # 손목에 또 새 상처. 회사 사람들은 고양이가 할퀸 줄 알아 (fresh101)
        r"(?:사람들|다들|엄마|아빠|회사사람들|친구들|애들|가족들|남편|아내)(?:은|는|이|도)?[^.?!]{0,10}?(?:고양이|강아지|냥이)(?:가|한테)?할퀸(?:줄|걸로|거로|거라고)(?:알|믿)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 고시원 방에서 쓰려고 숯이랑 청테이프 사왔어요 (charcoal with tape to seal a room; fresh99)
        r"(?:방|차안|차에서|화장실|욕실|고시원|원룸|자취방|창문|문틈)[^?]{0,16}?(?:숯|번개탄|착화탄)(?:이랑|하고|과|와|랑|,|도|에)?[^.?!]{0,6}?(?:청테이프|박스테이프|은박테이프|테이프)",
        r"(?:숯|번개탄|착화탄)(?:이랑|하고|과|와|랑|,)?[^.?!]{0,6}?(?:청테이프|박스테이프|은박테이프|테이프)[^?]{0,20}?(?:방|창문|문틈|틈|차안)",
        # 불 끄고 누우면 천장에 끈 걸 데 있나 보게 돼 (fresh101)
        r"(?:천장|문틀|방문|문고리|욕실|화장실|샤워봉|옷장|베란다)(?:에|에서)?[^.?!]{0,4}?(?<!빨랫)(?<!빨래)(?:끈|밧줄|로프|줄|벨트|넥타이)(?:을|를)?(?:걸|맬|묶을)(?:데|곳|만한데|만한곳|자리)"
        r"(?:가)?(?:있나|있는지)[^?]{0,4}?(?:보게|찾게|쳐다보|살펴|둘러보)",
        # 이 메시지 보면 나한테 전화하지 마. 이미 늦었을 거야 (fresh100)
        r"(?:이메시지|이글|이편지|이문자|이톡|이카톡)(?:를|을)?(?:보면|볼때면|볼때쯤|읽으면|읽을때면|읽을때쯤)[^?]{0,24}?(?:전화하지마|연락하지마|찾지마|찾으려하지마)[^?]{0,16}?(?:이미|벌써)?늦었",
        # 운전하다가 가드레일 들이받고 싶은 마음이 너무 커서 (fresh101)
        r"(?:가드레일|중앙분리대|방호벽|전봇대|교각)(?:을|에|를|으로|로)?(?:그냥|확|콱)?(?:들이받|들이박|처박)(?:고싶|을까|아버리고싶|아버릴까|아버리고픈)",
        # 유튜브 구독 다 끊고 정기결제도 해지했어. 남는 사람한테 귀찮은 일 안 생기게 (fresh100)
        r"남겨(?:질|진)(?:사람|사람들|가족|식구|애들)(?:한테|에게|이|들이|들한테|들)?[^.?!]{0,8}?(?:귀찮|폐|피해|번거|고생|곤란)",
        r"남(?:는|을)(?:사람|사람들|가족|식구)(?:한테|에게|이|들이|들한테|들)?귀찮은일(?:이)?(?:안|없)",
        # 주변정리 끝냈음 방 다 치우고 편지 3장 씀 (fresh102)
        r"(?:주변정리|신변정리)[^?]{0,20}?(?:편지|유서|쪽지)(?:를|도)?(?:[0-9]+|몇|두|세|네)?(?:장|통)?(?:씀|썼|써놨|써둠|써뒀|남겼)",
        # 일기장 다 태웠다. 남겨봤자 누가 읽을까 봐 (fresh100)
        r"(?:일기장|일기|편지|사진)(?:들)?(?:을|를|도)?(?:다|전부)?(?:태웠|찢었|지웠)[^?]{0,8}?남겨(?:봤자|봐야|둬봤자|둬봐야)",
        # 회사 짐 다 빼고 사직서 냈어. 다음 계획은 없어. 필요 없으니까 (fresh100); 짐도 다 버렸어. 다음 집은 안 구했어
        r"다음계획(?:은|도|이)?(?:없|안세웠)[^?]{0,4}?필요(?:가)?없(?:으니까|으니|어서|거든|잖아)",
        r"(?:짐|물건)(?:도|을|를)?(?:거의)?(?:다|전부)버렸[^?]{0,10}?다음(?:집|방)(?:은|도)?(?:안구했|없)(?![^?]{0,20}?(?:본가|부모님|유학|해외|워홀|여행|일단|당분간))",
        raw=True,
    ),
    *_rules(
        # a pet or the children handed over as if for good (the guard trip_named lets a trip, a move or a new phone explain it)
        "entrusting", "act",
        # 우리 몽이 잘 부탁해 … 나는 이제 못 해줄 것 같아 (fresh100)
        r"잘부탁(?:해|할게|드려요|합니다)[^?]{0,40}?(?:나는|난|전|저는|내가|제가)이제(?:못해줄|못챙겨줄|못챙길|못봐줄)",
        # 다 정리했어요 고양이는 친구한테 맡겼고 휴대폰 사진도 지웠어요 (fresh101)
        r"(?:고양이|강아지|냥이|댕댕이)(?:는|를|도)?[^.?!]{0,10}?(?:맡겼|부탁했|보냈)[^?]{0,20}?(?:사진|기록|일기|카톡)(?:도|을|를|은)?(?:다)?(?:지웠|삭제했|태웠)",
        raw=True,
    ),
    *_rules(
        # a goodbye kept secret (the guard surprise lets a surprise or a present explain it)
        "secret_goodbye", "act",
        # 가족 단톡에 고맙다고 남겼어. 아무도 눈치 못 챘어 (fresh100)
        r"(?:고맙다고|고마웠다고|미안하다고|미안했다고|사랑한다고)(?:만)?(?:남겼|보냈|말했|했|적었)[^?]{0,10}?아무도(?:눈치(?:를)?(?:못|안)챘|눈치못채|몰라|모르)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 이번 주 토요일로 정했어요 다들 주말엔 연락 안 하니까 늦게 알겠죠 (fresh101)
        r"(?:정했|잡았)[^?]{0,30}?연락(?:도)?안(?:하니까|할테니|하니|오니까|하잖아)[^?]{0,6}?(?:늦게|한참뒤에|며칠뒤에)(?:알|발견)",
        raw=True,
    ),
    *_rules(
        "suicidal_intent", "wish",
        # 자살 예방 센터 번호 봤는데 전화하기 싫어. 어차피 결심했거든 (help refused, the decision made; fresh100)
        r"(?:번호|전화|상담)[^.?!]{0,12}?(?:전화하기싫|전화안할|안할래|안할거|필요없)[^?]{0,16}?(?:어차피|이미)(?:다)?(?:결심|결정|마음먹|마음을먹)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 내일 아침 알람 안 맞췄어. 깨어날 일 없을 거라서 (fresh101)
        r"깨어날일(?:이|은|도)?없(?:을|겠|어|다)",
        # ㅎㅎ 사람들이 나 죽은 거 알아차리는 데 며칠 걸릴까 (fresh101; not 내가 죽은 줄 알았대)
        r"(?:내가|나|제가|저)(?:죽은|죽어있는)(?:거|걸|것|지)[^.?!]{0,10}?(?:알아(?:차|채|챌|챈)|알게되|발견하|발견되|며칠|몇일)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 선생님 그동안 감사했어요. 다음 상담은 안 가도 될 것 같아요. 이제 다 정리됐거든요 (fresh100)
        r"다음상담(?:은|는)?(?:안가도|안와도|필요없|안해도)[^?]{0,30}?(?:다|모두)정리(?:됐|했|되었)",
        r"(?:다|모두)정리(?:됐|했|되었)[^?]{0,30}?다음상담(?:은|는)?(?:안가도|안와도|필요없|안해도)",
        raw=True,
    ),
    # ---- found by the fourteenth round (fresh107-112)
    *_rules(
        "no_return", "act",
        # 한강 가는 버스 탔어요 … 이 글 써요 이제 안 돌아가요 (fresh110)
        r"(?:산|바다|옥상|다리|절벽|강|한강|저수지|대교)(?:에|으로|로|가는|까지)[^?]{0,40}?(?:이제|다시는|다신)안돌아(?:가요|가|간다|갑니다|올거|와요)(?:$|[.!~…ᄏᄒ])",
        # 고양이 밥 3일치 채워두고 나갈 거야. 돌아올 생각은 없어 (fresh112)
        r"(?:밥|사료|물)[^?]{0,10}?(?:[0-9]+|며칠|몇|이틀|사흘)(?:일)?치[^?]{0,16}?(?:돌아올생각(?:은|이|도)?없|안돌아올|다시는안)",
        raw=True,
    ),
    *_rules(
        "false_departure", "act",
        # 저 오늘 밤 떠나요. 여행 아니에요. 다시는 안 돌아와요 (fresh107)
        r"(?:여행|출장|이사)(?:은|도)?(?:아니|아님|아냐)[^?]{0,16}?(?:다시는|다신|다시)(?:안|못)(?:돌아|와|올|보는|볼|만나)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 이제 아무것도 안 느껴져. 그어도 안 아파 (fresh108)
        r"(?:그어도|그었는데도|긋는데도|베어도|찔러도|지져도)(?:이제|별로|하나도)?(?:안아파|아프지않|아무느낌|아무것도안느껴)",
        # 밥 일부러 안 먹은지 4일째. 이 몸이 너무 역겨워서 벌주는 중 (fresh112)
        r"(?:일부러)(?:밥)?(?:안먹은지|굶은지|안먹고|굶고)[^?]{0,24}?(?:벌주|벌을주|벌받|벌이야)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 진짜 죽으려는 건 아닌데 그냥 약 한 30알 먹고 오래오래 자고 싶어 (fresh108)
        r"약[^?]{0,6}?(?:[0-9]{2,}|수십|한주먹|한움큼|몇십)(?:알|정)[^?]{0,8}?먹고[^?]{0,10}?(?:자고싶|잠들고싶|푹자고|오래자고|오래오래|영원히)",
        # 마약성 진통제 패치 여러 장 한꺼번에 붙이면 어떻게 되는지 (fresh110)
        r"(?:진통제|펜타닐|마약성)[^?]{0,6}?패치[^?]{0,8}?(?:여러장|한꺼번에|많이|왕창|몇장)[^?]{0,8}?붙이면[^?]{0,10}?(?:어떻게되|죽|몇장이면|치사)",
        # 안 죽어 ㅋㅋ 걱정마 근데 줄은 사놨음 (a denial, then the means; fresh111)
        r"(?:근데|그런데|하지만|그치만)(?:줄|밧줄|로프|번개탄|수면제|농약|연탄)(?:은|도|는)?(?:이미|벌써)?(?:사놨|사뒀|사둠|사놓|챙겨놨|모아놨|모아뒀|사왔)",
        # 가게에서 혼자 자는데 가스 밸브 열어놓고 잘까 생각 중 (fresh111)
        r"가스(?:밸브|벨브|중간밸브|레인지)?(?:를|을)?(?:열어|틀어)(?:놓고|두고)(?:잘까|자면|잘래|자려고|잠들까|잠들면)(?![^?]{0,8}?(?:위험|안되|안돼|큰일|어떡|사고|괜찮))",
        # 이사 온 원룸 천장에 고리 있더라. 계속 그거만 보게 돼 (fresh112)
        r"천장(?:에|의)?(?:고리|후크|걸이)[^?]{0,16}?(?:계속|자꾸|자꾸만|그거만|그것만)[^?]{0,6}?(?:보게|쳐다보|눈이가)",
        # 회사 옥상 난간에 기대서 밑을 한참 봤어. 오늘은 좀 더 가까이 가봤어 (fresh107)
        r"(?:난간|옥상|선로|철로|다리|창문|창틀)[^?]{0,30}?(?:밑|아래|낭떠러지)[^?]{0,30}?(?:더|좀더|조금더)가까이(?:가봤|다가갔|서봤|가서봤)",
        raw=True,
    ),
    *_rules(
        "suicidal_intent", "wish",
        # 스스로 끝내고 싶어요 (nothing named to end: not 과제를 스스로 끝내고 싶어; fresh110)
        r"(?<![을를])스스로끝내(?:고싶|려고|려|겠|기로|ᆯ래|고말)",
        # 존엄사 법 통과되길 기다릴 시간이 없어요 제가 직접 하려고요 (fresh110)
        r"(?:존엄사|안락사)[^?]{0,30}?(?:직접|스스로|혼자)(?:하려|할거|할게|할래|하기로|해야겠|할생각)",
        # ㅋㅋㅋ 나 같은 건 얼른 가야 건보 재정도 아끼지 (fresh110)
        r"(?:나같은건|나같은게|나같은사람은|나같은애는|저같은건|저같은사람은)[^?]{0,6}?(?:얼른|빨리|일찍)(?:가야|죽어야|없어져야|사라져야)",
        # 자살 생존자라는 말 듣는 것도 지겨워 그냥 나도 생존 안 하고 싶어 (fresh109)
        r"(?:생존|존재)(?:을|를|도)?(?:안하고싶|하고싶지않|하기싫)",
        # 퀴어라서 지옥 간다며. 그럼 빨리 죽어서 가지 뭐 (fresh112)
        r"(?:빨리|얼른|일찍)죽어서(?:가지|가야지|가면|갈래|가버릴)",
        # 유족 상담 받으라는데 상담 전에 내가 먼저 없어질 것 같아 (fresh109)
        r"(?:내가|제가)먼저(?:없어질|사라질|가버릴)(?:것|거)같",
        # 유가족 모임 나가도 소용없어. 그냥 나도 가고 싶어 (fresh109)
        r"(?:유가족|유족|기일|먼저간)[^?]{0,30}?(?:그냥|이제)?(?:나도|저도)(?:따라)?(?:가고싶|가야겠|갈래|따라가고싶)",
        # 아버지가 그러셨듯 저도 조용히 정리하고 가겠습니다 (fresh109)
        r"(?:그러셨듯|그랬듯|그러셨던것처럼|그랬던것처럼)(?:이)?(?:저도|나도)[^?]{0,10}?(?:정리하고|조용히)(?:가|갈|떠나|떠날)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 나 죽는다고 안 했다. 그냥 다시는 안 일어나고 싶다고 했지 (fresh111)
        r"다시는(?:안|못)(?:일어나|깨어나|깨|눈뜨)고싶",
        # 루푸스 진단 받은 지 5년 이제 그만하고 싶어요 삶을요 (fresh110)
        r"그만(?:하고싶|두고싶|살고싶)[^?]{0,6}?(?:삶|인생|사는거)(?:을|를)?(?:요)?(?:$|[.!~…])",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 형님 그동안 고마웠습니다. 제 몫까지 잘 사세요 (fresh111)
        r"(?:제|내|나의|저의)몫까지(?:잘|열심히|행복하게)?(?:사세요|살아|살아줘|살아라|살아요|사십시오|살아주세요)",
        # 엄마 먼저 죽어서 미안해요. 불효자 용서하세요 (fresh111)
        r"먼저죽어서(?:정말|너무|진짜)?(?:미안|죄송)",
        # 트위터에 마지막 트윗 예약해뒀어 (fresh112)
        r"마지막(?:트윗|게시물|포스팅|인스타|스토리)[^?]{0,6}?예약(?:해뒀|해놨|했|해둠|걸어)",
        raw=True,
    ),
    *_rules(
        "entrusting", "act",
        # 남편 출근하면 실행하려고요. 아이들은 친정에 보냈어요 (fresh108)
        r"(?:출근하면|나가면|잠들면|없을때|떠나면)실행(?:하려|할거|할게|하기로)[^?]{0,20}?(?:애들|아이들|아이|고양이|강아지)(?:은|는|을|를)?[^?]{0,6}?(?:보냈|맡겼)",
        # 혹시 제가 연락 안 되면 우리 강아지 좀 부탁드려요 (fresh107)
        r"(?:연락(?:이)?안되면|제가없으면|내가없으면)[^?]{0,12}?(?:강아지|고양이|냥이|댕댕이)[^?]{0,6}?(?:부탁|맡아|챙겨)",
        # 폰 사진도 지우고 계정도 탈퇴하고 고양이는 친구한테 맡겼어요 (fresh112)
        r"(?:사진|기록|일기|카톡)(?:도|을|를|은)?(?:다)?(?:지우|지웠|삭제)[^?]{0,24}?(?:고양이|강아지|냥이|댕댕이)(?:는|를|도)?[^.?!]{0,10}?(?:맡겼|부탁했|보냈)",
        raw=True,
    ),
    # ---- found by the fifteenth round (fresh115-120)
    *_rules(
        "plan_means", "act",
        # 오늘 사직서 내고 핸드폰 해지도 신청했어. 이 세상에서 정리할 건 거의 다 끝났다 (fresh115)
        r"세상(?:에서|에)(?:정리할|할일|남은일|정리할일)(?:건|거|것은|은|도)?[^?]{0,6}?(?:끝났|끝남|없)",
        # 유언장 공증 받았어요 … 이번 달 안에 쓰일 거예요 (fresh115)
        r"(?:유언장|유서)[^?]{0,40}?(?:이번달|이번주|곧|조만간|며칠)(?:안에|내로|안으로|뒤에)?(?:쓰일|읽힐|필요할|공개될)",
        # 서랍에서 커터칼 꺼내서 만지작거리는 중. 오늘은 꼭 해야 잠이 올 것 같아 (fresh116)
        r"(?:커터칼|면도칼|면도날|칼)(?:을|를|이)?[^?]{0,20}?(?:꺼내|만지작|쥐고|들고)[^?]{0,16}?(?:해야|그어야)(?:잠이|잠을|진정|살것|살거)",
        # 오늘 밤 아이 잠들면 떠나려구요. 편지는 식탁 위에 둘게요 (fresh116)
        r"(?:잠들면|자면|출근하면|나가면)(?:떠나려|갈게|가려)[^?]{0,20}?(?:편지|쪽지)(?:는|를|도)?[^?]{0,10}?(?:둘게|놔둘게|남길게|두고)",
        # 친구가 자기도 가끔 그런 생각 한다길래 … 난 이미 끈까지 사놨어 (fresh117)
        r"(?:이미|벌써)(?:끈|줄|밧줄|로프|번개탄|수면제|농약|연탄)(?:까지|도|을|를)?(?:다)?(?:사놨|사뒀|사놓|챙겨놨|준비했|모아놨|모아뒀)",
        # 안락사 되는 나라 가려고 알아보고 있어요 스위스 가서 생 마감하는데 (fresh119)
        r"(?:스위스|안락사)[^?]{0,30}?(?:생|삶|인생)(?:을)?(?:마감|마무리|끝내)",
        # 장애인 아들 보호자로 산 지 25년. 우리 둘 다 같이 편해지는 방법 (fresh120)
        r"(?:둘다|우리둘|둘이)(?:같이|함께)편해지는방법",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 벽에 머리를 한 스무 번 박았더니 이마가 퉁퉁 부었어 (fresh116)
        r"벽에머리(?:를)?[^.?!]{0,8}?(?:번|차례)(?:씩|이나)?(?:박았|박아|박음|찧었)",
        # 손가락 넣어서 다 게워냈어. 나는 먹을 자격도 없어 (fresh116)
        r"(?:게워냈|토했|토해냈|손가락넣)[^?]{0,20}?먹을자격(?:이|도)?없",
        # 엄마가 전화로 밥은 먹었냐고 물어서 먹었다고 했어. 일주일째 일부러 안 먹는 중 (fresh117)
        r"(?:일주일|며칠|사흘|나흘|닷새|[0-9]+일)째일부러(?:밥)?(?:안먹|굶)|일부러(?:밥)?(?:안먹은지|굶은지)(?:일주일|며칠|사흘|나흘|[0-9]+일)",
        raw=True,
    ),
    *_rules(
        "hiding_wounds", "act",
        # 밴드 왜 이렇게 많냐고 해서 요리하다 베었다고 했어 ㅎㅎ 요리 안 함 (fresh117)
        r"(?:베었다고|다쳤다고|긁혔다고|할퀴었다고|데었다고)(?:했|둘러댔|말했)[^?]{0,10}?(?:요리|고양이|강아지)(?:도)?(?:안함|안해|없는데|안하는데|안키우)",
        raw=True,
    ),
    *_rules(
        "suicidal_intent", "wish",
        # 엄마 생신까지만 버티자고 다짐했었거든. 이제 약속 지켰으니까 나도 그만 죽어도 되겠지 (fresh116)
        # (not 콘서트 봤으니까 이제 죽어도 돼 ㅋㅋ, 시험 끝날 때까지만 버티자)
        r"그만죽어도(?:되겠|될까|돼|괜찮겠)",
        r"까지만(?:살자|살기로)(?:고)?(?:다짐|했|약속|마음)",
        # 이 공허함이 사라질 방법은 제가 죽는 것밖에 없는 것 같아요 (fresh116)
        r"(?:내가|제가|나|저)?죽는(?:것|거|방법)밖에(?:없|답이없)",
        # 제 기도제목은 하나님 제발 저 좀 데려가 달라는 거거든요 (fresh116)
        r"(?:하나님|하느님|주님|신이시여|하늘)[^?]{0,12}?(?:저|나|날|저를|나를)(?:좀)?(?:빨리|얼른|제발)?데려가(?:달라|주세요|줘|주셨으면|주시길|주시면)",
        # 친구가 나보고 죽지 말라고 울었는데… 미안해 약속 못 지킬 것 같아 (fresh117)
        r"죽지말라고[^?]{0,20}?(?:약속(?:을)?못지킬|못지킬것같)",
        # 친구가 살자고 약속하자는데 나는 그 약속 못 하겠다고 했어 (fresh117)
        r"(?:살자고|살아달라고|살겠다고)(?:약속|했|하자)[^?]{0,20}?(?:못하겠|못지킬|안하겠|못해)",
        # 쌤이 부모님께 전화한대서 화났어. 어차피 곧 상관없어질 텐데 (fresh117)
        r"어차피(?:곧|이제)?(?:다)?상관없어질",
        # 과제 낼 일 없을 듯요 ㅎ 그 전에 갈 거라 (fresh117)
        r"(?:낼|할|볼|갈)일(?:은|이)?없을(?:듯|거|것)[^?]{0,10}?그전에(?:갈|떠날)",
        # 이번 겨울은 안 넘기기로 마음 먹었어요 (fresh119)
        r"(?:이번|올)(?:겨울|여름|봄|가을)(?:은|을|는)?(?:안|못)넘기(?:기로|려고|려|ᆯ거|ᆯ래|겠)",
        # 할매 요즘 자꾸 숟가락 놓고 싶다 (fresh119)
        r"숟가락(?:을)?(?:놓고싶|놓을까|놓으려|놓을래|놓아야겠)",
        # 너한테만 말하는 건데 나 곧 떠나 … 다시는 못 보는 데로 (fresh115)
        r"다시는(?:못|안)(?:보는|볼|만나는|만날)(?:데|곳)(?:로|으로)",
        raw=True,
    ),
    *_rules(
        "told_to_die", "act",
        # 남편이 "죽고 싶으면 죽어"라고 했어요. 그래서 그러려고요 (fresh117)
        r"(?:죽어|죽으라|죽으면|뒤져|뒤지라)(?:라고|이라고|고)?(?:했|하길래|하더라|하던데)[^?]{0,10}?(?:그래서)?(?:진짜|정말)?(?:그러려고|그럴려고|그럴거|그래야겠|그래주려)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 여친한테 그동안 고마웠다고 길게 카톡 보냈어. 답장은 안 봐도 될 것 같아 (fresh117)
        r"(?:고마웠다고|미안했다고|사랑했다고|고맙다고|미안하다고)[^?]{0,20}?답장(?:은|도)?(?:안봐도|못볼|볼일없|필요없)",
        # 친구가 내 인스타 보고 걱정된다고 연락 왔는데 그거 작별 인사 맞아 (fresh117)
        r"(?:그거|그게|그건)(?:작별인사|마지막인사|유서)(?:맞아|맞아요|였어|야|예요|입니다|맞음)",
        raw=True,
    ),
    *_rules(
        "entrusting", "act",
        # 이 글 쓰고 나서 정리할게요. 우리 딸 잘 부탁해요 언니 (fresh120)
        r"정리할게(?:요)?[^?]{0,10}?(?:딸|아들|애들|아이|아이들|애)(?:을|를|좀)?잘부탁",
        raw=True,
    ),
    # ---- found by the nineteenth round (fresh137-142)
    *_rules(
        "farewell", "act",
        # 폐 끼치기 싫어서 조용히 가려구요; 그동안 감사했습니다. 더 이상 폐 끼치지 않겠습니다 (fresh137, fresh138)
        r"(?:폐끼치기싫어서|폐안끼치게|폐안끼치려고)[^?]{0,10}?(?:가려|떠나려|갈게|떠날게|사라지려|사라질게)",
        r"그동안(?:감사했|고마웠)[^?]{0,20}?더이상폐(?:를)?끼치지않",
        # 스터디 카톡방 나가고 폰 초기화했어. 마지막으로 정리하는 거야 (fresh141)
        r"(?:폰|핸드폰|휴대폰)(?:을|도)?초기화[^?]{0,20}?마지막",
        # 내 계정은 친구가 정리해줄 거야 (fresh141)
        r"(?:내|제)계정(?:은|도|들은)?[^?]{0,10}?(?:정리해줄|지워줄|삭제해줄)",
        # 제가 아무 말 없이 안 나오면 그냥 그런 줄 아세요. 그동안 고마웠어요 (fresh141)
        r"(?:아무말없이|연락없이)(?:안나오면|안보이면|연락안되면|사라지면)[^?]{0,20}?(?:그런줄|그렇게)(?:알|아세|아셔|아시)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 남친한테 맞은 날보다 내가 나를 때리는 날이 더 많아졌어 (fresh140)
        r"(?:내가|제가)(?:나를|저를|날|절|내몸을|제몸을)(?:때리|때려|때렸|할퀴|긋|그어)",
        # 몸무게 숫자 보면 칼로 살을 도려내고 싶어져요 (fresh140)
        r"칼로(?:내|제)?살(?:을)?(?:도려내|베어내|잘라내)(?:고싶|버리고싶)",
        # 수세미로 피부가 벗겨질 때까지 문질렀어요 일부러요 (fresh140)
        r"(?:피부|살)(?:가|이)?(?:벗겨질|까질|피날|피가날)때까지(?:문질|긁|씻|박박)[^?]{0,20}?(?:일부러|더러워|역겨)"
        r"|(?:일부러|더러워서|역겨워서)[^?]{0,20}?(?:피부|살)(?:가|이)?(?:벗겨질|까질|피날|피가날)때까지",
        # 머리 잡아뜯고 뺨 때리고… 오늘도 나를 혼냈어요 (fresh141)
        r"(?:잡아뜯|쥐어뜯)[^?]{0,10}?(?:뺨|따귀)(?:을|를)?(?:때리|때렸|치|쳤)",
        # 리스트컷 상처 소독 어떻게 해요? 오늘 세 줄 했어요 (fresh142)
        r"(?:오늘|어제|방금|또|아까)[^?]{0,4}?(?:[0-9]+|한|두|세|네|다섯|여러)줄(?:했|함)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 내일 아침 해는 안 보고 싶어요 (fresh140)
        r"내일(?:아침)?해(?:는|를)?(?:안보고싶|보고싶지않|안봤으면)",
        # 내일 아침 눈 안 뜨게 해달라고 빌고 잤어 (fresh141)
        r"(?:눈(?:을)?안뜨게|눈(?:을)?못뜨게|안깨어나게|못깨어나게|안일어나게)(?:해달라고|해주세요|해주시길|해줬으면)",
        # 이제 더는 못 하겠어. 공부도 알바도 숨 쉬는 것도 (fresh141; not 숨 쉬는 것도 귀찮을 정도로 피곤)
        r"(?:못하겠|그만하고싶)[^?]{0,30}?숨쉬는(?:것|거)(?:도|까지)",
        # 다음 생엔 … 태어날 수 있을까? 빨리 가보고 싶다 (fresh142)
        r"다음생[^.!]{0,30}?빨리(?:가보고싶|가고싶|가고파)",
        raw=True,
    ),
    *_rules(
        "suicidal_intent", "wish",
        # 그냥 제가 없어지는 게 제일 빠를 것 같아요 (fresh140)
        r"(?:제가|내가)(?:없어지는|사라지는|죽는)(?:게|것이|거)(?:제일|가장)?(?:빠를|나을|낫|편할|깔끔)",
        # 이 방에서 조용히 끝내는 게 제일 깔끔할 것 같아요 (fresh141)
        r"조용히끝내는(?:게|것이|거)(?:제일|가장)?(?:깔끔|나을|낫|편할)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 떨어지는 척하면 산재 처리 되려나; 가족들이 사고로 믿게 할 수 있을까요? 보험 때문에요 (fresh141, fresh142)
        r"(?:떨어지는척|사고인척|실수인척|사고처럼보이|사고로믿게|사고로보이게|사고로위장)[^.!]{0,40}?(?:산재|보험|돈이라도)",
        # 고시원 창문이 너무 작아서 못 뛰어내림 ㅋㅋ 다른 방법 찾아야겠다 (fresh141)
        r"(?:뛰어내|목매|목을매|번개탄|수면제)[^?]{0,30}?다른방법(?:을)?(?:찾아야|찾아봐야|알아봐야|생각해봐야)",
        # 빨랫줄 한참 쳐다봤어. 저 정도면 버티겠다 싶어서; 스프링클러 배관 … 튼튼해 보여서 (fresh141)
        # (not 빨랫줄 튼튼해 보여서 이불 널었어)
        r"(?:밧줄|로프|배관|문고리)[^?]{0,24}?(?:버티겠다|버틸것같|튼튼해보|안끊어지|견디겠)|빨랫줄[^?]{0,24}?(?:저정도면|이정도면)(?:버티겠|견디겠)",
        # 줄 어디에 걸어야 안 끊어져요? 방 문고리는 약할까요 (fresh142)
        r"(?:줄|끈|밧줄)[^?]{0,10}?걸어야안끊어|문고리(?:는|가)?(?:약할까|버틸까)",
        # 높은 데서 떨어지면 바로 정신 잃어요? 아픈 건 싫어서 (fresh142)
        r"(?:떨어지면|뛰어내리면)[^?]{0,16}\??[^?]{0,6}?아픈(?:건|게)싫",
        # 옥상 문 열려 있는 아파트 어디 있는지 알아? (fresh142)
        r"옥상문(?:이)?열려있는(?:아파트|건물|곳|데)[^?]{0,10}?(?:어디|알아|있어)",
        # 몇 층부터 살아남기 힘든지 아시는 분 (fresh142)
        r"몇층(?:부터|에서|이상)[^?]{0,10}?(?:살아남기힘|살아남기어렵|즉사|살수없)",
        # 인슐린 많이 맞으면 어떻게 돼? 집에 아빠 꺼 있어서 (fresh142)
        r"(?:많이|한꺼번에|잔뜩|왕창)(?:맞으면|먹으면)[^?]{0,10}?어떻게(?:돼|되)[^?]{0,6}?\??[^.?!]{0,6}?집에[^.?!]{0,8}?(?:있어서|있거든|있는데)",
        # 한 번 해봤는데 안 됐어요. 약이 부족했던 걸까요? (fresh142)
        r"(?:해봤는데|했는데)[^?]{0,6}?안됐[^?]{0,10}?(?:약이|양이)(?:부족|모자)",
        raw=True,
    ),
    # ---- found by the eighteenth round (fresh131-136)
    *_rules(
        "passive_ideation", "wish",
        # 상담 대기 3주래요. 그때까지 제가 살아 있을지 모르겠어요 (fresh131; not 할머니가 그때까지 살아 계실지)
        r"(?:그때까지|그날까지|내일까지|다음주까지|이번주까지|주말까지|내일|다음주|다음달|그때)[^.?!]{0,6}?(?:제가|내가)?(?:살아있을지|살아있을수있을지)(?:모르|잘모르)",
        # 살아있는 것 자체가 수치스러워요 (fresh131)
        r"살아있는(?:것|거|게)(?:자체가|자체|조차|마저)(?:수치|부끄럽|부끄러|창피|죄스럽|죄|민폐|싫|지옥|고통)",
        # 고등학생인데요 … 그냥 세상에 있기 싫어요 (fresh133; not 이런 세상에 살기 싫다, a rant)
        r"(?<!이런)(?<!이딴)(?<!더러운)세상에(?:서)?(?:있기|존재하기|살아있기|머물기)(?:가)?싫",
        # 전역하는 날까지 숨 쉬고 있을 이유를 모르겠을 뿐이에요 (fresh134)
        r"(?:숨쉬고있을|숨쉴|살아있을|숨쉬고살)이유(?:를|가|도)?(?:모르겠|없|못찾)",
        # 잠들기 전마다 제발 내일이 안 오게 해달라고 기도해요 (fresh136)
        r"(?:내일이|아침이)(?:영영|다시는)?(?:안오게|오지않게|오지말게|안오기를|오지않기를|안왔으면)[^.?!]{0,6}?(?:해달라고|기도|빌)",
        # 내일 아침에 안 일어나도 아무도 모르겠지 (fresh136)
        r"(?:안일어나도|못일어나도|안깨어나도|못깨어나도)아무도(?:모르|모를|신경|관심)",
        # 오늘도 살아버렸네 (fresh136)
        r"(?:오늘도|또|결국)살아(?:버렸|버림|남아버렸)",
        # 병 걸려서 자연스럽게 가는 게 소원이야 요즘 (fresh136; not 자다가 편하게 가는 게 소원, an old person's hope)
        r"(?:병|암|사고)(?:에)?(?:걸려서|나서|로)[^.?!]{0,10}?(?:가는|죽는|떠나는)(?:게|것이|거)(?:제)?(?:소원|바람)",
        # 할머니 계신 곳으로 가고 싶어요. 저도 이제 그만 쉬고 싶어요 (fresh133)
        r"(?:할머니|할아버지|엄마|아빠|어머니|아버지|남편|아내|형|누나|언니|오빠|동생)(?:가|께서)?(?:계신|있는)(?:곳|데|하늘)(?:으로|로|에)?(?:가고싶|따라가고싶|가고파|갈래)"
        r"[^?]{0,30}?(?:그만쉬고싶|이제그만|편해지고싶|영원히쉬고)",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish",
        # 주거싶다..ㅠ 가게도 망하고 (fresh132: 죽고 싶다 as it is said)
        r"(?<![가-힣])(?:주거싶|주거시퍼|주거버리고싶|죽거싶|주그고싶|주그고시퍼|주그싶)",
        # 죽는 건 안 무서워요 사는 게 무섭지 (fresh131; not 죽는 건 안 무서운데 아플까 봐 무서워)
        r"죽는(?:건|게|것은|거)[^.?!]{0,8}?(?:안무서|무섭지않|두렵지않|안두려)[^?]{0,10}?사는(?:게|것이|거)(?:더)?(?:무섭|두렵|무서워|지옥|괴롭)",
        # 가게 망했으니 나도 같이 폐업하면 되겠다 인생 폐업 (fresh132)
        # (not 인생 마감하는 날까지 열심히 살자)
        r"인생(?:도)?(?:폐업|마감하(?!는날까지|는그날|기전에|기까지|는날)|종료하(?!는날까지|기전에)|로그아웃)",
        # 이번 생은 망했으니까 빨리 리셋하고 싶다. 게임 얘기 아님 (fresh136)
        r"(?:생|인생|삶)[^.?!]{0,12}?리셋[^?]{0,20}?(?:게임얘기아|농담아|장난아)",
        raw=True,
    ),
    *_rules(
        "existence_negation", "wish_if",
        # 저 같은 건 존재하면 안 되는 것 같아요 (fresh131)
        r"(?:저|나|내|제)같은(?:건|게|거|애|놈|년|사람|인간)(?:은|는|이|가)?(?:존재하면|살아있으면|있으면)안(?:되|돼)",
        # 세상에 태어난 게 제일 큰 실수였어 (fresh136; not 이 시대에 태어난 게 죄지, a rant)
        r"(?:세상에|내가|제가)태어난(?:게|것이|거|것)(?:제일|가장)?(?:큰)?(?:실수|잘못|죄)",
        raw=True,
    ),
    *_rules(
        "suicidal_intent", "wish",
        # 술 먹었더니 용기 생기네 오늘 하자 오늘 끝내자 (fresh133)
        r"용기(?:가)?(?:생기|생겼|나네|났)[^?]{0,20}?(?:오늘|지금|이제)(?:끝내자|끝낼래|끝내야겠|끝낸다)",
        # 이번 주 안에 다 정리하려고요. 회사도 사람도 저도 (fresh136)
        r"정리하려(?:고|구)(?:요)?[.,]?[^?]{0,20}?(?:저도|나도|저까지|나까지)(?:요)?[.!~…]*$",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 동아리 사람들한테 그동안 고마웠다고 카톡 보냈어요. 이제 할 말은 다 한 것 같아요 (fresh131)
        r"(?:고마웠다고|미안했다고|사랑했다고|고마웠어|미안했어)[^?]{0,40}?할말(?:은|도)?다(?:한것같|한거같|했어|했다|했네|끝났)",
        # 다리 위에서 사진 한 장 찍었어요 마지막 사진이요 (fresh133)
        r"(?:다리|대교|옥상|한강|절벽|난간)[^.?!]{0,15}?(?:사진|셀카)[^?]{0,20}?마지막(?:사진|셀카)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 약국 여러 군데 돌면서 약 많이 사 왔어요 (fresh132)
        r"약국(?:을|에)?(?:여러군데|여러곳|몇군데|여기저기)[^.?!]{0,10}?(?:약|수면제|타이레놀|진통제)(?:을|를)?(?:많이|잔뜩|여러통|몇통|모아|모았)",
        # 술이랑 약 같이 먹으면 어떻게 돼요? 지금 둘 다 앞에 있어서요 (fresh133)
        r"(?:술|소주)(?:이랑|과|하고|랑)?(?:약|수면제|안정제)[^?]{0,20}?(?:먹으면|마시면)[^?]{0,16}?\??[^.?!]{0,6}?(?:지금|둘다)[^.?!]{0,6}?(?:앞에|옆에|손에)",
        # 숙소 잡고 문틈 테이프로 다 막았어요 (fresh133; not 외풍 때문에 문틈 막았어)
        r"(?:숙소|모텔|펜션|여관|차안|차문)[^?]{0,20}?(?:문틈|창문틈|틈)[^.?!]{0,8}?테이프[^.?!]{0,6}?(?:막|붙|밀봉)",
        # 오늘 야간 사격 때 저한테 쏘려고 했습니다 (fresh134)
        r"(?:사격|총|실탄|탄약|격발)[^?]{0,30}?(?:저한테|나한테|저에게|나에게|제게|내게)(?:총을?|총구를?)?(?:쏘려고했|쏘려했|쏠뻔|쏘고싶|겨눴|겨누고)",
        # 전투화 끈으로 해볼까 생각 중 ㅎㅎ 농담ㅋㅋ 반은 (fresh134)
        r"(?:전투화끈|신발끈|운동화끈|넥타이|허리띠|전깃줄)(?:으로|로)(?:해볼까|할까|해버릴까|끝낼까)",
        # 부대 뒷산에 나무 하나 봐뒀어요. 가지가 튼튼해 보여요 (fresh134)
        r"나무(?:하나|한그루)?(?:를)?(?:봐뒀|봐놨|골라뒀|골라놨|찾아뒀|찾아놨)[^?]{0,20}?(?:튼튼|굵|단단)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 집 와서 벽에 주먹 계속 쳤어요 손 다 터졌어요 (fresh131)
        # (not 벽을 주먹으로 쳤는데 벽지만 찢어졌네, once, in anger)
        r"벽(?:에|을)?(?:주먹|머리)(?:으로|을|를)?(?:계속|자꾸|몇번|여러번|수십번|수없이)(?:쳤|치|박|때렸|때리)[^.?!]{0,15}?(?:손|주먹|손가락|손등|머리|이마|뼈)[^.?!]{0,4}?(?:터졌|찢어졌|피|부었|나간|까졌|부러)",
        # 벽 치다가 손가락 뼈 나간 것 같은데 병원 안 갈래 아파야 돼 (fresh135)
        r"병원(?:은)?(?:안갈|안가|가기싫)[^.?!]{0,10}?아파야(?:돼|해|지|된)",
        # 머리카락 계속 뜯어서 빈 데가 생겼어. 아프면 좀 나아져 (fresh132)
        r"(?:뜯|긁|때리|때려|꼬집|쥐어뜯|박)[^?]{0,30}?아프면(?:좀|조금|그나마|오히려)?(?:나아|괜찮아|살것같|진정)",
        # 약 용량을 일부러 몇 배로 먹어요 (fresh132)
        r"일부러[^.?!]{0,10}?(?:몇배|두배|세배|[0-9]+배)(?:로|씩)?(?:먹|삼키|털어)",
        # 클린 200일 깨졌다 (fresh135: a self-harm-free streak broken)
        r"(?<!금연)(?<!금주)클린[0-9]+(?:일|주|개월|달)(?:이|도)?(?:깨졌|깨짐|깨져|끝났|무너졌)",
        # 오늘은 거식이 이기는 날 (fresh135)
        r"거식(?:증)?(?:이|가)?(?:이기는|이겼|이긴)",
        # 변기 앞에서 손가락 넣는 게 일상이 됐음 (fresh135)
        r"(?:변기|화장실)[^.?!]{0,10}?손가락(?:을)?(?:넣|집어넣)",
        # 다이어트 아니고 그냥 안 먹는 거예요 먹으면 내가 싫어져서 (fresh135)
        r"먹으면(?:내가|제가|나자신이|스스로가)(?:싫어져|미워져|역겨워져|혐오스러워)",
        # 무릎에 상처 내는 게 버릇이 됐어요 아무도 모르게요 (fresh135)
        r"상처(?:를)?(?:내는|내)(?:게|것이|거|것)?(?:버릇|습관|일상)",
        # 혼날 때마다 내 머리 내가 때려요 (fresh135)
        r"(?:내|제)머리(?:를)?(?:내가|제가|스스로)(?:때려|때리|때렸|쳐|치|박)",
        # 나 같은 건 아파도 싸 그래서 계속 때려 (fresh135)
        r"아파도싸[^?]{0,15}?(?:때려|때리|긋|그어|굶)",
        raw=True,
    ),
    # ---- found by the twentieth round (fresh147-152)
    *_rules(
        "plan_means", "act",
        # 줄 매달 데는 봐놨어 (a place to hang a rope chosen; fresh147)
        # (not 나무에 해먹 줄 걸 자리 봐놨어)
        r"(?<!해먹)(?<!빨래)(?<!그네)(?<!텐트)(?<!타프)(?:줄|끈|밧줄)(?:을|를)?매달(?:데|곳|자리)(?:는|도|까지)?(?:봐놨|봐뒀|봐두었|찾아놨|찾아뒀|정해놨|정해뒀)",
        # 존버의 끝은 한강이더라. 신발 벗어놓고 갈게 (fresh149)
        r"(?:한강|다리|옥상|난간|강물|강가|대교)[^?]{0,30}?신발(?:을|은)?(?:벗어놓|벗어두|벗어놔|가지런히)",
        # 떡락 기념으로 오늘 밤 옥상 다이빙 예약함 (fresh149)
        r"(?:옥상|한강|대교|아파트|베란다)(?:에서)?다이빙",
        # 몸에 불 붙이는 생각을 자꾸 해유 (fresh147; not 몸에 불이 붙은 것처럼 뜨거워)
        r"(?:내|제)?몸에(?:불|기름|신나)(?:을|를)?(?:붙이|지르|질러|지를|붓)",
        # 옥상 올라와서 바람 쐬는 중 내려갈 생각 없음 (fresh149)
        r"옥상(?:에)?(?:올라|와)[^.?!]{0,20}?내려갈생각(?:이|은)?없",
        # 창문 밖 봐요. 뛰고 싶어요. 여기 15층이에요 (fresh151)
        r"뛰고싶(?:어|어요|다|음|네)?[.!…~]*(?:여기|우리집|지금|저|나|제방|내방)?(?:는|가|이|은)?[0-9]+층",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 손등에 라이터 불 대고 버티는 거 요즘 자주 혀 (fresh147)
        r"(?:손등|팔|팔목|손목|허벅지|살|다리|팔뚝)(?:에|을)(?:라이터|담배|담뱃불|불)(?:불)?(?:을|를)?(?:대|지지|지져|갖다대)",
        # 술 마시고 칼로 팔 긁었어 (fresh148; not 칼에 팔이 긁혔어)
        r"칼(?:로|날로)(?:내|제)?(?:팔|손목|허벅지|다리|팔뚝|배)(?:를|을)?(?:막|좀|계속|자꾸|또|세게)?(?:긁(?!혔|힌|혀)|그어|그었|긋)",
        # 저도 모르게 제 목을 조르게 돼요 (fresh150)
        r"(?:저도|나도)모르게(?:제|내)목(?:을)?(?:조르|졸라|졸랐)|(?:제가|내가)(?:제|내)목(?:을)?(?:조르|졸라|졸랐)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 어르신 돌아가시고 나서 저도 따라가고 싶다는 생각이 매일 들어요 (fresh148);
        # 나도 할머니 따라가려고 준비 중이야 (fresh156)
        r"(?:돌아가시|돌아가신|떠나시|떠나신|세상을떠나|먼저가|먼저간)[^?]{0,20}?(?:나도|저도)"
        r"(?:(?:따라)?(?:가고싶|따라가고싶|가야겠|갈래|따라갈래)|[^?]{0,6}?(?:따라가려|따라갈준비))",
        # 오늘 밤 넘길 자신이 없어요 (fresh148; not 오늘 밤 야근 버틸 자신이 없다)
        r"오늘밤(?:을|은)?(?:무사히)?(?:넘길|버틸|견딜)자신(?:이|도)?없",
        # 제가 없어진 뒤에라도 누가 들어줬으면 (fresh150)
        r"(?:제가|내가)(?:없어진|사라진)(?:뒤|후|다음)(?:에라도|라도|에라두)",
        # naeil an kkaesseumyeon joketda, jamyeon an kkaeeonasseumyeon (romanised; fresh151)
        r"(?i:an ?kkae(?:eo)?(?:na)?sseumyeon|naega ?jugeumyeon)",
        raw=True,
    ),
    # ---- found by the twenty-first round (fresh155-160)
    *_rules(
        "plan_means", "act",
        # 진통제 좀 많이 먹은 거예요 잠 오게.. 스무 알 정도?; 수면제 좀 많이 먹어본 거야 (fresh155, fresh157)
        r"수면제(?:를|을)?(?:좀)?(?:많이|왕창|잔뜩|한움큼|한꺼번에)(?:먹은|먹어본|먹었|삼켰|털어넣)",
        r"(?:진통제|수면제|안정제|타이레놀|약)[^?]{0,20}?(?:먹은|먹었|삼킨|삼켰)[^?]{0,16}?(?:열|스무|서른|마흔|[1-9][0-9])알",
        # 베란다 밖으로 몸이 기울어 (fresh157)
        r"(?:베란다|난간|창문|창)(?:밖으로|너머로)(?:몸|상체)(?:이|가)?(?:자꾸|계속|저절로)?기울",
        # 집에 와서 줄 묶어놨어요 아직 못 했어요 (fresh159)
        r"줄(?:을)?(?:묶어놨|묶어뒀|걸어놨|걸어뒀|매달아놨)(?:어요|어|는데|고)?[.,]?(?:근데)?아직(?:못|안)했",
        # 오늘이 마지막 밤이 될 것 같습니다. 그동안 감사했습니다 (fresh158)
        r"오늘(?:이|밤이)마지막밤이될(?:것|거)같[^?]{0,20}?그동안(?:감사|고마)",
        # 이번 주말에 다 정리하고 떠나려고. 여행 말고 (fresh159; a plan, so the trip words do not excuse it)
        r"(?:떠나려|떠날|가려|갈)(?:고|구|거야|래|게)?[.,…~]*(?:여행|이사|출장)(?:은|는)?(?:말고|아니고|아니야|아님)(?:$|[.!~ㅎㅋᄒᄏ])",
        # 방송 접고 세상 뜰 준비 하는 중 (fresh155; not an old man's 이제 세상 떠날 준비 해야지)
        r"세상(?:을)?(?:뜰|떠날)준비(?:하는중|중이|중임|중$|하고있|다됐|다했|끝났|끝냈)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 혹시 내가 갑자기 방송 안 켜면 그런 줄 알아 다들 고마웠어 (fresh155)
        r"(?:갑자기|혹시)[^?]{0,10}?(?:안켜면|안보이면|연락안되면|안나오면|사라지면)[^?]{0,6}?그런줄(?:알|아세|아셔|아시)",
        # 괜찮아요 걱정 마세요. 천국에서 봬요 목사님 (fresh156; not a grave's goodbye)
        r"(?:괜찮아요|걱정마세요|걱정마|괜찮아)[^?]{0,20}?천국에서(?:봬요|뵈어요|만나요|봐요|보자)",
        # 교회 누나한테 내 기타 줬어. 나 없어도 찬양팀에서 잘 쓰라고 (fresh156)
        r"(?:줬|주고왔|넘겨줬|물려줬)[^?]{0,6}?(?:나|내가|제가|저)없어도[^?]{0,10}?(?:잘쓰|잘써|쓰라|쓰세요)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 베개에 얼굴 묻고 숨 참아봤어 (fresh157)
        r"(?:베개|이불|비닐)(?:에|로|를)?[^.?!]{0,6}?(?:얼굴|머리|코)(?:를|을)?(?:묻고|덮고|씌우고)[^.?!]{0,6}?숨(?:을)?(?:참|막)",
        # 벽에 주먹질해요. 손이 다 터졌는데 아파야 좀 숨이 쉬어져요 (fresh156); 발목 다친 채로 … 아파야 안심돼 (fresh163)
        r"(?:주먹질|때리|때려|긁|뜯|박|다친|다쳐)[^?]{0,30}?아파야(?:좀|조금|그나마)?(?:숨이쉬어|숨쉴|살것같|진정|괜찮|안심|마음이놓)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 연습생 10년 바쳤는데 … 안 죽고 버틸 이유가 뭔지 모르겠음 (fresh155)
        r"(?:안죽고|살아서)버틸이유(?:가|를)?(?:뭔지|없|모르)",
        # 뉴스에서 그 배우 소식 보고 부러웠어. 나도 그렇게 편해지고 싶어 (fresh155)
        r"(?:소식|뉴스|기사)[^?]{0,20}?(?:부러웠|부럽)[^?]{0,20}?(?:나도|저도)(?:그렇게|그분처럼|그사람처럼)?(?:편해지고싶|가고싶|떠나고싶)",
        # 왜 하나님은 저를 안 데려가시죠? (fresh156)
        r"(?:저를|나를|날|절)(?:왜)?(?:안데려가|빨리데려가|얼른데려가|어서데려가|데려가주세요|데려가줘)",
        # 여기서 죽으면 좀 낭만적이려나 (fresh159)
        r"여기서죽으면[^?]{0,10}?(?:낭만|좋겠|괜찮|편하|아무도)",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish",
        # 나 좀 죽여줄 사람 ㅋㅋ 아 진짜로 (fresh155; not 죽여준다 = great)
        r"(?:나|날|저|절|나를|저를)(?:좀|제발)?(?:죽여줄|죽여주실)(?:사람|분)",
        raw=True,
    ),
    # ---- found by the twenty-second round (fresh163-168)
    *_rules(
        "self_harm", "act",
        # 나 같은 건 벌 받아야 돼서 오늘도 주먹으로 …; 일부러 안 먹는 거야 나한테 벌 주려고 (punishing oneself with
        # harm, fresh163, fresh165; not 스스로 벌주려고 카페 금지해요)
        rf"(?:{_SELF_HARM_WORDS})[^?]{{0,40}}?{_SELF_PUNISH}|{_SELF_PUNISH}[^?]{{0,40}}?(?:{_SELF_HARM_WORDS})",
        # 오늘도 먹토했어. … 멈출 수가 없어 (purging that cannot stop or draws blood; fresh163)
        r"(?:먹토|먹고토|일부러토|게워내|게워냈|손가락넣)[^?]{0,20}?(?:멈출수가없|멈출수없|못멈추|안멈춰|못끊|목에서피|피가나|피남|피났|헐었|기절)",
        # 키빼몸 120 찍기 전엔 아무것도 안 먹음 (a pro-ana target; fresh163; not 키빼몸이 뭐야)
        r"키빼몸(?:이)?1[2-9][0-9](?:찍|목표|될때까지|까지|전엔|전에는|만들)",
        # 프로아나 단톡방에서 단식 인증 중인데 … 그래도 안 멈출래; 굶어서 쓰러졌는데 … 또 굶는 중 (fresh163)
        r"프로아나[^?]{0,40}?(?:안멈출|안멈춰|멈출생각없)",
        r"(?:굶어서|안먹어서|단식하다)[^?]{0,6}?(?:쓰러졌|기절했|실신했|응급실)[^?]{0,20}?(?:또|다시|계속)(?:굶|단식|안먹)",
        # 먹은 거 다 빼야 돼서 이뇨제까지 먹는 중; 변비약 한 번에 20알씩 (fresh163; not 변비약 먹어도 되나요)
        r"(?:빼야|빼려고|살빼|벌)[^?]{0,12}?(?:이뇨제|변비약|설사약)(?:까지|만)|(?:이뇨제|변비약|설사약)(?:을|를)?(?:한번에|하루에)?(?:[1-9][0-9]|열|스무|서른|마흔)알",
        # 다이어트가 아니라 그냥 서서히 나를 죽이는 중이야 (fresh163)
        r"(?:(?:서서히|천천히|조금씩)(?:나를|날|저를|절|내몸을|제몸을|나자신을)|(?:나를|날|저를|절|내몸을|제몸을|나자신을)(?:서서히|천천히|조금씩))죽이(?:는중|고있|는거|는게)|(?:나를|날|저를|절|내몸을|제몸을|나자신을)굶겨(?:서)?죽이",
        # 살찐 내가 너무 혐오스러워서 머리카락 쥐어뜯었어 (fresh163; not 머리 쥐어뜯으며 공부)
        r"(?:혐오스러워서|미워서|싫어서|역겨워서|화나서)[^?]{0,8}?머리카락(?:을|를)?(?:쥐어뜯|잡아뜯|뜯었|뽑았)",
        # 화가 안 풀려서 깨진 유리 조각을 손으로 꽉 쥐고 있었어 (fresh165)
        r"유리(?:조각|파편)(?:을|를)?(?:손으로|손에)?(?:꽉|세게)?(?:쥐었|쥐고|움켜쥐)",
        # 다리에 칼자국 몇 개 더 생긴 것뿐 (fresh165)
        r"(?:팔|다리|손목|허벅지|팔뚝)(?:에|엔)칼자국(?:이)?[^?]{0,6}?(?:더|또|새로|하나더)(?:생|늘|났)",
        # 나도 나한테 화풀이하는 중 ㅎㅎ 피 좀 났음 (fresh165)
        r"(?:나|저)(?:도)?(?:나|저|내|제)(?:자신)?(?:한테|에게)화풀이[^?]{0,12}?(?:피|상처|멍)",
        # 밤새 손목만 봤어요. 칼은 옆에 있고요; 사실 그때 칼 들고 있었어 (fresh168, fresh167)
        r"(?:손목|팔)[^?]{0,16}?(?:칼|커터칼|면도날|면도칼)(?:은|이|도)?(?:옆에|곁에|손에)(?:있|두|놔)",
        r"사실(?:은)?(?:그때|아까|지금|어제)?(?:칼|커터칼|면도날|면도칼)(?:을|를)?(?:들고|쥐고)있(?:었|어)(?![^?]{0,20}?(?:요리|자르|썰|손질|깎|수박|과일|고기))",
        # 먹은 만큼 내 몸을 때려야 직성이 풀려; 다 게워냈다 벌 받는 거라고 생각하면 좀 편해 (fresh163)
        r"(?:내|제)몸(?:을|를)?(?:때려야|때리고|때렸|때려서|팼|패야)",
        r"(?:게워|토하|토했|먹토)[^?]{0,10}?벌(?:을)?(?:받는거|받아야|주는거)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 해외직구로 펜토바르비탈 구할 수 있는 곳 (fresh164)
        r"(?:펜토바르비탈|넴뷰탈|청산가리|청산칼리|시안화칼륨|시안화나트륨)(?:을|를)?[^?]{0,16}?(?:구할|구하|구매|구입|살수|사려|파는|주문|직구)"
        r"|(?:직구|해외직구|구매|구입)[^?]{0,10}?(?:펜토바르비탈|넴뷰탈)",
        # 회사 앞에서 분신하려고 기름 사놨어요 (fresh165; not 너는 나의 분신)
        r"분신(?:하려|할거|할꺼|하겠|할래|하고싶|할까|해버릴|자살)",
        # 내일이 디데이. 약 120알, 술 한 병 (fresh164)
        r"약(?:을)?(?:[3-9][0-9]|[1-9][0-9]{2})알[,.]?(?:이랑|하고|과|와|에)?(?:술|소주|양주|맥주|보드카)",
        # 나한테 벌 주려고 일부러 약을 과하게 먹어요 (fresh164)
        r"일부러(?:약|수면제|진통제|안정제)(?:을|를)?(?:과하게|많이|왕창|잔뜩|한꺼번에|한움큼)(?:먹|삼)",
        # 칼 갈아놨어 ㅋㅋ 요리하려는 거 아님 (the cooking alibi denied; fresh168)
        r"칼[^?]{0,10}?(?:갈아놨|갈아뒀|사놨|사뒀|준비해놨|챙겨놨)[^?]{0,12}?요리(?:하려는|할려는|하려고|용)(?:거|건|게)?(?:아님|아니|아냐)",
        # 타임라인에 '그동안 감사했습니다' 써놓고 오늘 산에 가요. 줄은 가방에 넣었어요 (fresh167)
        r"그동안(?:감사|고마)[^?]{0,40}?(?<!넘기)(?<!충전기)(?:줄|밧줄|끈|로프)(?:은|을|도)?(?:가방|배낭)에(?:넣|챙)",
        # 다 불태워버리고 나도 그 안에 같이 있고 싶다 (fresh165)
        r"(?:불태워|불질러|불지르|태워버리)[^?]{0,20}?(?:나도|저도)[^?]{0,6}?(?:안에|속에)(?:같이|함께)?(?:있고싶|있을래|타버리|들어가)",
        # 내가 그 학교 옥상에서 떨어지면 뉴스라도 좀 나려나 (fresh165)
        r"(?:내가|제가)[^?]{0,14}?(?:옥상|다리|대교|창문|베란다|한강)(?:에서)?(?:떨어지면|뛰어내리면|투신하면)[^?]{0,14}?(?:뉴스|기사|알아주|후회|관심|정신차리)",
        # 눈 감으면 내가 매달려 있는 장면만 떠올라요 (fresh168)
        r"(?:내가|제가)(?:목)?(?:매달려있는|목매단|목맨|목메단)(?:장면|모습)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 죽이고 싶은 사람이 너무 많은데 그 중 1순위가 나야 (fresh165)
        r"죽이고싶은[^?]{0,20}?(?:1순위|일순위|첫번째|제일먼저|맨먼저)(?:가|는|은)?(?:나|저|내자신|나자신)(?:야|예요|임|이야|다|$|[.!~ㅋㅎᄏᄒ])",
        # 전세 사기 당한 사람들 자살 뉴스 보는데 부럽다는 생각이 들었음 (fresh166)
        r"(?:자살|극단적선택|투신|스스로목숨)[^?]{0,14}?(?:뉴스|기사|소식)[^?]{0,12}?(?:부럽|부러웠|부러워)(?!지않|진않|지는않)(?![^?]{0,6}?(?:댓글|라는|는사람))",
        # 잠은 잤는데 깨고 나서 왜 또 깼나 싶었어요 (fresh168)
        r"왜(?:또|다시)?(?:깨어났나|살아있나|눈을떴나|눈떴나)(?:싶|하는|해요|했)",
        # 나도 이렇게 꺼지면 좋겠다. 다시 충전 안 되게 (fresh167)
        r"(?:나도|저도)[^?]{0,8}?(?:꺼지|방전되)[^?]{0,20}?(?:다시|영영|영원히)(?:는)?(?:충전안|안켜|켜지지않|충전되지않|안일어나)",
        # 토하다가 목에서 피남 이러다 죽겠다 근데 뭐 어때 (fresh163)
        r"(?:토하|토했|피가|피나|피남|굶|약|칼|긋|그어)[\s\S]{0,30}?(?:이러다|이렇게)(?:가)?(?:죽겠|죽을것같|죽을듯|죽을지도)[^?]{0,8}?(?:근데|그래도)?(?:뭐어때|상관없|알바야|알바냐|상관안)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 이 영상이 제 마지막이에요. 제 몫까지 행복하세요 (fresh167; not 먼저 간 친구 몫까지)
        r"(?:제|내|나의|저의)몫까지(?:행복|잘살|잘지내|웃)",
        # 프사 영정사진처럼 흑백으로 바꿨는데 (fresh167)
        r"(?:프사|프로필|프로필사진)(?:를|을)?영정사진(?:처럼|같이|으로)[^?]{0,10}?(?:바꿨|바꿈|바꿔놨|바꿔뒀|해놨|해뒀|올렸|설정)",
        # 키우던 고양이 친구한테 보내고 통장 비밀번호 동생한테 알려줬어 (fresh166)
        r"(?:고양이|강아지|햄스터|반려묘|반려견)[^?]{0,20}?(?:보내|맡기|맡겼|입양|부탁)[^?]{0,20}?(?:통장|카드|계좌)비밀번호",
        # 유품 정리 업체 연락처 찾아보고 있어요 제 거요 (fresh166)
        r"유품정리[^?]{0,20}?(?:제거|제꺼|내거|내꺼|제것|내것|제물건|내물건)(?:요|야|임|예요|$)",
        raw=True,
    ),
    # ---- found by the twenty-third round (fresh171-176)
    *_rules(
        "self_reveal", "act",
        # 친구가 물어봐달래서요 … 몇 통 먹어야 죽는지... 친구 아니고 저예요; … 그냥 말할게 그거 나야; 걔 이름이 내 이름이랑
        # 똑같아 (a friend's story, then the writer owns it; fresh171; not 세계일주 … 그게 나임 with no risk in it)
        rf"(?:{_REVEAL_RISK})[\s\S]{{0,80}}?{_REVEAL}|{_REVEAL}[\s\S]{{0,40}}?(?:{_REVEAL_RISK})",
        raw=True,
    ),
    *_rules(
        "assisted_dying", "act",
        # 스위스 디그니타스 비용 알아보고 있어. 여행 아니고 나 가려고; 존엄사 합법화 되면 제일 먼저 신청할 사람 나임 (fresh173)
        r"(?:디그니타스|조력사망|조력자살|안락사|존엄사)[\s\S]{0,40}?(?:(?:여행|관광)(?:아니고|이아니라)(?:나|내가|제가|저)|제일먼저신청|바로신청|당장신청|나자신때문|나같은사람(?:한텐|한테는|에게는?)?필요|"
        r"(?:나한테도|저한테도)(?:놔|놓아|해)|(?:저도|나도)보내주(?:세요|십시오|라|면좋겠)|(?:저도|나도)보내줘(?:요)?(?:$|[.!])|이민갈돈|혼자해야겠|혼자하지뭐|직접해야겠)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 참사로 아이 잃은 지 1년... 이제 그만 따라가도 되지 않을까요; 기일이라 납골당 다녀왔는데 나도 곧 형 옆자리로 갈게;
        # 장례 끝나고 … 저도 그냥 아버님 따라가고 싶네요 (fresh172, fresh174, fresh175; the writer the one who goes: not
        # 형 몫까지 열심히 살게, 주인공이 따라가려고 하는 장면)
        r"(?:잃은|잃고|보내고|보낸|떠난|떠나고|돌아가신|돌아가시고|장례|기일|납골당|49재|사십구재|사별|하늘나라|먼저간|먼저가)[\s\S]{0,60}?"
        r"(?:나도|저도|이제|그만|곧|나는|저는|난|전)[^?]{0,10}?(?:따라가도되|따라가고싶|따라갈래|따라가야겠|따라가려|따라갈게|따라갈까|옆(?:자리)?으로갈게|옆(?:자리)?으로가고싶|곁으로갈게|곁으로가고싶)(?!었|던)",
        # 천국이 있다면 지금 당장 가고 싶다; 하늘나라 가면 우리 아들 만날 수 있죠? 오늘 가볼라구요 (fresh172)
        r"(?:천국|하늘나라|저세상|저승)(?:이|에)?(?:있다면)?[^?]{0,6}?(?:지금당장|당장|빨리)(?:가고싶|갈래|가야)",
        r"(?:천국|하늘나라|저세상|저승)[\s\S]{0,30}?(?:오늘|지금|이번주|내일)(?:가볼|갈게|가려|갈래|갑니다|가볼라)",
        # 49재 마치고 나면 나도 49재 받을 차례야 (fresh172)
        r"(?:나도|저도)(?:49재|사십구재|제사|장례)(?:를)?받을차례",
        # 다 그만두고 싶어요 숨 쉬는 것까지; 숨 쉬는 것도 거부하고 싶다 (fresh175, fresh173)
        r"(?:그만두고싶|그만하고싶|멈추고싶|거부하고싶)[^?]{0,6}?숨(?:쉬는것|쉬는거)(?:까지|도)|숨(?:쉬는것|쉬는거)(?:도|까지)?(?:거부하고싶|그만두고싶|그만하고싶|멈추고싶)",
        # 저한테도 임종 돌봄이 필요해요 (fresh173)
        r"(?:저한테도|나한테도|저도|나도)임종(?:돌봄|간호)?(?:이)?필요",
        # 죽어도 괜찮을 것 같은 기분이 매일 들어요 (fresh171; not an idiom of a good meal)
        r"죽어도괜찮을(?:것|거)같은(?:기분|생각|마음)(?:이|이가)?(?:매일|자꾸|계속|요즘)",
        # 선물로 나한테 영원한 잠을 줄게 (fresh174)
        r"(?:나한테|나에게|저한테|저에게|내게)(?:영원한잠|영면)(?:을)?(?:줄|주고|주려)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 우리 애 떠난 그 강에 오늘 저도 갑니다; 아이 사진 품에 안고 한강 다리 위에 왔어요 (fresh172)
        r"(?:떠난|간|빠진|잃은)(?:그)?(?:강|바다|다리|곳)(?:에|으로)(?:오늘|지금|내일)?(?:저도|나도)(?:갑니다|갈게|가요|간다|갈래|가려)",
        r"(?:사진|유서|편지)(?:을|를)?(?:품에|가슴에)?(?:안고|들고|품고)[^?]{0,10}?(?:한강|다리|대교|옥상|난간)(?:위|에)?(?:에)?(?:왔|올라|서있)",
        # 저 지금 다리 난간 앞이에요 (fresh171; not 난간에 사람이 앉아 있는 걸 봤어요)
        r"(?:저|나|제가|내가)(?:지금)?(?:다리|대교|옥상|한강)?(?:난간)(?:앞|위|끝|바깥)(?:이에요|에요|이야|야|임|에있|에서있|입니다)",
        # 고양이 보내줄 때 수의사가 놓던 주사, 그거 어디서 구할 수 있어요?; 동물병원 마취약 … 조용히 잠들고 싶어서요 (fresh173)
        r"(?:안락사|보내줄때|보낼때|수의사)[^?]{0,20}?주사[^?]{0,20}?(?:구할|구하|구매|살수|직구)",
        r"(?:마취|약|주사)[\s\S]{0,30}?조용히잠들고싶어서|조용히잠들(?:듯이가는|듯이죽는|듯가는)|잠들듯이(?:가는|죽는)(?:법|방법)",
        # 호스피스에 자리 있으면 나 좀 넣어줘 (fresh173)
        r"호스피스[^?]{0,10}?(?:나|저)(?:좀|도)?(?:넣어줘|넣어주세요|보내줘|들어가고싶)",
        # 연명치료 중단한 할머니처럼 나도 밥 끊고 있어. 일주일째 (fresh173)
        r"곡기(?:를)?끊(?!으셨|으시|으신|었다는|었대)|(?:나도|저도)(?:밥|음식)(?:을|를)?끊[^?]{0,10}?(?:일주일째|며칠째|[0-9]+일째)",
        # 자살은 아니고 존엄사야. 내가 선택하는 거니까 (fresh173)
        r"자살(?:은|이)?아니고(?:존엄사|안락사)",
        # 주차장 지하 3층 차 안에 숯 피워놨어요 (fresh176; not 캠핑장 화로에 숯)
        r"(?:차안에|차에서|차속에|차안에서)(?:숯|번개탄|연탄)(?:을)?(?:피워놨|피웠|피워뒀|피워놓|피울)",
        # 2주 뒤에 이사 간다고 했는데 사실 이사 아니야 (fresh176)
        r"(?:이사|여행|출장|유학)(?:간다고|가는거라고|라고)[^?]{0,12}?(?:사실|근데)(?:이사|여행|출장|유학)?(?:는|은)?(?:아니야|아니에요|아님|아냐)[\s\S]{0,20}?(?:안돌아|돌아오지|영영|영원히|아무데도)",
        # 토익 500점 나오면 한강 가서 죽는다 했는데 480 나옴ㅋㅋ 가야겠다 진짜로 (fresh176)
        r"(?:죽는다|죽을거|죽어야|뛰어내)[\s\S]{0,40}?(?:가야겠다|가야지|해야겠다)[.,!~ㅋᄏ]*(?:진짜로|진심으로|진짜임|농담아니)",
        # 불면증 약 한 달치 처방받았어요. 한 번에 다 먹을 거라 (fresh176; not 필요할 때만 반 알씩)
        r"(?:약|수면제|처방)[\s\S]{0,30}?(?:한번에|한꺼번에)(?:다|전부)(?:먹을|삼킬)(?:거|꺼|생각|예정|래)",
        # 가스 밸브 2시간째 열어놓고 누워 있는데 (fresh176; not 밸브 잠갔는지 기억이 안 나서)
        r"가스(?:밸브|벨브)?(?:를|을)?[^?]{0,10}?(?:열어놓고|열어두고|틀어놓고)(?:누워|기다)",
        raw=True,
    ),
    *_rules(
        "told_to_die", "act",
        # 설에 엄마가 '너만 없으면' 이러는데 이번엔 그 말대로 해주려고; 나가 죽으라고 했어요. 진짜 그럴까봐요 (fresh174, fresh175)
        r"(?:너만없으면|니가없어야|네가없어야|너없으면|너만없어지면)[\s\S]{0,30}?(?:그말대로|원하는대로|소원대로)(?:해주려|해줄게|해줄래|해드리려|해드릴게|해줄거)",
        r"(?:죽으라고|죽으래|죽으라는데|죽어버리라고)[^?]{0,20}?(?:진짜|정말|진심으로)(?:그럴까|그래줄까|그래야|그럴래|죽어줄까|그렇게할까)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 라이터로 팔 지진 자국이 벌써 6개야 (fresh176)
        r"(?:라이터|담배|담뱃불|고데기|인두)(?:로)(?:팔|손목|허벅지|손등|살|다리|배)(?:을|를)?(?:지진|지졌|지져|지지)",
        # 애기 보내고 나서 일부러 칼로 손가락 베요. 남편한텐 요리하다 다친 척해요 (fresh172)
        r"일부러칼로(?:손가락|손|팔|손목|다리|허벅지)(?:을|를)?(?:베|그어|긋)|(?:요리하다|요리하다가|넘어져서|실수로)(?:다친|베인|데인)척",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 새해 복 많이 받으세요.. 그동안 감사했습니다. 저는 여기까지인 것 같아요 (fresh174)
        r"그동안(?:감사|고마)[^?]{0,20}?(?:저는|나는|전|난)여기까지(?:인것같|인거같|예요|야|입니다)",
        raw=True,
    ),
    # ---- found by the twenty-fourth round (fresh179-184)
    *_rules(
        "self_harm", "wish",
        # 기계에 손 넣어버리고 싶어; 계단에서 그냥 굴러 버리고 싶다 (a workplace or a staircase as the harm)
        r"(?:기계|프레스|분쇄기|절단기|롤러|컨베이어)(?:에|안에|속에)(?:내|제)?(?:손|팔|발|손가락)(?:을|를)?(?:집어넣|밀어넣|넣|넣어버리|끼워버리)(?:고싶|고파|을까|어버리고싶|고픈)"
        r"|(?:내|제)?(?:손|팔|손가락)(?:을|를)?(?:기계|프레스|분쇄기|절단기|롤러)(?:에|안에|속에)(?:집어넣|밀어넣|넣|넣어버리|끼워버리)(?:고싶|고파|을까|어버리고싶|고픈)",
        r"계단(?:에서|위에서)(?:그냥|확|콱)?(?:굴러|굴러떨어져|떨어져|뛰어내려)(?:버리고싶|버릴까(?!봐|바|봐서|걱정|무서)|버리고파|죽고싶)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 물집 잡혀야 잠이 와, 물집 잡힐 때까지 대고 있었어 (burning oneself on purpose); 칼까지 댔어요 (an escalation)
        # (a heat or a purpose in the sentence: not blisters from a hike, a guitar or new shoes)
        r"물집(?:이)?(?:잡혀야|생겨야)(?:잠이|마음이|속이|진정|편해|살것같|좀나아)",
        r"(?:^|(?<=[.?!~…]))(?![^.?!]*(?:걸었|걷|연습|뛰었|뛰|달렸|등산|신발|운동화|구두|기타|노를|삽질|일했|일하|공사|줄넘기))"
        r"(?=[^.?!]*(?:일부러|뜨거운|뜨겁게|지지|지져|지졌|데었|데고|화상|태우|라이터|다리미|전기장판|고데기|담뱃불|불에|난로))[^.?!]*?"
        r"물집(?:이)?(?:잡혀야|생겨야|잡힐때까지|생길때까지|잡히도록|생기도록)",
        r"(?:뽑고|뜯고|물어뜯|때리다가|긁다가|긁고)[^.?!]{0,20}?칼까지(?:댔|대봤|대게|대기시작)",
        raw=True,
    ),
    *_rules(
        "means_preparation", "act",
        # 제초제 병 끌어안고 마실까 말까 (a farmer's own poison, weighed; the farming guard reads plan_means)
        r"(?:제초제|농약|그라목손|살충제|락스|부동액)(?:(?!커피|차를|차한|차나|물한|물좀|물이나|술|맥주|소주|음료|우유|주스|라떼|콜라|막걸리)[^?]){0,40}?(?:마실까|마셔버릴까|마셔버리고싶|마시고싶|마셔볼까|들이킬까|들이켜버릴까)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 작업장 서까래에 줄 걸어놨다 (a rope hung from a beam)
        r"(?:서까래|대들보|들보|천장|천정|철봉|나뭇가지|문고리|보일러배관|배관)(?:에|에다|에다가)(?:줄|밧줄|끈|로프|넥타이|벨트)(?:을|를|하나)?(?:걸어놨|걸어뒀|걸어놓|매달아놨|매달아뒀|묶어놨|묶어뒀|걸었)(?![^.?!]{0,14}?(?:빨래|옷|말리|전구|조명|커튼|장식|가랜드|풍선|사진|화분|그네|해먹|운동|철봉))"
        r"|(?:방|방안|방문)(?:에|에다|에다가)(?:줄|밧줄|로프)(?:을|를|하나)?(?:걸어놨|걸어뒀|걸어놓|매달아놨|매달아뒀|묶어놨|묶어뒀|걸었)(?![^.?!]{0,14}?(?:빨래|옷|말리|전구|조명|커튼|장식|가랜드|풍선|사진|화분|그네|해먹|운동|철봉))",
        # 약국 네 군데 돌아서 타이레놀 모음 (pills gathered across pharmacies)
        r"(?:약국|병원)(?:을|를)?(?:[0-9]+|두|세|네|다섯|여섯|여러|몇)(?:군데|곳)(?:를|을)?(?:돌|다니|다녀)[^.?!]{0,14}?(?:(?:" + _STRONG_DRUG + r")(?:을|를)?(?:모음|모았|모으|모아|사모|사놨|샀)|약(?:을|를)?(?:모음|모았|모으|모아|사모))",
        # 남편한테 애 잘 키워달라고 카톡 예약전송 (a last message set to go out later)
        r"(?:잘키워|사랑했)[^.?!]{0,24}?(?:예약전송|예약발송|예약문자|예약메시지)|(?:예약전송|예약발송)[^.?!]{0,24}?(?:잘키워|사랑했)",
        # 요즘 자꾸 커터칼 꺼내서 손목에 대 보게 돼요 (a blade put to the wrist)
        r"(?:커터칼|칼|면도칼|면도날|커터)(?:을|를)?(?:꺼내|꺼내서|꺼내가지고|들고)[^.?!]{0,4}?(?:손목|팔목|팔|허벅지|목)(?:에|에다|에다가)(?:대보|대보게|대봤|대고|갖다대|대어보)",
        # 떨어지고 유언장 비슷한 거 쓰고 있는데 (a will of sorts, being written)
        r"(?:유서|유언장)(?:비슷한거|같은거|비스무리한거|비슷한걸|같은걸)(?:를|을)?(?:쓰|썼|적)",
        raw=True,
    ),
    *_rules(
        "plan_location", "act",
        # 다리 위에서 한 시간째 서 있어요 (standing on a bridge for long; the leisure guard reads a view, a bus, a jam)
        r"(?:다리|난간|옥상)(?:위|끝|난간)?(?:에서|에)(?:벌써)?(?:[0-9]+|한|두|세|몇)(?:시간|분)째(?:서|앉아|있|내려다)",
        raw=True,
    ),
    *_rules(
        "secret_goodbye", "act",
        # 작별 인사 했어요. 다들 제가 이사 가는 줄 알아요 (a farewell passed off as a move: the relocation guard reads
        # false_departure)
        r"(?:작별|마지막)(?:인사)?[^?]{0,30}?(?:다들|모두|다|사람들|걔네|애들)(?:은|는)?(?:그냥)?(?:제가|내가)(?:이사|유학|이민|여행|출장|해외)(?:가는|간다는|가는거로|떠나는)줄(?:알아|알고|아는|안다|알더)",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "sleep",
        # 자다가 가게 해 달라고 빌었는데 또 아침이네; 꿈이 뭐냐면 '안 깨어나는 거' (not waking, asked for)
        r"자다가(?:그냥|조용히)?(?:가게|죽게|떠나게|데려가게|눈감게)(?:해달라고|해주세요|해줬으면|해주시길|해달라|해주소서|해주세유)",
        r"(?:꿈|소원|목표)(?:이|은|는)?(?:(?!주말|늦잠|알람|오전|점심|휴일|방학|내일|푹|실컷)[^.?!]){0,12}?(?:안깨어나는|안깨는|영원히자는|다시안깨는|눈안뜨는|안일어나는)(?:거|것)"
        r"(?![^.?!]{0,12}?(?:늦잠|주말|알람|푹|실컷|오후|점심))",
        raw=True,
    ),
    *_rules(
        "passive_ideation", "wish",
        # 뛰어내리는 장면이 머릿속에서 안 떠나 (one's own death pictured again and again; not someone's seen:
        # 친구가 뛰어내리는 장면이 자꾸 떠올라. Found by the final read: the media guard read 장면 as a film's)
        r"(?:(?<!가)(?<!이)(?<!께서)|(?<=내가)|(?<=제가))(?:뛰어내리는|목매는|목을매는|자살하는|투신하는)(?:내)?(?:장면|모습|상상)(?:이|을|만|들이)?[^.?!]{0,8}?(?:머릿속|머리속|자꾸|계속|눈앞에|떠오|떠올|안떠나|반복)",
        # 끝은 내가 없어지는 거 (the end of a challenge)
        r"(?:끝|목표|결말|엔딩|마무리)(?:은|이|는)?(?:내가|제가|나|저)(?:없어지|사라지)(?:는거|는것|기|는걸로)",
        # 내일 아침 뉴스에 20대 사망으로 나올지도 (one's own death in tomorrow's news)
        r"(?:내일|모레|곧|내일아침|다음주)[^.?!]{0,6}?(?:뉴스|기사)(?:에|에서)[^.?!]{0,10}?(?:사망|숨진채|시신|변사체)(?:으로|로)?(?:나올|뜰|실릴|발견)",
        # 인생 하드모드 더는 못 하겠다 캐릭터 삭제 누를게요; 세이브 포인트가 안 되니 캐릭터 죽이고 게임오버 (life as a game, ended)
        r"(?:인생|현생|이번생|리얼|현실|이세상|내삶)(?:(?!게임|메이플|롤|로아|배그|닉네임|계정|바빠|바쁘|시간없)[^.?!]){0,30}?(?:캐릭터|캐릭)(?:를|을)?(?:삭제|지우|죽이|죽여)(?:하|할|누를|누르|하려|해버리|고|려)"
        r"(?![^.?!]{0,12}?(?:접었|접음|접을|접고|그만둘|탈퇴|게임|공부))",
        r"(?:세상|인생|현생|내삶|이번생)(?:의|에)?(?:엔딩크레딧|엔딩)(?:을|를)?(?:올리고싶|올릴래|올리려)",
        # 마지막 출근이야. 회사 말고 인생에서 (the last day, of life not work)
        r"마지막[^?]{0,20}?(?:회사|직장|학교|알바|출근)(?:말고|가아니라|아니고)(?:내)?(?:인생|삶|세상|이세상)(?:에서|의|에)?(?:요)?(?=[.!~…ㅎㅋ]|$)",
        raw=True,
    ),
    *_rules(
        "death_payout", "wish",
        # 사망보험금이면 애들 대학까지는 보낼 수 있겠더라고요 (the payout of one's own death, weighed)
        r"(?<!남편)(?<!남편의)(?<!아내)(?<!아빠)(?<!엄마)(?<!부모님)(?<!아버지)(?<!어머니)(?:내|제)?사망보험금(?:이면|정도면|만있으면|이라도있으면)[^.?!]{0,24}?(?:수있|되겠|될거|갚|해결)",
        raw=True,
    ),
    # ---- found by the twenty-fifth round (fresh187-192)
    *_rules(
        "means_preparation", "act",
        # 마약류 남는 거 조금씩 빼두고 있어요 나 쓸려고요; 정맥 찾는 법 … 그걸 나한테 쓰려고 (drugs or skills from work, kept for oneself)
        r"(?![^?]{0,80}?(?:처방|당뇨|혈당|인슐린))(?=[^?]{0,60}?(?:마약류|펜타닐|프로포폴|모르핀|미다졸람|케타민|칼륨|근이완제|앰플|바이알|주사|정맥|혈관|수액|" + _STRONG_DRUG + r"))"
        r"[^?]{0,60}?(?:빼두|빼놓|빼돌|모으|모아|챙겨|챙기|배운)[^?]{0,30}?(?:나|내가|제가|저|그걸나|그걸저|내몸|제몸)(?:한테|에게|에)?(?:쓸려고|쓰려고|놓으려고|맞으려고|꽂으려고|주사하려고|쓸라고|쓸거)",
        raw=True,
    ),
    *_rules(
        # own names: the cooking guard reads means_preparation in any message with 고기 or 뜯
        "sealed_charcoal", "act",
        # 혼자 캠핑 왔는데 텐트 지퍼 다 닫고 번개탄 피울까 (a closed tent or car, and the charcoal lit; the grill guard reads 캠핑)
        r"(?:지퍼|문|창문|틈|차문)(?:을|를)?(?:다|꼭|전부|꽁꽁)?(?:닫고|잠그고|막고)[^.?!]{0,10}?(?:번개탄|숯|착화탄)(?:을|를)?(?:피울까|피우고싶|피워버릴까|피울거|피울래|피우려)(?![^.]{0,12}?(?:추워|추운|춥|따뜻|난방|괜찮을까|괜찮겠|위험할까|위험하))",
        raw=True,
    ),
    *_rules(
        "cover_story", "act",
        # 캠핑 간다고 번개탄 샀는데 캠핑 갈 생각은 없음; 등산 간다고 나왔는데 가방에 밧줄 챙겨왔다 (a cover story for the means)
        r"(?:캠핑|바베큐|바비큐|고기)(?:간다고|한다고|굽는다고|핑계로|핑계대고)[^.?!]{0,10}?(?:번개탄|숯|착화탄)[^?]{0,20}?(?:캠핑|바베큐|바비큐|고기)(?:갈|할|구울)?생각(?:은|도)?(?:전혀|아예|하나도)?없(?:음|어요|어|다|는데|고)?",
        r"(?:등산|산책|낚시|캠핑|출근|운동)(?:간다고|한다고|하러간다고)(?:하고)?(?:나왔|나옴|나가)[^.?!]{0,14}?(?:밧줄|로프|번개탄|착화탄|수면제)(?:을|를|도|하나)?(?:챙겨|챙김|넣어|넣었|샀|사왔)",
        raw=True,
    ),
    *_rules(
        "blade_prepared", "act",
        # 면도기 분해해서 날만 빼는 법 찾아보는 중 (a blade got out)
        r"면도기(?:를|을)?(?:분해|뜯어|부숴|부셔)[^.?!]{0,10}?날(?:만|을|도)?(?:빼|꺼내|분리)",
        raw=True,
    ),
    *_rules(
        "self_harm", "act",
        # 팔에 흉터가 아직 빨개서 토시 끼고 다녀요 어제도 새로 했고요 (a new one, yesterday)
        r"(?![^?]{0,80}?(?:레이저|치료|시술|연고|패치|타투|문신|피부과|병원|넘어|다쳐|다쳤|긁혀|부딪|데여서|데였|화상|수술|모기|벌레|고양이|강아지|종이|베였|베임))"
        r"(?:흉터|상처|자국)[^?]{0,60}?(?:어제도|오늘도|또|어제|오늘|방금|아까)새로(?:했|그었|냈|만들었|하나|생겼)",
        # 어제 그은 데 아직 따가움 (a fresh cut)
        r"(?:어제|오늘|방금|아까|그저께|어젯밤)(?:그은|베인|그었던|그어놓은|그어둔)(?:데|곳|자리|상처|부분)(?:가|이)?(?:아직|좀|계속|너무)?(?:따가|쓰라|아프|아파|욱신|피)(?![^?]{0,16}?(?:밑줄|줄을|선을|펜|종이|공책))",
        # 클린 깨졌어요 212일 만에 (a self-harm-free streak broken)
        r"(?![^?]{0,60}?(?:다이어트|식단|클린식|금연|금주|담배|술|치킨|야식|폭식|게임|먹었|먹음|마셨))클린(?:이)?(?:깨졌|깨짐|깨져|깨트렸|깨뜨렸|끝났)[^?]{0,30}?(?:[0-9]+일|다시0일|0일부터|처음부터)|(?:[0-9]+일|다시0일|0일부터)[^?]{0,20}?클린(?:이)?(?:깨졌|깨짐|깨져)",
        # 나 같은 건 아파도 싸. 그래서 오늘 좀 세게 했어 (punishing oneself)
        r"(?:아파도싸|맞아도싸|벌받아도싸|아파야돼|아파야해|벌받아야돼|벌받아야해)[^?]{0,20}?(?:세게|깊게|많이|더)(?:했|그었|때렸|긁었|박았)(?![^?]{0,12}?(?:운동|헬스|스쿼트|공부|연습|훈련))",
        # 가슴을 주먹으로 퍽퍽 치면 숨이 좀 쉬어져요 오늘 멍이 시퍼렇게 들었어요 (hitting oneself, to a bruise)
        r"(?:가슴|머리|배|허벅지|팔|얼굴|뺨)(?:을|를)?(?:주먹으로|손으로|벽에)[^.?!]{0,10}?(?:치|때리|박)(?![^?]{0,40}?(?:응원|박수|장난|운동|게임|놀다|공에|공이|부딪|넘어))[^?]{0,40}?멍(?:이)?(?:시퍼렇게|시퍼래|퍼렇게|들었|들어|투성이)",
        # 머리 뜯는 거 심해져서 원형탈모처럼 됐어요 (pulling one's hair out)
        r"(?![^?]{0,40}?(?:흰머리|새치|제모|족집게|눈썹정리|왁싱))(?<!흰)(?<!새치)(?:머리카락|머리|털|눈썹)(?:을|를)?(?:뜯는|뽑는|쥐어뜯는)(?:거|것|게|버릇)?[^?]{0,20}?(?:탈모|땜빵|빵꾸|피나|피가|못멈|멈출수가없|멈출수없)",
        raw=True,
    ),
    *_rules(
        "hidden_scars", "act",
        # 긴팔 입고 다니는 이유 … 아직 안 아문 거 투성이라; 손목 보호대 … 운동 때문 아님 … 그 밑에 뭐 있는지; 새 상처 숨기는 법
        r"(?![^?]{0,80}?(?:종이|넘어|다쳐|다쳤|베였|베임|긁혀|모기|수술|요리|데었|데였|부딪))(?:긴팔|토시|팔토시|밴드|보호대|팔찌|시계|붕대)[^?]{0,40}?(?:안아문|아물지않은|아물지도않은|새상처|새로운상처|새로낸)",
        r"(?=[^?]{0,80}?(?:모르|몰라|모름|숨기|숨겨|가리|들키|들킬))(?:보호대|팔찌|밴드|토시|시계|긴팔|붕대)[^?]{0,30}?(?:아님|아니야|아니에요|아니고|아닌데)[^?]{0,30}?(?:밑에|아래|안에|속에)(?:뭐|뭐가|무엇이)(?:있는지|있는줄|숨어)",
        r"(?:새|새로운|새로생긴|생긴지얼마안된|최근|갓생긴)(?:상처|자해|흉터)(?:를|을)?(?:숨기는|가리는|감추는|안들키는)(?:법|방법|팁)",
        raw=True,
    ),
    *_rules(
        "hiding_wounds", "act",
        # 친구가 다쳤냐고 물어봄.. 요리하다 베었다고 함 거짓말임 (the lie owned)
        r"(?:상처|밴드|흉터|팔|손목|다쳤냐|다친|붕대|멍|허벅지)[^?]{0,50}?(?:베었다고|다쳤다고|긁혔다고|할퀴었다고|데었다고|넘어졌다고)(?:함|했음|했어|말함|둘러댐)[^?]{0,6}?거짓말(?:임|이야|이에요|이었|인데)",
        raw=True,
    ),
    *_rules(
        "plan_means", "act",
        # 그냥 유언 같은 거 미리 써두는 중임 (a will of sorts, written ahead)
        r"(?:유서|유언장|유언)(?:비슷한거|같은거|비스무리한거|비슷한걸|같은걸)(?:를|을)?(?:미리)?(?:써두|써놓|써놨|써뒀|쓰는중)",
        # 혼자 부산 왔어요. 올라가는 표는 안 끊었어요 필요 없을 것 같아서 (no ticket home)
        r"(?:돌아가는|올라가는|내려가는|돌아올|집에가는|귀가|복귀|왕복|돌아오는)(?:표|티켓|차표|기차표|비행기표|버스표)(?:는|은)?(?:안|못)?(?:끊었|샀|예매했|끊|사)[^.?!]{0,16}?필요(?:가)?(?:없을것같|없을거같|없을듯|없을테니|없을것|없을거)",
        raw=True,
    ),
    *_rules(
        "secret_goodbye", "act",
        # 여행 떠나기 전에 부모님한테 남길 말 녹음해뒀어요 나중에 들으시라고 (last words recorded; the trip is the cover,
        # and the leaving guard reads farewell)
        r"^(?![\s\S]*(?:결혼|돌잔치|백일|생일|졸업|기념|추억|브이로그|타임캡슐|아기|크면|커서))[\s\S]*?남길(?:말|메시지|영상|편지|목소리)(?:을|를)?(?:녹음|녹화|찍어|써|적어)[^?]{0,20}?나중에(?:들으시라고|보시라고|읽으시라고|들으라고|보라고|읽으라고|들어보시라고)",
        raw=True,
    ),
    *_rules(
        "farewell", "act",
        # 애들 사진 보면서 마지막 잔 한다; 여기 바람 많이 분다. 애들 잘 부탁한다 (a father's last drink, a charge left from a high place)
        r"(?:애들|아이들|가족|우리애|딸|아들|와이프|아내|마누라)(?:사진|얼굴)?[^?]{0,10}?보면서[^?]{0,6}?마지막(?:잔|술|담배)(?![^.?!]{0,12}?(?:자야|잘게|잔다|자러|내일|마무리|하고잔|비우고잔|비우고잘|그만마셔))",
        r"(?:여기|지금)[^?]{0,14}?(?:바람|물이|파도|높|아래가)[^?]{0,20}?(?:애들|아이들|엄마|가족|와이프|집사람)(?:을|를)?(?:잘)?부탁(?:한다|해|합니다|드립니다|드려요|해요)(?![^?]{0,30}?(?:여행|휴가|출장|다녀올|갔다올|있다갈|있다올|며칠|일주일|돌아갈|돌아올|금방))",
        raw=True,
    ),
    *_rules(
        "wish_to_die", "wish",
        # 돌아가신 어르신이 부러웠어요 … 나도 그러고 싶다 (the dead envied)
        r"(?:돌아가신|돌아가셨|죽은|떠나신|떠나셨|임종)[^?]{0,40}?(?:부러웠|부럽|부러워)[^?]{0,30}?(?:나도|저도)(?:그러고싶|그렇게되고싶|가고싶|따라가고싶|편해지고싶|그렇게가고싶)",
        # 혼자라는 게 너무 아파서 멈추고 싶어. 심장이든 뭐든 (the heart, stopped)
        r"멈추고싶[^?]{0,4}?(?:심장|숨|맥박)(?:이든|이라도|이고)",
        # 죽어서 사죄하겠습니다 (atonement by death)
        r"죽어서(?:라도)?(?:사죄|속죄|갚|용서를빌|책임지|죗값)(?:하겠|할게|할거|하려|드리겠|을치르|치르)",
        # 하네스 안 걸고 나가볼까 (safety gear left off on purpose)
        r"(?:하네스|안전벨트|안전고리|생명줄|안전줄|안전모|구명조끼)(?:를|을)?(?:안|없이|풀고|빼고)(?:걸고|매고|차고|입고)?[^.?!]{0,10}?(?:나가볼까|올라가볼까|해볼까|뛰어볼까|들어가볼까|타볼까|나가버릴까)(?<!범퍼카타볼까)(?![^?]{0,10}?(?:범퍼카|놀이기구|카트|트램폴린|장난))",
        # 전망대 유리창 너머 보면서 저기로 떨어지는 상상만 계속 해 (one's own fall, pictured)
        # (not a story's: 소설 속 인물이 다리에서 떨어지는 장면 묘사)
        r"(?:^|(?<=[.?!~…]))(?![^.?!]*(?:소설|영화|드라마|웹툰|만화|인물|주인공|캐릭터|배우|묘사|연출|씬|뉴스|영상))[^.?!]*?"
        r"(?:저기로|저기서|여기서|창밖으로|아래로|밑으로|옥상에서|다리에서|난간에서)(?:떨어지는|뛰어내리는|몸을던지는)(?:상상|장면|모습)(?:이|을|만|들이)?(?![^.?!]{0,10}?(?:무서|아찔|소름|끔찍|고소공포|후들|오싹|겁나))[^.?!]{0,8}?(?:계속|자꾸|머릿속|떠오|반복|해|돼)",
        raw=True,
    ),
    *_rules(
        "death_payout", "wish",
        # 애들 대학 등록금은 내 생명보험으로 충분할거다
        r"(?:내|제|나의)(?:생명보험|사망보험|사망보험금)(?:으로|이면|으로도|만으로)[^.?!]{0,10}?(?:충분|될거|되겠|갚|해결|감당)",
        r"(?:내|제|나의)보험금이면[^.?!]{0,10}?(?:빚|대출|가족|애들)[^.?!]{0,10}?(?:갚|해결|충분|될거|되겠)",
        raw=True,
    ),
]


# --------------------------------------------------------------------------- guards


@dataclass(frozen=True)
class _Guard:
    name: str
    pattern: re.Pattern
    scope: str  # "span": overlapping matches; "sentence": same sentence; "message": anywhere
    targets: frozenset  # rule kinds or rule names it applies to
    action: str  # "cancel" or "soften"
    raw: bool = False
    needs_no_first_person: bool = False


def _guard(name: str, pattern: str, scope: str, targets: Iterable[str], action: str = "cancel", *,
           raw: bool = False, needs_no_first_person: bool = False) -> _Guard:
    return _Guard(name, re.compile(pattern), scope, frozenset(targets), action, raw, needs_no_first_person)


_DISTRESS = "힘들|괴롭|우울|외롭|슬프|답답|서럽|지치|미치|죽"
_MEDIA = ("방탈출|호러|귀신의집|공포체험|테마|컨셉|콘셉트|발제|설교|신학|교리|드라마|영화|소설|웹툰|만화|뉴스|기사|리포트|레포트|형법|판례|다큐|다큐멘터리|캠페인|예방|게임|책|노래|가사|연예인|유명인|주인공|"
          "등장인물|인물|배우|장면|통계|보고서|논문|수업|교육|강의|실습|척도|전공|방송|유튜브|연극|뮤지컬|작품|줄거리|결말|캐릭터|"
          "소식|보도|사건|시|시인|구절|시집|대사|웹소설|애니|애니메이션|예능|칼럼|발표|과제|토론|세미나|신고|콘텐츠|"
          # games: 배그에서 비행기에서 뛰어내리는 타이밍, 마크에서 높은 데서 뛰어내리면 데미지
          "배그|배틀그라운드|마크|마인크래프트|로블록스|포트나이트|오버워치|발로란트|메이플|캐릭|데미지|낙뎀|낙하데미지|퀘스트|보스|몹|npc|NPC")
_PERSON = ("친구|엄마|아빠|병사|전우|동기|후임|선임|환자|손님|고객|시민|어르신|주민|어머니|아버지|형|누나|언니|오빠|동생|할머니|할아버지|선배|후배|동료|사람|애|아이|남편|아내|"
           "남친|여친|남자친구|여자친구|삼촌|이모|고모|연예인|배우|가수|주인공|지인|이웃|학생|선생님|사촌|조카|아들|딸|"
           "부모님|부모|가족|반친구|룸메|직장동료|상사|팀장|걔|그|그녀|쟤|그분|누군가|누구|"
           "내담자|클라이언트|의뢰인|피고인|피의자|수감자|재소자|입소자|이용자|시도자|요구조자|민원인|"
           # found by fresh77, fresh78, fresh80: grandchildren, kin in dialect and by marriage, strangers, roles
           "손녀|손자|손주|영감|어매|어무이|아부지|할매|할배|며느리|사위|시어머니|시아버지|장모|마누라|신랑|와이프|"
           "아저씨|아줌마|아주머니|남자|여자|남성|여성|청년|간호사|교수|교수님|조교|경찰|소방관|"
           # found by fresh87
           "룸메이트|짝꿍|짝|수강생|원생|제자|직원|팀원|동창|부하|남편분|아내분|친구분|선배님|후배님")

# the people someone worries about and asks how to help
_CLOSE_PERSON = "친구|동생|언니|오빠|누나|형|딸|아들|제자|학생|동료|남친|여친|남편|아내|조카|후배|선배"

_MEDIA_NOUN = _t(_MEDIA, "NN[GP]")

# an act named by its noun, in reports about others (자살 시도 환자, 투신 현장)
_ACT_NOUN = r"(?:자해|자살시도|자살|투신|음독|극단적선택|과다복용|약물과다복용|약물중독)"

# a fictional character as the subject (주인공이 다리에서 뛰어내리려다)
_CHARACTER = r"(?:주인공|등장인물|캐릭터|여주|남주|악역|조연|화자)(?:이|가|은|는)"

# someone else, by kinship, role or insult (놈 and 새끼 cover 그놈, 그새끼)
_SOMEONE = rf"(?:{_PERSON}|놈|새끼|녀석|인간|상사)"

# 뛰어내리다, also as Kiwi sometimes splits it (뛰/VV 어/EC 내리/VV)
_JUMP_DOWN = r"(?:" + _t("뛰어내리", "VV") + "|" + _t("뛰", "VV") + _t("어", "EC") + _t("내리", "VV") + ")"

_EMBARRASSED = _t("창피|쪽팔리|쪽팔|부끄럽|민망|수치|부끄러|창피하|민망하", r"\S+")

_GUARDS: list[_Guard] = [
    # 배고파 죽겠어, 웃겨 죽는 줄, 보고 싶어 죽겠어 (distress predicates such as 힘들어 죽겠어 stay "concern")
    _guard("intensifier_idiom",
           rf" (?!(?:{_DISTRESS}|빠지|떨어지|치이|굶|얼|깔리|밟히|찔리|맞|불타|질식하)/)\S+?/(?:VA|VV|VX|XSA|XSV|VCN)(?= )" + _t("어|아|어서|아서|여|여서|해|해서|서|게", "EC") + _DIE,
           "span", {"low", "fear", "near"}),
    _guard("intensifier_idiom", _DIE + _t("어도|아도", "EC") + _gap(1) + _t("싫|못|안|절대|못하", r"\S+"), "span", {"wish", "wish_if"}),
    _guard("near_miss_idiom", _DIE + _t("는|은|을|ᆯ", "ETM") + _t("줄|뻔", "NNB"), "span", {"near", "low", "fear"}),
    # 소주 세 병 마신 게 마지막이야, 걔 본 게 마지막이에요: the last time something happened, no farewell
    _guard("last_time", _t(r"\S+", "VV|VX|XSV") + _t("ᆫ|은", "ETM") + _t("것|거|게", "NNB") + _opt(_t("이|가", "JKS")) + _t("마지막", "NNG"),
           "span", {"farewell"}),
    # 벽에 머리를 찧는 느낌이에요, 칼로 찌르는 듯한 두통: a pain described, not an act (not 긋는 느낌이 좋아)
    _guard("pain_simile", _t("때리|찧|박|찌르|쑤시|긋|베|지지|조르|누르|짓누르", "VV") + _t("는|ᆫ|은", "ETM")
           + _opt(_t("것|거", "NNB") + _t("같", "VA") + _t("은|ᆫ", "ETM")) + _t("느낌|듯|기분|통증|두통|고통", "NN[GB]")
           + r"(?!(?: \S+/J[A-Z]+)? (?:좋|그립|생각나|그리워하)/)", "span", {"self_harm"}),
    # ---- found by the fresh58-62, fresh66-69 and fresh72-75 sets
    # 학점 보고 한강 수온 체크하러 간다 ㅋㅋㅋㅋ 농담임 (a students' meme, taken back)
    _guard("joke_retracted", r"한강수온[^?]{0,16}?(?:ㅋ|ᄏ){2,}[^?]{0,6}?(?:농담|장난|드립)(?!아님|아니|아냐|아닌)", "message", {"plan_means", "plan_location"}, raw=True),
    # 오늘 밤 다 끝낼 거야 과제 전부 ㅋㅋ (the task named after it)
    _guard("task_object", r"끝낼(?:거야|거임|거다|꺼야|거예요)[^?]{0,4}?(?:과제|숙제|일|보고서|레포트|논문|공부|시험공부|작업|빨래|청소)", "span", {"wish", "low", "end_it"}, raw=True),
    # 엄마가 … 살기 싫다는 말씀을 하세요 (an honorific word for someone else's)
    _guard("reported_speech", r"(?:싶다는|싫다는|싶단|싫단)말씀(?:을)?(?:자주|요즘|자꾸)?(?:하세요|하셔|하시|하신|하셨)", "sentence", {"wish", "wish_if"}, raw=True),
    # 사라지고 싶다... 회사에서 내 존재감이 ㅋㅋ 투명인간 된 듯 (presence, not life)
    _guard("vanishing_thing", r"사라지고싶[^?]{0,20}?(?:존재감(?:이|도)?[^?]{0,6}?(?:ㅋ|ᄏ|없|제로|투명)|투명인간(?:된|이된|같|됐))", "span", {"passive_ideation"}, "soften", raw=True),
    # 상담센터에서 일하는데 요즘 직장인 자살 상담 케이스가 늘었어요 (one's workplace)
    _guard("professional_context", r"(?:상담센터|정신건강센터|복지센터|병원|센터|응급실|병동)에서(?:일|근무)하[^?]{0,30}?(?:자살|자해)(?:시도)?(?:상담|케이스|사례|환자|내담자)",
           "span", {"mention"}, "soften", raw=True),
    # 어지러워서 이러다 쓰러져 죽을까 걱정이여 (fear of dying)
    _guard("panic_fear", r"죽을까(?:봐|바|걱정|겁|무섭|두렵)", "span", {"wish", "wish_if"}, raw=True),
    # 제자가 유서 같은 글을 SNS에 올렸어요 (someone else's note)
    _guard("helping_other", r"(?:제자|학생|친구|아이|딸|아들|동생|조카|후배|반친구)(?:가|이)(?:유서|유서같은|유서처럼)", "span", {"plan_means", "act"}, "soften", raw=True,
           needs_no_first_person=True),
    # 아침에 눈 뜨기 싫다 ㅋㅋ 월요일 없어졌으면 (the week, not oneself)
    _guard("sleep_joke", r"(?:눈뜨기싫|일어나기싫|출근하기싫)[^?]{0,6}?(?:ㅋ|ᄏ){2,}[^?]{0,10}?(?:월요일|출근|학교|회사|알람)", "message", {"passive_ideation"}, "soften", raw=True),
    # 엄마가 요즘 자꾸 죽고 싶다고 하셔 (an honorific quote is someone else's)
    _guard("reported_speech", r"(?:싶다고|싶대|싶다|싫다고|싫다)(?:하셔|하셔서|하시|하신다|하셨|그러셔|그러시|그러셨)", "span", {"wish", "wish_if"}, raw=True),
    # 머리 벽에 박았어 ㅋㅋ 문 열린 줄 알았는데 유리문이었어 (an accident)
    _guard("accidental_injury", r"(?:열린줄|닫힌줄|있는줄|없는줄)알았|핫팩|저온화상|유리문|모르고(?:박|부딪)|실수로|헛디뎌|미끄러져|불(?:이)?꺼져서|어두워서|못봄|못봤", "message", {"self_harm"}, raw=True),
    # I used to self harm in high school but it's been 6 years
    _guard("recovered", r"(?i)used\s*to\s*self[\s-]*harm[^?]{0,40}?(?:been[0-9]+years|yearsago|지금은|이제는)", "span", {"self_harm"}, raw=True),
    # 경찰입니다. 오늘 다리 위에서 투신하려던 분 구조했습니다 (someone else, at work)
    _guard("others_act", r"(?:" + _ACT_NOUN + r"(?:하려던|하려고한|하려다|하려는|을시도한|시도하던)|뛰어내리려(?:던|고하던|고한|다|는))(?:분|사람|시민|학생|환자|남성|여성|남자|여자|아이|청소년)", "span", {"plan_means", "act", "mention"}, raw=True),
    # 진통제 한꺼번에 많이 먹으면 위험하대서 아파도 정량만 먹어요; 약 한 통 다 먹었네 비타민 새로 사야겠다 (the second found
    # by the nineteenth round)
    _guard("medicine_as_directed", r"정량(?:만|대로|으로|을)(?:먹|복용|드)|위험하대서|위험하다고해서"
           r"|(?:비타민|영양제|유산균|오메가|루테인|칼슘|마그네슘)[^?]{0,10}?(?:새로|또|다시)?(?:사야|주문|시켜야|사러)", "message", {"plan_means", "means_preparation"}, raw=True),
    # 다 끝내고 싶다 이 재활 ㅋㅋ 근데 해야지 (the thing to end named after it)
    _guard("task_object", r"끝내고싶(?:다|어|네|음)?(?:이|이놈의|그|저)(?:재활|과제|일|공부|숙제|프로젝트|시험|운동|치료|알바|회사|야근|육아|논문)", "span", {"wish", "low", "end_it"}, raw=True),
    # 성경 공부 모임에서 자살에 대한 기독교적 관점 발제 맡았어요 (a topic, even when one's own task)
    _guard("media_context", r"(?:자살|자해)(?:에대한|에관한|과관련된|관련)[^.?!]{0,16}?(?:관점|발제|발표|토론|논문|강의|설교|세미나|입장|견해|자료|보고서|과제)", "span", {"mention"}, raw=True),
    # 이제 교회 그만 다니려고요. 떠나는 게 맞는 것 같아요 (leaving a church or a group)
    _guard("leaving_context", r"(?:교회|성당|모임|동호회|학원|단체|신앙|동아리)(?:을|를|에|은|는|이|도)?[^.?!]{0,4}?(?:그만|안)(?:다니|나가|맞)", "message", {"farewell_departure"}, raw=True),
    # 목사님, 성도 중에 자살 충동을 호소하는 분이 있는데 어떻게 상담해야 할까요
    _guard("helping_other", r"(?:성도|신도|교인|학생|직원|환자|내담자|친구|회원|청년|아이)[^?]{0,10}?(?:자살|자해)(?:충동|생각|시도)?(?:을|를)?(?:호소|얘기|말|고백)하(?:는|시는|던)(?:분|사람|친구|학생|아이)",
           "span", {"act", "mention", "suicidal_intent", "wish"}, "soften", raw=True),
    # 교수님 앞에서 방귀 뀌어서 진짜 죽고 싶었다 ㅋㅋㅋ (a moment of embarrassment, laughed at)
    _guard("embarrassment_idiom", r"(?:방귀|트림|말실수|실수|망신|흑역사|삑사리|넘어져서|자빠져서|엎어져서|꽈당)[^.?!]{0,12}?(?:죽고싶었|죽고싶더|숨고싶었|사라지고싶었)(?:다|어|음|네)?(?:ㅋ|ᄏ|ㅎ|ᄒ){2,}",
           "span", {"wish"}, "soften", raw=True),
    # 벽에 머리 박고 싶을 만큼 수학 어렵다 ㅋㅋ (a measure of how hard, not a wish)
    _guard("intensifier_idiom", r"(?:박고싶을|박고싶은|찧고싶을|쥐어뜯고싶을)(?:만큼|정도로|정도)[^.?!]{0,14}?(?:어렵|힘들|짜증|답답|빡치|싫|모르겠|안풀|복잡)",
           "span", {"act", "wish"}, "soften", raw=True),
    # 라이터로 실 끝 지졌음 올 풀림 방지용 (a thread's end, not skin)
    _guard("task_object", r"(?:실|실끝|실밥|끈|끈끝|줄끝|올|매듭|나일론|로프끝|밧줄끝|비닐|스티커)(?:을|를|의|에)?(?:끝)?(?:을|를)?(?:지졌|지져|지지|지짐|그을)"
           # 옷 실밥 라이터로 살짝 지지면 (the thread named before the lighter; found by fresh93)
           r"|(?:실밥|실끝|끈|끈끝|나일론|매듭)(?:을|를)?[^.?!]{0,4}?(?:라이터|불)(?:로|으로)(?:살짝|그냥|좀)?(?:지졌|지져|지지|지짐|그을|태웠|태워)", "span", {"act"}, raw=True),
    # 할머니 유서에 손주들 이름이 적혀 있더라 (someone else's will, after a death)
    _guard("grief", r"(?:할머니|할아버지|아버지|어머니|엄마|아빠|아버님|어머님|남편|아내|할매|할배|영감|부모님|장인어른|장모님)(?:의|께서|가|이)?(?:남기신|쓰신|남긴)?유서", "span", {"plan_means", "act"}, raw=True),
    # 죽을 용기로 살라는 말 듣고 버텼다 (a saying about living)
    _guard("life_death_idiom", r"죽을용기(?:로|가있으면|있으면|면)(?:살|버티|열심히)", "span", {"wish", "wish_if"}, raw=True),
    # 살아서 뭐 하냐고 하던 선배가 요즘 산악회 회장이다 (what someone else used to say)
    _guard("reported_speech", rf"(?:냐고|다고|라고|냐며|다며)(?:하던|말하던|그러던|입에달고살던|했던)(?:{_PERSON})(?:가|이|는|도|께서)", "sentence", {"wish", "wish_if"}, raw=True),
    # 날짜 정했다. 애 생일 지나고 이사 간다 (a date for a move, a wedding, an operation)
    _guard("leaving_context", r"(?:날짜|날|디데이)(?:를|도)?(?:정했|잡았)[^?]{0,24}?(?:이사|결혼|이직|수술|입대|여행|출국|개업|퇴사|입원|상견례|이민|전학|졸업|고백|프러포즈|프로포즈|데이트|소개팅|면접|회식|치맥|엠티|모임|파티|모내기|추수|벌초|김장|제사|성묘|이앙|파종|수확)"
           # 졸업하면 한강 가서 치맥 하기로 동기들이랑 날짜도 정했어 (found by fresh118)
           r"|(?:여행|치맥|엠티|MT|모임|파티|회식|약속|결혼식|상견례|데이트|놀러가기|캠핑|피크닉|소풍|나들이|집들이|돌잔치)[^?]{0,24}?(?:날짜|날|디데이)(?:를|도)?(?:정했|잡았)",
           "span", {"plan_means"}, raw=True),
    # 마지막 인사 드립니다. 오늘부로 육아휴직 들어가요 (a leave from work)
    _guard("leaving_context", r"육아휴직|출산휴가|휴직(?:계|을|에|들어)|안식년|병가", "message", {"farewell"}, raw=True),
    # 사는 게 벌 받는 것 같다 … 그래도 애들 보면 힘난다; 사는 게 지옥임. 근데 살아야지 (what holds one, said after)
    _guard("protective_turn", r"(?:그래도|근데|그치만|하지만)[^.?!]{0,12}?(?:힘난다|힘이난다|힘나요|힘이나요|힘나|힘이나|살아야지|살아야죠|살아야겠|버텨야지|버텨야죠)",
           "message", {"hopelessness", "existence_negation"}, "soften", raw=True),
    # 창피해서 죽고 싶었어 / 사라지고 싶을 만큼 창피했어: embarrassment idiom -> concern
    _guard("embarrassment_idiom",
           # (not 이런 말 하기 부끄럽지만 요즘 죽을 생각만 합니다, a hedge before a confession: found by fresh50)
           # (nor 말하기 창피한데 요즘 죽고 싶어요: after 말하기 / 털어놓기, 는데 is a hedge too)
           r"(?:(?<! 기/ETN)" + _EMBARRASSED + r"(?!(?: 하/\S+)? 지만/)|" + _EMBARRASSED + r"(?!(?: 하/\S+)? (?:지만|ᆫ데|은데|는데|ᆫ데요)/))" + _gap(4) + r"(?:" + _DIE + "|" + _VANISH + "|" + _t("숨", "VV") + ")",
           "span", {"wish"}, "soften"),
    _guard("embarrassment_idiom",
           r"(?:" + _DIE + "|" + _VANISH + ")" + _gap(5) + _EMBARRASSED,
           "span", {"wish"}, "soften"),
    # 공황 와서 죽을 것 같아요: fear of dying in panic or illness is not suicidal
    _guard("panic_fear",
           _t("공황|숨|심장|가슴|호흡|어지럽|어지러|발작|과호흡|쓰러지|심장마비|무섭|겁|겁나|두렵|불안|응급실|병|암|사고", r"\S+"),
           "message", {"fear", "near"}),
    # fiction / news / campaign / school context, when the speaker is not the subject
    _guard("media_context", _MEDIA_NOUN, "sentence", {"mention"}, needs_no_first_person=True),
    # … but not a lesson or a show as the time of one's own act (수업 시간에 몰래 그었어, 방송 보다가 손목 그었어),
    # nor a scene one worked at (형사인데 사건 현장 계속 떠올라서 … 칼로 팔 긁었어; found by fresh148)
    _guard("media_context", _MEDIA_NOUN + r"(?!(?: \S+/J\S*)? (?:시간|중|도중|끝|직후|뒤)/NN[GB]|(?<=사건/NNG) 현장/NNG"
           r"| (?:끝나|마치|빠지|째|접)/VV (?:고|자마자|ᆫ|은|었|았)/| (?:보|읽|듣)/VV (?:다가|면서|자마자)/)",
           "sentence", {"act"}, needs_no_first_person=True),
    _guard("prevention_context", r"(?:자살|자해|극단(?:적인?)?선택)(?:예방|방지|률|율|통계|유가족|유족|보도|기사|뉴스|캠페인|사건|문제|대책|정책|관련|공화국|사이트|고위험|위험군|위험환자|위험평가|위험성평가|위험도평가|위험사정|사정|평가척도|척도|스크리닝|선별검사|위험신호|위험징후|경고신호|징후|위험요인|보호요인)",
           "span", {"mention", "act"}, raw=True),
    _guard("prevention_context", r"생명의전화|자살예방|생명존중", "span", {"mention", "act"}, raw=True),
    # suicide prevention 포스터, suicide rate 통계 (English, found by fresh151)
    _guard("prevention_context", r"(?i)suicide(?:prevention|awareness|rate|statistics|research)", "span", {"mention"}, raw=True),
    _guard("compound_word", r"자살골|자살폭탄|자살특공|자살테러|자해공갈|자해사기|자살론|자살방조|자살교사|자살관여|세포자살|"
           r"(?:딜교|한타|다이브|플레이|무빙|진입|돌진|이니시|교전|판단|템트리)자살각|자살각(?:무빙|플레이|진입|다이브|이니시)|자살(?:돌격|돌진|다이브|박치기)", "span", {"mention", "act", "wish"}, raw=True),
    _guard("historic", r"유서(?:가|도|는)?깊", "span", {"act", "mention"}, raw=True),
    _guard("compound_word", _t("선|줄|밑줄|금|획|경계|한계|빗금|직선|선분", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _gap(1) + _t("긋|그", "VV"), "span", {"act", "wish"}),
    _guard("compound_word", r" (?!(?:예전|작년|어제|어젯밤|오늘밤|간밤|지난밤|엊그제|그저께|아까|방금|전|옛날|그때|밤|새벽|아침|저녁|오늘|날|때|번|적|방|집|화장실|옥상|산|주|달|해|년|시|저번|지난번|지난주|지난달|지난해|그날|며칠|얼마|이번|처음"
            # where a rope is tied: 문고리에 목을 매려고, 옷장에 목맬까
            r"|문고리|문|방문|문틀|옷장|베란다|나무|철봉|천장|샤워기|샤워봉|난간|계단|다락|창고|창틀|커튼|커튼봉|봉|기둥|대들보|들보|고리|옷걸이|행거|현관|욕실|뒷산|공원|다리|파이프|배관|줄|밧줄|끈)/)\S+/NN[GPB]"
            + _t("에|에게|한테|에만", "JKB|JX") + _opt(_t(r"\S+", "JX")) + _opt(_t(r"\S+", "MAG"))
            + r"(?:" + _t("목", "NNG") + _opt(_t(r"\S+", _ANY_J)) + _t("매|메", "VV") + "|" + _t("목매|목메", "VV") + ")", "span", {"act"}),
    # (번개탄 고깃집, 번개탄 갈비: a grill restaurant named right after it; found by fresh150)
    _guard("grill_context", r"(?:(?:번개탄|연탄).{0,12}(?:고기|캠핑|구이|구워|구웠|굽|숯|바비큐|바베큐|삼겹살|불판|캠프|화로|불붙)"
           r"|번개탄(?:고깃집|갈비|닭갈비|삼겹|직화|석쇠|돼지|맛집|식당))(?![^.?!]{0,10}?(?:말고|아니|아닌|아님|빼고))(?![^?]{0,40}?(?:캠핑(?:은|이|도)?(?:아닌데|아니|안가|안감|안다녀)|둘러댔|둘러대|(?<=캠핑|고기)(?:갈|할|구울)?생각(?:은|도)?(?:없|전혀)))|(?:고기|캠핑|숯|바비큐|바베큐|삼겹살|불판|화로)(?:(?!닫고|잠그고|막고).){0,12}(?:번개탄|연탄)"
           # 캠핑 간다고 번개탄 샀는데 캠핑 갈 생각은 없음 (a cover story; found by the twenty-fifth round)
           r"(?![^?]{0,30}?(?:캠핑|바베큐|바비큐|고기)(?:갈|할|구울)?생각(?:은|도)?(?:없|전혀))",
           "span", {"act", "mention"}, raw=True),
    # 계단에서 뛰어내리다가 발목 삐었어
    _guard("low_place", _t("계단|버스|차|기차|침대|의자|무대|담|담장|트럭|말|그네|미끄럼틀|지하철|소파|책상|턱|보트|배", "NN[GP]") + _opt(_t("에서|서", "JKB")) + _gap(3) + _t("뛰어내리", "VV"),
           "span", {"act", "wish"}),
    # 수영장 다이빙대에서 처음 뛰어내려 봤어, 번지점프대에서 뛰어내렸어 (jumping for sport)
    _guard("low_place", _t("다이빙|번지|번지점프|점프|트램펄린|수영장|풀장|낙하산|스카이다이빙|패러글라이딩", "NN[GP]") + _gap(3) + _JUMP_DOWN,
           "span", {"act", "wish"}),
    # 너 죽을래? (teasing threat to someone else)
    _guard("threat_idiom", _t("너|니|넌|너네|니네|너희|얘|쟤|걔", "NP") + _opt(_t(r"\S+", _ANY_J)) + _gap(2) + _DIE, "span", {"wish"}),
    _guard("threat_idiom", r"죽을래(?:요)?\?+(?:ㅋ|ㅎ|ᄏ|ᄒ|;|ㅡㅡ|!)", "span", {"wish"}, raw=True),
    # 동생이 맨날 죽을래? 하면서 장난쳐요 (found by fresh48: the threat quoted, then the teasing)
    _guard("threat_idiom", r"(?:죽을래|뒤질래|디질래)(?:요)?\?+(?:하면서|하며|이러면서|그러면서|라면서)[^.?!]{0,10}?(?:장난|놀리|놀려|웃|ㅋ)", "span", {"wish"}, raw=True),
    # 칠십 먹은 노인네가 무슨 죽을 생각을 해요 (a rhetorical denial)
    _guard("rhetorical_denial", r"무슨(?:죽을|자살할|죽고싶은|자살|극단적인)생각(?:을|이|까지)?(?:해요|해|하겠|합니까|하냐|하나|하겠어|하겠어요|을하겠)", "span", {"wish", "mention"}, raw=True),
    # 친구 아버님이 스스로 생을 마감하셨대 (found by fresh48: an honorific or a hearsay ending is someone else's)
    # 연예인 또 극단적 선택 했대 (found by fresh61: a hearsay ending, nobody of the speaker's)
    _guard("others_act", r"(?:극단적(?:인)?선택|자살|투신)(?:을)?(?:했대|했다고|했다더|했다네|했다는|했답니다|했다카)", "span", {"plan_means", "mention", "act"}, raw=True,
           needs_no_first_person=True),
    _guard("others_act", r"(?:생을|삶을|목숨을)(?:스스로)?(?:마감하셨|마감하신|마감했대|마감했다고|마감했다더|끊으셨|끊으신|끊었대|끊었다고|끊었다더|끝내셨|끝내신|끝냈대|끝냈다고|거두셨|거두신)",
           "span", {"plan_means"}, raw=True),
    # 야 죽고싶냐ㅋㅋㅋ (a question to someone else, no first person)
    _guard("threat_idiom", r"(?:죽고싶냐|죽고싶니|뒤지고싶냐|디지고싶냐|죽을래|뒤질래)\?*(?:ㅋ|ㅎ|ᄏ|ᄒ|;|ㅡㅡ|!)", "span", {"wish"}, raw=True,
           needs_no_first_person=True),
    # 이렇게 살기 싫어: discontent with how one lives -> concern
    _guard("manner_of_living", _t("이렇|그렇|저렇|이대로|이런|그런", r"\S+") + _gap(2) + _t("살|사", "VV")
           # (not 이렇게 살 바엔 안 사는 게 낫지: found by fresh61)
           + r"(?! ᆯ/ETM 바/NNB \S+/\S+(?: \S+/J\S*)?(?: (?:차라리|그냥)/MAG)? (?:안/MAG 사|죽|없어지|사라지|끝내)/)", "span", {"wish"}, "soften"),
    # 서울에서 살기 싫어, 부모님이랑 같이 살기 싫어 (where/with whom to live)
    _guard("residence", r"(?:(?<! 세상/NNG)(?<! 이승/NNG)(?<! 세계/NNG)" + _t("에서|에|랑|이랑|하고|와|과|한테서", "JKB|JC") + "|" + _t("같이|혼자|함께|따로|둘이", r"\S+") + ")" + _gap(1) + _t("살|사", "VV"),
           "span", {"wish"}),
    # 과제 다 끝내고 싶어, 관계를 끝내고 싶어
    _guard("task_object", _t("과제|일|숙제|프로젝트|관계|연애|회의|업무|작업|공부|시험|게임|이야기|얘기|대화|싸움|보고서|청소|알바|계약|논문|방학|휴가|군대|드라마|정리|준비", "NNG")
           + _gap(3) + _t("끝내|마치|끝나", "VV"), "span", {"wish", "low"}),
    # 한강 다리 위에서 야경 보는 중, 옥상 올라가서 바베큐: being up high for an ordinary reason
    _guard("leisure_place", _t("야경|산책|데이트|사진|구경|예쁘|드라이브|자전거|러닝|조깅|파티|바베큐|바비큐|빨래|담배|텃밭|불꽃놀이|노을|일출|출근|퇴근|"
                                "운동|공사|수리|고치|청소|회식|치킨|맥주|피크닉|축제|행사|버스|택시|고기|캠핑|낚시|별|달|바람|경치|풍경|전망|뷰|화분|옥탑|"
                                "하늘|맑|날씨|공기|햇빛|햇볕|일광욕|구름|비|눈|기다리|약속|카페|식당|건너|캠페인|치맥|피맥|소풍|돗자리|라면|소음|막히|정체", r"\S+"),
           "message", {"plan_location"}),
    # 이사 가서 마지막 인사, 퇴사합니다 그동안 고마웠어요: leaving a place, not life
    _guard("leaving_context", _t("이사|전학|퇴사|졸업|여행|유학|이민|전근|입대|군대|출국|출장|퇴직|은퇴|이직|휴가|방학|귀국|결혼|송별|송별회|이별|헤어지|탈퇴|종강|수료|전역", r"\S+"),
           "message", {"farewell", "giving_away"}),
    # 내일 퇴원해요 작별 인사 하러 왔어요; 오늘 상담 종결이에요 (a ward or a counselling left, well)
    _guard("leaving_context", r"퇴원|퇴소|종결|마지막상담|상담(?:이|은|도)?(?:오늘|오늘이|이번이|이번주가)?(?:마지막|끝)", "message", {"farewell"}, raw=True),
    # 회사 그만두면서 동료들한테 마지막 인사 했어 (only next to the farewell: work troubles are no alibi)
    _guard("leaving_context", _t("그만두|관두|퇴사|퇴직|이직|전근", r"\S+") + _gap(6) + _t("인사|작별", r"\S+"), "span", {"farewell"}),
    # 요리하다 칼 들고 있어
    _guard("cooking", _t("요리|썰|자르|깎|과일|고기|채소|야채|양파|도마|반찬|부엌|주방|손질|다지|회", r"\S+"), "sentence", {"blade_in_hand"}),
    _guard("task_object", _t("과제|일|숙제|프로젝트|관계|연애|업무|작업|공부|시험|게임|보고서|논문|계약|싸움|이야기|얘기|정리|준비|일정|시즌|작품|경기", "NNG") + _gap(6) + _t("끝내|마치|끝나|마무리", r"\S+"),
           "span", {"by_own_hand"}),
    # 시골 가서 살고 싶어, 제주도 내려가서 살래 (where to live)
    _guard("relocation", _t("시골|제주|제주도|해외|외국|섬|바닷가|도시|서울|지방|산골|캐나다|유럽|미국|호주|일본", "NN[GP]") + _gap(3) + _t("살|사", "VV"), "span", {"wish"}),
    # ordinary departures: 미안해 먼저 갈게 버스 놓치겠다, 회식 먼저 갈게요 내일 뵙겠습니다, 떠날 준비 다 했어 캐리어 싸고
    _guard("ordinary_departure", _t("버스|지하철|택시|비행기|공항|기차|열차|회식|모임|약속|뵙|뵈|보|이따|나중|들어가|들르|편의점|학교|회사|출근|퇴근|수업|"
                                    "캐리어|여권|짐|티켓|표|숙소|호텔|여행|이사|출장|휴가|집|카페|식당|먹|자리|퇴사|이직|유학|도착|연락하|막차|첫차|귀가|끊기|"
                                    # 어제 먼저 가서 미안해 (a departure already behind, the writer still here)
                                    "어제|아까|그저께|지난번|저번", r"\S+"),
           "message", {"farewell_departure"}),
    _guard("leaving_context", _t("이사|전학|퇴사|졸업|여행|유학|이민|전근|입대|군대|출국|출장|퇴직|은퇴|이직|휴가|방학|귀국|결혼|캐리어|여권|비행기|공항|회사|직장|팀|동네|고향|나라", r"\S+"),
           "message", {"after_me"}),
    # cooking, shaving, crafts: a blade taken out for a task
    _guard("cooking", _t("요리|썰|자르|깎|과일|고기|채소|야채|양파|도마|반찬|부엌|주방|손질|다지|회|면도|면도하|수염|공예|택배|박스|상자|뜯|갈", r"\S+"), "message",
           {"means_preparation", "relapse"}),
    # medicine taken as directed
    _guard("medicine_as_directed", _t("처방|감기|두통|몸살|독감|해열제|처방전|의사|병원|약국|하루|식후|복용법|정량|낫|괜찮|생리통|치통|설명서|복용량|용량", r"\S+"), "message", {"means_preparation"}),
    # 사라진 줄 알았던 에어팟, 돈이 사라질까: a thing vanishes, not the speaker
    _guard("vanishing_thing", _t("돈|월급|에어팟|지갑|폰|핸드폰|휴대폰|파일|데이터|사진|글|게시물|기록|흔적|걱정|고민|스트레스|통증|여드름|살|뱃살|주름|흉터|얼룩|냄새|버그|문제", r"\S+")
           + _gap(3) + _VANISH, "span", {"existence_negation"}),
    # 오늘 밤에 과제 끝낼 거야: any task in the message explains an objectless 끝내다
    _guard("task_object", _t("과제|일|숙제|프로젝트|관계|연애|회의|업무|작업|공부|시험|게임|보고서|청소|알바|계약|논문|정리|준비|마감|원고|빨래|설거지|이야기|얘기|대화|싸움|드라마|책|시즌|경기|작품|발표|코딩|수업", "NNG"),
           "message", {"end_it"}),
    # 영원히 자고 싶다 ㅋㅋ 한 열두 시간 / ㅎㅎ 내일 쉬는 날이라: a joke with an explicit time bound (sleep metaphors only)
    _guard("sleep_joke", r"^(?=.*(?:ㅋㅋ|ㅎㅎ|ᄏᄏ|ᄒᄒ|ㅋ$|ㅎ$|ᄏ$|ᄒ$))(?=.*(?:[0-9]+시간|(?:한|두|세|네|열|열두|열한|스무)시간|이틀|사흘|하루종일|주말|알람|쉬는날|휴일|연휴|방학|내일(?:은|도)?(?:쉬|늦잠|휴)|늦잠|낮잠))",
           "message", {"sleep"}, raw=True),
    # 죽도록 운동했어: an adverbial hyperbole with an ordinary activity
    _guard("hyperbole_adverb", _DIE + _t("도록|게", "EC") + _gap(1) + _t("운동|일하|일|공부|뛰|달리|놀|먹|웃|사랑하|사랑|연습|싸우|맞|고생|울|자|노력|일했|달렸", r"\S+"),
           "span", {"low"}),
    # context that only matters for the model signal (no rule matches these on its own)
    _guard("game_death", _t("롤|배그|게임|보스|판|라운드|몹|캐릭|레이드|던전|랭크|오버워치|발로란트|피파|스테이지|좀비|부활|리스폰|캐릭터|한판|게임오버", r"\S+")
           + _gap(4) + r"(?:" + _DIE + "|" + _t("죽음", "NNG") + ")", "span", set()),
    _guard("game_death", _t("번", "NNB") + _gap(1) + _DIE, "span", set()),
    # 정글러 혼자 다이브해서 자살함 ㅋㅋ (a game character, no first person)
    _guard("game_death", r"정글러|원딜|서폿|탱커|팀운|한타|다이브|아군|적팀|솔랭|랭겜|챔프|게임|겜|캐릭|바텀|딜러|배그|롤에서|오버워치|발로란트|피파|메이플|수류탄|인게임|스킬", "sentence", {"mention"},
           raw=True, needs_no_first_person=True),
    _guard("life_death_idiom", r"죽기살기|죽을둥살둥|죽을똥살똥|죽고못사|죽자사자|죽을때죽더라도|죽더라도할말|죽었다깨어나도|죽었다깨도|죽었다가깨어나도|(?<!같이)(?<!함께)(?<!다같이)죽자고|죽이맞|죽이잘맞|(?:전복|호박|팥|야채|흰|소고기|닭|참치|깨|잣|녹두|버섯|새우)죽", "span", set(), raw=True),
    _guard("accidental_injury", _t("베이|찔리|데이|긁히|다치", "VV") + _t("었|았|어|어서|ᆫ", r"\S+"), "span", set()),
    _guard("going_offline", _t("잠수|탈퇴|로그아웃", r"\S+") + _gap(2) + _t("타|하", r"\S+"), "span", set()),
    _guard("others_death", r" \S+/NN[GP]" + _t("이|가|께서", "JKS") + _gap(2) + _DIE + _t("어서|아서|어|아|ᆫ|은|음", r"\S+"), "span", set()),
    _guard("grief", _t("돌아가", "VV") + _t("시", "EP") + "|" + _t("별세|사망|장례|장례식|기일|추모|납골당|산소|빈소|유골", r"\S+"), "sentence", set()),
    _guard("others_death", r" \S+/NN[GP]" + _t("이|가|께서", "JKS") + _gap(2) + _DIE + _t("었|았", "EP"), "span", set()),
    _guard("dead_object", _t("배터리|폰|핸드폰|휴대폰|주식|코인|서버|화면|노트북|컴퓨터|식물|화분|꽃|선인장|다육이|화초|난초|몬스테라|분위기|기|엔진|캐릭터|게임|와이파이|인터넷|시장|상권|경기|컴|모니터|차|시동|불|텐션|기세|숨", r"\S+")
           + _gap(2) + _DIE, "span", set()),
    _guard("slang_great", _t("죽이", "VV") + r"(?!" + _opt(_t("어|아", "EC") + _t("버리", "VX")) + _t("고|구", "EC") + r")", "span", set()),
    _guard("porridge", _t("죽", "NNG"), "span", set()),
    # decisive context (see _DECISIVE): the classifier alone cannot make these a crisis
    # 저는 살고 싶어요 (a plain wish to live, not negated)
    _guard("life_wish", r"(?<!그만)(?<!고만)(?<!더는)(?<!이상)(?<!굳이)(?<!별로)(?<!딱히)(?<!안)(?<!못)(?:살|살아가|살아남)고(?:는|도)?"
           r"싶(?:어요|어|습니다|네요|네|거든요|거든|다)(?![는고면지])", "span", set(), raw=True),
    # 스카이다이빙이 버킷리스트예요 비행기에서 뛰어내려 보고 싶어요, 계곡에 풍덩 뛰어들고 싶다
    _guard("sport_jump", _t("스카이다이빙|번지점프|번지|다이빙|패러글라이딩|낙하산|트램펄린", r"\S+")
           + _gap(8) + r"(?:" + _JUMP_DOWN + "|" + _t("뛰어들", "VV") + ")", "span", {"act", "wish"}),
    _guard("sport_jump", _t("물놀이|수영|풍덩|계곡|피서|덥|더위", r"\S+") + _gap(8) + _t("뛰어들", "VV"), "span", {"act", "wish"}),
    # 뛰어내리는 번지점프 해봄 (the sport named after the verb; found by fresh125)
    _guard("sport_jump", _JUMP_DOWN + _gap(3) + _t("번지점프|번지|스카이다이빙|다이빙|패러글라이딩|낙하산", r"\S+"), "span", {"act", "wish"}),
    _guard("sport_jump", _t("뛰어들", "VV") + _gap(6) + _t("시원하|시원|물놀이|수영|피서", r"\S+"), "span", {"act", "wish"}),
    # 임종 체험에서 유서 써 봤어, 웰다잉 수업
    _guard("death_education", r"임종체험|임종을체험|웰다잉|죽음준비교육|죽음교육|유언장쓰기|유서쓰기(?:체험|프로그램|수업|교육|시간|활동)|(?:과제|수업|교양|숙제|강의)(?:로|으로|에서)(?:나의|내)?유서(?:쓰기|써오기|작성)|유서체험|입관체험|관에누워(?:보|봤|본|볼)", "message",
           {"plan_means", "farewell", "suicide_mention", "passive_ideation"}, raw=True),
    # 내일 아침 눈 안 떠지면 지각인데 (oversleeping); 내일 아침에 내가 안 일어나면 깨워줘 알람 못 들을 듯;
    # 내일 아침에 안 깼으면 좋겠다 ㅋㅋ 휴무라 알람 다 꺼놨음 (a day off; found by the twenty-fifth round)
    _guard("oversleeping", r"눈(?:이)?(?:안|못)떠지면(?:[^?]{0,6}?)(?:지각|큰일|늦|알람|망)|(?:안|못)일어나면[^?]{0,10}?(?:깨워|알람|지각|늦|전화)"
           r"|(?:안깼으면|안깨면|못깼으면|안일어났으면)[^?]{0,14}?(?:휴무|휴일|쉬는날|연차|비번|오프|알람(?:을|도)?(?:다)?꺼)",
           "span", {"passive_ideation", "by_own_hand"}, raw=True),
    # 오래오래 살 거지만요, 열심히 살다 갈려구요, 아직 한참 남았지만, 남은 날들 잘 살게, 세상 떠나기 전에 세계일주가 꿈
    _guard("life_wish", r"(?<!더)(?<!훨씬)(?<!없으면)(?<!없어도)(?<!없이)(?<!없이도)(?<!다들)(?<!모두)(?<!애들)(?<!가족들)(?<!걔네)(?<!그들)(?:오래오래|오래|열심히|잘|건강하게|행복하게)살(?:거|것|려고|려구|다갈|다가|아야지|아야죠|겠|게해|수있게)|"
           r"(?:제|내|나의|저의|새|새로운)(?:인생|삶)(?:을|를)?(?:살|살아보)(?:려고|려구|거|겠|래|자|아볼)|아직(?:한참|많이|창창하게)남았|남은(?:날|날들|인생|생|시간)(?:을|들을|도)?(?:잘|열심히|행복하게|즐겁게)|"
           r"(?:떠나기|죽기|가기)전에[^?]{0,16}?(?:세계일주|여행|버킷리스트|꿈이|해보는게꿈|가보고싶|효도)", "span", set(), raw=True),
    # 진통제 먹으니까 이제 살겠다, 에어컨 켜니까 살 것 같아 (relief)
    _guard("life_wish", r"(?:이제|이제야|이제좀|좀|드디어|겨우|그나마)(?:좀)?(?:살겠|살것같|살았|숨좀쉬겠|숨통이트)", "span", set(), raw=True),
    # 극단적 선택 ㅋㅋ 민트초코 vs 파인애플피자 (a this-or-that meme)
    _guard("choice_meme", r"극단적(?:인)?선택[^?]{0,8}?(?:ㅋ|ㅎ|vs|VS|둘중|중에)[^?]{0,30}?(?:vs|VS|중에하나|하나만|둘중|골라|고르)", "span",
           {"plan_means", "suicide_mention", "mention", "act"}, raw=True),
    # 자살각이라는 말 쓰지 말자 (talking about the word)
    _guard("word_itself", r"(?:자살각|자살|죽고싶다|극단적선택|자해)(?:이라는|라는|이란|란)(?:말|단어|표현|소리|농담)"
           r"(?:을|를|은|는|좀|이|도)?(?:쓰|하지말|하지마|조심|사용|금지|유행|밈|함부로|자꾸쓰)", "span",
           {"mention", "act", "wish", "suicidal_intent"}, raw=True),
    # 친구 자해 흉터 얘기 듣고 (someone else's act)
    _guard("others_act", rf"(?:{_PERSON})(?:의|가|이|는)?(?:자해|자살시도|자살)", "span", {"act", "mention"}, "soften",
           raw=True, needs_no_first_person=True),
    # 응급실에 자살 시도 환자가 실려 왔는데, 투신 신고 받고 출동했어요 (a report from work)
    _guard("others_act", _ACT_NOUN + r"(?:한|하신|했던|하는|하려는|하던|을시도한|시도한|시도했던|시도하신|시도)?(?:환자|사람|분|학생|아이|아이들|애들|청소년|자녀|아동|병사|시민|유가족|유족|시도자|내담자|친구|친구들|"
           r"중학생|고등학생|초등학생|대학생|제자|후배|직원|장병|용사|기도자)",
           "span", {"act", "mention", "plan_means", "past_attempt"}, "soften", raw=True, needs_no_first_person=True),
    # 저 119 구급대원인데요, 오늘 출동 나가서 투신 현장을 처리했어요 (a scene or a report, whoever speaks);
    # 자살 출동 다녀온 날은; 투신 현장은 아직도 적응이 안 됨; 마포대교 출동 나갔다 왔는데 (a call-out or a scene named
    # without its verb: found by the twenty-fifth round)
    _guard("others_act", _ACT_NOUN + r"(?:한|했던|하려는|시도)?(?:신고|사건|현장|사고현장|구조|사례|케이스)(?:를|을|에|가|이)?"
           r"(?:받|처리|수습|출동|나가|다녀|보고|접수|맡|조사|검토|정리)"
           r"|(?:" + _ACT_NOUN + r"|대교|다리|한강|옥상|난간)(?:시도)?(?:현장|출동|신고)(?:은|는|을|를|이|가|에|만|도)?"
           r"(?![^.?!]{0,12}?(?:가볼|가보고싶|가고싶|되고싶|되면|될까|되겠|나도|내가|제가))",
           "span", {"act", "mention", "plan_means", "plan_location", "past_attempt"}, "soften", raw=True),
    # 수면제 없이 잠들고 싶은데 방법 있을까요
    _guard("sleep_help", r"(?:없이|안먹고|끊고)(?:푹|잘|빨리)?(?:잠들고|자고)싶|(?:잠들고|잠자고|푹자고|잘자고)싶은데(?:방법|어떻게|잠이안|못)"
           r"|(?<!영원히)(?<!영영)잠(?:이)?(?:잘|푹|빨리)?(?:오는|드는|들수있는)(?:방법|법|팁|꿀팁)|(?:말고|없이|대신)(?:잠|잠이)(?:잘|푹)?(?:오|드)",
           "span", set(), raw=True),
    # 단톡방에서 조용히 사라지고 싶음 (leaving a chat, a party, a meeting)
    _guard("leaving_a_group", _t("단톡|단톡방|톡방|채팅방|카톡방|단체방|모임|동창회|그룹|커뮤니티|파티|회식|회의|자리|방", "NNG") + _gap(3) + _VANISH,
           "span", {"passive_ideation"}),
    # 시험 기간이라 인스타에서 잠깐 사라질게요 (a break from an app, for a while)
    _guard("leaving_a_group", _t("인스타|인스타그램|sns|SNS|카톡|블로그|유튜브|트위터|페북|페이스북|틱톡|디스코드|스레드|온라인|커뮤|잠깐|잠시|당분간|한동안|며칠", r"\S+")
           + _gap(3) + _VANISH, "span", {"passive_ideation", "existence_negation"}),
    # 상담사로 일하는데 자살 위기 내담자 만나고 나면 (speaking of one's work: a mention is a concern at most)
    _guard("professional_context", r"(?:상담사|상담교사|상담선생님|교사|간호사|의사|경찰|소방관|구급대원|약사|사회복지사|임상심리사|전문요원|정신건강|보건교사|상담관|상담원|간호장교|군의관)"
           r"(?:로|로서|으로|으로서|인데|이에요|예요|입니다|이라|라서|로일|로근무|으로일|으로근무|일을|[0-9]+년차|[0-9]+년째)|수퍼비전|슈퍼비전|역전이|사례회의|사례관리|상담기록|기록지|협진|의뢰인|내담자"
           # 정신건강의학과 레지던트로 당직 서면서 (not 병원에서 일하는데 요즘 자꾸 자해하게 돼요); 자해 상처 봉합할 때 주의할 점 …
           # 간호학과 실습 중이에요 (a student's practice: found by the twenty-fifth round)
           r"|(?:레지던트|전공의|수련의|정신과의사|정신건강의학과의사)(?:로|로서|인데|예요|입니다|라서)"
           r"|(?:간호학과|간호대|의대|응급구조과|응급구조학과|간호학생|의대생|실습생)(?:[^.?!]{0,8}?)(?:실습|수업|과제|시험|국시)",
           "message", {"mention"}, "soften", raw=True),
    # 나 없어도 가게 잘 돌아가겠지? 일주일 휴가 가는데 (a temporary absence)
    _guard("leaving_context", _t("휴가|여행|출장|연차|휴직|방학|교육|연수|훈련|며칠|일주일|한달|당분간|출산휴가|육아휴직|유학|이사|이민|군대|입대|전학|독립|교환학생|교환|어학연수|워홀"
                                 # 저 없어도 팀플은 잘 돌아가겠죠. 이번 주는 아파서 빠지려고요 (fresh99)
                                 "|결석|병가|조퇴|빠지", r"\S+"),
           "message", {"by_own_hand"}),
    # 그 친구랑은 여기서 끝내는 게 맞는 것 같아 손절함 (ending a relationship)
    _guard("relationship_end", r"손절|인연을|연애를|관계를|관계는|사이를|사이는|(?:친구|걔|그사람|그놈|그애|남친|여친|애인)(?:랑|이랑|하고|와|과)(?:는|은|도)?",
           "message", {"end_it"}, raw=True),
    # 산에 캠핑 가서 오늘은 안 내려올 거야, 바다 왔어 펜션 잡았어 안 돌아갈 거야 (a stay, not no return)
    _guard("overnight_stay", r"캠핑|텐트|펜션|숙소|호텔|민박|게스트하우스|[0-9]박|하룻밤|야영|글램핑|차박|휴가|여행|오늘은|오늘만|며칠|일주일|주말|내일|출장",
           "message", {"no_return"}, raw=True),
    # 강아지가 초콜릿을 먹었는데 치사량이 얼마예요? 약사 시험 치사량 계산 문제 (study, pets, accidents)
    _guard("lethal_dose_context", r"약사|약학|약리|공부|시험|계산|문제|국가고시|수업|강의|과제|논문|독성|강아지|고양이|반려|댕댕|초콜릿|포도|양파|카페인|커피|에너지드링크|실수로|모르고",
           "message", {"lethal_dose"}, raw=True),
    _guard("life_affirming", _t("잘|오래|행복하|행복|열심히|제대로|건강하|즐겁|재밌|재미있|평범하|멋지|오래오래|같이|함께", r"\S+")
           + _gap(2) + _t("살", "VV") + _WANT, "span", set()),
    # 쪽팔려 죽고 싶네 ㅋㅋ (Kiwi reads 쪽팔려 as 쪽 + 팔리: the token guard above misses it)
    _guard("embarrassment_idiom", r"(?:창피|쪽팔|부끄러|부끄럽|민망|수치스러|수치스럽)(?:해|해서|하고|워|워서|려|려서|러워|러워서|스러워|스러워서|스럽고)?"
           r"(?:죽|뒤지|디지|사라지|사라질|숨고|숨어)", "span", {"wish"}, "soften", raw=True),
    # 연재 완결했어요! 독자님들께 마지막 인사 올렸고 (a series, a show, a season ends)
    _guard("leaving_context", r"연재|완결|종영|마지막회|막방|시즌|공연|은퇴식|졸업식|종강|수료식|전역식|폐업|정년", "message", {"farewell"}, raw=True),
    # 엄마 미안해 어제 말 심하게 한 거 (an apology for something said or done)
    _guard("ordinary_apology", r"미안(?:해|해요|하다|합니다)[^.?!]{0,6}?(?:어제|아까|그때|지난번|저번|오늘)[^.?!]{0,15}?(?:한거|한것|했던거|해서|한말)"
           r"|(?:어제|아까|그때|지난번|저번)[^.?!]{0,15}?(?:한거|한것|했던거|한말)[^.?!]{0,4}?미안"
           # 엄마한테 미안해서 오늘 설거지 제가 다 했어요 (making up for it)
           r"|미안해서[^.?!]{0,15}?(?:설거지|청소|빨래|선물|밥|저녁|커피|꽃|편지|용돈|사줬|사드렸|사갔|해드렸)", "span", set(), raw=True),
    # 다음 주에 한국 떠나요 … 고향 가서 가족이랑 가게 열 거예요 (going home, with plans)
    _guard("relocation_plan", r"(?:한국|고향|본국|외국|해외|미국|캐나다|호주|베트남|필리핀|중국|일본|태국|몽골|네팔|우즈벡|캄보디아|인도네시아)(?:을|를|에서|으로|로|에)?"
           r"(?:떠나|돌아가|돌아가서|가서|가요|갑니다|귀국)[^.?!]{0,40}?(?:열거|할거|살거|일할|취업|시작|차릴|가게|공부|결혼|가족이랑|가족과)",
           "span", set(), raw=True),
    # 자살 시도로 응급실 오셨던 환자분 간호했는데; 난간에 서 있던 시민분 설득해서 데리고 내려왔습니다;
    # 학생 하나 팔에 자해 흔적이 있어서 상담 연결했어요 (someone cared for at work)
    _guard("caring_for_someone", r"(?:환자|환자분|시민|시민분|학생|아이|내담자|민원인|어르신|손님|고객|주민|요구조자|시도자|입소자|대상자)(?:을|를|이|가|분|분을|분이|분께|한테|하나|한명|의)?"
           r"[^.?!]{0,32}?(?:간호|설득|구조|상담연결|연결했|이송|치료했|돌봐|돌보|데리고|진정시|말렸|살렸|신고했|보고했|위세척|응급처치|처치했|봉합|협진)",
           "sentence", {"act", "mention"}, "soften", raw=True, needs_no_first_person=True),
    # 형을 자살로 잃은 지 3년이 됐어요; 유가족 자조모임 (bereaved by suicide)
    _guard("bereaved_by_suicide", r"자살로(?:잃|떠나보내|보내|떠난|세상을떠난|돌아가신|돌아가셨|가족을)|자살유가족|유가족(?:모임|자조|지원)", "span", {"mention"}, raw=True),
    # 친구 장례식 다녀왔는데 사인이 자살이래요
    _guard("bereaved_by_suicide", r"사인(?:이|은|도)(?:자살|극단적인?선택)|(?:자살|극단적인?선택)(?:으로|로)(?:추정|판명|밝혀|결론)", "span", {"mention", "plan_means"}, raw=True),
    # 장기기증 희망 서약했어요. 내가 죽고 나서도 누군가를 살릴 수 있다니
    _guard("organ_donation", r"장기기증|시신기증|기증서약|기증희망|기증등록|기증을서약", "message", {"after_me", "passive_ideation"}, raw=True),
    # 남은 약은 약국 폐의약품 수거함에 갖다 냈어요 (anywhere in the message)
    _guard("medicine_disposal", r"폐의약품|의약품수거|수거함", "message", {"plan_means"}, raw=True),
    # 재산을 나눠 줄지 유언으로 남길지 고민이에요 (a will, legally)
    _guard("estate_planning", r"유언(?:으로|장)?[^.?!]{0,10}?(?:나을지|좋을지|효력|법적|공증|변호사|상속)|(?:상속|증여|재산분할|공증)[^.?!]{0,20}?유언",
           "span", {"plan_means"}, raw=True),
    # 나 죽고 나서 상속 문제로 애들 싸울까 봐 (found by fresh50)
    _guard("estate_planning", r"(?:죽고나서|죽은뒤에?|죽은다음에?|떠난뒤에?)[^.?!]{0,6}?(?:상속|재산|유산)", "span", {"after_me"}, raw=True),
    # 예전 같으면 극단적인 생각 했을 텐데, 이번엔 상담 선생님한테 먼저 전화했어요 (what did not happen)
    _guard("counterfactual", r"(?:예전|옛날|전)같으면[^.?!]{0,24}?(?:했을텐데|했을거|했을건데|했을지도|했을상황|했을일|했을법한)", "span", {"act", "wish", "mention"}, raw=True),
    # 제 장례식은 조촐하게 해 달라고 농담처럼 말해 뒀어요. 아직 팔팔하지만요
    _guard("hale_and_joking", r"아직(?:팔팔|정정|쌩쌩|멀쩡|건강)|농담(?:처럼|삼아|으로)(?![^.?!]{0,8}?(?:진심|진짜|아니))", "message", {"farewell"}, raw=True),
    # 친구 남편이 극단적 선택을 했다는 소식을 듣고 친구 곁에 있어 주고 있어요
    _guard("bereaved_by_suicide", r"(?:극단적인?선택|자살)(?:을|로)?했다는(?:소식|얘기|말)[^.?!]{0,30}?(?:곁에|옆에|위로|챙기|도와|함께)", "span", {"mention", "plan_means"}, raw=True),
    # 진통제 모아서 버리는 곳 어디예요? (unused medicine taken back)
    # (예전에 모아뒀던 약 오늘 약국에 폐기 맡겼어: found by fresh50)
    # (not 모아둔 수면제 버리려다 말았어)
    _guard("medicine_disposal", r"(?:" + _SAVED_PILLS + r"[^.?!]{0,12}?모아(?:서|다가|둔거|놓은거)?[^.?!]{0,6}?(?:버리|폐기|수거|반납|분리)"
           r"|모아(?:뒀던|둔|놨던|놓았던|두었던)" + _SAVED_PILLS + r"[^.?!]{0,10}?(?:버렸|버리|폐기|수거|반납))"
           r"(?![^.?!]{0,4}?(?:려다|려고했는데|려했는데|지못|지않|지말|다말|다가말|긴했))|폐의약품"
           r"|모아(?:뒀던|둔|놨던|놓았던|두었던)[^.?!]{0,30}?(?:병원|약국|보건소|선생님)(?:에|께|한테)?(?:다|전부|모두)?(?:가져다|갖다)(?:드렸|줬|드림|반납)",
           "span", {"plan_means"}, raw=True),
    # 우리 고양이가 베란다에서 자꾸 뛰어내리려고 해요 (a pet is the one jumping)
    _guard("animal_subject", r"(?:고양이|강아지|냥이|댕댕이|햄스터|앵무새|토끼|고슴도치|반려견|반려묘|애완견|애완묘|멍멍이|새끼고양이|아기고양이)(?:가|이|는|도|들이|들은)",
           "sentence", {"plan_means", "plan_location"}, raw=True, needs_no_first_person=True),
    # 한강 수온 몇 도야? 다음 주에 한강 수영 대회 나가 (a swimmer asking)
    _guard("sport_jump", r"(?:한강물?온도|한강수온)(?=.{0,40}?(?:수영대회|대회|철인|트라이애슬론|오픈워터|수영하러|수영할|수영해|서핑|카약|조정|훈련|낚시))",
           "span", {"plan_means"}, raw=True),
    # 마지막 인사 드려요 내일부터 새 부서로 가요; 오늘이 마지막이에요, 내일부터 정식 상담 다니기로 했거든요
    _guard("leaving_context", r"(?:내일|모레|다음주|담주|다음달|담달|내년|다음학기|이번주말|월요일|다음번)부터(?!는?(?:없|못|안))[^.?!]{0,14}?"
           r"(?:다니|출근|다녀|시작|하기로|받기로|예정|새|가요|옮|근무)|새부서|부서이동|부서를옮|발령|전출|전보|파견"
           # 오늘부로 이 블로그 운영을 종료합니다 (found by fresh79)
           r"|(?:블로그|채널|계정|단톡방|연재|방송|유튜브)(?:운영|활동)?(?:을|를)?(?:종료|마무리|접)",
           "message", {"farewell", "hopelessness"}, raw=True),
    # 다들 나 없으면 단톡 조용하겠다 ㅋㅋ 일주일 여행 간다 (a temporary absence)
    _guard("leaving_context", r"(?:나|내가|저|제가)(?:하나|한명)?없(?:으면|어도)[^?!]{0,40}?(?:휴가|여행|출장|연차|휴직|방학|연수|훈련|며칠|일주일|한달|당분간|입대|엠티|MT|캠핑|입원)"
           r"|(?:휴가|여행|출장|연차|휴직|방학|연수|훈련|며칠|일주일|한달|당분간|입대|엠티|MT|캠핑|입원)[^?!]{0,40}?(?:나|내가|저|제가)(?:하나|한명)?없(?:으면|어도)",
           "span", {"passive_ideation"}, raw=True),
    _guard("leaving_context", r"없(?:어도|었는데|을때)[^.?!]{0,14}?(?:돌아가더라|돌아갔|돌아가던|잘하더라|잘했|하더라고)"
           r"|(?:오늘|이번판|이번주|내일|오늘은)(?:겜|게임|회식|모임|수업|연습|경기|판|스터디|팀플)?(?:은|는)?(?:빠진다|빠질게|빠질래|빠짐|불참)",
           "message", {"by_own_hand", "wish_to_die", "passive_ideation"}, "soften", raw=True),
    _guard("reported_speech", r"(?:다고|다는|단)(?:말이|글이|게|글)?(?:적힌|적혀있는|적혀있|쓰여있|써있|써진|쓰인)(?:걸|것을|거|글|쪽지|메모|노트)?[^.?!]{0,6}?(?:봤|발견|읽었|보고)",
           "sentence", {"wish", "wish_if"}, "soften", raw=True),
    _guard("others_wish", r"(?:자살|자해)(?:생각|충동|시도|위험)(?:이|을|도)?(?:있으신|하신|하셨던|가지신|있으셨던)(?:분|내담자|환자|어르신)",
           "span", {"wish", "mention"}, raw=True),
    # ---- found by the twelfth round (fresh93-96)
    # 커터칼로 박스 테이프 긋다가 … (a box being cut)
    _guard("accident", r"(?:커터칼|칼|가위)(?:로|으로)(?:박스|테이프|상자|택배|포장|종이|비닐)", "message", {"self_harm"}, raw=True),
    # 죽고 싶냐는 말 농담으로라도 하지 마라 (someone else's question, refused)
    _guard("others_wish", r"(?:죽고싶냐|죽을래)(?:는|고)?(?:말|소리)[^?]{0,16}?(?:하지마|하지말|기분나빠|싫어|듣기싫)", "span", {"wish", "wish_if"}, raw=True),
    # 이삿짐 묶을 밧줄 다이소에서 샀어 (a rope with its purpose); 밧줄 하나 샀어요 트럭 짐 묶을 거 (the purpose said after
    # it: found by the twenty-fourth round)
    _guard("task_object", r"(?:이삿짐|짐|박스|텐트|타프|캠핑|빨래|화분|해먹|그네|보트|택배)[^.?!]{0,6}?(?:묶을|묶으려고|묶는|칠|널|걸)[^.?!]{0,6}?(?:밧줄|로프|끈|줄)"
           r"|(?:밧줄|로프|끈|줄)[^.?!]{0,10}?(?:트럭|짐|화물|이삿짐|텐트|타프|캠핑|보트|배|그물)[^.?!]{0,4}?(?:묶을|묶으려고|묶는|묶어|고정할|고정하려고|칠)",
           "message", {"plan_means"}, raw=True),
    # 작별 인사 하러 왔어요! 다음 주에 호주로 워홀 떠납니다
    _guard("leaving_context", r"(?:워홀|유학|이민|어학연수|교환학생|해외파견|파견)(?:을|를)?(?:떠나|가|갑니다|가요|떠납)"
           r"|(?:호주|캐나다|미국|일본|영국|독일|해외|외국)(?:로|에)[^.?!]{0,8}?(?:떠나|가|갑니다|떠납|출국)", "message", {"farewell"}, raw=True),
    # 룸메가 라이터로 팔을 지지는 걸 봤어요 (someone else's act, seen; found by fresh96)
    _guard("third_person", r"(?:지지|긋|그|자해하|때리|찌르|뜯|베)는(?:걸|것을)(?:봤|목격했|발견했)", "sentence", {"act", "mention"}, "soften",
           raw=True, needs_no_first_person=True),
    # 내일 새벽에 산에 올라갈 거야 일출 보러 ㅎㅎ 같이 갈 사람? (company for an outing)
    _guard("leisure_place", r"(?:보러|구경|놀러|먹으러|일출|등산|캠핑|여행|콘서트|축제|공연)[^?]{0,20}?같이갈사람|같이갈사람[^?]{0,20}?(?:보러|구경|놀러|먹으러|일출|등산|캠핑|여행)",
           "message", {"plan_means"}, raw=True),
    # 언니 방 청소하다가 유서 같은 걸 발견했어요; 남편이 처방받은 약을 안 먹고 모아두는 것 같아요 (found by fresh96)
    _guard("helping_other", r"(?:" + _CLOSE_PERSON + r"|엄마|아빠|룸메)(?:방|가방|서랍|책상|차|폰)(?:을|를)?(?:청소하다가|정리하다가|치우다가)[^.?!]{0,14}?(?:나왔|발견|찾았|봤)"
           r"|(?:" + _CLOSE_PERSON + r"|엄마|아빠|룸메)(?:가|이)[^.?!]{0,20}?(?:모으|모아두|모아놓|숨기)(?:는|고있는)것같",
           "message", {"plan_means"}, "soften", raw=True),
    # ---- found by the eleventh round (fresh85-89)
    # 엄마한테 미안하다고 전해줘. 오늘 저녁 못 간다고 야근이라; 나 없어도 잘 지내~ 캐나다 가서도 연락할게
    _guard("leaving_context", r"못(?:간다고|가|갈것같)[^?]{0,8}?(?:야근|회식|출장|일이|바빠|약속|늦)|(?:연락할게|연락하자|놀러와|보러갈게|또보자|다음에보자|곧보자)",
           "message", {"farewell", "by_own_hand"}, raw=True),
    # 현생 로그아웃 하고싶다 ㅋㅋ 주말엔 하루종일 잠만 잘거야 (a weekend off)
    _guard("hale_and_joking", r"(?:로그아웃|잠수|탈주)[^?]{0,24}?(?:주말|하루종일|이번주|내일까지|넷플|잠만|침대에서|게임만)",
           "message", {"world_metaphor", "passive_ideation"}, "soften", raw=True),
    # 보고싶어 주거버리겠다 ㅠㅠ 언제와
    _guard("intensifier_idiom", r"(?:보고싶어|보고파|배고파|졸려|피곤해|심심해|웃겨|귀여워)(?:서)?(?:죽|주거|뒤지|디지|뒤져)(?:버리|버릴)?(?:겠|것같|을거같|을듯)",
           "span", {"wish", "wish_if"}, raw=True),
    # 자1살 이라고 쓰는 거 왜 그런거임?; 벽에 머리를 박아요 … 이것도 자해인가요? (talk about the word)
    _guard("word_talk", r"(?:자살|자해)(?:이|이라|라)?(?:라고|고)(?:쓰|치|부르|하|말하)는(?:거|것|이유)|(?:이것도|이거|그것도|그게)(?:자해|자살)(?:인가요|인가|일까요|일까|야|냐|예요|에요)",
           "span", {"mention", "act"}, "soften", raw=True),
    # 죽고 싶지만 떡볶이는 먹고 싶어 (a well-known book's title)
    _guard("media_context", r"죽고싶지만떡볶이", "span", {"wish", "wish_if"}, raw=True),
    # 커터칼로 박스 테이프 긋다가 손 살짝 베임 (cutting something else, an accident)
    _guard("accident", r"(?:박스|테이프|종이|상자|택배|포장|과일|사과|양파|고기|캔|봉지|비닐)[^.?!]{0,8}?(?:긋다가|자르다가|썰다가|뜯다가|까다가|열다가|깎다가)[^.?!]{0,10}?(?:베임|베였|베었|다쳤|찢어졌|긁혔)",
           "message", {"self_harm"}, raw=True),
    # 아들 방에서 번개탄이 나왔어요; 친구가 유서를 썼다고 나한테 보여줬어 (found in someone else's room or hands)
    _guard("helping_other", r"(?:" + _CLOSE_PERSON + r"|애|아이|룸메|룸메이트)(?:방|가방|서랍|책상|차|폰)(?:에서|에)[^.?!]{0,10}?(?:나왔|발견|찾았|봤)"
           r"|(?:" + _CLOSE_PERSON + r")(?:가|이)(?:유서|유서같은걸|유서같은글)(?:를|을)?(?:썼|쓴)",
           "span", {"plan_means", "act"}, "soften", raw=True),
    # 친구 남편분이 극단적 선택을 하셨어요
    _guard("others_act", r"극단적인?선택(?:을|를)?(?:하셨|하신|하셨대|했대)", "span", {"mention", "act", "plan_means"}, raw=True),
    # 저는 안전하고, 기일에 추모 글을 쓰고 싶어요; 물론 안 그러겠지만요 (said outright: only a rule can
    # raise a crisis after it)
    _guard("stated_safe", r"(?:저는|나는|전|난)(?:지금|이제)?(?:안전하|안전해|안전합|안전한상태)|(?:물론|당연히|실제로|진짜로)?(?:안그러겠지만|안그럴거지만|그러진않겠지만|그러지는않겠지만|"
           r"그럴일은없겠지만|그럴생각은없지만|행동으로옮기진않|실제로그러진않)", "span", set(), raw=True),
    # 아내가 제가 나가면 죽겠다고 손목을 그은 적이 있어요 (found by fresh49: someone's threat to die, then their act;
    # not 나도 죽겠다고 …, the speaker's own)
    _guard("others_act", rf"(?:{_PERSON})(?:가|이|는|은)(?:(?!나도|저도|나는|저는|난|전|나역시|저역시)[^.?!]){{0,30}}?"
           r"(?:죽겠다고|죽는다고|죽어버리겠다고|죽어버린다고|죽을거라고|죽겠다며|죽는다며|죽어버린다며)[^.?!]{0,8}?"
           r"(?:손목|팔|팔목|허벅지|약|수면제|창문|베란다|옥상|칼|커터칼)", "span", {"act", "plan_means"}, "soften", raw=True),
    # found by fresh50: 저는 자살시도 생존자고 지금은 동료지원가로 일해요 (a survivor's story, told as such)
    _guard("survivor_story", r"(?:자살시도|자살|자해)생존자(?:고|이고|로서|로|예요|이에요|입니다|인데|라서|모임)", "span", {"act", "mention", "past_attempt"}, "soften", raw=True),
    # 예전에 써뒀던 유서 오늘 찢어버렸어. 이제 필요 없거든. 살아보기로 했어
    _guard("recovered", r"유서[^.?!]{0,8}?(?:찢|태웠|태워|지웠|버렸|없앴)[^?]{0,30}?(?:살아보기로|살기로|살아볼|살아보려|살고싶|이제필요없|필요없거든)", "span", {"plan_means"}, raw=True),
    # 엄마 임종 지키고 왔어. 마지막에 사랑한다고; 담임쌤이 학교 떠나신대. 마지막 인사 (someone else's end or leaving)
    # (not 내 장례식엔 누가 올까, 장례식에 부를 사람 명단 … 제 장례식이요)
    _guard("others_farewell", rf"(?:{_PERSON})(?:님)?(?:의)?(?:장례|빈소|발인|입관|임종)|임종(?:을)?(?:지키|지켰|봤|보고)|(?:떠나|그만두|퇴직하|전근가)(?:신대|신다|셨어|셨대|신다고|셨다|시는)",
           "message", {"farewell"}, raw=True),
    # 여기 오는 것도 오늘이 마지막일 거 같아. 새 직장이 너무 바빠서 (a place left for a reason)
    _guard("leaving_context", r"(?:새직장|새학교|새회사|이직|취업|복학|바빠서|바빠져서)[^?]{0,20}?(?:좋아졌|괜찮아졌|나아졌|고마웠|감사|덕분)|덕분에(?:많이)?(?:좋아졌|괜찮아졌|나아졌)", "message", {"farewell"}, raw=True),
    # found by fresh55: 유서 쓰는 심정으로 공부함 ㅋㅋ (an idiom for resolve)
    _guard("resolve_idiom", r"유서(?:를)?(?:쓰는|쓰듯|쓰는듯한|쓴다는)(?:심정|마음|기분|각오)", "span", {"plan_means"}, raw=True),
    # 시험 망해서 자살각 ㅋㅋㅋ 암튼 주말에 … (a joke, then on to other plans: concern)
    _guard("joke_moved_on", r"자살각(?:ㅋ|ᄏ|ㅎ|ᄒ){2,}[^.?!]{0,4}?(?:암튼|아무튼|그건그렇고|어쨌든|근데|글고|그리고)", "span", {"wish", "mention", "suicidal_intent"}, "soften", raw=True),
    # 엄마한테 맞아 죽을 듯 ㅋㅋ 몇 시까지 들어가야 (scolding, an idiom)
    _guard("intensifier_idiom", r"(?:한테|에게|께)맞아(?:서)?죽(?:을듯|겠|을거|을지도|는다|음)", "span", {"wish", "low"}, raw=True),
    # 친구 손목에 상처가 있는 걸 봤어요 어떻게 말을 꺼내야 할까요 (worried about someone else)
    _guard("helping_other", rf"(?:{_CLOSE_PERSON}|내담자|환자|아이|클라이언트)(?:가|이|의|는|한테)?(?:손목|팔|팔목|허벅지)(?:에서|에|의)?(?:자해한|자해|그은|그어진|베인|칼로그은)?(?:상처|흉터|자국|흔적|자해)"
           # … 자해 같은데 어떻게 말을 꺼내야 하나요
           r"(?:[^?]{0,30}?자해(?:같|인것|인지|하는것|한것|하는거|한거))?"
           r"|(?:" + _CLOSE_PERSON + r")(?:가|이|는)[^.?!]{0,40}?[.?!]?[^.?!]{0,30}?(?:어떻게|뭐라고)(?:도와|말을꺼|말해|대해|해줘|위로|얘기를꺼|얘기해)"
           # 아들이 한여름에도 긴팔만 입어서 혹시나 싶은데 자해 신호인지 어떻게 알 수 있나요
           r"|(?:" + _CLOSE_PERSON + r"|아이|애)(?:가|이|는)[^.?!]{0,40}?(?:자해|자살)(?:의)?(?:신호|징후|위험신호)(?:인지|일까|인가|같|는아닐|가아닐)",
           "span", {"act", "mention"}, "soften", raw=True, needs_no_first_person=True),
    # ---- found by the fresh29, fresh30 and fresh32 sets
    # 자살교사죄 판례 찾고 있어요 (the law, not the speaker)
    _guard("legal_context", r"(?:자살|자해)(?:교사|방조|관여)죄|(?:자살|자해)[^.?!]{0,20}?(?:판례|형법|법조문|구성요건|처벌규정|판결문)|(?:판례|형법|법조문|구성요건)[^.?!]{0,20}?(?:자살|자해)",
           "span", {"mention", "act"}, raw=True),
    # 연탄 갈 때마다 가스 샐까 봐 창문 조금 열어둬요 (heating safely)
    _guard("heating_safety", r"연탄(?:을|를)?(?:갈|가는|갈때|넣|들여)|(?:연탄|번개탄)[^.?!]{0,20}?(?:샐까|새는지|새면|환기|중독될까|경보기|일산화탄소경보)|(?:연탄|번개탄)[^.?!]{0,20}?창문(?:을)?(?:조금|살짝|약간)?열어",
           "span", {"act", "mention"}, raw=True),
    # 딸이 죽는 소리 좀 그만하래 (complaining, an idiom)
    _guard("life_death_idiom", r"죽는소리(?:좀|를|는|도|만)?(?:그만|하지마|하지말|하네|한다|하고|해|하는|했|좀하지)", "span", {"wish", "wish_if", "low"}, raw=True),
    # 내 죽거든 화장해서 바다에 뿌려 달라고 애들한테 말해 놨소; 내가 죽으면 재산은 … 이거 법적으로 효력 있어요?
    _guard("estate_planning", r"(?:죽거든|죽으면|가거든|떠나거든|죽고나면)[^.?!]{0,20}?(?:화장|수목장|납골|뿌려|묻어|장례)[^.?!]{0,20}?(?:말해놨|말해뒀|일러뒀|일러놨|얘기해놨|얘기해뒀|써놨|적어놨|부탁해놨|부탁해뒀|말해놓았|달라했|달라고했|달라고말했|달라고부탁했|달라그랬|달라고그랬)"
           r"|(?:죽으면|죽거든|죽고나면|가고나면|떠나면)[^.?!]{0,30}?(?:재산|유산|상속|땅|집)[^?]{0,40}?(?:효력|법적|공증|변호사|법무사|유류분|상속세)",
           "span", {"wish", "wish_if", "after_me", "passive_ideation", "plan_means"}, raw=True),
    # 다 내려놓고 싶을 때도 있지만 애들 생각하면 다시 힘이 나요 (a low moment with what holds one)
    _guard("protective_turn", r"(?:내려놓고싶|포기하고싶|놓아버리고싶|그만두고싶|도망가고싶|도망치고싶|사라지고싶|다놓고싶)(?:을|은)?(?:때도|때가|적도)(?:있|많)(?:지만|는데|긴하지만|긴한데|어도)"
           r"[^.?!]{0,30}?(?:힘이나|힘을내|버티|버틸|살아야|견디|견딜|이겨내|웃|괜찮)", "span", {"hopelessness", "passive_ideation"}, "soften", raw=True),
    # 그 사람 아니었으면 나 그때 못 일어났을 거여 (what did not happen)
    _guard("counterfactual", r"(?:아니었으면|아니었다면|아니였으면|아니었음|없었으면|없었다면|안계셨으면)[^.?!]{0,24}?(?:을거|었을|았을|했을|였을|못일어났|못버텼|못살았|없었을|죽었을)",
           "span", {"act", "wish", "mention"}, raw=True),
    # 우리 엄마가 자꾸 죽고 싶다 하셔서 걱정입니다; 친구가 나한테 죽고 싶다고 털어놨어 (someone else's words)
    _guard("others_wish", rf"(?:{_PERSON}|어머님|아버님|시어머니|장모님|할매|할배)(?:가|이|께서|는|도)(?:(?!내가|제가|나는|저는|나도|저도)[^.?!]){{0,12}}?"
           r"(?:죽고싶|죽겠|죽어야|살기싫|죽고파|죽으면)[^.?!]{0,4}?(?:하셔|하셨|하시|하신|하더라|하대|하길래|하는데|하니까|그러셔|그러시|그러더라|한대|다고|라고)"
           # … 나도 그래 (and the speaker too)
           r"(?![^?]{0,30}?(?:나도|저도)(?:그래|그런|그렇|마찬가지|같은|죽고|요|야))",
           "span", {"wish", "wish_if"}, "soften", raw=True),
    # 살아 있어 줘서 감사해요 (grateful someone lives)
    _guard("life_wish", r"살아(?:있어|계셔)?(?:줘서|주셔서|주어서)(?:감사|고마|다행)|살아계셔서(?:감사|고마|다행)", "span", set(), raw=True),
    # 가족들이 괜찮다고 해 줘서 버틸 만해 (coping said plainly)
    _guard("stated_safe", r"(?:버틸|견딜|살)만(?:해|하다|해요|합니다|하네|하더라|해졌)(?![^.?!]{0,4}?(?:\?|까|나요|냐))", "span", set(), raw=True),
    # 죽고 싶네 진짜. 농담이고 장기투자로 버텨야지 (a joke taken back)
    _guard("joke_retracted", r"(?:농담|장난|드립|말버릇|입버릇|빈말)(?:이고|이야|이에요|입니다|임|이지롱|이니까)(?![^.?!]{0,6}?(?:아니|진심|사실|근데진짜|근데솔직히|근데정말))"
           # 농담이야 농담... 근데 진심이기도 해 (taken back, then owned; found by the twenty-fourth round)
           r"(?![^?]{0,16}?(?:근데|그런데|하지만|사실)[^?]{0,4}?(?:진심|진짜야|진짜임|진짜예요|농담아니))"
           # 농담이에요~ 근데 약 사놓은 건 진짜에요 (fresh99)
           r"(?![^?]{0,4}?(?:근데|그런데|하지만|그치만)[^?]{0,16}?(?:건|거는|것은)(?:진짜|진심|사실)(?:에요|예요|야|임|입니다|이야|이다|다))", "message", {"wish", "wish_if"}, "soften", raw=True),
    # 죽고 싶다는 말이 절로 나오네 (the phrase as a sigh)
    _guard("word_itself", r"죽고싶다는(?:말|소리)(?:이|가|를)?(?:절로|저절로|자동으로|입에서절로)", "span", {"wish", "wish_if"}, "soften", raw=True),
    # 차 앞으로 뛰어든 아이를 겨우 피했어요 (someone else jumped)
    _guard("others_act", r"뛰어든(?:아이|애|사람|고양이|강아지|고라니|학생|노인|할머니|할아버지|아저씨|아줌마|취객|오토바이|자전거|동물|보행자)", "span", {"act"}, raw=True),
    # 멧돼지 잡는 올가미 만드는 법 (a snare)
    _guard("animal_subject", r"(?:멧돼지|고라니|사냥|덫|쥐|토끼|동물|짐승|꿩)[^.?!]{0,8}?올가미|올가미[^.?!]{0,12}?(?:멧돼지|고라니|사냥|덫|동물|쥐|토끼|짐승|꿩)",
           "span", {"plan_means"}, raw=True),
    # 그놈 목을 조르고 싶을 만큼 화가 나 (another's neck)
    _guard("others_act", rf"{_SOMEONE}(?:의)?목(?:을)?(?:조르|졸라)|목(?:을)?(?:조르|졸라)[^.?!]{{0,12}}?{_SOMEONE}", "span", {"self_strangle"}, raw=True),
    # ---- found by the fresh34, fresh35 and fresh36 sets
    # 굶는 것 같은 극단적인 선택 말고 현실적인 방법 (an extreme choice named by its example), 극단적인 다이어트
    _guard("generic_extreme", r"(?<!죽는)(?<!자살)(?<!자해)(?<!목매는)(?:것|거)같은극단적인?(?:선택|방법)|극단적인?(?:다이어트|식단|절식|단식|식이)",
           "span", {"plan_means", "mention", "act"}, raw=True),
    # 회의에서 헛소리해서 진짜 사라지고 싶다 ㅋㅋㅋㅋ 쥐구멍 어딨냐; 사라지고싶음 ㅋㅋㅋ 다음엔 꼭 확인해야지
    _guard("embarrassment_idiom", r"쥐구멍|이불킥|흑역사|(?:사라지고|숨고|없어지고|숨어버리고)싶(?:음|다|어|네|당|군|다진짜)?(?:ㅋ|ᄏ){2,}",
           "message", {"wish"}, "soften", raw=True),
    # 사라지고 싶다는 말 자주 하던 친구가 요즘 연락이 안 돼요 (someone else's words, as a relative clause)
    _guard("reported_speech", rf"(?:자살하고|자해하고)?(?:싶다는|싶단|싶다고하는)(?:말|소리|얘기)(?:을|를)?(?:자주|늘|맨날|계속|가끔|입에)?(?:달고)?(?:하던|하는|했던|살던|사는)(?:{_PERSON})",
           "span", {"wish", "mention"}, "soften", raw=True),
    # 내가 왜 그랬지 벽에 머리 박고 싶다 ㅋㅋㅋ 단톡에 잘못 보냄
    _guard("embarrassment_idiom", r"머리(?:를)?박고싶(?:다|어|네|음|당)?[^.?!]{0,4}?(?:ㅋ|ᄏ){2,}|(?:쥐구멍|이불킥|흑역사)[^.?!]{0,20}?머리(?:를)?박고싶",
           "message", {"self_harm"}, "soften", raw=True),
    # 이민 간다고 했는데 사실 돌아올 생각 없어 (leaving for good, alive)
    _guard("relocation", r"이민|유학|해외|외국|이사|귀농|귀촌|정착|취업|워홀|워킹홀리데이|독립", "message", {"false_departure"}, raw=True),
    # 남편이 술 먹고 주먹으로 제 얼굴을 때려요, 동생이 방에서 제 머리를 때려요 (someone else's hand; not 친구가
    # 뭐라 해서 제 머리를 쳤어요 or 오빠가 놀려서 …, where the subject ends with its clause)
    _guard("others_act", rf"{_SOMEONE}(?:이|가|은|는)(?:(?!(?<!에)서|면|니까|는데|지고|길래)[^.?!]){{0,6}}?(?:주먹으로|손바닥으로|손으로)?"
           r"(?:내|제)(?:얼굴|머리|뺨|몸|배|허벅지|팔|다리|가슴)(?:을|를)?[^.?!]{0,8}?(?:때리|때려|때렸|쳐|쳤|치고|박아|박았|꼬집)",
           "span", {"self_harm"}, raw=True),
    # 수술 흉터 들킬까봐 수영장 안 가, 여드름 흉터 가리려고, 마음의 상처 들킬까봐 (no wound one gave oneself)
    _guard("ordinary_scar", r"(?:마음|맘|내면|자존심|수술|여드름|제왕절개|맹장|수두|모기|교통사고|점뺀|레이저|피어싱|예전|옛날|오래된|어릴때|어렸을때|화상|사고)[^.?!]{0,6}?(?:흉터|상처|자국)",
           "sentence", {"hiding_wounds", "hidden_scars"}, raw=True),
    # 동생이 내 옷 또 몰래 입고 나감 죽을래 진짜 ㅋㅋ (a threat at someone else: concern, since 사람들이 … 그냥 죽을래 ㅋㅋ
    # can be the speaker's own wish behind a laugh)
    _guard("threat_idiom", rf"(?:{_SOMEONE})(?:이|가|은|는|도)[^.?!]{{0,40}}?(?:죽을래|뒤질래|디질래)(?:진짜|진심|정말|아주)?\?*(?:ㅋ|ㅎ|ᄏ|ᄒ|;|ㅡㅡ|!)",
           "span", {"wish"}, "soften", raw=True),
    # 소설 쓰는 중인데 주인공이 다리에서 뛰어내리려다 구조되는 장면 (a character's act, or a character's wish told
    # in the third person; 주인공은 행복한데 죽고 싶다 is the speaker's)
    _guard("media_context", _CHARACTER, "sentence", {"act", "mention"}, raw=True, needs_no_first_person=True),
    _guard("media_context", _CHARACTER + r"[^.?!,]{0,15}?(?:죽는게나을|죽는게낫|죽는게좋을|죽어야할까|뛰어내리려|죽으려|죽고싶어하|자살하려|사라지려|죽고싶다고|살기싫다고|죽고싶대|죽고싶지않아라고)",
           "span", {"wish", "wish_if"}, raw=True, needs_no_first_person=True),
    # 목사님 설교에서 죽어야 산다는 말씀 (a religious paradox)
    _guard("life_death_idiom", r"죽어야(?:산다|사는|살수있|살리|살아난)", "span", {"wish", "wish_if"}, raw=True),
    # 보험 심사 일하는데 자살 면책 기간 규정이 헷갈려서요 (insurance terms: concern, since asking whether it pays out can be a plan)
    # (but 자살 면책기간 2년 지났는지 확인했어 / 지나면 나오나요: checking that it pays out is a plan)
    _guard("insurance_terms", r"자살(?:면책|약관|조항|면책기간)(?![^?]{0,12}?(?:지났|지나면|지나서|끝났|끝나면|넘었|넘으면))", "span", {"mention", "act"}, "soften", raw=True),
    # ---- found by the thirteenth round (fresh99-102)
    # 이번 주가 이 지점 마지막 근무라서요, 오늘 알바 마지막날임 (a last shift, not a last goodbye)
    # (not 오늘이 마지막 출근이야 회사 말고 인생에서)
    _guard("last_day_at_work", r"(?:(?:알바|근무|출근|지점|매장|회사|인턴|계약)(?:도|가|는|이)?(?:이번주가|오늘이|오늘|내일이|이번이|오늘로)?(?:마지막|끝이|끝입)"
           r"|마지막(?:근무|출근|알바|출근날|근무날|근무일)|(?:알바|근무|출근|인턴)마지막(?:날|주))(?![^?]{0,8}?(?:말고|아니고|아니라))",
           "message", {"farewell", "hopelessness"}, "soften", raw=True),
    # 이사 가서 우리 초코 잘 부탁해, 고양이는 맡겼고 사진은 백업하고 지웠어 새폰 왔거든 (a trip, a move, a new phone)
    _guard("trip_named", r"출장|여행|이사|휴가|입원|군대|입대|유학|해외|결혼|바빠|바쁘|일때문|백업|새폰|폰바꿔|기변|등산|캠핑|낚시|비행기|전근|퇴사|이직|졸업|그만두|발령|은퇴", "message", {"entrusting"}, raw=True),
    # 엄마 생일 서프라이즈로 고맙다고 남겼어 아무도 눈치 못 챘어
    _guard("surprise", r"서프라이즈|이벤트|생일|몰카|몰래카메라|선물", "message", {"secret_goodbye"}, raw=True),
    # 롤에서 자살각 잡고 타워 다이브함 (a game move)
    _guard("game_death", r"(?:롤|배그|게임|겜|오버워치|발로란트|한타|타워|다이브|정글|솔랭|랭겜)[^.?!]{0,12}?자살각|자살각[^.?!]{0,12}?(?:타워|다이브|한타|돌진|갱)",
           "sentence", {"wish_to_die", "suicidal_intent", "mention"}, raw=True),
    # 이 노래 가사에 영원히 잠들고 싶다는 부분 분위기 미쳤음 (a line of a song named as such)
    _guard("media_context", r"(?:노래|가사|곡|대사|구절)(?:에|에서|중에|중)?[^.?!]{0,30}?(?:다는|라는|단|란)(?:부분|구절|가사|대사|라인|파트|문장)",
           "sentence", {"wish", "wish_if", "sleep"}, raw=True),
    # 벽에 머리 박았어 ㅋㅋ 자다 깨서 화장실 가다가 (bumped into while walking)
    _guard("accidental_injury", r"(?:박았|박음|부딪)[^?]{0,20}?(?:가다가|걷다가|뛰다가|달리다가|내려가다가|올라가다가|나오다가|들어가다가)"
           r"|(?:가다가|걷다가|뛰다가|달리다가|내려가다가|올라가다가|나오다가|들어가다가)[^?]{0,12}?(?:박았|박음|부딪)", "message", {"self_harm"}, raw=True),
    # ---- found by the fourteenth round (fresh107-112)
    # 내 장례식엔 신나는 노래 틀어줘 ㅋㅋ 100살까지 살 거지만 (a long life announced)
    _guard("long_life", r"(?:100살|백살|백세|90살|아흔|오래오래)(?:까지)?(?:는)?(?:살|살아남을)(?:거|건데|겁니다|거지만|거야|래|꺼|테니)", "message",
           {"farewell", "mention"}, raw=True),
    # 자해 흉터 레이저 치료 받는 중이에요 (a scar treated: the act is over)
    _guard("scar_treated", r"흉터(?:를|도|에)?(?:레이저|제거|치료|시술)", "message", {"self_harm"}, "soften", raw=True),
    # 학폭 설문에 '자살 충동 느낀 적 있나요' 문항이 있더라. 없음에 체크함 (a survey answered no)
    _guard("negation", r"(?:없음|없다|아니오|아니요|아뇨|전혀)(?:에|으로|로|라고)?(?:체크|표시|응답|동그라미|답했)", "message", {"mention", "wish", "wish_if"}, "soften", raw=True),
    # 결말에 자살시키지 말라는 피드백 (a writer's character made to die)
    _guard("media_context", r"자살(?:시키|시켜|시킨|시킬)", "span", {"mention"}, raw=True),
    # 번개탄 판매 규제 청원 동의했어 (a policy about the means)
    _guard("prevention_context", r"(?:번개탄|연탄|농약|수면제|제초제)(?:판매)?(?:규제|청원|판매금지|판매제한|정책|법안|캠페인)", "span", {"plan_means", "mention"}, raw=True),
    # 자살 생존자라는 말 … 유가족을 그렇게 부르더라 (the name for the bereaved)
    _guard("bereaved_by_suicide", r"자살(?:생존자|유족|유가족)", "span", {"mention"}, raw=True),
    # 나 없으면 회사 안 돌아감 진심 ㅋㅋ (indispensable, the opposite of a burden)
    _guard("indispensable", r"없으면[^?]{0,12}?(?:안|못)(?:돌아가|돌아감|돌아간|굴러가|굴러감)", "message", {"by_own_hand"}, raw=True),
    # 제가 없어도 회사는 잘 돌아갈 거예요. 그래서 더 허무해요 (dispensable at work, the world and the family not named)
    _guard("workplace_goes_on", r"없어도(?:회사|팀|가게|학교|부서|사무실|매장|현장|프로젝트|팀플|동아리|업무)(?:은|는|도|가|이)?(?:잘|알아서|문제없이|멀쩡히|그냥)?"
           r"(?:돌아가|돌아갈|돌아간|굴러가|굴러갈)(?![^?]*?(?:세상|가족|집|엄마|아빠|부모|다들|모두|아무도|애들|남편|아내|친구))",
           "message", {"by_own_hand"}, raw=True),
    # 허벅지 라이터로 지진 줄 알았네 (it felt as if)
    _guard("as_if", r"(?:지진|그은|벤|찌른|데인|찢은)줄알았", "message", {"self_harm"}, raw=True),
    # 농약 한병 사다 놨어. 시골집 고추밭 벌레 때문에 (farming; not 농약 마시고 싶다 밭일도 지겹고)
    _guard("farming", r"(?:농약|제초제|살충제)(?:(?!마시|먹|삼키|망하|망했|빚|빼놨|따로)[^?]){0,30}?(?:고추밭|밭에|밭|논에|과수원|농사|방제|병충해|해충|벌레|잡초|텃밭|하우스|작물)"
           r"(?![^?]{0,12}?(?:망하|망했|마시|마실|먹))"
           r"|(?:고추밭|밭에|과수원|농사|방제|병충해|해충|벌레|잡초|텃밭|작물)(?:(?!마시|먹|삼키|망하|망했|빚|빼놨|따로)[^.?!]){0,30}?(?:농약|제초제|살충제)(?!(?:을|를)?(?:마시|먹|삼키))",
           "span", {"plan_means"}, raw=True),
    # ---- found by the fifteenth round (fresh115-120)
    # 주말엔 그냥 조용히 사라지고 싶어 … 딱 이틀만 쉬었으면 (a bounded escape; not 영원히)
    _guard("bounded_escape", r"^(?!.*(?:영원히|영영|평생|다시는|완전히))(?=.*(?:딱|한|단)?(?:이틀|하루|사흘|며칠|일주일|한달|주말)(?:만|동안)(?:이라도)?(?:쉬|푹|잠수|떠나|놀|있|투명인간))",
           "message", {"passive_ideation"}, "soften", raw=True),
    # ---- found by the twenty-fourth round (fresh179-184)
    # 친구가 … 어젯밤에 죽고 싶다는 문자가 왔는데 어떻게 해야 하나요; 아내가 … 자꾸 사라지고 싶다고 하는데 제가 뭘 해야 할까요;
    # 딸 팔에 칼자국 … 자해인 것 같은데 어떻게 대화를 (someone else's words or wounds, and the writer asks how to help)
    _guard("others_wish", rf"^(?![\s\S]*(?:{_REVEAL}|나도|저도|나역시|저역시|(?:내가|제가|나는|저는|난|전)[^.?!]{{0,12}}?(?:죽고싶|죽을|사라지고싶|살기싫|자해|자살|끝내)))"
           rf"(?=[\s\S]*?(?:{_PERSON}|시누이|올케|형수|처제|처형|동서|시동생)(?:가|이|께서|는|도|의)?(?:팔|손목|몸|허벅지|다리)?(?:가|이|께서|는|도|에|에서))"
           r"(?=[\s\S]*?(?:(?:죽고싶|죽고파|사라지고싶|없어지고싶|살기싫|끝내고싶|죽겠|죽을거|죽어야겠|자해하고싶)(?:다는|단|다고|라는|라고)(?:문자|카톡|톡|메시지|연락|얘기|이야기|말|소리|글|디엠)?(?:가|를|을|도|만)?(?:자주|자꾸|계속|또)?(?:왔|와서|오|하|해|했|그러|보냈|남겼|올렸)"
           r"|(?:자해|자살시도)(?:인것같|인거같|같은|인듯|흔적|자국|를하는것같|하는것같|하는거같)))"
           r"(?=[\s\S]*?(?:어떻게(?:해야|하면|도와|대화|말|대처|대해|반응)|뭘해야|무엇을해야|뭐라고(?:해야|말)|어디(?:에|로)?(?:연락|전화|신고|데려|상담)|도와줄|도울수|해줄수있|해줘야))",
           "message", {"wish", "wish_if", "mention"}, "soften", raw=True),
    # 아버지 돌아가시고 사망보험금이면 대출은 갚겠어요 (a bereaved family's payout, not the writer's own)
    _guard("others_death", r"돌아가|장례|사별|유족|고인|떠나보|여의|상을당|보험금청구|수령", "message", {"death_payout"}, raw=True),
    # 이 집에서는 그만 살란다. 아파트로 이사 가기로 했어 (no more living here)
    _guard("relocation", r"(?:이집|이동네|이곳|여기|이방|이아파트|이원룸|이나라|서울|시골|한국)(?:에서|에선|에서는|에서도)?(?:더는|이제|인제)?그만살(?:란다|련다|래|거야|거다|겠다|란다니까)", "span", {"passive_ideation"}, raw=True),
    # 상담사로 일하면서 제일 많이 듣는 말이 '사라지고 싶다'예요 (words heard at work)
    _guard("work_context", r"(?:듣는|듣던|들은|들어본|들었던)(?:말|얘기|소리|이야기)(?:이|은|중에|중|가)?(?:사라지고싶|죽고싶|살기싫|없어지고싶)", "span", {"wish", "wish_if"}, raw=True),
    # "살아서 뭐하냐" 이 대사 드라마에서 나왔는데 (a line of a drama, named after the quote)
    _guard("media_context", r"(?:냐|다|야|지|어|요)(?:이|그|라는|란|는)(?:대사|가사|구절|명대사|명언|문장)(?:가|이|는|을|를|에|에서)?", "sentence", {"wish", "sleep", "wish_if"}, raw=True,
           needs_no_first_person=True),
    # 드라마에서 할머니가 약 먹고 죽으려는 장면 (a scene; not a dream's, 꿈에서 죽는 장면이 나오는데 깨면 그게 부러워요)
    _guard("media_context", r"(?<!꿈에서)(?<!꿈속에서)(?<!꿈에)(?<!꿈에서도)(?<!꿈에서내가)(?<!꿈에서제가)(?<!꿈에서나)(?:죽으려는|죽으려고하는|죽는|자살하는|뛰어내리는|목매는|자해하는|약먹는)(?:장면|씬|신|에피소드|회차)"
           # (not a scene in one's head: 뛰어내리는 장면이 머릿속에서 안 떠나요)
           r"(?![^.?!]{0,10}?(?:머릿속|머리속|상상|떠오|떠올|안떠나|눈앞에|자꾸|계속|반복))", "span", {"wish", "act", "mention", "plan_means"}, raw=True),
    # 아기가 자기 머리를 벽에 박아요; 애가 내 손등을 피날 때까지 물었어 (a child's own head, or the child's bite)
    _guard("others_act", r"(?:아기|애기|아가|신생아|우리애|애|아이|딸|아들|[0-9]+개월|돌쟁이|강아지|고양이|개)(?:가|이|는)(?:(?!내가|제가)[^.?!]){0,10}?(?:자기|지)(?:머리|얼굴|손|팔)(?:를|을)?(?:벽에|바닥에)?(?:박|때리|쥐어뜯|물)"
           r"|(?:아기|애기|아가|애|아이|딸|아들|강아지|고양이|개|햄스터|앵무새)(?:가|이)(?:(?!내가|제가)[^.?!]){0,6}?(?:내|제|나의|저의)(?:손|손등|손가락|팔|팔뚝|다리|발|어깨|귀)(?:을|를)?[^.?!]{0,14}?(?:물었|물어|깨물|물렸)",
           "span", {"self_harm"}, raw=True),
    # 다 포기하고 싶어요 가게 하는 거 (giving up a shop, not life)
    _guard("task_object", r"포기하고싶(?:어요|어|다|네|음)?[.,]?(?:이|그)?(?:가게|회사|공부|사업|장사|다이어트|학원|시험|운동|육아|일|알바|연애)(?:하는거|하는것|하는걸|(?=[.!~…]|$))", "span", {"hopelessness"}, raw=True),
    # 번개탄 사 왔다, 애들 오면 마당에서 삼겹살 굽기로 했어 (a grill, said later)
    _guard("grill_context", r"(?:번개탄|연탄|숯)[^?]{0,34}?(?:삼겹살|고기|바베큐|바비큐|꼬치|조개|생선)(?:을|를|도)?(?:굽|구워|구울)(?:기로|으려고|려고|을거|먹)(?!생각(?:은|도)?(?:없|전혀))", "message", {"plan_means"}, raw=True),
    # 나 없어지면 단톡방 조용해지겠지 ㅋㅋ 해외출장이라 일주일 잠수 탐 (a bounded absence)
    _guard("bounded_escape", r"^(?!.*(?:영원히|영영|평생|다시는|완전히|죽))(?=.*(?:출장|여행|입대|훈련소|수련회|캠프|전지훈련|합숙|유학|휴가|시험기간)[^.?!]{0,10}?(?:이라|이라서|라서|때문에|가서|가니까|동안)"
           r"[^.?!]{0,10}?(?:일주일|며칠|한달|이틀|사흘|하루|주말|당분간)?(?:간|동안)?(?:잠수|연락두절|연락안|오프라인|못들어|접속못|없))", "message", {"passive_ideation", "wish_to_die"}, "soften", raw=True),
    # 칼로 그은 선이 제일 예쁘게 나옴 ㅋㅋ 수박 반 갈랐는데 (a fruit cut)
    _guard("cooking", r"^(?![\s\S]*(?:손목|팔|허벅지|살을|살에|피가|피나|자해))[\s\S]*?(?:수박|사과|참외|멜론|케이크|빵|두부|무|호박|배추|생선|고기)(?:을|를)?(?:반|두쪽|네쪽)?(?:으로)?(?:갈랐|가르|잘랐|자르|썰었|썰)", "message", {"self_harm"}, raw=True),
    # ---- found by the twenty-third round (fresh171-176)
    # 지인 얘기인데요, 지난주에 약 먹고 응급실 갔었대요 (someone else's story, unless the writer owns it after)
    _guard("others_act", rf"^(?![\s\S]*(?:{_REVEAL}|나도|저도))[\s\S]*?(?:{_PERSON}|지인)(?:의)?(?:얘기|이야기)(?:인데요|인데|예요|에요|임|입니다|이에요)", "message",
           {"wish", "wish_if", "act", "mention"}, "soften", raw=True),
    # 살 이유가 없다고 느끼는 사람한테 해줄 수 있는 말 (people who feel so, in general)
    _guard("others_wish", r"(?:다고|는|단)(?:느끼는|생각하는|말하는)(?:사람|친구|분|학생|아이|내담자)(?:한테|에게|을|를|들)", "sentence", {"wish", "wish_if"}, "soften", raw=True),
    # 만약 제가 죽으면 보험금 수익자를 누구로 해야 하나요 (a policy's beneficiary)
    _guard("estate_planning", r"(?:제가|내가)죽으면[^?]{0,6}?(?:보험금|사망보험금)?(?:수익자|상속인|상속순위)", "span", {"wish", "wish_if"}, raw=True),
    # 수면제는 원래 몇 알씩 처방해줘요? 의사가 하루 반 알만 먹으라고 해서요 (a dose asked about)
    _guard("medicine_as_directed", r"^(?![\s\S]*(?:모아|모았|모으|한번에|한꺼번에|다먹|털어))[\s\S]*?(?:의사가|선생님이|약사가)[^?]{0,14}?(?:먹으라고|먹으래|드시라고|복용하라고)", "message",
           {"plan_means"}, "soften", raw=True),
    # ---- found by the twenty-second round (fresh163-168)
    # 친구가 단톡에 살 못 빼면 죽을 거라고 써서 걱정돼요 (someone's words that worry the writer)
    _guard("others_wish", rf"(?:{_PERSON})(?:가|이|께서)[^.?!]{{0,24}}?(?:다고|라고)(?:써서|쓴거|말해서|해서|올려서|보내서|그래서|하니까|하길래)(?:너무|좀|많이|진짜)?걱정",
           "span", {"wish", "wish_if", "mention", "act"}, raw=True),
    # 환자분이 자해 흔적이 있고 …; 학생한테 자해 흉터가 (someone else's scars)
    _guard("others_act", rf"(?:{_PERSON})(?:분이|분한테|분에게|분의|한테|에게|의)(?:자해|자해한)(?:흔적|흉터|상처|자국)", "span", {"mention", "act"}, raw=True),
    # 죽고 싶거나 나를 다치게 하고 싶진 않아요 (both denied)
    _guard("negation", r"(?:죽고싶|자해하고싶|사라지고싶)거나[^.?!]{0,20}?(?:싶진|싶지는|싶지|하진|하지는)(?:않|안)", "span", {"wish", "act"}, raw=True),
    # 유서 같은 건 안 써요 ㅋㅋ; 약 모아두거나 그런 거 없어요
    _guard("negation", r"유서(?:같은건|같은거|따위)(?:안|절대안|전혀안)(?:써|씀|쓸)|(?:모아두|모아놓|모으|사두|준비하)거나(?:그런|그러는)(?:거|건|것|일)(?:은|는)?(?:없|안|전혀)",
           "span", {"plan_means", "farewell", "act"}, raw=True),
    # 살아서 뭐하냐고 친구가 농담하길래 (someone's joke quoted)
    _guard("others_wish", rf"(?:냐고|다고|라고)(?:{_PERSON})(?:가|이)(?:농담|장난|물어|묻|말하|그러)", "sentence", {"wish"}, raw=True),
    # 다 끝내고 싶어요 이 프로젝트 ㅋㅋ (the thing to end named after)
    _guard("task_object", r"끝내고싶(?:어|어요|다|음)[.!~]*(?:이|그|저)?(?:프로젝트|과제|일|작업|숙제|논문|보고서|시험)", "span", {"wish"}, raw=True),
    # 가해자 얼굴 보면 칼로 찌르고 싶은 충동이; 팀장 목 졸라버리고 싶다 (anger at another, see harm_to_others below)
    _guard("harm_to_others", r"(?:새끼|놈|인간|가해자|팀장|부장|과장|상사|사장|선배|자식|걔|쟤)(?:들)?(?:면상|얼굴|낯짝|대가리)?(?:을|를|이|만)?(?:보면)?"
           r"(?:(?!나를|날|저를|절|내가|제가|나도|저도|내몸|제몸)[^.?!]){0,10}?(?:칼로)?"
           r"(?:찌르고싶|죽이고싶|목(?:을)?(?:졸라|조르|비틀어|비틀)(?:버리고싶|고싶|주고싶))", "span", {"self_harm", "act", "wish"}, raw=True),
    # 사라지고 싶다는 생각은 안 드는데 …
    _guard("negation", r"(?:싶|싫)다는생각(?:은|이)?(?:안드는데|안드는|안들어|안들고|안듦|안듭니다|전혀안)", "span", {"wish"}, raw=True),
    # 영원히 잠들고 싶다는 대사 (a line quoted)
    _guard("media_context", r"(?:싶다는|싶단|싶다던)(?:대사|가사|구절|문장|노래|명대사)", "span", {"sleep", "wish"}, raw=True),
    # SNS 사용이랑 자살 생각의 관계 논문 (a research topic)
    _guard("media_context", r"(?:자살|자해)(?:생각|충동|사고)(?:의|과|와|이랑|에대한)[^.?!]{0,8}?(?:관계|연관|상관|영향|위험요인|요인|연구|논문|척도)", "span", {"wish", "mention"}, raw=True),
    # 뛰어내리는 거 무섭다고 했는데 번지점프 결국 함
    _guard("sport_jump", r"뛰어내리[^.?!]{0,16}?(?:번지점프|번지|스카이다이빙|패러글라이딩)(?:결국|드디어)?(?:함|했|해봤|성공)", "span", {"act", "wish"}, raw=True),
    # 친구 뒷계에 자해 사진이 올라와 있어요 (someone else's account)
    _guard("helping_other", rf"(?:{_CLOSE_PERSON})(?:의|네)?(?:뒷계|계정|인스타|스토리|sns|SNS|블로그)(?:에|에서)[^.?!]{{0,12}}?(?:자해|자살)", "span", {"act", "mention"}, raw=True),
    # 상담센터에서 일하는데 요즘 DM으로 자살 암시하는 청소년 상담이 늘었어요 (work)
    # (the word 자살 only, not the writer's own 자해하게 돼요 at work)
    _guard("professional_context", r"(?:상담센터|센터|병원|경찰서|소방서|복지관|쉼터|응급실|정신과)에서(?:일하는데|일하고있는데|근무하는데|근무중인데)", "sentence", {"suicide_mention"}, raw=True),
    # 네 안전해요. 계획도 없어요; 계획 있냐고 물으셨는데 없어요 (answers to the chatbot's question)
    _guard("stated_safe", r"^(?:네|응|예|넵|넹)?[,.]?(?:저는|전|나는|난)?(?:지금은?)?(?:안전해요|안전해|안전합니다)(?![^?]{0,30}?(?:근데|그런데|하지만|그치만|사실|그게))|계획(?:있냐고|있냐는|있는지)(?:물으셨는데|물어보셨는데|물었는데|하셨는데)(?:없|아니)",
           "span", {"wish", "act", "mention"}, raw=True),
    # ---- found by the twenty-first round (fresh155-160)
    # 마라톤 두 번째 시도했는데 이번에도 완주 실패 (a race, an exam)
    _guard("ordinary_plan", r"(?:마라톤|완주|시험|도전|자격증|면허|다이어트|금연|금주|창업|등반|등정|오디션|공채|임용|고시|수능|편입|이직|취업)[^.?!]{0,8}?(?:두|세|네|2|3|4|몇)번(?:이나|째|도)?시도",
           "span", {"plan_means"}, raw=True),
    # 자해 얘기 꺼내는 친구 있으면 회사에 알려야 하나요?; 손목 그은 적 있는 친구가 연락이 안 돼요 (someone else)
    _guard("helping_other", r"(?:자해|자살)(?:얘기|이야기|말)(?:를|을)?(?:꺼내는|하는|하던|했던)(?:친구|학생|아이|애|사람|분|내담자|멤버|연습생)"
           r"|(?:그은|그었던|자해한|자해했던|시도한|시도했던)적(?:이)?있는(?:친구|동생|언니|오빠|형|누나|애|사람|학생|후배|선배)", "span", {"mention", "act"}, raw=True),
    # 제 팬 중에 한 명이 DM으로 자살하고 싶다고 보냈어요 (someone's message)
    # (the sender is the subject: not 친구한테 죽고 싶다고 문자 보냈어, the writer's own words)
    _guard("others_wish", rf"(?:(?:{_PERSON}|팬|한명|한분|누군가)(?:이|가|께서)|누가)[^.?!]{{0,14}}?(?:자살하고싶다|죽고싶다|살기싫다|자해하고싶다)(?:고|는)(?:보냈|보내왔|문자|연락|DM|디엠)",
           "span", {"wish", "mention"}, raw=True),
    # 멤버가 요즘 자해하는 것 같아요; 성도 한 분이 자살 암시 문자를 보내왔어요
    # (not 저는 연습생이고 자해를 해요: the role is the writer's own)
    _guard("others_act", r"(?:멤버|팬|구독자|시청자|연습생|성도|신도|교인)(?:한분|한명|하나)?(?:이|가|께서|분이)(?!고|라|지만|어서|었)[^.?!]{0,6}?(?:자살|자해)", "span", {"mention", "act"}, raw=True),
    # 방송 중에 죽고 싶다 밈 따라하면 안 된대요 (the meme named)
    _guard("word_talk", r"(?:죽고싶다|살기싫다|자살각|죽겠다)(?:는|라는)?(?:밈|드립|유행어|짤|말투)", "span", {"wish"}, raw=True),
    # 불교에서는 자살을 어떻게 보나요? (a doctrine asked about)
    _guard("media_context", r"(?:불교|기독교|천주교|가톨릭|성경|교회|종교|유교|이슬람|힌두|교리)(?:에서|에서는|에선|는|은|적으로)?[^.?!]{0,6}?(?:자살|자해)(?:을|를|은|는)?(?:어떻게|뭐라고|죄로|보나|보는|봐)",
           "span", {"mention"}, raw=True),
    # 신부님이 강론에서 자살한 이들도 … (a sermon)
    _guard("media_context", r"(?:강론|설법|법문|법회)(?:에서|중에|때)[^.?!]{0,8}?(?:자살|자해)", "span", {"mention"}, raw=True),
    # 이별 후 자살 충동으로 오는 내담자가 많아요 (clients at work)
    _guard("others_wish", r"(?:자살|자해)(?:충동|생각|시도)(?:으로|로|때문에)(?:오는|온|찾아오는|내원하는|입원하는|입원한)(?:내담자|환자|분|사람|학생|분들|사람들)", "span", {"wish", "mention"}, raw=True),
    # 그 사람 기억에서 사라지고 싶다는 노래 가사 (from someone's memory, not from life)
    _guard("vanishing_thing", r"(?:기억|머릿속|마음)(?:에서|속에서)(?:사라지고싶|지워지고싶|잊혀지고싶)", "span", {"passive_ideation"}, raw=True),
    # 마포대교 난간에 적힌 문구 읽다가 울컥했어 (the bridge's messages read)
    _guard("media_context", r"난간에(?:적힌|써있는|쓰인|새겨진|적혀있는)(?:문구|글|글귀|말)", "sentence", {"plan_location", "plan_means"}, raw=True),
    # 마지막 편지 썼어요 … 제 마음 정리용이에요
    _guard("ordinary_plan", r"(?:마음|감정)정리용", "message", {"farewell"}, raw=True),
    # 빨랫줄이랑 튼튼한 끈을 샀어요. 베란다 어디다 걸지 (laundry)
    _guard("laundry", r"빨랫줄(?:이랑|하고|과|와)[^.?!]{0,10}?(?:끈|줄)", "message", {"plan_means"}, raw=True),
    # ---- found by the twentieth round (fresh147-152)
    # 한강 수온 드립 이젠 식상하다 ㅋㅋ; 커뮤마다 한강 물 온도 드립 도배; 한강 물 온도 밈 좀 그만 썼으면 (talk about the meme,
    # not 드립 아니고; the second found by the twenty-fourth round, the third by the twenty-fifth);
    # 한강 물 온도 체크하던 작년의 나야 보고 있냐 ㅋㅋ 지금 +200% (a past self now in profit; the twenty-fifth)
    _guard("joke_retracted", r"(?:한강물?온도|한강수온)(?:드립|밈|짤|개그)(?!(?:이|은)?(?:아니|아님|아냐|아닌))"
           r"|한강물(?:드립|밈|짤)(?:이|으로|로|만)?(?:도배|넘쳐|가득|천지|난리|올라)"
           r"|(?:한강물?온도|한강수온)(?:을|를)?(?:체크하던|찾아보던|검색하던|확인하던|재던|보던)(?:작년|예전|지난달|지난주|그때|옛날|어제)(?:의)?(?:나|내)",
           "span", {"plan_means", "plan_location"}, raw=True),
    # 나 저번에 한강 간다고 한 거 농담이었어 (an earlier remark taken back)
    _guard("joke_retracted", r"(?:다고|라고)(?:한|했던)(?:거|건|말)(?:은|는)?(?:그냥|다)?(?:농담|장난|드립)(?:이었|였|이야|임)(?![^.?!]{0,6}?(?:아니|아님|진심))", "sentence",
           {"plan_means", "plan_location", "wish", "wish_if"}, raw=True),
    # 마지막으로 말하는데 난 괜찮아 (a last word on it, not a farewell)
    _guard("stated_safe", r"마지막으로(?:말하는데|말하지만|한번더말하는데|말할게)[,.]?(?:나|난|저|전)?(?:는|은)?(?:진짜|정말|진심)?(?:괜찮|멀쩡)", "span", {"farewell"}, raw=True),
    # 내가 자살할 거라고 생각하는 사람 있을까봐 말하는데 아니야
    _guard("negation", r"(?:거라고|줄)(?:생각|오해|걱정)하(?:는|실)(?:사람|분)(?:이|들이)?있을까봐[^.?!]{0,10}?(?:아니야|아니에요|아님|아닙니다|아냐)", "sentence",
           {"wish", "mention"}, raw=True),
    # 아빠가 술 드시면 죽고 싶다는 말을 자주 하세요 (someone's words, in honorifics)
    _guard("others_wish", r"(?:싶다는|싫다는|싶단|싫단)(?:말|소리)(?:을|를)?(?:자주|요즘|자꾸|계속|매일|종종|가끔)?(?:하세요|하셔|하시|하신|하셨)", "sentence", {"wish", "wish_if"}, raw=True),
    # 친구가 자살 생각 있다고 해요 … 어떻게 도와줘요? (not … 저도 그래요)
    _guard("others_wish", rf"(?:{_PERSON})(?:가|이|는|은)(?:자살|자해)(?:생각|충동)(?:이|을)?(?:있다고|든다고|한다고|난다고|들었다고)(?:해|해요|하더라|했어|했어요|하네|합니다|하네요|하던데)"
           r"(?![^?]{0,20}?(?:나도|저도))", "span", {"wish", "mention"}, raw=True),
    # 학생 하나가 상담 중에 자해 얘기를 해서 … 어떻게 대처해야 (someone's disclosure)
    _guard("helping_other", rf"(?:{_PERSON})(?:하나|한명|들)?(?:가|이)[^.?!]{{0,10}}?(?:자해|자살)(?:얘기|이야기|말|고백)(?:를|을)?(?:해서|했어|하더라|했는데|하는데|했습니다|해요|했어요)"
           r"(?![^?]{0,20}?(?:나도|저도))", "span", {"mention", "act"}, raw=True),
    # 피해자한테 자해 흔적 있는 경우가 많아서 (other people's scars, at work)
    _guard("others_act", r"(?:피해자|피해자들|학생들|아이들|애들|환자들|내담자들|병사들|용사들)(?:한테|에게|의|들)?(?:자해|자해한)(?:흔적|흉터|상처|자국)", "span", {"mention", "act"}, raw=True),
    # 지난주에 출동 나간 번개탄 현장이 자꾸 생각나요 (a call-out at work)
    _guard("others_act", r"출동(?:나간|나갔던|했던|한|갔던|나가는)[^.?!]{0,6}?(?:번개탄|투신|자살|음독|목맨|목멘)[^.?!]{0,3}?(?:현장|신고|사건)", "span", {"plan_means", "mention", "act"}, raw=True),
    # 그날로 정했어요. 엄마랑 건강검진 받으러 가기로요 (the day's errand named)
    _guard("ordinary_plan", r"(?:날로|날짜로|날)(?:정했|잡았)(?:어요|어|습니다|다)?[.!]?[^.?!]{0,20}?(?:받으러|하러|보러|먹으러|놀러|만나러)(?:가기로|오기로)", "message", {"plan_means"}, raw=True),
    # 가해자가 자살하겠다고 협박하면서 합의해달래요 (someone's threat)
    _guard("others_act", r"(?<![내제나저])(?:가|이|는|은)(?:자살|극단적선택)(?:하겠다고|한다고|할거라고|하겠다며|한다며|할거라며|을하겠다고)(?:협박|난리|하면서|그러면서|위협)", "span", {"mention", "wish"}, raw=True),
    # 자살 방법 검색하면 상담전화 번호 뜨게 해놓은 거 좋은 정책인 듯
    _guard("media_context", r"검색하면[^.?!]{0,12}?(?:상담전화|상담번호|번호|안내)(?:가|이)?(?:뜨|나오)", "sentence", {"wish", "mention"}, raw=True),
    # 강사님이 한때 자살 직전까지 갔다가 회복하신 분 (a story of recovery)
    _guard("recovered", r"(?:자살|극단적선택)직전까지(?:갔다가|갔었다가|가셨다가)(?:회복|극복|이겨내|살아나|돌아오)", "span", {"mention"}, raw=True),
    # jukgo sipda 무슨 뜻이야? (asking what a phrase means)
    _guard("word_talk", r"(?i)(?:jukgo ?s[iy]p(?:da|eo)?|죽고싶다|죽겠다|살기싫다)(?:가|는|라는말|는말|라는게|가무슨|라는)?(?:무슨뜻|뜻이뭐|무슨의미|뜻이에요|뜻이야|의미가뭐)", "span", {"wish"}, raw=True),
    # 옛날 일기 읽었는데 중2 때 죽고 싶다고 써놨더라 (an old diary read today)
    _guard("recovered", r"(?:옛날|예전|어릴|학창|중[0-9]|고[0-9]|초[0-9]|[0-9]+살)[^.?!]{0,30}?(?:다고|라고)(?:써놨|적어놨|써놓았|적어놓았|썼|적었)(?:더라|던데|었더라|네)", "sentence", {"wish"}, raw=True),
    # 살기 싫을 만큼 힘든 건 아니고 그냥 homesick 해요
    _guard("negation", r"(?:싫을|싶을)(?:만큼|정도로|정도)(?:힘든|힘들|우울한|괴로운|심한)?(?:건|거는|것은|거)?(?:아니|아냐|아님|아닙)", "span", {"wish"}, raw=True),
    # I used to want to die in high school. 지금은 행복하게 살아
    _guard("recovered", r"(?i)used\s*to\s*(?:want\s*to\s*die|be\s*suicidal|feel\s*suicidal|think\s*about\s*suicide)[^?]{0,40}?(?:지금은|이제는|now)", "span", {"wish_to_die", "mention"}, raw=True),
    # 그 새끼 그냥 죽었으면 좋겠어 (a wish about the one who hurt the writer; not 나 같은 인간은)
    _guard("others_wish", r"(?:(?:그|저|이)(?:새끼|놈|인간)|(?<!같은)(?:새끼|놈)|가해자(?:들)?|걔네|걔들|쟤네|걔|쟤)(?:들)?(?:이|가|은|는|도)?(?:그냥|좀|다|확|제발|빨리|진짜)*(?:죽었으면|뒤졌으면|죽어버렸으면|죽어야)", "span", {"wish_if", "wish"}, raw=True),
    # 그 새끼 면상 보면 칼로 찔러버리고 싶은데; 가해자들 생각하면 죽여버리고 싶음 (anger at another, no risk
    # to the writer's own life: the wellness reply for it, not the crisis one, unless a rule finds that risk too)
    _guard("harm_to_others", r"(?:새끼|놈|인간|가해자|걔|쟤)(?:들)?(?:면상|얼굴|낯짝|대가리)?(?:을|를|이|만)?[^.?!]{0,10}?(?:칼로)?(?:찔러|죽여|패)(?:버리고싶|주고싶|버리고)", "span", {"self_harm", "act", "wish"}, raw=True),
    # ---- found by the nineteenth round (fresh137-142)
    # 그동안 고마웠어요 다음 학기에도 잘 부탁해요 (the talk goes on)
    _guard("see_you_later", r"(?:다음학기|다음주|다음달|다음시즌|내년|앞으로)(?:에도|도)?(?:잘부탁|또봐|또만나|봬요|뵈어요|뵙겠)", "message", {"farewell"}, raw=True),
    # 벽에 머리 박을 뻔했어 ㅋㅋ 너무 졸려서
    _guard("near_miss_idiom", r"(?:박을|찧을|부딪힐|부딪칠)뻔", "span", {"self_harm"}, raw=True),
    # 생선 손질할 때 칼로 어디를 그어야 뼈가 잘 발라져요?
    _guard("cooking", r"(?:생선|고기|오징어|닭|삼겹살|연어|고등어)[^?]{0,15}?(?:그어야|칼집)", "span", {"self_harm"}, raw=True),
    # 내일이 마지막이라면 뭐 먹을래? ㅋㅋ 밸런스 게임 중
    _guard("counterfactual", r"(?:내일이|오늘이)(?:지구)?(?:의)?마지막(?:날)?이라면[^?]{0,10}?(?:뭐|무엇|누구|어디)", "span", {"farewell"}, raw=True),
    # 유서 공증 받아야 효력 있어요? 아버지가 미리 써두신다고 해서요
    _guard("estate_planning", r"유서[^?]{0,10}?(?:공증|효력)[^?]{0,12}?\?", "span", {"plan_means"}, raw=True),
    # 엄마가 요즘 자꾸 나 죽으면 어쩌고 하는 말을 하셔서 걱정돼요
    _guard("others_wish", rf"(?:{_PERSON}|어머님|아버님)(?:가|이|께서)[^.?!]{{0,10}}?(?:나죽으면|내가죽으면)[^.?!]{{0,10}}?(?:는말|그런말|이런말)(?:을|를)?(?:하셔|하시|하셨|해서|하더라)",
           "span", {"wish", "wish_if"}, raw=True),
    # 수험생들 중에 죽고 싶다는 친구들이 많아서 걱정이에요 (someone's students)
    _guard("others_wish", r"죽고싶다는(?:친구|학생|아이|애|사람|분|수험생|내담자|병사)(?:들)?(?:이|가)?(?:많|있|늘)", "span", {"wish"}, raw=True),
    # 친구가 자기는 살아있는 게 민폐 같다고 해요 (not … 저도요)
    _guard("others_wish", rf"(?:{_PERSON})(?:가|이)자기(?:는|가)?[^.?!]{{0,20}}?(?:같다고|싶다고|라고)(?:해요|해|하더라|했어|하네|했어요)(?![^?]{{0,20}}?(?:나도|저도))",
           "span", {"wish", "wish_if"}, raw=True),
    # 친구가 자살 방법 검색한 걸 봤어요 … 어떻게 도와야 하나요
    _guard("helping_other", rf"(?:{_PERSON})(?:가|이)(?:자살|자해)[^.?!]{{0,10}}?(?:검색|찾아보|알아보)(?:한|하는|했던)", "span", {"wish", "mention", "act"}, raw=True),
    # 자살이라는 단어 대신 극단적 선택이라고 쓰는 게 맞나요? (talking about the word; not 자살이라는 단어가 머릿속에서 안 떠나요)
    _guard("word_talk", r"(?:(?:자살|극단적선택|자해)(?:이라는|라는)(?:단어|표현|용어)(?:를|을|는|은)?(?:대신|쓰|써|사용)|(?:단어|표현|용어)대신(?:극단적선택|자살|자해))(?![^?]{0,20}?(?:남얘기같지않|남일같지않|내얘기|제얘기))", "span", {"mention", "act", "plan_means"}, raw=True),
    # ---- found by the eighteenth round (fresh131-136)
    # 죽고 싶다고 말씀하시는 분들께 뭐라고 해야 할지 (someone's clients, at work)
    _guard("others_wish", r"(?:죽고싶다|살기싫다|자살하고싶다|죽고싶다는)(?:고|는)?(?:말씀|말|얘기|호소)(?:을|를)?(?:하시는|하는|하신|하셨던)(?:분|분들|사람|사람들|내담자|고객|손님|학생|환자|병사|용사)",
           "span", {"wish"}, raw=True),
    # 선인장도 죽을 수 있나요 (whether a plant or a pet can die)
    _guard("dead_object", r"(?:선인장|다육이|화초|식물|화분|꽃|나무|금붕어|물고기|햄스터|거북이)(?:도|이|가|는|은)죽을수(?:도)?있(?:나|어|을까|냐|는지|나요)", "span", {"wish"}, raw=True),
    # 자해하는 친구한테 무슨 말을 해줘야 상처가 안 될까 (asking how to help)
    _guard("helping_other", r"(?:자해|자살시도|자살)(?:하는|했던|한|하려는|하려고하는)(?:" + _CLOSE_PERSON + r"|친구|애|아이)(?:한테|에게|를|을|랑|와)[^?]{0,20}?(?:무슨말|뭐라고|어떻게|도와|도울)",
           "span", {"self_harm", "act", "mention"}, raw=True),
    # 가족한테 쓴 편지가 … 유서 같다고 엄마가 놀림 (a letter likened to one)
    _guard("as_if", r"(?:편지|글|일기|카톡|문자|메시지|답장)[^.?!]{0,25}?유서(?:같다고|같대|같다며|같다는|같이썼|처럼썼|인줄)", "span", {"plan_means"}, raw=True),
    # 모기 물린 데 피 날 때까지 긁었네, 아토피 때문에 긁어서 피가 나요 (an itch; the classifier reads the rest)
    # (not 가려운 것도 아닌데 피 날 때까지 긁어요, 가려워서가 아니라)
    _guard("itch", r"(?:모기|벌레|아토피|두드러기|습진|가려|가렵|간지러|간지럽)(?:(?!아닌|아니|않)[^.?!]){0,20}?긁(?![^?]{0,30}?(?:아닌데|아니라|아니고|않은데|않는데|일부러|그래야|속이풀|맘이|마음이))"
           r"|긁[^.?!]{0,12}?(?:가려|가렵|간지러|간지럽|모기|아토피)(?!운것도아|운것도않|워서가아니|운게아니|운건아니|워서그런게아니|워서그러는게아니|지도않|지도않)",
           "span", {"self_harm"}, "soften", raw=True),
    # 딸아이가 손목을 긋는 것 같습니다 (a parent asking about a child; not with the speaker's own I)
    _guard("others_act", rf"(?:{_PERSON})(?:가|이(?!랑|라|나|든|지)|는|도)(?:(?!나도|저도|나는|저는|난|전|서|고|면|니|는데|랑|하고)[^.?!]){{0,10}}?(?:손목|팔|팔목|허벅지)(?:을|를|에)?(?:자꾸|몰래|계속)?(?:긋|그어|그은|그었|자해)",
           "span", {"self_harm"}, "soften", raw=True, needs_no_first_person=True),
    # 손에 칼 쥐고 있어요 ㅋㅋ 지금 수박 자르는 중 (food named with the cutting)
    _guard("cooking", r"(?:수박|사과|과일|참외|멜론|고기|양파|감자|당근|두부|김치|케이크|빵|생선|회)(?:을|를)?(?:자르|잘라|썰|깎|손질|다지)", "message", {"blade_in_hand"}, raw=True),
    # 아무도 모르는 데로 사라지고 싶다~ 제주도 한 달 살기 하고 싶어 (a trip named after the wish)
    # (not 사라지고 싶다. 여행 말고. 영원히.)
    _guard("trip_named", r"(?:사라지고싶|떠나고싶|잠수타고싶)(?![^?]{0,30}?(?:말고|아니고|아니라|아예|영원히|영영|소용없|의미없))[^?]{0,20}?(?:한달살기|한달살이|여행|휴가|워케이션)",
           "span", {"passive_ideation"}, raw=True),
    # 보여주기식 인생 지겨워 (a way of living, not life)
    _guard("manner_of_living", r"(?:보여주기식|보여주기|가식적인|남눈치보는|비교하는)인생", "span", {"passive_ideation"}, "soften", raw=True),
    # ---- found by the sixteenth round (fresh125, fresh127, fresh128)
    # 할머니 돌아가시기 전에 마지막으로 고맙다는 말 했어요 (someone else's last moments)
    _guard("grief", r"(?:돌아가시기|떠나시기|가시기|눈감으시기|임종하시기)(?:전에|직전에|전날)[^.?!]{0,12}?마지막", "span", {"farewell"}, raw=True),
    # 이게 오늘 마지막 메시지야. 나 이제 잘게, 내일 얘기하자 (the talk goes on tomorrow)
    _guard("see_you_later", r"(?:내일|낼|이따|나중에|담에|다음에|주말에|월요일에)(?:또|다시)?(?:얘기하자|얘기해|얘기해요|봐|보자|봐요|봅시다|만나|올게|올께|연락할게|톡할게)(?![^.?!]{0,6}?(?:없|못|안))",
           "message", {"farewell"}, "soften", raw=True),
    # 진짜 마지막 인사야 ㅋㅋ 이 단톡방 나간다 (leaving a chat room)
    # (not 다들 고마웠고 미안했어. 단톡방은 오늘 나갈게. 이제 진짜 끝이야 찾지 마: fresh86)
    _guard("leaving_context", r"^(?!.*(?:찾지마|찾지말|영원히|영영|미안했|다시는|진짜끝|정말끝|끝이야|끝이에요))"
           r"(?=.*(?:단톡방|단톡|톡방|채팅방|카톡방|단체방|오픈채팅|오픈톡|카페|커뮤니티|커뮤|동호회)(?:을|를|에서|은|는)?(?:이제|오늘)?(?:나간다|나갈게|나갈께|나감|나가요|나갑니다|탈퇴))",
           "message", {"farewell", "hopelessness"}, raw=True),
    # 더 이상 이 회사에서 버틸 자신이 없습니다. 이직 준비를 (a place to leave, not life)
    _guard("bounded_place", r"(?:회사|직장|학교|부서|팀|알바|군대|학원|동아리|현장)(?:에서|에선|에서는|는|은|를)(?:더는|더이상|더|도저히)?(?:못)?(?:버틸|버티|견딜|견디|다닐)",
           "span", {"passive_ideation"}, raw=True),
    # 이대로 잠들어서 주말 내내 안 깼으면 좋겠어요 너무 피곤해요 (sleeping through a bounded time)
    _guard("oversleeping", r"(?:주말|휴일|연휴|내일|낼|오전|점심|오후)(?:내내|까지|동안|종일|하루종일)(?:만|푹)?(?:안|못)(?:깼|깨|일어나)",
           "span", {"passive_ideation", "by_own_hand"}, "soften", raw=True),
    # 로프는 암벽 연습용으로 챙겼어. 해 지기 전엔 내려올 거야 (gear with its purpose)
    _guard("gear_purpose", r"(?:로프|밧줄|자일)(?:은|는|도)?(?:암벽|등반|클라이밍|캠핑|텐트|짐)(?:연습)?(?:용|하려고|할때)", "message", {"plan_means"}, raw=True),
    # 범인이 피해자를 자살로 위장했던 거였어 (a crime staged as suicide)
    _guard("media_context", r"자살(?:로)?(?:위장|꾸며|꾸민|처리된|처리했)|위장자살", "span", {"mention"}, raw=True),
    # 고등학교 때 일기장 … 죽고 싶다는 말만 가득하더라 (old writing found)
    _guard("old_writing", r"(?:일기|일기장|예전글|옛날글|메모|편지)[^?]{0,30}?(?:다는|단)(?:말|얘기|내용|글|문장)(?:만|이|도)?(?:가득|잔뜩|적혀|써있|있더|많더)",
           "message", {"wish", "wish_if"}, "soften", raw=True),
    # 이번 시험 망하면 죽어야지 ㅋㅋ 소리가 절로 … 물론 진짜 그런 건 아니고; 정말 없어지고 싶다는 건 아니고
    _guard("negation", r"(?:물론|당연히)?(?:진짜|정말|실제로)(?:로)?그런(?:건|거는|것은|뜻은|의미는)아니"
           r"|(?:진짜|정말)(?:죽고싶|사라지고싶|없어지고싶)다는(?:건|거는|것은|뜻은|말은)아니", "message", {"wish", "wish_if", "sleep"}, "soften", raw=True),
    # 내일 아침 1교시 안 깨면 어쩌지 (a worry about oversleeping)
    _guard("oversleeping", r"(?:안|못)깨면(?:어쩌지|어떡하지|어떡해|어떻게|큰일|망|지각)", "message", {"passive_ideation"}, raw=True),
    # 아기가 제 팔을 손톱으로 긁어서 피가 났어요 (a baby's scratch)
    _guard("infant_subject", r"(?:아기|애기|아가|신생아|갓난아기)(?:가|이|는)[^.?!]{0,20}?(?:긁|할퀴|물|때리|꼬집)", "message", {"self_harm"}, raw=True),
    # 그냥 다 끝내고 싶어 이 이유식 만들기 ㅋㅋ (the task named after the wish)
    _guard("task_object", r"끝내고싶(?:어|다|음)[.,~]*(?:이|그)(?![^.?!]{0,10}?(?:세상|삶|인생|목숨|생|몸|숨))[가-힣]{0,10}?(?:만들기|하기|준비|공부|과제|육아|알바|시험|숙제|일|작업)",
           "message", {"passive_ideation", "hopelessness"}, raw=True),
    # ---- found by the twenty-fifth round (fresh187-192)
    # 자살 시도 환자 이송했는데; 자해 환자 대할 때 내가 지키는 원칙 (someone else's act, handled at work, whoever speaks)
    _guard("others_act", _ACT_NOUN + r"(?:시도)?(?:환자|환자분|내담자|시도자|학생|아이)(?:을|를|가|이|분을|분들|들을)?"
           r"(?:이송|후송|처치|간호|진료|봉합|대할|대하|응대|상대|맡|받았|받아|케어|만나|면담|상담)",
           "span", {"act", "mention", "plan_means", "past_attempt"}, "soften", raw=True),
    # 난간 넘으려던 분을 구조했습니다 (someone stopped at the rail)
    _guard("others_act", r"난간(?:을|를)?(?:넘으려|넘어가려|넘으려고하)(?:던|는|다가)(?:분|사람|시민|학생|남성|여성|청소년)",
           "span", {"plan_means", "act"}, "soften", raw=True),
    # 죽고 싶냐고요? 아니요 전혀요 (the question echoed, then denied)
    _guard("negation", r"(?:죽고싶|사라지고싶|살기싫|자살하고싶|자해하고싶)(?:냐고|으냐고|냐는|냐구|은거냐고|은거냐는)(?:요|물으신다면|하시면|물어보시면)?[?.!…]*"
           r"(?:아니|아뇨|아니요|아니에요|전혀|절대|아닙니다)(?![^.?!]{0,8}?(?:라고는|라곤|지만|는데|말은))",
           "span", {"wish", "wish_if"}, raw=True),
    # 제가 없어져도 아무도 모를 거란 생각이 … 근데 그렇다고 나쁜 생각하는 건 아니에요 (a wish disowned after it)
    _guard("negation", r"(?:그렇다고|그렇다고해서|그래도)(?:뭐)?(?:나쁜|극단적인?|이상한|그런|위험한)(?:생각|마음|짓|선택)(?:을|까지)?(?:하는|먹은|할|하려는)(?:건|거는|것은|거)(?:아니|아냐|아님|아녜)",
           "message", {"wish", "wish_if"}, "soften", raw=True),
    # 마지막에 죽는 거 말고 해피엔딩으로요 (a story's ending asked for)
    _guard("media_context", r"죽는(?:거|것|걸|결말|엔딩)(?:은|는)?(?:말고|빼고|싫고|아니고)(?:[^.?!]{0,6}?)(?:해피엔딩|해피엔드|행복한결말|새드엔딩|결말|엔딩)",
           "span", {"act", "wish", "farewell"}, raw=True),
    # 그냥 조용히 사라지고 싶다... 단톡방에서 (the group named after)
    _guard("leaving_a_group", r"(?:사라지고싶|없어지고싶|나가고싶|빠지고싶)[^?]{0,8}?(?:단톡방|단톡|톡방|카톡방|채팅방|단체방|모임|회식|동창회)(?:에서|에서만|에서요)",
           "span", {"passive_ideation"}, raw=True),
    # 어제 약 한 통 다 먹었어. 비타민 ㅋㅋ (a bottle of supplements, used up)
    # 시차 적응 때문에 병원에서 처방받은 수면제 챙겼어요 (a prescription, for a trip)
    _guard("medicine_as_directed", r"(?:한통|한병|한박스|한봉지)(?:을|를)?다먹(?:었|음|어|고)[^?]{0,12}?(?:비타민|영양제|유산균|오메가|홍삼|루테인|철분|마그네슘|젤리|사탕|껌|밀크씨슬|프로폴리스)"
           r"|(?:처방받은|처방받아|처방해준|처방해주신|처방된)[^.?!]{0,4}?(?:수면제|수면유도제|안정제|멜라토닌)(?:을|를|도)?(?:챙겼|챙겨|가져|들고|넣었)",
           "span", {"plan_means", "means_preparation"}, raw=True),
    # 고양이 죽으면 나 혼자 어떻게 살지 (the death of another, feared)
    _guard("others_death", rf"(?:{_PERSON}|고양이|강아지|냥이|반려견|반려묘|댕댕이|우리애)(?:가|이)?(?:먼저)?죽으면(?:나|저)(?:는|혼자|이제)?(?:어떻게살|어찌살|뭐하고살|무슨낙으로|못살)",
           "span", {"wish_if"}, raw=True),
    # 한강 가서 피크닉 하기로 날짜 정했어; 한강 공원 왔는데 물 보니까 패들보드 타고 싶다 (leisure by the river);
    # 제주도 절벽 트레킹 코스 좌표 저장해놨어 (a hike)
    _guard("leisure_place", r"(?:한강|바다|강|해변|해수욕장|계곡)(?:공원)?(?:가서|에서|와서|왔는데)[^?]{0,16}?(?:피크닉|소풍|돗자리|치맥|패들보드|카약|서핑|수영|물놀이|자전거|러닝|산책|라면)"
           r"|(?:절벽|벼랑|해안|산|바위|계곡|폭포)(?:길)?(?:트레킹|트래킹|등산|둘레길|올레길|하이킹|코스|투어|암벽|클라이밍)",
           "span", {"plan_means", "plan_location"}, raw=True),
    # 난간 위에 올라가서 사진 찍는 사람들 보면 아찔하더라 (others seen at a height)
    _guard("others_act", r"(?:올라가서|올라가|서서|매달려)[^.?!]{0,10}?(?:사진|셀카|인증샷)(?:을|를)?찍는(?:사람|사람들|애들|관광객|커플)",
           "span", {"plan_means", "plan_location"}, raw=True),
    # 수영복까지 입었는데 바다에 뛰어들까 말까 고민 중 물 너무 차가워 (a swim)
    _guard("sport_jump", r"(?![^?]{0,40}?(?:안나오|안나올|죽|끝내|영원히|다시는|마지막))(?:수영복|래시가드|웻슈트|잠수복|튜브|구명조끼|수경)[^?]{0,20}?(?:뛰어들|들어갈|입수)|(?:뛰어들|들어갈|입수)[^?]{0,20}?(?:수영복|래시가드|웻슈트|튜브|구명조끼|수경)",
           "span", {"plan_means", "plan_location"}, raw=True),
    # 사는 게 의미 없다고 느꼈던 시기가 있었는데 그건 … 20대 초반이고, 지금은 그때의 나한테 잘 버텼다고 (a period, outgrown)
    _guard("recovered", r"던(?:시기|시절|때)(?:가|이|도)?있었(?:는데|지만|고|어요)[^?]{0,40}?(?:지금은|이제는|이젠|요즘은)[^.?!]{0,14}?(?:잘버텼|괜찮|잘지내|행복|좋아졌|나아졌)(?!지않|지가않|지못|을까|지는않)",
           "message", {"passive_ideation", "wish_to_die", "hopelessness"}, "soften", raw=True),
    # 절벽 트레킹 코스 좌표 저장해놨어 ㅋㅋ 같이 갈 사람? (company for an outing)
    _guard("ordinary_plan", r"(?:트레킹|트래킹|등산|여행|캠핑|맛집|콘서트|투어|코스|페스티벌|전시|낚시)[^?]{0,30}?같이갈사람", "span", {"plan_means"}, raw=True),
    # 번개탄 텐트 안에서 피우면 큰일 난다며? (a warning heeded)
    _guard("prevention_context", r"(?:번개탄|연탄|숯|난로|화로)[^?]{0,20}?(?:피우면|때면|켜면|쓰면)(?:큰일|위험|죽는|죽어|안된|안되|중독)[^.]{0,24}?(?:밖에서|환기|조심|안써|안쓸|쓰지말|하지말|밖에서만)",
           "span", {"plan_means", "means_preparation", "act"}, raw=True),
    # 남동생 팔에 담배빵 자국이 있는데 … 어떻게 물어보죠; 여친이 팔에 상처 내는 걸 알게 됐는데 제가 뭘 해줄 수 있을까요
    _guard("helping_other", rf"(?:{_CLOSE_PERSON}|남동생|여동생|여자친구|남자친구|애인|딸아이|아들놈)(?:가|이|의|는)?(?:팔|손목|허벅지|몸)(?:에|에다)?[^.?!]{{0,10}}?(?:상처|자국|흉터|담배빵|자해)"
           r"(?=[^?]{0,60}?(?:어떻게(?:물어|말|해야|대화|도와)|뭘해줄|뭘해야|뭐라고|도와줄|도울수))",
           "span", {"act", "mention", "self_harm"}, "soften", raw=True),
    # 흉터 연고 바르는 중 넘어져서 생긴 거라 빨리 없어졌으면 (a scar, not the self)
    _guard("ordinary_scar", r"(?:흉터|상처|멍|점|기미)[^?]{0,20}?(?:넘어져서|다쳐서|수술해서|긁혀서|데여서|부딪혀서)[^?]{0,12}?(?:없어졌으면|사라졌으면|지워졌으면)",
           "span", {"passive_ideation", "wish"}, raw=True),
    # 사는 게 지겹다. 매일 출근 퇴근 반복. 취미라도 찾아야 될 듯 (routine, and a way out of it looked for)
    # (boredom only: not 살기 싫다 … 운동도 해야 하는데)
    _guard("bounded_escape", r"^(?!.*(?:죽|끝내|사라지|없어지|그만살|살기싫|의미없))(?=.*(?:지겹|지루|재미없|심심|무료))(?=.*(?:취미|동호회|모임|운동|여행)(?:라도|이라도)(?:찾아야|해야|시작해야|가져야|만들어야|다녀야|가야))",
           "message", {"passive_ideation", "hopelessness"}, "soften", raw=True),
]

# "not" as a copula in every form: 아니에요, 아니고, 아냐, 아님, 아녜요, 아닌데
_NOT = r"(?:아니|아냐|아님|아녜|아닌)"
# negation right after a match: 죽고 싶지는 않아, 자살할 생각은 없어요, 자해는 안 해, 죽고 싶은 건 아닌데
_NEGATION_AFTER = re.compile(
    # 제초제 마시면 바로 죽나요 아님 며칠 고생하나요 (아님 joins two questions: found by the twenty-fourth round)
    r"(?!(?:나요|나|니|냐|는지|을까|ᆯ까|까|까요|을지)\??(?:아님|아니면)(?![.?!~…]*$))"
    r"(?!(?:아님|아니면)[^.?!]{2,20}?(?:나요|니|냐|까|까요|을지|는지|ᆯ지|나)\??(?:[.?!~…]|$))"
    # 죽고 싶지 않은 날이 없어, 죽고 싶지 않을 때가 없어, 자살 생각을 안 한 날이 없어요 (a double negative is no denial)
    r"(?!지?(?:는|도)?않(?:은|는|을)(?:날|때|적|순간|하루)(?:이|가|은|도)?(?:없|하루도|단하루|한번도))"
    r"(?!(?:생각|충동)?(?:을|를)?안(?:한|하는|든|드는|해본)(?:날|때|순간|하루)(?:이|가|은|도)?(?:없|하루도|단하루|한번도))"
    # 제가 죽는 게 가족한테 낫지 않을까 싶어요 (a tentative yes, not a denial)
    r"(?!지않을까(?:싶|해|하|요|생각|하는|[?.…~]|$))(?!지않나(?:싶|[?.…~]|$))"
    # 죽을 용기가 없어서 사는 거지 (lacking the courage is no denial); 죽는 방법 없을까요 (a question)
    r"(?!.{0,4}?없어서)(?![^?]{0,6}?없(?:을까|나|니|냐|을지|는지|으려나))(?!.{0,4}?없어지|.{0,4}?없어져|.{0,2}?없애)"
    # 자해나 자살 생각은 없어요; 죽고 싶거나 그런 건 전혀 아님
    r"(?:(?:하거나|거나|나|이나|랑|이랑|하고|와|과|,)(?:자살|자해|극단적선택|죽을|죽고싶은)(?:할|하는|을)?(?:생각|충동|계획|마음|의도|시도)?(?:은|는|이|가|도)?"
    # 자해나 자살 시도는 한 적 없어요
    r"(?:(?:한|해본|했던)적(?:은|도|이)?)?(?:전혀|절대|아예|별로|한번도)?(?:없|않|" + _NOT + "|안해|안들)|"
    # 자살하고 싶거나 그런 건 아니야 (the noun matched alone: its verb comes first)
    r"(?:하)?(?:고싶)?(?:다|는다)?거나(?:그런|뭐|막)?(?:건|거|거는|것은|생각은|마음은|맘은|정도는)?(?:전혀|절대|아예|진짜)?(?:" + _NOT + "|없|않|안해|안함|안합|안했)|"
    # 죽고 싶은 건 아니에요, 사라지고 싶다는 건 아니고, 죽고 싶은 정도는 아니야
    r"(?:(?:게하|하)?(?:려는|으려는|려고하는|려던|은|는|다는|단|을|다고|단)?(?:건|거는|것은|게|거|정도는|정돈|정도까진|거까진|것까진|뜻은|뜻이|뜻으로|말은|말이|의미는|의미가|얘기는|얘기가|소리는|소리가"
    # 죽고 싶다는 뜻 아니었어 (found by fresh167; 죽고 싶다는 말 한 적 없어요, fresh168, below)
    r"|(?<=다는)뜻|(?<=단)뜻)"
    r"(?:전혀|절대|아예|진짜|정말)?" + _NOT + "|"
    r"(?:다는|단)말(?:을|은)?(?:한번도)?(?:한적|해본적)(?:이|은|도)?(?:전혀)?없(?!는데|지만|었는데|었지만|던데)|"
    # 자살 생각 있는 거 아니니까 걱정 마세요 (found by fresh77)
    r"(?:생각|충동|마음|계획)?(?:이|은|도)?있(?:는|다는)(?:건|거|것은|게)(?:전혀|절대|아예|진짜)?" + _NOT + "|"
    # 힘든 거랑 죽고 싶은 건 다른 거잖아 (found by fresh75)
    r"(?:은|는)?(?:건|거는|것은)(?:전혀|완전히|좀)?다른(?:거|것|얘기|문제)|"
    # 나 스스로를 다치게 하는 건 절대 안 해 (not 죽고 싶다는 말은 안 할게요, an evasion)
    r"(?:게하|하)?(?:은|는)?(?:건|거는|것은|거)(?:전혀|절대|아예|진짜|정말)?(?:안해|안할|안합|안함)|"
    r"지(?:는|도|가|만|까진)?않|진않|지않|지마|지말|"
    # 살고 싶지 않다는 마음이 드는 건 아니에요 (found by fresh118)
    r"(?:다는|단|은|는)?(?:생각|마음|기분)(?:이|은)?(?:드|들)(?:는|은)?(?:건|거는|것은)(?:전혀|절대|아예|진짜)?" + _NOT + "|"
    # 그냥 사라지고 싶다.. 는 아니고 무인도 가서 쉬고 싶다 (a trailing self-correction; fresh108)
    r"(?:다|어|아)?[.…~]+(?:는|은)(?:전혀|절대|아예|진짜)?(?:아니|아냐|아님)|"
    # 자해했냐고 물어보시는데 아니에요 (someone's question, denied; not 아니라고 거짓말했어)
    r"(?:(?:은|는)?(?:생각|마음|적|경험)(?:이|은)?있|있|했|하|한거)?(?:냐고|느냐고|냐는|냐며|냐(?=묻|물어|물으))\??[^.?!]{0,12}?(?:아니|아뇨|아닙|안했|없다고|없어요|없습니다|없었|없다)(?![^.?!]{0,4}?(?:라고|다고|라구)거짓말)|"
    r"(?:고싶(?:은|다는|단))?(?:하|할|하는|한다는|하다는|다는|단|을|를|은|는|이|가|할까|다(?=이런|그런))?(?:이런|그런)?(?:같은건|같은거|따윈|따위는)?(?:생각|계획|마음|맘|의도|시도|일|충동)?(?:은|는|이|가|도|까지|따윈|같은건|같은거|같은것은)?"
    # 죽고 싶다는 생각은 한 번도 해본 적 없어요
    r"(?:한번도|단한번도|여태|평생)?(?:생각해본적|생각한적|해본적|한적|가져본적|든적)?(?:이|도|은|는)?"
    r"(?:전혀|절대|아예|별로|더이상|이젠|이제|하나도|조금도|눈곱만큼도)?(?:없|않|" + _NOT + "|안(?:해|할|하(?!고는|고선|곤|면)|했|한|함|들|나|해요|합니다)|못하겠|안했)))"
)
# a denial undone by what follows: 자살 생각 안 한다 카면 거짓말이고 (found by fresh147); 자해는 이제 안
# 해요… 근데 오늘 딱 한 번만 할게요 (found by fresh152)
_DENIAL_UNDONE = re.compile(r"[^.?!]{0,4}?(?:카면|하면|그러면|라면)거짓말"
                            r"|[^?]{0,12}?(?:근데|그런데|하지만|그치만)[^.?!]{0,10}?(?:한번만|딱한번|마지막으로)(?:할게|할래|할거|하려)"
                            # 자살할 생각 없어 ㅋ 그냥 걔 결혼식 전에 없어질 거라는 거지 (found by fresh159)
                            # (not 그냥 며칠 잠수 타고 사라질 거야, a bounded escape)
                            r"|[^?]{0,6}?그냥(?:(?!며칠|잠깐|잠시|주말|하루|이틀|한동안|당분간)[^.?!]){0,16}?(?:없어질|사라질)(?:거|거라는|거야|거임)")
# a past act (or wish) followed by its end: 자해했었는데 안 한 지 3년 됐어, 예전에 자살 시도했지만 지금은
# 괜찮아, 작년엔 죽고 싶었던 때도 있었는데 상담 받고 지금은 많이 괜찮아졌어요
_RECOVERED_AFTER = re.compile(
    r"(?:도|을|를|이|까지|은|만)?(?:(?:다는|단)?(?:생각|마음)(?:까지|도|을|이)?)?(?:을?(?:만큼|정도로|정도까지)[^.?!,]{0,10}?(?:었|았|였))?(?:많이|자주|매일|엄청|계속|늘|항상)?"
    r"(?:하|한|했|했었|했던|하던|시도|시도한|시도했|시도했었|시도까지했었|시도까지했|시도까지한|간|갔던|갔었|뒀던|놨던)?(?:었|았)?(?:는데|지만|고|어|어요|었는데|었지만|던|었던)?[,.~…]*(?:그건|건|그것도|것도|그거|거|그게)?(?:벌써|이미)?(?:몇|[0-9]+|십)?(?:년|달|개월)?(?:전)?"
    r"(?:예전|옛날|과거|[^.?!]{0,8}?때)?(?:일이고|일이야|일이에요|얘기고|얘기야)?[,.~…]*"
    r"(?:(?:(?:때도|적도|적이|때가|적|때|시기가|시기도|시절이|시절도|시기|시절)(?:있었|많았|있|많)(?:는데|지만|어요|어|고|었는데|었지만)|이후로?|후로?|뒤로?|다음부터|치료|상담|입원|[^.?!~…]{0,12}?(?:하면서|다니면서|받으면서|만나면서))[,.~…]*[^.?!~…]{0,20}?)?"
    r"(?:안한지|끊은지|멈춘지|그만둔지|안한게|(?:지금|현재|요즘|이제)?(?:은|는)?(?:[0-9]+|몇)?(?:년|달|개월|주|일)째(?:안|끊|멈)|(?:많이|다|훨씬|꽤|완전히|완전)(?:좋아졌|나아졌|괜찮아졌|회복했|벗어났|벗어남|지나갔)|(?:그때|그시절|그걸|그시간을)?버틴(?:내가|나를|제가|저를|나|저)?(?:한테|에게)?(?:자랑스|대견|기특|고맙|고마)|"
    r"이제(?:진짜|정말|완전|다|많이)?(?:괜찮|잘지내|극복했|살만해|살만하)|"
    r"(?:지금은|요즘은|이제는|이젠|현재는|요새는|그뒤로는|그후로는|그이후로|대학와서|대학가서|졸업하고|전학와서|이사와서|결혼하고)(?:그런생각|그런마음|그생각|그런충동|[^.?!]{0,18}?)(?:은|이|도)?"
    r"(?:전혀|더이상|많이|다|좀|훨씬|거의|정말|진짜|완전|아주|너무)?(?:안해|안하고|안한|안함|안합니다|안들|안나|없이|없어|없습니다|아니야|아니에요|아닙니다|괜찮|잘지내|많이좋아|좋아졌|나아졌|다나았|극복|살만해|살만하|살맛나|살맛이나|잘살|행복하게|좋은친구|좋은사람|공부중|공부하고있|꿈이생|목표가생|살아있어서(?:정말|너무|참)?다행|살아있어(?:정말|너무|참)?다행))"
)
# the end of a past act said right before it: 그만둔 지 오래된 옛날 자해 흉터를 타투로 덮으려는데
_RECOVERED_BEFORE = re.compile(r"(?:그만둔지|끊은지|안한지|멈춘지)(?:오래된|오래|몇년된|몇년|[0-9]+(?:년|개월)(?:넘게|넘은|이상)?된?)(?:옛날|예전)?(?:의)?$")
# the end of a past act said a sentence later: 자해했던 흉터 보면 그때 생각나요. 지금은 안 한 지 3년 됐어요
# "no such thought" after 다시: 다시 그런 생각 안 들어요 (an outgrown thought, and no relapse; found by fresh166)
_NO_SUCH_THOUGHT = r"(?:그런|그)(?:생각|충동|마음)(?:은|도|이)?(?:전혀|아예|더이상|절대)?(?:안들|안해|안합|안듭|안드|없)"
_RECOVERED_LATER = re.compile(r"(?:지금은|요즘은|이제는|이젠|현재는)?(?:안한지|끊은지|멈춘지|그만둔지)(?:[0-9]+|[일이삼사오육칠팔구십]{1,3}|한|두|세|네|다섯|여섯|몇)(?:년|달|개월|주|일)|"
                              r"(?:지금은|요즘은|이제는|이젠|현재는)?(?:[0-9]+|몇)(?:년|달|개월|주|일)째(?:안|끊|멈)|"
                              # 그때의 나한테 고생했다고 말해주고 싶어. 지금은 안 해 (found by fresh74)
                              r"(?:지금은|요즘은|이제는|이젠|현재는)(?:전혀|아예|더이상|절대)?안(?:해|함|합니다|해요)(?:$|[.!~…])|"
                              # 벌써 5년 넘게 안 했어 (found by fresh69)
                              r"(?:[0-9]+|몇)(?:년|달|개월)(?:넘게|이상|가까이|동안)(?:안했|안해|안하고|안함)|"
                              # 그게 벌써 6년 전이에요 (found by fresh80)
                              r"(?:그게|그건|그것도|그때가)(?:벌써|이미|거의)?(?:[0-9]+|몇|십|한|두|세|네|다섯)(?:년|달|개월)(?:이나|도|가|이)?(?:넘은|지난|된|전|넘었)|"
                              # 벌써 15년 전 얘기다 (found by fresh111)
                              r"(?:벌써|이미)(?:[0-9]+|몇|십)(?:년|개월)(?:이나|도)?(?:넘은|지난|된|전)(?:얘기|일|이야기)|"
                              r"(?:지금은|이제는|이젠)(?:다|완전히|완전)?(?:나았|아물었|회복했|극복했)|"
                              # 다시 그런 생각 안 들어요 (found by fresh166)
                              r"다시(?:는)?" + _NO_SUCH_THOUGHT + "|"
                              # 뒷계에 자해 사진 올리곤 했는데 치료 받고 다 나았어 (found by fresh167)
                              # 지금은 치료 다 받고 잘 지내; 치료 받고 지금은 완전히 괜찮습니다 (found by fresh172, fresh174)
                              r"(?:치료|상담)(?:를|도)?(?:다|잘)?받고(?:지금은|이제는|이젠)?(?:(?:[0-9]+|몇|한|두|세)(?:년|달|개월)(?:째|동안|넘게)?)?(?:다|완전히|많이)?(?:나았|좋아졌|회복했|괜찮|잘지내)|"
                              # 상담 받은 지 2년 되면서 완전히 끊었어요 (found by fresh95)
                              r"(?:완전히|아예)끊었|"
                              # 지금은 그런 충동 전혀 없어요 (found by fresh79)
                              r"(?:지금은|요즘은|이제는|이젠|현재는)(?:그런|그)?(?:충동|생각|마음)(?:은|도|이)?(?:전혀|아예|더이상|하나도)?없|"
                              # 지금은 이혼 때문에 힘들어도 그런 충동은 안 들어요 (found by fresh132)
                              r"(?:지금은|요즘은|이제는|이젠|현재는)[^.?!]{0,20}?그런(?:충동|생각|마음)(?:은|도|이)?(?:전혀|아예|더이상|하나도)?(?:없|안들|안듭|안드|안생)|"
                              # 이제 그런 생각 안 해; 안 한 지 오래됐어 (found by fresh137, fresh138)
                              r"(?:지금은|요즘은|이제는|이젠|이제|현재는)(?:그런|그)(?:충동|생각|마음)(?:은|도|이)?(?:전혀|아예|더이상|하나도)?(?:안해|안들|안합|없)|"
                              r"(?:안한지|끊은지|멈춘지|그만둔지)(?:꽤|한참|아주)?오래(?:됐|되었|된)|"
                              # 그 시절은 완전히 끝났고 지금 너무 행복해요 (found by fresh135)
                              r"(?:그시절|그때|그건|그것도)(?:은|는|도)?(?:완전히|이미|다|진작)?(?:끝났|지나갔)(?:고|어요|습니다|지|어(?!야))|"
                              # 다 지난 일이고 지금은 괜찮아; 근데 지금은 아니야 진심으로; 그땐 그랬지 싶어 (found by fresh157, fresh158)
                              r"다지난일(?:이고|이야|이에요)[,.]?(?:지금은|이제는|이젠)(?:완전|다|많이|정말)?(?:괜찮|잘지내)|"
                              r"(?:지금은|이제는|이젠)(?:아니야|아니에요|아닙니다|아냐|아님)(?:진심|정말|진짜)?|"
                              r"그땐그랬(?:지|었지)(?:싶|뭐|ㅎ|ㅋ|$|[.!~])|"
                              # 이제는 다 지난 일이야; 헤어지고 나서는 한 번도 안 났어 (found by fresh149, fresh150)
                              r"(?:이제는|이젠|지금은|이제)(?:다|이미)?지난일(?:이야|이에요|입니다|이고|이지)|"
                              r"(?:나서는|나서|후로는|뒤로는|이후로는|부터는)[^.?!]{0,6}?(?:한번도|전혀|다시는)(?:안났|안들었|안했|없었)|"
                              # 고딩때 일이고 지금은 완전 괜찮습니다 (found by fresh81)
                              r"때(?:일|얘기)(?:이고|이에요|입니다|이야|고)[,.]?(?:지금은|요즘은|이제는|이젠|현재는)(?:완전|다|많이|정말)?(?:괜찮|잘지내|극복)")
_RECOVERED_LATER_REACH = 60
# … used only after a plainly past act: 3년 전에 자해했던 흉터 보면 그때 생각나지만 지금은 잘 지내고 있어요
# treated for it, in the past: 자살 충동 때문에 입원했던 적이 있어요, 자살 생각 때문에 상담받았던
_TREATED_FOR_IT = r"(?:때문에|땜에|으로|로)(?:입원|치료|상담)(?:을|도)?(?:받)?(?:했던|했었|한적|았던|았었|은적)"
_PAST_ACT_AFTER = re.compile(r"(?:를|을)?(?:했던|했었|한적|하던|시도했던|시도했었|시도한적)|[^.?!]{0,8}?(?:었던적|았던적|였던적|었던때|았던때)"
                             # 손목 그었던 적 (the match ends in 었), 약 먹고 응급실 간 적 (found by fresh50)
                             r"|던(?:적|때)|(?:간|갔던|갔었|실려간|실려갔던)적"
                             # 유서까지 썼던 적 있는데 (found by fresh128)
                             r"|(?:까지|도|를|을)?[^.?!]{0,3}?던적"
                             # … 10년도 더 된 일이고 지금은 잘 지내는데
                             r"|(?:충동|생각|시도)?" + _TREATED_FOR_IT +
                             # 극단적인 선택을 하려 했던 적이 있는데
                             r"|(?:를|을)?하려(?:고)?했던적"
                             # 스무살 땐 손목 긋고 그랬는데; 자해 흉터 볼 때마다 (found by fresh147, fresh149)
                             r"|(?:고|하고)?그랬(?:는데|었는데|지만|었지만|던)|흉터"
                             # 옛날에 유서까지 썼었는데 … 지금은 애 둘 엄마고 잘 살아요 (the remote past 었었; found by the twenty-fourth round)
                             r"|(?:까지|도|를|을)?[^.?!]{0,3}?(?:썼었|했었|었었|았었|였었|갔었|뒀었|놨었)(?:는데|지만|죠|고|지(?=[.!~…ㅎㅋ]|$))|(?<=썼|했|갔|뒀|놨|샀)었(?:는데|지만|죠|고)"
                             # 사는 게 의미 없다고 느꼈던 시기가 있었는데 (a period of one's life; found by the twenty-fifth round)
                             r"|[^.?!]{0,8}?던(?:시기|시절)")
_DOING_WELL_LATER = re.compile(r"(?:지금은|요즘은|이제는|이젠|현재는)(?:다|완전히|완전|많이)?(?:잘지내|잘살|괜찮|많이좋아|좋아졌|나아졌|극복|건강하|(?:전혀|아예|절대|더이상)안(?:해|함|합|하고|하는데|하거든))"
                               # 지금은 흉터만 희미하게 남았고 결혼해서 아이 둘 키우며 잘 살고 있어요 (found by fresh116)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없이|않|못|싶|겠|나없|저없|면(?!서))[^.?!]){0,30}?(?:잘살고있|잘지내고있|행복하게살고있"
                               # 지금은 애 둘 엄마고 잘 살아요 (found by the twenty-fourth round)
                               r"|잘살아요|잘삽니다|잘지내요|잘지냅니다|(?:잘살아|잘지내)(?=[.!~ㅎㅋ]|$))"
                               # 지금은 치료 잘 받고 많이 좋아졌어요 (found by fresh127)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없이|않|못|싶|겠|나없|저없|면)[^.?!]){0,16}?(?:많이|훨씬|정말|다)(?:좋아졌|나아졌|괜찮아졌)"
                               # 지금은 손주 보는 재미로 잘 살아 (found by fresh59)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없|않|못|싶|겠|면|나|남)[^.?!]){0,12}?(?:재미로|낙으로|덕에|덕분에)잘(?:살|지내)"
                               # 지금은 가정 꾸리고 행복하게 살아요 (not 지금은 나 없이 다들 행복하게 살겠지)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없|않|못|싶|겠|면|나|남)[^.?!]){0,12}?(?:행복하게살아|행복하게지내|행복해요|행복합니다|행복하게잘)"
                               # 살기 싫다는 말 입에 달고 살았던 재작년이 무색하게 요즘 너무 행복해 (found by fresh138)
                               r"|(?:재작년|작년|예전|옛날|시절|때)(?:이|가)?무색하게[^.?!]{0,10}?(?:행복|잘지내|괜찮)"
                               # 지금은 웃으면서 얘기함 (found by the twenty-fifth round)
                               r"|(?:지금은|이제는|이젠)(?:다)?웃으면서(?:얘기|이야기|말)"
                               # 지금은 결혼해서 애도 있어요; 지금은 결혼해서 애도 있고 잘 살아요 (found by fresh132, fresh134)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:결혼해서|결혼했고|결혼도하고|가정을꾸리|가정꾸리)(?:(?!없|않|못|싶|겠|면|나|남)[^.?!]){0,12}?(?:있어요|있고|있습니다|잘살아|잘지내|행복)"
                               # 요즘은 그 흉터 보면 잘 버텼다 싶어; 지금 돌아보면 살아서 정말 다행이야; 지금은 살고 싶어 (found by fresh50)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는|지금돌아보면|돌아보면)[^.?!]{0,14}?(?:잘버텼|버티길잘|살아서(?:정말|참|너무)?다행|살아있어서(?:정말|참|너무)?다행|살고싶어|살고싶다|살고싶어요|내삶이좋)"
                               # 인자 십년 넘게 잘 지내; 3년째 잘 살고 있음 (found by fresh147, fresh150)
                               r"|(?:[0-9]+|몇|십|이십)(?:년|달|개월)(?:넘게|째|동안|가까이)?잘(?:살고있|지내고있|지내|살아)(?!야|겠|면|길|기를|주)"
                               # 인자 잘 지내유 (dialect 이제; found by fresh147)
                               r"|(?:인자|인제)(?:는|은)?(?:다|많이)?(?:잘지내|잘살|괜찮)"
                               # 지금은 흉터만 남고 괜찮아 (found by fresh152)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)흉터만[^.?!]{0,8}?(?:괜찮|잘지내|잘살|행복)"
                               # 그때 나한테 미안하고 지금 나한테 고마워 (found by fresh149)
                               r"|지금(?:의)?(?:나|내|저|제)(?:자신)?(?:한테|에게|이|가)?(?:고마|자랑스|대견|기특)"
                               # 지금은 치료 다 받고 애 둘 엄마다 행복하데이; 빚도 다 갚았어요. 요즘 행복합니다 (found by fresh147, fresh149)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없|않|못|싶|겠|면(?!서)|나|남)[^.?!]){0,12}?(?:행복하데이|행복혀|행복하다(?:$|[.!~])|행복해(?:$|[.!~]))"
                               r"|(?:^|[.!])(?:요즘|요새|지금)(?:은|는)?(?:너무|정말|진짜|많이|참)?(?:행복합니다|행복해요|행복해|행복하다)(?:$|[.!~])"
                               # 지금은 가족이랑 잘 지내 (found by fresh149)
                               r"|(?:지금은|요즘은|이제는|이젠|현재는)(?:(?!없|않|못|싶|겠|면(?!서)|나|남)[^.?!]){0,10}?(?:랑|이랑|하고|와|과)잘(?:지내|살)(?!야|겠|면|길|기)")
_PAST_AFTER = re.compile(r"(?:다고(?:느꼈|생각했|여겼)(?:던|었던)(?:시기|시절|때|적)|었|았|(?:다는|단)(?:생각|마음)(?:까지|도|을|이)?(?:많이|자주|매일|엄청|계속|늘|항상)?(?:했었|했던|했|들었)"
                         # 사라지고 싶다는 말을 입에 달고 살았는데
                         r"|(?:다는|단)(?:말|소리)(?:을|를)?(?:입에)?(?:달고살았|자주했|많이했|입버릇처럼했)"
                         # 죽고 싶을 만큼 힘들었는데 (to the point of wishing it, in the past)
                         r"|을?(?:만큼|정도로|정도까지)[^.?!,]{0,10}?(?:었|았|였)"
                         # 자살 생각도 했었는데, 자살 생각 많이 했던
                         r"|(?:도|을|이|까지|은|만)?(?:많이|자주|매일|엄청|계속|늘|항상|가끔|종종)?(?:했었|했던|하던|들었|났었|했(?:는데|는디|지만|고))"
                         # 죽으려고 한 적 있었어
                         r"|(?:한|했던|하던|먹은|먹었던|은|었던)적(?:이|도)?(?:있|많)"
                         # 사라지고 싶던 시절도 있었는데 (found by fresh81)
                         r"|던(?:시절|때|시기)(?:도|가|이)?(?:있었|많았)"
                         # 제가 사라지면 어떨까 하는 생각을 했었어요 (found by fresh160)
                         r"|[^.?!]{0,4}?(?:어떨까|좋겠다|좋겠어)?(?:하는|라는|란|는)?생각(?:을|도|까지)?(?:했었|했던|한적|했지만|했는데)"
                         # 나 같은 게 살아서 뭐하나 했는데 (found by fresh138)
                         r"|(?:하나|하냐|싶어|싶다)(?:라고|고)?(?:했는데|했었는데|했지만|했었지만|생각했는데|생각했었)"
                         # 자살 충동 때문에 입원했던 적이 있어요
                         r"|" + _TREATED_FOR_IT + ")")
# a recovery counts only for a past that is plainly over: a time long ago before the act, or
# a clean streak (안 한 지 3년); 방금 손목 그었는데 지금은 괜찮아 is today's act, still a crisis
_RECENT_BEFORE = re.compile(r"(?:방금|아까|어제|어젯밤|지난밤|오늘|조금전|좀전|금방|새벽에|그저께|엊그제|이번주|지금)")
_LONG_AGO_BEFORE = re.compile(r"예전|옛날|과거|전에|때|작년|재작년|어릴|한때|그땐|몇년|[0-9]+(?:년|달|개월)|[0-9]+대(?:초반|중반|후반)|시절|왕년"
                              # a scar is a healed wound: 손목 흉터 보면 죽으려고 했던 그때 생각 (found by fresh157)
                              r"|흉터"
                              # 처음 왔을 땐 매일 죽고 싶었는데 (found by fresh50: before the counselling that helped)
                              r"|처음(?:왔을|올|상담받을|상담할|시작할)(?:땐|때는)")
_STREAK = re.compile(r"지난일|안한지|끊은지|멈춘지|그만둔지|안한게|째|년|개월|달|치료|상담|입원|병원|버틴|시기|시절|때(?:일|얘기)|나았|아물었")
_BEFORE_REACH = 20
_RELAPSE = re.compile(r"한번만(?:할게|할래|할거|하고싶|하려)|또|다시(?!는?" + _NO_SUCH_THOUGHT + r")|재발|참기힘|참기어|못참|(?<!다고)(?<!라고)(?<!인사)(?<!얘기)(?<!이야기)(?<!공부)(?<!운동)(?<!봉사)하고싶|할것같|충동(?!(?:은|도|이)?(?:전혀|아예|더이상|하나도)?(?:없|안들|안생|안나))|위험|깨졌|깨지|무너|결국|버티(?!길잘했|길잘한|길다행|기를잘)|참았|한계|못자|불안(?!한정도|할정도|정도)")
_QUOTES = re.compile(r"[\"“”„‟'‘’‚‛「」『』《》〈〉]")
_REPORTED = frozenset({"다고", "대", "래", "대요", "래요", "다는", "다며", "라고", "냐고", "다더라", "다던", "단다", "댔", "더라", "대서", "다면서"})
_REPORTED_SKIP = frozenset({"EC", "EF", "ETM", "EP"})
# the verb that quotes: 죽고 싶다 카는데 (Kiwi reads the dialect 카 as a noun), 살기 싫다 하셔서
_QUOTING = frozenset({"하", "카", "그러", "캐", "말하"})
_OWN_THOUGHT = frozenset({"생각", "마음", "맘", "느낌", "충동", "기분", "욕구", "욕망", "상상"})
# bound nouns that are nobody's subject: 죽고 싶은 건 아니고 … 쉬고 싶다는 거지 (not 친구 놈이, 그분이)
_THING_NOUNS = frozenset({"거", "것", "게", "수", "줄", "적", "데", "바", "뿐", "지", "때문"})
_SUBJECT_MARKERS = frozenset({"이", "가", "께서", "은", "는", "ᆫ", "도"})
# time words are topics, never subjects: 요즘은 그냥 자다가 죽었으면 좋겠다는 생각만 해 (found by fresh80)
_TIME_NOUNS = frozenset({"요즘", "요새", "오늘", "어제", "내일", "지금", "이제", "아침", "저녁", "밤", "새벽", "낮",
                         "주말", "평소", "매일", "하루", "요번", "이번", "올해", "작년", "당시", "그때", "이때", "최근"})
# Fast phone typing drops the double consonant: 먹엇어, 좋겟다, 누워잇음, 말햇어. Kiwi reads the
# endings right but keeps the typed form; the rules read the standard one (found by fresh61).
_TYPO_FORMS = {("엇", "EP"): "었", ("앗", "EP"): "았", ("엿", "EP"): "였", ("겟", "EP"): "겠",
               ("햇", "EP"): "했", ("잇", "VX-R"): "있", ("잇", "VA-R"): "있"}
_PERSON_RE = re.compile(rf"^(?:{_PERSON})$")
# what follows a quote someone else said: 했는데, 이런 말을, 이러는데, 물어보길래, 라고 (found by fresh87)
_SAYING_AFTER_QUOTE = re.compile(r"(?:고(?:해|했|하|올렸|올림|썼|적었|보냈|말|그러|물)|같은(?:말|소리)|라는(?:말|소리)|라고|이라고|하고|했는데|하는데|하길래|했길래|하면서|하며|라며|그러|이러|이런|그런|물어|묻|하셔|하셨|카|했대|한대|해서|했어|해)")
# verbs of telling after a named thought: 자살 계획을 말했을 때, 자해 충동을 털어놨어요
_TELLING = frozenset({"말하", "털어놓", "털", "고백하", "호소하", "이야기하", "얘기하"})  # 털어놓 is read 털/VV 어 놓/VX
_MEDIA_BEFORE_QUOTE = re.compile(r"가사|노래|대사|드라마|영화|책에|소설|구절|글귀|문장|웹툰|시에|명언")
# hearsay endings: 한대요, 했대, 그런대, 한다더라
_HEARSAY = frozenset({"대", "래", "대요", "래요", "ᆫ대", "ᆫ대요", "는대", "는대요", "다더라", "ᆫ다더라", "는다더라", "대더라"})
# the verbs of vanishing, and the nouns before them that name the speaker's own self (나라는 사람
# 없어졌으면, 내 존재 사라졌으면) rather than a thing that should vanish (내일 시험 없어졌으면)
_VANISH_VERBS = frozenset({"없", "사라지", "없어지", "지워지", "증발하", "소멸하", "흩어지", "지우"})
_OWN_FLAWS = frozenset({"살", "뱃살", "턱살", "군살", "여드름", "뾰루지", "주름", "흉터", "다크서클", "걱정", "고민", "스트레스",
                        "통증", "두통", "빚"})
_SUBJECT_PARTICLES = frozenset({"이", "가", "만", "은", "는", "ᆫ", "도"})
_VANISHING_SELF = frozenset({"사람", "존재", "몸", "나", "저", "흔적", "인간", "생명", "목숨", "영혼", "자신", "자체"})


_MASKED_WORD = re.compile(r"(?<=자)[0-9.·_\-*~/|^♡♥☆★]{1,3}(?=[살해])")
_SPACED_OUT = re.compile(r"[가-힣](?P<sep>[.,·_\-*~/|^0-9])[가-힣](?:(?P=sep)[가-힣])+")
# concern-level rules that, found twice in one message at different places, make it "high"
# (더는 버틸 힘이 없어요. 그냥 끝내고 싶어요)
_ESCALATING = frozenset({"hopelessness"})
# A message of at most SHORT_WORDS words on which no rule fired gives the classifier a handful of
# n-grams to go on: from 0.21 (its concern threshold) to 0.35 it read 16 such messages of the
# tuning and training sets, all harmless ("오늘 점심 먹었어" 0.27), and no crisis; so for these the
# classifier alone raises concern (the safety question) only from SHORT_CONCERN. Retrained after the
# twenty-fourth round it read 1,887 such messages of those sets: the 29 from 0.21 to 0.38 are all
# harmless but one ("어 계획 있음" 0.26, an answer the chat reads as one: see safety_answer), among
# them "나 갈게" 0.357 and "곧 나갈게요" 0.365; the first crisis is at 0.393 ("나 여기까지인가 봐").
SHORT_WORDS = 3
SHORT_CONCERN = 0.38

# guards after which only the rules, never the classifier alone, can raise a crisis
_DECISIVE = frozenset({
    "life_death_idiom", "life_wish", "sport_jump", "death_education", "sleep_help", "recovered", "stated_safe",
    "helping_other", "ordinary_apology", "relocation_plan", "caring_for_someone", "bereaved_by_suicide",
    "organ_donation", "estate_planning", "hale_and_joking", "medicine_disposal", "counterfactual",
    "legal_context", "heating_safety", "protective_turn", "others_wish", "joke_retracted", "historic", "harm_to_others",
})


# Crisis nouns whose first syllable often ends another word (혼자 해결, 마음 독하게, 우유 서비스, 여자 결혼):
# a match that starts on the last syllable of a word and runs over the space is no such noun.
_SPLIT_NOUNS = frozenset({"자살", "자해", "자햬", "쟈해", "음독", "유서", "투신", "자결"})


@dataclass
class _Hit:
    rule: str
    kind: str
    start: int
    end: int
    sent: int
    tok_end: int  # index of the first token after the hit (len(tokens) if none)
    tok_start: int
    status: str = "live"  # live | soft | cancelled


class _Analysis:
    """One message: Kiwi tokens, their rendered stream, the space-free text, sentences."""

    __slots__ = ("text", "tokens", "stream", "tok_pos", "compact", "compact_map", "sent_of_tok", "sent_bounds", "quoted")

    def __init__(self, text: str, kiwi_tokens, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.quoted = quoted or []  # character spans that stood between quote marks
        self.tokens = [(_TYPO_FORMS.get((t.form, t.tag), t.form), t.tag.split("-")[0], t.start, t.start + t.len)
                       for t in kiwi_tokens]
        parts: list[str] = []
        self.tok_pos: list[int] = []
        pos = 0
        for form, tag, _, _ in self.tokens:
            piece = f" {form.replace(' ', '_')}/{tag}"
            self.tok_pos.append(pos)
            parts.append(piece)
            pos += len(piece)
        self.stream = "".join(parts) + " "
        # 자.살.하.고.싶.다: one punctuation mark repeated between single syllables is dropped
        spaced_out = {m.start() + k for m in _SPACED_OUT.finditer(text) for k in range(1, m.end() - m.start(), 2)}
        # 자1살, 자.해, 자*살: a digit or mark hiding the word
        spaced_out |= {k for m in _MASKED_WORD.finditer(text) for k in range(m.start(), m.end())}
        self.compact_map = [i for i, ch in enumerate(text) if not ch.isspace() and i not in spaced_out]
        # the raw patterns read 먹었어 / 했대 where 먹엇어 / 햇대 was typed (final ㅅ -> ㅆ)
        fixed = list(text)
        for t in kiwi_tokens:
            if (t.form, t.tag) in _TYPO_FORMS:
                for i in range(t.start, min(t.start + t.len, len(fixed))):
                    if (ord(fixed[i]) - 0xAC00) % 28 == 19 and "\uac00" <= fixed[i] <= "\ud7a3":
                        fixed[i] = chr(ord(fixed[i]) + 1)
        self.compact = "".join(fixed[i] for i in self.compact_map)
        # sentences: split after SF/EF tokens
        self.sent_of_tok: list[int] = []
        self.sent_bounds: list[int] = []  # char start of each sentence
        sent = 0
        start_next = True
        for form, tag, s, _ in self.tokens:
            if start_next:
                self.sent_bounds.append(s)
                if self.sent_of_tok:
                    sent += 1
                start_next = False
            self.sent_of_tok.append(sent)
            if tag in ("SF", "EF"):
                start_next = True
        if not self.sent_bounds:
            self.sent_bounds.append(0)

    def token_span(self, a: int, b: int) -> tuple[int, int]:
        """Token index range [i, j) covered by stream offsets [a, b)."""
        i = bisect.bisect_right(self.tok_pos, a) - 1
        j = bisect.bisect_left(self.tok_pos, b)
        return max(i, 0), max(j, i + 1)

    def char_span_of_tokens(self, i: int, j: int) -> tuple[int, int]:
        return self.tokens[i][2], self.tokens[j - 1][3]

    def compact_span(self, a: int, b: int) -> tuple[int, int]:
        return self.compact_map[a], self.compact_map[b - 1] + 1

    def sentence_of_char(self, c: int) -> int:
        return max(bisect.bisect_right(self.sent_bounds, c) - 1, 0)

    def tokens_of_char_span(self, s: int, e: int) -> tuple[int, int]:
        """Token index range overlapping the char span [s, e)."""
        i = next((k for k, t in enumerate(self.tokens) if t[3] > s), len(self.tokens))
        j = i
        while j < len(self.tokens) and self.tokens[j][2] < e:
            j += 1
        return i, max(j, i)

    def has_first_person(self, sent: int, before: int | None = None) -> bool:
        """True when 나/저/내/제 occurs in ``sent`` (only before token ``before`` when given), other than
        as the owner of another person (제 동생이, 내 친구가: found by fresh96)."""
        return any(before is None or k < before for k in self._speaker_tokens(sent))

    def _speaker_tokens(self, sent: int):
        """Indices of 나/저 in ``sent`` that stand for the speaker: not the owner of another person."""
        toks = self.tokens
        for k, (form, tag, _, _) in enumerate(toks):
            if self.sent_of_tok[k] == sent and tag == "NP" and form in _FIRST_PERSON and not (
                    k + 2 < len(toks) and toks[k + 1][1] == "JKG" and _PERSON_RE.match(toks[k + 2][0])):
                yield k

    def speaker_in(self, sent: int, tok_end: int) -> bool:
        """True when the speaker takes part in ``sent``: 나/저 up to ``tok_end``, or after it other than as
        the one told or given to (친구가 자해하는 걸 보고 나도 했어, not 친구가 자해한다는 얘기를 저한테 했어)."""
        toks = self.tokens
        return any(k < tok_end or k + 1 >= len(toks) or toks[k + 1][1] not in ("JKB", "JKO", "JKG")
                   for k in self._speaker_tokens(sent))

    def reflexive_before(self, sent: int, tok_end: int) -> bool:
        """True when 자기/자신 stands in ``sent`` before ``tok_end`` as a reflexive (자기 팔을 지져), not as
        the speaker's own (나 자신, 저 자신) nor as a term of address (자기야)."""
        toks = self.tokens
        return any(self.sent_of_tok[k] == sent and toks[k][0] in ("자기", "자신") and toks[k][1] == "NP"
                   and not (k > 0 and toks[k - 1][0] in _FIRST_PERSON)
                   and not (k + 1 < len(toks) and toks[k + 1][1] == "JKV")
                   for k in range(min(tok_end, len(toks))))

    def someone_elses_act(self, sent: int, tok_start: int, tok_end: int) -> bool:
        """True when the act in tokens [tok_start, tok_end) of ``sent`` belongs to someone other than the speaker."""
        # 친구가 손목 그었대; 남친이 나랑 싸우면 자기 팔을 라이터로 지져 (자기 is the subject's, 나 only the one he
        # fights with); 아빠가 목숨 끊은 나이를 내가 넘겼어 (the speaker comes after the clause that holds the act)
        if self.has_subject_before(sent, tok_start, person_only=True) and (
                not self.speaker_in(sent, tok_end) or self.reflexive_before(sent, tok_end)
                or (self.closes_noun_clause(tok_end) and not self.has_first_person(sent, before=tok_start)
                    and not self.speaker_too(sent))):
            return True
        # 아버지가 자살하신 뒤로 (the honorific); 번개탄 사는 아저씨 (a clause describing a person)
        return (self.honorific_act(tok_end) and not self.has_first_person(sent, before=tok_start)) \
            or (self.describes_person(sent, tok_end) and not self.speaker_in(sent, tok_end))

    def honorific_act(self, tok_end: int) -> bool:
        """True when the verb that closes a hit at ``tok_end`` takes the honorific 시 (자살하신, 그으셨대):
        the speaker never honours their own act."""
        toks = self.tokens
        k = tok_end  # through the rest of the predicate: 자살(hit) 하 시, 자살 시도 하 시
        while k < min(tok_end + 3, len(toks)) and (toks[k][1] in ("XSV", "VX") or (
                toks[k][1] == "NNG" and k + 1 < len(toks) and toks[k + 1][1] == "XSV")):
            k += 1
        return 0 < k < len(toks) and toks[k][:2] == ("시", "EP") and toks[k - 1][1] in ("VV", "XSV", "VX")

    def speaker_too(self, sent: int) -> bool:
        """True when the speaker joins in with 나도, 저도, 나만, 나까지 (동료가 극단적 선택했다는 소식 듣고 나도 …),
        or speaks and says 똑같이 or 따라 (이제 내가 똑같이 하려고 해)."""
        toks = self.tokens
        speaker = list(self._speaker_tokens(sent))
        return any(k + 1 < len(toks) and toks[k + 1][1] == "JX" and toks[k + 1][0] in ("도", "만", "까지") for k in speaker) \
            or (bool(speaker) and any(self.sent_of_tok[k] == sent and form in ("똑같이", "따라", "그대로")
                                      for k, (form, _, _, _) in enumerate(toks)))

    def closes_noun_clause(self, tok_end: int) -> bool:
        """True when a hit ending at ``tok_end`` is a clause that describes a thing named after it
        (아빠가 목숨 끊은 나이, 자살하신 뒤로): what follows is outside the act."""
        toks = self.tokens
        for k in range(max(tok_end - 1, 0), min(tok_end + 5, len(toks) - 1)):
            if toks[k][1] == "ETM":
                nxt, tag = toks[k + 1][0], toks[k + 1][1]
                return tag == "NNG" and _PERSON_RE.match(nxt) is None
            # (오빠가 자살 시도했을 때: the noun before 하다 is part of the predicate; found by fresh117)
            if toks[k][1] not in ("VV", "XSV", "VX", "EP") and k >= tok_end and not (
                    toks[k][1] == "NNG" and k + 1 < len(toks) and toks[k + 1][1] == "XSV"):
                return False
        return False

    def has_subject_before(self, sent: int, tok_index: int, person_only: bool) -> bool:
        """True when a non-first-person subject (noun + 이/가/은/는) precedes ``tok_index`` in ``sent``."""
        toks = self.tokens
        for k in range(tok_index - 1):
            if self.sent_of_tok[k] != sent:
                continue
            form, tag, _, _ = toks[k]
            nxt_form, nxt_tag, _, _ = toks[k + 1]
            if tag == "XSN" and k > 0 and toks[k - 1][1] in ("NNG", "NNP"):
                whole = toks[k - 1][0] + form
                form, tag = (whole if _PERSON_RE.match(whole) else toks[k - 1][0]), toks[k - 1][1]
            if not tag.startswith(("NN", "NP")) or (tag == "NNB" and form in _THING_NOUNS) or form in _FIRST_PERSON \
                    or form in ("우리", "아무") or form in _TIME_NOUNS:
                continue
            if nxt_tag.startswith("J") and nxt_form in _SUBJECT_MARKERS:
                if self._embedded(k + 2, tok_index):
                    continue
                if not person_only or tag == "NNP" or _PERSON_RE.match(form):
                    return True
        return False

    def quoted_from_someone_else(self, start: int) -> bool:
        """True when a hit starting at ``start`` begins in quoted words that someone else said: a
        subject before the quote (not the speaker) and a saying after it (했는데, 이런 말을,
        물어보길래), or a song's or a film's words named just before it."""
        for qa, qb in self.quoted:
            if not qa <= start < qb:
                continue
            # 이 노래 가사 너무 우울해. '내일이 안 왔으면 좋겠어' 이런 거 (words of a song or a film)
            if _MEDIA_BEFORE_QUOTE.search(self.text, max(0, qa - 30), qa):
                return True
            after = "".join(self.text[qb:qb + 8].split())
            if not _SAYING_AFTER_QUOTE.match(after):
                return False
            i, _ = self.tokens_of_char_span(qa, qb)
            if i >= len(self.tokens):
                return False
            sent = self.sent_of_tok[i]
            return self.has_subject_before(sent, i + 1, person_only=False) and not self.has_first_person(sent, before=i)
        return False

    def hearsay_about_someone(self, sent: int, tok_index: int) -> bool:
        """True when ``sent`` ends in a hearsay ending (한대요, 했대) and the nearest subject before
        ``tok_index`` is a person other than the speaker."""
        ends = [form for k, (form, tag, _, _) in enumerate(self.tokens) if self.sent_of_tok[k] == sent and tag == "EF"]
        if not ends or ends[-1] not in _HEARSAY:
            return False
        for k in range(min(tok_index, len(self.tokens) - 1) - 1, -1, -1):
            if self.sent_of_tok[k] != sent:
                return False
            form, tag, _, _ = self.tokens[k]
            nxt_form, nxt_tag, _, _ = self.tokens[k + 1]
            if tag.startswith(("NN", "NP")) and nxt_tag.startswith("J") and nxt_form in ("이", "가", "께서"):
                return form not in _FIRST_PERSON and _PERSON_RE.match(form) is not None
        return False

    def self_described(self, tok_index: int) -> bool:
        """True when the noun run ending at ``tok_index`` is modified or owned (나 같은 짐덩어리, 내 흔적)."""
        k = tok_index
        while k >= 0 and self.tokens[k][1] == "NNG":
            k -= 1
        return k >= 0 and self.tokens[k][1] in ("ETM", "NP", "JKG")

    def describes_person(self, sent: int, tok_index: int) -> bool:
        """True when the clause ending at ``tok_index`` describes a person named right after it:
        번개탄 사는 아저씨, 옥상 난간에 서 있던 사람, 자살 시도 후 실려온 환자 (someone else's act)."""
        toks = self.tokens
        predicates = 0
        for k in range(tok_index, min(tok_index + 6, len(toks) - 1)):
            tag = toks[k][1]
            predicates += tag in ("VV", "VA")
            if toks[k][0] in ("흔적", "흉터", "상처", "자국", "경험", "이력") or (tag.startswith("J") and k > tok_index):
                continue
            if self.sent_of_tok[k] != sent or predicates > 1 or tag in ("EF", "SF") or tag.startswith(("NN", "NP", "M")) \
                    or (tag == "EC" and toks[k + 1][1] != "VX"):
                return False
            if tag == "ETM":
                form, tag, _, _ = toks[k + 1]
                if form in ("흔적", "흉터", "상처", "자국"):  # 손목 그은 자국 있는 친구 (found by fresh119)
                    continue
                return tag == "NNG" and self.sent_of_tok[k + 1] == sent and _PERSON_RE.match(form) is not None
        return False

    def _embedded(self, i: int, j: int) -> bool:
        """True when tokens [i, j) close the subject's own clause before the hit: a clause made a
        noun and seen or heard (전 남친이 다른 사람 만나는 거 보고 손목 그었어요), or a question
        wondered about (장례식에 누가 올까 생각하면서 유서 쓰는 중)."""
        toks = self.tokens
        for k in range(i, min(j, len(toks))):
            form, tag, _, _ = toks[k]
            # 할매가 먹던 약 … 모아둔 거 있다: the subject of a clause that describes a noun (found by the tenth round)
            if tag == "ETM" and k + 1 <= j and k + 1 < len(toks) and toks[k + 1][1] in ("NNG", "NNP") and not any(
                    t[1] in ("EC", "EF") for t in toks[i:k]):
                return True
            if tag == "NNB" and form in ("거", "것") and k > 0 and toks[k - 1][1] == "ETM" and any(
                    t[0] in ("보", "듣", "알") and t[1] == "VV" for t in toks[k + 1:min(k + 4, j)]):
                return True
            if tag in ("EC", "EF") and form in ("ᆯ까", "을까") and any(t[0] == "생각" for t in toks[k + 1:min(k + 3, j)]):
                return True
        return False


def _unquote(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without quote marks (stripped), and the spans in it that stood between a pair of them."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    open_at = None
    for ch in text:
        if _QUOTES.match(ch):
            if open_at is None:
                open_at = len(out)
            else:
                spans.append((open_at, len(out)))
                open_at = None
        else:
            out.append(ch)
    joined = "".join(out)
    lead = len(joined) - len(joined.lstrip())
    return joined.strip(), [(a - lead, b - lead) for a, b in spans if b > a]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class CrisisDetector:
    """Rule + guard + model crisis detector for Korean messages.

    Args:
        model_threshold: Model crisis mass at or above which the risk is "high" when no
            guard explains the message away.
        concern_threshold: Model crisis mass at or above which the risk is at least
            "concern".
        guarded_model_threshold: Mass needed for "high" when a false-alarm guard explained
            the message and no rule matched (e.g. the model reacting to 배고파 죽겠어).
            ``None`` (default): never; the model can then only raise the risk to "concern".
            Keyword-driven classifiers are often *more* confident on such idioms than on
            real crises, so a mass threshold does not separate them.
        text_model: The learned crisis-text classifier (:mod:`buddy.safety_model`):
            ``"packaged"`` (default) for the one shipped with buddy, ``None`` for rules and
            model signal only. Its probability raises the risk to "high" at or above its
            ``high`` threshold unless a guard explained the message (then "concern" at
            most), and to "concern" at or above its ``concern`` threshold.
    """

    def __init__(self, model_threshold: float = 0.5, concern_threshold: float = 0.25,
                 guarded_model_threshold: float | None = None, text_model: object | None = "packaged") -> None:
        if not 0.0 <= concern_threshold <= model_threshold <= 1.0:
            raise ValueError("expected 0 <= concern_threshold <= model_threshold <= 1")
        if guarded_model_threshold is not None and not model_threshold <= guarded_model_threshold <= 1.0:
            raise ValueError("expected model_threshold <= guarded_model_threshold <= 1")
        self.model_threshold = model_threshold
        self.concern_threshold = concern_threshold
        self.guarded_model_threshold = guarded_model_threshold
        if text_model == "packaged":
            from buddy.safety_model import packaged_model

            text_model = packaged_model()
        self.text_model = text_model

    # ------------------------------------------------------------------ rules
    def rule_signal(self, text: str) -> RuleSignal:
        """Run the rules and guards only (no model).

        Args:
            text: The user's message.

        Returns:
            The rules-only :class:`RuleSignal`.
        """
        text, quoted = _unquote(normalize(text or ""))
        if not text:
            return RuleSignal("none", (), (), ())
        an = _Analysis(text, kiwi_tokens([text])[0], quoted)
        hits = self._find_hits(an)
        guards_fired = self._apply_guards(an, hits)
        cut = self._apply_local_checks(an, hits, guards_fired)

        self._escalate(hits, guards_fired)
        live = [h.rule for h in hits if h.status == "live" and h.kind in _HIGH_KINDS]
        soft = [h.rule for h in hits if (h.status == "soft") or (h.status == "live" and h.kind not in _HIGH_KINDS)]
        risk = "high" if live else ("concern" if soft else "none")
        residual = None
        if cut:
            keep, pos = [], 0
            for a, b in sorted(cut):
                keep.append(text[pos:max(a, pos)])
                pos = max(pos, b)
            keep.append(text[pos:])
            # a lone pronoun or particle left by a cut (나 … . 힘들면 …: "나 ." is left) means nothing on its own
            residual = normalize(" ".join(k for k in keep if len(re.findall(r"\w", k)) >= 2))
        signal = RuleSignal(risk, tuple(dict.fromkeys(live)), tuple(dict.fromkeys(soft)),
                            tuple(dict.fromkeys(guards_fired)), residual)
        logger.debug("rule signal: risk=%s rules=%s soft=%s guards=%s", risk, signal.rules, signal.softened, signal.guards)
        return signal

    @staticmethod
    def _escalate(hits: list[_Hit], fired: list[str]) -> None:
        """Two separate live hopelessness signals in one message count as a crisis."""
        if any(h.status == "live" and h.kind in _HIGH_KINDS for h in hits):
            return
        spans: list[_Hit] = []
        for h in hits:
            if h.status == "live" and h.rule in _ESCALATING and not any(_overlaps((h.start, h.end), (o.start, o.end)) for o in spans):
                spans.append(h)
        if len(spans) >= 2:
            for h in spans:
                h.kind = "wish"

    @staticmethod
    def _find_hits(an: _Analysis) -> list[_Hit]:
        hits: list[_Hit] = []
        n = len(an.tokens)
        for rule in _RULES:
            if rule.raw:
                for m in rule.pattern.finditer(an.compact):
                    s, e = an.compact_span(m.start(), m.end())
                    i, j = an.tokens_of_char_span(s, e)
                    hits.append(_Hit(rule.name, rule.kind, s, e, an.sentence_of_char(s), min(j, n), i))
            else:
                for m in rule.pattern.finditer(an.stream):
                    i, j = an.token_span(m.start(), m.end())
                    s, e = an.char_span_of_tokens(i, j)
                    hits.append(_Hit(rule.name, rule.kind, s, e, an.sent_of_tok[i], j, i))
        return hits

    @staticmethod
    def _apply_guards(an: _Analysis, hits: list[_Hit]) -> list[str]:
        fired: list[str] = []
        for g in _GUARDS:
            if g.raw:
                spans = [an.compact_span(m.start(), m.end()) for m in g.pattern.finditer(an.compact)]
            else:
                spans = []
                for m in g.pattern.finditer(an.stream):
                    i, j = an.token_span(m.start(), m.end())
                    spans.append(an.char_span_of_tokens(i, j))
            for span in spans:
                sent = an.sentence_of_char(span[0])
                if g.needs_no_first_person and an.has_first_person(sent):
                    continue
                if g.scope == "span":
                    # a lexical guard matched death-related wording: it explains the
                    # model's reaction to it even when no rule matched
                    fired.append(g.name)
                for h in hits:
                    if h.status == "cancelled" or not (h.kind in g.targets or h.rule in g.targets):
                        continue
                    if g.scope == "message":
                        hit_applies = True
                    elif g.scope == "sentence":
                        hit_applies = h.sent == sent
                    else:
                        hit_applies = _overlaps((h.start, h.end), span)
                    if not hit_applies:
                        continue
                    # a hit running on into a sentence of the speaker's own (게임 캐릭 삭제하고 컴도 동생 줬음
                    # 이제 나한테 필요없어서: found by fresh81)
                    if g.needs_no_first_person and any(an.has_first_person(k) for k in range(h.sent, an.sentence_of_char(max(h.start, h.end - 1)) + 1)):
                        continue
                    if g.action == "cancel":
                        h.status = "cancelled"
                    elif h.status == "live":
                        h.status = "soft"
                    fired.append(g.name)
        return fired

    @staticmethod
    def _apply_local_checks(an: _Analysis, hits: list[_Hit], fired: list[str]) -> list[tuple[int, int]]:
        """Negation, recovery, other subjects, reported speech; returns the denied spans."""
        compact_index = {orig: k for k, orig in enumerate(an.compact_map)}
        cut: list[tuple[int, int]] = []
        for h in hits:
            if h.status != "live" or h.kind not in _HIGH_KINDS or h.rule in _OWNED_AFTER_ALL:
                continue
            # 혼자 살고 싶어, 혼자 해결했어, 마음 독하게, 우유 서비스: the first syllable ends another word
            # and the space-free text only made 자살 / 자해 / 음독 / 유서 of it
            starts_inside_word = h.start > 0 and "\uac00" <= an.text[h.start - 1] <= "\ud7a3"
            if starts_inside_word and (
                    (h.rule == "suicide_mention" and any(ch.isspace() for ch in an.text[h.start:h.end]))
                    or (an.text[h.start + 1:h.start + 2].isspace()
                        and an.text[h.start] + an.text[h.start + 1:h.end].lstrip()[:1] in _SPLIT_NOUNS)):
                h.status = "cancelled"
                fired.append("word_boundary")
                continue
            # negation right after the match, or a past act since outgrown
            after_start = next((compact_index[c] for c in range(h.end, len(an.text)) if c in compact_index), len(an.compact))
            m = _NEGATION_AFTER.match(an.compact, after_start)
            if m is not None and _DENIAL_UNDONE.match(an.compact, m.end()):
                m = None
            guard = "negation"
            # 자살 충동 때문에 입원했던 적: the noun completing the match is no relapse word
            relapse = _RELAPSE.search(an.compact, after_start + 2 * an.compact.startswith("충동", after_start)) is not None
            # (옛날엔 사라져야 한다고 생각했는데 지금은 …: the match itself ends in the past; fresh112)
            past_wish = h.kind in ("wish", "wish_if") and (
                _PAST_AFTER.match(an.compact, after_start) is not None
                or (after_start > 0 and an.compact[after_start - 1] in "었았했였" and an.compact.startswith(("는데", "지만"), after_start)))
            if m is None and (h.kind in ("act", "mention") or past_wish) and not relapse:
                m, guard = _RECOVERED_AFTER.match(an.compact, after_start), "recovered"
                if m is None and (h.kind in ("act", "mention") or past_wish):
                    m = _RECOVERED_LATER.search(an.compact, after_start, after_start + _RECOVERED_LATER_REACH)
                if m is None and (past_wish or (h.kind in ("act", "mention") and _PAST_ACT_AFTER.match(an.compact, after_start))):
                    m = _DOING_WELL_LATER.search(an.compact, after_start, after_start + _RECOVERED_LATER_REACH)
            c0 = compact_index.get(h.start, after_start)  # where the match starts, on the space-free text
            if m is not None and guard == "recovered":
                before = an.compact[max(0, c0 - _BEFORE_REACH):c0]
                recent = max((x.end() for x in _RECENT_BEFORE.finditer(before)), default=-1)
                long_ago = max((x.end() for x in _LONG_AGO_BEFORE.finditer(before)), default=-1)
                if an.compact.startswith("흉터", after_start):  # 자해 흉터: the act named by its scar (fresh159)
                    long_ago = len(before) + 1
                # the time word nearest the act decides: 오늘 상담에서 예전에 자해했던 얘기 … is long ago
                if recent > long_ago or (long_ago < 0 and not _STREAK.search(an.compact, m.start(), m.end())):
                    m = None
            if m is None and not relapse and h.kind in ("act", "mention"):
                b = _RECOVERED_BEFORE.search(an.compact, max(0, c0 - _BEFORE_REACH), c0)
                if b is not None:
                    h.status = "soft"
                    fired.append("recovered")
                    cut.append((an.compact_map[b.start()], h.end))
                    continue
            if m is not None:
                h.status = "soft"
                fired.append(guard)
                if not relapse:  # 자해 안 한 지 100일 됐는데 오늘 깨졌다: the classifier reads it all
                    end = an.compact_map[m.end() - 1] + 1 if m.end() > m.start() else h.end
                    cut.append((h.start, end))
                continue
            # 친구가 '나 죽으면 장례식 와줄 거지?' 이런 말을 해; 남편이 '나 죽으면 …' 이러는데 (found by fresh87)
            if an.quoted_from_someone_else(h.start):
                h.status = "soft"
                fired.append("reported_speech")
                continue
            if h.kind == "wish_if" and an.has_subject_before(h.sent, h.tok_start, person_only=False):
                h.status = "cancelled"
                fired.append("other_subject")
                continue
            if h.kind in ("act", "mention") and h.rule not in _SPEAKERS_OWN \
                    and an.someone_elses_act(h.sent, h.tok_start, h.tok_end):
                h.status = "soft"
                fired.append("third_person")
                continue
            # 짝꿍이 자해를 한대요, 선배가 자살 충동 때문에 입원했대 (hearsay about the nearest subject; fresh87)
            if an.hearsay_about_someone(h.sent, h.tok_start):
                h.status = "soft"
                fired.append("reported_speech")
                continue
            # 내일 시험 없어졌으면: a thing named right before the verb is what should vanish (found by fresh77)
            # (내 뱃살 영원히 사라졌으면: owned, adverbs between, but a flaw of the body or a worry, not the self; fresh102)
            noun = k = h.tok_start - 1
            while k > 0 and an.tokens[k][1] == "MAG":
                k -= 1
            if k < noun and an.tokens[k][0] in _OWN_FLAWS:
                noun = k
            # 두통만 없어지면 좋겠어, 이 불안이 사라졌으면: a subject or topic particle between
            if noun > 0 and an.tokens[noun][1] in ("JKS", "JX") and an.tokens[noun][0] in _SUBJECT_PARTICLES:
                noun -= 1
            if h.rule == "passive_ideation" and noun >= 0 and an.tokens[noun][1] == "NNG" \
                    and an.tokens[h.tok_start][0] in _VANISH_VERBS \
                    and (not an.self_described(noun) or an.tokens[noun][0] in _OWN_FLAWS) \
                    and an.sent_of_tok[noun] == h.sent and an.tokens[noun][0] not in _VANISHING_SELF:
                h.status = "cancelled"
                fired.append("thing_vanishing")
                continue
            if h.kind == "wish":
                # reported speech about someone else: 친구가 죽고 싶대
                k = h.tok_end
                reported = False
                while k < len(an.tokens) and an.sent_of_tok[k] == h.sent and k < h.tok_end + 3:
                    form, tag, _, _ = an.tokens[k]
                    if form in _QUOTING and k > h.tok_end and an.tokens[k - 1][0] in ("다", "라", "고", "다고", "라고"):
                        reported = True
                        break
                    # 늙으면 죽어야지 하는디 (the hit ends in the quoted ending)
                    if form in _QUOTING and k == h.tok_end and an.tokens[k - 1][1] in ("EC", "EF") and an.tokens[k - 1][0].endswith("야지"):
                        reported = True
                        break
                    # 죽고 싶다 소리를 해, 죽고 싶단 말을 하셔 (the words said, then the saying)
                    if form in ("소리", "말", "얘기", "이야기") and tag == "NNG" and k > h.tok_end \
                            and an.tokens[k - 1][0] in ("다", "라", "다는", "단", "라는") and any(
                            t[0] in _QUOTING for t in an.tokens[k + 1:min(k + 4, len(an.tokens))]):
                        reported = True
                        break
                    if form in _REPORTED and tag[:1] == "E":
                        # 죽고 싶다는 생각 / 마음: the speaker's own thought, not reported speech
                        nxt = an.tokens[k + 1] if k + 1 < len(an.tokens) else None
                        reported = not (nxt and nxt[1] == "NNG" and nxt[0] in _OWN_THOUGHT)
                        break
                    if tag == "JKO" and k + 1 < len(an.tokens) and (an.tokens[k + 1][0] in _TELLING or (
                            an.tokens[k + 1][0] in ("말", "얘기", "이야기", "고백", "호소")
                            and k + 2 < len(an.tokens) and an.tokens[k + 2][0] == "하")):
                        reported = True
                        break
                    if tag not in _REPORTED_SKIP and tag != "VX" and not (form in ("소리", "말", "얘기", "이야기") and tag == "NNG"):
                        break
                    k += 1
                # 나 죽으면 이거 너 가져라 하시면서: an honorific saying that closes a quote (found by fresh80);
                # the speaker never honours their own saying, so a first person inside it is the one who
                # said it (엄마가 자꾸 내가 죽어야 니들이 편하지 하시는데; found by fresh119)
                honorific = any(an.tokens[k][0] in _QUOTING and an.tokens[k + 1][:2] == ("시", "EP")
                                and an.tokens[k - 1][1] in ("EF", "EC") and an.sent_of_tok[k] == h.sent
                                for k in range(h.tok_end, min(h.tok_end + 8, len(an.tokens) - 1)))
                reported = reported or honorific
                if reported and an.has_subject_before(h.sent, h.tok_start, person_only=False) \
                        and (honorific or not an.has_first_person(h.sent, before=h.tok_start)):
                    h.status = "soft"
                    fired.append("reported_speech")
        # a mention inside a denied match is denied with it: the 자살 of 자살하고 싶지는 않아, 자살하고 싶은 건
        # 아니야 (found by the twenty-second round's tests; it read high); so is an act inside its own rule's denied
        # wish, the 자신을 해치 of 제 자신을 해치고 싶진 않아요 (found by the twenty-fourth round)
        denied_wishes = [(w.rule, s, e) for w in hits for s, e in cut
                         if w.status != "live" and w.kind in ("wish", "wish_if") and s <= w.start and w.end <= e]
        for h in hits:
            if h.status == "live" and h.kind == "act" and any(
                    r == h.rule and s <= h.start and h.end <= e for r, s, e in denied_wishes):
                h.status = "soft"
                fired.append("negation")
            if h.status == "live" and h.kind == "mention" and any(s <= h.start and h.end <= e for s, e in cut):
                h.status = "soft"
                fired.append("negation")
        return cut

    # ------------------------------------------------------------------ public
    def assess(self, text: str, crisis_mass: float | None = None) -> RiskAssessment:
        """Assess one message.

        Args:
            text: The user's message.
            crisis_mass: The model's summed probability on :data:`CRISIS_CATEGORIES`, or
                None when no model is loaded (rules alone).

        Returns:
            The :class:`RiskAssessment`; ``crisis`` is True exactly when risk is "high".
        """
        sig = self.rule_signal(text)
        reasons = [f"rule:{r}" for r in sig.rules]
        reasons += [f"rule:{r}" for r in sig.softened if r not in sig.rules]
        reasons += [f"guard:{g}" for g in sig.guards]
        risk = sig.risk
        tm = self.text_model
        p = None
        if tm is not None and risk != "high":
            # a denied statement is cut out first: the classifier reads its words, not the denial
            judged = text if sig.residual is None else sig.residual
            p = float(tm.predict_proba([judged])[0]) if judged else 0.0
            reasons.append(f"classifier:{p:.2f}")
            # A rule guard (idiom, media, grief …) vetoes the classifier unless it is
            # confident beyond the threshold cross-validated on guarded negatives.
            guarded_high = getattr(tm, "guarded_high", None)
            decisive = not _DECISIVE.isdisjoint(sig.guards)
            if p >= tm.high and not decisive and (not sig.guards or (guarded_high is not None and p >= guarded_high)):
                risk = "high"
            elif risk == "none" and p >= tm.concern:
                silent = not (sig.rules or sig.softened or sig.guards)
                if not (silent and len(text.split()) <= SHORT_WORDS and p < SHORT_CONCERN):
                    risk = "concern"
        if crisis_mass is not None:
            mass = float(crisis_mass)
            reasons.append(f"model:{mass:.2f}")
            if risk != "high":
                guarded = bool(sig.guards)
                needed = self.guarded_model_threshold if guarded else self.model_threshold
                # The wellness model reacts to keywords (죽겠다, 배터리 죽었어); with the
                # classifier at hand, its mass alone only reaches "high" when the
                # classifier, trained on hard negatives, does not rule the message out.
                vetted = p is None or p >= tm.concern
                if needed is not None and mass >= needed and vetted:
                    risk = "high"
                elif mass >= self.concern_threshold and risk == "none":
                    risk = "concern"
        if risk == "high":
            logger.info("crisis detected (reasons: %s)", ", ".join(reasons))
        return RiskAssessment(crisis=risk == "high", risk=risk, reasons=tuple(reasons))


# --------------------------------------------------------------------------- reply

# Short answers to the concern-level safety question ("… 죽고 싶다는 생각이 드나요?").
# A yes is read from its first word, or from words that admit the thought (가끔, 사실 …);
# a no from a denial. Both together ("아니 근데 가끔은") count as a yes: asking
# again costs less than missing it.
_ANSWER_CLEAN = re.compile(normalize(r"[\s.,!?~…·'\"ㅠㅜ;:^]+"))
_YES_WORDS = frozenset(normalize(w) for w in (
    "응 웅 어 엉 네 넹 넵 예 ㅇ ㅇㅇ ㅇㅇㅇ yes yeah yep 그래 그래요 그렇지 그렇죠 그렇다 그렇습니다 그런듯 "
    "맞아 맞아요 맞습니다 맞음 있어 있어요 있습니다 있음 있죠 있지 있긴 있긴해 있긴해요 들어 들어요 들죠 "
    "드네요 들긴 들긴해 가끔 가끔요 자주 자주요 요즘 요즘은 사실 사실은 솔직히 조금 좀 약간 많이 매일 계속 "
    "항상 늘 종종").split())
_YES_PHRASE = re.compile(normalize(r"^(?:그런 ?것 ?같|그런 ?거 ?같|있는 ?것 ?같|있는 ?거 ?같|네네|응응)"))
_YES_ANYWHERE = re.compile(r"가끔|자주|종종|매일|자꾸|생각이 들어|생각 들어|생각이 나|생각은 (?:해|들어|했)")
_NO = re.compile(normalize(
    r"^(?:아니|아뇨|아녀|아닌|ㄴㄴ|노노|no\b|nope|전혀|절대)|없어|없어요|없습니다|없음|없지|없는데|안 ?들어|"
    r"아니야|아니에요|아니예요|아닙니다|아니요|괜찮|그런 건 아니|그런건 아니|그 정도는 아니|그정도는 아니|그런 생각은 안"
))
_BUT = re.compile(r"근데|그런데|그래도|하지만|그치만|지만|는데")
SAFETY_ANSWER_MAX_CHARS = 40


def safety_answer(text: str) -> str:
    """Read a reply to buddy's safety question: ``"yes"``, ``"no"`` or ``"unclear"``.

    Only short replies are read (at most :data:`SAFETY_ANSWER_MAX_CHARS` characters); a
    longer one is a new message of its own and goes through :meth:`CrisisDetector.assess`.

    Examples:
        >>> safety_answer("응 가끔"), safety_answer("아니 그런 건 아니야"), safety_answer("몰라")
        ('yes', 'no', 'unclear')
    """
    t = _ANSWER_CLEAN.sub(" ", normalize(text).lower()).strip()
    if not t or len(t) > SAFETY_ANSWER_MAX_CHARS:
        return "unclear"
    said_no = bool(_NO.search(t))
    first = t.split()[0]
    said_yes = first in _YES_WORDS or bool(_YES_PHRASE.match(t))
    if _YES_ANYWHERE.search(t) or (said_yes and not said_no):
        return "yes"
    if said_yes and _BUT.search(t):  # 응 근데 괜찮아: both, neither a yes nor a no
        return "unclear"
    return "no" if said_no else "unclear"




def crisis_reply(resources: list[Resource], risk: str = "high") -> str:
    """Compose the caring reply shown when a crisis (or concern) is detected.

    Args:
        resources: The contacts to list (see :func:`load_resources`).
        risk: "high" for the full crisis reply; "concern" for a gentler check-in that
            still lists the contacts.

    Returns:
        A Korean message: acknowledges the feeling, asks about safety, lists every
        resource with its number and hours.
    """
    if risk not in RISK_LEVELS:
        raise ValueError(f"unknown risk level {risk!r}; expected one of {RISK_LEVELS}")
    if risk == "high":
        opening = (
            "그렇게까지 힘든 마음을 털어놓아 주셔서 고마워요. 혼자 견디기엔 너무 무거운 마음이었을 것 같아요.\n"
            "지금 안전한 곳에 계신가요? 혹시 이미 몸을 다치게 했거나 위험한 물건이나 약을 가지고 계시다면, "
            "바로 119나 112에 연락해 주세요.\n"
            "당신의 이야기를 들어 줄 사람이 지금도 기다리고 있어요. 아래로 전화하면 전문 상담사와 바로 이야기할 수 있어요."
        )
        closing = "전화가 어렵다면 곁에 있는 믿을 수 있는 사람에게 지금 마음을 알려 주세요. 저도 여기서 계속 이야기를 들을게요."
    else:
        opening = (
            "많이 지치고 힘든 마음이 느껴져요. 이야기해 주셔서 고마워요.\n"
            "혹시 스스로를 해치고 싶은 생각까지 드신다면, 지금 안전한 곳에 계신지 꼭 알려 주세요.\n"
            "혼자 감당하기 어려울 때는 아래에서 언제든 도움을 받을 수 있어요."
        )
        closing = "괜찮다면 요즘 어떤 일이 가장 힘든지 조금 더 들려주실래요?"
    lines = [opening, ""]
    for r in resources:
        lines.append(f"· {r.name} {r.number} ({r.hours}) — {r.description}")
    lines += ["", closing]
    return "\n".join(lines)
