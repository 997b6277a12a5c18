//! One form being filled in: the header with the language switcher and the layout toggle, the
//! error summary or the completed record, the sections (as pages or on one long page) and the
//! submit.

use leptos::prelude::*;

use crate::engine::FormState;
use crate::i18n::{Msg, text};

use super::fields::field_list;
use super::language::{LanguageSwitcher, PageLanguage};
use super::navigation::{PageButtons, Progress, SectionNav, SubmitButton, section_heading_id};
use super::session::{FormSession, PageMode};
use super::summary::{Completed, ErrorSummary, SummaryItem, summary_items};
use super::web;

/// The form view over `state`, shown in `language`. The caller builds the state (a new draft,
/// or one resumed from storage); views inside reach the session with [`FormSession::expect`].
#[component]
pub fn FormView(
    /// The state to fill in.
    state: FormState,
    /// The form's language, one of the definition's `languages`.
    language: String,
    /// The stored draft this view fills in, autosaved (src/app/drafts/).
    #[prop(optional)]
    draft: Option<super::drafts::DraftSession>,
    /// The section to show first (a resumed draft's).
    #[prop(optional)]
    section: usize,
) -> impl IntoView {
    let session = FormSession::new(state, language);
    provide_context(session);
    if let Some(draft) = draft {
        draft.follow(session, section);
    }
    let PageLanguage(page) = expect_context::<PageLanguage>();
    Effect::new(move || page.set(session.language.get()));
    let form = session.form();
    let title = form.definition().title.clone();
    let description = form.definition().description.clone();
    let ui = move || session.ui();

    // `None` until a submit; then the problems it found (empty: the form is complete).
    let outcome = RwSignal::new(None::<Vec<SummaryItem>>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        session.submitted.set(true);
        let items = summary_items(session);
        let complete = items.is_empty();
        outcome.set(Some(items));
        if complete {
            web::scroll_to_top();
        }
    };
    let completed = move || outcome.with(|outcome| outcome.as_ref().is_some_and(Vec::is_empty));
    let summary = move || {
        outcome
            .get()
            .filter(|items| !items.is_empty())
            .map(|items| view! { <ErrorSummary items=items /> })
    };

    let sections = (0..form.section_count())
        .map(|index| {
            let section = &form.definition().sections[index];
            let section_title = section.title.clone();
            let section_description = section.description.clone();
            let heading_id = section_heading_id(session, index);
            // Sections off the current page are hidden by a class, not `hidden`, so that printing
            // shows the whole form.
            let off_page = move || session.mode.get() == PageMode::Paged && session.section.get() != index;
            view! {
                <section
                    class="form-section"
                    class:off-page=off_page
                    hidden=move || !session.section_relevant(index)
                    aria-labelledby=heading_id.clone()
                >
                    <h2 id=heading_id.clone() tabindex="-1">{move || session.text(&section_title)}</h2>
                    {section_description.map(|d| view! { <p class="section-description">{move || session.text(&d)}</p> })}
                    {field_list(session, form.section_fields(index), &[])}
                </section>
            }
        })
        .collect_view();

    let paged = move || session.mode.get() == PageMode::Paged;
    let toggle = move |event: leptos::ev::Event| {
        let single = event_target_checked(&event);
        session.mode.set(if single {
            PageMode::SinglePage
        } else {
            PageMode::Paged
        });
    };
    view! {
        <div class="form-page">
            <header class="form-header">
                <h1>{move || session.text(&title)}</h1>
                {description.map(|d| view! { <p class="lead">{move || session.text(&d)}</p> })}
                <div class="form-toolbar">
                    <LanguageSwitcher />
                    <label class="toggle">
                        <input type="checkbox" prop:checked=move || !paged() on:change=toggle />
                        {move || text(ui(), Msg::OnePage)}
                    </label>
                    <button type="button" class="button button-secondary" on:click=move |_| web::print()>
                        {move || text(ui(), Msg::Print)}
                    </button>
                </div>
            </header>
            <Show when=completed>
                <Completed on_back=Callback::new(move |()| outcome.set(None)) />
            </Show>
            <div hidden=completed>
                {summary}
                <div class="form-layout" class:paged=paged class:single-page=move || !paged()>
                    <SectionNav />
                    <form class="form-body" novalidate on:submit=submit>
                        <Show when=paged><Progress /></Show>
                        {sections}
                        <Show when=paged fallback=SubmitButton><PageButtons /></Show>
                    </form>
                </div>
            </div>
        </div>
    }
}
