import { buildCaseStudyContent } from '../../../test/factories';
import { choosingGoals, choosingTargetsOf } from './sdg-target-choice';

describe('choosing SDG targets', () => {
  it('keeps a goal’s targets in the UN’s order beside the other goals’ targets', () => {
    expect(choosingTargetsOf(11, ['11.6', '12.5'], ['11.a', '11.2'])).toEqual(['11.2', '11.a', '12.5']);
    expect(choosingTargetsOf(12, ['11.6', '12.5'], [])).toEqual(['11.6']);
  });

  it('drops the targets of a goal no longer chosen, and the indicators’ references to them, keeping their typed codes', () => {
    const content = buildCaseStudyContent();
    expect(content.indicators[0]).toMatchObject({ sdgTarget: '12.5', unIndicator: '12.5.1' });
    const changed = choosingGoals(content, [11]);
    expect(changed.sdgTargets).toEqual(['11.6']);
    expect(changed.indicators[0]).toMatchObject({ sdgTarget: null, unIndicator: '12.5.1' });
    // Nothing to drop: the same list, so the form sees no change in it.
    expect(choosingGoals(content, [11, 12, 13]).indicators).toBe(content.indicators);
  });
});
