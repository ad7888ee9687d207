// Numbers, amounts, dates and names in the reader's language. Amounts arrive from the API as
// decimal strings or numbers in MAD and are shown, never computed on, here.
import { intlLocale, language } from './i18n.js';

export function name(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return (language.value === 'ar' ? value.ar || value.fr : value.fr || value.ar) || '';
}

export function number(value, digits = 0) {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: digits }).format(Number(value));
}

export function money(value) {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(intlLocale(), {
    style: 'currency', currency: 'MAD', minimumFractionDigits: 2, maximumFractionDigits: 2,
  }).format(Number(value));
}

/** A rate given as a fraction (0.5) or as a percentage already (50, with `alreadyPercent`). */
export function percent(value, { alreadyPercent = false, digits = 1 } = {}) {
  if (value === null || value === undefined || value === '') return '—';
  const fraction = alreadyPercent ? Number(value) / 100 : Number(value);
  return new Intl.NumberFormat(intlLocale(), {
    style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(fraction);
}

export function date(value) {
  if (!value) return '—';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(parsed);
}

export function dateTime(value) {
  if (!value) return '—';
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** The academic year of today, as the API spells it: 2026-2027 from September on. */
export function currentAcademicYear(today = new Date()) {
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

export function academicYears(around = currentAcademicYear(), before = 2, after = 2) {
  const start = Number(around.slice(0, 4));
  const years = [];
  for (let y = start - before; y <= start + after; y++) years.push(`${y}-${y + 1}`);
  return years;
}

export const formatters = { name, number, money, percent, date, dateTime };
