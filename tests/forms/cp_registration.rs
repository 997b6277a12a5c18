//! `forms/cp_registration.json`: child protection alert and registration.

use caseforms::value::Value;

use super::check::{date, form, form_on};

#[test]
fn registration_date_defaults_to_today_and_cannot_be_in_the_future() {
    form("cp_registration")
        .value("registration_date", date("2025-06-15"))
        .valid("registration_date")
        .answer("registration_date", "2025-06-16")
        .error("registration_date", "cannot be in the future")
        .clear("registration_date")
        .error("registration_date", "must be answered");
}

#[test]
fn source_of_information_other_and_agency_ask_for_details() {
    form("cp_registration")
        .hidden("source_interview_other")
        .hidden("source_interview_agency")
        .choose("source_interview", &["child", "other"])
        .required("source_interview_other")
        .hidden("source_interview_agency")
        .error("source_interview_other", "what \"other\" means")
        .choose("source_interview", &["other_agency"])
        .hidden("source_interview_other")
        .required("source_interview_agency");
}

#[test]
fn age_is_calculated_from_the_date_of_birth_in_whole_years() {
    form("cp_registration")
        .no_value("age")
        .required("age_entered")
        .error("age_entered", "Enter the date of birth, or the child's age")
        .answer("date_of_birth", "2015-06-16")
        .value("age", 9.0)
        .hidden("age_entered")
        .answer("date_of_birth", "2015-06-15")
        .value("age", 10.0);
    // A birthday on 29 February is reached on 1 March in other years.
    form_on("cp_registration", "2025-02-28")
        .answer("date_of_birth", "2012-02-29")
        .value("age", 12.0);
    form_on("cp_registration", "2025-03-01")
        .answer("date_of_birth", "2012-02-29")
        .value("age", 13.0);
}

#[test]
fn an_entered_age_is_used_when_the_date_of_birth_is_unknown() {
    form("cp_registration")
        .answer("age_entered", "7")
        .answer("estimated", true)
        .value("age", 7.0)
        .answer("age_entered", "131")
        .error("age_entered", "must be at most 130")
        .answer("age_entered", "-1")
        .error("age_entered", "must be at least 0")
        .answer("date_of_birth", "2019-01-01")
        .hidden("age_entered")
        .value("age", 6.0)
        // The hidden entered age stays in the draft but not in the record.
        .recorded("age_entered", None);
}

#[test]
fn date_of_birth_cannot_be_in_the_future_nor_more_than_130_years_ago() {
    form("cp_registration")
        .answer("date_of_birth", "2025-06-16")
        .error("date_of_birth", "cannot be in the future")
        .answer("date_of_birth", "1894-06-14")
        .error("date_of_birth", "more than 130 years ago")
        .answer("date_of_birth", "1895-06-15")
        .valid("date_of_birth");
}

#[test]
fn an_adult_is_flagged() {
    form("cp_registration")
        .hidden("adult_note")
        .answer("date_of_birth", "2007-06-16")
        .hidden("adult_note")
        .answer("date_of_birth", "2007-06-15")
        .shown("adult_note")
        .clear("date_of_birth")
        .answer("age_entered", "25")
        .shown("adult_note");
}

#[test]
fn other_nationality_asks_which() {
    form("cp_registration")
        .hidden("nationality_other")
        .choose("nationality", &["syr", "other"])
        .required("nationality_other")
        .choose("nationality", &["syr"])
        .hidden("nationality_other");
}

#[test]
fn displacement_decides_unhcr_number_and_date_of_arrival() {
    let draft = form("cp_registration")
        .hidden("unhcr_id_no")
        .hidden("date_of_arrival");
    let draft = ["refugee", "asylum_seeker"]
        .iter()
        .fold(draft, |draft, status| {
            draft
                .answer("displacement_status", *status)
                .shown("unhcr_id_no")
                .shown("date_of_arrival")
        });
    draft
        .answer("displacement_status", "idp")
        .hidden("unhcr_id_no")
        .shown("date_of_arrival")
        .answer("displacement_status", "returnee")
        .shown("date_of_arrival")
        .answer("displacement_status", "resident")
        .hidden("unhcr_id_no")
        .hidden("date_of_arrival")
        .answer("displacement_status", "stateless_person")
        .hidden("date_of_arrival");
}

