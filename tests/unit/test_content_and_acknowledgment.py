import pytest

from wellbeing_app.domain.calls.acknowledgment import compose_acknowledgment, is_serious, pick_tip
from wellbeing_app.domain.calls.catalog import parse_catalog
from wellbeing_app.domain.calls.day_summary import DaySummary, summarize, tooltip_text
from wellbeing_app.domain.calls.logged_call import CallDraft
from wellbeing_app.domain.errors import ValidationError
from wellbeing_app.platform.resources import load_catalog

CONTRACT_IDS = ("hostile", "abusive", "repeat_unresolved", "miscommunication", "urgent",
                "unrealistic", "uncooperative", "other")


def test_shipped_catalog_has_the_cli_contract_ids_and_both_flags() -> None:
    catalog = load_catalog()
    assert catalog.category_ids == CONTRACT_IDS
    assert [f.id for f in catalog.flags] == ["escalated", "ended_for_abuse"]
    assert all(choice.label for choice in catalog.categories)


def test_every_category_and_flag_has_a_tip() -> None:
    catalog = load_catalog()
    for key in (*CONTRACT_IDS, "escalated", "ended_for_abuse", "general"):
        assert catalog.tips.get(key), key


def test_catalog_rejects_malformed_content() -> None:
    with pytest.raises(ValidationError):
        parse_catalog({"category": [{"id": "x"}], "flag": []}, {"tips": {"general": ["a"]}})
    with pytest.raises(ValidationError, match="general"):
        parse_catalog({"category": [{"id": "x", "label": "X"}],
                       "flag": [{"id": "f", "label": "F"}]}, {"tips": {}})


@pytest.mark.parametrize("draft, serious", [
    (CallDraft(stress=8), False),
    (CallDraft(stress=9), True),
    (CallDraft(stress=10), True),
    (CallDraft(stress=3, categories=("abusive",)), True),
    (CallDraft(stress=3, ended_for_abuse=True), True),
    (CallDraft(stress=3, escalated=True), False),
])
def test_serious_calls(draft: CallDraft, serious: bool) -> None:
    assert is_serious(draft) is serious


def test_tip_fits_the_category() -> None:
    catalog = load_catalog()
    tip = pick_tip(CallDraft(stress=5, categories=("hostile",)), catalog, seed=0)
    assert tip in catalog.tips["hostile"]
    assert pick_tip(CallDraft(stress=5), catalog, seed=4) in catalog.tips["general"]


def test_abuse_flag_wins_over_category_tip() -> None:
    catalog = load_catalog()
    draft = CallDraft(stress=5, categories=("hostile",), ended_for_abuse=True)
    assert pick_tip(draft, catalog, seed=0) in catalog.tips["ended_for_abuse"]


def test_serious_acknowledgment_suggests_supervisor_and_support_line() -> None:
    catalog = load_catalog()
    ack = compose_acknowledgment(CallDraft(stress=10), catalog, seed=1,
                                 support_line="EAP 0800 123 456")
    assert ack.serious
    assert "supervisor" in ack.supervisor_suggestion
    assert ack.support_line == "EAP 0800 123 456"
    assert "wasn't okay" in ack.headline


def test_supervisor_line_mentions_abuse_only_after_an_abusive_call() -> None:
    catalog = load_catalog()
    plain = compose_acknowledgment(CallDraft(stress=10), catalog, seed=1)
    assert "supervisor" in plain.supervisor_suggestion
    assert "abuse" not in plain.supervisor_suggestion
    for draft in (CallDraft(stress=6, categories=("abusive",)),
                  CallDraft(stress=9, ended_for_abuse=True)):
        ack = compose_acknowledgment(draft, catalog, seed=1)
        assert "abuse" in ack.supervisor_suggestion


def test_ordinary_acknowledgment_hides_support_line() -> None:
    catalog = load_catalog()
    ack = compose_acknowledgment(CallDraft(stress=4), catalog, seed=1, support_line="EAP")
    assert not ack.serious and ack.support_line == "" and ack.supervisor_suggestion == ""
    assert ack.headline == "Logged · stress 4/10"


def test_tooltip_text() -> None:
    assert tooltip_text(summarize([5, 6, 7])) == "3 tough calls today · avg 6"
    assert tooltip_text(summarize([8])) == "1 tough call today · avg 8"
    assert "no tough calls" in tooltip_text(summarize([]))
    assert summarize([]) == DaySummary(0, None)
