/** Arrow keys through a list of cards: item to item, Home and End, never out of a text field. */
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LIST_FOCUS, moveInList } from '@/components/shared/listKeys';
import { useRoot } from '../helpers';

const root = useRoot();
const focus = { [LIST_FOCUS]: '' };

function List() {
  return (
    <ul onKeyDown={moveInList}>
      {['a', 'b', 'c'].map((id) => (
        <li key={id} id={id}>
          <button type="button" {...focus}>
            {id}
          </button>
          <button type="button">save {id}</button>
          <input aria-label={`note ${id}`} />
        </li>
      ))}
    </ul>
  );
}

async function press(key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  await act(async () => {
    document.activeElement?.dispatchEvent(event);
  });
  return event.defaultPrevented;
}
const focusedItem = () => document.activeElement?.closest('li')?.id;
const main = (id: string) => root.get().querySelector<HTMLElement>(`#${id} [${LIST_FOCUS}]`);

describe('moveInList', () => {
  it("moves from any control of an item to the next or previous item's main control, stopping at the ends", async () => {
    await root.show(<List />);
    root.get().querySelector<HTMLElement>('#a button:not([data-list-focus])')?.focus();
    expect(await press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(main('b'));
    await press('ArrowDown');
    await press('ArrowDown');
    expect(focusedItem()).toBe('c');
    await press('ArrowUp');
    expect(focusedItem()).toBe('b');
    await press('Home');
    expect(document.activeElement).toBe(main('a'));
    await press('ArrowUp');
    expect(focusedItem()).toBe('a');
    await press('End');
    expect(document.activeElement).toBe(main('c'));
  });

  it('leaves other keys, and every key typed in a field, to the page', async () => {
    await root.show(<List />);
    main('a')?.focus();
    expect(await press('Enter')).toBe(false);
    expect(await press('x')).toBe(false);
    root.get().querySelector<HTMLElement>('#b input')?.focus();
    expect(await press('ArrowDown')).toBe(false);
    expect(document.activeElement?.tagName).toBe('INPUT');
  });
});
