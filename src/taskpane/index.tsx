import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Theme } from '@fluentui/react-components';
import { ExcelWorkbook, excelSettings } from '../workbook/excel';
import { PlanPane } from './PlanPane';
import { followOfficeTheme, paintPage, themeFor } from './theme';
import { validateRequests } from './validateRequests';

/**
 * The task pane inside Excel, in the add-in's shared runtime: the page also
 * runs the ribbon's "Validate plan" (manifest: ExecuteFunction validatePlan),
 * so the ribbon validates in the pane that shows the results, open or not,
 * and "Show pane" opens the same pane with its results intact.
 */
const requests = validateRequests();

Office.actions.associate('validatePlan', (event: Office.AddinCommands.Event) => {
  requests.request();
  Office.addin
    .showAsTaskpane()
    .catch(() => undefined)
    .finally(() => event.completed());
});

const officeBackground = () => Office.context.officeTheme?.bodyBackgroundColor;

function App() {
  const port = React.useMemo(() => new ExcelWorkbook(), []);
  const settings = React.useMemo(() => excelSettings(), []);
  const [theme, setTheme] = React.useState<Theme>(() => themeFor(officeBackground()));
  React.useEffect(
    () =>
      followOfficeTheme(officeBackground, (next) => {
        paintPage(next);
        setTheme(next);
      }),
    [],
  );
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
      <PlanPane port={port} settings={settings} validateRequests={requests} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
