import type { cli as fr } from '../fr/cli.js';

/** Messages of the command line (English). */
export const cli: typeof fr = {
  description: 'Take the pulse of a community of practice and plan its relaunch.',
  option: {
    logo: 'logo for the title page (PNG or JPEG; SVG for the PDF and HTML)',
    authors: 'authors shown on the title page',
    budget: 'staff hours per month for a custom scenario',
    horizon: 'months planned (default 12)',
    contingency: 'contingency factor (default 1.3; 2 for a cautious plan)',
    rate: 'hourly cost of staff, in dollars',
    planFile: 'JSON file: custom actions, the organisation’s priorities, positioning',
    skipInvalid: 'import the valid rows and list the others, instead of refusing everything',
    db: 'SQLite store file (default ./pouls.db, or DATABASE_URL for PostgreSQL)',
    community: 'the community’s identifier (slug)',
    out: 'folder to write the files into',
    lang: 'report language: fr or en',
    asOf: 'date of the analysis (YYYY-MM-DD, default today)',
    window: 'window, in days, that defines an active member',
    json: 'write the result as JSON on standard output',
    format: 'file format (detected otherwise)',
    reportFormat: 'report formats, comma-separated',
    map: 'map a column to a field: column=field (repeatable)',
    dryRun: 'tell what would be added, without writing anything',
    dateFormat: 'order of ambiguous dates: dmy, mdy or ymd',
    name: 'name of the community',
  },
  command: {
    settings: 'the community’s settings: thresholds, facts the team knows, plan priorities',
    settingsShow: 'show the settings (JSON)',
    settingsSet: 'replace the settings with a checked JSON file',
    plan: 'plan the relaunch: scenarios under an hours budget, optimised and explained',
    diagnose: 'diagnose the community: freins, leviers, needs and observations, explained',
    findings: 'the team’s judgement on findings: confirm, dismiss, annotate',
    findings_confirm: 'confirm a finding (optional note)',
    findings_dismiss: 'dismiss a finding (it stays visible, marked as dismissed)',
    findings_note: 'annotate a finding',
    survey: 'the member survey',
    surveyTemplate: 'print the questionnaire, for paper or as JSON',
    identities: 'one person, one member: merge suggestions, merge, split',
    identitiesSuggest: 'list members who are probably the same person',
    identitiesMerge: 'merge member OTHER into KEEP (after checking)',
    identitiesSplit: 'undo the latest merge of a member',
    identitiesDistinct: 'say two members are two people: the pair is no longer suggested',
    init: 'create the store (and a community with --community)',
    demo: 'add the demo community (slug demo) and write its analysis and report',
    import: 'import a file: members, events, attendance, messages, contributions or ties',
    analyze: 'analyse a community',
    report: 'write the analysis-and-recommendations report',
  },
  diagnosis: {
    title: '{{name}} — diagnosis as of {{asOf}}',
    kind: {
      frein: 'Obstacles (freins)',
      levier: 'Levers (leviers)',
      besoin: 'Needs',
      constat: 'Observations',
    },
    judgement: { confirmed: 'confirmed', dismissed: 'dismissed', noted: 'annotated' },
    indicators: 'Indicators',
    status: { green: 'healthy', amber: 'watch', red: 'act', unknown: 'unknown' },
    judged: {
      confirmed: 'Finding {{id}} confirmed.',
      dismissed: 'Finding {{id}} dismissed (it stays visible, marked as such).',
      noted: 'Note added to finding {{id}}.',
    },
  },
  survey: {
    intro: 'Your answers are confidential: no result is shown for a group of fewer than 5 people.',
    multi: '(several answers possible)',
  },
  plan: {
    title: 'Relaunch plan — {{name}} ({{months}} months, contingency ×{{contingency}})',
    scenario:
      '{{name}}: {{hours}} h of a {{budget}} h budget ({{perMonth}} h/month, {{fte}} FTE); value {{value}} of {{max}}; {{members}} h of members’ volunteer time',
    cost: 'cost: ${{amount}} (from ${{low}} to ${{high}})',
    overBudget: 'months over the monthly budget: {{months}}',
    names: { maintain: 'Maintain', relaunch: 'Relaunch', ambitious: 'Ambitious', custom: 'Custom' },
  },
  identities: {
    none: 'No merge to suggest.',
    suggestion:
      '{{keepId}} “{{keepName}}” ← {{otherId}} “{{otherName}}”: {{reason}} (score {{score}})',
    merged:
      'Member {{otherId}} merged into {{keepId}}. “pouls identities split {{otherId}}” undoes it.',
    split: 'Merge undone: member {{restoredId}} is distinct from {{keptId}} again.',
    distinct:
      'Noted: members {{firstId}} and {{secondId}} are two people; this pair is no longer suggested.',
    reason: {
      initial: 'same last name, first name as initials',
      email_matches_name: 'one’s email spells the other’s name',
      similar_name: 'nearly identical names',
      same_handle_name: 'same handle',
    },
  },
  done: {
    settings: 'Settings saved.',
    survey: 'Survey imported ({{file}}): {{responses}} responses, {{ties}} declared ties.',
    surveyDryRun:
      'Dry run ({{file}}), nothing was written: {{responses}} responses, {{ties}} ties would be added.',
    erased_one: '{{count}} record left out: it names a person erased at their request.',
    erased_other: '{{count}} records left out: they name people erased at their request.',
    skipped_one: '{{count}} invalid row skipped (see above).',
    skipped_other: '{{count}} invalid rows skipped (see above).',
    init: 'Store ready: {{store}}',
    community: 'Community “{{slug}}” ready.',
    demo: 'Demo community added: {{members}} members, {{events}} events, {{messages}} messages.',
    wrote: 'Wrote: {{path}}',
    import:
      'Imported {{file}}: {{membersAdded}} members added, {{membersUpdated}} updated, {{eventsAdded}} events, {{attendance}} attendances, {{messages}} messages, {{contributions}} contributions, {{ties}} ties.',
    dryRun:
      'Dry run ({{file}}), nothing was written: {{membersAdded}} members would be added, {{membersUpdated}} updated, {{eventsAdded}} events, {{attendance}} attendances, {{messages}} messages, {{contributions}} contributions, {{ties}} ties.',
    importFailed_one: 'Import refused, nothing was written: {{count}} problem.',
    importFailed_other: 'Import refused, nothing was written: {{count}} problems.',
  },
  summary: {
    title: '{{name}} — analysis as of {{asOf}}',
    members:
      'Members: {{total}} ({{staff}} staff), active over {{window}} days: {{active}} ({{share}})',
    levels:
      'Levels: core {{core}}, active {{active}}, occasional {{occasional}}, peripheral {{peripheral}}, inactive {{inactive}}',
    participation: 'Concentration (Gini): {{gini}}; facilitator share: {{facilitator}}',
    network: 'Network: {{nodes}} connected members, {{edges}} ties, {{groups}} sub-groups',
    stage: 'Suggested stage: {{stage}}',
  },
  error: {
    unknownFinding: 'Unknown finding “{{value}}”; current findings: {{expected}}.',
    usage: 'Malformed command: {{detail}}',
    not_found:
      'Community not found: “{{slug}}”. Run “pouls demo” or “pouls import”, or check --community.',
    not_found_empty: 'The store holds no community. Run “pouls demo” or “pouls import”.',
    ambiguous_community:
      'The store holds several communities ({{slugs}}): name one with --community.',
    bad_input: 'Invalid input: {{detail}}',
    internal: 'Unexpected internal error. Run again with POULS_DEBUG=1 for details.',
    unknownKind: 'Unknown import kind “{{value}}”; expected: {{expected}}.',
    badDate: 'Invalid date “{{value}}”; expected: YYYY-MM-DD.',
    badLang: 'Unknown language “{{value}}”; expected: fr or en.',
    badFormat: 'Unknown format “{{value}}”; expected: {{expected}}.',
    badMap: 'Invalid mapping “{{value}}”; expected: column=field.',
    badNumber: 'Invalid number “{{value}}”.',
  },
};
