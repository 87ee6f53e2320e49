import * as E from 'fp-ts/Either';
import { pipe } from 'fp-ts/function';
import { DecodeError, decodeError } from '../decoding/decode-error';
import { decodeWith } from '../decoding/decode-with';
import { Catalogue, CatalogueData } from './catalogue-codecs';
import { catalogueIssues } from './catalogue-issues';

/** Decodes catalogue data and checks it as a whole; the only way to obtain a `Catalogue`. */
export const loadCatalogue = (input: unknown): E.Either<DecodeError, Catalogue> =>
  pipe(
    input,
    decodeWith(CatalogueData),
    E.chain((data) => {
      const issues = catalogueIssues(data);
      return issues.length === 0 ? E.right(data as Catalogue) : E.left(decodeError(issues));
    }),
  );
