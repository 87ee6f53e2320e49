import { callerCommandId } from './caller-command-id';

const key = '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d';
const registrar = { id: 'petugas-01', role: 'registrar' } as const;

describe('the command id of a request with an Idempotency-Key', () => {
  it('is the same for the same caller and key, whatever the key’s case', () => {
    expect(callerCommandId(registrar, key)).toBe(callerCommandId(registrar, key.toUpperCase()));
    expect(callerCommandId(registrar, key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs for another person, the same person in another role, or another key', () => {
    const ids = new Set([
      callerCommandId(registrar, key),
      callerCommandId({ id: 'petugas-02', role: 'registrar' }, key),
      callerCommandId({ id: 'petugas-01', role: 'admin' }, key),
      callerCommandId(registrar, '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1e'),
    ]);
    expect(ids.size).toBe(4);
  });

  it('cannot be made to collide by moving characters between the subject and the key', () => {
    expect(callerCommandId({ id: 'a', role: 'registrar' }, `b${key}`)).not.toBe(callerCommandId({ id: 'ab', role: 'registrar' }, key));
  });
});
