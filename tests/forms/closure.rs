//! `forms/closure.json`: follow-up visits and case closure.

use super::check::{Draft, date, form};

const CHECKLIST: [&str; 6] = [
    "closure_goals_met",
    "closure_child_safe",
    "closure_caregiver_able",
    "closure_services_completed",
    "closure_child_informed",
    "closure_last_followup",
];

fn all_yes(draft: Draft) -> Draft {
    CHECKLIST
        .iter()
        .fold(draft, |draft, item| draft.answer(item, "yes"))
}

#[test]
fn a_follow_up_when_the_child_was_not_seen_says_why() {
    let row = |field: &str| format!("followup_subform_section[f1].{field}");
    form("closure")
        .row("followup_subform_section", "f1")
        .required(&row("followup_date"))
        .answer(&row("followup_date"), "2025-06-16")
        .error(&row("followup_date"), "cannot be in the future")
        .answer(&row("followup_date"), "2025-06-02")
        .hidden(&row("reason_child_not_seen"))
        .answer(&row("child_was_seen"), "no")
        .required(&row("reason_child_not_seen"))
        .error(&row("reason_child_not_seen"), "must be answered")
        .choose(&row("reason_child_not_seen"), &["at_school"])
        .valid(&row("reason_child_not_seen"))
        .answer(&row("child_was_seen"), "yes")
        .hidden(&row("reason_child_not_seen"));
}

#[test]
fn the_next_visit_comes_after_this_one() {
    let row = |field: &str| format!("followup_subform_section[f1].{field}");
    form("closure")
        .row("followup_subform_section", "f1")
        .answer(&row("followup_date"), "2025-06-02")
        .hidden(&row("when_follow_up_visit_should_happen"))
        .answer(&row("need_follow_up_visit"), "yes")
        .required(&row("when_follow_up_visit_should_happen"))
        .answer(&row("when_follow_up_visit_should_happen"), "2025-06-02")
        .error(
            &row("when_follow_up_visit_should_happen"),
            "The next visit must come after this one",
        )
        .answer(&row("when_follow_up_visit_should_happen"), "2025-07-02")
        .valid(&row("when_follow_up_visit_should_happen"))
        .answer(&row("need_follow_up_visit"), "no")
        .hidden(&row("when_follow_up_visit_should_happen"));
}

#[test]
fn follow_ups_are_counted_and_the_last_one_found() {
    form("closure")
        .value("followups_count", 0.0)
        .no_value("last_followup_date")
        .row("followup_subform_section", "a")
        .row("followup_subform_section", "b")
        .row("followup_subform_section", "c")
        .answer("followup_subform_section[a].followup_date", "2025-04-01")
        .answer("followup_subform_section[b].followup_date", "2025-05-20")
        .answer("followup_subform_section[c].followup_date", "2025-05-02")
        .value("followups_count", 3.0)
        .value("last_followup_date", date("2025-05-20"))
        .remove_row("followup_subform_section", "b")
        .value("last_followup_date", date("2025-05-02"));
}

#[test]
fn the_closure_reason_asks_for_what_each_reason_needs() {
    form("closure")
        .required("closure_reason")
        .error("closure_reason", "Choose the reason for closing the case")
        .hidden("closure_reason_other")
        .hidden("closure_transfer_agency")
        .hidden("closure_death_details")
        .shown("name_caregiver_closing")
        .answer("closure_reason", "other")
        .required("closure_reason_other")
        .answer("closure_reason", "transferred")
        .hidden("closure_reason_other")
        .required("closure_transfer_agency")
        .answer("closure_reason", "death_of_child")
        .hidden("closure_transfer_agency")
        .required("closure_death_details")
        .hidden("name_caregiver_closing")
        .answer("closure_reason", "formal_closing")
        .hidden("closure_death_details")
        .shown("name_caregiver_closing");
}

#[test]
fn a_child_not_seen_is_closed_only_after_three_attempts() {
    form("closure")
        .hidden("closure_not_seen_note")
        .answer("closure_reason", "not_seen_during_verification")
        .shown("closure_not_seen_note")
        .row("followup_subform_section", "a")
        .row("followup_subform_section", "b")
        .shown("closure_not_seen_note")
        .row("followup_subform_section", "c")
        .hidden("closure_not_seen_note");
}

#[test]
fn the_case_is_not_closed_in_the_future_nor_before_the_last_follow_up() {
    form("closure")
        .required("date_closure")
        .answer("date_closure", "2025-06-16")
        .error("date_closure", "cannot be in the future")
        .row("followup_subform_section", "a")
        .answer("followup_subform_section[a].followup_date", "2025-06-10")
        .answer("date_closure", "2025-06-09")
        .error(
            "date_closure",
            "cannot be closed before its last follow-up visit",
        )
        .answer("date_closure", "2025-06-10")
        .valid("date_closure");
}

#[test]
fn every_checklist_item_answered_no_is_explained_and_counted() {
    let mut draft = all_yes(form("closure"))
        .value("closure_checklist_no_count", 0.0)
        .hidden("closure_checklist_note");
    for (index, item) in CHECKLIST.iter().enumerate() {
        let explanation = format!("{item}_explanation");
        draft = draft
            .hidden(&explanation)
            .answer(item, "no")
            .required(&explanation)
            .error(&explanation, "Explain why the case can be closed anyway")
            .value("closure_checklist_no_count", (index + 1) as f64)
            .shown("closure_checklist_note");
    }
    let draft = CHECKLIST
        .iter()
        .fold(draft, |draft, item| draft.answer(item, "yes"));
    draft
        .value("closure_checklist_no_count", 0.0)
        .hidden("closure_checklist_note");
}

#[test]
fn the_checklist_does_not_apply_after_the_death_of_the_child() {
    let draft = form("closure").answer("closure_reason", "death_of_child");
    let draft = CHECKLIST
        .iter()
        .fold(draft, |draft, item| draft.hidden(item));
    draft.hidden("closure_checklist_no_count");
}

#[test]
fn the_supervisor_must_decide_on_the_closure() {
    form("closure")
        .required("approval_status_closure")
        .hidden("closure_approved_by")
        .answer("approval_status_closure", "rejected")
        .required("closure_approved_by")
        .required("closure_approved_date")
        .required("closure_approved_comments")
        .answer("approval_status_closure", "approved")
        .optional("closure_approved_comments");
}

#[test]
fn a_complete_closure() {
    let draft = form("closure")
        .incomplete(&[
            "child_name",
            "closure_reason",
            "date_closure",
            "approval_status_closure",
        ])
        .answer("child_name", "Amina Yusuf")
        .row("followup_subform_section", "f1")
        .answer("followup_subform_section[f1].followup_date", "2025-05-15")
        .answer("followup_subform_section[f1].followup_type", "in_care")
        .answer("followup_subform_section[f1].child_was_seen", "yes")
        .answer("closure_reason", "formal_closing")
        .answer("date_closure", "2025-06-15");
    all_yes(draft)
        .answer("closure_goals_met", "no")
        .answer(
            "closure_goals_met_explanation",
            "School enrolment is pending, handed over to the education partner.",
        )
        .answer("approval_status_closure", "approved")
        .answer("closure_approved_by", "Joseph Okello")
        .answer("closure_approved_date", "2025-06-15")
        .complete()
        .value("closure_checklist_no_count", 1.0);
}
