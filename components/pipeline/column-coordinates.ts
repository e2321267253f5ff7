import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';

/**
 * The board's keyboard moves for dnd-kit's KeyboardSensor: the Right / Left arrow key carries the picked-up card to the
 * top of the next / previous column (in board order), whatever the layout (columns wrap on narrow windows). Other keys
 * do nothing (Space or Enter drops, Escape cancels: the sensor's own keys).
 */
export function columnCoordinates(order: readonly string[], columnOf: (active: UniqueIdentifier) => string | undefined): KeyboardCoordinateGetter {
  return (event, { active, context }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return undefined;
    // Stop the page scrolling sideways while a card is held.
    event.preventDefault();
    const current = context.over?.id ?? columnOf(active);
    const from = order.indexOf(String(current));
    const to = Math.max(0, Math.min(order.length - 1, (from < 0 ? 0 : from) + step));
    const rect = context.droppableRects.get(order[to] as string);
    if (!rect || to === from) return undefined;
    // Inside the column's top-left corner, below its heading: the card overlaps that column most.
    return { x: rect.left + 4, y: rect.top + 40 };
  };
}

/** The column under the pointer (mouse, touch); for keyboard moves (no pointer) the column the card overlaps most. */
export const boardCollisions: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : rectIntersection(args);
};
