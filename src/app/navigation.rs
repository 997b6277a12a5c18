//! Moving through a form's sections: the section list, the progress line, and next/back.
//! Sections whose `relevant` is false are skipped everywhere.

use leptos::prelude::*;

use crate::i18n::{Msg, format, text};

use super::session::{FormSession, PageMode};
use super::web;

/// The DOM id of a section's heading.
pub fn section_heading_id(session: FormSession, section: usize) -> String {
    let form = session.form();
    let id = form
        .definition()
        .sections
        .get(section)
        .map_or("section", |s| s.id.as_str());
    format!("section-{id}")
}

/// Shows `section` (in paged mode), scrolls to it and moves the focus to its heading.
pub fn go_to(session: FormSession, section: usize) {
    session.section.set(section);
    let id = section_heading_id(session, section);
    request_animation_frame(move || {
        web::scroll_to_top();
        web::focus(&id);
    });
}

/// The position of the current section among the shown ones, and their list.
fn position(session: FormSession) -> (Option<usize>, Vec<usize>) {
    let shown = session.relevant_sections();
    let current = session.section.get();
    (shown.iter().position(|section| *section == current), shown)
}

/// The shown section after (`forward`) or before the current one.
pub fn neighbour(session: FormSession, forward: bool) -> Option<usize> {
    let current = session.section.get();
    let shown = session.relevant_sections();
    if forward {
        shown.into_iter().find(|section| *section > current)
    } else {
        shown.into_iter().rev().find(|section| *section < current)
    }
}

/// The list of sections, each a link that jumps to it; the current one is marked.
#[component]
pub fn SectionNav() -> impl IntoView {
    let session = FormSession::expect();
    let form = session.form();
    let items = form
        .definition()
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let title = section.title.clone();
            let href = format!("#{}", section_heading_id(session, index));
            let current = move || {
                (session.mode.get() == PageMode::Paged && session.section.get() == index).then_some("step")
            };
            let on_click = move |event: leptos::ev::MouseEvent| {
                if session.mode.get_untracked() == PageMode::Paged {
                    event.prevent_default();
                    go_to(session, index);
                }
            };
            view! {
                <li hidden=move || !session.section_relevant(index)>
                    <a href=href aria-current=current on:click=on_click>{move || session.text(&title)}</a>
                </li>
            }
        })
        .collect_view();
    // A disclosure, open from tablet width: on a phone the form stays first on screen.
    let open = web::viewport_width() >= 960.0;
    view! {
        <nav class="section-nav" aria-label=move || text(session.ui(), Msg::Sections)>
            <details open=open>
                <summary>{move || text(session.ui(), Msg::Sections)}</summary>
                <ol>{items}</ol>
            </details>
        </nav>
    }
}

/// "Section 2 of 6", and a bar that shows the same.
#[component]
pub fn Progress() -> impl IntoView {
    let session = FormSession::expect();
    let line = move || {
        let (current, shown) = position(session);
        let current = current.map_or(1, |index| index + 1);
        let total = shown.len().max(1);
        (current, total)
    };
    view! {
        <p class="progress" id="section-progress">
            {move || {
                let (current, total) = line();
                format(session.ui(), Msg::SectionProgress, &[("current", &current.to_string()), ("total", &total.to_string())])
            }}
        </p>
        <div class="progress-bar" aria-hidden="true">
            <span style:inline-size=move || {
                let (current, total) = line();
                format!("{}%", current * 100 / total)
            }></span>
        </div>
    }
}

/// The button that submits the form (its `<form>` handles the submit).
#[component]
pub fn SubmitButton() -> impl IntoView {
    let session = FormSession::expect();
    view! { <button type="submit" class="button">{move || text(session.ui(), Msg::Submit)}</button> }
}

/// Back and Next (paged mode); Next gives way to the submit button on the last section.
#[component]
pub fn PageButtons() -> impl IntoView {
    let session = FormSession::expect();
    let back = move || neighbour(session, false);
    let next = move || neighbour(session, true);
    view! {
        <div class="button-row pager">
            <Show when=move || back().is_some()>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    if let Some(section) = back() { go_to(session, section) }
                }>{move || text(session.ui(), Msg::Previous)}</button>
            </Show>
            <Show when=move || next().is_some() fallback=SubmitButton>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(section) = next() { go_to(session, section) }
                }>{move || text(session.ui(), Msg::Next)}</button>
            </Show>
        </div>
    }
}
