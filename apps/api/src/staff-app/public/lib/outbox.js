// Commands that could not be sent (no network), kept in IndexedDB with their Idempotency-Key and sent
// when the connection returns. The API's idempotency makes a repeat write nothing twice, so sending
// again after an answer that never arrived is safe. Each entry names the account that made it and is
// sent only while that account is signed in; it is deleted once the server has it.
import { ApiProblem, NetworkError, request, sendCommand } from './api.js';
import { currentSession, remember } from './session.js';

const databaseName = 'binaan-staff';
const storeName = 'outbox';

const openDatabase = () =>
  new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(storeName, { keyPath: 'idempotencyKey' });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });

const inStore = async (mode, work) => {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(storeName, mode);
      const result = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(result.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
};

const changed = () => window.dispatchEvent(new CustomEvent('outbox-changed'));

/** Keeps a command to send later: { idempotencyKey, path, body, participantId, label }. */
export const enqueue = async (entry) => {
  await inStore('readwrite', (store) =>
    store.put({ ...entry, accountId: currentSession()?.account?.id ?? null, state: 'waiting', queuedAt: new Date().toISOString() }),
  );
  changed();
};

/** What waits for the signed-in account (or has been refused), oldest first. */
export const pending = async () => {
  const all = (await inStore('readonly', (store) => store.getAll())) ?? [];
  const accountId = currentSession()?.account?.id ?? null;
  return all.filter((entry) => entry.accountId === accountId).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
};

export const discard = async (idempotencyKey) => {
  await inStore('readwrite', (store) => store.delete(idempotencyKey));
  changed();
};

let flushing;

/**
 * Sends what waits, one at a time. A network failure stops the round (the next online event or page
 * load tries again); a refusal (a problem answer) is kept, marked, for the user to read and discard.
 */
export const flush = () =>
  (flushing ??= (async () => {
    try {
      const waiting = (await pending()).filter((entry) => entry.state === 'waiting');
      if (waiting.length === 0) return;
      // A fresh CSRF token: the one the tab kept may be from a session that has since been renewed.
      remember(await request('GET', '/auth/session'));
      for (const entry of waiting) {
        try {
          await sendCommand(entry.path, entry.body, entry.idempotencyKey);
          await inStore('readwrite', (store) => store.delete(entry.idempotencyKey));
        } catch (error) {
          if (error instanceof NetworkError) return;
          if (!(error instanceof ApiProblem) || error.status === 401) return;
          await inStore('readwrite', (store) => store.put({ ...entry, state: 'refused', problem: { code: error.code, detail: error.detail, errors: error.errors } }));
        }
        changed();
      }
    } catch {
      // Offline or signed out: try again on the next occasion.
    } finally {
      flushing = undefined;
      changed();
    }
  })());

/** Sends on load, whenever the browser says it is online again, and every half minute in case it never says so. */
export const startOutbox = () => {
  window.addEventListener('online', () => void flush());
  // Signed in again (a new tab opened offline knows nobody until then): what waited for her goes now.
  window.addEventListener('session-changed', () => void flush());
  setInterval(() => {
    if (navigator.onLine) void flush();
  }, 30_000);
  void flush();
};
