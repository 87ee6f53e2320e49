// Bahasa Indonesia first, English on a switch. Elements carry data-i18n (and data-i18n-params), so a
// switch re-words the page in place and leaves every typed value where it is.
import { formatDate } from './dates.js';
import { messages } from './messages.js';

const storageKey = 'binaan.lang';
let language = localStorage.getItem(storageKey) === 'en' ? 'en' : 'id';

export const currentLanguage = () => language;

export const translate = (key, params) => {
  const text = messages[language][key] ?? messages.id[key] ?? key;
  return params === undefined ? text : text.replace(/\{(\w+)\}/g, (_match, name) => (params[name] === undefined ? `{${name}}` : String(params[name])));
};

export const applyLanguage = (root) => {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const params = element.dataset.i18nParams === undefined ? undefined : JSON.parse(element.dataset.i18nParams);
    element.textContent = translate(element.dataset.i18n, params);
  }
  for (const element of root.querySelectorAll('time[data-date]')) element.textContent = formatDate(element.dataset.date, language);
  for (const element of root.querySelectorAll('[data-i18n-label]')) element.setAttribute('aria-label', translate(element.dataset.i18nLabel));
};

export const setLanguage = (next) => {
  language = next === 'en' ? 'en' : 'id';
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  document.title = translate('appName');
  for (const button of document.querySelectorAll('button[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  applyLanguage(document);
  window.dispatchEvent(new CustomEvent('language-changed'));
};
