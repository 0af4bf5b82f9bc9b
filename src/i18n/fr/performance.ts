/** Messages of the performance namespace (French): options that tune the use of the machine. */
export const performance = {
  option: {
    threads:
      "fils d'exécution pour l'intermédiarité des grands réseaux (par défaut : les cœurs disponibles ; 1 = sans fil auxiliaire)",
  },
};
