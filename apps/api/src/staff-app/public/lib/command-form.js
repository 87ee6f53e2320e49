// A form that sends one command: a fresh Idempotency-Key per attempt, the problem shown next to the
// fields on failure (values kept), `onAccepted` with the reply on success.
import { sendCommand } from './api.js';
import { h } from './dom.js';
import { bindConditions, clearProblems, formAlert, formBody, showProblem } from './forms.js';
import { newUuid } from './ids.js';
import { problemOrThrow } from './problems.js';
import { sessionEnded, signInAgain } from './reauth.js';

export const commandForm = ({ titleKey, titleParams, hintKey, fields, submitKey, path, shape = (body) => body, onAccepted, onNetworkFailure }) => {
  const titleId = `form-title-${Math.random().toString(36).slice(2)}`;
  const submit = h('button', { type: 'submit', class: 'primary', i18n: submitKey });
  const form = h(
    'form',
    { class: 'card command', novalidate: true, 'aria-labelledby': titleId },
    h('h1', { id: titleId, i18n: titleKey, i18nParams: titleParams }),
    hintKey === undefined ? null : h('p', { class: 'hint', i18n: hintKey }),
    formAlert(),
    ...fields,
    h('div', { class: 'form-actions' }, submit),
  );
  bindConditions(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems(form);
    const body = shape(formBody(form));
    const idempotencyKey = newUuid();
    submit.disabled = true;
    if (!navigator.onLine && onNetworkFailure !== undefined) {
      await onNetworkFailure({ path, body, idempotencyKey });
      submit.disabled = false;
      return;
    }
    try {
      let reply;
      try {
        reply = await sendCommand(path, body, idempotencyKey);
      } catch (error) {
        // Signed out under her: sign in again over the form, then send the same command (same key) again.
        if (!sessionEnded(error) || !(await signInAgain())) throw error;
        reply = await sendCommand(path, body, idempotencyKey);
      }
      await onAccepted(reply, body);
    } catch (error) {
      const problem = problemOrThrow(error);
      if (problem.code === 'NETWORK' && onNetworkFailure !== undefined) await onNetworkFailure({ path, body, idempotencyKey });
      else showProblem(form, problem);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
};
