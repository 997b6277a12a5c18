//! The engine benchmarks themselves (native only: criterion does not build for wasm32).

use std::hint::black_box;
use std::sync::Arc;

use caseforms::answers::{Answer, Answers};
use caseforms::check::{check_source, open_source};
use caseforms::drafts::definition_hash;
use caseforms::engine::synthetic::{
    Shape, bench_answers, bench_form, benchmark_definition, gate_id, integer_id,
};
use caseforms::engine::{Environment, Form, FormState, Instance};
use caseforms::value::{Date, DateTime, Time};
use criterion::{Criterion, criterion_group};

const FIELDS: usize = 1_000;

fn environment() -> Environment {
    let today = Date::from_ymd(2024, 6, 15).unwrap_or_else(|| unreachable!());
    let now = DateTime::new(
        today,
        Time::from_hms(10, 30, 0).unwrap_or_else(|| unreachable!()),
    );
    Environment { today, now }
}

fn form() -> Arc<Form> {
    let definition =
        bench_form(FIELDS).unwrap_or_else(|error| panic!("the generated form: {error}"));
    let (form, problems) = Form::compile(definition);
    assert!(problems.is_empty(), "{problems:#?}");
    Arc::new(form)
}

fn top(form: &Form, id: &str) -> Instance {
    Instance::top(
        form.key_of(None, id)
            .unwrap_or_else(|| panic!("no field {id}")),
    )
}

fn benches(c: &mut Criterion) {
    let form = form();
    let answers = bench_answers(FIELDS);
    let env = environment();

    // What the app does first with a downloaded definition: read it, check every rule of it
    // and compile it (`open_source`); the whole checker with positions (`check_source`) runs
    // only for a broken definition, and in `caseforms check`.
    let source = benchmark_definition(Shape::with_fields(FIELDS)).to_string();
    c.bench_function("open 1000 fields (open_source)", |b| {
        b.iter(|| open_source(black_box(&source)))
    });
    c.bench_function("check 1000 fields (check_source)", |b| {
        b.iter(|| check_source(black_box(&source)))
    });

    c.bench_function("compile 1000 fields", |b| {
        b.iter(|| {
            Form::compile(black_box(
                bench_form(FIELDS).unwrap_or_else(|_| unreachable!()),
            ))
        })
    });

    // What a new draft records of the definition it is filled against.
    let definition = form.definition().clone();
    c.bench_function("hash 1000 fields (definition_hash)", |b| {
        b.iter(|| definition_hash(black_box(&definition)))
    });

    c.bench_function("resume 1000 fields (full evaluation)", |b| {
        b.iter(|| FormState::resume(Arc::clone(&form), black_box(answers.clone()), env))
    });

    let (state, _) = FormState::resume(Arc::clone(&form), answers.clone(), env);
    let integer = top(&form, &integer_id(20, 3));
    let mut flip = false;
    let mut integer_state = state.clone();
    c.bench_function("change an integer feeding a total", |b| {
        b.iter(|| {
            flip = !flip;
            let answer = Answer::from(if flip { "17" } else { "18" });
            black_box(integer_state.set_answer(&integer, Some(answer)))
        })
    });

    // Gate 20 starts closed, so every other change opens or closes its 24 fields.
    let mut closed = answers.clone();
    closed.insert(gate_id(20), Answer::from("no"));
    let (mut gate_state, _) = FormState::resume(Arc::clone(&form), closed, env);
    let gate = top(&form, &gate_id(20));
    let mut open = false;
    c.bench_function("open or close a section's gate", |b| {
        b.iter(|| {
            open = !open;
            let answer = Answer::from(if open { "yes" } else { "no" });
            black_box(gate_state.set_answer(&gate, Some(answer)))
        })
    });

    let (mut empty, _) = FormState::resume(Arc::clone(&form), Answers::new(), env);
    let first_text = top(&form, "s0_text_0");
    let mut n = 0u32;
    c.bench_function("type into a hidden text field", |b| {
        b.iter(|| {
            n = n.wrapping_add(1);
            black_box(empty.set_answer(&first_text, Some(Answer::Text(n.to_string()))))
        })
    });
}

criterion_group!(engine, benches);
