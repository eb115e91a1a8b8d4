import { type CaseStudyStatus, type Currency, type Outcome } from '@twinning/contracts';

/** Green for what worked, red for what did not: the reader sees the outcome before reading. */
export const OUTCOME_COLORS: Record<Outcome, string> = {
  success: 'green',
  partial: 'yellow',
  failure: 'red',
  ongoing: 'blue',
};

/** How a budget is written: in its currency, with cents only where it has them; a plain number without one. */
export function budgetFormat(amount: number, currency: Currency | null): Intl.NumberFormatOptions | undefined {
  return currency ? { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 } : undefined;
}

export const STATUS_COLORS: Record<CaseStudyStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  changes_requested: 'orange',
  published: 'green',
  rejected: 'red',
  archived: 'dark',
};

/** The statuses in which the owning municipality may change the working copy (the API's lifecycle). */
const EDITABLE_STATUSES: readonly CaseStudyStatus[] = ['draft', 'changes_requested', 'published'];

export function isEditable(status: CaseStudyStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/**
 * The colours of the UN Sustainable Development Goals, as the UN's communication guidelines give
 * them, each with whichever text colour, white or near-black, contrasts more with it (the UN's
 * all-white text is hard to read on the yellows and light blues).
 */
const SDG_BACKGROUNDS: Record<number, string> = {
  1: '#E5243B',
  2: '#DDA63A',
  3: '#4C9F38',
  4: '#C5192D',
  5: '#FF3A21',
  6: '#26BDE2',
  7: '#FCC30B',
  8: '#A21942',
  9: '#FD6925',
  10: '#DD1367',
  11: '#FD9D24',
  12: '#BF8B2E',
  13: '#3F7E44',
  14: '#0A97D9',
  15: '#56C02B',
  16: '#00689D',
  17: '#19486A',
};

export interface SdgColors {
  background: string;
  text: string;
}

export function sdgColors(sdg: number): SdgColors {
  const background = SDG_BACKGROUNDS[sdg] ?? '#495057';
  const luminance = relativeLuminance(background);
  const withWhite = 1.05 / (luminance + 0.05);
  const withDark = (luminance + 0.05) / (relativeLuminance(DARK_TEXT) + 0.05);
  return { background, text: withWhite >= withDark ? '#FFFFFF' : DARK_TEXT };
}

const DARK_TEXT = '#1A1B1E';

function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
