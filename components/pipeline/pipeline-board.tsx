import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { STATUS_LABEL, titleOf } from '../../lib/insights/format';
import { boardColumns, boardNow, funnelOf, pipelineWords } from '../../lib/insights/pipeline';
import type { ProgressSnapshot } from '../../lib/scoring/progress-snapshot';
import type { Result } from '../../lib/storage/result';
import { POSTING_STATUSES, type PostingStatus } from '../../lib/storage/statuses';
import type { PostingListItem } from '../../lib/storage/summary';
import { boardCollisions, columnCoordinates } from './column-coordinates';
import { PipelineCardPreview } from './pipeline-card-preview';
import { PipelineColumn } from './pipeline-column';
import { PipelineFunnel } from './pipeline-funnel';

export interface PipelineBoardProps {
  readonly postings: readonly PostingListItem[];
  readonly progress: ProgressSnapshot;
  /** Moves a posting (the one writer records the history entry: `setPostingStatus`). */
  readonly onMove: (id: string, status: PostingStatus) => Promise<Result<unknown>>;
  /** Epoch ms the days in stage are counted to (tests pin it); default: now. */
  readonly now?: number;
}

/** A move shown before storage says so; `done` once the writer answered (it stays until the next read of storage). */
interface PendingMove {
  readonly status: PostingStatus;
  readonly seq: number;
  readonly done: boolean;
}

const isStatus = (s: UniqueIdentifier | undefined): s is PostingStatus => typeof s === 'string' && (POSTING_STATUSES as readonly string[]).includes(s);
const ORDER: readonly string[] = POSTING_STATUSES;

/**
 * The pipeline board (`dashboard.html#pipeline`): the funnel, then one column per status with the saved postings as
 * cards. A card moves by drag and drop (pointer), by keyboard (dnd-kit's KeyboardSensor: Space or Enter on its title,
 * Right / Left arrow, Space or Enter), or with its "Move to" menu; dnd-kit announces each step in its live region in
 * our words. A move shows at once and is written through `onMove`; the board then follows storage (a failed write
 * puts the card back and says why).
 */
export function PipelineBoard({ postings, progress, onMove, now = boardNow() }: PipelineBoardProps) {
  const [moves, setMoves] = useState<ReadonlyMap<string, PendingMove>>(() => new Map());
  const [seenPostings, setSeenPostings] = useState(postings);
  // A new read of storage: moves the writer has answered are in it now (or were overtaken by a later change).
  if (seenPostings !== postings) {
    setSeenPostings(postings);
    setMoves((m) => ([...m.values()].some((x) => x.done) ? new Map([...m].filter(([, x]) => !x.done)) : m));
  }
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const seq = useRef(0);

  const byId = useMemo(() => new Map(postings.map((p) => [p.id, p])), [postings]);
  const pending = useMemo(() => new Map([...moves].map(([id, m]) => [id, m.status])), [moves]);
  const columns = useMemo(() => boardColumns(postings, now, pending), [postings, now, pending]);
  const funnel = useMemo(() => funnelOf(postings), [postings]);

  const statusOf = useCallback((id: UniqueIdentifier): PostingStatus | undefined => pending.get(String(id)) ?? byId.get(String(id))?.status, [byId, pending]);
  const titleById = useCallback((id: UniqueIdentifier): string => {
    const p = byId.get(String(id));
    return p ? titleOf(p) : 'The posting';
  }, [byId]);
  /** The column the held card came from, and the one last announced (the start's own column is not said twice). */
  const from = useRef<PostingStatus | undefined>(undefined);
  const lastOver = useRef<UniqueIdentifier | null>(null);

  const move = useCallback(
    (id: string, status: PostingStatus) => {
      const mine = ++seq.current;
      setMoves((m) => new Map(m).set(id, { status, seq: mine, done: false }));
      void onMove(id, status).then(
        (r) => {
          setMoves((m) => {
            const x = m.get(id);
            if (!x || x.seq !== mine) return m;
            const next = new Map(m);
            if (r.ok) next.set(id, { ...x, done: true });
            else next.delete(id);
            return next;
          });
          if (!r.ok) setMessage({ text: `${titleById(id)} could not be moved: ${r.error.message}`, error: true });
        },
        () => {
          setMoves((m) => {
            if (m.get(id)?.seq !== mine) return m;
            const next = new Map(m);
            next.delete(id);
            return next;
          });
          setMessage({ text: `${titleById(id)} could not be moved. Try again.`, error: true });
        },
      );
    },
    [onMove, titleById],
  );

  /** A move from a card's menu: said in the board's own status line (dnd-kit announces drags only). */
  const moveFromMenu = useCallback(
    (id: string, status: PostingStatus) => {
      move(id, status);
      setMessage({ text: pipelineWords.moved(titleById(id), STATUS_LABEL[status]), error: false });
    },
    [move, titleById],
  );

  const coordinateGetter = useMemo(() => columnCoordinates(ORDER, (id) => statusOf(id)), [statusOf]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter }));

  const announcements = useMemo<Announcements>(() => {
    const column = (id: UniqueIdentifier | undefined) => (isStatus(id) ? STATUS_LABEL[id] : 'no column');
    const start = () => column(from.current);
    return {
      onDragStart: ({ active }) => pipelineWords.pickedUp(titleById(active.id), start()),
      onDragOver: ({ active, over }) => {
        const id = over?.id ?? null;
        if (id === lastOver.current) return undefined;
        lastOver.current = id;
        return over ? pipelineWords.over(titleById(active.id), column(over.id)) : pipelineWords.notOver(titleById(active.id));
      },
      onDragEnd: ({ active, over }) =>
        over && isStatus(over.id) && over.id !== from.current ? pipelineWords.moved(titleById(active.id), column(over.id)) : pipelineWords.stayed(titleById(active.id), start()),
      onDragCancel: ({ active }) => pipelineWords.cancelled(titleById(active.id), start()),
    };
  }, [titleById]);

  const onDragStart = ({ active }: DragStartEvent) => {
    from.current = statusOf(active.id);
    lastOver.current = from.current ?? null;
    setActiveId(String(active.id));
    setMessage(null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const to = over?.id;
    if (isStatus(to) && to !== statusOf(active.id)) move(String(active.id), to);
  };
  const dragged = activeId === null ? undefined : byId.get(activeId);

  return (
    <div className="pipeline">
      <PipelineFunnel funnel={funnel} />
      <p className="pipeline__hint" id="pipeline-keys" data-testid="pipeline-keys">
        Drag a card to another column, or with the keyboard: focus a card&apos;s title, press <kbd>Space</kbd> to pick it up,{' '}
        <kbd>→</kbd> or <kbd>←</kbd> to choose a column, and <kbd>Space</kbd> to drop it (<kbd>Esc</kbd> cancels). Each card
        also has a <strong>Move to</strong> menu.
      </p>
      <p className={message?.error ? 'notice notice--error' : 'pipeline__status'} role={message?.error ? 'alert' : 'status'} data-testid="pipeline-status">
        {message?.text ?? ''}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        accessibility={{ announcements, screenReaderInstructions: { draggable: pipelineWords.instructions } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <div className="pipeline-board" role="group" aria-label="Pipeline board" aria-describedby="pipeline-keys" data-testid="pipeline-board">
          {columns.map((c) => (
            <PipelineColumn key={c.status} column={c} progress={progress} onMove={moveFromMenu} />
          ))}
        </div>
        <DragOverlay>{dragged ? <PipelineCardPreview posting={dragged} /> : null}</DragOverlay>
      </DndContext>
    </div>
  );
}
