// The staff app's service worker: keeps the app shell (this folder's files) so the app opens on a
// phone with a slow or absent connection. It answers from the cache at once and refreshes the cache
// from the network behind it. API answers are never cached: they carry personal data (no-store).
const version = 'binaan-staff-v2';

const shell = [
  '/app/',
  '/app/app.css',
  '/app/app.js',
  '/app/lib/api.js',
  '/app/lib/auth.js',
  '/app/lib/catalogue.js',
  '/app/lib/command-form.js',
  '/app/lib/dates.js',
  '/app/lib/dom.js',
  '/app/lib/forms.js',
  '/app/lib/i18n.js',
  '/app/lib/ids.js',
  '/app/lib/messages.js',
  '/app/lib/outbox.js',
  '/app/lib/problems.js',
  '/app/lib/read-after-write.js',
  '/app/lib/reauth.js',
  '/app/lib/recent-entries.js',
  '/app/lib/router.js',
  '/app/lib/session.js',
  '/app/screens/cohort.js',
  '/app/screens/enrol.js',
  '/app/screens/follow-up.js',
  '/app/screens/home.js',
  '/app/screens/lifecycle-forms.js',
  '/app/screens/participant.js',
  '/app/screens/sign-in.js',
  '/app/screens/worklist.js',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(version).then((cache) => cache.addAll(shell)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== version).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const isShell = (url) => url.origin === self.location.origin && url.pathname.startsWith('/app/') && url.pathname !== '/app/sw.js';

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isShell(url)) return;
  const key = url.pathname === '/app' ? '/app/' : url.pathname;
  event.respondWith(
    caches.open(version).then(async (cache) => {
      const cached = await cache.match(key);
      const fresh = fetch(event.request)
        .then((response) => {
          if (response.ok) void cache.put(key, response.clone());
          return response;
        })
        .catch(() => undefined);
      if (cached !== undefined) {
        event.waitUntil(fresh);
        return cached;
      }
      return (await fresh) ?? Response.error();
    }),
  );
});
