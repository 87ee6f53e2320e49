import { drawContactRates, drawCoverage, drawFunnel } from './charts.js';
import { formatCount, formatDate, formatMonth, formatRate, setLanguage, t, translatePage } from './i18n.js';
import { api, currentAccount, offersSso, signIn, signOut } from './session.js';

const milestones = ['M1', 'M3', 'M6', 'M12'];
const milestoneMonths = { M1: 1, M3: 3, M6: 6, M12: 12 };
const view = { account: null, catalogue: null, outcomes: null, followUps: null, coverage: null, cohorts: [] };

const byId = (id) => document.getElementById(id);

/** Builds an element; text always goes in as text, never as HTML. */
const el = (tag, attributes = {}, children = []) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) element.append(child);
  return element;
};

const selected = () => ({ programme: byId('filter-programme').value, facility: byId('filter-facility').value, cohort: byId('filter-cohort').value });

const queryOf = (filters) => {
  const params = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};

const fillSelect = (select, options, chosen) => {
  select.replaceChildren(el('option', { value: '', text: t('all') }), ...options.map(([value, label]) => el('option', { value, text: label })));
  select.value = options.some(([value]) => value === chosen) ? chosen : '';
};

const facilityName = (facilityId) => view.catalogue?.facilities.find((facility) => facility.id === facilityId)?.name ?? facilityId;

/** What a viewer gets for a group of fewer than ten people: no count, no rate. */
const suppressedRatio = { suppressed: true, numerator: null, denominator: null, rate: null };

const ratioText = ({ suppressed, numerator, denominator }) =>
  suppressed ? t('suppressed') : denominator === 0 ? t('noDenominator') : t('outOf', { n: formatCount(numerator), d: formatCount(denominator) });

const renderFilters = () => {
  const chosen = selected();
  fillSelect(byId('filter-programme'), view.catalogue.programmes.map((p) => [p.id, p.title]), chosen.programme);
  fillSelect(byId('filter-facility'), view.catalogue.facilities.map((f) => [f.id, f.name]), chosen.facility);
  fillSelect(byId('filter-cohort'), view.cohorts.map((cohort) => [cohort, formatMonth(cohort)]), chosen.cohort);
};

const renderFunnel = () => {
  const steps = view.outcomes.funnel;
  byId('funnel').replaceChildren(
    ...steps.map((step) => {
      const share =
        step.of === null
          ? t('people')
          : `${t(`of_${step.of}`, { rate: formatRate(step.denominator === 0 ? null : step.count / step.denominator) })} · ${ratioText({ numerator: step.count, denominator: step.denominator })}`;
      return el('li', { 'data-funnel-step': step.step }, [
        el('span', { class: 'step-label', text: t(`step_${step.step}`) }),
        el('span', { class: 'step-count', 'data-count': String(step.count), text: formatCount(step.count) }),
        el('span', { class: 'step-share', text: share }),
      ]);
    }),
  );
  drawFunnel(steps.map((step) => t(`step_${step.step}`)), steps.map((step) => step.count));
};

const kpi = (id, title, ratio, hint) =>
  byId(id).replaceChildren(
    el('h3', { text: title }),
    el('p', { class: 'kpi-value', text: formatRate(ratio.rate) }),
    el('p', { class: 'kpi-ratio', text: ratioText(ratio) }),
    el('p', { class: 'hint', text: hint }),
  );

const renderKpis = () => {
  const { total } = view.outcomes;
  kpi('kpi-completion', t('kpiCompletion'), total.suppressed ? suppressedRatio : total.completionRate, t('kpiCompletionHint'));
  kpi('kpi-contact-m6', t('kpiContactM6'), total.suppressed ? suppressedRatio : total.contact.M6.contactRate, t('kpiContactM6Hint'));
  kpi('kpi-working-m6', t('kpiWorkingM6'), total.suppressed ? suppressedRatio : total.workingAtM6, t('kpiWorkingM6Hint'));
  kpi('kpi-first-attempt', t('kpiFirstAttempt'), total.suppressed ? suppressedRatio : total.firstAttemptCompetencyRate, t('kpiFirstAttemptHint'));
  kpi('kpi-working-m6-due', t('kpiWorkingM6Due'), total.suppressed ? suppressedRatio : total.workAtM6.ofDue, t('kpiWorkingM6DueHint'));
  kpi('kpi-trained-skill-m6', t('kpiTrainedSkillM6'), total.suppressed ? suppressedRatio : total.workAtM6.usingTrainedSkill, t('kpiTrainedSkillM6Hint'));
  kpi('kpi-returned-12m', t('kpiReturned12m'), total.suppressed ? suppressedRatio : total.returnedToCustodyWithin12Months, t('kpiReturned12mHint'));
  byId('kpi-overdue').replaceChildren(
    el('h3', { text: t('kpiOverdue') }),
    el('p', { class: 'kpi-value warn', 'data-count': String(view.followUps.total.overdue), text: formatCount(view.followUps.total.overdue) }),
    el('p', { class: 'kpi-ratio', text: t('people') }),
    el('p', { class: 'hint', text: t('kpiOverdueHint', { due: formatCount(view.followUps.total.due) }) }),
  );
};

