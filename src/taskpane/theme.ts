import { Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** Follows the Office theme: a dark Office background gets Fluent's dark theme. */
export function themeFor(officeBackground: string | undefined): Theme {
  const hex = (officeBackground ?? '').replace('#', '');
  if (hex.length !== 6) return webLightTheme;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}

/** How often the Office theme is looked at again while the pane is showing. */
const RECHECK_MS = 3000;

/**
 * Calls `apply` with the theme for the Office theme now, and again whenever
 * it changes. Excel has no theme-changed event for add-ins (Office's
 * OfficeThemeChanged is Outlook's), so the theme is read again when the
 * pane gets focus or is shown, and every few seconds while it is visible.
 */
export function followOfficeTheme(readBackground: () => string | undefined, apply: (theme: Theme) => void): () => void {
  let current: Theme | null = null;
  const update = () => {
    const next = themeFor(readBackground());
    if (next !== current) apply((current = next));
  };
  update();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') update();
  }, RECHECK_MS);
  window.addEventListener('focus', update);
  document.addEventListener('visibilitychange', update);
  return () => {
    clearInterval(timer);
    window.removeEventListener('focus', update);
    document.removeEventListener('visibilitychange', update);
  };
}

/** The page outside the pane's own elements takes the theme's background too, so a dark theme is dark to the edges. */
export function paintPage(theme: Theme): void {
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  document.body.style.color = theme.colorNeutralForeground1;
  document.documentElement.style.colorScheme = theme === webDarkTheme ? 'dark' : 'light';
}
