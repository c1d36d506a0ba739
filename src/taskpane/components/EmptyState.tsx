import * as React from 'react';
import { Body1, Subtitle2 } from '@fluentui/react-components';
import type { PlanResult } from '../../plan';

/** No plan table: say what the add-in looks for, and what it saw instead. */
export function EmptyState({ result }: { result: PlanResult }) {
  return (
    <section aria-labelledby="empty-heading">
      <Subtitle2 as="h2" id="empty-heading">
        No plan table found
      </Subtitle2>
      <Body1 as="p">
        Board Plan Tracker looks for a table whose header row names an action column (such as "Action", "Activity", "What are we going to
        do?" or "In 2014/5 we will") together with a timescale ("Timescale", "By When") and a lead ("Lead", "Who is responsible?").
      </Body1>
      {result.skipped.length > 0 && (
        <>
          <Body1 as="p">What it saw instead:</Body1>
          <ul>
            {result.skipped.map((s) => (
              <li key={`${s.sheet}|${s.reason}`}>
                <Body1>{`${s.sheet}: ${s.reason}`}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
