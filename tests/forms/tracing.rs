//! `forms/tracing.json`: family tracing and reunification.

use super::check::form;

#[test]
fn days_since_separation_are_counted_to_today() {
    form("tracing")
        .no_value("days_separated")
        .answer("date_of_separation", "2025-06-01")
        .value("days_separated", 14.0)
        .answer("date_of_separation", "2024-06-15")
        .value("days_separated", 365.0)
        .answer("date_of_separation", "2025-06-16")
        .error("date_of_separation", "cannot be in the future");
}

#[test]
fn separation_cause_other_and_violence_on_the_journey() {
    form("tracing")
        .hidden("separation_cause_other")
        .answer("separation_cause", "other")
        .required("separation_cause_other")
        .answer("separation_cause", "population_movement")
        .hidden("separation_cause_other")
        .hidden("separation_witnessed_violence_note")
        .answer("separation_witnessed_violence", "yes")
        .shown("separation_witnessed_violence_note")
        .answer("separation_witnessed_violence", "no")
        .hidden("separation_witnessed_violence_note");
}

#[test]
fn the_childs_wishes_decide_whether_to_trace() {
    form("tracing")
        .hidden("wishes_reason_no_tracing")
        .hidden("child_preferences_section")
        .shown("tracing_actions_section")
        .answer("wishes_child_family_tracing", "no")
        .required("wishes_reason_no_tracing")
        .hidden("child_preferences_section")
        .hidden("tracing_actions_section")
        .answer("wishes_child_family_tracing", "yes")
        .hidden("wishes_reason_no_tracing")
        .shown("child_preferences_section")
        .error("child_preferences_section", "at least 1")
        .shown("tracing_actions_section")
        .row("child_preferences_section", "p1")
        .valid("child_preferences_section")
        .required("child_preferences_section[p1].wishes_name")
        .required("child_preferences_section[p1].wishes_preference_relocated")
        .answer("child_preferences_section[p1].wishes_telephone", "unknown")
        .error(
            "child_preferences_section[p1].wishes_telephone",
            "Enter a phone number",
        );
}

#[test]
fn a_child_who_does_not_want_reunification_now_is_asked_why() {
    let draft = form("tracing").hidden("wishes_reason_no_reunification");
    [
        ("yes_as_soon_as_possible", false),
        ("yes_but_later", true),
        ("not_sure", true),
        ("no", true),
    ]
    .iter()
    .fold(draft, |draft, (wish, asked)| {
        let draft = draft.answer("wishes_reunification", *wish);
        if *asked {
            draft.shown("wishes_reason_no_reunification")
        } else {
            draft.hidden("wishes_reason_no_reunification")
        }
    });
}

#[test]
fn a_successful_tracing_action_finds_the_family_and_opens_verification() {
    form("tracing")
        .answer("tracing_status", "tracing_in_progress")
        .value("family_found", false)
        .hidden("verification_subform_section")
        .row("tracing_actions_section", "t1")
        .required("tracing_actions_section[t1].date_tracing")
        .required("tracing_actions_section[t1].tracing_outcome")
        .hidden("tracing_actions_section[t1].tracing_type_other")
        .answer("tracing_actions_section[t1].tracing_type", "other")
        .required("tracing_actions_section[t1].tracing_type_other")
        .answer("tracing_actions_section[t1].tracing_type", "mass_tracing")
        .answer("tracing_actions_section[t1].tracing_outcome", "lead_found")
        .value("family_found", false)
        .hidden("family_found_status_note")
        .row("tracing_actions_section", "t2")
        .answer(
            "tracing_actions_section[t2].tracing_outcome",
            "family_found",
        )
        .value("family_found", true)
        .shown("family_found_status_note")
        .shown("verification_subform_section")
        .answer("tracing_status", "family_found")
        .hidden("family_found_status_note")
        .shown("verification_subform_section")
        .answer(
            "tracing_actions_section[t2].tracing_outcome",
            "unsuccessful",
        )
        .value("family_found", false)
        // The status alone keeps verification open.
        .shown("verification_subform_section")
        .answer("tracing_status", "open")
        .hidden("verification_subform_section")
        .answer("tracing_status", "verified")
        .shown("verification_subform_section")
        .error("verification_subform_section", "at least 1");
}

#[test]
fn verification_looks_for_another_caregiver_when_the_adult_cannot_care() {
    let row = |field: &str| format!("verification_subform_section[v1].{field}");
    form("tracing")
        .answer("tracing_status", "verified")
        .row("verification_subform_section", "v1")
        .hidden(&row("verification_alternate_caregiver_exists"))
        .answer(&row("verification_inquirer_wants_to_care_for_child"), "yes")
        .answer(&row("verification_inquirer_able_to_care_for_child"), "yes")
        .hidden(&row("verification_alternate_caregiver_exists"))
        .answer(
            &row("verification_inquirer_able_to_care_for_child"),
            "unknown",
        )
        .required(&row("verification_alternate_caregiver_exists"))
        .answer(&row("verification_inquirer_able_to_care_for_child"), "yes")
        .answer(&row("verification_inquirer_wants_to_care_for_child"), "no")
        .required(&row("verification_alternate_caregiver_exists"))
        .hidden(&row("verification_alternate_caregiver_name"))
        .answer(&row("verification_alternate_caregiver_exists"), "yes")
        .required(&row("verification_alternate_caregiver_name"))
        .shown(&row("verification_alternate_caregiver_telephone"))
        .answer(&row("verification_alternate_caregiver_exists"), "no")
        .hidden(&row("verification_alternate_caregiver_name"))
        .hidden(&row("verification_recommendation_reason"))
        .answer(
            &row("verification_inquierer_recommendation"),
            "long_term_alternative_care",
        )
        .required(&row("verification_recommendation_reason"))
        .answer(
            &row("verification_inquierer_recommendation"),
            "further_tracing",
        )
        .required(&row("verification_recommendation_reason"))
        .answer(
            &row("verification_inquierer_recommendation"),
            "reunification_with_support",
        )
        .hidden(&row("verification_recommendation_reason"));
}

