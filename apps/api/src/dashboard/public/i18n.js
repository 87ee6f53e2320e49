// Bahasa Indonesia first: the staff of Disnaker, the lapas and the LPK read this page.
const messages = {
  id: {
    title: 'Dasbor hasil program',
    subtitle: 'Pelatihan vokasi warga binaan: dari pendaftaran sampai bekerja setelah bebas',
    signOut: 'Keluar',
    signInTitle: 'Masuk',
    signInHelp: 'Masuk dengan nama pengguna dan kata sandi Anda. Saat mencoba Binaan, pakai akun demo yang dicetak saat Binaan dijalankan (demo-viewer cukup).',
    usernameLabel: 'Nama pengguna',
    passwordLabel: 'Kata sandi',
    signInSubmit: 'Masuk',
    signInSso: 'Masuk dengan SSO',
    signInRejected: 'Nama pengguna atau kata sandi salah.',
    signInThrottled: 'Terlalu banyak percobaan gagal. Coba lagi dalam {seconds} detik.',
    sessionEnded: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
    signedInAs: 'Masuk sebagai {name}',
    loadFailed: 'Data tidak dapat dimuat ({code}). Coba muat ulang halaman.',
    filters: 'Saring',
    programme: 'Program',
    facility: 'Lapas',
    cohort: 'Angkatan (bulan masuk)',
    all: 'Semua',
    asOf: 'Data per',
    funnelTitle: 'Perjalanan peserta',
    funnelHint: 'Berapa orang sampai di setiap tahap, dan dari berapa orang persentasenya dihitung.',
    step_enrolled: 'Terdaftar',
    step_graduated: 'Lulus semua modul wajib',
    step_released: 'Sudah bebas',
    step_reachedAtM6: 'Berhasil dihubungi di bulan ke-6',
    step_workingAtM6: 'Bekerja / berusaha di bulan ke-6',
    of_enrolled: '{rate} dari yang terdaftar',
    of_dueAtM6: '{rate} dari yang jatuh tempo dihubungi di bulan ke-6',
    of_reachedAtM6: '{rate} dari yang berhasil dihubungi di bulan ke-6',
    outOf: '{n} dari {d}',
    noDenominator: 'belum ada pembagi',
    people: 'orang',
    kpiCompletion: 'Tingkat kelulusan',
    kpiCompletionHint: 'lulus ÷ terdaftar',
    kpiContactM6: 'Kontak bulan ke-6',
    kpiContactM6Hint: 'berhasil dihubungi ÷ jatuh tempo',
    kpiWorkingM6: 'Bekerja di bulan ke-6',
    kpiWorkingM6Hint: 'bekerja ÷ berhasil dihubungi di bulan ke-6',
    kpiFirstAttempt: 'Kompeten pada percobaan pertama',
    kpiFirstAttemptHint: 'modul kompeten pada penilaian pertama ÷ modul dinilai',
    kpiWorkingM6Due: 'Bekerja di bulan ke-6, dari yang jatuh tempo',
    kpiWorkingM6DueHint: 'bekerja ÷ jatuh tempo dihubungi di bulan ke-6 (yang tidak terhubungi dihitung tidak bekerja)',
    kpiTrainedSkillM6: 'Menggunakan keterampilan pelatihan',
    kpiTrainedSkillM6Hint: 'pekerjaannya memakai keterampilan pelatihan ÷ bekerja di bulan ke-6',
    kpiReturned12m: 'Kembali ke lapas dalam 12 bulan',
    kpiReturned12mHint: 'kembali ke lapas dalam 12 bulan setelah bebas ÷ bebas sedikitnya 12 bulan lalu',
    kpiOverdue: 'Pemantauan terlambat',
    kpiOverdueHint: '{due} lagi sedang jatuh tempo',
    contactTitle: 'Tingkat kontak per tahap pemantauan',
    contactHint: 'Dari peserta yang sudah jatuh tempo dihubungi, berapa yang berhasil dihubungi (1, 3, 6 dan 12 bulan setelah bebas).',
    milestone: 'Tahap',
    due: 'Jatuh tempo',
    reached: 'Berhasil dihubungi',
    contactRate: 'Tingkat kontak',
    month: 'Bulan ke-{n}',
    groupsTitle: 'Hasil per lapas dan angkatan',
    groupsHint: 'Setiap angka ditampilkan bersama pembaginya. Kelompok di bawah 10 orang ditandai: angkanya belum bisa dijadikan pegangan.',
    colFacility: 'Lapas',
    colCohort: 'Angkatan',
    colEnrolled: 'Terdaftar',
    colGraduated: 'Lulus',
    colReleased: 'Bebas',
    colReachedM6: 'Dihubungi bln ke-6',
    colWorkingM6: 'Bekerja bln ke-6',
    smallGroup: 'kelompok kecil',
    suppressed: 'kurang dari 10 orang, tidak ditampilkan',
    noData: 'Belum ada data untuk pilihan ini.',
    total: 'Jumlah',
    coverageTitle: 'Jangkauan program per lapas',
    coverageHint: 'Peserta program di lapas itu pada akhir bulan ÷ jumlah penghuni menurut hitungan terakhir sampai hari itu. Bulan tanpa hitungan penghuni tidak diberi angka.',
    coverageMonth: 'Bulan terakhir',
    coverageInProgramme: 'Peserta program',
    coverageHeld: 'Penghuni (tanggal hitung)',
    coverageRate: 'Jangkauan',
    coverageNoCount: 'belum ada hitungan penghuni',
    coverageCountedOn: '{held} per {date}',
    privacyNote: 'Dasbor ini hanya menampilkan angka gabungan. Tidak ada nama, nomor registrasi atau NIK.',
    definitionsNote: 'Bekerja = kerja formal, informal atau usaha sendiri yang dilaporkan saat kontak bulan ke-6; usaha yang masih direncanakan belum dihitung bekerja.',
  },
  en: {
    title: 'Programme outcomes dashboard',
    subtitle: 'Vocational training in prison: from enrolment to earning a living after release',
    signOut: 'Sign out',
    signInTitle: 'Sign in',
    signInHelp: 'Sign in with your username and password. To try Binaan out, use a demo account printed when Binaan started (demo-viewer is enough).',
    usernameLabel: 'Username',
    passwordLabel: 'Password',
    signInSubmit: 'Sign in',
    signInSso: 'Sign in with SSO',
    signInRejected: 'The username or password is wrong.',
    signInThrottled: 'Too many failed attempts. Try again in {seconds} seconds.',
    sessionEnded: 'Your session has ended. Please sign in again.',
    signedInAs: 'Signed in as {name}',
    loadFailed: 'The data could not be loaded ({code}). Try reloading the page.',
    filters: 'Filters',
    programme: 'Programme',
    facility: 'Prison',
    cohort: 'Cohort (month of enrolment)',
    all: 'All',
    asOf: 'Figures as of',
    funnelTitle: 'Participant journey',
    funnelHint: 'How many people reached each stage, and out of how many each percentage is taken.',
    step_enrolled: 'Enrolled',
    step_graduated: 'Passed every required module',
    step_released: 'Released',
    step_reachedAtM6: 'Reached at month 6',
    step_workingAtM6: 'Working or self-employed at month 6',
    of_enrolled: '{rate} of those enrolled',
    of_dueAtM6: '{rate} of those due a month-6 contact',
    of_reachedAtM6: '{rate} of those reached at month 6',
    outOf: '{n} of {d}',
    noDenominator: 'no denominator yet',
    people: 'people',
    kpiCompletion: 'Completion rate',
    kpiCompletionHint: 'graduated ÷ enrolled',
    kpiContactM6: 'Contact at month 6',
    kpiContactM6Hint: 'reached ÷ due',
    kpiWorkingM6: 'Working at month 6',
    kpiWorkingM6Hint: 'working ÷ reached at month 6',
    kpiFirstAttempt: 'Competent at the first attempt',
    kpiFirstAttemptHint: 'modules competent at their first assessment ÷ modules assessed',
    kpiWorkingM6Due: 'Working at month 6, of those due',
    kpiWorkingM6DueHint: 'working ÷ due a month-6 contact (those not reached count as not working)',
    kpiTrainedSkillM6: 'Work uses the trained skill',
    kpiTrainedSkillM6Hint: 'work using the trained skill ÷ working at month 6',
    kpiReturned12m: 'Back in custody within 12 months',
    kpiReturned12mHint: 'returned to custody within 12 months of release ÷ released at least 12 months ago',
    kpiOverdue: 'Overdue follow-ups',
    kpiOverdueHint: '{due} more are due now',
    contactTitle: 'Contact rate per follow-up milestone',
    contactHint: 'Of the people due a contact, how many were reached (1, 3, 6 and 12 months after release).',
    milestone: 'Milestone',
    due: 'Due',
    reached: 'Reached',
    contactRate: 'Contact rate',
    month: 'Month {n}',
    groupsTitle: 'Outcomes per prison and cohort',
    groupsHint: 'Every figure is shown with its denominator. Groups under 10 people are flagged: their rates say little yet.',
    colFacility: 'Prison',
    colCohort: 'Cohort',
    colEnrolled: 'Enrolled',
    colGraduated: 'Graduated',
    colReleased: 'Released',
    colReachedM6: 'Reached at M6',
    colWorkingM6: 'Working at M6',
    smallGroup: 'small group',
    suppressed: 'fewer than 10 people, not shown',
    noData: 'No data for this selection yet.',
    total: 'Total',
    coverageTitle: 'Programme reach per prison',
    coverageHint: 'People in the programme at the prison at the month’s end ÷ people held by the latest count up to that day. A month without a head count gets no figure.',
    coverageMonth: 'Latest month',
    coverageInProgramme: 'In the programme',
    coverageHeld: 'Held (count date)',
    coverageRate: 'Reach',
    coverageNoCount: 'no head count yet',
    coverageCountedOn: '{held} on {date}',
    privacyNote: 'This dashboard shows totals only. No names, registration numbers or NIKs.',
    definitionsNote: 'Working = formal, informal or self-employed work reported at the month-6 contact; a business still planned is not work yet.',
  },
};

const storageKey = 'binaan.lang';

export const currentLanguage = () => (localStorage.getItem(storageKey) === 'en' ? 'en' : 'id');

export const setLanguage = (language) => localStorage.setItem(storageKey, language === 'en' ? 'en' : 'id');

/** The message for `key` in the current language, with `{name}` placeholders filled in. */
export const t = (key, values = {}) => {
  const template = messages[currentLanguage()][key] ?? messages.id[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
};

/** Rewrites every static text marked with data-i18n. */
export const translatePage = () => {
  document.documentElement.lang = currentLanguage();
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder));
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === currentLanguage()));
  }
  document.title = `Binaan · ${t('title')}`;
};

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'id-ID');

export const formatCount = (value) => new Intl.NumberFormat(locale()).format(value);

export const formatRate = (rate) =>
  rate === null || rate === undefined ? '–' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** `2019-03` as "Maret 2019" / "March 2019". */
export const formatMonth = (cohort) => {
  const [year, month] = cohort.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
};

export const formatDate = (date) =>
  date === null ? '–' : new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
