import { decodeWith, formatDecodeError, RecordFacilityPopulation } from '@binaan/domain';
import * as E from 'fp-ts/Either';
import { commandInput } from '../../commands/command-input';
import { openApiDocument } from '../openapi-document';
import { nationalScope } from '../../auth/caller-scope';

const operation = openApiDocument().paths['/facilities/{facilityId}/population-counts']?.post;

describe('the request-body example of POST /facilities/{facilityId}/population-counts', () => {
  it('decodes with the domain codec to RecordFacilityPopulation, as the route assembles it', () => {
    const body = operation?.requestBody !== undefined && 'content' in operation.requestBody ? operation.requestBody.content['application/json']?.example : undefined;
    const input = commandInput(
      'RecordFacilityPopulation',
      {
        actor: { id: 'demo-registrar', role: 'registrar' },
        scope: nationalScope,
        commandId: '7d0b6a8e-1c2f-4e3a-9b5d-6f7e8a9b0c1d',
        idempotent: false,
        expectedRevision: undefined,
        correlationId: undefined,
        body,
        params: {},
      },
      { facilityId: 'lapas-perempuan-malang' },
    );
    const decoded = decodeWith(RecordFacilityPopulation)(input);
    expect(E.isLeft(decoded) ? formatDecodeError(decoded.left) : decoded.right.type).toBe('RecordFacilityPopulation');
  });
});
