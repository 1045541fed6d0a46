/**
 * Who can pay a deficit past the bankruptcy price (risk-core `DeficitPayer`).
 */
import { registerEnumType } from 'type-graphql';

export enum DeficitPayer {
  REMAINING_MARGIN = 'remaining_margin',
  INSURANCE_FUND = 'insurance_fund',
  BACKSTOP_VAULT = 'backstop_vault',
  AUTO_DELEVERAGING = 'auto_deleveraging',
  SOCIALIZED_LOSS = 'socialized_loss',
  USER = 'user',
  VENUE = 'venue',
}
registerEnumType(DeficitPayer, {
  name: 'DeficitPayer',
  description: 'Who pays part of a deficit past the bankruptcy price.',
  valuesConfig: {
    REMAINING_MARGIN: { description: "The position's own margin left at liquidation." },
    INSURANCE_FUND: { description: "The exchange's insurance fund." },
    BACKSTOP_VAULT: { description: 'A backstop liquidity vault (e.g. Hyperliquid HLP).' },
    AUTO_DELEVERAGING: {
      description: 'Profitable traders on the other side, closed by auto-deleveraging.',
    },
    SOCIALIZED_LOSS: { description: 'All traders, through a socialized-loss charge.' },
    USER: { description: 'The user, who then owes money.' },
    VENUE: { description: 'The exchange itself, from its own funds.' },
  },
});
