/**
 * The UI SkillScout adds to a listing card: skill chips (the user's own skills and learning
 * goals set apart), a difficulty pill that shows its reasons, a fit label, and a Save
 * button. Built with DOM APIs and `textContent` only (listing text is untrusted), inside a
 * shadow root so neither the page nor SkillScout restyles the other.
 */
import { levelDescription, levelLabel } from '../core/format';
import { list, plural, t } from '../core/i18n';
import type { Listing, Tags } from '../core/model';
import type { HideMode } from '../core/profile';
import type { Fit } from '../gigs/fit';
import { panelButton } from './panel-button';
import { ensurePageStyle, styleCardRoot } from './styles';

export const UI_CLASS = 'skillscout-ui';
/** Chips shown on a card; a long list is noise where the user is deciding in a glance. */
const MAX_CHIPS = 8;

export interface CardUiModel {
  listing: Listing;
  tags: Tags;
  fit: Fit;
  /** Names for skill ids (the tags carry them already; kept separate for the user's own words). */
  saved: boolean;
  hideMode: HideMode;
  highlight: boolean;
}

export interface CardUi {
  setSaved(saved: boolean): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fitLabel(fit: Fit, names: Map<string, string>): { text: string; className: string } | undefined {
  const name = (id: string) => names.get(id) ?? id;
  if (fit.match && fit.learn.length > 0)
    return { text: t('cardPractise', list(fit.learn.map(name))), className: 'fit' };
  if (fit.match) return { text: t('cardUsesYour', list(fit.have.map(name))), className: 'fit' };
  if (fit.tooHard) return { text: t('cardStretch'), className: 'fit stretch' };
  return undefined;
}

export function renderCardUi(
  card: Element,
  model: CardUiModel,
  onSave: () => Promise<void>,
  /** Opens the side panel on this listing; resolves false when the browser would not open it. */
  onShowInPanel?: () => Promise<boolean>,
): CardUi {
  const doc = card.ownerDocument;
  ensurePageStyle(doc);
  card.querySelector(`:scope > .${UI_CLASS}`)?.remove();
  const host = el(doc, 'div', UI_CLASS);
  const root = host.attachShadow({ mode: 'open' });
  styleCardRoot(root);
  const bar = el(doc, 'div', 'bar');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t('cardLabel', model.listing.title));
  const names = new Map(model.tags.skills.map((s) => [s.id, s.name]));

  const fit = fitLabel(model.fit, names);
  if (fit) bar.append(el(doc, 'span', fit.className, fit.text));

  const { difficulty } = model.tags;
  const { level, reasons } = difficulty;
  const pill = el(
    doc,
    'button',
    `level ${level}${difficulty.uncertain ? ' uncertain' : ''}`,
    `${levelLabel(difficulty)} ▾`,
  );
  pill.type = 'button';
  pill.title = reasons.join('\n');
  pill.setAttribute('aria-label', t('cardDifficulty', levelDescription(difficulty)));
  pill.setAttribute('aria-expanded', 'false');
  const why = el(doc, 'ul', 'reasons');
  why.hidden = true;
  why.id = 'reasons';
  for (const reason of reasons) why.append(el(doc, 'li', '', reason));
  pill.setAttribute('aria-controls', why.id);
  pill.addEventListener('click', () => {
    why.hidden = !why.hidden;
    pill.setAttribute('aria-expanded', String(!why.hidden));
  });
  bar.append(pill);

  const chips = el(doc, 'ul', 'chips');
  chips.setAttribute('aria-label', t('cardSkills'));
  const kindOf = (id: string) =>
    model.fit.have.includes(id) ? 'have' : model.fit.learn.includes(id) ? 'learn' : '';
  const chip = (skill: { id: string; name: string }, weak: boolean) => {
    const kind = kindOf(skill.id);
    const node = el(doc, 'li', `chip ${kind} ${weak ? 'weak' : ''}`.replace(/\s+/g, ' ').trim(), skill.name);
    // Skill names stay as the marketplaces print them, whatever the language around them.
    node.setAttribute('translate', 'no');
    if (kind) node.title = t(kind === 'have' ? 'cardHaveSkill' : 'cardLearnSkill');
    else if (weak) node.title = t('cardWeakSkill');
    return node;
  };
  // The skills the job asks for, the user's own skills and goals first; everything else (more of
  // them, and the skills mentioned with less confidence) behind one "more" button.
  const ordered = [...model.tags.skills].sort(
    (a, b) => Number(kindOf(b.id) !== '') - Number(kindOf(a.id) !== ''),
  );
  for (const skill of ordered.slice(0, MAX_CHIPS)) chips.append(chip(skill, false));
  const rest = [
    ...ordered.slice(MAX_CHIPS).map((s) => chip(s, false)),
    ...(model.tags.moreSkills ?? []).map((s) => chip(s, true)),
  ];
  if (rest.length > 0) {
    const item = el(doc, 'li', 'more-item');
    const more = el(doc, 'button', 'chip more', t('cardMore', rest.length));
    more.type = 'button';
    more.setAttribute('aria-expanded', 'false');
    more.setAttribute('aria-label', plural('cardShowMore', rest.length));
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? t('cardFewer') : t('cardMore', rest.length);
      more.setAttribute('aria-label', open ? t('cardShowFewer') : plural('cardShowMore', rest.length));
      if (open) item.before(...rest);
      else for (const node of rest) node.remove();
    });
    item.append(more);
    chips.append(item);
  }
  bar.append(chips);

  const save = el(doc, 'button', 'save');
  save.type = 'button';
  const setSaved = (saved: boolean) => {
    save.textContent = t(saved ? 'cardSaved' : 'cardSave');
    save.setAttribute('aria-pressed', String(saved));
  };
  setSaved(model.saved);
  save.addEventListener('click', () => {
    if (save.getAttribute('aria-pressed') === 'true') return;
    save.disabled = true;
    onSave()
      .then(
        () => setSaved(true),
        () => {
          save.textContent = t('cardSaveFailed');
        },
      )
      .finally(() => {
        save.disabled = false;
      });
  });
  bar.append(save);
  if (onShowInPanel) bar.append(panelButton(doc, onShowInPanel));

  applyCardState(card, model, bar, doc);
  bar.append(why);
  root.append(bar);
  card.prepend(host);
  return { setSaved };
}

/** Marks the card for the page style: highlighted when it fits, dimmed or collapsed (never removed) when not. */
function applyCardState(card: Element, model: CardUiModel, bar: HTMLElement, doc: Document): void {
  const { fit } = model;
  card.setAttribute(
    'data-skillscout-fit',
    fit.match
      ? model.highlight
        ? 'match'
        : 'match-quiet'
      : fit.tooHard
        ? 'too-hard'
        : fit.offTarget
          ? 'off-target'
          : 'other',
  );
  const hide = !fit.match && (fit.tooHard || fit.offTarget) && model.hideMode !== 'none';
  if (!hide) {
    card.removeAttribute('data-skillscout-hidden');
    return;
  }
  card.setAttribute('data-skillscout-hidden', model.hideMode);
  if (model.hideMode === 'collapse') {
    const show = el(doc, 'button', 'show', t('cardShowGig'));
    show.type = 'button';
    show.addEventListener('click', () => {
      card.removeAttribute('data-skillscout-hidden');
      show.remove();
    });
    bar.append(show);
  }
}
