/** Messages of the privacy commands: consent, export, erasure, retention, audit, backups (English). */
export const privacy = {
  command: {
    member: 'a member’s personal data: show, consents, export, erase',
    memberShow: 'show a member, their identities, consents and activity',
    memberConsent: 'record a member’s decision about one use of their data',
    memberExport: 'export everything Pouls holds about a person (JSON)',
    memberErase: 'erase a person everywhere, keeping only anonymous aggregates',
    retention: 'how long personal details of inactive members are kept',
    retentionShow: 'say whom the retention period reaches',
    retentionSet: 'set the retention period in months (“off” to keep everything)',
    retentionApply: 'erase members inactive for longer than the period',
    audit: 'the audit log: who viewed, exported, changed or erased what, and when',
    backup: 'copy the store to a file while it stays in use',
    restore: 'replace the store with a backup copy',
  },
  option: {
    use: 'use: directory, quotes, identified_survey or recommendations',
    grant: 'the member grants consent',
    decline: 'the member declines',
    out: 'file to write the export to (standard output otherwise)',
    yes: 'confirm the erasure (it cannot be undone)',
    dryRun: 'say who would be erased, without erasing anything',
    limit: 'most entries shown (1000 by default)',
  },
  use: {
    directory: 'directory',
    quotes: 'quotes',
    identified_survey: 'identified survey answers',
    recommendations: 'recommendations',
  },
  show: {
    title: 'Member {{id}} — {{name}}',
    erased: 'Personal details erased on {{date}}.',
    profile: 'Organisation: {{organization}} · role: {{role}} · region: {{region}}',
    identities: 'Identities: {{list}}',
    noIdentities: 'Identities: none',
    consent: '  {{use}}: {{state}}',
    consents: 'Consents:',
    granted: 'granted on {{date}} ({{source}})',
    declined: 'declined on {{date}} ({{source}})',
    notAsked: 'not asked (counts as declined)',
    activity:
      'Activity: {{attendance}} attendances, {{messages}} messages, {{contributions}} contributions, {{ties}} ties, {{surveyResponses}} survey responses',
    none: '—',
  },
  done: {
    consent: 'Decision recorded for member {{memberId}}: {{use}}, {{state}}.',
    grantedWord: 'granted',
    declinedWord: 'declined',
    exported: 'Export of member {{memberId}} written to {{file}}.',
    erased:
      'Member {{memberId}} erased: {{identities}} identities and {{consents}} consents deleted, {{messages}} messages, {{contributions}} contributions and {{surveyResponses}} responses anonymised, {{redactedTexts}} texts redacted.',
    eraseConfirm:
      'Erasing member {{id}} ({{name}}) cannot be undone: {{messages}} messages, {{attendance}} attendances, {{surveyResponses}} survey responses. Run again with --yes to confirm.',
    retentionSet: 'Retention period: {{months}} months.',
    retentionOff: 'Retention period removed: everything is kept.',
    backup: 'Backup written to {{file}}.',
    restore: 'Store restored from {{file}}.',
  },
  retention: {
    none: 'No retention period for “{{community}}”: everything is kept (pouls retention set MONTHS).',
    summary:
      '“{{community}}” keeps members’ details {{months}} months after their last trace: on {{asOf}}, {{count}} members last seen before {{cutoff}} are due for erasure ({{undated}} with no date at all are not; {{alreadyErased}} already erased).',
    due: '  member {{id}}, last seen on {{lastSeen}}',
    dryRun: 'Dry run: nothing was erased.',
    applied: '{{members}} members erased.',
  },
  audit: {
    empty: 'The audit log is empty.',
    line: '{{at}}  {{actor}}  {{action}}  {{target}}{{community}}  {{detail}}',
  },
  error: {
    memberNotFound:
      'No member “{{ref}}” in community “{{slug}}”: give a number, an email or the exact name.',
    memberAmbiguous: 'Several members match “{{ref}}”: {{candidates}}. Give the member’s number.',
    consentChoice: 'Say --grant or --decline (one of the two).',
    busy: 'The store is busy: another process is writing to it (an import?); nothing was written. Try again when it is done.',
    notABackup: '“{{file}}” is not a Pouls backup ({{reason}}); nothing was changed.',
    newerBackup:
      '“{{file}}” comes from a newer Pouls (unknown migrations: {{migrations}}); upgrade Pouls before restoring.',
    pgToolMissing:
      '{{tool}} not found: install the PostgreSQL client (package postgresql-client) or add it to the PATH.',
    pgToolFailed: '{{tool}} failed: {{detail}}',
  },
};
