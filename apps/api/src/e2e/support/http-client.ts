import request from 'supertest';
import type { Role } from '../../auth/role';
import { assessmentBody, enrolmentBody, followUpBody, releaseBody } from './bodies';
import type { ApiUnderTest } from './api-under-test';

export type Method = 'get' | 'post';

/** Real HTTP calls with a role's bearer token. */
export const httpClient = (api: ApiUnderTest) => {
  const call = (method: Method, path: string, role: Role | undefined, body?: unknown, headers: Readonly<Record<string, string>> = {}) => {
    let pending = request(api.baseUrl)[method](path);
    if (role !== undefined) pending = pending.set('Authorization', `Bearer ${api.token(role)}`);
    for (const [name, value] of Object.entries(headers)) pending = pending.set(name, value);
    return body === undefined ? pending : pending.send(body as object);
  };

  const created = async (method: Method, path: string, role: Role, body: unknown): Promise<{ readonly participantId: string; readonly eventId: string }> => {
    const response = await call(method, path, role, body);
    if (response.status !== 201) throw new Error(`${path} failed: ${response.status} ${JSON.stringify(response.body)}`);
    const reply = response.body as { participantId: string; events: readonly { id: string }[] };
    return { participantId: reply.participantId, eventId: reply.events[0]?.id ?? '' };
  };

  /** A fresh participant, enrolled by `role` (whose enrolment it then is, e.g. to cancel). */
  const enrolled = async (role: Role = 'admin'): Promise<string> => (await created('post', '/participants', role, enrolmentBody())).participantId;

  /** A fresh participant, enrolled, then released by `role`. */
  const released = async (role: Role = 'admin'): Promise<string> => {
    const participantId = await enrolled();
    await created('post', `/participants/${participantId}/release`, role, releaseBody());
    return participantId;
  };

  /**
   * An entry of the kind `role` records, recorded by `role` itself (a release, an assessment, a
   * contact), so that role may void it; roles that record nothing get an admin's release.
   */
  const entryRecordedBy = async (role: Role): Promise<{ readonly participantId: string; readonly eventId: string }> => {
    if (role === 'assessor') return created('post', `/participants/${await enrolled()}/modules/sulam-dasar/assessments`, role, assessmentBody());
    if (role === 'caseworker') return created('post', `/participants/${await released()}/follow-ups`, role, followUpBody());
    const recorder: Role = role === 'registrar' ? 'registrar' : 'admin';
    return created('post', `/participants/${await enrolled()}/release`, recorder, releaseBody());
  };

  return { call, enrolled, released, entryRecordedBy };
};
