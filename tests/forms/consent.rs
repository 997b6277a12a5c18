//! `forms/consent.json`: consent and data confidentiality.

use super::check::{date, form};

const SIGNATURE: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

#[test]
fn someone_else_interviewed_must_be_named() {
    form("consent")
        .value("consent_date", date("2025-06-15"))
        .hidden("interview_subject_other")
        .answer("interview_subject", "other")
        .required("interview_subject_other")
        .answer("interview_subject", "caregiver")
        .hidden("interview_subject_other");
}

#[test]
fn the_age_group_explains_who_consents_and_who_assents() {
    let notes = [
        "consent_note_under_6",
        "consent_note_6_14",
        "consent_note_15_17",
    ];
    let table: &[(&str, Option<&str>)] = &[
        ("under_6", Some("consent_note_under_6")),
        ("age_6_11", Some("consent_note_6_14")),
        ("age_12_14", Some("consent_note_6_14")),
        ("age_15_17", Some("consent_note_15_17")),
        ("age_18_over", None),
    ];
    let draft = notes
        .iter()
        .fold(form("consent"), |draft, note| draft.hidden(note));
    table.iter().fold(draft, |draft, (group, shown)| {
        let draft = draft.answer("child_age_group", *group);
        notes.iter().fold(draft, |draft, note| {
            if Some(*note) == *shown {
                draft.shown(note)
            } else {
                draft.hidden(note)
            }
        })
    });
}

#[test]
fn consent_or_assent_must_fit_who_is_interviewed_and_the_age() {
    // (interview subject, age group, form type, accepted?)
    let table = [
        ("caregiver", "age_6_11", "consent", true),
        ("caregiver", "age_6_11", "assent", false),
        ("individual", "age_6_11", "assent", true),
        ("individual", "age_12_14", "consent", false),
        ("individual", "under_6", "consent", false),
        ("individual", "age_15_17", "consent", true),
        ("individual", "age_15_17", "assent", true),
        ("individual", "age_18_over", "consent", true),
        ("individual", "age_18_over", "assent", false),
        ("other", "age_12_14", "consent", true),
        ("other", "age_12_14", "assent", false),
    ];
    for (subject, group, kind, accepted) in table {
        let draft = form("consent")
            .answer("interview_subject", subject)
            .answer("child_age_group", group)
            .answer("consent_form_type", kind);
        if accepted {
            draft.valid("consent_form_type");
        } else {
            draft.error("consent_form_type", "A child under 15 gives assent");
        }
    }
}

#[test]
fn an_assent_asks_for_the_caregivers_consent_or_why_not() {
    form("consent")
        .hidden("caregiver_consent_obtained")
        .answer("interview_subject", "individual")
        .answer("child_age_group", "age_12_14")
        .answer("consent_form_type", "assent")
        .required("caregiver_consent_obtained")
        .hidden("caregiver_consent_name")
        .hidden("caregiver_consent_not_obtained_reason")
        .answer("caregiver_consent_obtained", "yes")
        .required("caregiver_consent_name")
        .required("caregiver_consent_relationship")
        .hidden("best_interests_decision_by")
        .answer("caregiver_consent_obtained", "no")
        .hidden("caregiver_consent_name")
        .hidden("caregiver_consent_relationship")
        .required("caregiver_consent_not_obtained_reason")
        .required("best_interests_decision_by")
        .hidden("caregiver_consent_not_obtained_other")
        .answer("caregiver_consent_not_obtained_reason", "other")
        .required("caregiver_consent_not_obtained_other")
        .answer(
            "caregiver_consent_not_obtained_reason",
            "not_in_best_interests",
        )
        .hidden("caregiver_consent_not_obtained_other")
        .answer("interview_subject", "caregiver")
        .answer("consent_form_type", "consent")
        .hidden("caregiver_consent_obtained")
        .hidden("caregiver_consent_not_obtained_reason")
        .hidden("best_interests_decision_by");
}

#[test]
fn consent_to_services_must_be_ticked() {
    form("consent")
        .required("consent_for_services")
        .error(
            "consent_for_services",
            "Services can only start with consent or assent",
        )
        .answer("consent_for_services", false)
        .error(
            "consent_for_services",
            "Services can only start with consent or assent",
        )
        .answer("consent_for_services", true)
        .valid("consent_for_services");
}

