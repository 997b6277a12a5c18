//! What a submit shows: the error summary (the GOV.UK pattern: a titled box at the top, one
//! link per problem that moves the focus to the field), or the completed record.

use leptos::prelude::*;

use crate::engine::Instance;
use crate::i18n::{Msg, text};

use super::fields::{dom_id, options_of};
use super::session::{FormSession, PageMode};
use super::web;

/// One line of the error summary.
#[derive(Clone)]
pub struct SummaryItem {
    /// The problem's instance.
    pub instance: Instance,
    /// "Label: message".
    pub text: String,
}

/// The problems of the form now, one line each, in form order.
pub fn summary_items(session: FormSession) -> Vec<SummaryItem> {
    let form = session.form();
    let problems = session.with_state(|state| state.problems());
    problems
        .into_iter()
        .map(|(instance, invalid)| {
            let field = form.field(instance.field);
            let label = session
                .optional_text(field.definition.label.as_ref())
                .unwrap_or_else(|| field.id().to_string());
            // A label that ends in a question mark or a colon needs no colon of its own.
            let separator = if label.ends_with(['?', '؟', ':', '.']) {
                " "
            } else {
                ": "
            };
            let text = format!(
                "{label}{separator}{}",
                session.message(&invalid, options_of(field))
            );
            SummaryItem { instance, text }
        })
        .collect()
}

/// Moves to the field of a summary line: shows its section, then focuses it.
fn focus_instance(session: FormSession, instance: &Instance) {
    let form = session.form();
    if session.mode.get_untracked() == PageMode::Paged {
        session.section.set(form.field(instance.field).section);
    }
    let id = dom_id(&form, instance);
    request_animation_frame(move || web::focus(&id));
}

/// The error summary box; it takes the focus when it appears.
#[component]
pub fn ErrorSummary(
    /// The lines, from [`summary_items`] at the last submit.
    items: Vec<SummaryItem>,
) -> impl IntoView {
    let session = FormSession::expect();
    let form = session.form();
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move || {
        if let Some(element) = node.get() {
            // Focusing a `tabindex="-1"` element does not fail.
            let _ = element.focus();
        }
    });
    let links = items
        .into_iter()
        .map(|item| {
            let href = format!("#{}", dom_id(&form, &item.instance));
            let instance = item.instance;
            let on_click = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                focus_instance(session, &instance);
            };
            view! { <li><a href=href on:click=on_click>{item.text}</a></li> }
        })
        .collect_view();
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=node aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{move || text(session.ui(), Msg::ErrorSummaryTitle)}</h2>
            <ul>{links}</ul>
        </div>
    }
}

/// The finished record, after a submit that passed every check.
#[component]
pub fn Completed(
    /// Called by "Back to the answers".
    on_back: Callback<()>,
) -> impl IntoView {
    let session = FormSession::expect();
    let record = session
        .with_state(|state| serde_json::to_string_pretty(&state.record()).unwrap_or_default());
    let ui = move || session.ui();
    view! {
        <div class="record-banner" role="status">
            <h2>{move || text(ui(), Msg::CompletedTitle)}</h2>
            <p>{move || text(ui(), Msg::CompletedIntro)}</p>
        </div>
        <section class="record-section" aria-labelledby="record-json-title">
            <h3 id="record-json-title">{move || text(ui(), Msg::RecordJson)}</h3>
            <pre class="record-json">{record}</pre>
        </section>
        <div class="button-row no-print">
            <button type="button" class="button button-secondary" on:click=move |_| on_back.run(())>
                {move || text(ui(), Msg::BackToForm)}
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| web::print()>
                {move || text(ui(), Msg::Print)}
            </button>
        </div>
    }
}
