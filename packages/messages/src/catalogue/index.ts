import { cliMessages } from './cli-messages';
import { fieldRules } from './field-rules';
import { problemDetails } from './problem-details';
import { rejections } from './rejections';
import { statusTitles } from './status-titles';

export * from './cli-messages';
export * from './field-rules';
export * from './problem-details';
export * from './rejections';
export * from './status-titles';

/** The one catalogue: every text the API and the command line show, each in English and Indonesian. */
export const messageCatalogue = { problemDetails, rejections, fieldRules, statusTitles, cliMessages } as const;
