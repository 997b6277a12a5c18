//! `forms/gbv_intake.json`: GBV incident intake and the GBVIMS classification.

use super::check::{Draft, date, form};

/// The classification questions, in the order they are asked.
const QUESTIONS: [&str; 6] = [
    "gbv_penetration",
    "gbv_sexual_contact",
    "gbv_physical_assault",
    "gbv_forced_marriage",
    "gbv_denial_of_resources",
    "gbv_psychological_abuse",
];

/// Answers "no" to the first `noes` questions, then "yes" to the next one (if any).
fn classify(draft: Draft, noes: usize) -> Draft {
    let draft = QUESTIONS[..noes]
        .iter()
        .fold(draft, |draft, question| draft.answer(question, "no"));
    match QUESTIONS.get(noes) {
        Some(question) => draft.answer(question, "yes"),
        None => draft,
    }
}

/// A rape reported `days` days after the incident.
fn rape_after(days: &str) -> Draft {
    classify(form("gbv_intake"), 0).answer("incident_date", days)
}

#[test]
fn a_child_survivor_gets_child_specific_guidance() {
    form("gbv_intake")
        .value("date_of_interview", date("2025-06-15"))
        .hidden("survivor_child_note")
        .hidden("unaccompanied_separated")
        .answer("survivor_age", "15")
        .shown("survivor_child_note")
        .required("unaccompanied_separated")
        .hidden("survivor_child_marriage_note")
        .answer("survivor_marital_status", "married")
        .shown("survivor_child_marriage_note")
        .answer("survivor_marital_status", "single")
        .hidden("survivor_child_marriage_note")
        .answer("survivor_marital_status", "widowed")
        .shown("survivor_child_marriage_note")
        .answer("survivor_age", "18")
        .hidden("survivor_child_note")
        .hidden("unaccompanied_separated")
        .hidden("survivor_child_marriage_note")
        .answer("survivor_age", "131")
        .error("survivor_age", "must be at most 130");
}

#[test]
fn the_survivor_code_is_a_code_not_a_name() {
    form("gbv_intake")
        .answer("survivor_code", "Amina Yusuf")
        .error("survivor_code", "no names, no spaces")
        .answer("survivor_code", "KYA-2025-0142")
        .valid("survivor_code");
}

#[test]
fn the_incident_is_not_after_the_interview_and_the_delay_is_counted() {
    form("gbv_intake")
        .answer("incident_date", "2025-06-16")
        .error("incident_date", "cannot be in the future")
        .answer("date_of_interview", "2025-06-10")
        .answer("incident_date", "2025-06-12")
        .error("incident_date", "cannot be after the interview")
        .answer("incident_date", "2025-06-08")
        .valid("incident_date")
        .value("days_since_incident", 2.0)
        .answer("date_of_interview", "2025-06-15")
        .value("days_since_incident", 7.0)
        .hidden("incident_location_other")
        .answer("incident_location_type", "other")
        .required("incident_location_other");
}

#[test]
fn classification_questions_are_asked_one_after_the_other() {
    let mut draft = form("gbv_intake").required(QUESTIONS[0]);
    for later in &QUESTIONS[1..] {
        draft = draft.hidden(later);
    }
    for (index, question) in QUESTIONS.iter().enumerate() {
        draft = draft.required(question);
        if let Some(next) = QUESTIONS.get(index + 1) {
            draft = draft.hidden(next).answer(question, "no").required(next);
        }
    }
    // A "yes" early on hides the questions after it.
    let draft = draft.answer(QUESTIONS[1], "yes");
    QUESTIONS[2..]
        .iter()
        .fold(draft, |draft, question| draft.hidden(question));
}

#[test]
fn the_type_of_violence_is_the_first_yes_of_the_decision_tree() {
    let table = [
        (0, "rape"),
        (1, "sexual_assault"),
        (2, "physical_assault"),
        (3, "forced_marriage"),
        (4, "denial_of_resources"),
        (5, "psychological_emotional_abuse"),
        (6, "non_gbv"),
    ];
    for (noes, kind) in table {
        classify(form("gbv_intake"), noes).value("gbv_sexual_violence_type", kind);
    }
    // Not yet classified while questions are unanswered.
    form("gbv_intake").no_value("gbv_sexual_violence_type");
    form("gbv_intake")
        .answer("gbv_penetration", "no")
        .answer("gbv_sexual_contact", "no")
        .no_value("gbv_sexual_violence_type")
        // A later answer that is hidden by an earlier "yes" no longer counts.
        .answer("gbv_physical_assault", "yes")
        .value("gbv_sexual_violence_type", "physical_assault")
        .answer("gbv_penetration", "yes")
        .value("gbv_sexual_violence_type", "rape");
    classify(form("gbv_intake"), 6)
        .shown("gbv_non_gbv_note")
        .answer("gbv_psychological_abuse", "yes")
        .hidden("gbv_non_gbv_note");
}

