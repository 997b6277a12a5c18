//! `forms/assessment.json`: initial assessment, family, care and the risk level.

use caseforms::value::Value;

use super::check::{Draft, date, form};

const AREAS: [&str; 7] = [
    "personal",
    "family",
    "medical",
    "community",
    "economic",
    "education",
    "health",
];

/// Every need answered "no further action": the needs alone suggest nothing.
fn no_needs(draft: Draft) -> Draft {
    AREAS.iter().fold(draft, |draft, area| {
        draft.answer(
            &format!("intervention_{area}_type_needed"),
            "no_further_action_needed",
        )
    })
}

#[test]
fn a_child_not_seen_needs_a_reason() {
    form("assessment")
        .value("assessment_date", date("2025-06-15"))
        .hidden("child_not_present_reason")
        .answer("child_present", "no")
        .required("child_not_present_reason")
        .answer("child_present", "yes")
        .hidden("child_not_present_reason");
}

#[test]
fn notes_on_a_need_are_required_only_for_an_urgent_intervention() {
    for area in AREAS {
        let need = format!("intervention_{area}_type_needed");
        let notes = format!("intervention_{area}_notes");
        form("assessment")
            .required(&need)
            .hidden(&notes)
            .answer(&need, "ongoing_monitoring")
            .optional(&notes)
            .answer(&need, "urgent_intervention")
            .required(&notes)
            .answer(&need, "no_further_action_needed")
            .optional(&notes);
    }
}

#[test]
fn protection_concern_rows_ask_for_details_where_needed() {
    let row = "protection_concern_detail_subform_section[c1]";
    form("assessment")
        .row("protection_concern_detail_subform_section", "c1")
        .required(&format!("{row}.protection_concern_type"))
        .required(&format!("{row}.concern_intervention_needed"))
        .hidden(&format!("{row}.protection_concern_type_other"))
        .answer(&format!("{row}.protection_concern_type"), "other")
        .required(&format!("{row}.protection_concern_type_other"))
        .answer(&format!("{row}.protection_concern_type"), "caafag")
        .hidden(&format!("{row}.protection_concern_type_other"))
        .hidden(&format!("{row}.concern_action_taken_details"))
        .answer(&format!("{row}.concern_action_taken_already"), "yes")
        .required(&format!("{row}.concern_action_taken_details"))
        .answer(&format!("{row}.concern_action_taken_already"), "no")
        .hidden(&format!("{row}.concern_action_taken_details"))
        .answer(&format!("{row}.date_concern_identified"), "2025-06-16")
        .error(
            &format!("{row}.date_concern_identified"),
            "cannot be in the future",
        );
}

#[test]
fn family_members_age_and_death_details_are_per_row() {
    form("assessment")
        .value("family_member_count", 0.0)
        .value("caregiver_count", 0.0)
        .row("family_details_section", "mother")
        .row("family_details_section", "father")
        .row("family_details_section", "brother")
        .value("family_member_count", 3.0)
        .answer("family_details_section[mother].relation_name", "Halima")
        .answer("family_details_section[mother].relation", "mother")
        .answer(
            "family_details_section[mother].relation_is_caregiver",
            "yes",
        )
        .answer("family_details_section[mother].relation_is_alive", "alive")
        .answer(
            "family_details_section[mother].relation_date_of_birth",
            "1990-06-16",
        )
        .value("family_details_section[mother].relation_age", 34.0)
        .shown("family_details_section[mother].relation_telephone")
        .shown("family_details_section[mother].relation_location_current")
        .hidden("family_details_section[mother].relation_death_details")
        .answer(
            "family_details_section[father].relation_is_caregiver",
            "yes",
        )
        .answer("family_details_section[father].relation_is_alive", "dead")
        .shown("family_details_section[father].relation_death_details")
        .hidden("family_details_section[father].relation_telephone")
        .hidden("family_details_section[father].relation_location_current")
        .no_value("family_details_section[father].relation_age")
        .answer(
            "family_details_section[brother].relation_date_of_birth",
            "2010-06-15",
        )
        .value("family_details_section[brother].relation_age", 15.0)
        // The age belongs to its row: the mother's did not change.
        .value("family_details_section[mother].relation_age", 34.0)
        // A dead caregiver is not counted among the living caregivers.
        .value("caregiver_count", 1.0)
        .answer(
            "family_details_section[father].relation_is_alive",
            "unknown",
        )
        .value("caregiver_count", 2.0)
        .hidden("family_details_section[father].relation_death_details")
        .remove_row("family_details_section", "mother")
        .value("family_member_count", 2.0)
        .value("caregiver_count", 1.0);
}

