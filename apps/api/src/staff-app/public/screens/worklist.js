import { get } from '../lib/api.js';
import { date, h, show, t } from '../lib/dom.js';
import { discard, flush, pending } from '../lib/outbox.js';
import { problemOrThrow } from '../lib/problems.js';

const milestones = ['M1', 'M3', 'M6', 'M12'];

/** The names the last worklist showed, kept in memory only, for the contact form's title. */
export const shownNames = new Map();

const telLink = (phone) => h('a', { href: `tel:${phone.replace(/[^0-9+]/g, '')}` }, phone);

const contactBlock = (contact) => {
  if (contact === null || contact === undefined) return h('p', { class: 'muted', i18n: 'noContactDetails' });
  const facts = [
    contact.phone === undefined ? null : [h('dt', { i18n: 'phone' }), h('dd', {}, telLink(contact.phone))],
    contact.preferredChannel === undefined ? null : [h('dt', { i18n: 'preferredChannel' }), h('dd', { i18n: `preferredChannel.${contact.preferredChannel}` })],
    contact.addressAfterRelease === undefined ? null : [h('dt', { i18n: 'addressAfterRelease' }), h('dd', {}, contact.addressAfterRelease)],
    contact.familyContact === undefined ? null : [h('dt', { i18n: 'familyContact' }), h('dd', {}, `${contact.familyContact.name} (${contact.familyContact.relationship}) `, telLink(contact.familyContact.phone))],
  ].filter((fact) => fact !== null);
  return facts.length === 0 ? h('p', { class: 'muted', i18n: 'noContactDetails' }) : h('dl', { class: 'facts compact' }, ...facts.flat());
};

const itemCard = (item) => {
  const name = item.contact?.fullName;
  if (name !== undefined) shownNames.set(item.participantId, name);
  return h(
    'li',
    { class: `work-item ${item.state}`, 'data-participant': item.participantId },
    h('div', { class: 'work-head' },
      h('h3', {}, name === undefined ? h('span', { i18n: 'participantTitle' }) : h('a', { href: `#/participants/${item.participantId}` }, name)),
      h('span', { class: `badge ${item.state}`, i18n: `followUpState.${item.state}` }),
    ),
    h('p', { class: 'muted' }, t('dueOn'), ' ', date(item.dueOn), ' · ', t('window'), ' ', date(item.windowOpensOn), ' – ', date(item.windowClosesOn), item.attempts > 0 ? h('span', {}, ' · ', t('attempts', { count: item.attempts })) : null),
    item.outsideProgrammeRegency === true && item.homeRegency !== null ? h('p', { class: 'note' }, t('outsideRegency', { regency: item.homeRegency.name ?? item.homeRegency.code })) : null,
    contactBlock(item.contact),
    h('a', { class: 'button primary', href: `#/follow-ups/${item.participantId}`, i18n: 'logContact' }),
  );
};

/** Contacts logged on this phone that wait for the network (or that the server refused). */
export const outboxSection = async () => {
  const entries = await pending();
  const section = h('section', { class: 'card outbox', 'aria-labelledby': 'outbox-title', 'data-count': entries.length });
  if (entries.length === 0) {
    section.hidden = true;
    return section;
  }
  section.append(
    h('h2', { id: 'outbox-title', i18n: 'outboxTitle' }),
    h('ul', { class: 'plain' }, ...entries.map((entry) =>
      h('li', { 'data-outbox-state': entry.state },
        h('strong', {}, entry.label ?? entry.participantId.slice(0, 8)), ' · ', date(entry.body.contactedOn), ' · ',
        entry.state === 'waiting'
          ? h('span', { class: 'badge waiting', i18n: 'waitingToSend' })
          : h('span', {}, h('span', { class: 'badge refused', i18n: 'refused' }), ' ', entry.problem.errors.map((issue) => `${issue.path}: ${issue.rule}`).join('; ') || entry.problem.detail, ' ',
              h('button', { type: 'button', class: 'link-button', i18n: 'discard', onclick: async () => discard(entry.idempotencyKey) })),
      ),
    )),
    ...(navigator.onLine ? [h('button', { type: 'button', class: 'button', i18n: 'sendNow', onclick: () => void flush() })] : []),
  );
  return section;
};

const worklistPage = (after) => get(`/follow-ups/due?contacts=true${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`);

/** What a failed load of the worklist says: offline, or the problem's code. */
const failureNote = (error) => {
  const problem = problemOrThrow(error);
  return h('p', { class: 'error', role: 'alert', i18n: problem.code === 'NETWORK' ? 'worklistOffline' : 'loadFailed', i18nParams: { code: problem.code } });
};

const loadFailure = (error, outbox) => show(h('h1', { i18n: 'homeCaseworker' }), failureNote(error), outbox);

/**
 * The case worker's home: who is due or overdue, per milestone, with how to reach her. The server
 * sends the list a page at a time, the longest overdue first; "Show more" adds the next page.
 */
export const showWorklist = async () => {
  const outbox = await outboxSection();
  let due;
  try {
    due = await worklistPage(undefined);
  } catch (error) {
    loadFailure(error, outbox);
    return;
  }
  renderWorklist(due, due.items ?? [], outbox);
};

const renderWorklist = (due, items, outbox) => {
  const order = { overdue: 0, due: 1 };
  const total = due.total.due + due.total.overdue;
  const more = async (button) => {
    button.disabled = true;
    try {
      const next = await worklistPage(due.nextAfter);
      // A day that turned between pages can move someone to another milestone: show each person once.
      const shown = new Set(items.map((item) => item.participantId));
      renderWorklist(next, [...items, ...(next.items ?? []).filter((item) => !shown.has(item.participantId))], outbox);
    } catch (error) {
      // The people already shown stay on screen; the failure is said beside the button, which can be pressed again.
      button.before(failureNote(error));
      button.disabled = false;
    }
  };
  const paging = due.nextAfter === null || due.nextAfter === undefined
    ? []
    : [
        h('p', { class: 'hint', 'data-worklist-shown': items.length }, t('worklistShown', { shown: items.length, total })),
        h('button', { type: 'button', class: 'button', i18n: 'showMore', onclick: (event) => void more(event.currentTarget) }),
      ];
  const sections = milestones.map((milestone) => {
    const mine = items.filter((item) => item.milestone === milestone).sort((a, b) => order[a.state] - order[b.state] || a.windowClosesOn.localeCompare(b.windowClosesOn));
    return h(
      'section',
      { class: 'card', 'aria-labelledby': `milestone-${milestone}`, 'data-milestone': milestone },
      h('h2', { id: `milestone-${milestone}` }, t('milestoneMonth', { n: milestone.slice(1) }), ' ', h('span', { class: 'muted' }, t('dueOverdueCounts', { due: due.byMilestone[milestone].due, overdue: due.byMilestone[milestone].overdue }))),
      mine.length === 0 ? h('p', { class: 'muted', i18n: 'nobodyDue' }) : h('ul', { class: 'plain work-list' }, ...mine.map(itemCard)),
    );
  });
  show(h('h1', { i18n: 'homeCaseworker' }), h('p', { class: 'hint' }, t('worklistAsOf'), ' ', date(due.today)), outbox, ...sections, ...paging);
};

// Keep the list of waiting contacts current while the worklist is on screen.
window.addEventListener('outbox-changed', async () => {
  const current = document.querySelector('#view .outbox');
  if (current !== null) current.replaceWith(await outboxSection());
});
