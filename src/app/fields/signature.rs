//! A signature: drawn on a canvas with a finger, stylus or mouse (stored as a PNG data URL), or,
//! for keyboard and screen-reader users, typed as a full name.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::answers::Answer;
use crate::i18n::{Msg, text as ui_text};

use super::FieldContext;

/// The 2D context of the pad, if the browser gives one.
fn pen(canvas: &web_sys::HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
}

/// Where a pointer is, in the canvas's own pixels (the canvas is scaled by CSS).
fn point(canvas: &web_sys::HtmlCanvasElement, event: &web_sys::PointerEvent) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let scale_x = f64::from(canvas.width()) / rect.width().max(1.0);
    let scale_y = f64::from(canvas.height()) / rect.height().max(1.0);
    (
        (f64::from(event.client_x()) - rect.left()) * scale_x,
        (f64::from(event.client_y()) - rect.top()) * scale_y,
    )
}

/// The pad, its clear button and the typed-name alternative.
pub fn signature(context: &FieldContext) -> AnyView {
    let session = context.session;
    let canvas_ref = NodeRef::<Canvas>::new();
    let drawing = RwSignal::new(false);
    let drawn = {
        let context = context.clone();
        move || matches!(context.answer(), Some(Answer::Text(text)) if text.starts_with("data:image/"))
    };
    let on_down = move |event: web_sys::PointerEvent| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let Some(pen) = pen(&canvas) else { return };
        let (x, y) = point(&canvas, &event);
        pen.set_line_width(3.0);
        pen.set_line_cap("round");
        pen.begin_path();
        pen.move_to(x, y);
        drawing.set(true);
    };
    let on_move = move |event: web_sys::PointerEvent| {
        if !drawing.get_untracked() {
            return;
        }
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let Some(pen) = pen(&canvas) else { return };
        let (x, y) = point(&canvas, &event);
        pen.line_to(x, y);
        pen.stroke();
    };
    let on_up = {
        let context = context.clone();
        move |_: web_sys::PointerEvent| {
            if !drawing.get_untracked() {
                return;
            }
            drawing.set(false);
            let Some(canvas) = canvas_ref.get_untracked() else {
                return;
            };
            if let Ok(url) = canvas.to_data_url() {
                context.set(Some(Answer::Text(url)));
                context.touch();
            }
        }
    };
    let clear = {
        let context = context.clone();
        move |_| {
            if let Some(canvas) = canvas_ref.get_untracked()
                && let Some(pen) = pen(&canvas)
            {
                pen.clear_rect(
                    0.0,
                    0.0,
                    f64::from(canvas.width()),
                    f64::from(canvas.height()),
                );
            }
            context.set(None);
        }
    };
    let typed_id = format!("{}-typed", context.id);
    let typed = {
        let context = context.clone();
        move || {
            let text = context.answer_text();
            if text.starts_with("data:") {
                String::new()
            } else {
                text
            }
        }
    };
    let on_typed = {
        let context = context.clone();
        move |event: leptos::ev::Event| context.set_text(event_target_value(&event))
    };
    view! {
        <p class="field-hint">{move || ui_text(session.ui(), Msg::SignatureHint)}</p>
        <canvas
            class="signature-pad"
            node_ref=canvas_ref
            width="600"
            height="200"
            role="img"
            aria-label=move || ui_text(session.ui(), Msg::SignaturePad)
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up.clone()
            on:pointerleave=on_up
        ></canvas>
        <p role="status">{move || drawn().then(|| ui_text(session.ui(), Msg::SignatureSaved))}</p>
        <div class="button-row">
            <button type="button" class="button button-secondary signature-clear" on:click=clear>
                {move || ui_text(session.ui(), Msg::SignatureClear)}
            </button>
        </div>
        <div class="signature-typed">
            <label for=typed_id.clone()>{move || ui_text(session.ui(), Msg::SignatureTyped)}</label>
            <input
                class="input"
                type="text"
                id=typed_id
                autocomplete="name"
                prop:value=typed
                aria-invalid=context.aria_invalid()
                on:input=on_typed
                on:blur=context.on_leave()
            />
        </div>
    }
    .into_any()
}
