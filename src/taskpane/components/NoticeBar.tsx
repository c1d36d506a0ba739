import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Notice } from './BoardPapers';

/** What the officer is told after an action, where they did it; nothing while there is nothing to say. */
export function NoticeBar({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
