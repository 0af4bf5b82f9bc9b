import type { report as fr } from '../fr/report.js';

/** Messages of the report namespace (English). */
export const report: typeof fr = {
  cover: {
    title: 'Analysis and recommendations',
    subtitle: 'Portrait and dynamism of the community of practice',
    period: 'Period covered',
    periodRange: '{{from}} to {{to}}',
    date: 'Report date',
    authors: 'Prepared by',
    authorsDefault: 'Facilitation team, with Pouls',
  },
  contents: 'Contents',
  table: 'Table',
  figure: 'Figure',
  footer: 'Report produced with Pouls · working document, restricted circulation',
  output: {
    page: 'Page',
    of: 'of',
    agenda: 'Agenda',
    keyMessages: 'Key messages',
    nextSteps: 'Next steps',
    nextStepsItems: [
      'Validate this portrait with the facilitation team and a few core members',
      'Survey members on perceived value and needs',
      'Choose a relaunch scenario, its follow-up indicators and its calendar',
    ],
    discussion: 'Questions and discussion',
    tocHint: 'To refresh the table of contents, right-click it and choose “Update Field”.',
    logo: 'Logo',
    threshold: 'Thresholds',
    source: 'Source',
  },
  status: { green: 'Healthy', amber: 'Watch', red: 'Act', none: 'Reference' },
  notAvailable: 'n/a',
  others: 'Others (groups under 5)',
  fewerThanFive: 'fewer than 5',
  unspecified: 'Not specified',
  weeks: '{{weeks}} weeks ({{days}} days)',
  weeksShort: '{{weeks}} weeks',
  daysShort: '{{days}} days',
  nouns: {
    registered_one: '{{n}} registered member',
    registered_other: '{{n}} registered members',
    registered_many: '{{n}} registered members',
    staff_one: '{{n}} of them',
    staff_other: '{{n}} of them',
    staff_many: '{{n}} of them',
    joined_one: '{{n}} person joined',
    joined_other: '{{n}} people joined',
    joined_many: '{{n}} people joined',
    member_one: '{{n}} member',
    member_other: '{{n}} members',
    member_many: '{{n}} members',
    subgroup_one: '{{n}} sub-group',
    subgroup_other: '{{n}} sub-groups',
    subgroup_many: '{{n}} sub-groups',
    isolated_one: '{{n}} member has no tie to others',
    isolated_other: '{{n}} members have no tie to others',
    isolated_many: '{{n}} members have no tie to others',
  },
  indicators: {
    P1: {
      label: 'Active members',
      detail: '{{active}} of {{total}} members, in the last {{window}} days',
      threshold: 'Healthy: 25% or more · watch: 10 to 25% · act: under 10%',
      source: 'Method P1; Wenger, McDermott & Snyder (2002); Nielsen (2006)',
    },
    P3: {
      label: 'Facilitator dependency',
      detail: 'share of activity started by the facilitation team',
      threshold: 'Healthy: under 50% · watch: 50 to 80% · act: over 80%',
      source: 'Method P3; Webber (leader-energy curve)',
    },
    P4: {
      label: 'Movement between levels',
      detail:
        'up: {{up}} · down: {{down}} (last 12 months), i.e. {{rate}} moves up per 100 members',
      threshold: 'Healthy: 3 or more moves up a year per 100 members · act: no move up',
      source: 'Method P4; Wenger-Trayner (flows between levels)',
    },
    P5: {
      label: 'Newcomer activation',
      detail: 'newcomers who took part within 90 days of joining',
      threshold: 'Healthy: 40% or more · watch: 15 to 40% · act: under 15%',
      source: 'Method P5; Lampron & Dubé (2021), fabriqueREL',
    },
    P6: {
      label: 'Retention',
      detail: 'last year’s active members still active this year',
      threshold: 'Healthy: 60% or more · watch: 40 to 60% · act: under 40%',
      source: 'Method P6; KM Insider (2025)',
    },
    R1: {
      label: 'Activities per year',
      detail: 'longest gap without an activity: {{gap}}',
      threshold:
        'Healthy: 6 or more activities a year and no gap over 8 weeks · act: a gap over 12 weeks',
      source: 'Method R1; TIESS, Harper College, Niagara College examples',
    },
  },
  summary: {
    title: 'Executive summary',
    intro:
      'This report portrays {{community}} as of {{asOf}}, from the activity data imported into Pouls. The statements below summarise the key indicators; details, definitions and limits follow.',
    statementsTitle: 'Key findings',
    activeLevels:
      '{{active}} of {{total}} members ({{share}}) took part in the last {{window}} days, {{verdict}}. The core group ({{core}}) and the active group ({{activeLevel}}) make up {{coreActiveShare}} of members, where the literature puts these two groups at about 25 to 35%.',
    verdict: {
      green: 'a healthy level against the method’s threshold',
      amber: 'a level to watch against the method’s threshold',
      red: 'a level that calls for action against the method’s threshold',
      none: 'with no applicable threshold',
    },
    facilitator: {
      green:
        'The facilitation team starts {{share}} of the activity: members carry a good share of the exchanges.',
      amber:
        'The facilitation team starts {{share}} of the activity: the community still depends heavily on facilitation.',
      red: 'The facilitation team starts {{share}} of the activity: the community’s life rests almost entirely on it.',
      none: 'The share of activity started by the facilitation team could not be measured.',
    },
    rhythm: {
      green:
        'The community holds {{perYear}} activities a year on average and its longest gap without an activity is {{gap}}: the rhythm is regular.',
      amber:
        'The community holds {{perYear}} activities a year on average and its longest gap without an activity is {{gap}}: the rhythm would benefit from being steadier.',
      red: 'The community holds {{perYear}} activities a year on average and its longest gap without an activity is {{gap}}: the rhythm has broken down.',
      none: 'The community holds {{perYear}} activities a year on average.',
    },
    network: {
      linked: 'The exchange network links {{linked}} in {{groups}}; {{isolated}}.',
      silos:
        'The sub-groups are clearly separated (modularity {{modularity}}): silos are possible.',
      open: 'The sub-groups remain connected to each other (modularity {{modularity}}).',
    },
    stage:
      'The signals observed suggest the “{{stage}}” stage (Wenger, McDermott & Snyder, 2002), a hypothesis to confirm with the facilitation team.',
    indicatorsTitle: 'Key indicators',
    legendTitle: 'Reading the colours',
    legend:
      'Healthy: the situation is sound. Watch: attention is needed. Act: action is recommended. Thresholds are the Pouls method’s defaults (section 4.1), anchored in the literature; they can be adjusted to the community’s reality.',
  },
  portrait: {
    title: 'Portrait of the community',
    intro:
      'The community has {{registered}}, {{staff}} on the facilitation team; {{joined}} in the last {{window}} days.',
    members: 'Registered members',
    active: 'Active members',
    new: 'New members',
    newDetail: 'in the last {{window}} days',
    staff: 'Facilitation team',
    region: 'Members by administrative region',
    discipline: 'Members by discipline',
    orgType: 'Members by type of organisation',
    group: 'Group',
    count: 'Members',
    share: 'Share',
    activeCount: 'Active',
    empty: '{{caption}}: no data is available.',
    note: 'Groups of fewer than 5 members are merged into “Others (groups under 5)”. A person may declare several disciplines, so shares can add up to more than 100%.',
  },
  evolution: {
    title: 'Evolution',
    intro:
      'From {{from}} to {{to}}, monthly active members peaked at {{peak}} in {{peakMonth}}; there were {{last}} in {{lastMonth}}.',
    empty: 'No monthly data is available.',
    chartCaption: 'Active members and messages per month',
    chartAlt:
      'Line chart, {{from}} to {{to}}: active members per month ({{activeMin}} to {{activeMax}}) and messages per month ({{messagesMin}} to {{messagesMax}}).',
    activeMembers: 'Active members',
    messages: 'Messages',
    yoyCaption: 'Year-over-year comparison',
    yoyShort:
      'A year-over-year comparison needs at least 24 months of data; it will be possible at the next update.',
    indicator: 'Indicator',
    last12: 'Last 12 months',
    previous12: 'Previous 12 months',
    change: 'Change',
    averageActive: 'Active members (monthly average)',
    newMembers: 'New members',
    events: 'Activities',
    attendances: 'Attendances',
    contributions: 'Contributions',
    monthlyCaption: 'The last 12 months in detail',
    month: 'Month',
  },
  participation: {
    title: 'Dynamism and participation',
    levelsTitle: 'Levels of participation',
    levelsIntro:
      'Each member is placed by recent activity, from the core group to inactive members (Wenger-Trayner categories). A core of about 10 to 15% and an active group of 15 to 20% are usual proportions; most members stay peripheral, which is normal.',
    level: 'Level',
    reference: 'Reference',
    referenceCore: '10 to 15%',
    referenceActive: '15 to 20%',
    levelsCaption: 'Members by level of participation',
    levelsAlt: 'Bar chart of members by level: {{values}}.',
    concentrationTitle: 'Concentration of activity',
    gini: 'Gini index',
    giniDetail: '0: activity evenly spread; 1: a single person',
    top10: 'Share of the most active 10%',
    top10Detail: 'of all activity',
    absence: 'Absence factor',
    absenceDetail_one: 'member produces half of the activity',
    absenceDetail_other: 'members produce half of the activity',
    absenceDetail_many: 'members produce half of the activity',
    concentrationHigh:
      'Activity is highly concentrated: if a few people stepped away, much of the exchange would stop. A broader core group would reduce this risk.',
    concentrationModerate:
      'Activity is concentrated on a minority of members, as in most communities; succession still deserves preparation.',
    concentrationLow: 'Activity is well spread among members.',
    responsivenessTitle: 'Responsiveness of exchanges',
    unanswered: 'Unanswered threads',
    unansweredDetail: 'threads started in the last 12 months with no reply from another member',
    firstReply: 'Median time to first reply',
    firstReplyValue: '{{hours}} h',
    firstReplyDetail: 'from the start of a thread to the first reply by another member',
    renewalTitle: 'Renewal and autonomy',
    renewalIntro:
      'These three indicators tell whether the community renews itself (newcomer activation), keeps its members (retention) and lives without depending on the facilitation team.',
    noData: 'not measurable',
  },
  rhythm: {
    title: 'Rhythm',
    intro:
      'A predictable rhythm is one of Wenger, McDermott & Snyder’s (2002) seven principles. The method sees a healthy rhythm at 6 or more activities a year with no gap over 8 weeks, and calls for action beyond 12 weeks without an activity.',
    perYear: 'Activities per year',
    longestGap: 'Longest gap',
    medianGap: 'Median gap',
    medianDetail: 'between two activities',
    sinceLast: 'Since the last activity',
    sinceLastDetail: 'as of {{asOf}}',
  },
  network: {
    title: 'Network',
    intro:
      'The network links two members when they attended the same activities, replied to or mentioned each other, or declared a tie. It covers the whole history up to {{asOf}}.',
    measuresCaption: 'Network measures',
    measure: 'Measure',
    value: 'Value',
    nodes: 'Members in the network (nodes)',
    edges: 'Ties',
    density: 'Density',
    averageDegree: 'Average ties per member',
    clustering: 'Clustering coefficient',
    components: 'Components',
    isolates: 'Isolated members',
    largestComponent: 'Largest component (members)',
    maxCore: 'Network core (maximal k-core)',
    crossRegion: 'Ties across regions',
    crossDiscipline: 'Ties with no discipline in common',
    modularity: 'Modularity',
    mapCaption: 'Network map by sub-group',
    mapAlt:
      'Network map: {{linked}} in {{groups}}; the size of a dot is proportional to the sum of its ties.',
    group: 'Sub-group {{n}}',
    groupsCaption: 'Sub-groups',
    groupColumn: 'Sub-group',
    size: 'Members',
    share: 'Share of the network',
    silos:
      'The sub-groups are clearly separated (modularity {{modularity}}): exchanges flow mostly within each one. Activities that mix sub-groups would help avoid silos.',
    open: 'The sub-groups remain connected (modularity {{modularity}}): exchanges flow from one group to another.',
    brokersCaption: 'Bridging members (betweenness)',
    brokersIntro:
      'Bridging members connect parts of the network that would otherwise be weakly linked. They are valuable for spreading information, and their departure would weaken the community.',
    name: 'Member',
    betweenness: 'Betweenness',
    level: 'Level',
    noBrokers: 'No member plays a notable bridging role.',
    approximateTitle: 'Approximate measure',
    approximate:
      'Betweenness was estimated by sampling because of the size of the network; the order of bridging members is reliable, exact values less so.',
  },
  stage: {
    title: 'Stage of development',
    intro: 'Suggested stage: “{{stage}}”.',
    description: {
      potential:
        'People facing similar issues find each other and discover what they have in common; the idea of a community takes shape.',
      coalescing:
        'Members come together, build trust and define the community’s value; a core group emerges and a welcome process is needed.',
      maturing:
        'The issue moves from value to clarifying the domain, roles and boundaries; members want to be more systematic.',
      stewardship:
        'The task is to keep the community alive and relevant through changes in members, leadership and practice; the risk is a plateau (same voices, routine formats, few newcomers).',
      transformation:
        'The community may fade, merge, split or be institutionalised; its future must be decided.',
    },
    evidenceCaption: 'Signals considered',
    signal: 'Signal',
    value: 'Value',
    calloutTitle: 'A suggestion to confirm',
    callout:
      'The stage is inferred from a few measurable signals. It does not replace the judgement of the facilitation team and members, who know the community’s history and context. A stage can also move back during a relaunch.',
    relaunch:
      'The community is more than two years old but has lost its rhythm or its core: it is back at the coalescing stage. This calls for a relaunch (diagnosis, design, relaunch meeting) rather than mere maintenance.',
    rules: {
      'no-activity': 'no activity',
      'silent-year': 'no activity for a year',
      decline: 'marked decline',
      young: 'new community',
      forming: 'forming',
      relaunch: 'relaunch',
      'self-sustaining': 'self-sustaining',
      established: 'established',
    },
    signals: {
      rule: 'Rule applied',
      ageDays: 'Age (days)',
      activitiesLastYear: 'Participations, last 12 months',
      R1_eventsPerYear: 'Activities, last 12 months (R1)',
      R1_longestGapDays: 'Longest gap between activities, in days (R1)',
      P2_coreMembers: 'Core members, excluding staff (P2)',
      P2_coreShare: 'Core share (P2)',
      P3_facilitatorShare: 'Facilitator dependency (P3)',
      P3_facilitatorShareBefore: 'Facilitator dependency, a year earlier (P3)',
      P6_retention: 'Retention (P6)',
      P6_retentionBefore: 'Retention, a year earlier (P6)',
      K1_contributionsPerYear: 'Contributions, last 12 months (K1)',
      activeMembersTrend: 'Change in active members over a year',
    },
  },
  appendix: {
    title: 'Appendix',
    definitionsTitle: 'Definitions',
    term: 'Indicator',
    definition: 'Definition',
    source: 'Source',
    definitionsCaption: 'Definition of every indicator shown',
    sourcesTitle: 'Data sources',
    sources:
      'Pouls computes the indicators from the files imported by the facilitation team (members, activities, attendance, messages, contributions and declared ties), as of {{asOf}}. A member is “active” after taking part at least once in the last {{window}} days. The network covers the whole available history.',
    limitsTitle: 'Limits',
    limits: {
      traces:
        'The data only capture traces left in the imported tools: private, phone or in-person exchanges are missing, though they are a large part of a community’s life.',
      thresholds:
        'Colour thresholds are the method’s defaults (section 4.1), anchored in the literature, not norms: read them in context.',
      identity:
        'One person may appear under several names across sources; Pouls merges them, but residual errors remain possible.',
      stage: 'The stage of development is a suggestion to confirm, not a verdict.',
      survey:
        'This report does not yet include a member survey: perceived value and needs remain to be documented.',
    },
    confidentialityTitle: 'Confidentiality rule',
    confidentiality:
      'No group of fewer than 5 people is shown apart: such groups are merged into “Others (groups under 5)”. Bridging members are named for the facilitation team; remove their names before any wider circulation. This document falls under Québec’s Law 25 on the protection of personal information.',
    terms: {
      P1: {
        term: 'Active members (P1)',
        text: 'Members who took part at least once in the recent window ÷ registered members.',
        source: 'Method P1',
      },
      levels: {
        term: 'Levels of participation',
        text: 'Core, active, occasional, peripheral, inactive, from recent activity (Wenger-Trayner categories).',
        source: 'Wenger, McDermott & Snyder (2002); Wenger-Trayner',
      },
      P5: {
        term: 'Newcomer activation (P5)',
        text: 'Share of new members who took part at least once within 90 days of joining.',
        source: 'Method P5',
      },
      P6: {
        term: 'Retention (P6)',
        text: 'Share of last year’s active members who are still active this year.',
        source: 'Method P6',
      },
      P4: {
        term: 'Movement between levels (P4)',
        text: 'Members who moved up (or down) at least one level of participation in 12 months.',
        source: 'Method P4',
      },
      responsiveness: {
        term: 'Unanswered threads and reply time',
        text: 'Share of threads started in 12 months with no reply from another member; median hours before the first reply.',
        source: 'Method, section 3.2',
      },
      P3: {
        term: 'Facilitator dependency (P3)',
        text: 'Share of activities, messages and contributions started by the facilitation team.',
        source: 'Method P3',
      },
      gini: {
        term: 'Gini index',
        text: 'Inequality of activity among members: 0 when all contribute equally, 1 when one person does everything.',
        source: 'Method, section 3.2',
      },
      top10: {
        term: 'Share of the most active 10%',
        text: 'Share of all activity produced by the most active tenth of members.',
        source: 'Method, section 3.2',
      },
      absence: {
        term: 'Absence factor',
        text: 'Smallest number of members who together produce half of the activity.',
        source: 'Method, section 3.2',
      },
      R1: {
        term: 'Rhythm (R1)',
        text: 'Number of synchronous activities per year and longest gap between two activities.',
        source: 'Method R1',
      },
      yoy: {
        term: 'Year-over-year change',
        text: 'Difference between the last 12 months and the 12 months before.',
        source: 'Method, section 3.2',
      },
      density: {
        term: 'Density',
        text: 'Share of possible ties that actually exist in the network.',
        source: 'Social network analysis',
      },
      clustering: {
        term: 'Clustering coefficient',
        text: 'Probability that two contacts of the same member are also tied to each other.',
        source: 'Social network analysis',
      },
      components: {
        term: 'Components and isolates',
        text: 'Parts of the network with no tie between them; an isolated member has no tie.',
        source: 'Social network analysis',
      },
      crossTies: {
        term: 'Ties across regions and disciplines',
        text: 'Share of ties linking members of different regions, or with no discipline in common; a low share signals silos.',
        source: 'Method, section 3.2',
      },
      kcore: {
        term: 'Network core (k-core)',
        text: 'Largest k such that a group of members each have at least k ties among themselves: the core–periphery structure.',
        source: 'Seidman (1983)',
      },
      modularity: {
        term: 'Sub-groups and modularity',
        text: 'Sub-groups found by the Louvain method; a modularity of about 0.4 or more signals clearly separated sub-groups (indicative reference).',
        source: 'Blondel et al. (2008); Newman (2004)',
      },
      betweenness: {
        term: 'Betweenness',
        text: 'Normalised share of shortest paths between two members that pass through a given member; identifies bridging members.',
        source: 'Freeman (1977); Brandes (2001)',
      },
      stage: {
        term: 'Stage of development',
        text: 'Potential, coalescing, maturing, stewardship or transformation, inferred from measurable signals.',
        source: 'Method, section 1.3',
      },
    },
  },
};
