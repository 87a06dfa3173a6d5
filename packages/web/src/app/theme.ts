import { createTheme } from '@mantine/core';

const fontFamily = "'Noto Sans', 'Noto Sans Arabic', system-ui, -apple-system, 'Segoe UI', sans-serif";

/** Tansiq's Mantine theme: Noto fonts for Latin and Arabic script, a calm teal. */
export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'md',
});
