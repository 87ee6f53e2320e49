import { cliMessages } from './cli-messages';
import { fieldRules } from './field-rules';
import { problemDetails } from './problem-details';
import { rejections } from './rejections';
import { statusTitles } from './status-titles';
import { verifyReport } from './verify-report';

export * from './cli-messages';
export * from './field-rules';
export * from './problem-details';
export * from './rejections';
export * from './status-titles';
export * from './verify-report';

/** The one catalogue: every text the API and the command line show, each in English and Indonesian. */
export const messageCatalogue = { problemDetails, rejections, fieldRules, statusTitles, cliMessages, verifyReport } as const;
