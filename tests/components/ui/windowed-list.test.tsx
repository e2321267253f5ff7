// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WindowedList, type WindowedItemProps } from '../../../components/ui/windowed-list';
import { axeViolations } from '../../insights/axe';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

interface Item {
  readonly id: string;
  readonly name: string;
}
const items = (n: number): Item[] => Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, name: `Item ${i}` }));
const keyOf = (item: Item) => item.id;

/** Rows with a link, a field and a button, like the saved postings. */
function renderItem(item: Item, itemProps: WindowedItemProps) {
  return (
    <li {...itemProps} data-testid="row" data-id={item.id}>
      <a href={`https://example.com/${item.id}`}>{item.name}</a>
      <label>
        Status of {item.name}
        <select defaultValue="a">
          <option value="a">A</option>
          <option value="b">B</option>
        </select>
      </label>
      <button type="button">Delete {item.name}</button>
    </li>
  );
}

/** The list in a 300 px scroll area (happy-dom has no layout: the list assumes its fallback view and estimated rows of 50 px). */
function setup(n: number, props: { overscan?: number } = {}) {
  const utils = render(
    <div data-testid="scroller" style={{ overflowY: 'auto', height: 300 }}>
      <WindowedList items={items(n)} getKey={keyOf} renderItem={renderItem} estimateHeight={50} fallbackViewport={300} overscan={props.overscan ?? 0} label="Things" testId="list" />
    </div>,
  );
  return { ...utils, user: userEvent.setup(), list: screen.getByTestId('list'), scroller: screen.getByTestId('scroller') };
}

const ids = () => screen.queryAllByTestId('row').map((r) => r.dataset.id);
const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => `item-${a + i}`);

function scrollTo(scroller: HTMLElement, top: number) {
  act(() => {
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
  });
}

describe('WindowedList', () => {
  it('renders only the items in view, each with its place in the whole list; padding stands in for the rest', async () => {
    const { list, container } = setup(1000);
    expect(ids()).toEqual(range(0, 6));
    const rows = screen.getAllByTestId('row');
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('1000');
    expect(rows[5]?.getAttribute('aria-posinset')).toBe('6');
    expect(list.style.paddingTop).toBe('0px');
    expect(list.style.paddingBottom).toBe(`${(1000 - 6) * 50}px`);
    expect(list.getAttribute('aria-label')).toBe('Things');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders the overscan either side of the view', () => {
    const { scroller } = setup(1000, { overscan: 100 });
    expect(ids()).toEqual(range(0, 8));
    scrollTo(scroller, 1000);
    expect(ids()).toEqual(range(18, 28));
  });

  it('after scrolling, renders the items now in view and pads above them', () => {
    const { list, scroller } = setup(1000);
    scrollTo(scroller, 1000);
    expect(ids()).toEqual(range(20, 26));
    expect(list.style.paddingTop).toBe('1000px');
    scrollTo(scroller, 49_800);
    expect(ids()).toEqual(range(996, 1000));
    expect(list.style.paddingBottom).toBe('0px');
    scrollTo(scroller, 0);
    expect(ids()).toEqual(range(0, 6));
  });

  it('measures rendered items: real heights replace the estimate (and are remembered by key)', () => {
    // Rows of 100 px, where layout exists.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const h = this.dataset.testid === 'row' ? 100 : 0;
      return { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: h, width: 0, height: h, toJSON: () => ({}) } as DOMRect;
    });
    const { list } = setup(1000);
    // 300 px of view hold three 100 px rows. The six rendered first (at the estimate) were measured too; the unmeasured
    // rest stay at 50 px.
    expect(ids()).toEqual(range(0, 3));
    expect(list.style.paddingBottom).toBe(`${3 * 100 + (1000 - 6) * 50}px`);
  });

  it('renders a short list whole', () => {
    render(<WindowedList items={items(20)} getKey={keyOf} renderItem={renderItem} estimateHeight={50} fallbackViewport={300} overscan={0} renderAllUpTo={20} testId="list" />);
    expect(ids()).toEqual(range(0, 20));
    expect(screen.getByTestId('list').style.paddingBottom).toBe('0px');
  });

  it('keeps up with the items: fewer after a filter, none', () => {
    const { rerender, scroller } = setup(1000);
    scrollTo(scroller, 20_000);
    rerender(
      <div data-testid="scroller" style={{ overflowY: 'auto', height: 300 }}>
        <WindowedList items={items(3)} getKey={keyOf} renderItem={renderItem} estimateHeight={50} fallbackViewport={300} overscan={0} testId="list" />
      </div>,
    );
    scrollTo(scroller, 0);
    expect(ids()).toEqual(range(0, 3));
    rerender(
      <div data-testid="scroller" style={{ overflowY: 'auto', height: 300 }}>
        <WindowedList items={[]} getKey={keyOf} renderItem={renderItem} estimateHeight={50} fallbackViewport={300} overscan={0} testId="list" />
      </div>,
    );
    expect(ids()).toEqual([]);
    expect(screen.getByTestId('list').style.paddingBottom).toBe('0px');
  });

  it('Tab from the last rendered item moves into the next one, which was not rendered', async () => {
    const { user } = setup(1000);
    expect(ids()).toEqual(range(0, 6));
    act(() => screen.getByRole('button', { name: 'Delete Item 5' }).focus());
    // The item holding focus keeps its neighbours rendered: the next item is there to tab into.
    expect(ids()).toEqual(range(0, 7));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Item 6' }));
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Item 6' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Item 7' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Item 6' }));
  });

  it('the item holding focus stays rendered when the view scrolls far from it', () => {
    const { scroller } = setup(1000);
    const button = screen.getByRole('button', { name: 'Delete Item 2' });
    act(() => button.focus());
    scrollTo(scroller, 25_000);
    expect(ids()).toEqual([...range(1, 4), ...range(500, 506)]);
    expect(document.activeElement).toBe(button);
    // A spacer between the two runs keeps every item at its place (hidden from assistive technology).
    const spacer = screen.getByTestId('list').querySelector('.windowed-list__gap') as HTMLElement;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.style.height).toBe(`${(500 - 4) * 50}px`);
    // Focus gone from the list: only the view is rendered.
    act(() => button.blur());
    expect(ids()).toEqual(range(500, 506));
  });

  it('Page Down / Page Up move to the next / previous item; Ctrl+End and Ctrl+Home to the last and first, rendering them', async () => {
    const { user, container } = setup(1000);
    act(() => screen.getByRole('link', { name: 'Item 0' }).focus());
    await user.keyboard('{PageDown}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-1');
    await user.keyboard('{PageDown}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-2');
    await user.keyboard('{PageUp}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-1');
    await user.keyboard('{Control>}{End}{/Control}');
    // The last item was not rendered: now it is, focused, with its neighbour.
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-999');
    expect(ids()).toContain('item-998');
    expect(ids()).toContain('item-999');
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1000');
    // No further than the last.
    await user.keyboard('{PageDown}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-999');
    await user.keyboard('{PageUp}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-998');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('item-0');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keys typed in a field belong to the field', async () => {
    const { user } = setup(1000);
    const select = screen.getByRole('combobox', { name: 'Status of Item 0' });
    act(() => select.focus());
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(select);
  });
});
