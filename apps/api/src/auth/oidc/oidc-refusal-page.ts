import { languageOfAcceptLanguage, renderMessage, type Language, type Message } from '@binaan/messages';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { localizeProblem } from '../../http/localize-problem';
import type { Problem } from '../../http/problem';

const heading: Message = { en: 'Sign-in with SSO did not succeed', id: 'Masuk dengan SSO tidak berhasil' };
const back: Message = { en: 'Back to the sign-in page', id: 'Kembali ke halaman masuk' };

const escaped = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/** A browser's navigation (it asks for HTML first) gets a page; a script gets the problem as JSON. */
export const wantsPage = (request: HttpRequest): boolean => /\btext\/html\b/.test(request.headers.accept ?? '');

const pageOf = (problem: Problem, language: Language, signInAgain: string): string => {
  const issues = (problem.errors ?? []).map((issue) => `<li><code>${escaped(issue.path)}</code> ${escaped(issue.rule)}</li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escaped(renderMessage(heading, language))}</title><link rel="stylesheet" href="/app/app.css"></head>`,
    '<body><main><section class="card narrow" role="alert">',
    `<h1>${escaped(renderMessage(heading, language))}</h1>`,
    `<p>${escaped(problem.detail)}</p>`,
    issues === '' ? '' : `<ul>${issues}</ul>`,
    `<p class="hint"><code>${escaped(problem.code)}</code></p>`,
    `<p><a class="button primary" href="${escaped(signInAgain)}">${escaped(renderMessage(back, language))}</a></p>`,
    '</section></main></body></html>',
  ].join('');
};

/**
 * The refusal of an OpenID Connect sign-in as a page in the browser's language, with the same status and
 * the same problem text (the claim and its rule named) as the JSON a script gets.
 */
export const sendRefusalPage = (request: HttpRequest, response: HttpResponse, problem: Problem, signInAgain: string): void => {
  const language = languageOfAcceptLanguage(request.headers['accept-language']);
  response.setHeader('Content-Language', language);
  response.setHeader('Cache-Control', 'no-store');
  response.vary('Accept-Language');
  response.vary('Accept');
  response.status(problem.status).type('text/html; charset=utf-8').send(pageOf(localizeProblem(problem, language), language, signInAgain));
};
