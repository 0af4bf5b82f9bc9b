/** Messages of the report namespace (French, Québec). */
export const report = {
  cover: {
    title: 'Analyse et recommandations',
    subtitle: 'Portrait et dynamisme de la communauté de pratique',
    period: 'Période couverte',
    periodRange: 'de {{from}} au {{to}}',
    date: 'Date du rapport',
    authors: 'Préparé par',
    authorsDefault: 'Équipe d’animation, avec l’outil Pouls',
  },
  contents: 'Table des matières',
  table: 'Tableau',
  figure: 'Figure',
  footer: 'Rapport produit avec Pouls · document de travail à diffusion restreinte',
  output: {
    page: 'Page',
    of: 'sur',
    agenda: 'Ordre du jour',
    keyMessages: 'Messages clés',
    nextSteps: 'Prochaines étapes',
    nextStepsItems: [
      'Valider ce portrait avec l’équipe d’animation et quelques membres du noyau',
      'Sonder les membres sur la valeur perçue et leurs besoins',
      'Choisir un scénario de relance, ses indicateurs de suivi et son calendrier',
    ],
    discussion: 'Questions et discussion',
    tocHint:
      'Pour actualiser la table des matières, cliquez-la avec le bouton droit, puis choisissez « Mettre à jour les champs ».',
    logo: 'Logo',
    threshold: 'Seuils',
    source: 'Source',
  },
  status: { green: 'Sain', amber: 'À surveiller', red: 'À agir', none: 'Repère' },
  notAvailable: 'n. d.',
  others: 'Autres (groupes de moins de 5)',
  fewerThanFive: 'moins de 5',
  unspecified: 'Non précisé',
  weeks: '{{weeks}} semaines ({{days}} jours)',
  weeksShort: '{{weeks}} semaines',
  daysShort: '{{days}} jours',
  nouns: {
    registered_one: '{{n}} membre inscrit',
    registered_other: '{{n}} membres inscrits',
    registered_many: '{{n}} membres inscrits',
    staff_one: '{{n}} membre',
    staff_other: '{{n}} membres',
    staff_many: '{{n}} membres',
    joined_one: '{{n}} personne s’est jointe',
    joined_other: '{{n}} personnes se sont jointes',
    joined_many: '{{n}} personnes se sont jointes',
    member_one: '{{n}} membre',
    member_other: '{{n}} membres',
    member_many: '{{n}} membres',
    subgroup_one: '{{n}} sous-groupe',
    subgroup_other: '{{n}} sous-groupes',
    subgroup_many: '{{n}} sous-groupes',
    isolated_one: '{{n}} membre n’a aucun lien avec les autres',
    isolated_other: '{{n}} membres n’ont aucun lien avec les autres',
    isolated_many: '{{n}} membres n’ont aucun lien avec les autres',
  },
  indicators: {
    P1: {
      label: 'Membres actifs',
      detail: '{{active}} membres sur {{total}}, au cours des {{window}} derniers jours',
      threshold: 'Sain : 25 % et plus · à surveiller : de 10 à 25 % · à agir : moins de 10 %',
      source: 'Méthode P1 ; Wenger, McDermott et Snyder (2002) ; Nielsen (2006)',
    },
    P3: {
      label: 'Dépendance à l’animation',
      detail: 'part de l’activité lancée par l’équipe d’animation',
      threshold: 'Sain : moins de 50 % · à surveiller : de 50 à 80 % · à agir : plus de 80 %',
      source: 'Méthode P3 ; Webber (courbe d’énergie du leader)',
    },
    P4: {
      label: 'Mobilité entre niveaux',
      detail:
        'montées : {{up}} · descentes : {{down}} (12 derniers mois), soit {{rate}} montées pour 100 membres',
      threshold: 'Sain : 3 montées ou plus par année pour 100 membres · à agir : aucune montée',
      source: 'Méthode P4 ; Wenger-Trayner (flux entre niveaux)',
    },
    P5: {
      label: 'Intégration des nouveaux membres',
      detail: 'nouveaux membres ayant participé dans les 90 jours suivant leur arrivée',
      threshold: 'Sain : 40 % et plus · à surveiller : de 15 à 40 % · à agir : moins de 15 %',
      source: 'Méthode P5 ; Lampron et Dubé (2021), fabriqueREL',
    },
    P6: {
      label: 'Rétention',
      detail: 'membres actifs l’an dernier toujours actifs cette année',
      threshold: 'Sain : 60 % et plus · à surveiller : de 40 à 60 % · à agir : moins de 40 %',
      source: 'Méthode P6 ; KM Insider (2025)',
    },
    R1: {
      label: 'Activités par année',
      detail: 'plus long intervalle sans activité : {{gap}}',
      threshold:
        'Sain : 6 activités ou plus par année et aucun intervalle de plus de 8 semaines · à agir : un intervalle de plus de 12 semaines',
      source: 'Méthode R1 ; exemples TIESS, Harper College, Niagara College',
    },
  },
  summary: {
    title: 'Sommaire',
    intro:
      'Ce rapport dresse le portrait de la communauté « {{community}} » au {{asOf}}, à partir des données d’activité importées dans Pouls. Les constats ci-dessous résument les indicateurs clés ; le détail, les définitions et les limites suivent.',
    statementsTitle: 'Constats principaux',
    activeLevels:
      '{{active}} des {{total}} membres ({{share}}) ont participé au cours des {{window}} derniers jours, {{verdict}}. Le noyau ({{core}}) et le groupe actif ({{activeLevel}}) réunissent {{coreActiveShare}} des membres, alors que la littérature situe ces deux groupes autour de 25 à 35 %.',
    verdict: {
      green: 'un niveau sain au regard du seuil de la méthode',
      amber: 'un niveau à surveiller au regard du seuil de la méthode',
      red: 'un niveau qui appelle une action au regard du seuil de la méthode',
      none: 'sans seuil applicable',
    },
    facilitator: {
      green:
        'L’équipe d’animation lance {{share}} de l’activité : les membres portent une bonne part des échanges.',
      amber:
        'L’équipe d’animation lance {{share}} de l’activité : la communauté dépend encore largement de l’animation.',
      red: 'L’équipe d’animation lance {{share}} de l’activité : la vie de la communauté repose presque entièrement sur elle.',
      none: 'La part de l’activité lancée par l’équipe d’animation n’a pas pu être mesurée.',
    },
    rhythm: {
      green:
        'La communauté tient en moyenne {{perYear}} activités par année et son plus long intervalle sans activité est de {{gap}} : le rythme est régulier.',
      amber:
        'La communauté tient en moyenne {{perYear}} activités par année et son plus long intervalle sans activité est de {{gap}} : le rythme gagnerait à être plus soutenu et plus régulier.',
      red: 'La communauté tient en moyenne {{perYear}} activités par année et son plus long intervalle sans activité est de {{gap}} : le rythme s’est interrompu.',
      none: 'La communauté tient en moyenne {{perYear}} activités par année.',
    },
    network: {
      linked: 'Le réseau d’échanges relie {{linked}} en {{groups}} ; {{isolated}}.',
      silos:
        'Les sous-groupes sont nettement séparés (modularité de {{modularity}}) : des silos sont possibles.',
      open: 'Les sous-groupes restent reliés entre eux (modularité de {{modularity}}).',
    },
    stage:
      'Les signaux observés suggèrent le stade « {{stage}} » (Wenger, McDermott et Snyder, 2002), une hypothèse à confirmer avec l’équipe d’animation.',
    indicatorsTitle: 'Indicateurs clés',
    legendTitle: 'Lecture des couleurs',
    legend:
      'Sain : la situation est saine. À surveiller : une vigilance s’impose. À agir : une action est recommandée. Les seuils sont des valeurs par défaut de la méthode Pouls (section 4.1), ancrées dans la littérature ; ils peuvent être ajustés à la réalité de la communauté.',
  },
  portrait: {
    title: 'Portrait de la communauté',
    intro:
      'La communauté compte {{registered}}, dont {{staff}} de l’équipe d’animation ; {{joined}} à elle au cours des {{window}} derniers jours.',
    members: 'Membres inscrits',
    active: 'Membres actifs',
    new: 'Nouveaux membres',
    newDetail: 'au cours des {{window}} derniers jours',
    staff: 'Équipe d’animation',
    region: 'Membres par région administrative',
    discipline: 'Membres par discipline',
    orgType: 'Membres par type d’organisation',
    group: 'Groupe',
    count: 'Membres',
    share: 'Part',
    activeCount: 'Actifs',
    empty: '{{caption}} : aucune donnée n’est disponible.',
    note: 'Les groupes de moins de 5 membres sont regroupés sous « Autres (groupes de moins de 5) ». Une personne peut déclarer plusieurs disciplines : les parts peuvent alors dépasser 100 % au total.',
  },
  evolution: {
    title: 'Évolution',
    intro:
      'De {{from}} à {{to}}, le nombre de membres actifs par mois a atteint un sommet de {{peak}} en {{peakMonth}} ; il était de {{last}} en {{lastMonth}}.',
    empty: 'Aucune donnée mensuelle n’est disponible.',
    chartCaption: 'Membres actifs et messages par mois',
    chartAlt:
      'Graphique linéaire, de {{from}} à {{to}} : membres actifs par mois (de {{activeMin}} à {{activeMax}}) et messages par mois (de {{messagesMin}} à {{messagesMax}}).',
    activeMembers: 'Membres actifs',
    messages: 'Messages',
    yoyCaption: 'Comparaison d’une année sur l’autre',
    yoyShort:
      'La comparaison d’une année sur l’autre demande au moins 24 mois de données ; elle sera possible à la prochaine mise à jour.',
    indicator: 'Indicateur',
    last12: '12 derniers mois',
    previous12: '12 mois précédents',
    change: 'Variation',
    averageActive: 'Membres actifs (moyenne mensuelle)',
    newMembers: 'Nouveaux membres',
    events: 'Activités',
    attendances: 'Présences',
    contributions: 'Contributions',
    monthlyCaption: 'Détail des 12 derniers mois',
    month: 'Mois',
  },
  participation: {
    title: 'Dynamisme et participation',
    levelsTitle: 'Niveaux de participation',
    levelsIntro:
      'Chaque membre est classé selon son activité récente, du noyau aux membres inactifs (catégories de Wenger-Trayner). Un noyau d’environ 10 à 15 % et un groupe actif de 15 à 20 % sont des proportions usuelles ; la majorité reste en périphérie, ce qui est normal.',
    level: 'Niveau',
    reference: 'Repère',
    referenceCore: '10 à 15 %',
    referenceActive: '15 à 20 %',
    levelsCaption: 'Membres par niveau de participation',
    levelsAlt: 'Diagramme à barres des membres par niveau : {{values}}.',
    concentrationTitle: 'Concentration de l’activité',
    gini: 'Indice de Gini',
    giniDetail: '0 : activité également répartie ; 1 : une seule personne',
    top10: 'Part des 10 % les plus actifs',
    top10Detail: 'de toute l’activité',
    absence: 'Facteur d’absence',
    absenceDetail_one: 'membre produit la moitié de l’activité',
    absenceDetail_other: 'membres produisent la moitié de l’activité',
    absenceDetail_many: 'membres produisent la moitié de l’activité',
    concentrationHigh:
      'L’activité est très concentrée : si quelques personnes s’absentaient, une grande partie des échanges cesserait. Élargir le noyau réduirait ce risque.',
    concentrationModerate:
      'L’activité est concentrée sur une minorité de membres, comme dans la plupart des communautés ; la relève mérite toutefois d’être préparée.',
    concentrationLow: 'L’activité est bien répartie entre les membres.',
    responsivenessTitle: 'Réactivité des échanges',
    unanswered: 'Fils sans réponse',
    unansweredDetail: 'fils lancés dans les 12 derniers mois sans réponse d’un autre membre',
    firstReply: 'Délai médian de première réponse',
    firstReplyValue: '{{hours}} h',
    firstReplyDetail: 'entre le début d’un fil et la première réponse d’un autre membre',
    renewalTitle: 'Relève et autonomie',
    renewalIntro:
      'Ces trois indicateurs disent si la communauté se renouvelle (intégration des nouveaux membres), si elle garde ses membres (rétention) et si elle vit sans dépendre de l’équipe d’animation.',
    noData: 'non mesurable',
  },
  rhythm: {
    title: 'Rythme',
    intro:
      'Un rythme prévisible est l’un des sept principes de Wenger, McDermott et Snyder (2002). La méthode juge le rythme sain à 6 activités ou plus par année sans intervalle de plus de 8 semaines, et demande d’agir au-delà de 12 semaines sans activité.',
    perYear: 'Activités par année',
    longestGap: 'Plus long intervalle',
    medianGap: 'Intervalle médian',
    medianDetail: 'entre deux activités',
    sinceLast: 'Depuis la dernière activité',
    sinceLastDetail: 'au {{asOf}}',
  },
  network: {
    title: 'Réseau',
    intro:
      'Le réseau relie deux membres lorsqu’ils ont assisté aux mêmes activités, se sont répondu ou mentionnés, ou ont déclaré un lien. Il couvre tout l’historique jusqu’au {{asOf}}.',
    measuresCaption: 'Mesures du réseau',
    measure: 'Mesure',
    value: 'Valeur',
    nodes: 'Membres dans le réseau (nœuds)',
    edges: 'Liens',
    density: 'Densité',
    averageDegree: 'Nombre moyen de liens par membre',
    clustering: 'Coefficient de regroupement',
    components: 'Composantes',
    isolates: 'Membres isolés',
    largestComponent: 'Plus grande composante (membres)',
    maxCore: 'Noyau du réseau (k-core maximal)',
    crossRegion: 'Liens entre régions différentes',
    crossDiscipline: 'Liens sans discipline commune',
    modularity: 'Modularité',
    mapCaption: 'Carte du réseau par sous-groupe',
    mapAlt:
      'Carte du réseau : {{linked}} répartis en {{groups}} ; la taille d’un point est proportionnelle à la somme de ses liens.',
    group: 'Sous-groupe {{n}}',
    groupsCaption: 'Sous-groupes',
    groupColumn: 'Sous-groupe',
    size: 'Membres',
    share: 'Part du réseau',
    silos:
      'Les sous-groupes sont nettement séparés (modularité de {{modularity}}) : les échanges circulent surtout à l’intérieur de chacun. Des activités qui croisent les sous-groupes aideraient à éviter les silos.',
    open: 'Les sous-groupes restent reliés entre eux (modularité de {{modularity}}) : les échanges circulent d’un groupe à l’autre.',
    brokersCaption: 'Membres passerelles (intermédiarité)',
    brokersIntro:
      'Les membres passerelles relient des parties du réseau qui, sans eux, seraient peu connectées. Ils sont précieux pour faire circuler l’information, et leur départ fragiliserait la communauté.',
    name: 'Membre',
    betweenness: 'Intermédiarité',
    level: 'Niveau',
    noBrokers: 'Aucun membre ne joue de rôle de passerelle notable.',
    approximateTitle: 'Mesure approchée',
    approximate:
      'L’intermédiarité a été estimée par échantillonnage en raison de la taille du réseau ; l’ordre des membres passerelles est fiable, les valeurs exactes le sont moins.',
  },
  stage: {
    title: 'Stade de développement',
    intro: 'Stade suggéré : « {{stage}} ».',
    description: {
      potential:
        'Des personnes qui vivent des enjeux semblables se trouvent et découvrent leurs points communs ; l’idée d’une communauté prend forme.',
      coalescing:
        'Les membres se rassemblent, bâtissent la confiance et définissent la valeur de la communauté ; un noyau émerge et un processus d’accueil s’impose.',
      maturing:
        'L’enjeu passe de la valeur à la clarification du domaine, des rôles et des frontières ; les membres veulent devenir plus systématiques.',
      stewardship:
        'Il s’agit de garder la communauté vivante et pertinente malgré les changements de membres, de leadership et de pratiques ; le risque est le plateau (mêmes voix, formats routiniers, peu de nouveaux membres).',
      transformation:
        'La communauté peut s’estomper, fusionner, se scinder ou s’institutionnaliser ; il faut décider de sa suite.',
    },
    evidenceCaption: 'Signaux pris en compte',
    signal: 'Signal',
    value: 'Valeur',
    calloutTitle: 'Une suggestion à confirmer',
    callout:
      'Le stade est déduit de quelques signaux mesurables. Il ne remplace pas le jugement de l’équipe d’animation et des membres, qui connaissent l’histoire et le contexte de la communauté. Un stade peut aussi reculer lors d’une relance.',
    relaunch:
      'La communauté existe depuis plus de deux ans mais a perdu son rythme ou son noyau : elle revient au stade d’unification. C’est le moment d’une relance (diagnostic, conception, rencontre de relance), plutôt que d’un simple maintien.',
    rules: {
      'no-activity': 'aucune activité',
      'silent-year': 'aucune activité depuis un an',
      decline: 'déclin marqué',
      young: 'communauté naissante',
      forming: 'en formation',
      relaunch: 'relance',
      'self-sustaining': 'autonome',
      established: 'établie',
    },
    signals: {
      rule: 'Règle appliquée',
      ageDays: 'Ancienneté (jours)',
      activitiesLastYear: 'Participations, 12 derniers mois',
      R1_eventsPerYear: 'Activités, 12 derniers mois (R1)',
      R1_longestGapDays: 'Plus long intervalle entre activités, en jours (R1)',
      P2_coreMembers: 'Membres du noyau, hors équipe (P2)',
      P2_coreShare: 'Part du noyau (P2)',
      P3_facilitatorShare: 'Dépendance à l’animation (P3)',
      P3_facilitatorShareBefore: 'Dépendance à l’animation, un an plus tôt (P3)',
      P6_retention: 'Rétention (P6)',
      P6_retentionBefore: 'Rétention, un an plus tôt (P6)',
      K1_contributionsPerYear: 'Contributions, 12 derniers mois (K1)',
      activeMembersTrend: 'Évolution des membres actifs sur un an',
    },
  },
  appendix: {
    title: 'Annexe',
    definitionsTitle: 'Définitions',
    term: 'Indicateur',
    definition: 'Définition',
    source: 'Source',
    definitionsCaption: 'Définition de chaque indicateur présenté',
    sourcesTitle: 'Sources des données',
    sources:
      'Les indicateurs sont calculés par Pouls à partir des fichiers importés par l’équipe d’animation (membres, activités, présences, messages, contributions et liens déclarés), au {{asOf}}. Un membre est « actif » s’il a participé au moins une fois au cours des {{window}} derniers jours. Le réseau couvre tout l’historique disponible.',
    limitsTitle: 'Limites',
    limits: {
      traces:
        'Les données ne captent que les traces laissées dans les outils importés : les échanges privés, téléphoniques ou en personne n’y figurent pas, alors qu’ils représentent une grande part de la vie d’une communauté.',
      thresholds:
        'Les seuils de couleur sont des valeurs par défaut de la méthode (section 4.1), ancrées dans la littérature, et non des normes : ils doivent être lus à la lumière du contexte.',
      identity:
        'Une même personne peut apparaître sous plusieurs noms d’une source à l’autre ; Pouls les fusionne, mais des erreurs résiduelles restent possibles.',
      stage: 'Le stade de développement est une suggestion à confirmer, pas un verdict.',
      survey:
        'Ce rapport ne tient pas encore compte d’un sondage auprès des membres : la valeur perçue et les besoins restent à documenter.',
    },
    confidentialityTitle: 'Règle de confidentialité',
    confidentiality:
      'Aucun groupe de moins de 5 personnes n’est présenté à part : ces groupes sont réunis sous « Autres (groupes de moins de 5) ». Les noms des membres passerelles sont indiqués pour l’équipe d’animation ; retirez-les avant toute diffusion plus large. Ce document relève de la Loi 25 sur la protection des renseignements personnels.',
    terms: {
      P1: {
        term: 'Membres actifs (P1)',
        text: 'Membres ayant participé au moins une fois pendant la fenêtre récente ÷ membres inscrits.',
        source: 'Méthode P1',
      },
      levels: {
        term: 'Niveaux de participation',
        text: 'Noyau, actif, occasionnel, périphérique, inactif, selon l’activité récente (catégories de Wenger-Trayner).',
        source: 'Wenger, McDermott et Snyder (2002) ; Wenger-Trayner',
      },
      P5: {
        term: 'Intégration (P5)',
        text: 'Part des nouveaux membres ayant participé au moins une fois dans les 90 jours suivant leur arrivée.',
        source: 'Méthode P5',
      },
      P6: {
        term: 'Rétention (P6)',
        text: 'Part des membres actifs l’an dernier qui sont toujours actifs cette année.',
        source: 'Méthode P6',
      },
      P4: {
        term: 'Mobilité entre niveaux (P4)',
        text: 'Membres montés (ou descendus) d’au moins un niveau de participation en 12 mois.',
        source: 'Méthode P4',
      },
      responsiveness: {
        term: 'Fils sans réponse et délai de réponse',
        text: 'Part des fils lancés en 12 mois restés sans réponse d’un autre membre ; délai médian, en heures, avant la première réponse.',
        source: 'Méthode, section 3.2',
      },
      P3: {
        term: 'Dépendance à l’animation (P3)',
        text: 'Part des activités, messages et contributions lancés par l’équipe d’animation.',
        source: 'Méthode P3',
      },
      gini: {
        term: 'Indice de Gini',
        text: 'Inégalité de la répartition de l’activité entre les membres : 0 si tous contribuent autant, 1 si une seule personne fait tout.',
        source: 'Méthode, section 3.2',
      },
      top10: {
        term: 'Part des 10 % les plus actifs',
        text: 'Part de toute l’activité produite par le dixième le plus actif des membres.',
        source: 'Méthode, section 3.2',
      },
      absence: {
        term: 'Facteur d’absence',
        text: 'Plus petit nombre de membres qui produisent ensemble la moitié de l’activité.',
        source: 'Méthode, section 3.2',
      },
      R1: {
        term: 'Rythme (R1)',
        text: 'Nombre d’activités synchrones par année et plus long intervalle entre deux activités.',
        source: 'Méthode R1',
      },
      yoy: {
        term: 'Variation annuelle',
        text: 'Écart entre les 12 derniers mois et les 12 mois précédents.',
        source: 'Méthode, section 3.2',
      },
      density: {
        term: 'Densité',
        text: 'Part des liens possibles qui existent réellement dans le réseau.',
        source: 'Analyse de réseaux sociaux',
      },
      clustering: {
        term: 'Coefficient de regroupement',
        text: 'Probabilité que deux contacts d’un même membre soient aussi en lien entre eux.',
        source: 'Analyse de réseaux sociaux',
      },
      components: {
        term: 'Composantes et isolés',
        text: 'Parties du réseau sans lien entre elles ; un membre isolé n’a aucun lien.',
        source: 'Analyse de réseaux sociaux',
      },
      crossTies: {
        term: 'Liens entre régions et disciplines',
        text: 'Part des liens qui relient des membres de régions différentes, ou sans discipline commune ; une part faible signale des silos.',
        source: 'Méthode, section 3.2',
      },
      kcore: {
        term: 'Noyau du réseau (k-core)',
        text: 'Plus grand k tel qu’un groupe de membres ait chacun au moins k liens entre eux : la structure centre-périphérie.',
        source: 'Seidman (1983)',
      },
      modularity: {
        term: 'Sous-groupes et modularité',
        text: 'Sous-groupes détectés par la méthode de Louvain ; une modularité d’environ 0,4 ou plus signale des sous-groupes nettement séparés (repère indicatif).',
        source: 'Blondel et al. (2008) ; Newman (2004)',
      },
      betweenness: {
        term: 'Intermédiarité',
        text: 'Part des plus courts chemins entre deux membres qui passent par un membre donné, normalisée ; repère les membres passerelles.',
        source: 'Freeman (1977) ; Brandes (2001)',
      },
      stage: {
        term: 'Stade de développement',
        text: 'Potentiel, unification, maturation, gestion (élan) ou transformation, déduit de signaux mesurables.',
        source: 'Méthode, section 1.3',
      },
    },
  },
};
