// The entries this tab recorded, per participant (event ids from the command replies, no personal
// data): a registrar who made a mistake can void her own entry without reading the whole history.
const key = 'binaan.staff.recent';

const all = () => {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? '{}');
  } catch {
    return {};
  }
};

export const rememberEntries = (participantId, reply) => {
  const entries = all();
  const events = (reply.events ?? []).map((event) => ({ eventId: event.id, type: event.type }));
  entries[participantId] = [...(entries[participantId] ?? []).filter((entry) => !events.some((event) => event.eventId === entry.eventId)), ...events];
  sessionStorage.setItem(key, JSON.stringify(entries));
};

export const recentEntries = (participantId) => all()[participantId] ?? [];
