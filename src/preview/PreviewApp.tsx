import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { checkOptionsFor, type SheetGrid } from '../plan';
import { PlanPane } from '../taskpane/PlanPane';
import { memorySettings } from '../taskpane/settings';
import { GridView } from './GridView';
import { PreviewWorkbook } from './previewWorkbook';
import { downloadName, downloadWorkbook } from './download';
import { downloadReturns } from './returnDelivery';
import { savedSettings } from '../workbook/xlsx';

/** The sample plan was filled in for the October 2021 review: open it as of that date. */
const SAMPLE = { url: 'sample-plan.xlsx', name: 'sample-plan.xlsx', asOf: '2021-10-15' };

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', background: tokens.colorNeutralBackground1 },
  bar: {
    display: 'flex',
    gap: '8px',
    alignItems: 'center',
    padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    flexWrap: 'wrap',
  },
  // Narrow: the pane above the grid, one column that scrolls from the top (column-reverse would pin the scroll to the
  // bottom, so validating would carry the officer away from the button they pressed).
  body: { display: 'flex', flexGrow: 1, minHeight: 0, '@media (max-width: 720px)': { flexDirection: 'column', overflowY: 'auto' } },
  grid: { display: 'flex', flexGrow: 1, minWidth: 0, padding: '8px', '@media (max-width: 720px)': { minHeight: '60vh' } },
  pane: {
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    '@media (max-width: 720px)': {
      order: -1,
      width: 'auto',
      overflowY: 'visible',
      borderLeft: 'none',
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  file: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

/** The task pane beside a grid of the workbook, in a plain browser, over an .xlsx file. */
export function PreviewApp() {
  const styles = useStyles();
  const [preview, setPreview] = React.useState<PreviewWorkbook | null>(null);
  const [grids, setGrids] = React.useState<SheetGrid[]>([]);
  const [, setVersion] = React.useState(0);
  const [error, setError] = React.useState<string | null>(null);
  const [opened, setOpened] = React.useState(0);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const [settings, setSettings] = React.useState(() => memorySettings());
  const open = React.useCallback(async (bytes: ArrayBuffer, name: string, asOf?: string) => {
    try {
      const next = (await PreviewWorkbook.open(bytes, name)) as PreviewWorkbook;
      // The review the file was last saved on (by Excel or by this preview), else the sample's own date.
      setSettings(memorySettings({ ...(asOf && { asOf }), ...savedSettings(bytes) }));
      setPreview(next);
      setGrids(await next.read());
      setOpened((n) => n + 1);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  React.useEffect(() => {
    fetch(SAMPLE.url)
      .then((response) =>
        response.ok ? response.arrayBuffer() : Promise.reject(new Error(`the sample plan could not be loaded (${response.status})`)),
      )
      .then((bytes) => open(bytes, SAMPLE.name, SAMPLE.asOf))
      .catch((e: Error) => setError(e.message));
  }, [open]);

  React.useEffect(
    () =>
      preview?.onChange(() => {
        void preview.read().then(setGrids);
        setVersion((v) => v + 1);
      }),
    [preview],
  );

  const download = async () => {
    if (!preview) return;
    try {
      const review = await settings.load();
      await downloadWorkbook(preview, review, downloadName(preview.fileName, checkOptionsFor(review).asOf));
      preview.markSaved();
    } catch (e) {
      // Said on the page, and the results stay unsaved: leaving still asks first.
      setError((e as Error).message);
    }
  };

  // Leaving the page with results not downloaded: the browser asks first.
  React.useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!preview?.unsaved) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [preview]);

  const [confirmOpen, setConfirmOpen] = React.useState(false);
  const chooseAnother = () => {
    if (preview?.unsaved) setConfirmOpen(true);
    else fileInput.current?.click();
  };

  const chooseFile = (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.arrayBuffer().then((bytes) => open(bytes, file.name));
    event.target.value = '';
  };

  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <Subtitle1 as="h1">Board Plan Tracker — preview</Subtitle1>
        <span>{preview?.fileName}</span>
        <Button onClick={chooseAnother}>Open a plan…</Button>
        <input
          ref={fileInput}
          className={styles.file}
          type="file"
          accept=".xlsx,.xlsm,.csv"
          aria-label="Open a plan (.xlsx, .xlsm or .csv)"
          onChange={chooseFile}
          tabIndex={-1}
        />
        <Button disabled={!preview} onClick={() => void download()}>
          Download workbook
        </Button>
      </header>
      <Dialog open={confirmOpen} onOpenChange={(_e, data) => setConfirmOpen(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Download this workbook first?</DialogTitle>
            <DialogContent>{`What you wrote into ${preview?.fileName ?? 'this workbook'} has not been downloaded. Opening another plan loses it.`}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmOpen(false);
                  void download();
                }}
              >
                Download workbook
              </Button>
              <Button
                onClick={() => {
                  setConfirmOpen(false);
                  fileInput.current?.click();
                }}
              >
                Open another without downloading
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="subtle">Cancel</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <div className={styles.grid}>
          {preview ? (
            <GridView key={opened} grids={grids} ragAreas={preview.ragAreas} selection={preview.selection} />
          ) : (
            !error && <Spinner label="Opening the sample plan…" />
          )}
        </div>
        <aside className={styles.pane} aria-label="Task pane">
          {preview && <PlanPane key={opened} port={preview} settings={settings} delivery={downloadReturns} />}
        </aside>
      </div>
    </div>
  );
}
