//! `forms/referral.json`: service referral within the consent given, and MHPSS.

use super::check::{Draft, date, form};

const ROW: &str = "services_section[s1]";

fn row(field: &str) -> String {
    format!("{ROW}.{field}")
}

/// Consent given for the psychosocial and health services, and one service row.
fn consented() -> Draft {
    form("referral")
        .answer("consent_to_share_referral", "yes")
        .choose(
            "consent_referral_types",
            &["psychosocial", "health_medical"],
        )
        .row("services_section", "s1")
}

#[test]
fn without_consent_nothing_is_referred() {
    form("referral")
        .value("referral_date", date("2025-06-15"))
        .required("consent_to_share_referral")
        .hidden("no_consent_note")
        .hidden("consent_referral_types")
        .hidden("services_section")
        .answer("consent_to_share_referral", "no")
        .shown("no_consent_note")
        .hidden("consent_referral_given_by")
        .hidden("consent_referral_types")
        .hidden("services_section")
        .hidden("services_count")
        .answer("consent_to_share_referral", "yes")
        .hidden("no_consent_note")
        .required("consent_referral_given_by")
        .required("consent_referral_types")
        .error("consent_referral_types", "Tick at least one service")
        .shown("services_section")
        .error("services_section", "at least 1");
}

#[test]
fn only_the_services_consented_to_are_offered() {
    consented()
        .offers(&row("service_type"), &["psychosocial", "health_medical"])
        .choose(
            "consent_referral_types",
            &["legal_assistance", "psychosocial", "other"],
        )
        .offers(
            &row("service_type"),
            &["psychosocial", "legal_assistance", "other"],
        );
}

#[test]
fn a_service_without_consent_is_refused_with_a_helpful_message() {
    consented()
        .answer(&row("service_type"), "psychosocial")
        .valid(&row("service_type"))
        // Consent for psychosocial support is withdrawn after the row was filled.
        .choose("consent_referral_types", &["health_medical"])
        .error(
            &row("service_type"),
            "There is no consent to share information for this service",
        )
        .hidden(&row("service_response_timeframe"))
        .hidden(&row("service_implementing_agency"))
        .answer(&row("service_type"), "health_medical")
        .valid(&row("service_type"))
        .required(&row("service_response_timeframe"));
}

#[test]
fn row_details_are_shown_only_once_a_consented_service_is_chosen() {
    let details = [
        "service_response_timeframe",
        "service_appointment_date",
        "service_appointment_time",
        "service_implementing_agency",
        "service_provider",
        "service_location",
        "service_referral_notes",
        "service_implemented",
    ];
    let draft = details
        .iter()
        .fold(consented(), |draft, field| draft.hidden(&row(field)));
    let draft = draft.answer(&row("service_type"), "psychosocial");
    details
        .iter()
        .fold(draft, |draft, field| draft.shown(&row(field)))
        .required(&row("service_implementing_agency"))
        .hidden(&row("service_type_other"));
    form("referral")
        .answer("consent_to_share_referral", "yes")
        .choose("consent_referral_types", &["other"])
        .row("services_section", "s1")
        .answer(&row("service_type"), "other")
        .required(&row("service_type_other"));
}

#[test]
fn an_urgent_referral_tells_the_caseworker_to_call() {
    let draft = consented()
        .answer(&row("service_type"), "health_medical")
        .hidden(&row("service_urgent_note"));
    [
        ("1_hour", true),
        ("3_hours", true),
        ("1_day", false),
        ("3_days", false),
    ]
    .iter()
    .fold(draft, |draft, (timeframe, urgent)| {
        let draft = draft.answer(&row("service_response_timeframe"), *timeframe);
        if *urgent {
            draft.shown(&row("service_urgent_note"))
        } else {
            draft.hidden(&row("service_urgent_note"))
        }
    });
}

