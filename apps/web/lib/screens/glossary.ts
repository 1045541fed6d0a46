/**
 * The words an answer uses, in plain language, for someone new to leveraged trading. Every term
 * on an answer links to its entry (`/glossary#<id>`).
 */
export const GLOSSARY = [
  {
    id: 'liquidation',
    term: 'Liquidation',
    meaning:
      'When the money behind a position falls to the exchange’s minimum (the maintenance margin), the exchange closes the position for you. You lose the margin; what is left of it usually goes to the exchange’s insurance fund.',
  },
  {
    id: 'liquidation-price',
    term: 'Liquidation price',
    meaning:
      'The mark price at which the exchange starts to liquidate your position. The nearer it is to the current price, the smaller the move that closes you out.',
  },
  {
    id: 'bankruptcy-price',
    term: 'Bankruptcy price',
    meaning:
      'The price at which the position has lost all the margin behind it. Closed exactly there, your balance is zero. If the market jumps past it before the exchange can close the position, the loss beyond it is a deficit.',
  },
  {
    id: 'margin-call',
    term: 'Margin call',
    meaning:
      'A warning level before liquidation: the exchange tells you to add money or make the position smaller. Not every exchange has one; where it has none, belowzero shows none.',
  },
  {
    id: 'initial-margin',
    term: 'Initial margin',
    meaning:
      'The money you put up to open the position: its value divided by the leverage. At 20x, 1,000 USDT of BTC needs 50 USDT.',
  },
  {
    id: 'maintenance-margin',
    term: 'Maintenance margin',
    meaning:
      'The least money the exchange lets a position keep: a percentage of the position’s value (the maintenance rate), higher for larger positions. When the margin falls to it, liquidation starts.',
  },
  {
    id: 'tier',
    term: 'Tier',
    meaning:
      'Exchanges sort positions by size into tiers. A larger position sits in a higher tier, with a higher maintenance rate and a lower maximum leverage.',
  },
  {
    id: 'notional',
    term: 'Notional',
    meaning:
      'What the position is worth: its size times the price. Leverage is the notional divided by your margin.',
  },
  {
    id: 'mark-price',
    term: 'Mark price',
    meaning:
      'The fair price an exchange uses to decide liquidations, taken from several markets so that one wild trade cannot liquidate you.',
  },
  {
    id: 'deficit',
    term: 'Deficit',
    meaning:
      'What a position loses beyond all the money behind it, when a crash gaps past the bankruptcy price before the exchange closes it. Someone pays it: you, the exchange’s insurance fund, or other traders. A deficit beside “you owe 0” means someone else pays it.',
  },
  {
    id: 'insurance-fund',
    term: 'Insurance fund',
    meaning:
      'Money an exchange keeps, mostly from what is left over after liquidations, to pay deficits so that traders do not have to.',
  },
  {
    id: 'auto-deleveraging',
    term: 'Auto-deleveraging (ADL)',
    meaning:
      'When the insurance fund cannot pay a deficit, the exchange closes part of the most profitable positions on the other side at the bankruptcy price. You do not owe money, but a winning position of yours can be closed early.',
  },
  {
    id: 'socialized-loss',
    term: 'Socialized loss',
    meaning:
      'A deficit shared out among the traders who made money, cutting their gains. Some exchanges use it instead of, or after, auto-deleveraging.',
  },
] as const;

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

export function glossaryHref(id: GlossaryId): string {
  return `/glossary#${id}`;
}