#[test]
fn date_of_arrival_is_not_before_birth_nor_in_the_future() {
    form("cp_registration")
        .answer("displacement_status", "refugee")
        .answer("date_of_birth", "2015-03-01")
        .answer("date_of_arrival", "2014-12-31")
        .error("date_of_arrival", "cannot be before the date of birth")
        .answer("date_of_arrival", "2025-06-16")
        .error("date_of_arrival", "cannot be in the future")
        .answer("date_of_arrival", "2024-01-10")
        .valid("date_of_arrival");
}

#[test]
fn telephone_must_look_like_a_phone_number() {
    form("cp_registration")
        .answer("telephone_current", "call me")
        .error("telephone_current", "Enter a phone number")
        .answer("telephone_current", "12345")
        .error("telephone_current", "Enter a phone number")
        .answer("telephone_current", "+256 772 123456")
        .valid("telephone_current");
}

#[test]
fn an_urgent_concern_needs_details_and_warns_the_caseworker() {
    form("cp_registration")
        .hidden("urgent_protection_concern_note")
        .hidden("urgent_protection_concern_details")
        .answer("urgent_protection_concern", "yes")
        .shown("urgent_protection_concern_note")
        .required("urgent_protection_concern_details")
        .answer("urgent_protection_concern", "no")
        .hidden("urgent_protection_concern_note")
        .hidden("urgent_protection_concern_details");
}

#[test]
fn other_protection_concern_asks_which() {
    form("cp_registration")
        .hidden("protection_concerns_other")
        .choose("protection_concerns", &["caafag", "other"])
        .required("protection_concerns_other")
        .choose("protection_concerns", &["caafag"])
        .hidden("protection_concerns_other");
}

#[test]
fn the_cross_border_alert_is_shown_only_for_cross_border_cases() {
    let fields = [
        "alert_direction",
        "alert_country",
        "requesting_authority",
        "alert_reference",
        "date_alert",
    ];
    let draft = fields
        .iter()
        .fold(form("cp_registration"), |draft, id| draft.hidden(id));
    let draft = draft.answer("cross_border", "yes");
    let draft = fields.iter().fold(draft, |draft, id| draft.shown(id));
    let draft = draft
        .required("alert_country")
        .required("requesting_authority")
        .hidden("alert_country_other")
        .answer("alert_country", "other")
        .required("alert_country_other")
        .answer("alert_country", "sdn")
        .hidden("alert_country_other")
        .hidden("child_whereabouts_details")
        .hidden("child_whereabouts_note")
        .answer("child_whereabouts_known", "yes")
        .required("child_whereabouts_details")
        .hidden("child_whereabouts_note")
        .answer("child_whereabouts_known", "unknown")
        .hidden("child_whereabouts_details")
        .shown("child_whereabouts_note")
        .answer("child_whereabouts_known", "no")
        .shown("child_whereabouts_note")
        .answer("cross_border", "no");
    fields
        .iter()
        .fold(draft, |draft, id| draft.hidden(id))
        .hidden("child_whereabouts_note");
}

#[test]
fn a_complete_registration() {
    form("cp_registration")
        .incomplete(&[
            "interviewer",
            "name_first",
            "name_last",
            "sex",
            "age_entered",
            "displacement_status",
            "address_current",
            "urgent_protection_concern",
            "protection_concerns",
        ])
        .answer("interviewer", "Grace Achieng")
        .choose("source_interview", &["child", "caregiver"])
        .answer("name_first", "Amina")
        .answer("name_last", "Yusuf")
        .answer("sex", "female")
        .answer("date_of_birth", "2013-04-02")
        .value("age", 12.0)
        .choose("nationality", &["ssd"])
        .answer("displacement_status", "refugee")
        .answer("unhcr_id_no", "UGA-21-123456")
        .answer("date_of_arrival", "2024-11-20")
        .answer("address_current", "Block C, Kyangwali settlement")
        .answer("telephone_current", "+256 772 123456")
        .answer("protection_status", "separated")
        .answer("urgent_protection_concern", "no")
        .choose(
            "protection_concerns",
            &["child_headed_household", "worst_forms_of_child_labor"],
        )
        .answer("cross_border", "yes")
        .answer("alert_direction", "outgoing")
        .answer("alert_country", "ssd")
        .answer(
            "requesting_authority",
            "Ministry of Gender, Child and Social Welfare, Juba",
        )
        .answer("child_whereabouts_known", "yes")
        .answer(
            "child_whereabouts_details",
            "With her brother in Kyangwali, Block C",
        )
        .complete()
        .value("registration_date", date("2025-06-15"))
        .no_value("adult_note")
        .value("estimated", Value::Null);
}
