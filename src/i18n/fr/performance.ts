/** Messages of the performance namespace (French): options that tune the use of the machine. */
export const performance = {
  option: {
    threads:
      "fils d'exécution pour lire les messages et calculer l'intermédiarité des grandes communautés (par défaut : les cœurs disponibles ; 1 = sans fil auxiliaire)",
  },
};
