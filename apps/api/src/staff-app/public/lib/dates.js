// Business dates are Malang calendar dates (Asia/Jakarta, UTC+7, no daylight saving), as the API judges them.
const jakartaOffsetMs = 7 * 60 * 60 * 1000;

export const today = () => new Date(Date.now() + jakartaOffsetMs).toISOString().slice(0, 10);

export const thisMonth = () => today().slice(0, 7);

/** 2019-11-15 as "15 November 2019" (or "15 Nov 2019" in English), in the page's language. */
export const formatDate = (isoDate, lang) =>
  isoDate === null || isoDate === undefined
    ? ''
    : new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
      );

export const formatMonth = (month, lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
