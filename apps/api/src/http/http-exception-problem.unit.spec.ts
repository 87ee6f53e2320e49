import { ImATeapotException, PayloadTooLargeException } from '@nestjs/common';
import { problemForHttpException } from './http-exception-problem';

describe("NestJS's HTTP exceptions as problems", () => {
  const bodyLimits = { maxBytes: 2048, maxDepth: 4 };

  it('a 413 names the body limit the app was given', () => {
    expect(problemForHttpException(new PayloadTooLargeException('request entity too large'), bodyLimits)).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      detail: 'The body is larger than 2048 bytes.',
      limitBytes: 2048,
    });
  });

  it('passes none of their own text on', () => {
    const answer = problemForHttpException(new ImATeapotException('short and stout'), bodyLimits);
    expect(answer).toMatchObject({ status: 418, code: 'HTTP_418' });
    expect(JSON.stringify(answer)).not.toContain('stout');
  });
});
