import { type CaseStudyContent, SDG_TARGET_NUMBERS, sdgGoalOfTarget } from '@twinning/contracts';

type TargetFields = Pick<CaseStudyContent, 'sdgs' | 'sdgTargets' | 'indicators'>;

const inOfficialOrder = (targets: Iterable<string>) => {
  const chosen = new Set(targets);
  return SDG_TARGET_NUMBERS.filter((number) => chosen.has(number));
};

/**
 * New goals, and with them the targets still under a chosen goal. An indicator whose target went
 * with its goal names none any more; its UN indicator code stays as typed, for the writer to
 * change or clear (the form shows it as not of the row's target).
 */
export function choosingGoals(current: TargetFields, sdgs: number[]): TargetFields {
  const sdgTargets = current.sdgTargets.filter((target) => sdgs.includes(sdgGoalOfTarget(target) ?? 0));
  const dropped = (target: string | null) => target !== null && !sdgTargets.includes(target);
  return {
    sdgs,
    sdgTargets,
    indicators: current.indicators.some((indicator) => dropped(indicator.sdgTarget))
      ? current.indicators.map((indicator) => (dropped(indicator.sdgTarget) ? { ...indicator, sdgTarget: null } : indicator))
      : current.indicators,
  };
}

/** The targets with one goal's replaced by `chosen`, in the UN's order. */
export function choosingTargetsOf(goal: number, sdgTargets: readonly string[], chosen: readonly string[]): string[] {
  return inOfficialOrder([...sdgTargets.filter((target) => sdgGoalOfTarget(target) !== goal), ...chosen]);
}
