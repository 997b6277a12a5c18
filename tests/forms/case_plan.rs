//! `forms/case_plan.json`: interventions and progress towards the goals.

use super::check::{Draft, date, form};

const GOALS: [&str; 4] = ["safety", "health", "psychosocial", "justice"];

fn goals(draft: Draft, progress: [&str; 4]) -> Draft {
    GOALS
        .iter()
        .zip(progress)
        .fold(draft, |draft, (goal, answer)| {
            let field = format!("goal_{goal}_progress");
            if answer.is_empty() {
                draft.clear(&field)
            } else {
                draft.answer(&field, answer)
            }
        })
}

#[test]
fn the_childs_participation_is_recorded_or_explained() {
    form("case_plan")
        .value("date_case_plan", date("2025-06-15"))
        .hidden("child_views")
        .hidden("child_not_participated_reason")
        .answer("child_participated", "yes")
        .optional("child_views")
        .answer("child_participated", "no")
        .hidden("child_views")
        .required("child_not_participated_reason");
}

#[test]
fn the_review_comes_after_the_plan() {
    form("case_plan")
        .required("case_plan_review_date")
        .answer("case_plan_review_date", "2025-06-15")
        .error(
            "case_plan_review_date",
            "The review must come after the date of the plan",
        )
        .answer("case_plan_review_date", "2025-07-15")
        .valid("case_plan_review_date")
        .answer("date_case_plan", "2025-06-16")
        .error("date_case_plan", "cannot be in the future");
}

#[test]
fn a_plan_needs_at_least_one_intervention_with_a_service() {
    let row = "case_plan_interventions[i1]";
    form("case_plan")
        .error("case_plan_interventions", "at least 1")
        .value("interventions_count", 0.0)
        .row("case_plan_interventions", "i1")
        .valid("case_plan_interventions")
        .value("interventions_count", 1.0)
        .required(&format!("{row}.intervention_service_to_be_provided"))
        .error(
            &format!("{row}.intervention_service_to_be_provided"),
            "Say which service or intervention",
        )
        .hidden(&format!("{row}.intervention_service_other"))
        .answer(
            &format!("{row}.intervention_service_to_be_provided"),
            "other",
        )
        .required(&format!("{row}.intervention_service_other"))
        .answer(
            &format!("{row}.intervention_service_to_be_provided"),
            "education",
        )
        .hidden(&format!("{row}.intervention_service_other"))
        .required(&format!("{row}.intervention_service_goal"));
}

#[test]
fn an_intervention_deadline_is_not_before_the_plan_and_an_unsuccessful_one_is_explained() {
    let row = "case_plan_interventions[i1]";
    form("case_plan")
        .row("case_plan_interventions", "i1")
        .answer(&format!("{row}.case_plan_timeframe"), "2025-06-14")
        .error(
            &format!("{row}.case_plan_timeframe"),
            "cannot be before the date of the case plan",
        )
        .answer(&format!("{row}.case_plan_timeframe"), "2025-06-15")
        .valid(&format!("{row}.case_plan_timeframe"))
        .answer(
            &format!("{row}.case_plan_provider_contact"),
            "ask at the office",
        )
        .error(
            &format!("{row}.case_plan_provider_contact"),
            "Enter a phone number",
        )
        .hidden(&format!("{row}.intervention_service_success_reason"))
        .answer(&format!("{row}.intervention_service_success"), "no")
        .required(&format!("{row}.intervention_service_success_reason"))
        .answer(&format!("{row}.intervention_service_success"), "yes")
        .hidden(&format!("{row}.intervention_service_success_reason"));
}

#[test]
fn successful_interventions_are_counted() {
    form("case_plan")
        .row("case_plan_interventions", "a")
        .row("case_plan_interventions", "b")
        .row("case_plan_interventions", "c")
        .answer(
            "case_plan_interventions[a].intervention_service_success",
            "yes",
        )
        .answer(
            "case_plan_interventions[b].intervention_service_success",
            "no",
        )
        .value("interventions_count", 3.0)
        .value("interventions_successful_count", 1.0)
        .answer(
            "case_plan_interventions[c].intervention_service_success",
            "yes",
        )
        .value("interventions_successful_count", 2.0);
}

