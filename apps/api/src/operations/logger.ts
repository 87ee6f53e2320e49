import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. What the API logs is chosen field by field (route pattern, status, actor,
 * command id, codes), never request bodies or query values; the redaction list is a second line of
 * defence should a personal-data field ever reach a log call.
 */
export const createLogger = (level: string, destination?: DestinationStream): Logger =>
  pino(
    {
      level,
      base: { service: 'binaan-api' },
      redact: {
        paths: ['personalData', '*.personalData', 'fullName', '*.fullName', 'registrationNumber', '*.registrationNumber', 'nik', '*.nik', 'notes', '*.notes', 'body', '*.body'],
        censor: '[redacted]',
      },
    },
    destination,
  );
