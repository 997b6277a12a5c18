//! A repeat group: its rows (each with its row label and number, and its own fields bound to
//! the row's id), a button to add one, and a confirmed removal. `min_rows` and `max_rows` are
//! enforced: the add button is disabled at the most, and both limits are said in words.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::answers::RowId;
use crate::i18n::{Msg, format, text as ui_text};

use super::fields::{FieldContext, dom_id, field_list};
use super::web;

/// The whole repeat group of one instance.
#[component]
pub fn RepeatView(
    /// The repeat's instance.
    context: FieldContext,
) -> impl IntoView {
    let session = context.session;
    let form = session.form();
    let field = form.field(context.key);
    let children = field.children.clone();
    let min_rows = field.definition.min_rows;
    let max_rows = field.definition.max_rows;
    let label_text = field.definition.label.clone();
    let hint_text = field.definition.hint.clone();
    let row_label_text = field.definition.row_label.clone();
    let instance = context.instance.clone();

    let row_label = move || {
        session
            .optional_text(row_label_text.as_ref())
            .unwrap_or_else(|| ui_text(session.ui(), Msg::RowFallbackLabel).to_string())
    };
    let rows = {
        let instance = instance.clone();
        move || session.rows(&instance)
    };
    let count = {
        let rows = rows.clone();
        move || rows().len()
    };
    let at_most = {
        let count = count.clone();
        move || max_rows.is_some_and(|max| count() >= max as usize)
    };
    let row_title = {
        let rows = rows.clone();
        let row_label = row_label.clone();
        move |row: &RowId| {
            let number = rows()
                .iter()
                .position(|id| id == row)
                .map_or(0, |index| index + 1);
            format(
                session.ui(),
                Msg::RowTitle,
                &[("label", &row_label()), ("number", &number.to_string())],
            )
        }
    };

    // The row waiting for the user to confirm its removal.
    let pending = RwSignal::new(None::<RowId>);
    let dialog = NodeRef::<Dialog>::new();
    let pending_title = {
        let row_title = row_title.clone();
        move || pending.get().map(|row| row_title(&row)).unwrap_or_default()
    };
    let confirm_remove = {
        let instance = instance.clone();
        move |_| {
            if let Some(row) = pending.get_untracked() {
                // Refused only for a row already gone (a second click): nothing to do then.
                let _ = session.remove_row(&instance, &row);
            }
            pending.set(None);
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
        }
    };
    let cancel = move |_| {
        pending.set(None);
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };

    let add = {
        let instance = instance.clone();
        move |_| {
            if let Ok(row) = session.add_row(&instance) {
                let mut rows = instance.rows.clone();
                rows.push(row);
                let id = format!(
                    "{}-row-{}",
                    dom_id(&session.form(), &instance),
                    rows.last().map(RowId::as_str).unwrap_or_default()
                );
                request_animation_frame(move || web::focus(&id));
            }
        }
    };

    let repeat_id = context.id.clone();
    let each_row = {
        let repeat_id = repeat_id.clone();
        let instance = instance.clone();
        let row_title = row_title.clone();
        move |row: RowId| {
            let mut row_path = instance.rows.clone();
            row_path.push(row.clone());
            let fields = field_list(session, &children, &row_path);
            let title = {
                let row_title = row_title.clone();
                let row = row.clone();
                move || row_title(&row)
            };
            let remove_label = {
                let title = title.clone();
                move || format(session.ui(), Msg::RemoveRow, &[("label", &title())])
            };
            let ask_remove = move |_| {
                pending.set(Some(row.clone()));
                if let Some(dialog) = dialog.get_untracked() {
                    // Fails only if the dialog is already open.
                    let _ = dialog.show_modal();
                }
            };
            let row_id = format!(
                "{repeat_id}-row-{}",
                row_path.last().map(RowId::as_str).unwrap_or_default()
            );
            view! {
                <li>
                    <fieldset class="row" id=row_id tabindex="-1">
                        <legend>{title}</legend>
                        {fields}
                        <div class="row-actions">
                            <button type="button" class="button button-warning" on:click=ask_remove>
                                {remove_label}
                            </button>
                        </div>
                    </fieldset>
                </li>
            }
        }
    };

    let limits = {
        let count = count.clone();
        let at_most = at_most.clone();
        move || {
            let ui = session.ui();
            if at_most() {
                let max = max_rows.unwrap_or_default().to_string();
                Some(format(ui, Msg::MaxRowsReached, &[("max", &max)]))
            } else {
                min_rows.filter(|min| count() < *min as usize).map(|min| {
                    format(
                        ui,
                        Msg::MinRowsNeeded,
                        &[("min", &min.to_string()), ("count", &count().to_string())],
                    )
                })
            }
        }
    };
    let error = {
        let context = context.clone();
        let error_id = context.error_id();
        move || {
            context.shown_errors().map(|message| view! {
            <p class="field-error" id=error_id.clone()>
                <span class="visually-hidden">{ui_text(session.ui(), Msg::ErrorPrefix)}" "</span>{message}
            </p>
        })
        }
    };
    let heading_id = format!("{repeat_id}-title");
    let add_label = {
        let row_label = row_label.clone();
        move || format(session.ui(), Msg::AddRow, &[("label", &row_label())])
    };
    view! {
        <section class="repeat" id=repeat_id aria-labelledby=heading_id.clone() tabindex="-1">
            <h3 class="repeat-title" id=heading_id.clone()>{move || session.optional_text(label_text.as_ref())}</h3>
            {hint_text.map(|hint| view! { <p class="field-hint">{move || session.text(&hint)}</p> })}
            {error}
            <Show when={
                let count = count.clone();
                move || count() == 0
            }>
                <p class="rows-message">{move || ui_text(session.ui(), Msg::NoRows)}</p>
            </Show>
            <ul class="rows">
                <For each=rows key=|row| row.clone() children=each_row />
            </ul>
            <p class="rows-message" aria-live="polite">{limits}</p>
            <button type="button" class="button button-secondary" disabled=at_most on:click=add>
                {add_label}
            </button>
            <dialog class="dialog" node_ref=dialog aria-labelledby=format!("{}-dialog-title", context.id)>
                <h2 id=format!("{}-dialog-title", context.id)>
                    {
                        let pending_title = pending_title.clone();
                        move || format(session.ui(), Msg::ConfirmRemoveTitle, &[("label", &pending_title())])
                    }
                </h2>
                <p>{move || format(session.ui(), Msg::ConfirmRemoveBody, &[("label", &pending_title())])}</p>
                <div class="button-row">
                    <button type="button" class="button button-warning" on:click=confirm_remove>
                        {move || ui_text(session.ui(), Msg::ConfirmRemove)}
                    </button>
                    <button type="button" class="button button-secondary" on:click=cancel>
                        {move || ui_text(session.ui(), Msg::Cancel)}
                    </button>
                </div>
            </dialog>
        </section>
    }
}
