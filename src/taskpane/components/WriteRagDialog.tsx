import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { RagColumnPlan, columnLetter } from '../../plan';

export interface WriteRagDialogProps {
  plan: RagColumnPlan;
  writing: boolean;
  /** The results shown are out of date: nothing to confirm until validated again. */
  disabled?: boolean;
  onWrite(): void;
}

/**
 * "Write RAG column": says exactly which cells will be written before
 * anything is, and what will not. Writing reads the workbook again and
 * writes nothing if these cells are no longer where or what they were.
 */
export function WriteRagDialog({ plan, writing, disabled = false, onWrite }: WriteRagDialogProps) {
  const [open, setOpen] = React.useState(false);
  return (
    <Dialog open={open} onOpenChange={(_e, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button disabled={plan.columns.length === 0 || writing || disabled}>{writing ? 'Writing…' : 'Write RAG column'}</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Write the Computed RAG column?</DialogTitle>
          <DialogContent>
            <Body1 as="p">
              This writes a "Computed RAG" column into empty cells beside each plan table, coloured Red, Amber, Green, Blue or grey. No
              other cell changes. Excel cannot undo it, but you can delete the column.
            </Body1>
            <ul aria-label="Columns to write">
              {plan.columns.map((c) => (
                <li key={`${c.sheet}|${c.headerRow}`}>
                  <Body1>{`${c.sheet}: column ${columnLetter(c.column)}, rows ${c.headerRow + 1}–${c.headerRow + c.values.length}`}</Body1>
                </li>
              ))}
            </ul>
            {plan.refusals.length > 0 && (
              <>
                <Body1 as="p">Not written:</Body1>
                <ul aria-label="Columns not written">
                  {plan.refusals.map((r) => (
                    <li key={`${r.sheet}|${r.cell}`}>
                      <Body1>{`${r.sheet} ${r.cell}: ${r.reason}`}</Body1>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onWrite();
              }}
            >
              Write
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