#[test]
fn reunification_is_recorded_once_the_child_is_reunified() {
    let row = |field: &str| format!("reunification_details_section[r1].{field}");
    form("tracing")
        .hidden("reunification_details_section")
        .answer("tracing_status", "verified")
        .hidden("reunification_details_section")
        .answer("tracing_status", "reunified")
        .shown("reunification_details_section")
        .error("reunification_details_section", "at least 1")
        .row("reunification_details_section", "r1")
        .required(&row("name_reunified_adult"))
        .required(&row("date_reunification"))
        .answer("date_of_separation", "2024-09-01")
        .answer(&row("date_reunification"), "2024-08-31")
        .error(
            &row("date_reunification"),
            "cannot be before the separation",
        )
        .answer(&row("date_reunification"), "2025-06-16")
        .error(&row("date_reunification"), "cannot be in the future")
        .answer(&row("date_reunification"), "2025-06-10")
        .valid(&row("date_reunification"))
        .hidden(&row("not_reunited_with_verified_adult_reason"))
        .answer(&row("child_reunited_with_verified_adult"), "no")
        .required(&row("not_reunited_with_verified_adult_reason"))
        .answer(&row("child_reunited_with_verified_adult"), "yes")
        .hidden(&row("not_reunited_with_verified_adult_reason"))
        .hidden(&row("reunification_follow_up_date"))
        .answer(&row("reunification_follow_up_needed"), "yes")
        .required(&row("reunification_follow_up_date"))
        .answer(&row("reunification_follow_up_date"), "2025-06-09")
        .error(
            &row("reunification_follow_up_date"),
            "cannot be before the reunification",
        )
        .answer(&row("reunification_follow_up_date"), "2025-07-10")
        .valid(&row("reunification_follow_up_date"));
}

#[test]
fn a_complete_tracing_record() {
    form("tracing")
        .incomplete(&["child_name", "tracing_status", "date_of_separation", "separation_cause"])
        .answer("child_name", "Deng Mabior")
        .answer("tracing_status", "reunified")
        .answer("date_of_separation", "2024-09-01")
        .answer("separation_cause", "conflict")
        .answer("wishes_child_family_tracing", "yes")
        .answer("wishes_reunification", "yes_as_soon_as_possible")
        .row("child_preferences_section", "p1")
        .answer("child_preferences_section[p1].wishes_name", "Achol Mabior")
        .answer("child_preferences_section[p1].wishes_preference_relocated", "first_choice")
        .answer("child_preferences_section[p1].wishes_relationship", "mother")
        .row("tracing_actions_section", "t1")
        .answer("tracing_actions_section[t1].date_tracing", "2025-03-02")
        .answer("tracing_actions_section[t1].tracing_type", "referral_to_icrc")
        .answer("tracing_actions_section[t1].tracing_outcome", "family_found")
        .row("verification_subform_section", "v1")
        .answer("verification_subform_section[v1].verification_date", "2025-04-20")
        .answer("verification_subform_section[v1].verification_name_inquirer", "Achol Mabior")
        .answer("verification_subform_section[v1].verification_inquirer_relationship", "mother")
        .answer("verification_subform_section[v1].verification_inquirer_information_match", "yes")
        .answer("verification_subform_section[v1].verification_inquirer_child_wishes_reunification_with", "yes")
        .answer("verification_subform_section[v1].verification_inquirer_wants_to_care_for_child", "yes")
        .answer("verification_subform_section[v1].verification_inquirer_able_to_care_for_child", "yes")
        .answer("verification_subform_section[v1].verification_inquierer_recommendation", "reunification")
        .row("reunification_details_section", "r1")
        .answer("reunification_details_section[r1].name_reunified_adult", "Achol Mabior")
        .answer("reunification_details_section[r1].relationship_reunified_adult", "mother")
        .answer("reunification_details_section[r1].date_reunification", "2025-05-30")
        .answer("reunification_details_section[r1].reunification_type", "cross_border")
        .answer("reunification_details_section[r1].child_reunited_with_verified_adult", "yes")
        .answer("reunification_details_section[r1].reunification_follow_up_needed", "yes")
        .answer("reunification_details_section[r1].reunification_follow_up_date", "2025-06-30")
        .complete()
        .value("family_found", true)
        .value("days_separated", 287.0);
}

#[test]
fn each_preference_is_given_to_one_person_only() {
    let preference =
        |row: &str| format!("child_preferences_section[{row}].wishes_preference_relocated");
    form("tracing")
        .answer("wishes_child_family_tracing", "yes")
        .row("child_preferences_section", "p1")
        .row("child_preferences_section", "p2")
        .answer(&preference("p1"), "first_choice")
        .valid(&preference("p1"))
        .answer(&preference("p2"), "first_choice")
        .error(
            &preference("p1"),
            "Each choice can be given to one person only",
        )
        .error(
            &preference("p2"),
            "Each choice can be given to one person only",
        )
        .answer(&preference("p2"), "second_choice")
        .valid(&preference("p1"))
        .valid(&preference("p2"));
}
