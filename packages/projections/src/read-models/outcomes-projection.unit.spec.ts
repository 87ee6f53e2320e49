import { defaultFollowUpWindows, shippedCatalogue } from '@binaan/domain';
import { outcomesProjection } from './outcomes-projection';

describe('the outcomes projection', () => {
  it('refuses follow-up windows it cannot date a worklist by, naming the window, the field and the rule', () => {
    const [m1, m3] = defaultFollowUpWindows;
    const withWindows = (followUpWindows: typeof defaultFollowUpWindows) => () => outcomesProjection({ catalogue: shippedCatalogue, followUpWindows });
    expect(withWindows([m1!, { ...m3!, halfWidthDays: -1 }])).toThrow('followUpWindows[1] (M3).halfWidthDays: must be a whole number of days, 0 or more; got -1');
    expect(withWindows([{ ...m1!, halfWidthDays: 2.5 }])).toThrow('followUpWindows[0] (M1).halfWidthDays: must be a whole number of days');
    expect(withWindows([{ ...m1!, monthsAfterRelease: -2 }])).toThrow('followUpWindows[0] (M1).monthsAfterRelease: must be a whole number of months, 0 or more; got -2');
    expect(withWindows([m1!, m1!])).toThrow('followUpWindows[1] (M1): milestone is given twice');
    expect(withWindows(defaultFollowUpWindows)).not.toThrow();
  });

  it('records its windows in its rules, so a version dated by other windows is rebuilt', () => {
    const rules = (followUpWindows: typeof defaultFollowUpWindows) => outcomesProjection({ catalogue: shippedCatalogue, followUpWindows }).rules;
    const wider = defaultFollowUpWindows.map((window) => ({ ...window, halfWidthDays: window.halfWidthDays + 5 }));
    expect(rules(defaultFollowUpWindows)).toBe(rules([...defaultFollowUpWindows]));
    expect(rules(wider)).not.toBe(rules(defaultFollowUpWindows));
    expect(rules(defaultFollowUpWindows)).toContain('M12:12m±30d');
  });
});
