/** One broken rule at one field, e.g. `{ path: 'personalData.nik', rule: 'must be 16 digits, got 15 digits' }`. */
export interface DecodeIssue {
  /** Dotted field path with `[i]` for array items; '' for the input as a whole. */
  readonly path: string;
  /** What the value must be. Never repeats the value itself, which may be personal data. */
  readonly rule: string;
}

/** Something that does not stop a command but deserves a look, e.g. a NIK that disagrees with the birth date. */
export type DecodeWarning = DecodeIssue;

export interface DecodeError {
  readonly _tag: 'DecodeError';
  readonly issues: readonly DecodeIssue[];
}

export const decodeError = (issues: readonly DecodeIssue[]): DecodeError => ({ _tag: 'DecodeError', issues });

export const decodeIssue = (path: string, rule: string): DecodeIssue => ({ path, rule });

export const formatDecodeIssue = ({ path, rule }: DecodeIssue): string => (path === '' ? rule : `${path}: ${rule}`);

/** `personalData.nik: must be 16 digits, got 15 digits; enrolledOn: is required` */
export const formatDecodeError = (error: DecodeError): string => error.issues.map(formatDecodeIssue).join('; ');
