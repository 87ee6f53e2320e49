import type { Message } from '../message';

/**
 * What `binaan` says on stderr when it cannot run: what is wrong, then what to do next. Options, commands
 * and values stay as typed, since they are what the user types again.
 */
export const cliMessages = {
  notWholeNumber: {
    en: '{option}: "{value}" is not a whole number from {min} to {max}. Give for example {option} {min}',
    id: '{option}: "{value}" bukan bilangan bulat dari {min} sampai {max}. Berikan misalnya {option} {min}',
  },
  notOneOfFormats: {
    en: '--format: "{value}" is not one of {allowed}. Use --format {first}',
    id: '--format: "{value}" bukan salah satu dari {allowed}. Gunakan --format {first}',
  },
  notBusinessDate: {
    en: '{option}: "{value}" is not a date (expected a real calendar date YYYY-MM-DD). Give a business date, for example {option} 2020-06-30',
    id: '{option}: "{value}" bukan tanggal (seharusnya tanggal kalender YYYY-MM-DD). Berikan tanggal kejadian, misalnya {option} 2020-06-30',
  },
  notKnownAt: {
    en: '--known-at: "{value}" is not a date or an ISO time with a zone. Give a recorded date such as --known-at 2020-06-30 or an instant such as --known-at 2020-06-30T09:00:00+07:00',
    id: '--known-at: "{value}" bukan tanggal atau waktu ISO dengan zona. Berikan tanggal pencatatan seperti --known-at 2020-06-30 atau waktu seperti --known-at 2020-06-30T09:00:00+07:00',
  },
  asOfInFuture: {
    en: '--as-of: {asOf} is in the future (today is {today} in Malang). Give a business date on or before today',
    id: '--as-of: {asOf} ada di masa depan (hari ini {today} di Malang). Berikan tanggal kejadian paling lambat hari ini',
  },
  knownAtInFuture: {
    en: '--known-at: {knownAt} is in the future (today is {today} in Malang). Give a recorded date or time on or before today',
    id: '--known-at: {knownAt} ada di masa depan (hari ini {today} di Malang). Berikan tanggal atau waktu pencatatan paling lambat hari ini',
  },
  notEsdbUrl: {
    en: '--esdb: "{url}" is not an EventStoreDB connection string. Give one such as --esdb "esdb://localhost:2113?tls=false"',
    id: '--esdb: "{url}" bukan connection string EventStoreDB. Berikan misalnya --esdb "esdb://localhost:2113?tls=false"',
  },
  notDataFolder: {
    en: '--store: "{store}" is not a data folder (expected sqlite:PATH). Give the data folder, for example --store sqlite:./data, or use --esdb URL for EventStoreDB',
    id: '--store: "{store}" bukan folder data (seharusnya sqlite:PATH). Berikan folder data, misalnya --store sqlite:./data, atau gunakan --esdb URL untuk EventStoreDB',
  },
  noStoreFolder: {
    en: 'no Binaan store at {dataDir}: the folder does not exist. Check --store, or seed a demo store with `binaan demo --store sqlite:PATH`',
    id: 'tidak ada penyimpanan Binaan di {dataDir}: folder itu tidak ada. Periksa --store, atau isi penyimpanan demo dengan `binaan demo --store sqlite:PATH`',
  },
  noReadModelFolder: {
    en: 'no Binaan store at {dataDir}: the folder does not exist. With --esdb, give --store sqlite:PATH for the folder that holds the read models and keys',
    id: 'tidak ada penyimpanan Binaan di {dataDir}: folder itu tidak ada. Dengan --esdb, berikan --store sqlite:PATH untuk folder yang menyimpan read model dan kunci',
  },
  storeIsFile: {
    en: '--store must name a data folder, and {dataDir} is a file. Give the folder that holds {eventsFile}',
    id: '--store harus menyebut folder data, dan {dataDir} adalah berkas. Berikan folder yang berisi {eventsFile}',
  },
  noEventsFile: {
    en: 'no Binaan store at {dataDir}: it holds no {eventsFile}. Check --store, or seed a demo store with `binaan demo --store sqlite:PATH`',
    id: 'tidak ada penyimpanan Binaan di {dataDir}: folder itu tidak berisi {eventsFile}. Periksa --store, atau isi penyimpanan demo dengan `binaan demo --store sqlite:PATH`',
  },
  participantIdNotUuid: {
    en: 'participant id "{value}" is not a lower-case UUID. Give the participant id as it appears in `binaan export` or the API, e.g. 169dd104-35c4-5210-89ad-28c47d71bda1',
    id: 'id peserta "{value}" bukan UUID huruf kecil. Berikan id peserta seperti tertulis di `binaan export` atau API, misalnya 169dd104-35c4-5210-89ad-28c47d71bda1',
  },
  storeNotReadable: {
    en: 'the store file is not a readable Binaan store ({reason}). Check --store, or restore the file from a backup',
    id: 'berkas penyimpanan bukan penyimpanan Binaan yang dapat dibaca ({reason}). Periksa --store, atau pulihkan berkas dari cadangan',
  },
  storeCannotOpen: {
    en: "the store file cannot be opened ({reason}). Check --store and the file's permissions",
    id: 'berkas penyimpanan tidak dapat dibuka ({reason}). Periksa --store dan izin berkas itu',
  },
  storeReadOnly: {
    en: 'the store is read-only ({reason}). Run this command where the store can be written, or on a copy',
    id: 'penyimpanan hanya dapat dibaca ({reason}). Jalankan perintah ini di tempat penyimpanan dapat ditulis, atau pada salinannya',
  },
  couldNotFinish: {
    en: 'could not finish: {reason}. Run again with BINAAN_DEBUG=1 for details',
    id: 'tidak dapat diselesaikan: {reason}. Jalankan lagi dengan BINAAN_DEBUG=1 untuk rinciannya',
  },
} as const satisfies Readonly<Record<string, Message>>;

export type CliMessageKey = keyof typeof cliMessages;
