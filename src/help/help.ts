/**
 * The help page: what the add-in does, how RAG is computed and what each
 * rule means, rendered from the engine's own tables (RULES, DEFAULT_POLICY,
 * RAG_TEXT, RAG_COLOURS) so it can never say something else. A plain page
 * that works in any browser, inside Office or not; no markup is ever built
 * from strings.
 */
import { DEFAULT_POLICY, PROGRESS_AGAINST_TIME_POLICY, RAG_TEXT, RULES } from '../plan';
import { RAG_COLOURS } from '../workbook/ragColours';

type Child = Node | string;

function el(tag: string, children: Child[] = [], props: Partial<Record<'className' | 'href' | 'id', string>> = {}): HTMLElement {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

const p = (...children: Child[]) => el('p', children);
const list = (items: Child[][]) =>
  el(
    'ul',
    items.map((item) => el('li', item)),
  );
const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

function chip(rag: keyof typeof RAG_TEXT): HTMLElement {
  const node = el('span', [RAG_TEXT[rag]], { className: 'chip' });
  node.style.backgroundColor = RAG_COLOURS[rag].fill;
  node.style.color = RAG_COLOURS[rag].font;
  return node;
}

function table(head: string[], rows: Child[][]): HTMLElement {
  return el(
    'div',
    [
      el('table', [
        el('thead', [
          el(
            'tr',
            head.map((h) => el('th', [h])),
          ),
        ]),
        el(
          'tbody',
          rows.map((row) =>
            el(
              'tr',
              row.map((cell) => el('td', [cell])),
            ),
          ),
        ),
      ]),
    ],
    { className: 'wide' },
  );
}

/** The order the default policy decides in. */
const DECIDED: (keyof typeof RAG_TEXT)[] = ['blue', 'red', 'amber', 'green', 'none'];

const RAG_MEANING: Record<keyof typeof RAG_TEXT, string> = {
  blue: `complete: the recorded RAG, the status, 100% complete or progress says so (${quoted(DEFAULT_POLICY.completeWords)}, “B”), not negated and not only in part — “not yet complete” and “phase 1 delivered, phase 2 planned” are not complete.`,
  red: `due before the review date${DEFAULT_POLICY.graceDays ? ` by more than ${DEFAULT_POLICY.graceDays} days` : ''}, and not complete — unless a revised date (a “Revised date” column) is still ahead; past the revised date too, red.`,
  amber: `not complete, and the status or progress says it is slipping (${quoted(DEFAULT_POLICY.slippageWords)}), or it is due within ${DEFAULT_POLICY.amberDays} days after the review date (the amber window, set in the pane), or it has slipped: past its due date with a revised date still ahead (the due date stays the baseline).`,
  green: 'not complete, dated after the amber window, and nothing says it is slipping; or not due to start yet.',
  none: 'no usable date and nothing said: “Ongoing”, “As required”, an event with no date; or marked Cancelled, Withdrawn, Superseded or Merged. Undated actions are not failures.',
};

const AGAINST_TIME = PROGRESS_AGAINST_TIME_POLICY.progressAgainstTime!;
const percent = (share: number) => `${Math.round(share * 100)}%`;

function page(): HTMLElement[] {
  return [
    el('h1', ['Board Plan Tracker']),
    p(
      'Board Plan Tracker reads a safeguarding board’s business plan as it is kept in Excel — priorities, objectives and actions, with who leads each and by when — checks every row, and works out a Red, Amber, Green or Blue status for every action as of a review date.',
    ),
    el('h2', ['Using it']),
    list([
      [
        'On the ',
        el('strong', ['Home']),
        ' tab, group ',
        el('strong', ['Board Plan']),
        ': ',
        el('strong', ['Validate plan']),
        ' opens the pane and checks the workbook; ',
        el('strong', ['Show pane']),
        ' opens the pane with the results you had.',
      ],
      [
        'Set the ',
        el('strong', ['review date']),
        ', the ',
        el('strong', ['amber window']),
        ' and the ',
        el('strong', ['RAG policy']),
        '. They are kept with the workbook, so the next officer reviews against the same date. Change any and the results say they are out of date until you validate again.',
      ],
      ['Click a finding to go to its cell.'],
      [
        el('strong', ['Write RAG column']),
        ' shows which cells it will fill, then writes a “Computed RAG” column beside each plan table. It reads the workbook again first and writes nothing if those cells have changed since you validated.',
      ],
      [
        el('strong', ['Generate board summary']),
        ' writes the Board Summary and Plan Check sheets; ',
        el('strong', ['Save review snapshot']),
        ' adds this review to RAG History, so the next summary shows what changed.',
      ],
      [
        el('strong', ['Request updates from leads']),
        ' makes each lead an update return holding only their actions, with yellow cells to fill (update, proposed RAG, revised date, reason, evidence) and the rest locked; the Returns sheet records who was asked and who has replied.',
      ],
      [
        el('strong', ['Record proposal or decision']),
        ' adds the subgroup’s proposed RAG or the executive’s decided RAG for a priority, with comments and risks, to the Priority Assurance sheet; the board summary shows it beside the computed RAG.',
      ],
      [
        el('strong', ['Merge returns']),
        ' reads the returned files, shows what each would change — with a warning where you should look — and writes only the actions you tick; ',
        el('strong', ['Undo last merge']),
        ' puts those cells back as they were, except any edited since.',
      ],
    ]),
    el('h2', ['How RAG is computed']),
    p('For each action, in this order, as of the review date:'),
    table(
      ['Status', 'When'],
      DECIDED.map((rag) => [chip(rag), RAG_MEANING[rag]]),
    ),
    p(
      `With the RAG policy “${PROGRESS_AGAINST_TIME_POLICY.label}”, chosen in the pane, an action with a % complete, start and end dates is instead rated by how far it lags the share of its time gone: more than ${percent(AGAINST_TIME.redBehind)} behind is red, more than ${percent(AGAINST_TIME.amberBehind)} amber, else green. Overdue is still red.`,
    ),
    p(
      'A RAG the plan keeps only as a cell’s colour (red, orange or yellow, green, blue) is read as that RAG; where a cell’s words and colour disagree, the words are read and a check says so.',
    ),
    p(
      'An objective or priority takes the worst status of its actions (red, then amber, green, blue; not-rated actions are left out); it is blue only when every rated action is. Where the plan records its own RAG, the two are compared and any difference is shown.',
    ),
    el('h2', ['What each check finds']),
    table(
      ['Check', 'Severity', 'Finds'],
      RULES.map((rule) => [el('span', [el('strong', [rule.title]), el('br', []), el('code', [rule.id])]), rule.severity, rule.summary]),
    ),
    p('Errors mean the plan cannot be tracked as it stands; warnings need a look; info is for your attention.'),
    el('h2', ['What it writes, and never writes']),
    list([
      [
        'A “Computed RAG” column in empty cells just right of each plan table — never over a cell of yours, and never right beside or below an Excel table, where Excel would take the column into your table: one blank column is left between.',
      ],
      [
        'Its own sheets — Board Summary, Plan Check, RAG History, Update Log, Returns, Priority Assurance — each marked in cell A1. They are replaced or added to, never duplicated; a sheet of yours with the same name is left alone and the add-in’s goes under another name.',
      ],
      [
        'When you merge returns, the cells you chose: the progress update, the recorded RAG, the revised date and reason (and, only if you ask, columns for those beside a table that has none). Each keeps its format; a formula or a merged cell is never written over. Every cell written is on the Update Log with its old value, which Undo last merge puts back.',
      ],
      [
        'Nothing else: every other value, formula, format and merged cell stays exactly as it was. Excel cannot undo an add-in’s changes, so the add-in asks before writing, says exactly what it did, and keeps its own undo for merges.',
      ],
    ]),
    el('h2', ['Privacy']),
    p(
      'Everything happens in your workbook and your browser. The add-in sends nothing about your plan anywhere: its pages come from the address your organisation serves it from, and the only other thing it loads is Microsoft’s Office library for Excel.',
    ),
  ];
}

document.getElementById('root')!.replaceChildren(el('main', page()));
