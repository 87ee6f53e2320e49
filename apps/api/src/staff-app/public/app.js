// The staff app: sign-in, a home page per role, and the screens each role records with. Plain modules,
// no build step; the service worker keeps the shell for a slow or absent connection.
import { currentSession, refreshSession, signOut } from './lib/auth.js';
import { NetworkError } from './lib/api.js';
import { applyLanguage, currentLanguage, setLanguage, translate } from './lib/i18n.js';
import { startOutbox } from './lib/outbox.js';
import { navigate, render, route } from './lib/router.js';
import { showSignIn } from './screens/sign-in.js';
import { showHome } from './screens/home.js';
import { showEnrol } from './screens/enrol.js';
import { showParticipant } from './screens/participant.js';
import { showLifecycleForm } from './screens/lifecycle-forms.js';
import { showCohortPicker, showCohort, showAssessmentGrid } from './screens/cohort.js';
import { showWorklist } from './screens/worklist.js';
import { showFollowUpForm } from './screens/follow-up.js';

const signedIn = (screen) => async (params) => {
  if (currentSession() === null) return showSignIn();
  return screen(params);
};

route('/', signedIn(showHome));
route('/sign-in', showSignIn);
route('/enrol', signedIn(showEnrol));
route('/participants/:id', signedIn(showParticipant));
route('/participants/:id/:action', signedIn(showLifecycleForm));
route('/cohorts', signedIn(showCohortPicker));
route('/cohorts/:programme/:cohort', signedIn(showCohort));
route('/cohorts/:programme/:cohort/:module', signedIn(showAssessmentGrid));
route('/follow-ups', signedIn(showWorklist));
route('/follow-ups/:id', signedIn(showFollowUpForm));

const showWho = () => {
  const who = document.getElementById('who');
  const session = currentSession();
  document.getElementById('sign-out').hidden = session === null;
  who.hidden = session === null;
  if (session !== null) {
    who.replaceChildren(`${session.account.displayName} · `, Object.assign(document.createElement('span'), { textContent: translate(`role.${session.account.role}`) }));
    who.lastChild.dataset.i18n = `role.${session.account.role}`;
  }
};

const showConnection = () => {
  const banner = document.getElementById('connection');
  banner.hidden = navigator.onLine;
  banner.dataset.i18n = 'offlineBanner';
  banner.textContent = translate('offlineBanner');
};

const start = async () => {
  for (const button of document.querySelectorAll('button[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
  setLanguage(currentLanguage());
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();
  document.getElementById('sign-out').addEventListener('click', async () => {
    await signOut().catch(() => undefined);
    showWho();
    navigate('/sign-in');
  });
  window.addEventListener('session-changed', showWho);
  try {
    await refreshSession();
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
  showWho();
  startOutbox();
  window.addEventListener('hashchange', () => void render());
  await render();
  applyLanguage(document);
  document.body.dataset.ready = 'true';
};

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch(() => undefined);
}

void start();
