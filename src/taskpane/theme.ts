import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Follows the Office theme: a dark Office background gets Fluent's dark theme. */
export function themeFor(officeBackground: string | undefined): Theme {
  const hex = (officeBackground ?? '').replace('#', '');
  if (hex.length !== 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}
