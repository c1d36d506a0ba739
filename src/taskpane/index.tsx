import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { ExcelWorkbook } from '../workbook/excel';
import { PlanPane } from './PlanPane';
import { officeSettings } from './settings';
import { themeFor } from './theme';

/** The task pane inside Excel: Office.js behind the port, settings kept in the workbook. */
Office.onReady(() => {
  const port = new ExcelWorkbook((batch) => Excel.run(batch));
  const validateOnOpen = new URLSearchParams(window.location.search).has('validate');
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={theme}>
      <PlanPane port={port} settings={officeSettings(Office.context.document.settings)} validateOnOpen={validateOnOpen} />
    </FluentProvider>,
  );
});
