// When a session ends in the middle of a form (timed out, signed out elsewhere), the person signs in
// again in a dialog over the form; the form stays as typed underneath and is sent once she is back.
import { ApiProblem } from './api.js';
import { signIn } from './auth.js';
import { h } from './dom.js';
import { field, formAlert, formBody, showProblem } from './forms.js';
import { applyLanguage } from './i18n.js';
import { currentSession } from './session.js';

export const sessionEnded = (error) => error instanceof ApiProblem && error.status === 401;

/** Resolves true once signed in again as the same person, false when she cancels. */
export const signInAgain = () =>
  new Promise((resolve) => {
    const username = currentSession()?.account?.id;
    const form = h(
      'form',
      { method: 'dialog', novalidate: true },
      h('h2', { id: 'reauth-title', i18n: 'reauthTitle' }),
      h('p', { class: 'hint', i18n: 'reauthHint' }),
      formAlert(),
      field({ name: 'username', label: 'username', required: true, autocomplete: 'username', value: username }),
      h('div', { class: 'field', 'data-field': 'password' },
        h('label', { for: 'reauth-password' }, h('span', { i18n: 'password' })),
        h('input', { id: 'reauth-password', name: 'password', type: 'password', required: true, autocomplete: 'current-password' }),
      ),
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'primary', i18n: 'signIn' }), ' ',
        h('button', { type: 'button', class: 'button', i18n: 'cancel', onclick: () => { dialog.close(); dialog.remove(); resolve(false); } }),
      ),
    );
    const dialog = h('dialog', { class: 'reauth', 'aria-labelledby': 'reauth-title' }, form);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const { username: name = '', password = '' } = formBody(form);
      try {
        const again = await signIn(name, password);
        dialog.close();
        dialog.remove();
        // Someone else signing in over another person's form does not send it in their name.
        resolve(username === undefined || again.account.id === username);
      } catch (error) {
        if (!(error instanceof ApiProblem)) throw error;
        showProblem(form, error.status === 401 ? { code: 'SIGN_IN_REFUSED', detail: '', errors: [] } : error);
      }
    });
    document.body.append(dialog);
    applyLanguage(dialog);
    dialog.showModal();
    if (username !== undefined) form.querySelector('[name="password"]').focus();
  });
