/** Messages of the importSpeed namespace (French): how `pouls import` uses the machine. */
export const importSpeed = {
  option: {
    threads:
      "fils d'exécution pour les gros fichiers CSV lus en flux : 2 lit dans un fil auxiliaire pendant que le fil principal écrit, 1 fait tout sur un fil (par défaut : 2 si un cœur est libre)",
  },
};
