import type { RegencyCode } from '@binaan/domain';
import { enrollInmate } from '../fixtures/command-fixtures';
import { inmateEnrolled } from '../fixtures/event-fixtures';
import { given } from '../decider-spec/given-when-then';

describe('EnrollInmate with a home regency', () => {
  it('carries the home regency into the event when the catalogue knows it', () => {
    const command = enrollInmate({ homeRegency: '3507' as RegencyCode });
    given([]).when(command).then([{ ...inmateEnrolled(command), data: { ...inmateEnrolled(command).data, homeRegency: '3507' as RegencyCode } }]);
  });

  it('rejects a regency the catalogue does not know', () => {
    given([]).when(enrollInmate({ homeRegency: '9999' as RegencyCode })).then('RegencyNotFound');
  });
});