#[test]
fn refused_sharing_asks_what_to_withhold() {
    let all = [
        "family",
        "authorities",
        "unhcr",
        "other_organizations",
        "others",
    ];
    form("consent")
        // Nothing ticked: all sharing refused.
        .required("disclosure_deny_details")
        .error("disclosure_deny_details", "Some sharing was refused")
        .hidden("consent_info_sharing_others")
        .choose("consent_info_sharing", &["family", "unhcr"])
        .required("disclosure_deny_details")
        .choose("consent_info_sharing", &all)
        .hidden("disclosure_deny_details")
        .required("consent_info_sharing_others")
        .choose("consent_info_sharing", &all[..4])
        .shown("disclosure_deny_details")
        .hidden("consent_info_sharing_others");
}

#[test]
fn a_basis_other_than_consent_must_be_explained() {
    form("consent")
        .hidden("legitimate_basis_explanation")
        .error("legitimate_basis", "must be answered")
        .choose("legitimate_basis", &["vital_interests"])
        .required("legitimate_basis_explanation")
        .choose("legitimate_basis", &["consent", "vital_interests"])
        .hidden("legitimate_basis_explanation")
        .choose("legitimate_basis", &["legal_obligation"])
        .shown("legitimate_basis_explanation");
}

#[test]
fn each_service_shared_with_names_the_organisation() {
    for service in [
        "security",
        "psychosocial",
        "health",
        "safehouse",
        "legal",
        "livelihoods",
    ] {
        let question = format!("consent_share_{service}");
        let organisation = format!("consent_share_{service}_organization");
        form("consent")
            .required(&question)
            .hidden(&organisation)
            .answer(&question, "yes")
            .required(&organisation)
            .error(&organisation, "Name the organisation")
            .answer(&organisation, "International Medical Corps")
            .valid(&organisation)
            .answer(&question, "no")
            .hidden(&organisation);
    }
}

#[test]
fn the_way_consent_was_given_decides_signature_thumbprint_or_witness() {
    form("consent")
        .hidden("consent_signature")
        .hidden("consent_thumbprint_note")
        .hidden("consent_witness_name")
        .answer("consent_method", "signature")
        .required("consent_signature")
        .answer("consent_method", "thumbprint")
        .hidden("consent_signature")
        .shown("consent_thumbprint_note")
        .answer("consent_method", "verbal")
        .hidden("consent_thumbprint_note")
        .required("consent_witness_name");
}

#[test]
fn a_complete_consent() {
    let draft = form("consent")
        .incomplete(&[
            "interview_subject",
            "consent_form_type",
            "consent_for_services",
            "legitimate_basis",
            "signed_by_name",
            "caseworker_name",
        ])
        .answer("interview_subject", "individual")
        .answer("child_age_group", "age_12_14")
        .answer("consent_form_type", "assent")
        .answer("caregiver_consent_obtained", "yes")
        .answer("caregiver_consent_name", "Fatuma Yusuf")
        .answer("caregiver_consent_relationship", "aunt")
        .answer("consent_for_services", true)
        .answer("consent_reporting", "yes")
        .answer("consent_for_tracing", "yes")
        .choose(
            "consent_info_sharing",
            &["family", "unhcr", "other_organizations"],
        )
        .answer(
            "disclosure_deny_details",
            "Do not share where she lives with her stepfather.",
        )
        .choose("legitimate_basis", &["consent"]);
    let draft = [
        "security",
        "psychosocial",
        "health",
        "safehouse",
        "legal",
        "livelihoods",
    ]
    .iter()
    .fold(draft, |draft, service| {
        let question = format!("consent_share_{service}");
        if ["psychosocial", "health"].contains(service) {
            draft
                .answer(&question, "yes")
                .answer(&format!("{question}_organization"), "IRC")
        } else {
            draft.answer(&question, "no")
        }
    });
    draft
        .answer("signed_by_name", "Amina Yusuf")
        .answer("consent_method", "signature")
        .answer("consent_signature", SIGNATURE)
        .answer("caseworker_name", "Grace Achieng")
        .answer("caseworker_signature", SIGNATURE)
        .complete();
}
