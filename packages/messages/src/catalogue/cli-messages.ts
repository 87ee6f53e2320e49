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
  basisRequired: {
    en: '--basis is required: the ground of the erasure, one of {allowed}. Give for example --basis subject_request',
    id: '--basis wajib diisi: dasar penghapusan data pribadi, salah satu dari {allowed}. Berikan misalnya --basis subject_request',
  },
  basisUnknown: {
    en: '--basis: "{value}" is not one of {allowed}. Give for example --basis subject_request',
    id: '--basis: "{value}" bukan salah satu dari {allowed}. Berikan misalnya --basis subject_request',
  },
  unknownProgramme: {
    en: '{option}: "{value}" is not a programme of the catalogue. Use one of: {known}',
    id: '{option}: "{value}" bukan program di katalog. Gunakan salah satu dari: {known}',
  },
  unknownFacility: {
    en: '{option}: "{value}" is not a facility of the catalogue. Use one of: {known}',
    id: '{option}: "{value}" bukan Lapas di katalog. Gunakan salah satu dari: {known}',
  },
  participantOptionNotUuid: {
    en: '--participant: "{value}" is not a lower-case UUID. Give a participant id as `binaan export` lists it',
    id: '--participant: "{value}" bukan UUID huruf kecil. Berikan id peserta seperti tercantum di `binaan export`',
  },
  actorEmpty: {
    en: '--actor: the actor id is empty. Give an actor id as the access log lists it, e.g. --actor registrar-1',
    id: '--actor: id pelaku kosong. Berikan id pelaku seperti tercantum di catatan akses data pribadi, misalnya --actor registrar-1',
  },
  fromAfterTo: {
    en: '--from {from} is after --to {to}. Give the earlier date to --from',
    id: '--from {from} setelah --to {to}. Berikan tanggal yang lebih awal pada --from',
  },
  notRecordedDate: {
    en: '{option}: "{value}" is not a date (expected YYYY-MM-DD). Give a recorded date, for example {option} 2020-01-31',
    id: '{option}: "{value}" bukan tanggal (seharusnya YYYY-MM-DD). Berikan tanggal pencatatan, misalnya {option} 2020-01-31',
  },
  anchorRootNotHex: {
    en: '--anchor-root: "{value}" is not 64 lower-case hex digits. Give the Merkle root `binaan anchor` printed',
    id: '--anchor-root: "{value}" bukan 64 digit heksadesimal huruf kecil. Berikan Merkle root yang dicetak `binaan anchor`',
  },
  anchorRootWithoutAnchor: {
    en: '--anchor-root needs --anchor FILE. Give the anchor file whose root it is',
    id: '--anchor-root memerlukan --anchor FILE. Berikan berkas anchor yang memiliki root itu',
  },
  anchorFileUnreadable: {
    en: 'cannot read the anchor file {file}. Check the path given to --anchor',
    id: 'berkas anchor {file} tidak dapat dibaca. Periksa path yang diberikan pada --anchor',
  },
  noMasterKey: {
    en: "this needs the master key, and {file} does not exist. Set {variable}, or run where the data folder holds the store's master.key",
    id: 'perintah ini memerlukan kunci induk, dan {file} tidak ada. Isi {variable}, atau jalankan di tempat folder data berisi master.key penyimpanan itu',
  },
  unknownProjection: {
    en: 'no projection named "{name}". Use one of: {known}',
    id: 'tidak ada proyeksi bernama "{name}". Gunakan salah satu dari: {known}',
  },
  dryRunAndApply: {
    en: '--dry-run and --apply exclude each other. Give --dry-run to list, or --apply to erase',
    id: '--dry-run dan --apply tidak boleh bersamaan. Berikan --dry-run untuk melihat daftar, atau --apply untuk menghapus',
  },
  dryRunOrApply: {
    en: 'one of --dry-run or --apply is required. Give --dry-run first to see who would be erased',
    id: 'salah satu dari --dry-run atau --apply wajib diberikan. Berikan --dry-run lebih dulu untuk melihat data siapa yang akan dihapus',
  },
  applyWithFutureToday: {
    en: '--today: {today} is after today ({realToday}), and --apply erases only what has expired by now. Leave --today out, or use it with --dry-run',
    id: '--today: {today} setelah hari ini ({realToday}), dan --apply hanya menghapus yang masa retensinya sudah habis saat ini. Hilangkan --today, atau gunakan bersama --dry-run',
  },
  exportExists: {
    en: '{file} already exists. Give a new file name to --out; exports never overwrite',
    id: '{file} sudah ada. Berikan nama berkas baru pada --out; ekspor tidak pernah menimpa berkas',
  },
  anchorExists: {
    en: '{file} already exists. Anchors are kept, never overwritten: give a new file name',
    id: '{file} sudah ada. Anchor disimpan, tidak pernah ditimpa: berikan nama berkas baru',
  },
  demoStoreNotEmpty: {
    en: 'the store {store} already holds events; the demo seeds only an empty store. Give a new folder, e.g. --store sqlite:./demo-data',
    id: 'penyimpanan {store} sudah berisi event; demo hanya mengisi penyimpanan kosong. Berikan folder baru, misalnya --store sqlite:./demo-data',
  },
  countsDryRunAndApply: {
    en: '--dry-run and --apply exclude each other. Check first with --dry-run, then record with --apply',
    id: '--dry-run dan --apply tidak boleh bersamaan. Periksa dulu dengan --dry-run, lalu catat dengan --apply',
  },
  countsDryRunOrApply: {
    en: 'say --dry-run or --apply. Check first with --dry-run, then record with --apply',
    id: 'sebutkan --dry-run atau --apply. Periksa dulu dengan --dry-run, lalu catat dengan --apply',
  },
  countsFileUnreadable: {
    en: '{file}: cannot be read. Give the path of a CSV file',
    id: '{file}: tidak dapat dibaca. Berikan path sebuah berkas CSV',
  },
  unknownFigure: {
    en: '--list: "{value}" is not a figure. Give one of {known}',
    id: '--list: "{value}" bukan angka capaian yang dikenal. Berikan salah satu dari {known}',
  },
  erasureRequestedInFuture: {
    en: '--requested-on: {requestedOn} is after today ({today}); an erasure is requested before it is made. Give the day the request arrived',
    id: '--requested-on: {requestedOn} setelah hari ini ({today}); penghapusan data pribadi diminta sebelum dilakukan. Berikan tanggal permintaan diterima',
  },
  erasureConflict: {
    en: 'participant {participantId} was not erased: another writer changed the record at the same time. Run the command again',
    id: 'data pribadi peserta {participantId} tidak dihapus: penulis lain mengubah catatan pada saat yang sama. Jalankan perintah itu lagi',
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
