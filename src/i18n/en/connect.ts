/** Messages of the connect namespace (English): directory, recommendations, digest. */
export const connect = {
  command: {
    directory: 'Member directory (with their consent)',
    directoryLink: 'Create the personal link through which a member edits their profile',
    directoryList: 'List the members who agreed to appear in the directory',
    directoryConsent: 'Record a member’s decision (directory or recommendations: yes or no)',
    recommend: 'Recommendations: peers to meet, members who can answer, initiatives',
  },
  option: {
    member: 'member number',
    k: 'recommendations per kind (5 by default)',
    digest: 'write each member’s “people you could meet” digest',
    digestFormat: 'digest format: md or html (md by default)',
    out: 'folder to write the digests to',
    days: 'days the link stays valid (90 by default)',
    baseUrl: 'web app address put before the token',
  },
  link: 'Personal link of {{name}} (valid until {{expiresOn}}): {{url}}',
  linkNote: 'The token is shown only once; a new link replaces the earlier ones.',
  directoryEmpty: 'No one has agreed to appear in the directory yet.',
  directoryLine:
    '{{name}} — {{organization}}, {{region}} — expertise: {{expertise}} — interests: {{interests}}',
  consentSaved: 'Decision recorded: {{use}} = {{granted}} for member {{member}}.',
  peers: 'Peers to meet',
  answerers: 'Members who can answer your needs',
  initiatives: 'Initiatives and resources to discover',
  nothing: 'No recommendation for now.',
  digestWritten: '{{count}} digests written to {{dir}}.',
  reason: {
    sharedInterests: 'you are both interested in {{topics}}',
    offers: 'knows {{topics}} well, which interests you',
    bridgeGroup: 'belongs to a sub-group yours rarely meets',
    bridgeRegion: 'works in another region ({{region}})',
    sameRegion: 'also works in {{region}}: easy to meet in person',
    commonContacts: '{{count}} contacts in common',
    active: 'has taken an active part lately',
    canAnswer: 'can help with “{{need}}”',
    matchesInterests: 'on {{topic}}, which interests you',
    notYetJoined: 'you have not taken part yet',
  },
  digest: {
    title: 'People you could meet — {{community}}',
    hello:
      'Hello {{name}}, here are a few suggestions from the community, chosen from your interests, your needs and the network.',
    peers: 'Peers to meet',
    answerers: 'Members who can answer your needs',
    initiatives: 'Initiatives and resources to discover',
    footer:
      'You receive this message because you agreed to recommendations. Only people who agreed too appear in it. You can edit your profile or withdraw your consent through your personal link.',
    item: {
      event: '{{title}} ({{date}})',
      resource: 'Resource: {{title}} ({{date}})',
      thread: 'Discussion: “{{title}}” ({{date}})',
    },
  },
  error: {
    unknownMember: 'Unknown member “{{value}}”.',
    notConsenting:
      'Member {{value}} has not agreed to recommendations: no recommendation concerns them.',
    invalidLink: 'This personal link is not valid or has expired.',
    badUse: 'Unknown use “{{value}}”; expected: {{expected}}.',
  },
};
