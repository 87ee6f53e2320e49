// A small element builder: h('p', { class: 'hint', i18n: 'key' }, ...children). Text set through
// `i18n` follows the language switch without re-rendering (typed values are never lost).
import { formatDate } from './dates.js';
import { currentLanguage, translate } from './i18n.js';

export const h = (tag, attributes = {}, ...children) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'i18n') {
      element.dataset.i18n = value;
      element.textContent = translate(value, attributes.i18nParams);
    } else if (name === 'i18nParams') {
      element.dataset.i18nParams = JSON.stringify(value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  if (attributes.i18nParams !== undefined && attributes.i18n !== undefined) element.textContent = translate(attributes.i18n, attributes.i18nParams);
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
};

/** Translated text as a span, for a sentence built from several parts. */
export const t = (key, params) => h('span', { i18n: key, i18nParams: params });

let flash;

/** A short message for the next screen shown (e.g. "Tersimpan" after a form took the user back). */
export const setFlash = (key, params) => {
  flash = { key, params };
};

/** Replaces the main view and moves focus to its heading, so a screen reader hears where it is. */
export const show = (...children) => {
  const view = document.getElementById('view');
  const message = flash === undefined ? null : h('p', { class: 'flash', role: 'status', i18n: flash.key, i18nParams: flash.params });
  flash = undefined;
  view.replaceChildren(...(message === null ? children : [children[0], message, ...children.slice(1)]));
  const heading = view.querySelector('h1, h2');
  if (heading !== null) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
};

export const link = (href, key, params, attributes = {}) => h('a', { href, i18n: key, i18nParams: params, ...attributes });

/** A date in words, re-worded by the language switch. */
export const date = (isoDate) =>
  isoDate === null || isoDate === undefined ? h('span', { i18n: 'noDate' }) : h('time', { datetime: isoDate, 'data-date': isoDate }, formatDate(isoDate, currentLanguage()));
