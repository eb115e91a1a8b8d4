import { type FundingCall } from '@twinning/contracts';

/** Calls grouped by the month of their deadline (YYYY-MM), months in order, each month's calls by deadline. */
export function callsByDeadlineMonth(calls: FundingCall[]): { month: string; calls: FundingCall[] }[] {
  const sorted = [...calls].sort((a, b) => a.closesOn.localeCompare(b.closesOn) || a.title.localeCompare(b.title));
  const months = new Map<string, FundingCall[]>();
  for (const call of sorted) {
    const month = call.closesOn.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), call]);
  }
  return [...months].map(([month, monthCalls]) => ({ month, calls: monthCalls }));
}
