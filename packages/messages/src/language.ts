/** The languages Binaan speaks: Bahasa Indonesia first, English second. */
export const languages = ['id', 'en'] as const;

export type Language = (typeof languages)[number];
