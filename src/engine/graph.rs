//! The dependency graph: which fields (and sections) must be re-evaluated when another changes.
//!
//! Nodes are the fields (`0..n`, in form order) and the sections (`n..n + s`). There are two
//! kinds of edges, both pointing from what is read to what reads it:
//!
//! - *value* edges feed a node's relevance and value: its `relevant` and `calculate`
//!   expressions, and the structural edge from its container (section, group or repeat).
//!   Other expressions see exactly these two things, so only value edges can form a cycle;
//!   a cycle is reported and broken by leaving one expression out.
//! - *state* edges feed the rest of a field's state (`required`, `readonly`, `constraint`,
//!   `choice_filter`): they read values but no expression reads their result.
//!
//! Each edge also carries how many leading row ids the reader shares with what it reads, so an
//! update re-evaluates only the instances it can affect (see `update`).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::check::Problem;

use super::expressions::{Compiled, Cond, Slot};
use super::form::{FieldInfo, SectionInfo};

/// An edge to a dependent node: `shared` is the number of leading row ids of a changed
/// instance that also select the dependent instances affected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Edge {
    pub to: usize,
    pub shared: usize,
}

/// The compiled dependency graph.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    /// The number of fields: node `n + s` is section `s`.
    pub fields: usize,
    /// Value edges, by node read.
    pub value_dependents: Vec<Vec<Edge>>,
    /// State edges, by node read.
    pub state_dependents: Vec<Vec<Edge>>,
    /// Every node in an order where what a node's value reads comes before it.
    pub order: Vec<usize>,
    /// The position of each node in `order`.
    pub position: Vec<usize>,
}

/// Why a node reads another through a value edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Via {
    Container,
    Relevant,
    Calculate,
}

/// One value input of a node.
#[derive(Debug, Clone, Copy)]
struct Input {
    from: usize,
    shared: usize,
    via: Via,
}

/// Builds the graph; cuts cycles (reporting each); computes the evaluation order.
pub(crate) fn build(
    fields: &mut [FieldInfo],
    sections: &mut [SectionInfo],
    problems: &mut Vec<Problem>,
) -> Graph {
    let n = fields.len();
    let nodes = n + sections.len();
    // Every round removes one expression, so this bound is never reached in practice.
    let mut rounds = nodes * 2 + 1;
    let (inputs, order) = loop {
        let inputs = value_inputs(fields, sections);
        let (order, leftover) = topological(&inputs, nodes);
        if leftover.is_empty() || rounds == 0 {
            break (inputs, order);
        }
        rounds -= 1;
        cut_cycle(fields, sections, &inputs, &leftover, problems);
    };
    let mut value_dependents = vec![Vec::new(); nodes];
    for (node, node_inputs) in inputs.iter().enumerate() {
        for input in node_inputs {
            add_edge(
                &mut value_dependents[input.from],
                Edge {
                    to: node,
                    shared: input.shared,
                },
            );
        }
    }
    let mut state_dependents = vec![Vec::new(); nodes];
    for field in fields.iter() {
        let logic = &field.logic;
        let conditions =
            [&logic.required, &logic.readonly]
                .into_iter()
                .filter_map(|cond| match cond {
                    Cond::When(compiled) => Some(compiled),
                    _ => None,
                });
        let others = [
            logic.constraint.as_ref().map(|(compiled, _)| compiled),
            logic.choice_filter.as_ref(),
        ];
        for compiled in conditions.chain(others.into_iter().flatten()) {
            for (from, shared) in reads(fields, compiled, &field.chain) {
                add_edge(
                    &mut state_dependents[from],
                    Edge {
                        to: field.key.index(),
                        shared,
                    },
                );
            }
        }
    }
    let mut position = vec![0; nodes];
    for (index, node) in order.iter().enumerate() {
        position[*node] = index;
    }
    Graph {
        fields: n,
        value_dependents,
        state_dependents,
        order,
        position,
    }
}

/// Adds an edge, keeping one per dependent with the smallest `shared` (the widest reach).
fn add_edge(edges: &mut Vec<Edge>, edge: Edge) {
    match edges.iter_mut().find(|existing| existing.to == edge.to) {
        Some(existing) => existing.shared = existing.shared.min(edge.shared),
        None => edges.push(edge),
    }
}

/// The fields an expression reads, with the row ids shared between reader and read.
fn reads<'a>(
    fields: &'a [FieldInfo],
    compiled: &'a Compiled,
    reader_chain: &'a [super::FieldKey],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    compiled.names.iter().filter_map(move |name| {
        let target = fields.get(name.target?.index())?;
        let common = target
            .chain
            .iter()
            .zip(reader_chain)
            .take_while(|(a, b)| a == b)
            .count();
        let shared = match name.repeat.and_then(|repeat| fields.get(repeat.index())) {
            // Inside an aggregate every row of the repeat is read.
            Some(repeat) => common.min(repeat.chain.len()),
            None => common,
        };
        Some((target.key.index(), shared))
    })
}

