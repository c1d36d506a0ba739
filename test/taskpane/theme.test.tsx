/**
 * @jest-environment jsdom
 */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { followOfficeTheme, paintPage, themeFor } from '../../src/taskpane/theme';

describe('the Office theme', () => {
  it("picks Fluent's dark theme for a dark Office background and light otherwise", () => {
    expect([themeFor('#262626'), themeFor('#FFFFFF'), themeFor(undefined)]).toEqual([webDarkTheme, webLightTheme, webLightTheme]);
  });

  it('paints the whole page, not only the pane, so a dark theme has no white edges', () => {
    paintPage(webDarkTheme);
    expect([document.body.style.backgroundColor, document.documentElement.style.colorScheme]).toEqual(['rgb(41, 41, 41)', 'dark']);
    paintPage(webLightTheme);
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  it('follows a change of Office theme when the pane gets focus again, and while it is showing', () => {
    jest.useFakeTimers();
    let background = '#FFFFFF';
    const applied: string[] = [];
    const stop = followOfficeTheme(
      () => background,
      (theme) => applied.push(theme === webDarkTheme ? 'dark' : 'light'),
    );
    background = '#262626';
    window.dispatchEvent(new Event('focus'));
    background = '#FFFFFF';
    jest.advanceTimersByTime(3_000);
    stop();
    background = '#262626';
    window.dispatchEvent(new Event('focus'));
    expect(applied).toEqual(['light', 'dark', 'light']);
    jest.useRealTimers();
  });
});
