// The floor: the benchmark's form built by hand with document.createElement and no engine, so
// that caseforms' figures can be read beside what the browser itself needs (see
// /work/shared/BENCHMARKING.md). It understands only the generated definition: a gate opens its
// section's fields synchronously in its change handler; an integer updates its section's total
// and nothing else runs. Same DOM shape as the app: a <section> per section, a <label for> per
// input, a <fieldset>/<legend> per choice, an <output> per calculated field.

const params = new URLSearchParams(location.search);

function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function choiceField(field, options, onChange) {
  const fieldset = element('fieldset', { class: 'field' });
  fieldset.append(element('legend', {}, field.label));
  for (const option of options) {
    const id = `${field.id}-${option.id}`;
    const radio = element('input', { type: 'radio', id, name: field.id, value: option.id });
    if (field.default === option.id) radio.checked = true;
    radio.addEventListener('change', () => onChange(option.id));
    const choice = element('div', { class: 'choice' });
    choice.append(radio, element('label', { for: id }, option.label));
    fieldset.append(choice);
  }
  return fieldset;
}

function inputField(field, onInput) {
  const div = element('div', { class: 'field' });
  const type = field.type === 'date' ? 'date' : 'text';
  const input = element('input', { id: field.id, name: field.id, type });
  input.addEventListener('input', () => onInput(input.value));
  div.append(element('label', { for: field.id }, field.label), input);
  return div;
}

function buildSection(section, lookups, countGates) {
  const node = element('section');
  node.append(element('h2', {}, section.title));
  const [gate, ...rest] = section.fields;
  const gated = rest.filter((field) => field.relevant);
  const total = rest.find((field) => field.type === 'calculated');
  const integers = new Map();
  const output = element('output', { id: total.id }, '0');
  const updateTotal = () => {
    output.textContent = String([...integers.values()].reduce((sum, n) => sum + n, 0));
  };
  const block = element('div');
  const open = () => {
    for (const field of gated) {
      if (field.type === 'select_one') {
        block.append(choiceField(field, lookups[field.options], () => {}));
      } else {
        block.append(inputField(field, (text) => {
          if (field.type !== 'integer') return;
          integers.set(field.id, Number.parseInt(text, 10) || 0);
          updateTotal();
        }));
      }
    }
  };
  const yesNo = [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }];
  node.append(choiceField(gate, yesNo, (answer) => {
    block.replaceChildren();
    integers.clear();
    if (answer === 'yes') open();
    updateTotal();
    countGates();
  }));
  if (gate.default === 'yes') open();
  const totalDiv = element('div', { class: 'field' });
  totalDiv.append(element('label', { for: total.id }, total.label), output);
  node.append(block, totalDiv);
  return node;
}

async function main() {
  const definition = await (await fetch(params.get('form'))).json();
  const main = document.querySelector('main');
  main.append(element('h1', {}, definition.title));
  const summary = element('output', { id: 'gates_open' }, '0');
  const countGates = () => {
    summary.textContent = String(document.querySelectorAll('input[value=yes]:checked').length);
  };
  for (const section of definition.sections.slice(0, -1)) {
    main.append(buildSection(section, definition.lookups, countGates));
  }
  main.append(element('label', { for: 'gates_open' }, 'Sections that apply'), summary);
  countGates();
}

main();
