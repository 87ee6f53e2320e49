import { coverageEligibilityFrom } from './coverage-eligibility-setting';

describe('the coverage eligibility setting', () => {
  it('is everyone by default', () => {
    expect(coverageEligibilityFrom({})).toBe('all');
  });

  it('reads classes and class prefixes', () => {
    expect(coverageEligibilityFrom({ BINAAN_COVERAGE_ELIGIBLE_CLASSES: 'B.*' })).toEqual(['B.I', 'B.IIa', 'B.IIb', 'B.III']);
  });

  it('stops the start on a value that names no class, naming the variable', () => {
    expect(() => coverageEligibilityFrom({ BINAAN_COVERAGE_ELIGIBLE_CLASSES: 'convicted' })).toThrow(/^BINAAN_COVERAGE_ELIGIBLE_CLASSES: "convicted" names no registration class/);
  });
});
