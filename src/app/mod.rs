//! The Leptos app: the list of bundled forms, and one form (`?form=<url>`) filled in against the
//! engine. Every answer goes through [`FormState::set_answer`]; the view re-reads the field
//! states after each change (a version signal is bumped on every edit).

pub mod drafts;
mod web;

use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::Answer;
use crate::check::{Severity, check_source};
use crate::definition::{FieldType, FormDefinition, Text};
use crate::engine::{Environment, FieldKey, Form, FormState, Instance, Invalid};
use crate::i18n::UiLanguage;
use crate::i18n::{MessageContext, invalid_message};
use crate::value::{Date, DateTime, Time};

const LANGUAGE: &str = "en";

/// The application: the home screen, or the form named by `?form=`.
#[component]
pub fn App() -> impl IntoView {
    let form_url = web::query_params()
        .into_iter()
        .find(|(key, _)| key == "form")
        .map(|(_, value)| value);
    view! {
        <main>
            {match form_url {
                Some(url) => view! { <FormPage url=url /> }.into_any(),
                None => view! { <Home /> }.into_any(),
            }}
        </main>
    }
}

/// One entry of `forms/index.json`.
#[derive(Clone, serde::Deserialize)]
struct IndexEntry {
    file: String,
    title: Text,
}

#[component]
fn Home() -> impl IntoView {
    let index = LocalResource::new(|| async {
        let text = web::fetch_text("forms/index.json")
            .await
            .map_err(|error| error.to_string())?;
        serde_json::from_str::<Vec<IndexEntry>>(&text).map_err(|error| error.to_string())
    });
    view! {
        <h1>"caseforms"</h1>
        <p>"Choose a form to fill in."</p>
        <Suspense fallback=|| view! { <p>"Loading the forms…"</p> }>
            {move || {
                index.get().map(|result| match result {
                    Ok(entries) => view! {
                        <ul class="form-list">
                            {entries
                                .into_iter()
                                .map(|entry| {
                                    let href = format!("?form=forms/{}", entry.file);
                                    let title = entry.title.get(LANGUAGE, LANGUAGE).to_string();
                                    view! { <li><a href=href>{title}</a></li> }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! {
                        <p class="error" role="alert">{format!("The list of forms could not be loaded: {error}")}</p>
                    }
                    .into_any(),
                })
            }}
        </Suspense>
    }
}

/// What loading a form gave.
#[derive(Clone)]
enum Loaded {
    Failed(String),
    Problems(Vec<String>),
    Ready(Arc<Form>),
}

async fn load(url: String) -> Loaded {
    let source = match web::fetch_text(&url).await {
        Ok(source) => source,
        Err(error) => {
            return Loaded::Failed(format!("The form {url} could not be downloaded: {error}."));
        }
    };
    let checked = check_source(&source);
    let describe = |problems: &[crate::check::Problem]| -> Vec<String> {
        problems
            .iter()
            .filter(|problem| problem.severity == Severity::Error)
            .map(|problem| {
                let place = problem
                    .location
                    .as_ref()
                    .map(|location| format!("{url}:{}:{}", location.line, location.column))
                    .unwrap_or_else(|| url.clone());
                let suggestion = problem
                    .suggestion
                    .as_ref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default();
                format!("{place}: {}: {}{suggestion}", problem.path, problem.message)
            })
            .collect()
    };
    let errors = describe(&checked.problems);
    let definition: Option<FormDefinition> = checked.definition;
    match definition {
        Some(definition) if errors.is_empty() => {
            let (form, problems) = Form::compile(definition);
            let errors = describe(&problems);
            if errors.is_empty() {
                Loaded::Ready(Arc::new(form))
            } else {
                Loaded::Problems(errors)
            }
        }
        _ if errors.is_empty() => {
            Loaded::Problems(vec![format!("{url}: the definition could not be read")])
        }
        _ => Loaded::Problems(errors),
    }
}

#[component]
fn FormPage(url: String) -> impl IntoView {
    let loaded = LocalResource::new(move || load(url.clone()));
    view! {
        <p><a href="./">"All forms"</a></p>
        <Suspense fallback=|| view! { <p>"Loading the form…"</p> }>
            {move || {
                loaded.get().map(|loaded| match loaded {
                    Loaded::Failed(message) => view! {
                        <h1>"The form could not be opened"</h1>
                        <p class="status status-error" role="alert">{message}</p>
                    }
                    .into_any(),
                    Loaded::Problems(problems) => view! {
                        <h1>"This form has problems"</h1>
                        <ul class="problem-list">
                            {problems.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Loaded::Ready(form) => match environment() {
                        Some(environment) => view! { <FormView form=form environment=environment /> }.into_any(),
                        None => view! {
                            <h1>"The form could not be opened"</h1>
                            <p class="status status-error" role="alert">"The device's clock gives an impossible date."</p>
                        }
                        .into_any(),
                    },
                })
            }}
        </Suspense>
    }
}

/// Today and now from the device clock (`None` only if the clock gives an impossible date).
fn environment() -> Option<Environment> {
    let now = js_sys::Date::new_0();
    let today = Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )?;
    let time = Time::from_hms(now.get_hours(), now.get_minutes(), now.get_seconds())?;
    Some(Environment {
        today,
        now: DateTime::new(today, time),
    })
}

/// Everything a field's view needs: the state and its version.
#[derive(Clone, Copy)]
struct Ctx {
    state: StoredValue<FormState, LocalStorage>,
    version: RwSignal<u64>,
}

impl Ctx {
    fn set(self, key: FieldKey, answer: Option<Answer>) {
        let result = self
            .state
            .try_update_value(|state| state.set_answer(&Instance::top(key), answer).is_ok());
        if result == Some(true) {
            self.version.update(|v| *v += 1);
        }
    }

    fn field_state(self, key: FieldKey) -> Option<crate::engine::FieldState> {
        self.version.track();
        self.state
            .with_value(|state| state.field_state(&Instance::top(key)).cloned())
    }

    fn answer(self, key: FieldKey) -> Option<Answer> {
        self.version.track();
        self.state
            .with_value(|state| state.answer(&Instance::top(key)).cloned())
    }

    fn message(self, invalid: &Invalid) -> String {
        let value = |value: &crate::value::Value| value.to_string();
        let label = |id: &str| id.to_string();
        let context = MessageContext {
            ui: UiLanguage::En,
            language: LANGUAGE,
            fallback: LANGUAGE,
            value: &value,
            label: &label,
        };
        invalid_message(&context, invalid)
    }
}

fn text_of(text: &Option<Text>) -> Option<String> {
    text.as_ref()
        .map(|text| text.get(LANGUAGE, LANGUAGE).to_string())
        .filter(|text| !text.is_empty())
}

#[component]
fn FormView(form: Arc<Form>, environment: Environment) -> impl IntoView {
    let title = form.definition().title.get(LANGUAGE, LANGUAGE).to_string();
    let state = FormState::new_draft(Arc::clone(&form), environment);
    let ctx = Ctx {
        state: StoredValue::new_local(state),
        version: RwSignal::new(0),
    };
    // None: not submitted yet; Some(problems): submitted with these (label, message, id).
    let submitted = RwSignal::new(None::<Vec<(String, String, String)>>);

    let sections = (0..form.section_count())
        .map(|section| {
            let section_title = form
                .definition()
                .sections
                .get(section)
                .map(|s| s.title.get(LANGUAGE, LANGUAGE).to_string());
            let fields = form
                .section_fields(section)
                .iter()
                .map(|key| field_view(&form, *key, ctx))
                .collect_view();
            let relevant = move || {
                ctx.version.track();
                ctx.state
                    .with_value(|state| state.section_relevant(section))
            };
            view! {
                <section class="form-section" hidden=move || !relevant()>
                    <h2>{section_title}</h2>
                    {fields}
                </section>
            }
        })
        .collect_view();

    let form_for_submit = Arc::clone(&form);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let problems = ctx.state.with_value(|state| {
            state
                .problems()
                .into_iter()
                .map(|(instance, invalid)| {
                    let field = form_for_submit.field(instance.field);
                    let label =
                        text_of(&field.definition.label).unwrap_or_else(|| field.id().to_string());
                    (label, ctx.message(&invalid), field.id().to_string())
                })
                .collect::<Vec<_>>()
        });
        submitted.set(Some(problems));
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };

    let summary = move || {
        match submitted.get() {
        Some(problems) if !problems.is_empty() => Some(
            view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2>"There is a problem"</h2>
                    <ul>
                        {problems
                            .into_iter()
                            .map(|(label, message, id)| {
                                view! { <li><a href=format!("#{id}")>{format!("{label}: {message}")}</a></li> }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        ),
        Some(_) => {
            let record = ctx.state.with_value(|state| serde_json::to_string_pretty(&state.record()).unwrap_or_default());
            Some(
                view! {
                    <div class="record-banner" role="status">
                        <h2>"Form completed"</h2>
                        <pre class="record-json">{record}</pre>
                    </div>
                }
                .into_any(),
            )
        }
        None => None,
    }
    };

    view! {
        <h1>{title}</h1>
        {summary}
        <form novalidate on:submit=submit>
            {sections}
            <button type="submit" class="button">"Submit"</button>
        </form>
    }
}

fn choices(form: &Form, key: FieldKey) -> Vec<(usize, String, String)> {
    let field = form.field(key);
    if field.options.is_empty() && field.field_type() == FieldType::YesNo {
        return vec![
            (0, "yes".into(), "Yes".into()),
            (1, "no".into(), "No".into()),
        ];
    }
    field
        .options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            (
                index,
                choice.id.clone(),
                choice.label.get(LANGUAGE, LANGUAGE).to_string(),
            )
        })
        .collect()
}

fn field_view(form: &Arc<Form>, key: FieldKey, ctx: Ctx) -> AnyView {
    let field = form.field(key);
    let id = field.id().to_string();
    let field_type = field.field_type();
    let label = text_of(&field.definition.label).unwrap_or_else(|| id.clone());
    let hint = text_of(&field.definition.hint);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let describedby = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        let has_hint = hint.is_some();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if ctx.field_state(key).is_some_and(|s| !s.errors.is_empty()) {
                ids.push(error_id.clone());
            }
            if ids.is_empty() {
                None
            } else {
                Some(ids.join(" "))
            }
        }
    };
    let invalid = move || {
        ctx.field_state(key)
            .is_some_and(|s| !s.errors.is_empty())
            .then_some("true")
    };
    let required = move || ctx.field_state(key).is_some_and(|s| s.required);
    let readonly = move || ctx.field_state(key).is_some_and(|s| s.readonly);
    let hint_view = hint.map(|hint| view! { <p class="field-hint" id=hint_id.clone()>{hint}</p> });
    let errors_view = {
        let error_id = error_id.clone();
        move || {
            let errors = ctx.field_state(key).map(|s| s.errors).unwrap_or_default();
            (!errors.is_empty()).then(|| {
                let text = errors
                    .iter()
                    .map(|e| ctx.message(e))
                    .collect::<Vec<_>>()
                    .join(" ");
                view! { <p class="field-error" id=error_id.clone()>{text}</p> }
            })
        }
    };
    let required_mark =
        move || required().then(|| view! { <span class="required-mark">" (required)"</span> });

    let control: AnyView = match field_type {
        FieldType::Text
        | FieldType::Integer
        | FieldType::Decimal
        | FieldType::Date
        | FieldType::Time
        | FieldType::Datetime => {
            let input_type = match field_type {
                FieldType::Date => "date",
                FieldType::Time => "time",
                FieldType::Datetime => "datetime-local",
                _ => "text",
            };
            let inputmode = match field_type {
                FieldType::Integer => Some("numeric"),
                FieldType::Decimal => Some("decimal"),
                _ => None,
            };
            let value = move || match ctx.answer(key) {
                Some(Answer::Text(text)) => text,
                Some(Answer::Number(number)) => number.to_string(),
                _ => String::new(),
            };
            view! {
                <label class="field-label" for=id.clone()>{label.clone()}{required_mark}</label>
                {hint_view}
                {errors_view}
                <input
                    class="input"
                    type=input_type
                    id=id.clone()
                    name=id.clone()
                    inputmode=inputmode
                    prop:value=value
                    readonly=readonly
                    aria-required=move || required().then_some("true")
                    aria-invalid=invalid
                    aria-describedby=describedby
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        ctx.set(key, (!text.is_empty()).then_some(Answer::Text(text)));
                    }
                />
            }
            .into_any()
        }
        FieldType::Textarea => {
            let value = move || match ctx.answer(key) {
                Some(Answer::Text(text)) => text,
                _ => String::new(),
            };
            view! {
                <label class="field-label" for=id.clone()>{label.clone()}{required_mark}</label>
                {hint_view}
                {errors_view}
                <textarea
                    class="input"
                    id=id.clone()
                    name=id.clone()
                    rows="4"
                    prop:value=value
                    readonly=readonly
                    aria-required=move || required().then_some("true")
                    aria-invalid=invalid
                    aria-describedby=describedby
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        ctx.set(key, (!text.is_empty()).then_some(Answer::Text(text)));
                    }
                ></textarea>
            }
            .into_any()
        }
        FieldType::SelectOne | FieldType::YesNo => {
            let options = choices(form, key);
            let radios = options
                .into_iter()
                .map(|(index, option_id, option_label)| {
                    let radio_id = format!("{id}-{option_id}");
                    let visible = move || {
                        field_type == FieldType::YesNo
                            || ctx.field_state(key).is_none_or(|s| s.visible_options.contains(&index))
                    };
                    let checked = {
                        let option_id = option_id.clone();
                        move || matches!(ctx.answer(key), Some(Answer::Text(t)) if t == option_id)
                    };
                    let name = id.clone();
                    view! {
                        <Show when=visible>
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=radio_id.clone()
                                    name=name.clone()
                                    value=option_id.clone()
                                    prop:checked=checked.clone()
                                    on:change={
                                        let option_id = option_id.clone();
                                        move |_| ctx.set(key, Some(Answer::Text(option_id.clone())))
                                    }
                                />
                                <label for=radio_id.clone()>{option_label.clone()}</label>
                            </div>
                        </Show>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="choices" id=id.clone() aria-invalid=invalid aria-describedby=describedby tabindex="-1">
                    <legend>{label.clone()}{required_mark}</legend>
                    {hint_view}
                    {errors_view}
                    {radios}
                </fieldset>
            }
            .into_any()
        }
        FieldType::SelectMultiple => {
            let options = choices(form, key);
            let boxes = options
                .into_iter()
                .map(|(index, option_id, option_label)| {
                    let box_id = format!("{id}-{option_id}");
                    let visible = move || ctx.field_state(key).is_none_or(|s| s.visible_options.contains(&index));
                    let checked = {
                        let option_id = option_id.clone();
                        move || matches!(ctx.answer(key), Some(Answer::Choices(c)) if c.contains(&option_id))
                    };
                    let name = id.clone();
                    view! {
                        <Show when=visible>
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    name=name.clone()
                                    value=option_id.clone()
                                    prop:checked=checked.clone()
                                    on:change={
                                        let option_id = option_id.clone();
                                        move |ev| {
                                            let on = event_target_checked(&ev);
                                            let mut chosen = match ctx.answer(key) {
                                                Some(Answer::Choices(c)) => c,
                                                _ => Vec::new(),
                                            };
                                            chosen.retain(|c| c != &option_id);
                                            if on {
                                                chosen.push(option_id.clone());
                                            }
                                            ctx.set(key, (!chosen.is_empty()).then_some(Answer::Choices(chosen)));
                                        }
                                    }
                                />
                                <label for=box_id.clone()>{option_label.clone()}</label>
                            </div>
                        </Show>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="choices" id=id.clone() aria-invalid=invalid aria-describedby=describedby tabindex="-1">
                    <legend>{label.clone()}{required_mark}</legend>
                    {hint_view}
                    {errors_view}
                    {boxes}
                </fieldset>
            }
            .into_any()
        }
        FieldType::Boolean => {
            let checked = move || matches!(ctx.answer(key), Some(Answer::Bool(true)));
            view! {
                {errors_view}
                <div class="choice">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name=id.clone()
                        prop:checked=checked
                        aria-invalid=invalid
                        aria-describedby=describedby
                        on:change=move |ev| ctx.set(key, Some(Answer::Bool(event_target_checked(&ev))))
                    />
                    <label for=id.clone()>{label.clone()}{required_mark}</label>
                </div>
                {hint_view}
            }
            .into_any()
        }
        FieldType::Note => view! { <p class="note" id=id.clone()>{label.clone()}</p> {hint_view} }.into_any(),
        FieldType::Calculated => {
            let value = move || ctx.field_state(key).map(|s| s.value.to_string()).unwrap_or_default();
            view! {
                <label class="field-label" for=id.clone()>{label.clone()}</label>
                {hint_view}
                <output id=id.clone() class="calculated">{value}</output>
            }
            .into_any()
        }
        FieldType::Group => {
            let children = field.children.iter().map(|child| field_view(form, *child, ctx)).collect_view();
            view! {
                <fieldset id=id.clone() class="group">
                    <legend>{label.clone()}</legend>
                    {hint_view}
                    {children}
                </fieldset>
            }
            .into_any()
        }
        FieldType::Repeat => view! {
            <fieldset id=id.clone() class="group">
                <legend>{label.clone()}</legend>
                <p class="note">"Repeat groups are not yet editable here."</p>
            </fieldset>
        }
        .into_any(),
        _ => view! {
            <p class="note" id=id.clone()>{format!("{label}: this kind of question is not yet editable here.")}</p>
        }
        .into_any(),
    };

    let relevant = move || ctx.field_state(key).is_none_or(|s| s.relevant);
    view! {
        <div
            class="field"
            class:field-invalid=move || ctx.field_state(key).is_some_and(|s| !s.errors.is_empty())
            hidden=move || !relevant()
        >
            {control}
        </div>
    }
    .into_any()
}
