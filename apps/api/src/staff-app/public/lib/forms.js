// Accessible forms from a short description of each field, and the API's problem details shown next
// to the field they name. A failed send never clears what was typed: only a success leaves the form.
import { h } from './dom.js';
import { translate } from './i18n.js';

let counter = 0;
const nextId = (name) => `f-${name.replace(/[^a-zA-Z0-9]/g, '-')}-${++counter}`;

const describedBy = (...ids) => ids.filter(Boolean).join(' ') || undefined;

/**
 * One field. kind: text | tel | date | month | textarea | select | radio | checkboxes | boolean.
 * `name` is the body path it fills (e.g. personalData.fullName); `label` and `hint` are message keys;
 * `options` are values whose labels are the messages `${optionsKey}.${value}`, or { value, text } with
 * the text as it is (names from the catalogue).
 */
export const field = ({ name, label, hint, kind = 'text', required = false, options = [], optionsKey, value, autocomplete, inputmode, maxlength, showWhen, labelParams }) => {
  const id = nextId(name);
  const errorId = `${id}-error`;
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const hintNode = hint === undefined ? null : h('p', { class: 'field-hint', id: hintId, i18n: hint });
  const errorNode = h('p', { class: 'field-error', id: errorId, hidden: true });
  const container = h('div', { class: 'field', 'data-field': name });
  if (showWhen !== undefined) container.dataset.showWhen = JSON.stringify(showWhen);
  const optionLabel = (option) => `${optionsKey}.${option}`;
  if (kind === 'radio' || kind === 'checkboxes' || kind === 'boolean') {
    const choices = kind === 'boolean' ? ['true', 'false'] : options;
    const type = kind === 'checkboxes' ? 'checkbox' : 'radio';
    const fieldset = h(
      'fieldset',
      { class: `choices${choices.length <= 3 ? ' inline' : ''}`, 'aria-describedby': describedBy(hintId, errorId) },
      h('legend', {}, h('span', { i18n: label, i18nParams: labelParams }), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
      ...choices.map((option) => {
        const optionId = `${id}-${option}`;
        return h(
          'div',
          { class: 'choice' },
          h('input', {
            type,
            id: optionId,
            name,
            value: option,
            checked: value === option || (Array.isArray(value) && value.includes(option)),
            'data-kind': kind === 'checkboxes' ? 'array' : kind === 'boolean' ? 'boolean' : undefined,
            required: required && type === 'radio' ? true : undefined,
          }),
          h('label', { for: optionId, i18n: kind === 'boolean' ? `yesNo.${option}` : optionLabel(option) }),
        );
      }),
    );
    container.append(fieldset, hintNode ?? '', errorNode);
    return container;
  }
  const common = {
    id,
    name,
    required: required || undefined,
    'aria-describedby': describedBy(hintId, errorId),
    autocomplete: autocomplete ?? 'off',
    inputmode,
    maxlength,
  };
  const control =
    kind === 'textarea'
      ? h('textarea', { ...common, rows: 3 }, value ?? '')
      : kind === 'select'
        ? h(
            'select',
            common,
            h('option', { value: '', i18n: 'choose' }),
            ...options.map((option) =>
              typeof option === 'string'
                ? h('option', { value: option, selected: value === option, i18n: optionLabel(option) })
                : h('option', { value: option.value, selected: value === option.value }, option.text),
            ),
          )
        : h('input', { ...common, type: kind, value: value ?? undefined });
  container.append(
    h('label', { for: id }, h('span', { i18n: label, i18nParams: labelParams }), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hintNode ?? '',
    control,
    errorNode,
  );
  return container;
};

const setPath = (target, path, value) => {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = node[part] ??= {};
  node[parts.at(-1)] = value;
};

const isShown = (element, form) => {
  for (let node = element; node !== null && node !== form; node = node.parentElement) if (node.hidden) return false;
  return true;
};

/** The body a form describes: dotted names nest, empty fields are left out, hidden fields do not count. */
export const formBody = (form) => {
  const body = {};
  const arrays = new Map();
  for (const element of form.elements) {
    if (element.name === '' || element.disabled || !isShown(element, form)) continue;
    if (element.dataset.kind === 'array') {
      if (!arrays.has(element.name)) arrays.set(element.name, []);
      if (element.checked) arrays.get(element.name).push(element.value);
      continue;
    }
    if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) continue;
    const text = element.value.trim() === '' ? undefined : element.value;
    if (text === undefined) continue;
    setPath(body, element.name, element.dataset.kind === 'boolean' ? text === 'true' : text);
  }
  for (const [name, values] of arrays) setPath(body, name, values);
  return body;
};

/** Shows or hides the fields that depend on another's value: data-show-when='{"outcome":["reached"]}'. */
export const bindConditions = (form) => {
  const update = () => {
    for (const container of form.querySelectorAll('[data-show-when]')) {
      const rule = JSON.parse(container.dataset.showWhen);
      container.hidden = !Object.entries(rule).every(([name, allowed]) => {
        const checked = form.querySelector(`[name="${name}"]:checked`);
        const value = checked?.value ?? form.querySelector(`select[name="${name}"], input[name="${name}"]:not([type=radio])`)?.value ?? '';
        return allowed.includes(value);
      });
    }
  };
  form.addEventListener('change', update);
  update();
};

/** The field a problem's path names, or the nearest enclosing one (employment.status → employment). */
const containerFor = (form, path) => {
  const cleaned = path.replace(/\[\d+\]/g, '');
  for (let candidate = cleaned; candidate !== ''; candidate = candidate.split('.').slice(0, -1).join('.')) {
    const exact = form.querySelector(`[data-field="${CSS.escape(candidate)}"]`);
    if (exact !== null && isShown(exact, form)) return exact;
    const inside = form.querySelector(`[data-field^="${CSS.escape(candidate)}."]`);
    if (inside !== null && isShown(inside, form)) return inside;
  }
  return null;
};

export const clearProblems = (form) => {
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
  const summary = form.querySelector('.form-alert');
  if (summary !== null) {
    summary.hidden = true;
    summary.replaceChildren();
  }
};

const problemText = (code, fallback) => {
  const key = `problem.${code}`;
  const text = translate(key);
  return text === key ? fallback : text;
};

/**
 * Puts each issue of a problem next to its field (aria-invalid, the rule in words) and a summary at the
 * top of the form that links to them. Values stay as typed.
 */
export const showProblem = (form, problem) => {
  clearProblems(form);
  const summary = form.querySelector('.form-alert');
  const items = [];
  const issues = problem.errors.length > 0 ? problem.errors : problem.field !== undefined ? [{ path: problem.field, rule: problemText(problem.code, problem.detail) }] : [];
  for (const issue of issues) {
    const container = containerFor(form, issue.path);
    if (container === null) {
      items.push(h('li', {}, `${issue.path}: ${issue.rule}`));
      continue;
    }
    const error = container.querySelector('.field-error');
    error.textContent = `${error.textContent === '' ? '' : `${error.textContent} · `}${issue.rule}`;
    error.hidden = false;
    for (const control of container.querySelectorAll('input, select, textarea')) control.setAttribute('aria-invalid', 'true');
    const label = container.querySelector('label span, legend span')?.textContent ?? issue.path;
    const target = container.querySelector('input, select, textarea');
    items.push(h('li', {}, h('a', { href: `#${target.id}`, onclick: (event) => { event.preventDefault(); target.focus(); } }, `${label}: ${issue.rule}`)));
  }
  if (summary !== null) {
    const heading = issues.length > 0 ? translate('formHasErrors') : problemText(problem.code, problem.detail);
    summary.replaceChildren(h('p', {}, heading), items.length > 0 ? h('ul', {}, ...items) : '');
    summary.hidden = false;
    summary.focus();
  }
};

/** The alert region every form starts with. */
export const formAlert = () => h('div', { class: 'form-alert', role: 'alert', tabindex: '-1', hidden: true });