/// The value inputs of every node.
fn value_inputs(fields: &[FieldInfo], sections: &[SectionInfo]) -> Vec<Vec<Input>> {
    let n = fields.len();
    let mut inputs = Vec::with_capacity(n + sections.len());
    for field in fields {
        let mut node_inputs = Vec::new();
        match field.parent.and_then(|parent| fields.get(parent.index())) {
            Some(parent) => node_inputs.push(Input {
                from: parent.key.index(),
                shared: parent.chain.len(),
                via: Via::Container,
            }),
            None => node_inputs.push(Input {
                from: n + field.section,
                shared: 0,
                via: Via::Container,
            }),
        }
        let expressions = [
            (&field.logic.relevant, Via::Relevant),
            (&field.logic.calculate, Via::Calculate),
        ];
        for (compiled, via) in expressions {
            if let Some(compiled) = compiled {
                node_inputs.extend(
                    reads(fields, compiled, &field.chain).map(|(from, shared)| Input {
                        from,
                        shared,
                        via,
                    }),
                );
            }
        }
        inputs.push(node_inputs);
    }
    for section in sections {
        let node_inputs = section.logic.relevant.iter().flat_map(|compiled| {
            reads(fields, compiled, &[]).map(|(from, shared)| Input {
                from,
                shared,
                via: Via::Relevant,
            })
        });
        inputs.push(node_inputs.collect());
    }
    inputs
}

/// Kahn's algorithm, smallest node first for a stable order. Returns the order and the nodes
/// left over (those on or behind a cycle).
fn topological(inputs: &[Vec<Input>], nodes: usize) -> (Vec<usize>, Vec<usize>) {
    let mut missing: Vec<usize> = inputs.iter().map(Vec::len).collect();
    let mut dependents = vec![Vec::new(); nodes];
    for (node, node_inputs) in inputs.iter().enumerate() {
        for input in node_inputs {
            dependents[input.from].push(node);
        }
    }
    let mut ready: BinaryHeap<Reverse<usize>> = (0..nodes)
        .filter(|node| missing[*node] == 0)
        .map(Reverse)
        .collect();
    let mut order = Vec::with_capacity(nodes);
    while let Some(Reverse(node)) = ready.pop() {
        order.push(node);
        for dependent in &dependents[node] {
            missing[*dependent] -= 1;
            if missing[*dependent] == 0 {
                ready.push(Reverse(*dependent));
            }
        }
    }
    let leftover = (0..nodes).filter(|node| missing[*node] > 0).collect();
    (order, leftover)
}

/// Finds one cycle among the leftover nodes, reports it, and leaves out the expression that
/// closes it at its first field.
fn cut_cycle(
    fields: &mut [FieldInfo],
    sections: &mut [SectionInfo],
    inputs: &[Vec<Input>],
    leftover: &[usize],
    problems: &mut Vec<Problem>,
) {
    let mut is_left = vec![false; inputs.len()];
    for node in leftover {
        is_left[*node] = true;
    }
    // Every leftover node reads another leftover node, so walking reads must loop.
    let Some(&start) = leftover.first() else {
        return;
    };
    let mut walk = vec![start];
    let cycle = loop {
        let Some(&current) = walk.last() else { return };
        let Some(next) = inputs[current]
            .iter()
            .find(|input| is_left[input.from])
            .map(|input| input.from)
        else {
            return;
        };
        if let Some(at) = walk.iter().position(|node| *node == next) {
            break walk.split_off(at);
        }
        walk.push(next);
    };
    // `cycle[i]` reads `cycle[i + 1]`, and the last reads the first.
    let via = |i: usize| {
        let next = cycle[(i + 1) % cycle.len()];
        let mut found = inputs[cycle[i]]
            .iter()
            .filter(|input| input.from == next)
            .map(|input| input.via);
        let all: Vec<Via> = found.by_ref().collect();
        if all.contains(&Via::Calculate) {
            Via::Calculate
        } else if all.contains(&Via::Relevant) {
            Via::Relevant
        } else {
            Via::Container
        }
    };
    let Some(first) = (0..cycle.len())
        .filter(|i| via(*i) != Via::Container)
        .min_by_key(|i| cycle[*i])
    else {
        return;
    };
    let vias: Vec<Via> = (0..cycle.len()).map(via).collect();
    let kind = if vias.iter().all(|via| *via == Via::Calculate) {
        "calculation cycle"
    } else if vias.contains(&Via::Calculate) {
        "dependency cycle"
    } else {
        "relevance cycle"
    };
    let n = fields.len();
    let name = |node: usize| match fields.get(node) {
        Some(field) => field.id().to_owned(),
        None => sections
            .get(node - n)
            .map_or_else(String::new, |section| section.id.clone()),
    };
    let names: Vec<String> = (0..=cycle.len())
        .map(|i| name(cycle[(first + i) % cycle.len()]))
        .collect();
    let message = format!("{kind}: {}", names.join(" → "));
    let node = cycle[first];
    let slot = if vias[first] == Via::Calculate {
        Slot::Calculate
    } else {
        Slot::Relevant
    };
    let suggestion = "make one of these stop depending on the next; until then the engine ignores this expression";
    if let Some(field) = fields.get_mut(node) {
        problems.push(Problem::error(slot.path(&field.path), message).with_suggestion(suggestion));
        match slot {
            Slot::Calculate => field.logic.calculate = None,
            _ => field.logic.relevant = None,
        }
    } else if let Some(section) = sections.get_mut(node - n) {
        problems.push(
            Problem::error(section.path.key("relevant"), message).with_suggestion(suggestion),
        );
        section.logic.relevant = None;
    }
}