const headerRow = (labels) => el('thead', {}, [el('tr', {}, labels.map((label) => el('th', { scope: 'col', text: label })))]);

const ratioCell = (ratio) => el('td', {}, [el('strong', { text: formatRate(ratio.rate) }), el('span', { class: 'denominator', text: ratioText(ratio) })]);

const renderContact = () => {
  const { total } = view.outcomes;
  const labels = milestones.map((m) => t('month', { n: milestoneMonths[m] }));
  if (total.suppressed) {
    byId('contact-table').replaceChildren(
      headerRow([t('milestone'), t('due'), t('reached'), t('contactRate')]),
      el('tbody', {}, [el('tr', {}, [el('td', { colspan: '4', class: 'empty', text: t('suppressed') })])]),
    );
    drawContactRates(labels, milestones.map(() => null), milestones.map(() => t('suppressed')));
    return;
  }
  const { contact } = total;
  byId('contact-table').replaceChildren(
    headerRow([t('milestone'), t('due'), t('reached'), t('contactRate')]),
    el('tbody', {}, milestones.map((m, index) =>
      el('tr', { 'data-milestone': m }, [
        el('th', { scope: 'row', text: labels[index] }),
        el('td', { text: formatCount(contact[m].due) }),
        el('td', { text: formatCount(contact[m].reached) }),
        ratioCell(contact[m].contactRate),
      ]),
    )),
  );
  drawContactRates(labels, milestones.map((m) => contact[m].contactRate.rate), milestones.map((m) => ratioText(contact[m].contactRate)));
};

const figureCells = (figures) => figures.suppressed
  ? [el('td', { text: '<10' }), ...[1, 2, 3, 4].map(() => el('td', { text: '–' }))]
  : [
  el('td', { text: formatCount(figures.enrolled) }),
  ratioCell(figures.completionRate),
  el('td', { text: formatCount(figures.released) }),
  ratioCell(figures.contact.M6.contactRate),
  ratioCell(figures.workingAtM6),
];

const renderGroups = () => {
  const { groups, total } = view.outcomes;
  const body =
    groups.length === 0
      ? [el('tr', {}, [el('td', { colspan: '7', class: 'empty', text: t('noData') })])]
      : groups.map((group) =>
          el('tr', {}, [
            el('th', { scope: 'row' }, [
              el('span', { text: facilityName(group.facilityId) }),
              ...(group.smallGroup ? [el('span', { class: 'badge', text: `${t('smallGroup')} (n<10)` })] : []),
            ]),
            el('td', { class: 'cohort', text: formatMonth(group.cohort) }),
            ...figureCells(group),
          ]),
        );
  byId('groups-table').replaceChildren(
    headerRow([t('colFacility'), t('colCohort'), t('colEnrolled'), t('colGraduated'), t('colReleased'), t('colReachedM6'), t('colWorkingM6')]),
    el('tbody', {}, body),
    el('tfoot', {}, [el('tr', {}, [el('th', { scope: 'row', colspan: '2', text: t('total') }), ...figureCells(total)])]),
  );
};

/** A month as the line shows it: its rate, or a gap when it has no count or is suppressed. */
const coverageRate = (month) => (month === undefined || month.suppressed || month.status === 'no_count' ? null : month.coverage.rate);

const coveragePair = (month) =>
  month === undefined
    ? ''
    : month.suppressed
      ? t('suppressed')
      : month.status === 'no_count'
        ? t('coverageNoCount')
        : ratioText(month.coverage);

const heldText = (month) =>
  month.suppressed ? '–' : month.status === 'no_count' ? t('coverageNoCount') : t('coverageCountedOn', { held: formatCount(month.held), date: formatDate(month.heldCountedOn) });