#[test]
fn family_telephone_must_look_like_a_phone_number() {
    form("assessment")
        .row("family_details_section", "r1")
        .answer("family_details_section[r1].relation_telephone", "not known")
        .error(
            "family_details_section[r1].relation_telephone",
            "Enter a phone number",
        )
        .answer(
            "family_details_section[r1].relation_telephone",
            "+962 79 555 0101",
        )
        .valid("family_details_section[r1].relation_telephone");
}

#[test]
fn care_arrangement_other_unsafe_or_missing() {
    form("assessment")
        .hidden("care_arrangements_other")
        .hidden("care_arrangements_safe")
        .hidden("no_care_arrangement_note")
        .answer("care_arrangements_type", "other")
        .required("care_arrangements_other")
        .shown("care_arrangements_safe")
        .answer("care_arrangements_type", "kinship_care_extended_family")
        .hidden("care_arrangements_other")
        .shown("care_arrangements_safe")
        .hidden("no_care_arrangement_note")
        .answer("care_arrangements_type", "child_headed_household")
        .shown("no_care_arrangement_note")
        .shown("care_arrangements_safe")
        .answer("care_arrangements_type", "no_care_arrangement")
        .shown("no_care_arrangement_note")
        .hidden("care_arrangements_safe");
}

#[test]
fn harm_questions_are_asked_in_order() {
    form("assessment")
        .required("significant_harm")
        .hidden("child_harmed")
        .hidden("child_at_risk")
        .answer("significant_harm", "no")
        .required("child_harmed")
        .hidden("child_at_risk")
        .answer("child_harmed", "no")
        .required("child_at_risk")
        .answer("significant_harm", "yes")
        .hidden("child_harmed")
        .hidden("child_at_risk");
}

#[test]
fn suggested_risk_level_follows_the_sop() {
    let base = || no_needs(form("assessment")).answer("urgent_protection_concern", "no");
    // Nothing answered yet: no suggestion.
    form("assessment").no_value("suggested_risk_level");
    base().no_value("suggested_risk_level");
    // High: an urgent concern, significant harm, or an urgent intervention anywhere.
    base()
        .answer("urgent_protection_concern", "yes")
        .value("suggested_risk_level", "high");
    base()
        .answer("significant_harm", "yes")
        .value("suggested_risk_level", "high");
    for area in AREAS {
        base()
            .answer("significant_harm", "no")
            .answer("child_harmed", "no")
            .answer("child_at_risk", "yes")
            .value("suggested_risk_level", "low")
            .answer(
                &format!("intervention_{area}_type_needed"),
                "urgent_intervention",
            )
            .value("suggested_risk_level", "high");
    }
    base()
        .row("protection_concern_detail_subform_section", "c1")
        .row("protection_concern_detail_subform_section", "c2")
        .answer(
            "protection_concern_detail_subform_section[c1].concern_intervention_needed",
            "ongoing_monitoring",
        )
        .no_value("suggested_risk_level")
        .answer(
            "protection_concern_detail_subform_section[c2].concern_intervention_needed",
            "urgent_intervention",
        )
        .value("suggested_risk_level", "high")
        .remove_row("protection_concern_detail_subform_section", "c2")
        .no_value("suggested_risk_level");
    // Medium: harmed, without evidence of significant harm. Low: at risk of harm.
    base()
        .answer("significant_harm", "no")
        .answer("child_harmed", "yes")
        .value("suggested_risk_level", "medium")
        .answer("child_harmed", "no")
        .answer("child_at_risk", "yes")
        .value("suggested_risk_level", "low")
        .answer("child_at_risk", "no")
        .no_value("suggested_risk_level")
        .shown("no_risk_note")
        // An answer hidden by a later "yes" no longer counts.
        .answer("child_at_risk", "yes")
        .answer("significant_harm", "yes")
        .value("suggested_risk_level", "high")
        .hidden("no_risk_note");
}

