import request from 'supertest';
import type { Role } from '../../auth/role';
import { enrolmentBody, releaseBody } from './bodies';
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

  const enrolled = async (): Promise<string> => {
    const response = await call('post', '/participants', 'admin', enrolmentBody());
    if (response.status !== 201) throw new Error(`enrolment failed: ${response.status} ${JSON.stringify(response.body)}`);
    return (response.body as { participantId: string }).participantId;
  };

  const released = async (): Promise<string> => {
    const participantId = await enrolled();
    const response = await call('post', `/participants/${participantId}/release`, 'admin', releaseBody());
    if (response.status !== 201) throw new Error(`release failed: ${response.status} ${JSON.stringify(response.body)}`);
    return participantId;
  };

  return { call, enrolled, released };
};
