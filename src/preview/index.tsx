import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PreviewApp } from './PreviewApp';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <PreviewApp />
  </FluentProvider>,
);
