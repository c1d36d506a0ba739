import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Theme } from '@fluentui/react-components';
import { ExcelWorkbook, excelSettings } from '../workbook/excel';
import { PlanPane } from './PlanPane';
import { followOfficeTheme, paintPage, themeFor } from './theme';
import { validateRequests } from './validateRequests';
import type { ReturnDelivery } from './returnDelivery';
import { openAsNewWorkbook } from '../workbook/excel/openWorkbook';

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

/** In Excel, each lead's return opens as a new workbook, to save and send. */
const openInExcel: ReturnDelivery = {
  verb: 'Open',
  async one(file) {
    await openAsNewWorkbook(await file.bytes());
    return `${file.lead}'s return is open as a new workbook: save it as "${file.name}" and send it to them.`;
  },
  note: 'Each return opens as a new workbook (Excel on Windows, on the Mac and on the web, where the browser may ask to allow a pop-up).',
};

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
      <PlanPane port={port} settings={settings} validateRequests={requests} delivery={openInExcel} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
