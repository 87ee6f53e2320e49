import { ApiProblem, NetworkError, request } from '../lib/api.js';
import { signIn } from '../lib/auth.js';
import { h, show } from '../lib/dom.js';
import { field, formAlert, formBody, showProblem } from '../lib/forms.js';
import { navigate } from '../lib/router.js';

export const showSignIn = () => {
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true, 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title', i18n: 'signInTitle' }),
    h('p', { class: 'hint', i18n: 'signInHint' }),
    formAlert(),
    field({ name: 'username', label: 'username', required: true, autocomplete: 'username' }),
    h('div', { class: 'field', 'data-field': 'password' },
      h('label', { for: 'password' }, h('span', { i18n: 'password' }), h('span', { class: 'required', 'aria-hidden': 'true' }, ' *')),
      h('input', { id: 'password', name: 'password', type: 'password', required: true, autocomplete: 'current-password', 'aria-describedby': 'password-error' }),
      h('p', { class: 'field-error', id: 'password-error', hidden: true }),
    ),
    h('button', { type: 'submit', class: 'primary', i18n: 'signIn' }),
  );
  // "Masuk dengan SSO" only when the server has an identity provider configured (GET /auth/providers).
  request('GET', '/auth/providers')
    .then((providers) => {
      if (providers?.oidc === true && form.isConnected) {
        form.append(h('p', { class: 'sso' }, h('a', { id: 'sign-in-sso', class: 'button', href: '/auth/oidc/login', i18n: 'signInSso' })));
      }
    })
    .catch(() => undefined);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { username = '', password = '' } = formBody(form);
    try {
      await signIn(username, password);
      window.dispatchEvent(new CustomEvent('session-changed'));
      navigate('/');
    } catch (error) {
      if (error instanceof ApiProblem) showProblem(form, error.status === 401 ? { ...error, errors: [], code: 'SIGN_IN_REFUSED' } : error);
      else if (error instanceof NetworkError) showProblem(form, { code: 'NETWORK', detail: '', errors: [] });
      else throw error;
    }
  });
  show(form);
};
