/** The languages a person can choose, each named in itself. */
export const LOCALE_NAMES: Record<string, string> = { en: 'English' };