/** The coverage line per facility over every month any facility has, and each facility's latest month in the table. */
const renderCoverage = () => {
  const { facilities } = view.coverage;
  const months = [...new Set(facilities.flatMap((facility) => facility.months.map((month) => month.month)))].sort();
  const monthOf = (facility, month) => facility.months.find((entry) => entry.month === month);
  drawCoverage(
    months.map(formatMonth),
    facilities.map((facility) => ({
      label: facilityName(facility.facilityId),
      rates: months.map((month) => coverageRate(monthOf(facility, month))),
      pairs: months.map((month) => coveragePair(monthOf(facility, month))),
    })),
  );
  const body =
    facilities.length === 0
      ? [el('tr', {}, [el('td', { colspan: '5', class: 'empty', text: t('noData') })])]
      : facilities.map((facility) => {
          const latest = facility.months[facility.months.length - 1];
          return el('tr', { 'data-coverage-facility': facility.facilityId, 'data-month': latest.month, 'data-status': latest.status }, [
            el('th', { scope: 'row', text: facilityName(facility.facilityId) }),
            el('td', { class: 'cohort', text: formatMonth(latest.month) }),
            el('td', { text: latest.suppressed ? '<10' : formatCount(latest.inProgramme) }),
            el('td', { text: heldText(latest) }),
            el('td', {}, [el('strong', { text: formatRate(coverageRate(latest)) }), el('span', { class: 'denominator', text: coveragePair(latest) })]),
          ]);
        });
  byId('coverage-table').replaceChildren(
    headerRow([t('colFacility'), t('coverageMonth'), t('coverageInProgramme'), t('coverageHeld'), t('coverageRate')]),
    el('tbody', {}, body),
  );
};

const render = () => {
  translatePage();
  renderFilters();
  byId('as-of').textContent = formatDate(view.followUps.today ?? view.outcomes.asOfDate);
  renderFunnel();
  renderKpis();
  renderContact();
  renderGroups();
  renderCoverage();
};

const showSignIn = (message) => {
  byId('dashboard').hidden = true;
  byId('sign-out').hidden = true;
  byId('signed-in-as').hidden = true;
  byId('sign-in-panel').hidden = false;
  byId('sign-in-error').hidden = message === undefined;
  byId('sign-in-error').textContent = message ?? '';
  byId('username-input').focus();
};

const showAccount = (account) => {
  view.account = account;
  byId('signed-in-as').textContent = t('signedInAs', { name: account.displayName });
  byId('signed-in-as').hidden = false;
  byId('sign-out').hidden = false;
};

const load = async () => {
  const filters = view.catalogue === null ? { programme: '', facility: '', cohort: '' } : selected();
  try {
    const groupFilters = { programme: filters.programme, facility: filters.facility };
    const [catalogue, outcomes, followUps, unfilteredByCohort, coverage] = await Promise.all([
      view.catalogue ?? api('/programmes'),
      api(`/outcomes${queryOf(filters)}`),
      api(`/follow-ups/due${queryOf(groupFilters)}`),
      filters.cohort === '' ? null : api(`/outcomes${queryOf(groupFilters)}`),
      api(`/coverage${queryOf({ facility: filters.facility })}`),
    ]);
    Object.assign(view, { catalogue, outcomes, followUps, coverage });
    view.cohorts = [...new Set((unfilteredByCohort ?? outcomes).groups.map((group) => group.cohort))].sort();
    byId('sign-in-panel').hidden = true;
    byId('load-error').hidden = true;
    byId('dashboard').hidden = false;
    render();
    document.body.dataset.loaded = 'true';
  } catch (error) {
    if (error.status === 401) {
      showSignIn(t('sessionEnded'));
    } else {
      byId('load-error').hidden = false;
      byId('load-error').textContent = t('loadFailed', { code: error.message });
    }
  }
};

const signInFailure = (error) =>
  error.message === 'TOO_MANY_SIGN_INS'
    ? t('signInThrottled', { seconds: error.retryAfterSeconds ?? 60 })
    : error.message === 'INVALID_CREDENTIALS' || error.message === 'VALIDATION_FAILED'
      ? t('signInRejected')
      : t('loadFailed', { code: error.message });

const start = async () => {
  translatePage();
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.lang);
      if (view.outcomes === null) translatePage();
      else render();
      if (view.account) showAccount(view.account);
    });
  }
  for (const id of ['filter-programme', 'filter-facility', 'filter-cohort']) byId(id).addEventListener('change', load);
  byId('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const password = byId('password-input').value;
    byId('password-input').value = '';
    try {
      showAccount(await signIn(byId('username-input').value, password));
      await load();
    } catch (error) {
      showSignIn(signInFailure(error));
    }
  });
  byId('sign-out').addEventListener('click', async () => {
    await signOut();
    view.account = null;
    showSignIn();
  });
  offersSso().then((offered) => {
    byId('sign-in-sso-line').hidden = !offered;
  });
  const account = await currentAccount().catch(() => null);
  if (account === null) showSignIn();
  else {
    showAccount(account);
    await load();
  }
};

start();
