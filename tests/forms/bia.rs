//! `forms/bia.json`: best interests assessment, with placement or return abroad.

use super::check::{Draft, date, form};

const ABROAD: [&str; 5] = [
    "placement_country",
    "placement_receiving_agency",
    "placement_authorities_informed",
    "placement_home_study",
    "placement_travel_documents",
];

fn abroad_shown(draft: Draft, shown: bool) -> Draft {
    ABROAD.iter().fold(draft, |draft, field| {
        if shown {
            draft.shown(field)
        } else {
            draft.hidden(field)
        }
    })
}

#[test]
fn another_reason_is_specified() {
    form("bia")
        .value("bia_date", date("2025-06-15"))
        .hidden("bia_reason_other")
        .answer("bia_reason", "other")
        .required("bia_reason_other")
        .answer("bia_reason", "uasc")
        .hidden("bia_reason_other");
}

#[test]
fn the_child_is_heard_or_the_reason_recorded() {
    form("bia")
        .hidden("bia_child_views")
        .hidden("bia_child_not_heard_reason")
        .answer("bia_child_participated", "yes")
        .required("bia_child_views")
        .hidden("bia_child_not_heard_reason")
        .answer("bia_child_participated", "no")
        .hidden("bia_child_views")
        .required("bia_child_not_heard_reason");
}

#[test]
fn risks_and_family_contact_ask_for_details() {
    form("bia")
        .hidden("bia_safety_risk_details")
        .answer("bia_safety_risk", "yes")
        .required("bia_safety_risk_details")
        .answer("bia_safety_risk", "unknown")
        .hidden("bia_safety_risk_details")
        .hidden("bia_family_contact_details")
        .answer("bia_family_contact", "yes")
        .optional("bia_family_contact_details")
        .answer("bia_family_contact", "no")
        .hidden("bia_family_contact_details");
}

#[test]
fn the_recommendation_is_dated_after_the_assessment() {
    form("bia")
        .answer("bia_date", "2025-06-01")
        .answer("best_interest_recommendation_date", "2025-05-31")
        .error(
            "best_interest_recommendation_date",
            "cannot be dated before the assessment",
        )
        .answer("best_interest_recommendation_date", "2025-06-16")
        .error(
            "best_interest_recommendation_date",
            "cannot be in the future",
        )
        .answer("best_interest_recommendation_date", "2025-06-10")
        .valid("best_interest_recommendation_date");
}

#[test]
fn refused_support_is_explained_and_accepted_support_dated() {
    form("bia")
        .answer("best_interest_recommendation_date", "2025-06-10")
        .hidden("best_interest_why_support_refused")
        .hidden("best_interest_date_implementation")
        .answer("best_interest_proposed_support_accepted", "no")
        .required("best_interest_why_support_refused")
        .hidden("best_interest_date_implementation")
        .answer("best_interest_proposed_support_accepted", "yes")
        .hidden("best_interest_why_support_refused")
        .optional("best_interest_date_implementation")
        .answer("best_interest_date_implementation", "2025-06-09")
        .error(
            "best_interest_date_implementation",
            "Implementation cannot come before the recommendation",
        )
        .answer("best_interest_date_implementation", "2025-06-12")
        .valid("best_interest_date_implementation");
}

#[test]
fn placement_abroad_is_assessed_for_cross_border_cases_and_returns() {
    let draft = abroad_shown(form("bia"), false);
    let draft = abroad_shown(draft.answer("bia_reason", "cross_border"), true);
    let draft = abroad_shown(draft.answer("bia_reason", "care_decision"), false);
    let draft = abroad_shown(
        draft.answer("best_interest_recommendation", "repatriation"),
        true,
    );
    let draft = abroad_shown(
        draft.answer(
            "best_interest_recommendation",
            "resettlement_to_3rd_country",
        ),
        true,
    );
    let draft = abroad_shown(
        draft.answer("best_interest_recommendation", "local_integration"),
        false,
    );
    abroad_shown(
        draft.answer("best_interest_recommendation", "reunification"),
        false,
    );
}

#[test]
fn a_move_abroad_waits_for_a_positive_home_study() {
    form("bia")
        .answer("bia_reason", "cross_border")
        .hidden("placement_country_other")
        .answer("placement_country", "other")
        .required("placement_country_other")
        .answer("placement_country", "ken")
        .hidden("placement_country_other")
        .hidden("placement_home_study_outcome")
        .hidden("placement_not_ready_note")
        .answer("placement_home_study", "no")
        .shown("placement_not_ready_note")
        .hidden("placement_home_study_outcome")
        .answer("placement_home_study", "yes")
        .required("placement_home_study_outcome")
        .hidden("placement_not_ready_note")
        .answer("placement_home_study_outcome", "pending")
        .shown("placement_not_ready_note")
        .answer("placement_home_study_outcome", "negative")
        .shown("placement_not_ready_note")
        .answer("placement_home_study_outcome", "positive")
        .hidden("placement_not_ready_note");
}

#[test]
fn supervisor_approval_of_the_bia() {
    form("bia")
        .hidden("bia_approved_by")
        .answer("approval_status_bia", "pending")
        .required("bia_approved_by")
        .hidden("bia_approved_date")
        .answer("approval_status_bia", "rejected")
        .required("bia_approved_date")
        .required("bia_approved_comments")
        .answer("approval_status_bia", "approved")
        .optional("bia_approved_comments");
}

#[test]
fn a_complete_best_interests_assessment() {
    form("bia")
        .incomplete(&["child_name", "best_interest_recommendation"])
        .answer("child_name", "Deng Mabior")
        .answer("bia_reason", "cross_border")
        .answer("bia_conducted_by", "Grace Achieng")
        .answer("bia_child_participated", "yes")
        .answer(
            "bia_child_views",
            "Wants to go back to his mother in Kakuma.",
        )
        .answer("bia_care_arrangement_current", "foster_care")
        .answer("bia_safety_risk", "no")
        .answer("best_interest_recommendation", "reunification")
        .answer(
            "best_interest_recommendation_reason",
            "The mother was traced and verified; the child wishes it.",
        )
        .answer("best_interest_recommendation_date", "2025-06-15")
        .answer(
            "best_interest_proposed_support",
            "Escorted return and six months of follow-up",
        )
        .answer("best_interest_agency_responsible", "UNHCR Kenya")
        .answer("best_interest_proposed_support_accepted", "yes")
        .answer("placement_country", "ken")
        .answer(
            "placement_receiving_agency",
            "Department of Children's Services, Turkana",
        )
        .answer("placement_authorities_informed", "yes")
        .answer("placement_home_study", "yes")
        .answer("placement_home_study_outcome", "positive")
        .complete();
}