#[test]
fn each_suggested_level_shows_its_own_guidance() {
    let notes = [
        "suggested_high_note",
        "suggested_medium_note",
        "suggested_low_note",
        "no_risk_note",
    ];
    let only = |draft: Draft, shown: &str| {
        notes.iter().fold(draft, |draft, note| {
            if *note == shown {
                draft.shown(note)
            } else {
                draft.hidden(note)
            }
        })
    };
    let draft = no_needs(form("assessment")).answer("urgent_protection_concern", "no");
    let draft = only(draft, "none");
    let draft = only(
        draft.answer("significant_harm", "yes"),
        "suggested_high_note",
    );
    let draft = only(
        draft
            .answer("significant_harm", "no")
            .answer("child_harmed", "yes"),
        "suggested_medium_note",
    );
    let draft = only(
        draft
            .answer("child_harmed", "no")
            .answer("child_at_risk", "yes"),
        "suggested_low_note",
    );
    only(draft.answer("child_at_risk", "no"), "no_risk_note");
}

#[test]
fn a_risk_level_other_than_the_suggested_one_must_be_explained() {
    no_needs(form("assessment"))
        .answer("urgent_protection_concern", "no")
        .answer("significant_harm", "no")
        .answer("child_harmed", "yes")
        .value("suggested_risk_level", "medium")
        .required("risk_level")
        .hidden("risk_level_override_reason")
        .answer("risk_level", "medium")
        .hidden("risk_level_override_reason")
        .answer("risk_level", "high")
        .required("risk_level_override_reason")
        .error(
            "risk_level_override_reason",
            "You chose a different level from the suggested one",
        )
        .answer(
            "risk_level_override_reason",
            "The stepfather has threatened to take the child across the border.",
        )
        .valid("risk_level_override_reason")
        // The suggestion catches up with the caseworker's judgement: nothing left to explain.
        .answer("urgent_protection_concern", "yes")
        .value("suggested_risk_level", "high")
        .hidden("risk_level_override_reason")
        // No suggestion yet: nothing to differ from.
        .clear("urgent_protection_concern")
        .clear("child_harmed")
        .no_value("suggested_risk_level")
        .hidden("risk_level_override_reason");
}

#[test]
fn a_high_risk_case_must_be_acted_on_within_two_days() {
    form("assessment")
        .answer("risk_level", "high")
        .answer("case_priority", "1_week")
        .error("case_priority", "within 2 days")
        .answer("case_priority", "2_days")
        .valid("case_priority")
        .answer("risk_level", "low")
        .answer("case_priority", "non_urgent")
        .valid("case_priority");
}

#[test]
fn supervisor_approval_asks_for_comments_when_changes_are_needed() {
    form("assessment")
        .hidden("assessment_approved_by")
        .hidden("assessment_approved_date")
        .hidden("assessment_approved_comments")
        .answer("approval_status_assessment", "pending")
        .required("assessment_approved_by")
        .hidden("assessment_approved_date")
        .optional("assessment_approved_comments")
        .answer("approval_status_assessment", "rejected")
        .required("assessment_approved_date")
        .required("assessment_approved_comments")
        .answer("approval_status_assessment", "approved")
        .required("assessment_approved_date")
        .optional("assessment_approved_comments")
        .answer("assessment_approved_date", "2025-06-16")
        .error("assessment_approved_date", "cannot be in the future");
}

#[test]
fn a_complete_assessment() {
    let draft = form("assessment")
        .answer("caseworker_name", "Grace Achieng")
        .answer("child_name", "Amina Yusuf")
        .answer("child_present", "yes");
    let draft = no_needs(draft)
        .answer("intervention_family_type_needed", "urgent_intervention")
        .answer(
            "intervention_family_notes",
            "No adult caregiver since the aunt left on 10 June.",
        )
        .row("protection_concern_detail_subform_section", "c1")
        .answer(
            "protection_concern_detail_subform_section[c1].protection_concern_type",
            "child_headed_household",
        )
        .answer(
            "protection_concern_detail_subform_section[c1].concern_intervention_needed",
            "urgent_intervention",
        )
        .row("family_details_section", "m1")
        .answer("family_details_section[m1].relation_name", "Halima Yusuf")
        .answer("family_details_section[m1].relation", "mother")
        .answer("family_details_section[m1].relation_is_alive", "unknown")
        .answer("care_arrangements_type", "child_headed_household")
        .answer("urgent_protection_concern", "yes")
        .answer("significant_harm", "no")
        .answer("child_harmed", "no")
        .answer("child_at_risk", "yes")
        .value("suggested_risk_level", "high")
        .answer("risk_level", "high")
        .answer("case_priority", "2_days")
        .answer("approval_status_assessment", "approved")
        .answer("assessment_approved_by", "Joseph Okello")
        .answer("assessment_approved_date", "2025-06-15");
    draft
        .complete()
        .value("family_member_count", 1.0)
        .value("caregiver_count", 0.0)
        .value("family_details_section[m1].relation_age", Value::Null);
}