#[test]
fn a_goal_that_applies_is_described() {
    for goal in GOALS {
        let progress = format!("goal_{goal}_progress");
        let description = format!("goal_{goal}_description");
        form("case_plan")
            .required(&progress)
            .hidden(&description)
            .answer(&progress, "n_a")
            .hidden(&description)
            .answer(&progress, "in_progress")
            .required(&description)
            .answer(&progress, "met")
            .required(&description);
    }
}

#[test]
fn the_share_of_goals_met_leaves_out_goals_that_do_not_apply() {
    // (safety, health, psychosocial, justice) -> (goals set, goals met, share in percent)
    let table: &[([&str; 4], f64, f64, Option<f64>)] = &[
        (["", "", "", ""], 0.0, 0.0, None),
        (["n_a", "n_a", "n_a", "n_a"], 0.0, 0.0, None),
        (["in_progress", "n_a", "n_a", "n_a"], 1.0, 0.0, Some(0.0)),
        (["met", "n_a", "n_a", "n_a"], 1.0, 1.0, Some(100.0)),
        (["met", "in_progress", "n_a", "met"], 3.0, 2.0, Some(67.0)),
        (
            ["met", "in_progress", "in_progress", "n_a"],
            3.0,
            1.0,
            Some(33.0),
        ),
        (["met", "in_progress", "", ""], 2.0, 1.0, Some(50.0)),
        (["met", "met", "met", "met"], 4.0, 4.0, Some(100.0)),
    ];
    for (progress, set, met, share) in table {
        let draft = goals(form("case_plan"), *progress)
            .value("goals_applicable_count", *set)
            .value("goals_met_count", *met);
        let draft = match share {
            Some(share) => draft.value("goals_met_percent", *share),
            None => draft.no_value("goals_met_percent"),
        };
        if *share == Some(100.0) {
            draft.shown("all_goals_met_note")
        } else {
            draft.hidden("all_goals_met_note")
        };
    }
}

#[test]
fn supervisor_approval_of_the_plan() {
    form("case_plan")
        .hidden("case_plan_approved_by")
        .answer("approval_status_case_plan", "rejected")
        .required("case_plan_approved_by")
        .required("case_plan_approved_date")
        .required("case_plan_approved_comments")
        .answer("approval_status_case_plan", "approved")
        .optional("case_plan_approved_comments");
}

#[test]
fn a_complete_case_plan() {
    let draft = form("case_plan")
        .incomplete(&[
            "child_name",
            "goal_safety_progress",
            "goal_health_progress",
            "goal_psychosocial_progress",
            "goal_justice_progress",
        ])
        .answer("case_plan_type", "initial")
        .answer("child_name", "Amina Yusuf")
        .answer("caseworker_name", "Grace Achieng")
        .answer("child_participated", "yes")
        .answer(
            "child_views",
            "Wants to stay with her brother and go back to school.",
        )
        .answer("case_plan_review_date", "2025-07-15")
        .row("case_plan_interventions", "i1")
        .answer(
            "case_plan_interventions[i1].intervention_service_to_be_provided",
            "education",
        )
        .answer(
            "case_plan_interventions[i1].intervention_service_goal",
            "Enrolled in grade 5 by September",
        )
        .answer(
            "case_plan_interventions[i1].case_plan_timeframe",
            "2025-09-01",
        );
    let draft = goals(draft, ["in_progress", "n_a", "in_progress", "n_a"])
        .answer(
            "goal_safety_description",
            "A safe adult lives with the children",
        )
        .answer(
            "goal_psychosocial_description",
            "Attends the girls' group weekly",
        );
    draft.complete().value("goals_met_percent", 0.0);
}