#[test]
fn rape_within_72_hours_calls_for_pep_and_within_120_hours_for_emergency_contraception() {
    // (date of the incident, interview on 2025-06-15) -> (PEP alert, emergency contraception alert)
    let table = [
        ("2025-06-15", true, false),
        ("2025-06-12", true, false),
        ("2025-06-11", false, true),
        ("2025-06-10", false, true),
        ("2025-06-09", false, false),
    ];
    for (incident, pep, contraception) in table {
        let draft = rape_after(incident);
        let draft = if pep {
            draft.shown("pep_note")
        } else {
            draft.hidden("pep_note")
        };
        if contraception {
            draft.shown("emergency_contraception_note");
        } else {
            draft.hidden("emergency_contraception_note");
        }
    }
    classify(form("gbv_intake"), 1)
        .answer("incident_date", "2025-06-14")
        .hidden("pep_note")
        .hidden("emergency_contraception_note");
    classify(form("gbv_intake"), 0).hidden("pep_note");
}

#[test]
fn a_declined_health_referral_after_a_recent_rape_is_flagged() {
    rape_after("2025-06-13")
        .hidden("health_referral_urgent_note")
        .answer("service_referral_health_medical", "declined_by_survivor")
        .shown("health_referral_urgent_note")
        .answer("incident_date", "2025-06-01")
        .hidden("health_referral_urgent_note")
        .answer("incident_date", "2025-06-13")
        .answer("service_referral_health_medical", "referred")
        .hidden("health_referral_urgent_note");
}

#[test]
fn perpetrators_sex_and_number_agree() {
    form("gbv_intake")
        .answer("number_of_perpetrators", "1")
        .answer("perpetrator_sex", "both")
        .error(
            "perpetrator_sex",
            "\"Both\" needs more than one perpetrator",
        )
        .answer("number_of_perpetrators", "2")
        .valid("perpetrator_sex")
        .answer("number_of_perpetrators", "0")
        .error("number_of_perpetrators", "Enter a number from 1 to 50");
}

#[test]
fn an_aid_worker_as_perpetrator_is_reported_through_psea() {
    form("gbv_intake")
        .hidden("perpetrator_service_provider_note")
        .answer("perpetrator_relationship", "service_provider")
        .shown("perpetrator_service_provider_note")
        .answer("perpetrator_relationship", "stranger")
        .hidden("perpetrator_service_provider_note");
}

#[test]
fn a_complete_gbv_intake() {
    let draft = form("gbv_intake")
        .incomplete(&["survivor_code", "consent_reporting", "incident_date"])
        .answer("survivor_code", "KYA-2025-0142")
        .answer("caseworker_code", "CW-07")
        .answer("consent_reporting", "yes")
        .answer("survivor_sex", "female")
        .answer("survivor_age", "16")
        .answer("unaccompanied_separated", "no")
        .answer("incident_date", "2025-06-14")
        .answer("incident_location_type", "water_point_latrine");
    let draft = classify(draft, 1)
        .value("gbv_sexual_violence_type", "sexual_assault")
        .answer("harmful_traditional_practice", "no")
        .answer("goods_money_exchanged", "no")
        .answer("number_of_perpetrators", "1")
        .answer("perpetrator_sex", "male")
        .answer("perpetrator_relationship", "acquaintance");
    [
        "health_medical",
        "psychosocial",
        "safehouse",
        "legal_assistance",
        "police",
        "livelihoods",
    ]
    .iter()
    .fold(draft, |draft, service| {
        let answer = if *service == "police" {
            "declined_by_survivor"
        } else {
            "referred"
        };
        draft.answer(&format!("service_referral_{service}"), answer)
    })
    .complete()
    .value("days_since_incident", 1.0);
}
