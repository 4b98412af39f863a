/**
 * Changes the extension makes to a card itself: its UI and the room kept for it, and its
 * `data-skillscout…` attributes. Code that watches cards for the site's own changes (a script
 * filling or re-rendering one) leaves these out, or a card drawn while the page is still parsed
 * would count as changed by its own chips.
 */
import { UI_CLASS } from './card-ui';
import { ROOM_CLASS } from './reserve';

const OWN_ATTRIBUTE_PREFIX = 'data-skillscout';

function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const { classList } = node as Element;
  return classList.contains(UI_CLASS) || classList.contains(ROOM_CLASS);
}

/** Whether the mutation is only the extension's own work on a card. */
export function isOwnChange(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName?.startsWith(OWN_ATTRIBUTE_PREFIX) ?? false;
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (addedNodes.length + removedNodes.length === 0) return false;
  // Indexed, not copied: a page's parser makes thousands of these records.
  for (let i = 0; i < addedNodes.length; i++) if (!isOwnNode(addedNodes[i] as Node)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwnNode(removedNodes[i] as Node)) return false;
  return true;
}
