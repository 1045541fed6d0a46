/** belowzero's MCP server: its tools and resources over whichever transport serves it. */
import { METHODOLOGY_VERSION } from '@belowzero/risk-core';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ToolContext } from './context.js';
import { registerResources } from './resources.js';
import { registerCrashTools } from './tools/crash.js';
import { registerCrashListTool } from './tools/crashes.js';
import { registerExchangeTools } from './tools/exchanges.js';
import { registerPositionTools } from './tools/position.js';

export function belowzeroServer(context: ToolContext): McpServer {
  const server = new McpServer(
    {
      name: 'belowzero',
      title: 'belowzero: can my balance go negative?',
      version: METHODOLOGY_VERSION,
    },
    {
      instructions:
        "belowzero answers whether a leveraged crypto position can leave its owner owing money, on the user's own exchange: liquidation and bankruptcy prices, what a crash leaves, the odds of owing, who pays a deficit. Start with list_exchanges for the exchange slug, then assess_position. Decimals are strings.",
    },
  );
  registerPositionTools(server, context);
  registerCrashTools(server, context);
  registerExchangeTools(server, context);
  registerCrashListTool(server, context);
  registerResources(server, context);
  return server;
}