#[test]
fn appointment_and_delivery_dates_follow_the_referral() {
    consented()
        .answer(&row("service_type"), "health_medical")
        .answer(&row("service_appointment_date"), "2025-06-14")
        .error(
            &row("service_appointment_date"),
            "cannot be before the referral date",
        )
        .answer(&row("service_appointment_date"), "2025-06-20")
        .valid(&row("service_appointment_date"))
        .hidden(&row("service_implemented_day_time"))
        .hidden(&row("service_not_implemented_reason"))
        .answer(&row("service_implemented"), "no")
        .shown(&row("service_not_implemented_reason"))
        .answer(&row("service_implemented"), "yes")
        .hidden(&row("service_not_implemented_reason"))
        .required(&row("service_implemented_day_time"))
        .answer(&row("service_implemented_day_time"), "2025-06-10")
        .error(
            &row("service_implemented_day_time"),
            "cannot be delivered before the referral date",
        )
        .answer(&row("service_implemented_day_time"), "2025-06-16")
        .error(
            &row("service_implemented_day_time"),
            "cannot be in the future",
        )
        .answer(&row("service_implemented_day_time"), "2025-06-15")
        .valid(&row("service_implemented_day_time"));
}

#[test]
fn services_referred_and_delivered_are_counted() {
    consented()
        .row("services_section", "s2")
        .value("services_count", 2.0)
        .value("services_implemented_count", 0.0)
        .answer(&row("service_type"), "psychosocial")
        .answer(&row("service_implemented"), "yes")
        .value("services_implemented_count", 1.0)
        .answer("services_section[s2].service_type", "health_medical")
        .answer("services_section[s2].service_implemented", "no")
        .value("services_implemented_count", 1.0);
}

#[test]
fn the_mhpss_section_is_shown_for_psychosocial_or_mental_health_referrals() {
    let fields = [
        "mhpss_distress_signs",
        "mhpss_daily_functioning",
        "mhpss_level",
        "mhpss_previous_support",
    ];
    let draft = form("referral")
        .answer("consent_to_share_referral", "yes")
        .choose(
            "consent_referral_types",
            &["psychosocial", "mental_health", "health_medical"],
        )
        .row("services_section", "s1");
    let draft = fields
        .iter()
        .fold(draft, |draft, field| draft.hidden(field));
    let draft = draft.answer(&row("service_type"), "health_medical");
    let draft = fields
        .iter()
        .fold(draft, |draft, field| draft.hidden(field));
    let draft = draft.answer(&row("service_type"), "mental_health");
    let draft = fields.iter().fold(draft, |draft, field| draft.shown(field));
    let draft = draft
        .required("mhpss_level")
        .hidden("mhpss_self_harm_note")
        .choose("mhpss_distress_signs", &["withdrawal", "self_harm"])
        .shown("mhpss_self_harm_note")
        .choose("mhpss_distress_signs", &["withdrawal"])
        .hidden("mhpss_self_harm_note")
        .hidden("mhpss_previous_support_details")
        .answer("mhpss_previous_support", "yes")
        .shown("mhpss_previous_support_details")
        .answer(&row("service_type"), "psychosocial")
        .shown("mhpss_level")
        // Consent withdrawn: the services, and with them the MHPSS section, are hidden.
        .answer("consent_to_share_referral", "no");
    fields
        .iter()
        .fold(draft, |draft, field| draft.hidden(field));
}

#[test]
fn a_complete_referral() {
    form("referral")
        .incomplete(&["child_name", "consent_to_share_referral"])
        .answer("child_name", "Amina Yusuf")
        .answer("referred_by", "Grace Achieng")
        .answer("referring_agency", "Save the Children")
        .answer("referred_by_telephone", "+256 772 123456")
        .answer("consent_to_share_referral", "yes")
        .answer("consent_referral_given_by", "both")
        .choose("consent_referral_types", &["psychosocial"])
        .row("services_section", "s1")
        .answer(&row("service_type"), "psychosocial")
        .answer(&row("service_response_timeframe"), "3_days")
        .answer(&row("service_appointment_date"), "2025-06-18")
        .answer(&row("service_appointment_time"), "10:00")
        .answer(&row("service_implementing_agency"), "TPO Uganda")
        .answer(&row("service_implemented"), "no")
        .choose("mhpss_distress_signs", &["sleep_problems"])
        .answer("mhpss_daily_functioning", "yes")
        .answer("mhpss_level", "focused")
        .complete();
}
