/**
 * An event as projections see it: the shape of a stored event (`RecordedEvent` in @binaan/event-store)
 * without depending on that package, so the pure projections stay in the domain.
 */
export interface ProjectionEvent {
  readonly type: string;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly data: { readonly [field: string]: unknown };
  readonly metadata: { readonly [field: string]: unknown };
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The business date an event carries in its data (enrolment, assessment, release or contact), if any. */
export const businessDateOf = (event: ProjectionEvent): string | null =>
  textOrNull(event.data['enrolledOn'] ?? event.data['assessedOn'] ?? event.data['releasedOn'] ?? event.data['contactedOn']);

/** `metadata.recordedAt`: the recorded time axis (ISO-8601 UTC), if the event carries it. */
export const recordedAtOf = (event: ProjectionEvent): string | null => textOrNull(event.metadata['recordedAt']);

export const metadataText = (event: ProjectionEvent, field: string): string | null => textOrNull(event.metadata[field]);

export const actorOf = (event: ProjectionEvent): { readonly id: string | null; readonly role: string | null } => {
  const actor = event.metadata['actor'];
  if (typeof actor !== 'object' || actor === null) {
    return { id: null, role: null };
  }
  const fields = actor as { readonly [field: string]: unknown };
  return { id: textOrNull(fields['id']), role: textOrNull(fields['role']) };
};
