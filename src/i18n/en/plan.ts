import type { plan as fr } from '../fr/plan.js';

/** Messages of the plan namespace (English). */
export const plan: typeof fr = {
  title: 'Relaunch scenarios and effort',
  scenario: {
    maintain: 'Maintain',
    relaunch: 'Relaunch',
    ambitious: 'Ambitious',
    custom: 'Custom budget',
  },
  scenarioHint: {
    maintain: 'Base coordination and a few light actions (≈ 0.10 FTE).',
    relaunch: 'Diagnosis, design document, relaunch meeting and core group (≈ 0.25 FTE).',
    ambitious: 'The relaunch plus more in-depth actions (≈ 0.40 FTE).',
    custom: 'The best set of actions for the monthly budget given.',
  },
  reason: {
    bestValue: 'Best value per hour',
    required: 'Required by the scenario',
    prerequisite: 'Prerequisite of {{actions}}',
    overBudget: 'Over budget',
    requires: 'Requires {{actions}}',
    noFinding: 'Answers no finding',
    lowerValue: 'Lower value than {{actions}}',
    stage: 'Does not suit the community’s stage',
  },
  phase: {
    diagnose: 'Diagnose',
    design: 'Design',
    relaunch: 'Relaunch',
    run: 'Run',
  },
  role: {
    staff: 'Staff',
    core: 'Core group',
    members: 'Members',
    sponsor: 'Sponsor',
  },
  target: {
    P1: 'Active share',
    P3: 'Facilitator dependency',
    P5: 'Newcomer activation',
    R1: 'Activities per year',
  },
  column: {
    budget: 'Budget (h)',
    hours: 'Planned hours',
    hoursPerMonth: 'Hours per month',
    fte: 'FTE',
    value: 'Value',
    cost: 'Cost',
    memberHours: 'Member hours',
    month: 'Month {{month}}',
    at6: 'At 6 months',
    at12: 'At 12 months',
    marginalValue: 'Value added',
  },
  overBudget: 'Month {{month}}: {{excess}} h over the monthly budget',
  planOverBudget: 'The required actions exceed this scenario’s budget.',
  contingency: 'Contingency ×{{factor}}',
};
